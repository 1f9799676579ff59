import { indexNodes } from '../formula/evaluate.ts';
import { measureLabel } from '../formula/measure-names.ts';
import type { FormulaTree, NodeValues, Unit } from '../formula/types.ts';
import { allocateKopecks } from '../money/index.ts';
import type { Label, Maybe } from './types.ts';
import { assertWeightsSumToOne } from './weights.ts';

/** A position (role) and the KPIs decisive for it: a list (equal shares) or KPI → weight. */
export interface PositionSpec {
  id: string;
  name?: string;
  kpis: string[] | Record<string, number>;
  /** Bonus base of the position, roubles: split among its KPIs to the kopeck when given. */
  bonus?: number;
}

/** Step 1: a KPI of the table, with its value and the factors behind it. */
export interface KpiRow {
  kpi: string;
  name: Label;
  unit: Unit;
  value: Maybe;
  /** Ids of the child nodes, or of the measure a leaf reads; `factorNames` holds their names. */
  factors: string[];
  factorNames: Label[];
  /** Step 5: the measures that collect the fact automatically, and their names. */
  measures: string[];
  measureNames: Label[];
}

/** Step 3–4: a position's KPIs with their shares (and amounts when the position has a bonus). */
export interface PositionKpis {
  position: string;
  name: string;
  kpis: Array<{
    kpi: string;
    name: Label;
    share: number;
    factors: string[];
    factorNames: Label[];
    amount?: number;
  }>;
}

/**
 * A position's own weights do not make 1: a user's mistake every surface words its own way, so
 * it carries the position and the sum rather than only a sentence.
 */
export class PositionWeightsError extends Error {
  override readonly name = 'PositionWeightsError';
  constructor(
    readonly position: string,
    readonly positionName: string,
    readonly sum: number,
    message: string,
  ) {
    super(message);
  }
}

/** The five steps' output. */
export interface KpiDesign {
  model: string;
  table: KpiRow[];
  /** Step 2: KPI × position, true where the KPI is decisive for the position. */
  matrix: { positions: string[]; rows: Array<{ kpi: string; decisive: boolean[] }> };
  byPosition: PositionKpis[];
}

/**
 * Builds a KPI system from a formula tree (METHODOLOGY §2): every node a KPI with its factors and
 * source measures, who each KPI is decisive for, the transposed per-position lists and each KPI's
 * share: 1/count, or the user's weights, which must sum to 1.
 */
export function designKpiSystem(
  tree: FormulaTree,
  positions: readonly PositionSpec[],
  values: NodeValues = {},
): KpiDesign {
  const nodes = indexNodes(tree);
  const measuresUnder = (id: string, seen = new Set<string>()): string[] => {
    const n = nodes.get(id);
    if (!n || seen.has(id)) return [];
    seen.add(id);
    return n.kind === 'measure' ? [n.measure] : [...new Set(n.of.flatMap((c) => measuresUnder(c, seen)))];
  };
  const nodeName = (id: string): Label => nodes.get(id)?.label ?? { ru: id, en: id };
  const measureName = (m: string): Label => measureLabel(tree, m);
  const table: KpiRow[] = tree.nodes.map((n) => {
    const measures = measuresUnder(n.id);
    return {
      kpi: n.id,
      name: n.label,
      unit: n.unit,
      value: values[n.id] ?? null,
      factors: n.kind === 'measure' ? [n.measure] : n.of,
      factorNames: n.kind === 'measure' ? [measureName(n.measure)] : n.of.map(nodeName),
      measures,
      measureNames: measures.map(measureName),
    };
  });
  const rowOf = new Map(table.map((r) => [r.kpi, r]));
  const seen = new Set<string>();
  const byPosition = positions.map((p): PositionKpis => {
    if (seen.has(p.id)) throw new Error(`position "${p.id}" is listed twice`);
    seen.add(p.id);
    const ids = Array.isArray(p.kpis) ? p.kpis : Object.keys(p.kpis);
    if (ids.length === 0) throw new Error(`position "${p.id}" has no KPIs`);
    for (const id of ids)
      if (!nodes.has(id))
        throw new Error(
          `position "${p.id}": unknown KPI "${id}" (model ${tree.id}: ${[...nodes.keys()].join(', ')})`,
        );
    const shares = Array.isArray(p.kpis)
      ? ids.map(() => 1 / ids.length)
      : ids.map((id) => (p.kpis as Record<string, number>)[id] ?? 0);
    if (!Array.isArray(p.kpis)) checkWeights(p, shares);
    // A bonus split among KPIs is an allocation: largest remainder keeps the parts summing to it.
    const amounts =
      p.bonus === undefined
        ? undefined
        : allocateKopecks(
            shares.map((s) => s * p.bonus!),
            p.bonus,
          );
    return {
      position: p.id,
      name: p.name ?? p.id,
      kpis: ids.map((kpi, i) => ({
        kpi,
        name: nodeName(kpi),
        share: shares[i] ?? 0,
        factors: rowOf.get(kpi)?.factors ?? [],
        factorNames: rowOf.get(kpi)?.factorNames ?? [],
        ...(amounts ? { amount: (amounts[i] ?? 0) / 100 } : {}),
      })),
    };
  });
  const decisive = new Map<string, Set<string>>();
  for (const p of byPosition)
    for (const k of p.kpis)
      (decisive.get(k.kpi) ?? decisive.set(k.kpi, new Set()).get(k.kpi)!).add(p.position);
  const posIds = byPosition.map((p) => p.position);
  const rows = table
    .filter((r) => decisive.has(r.kpi))
    .map((r) => ({ kpi: r.kpi, decisive: posIds.map((p) => decisive.get(r.kpi)?.has(p) ?? false) }));
  return { model: tree.id, table, matrix: { positions: posIds, rows }, byPosition };
}

/** A position's own weights must make 1; a sum that does not is a PositionWeightsError. */
function checkWeights(p: PositionSpec, shares: number[]): void {
  try {
    assertWeightsSumToOne(shares, `position "${p.id}"`);
  } catch (e) {
    if (shares.some((w) => !Number.isFinite(w) || w < 0)) throw e;
    const sum = shares.reduce((a, b) => a + b, 0);
    throw new PositionWeightsError(p.id, p.name ?? p.id, sum, (e as Error).message);
  }
}
