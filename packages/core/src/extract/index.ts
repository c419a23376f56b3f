export { describeDocument } from "./describeDocument.js";
export * from "./extract.js";
export type * from "./types.js";
