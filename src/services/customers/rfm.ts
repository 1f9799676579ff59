import { roundMoney, toKopecks } from '../../core/money/index.ts';
import {
  axesNeedingHistograms,
  AXES,
  histogramOfWholeUnits,
  breaksOf,
  DEFAULT_SEGMENTS,
  gridFromCells,
  planBinning,
  segmentOf,
  summaryFromTotals,
  validateSegments,
  type Axis,
  type Boundaries,
  type Histogram,
  type Norms,
  type RfmGridCell,
  type SegmentRule,
  type SegmentSummary,
  type SegmentTotals,
} from '../../core/rfm/index.ts';
import { purchaseGapQuantileQuery } from '../../sql/customers/rfm.ts';
import {
  cellTotalsQuery,
  histogramsQuery,
  scoredCustomersQuery,
  CUSTOMER_LINE_NUMBERS,
  type ScoringSql,
} from '../../sql/customers/rfm-scored.ts';
import { withRfmValues } from './rfm-values-table.ts';
import type { RfmCustomer } from '../../contract/customers.ts';
import { orderIdsUnique } from '../warehouse/facts.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { parseDateOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import { phrase, textOf } from '../../i18n/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { addDays, isoDateOf } from '../../core/calendar/index.ts';
import type { Lang } from '../../i18n/locale.ts';

/** What `fulcrum rfm` asks for. */
export interface RfmRequest {
  /** As-of date (ISO); default: the last order date in the data. */
  asOf?: string;
  binning: string;
  bins?: number;
  /**
   * Days counted by frequency and monetary, ending on the as-of date. Default: the whole history
   * up to the as-of date (one-off buyers then score F 1 and recent ones land in New), except for
   * `norms`, whose purchases-per-year norm needs a year: 365.
   */
  windowDays?: number;
  breaks?: Boundaries;
  /** Norms for `norms`; a missing limit day is taken from the data (90th percentile of gaps). */
  norms?: Partial<Norms>;
  rules?: readonly SegmentRule[];
  /** Keep only customers of this segment (by its English or Russian name). */
  segment?: string;
}

/** One customer line: the contract's export columns (GET /api/customers/list adds contacts). */
export type { RfmCustomer };

/** Scores, segments and the summary as of a date. */
export interface RfmResult {
  asOf: string;
  binning: string;
  bins: number;
  /** Days frequency and monetary counted, ending on the as-of date. */
  windowDays: number;
  /** True when no window was asked for and it spans the whole history up to the as-of date. */
  wholeHistory: boolean;
  boundaries: Boundaries;
  summary: SegmentSummary[];
  customers: RfmCustomer[];
}

/** The base scored at one date, summarised without its customer lines: what dashboards draw. */
export interface RfmOverview extends Omit<RfmResult, 'customers'> {
  /** Customers scored and their revenue in the window. */
  customers: number;
  revenue: number;
  /** Every R × F cell, row-major (R 1…n, then F 1…n). */
  grid: RfmGridCell[];
}

/** A scoring ready to run in the warehouse, with what the results are labelled by. */
interface Scoring {
  asOf: string;
  windowDays: number;
  /** The request spanned the whole history by default (reported as `wholeHistory`). */
  wholeByDefault: boolean;
  rules: readonly SegmentRule[];
  sql: ScoringSql;
}

/**
 * Scores and segments every customer in SQL and returns the summary and the customer lines (of
 * one segment when `segment` is given, filtered in the warehouse). For dashboards that need no
 * lines, rfmOverviewFor skips reading them.
 */
export async function rfmFor(ws: Workspace, req: RfmRequest, lang: Lang = 'en'): Promise<RfmResult> {
  return withScoring(ws, req, { ids: true }, async (s) => {
    const { summary } = await cellTotals(ws, s);
    const wanted = req.segment ? findSegment(s.rules, req.segment) : null;
    const customers = await customerLines(ws, s, wanted ? s.rules.indexOf(wanted) : undefined, lang);
    return { ...describe(req, s), summary, customers };
  });
}

/** The summary and the R × F grid of the base, without reading a single customer line. */
export async function rfmOverviewFor(ws: Workspace, req: Omit<RfmRequest, 'segment'>): Promise<RfmOverview> {
  return withScoring(ws, req, { ids: false }, async (s) => {
    const { summary, grid } = await cellTotals(ws, s);
    return {
      ...describe(req, s),
      summary,
      customers: summary.reduce((t, x) => t + x.customers, 0),
      revenue: summary.reduce((t, x) => t + toKopecks(x.revenue), 0) / 100,
      grid,
    };
  });
}

