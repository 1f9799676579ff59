import type { formulaRangeRu } from './formula-range-ru.ts';

/** English strings of the segments table's mark on a share above 100 %; spread into en.ts. */
export const formulaRangeEn: Record<keyof typeof formulaRangeRu, string> = {
  'formula.aboveRange':
    '{lever} above 100% for {segments}: a share cannot pass 100% — here the buyers include repeat buyers who were never this segment’s leads.',
  'formula.aboveRangeTip':
    'Above 100%: the buyers include repeat buyers who were never this segment’s leads. The lead-based conversion is in Customers → Channels.',
  'formula.aboveRangeLink': 'Lead-based conversion: Customers → Channels',
};
