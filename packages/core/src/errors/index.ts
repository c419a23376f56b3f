export * from "./catalog.js";
export * from "./checkArgs.js";
export * from "./DuibiError.js";
