import { toKopecks } from './round.ts';

/**
 * Splits a total into kopecks so the rounded parts add up exactly to the rounded total (largest
 * remainder method). Rule: total = toKopecks(total), half away from zero; each part starts at the
 * floor of its exact kopeck value; the kopecks left over go one each to the parts with the largest
 * fractional remainders, ties to the earlier part. Rounding each part on its own would leave a
 * residual of a few kopecks that a report's reader sees as an error.
 *
 * `total` defaults to the sum of the parts. Returns integer kopecks, one per part, in order.
 */
export function allocateKopecks(parts: readonly number[], total?: number): number[] {
  const exact = parts.map((p) => {
    if (!Number.isFinite(p)) throw new Error(`cannot allocate a non-finite part (${p})`);
    // Snap float noise (28.999999999999996 kopecks) to the integer it means.
    const k = p * 100;
    return Math.abs(k - Math.round(k)) < 1e-6 ? Math.round(k) : k;
  });
  const target = toKopecks(total ?? parts.reduce((a, b) => a + b, 0));
  const floors = exact.map(Math.floor);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((k, i) => ({ i, rem: k - Math.floor(k) }))
    .sort((a, b) => (left >= 0 ? b.rem - a.rem : a.rem - b.rem) || a.i - b.i);
  const out = [...floors];
  // With a total other than the parts' sum, the leftover can exceed one round; cycle until placed.
  for (let j = 0; left !== 0 && order.length > 0; j = (j + 1) % order.length) {
    const slot = order[j];
    if (!slot) break;
    const step = left > 0 ? 1 : -1;
    out[slot.i] = (out[slot.i] ?? 0) + step;
    left -= step;
  }
  return out;
}

/** allocateKopecks over named parts, returned in roubles (kopecks / 100). */
export function allocate(parts: Readonly<Record<string, number>>, total?: number): Record<string, number> {
  const keys = Object.keys(parts);
  const kopecks = allocateKopecks(
    keys.map((k) => parts[k] ?? 0),
    total,
  );
  return Object.fromEntries(keys.map((k, i) => [k, (kopecks[i] ?? 0) / 100]));
}
