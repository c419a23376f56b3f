import { checkArgs } from "../errors/checkArgs.js";
import type { Dataset } from "../schema/dataset.js";
import type { Observation } from "../schema/observation.js";
import { compareStrings, isFactLike } from "./order.js";

/**
 * What a dataset's reports say about one outcome (region, indicator, measure, period):
 * every statement of it, actual or estimate (预计), and the one that counts.
 */
export interface FinalFigure {
  /** `region|indicator|measure|period`. */
  key: string;
  /**
   * The latest final figure: the actual stated by the latest report (by report year, then
   * document id); when no report states an actual, the latest estimate stands in.
   */
  final: Observation;
  /** True when `final` is an estimate (预计) standing in for a final figure no report states. */
  estimateStandsIn: boolean;
  /** Every statement of the outcome, estimates first, then actuals, each in report order. */
  statements: Observation[];
  /** True when some statement's value differs from `final`'s: an estimate revised, or an actual restated. */
  revised: boolean;
  /** The report year of `final`'s document (null when the document names none). */
  reportYear: number | null;
}

/**
 * The report year of each document of a dataset (null when the document names none).
 *
 * @param dataset - a dataset
 * @returns document id → report year
 * @example
 * reportYears(loadSeeds()).get("001_8f9e7cf461ee1142.txt"); // => 2024
 */
export function reportYears(dataset: Pick<Dataset, "documents">): Map<string, number | null> {
  checkArgs({ dataset: [dataset, { documents: "object[]" }] });
  return new Map(dataset.documents.map((d) => [d.id, d.year]));
}

/**
 * The key of an outcome: region, indicator, measure and period joined by `|` (no kind: an
 * estimate and an actual of one year state one outcome).
 *
 * @example
 * outcomeKey({ regionCode: "500000", indicator: "gdp", measure: "growth", period: 2023 }); // => "500000|gdp|growth|2023"
 */
export function outcomeKey(o: Pick<Observation, "regionCode" | "indicator" | "measure" | "period">): string {
  if (!isFactLike(o, false)) {
    checkArgs({ o: [o, { regionCode: "string", indicator: "string", measure: "string", period: "number" }] });
  }
  return keyOf(o);
}

/** {@link outcomeKey} unchecked, for the loop over every observation of a dataset already checked. */
function keyOf(o: Pick<Observation, "regionCode" | "indicator" | "measure" | "period">): string {
  return `${o.regionCode}|${o.indicator}|${o.measure}|${o.period}`;
}

/**
 * A derived index of final figures across reports. The same outcome is stated by several
 * reports: the report of t+1 gives 2023's 预计 or its first actual, the report of t+2 may
 * restate the final figure. The dataset keeps every statement (nothing is merged away, and
 * nothing is stored: datasets read and round-trip as before); this index says, per outcome,
 * which statement is the latest final figure, whether an estimate stands in for it, and
 * whether the figure was revised.
 *
 * Order of "latest": report year of the statement's document (unknown years count as
 * earliest), then document id, then position. Targets are not outcomes and are left out.
 *
 * @param dataset - a dataset (not mutated)
 * @returns outcome key (see {@link outcomeKey}) → its final figure
 * @example
 * // 2023 预计 5% in the 2024 report, actual 5.2% in the 2025 report
 * const f = finalFigures(dataset).get("500000|gdp|growth|2023");
 * [f.final.value, f.final.kind, f.revised]; // => [5.2, "actual", true]
 */
export function finalFigures(dataset: Pick<Dataset, "documents" | "observations">): Map<string, FinalFigure> {
  checkArgs({ dataset: [dataset, { documents: "object[]", observations: "object[]" }] });
  const years = reportYears(dataset);
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    if (o.kind === "target") continue;
    const key = keyOf(o);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [o]);
    else list.push(o);
  }
  const yearOf = (o: Observation) => years.get(o.source.document) ?? null;
  const byReport = (a: Observation, b: Observation) =>
    (yearOf(a) ?? -Infinity) - (yearOf(b) ?? -Infinity) ||
    compareStrings(a.source.document, b.source.document) ||
    a.source.start - b.source.start;
  const result = new Map<string, FinalFigure>();
  for (const [key, list] of groups) {
    const estimates = list.filter((o) => o.kind === "estimate").sort(byReport);
    const actuals = list.filter((o) => o.kind === "actual").sort(byReport);
    const final = (actuals.at(-1) ?? estimates.at(-1)) as Observation;
    const statements = [...estimates, ...actuals];
    result.set(key, {
      key,
      final,
      estimateStandsIn: final.kind === "estimate",
      statements,
      revised: statements.some((o) => o.value !== final.value || o.unit !== final.unit),
      reportYear: yearOf(final),
    });
  }
  return result;
}
