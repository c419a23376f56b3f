import { duibiError } from "@duibi/core";

/** Checks a year option: an integer year. */
export function parseYear(year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1949 || year > 2100) {
    throw duibiError("invalid_option", {
      option: "year",
      detail: `${String(year)}`,
      fix: "Give the report year as an integer, such as 2024.",
    });
  }
  return year;
}
