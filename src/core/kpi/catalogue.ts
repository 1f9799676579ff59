import type { KpiUnit } from './format.ts';
import { ROWS, type KpiStage } from './catalogue-rows.ts';
import { evalKpiFormula, type KpiFormula } from './kpi-formula.ts';

export type { KpiStage };
import type { Direction, Label, Maybe } from './types.ts';

/** A KPI as data: what it is called, how it reads, which way is better, how its fact is computed. */
export interface KpiDefinition {
  id: string;
  name: Label;
  unit: KpiUnit;
  direction: Direction;
  stage: KpiStage;
  formula: KpiFormula;
}

/** The built-in catalogue: every metric of METHODOLOGY §1 and §4. */
export const KPI_CATALOGUE: readonly KpiDefinition[] = ROWS.map(
  ([id, ru, en, unit, direction, stage, formula]) => ({
    id,
    name: { ru, en },
    unit,
    direction,
    stage,
    formula,
  }),
);

/**
 * The catalogue with a user's definitions added; a user definition with a built-in id replaces it
 * (a company may compute CAC from all acquisition costs, not ad spend alone).
 */
export function extendCatalogue(
  user: readonly KpiDefinition[],
  base: readonly KpiDefinition[] = KPI_CATALOGUE,
): KpiDefinition[] {
  const out = new Map(base.map((d) => [d.id, d]));
  for (const d of user) out.set(d.id, d);
  return [...out.values()];
}

/** A definition by id; an unknown id is an error listing what exists. */
export function kpiDefinition(
  id: string,
  catalogue: readonly KpiDefinition[] = KPI_CATALOGUE,
): KpiDefinition {
  const d = catalogue.find((k) => k.id === id);
  if (!d) throw new Error(`unknown KPI "${id}": use ${catalogue.map((k) => k.id).join(', ')}`);
  return d;
}

/** The fact of a KPI from measure values; missing data is null, never 0. */
export const kpiFact = (def: KpiDefinition, measures: Readonly<Record<string, Maybe>>): Maybe =>
  evalKpiFormula(def.formula, measures);
