import type { Lang } from '../../format/format.ts';
/** Numbers as plan editors hold them: typed text in, tidy numbers out. Shared by every draft. */

// Ten decimals: 0.07 × 100 is 7.000000000000001 in floating point, and nobody typed that.
export const tidy = (v: number): number => Number(v.toFixed(10));

/** A number as the editor shows it: percent for shares, the language's decimal mark; '' for none. */
export function showTyped(v: number | null | undefined, percent: boolean, lang: Lang): string {
  if (v === null || v === undefined) return '';
  const s = String(tidy(percent ? v * 100 : v));
  return lang === 'ru' ? s.replace('.', ',') : s;
}

/** Typed text as a number: spaces and a trailing % ignored, comma or point; '' → null; junk → NaN. */
export function parseTyped(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (s === '') return null;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
}

// The core's tolerance (src/core/kpi/weights.ts): weights typed as decimals rarely add exactly.
const EPS = 1e-9;

/**
 * The weight groups of a draft whose weights do not make 100%, as problems to show; a group whose
 * sum is null (nothing to weigh) or not yet a number (a weight still being typed) is left alone.
 */
export function offSums<G extends string>(
  sums: Readonly<Record<G, number | null>>,
  groups: readonly G[],
): Array<{ kind: 'sum'; group: G; sum: number }> {
  return groups.flatMap((group) => {
    const sum = sums[group];
    return sum !== null && Number.isFinite(sum) && Math.abs(sum - 1) > EPS
      ? [{ kind: 'sum' as const, group, sum }]
      : [];
  });
}