/**
 * Checks the request, puts the per-customer values of the as-of date in a temporary table, turns
 * the distributions the strategy needs into breaks (pure core), validates the rules against the
 * bins, and hands `fn` a scoring the warehouse runs.
 */
export async function withScoring<T>(
  ws: Workspace,
  req: Omit<RfmRequest, 'segment'>,
  opts: { ids: boolean },
  fn: (s: Scoring) => Promise<T>,
): Promise<T> {
  const columns = await ws.columns();
  const range = await orderDateRange(ws.engine, columns);
  if (!range) throw new UserError(phrase('customers.noOrders'));
  const asOf = req.asOf === undefined ? range.last : parseDateOption(req.asOf, 'asof');
  if (asOf < range.first)
    throw new UserError(phrase('customers.noOrdersBefore', { asOf, first: range.first }), 'asof');
  const today = isoDateOf(ws.clock());
  // Recency counted from a day that has not come yet would age every customer by the gap.
  if (asOf > today && asOf > range.last)
    throw new UserError(phrase('customers.asOfFuture', { asOf, today }), 'asof');
  const windowDays = req.windowDays ?? (req.binning === 'norms' ? 365 : daysBetween(range.first, asOf) + 1);
  if (!Number.isInteger(windowDays) || windowDays < 1)
    throw new UserError(phrase('customers.window', { value: String(req.windowDays) }), 'window');
  const hasOrderId = columns.get('orders')?.has('order_id') ?? false;
  const wholeHistory = windowDays >= daysBetween(range.first, asOf) + 1;
  const norms = req.binning === 'norms' ? await completeNorms(ws, asOf, req.norms ?? {}) : undefined;
  const plan = wrap(() => planBinning(req.binning, { bins: req.bins, breaks: req.breaks, norms }));
  const rules = req.rules ?? DEFAULT_SEGMENTS;
  wrap(() => validateSegments(rules, plan.bins));
  const input = {
    asOf,
    windowDays,
    wholeHistory,
    ids: opts.ids,
    tenure: opts.ids,
    ordersAllTime: AXES.some((a) => plan.axes[a].measure === 'orders_all_time'),
    orders: hasOrderId ? ((await orderIdsUnique(ws)) ? 'unique-ids' : 'distinct') : 'rows',
  } as const;
  return withRfmValues(ws, input, async (table) => {
    const histograms: Partial<Record<Axis, Histogram>> = {};
    const asks = axesNeedingHistograms(plan).map((axis) => ({
      axis,
      measure: plan.axes[axis].measure,
      whole: histogramOfWholeUnits(plan, axis),
    }));
    if (asks.length > 0) {
      const q = histogramsQuery(ws.engine.dialect, table, wholeHistory, asks);
      const res = await ws.engine.driver.queryColumns(q.sql, q.params);
      const [axisOf, values, counts] = ['axis', 'value', 'customers'].map((c) => res.numbers(c)) as [
        Float64Array,
        Float64Array,
        Float64Array,
      ];
      // Rows come grouped by ask, in order: each histogram is a run of the columns.
      let at = 0;
      asks.forEach(({ axis }, k) => {
        let end = at;
        while (end < axisOf.length && axisOf[end] === k) end++;
        histograms[axis] = { values: values.subarray(at, end), counts: counts.subarray(at, end) };
        at = end;
      });
    }
    const boundaries = wrap(() => breaksOf(plan, histograms));
    const wholeByDefault = req.windowDays === undefined && req.binning !== 'norms';
    return fn({
      asOf,
      windowDays,
      wholeByDefault,
      rules,
      sql: { table, wholeHistory, plan, boundaries, rules },
    });
  });
}

// The labels every result carries.
function describe(req: Omit<RfmRequest, 'segment'>, s: Scoring) {
  return {
    asOf: s.asOf,
    binning: req.binning,
    bins: s.sql.plan.bins,
    windowDays: s.windowDays,
    wholeHistory: s.wholeByDefault,
    boundaries: s.sql.boundaries,
  };
}

/**
 * The segment summary and the R × F grid from one read of the scored base (per-cell totals).
 * Money is added up in whole kopecks, so the totals are the exact decimal sums.
 */
