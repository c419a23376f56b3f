export { catalog, duibiError, type Lang } from "./catalog.js";
export { ARGS, type ArgSpec, checkArgs, isObject } from "./checkArgs.js";
export { DuibiError, type DuibiErrorCode, type DuibiErrorFacts, isDuibiError } from "./DuibiError.js";
export { describeError, type ErrorDescription } from "./describeError.js";
