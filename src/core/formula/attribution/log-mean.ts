/**
 * Logarithmic mean L(a, b) = (a − b) / (ln a − ln b), with L(a, a) = a. Written with log1p so two
 * nearly equal values do not lose their digits to a difference of two close logarithms.
 */
export function logMean(a: number, b: number): number {
  if (a === b) return a;
  return (a - b) / Math.log1p((a - b) / b);
}
