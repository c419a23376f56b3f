import { join } from "node:path";
import { checkArgs, duibiError, isSameFile, prepareOutputDir, replaceOutputDir } from "@duibi/core";
import { REPORT_ARGS } from "./args.js";
import { reportCsv, reportJson } from "./dataFiles.js";
import { type DocumentTexts, readDocumentTexts } from "./documentTexts.js";
import { drawCharts } from "./drawCharts.js";
import type { ReportChart, ReportModel } from "./model.js";
import { htmlPage } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { withContext } from "./sourceIndex.js";

/** How {@link writeReport} treats the folder, where it looks for texts, and progress. */
export interface WriteReportOptions {
  /** Write into a non-empty directory the report did not create. */
  force?: boolean;
  /**
   * Absolute paths of the run's input files (the --data files): never overwritten, and their
   * folders (and sources/ in them) are where document texts are looked for, besides the seeds'.
   */
  inputs?: readonly string[];
  /** The documents' texts, already read (readDocumentTexts); then no file is read for context. */
  texts?: DocumentTexts;
  /** Called before each chart is drawn, with its 1-based position. */
  onChart?: (done: number, total: number, chart: ReportChart) => void;
  /** Called after each file is written, with its path relative to `dir`. */
  onFile?: (file: string) => void;
}

/**
 * Writes a report into a directory: report.html, report.md, charts/<id>.svg and .png,
 * data.csv and data.json, and the marker (with each file's SHA-256) that lets the next
 * run replace them.
 *
 * 1. Folder: a directory that holds other work is refused unless `force` (prepareOutputDir).
 * 2. Sources: sources the model left open get the sentence around their quote, from texts
 *    read under readDocumentTexts' rules (a file is read only when the dataset states its
 *    SHA-256, it lies in an allowed folder and its text has that hash).
 * 3. Charts: drawn from their specs as SVG (inlined in report.html) and PNG at 2×.
 * 4. Write: the folder is replaced as a whole (replaceOutputDir); an input is never overwritten.
 * @param model - the report model, from compileReport
 * @param dir - the output directory
 * @param options - folder, inputs, texts and progress; see {@link WriteReportOptions}
 * @returns the files written, relative to `dir`, in writing order
 * @throws DuibiError `file_exists` when `dir` may not be written, or a report file would replace an input
 *   or a file the report did not write; `file_unwritable` naming `dir` and the cause; `missing_font`
 *   when no CJK font is installed to draw the charts
 * @example
 * await writeReport(compileReport(loadSeeds()), "duibi-report"); // => ["report.html", "report.md", "charts/growth.svg", …]
 */
export async function writeReport(
  model: ReportModel,
  dir: string,
  options: WriteReportOptions = {},
): Promise<string[]> {
  checkArgs({
    model: [model, REPORT_ARGS.model],
    dir: [dir, "string"],
    options: [
      options,
      { "force?": "boolean", "inputs?": "string[]", "texts?": "object", "onChart?": "function", "onFile?": "function" },
    ],
  });
  const { force = false, onFile = () => {}, inputs = [] } = options;
  const state = await prepareOutputDir(dir, { force });
  const open = model.sources.some((s) => s.context === null && s.withoutContext === null);
  const texts = options.texts ?? (open ? await readDocumentTexts(model, inputs) : null);
  const complete =
    texts === null
      ? model
      : { ...model, sources: model.sources.map((s) => withContext(s, texts.texts, texts.refused)) };
  const drawn = await drawCharts(model.charts, { png: true, ...(options.onChart ? { onChart: options.onChart } : {}) });
  const files: [string, string | Uint8Array][] = [
    ["report.html", htmlPage(complete, new Map([...drawn].map(([id, d]) => [id, d.svg])))],
    ["report.md", renderMarkdown(complete)],
    ...[...drawn].flatMap(([id, d]): [string, string | Uint8Array][] => [
      [`charts/${id}.svg`, d.svg],
      ...(d.png === null ? [] : [[`charts/${id}.png`, d.png] as [string, Uint8Array]]),
    ]),
    ["data.csv", reportCsv(model.data)],
    ["data.json", reportJson(model.data)],
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
