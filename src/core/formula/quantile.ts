/**
 * Quantile of type 7 (Hyndman & Fan; R's and NumPy's default): linear interpolation between order
 * statistics at h = (n − 1)·p. Null for an empty list.
 */
export function quantile7(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}
