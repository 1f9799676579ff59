/**
 * Rounding rule (docs/rounding.md): money is stored as DECIMAL(18,2); a displayed amount is
 * rounded to kopecks half away from zero (2.345 → 2.35, −2.345 → −2.35).
 *
 * Floats cannot hold most decimals exactly (1.005 is 1.00499999…), so the scaled value is first
 * cut to 15 significant digits — what a double reliably carries — and only then rounded.
 */
export function toKopecks(amount: number): number {
  if (!Number.isFinite(amount)) throw new Error(`cannot round ${amount} to kopecks`);
  const scaled = Number((Math.abs(amount) * 100).toPrecision(15));
  const k = Math.round(scaled);
  return amount < 0 ? -k : k;
}

/** An amount rounded to kopecks, half away from zero. */
export const roundMoney = (amount: number): number => toKopecks(amount) / 100;
