/**
 * The regions a target/actual chart is about: the report's (`regionOrder`); pairs given without
 * it are about their own regions only. The chart names the expected regions it lacks (see
 * `notStatedLine`).
 *
 * @param options - The chart's `regionOrder`.
 * @returns Region codes.
 * @example
 * expectedRegions({ regionOrder: ["500156", "500101"] }); // => ["500156", "500101"]
 */
export function expectedRegions(options: { regionOrder?: readonly string[] }): string[] {
  return options.regionOrder === undefined ? [] : [...options.regionOrder];
}
