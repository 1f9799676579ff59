import {
  DEFAULT_SEGMENTS,
  scoreRfm,
  segmentOf,
  summariseSegments,
  validateSegments,
  type Boundaries,
  type Norms,
  type RfmValues,
  type SegmentRule,
  type SegmentSummary,
} from '../core/rfm/index.ts';
import { purchaseGapQuantileQuery } from '../sql/rfm.ts';
import { rfmColumnsQuery, uniqueOrderIdsQuery } from '../sql/rfm-columns.ts';
import { orderDateRange } from './data-range.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from './workspace.ts';

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

/** One customer line, with the stable export columns first. */
export interface RfmCustomer {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  score: string;
  segment: string;
  first_order: string;
  last_order: string;
  tenure_days: number;
  average_check: number | null;
  tactic: string;
}

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** RFM per customer computed by the engine, scored and segmented by the pure core. */
export async function rfmFor(ws: Workspace, req: RfmRequest, lang: 'ru' | 'en' = 'en'): Promise<RfmResult> {
  const columns = await ws.columns();
  const range = await orderDateRange(ws.engine, columns);
  if (!range)
    throw new UserError(
      'the warehouse has no orders yet: import a file with `fulcrum import FILE --table orders`',
    );
  const asOf = req.asOf ?? range.last;
  if (!ISO_DATE.test(asOf))
    throw new UserError(`--asof must be a date like 2024-06-30, got "${asOf}"`, 'asof');
  if (asOf < range.first)
    throw new UserError(`no orders on or before ${asOf}: the data start on ${range.first}`, 'asof');
  const today = ws.clock().toISOString().slice(0, 10);
  // Recency counted from a day that has not come yet would age every customer by the gap.
  if (asOf > today && asOf > range.last)
    throw new UserError(`--asof ${asOf} is in the future (today is ${today})`, 'asof');
  const windowDays = req.windowDays ?? (req.binning === 'norms' ? 365 : daysBetween(range.first, asOf) + 1);
  if (!Number.isInteger(windowDays) || windowDays < 1)
    throw new UserError(`--window must be a whole number of days ≥ 1, got "${req.windowDays}"`, 'window');
  const hasOrderId = columns.get('orders')?.has('order_id') ?? false;
  const wholeHistory = windowDays >= daysBetween(range.first, asOf) + 1;
  const q = rfmColumnsQuery(ws.engine.dialect, {
    asOf,
    windowDays,
    wholeHistory,
    orders: hasOrderId ? ((await uniqueOrderIds(ws)) ? 'unique-ids' : 'distinct') : 'rows',
  });
  // Read by column: a row object per customer cost more than the GROUP BY that made them.
  const res = await ws.engine.driver.queryColumns(q.sql, q.params);
  const ids = res.values('customer_id');
  const [recency, frequency, ordersAll, revenueAll, tenure] = [
    'recency_days',
    'frequency',
    'orders_all_time',
    'revenue_all_time',
    'tenure_days',
  ].map((c) => res.numbers(c)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  // Over the whole history monetary is the all-time revenue (0 where it is NULL).
  const monetary = wholeHistory ? revenueAll.map((v) => (Number.isNaN(v) ? 0 : v)) : res.numbers('monetary');
  const values: RfmValues[] = new Array<RfmValues>(res.rowCount);
  for (let i = 0; i < values.length; i++)
    values[i] = {
      customerId: String(ids[i]),
      recencyDays: recency[i]!,
      frequency: frequency[i]!,
      monetary: monetary[i]!,
      ordersAllTime: ordersAll[i]!,
      revenueAllTime: revenueAll[i]!,
    };
  const norms = req.binning === 'norms' ? await completeNorms(ws, asOf, req.norms ?? {}) : undefined;
  const scored = wrap(() => scoreRfm(req.binning, values, { bins: req.bins, breaks: req.breaks, norms }));
  const rules = req.rules ?? DEFAULT_SEGMENTS;
  wrap(() => validateSegments(rules, scored.bins));
  // Rules are looked up once per score cell, and dates rendered once per distinct day.
  const cells = new Map<number, SegmentRule>();
  const segmentRules = scored.scores.map((s) => {
    const key = (s.r * 1024 + s.f) * 1024 + s.m;
    let rule = cells.get(key);
    if (!rule) cells.set(key, (rule = segmentOf(rules, s)));
    return rule;
  });
  const dayBefore = isoDaysBefore(asOf);
  const customers = new Array<RfmCustomer>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const s = scored.scores[i]!;
    const rule = segmentRules[i]!;
    customers[i] = {
      customer_id: v.customerId,
      recency_days: v.recencyDays,
      frequency: v.frequency,
      monetary: v.monetary,
      r: s.r,
      f: s.f,
      m: s.m,
      score: `${s.r}${s.f}${s.m}`,
      segment: rule.id,
      first_order: dayBefore(tenure[i]!),
      last_order: dayBefore(v.recencyDays),
      tenure_days: tenure[i]!,
      average_check: v.frequency > 0 ? v.monetary / v.frequency : null,
      tactic: rule.tactic[lang],
    };
  }
  const summary = summariseSegments(
    rules,
    values,
    segmentRules.map((r) => r.id),
  );
  const wanted = req.segment ? findSegment(rules, req.segment) : null;
  return {
    asOf,
    binning: req.binning,
    bins: scored.bins,
    windowDays,
    wholeHistory: req.windowDays === undefined && req.binning !== 'norms',
    boundaries: scored.boundaries,
    summary,
    customers: wanted ? customers.filter((c) => c.segment === wanted.id) : customers,
  };
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Renders "n days before the as-of date" as an ISO date, each distinct n once. */
function isoDaysBefore(asOf: string): (days: number) => string {
  const base = Date.parse(asOf);
  const seen = new Map<number, string>();
  return (days) => {
    let hit = seen.get(days);
    if (hit === undefined) {
      hit = new Date(base - days * 86_400_000).toISOString().slice(0, 10);
      seen.set(days, hit);
    }
    return hit;
  };
}

/**
 * Whether no two order rows share an order_id, remembered until the data change (ws.reader): then
 * counting order_id rows gives the distinct count without hashing every id per customer.
 */
async function uniqueOrderIds(ws: Workspace): Promise<boolean> {
  const q = uniqueOrderIdsQuery(ws.engine.dialect);
  const [row] = await ws.reader.driver.query(q.sql, q.params);
  return row?.['unique_ids'] === true;
}

// Core errors name the problem precisely; surfaces show them as the user's to fix.
function wrap<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new UserError((e as Error).message, 'bins', { cause: e });
  }
}

function findSegment(rules: readonly SegmentRule[], name: string): SegmentRule {
  const key = name.trim().toLowerCase();
  const hit = rules.find((r) => [r.id, r.name.en, r.name.ru].some((n) => n.toLowerCase() === key));
  if (!hit)
    throw new UserError(
      `unknown segment "${name}": use one of ${rules.map((r) => r.id).join(', ')}`,
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
