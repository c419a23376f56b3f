export { catalog, duibiError, type Lang } from "./catalog.js";
export { ARGS, type ArgSpec, checkArgs, isObject } from "./checkArgs.js";
export { DuibiError, type DuibiErrorCode, isDuibiError } from "./DuibiError.js";
