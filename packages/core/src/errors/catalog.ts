import { checkArgs } from "./checkArgs.js";
import { DuibiError, type DuibiErrorCode, type DuibiErrorFacts } from "./DuibiError.js";

/** Language of error messages and hints. */
export type Lang = "zh" | "en";
type Facts = DuibiErrorFacts;
type Entry = { message: (f: Facts) => string; hint: (f: Facts) => string };

const show = (v: unknown) => (v === undefined ? "" : String(v));

/** Messages keyed by code; zh and en render the same facts. */
export const catalog: Record<Lang, Record<DuibiErrorCode, Entry>> = {
  en: {
    unknown_region: {
      message: (f) => `Unknown region "${show(f.input)}".`,
      hint: (f) =>
        f.suggestions
          ? `Did you mean ${show(f.suggestions)}? Use a full name (武隆区), short name (武隆) or GB/T 2260 code (500156).`
          : "Use a full name (武隆区), short name (武隆) or GB/T 2260 code (500156).",
    },
    ambiguous_region: {
      message: (f) => `Region "${show(f.input)}" matches several regions: ${show(f.matches)}.`,
      hint: () => "Give the full name with its parent (重庆市武隆区) or the six-digit code.",
    },
    unknown_indicator: {
      message: (f) => `Unknown indicator "${show(f.input)}".`,
      hint: (f) => (f.suggestions ? `Did you mean ${show(f.suggestions)}?` : "Run `duibi indicators` to list the ids."),
    },
    unknown_unit: {
      message: (f) => `Unknown unit "${show(f.input)}".`,
      hint: () =>
        "Use a unit the registry knows (元, 万元, 亿元, 人, 万人, 人次, 万人次, 亩, 公顷, 吨, %, 个百分点 …).",
    },
    unit_mismatch: {
      message: (f) => `Cannot convert ${show(f.from)} to ${show(f.to)}: ${show(f.reason)}.`,
      hint: () => "Units convert only within one quantity and one currency; convert currencies explicitly.",
    },
    invalid_dataset: {
      message: (f) => `The dataset does not match the schema: ${show(f.detail)}.`,
      hint: () => "Fix the value at the path shown, or rebuild the dataset with `duibi extract`.",
    },
    invalid_json: {
      message: (f) => `Not valid JSON: ${show(f.detail)}.`,
      hint: () => "Check the file is complete JSON (a dataset written by `duibi extract --format json`).",
    },
    invalid_csv: {
      message: (f) => `Not a valid duibi CSV: ${show(f.detail)}.`,
      hint: () => 'Write the CSV with `writeDataset(dataset, { format: "csv" })` or `duibi extract --format csv`.',
    },
    invalid_parquet: {
      message: (f) => `Not a Parquet file duibi can read: ${show(f.detail)}.`,
      hint: () =>
        "Write it with `writeDataset(dataset, \"data.parquet\")` or `duibi extract --format parquet`. A file from another tool must be snappy, gzip, brotli or uncompressed (zstd needs Node 22.15 or later); in DuckDB: COPY … TO 'data.parquet' (FORMAT parquet, COMPRESSION snappy).",
    },
    invalid_option: {
      message: (f) => `Invalid ${show(f.option)}: ${show(f.detail)}.`,
      hint: (f) => show(f.fix) || "See `duibi --help`.",
    },
    invalid_argument: {
      message: (f) => `Invalid argument ${show(f.name)}: expected ${show(f.expected)}, got ${show(f.got)}.`,
      hint: (f) => `Pass ${show(f.expected)} as ${show(f.name)} (see the function's documentation).`,
    },
    missing_period: {
      message: (f) => `The dataset has no ${show(f.kind)} observations for ${show(f.period)}.`,
      hint: (f) => `Periods with ${show(f.kind)} data: ${show(f.available) || "none"}.`,
    },
    file_not_found: {
      message: (f) => `File not found: ${show(f.path)}.`,
      hint: () => "Check the path; relative paths start from the current directory.",
    },
    file_unreadable: {
      message: (f) => `Cannot read ${show(f.path)}: ${show(f.detail)}.`,
      hint: () => "Check that the file exists and you may read it.",
    },
    extract_failed: {
      message: (f) => `Extraction of ${show(f.path)} failed: ${show(f.detail)}.`,
      hint: () => "The other files were extracted; run this one alone with `duibi extract --jobs 1 FILE` to see more.",
    },
    file_unwritable: {
      message: (f) => `Cannot write ${show(f.path)}: ${show(f.detail)}.`,
      hint: () => "Check that the folder exists and you may write to it.",
    },
    file_empty: {
      message: (f) => `${show(f.path)} is empty.`,
      hint: () => "Give the text of a government work report (UTF-8 or GB18030).",
    },
    file_binary: {
      message: (f) => `${show(f.path)} is not a text file (${show(f.detail)}).`,
      hint: () => "Convert the report to plain text first (for a PDF: pdftotext report.pdf report.txt).",
    },
    file_encoding: {
      message: (f) => `${show(f.path)} could not be decoded as UTF-8 or GB18030.`,
      hint: () => "Save the file as UTF-8 text.",
    },
    file_too_large: {
      message: (f) => `${show(f.path)} is ${show(f.size)} bytes; the limit is ${show(f.limit)} bytes.`,
      hint: (f) => show(f.fix) || "Split the file, or pass a larger --max-bytes.",
    },
    file_exists: {
      message: (f) => `Refusing to overwrite ${show(f.path)}.`,
      hint: () => "Choose another --out, or pass --force.",
    },
    missing_dependency: {
      message: (f) => `${show(f.feature)} needs the package ${show(f.package)}, which is not installed.`,
      hint: (f) => `Install it: npm install ${show(f.package)}`,
    },
    missing_font: {
      message: () => "No CJK font was found to draw Chinese text.",
      hint: () => "Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) or pass fontPath.",
    },
    render_failed: {
      message: (f) => `The chart could not be rendered: ${show(f.detail)}.`,
      hint: () => "Check the spec compiles with vega-lite; run with --debug for details.",
    },
  },
  zh: {
    unknown_region: {
      message: (f) => `未知地区“${show(f.input)}”。`,
      hint: (f) =>
        f.suggestions
          ? `是否指 ${show(f.suggestions)}？可用全称（武隆区）、简称（武隆）或行政区划代码（500156）。`
          : "可用全称（武隆区）、简称（武隆）或行政区划代码（500156）。",
    },
    ambiguous_region: {
      message: (f) => `“${show(f.input)}”对应多个地区：${show(f.matches)}。`,
      hint: () => "请写出带上级的全称（重庆市武隆区）或六位代码。",
    },
    unknown_indicator: {
      message: (f) => `未知指标“${show(f.input)}”。`,
      hint: (f) => (f.suggestions ? `是否指 ${show(f.suggestions)}？` : "运行 `duibi indicators` 查看指标代码。"),
    },
    unknown_unit: {
      message: (f) => `未知单位“${show(f.input)}”。`,
      hint: () => "请使用登记的单位（元、万元、亿元、人、万人、人次、万人次、亩、公顷、吨、%、个百分点等）。",
    },
    unit_mismatch: {
      message: (f) => `无法将 ${show(f.from)} 换算为 ${show(f.to)}：${show(f.reason)}。`,
      hint: () => "单位只能在同一量纲、同一币种内换算；币种须显式换算。",
    },
    invalid_dataset: {
      message: (f) => `数据集不符合格式：${show(f.detail)}。`,
      hint: () => "请修正所示路径处的值，或用 `duibi extract` 重新生成数据集。",
    },
    invalid_json: {
      message: (f) => `不是有效的 JSON：${show(f.detail)}。`,
      hint: () => "请检查文件是否为完整的 JSON。",
    },
    invalid_csv: {
      message: (f) => `不是有效的 duibi CSV：${show(f.detail)}。`,
      hint: () => "请用 `duibi extract --format csv` 生成 CSV。",
    },
    invalid_parquet: {
      message: (f) => `不是 duibi 能读的 Parquet 文件：${show(f.detail)}。`,
      hint: () =>
        "请用 `writeDataset(dataset, \"data.parquet\")` 或 `duibi extract --format parquet` 生成。其他工具写的文件须为 snappy、gzip、brotli 压缩或不压缩（zstd 需 Node 22.15 或更新版本）；DuckDB 中：COPY … TO 'data.parquet' (FORMAT parquet, COMPRESSION snappy)。",
    },
    invalid_option: {
      message: (f) => `${show(f.option)} 无效：${show(f.detail)}。`,
      hint: (f) => show(f.fix) || "参见 `duibi --help`。",
    },
    invalid_argument: {
      message: (f) => `参数 ${show(f.name)} 无效：应为 ${show(f.expected)}，实为 ${show(f.got)}。`,
      hint: (f) => `请为 ${show(f.name)} 传入 ${show(f.expected)}（见函数文档）。`,
    },
    missing_period: {
      message: (f) => `数据集中没有 ${show(f.period)} 年的 ${show(f.kind)} 数据。`,
      hint: (f) => `有 ${show(f.kind)} 数据的年份：${show(f.available) || "无"}。`,
    },
    file_not_found: { message: (f) => `找不到文件：${show(f.path)}。`, hint: () => "请检查路径。" },
    file_unreadable: {
      message: (f) => `无法读取 ${show(f.path)}：${show(f.detail)}。`,
      hint: () => "请检查文件是否存在、是否有读取权限。",
    },
    extract_failed: {
      message: (f) => `提取 ${show(f.path)} 失败：${show(f.detail)}。`,
      hint: () => "其余文件已提取；可用 `duibi extract --jobs 1 文件` 单独运行此文件以查看详情。",
    },
    file_unwritable: {
      message: (f) => `无法写入 ${show(f.path)}：${show(f.detail)}。`,
      hint: () => "请检查文件夹是否存在、是否有写入权限。",
    },
    file_empty: {
      message: (f) => `${show(f.path)} 是空文件。`,
      hint: () => "请提供政府工作报告的文本（UTF-8 或 GB18030）。",
    },
    file_binary: {
      message: (f) => `${show(f.path)} 不是文本文件（${show(f.detail)}）。`,
      hint: () => "请先转为纯文本（PDF 可用 pdftotext report.pdf report.txt）。",
    },
    file_encoding: {
      message: (f) => `${show(f.path)} 既不是 UTF-8 也不是 GB18030 编码。`,
      hint: () => "请将文件另存为 UTF-8 文本。",
    },
    file_too_large: {
      message: (f) => `${show(f.path)} 有 ${show(f.size)} 字节，超过上限 ${show(f.limit)} 字节。`,
      hint: (f) =>
        f.fix ? "请按地区或年份拆分数据集，或先用 CSV 筛选后再读取。" : "请拆分文件，或使用更大的 --max-bytes。",
    },
    file_exists: { message: (f) => `不会覆盖 ${show(f.path)}。`, hint: () => "请换一个 --out，或加 --force。" },
    missing_dependency: {
      message: (f) => `${show(f.feature)} 需要安装 ${show(f.package)}。`,
      hint: (f) => `安装：npm install ${show(f.package)}`,
    },
    missing_font: {
      message: () => "找不到可显示中文的字体。",
      hint: () => "请安装（Debian/Ubuntu：apt-get install fonts-noto-cjk）或传入 fontPath。",
    },
    render_failed: {
      message: (f) => `图表无法渲染：${show(f.detail)}。`,
      hint: () => "请检查规格能否被 vega-lite 编译；加 --debug 查看详情。",
    },
  },
};

