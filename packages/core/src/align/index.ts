export * from "./buildDataset.js";
export * from "./order.js";
export * from "./reconcile.js";
