import { DEFAULT_SEGMENTS, migrationFromCells, NEW_CUSTOMERS } from '../../core/rfm/index.ts';
import type { SegmentLine, SegmentMigration, SegmentsResult } from '../../contract/customers.ts';
import { migrationCellsQuery, type ScoringSql } from '../../sql/customers/rfm-scored.ts';
import { rfmOverviewFor, withScoring, type RfmRequest } from './rfm.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { parseDateOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** What `fulcrum segments` asks for: the summary as of a date, and the migration from an earlier one. */
export interface SegmentsRequest extends Omit<RfmRequest, 'segment'> {
  /** The first date of the migration (ISO); without it there is no migration. `asOf` is the second. */
  from?: string;
}

/**
 * A summary line with the segment's name and tactic in the asked language; the migration between
 * two as-of dates, each scored with the same strategy and rules; the summary with the migration
 * when a first date is given. The shapes are the contract's (GET /api/customers/segments).
 */
export type { SegmentLine, SegmentMigration, SegmentsResult };

/**
 * Scores the base at the as-of date (and at `from`) in the warehouse; the migration is one more
 * GROUP BY joining both scorings and the revenue between the dates, so no customer line is read.
 */
export async function segmentsFor(
  ws: Workspace,
  req: SegmentsRequest,
  lang: Lang = 'en',
): Promise<SegmentsResult> {
  const rules = req.rules ?? DEFAULT_SEGMENTS;
  const now = await rfmOverviewFor(ws, req);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const segments = now.summary.map((s) => ({
    ...s,
    name: byId.get(s.segment)?.name[lang] ?? s.segment,
    tactic: byId.get(s.segment)?.tactic[lang] ?? '',
  }));
  const base = {
    asOf: now.asOf,
    binning: now.binning,
    bins: now.bins,
    windowDays: now.windowDays,
    wholeHistory: now.wholeHistory,
    boundaries: now.boundaries,
    customers: now.customers,
    segments,
  };
  if (req.from === undefined) return { ...base, migration: null };
  const from = parseDateOption(req.from, 'from');
  if (from >= now.asOf) throw new UserError(phrase('customers.fromAfter', { from, asOf: now.asOf }), 'from');
  const range = await orderDateRange(ws.engine, await ws.columns());
  const ids = rules.map((r) => r.id);
  const cells = await withScoring(ws, { ...req, asOf: now.asOf }, { ids: true }, async (after) => {
    const run = async (before: ScoringSql | null) => {
      const q = migrationCellsQuery(ws.engine.dialect, before, after.sql, from, now.asOf);
      return ws.engine.driver.query(q.sql, q.params);
    };
    // Before the first order nobody was a customer: everyone counts as new, which is the truth.
    return range && from >= range.first
      ? withScoring(ws, { ...req, asOf: from }, { ids: true }, (before) => run(before.sql))
      : run(null);
  });
  const matrix = migrationFromCells(
    ids,
    cells.map((c) => ({
      from: Number(c['from_index']) < 0 ? NEW_CUSTOMERS : ids[Number(c['from_index'])]!,
      to: ids[Number(c['to_index'])]!,
      customers: Number(c['customers']),
      revenue: Number(c['revenue']),
    })),
  );
  return { ...base, migration: { from, to: now.asOf, ...matrix } };
}
