import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";

/**
 * Days in a calendar year (Gregorian): what 优良天数 is divided by to give 优良率.
 * @param year - a whole year, e.g. 2023
 * @returns 366 in leap years, else 365
 * @throws DuibiError `invalid_option` when `year` is not an integer
 * @example
 * daysInYear(2023); // => 365
 * daysInYear(2024); // => 366
 * daysInYear(1900); // => 365
 */
export function daysInYear(year: number): number {
  checkArgs({ year: [year, "number"] });
  if (!Number.isInteger(year)) {
    throw duibiError("invalid_option", {
      option: "year",
      detail: `${year} is not a whole year`,
      fix: "Pass e.g. 2023.",
    });
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 366 : 365;
}
