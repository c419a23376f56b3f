export * from "./headline.js";
export * from "./indicators.js";
export * from "./regions.js";
export * from "./units.js";
export { indicatorDisplayName, isUnregistered, UNREGISTERED_PREFIX, unregisteredId } from "./unregistered.js";
