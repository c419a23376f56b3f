export { type AlignOptions, align } from "./align.js";
export { type FinalFigure, finalFigures, outcomeKey, reportYears } from "./finalFigures.js";
export { compareObservations, factKey } from "./order.js";
export { orderTargetStatements } from "./orderTargetStatements.js";
export { type Restated, restate } from "./restate.js";
export { missingRegions, statedRegions } from "./rowRegions.js";
export { type SelectedRegion, selectRegions } from "./selectRegions.js";
export { type PairValue, type TargetActualRow, type TargetPairOptions, targetPairs } from "./targetPairs.js";
