import type { funnelRu } from './funnel-ru.ts';

/** English strings of the product funnel (Customers → Funnel); spread into en.ts. */
export const funnelEn: Record<keyof typeof funnelRu, string> = {
  'cust.tab.funnel': 'Product funnel',
  'funnel.dim': 'By',
  'funnel.steps': 'Purchases',
  'funnel.title': 'What customers buy first, second, third',
  'funnel.hint':
    'Each purchase is labelled by the “{dim}” value that took most of its revenue. Share is of the customers who made that purchase; “bought again” is the share who went on to make the next one.',
  'funnel.purchase': 'Purchase {n}',
  'funnel.reached': '{customers} customers ({share} of the first purchase), average check {check}',
  'funnel.checks': 'Average check by purchase: {list}.',
  'funnel.value': 'Value',
  'funnel.all': 'All purchases',
  'funnel.share': 'Share',
  'funnel.avgCheck': 'Avg check',
  'funnel.continued': 'Bought again',
  'funnel.none': 'no value',
  'funnel.flows': 'From one purchase to the next',
  'funnel.flowsHint':
    'Left to right: purchase 1, 2, 3; a band’s width is its customers; the grey bands are those who bought nothing more.',
  'funnel.topHint':
    'The chart draws the {top} values with most customers at each purchase; the rest (up to {items}) are merged into “{other}”. The tables list every value.',
  'funnel.stopped': 'bought nothing more',
  'funnel.flowTip': '{from} → {to}: {customers} customers ({share})',
  'funnel.nodeTip': 'Purchase {n}, {value}: {customers} customers',
  'funnel.matrix': 'Where customers go after purchase {n}',
  'funnel.matrixHint':
    'Row: what purchase {n} was; column: what the next one was; each cell is the share of the row’s customers (a row adds up to 100%), with the next purchase’s average check under it.',
  'funnel.fromTo': 'was ↓ / next →',
  'funnel.empty': 'No purchases in the data for the chosen period.',
};
