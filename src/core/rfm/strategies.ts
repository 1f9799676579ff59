import { LocalizedError } from '../../i18n/localized.ts';
import { histogramOf, type Histogram } from './histogram.ts';
import { binOf, innerQuantilesOf } from './quantile.ts';
import { tieAwareBreaksOf } from './tie-bins.ts';
import type { Boundaries, RfmScores, RfmValues, Scored } from './types.ts';

/** Inputs a strategy may need beyond the values; each strategy reads only its own. */
export interface ScoringOptions {
  /** Number of bins (default 5). */
  bins?: number;
  /** User breaks for `breaks`: n − 1 ascending thresholds per axis (R in days). */
  breaks?: Boundaries;
  /** Business norms for `norms`. */
  norms?: Norms;
}

/** The methodology's norms: when a client turns cold, how often loyal clients buy, the minimum check. */
export interface Norms {
  /** The limit day (предельный день): days without a purchase after which a client is cold. */
  limitDay: number;
  /** Purchases a year a loyal client makes. */
  purchasesPerYear: number;
  /** The minimum acceptable average check. */
  minAverageCheck: number;
}

/** Names of the scoring strategies. */
export const BINNINGS = ['quantile', 'r-rfm', 'breaks', 'norms'] as const;
export type Binning = (typeof BINNINGS)[number];

/** A per-customer value an axis is scored on (computed in SQL, or in memory by scoreRfm). */
export type RfmMeasure =
  'recency_days' | 'frequency' | 'monetary' | 'orders_all_time' | 'revenue_all_time' | 'average_check';

/**
 * How one axis gets its breaks: fixed thresholds, or computed from the distribution of its
 * measure (a histogram) by the tie-aware equal-count rule or by R's type-7 quantiles plus one.
 */
export interface AxisPlan {
  measure: RfmMeasure;
  breaks: readonly number[] | 'tie-aware' | 'type7-plus-one';
}

/**
 * A strategy resolved against its options: the number of bins and each axis's plan. Scoring is
 * then the same everywhere: R = n + 1 − bin (fewer days is better), F and M = bin, where bin is
 * one plus the breaks at or below the value. The warehouse runs it as SQL over a million
 * customers; scoreRfm runs it in memory for small inputs and tests.
 */
export interface BinningPlan {
  bins: number;
  axes: Record<Axis, AxisPlan>;
}

export type Axis = 'r' | 'f' | 'm';
export const AXES: readonly Axis[] = ['r', 'f', 'm'];

type Planner = (o: ScoringOptions) => BinningPlan;

/**
 * Equal-count bins per axis that keep ties together (see tieAwareBreaks): on discrete frequency
 * data, plain quantile breaks merge and scores skip, so F collapsed on real customer bases.
 */
const quantile: Planner = (o) => ({
  bins: o.bins ?? 5,
  axes: {
    r: { measure: 'recency_days', breaks: 'tie-aware' },
    f: { measure: 'frequency', breaks: 'tie-aware' },
    m: { measure: 'monetary', breaks: 'tie-aware' },
  },
});

/**
 * The R package `rfm`: breaks are the type-7 quantiles plus one, over all-time order rows and
 * revenue; bins run from min to max + 1, so the +1 shifts which side of a break a tie falls on.
 */
const rRfm: Planner = (o) => ({
  bins: o.bins ?? 5,
  axes: {
    r: { measure: 'recency_days', breaks: 'type7-plus-one' },
    f: { measure: 'orders_all_time', breaks: 'type7-plus-one' },
    m: { measure: 'revenue_all_time', breaks: 'type7-plus-one' },
  },
});

const breaks: Planner = (o) => {
  if (!o.breaks)
    throw new LocalizedError({
      en: 'binning "breaks" needs breaks for r, f and m',
      ru: 'для градаций «breaks» нужны пороги r, f и m',
    });
  const n = o.breaks.r.length + 1;
  for (const axis of AXES) {
    const list = o.breaks[axis];
    if (list.length !== n - 1)
      throw new LocalizedError({
        en: `breaks: ${axis} has ${list.length} thresholds, r has ${n - 1}`,
        ru: `breaks: у ${axis} порогов ${list.length}, у r — ${n - 1}`,
      });
    if (list.some((v, i) => i > 0 && v <= (list[i - 1] as number)))
      throw new LocalizedError({
        en: `breaks: ${axis} thresholds must ascend: ${list.join(', ')}`,
        ru: `breaks: пороги ${axis} должны возрастать: ${list.join(', ')}`,
      });
  }
  return {
    bins: n,
    axes: {
      r: { measure: 'recency_days', breaks: o.breaks.r },
      f: { measure: 'frequency', breaks: o.breaks.f },
      m: { measure: 'monetary', breaks: o.breaks.m },
    },
  };
};

