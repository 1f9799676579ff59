/**
 * An industry preset compiled against a calendar and a scale: per-day and per-month tables and
 * weighted-choice tables, so the hot loop does lookups instead of powers and sums.
 */
import type { Calendar } from './calendar.ts';
import { pickTable } from './distributions.ts';
import type { IndustryProfile, PaidSpec } from './industries/profile.ts';

/** Compiled preset; see IndustryProfile for the meaning of the source numbers. */
export interface Model {
  readonly profile: IndustryProfile;
  readonly cal: Calendar;
  readonly channelIds: readonly string[];
  readonly paid: readonly (PaidSpec | undefined)[];
  /** Expected leads per channel per day. */
  readonly leadMean: readonly Float64Array[];
  /** Conversion probability per channel per month. */
  readonly conversion: readonly Float64Array[];
  /** CPC multiplier per channel per month. */
  readonly cpcIndex: readonly Float64Array[];
  /** Purchase demand per day (season × weekday, weekday mean 1) and its maximum. */
  readonly demand: Float64Array;
  readonly demandMax: number;
  /** Item price multiplier per month (inflation). */
  readonly priceIndex: Float64Array;
  /** Discounted-line share per month (higher in November and December). */
  readonly discountShare: Float64Array;
  readonly hourPick: Uint8Array;
  readonly storePick: Uint8Array;
  readonly categoryPick: Uint8Array;
  /** Repeat-order channel draw: index into channelIds, −1 for the client's own channel. */
  readonly repeatPick: Uint8Array;
  readonly repeatChannel: Int32Array;
}

/** Years since the start of the history at a day index; trends compound on it. */
function years(day: number): number {
  return day / 365.25;
}

/** Compiles a preset; `scale` multiplies lead volume (and so every other count). */
export function buildModel(profile: IndustryProfile, cal: Calendar, scale: number): Model {
  const weekdayMean = profile.weekday.reduce((s, w) => s + w, 0) / 7;
  const demand = new Float64Array(cal.days);
  for (let d = 0; d < cal.days; d++) {
    demand[d] =
      (profile.season[cal.monthOfYear[cal.dayMonth[d]!]!]! * profile.weekday[cal.dayWeekday[d]!]!) /
      weekdayMean;
  }
  const monthStartDay = Array.from({ length: cal.months }, (_, m) => cal.dayMonth.indexOf(m));
  const perMonth = (f: (yrs: number, month: number) => number): Float64Array =>
    Float64Array.from(monthStartDay, (d, m) => f(years(d + 15), m));
  const channelIds = profile.channels.map((c) => c.id);
  const repeatChannel = Int32Array.from(profile.repeatChannels, ([id]) => {
    if (id === 'own') return -1;
    const i = channelIds.indexOf(id);
    if (i < 0) throw new Error(`preset ${profile.name}: repeat channel ${id} is not a channel`);
    return i;
  });
  return {
    profile,
    cal,
    channelIds,
    paid: profile.channels.map((c) => c.paid),
    leadMean: profile.channels.map((c) =>
      Float64Array.from(demand, (dem, d) => c.leads * scale * dem * Math.pow(1 + c.leadGrowth, years(d))),
    ),
    conversion: profile.channels.map((c) =>
      perMonth((y) => c.conversion * Math.pow(1 + c.conversionTrend, y)),
    ),
    cpcIndex: profile.channels.map((c) => perMonth((y) => Math.pow(1 + (c.paid?.cpcGrowth ?? 0), y))),
    demand,
    demandMax: Math.max(...demand),
    priceIndex: perMonth((y) => Math.pow(1 + profile.priceGrowth, y)),
    discountShare: perMonth((_, m) => profile.discount.share * (cal.monthOfYear[m]! >= 10 ? 1.5 : 1)),
    hourPick: pickTable(profile.hours),
    storePick: pickTable(profile.stores.map((s) => s.weight)),
    categoryPick: pickTable(profile.categories.map((c) => c.weight)),
    repeatPick: pickTable(profile.repeatChannels.map(([, w]) => w)),
    repeatChannel,
  };
}
