import type { trendRu } from './trend-ru.ts';

/** English strings of the Formula page's month-by-month trend; spread into en.ts. */
export const trendEn: Record<keyof typeof trendRu, string> = {
  'trend.title': 'Month by month',
  'trend.figure': 'Figure',
  'trend.chart': '{figure} month by month',
  'trend.noSpan': 'Choose the periods to see the months.',
};
