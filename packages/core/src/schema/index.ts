export * from "./comparison.js";
export * from "./dataset.js";
export * from "./document.js";
export * from "./indicator.js";
export * from "./observation.js";
export * from "./region.js";
export * from "./source.js";
export * from "./unit.js";
