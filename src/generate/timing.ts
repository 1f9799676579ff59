/** When things happen: time of day, lead → first order delay, the gap to the next purchase. */
import { DAY, dayOf } from './calendar.ts';
import { exponential, pick } from './distributions.ts';
import type { Model } from './model.ts';
import type { Rng } from './prng.ts';

/** A second of `day` drawn from the preset's hour profile. */
export function timeInDay(m: Model, rng: Rng, day: number): number {
  const hour = pick(rng, m.hourPick);
  return m.cal.startTs + day * DAY + hour * 3600 + Math.floor(rng() * 3600);
}

/** The first order of a client won from a lead at `leadTs`; Infinity when after the history. */
export function firstOrderTime(m: Model, rng: Rng, leadTs: number): number {
  const p = m.profile.firstOrder;
  if (rng() < p.sameDay) {
    const ts = leadTs + 60 + Math.floor(exponential(rng, 5400));
    return ts < m.cal.endTs ? ts : Infinity;
  }
  let day = dayOf(m.cal, leadTs) + 1 + Math.floor(exponential(rng, p.meanDays));
  // Closed days (B2B weekends) have zero demand: the deal lands on the next open day.
  while (day < m.cal.days && m.demand[day] === 0) day++;
  return day < m.cal.days ? timeInDay(m, rng, day) : Infinity;
}

/**
 * The next purchase after `ts` of a client whose candidate purchases come every `gap` seconds on
 * average. Thinning: a candidate on day d is kept with probability demand[d] / demandMax, which
 * makes repeat purchases follow season and weekday exactly (a non-homogeneous Poisson process).
 * Infinity when the next purchase would fall after the history.
 */
export function nextPurchaseTime(m: Model, rng: Rng, ts: number, gap: number): number {
  const { cal, demand, demandMax } = m;
  let t = ts;
  for (;;) {
    t += exponential(rng, gap);
    if (t >= cal.endTs) return Infinity;
    const day = dayOf(cal, t);
    if (rng() * demandMax >= demand[day]!) continue;
    const at = timeInDay(m, rng, day);
    // Same day but earlier hour: keep the clock moving forward so the event heap stays ordered.
    const next = at > ts ? at : ts + 60 + Math.floor(rng() * 3600);
    return next < cal.endTs ? next : Infinity;
  }
}
