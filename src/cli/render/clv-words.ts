import type { Translate } from '../../i18n/index.ts';

/** A CLV time unit as a word of the user's language ("week", «неделя»). */
export const unitWord = (t: Translate, unit: 'day' | 'week' | 'month'): string => t(`clv.unit.${unit}`);

/** An optimiser's stopping reason as words of the user's language. */
export const convergenceWord = (t: Translate, c: 'converged' | 'max-iterations' | 'failed'): string =>
  t(`clv.${c}`);
