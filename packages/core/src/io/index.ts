export * from "./csv.js";
export * from "./datasetFromCsv.js";
export * from "./datasetToCsv.js";
export * from "./formatIssues.js";
export * from "./loadSeeds.js";
export * from "./parseDataset.js";
export * from "./readDataset.js";
export * from "./writeDataset.js";
