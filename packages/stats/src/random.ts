import { checkArgs } from "@duibi/core";
/**
 * A seeded pseudo-random number generator (mulberry32): a function returning numbers in [0, 1),
 * the same sequence for the same seed on every machine. Not for cryptography.
 *
 * @param seed - Any integer (taken modulo 2³²).
 * @returns A generator; each call advances its own state (nothing is shared between generators).
 * @example
 * const next = mulberry32(1);
 * next(); // => 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  checkArgs({ seed: [seed, "number"] });
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller; the second value is dropped to keep the state simple). */
function normal(random: () => number): number {
  // 1 − u keeps the logarithm's argument in (0, 1]
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * A Gamma(shape, 1) draw: Marsaglia and Tsang (2000) for shape ≥ 1; for shape < 1 the
 * Gamma(shape + 1) draw times U^(1/shape). Shape 0 gives 0 (a weight that stays zero).
 *
 * @param shape - ≥ 0.
 * @param random - A generator such as {@link mulberry32}.
 * @returns A non-negative number.
 * @example
 * gammaSample(2, mulberry32(7)) > 0; // => true
 */
export function gammaSample(shape: number, random: () => number): number {
  checkArgs({ shape: [shape, "number"], random: [random, "function"] });
  if (shape <= 0) return 0;
  if (shape < 1) return gammaSample(shape + 1, random) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Weights drawn from Dirichlet(α), by normalising independent Gamma(αᵢ) draws. Components with
 * αᵢ = 0 stay 0.
 *
 * @param alpha - Concentrations, ≥ 0, at least one > 0.
 * @param random - A generator such as {@link mulberry32}.
 * @returns Non-negative weights summing to 1.
 * @example
 * dirichletSample([10, 10, 0], mulberry32(3)).length; // => 3
 */
export function dirichletSample(alpha: readonly number[], random: () => number): number[] {
  checkArgs({ alpha: [alpha, "number[]"], random: [random, "function"] });
  const draws = alpha.map((a) => gammaSample(a, random));
  const total = draws.reduce((s, x) => s + x, 0);
  // all draws underflowing to 0 (tiny α) falls back to the mean of the distribution
  if (total === 0) {
    const sum = alpha.reduce((s, a) => s + a, 0);
    return alpha.map((a) => a / sum);
  }
  return draws.map((x) => x / total);
}
