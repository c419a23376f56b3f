// Parses every .d.ts the @duibi packages ship with the TypeScript installed
// beside it (5.0 in the consumer test) and prints the syntax errors, if any.
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const ts = require("typescript");

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".d.ts")) files.push(path);
  }
};
for (const pkg of process.argv.slice(2)) walk(join("node_modules", pkg, "dist"));

const errors = files.flatMap((file) => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  return source.parseDiagnostics.map((d) => `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
});
console.log(JSON.stringify({ version: ts.version, files: files.length, errors }));
