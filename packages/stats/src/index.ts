/**
 * @duibi/stats — gaps, ranks, target ambition, implied levels, composite scores
 * and summaries over duibi comparison tables and datasets.
 *
 * Two layers: table functions (`rank(table)`, `gaps(table)` …) over core's ComparisonTable,
 * and the columnar panel they run on (`panelFromColumns`, `rankPanel`, `gapsPanel`) for
 * national-scale data.
 *
 * @packageDocumentation
 */

export { type AmbitionOptions, ambition } from "./ambition.js";
export { type AttainmentOptions, attainment, DEFAULT_TOLERANCE_PP } from "./attainment.js";
export {
  type AttainmentNote,
  describeAttainmentNote,
  describeAttainmentNotes,
  type NotedStatement,
} from "./attainmentNotes.js";
export { type CompositeOptions, composite } from "./composite.js";
export { type GapsOptions, gaps, gapUnit } from "./gaps.js";
export { type ImpliedLevelOptions, impliedLevel, NOMINAL_APPROXIMATION } from "./impliedLevel.js";
export { type GapsPanelOptions, gapsPanel, MIN_CENTRE_VALUES, type PanelGaps } from "./panel/gapsPanel.js";
export type { Panel, PanelColumns, PanelGroup } from "./panel/Panel.js";
export { panelFromColumns } from "./panel/panelFromColumns.js";
export { type PanelRanks, type RankPanelOptions, rankPanel } from "./panel/rankPanel.js";
export { directionOf, type RankOptions, rank } from "./rank.js";
export { type SensitivityOptions, sensitivity } from "./sensitivity.js";
export { describeSkipReason, type SkipReason } from "./skipReasons.js";
export { summarize } from "./summarize.js";
export { describeTargetNote, describeTargetNotes, type TargetNote } from "./targetNotes.js";
export type {
  AmbitionBound,
  AmbitionLabel,
  AmbitionResult,
  AmbitionRow,
  AttainmentActual,
  AttainmentResult,
  AttainmentRow,
  AttainmentSummary,
  AttainmentTarget,
  AttainmentVerdict,
  CompositeIndicator,
  CompositeResult,
  CompositeScore,
  GapCell,
  GapReference,
  GapRow,
  GapsResult,
  ImpliedLevelResult,
  ImpliedLevelRow,
  MissingPolicy,
  Normalize,
  RankMethod,
  RankResult,
  RankRow,
  ReportConflict,
  SensitivityResult,
  SkippedReport,
  Summary,
  SummaryRow,
  TargetReading,
} from "./types.js";
