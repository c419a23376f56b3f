export { buildDataset } from "./buildDataset.js";
export { type Reconciled, reconcile, sameValue } from "./reconcile.js";
