/**
 * A KPI's payout terms as a plan's KPI rows store them (the analyst's and the quarterly plan's):
 * a plain plan (a corridor) or base / norm / target (a curve), and a cap; NULL where not given.
 */
export const TERMS = ['plan', 'base', 'norm', 'target', 'cap'] as const;
export type Term = (typeof TERMS)[number];

/** The terms as SQL parameters, in TERMS order (the columns' order); a term not given is NULL. */
export const termParams = (k: Partial<Record<Term, number>>): Array<number | null> =>
  TERMS.map((t) => k[t] ?? null);

/** The terms a stored row gives, leaving out the NULL ones. */
export function termsOf(row: Record<Term, number | null>): Partial<Record<Term, number>> {
  const out: Partial<Record<Term, number>> = {};
  for (const t of TERMS) {
    const v = row[t];
    if (v !== null) out[t] = v;
  }
  return out;
}
