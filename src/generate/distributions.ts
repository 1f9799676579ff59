/** Samplers over a seeded Rng. Pure functions of the stream: no Math.random anywhere. */
import type { Rng } from './prng.ts';

/** Exponential with the given mean. */
export function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng()) * mean;
}

/** Standard normal (Box–Muller, one value per call so the stream position stays simple). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal multiplier with median 1 and log-sd `sigma`. */
export function lognormal(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

/** Gamma(shape, scale) by Marsaglia–Tsang; shape < 1 through the boost u^(1/shape). */
export function gamma(rng: Rng, shape: number, scale: number): number {
  if (shape < 1) return gamma(rng, shape + 1, scale) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = 1 - rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

/** Beta(a, b) from two gammas. */
export function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a, 1);
  return x / (x + gamma(rng, b, 1));
}

/** Poisson count; Knuth's product method for small means, a rounded normal for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

const PICK_BINS = 4096;

/**
 * A weighted choice as a lookup table: bin i holds the index whose cumulative weight covers
 * (i + 0.5) / 4096. One draw and one load per pick instead of a scan; weights are honoured to
 * 1/4096, plenty for category mixes and hour profiles.
 */
export function pickTable(weights: readonly number[]): Uint8Array {
  if (weights.length > 256) throw new Error('pickTable: at most 256 choices');
  const total = weights.reduce((s, w) => s + w, 0);
  const table = new Uint8Array(PICK_BINS);
  let j = 0;
  let acc = weights[0]! / total;
  for (let i = 0; i < PICK_BINS; i++) {
    const u = (i + 0.5) / PICK_BINS;
    while (u >= acc && j < weights.length - 1) acc += weights[++j]! / total;
    table[i] = j;
  }
  return table;
}

/** An index drawn from a pickTable. */
export function pick(rng: Rng, table: Uint8Array): number {
  return table[(rng() * PICK_BINS) | 0]!;
}

/** Failures before the first success when the mean is `mean`, given logRatio = ln(mean / (1 + mean)). */
export function geometricByLog(rng: Rng, logRatio: number): number {
  return Math.floor(Math.log(1 - rng()) / logRatio);
}
