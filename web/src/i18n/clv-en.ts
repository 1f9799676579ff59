import type { clvRu } from './clv-ru.ts';

/** English strings of CLV in roubles (Customers → CLV forecast); spread into en.ts. */
export const clvEn: Record<keyof typeof clvRu, string> = {
  'clv.value.title': 'Expected customer value (CLV), ₽',
  'clv.value.hint':
    'The {model} model predicts how many purchases each customer makes over the horizon, the Gamma-Gamma model the average value of those purchases; CLV = purchases × value × margin share. Segments are RFM as of {asOf}.',
  'clv.value.horizon': 'Horizon',
  'clv.value.h26': '6 months',
  'clv.value.h52': '1 year',
  'clv.value.h104': '2 years',
  'clv.value.h156': '3 years',
  'clv.value.margin': 'Margin share, %',
  'clv.value.marginHint': '100% is CLV by revenue; enter your margin rate for CLV by margin.',
  'clv.value.total': 'CLV of all customers',
  'clv.value.average': 'Average CLV per customer',
  'clv.value.customers': 'Customers valued',
  'clv.value.purchases': 'Expected purchases',
  'clv.value.bySegment': 'CLV by RFM segment',
  'clv.value.segment': 'Segment',
  'clv.value.sum': 'Total CLV, ₽',
  'clv.value.one': 'Customer CLV, ₽',
  'clv.value.avg': 'Average CLV, ₽',
  'clv.value.share': 'Share of CLV',
  'clv.value.alive': 'Mean P(alive)',
  'clv.value.top': 'The most valuable customers',
  'clv.value.customer': 'Customer',
  'clv.value.expected': 'Purchases',
  'clv.value.check': 'Expected value, ₽',
  'clv.value.badMargin': 'The margin share is a number above 0 and at most 100.',
};
