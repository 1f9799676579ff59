import {
  constraintStage,
  narrowestStage,
  passages,
  type ConstraintStage,
  type JourneyLever,
  type JourneyMap,
  type JourneyStage,
  type ReachCounts,
  type StagePassage,
} from '../../core/journey/index.ts';
import { getPreset, type Maybe } from '../../core/formula/index.ts';
import type { Period } from '../../core/period/index.ts';
import type { Bilingual } from '../../i18n/index.ts';
import { impressionsReachQuery, leadsReachQuery, ordersReachQuery } from '../../sql/journey/reach.ts';
import type { Sql } from '../../sql/formula/measures.ts';
import { formulaFor } from '../formula/formula.ts';
import { leversNextStep } from '../formula/levers-next-step.ts';
import { dimensionName } from '../slicing/dimension-names.ts';
import { defaultPeriods } from '../warehouse/data-range.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { journeyMapOf } from './map.ts';

/** One stage as the map shows it: the stage, who reached it and the current values of its levers. */
export interface JourneyStageView extends JourneyStage {
  passage: StagePassage;
  /** The period's value of each lever the stage feeds (null: no data). */
  leverValues: Partial<Record<JourneyLever, Maybe>>;
}

/** The journey map of a period. */
export interface JourneyResult {
  preset: JourneyMap['preset'];
  period: Period;
  stages: JourneyStageView[];
  /** The stage losing the largest share of clients, or null when no stage has a share. */
  narrowest: string | null;
  /** The key constraint's lever and the stage it is lost at; null when no segment lags. */
  constraint: (ConstraintStage & { dimension: string; dimensionName: Bilingual }) | null;
  /** How the counts were made, for the note under the map. */
  counts: ReachCounts;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The clients each reach measure counts in the period, from whichever tables the warehouse has. */
async function reachCounts(ws: Workspace, period: Period): Promise<ReachCounts> {
  const columns = await ws.columns();
  const d = ws.reader.dialect;
  const q = async (s: Sql) => (await ws.reader.driver.query(s.sql, s.params))[0] ?? {};
  const bounds = { from: period.from, to: period.to };
  const counts: Record<string, number | null> = {};
  const leads = columns.get('leads');
  if (leads) counts['leads'] = num((await q(leadsReachQuery(d, bounds)))['leads']);
  if (columns.get('spend')?.has('impressions'))
    counts['impressions'] = num((await q(impressionsReachQuery(d, bounds)))['impressions']);
  const orders = columns.get('orders');
  if (orders) {
    const fromLeads = leads?.has('customer_id') ?? false;
    const row = await q(ordersReachQuery(d, bounds, { orderId: orders.has('order_id'), fromLeads }));
    for (const k of ['new_buyers', 'repeat_buyers', 'buyers']) counts[k] = num(row[k]);
  }
  return counts;
}

/**
 * The journey map of a period: each stage with the clients who reached it, the share kept into
 * the next stage, the current values of its levers, and the stage the key constraint is lost at.
 */
export async function journeyFor(
  ws: Workspace,
  req: { period?: Period; map?: JourneyMap },
): Promise<JourneyResult> {
  const map = req.map ?? journeyMapOf(ws).map;
  const period = req.period ?? (await defaultPeriods(ws.reader, await ws.columns())).current;
  const counts = await reachCounts(ws, period);
  const list = passages(map.stages, counts);
  // The profit preset holds every lever a stage can feed (L, C, Pu, D, Q, M, P).
  const tree = getPreset('profit');
  const formula = await formulaFor(ws, { tree, period });
  const values = { ...formula.levers, P: formula.nodes['P'] ?? null } as Record<string, Maybe>;
  const stages = map.stages.map((stage, i) => ({
    ...stage,
    passage: list[i]!,
    leverValues: Object.fromEntries(stage.levers.map((l) => [l, values[l] ?? null])),
  }));
  const step = await leversNextStep(ws, { tree, period });
  const lever = step?.lever as JourneyLever | undefined;
  const where = lever ? constraintStage(map.stages, list, lever) : null;
  return {
    preset: map.preset,
    period,
    stages,
    narrowest: narrowestStage(list)?.stageId ?? null,
    constraint:
      where && step ? { ...where, dimension: step.dim, dimensionName: dimensionName(step.dim) } : null,
    counts,
  };
}
