export type { OutcomeVerdict } from "./catalog.js";
export { describeNote, describeNotes, type RegionNames } from "./describeNote.js";
export {
  formatDifference,
  formatFigure,
  formatNumber,
  formatPercent,
  formatRatio,
  formatRounded,
  formatSigned,
  unitName,
  unitText,
} from "./formatFigure.js";
export { joinNames } from "./joinNames.js";
export type { PresentLang } from "./labels.js";
export {
  kindLabel,
  measureLabel,
  measureName,
  outcomeLabel,
  qualifierLabel,
  qualifierSymbol,
  verdictLabel,
} from "./labels.js";
