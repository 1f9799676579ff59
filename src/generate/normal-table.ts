/**
 * A fast approximate standard normal for the per-line noise (prices, margins): one uniform draw
 * indexes a table of 4096 normal quantiles. Box–Muller costs a log, a sqrt and a cos per value;
 * noise on a price needs none of its tail precision (the table stops at ±3.5σ).
 */
import type { Rng } from './prng.ts';

const SIZE = 4096;

/** Acklam's rational approximation of the normal quantile (relative error < 1.2e-9). */
function quantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number): number =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

const TABLE = Float64Array.from({ length: SIZE }, (_, i) => quantile((i + 0.5) / SIZE));

/** Approximately standard normal, from one uniform draw. */
export function fastNormal(rng: Rng): number {
  return TABLE[(rng() * SIZE) | 0]!;
}

/** Quantiles of a log-normal multiplier with median 1 and log-sd `sigma`, for `fromTable`. */
export function lognormalTable(sigma: number): Float64Array {
  return TABLE.map((z) => Math.exp(sigma * z));
}

/** A draw from a quantile table (lognormalTable): one uniform, one load. */
export function fromTable(rng: Rng, table: Float64Array): number {
  return table[(rng() * SIZE) | 0]!;
}
