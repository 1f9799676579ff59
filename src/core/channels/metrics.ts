import { kpiDefinition, type KpiDefinition } from '../kpi/catalogue.ts';
import { CHANNEL_DEFINITIONS } from './definitions.ts';
import type { KpiUnit } from '../kpi/format.ts';
import type { Direction, Label } from '../kpi/types.ts';

/** The unit-economics metrics of a channel, in the order a table shows them. */
export const CHANNEL_METRIC_IDS = [
  'leads',
  'newClients',
  'conversion',
  'cac',
  'carc',
  'ltvRevenue',
  'ltvMargin',
  'romiRevenue',
  'romiMargin',
  'mre',
  'paybackMonth',
  'ctr',
  'cpc',
  'cr',
  'cpa',
] as const;
export type ChannelMetricId = (typeof CHANNEL_METRIC_IDS)[number];

/** How a metric reads: its name, unit, which way is better, and the catalogue KPI it evaluates. */
export interface ChannelMetricInfo {
  id: ChannelMetricId;
  /** KPI catalogue id whose formula computes it; null for the payback month, read off the curve. */
  kpi: string | null;
  name: Label;
  unit: KpiUnit;
  direction: Direction;
  /** What the metric counts, shown beside it (and why it can pass 100% where it can). */
  definition: Label;
}

const BY_REVENUE: Label = { ru: 'по выручке', en: 'by revenue' };
const BY_MARGIN: Label = { ru: 'по марже', en: 'by margin' };

const fromKpi = (id: ChannelMetricId, kpi: string, basis?: Label): ChannelMetricInfo => {
  const d: KpiDefinition = kpiDefinition(kpi);
  const name = basis ? { ru: `${d.name.ru}, ${basis.ru}`, en: `${d.name.en}, ${basis.en}` } : d.name;
  return { id, kpi, name, unit: d.unit, direction: d.direction, definition: CHANNEL_DEFINITIONS[id] };
};

// Every metric the catalogue defines is taken from it (name, unit, direction, formula), so a
// company that redefines CAC there sees the same definition here.
const INFO: Record<ChannelMetricId, () => ChannelMetricInfo> = {
  leads: () => fromKpi('leads', 'leads'),
  newClients: () => fromKpi('newClients', 'new_clients'),
  conversion: () => fromKpi('conversion', 'conversion'),
  cac: () => fromKpi('cac', 'cac'),
  carc: () => fromKpi('carc', 'carc'),
  ltvRevenue: () => fromKpi('ltvRevenue', 'ltv', BY_REVENUE),
  ltvMargin: () => fromKpi('ltvMargin', 'ltv', BY_MARGIN),
  romiRevenue: () => fromKpi('romiRevenue', 'romi', BY_REVENUE),
  romiMargin: () => fromKpi('romiMargin', 'romi', BY_MARGIN),
  mre: () => fromKpi('mre', 'mre'),
  paybackMonth: () => ({
    id: 'paybackMonth',
    kpi: null,
    name: { ru: 'Месяц окупаемости', en: 'Payback month' },
    unit: 'count',
    direction: 'lower',
    definition: CHANNEL_DEFINITIONS.paybackMonth,
  }),
  ctr: () => fromKpi('ctr', 'ctr'),
  cpc: () => fromKpi('cpc', 'cpc'),
  cr: () => fromKpi('cr', 'cr'),
  cpa: () => fromKpi('cpa', 'cpa'),
};

/** Every channel metric's description, in table order. */
export const channelMetrics = (): ChannelMetricInfo[] => CHANNEL_METRIC_IDS.map((id) => INFO[id]());
