export { HEADLINE_INDICATORS, headlineFirst } from "./headline.js";
export {
  conversionBetween,
  conversions,
  findIndicator,
  getIndicator,
  type IndicatorConversion,
  IndicatorConversionSchema,
  type IndicatorMatch,
  indicators,
  matchIndicator,
  matchIndicatorIn,
  normalizeIndicatorName,
  suggestIndicatorIds,
  variantsOf,
} from "./indicators.js";
export { findRegion, getRegion, regionPath, regions, resolveRegions } from "./regions.js";
export { canConvert, convert, daysInYear, findUnit, getUnit, units } from "./units.js";
export { indicatorDisplayName, isUnregistered, UNREGISTERED_PREFIX, unregisteredId } from "./unregistered.js";