async function cellTotals(
  ws: Workspace,
  s: Scoring,
): Promise<{ summary: SegmentSummary[]; grid: RfmGridCell[] }> {
  const q = cellTotalsQuery(ws.engine.dialect, s.sql);
  const res = await ws.engine.driver.queryColumns(q.sql, q.params);
  const [r, f, m, n, orders, revenue, recency] = [
    'r',
    'f',
    'm',
    'customers',
    'orders',
    'revenue',
    'recency',
  ].map((c) => res.numbers(c)) as Float64Array[];
  const bySegment = new Map<string, SegmentTotals>();
  const cells = new Map<number, { r: number; f: number; customers: number; revenue: number }>();
  const kopecks = new Map<string, number>();
  for (let i = 0; i < res.rowCount; i++) {
    const id = segmentOf(s.rules, { r: r![i]!, f: f![i]!, m: m![i]! }).id;
    const t = bySegment.get(id) ?? { segment: id, customers: 0, orders: 0, revenue: 0, recency: 0 };
    t.customers += n![i]!;
    t.orders += orders![i]!;
    kopecks.set(id, (kopecks.get(id) ?? 0) + toKopecks(revenue![i]!));
    t.recency += recency![i]!;
    bySegment.set(id, t);
    const key = r![i]! * 4096 + f![i]!;
    const cell = cells.get(key) ?? { r: r![i]!, f: f![i]!, customers: 0, revenue: 0 };
    cell.customers += n![i]!;
    cell.revenue += toKopecks(revenue![i]!);
    cells.set(key, cell);
  }
  for (const [id, t] of bySegment) t.revenue = kopecks.get(id)! / 100;
  for (const cell of cells.values()) cell.revenue /= 100;
  return {
    summary: summaryFromTotals(s.rules, [...bySegment.values()]),
    grid: gridFromCells(s.sql.plan.bins, s.rules, [...cells.values()]),
  };
}

// The lines read by column: a row object per customer cost more than the GROUP BY that made them.
async function customerLines(
  ws: Workspace,
  s: Scoring,
  segmentIndex: number | undefined,
  lang: Lang,
): Promise<RfmCustomer[]> {
  const q = scoredCustomersQuery(ws.engine.dialect, s.sql, segmentIndex);
  const res = await ws.engine.driver.queryColumns(q.sql, q.params);
  const ids = res.values('customer_id');
  const [recency, frequency, monetary, r, f, m, seg, tenure] = CUSTOMER_LINE_NUMBERS.map((c) =>
    res.numbers(c),
  ) as Float64Array[];
  const dayBefore = isoDaysBefore(s.asOf);
  const out = new Array<RfmCustomer>(res.rowCount);
  for (let i = 0; i < out.length; i++) {
    const rule = s.rules[seg![i]!]!;
    const freq = frequency![i]!;
    out[i] = {
      customer_id: String(ids[i]),
      recency_days: recency![i]!,
      frequency: freq,
      monetary: monetary![i]!,
      r: r![i]!,
      f: f![i]!,
      m: m![i]!,
      score: `${r![i]}${f![i]}${m![i]}`,
      segment: rule.id,
      first_order: dayBefore(tenure![i]!),
      last_order: dayBefore(recency![i]!),
      tenure_days: tenure![i]!,
      // A shown amount: kopecks, half away from zero (docs/rounding.md), not 1823.6666666666667.
      average_check: freq > 0 ? roundMoney(monetary![i]! / freq) : null,
      tactic: rule.tactic[lang],
    };
  }
  return out;
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Renders "n days before the as-of date" as an ISO date, each distinct n once. */
function isoDaysBefore(asOf: string): (days: number) => string {
  const seen = new Map<number, string>();
  return (days) => {
    let hit = seen.get(days);
    if (hit === undefined) {
      hit = addDays(asOf, -days);
      seen.set(days, hit);
    }
    return hit;
  };
}

// Core errors name the problem precisely; surfaces show them as the user's to fix.
function wrap<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new UserError(textOf(e), 'bins', { cause: e });
  }
}

function findSegment(rules: readonly SegmentRule[], name: string): SegmentRule {
  const key = name.trim().toLowerCase();
  const hit = rules.find((r) => [r.id, r.name.en, r.name.ru].some((n) => n.toLowerCase() === key));
  if (!hit)
    throw new UserError(
      phrase('customers.unknownSegment', { name, names: rules.map((r) => r.id).join(', ') }),
      'segment',
    );
  return hit;
}

async function completeNorms(ws: Workspace, asOf: string, n: Partial<Norms>): Promise<Norms> {
  let limitDay = n.limitDay;
  if (limitDay === undefined) {
    const q = purchaseGapQuantileQuery(ws.engine.dialect, asOf, 0.9);
    const [row] = await ws.engine.driver.query(q.sql, q.params);
    limitDay = Number(row?.limit_day ?? 365) || 365;
  }
  return { limitDay, purchasesPerYear: n.purchasesPerYear ?? 4, minAverageCheck: n.minAverageCheck ?? 0 };
}
