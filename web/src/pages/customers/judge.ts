import type { ChannelMetric } from '../../api/types.ts';

/**
 * Better or worse than the company as a whole, by the metric's direction: a CAC below the
 * company's is good news, a ROMI below it is not. Counts (leads, new clients) are sizes, not
 * merits, so they stay uncoloured.
 */
export function judge(m: ChannelMetric, v: number | null, company: number | null): 'better' | 'worse' | null {
  if (m.unit === 'count' && m.id !== 'paybackMonth') return null;
  if (v === null || company === null || v === company) return null;
  const higher = v > company;
  return higher === (m.direction === 'higher') ? 'better' : 'worse';
}