/**
 * Five scores from the norms: R by fractions and multiples of the limit day, F by the share of
 * the loyal purchase rate, M by the average check against the minimum.
 */
const norms: Planner = (o) => {
  if (!o.norms)
    throw new LocalizedError({
      en: 'binning "norms" needs the limit day, purchases per year and minimum check',
      ru: 'для градаций «norms» нужны предельный день, покупок в год и минимальный чек',
    });
  const { limitDay: d, purchasesPerYear: p, minAverageCheck: c } = o.norms;
  return {
    bins: 5,
    axes: {
      r: { measure: 'recency_days', breaks: [d / 4, d / 2, d, 2 * d] },
      f: { measure: 'frequency', breaks: [p / 4, p / 2, p, 2 * p] },
      m: { measure: 'average_check', breaks: [c / 2, c, 1.5 * c, 2 * c] },
    },
  };
};

const PLANNERS: Record<Binning, Planner> = { quantile, 'r-rfm': rRfm, breaks, norms };

/** Resolves a strategy by name against its options; an unknown name lists the known ones. */
export function planBinning(name: string, o: ScoringOptions = {}): BinningPlan {
  if (!(BINNINGS as readonly string[]).includes(name))
    throw new LocalizedError({
      en: `unknown binning "${name}": use one of ${BINNINGS.join(', ')}`,
      ru: `неизвестные градации «${name}»: укажите одни из ${BINNINGS.join(', ')}`,
    });
  return PLANNERS[name as Binning](o);
}

/**
 * Whether an axis's histogram counts whole units (floor of the value): the tie-aware rule does,
 * so M breaks read as round amounts (2 450 ₽, not 2 449,37 ₽) and a million distinct kopeck
 * totals become tens of thousands of ruble values. Scoring is unchanged by it — a whole-number
 * break b has floor(v) ≥ b exactly when v ≥ b. R's type-7 quantiles use the values as they are.
 */
export const histogramOfWholeUnits = (plan: BinningPlan, axis: Axis): boolean =>
  plan.axes[axis].breaks === 'tie-aware';

/** The axes whose breaks come from the data, so the caller fetches only their histograms. */
export const axesNeedingHistograms = (plan: BinningPlan): Axis[] =>
  AXES.filter((a) => typeof plan.axes[a].breaks === 'string');

/** Every axis's breaks, the data-driven ones from the histograms of their measures. */
export function breaksOf(plan: BinningPlan, histograms: Partial<Record<Axis, Histogram>>): Boundaries {
  const one = (axis: Axis): number[] => {
    const how = plan.axes[axis].breaks;
    if (typeof how !== 'string') return [...how];
    const h = histograms[axis];
    if (!h) throw new Error(`no distribution for the ${axis} axis`);
    return how === 'tie-aware'
      ? tieAwareBreaksOf(h, plan.bins)
      : innerQuantilesOf(h, plan.bins).map((q) => q + 1);
  };
  return { r: one('r'), f: one('f'), m: one('m') };
}

/** The scores of one customer's values under a plan's breaks. */
export function scoresOf(plan: BinningPlan, b: Boundaries, row: RfmValues): RfmScores {
  const n = plan.bins;
  return {
    r: n + 1 - binOf(measureOf(row, plan.axes.r.measure), b.r),
    f: binOf(measureOf(row, plan.axes.f.measure), b.f),
    m: binOf(measureOf(row, plan.axes.m.measure), b.m),
  };
}

function measureOf(row: RfmValues, m: RfmMeasure): number {
  switch (m) {
    case 'recency_days':
      return row.recencyDays;
    case 'frequency':
      return row.frequency;
    case 'monetary':
      return row.monetary;
    case 'orders_all_time':
      return row.ordersAllTime;
    case 'revenue_all_time':
      return row.revenueAllTime;
    case 'average_check':
      return row.frequency > 0 ? row.monetary / row.frequency : 0;
  }
}

/** Scores a customer base in memory with the named strategy (small inputs and tests). */
export function scoreRfm(name: string, rows: readonly RfmValues[], o: ScoringOptions = {}): Scored {
  if (rows.length === 0) return { bins: o.bins ?? 5, scores: [], boundaries: { r: [], f: [], m: [] } };
  const plan = planBinning(name, o);
  const histograms: Partial<Record<Axis, Histogram>> = {};
  for (const axis of axesNeedingHistograms(plan)) {
    const whole = histogramOfWholeUnits(plan, axis);
    histograms[axis] = histogramOf(
      rows.map((row) => (whole ? Math.floor : Number)(measureOf(row, plan.axes[axis].measure))),
    );
  }
  const boundaries = breaksOf(plan, histograms);
  return { bins: plan.bins, scores: rows.map((row) => scoresOf(plan, boundaries, row)), boundaries };
}
