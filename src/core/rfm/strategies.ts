import { binOf, innerQuantiles } from './quantile.ts';
import { tieAwareBreaks } from './tie-bins.ts';
import type { Boundaries, RfmValues, Scored } from './types.ts';

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

type Strategy = (rows: readonly RfmValues[], o: ScoringOptions) => Scored;

// Scores from ascending breaks: F and M by their bin; R reversed, since fewer days is better.
function byBreaks(rows: readonly RfmValues[], b: Boundaries, n: number, all = false): Scored {
  const scores = rows.map((row) => ({
    r: n + 1 - binOf(row.recencyDays, b.r),
    f: binOf(all ? row.ordersAllTime : row.frequency, b.f),
    m: binOf(all ? row.revenueAllTime : row.monetary, b.m),
  }));
  return { bins: n, scores, boundaries: b };
}

/**
 * Equal-count bins per axis that keep ties together (see tieAwareBreaks): on discrete frequency
 * data, plain quantile breaks merge and scores skip, so F collapsed on real customer bases.
 */
const quantile: Strategy = (rows, o) => {
  const n = o.bins ?? 5;
  const b = {
    r: tieAwareBreaks(
      rows.map((r) => r.recencyDays),
      n,
    ),
    f: tieAwareBreaks(
      rows.map((r) => r.frequency),
      n,
    ),
    m: tieAwareBreaks(
      rows.map((r) => r.monetary),
      n,
    ),
  };
  return byBreaks(rows, b, n);
};

/**
 * The R package `rfm`: breaks are the type-7 quantiles plus one, over all-time order rows and
 * revenue; bins run from min to max + 1, so the +1 shifts which side of a break a tie falls on.
 */
const rRfm: Strategy = (rows, o) => {
  const n = o.bins ?? 5;
  const plusOne = (v: number[]) => innerQuantiles(v, n).map((q) => q + 1);
  const b = {
    r: plusOne(rows.map((r) => r.recencyDays)),
    f: plusOne(rows.map((r) => r.ordersAllTime)),
    m: plusOne(rows.map((r) => r.revenueAllTime)),
  };
  return byBreaks(rows, b, n, true);
};

const breaks: Strategy = (rows, o) => {
  if (!o.breaks) throw new Error('binning "breaks" needs breaks for r, f and m');
  const n = o.breaks.r.length + 1;
  for (const axis of ['r', 'f', 'm'] as const) {
    const list = o.breaks[axis];
    if (list.length !== n - 1)
      throw new Error(`breaks: ${axis} has ${list.length} thresholds, r has ${n - 1}`);
    if (list.some((v, i) => i > 0 && v <= (list[i - 1] as number)))
      throw new Error(`breaks: ${axis} thresholds must ascend: ${list.join(', ')}`);
  }
  return byBreaks(rows, o.breaks, n);
};

/**
 * Five scores from the norms: R by fractions and multiples of the limit day, F by the share of
 * the loyal purchase rate, M by the average check against the minimum.
 */
const norms: Strategy = (rows, o) => {
  if (!o.norms) throw new Error('binning "norms" needs the limit day, purchases per year and minimum check');
  const { limitDay: d, purchasesPerYear: p, minAverageCheck: c } = o.norms;
  const avgCheck = rows.map((r) => ({ ...r, monetary: r.frequency > 0 ? r.monetary / r.frequency : 0 }));
  return byBreaks(
    avgCheck,
    { r: [d / 4, d / 2, d, 2 * d], f: [p / 4, p / 2, p, 2 * p], m: [c / 2, c, 1.5 * c, 2 * c] },
    5,
  );
};

const STRATEGIES: Record<Binning, Strategy> = { quantile, 'r-rfm': rRfm, breaks, norms };

/** Resolves a strategy by name; an unknown name is an error that lists the known ones. */
export function resolveBinning(name: string): Strategy {
  if (!(BINNINGS as readonly string[]).includes(name))
    throw new Error(`unknown binning "${name}": use one of ${BINNINGS.join(', ')}`);
  return STRATEGIES[name as Binning];
}

/** Scores a customer base with the named strategy. */
export function scoreRfm(name: string, rows: readonly RfmValues[], o: ScoringOptions = {}): Scored {
  if (rows.length === 0) return { bins: o.bins ?? 5, scores: [], boundaries: { r: [], f: [], m: [] } };
  return resolveBinning(name)(rows, o);
}
