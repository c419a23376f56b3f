export { OUTPUT_FORMATS, type Output, type OutputFormat, renderOutput, writeOutput } from "./output.js";
export { type CsvTable, renderCsv } from "./renderCsv.js";
export { renderMarkdown } from "./renderMarkdown.js";
export { renderText } from "./renderText.js";
export { padWidth, stringWidth } from "./stringWidth.js";
export type { TextColumn, TextTable } from "./textTable.js";
