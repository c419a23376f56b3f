export { describeNote, describeNotes, type RegionNames } from "./describeNote.js";
export { formatFigure, formatNumber, formatSigned, unitText } from "./formatFigure.js";
export { joinNames } from "./joinNames.js";
export type { PresentLang } from "./labels.js";
export { kindLabel, measureLabel, qualifierLabel, verdictLabel } from "./labels.js";
