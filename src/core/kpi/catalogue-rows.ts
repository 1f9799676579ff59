import type { KpiUnit } from './format.ts';
import type { KpiFormula } from './kpi-formula.ts';
import type { Direction } from './types.ts';

/** Lifecycle stage a KPI belongs to (METHODOLOGY §4), for choosing KPIs per role. */
export type KpiStage = 'reach' | 'engagement' | 'monetisation' | 'retention' | 'profit';

const m = (measure: string): KpiFormula => ({ measure });
const r = (a: KpiFormula | string, b: KpiFormula | string): KpiFormula => ({
  ratio: [typeof a === 'string' ? m(a) : a, typeof b === 'string' ? m(b) : b],
});
/** LTV = AOV × N × P × t (METHODOLOGY §4): purchases per period, profit share, lifetime in periods. */
const LTV: KpiFormula = {
  product: [r('revenue', 'orders'), m('purchases_per_period'), m('profit_share'), m('lifetime_periods')],
};

/** One built-in definition: id, Russian and English names, unit, direction, stage, formula. */
export type Row = [
  id: string,
  ru: string,
  en: string,
  unit: KpiUnit,
  dir: Direction,
  stage: KpiStage,
  f: KpiFormula,
];

// Leads "accepted into work" are those the sales team took: accepted, and converted (which were
// accepted first). Measures without a warehouse source yet (visitors, installs…) read "no data".
export const ROWS: Row[] = [
  ['leads', 'Лиды', 'Leads', 'count', 'higher', 'reach', m('leads')],
  [
    'conversion',
    'Конверсия лидов в клиентов (C)',
    'Lead-to-client conversion (C)',
    'ratio',
    'higher',
    'monetisation',
    r('buyers', 'leads'),
  ],
  [
    'item_price',
    'Средняя стоимость позиции (Pu)',
    'Average item price (Pu)',
    'money',
    'higher',
    'monetisation',
    r('revenue', 'items'),
  ],
  [
    'items_per_order',
    'Позиций в чеке (D)',
    'Items per receipt (D)',
    'number',
    'higher',
    'monetisation',
    r('items', 'orders'),
  ],
  [
    'frequency',
    'Частота покупок (Q)',
    'Purchase frequency (Q)',
    'number',
    'higher',
    'retention',
    r('orders', 'buyers'),
  ],
  [
    'aov',
    'Средний чек (AOV, P)',
    'Average order value (AOV, P)',
    'money',
    'higher',
    'monetisation',
    r('revenue', 'orders'),
  ],
  [
    'margin',
    'Маржинальность (M)',
    'Margin rate (M)',
    'ratio',
    'higher',
    'profit',
    r({ difference: [m('revenue'), m('cogs')] }, 'revenue'),
  ],
  ['ctr', 'CTR', 'CTR', 'ratio', 'higher', 'reach', r('clicks', 'impressions')],
  ['cpc', 'Цена клика (CPC)', 'Cost per click (CPC)', 'money', 'lower', 'reach', r('spend', 'clicks')],
  [
    'bounce_rate',
    'Показатель отказов (BR)',
    'Bounce rate (BR)',
    'ratio',
    'lower',
    'engagement',
    m('bounce_rate'),
  ],
  [
    'cr',
    'Конверсия посетителей в лиды (CR)',
    'Visitor-to-lead conversion (CR)',
    'ratio',
    'higher',
    'engagement',
    r('leads', 'visitors'),
  ],
  [
    'cpa',
    'Цена целевого действия (CPA)',
    'Cost per action (CPA)',
    'money',
    'lower',
    'engagement',
    r('spend', 'target_actions'),
  ],
  [
    'cpi',
    'Цена установки (CPI)',
    'Cost per install (CPI)',
    'money',
    'lower',
    'engagement',
    r('spend', 'installs'),
  ],
  ['cpl', 'Цена лида (CPL)', 'Cost per lead (CPL)', 'money', 'lower', 'reach', r('spend', 'leads')],
  [
    'cac',
    'Цена привлечения клиента (CAC)',
    'Customer acquisition cost (CAC)',
    'money',
    'lower',
    'monetisation',
    r('spend', 'new_clients'),
  ],
  [
    'carc',
    'Полная цена клиента (CARC)',
    'Customer acquisition and retention cost (CARC)',
    'money',
    'lower',
    'retention',
    r('marketing_costs_total', 'buyers'),
  ],
  [
    'ltv',
    'Пожизненная ценность клиента (LTV)',
    'Customer lifetime value (LTV)',
    'money',
    'higher',
    'retention',
    LTV,
  ],
  ['romi', 'ROMI', 'ROMI', 'ratio', 'higher', 'profit', r(LTV, r('marketing_costs_total', 'buyers'))],
  [
    'mre',
    'Доля маркетинговых расходов в выручке (MRE)',
    'Marketing expense to revenue (MRE)',
    'ratio',
    'lower',
    'profit',
    r('spend', 'revenue'),
  ],
  ['new_clients', 'Новые клиенты', 'New clients', 'count', 'higher', 'monetisation', m('new_clients')],
  [
    'new_client_share',
    'Доля новых клиентов',
    'Share of new clients',
    'ratio',
    'higher',
    'monetisation',
    r('new_clients', 'buyers'),
  ],
  [
    'accepted_share',
    'Доля принятых лидов',
    'Share of accepted leads',
    'ratio',
    'higher',
    'engagement',
    r({ sum: [m('leads_accepted'), m('leads_converted')] }, 'leads'),
  ],
  [
    'repeat_share',
    'Доля повторных покупок',
    'Share of repeat purchases',
    'ratio',
    'higher',
    'retention',
    r('repeat_orders', 'orders'),
  ],
];
