#!/usr/bin/env node
// Install sizes: what a user downloads and gets on disk for each @duibi package.
//
//   node bench/install-size/run.mjs          every package, plus core with each optional interchange peer
//   node bench/install-size/run.mjs --quick  tarball sizes and the install of @duibi/core only (CI smoke)
//
// Packs every package with `pnpm pack` (after `pnpm build`), then installs each tarball with npm
// into its own empty project in the OS temp folder (production dependencies only, as a user gets
// them) and measures node_modules. Prints a Markdown section on stdout; progress goes to stderr.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const quick = process.argv.includes("--quick");
const PACKAGES = ["core", "stats", "viz", "cli"];
// Optional peers of @duibi/core, installed only by users of the interchange functions.
// danfojs-node needs two overrides to install from the npm registry alone: its xlsx dependency
// points at a tarball on another host, and @tensorflow/tfjs-node downloads a native library at
// install time; the pure-JavaScript @tensorflow/tfjs stands in (as in this workspace).
const DANFO_OVERRIDES = { xlsx: "npm:xlsx@0.18.5", "@tensorflow/tfjs-node": "npm:@tensorflow/tfjs@3.21.0" };
const PEERS = [
  { label: "@duibi/core + apache-arrow (writeArrow/readArrow)", packages: ["apache-arrow"] },
  { label: "@duibi/core + hyparquet, hyparquet-writer (Parquet)", packages: ["hyparquet", "hyparquet-writer"] },
  {
    label: "@duibi/core + danfojs-node, with the overrides (toDataFrame)",
    packages: ["danfojs-node"],
    overrides: DANFO_OVERRIDES,
  },
];

const say = (text) => process.stderr.write(text);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

function build() {
  try {
    run("pnpm", ["build"], root);
  } catch (error) {
    if (!PACKAGES.every((p) => existsSync(join(root, "packages", p, "dist", "index.js")))) throw error;
    say("install-size: pnpm build reported errors; packing the existing dist/\n");
  }
}

/** Apparent size (bytes) and file count of a folder tree; symlinks are not followed. */
function treeSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = treeSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files += 1;
    } else {
      bytes += lstatSync(path).size;
    }
  }
  return { bytes, files };
}

/** Installed packages: every folder holding a package.json directly under a node_modules. */
function countPackages(nodeModules) {
  if (!existsSync(nodeModules)) return 0;
  let count = 0;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dirs = entry.name.startsWith("@")
      ? readdirSync(join(nodeModules, entry.name)).map((n) => join(nodeModules, entry.name, n))
      : [join(nodeModules, entry.name)];
    for (const dir of dirs) {
      if (existsSync(join(dir, "package.json"))) count += 1 + countPackages(join(dir, "node_modules"));
    }
  }
  return count;
}

function pack(into) {
  const tarballs = {};
  for (const name of PACKAGES) {
    run("pnpm", ["pack", "--pack-destination", into], join(root, "packages", name));
  }
  for (const file of readdirSync(into)) {
    const name = file.match(/^duibi-(core|stats|viz|cli)-/)?.[1];
    if (name) tarballs[name] = join(into, file);
  }
  return tarballs;
}

function unpackedSize(tarball, scratch) {
  const dir = mkdtempSync(join(scratch, "unpacked-"));
  run("tar", ["xzf", tarball, "-C", dir], scratch);
  return treeSize(dir);
}

/** npm install of `deps` (name → spec) into an empty project; returns node_modules' size. */
function install(deps, overrides, scratch) {
  const project = mkdtempSync(join(scratch, "project-"));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "install-size", private: true, dependencies: deps, overrides }),
  );
  run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"], project);
  const nodeModules = join(project, "node_modules");
  return { ...treeSize(nodeModules), packages: countPackages(nodeModules) };
}

const mb = (bytes) => (bytes / 1e6).toFixed(2);
const kb = (bytes) => (bytes / 1e3).toFixed(1);

build();
const scratch = mkdtempSync(join(tmpdir(), "duibi-install-size-"));
try {
  const packed = join(scratch, "tarballs");
  mkdirSync(packed);
  const tarballs = pack(packed);
  const specs = Object.fromEntries(PACKAGES.map((p) => [`@duibi/${p}`, `file:${tarballs[p]}`]));
  const { "@duibi/cli": _cli, ...internal } = specs;

  const tarballRows = PACKAGES.map((p) => {
    const unpacked = unpackedSize(tarballs[p], scratch);
    return `| @duibi/${p} | ${kb(statSync(tarballs[p]).size)} | ${kb(unpacked.bytes)} | ${unpacked.files} |`;
  });

  const installs = [];
  for (const p of quick ? ["core"] : PACKAGES) {
    say(`install-size: npm install @duibi/${p} …`);
    const size = install({ [`@duibi/${p}`]: specs[`@duibi/${p}`] }, internal, scratch);
    say(` ${mb(size.bytes)} MB\n`);
    installs.push({ label: `@duibi/${p}`, ...size });
  }
  for (const peer of quick ? [] : PEERS) {
    say(`install-size: ${peer.label} …`);
    const deps = {
      "@duibi/core": specs["@duibi/core"],
      ...Object.fromEntries(peer.packages.map((n) => [n, "latest"])),
    };
    const size = install(deps, { ...internal, ...peer.overrides }, scratch);
    say(` ${mb(size.bytes)} MB\n`);
    installs.push({ label: peer.label, ...size });
  }
  const core = installs[0];
  const installRows = installs.map(
    (i) =>
      `| ${i.label} | ${i.packages} | ${i.files.toLocaleString("en-US")} | ${mb(i.bytes)} | ${(i.bytes / core.bytes).toFixed(1)} |`,
  );

  const markdown = [
    "## Install sizes",
    "",
    "Each package packed with `pnpm pack` (as published), then installed with `npm install --omit=dev` into its own",
    "empty project. Sizes are apparent file sizes (1 MB = 10⁶ bytes). The interchange packages are optional peers of",
    "`@duibi/core`: a user who never calls `toDataFrame`, `writeArrow` or `writeParquet` does not install them.",
    "",
    "| package | tarball (kB) | unpacked (kB) | files |",
    "|---|---:|---:|---:|",
    ...tarballRows,
    "",
    "| `npm install` | packages | files | node_modules (MB) | × @duibi/core |",
    "|---|---:|---:|---:|---:|",
    ...installRows,
    "",
    `Command: \`node bench/install-size/run.mjs${quick ? " --quick" : ""}\`${quick ? " (quick: @duibi/core only)" : ""}.`,
    "",
  ].join("\n");
  process.stdout.write(`${markdown}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
