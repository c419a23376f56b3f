export * from "./headline.js";
export * from "./indicators.js";
export * from "./regions.js";
export * from "./units.js";
export * from "./unregistered.js";