/**
 * Builds a {@link DuibiError} from the catalog. The error keeps `facts`, so a caller may
 * render it in another language with {@link describeError}.
 * @param code - the error code
 * @param facts - values the message names (input, path, suggestions …)
 * @param options.where - location: "seeds/x.txt:18:7", "observations[3].unit"
 * @param options.lang - language of `message` and `hint` (default "en")
 * @example
 * duibiError("unknown_region", { input: "不存在区" }).message; // => 'Unknown region "不存在区".'
 */
export function duibiError(
  code: DuibiErrorCode,
  facts: Facts = {},
  options: { where?: string; lang?: Lang; cause?: unknown } = {},
): DuibiError {
  checkArgs({
    code: [code, "string"],
    facts: [facts, "object"],
    options: [options, { "where?": "string", "lang?": "string" }],
  });
  const entries = catalog[options.lang === "zh" ? "zh" : "en"];
  const entry = Object.hasOwn(entries, code) ? entries[code] : undefined;
  if (entry === undefined) {
    throw duibiError("invalid_argument", { name: "code", expected: "a DuibiErrorCode", got: code }, { where: "code" });
  }
  return new DuibiError({
    code,
    message: entry.message(facts),
    hint: entry.hint(facts),
    facts,
    ...(options.where === undefined ? {} : { where: options.where }),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
  });
}
