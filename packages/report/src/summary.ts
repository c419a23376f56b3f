import type { ComparisonRow, ComparisonTable, RowNoteCode } from "@duibi/core";
import {
  describeNote,
  formatDifference,
  formatFigure,
  formatNumber,
  HEADLINE_INDICATORS,
  headlineFirst,
  joinNames,
} from "@duibi/core";
import type { AmbitionResult, AmbitionRow, RankResult } from "@duibi/stats";
import type { SectionContext } from "./figureCell.js";
import { headlineRows } from "./headlineSection.js";
import { labels } from "./labels.js";
import { leadCounts } from "./ranksSection.js";
import { inSentence, rowLabel } from "./rowLabel.js";

/** What the summary is written from. */
export interface SummaryInput {
  actual: ComparisonTable;
  targets: ComparisonTable;
  ambition: AmbitionResult;
  ranks: RankResult;
  /** Titles of the documents cited. */
  documents: string[];
}

/**
 * The report's opening paragraph, written from the numbers: how the regions' growth
 * compares (the first headline growth row every region states), what they aim for next
 * year, who leads on how many rows, what cannot be compared, and where the numbers come
 * from. Sentences whose numbers are missing are left out, never guessed.
 * @param input - the comparisons and stats the report shows
 * @param ctx - language and regions (the first is the subject of two-region sentences)
 * @returns paragraphs of plain text
 * @example
 * summarize(input, ctx)[0]; // => "2023年，武隆地区生产总值增长5.5%，低于万州的6.9%（相差1.4个百分点）；…"
 */
export function summarize(input: SummaryInput, ctx: SectionContext): string[] {
  return [growthSentence(input, ctx), targetSentence(input, ctx), leadSentence(input, ctx), caveatSentence(input, ctx)]
    .filter((s): s is string => s !== null)
    .concat(provenanceSentence(input, ctx));
}

function complete(row: ComparisonRow, ctx: SectionContext): boolean {
  return ctx.regions.every((r) => row.cells[r.code] != null);
}

function growthSentence({ actual }: SummaryInput, ctx: SectionContext): string | null {
  const rows = headlineRows(actual).filter((r) => r.verdict === "comparable" || r.verdict === "converted");
  const growth = rows.find((r) => r.measure === "growth" && complete(r, ctx));
  if (growth === undefined) return null;
  const level = rows.find((r) => r.indicator === growth.indicator && r.measure === "level" && complete(r, ctx));
  const zh = ctx.lang === "zh";
  const name = inSentence(rowLabel(growth.indicator, "level", ctx.lang));
  const fig = (row: ComparisonRow, code: string) => {
    const cell = row.cells[code];
    return cell == null ? "" : formatFigure(cell.value, cell.unit, cell.qualifier, ctx.lang, cell.bounds);
  };
  const [a, b] = ctx.regions;
  if (ctx.regions.length === 1 && a !== undefined) {
    const scale = level === undefined ? "" : zh ? `，总量${fig(level, a.code)}` : `, to ${fig(level, a.code)}`;
    return zh
      ? `${actual.period}年，${a.shortName}${name}增长${fig(growth, a.code)}${scale}。`
      : `In ${actual.period}, ${a.shortName}'s ${name} grew ${fig(growth, a.code)}${scale}.`;
  }
  if (ctx.regions.length === 2 && a !== undefined && b !== undefined) {
    const diff = (growth.cells[a.code]?.value ?? 0) - (growth.cells[b.code]?.value ?? 0);
    const gap = formatNumber(Math.abs(diff));
    const scale =
      level === undefined
        ? ""
        : zh
          ? `；总量上，${a.shortName}${fig(level, a.code)}，${b.shortName}${fig(level, b.code)}`
          : `; in size, ${a.shortName} ${fig(level, a.code)} against ${b.shortName} ${fig(level, b.code)}`;
    if (zh) {
      const compare =
        diff === 0
          ? `与${b.shortName}持平`
          : `${diff < 0 ? "低于" : "高于"}${b.shortName}的${fig(growth, b.code)}（相差${gap}个百分点）`;
      return `${actual.period}年，${a.shortName}${name}增长${fig(growth, a.code)}，${compare}${scale}。`;
    }
    const compare =
      diff === 0
        ? `the same as ${b.shortName}`
        : `${gap} pp ${diff < 0 ? "below" : "above"} ${b.shortName}'s ${fig(growth, b.code)}`;
    return `In ${actual.period}, ${a.shortName}'s ${name} grew ${fig(growth, a.code)}, ${compare}${scale}.`;
  }
  const sorted = [...ctx.regions].sort(
    (x, y) => (growth.cells[y.code]?.value ?? 0) - (growth.cells[x.code]?.value ?? 0),
  );
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (top === undefined || bottom === undefined) return null;
  return zh
    ? `${actual.period}年，${ctx.regions.length}个地区中${name}增长最快的是${top.shortName}（${fig(growth, top.code)}），最慢的是${bottom.shortName}（${fig(growth, bottom.code)}）。`
    : `In ${actual.period}, ${name} grew fastest in ${top.shortName} (${fig(growth, top.code)}) and slowest in ${bottom.shortName} (${fig(growth, bottom.code)}) of ${ctx.regions.length} regions.`;
}

