import type { Kind, Measure, Observation, Qualifier } from "../schema/observation.js";
import type { Region } from "../schema/region.js";
import type { Source } from "../schema/source.js";

/** Options of {@link extract}: the document id, and overrides for what the text's header says. */
export interface ExtractOptions {
  /** Document id written into every source span (a file name under seeds/sources/). */
  document: string;
  /** Region name, short name or code; overrides the region read from the title. */
  region?: string;
  /** Report year (2024 for the 2024 report); overrides the year read from the header. */
  year?: number;
  /**
   * Reads every figure as this kind, for texts that are wholly a plan or a review
   * (a 工作要点 gazette is all targets). Default: decided per section and sentence.
   */
  kind?: Kind;
}

/** Why a figure did not become an observation. */
export type UnmappedReason =
  | "unknown_indicator"
  | "unknown_unit"
  | "unknown_region"
  | "unknown_year"
  | "list_mismatch"
  | "unsupported_measure"
  | "multi_year"
  | "unit_mismatch"
  /** 20亿元以上 in 其中20亿元以上项目3个: the bound of a size class, not a figure. */
  | "size_class"
  /** 前三季度, 上半年, 1—11月: a figure of part of the year, not of the whole. */
  | "part_year"
  /** A figure of a sub-area, a group or a comparison (十大功能区, 低收入农户, 高于GDP增速), not the region's own. */
  | "out_of_scope"
  /** 突破5000亿元 beside 达5025.4亿元 in one sentence: the round figure passed, where the exact one is stated. */
  | "milestone";

/** A figure the extractor read but could not turn into an observation: add an alias, a unit or an option. */
export interface Unmapped {
  nameAsWritten: string;
  value: number;
  /** The unit as written (万元, 栋, %), which may not be a registry unit. */
  unit: string;
  measure: Measure;
  period: number | null;
  kind: Kind;
  qualifier: Qualifier;
  reason: UnmappedReason;
  source: Source;
}

/** Something the caller should know about the extraction: a guess made, an option ignored. */
export interface Diagnostic {
  code: "region_not_found" | "ambiguous_region" | "year_not_found" | "bad_option" | "internal_error";
  message: string;
  /** Offsets into the original text, when the diagnostic is about a span. */
  start?: number;
  end?: number;
}

/** What {@link extract} returns. */
export interface ExtractResult {
  observations: Observation[];
  unmapped: Unmapped[];
  diagnostics: Diagnostic[];
  region: Region | null;
  year: number | null;
}
