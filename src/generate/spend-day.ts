/**
 * Paid channels' daily spend, derived from the leads they actually brought that day: clicks are
 * leads / leads-per-click, impressions clicks / CTR, spend clicks × CPC (with auction inflation),
 * each with some noise. Organic channels have no rows.
 */
import type { ByteSink } from './byte-sink.ts';
import { lognormal } from './distributions.ts';
import { money } from './format.ts';
import type { Model } from './model.ts';
import type { Rng } from './prng.ts';

/** Writes the spend rows of `day`. */
export function writeSpendOfDay(
  m: Model,
  rng: Rng,
  day: number,
  leadsPerChannel: Int32Array,
  sink: ByteSink,
): void {
  const month = m.cal.dayMonth[day]!;
  for (let c = 0; c < m.channelIds.length; c++) {
    const paid = m.paid[c];
    if (!paid) continue;
    // A quarter of the expected leads' clicks on top: campaigns run on days without leads too.
    const leads = leadsPerChannel[c]! + 0.25 * m.leadMean[c]![day]!;
    const clicks = Math.max(1, Math.round((leads / paid.leadsPerClick) * lognormal(rng, 0.15)));
    const impressions = Math.max(clicks, Math.round((clicks / paid.ctr) * lognormal(rng, 0.15)));
    const amount = Math.round(clicks * paid.cpc * m.cpcIndex[c]![month]! * lognormal(rng, 0.08) * 100);
    sink.text(`${m.cal.dayText[day]},${m.channelIds[c]},${money(amount)},${impressions},${clicks}\n`);
    sink.rows++;
  }
}
