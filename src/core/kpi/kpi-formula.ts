import type { Maybe } from './types.ts';

/**
 * How a KPI's fact is computed from measures: a small expression tree, data rather than code, so a
 * user's catalogue file can add KPIs without a release.
 */
export type KpiFormula =
  | { measure: string }
  | { ratio: [KpiFormula, KpiFormula] }
  | { product: KpiFormula[] }
  | { sum: KpiFormula[] }
  | { difference: KpiFormula[] };

const fin = (v: number): Maybe => (Number.isFinite(v) ? v : null);

/**
 * Evaluates a formula. A measure that is absent or null makes the whole fact null ("no data"), and
 * so does a division by zero: a KPI over data the company does not have is never shown as 0.
 */
export function evalKpiFormula(f: KpiFormula, measures: Readonly<Record<string, Maybe>>): Maybe {
  if ('measure' in f) return measures[f.measure] ?? null;
  const args = 'ratio' in f ? f.ratio : 'product' in f ? f.product : 'sum' in f ? f.sum : f.difference;
  const vals: number[] = [];
  for (const a of args) {
    const v = evalKpiFormula(a, measures);
    if (v === null) return null;
    vals.push(v);
  }
  if ('ratio' in f) return vals[1] === 0 ? null : fin((vals[0] ?? 0) / (vals[1] ?? 1));
  if ('product' in f) return fin(vals.reduce((a, b) => a * b, 1));
  if ('sum' in f) return fin(vals.reduce((a, b) => a + b, 0));
  return fin(vals.slice(1).reduce((a, b) => a - b, vals[0] ?? 0));
}

/** Every measure a formula reads, in first-use order. */
export function formulaMeasures(f: KpiFormula, out: string[] = []): string[] {
  if ('measure' in f) {
    if (!out.includes(f.measure)) out.push(f.measure);
    return out;
  }
  const args = 'ratio' in f ? f.ratio : 'product' in f ? f.product : 'sum' in f ? f.sum : f.difference;
  for (const a of args) formulaMeasures(a, out);
  return out;
}
