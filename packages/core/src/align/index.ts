export * from "./align.js";
export * from "./alignRow.js";
export * from "./buildDataset.js";
export * from "./order.js";
export * from "./reconcile.js";
export * from "./restate.js";
export * from "./selectRegions.js";
