export * from "./catalog.js";
export * from "./DuibiError.js";