function targetSentence({ ambition, actual }: SummaryInput, ctx: SectionContext): string | null {
  const growth = headlineRows(actual).find((r) => r.measure === "growth" && complete(r, ctx));
  const indicator = growth?.indicator ?? "gdp";
  const rows = ctx.regions
    .map((r) =>
      ambition.rows.find((a) => a.regionCode === r.code && a.indicator === indicator && a.measure === "growth"),
    )
    .filter((a): a is AmbitionRow => a !== undefined);
  if (rows.length === 0) return null;
  const zh = ctx.lang === "zh";
  const name = inSentence(rowLabel(indicator, "level", ctx.lang));
  const short = (code: string) => ctx.regions.find((r) => r.code === code)?.shortName ?? code;
  const parts = rows.map((row) => {
    const target = formatFigure(row.target, "%", row.qualifier, ctx.lang);
    const pp = row.ambitionPp;
    if (pp === null)
      return zh ? `${short(row.regionCode)}提出增长${target}` : `${short(row.regionCode)} aims for ${target}`;
    const word = zh ? (pp >= 0 ? "高" : "低") : pp >= 0 ? "above" : "below";
    const amount = formatNumber(Math.abs(pp));
    return zh
      ? `${short(row.regionCode)}提出增长${target}，比上年实际${word}${amount}个百分点`
      : `${short(row.regionCode)} aims for ${target}, ${amount} pp ${word} last year's`;
  });
  // a bound (after 增长10%以上 last year the ambition is at most the difference) ranks nothing
  const ranked = rows
    .filter((r) => r.ambitionPp !== null && (r.bound ?? "exact") === "exact")
    .sort((x, y) => (y.ambitionPp ?? 0) - (x.ambitionPp ?? 0));
  const leader = ranked.length >= 2 && ranked[0]?.ambitionPp !== ranked[1]?.ambitionPp ? ranked[0] : undefined;
  const verdict =
    leader === undefined
      ? ""
      : zh
        ? `按“目标−上年实际”衡量，${short(leader.regionCode)}的目标更进取（${formatDifference(leader.ambitionPp ?? 0, "个百分点", "zh")}）`
        : `measured as target minus last year's growth, ${short(leader.regionCode)} is the more ambitious (${formatDifference(leader.ambitionPp ?? 0, "个百分点", "en")})`;
  return zh
    ? `${ambition.year}年${name}目标：${parts.join("；")}${verdict === "" ? "" : `。${verdict}`}。`
    : `${ambition.year} targets for ${name} growth: ${parts.join("; ")}${verdict === "" ? "" : `; ${verdict}`}.`;
}

