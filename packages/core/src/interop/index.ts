export type { DataFrameLike } from "./DataFrameLike.js";
export { fromDataFrame } from "./fromDataFrame.js";
export { readArrow } from "./readArrow.js";
export { readParquet } from "./readParquet.js";
export { toDataFrame } from "./toDataFrame.js";
export { writeArrow } from "./writeArrow.js";
export { writeParquet } from "./writeParquet.js";
