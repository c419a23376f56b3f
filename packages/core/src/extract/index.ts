export { describeDocument } from "./describeDocument.js";
export { extract } from "./extract.js";
export type { Diagnostic, ExtractOptions, ExtractResult, Unmapped, UnmappedReason } from "./types.js";
