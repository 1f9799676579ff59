/**
 * Rounding rule (docs/rounding.md): money is stored as DECIMAL(18,2); a displayed amount is
 * rounded to kopecks half away from zero (2.345 → 2.35, −2.345 → −2.35).
 *
 * Floats cannot hold most decimals exactly (1.005 is 1.00499999…), so below 10¹² ₽ the scaled
 * value is first cut to 15 significant digits — what a double reliably carries, which snaps a
 * computed amount's float noise (2.3449999999999998) to the decimal it means — and only then
 * rounded. From 10¹² ₽ on, 15 digits no longer reach below the kopeck (12 345 678 901 234,56 ₽
 * has 16), so the cut would drop kopecks; there the amount is read from the shortest decimal that
 * reads back as the same double, which for an amount the engine gave with two decimals is exactly
 * that amount: below 2⁴⁶ ₽ (about 7·10¹³ ₽) doubles are under a kopeck apart, so no other
 * two-decimal amount reads as the same double. Beyond, a JSON number cannot carry kopecks at all.
 */
export function toKopecks(amount: number): number {
  if (!Number.isFinite(amount)) throw new Error(`cannot round ${amount} to kopecks`);
  const abs = Math.abs(amount);
  const k = abs < 1e12 ? Math.round(Number((abs * 100).toPrecision(15))) : kopecksOfDecimal(String(abs));
  return amount < 0 ? -k : k;
}

// Kopecks of a non-negative amount written in decimal ("12345678901234.56"), half away from zero,
// in integer arithmetic: no float step between the text and the kopecks.
function kopecksOfDecimal(text: string): number {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  // From 10²¹ JS writes an exponent: such a double is a whole number of roubles anyway.
  if (!m) return Number(BigInt(Number(text)) * 100n);
  const fraction = (m[2] ?? '').padEnd(3, '0');
  const up = fraction[2]! >= '5' ? 1n : 0n;
  return Number(BigInt(m[1]!) * 100n + BigInt(fraction.slice(0, 2)) + up);
}

/** An amount rounded to kopecks, half away from zero. */
export const roundMoney = (amount: number): number => toKopecks(amount) / 100;
