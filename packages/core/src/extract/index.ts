export * from "./extract.js";
export type * from "./types.js";
