export { formatFigure, formatSignedValue, formatValue, QUALIFIER_SYMBOLS } from "./formatValue.js";
export { indicatorLabel } from "./indicatorLabel.js";
export { KIND_LABELS, MEASURE_LABELS, VERDICT_LABELS } from "./labels.js";
export { OUTPUT_FORMATS, type Output, type OutputFormat, renderOutput, writeOutput } from "./output.js";
export { type CsvTable, renderCsv } from "./renderCsv.js";
export { renderMarkdown } from "./renderMarkdown.js";
export { renderText } from "./renderText.js";
export { padWidth, stringWidth } from "./stringWidth.js";
export type { TextColumn, TextTable } from "./textTable.js";
