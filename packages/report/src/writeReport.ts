import { join } from "node:path";
import { checkArgs, duibiError, isSameFile, prepareOutputDir, replaceOutputDir } from "@duibi/core";
import { REPORT_ARGS } from "./args.js";
import { type ReportData, reportCsv, reportJson } from "./dataFiles.js";
import type { ReportModel } from "./model.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";

/**
 * Writes a report into a directory: report.html, report.md, charts/<id>.svg and .png,
 * data.csv and data.json, and the marker (with each file's SHA-256) that lets the next
 * run replace them. The folder is replaced as a whole (see {@link replaceOutputDir}); a
 * directory that holds other work is refused unless `force` (see {@link prepareOutputDir}).
 * @param model - the report model
 * @param data - the numbers behind it (data.json, data.csv)
 * @param dir - the output directory
 * @param options - what may be overwritten, and progress
 * @param options.force - write into a non-empty directory the report did not create
 * @param options.onFile - called after each file is written, with its path relative to `dir`
 * @param options.inputs - absolute paths of the run's inputs (the --data file), never overwritten
 * @returns the files written, relative to `dir`, in writing order
 * @throws DuibiError `file_exists` when `dir` may not be written, or a report file would replace an input
 *   or a file the report did not write; `file_unwritable` naming `dir` and the cause
 * @example
 * await writeReport(model, data, "duibi-report"); // => ["report.html", "report.md", "charts/growth.svg", …]
 */
export async function writeReport(
  model: ReportModel,
  data: ReportData,
  dir: string,
  options: { force?: boolean; onFile?: (file: string) => void; inputs?: readonly string[] } = {},
): Promise<string[]> {
  checkArgs({
    model: [model, REPORT_ARGS.model],
    data: [data, REPORT_ARGS.data],
    dir: [dir, "string"],
    options: [options, { "force?": "boolean", "onFile?": "function", "inputs?": "string[]" }],
  });
  const { force = false, onFile = () => {}, inputs = [] } = options;
  const state = await prepareOutputDir(dir, { force });
  const files: [string, string | Uint8Array][] = [
    ["report.html", renderHtml(model)],
    ["report.md", renderMarkdown(model)],
    ...model.charts.flatMap((c): [string, string | Uint8Array][] => [
      [`charts/${c.id}.svg`, c.svg],
      ...(c.png === null ? [] : [[`charts/${c.id}.png`, c.png] as [string, Uint8Array]]),
    ]),
    ["data.csv", reportCsv(data)],
    ["data.json", reportJson(data)],
  ];
  // --data out/data.json --out out: the report must not write over what it was made from.
  // A symbolic or hard link to the input counts as the input.
  for (const [file] of files) {
    for (const input of inputs) {
      if (await isSameFile(join(state.dir, file), input)) {
        throw duibiError("file_exists", { path: join(state.dir, file) }, { where: "--out" });
      }
    }
  }
  await replaceOutputDir(dir, files, { force, onFile });
  return files.map(([f]) => f);
}
