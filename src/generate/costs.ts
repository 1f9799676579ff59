/**
 * costs.csv: per month, COGS (the exact sum of the month's line costs, so it reconciles with
 * orders.cost to the kopeck), SG&A (rent and salaries: flat, slow growth, a December bonus) and
 * other costs (small, noisy). SG&A is sized on the first year's revenue so that the sample
 * company earns a plausible single-digit net margin at any --orders.
 */
import { MONTHS, type Calendar } from './calendar.ts';
import { header } from './columns.ts';
import { lognormal } from './distributions.ts';
import { money } from './format.ts';
import type { IndustryProfile } from './industries/profile.ts';
import { createRng } from './prng.ts';

/** The whole costs file (3 rows a month: it is small). */
export function costsCsv(
  profile: IndustryProfile,
  cal: Calendar,
  seed: number,
  revenue: Float64Array,
  cogs: Float64Array,
): { text: string; rows: number } {
  // Own stream: the costs noise must not shift the orders' random stream.
  const rng = createRng(seed ^ 0x5eed_c057);
  const first = cal.firstMonth;
  const baseline = revenue.slice(first, first + 12).reduce((s, r) => s + r, 0) / 12;
  const { sga, sgaGrowthPerMonth, other } = profile.costs;
  let text = header('costs') + '\n';
  for (let m = first; m < cal.months; m++) {
    const bonus = cal.monthOfYear[m] === 11 ? 1.1 : 1;
    const sgaAmount = Math.round(
      baseline * sga * Math.pow(1 + sgaGrowthPerMonth, m - first) * bonus * lognormal(rng, 0.02),
    );
    const otherAmount = Math.round(baseline * other * lognormal(rng, 0.35));
    const month = cal.monthText[m];
    text += `${month},cogs,${money(cogs[m]!)}\n${month},sga,${money(sgaAmount)}\n${month},other,${money(otherAmount)}\n`;
  }
  return { text, rows: MONTHS * 3 };
}
