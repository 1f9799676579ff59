import type { ChannelRow, ChannelsResult } from './channels.ts';
import type { CohortsResult } from './cohorts.ts';
import type { FunnelResult } from './funnel.ts';
import type { Lang } from '../../i18n/index.ts';
import { columnOf, columnsOf, unitKind } from '../../files/export-columns.ts';
import { writeSheets, type ColumnSpec, type ExportSheet } from '../../files/table-export.ts';

/** Columns of the `cohorts` sheet: one line per cohort and month since acquisition. */
export const COHORT_COLUMNS = [
  'cohort',
  'month',
  'customers',
  'active',
  'retention',
  'orders',
  'revenue',
  'revenue_per_customer',
  'cumulative_revenue_per_customer',
  'margin_per_customer',
  'cumulative_margin_per_customer',
] as const;

/** The cohort sheet; the pooled curve of all cohorts comes last, with cohort `*`. */
export function cohortSheets(res: CohortsResult): ExportSheet[] {
  const rows = [...res.cohorts, { ...res.total, cohort: '*' }].flatMap((c) =>
    c.months.map((m) => [
      c.cohort,
      m.month,
      m.customers,
      m.active,
      m.retention,
      m.orders,
      m.revenue,
      m.revenuePerCustomer,
      m.cumulativeRevenuePerCustomer,
      m.marginPerCustomer,
      m.cumulativeMarginPerCustomer,
    ]),
  );
  return [{ name: 'cohorts', ru: 'Когорты', columns: columnsOf(COHORT_COLUMNS), rows }];
}

/** Columns of the `channels` sheet; `level` is `channel` or `total`. Shares are fractions. */
export const CHANNEL_COLUMNS = [
  'level',
  'channel',
  'spend',
  'other_costs',
  'impressions',
  'clicks',
  'leads',
  'buyers',
  'new_clients',
  'orders',
  'revenue',
  'conversion',
  'cac',
  'carc',
  'ltv_revenue',
  'ltv_margin',
  'romi_revenue',
  'romi_margin',
  'mre',
  'payback_month',
  'ctr',
  'cpc',
  'cr',
  'cpa',
] as const;

const channelLine = (level: 'channel' | 'total', r: ChannelRow) => [
  level,
  r.channel,
  r.spend,
  r.otherCosts,
  r.impressions,
  r.clicks,
  r.leads,
  r.buyers,
  r.newClients,
  r.orders,
  r.revenue,
  r.conversion,
  r.cac,
  r.carc,
  r.ltvRevenue,
  r.ltvMargin,
  r.romiRevenue,
  r.romiMargin,
  r.mre,
  r.paybackMonth,
  r.ctr,
  r.cpc,
  r.cr,
  r.cpa,
];

/** The channel sheet: a line per channel, then the total. */
export function channelSheets(res: ChannelsResult): ExportSheet[] {
  const rows = [...res.channels.map((r) => channelLine('channel', r)), channelLine('total', res.total)];
  return [{ name: 'channels', ru: 'Каналы', columns: channelColumns(res), rows }];
}

const camel = (id: string): string => id.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** The channel columns; a metric's Russian name and unit are the KPI catalogue's, as on the page. */
function channelColumns(res: ChannelsResult): ColumnSpec[] {
  return CHANNEL_COLUMNS.map((id) => {
    const metric = res.metrics.find((m) => m.id === camel(id));
    return metric ? { id, ru: metric.name.ru, kind: unitKind(metric.unit) } : columnOf(id);
  });
}

/** Columns of the funnel's `steps` sheet. */
export const FUNNEL_STEP_COLUMNS = [
  'step',
  'value',
  'customers',
  'share',
  'average_check',
  'continued_share',
] as const;
/** Columns of the funnel's `transitions` sheet; `to` is empty and `stopped` 1 for no next purchase. */
export const FUNNEL_TRANSITION_COLUMNS = [
  'step',
  'from',
  'to',
  'stopped',
  'customers',
  'share',
  'next_average_check',
] as const;

/** The funnel's sheets: values at each step, and the transitions between steps. */
export function funnelSheets(res: FunnelResult): ExportSheet[] {
  const steps = res.purchases.flatMap((s) =>
    s.values.map((v) => [s.step, v.value, v.customers, v.share, v.averageCheck, v.continuedShare]),
  );
  const moves = res.transitions.map((t) => [
    t.step,
    t.from,
    t.to,
    t.stopped ? 1 : 0,
    t.customers,
    t.share,
    t.nextAverageCheck,
  ]);
  return [
    { name: 'steps', ru: 'Покупки', columns: columnsOf(FUNNEL_STEP_COLUMNS), rows: steps },
    { name: 'transitions', ru: 'Переходы', columns: columnsOf(FUNNEL_TRANSITION_COLUMNS), rows: moves },
  ];
}

/** Writes cohorts to FILE.xlsx or FILE.csv; returns the paths written. */
export const exportCohorts = (file: string, res: CohortsResult, lang: Lang = 'en'): Promise<string[]> =>
  writeSheets(file, cohortSheets(res), lang);
/** Writes channel unit economics to FILE.xlsx or FILE.csv; returns the paths written. */
export const exportChannels = (file: string, res: ChannelsResult, lang: Lang = 'en'): Promise<string[]> =>
  writeSheets(file, channelSheets(res), lang);
/** Writes the funnel to FILE.xlsx (two sheets) or FILE.csv (+ FILE.transitions.csv). */
export const exportFunnel = (file: string, res: FunnelResult, lang: Lang = 'en'): Promise<string[]> =>
  writeSheets(file, funnelSheets(res), lang);
