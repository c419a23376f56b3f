export * from "./DataFrameLike.js";
export * from "./fromDataFrame.js";
export * from "./readArrow.js";
export * from "./readParquet.js";
export * from "./toDataFrame.js";
export * from "./writeArrow.js";
export * from "./writeParquet.js";