function leadSentence({ ranks }: SummaryInput, ctx: SectionContext): string | null {
  const counts = leadCounts(
    ranks,
    ctx.regions.map((r) => r.code),
  );
  const of = counts[0]?.of ?? 0;
  if (of === 0 || ctx.regions.length < 2) return null;
  const short = (code: string) => ctx.regions.find((r) => r.code === code)?.shortName ?? code;
  const zh = ctx.lang === "zh";
  if (ctx.regions.length === 2) {
    const list = counts.map((c) =>
      zh ? `${short(c.code)}有${c.first}项领先` : `${short(c.code)} leads on ${c.first}`,
    );
    const ties = of - counts.reduce((sum, c) => sum + c.first, 0);
    const tail = ties > 0 ? (zh ? `，${ties}项持平` : `, ${ties} tied`) : "";
    return zh
      ? `在两地都公布、可以直接比较的${of}项指标中，${list.join("，")}${tail}。`
      : `Of the ${of} indicators both state comparably, ${list.join(" and ")}${tail}.`;
  }
  const most = Math.max(...counts.map((c) => c.first));
  if (!Number.isFinite(most) || most === 0) return null;
  // every region tied for the most firsts is named, in report order
  const tied = counts.filter((c) => c.first === most).map((c) => short(c.code));
  if (tied.length === 1) {
    return zh
      ? `在所有地区都公布的${of}项指标中，${tied[0]}排名第一的最多（${most}项）。`
      : `Of the ${of} indicators every region states, ${tied[0]} ranks first most often (${most}).`;
  }
  return zh
    ? `在所有地区都公布的${of}项指标中，${joinNames(tied, "zh")}排名第一的次数并列最多（各${most}项）。`
    : `Of the ${of} indicators every region states, ${joinNames(tied, "en")} tie for ranking first most often (${most} each).`;
}

/** Notes that say why a row is incomparable or how it was converted: the first of them names the reason. */
const HOW = new Set<RowNoteCode>([
  "unregistered",
  "variants",
  "unit_unknown",
  "unit_not_convertible",
  "units_differ",
  "restated",
  "unit_converted",
]);

function caveatSentence({ actual }: SummaryInput, ctx: SectionContext): string | null {
  const incomparable = headlineFirst(actual.rows.filter((r) => r.verdict === "incomparable"));
  const converted = headlineFirst(actual.rows.filter((r) => r.verdict === "converted"));
  if (incomparable.length === 0 && converted.length === 0) return null;
  const zh = ctx.lang === "zh";
  const variants = (row: ComparisonRow) =>
    [
      ...new Set(
        ctx.regions.flatMap((r) => {
          const c = row.cells[r.code];
          return c == null ? [] : [rowLabel(c.indicator ?? row.indicator, row.measure, ctx.lang)];
        }),
      ),
    ].join(zh ? "与" : " vs ");
  // One name alone says little about a conversion: add how it was converted (万元→亿元).
  const described = (row: ComparisonRow) => {
    const names = variants(row);
    const first = row.notes.find((n) => HOW.has(n.code));
    const how = first === undefined ? "" : describeNote(first, ctx.lang, ctx.regions);
    if (names.includes(zh ? "与" : " vs ") || how === "") return names;
    return zh ? `${names}，${how}` : `${names}, ${how}`;
  };
  // Examples a reader knows: headline indicators; an obscure row is named only when nothing better exists.
  const headline = new Set<string>(HEADLINE_INDICATORS);
  const example = (rows: ComparisonRow[]) =>
    rows
      .filter((row, i) => i === 0 || headline.has(row.indicator))
      .slice(0, 2)
      .map(described)
      .join(zh ? "；" : "; ");
  const parts: string[] = [];
  if (incomparable.length > 0) {
    parts.push(
      zh
        ? `${incomparable.length}项因统计口径不同不能直接比较（如${example(incomparable)}），只列示不计算`
        : `${incomparable.length} rows cannot be compared because the definitions differ (e.g. ${example(incomparable)}); they are shown, never computed on`,
    );
  }
  if (converted.length > 0) {
    parts.push(
      zh
        ? `${converted.length}项经换算后比较（如${example(converted)}）`
        : `${converted.length} were converted before comparing (e.g. ${example(converted)})`,
    );
  }
  return zh ? `注意：${parts.join("；")}，详见“可比性说明”。` : `Note: ${parts.join("; ")}; see Comparability.`;
}

/** Up to this many reports are named in the summary; more are counted, and named under the sources heading. */
const NAMED_DOCUMENTS = 6;

function provenanceSentence({ documents }: SummaryInput, ctx: SectionContext): string {
  const zh = ctx.lang === "zh";
  if (documents.length > NAMED_DOCUMENTS) {
    const heading = labels(ctx.lang).sources;
    return zh
      ? `所有数字均摘自${documents.length}份报告原文（见“${heading}”）；点击任一数字可查看它所在的句子。`
      : `Every figure is quoted from ${documents.length} reports (see ${heading}); click a figure to see the sentence it comes from.`;
  }
  return zh
    ? `所有数字均摘自${documents.map((d) => `《${d}》`).join("、")}原文；点击任一数字可查看它所在的句子。`
    : `Every figure is quoted from ${documents.join("; ")}; click a figure to see the sentence it comes from.`;
}
