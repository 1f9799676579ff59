import { DEFAULT_SEGMENTS } from '../core/rfm/default-segments.ts';
import { NEW_CUSTOMERS } from '../core/rfm/migration.ts';
import type { Unit } from '../core/formula/types.ts';
import type { KpiUnit } from '../core/kpi/format.ts';
import type { ColumnKind, ExportColumn } from './export-sheet.ts';

/** Russian names of the built-in RFM segments, keyed by their stable ids. */
export const SEGMENT_NAMES_RU: Readonly<Record<string, string>> = {
  ...Object.fromEntries(DEFAULT_SEGMENTS.map((s) => [s.id, s.name.ru])),
  // The migration's row of customers who had not bought by the first date.
  [NEW_CUSTOMERS]: 'Новые клиенты',
};

const segmentCol = (ru: string): [string, ColumnKind, Record<string, string>] => [
  ru,
  'text',
  { ...SEGMENT_NAMES_RU },
];

/**
 * Every stable export column id with its Russian header and kind: one dictionary, so `revenue`
 * reads «Выручка» as money in every export. English exports keep the ids themselves.
 */
const COLUMNS: Record<string, [ru: string, kind: ColumnKind, values?: Record<string, string>]> = {
  // RFM customer list
  customer_id: ['Клиент', 'text'],
  recency_days: ['Давность, дней', 'count'],
  frequency: ['Частота, покупок', 'count'],
  monetary: ['Сумма покупок', 'money'],
  r: ['R', 'count'],
  f: ['F', 'count'],
  m: ['M', 'count'],
  score: ['RFM-код', 'text'],
  segment: segmentCol('Сегмент'),
  first_order: ['Первая покупка', 'date'],
  last_order: ['Последняя покупка', 'date'],
  tenure_days: ['Срок жизни, дней', 'count'],
  average_check: ['Средний чек', 'money'],
  tactic: ['Тактика', 'text'],
  // CLV per customer
  x: ['Повторные покупки (x)', 'count'],
  t_x: ['Последняя покупка (t_x)', 'number'],
  T: ['Наблюдение (T)', 'number'],
  p_alive: ['Вероятность, что клиент активен', 'percent'],
  expected_purchases: ['Ожидаемые покупки', 'number'],
  expected_average_value: ['Ожидаемый средний чек', 'money'],
  clv: ['CLV', 'money'],
  p_alive_model: ['Модель покупок', 'text'],
  // Cohorts
  cohort: ['Когорта', 'month'],
  month: ['Месяц с привлечения', 'count'],
  customers: ['Клиенты', 'count'],
  active: ['Активные клиенты', 'count'],
  retention: ['Удержание', 'percent'],
  orders: ['Заказы', 'count'],
  revenue: ['Выручка', 'money'],
  revenue_per_customer: ['Выручка на клиента', 'money'],
  cumulative_revenue_per_customer: ['Накопленная выручка на клиента', 'money'],
  margin_per_customer: ['Маржа на клиента', 'money'],
  cumulative_margin_per_customer: ['Накопленная маржа на клиента', 'money'],
  // Channels (the metrics' names come from the KPI catalogue, see channelColumns)
  level: ['Уровень', 'text', { channel: 'канал', total: 'итого' }],
  channel: ['Канал', 'text'],
  spend: ['Расходы на привлечение', 'money'],
  other_costs: ['Прочие маркетинговые расходы', 'money'],
  impressions: ['Показы', 'count'],
  clicks: ['Клики', 'count'],
  buyers: ['Покупатели', 'count'],
  // Funnel
  step: ['Покупка №', 'count'],
  value: ['Значение', 'text'],
  share: ['Доля', 'percent'],
  continued_share: ['Доля сделавших следующую покупку', 'percent'],
  from: ['Было', 'text'],
  to: ['Стало', 'text'],
  stopped: ['Больше не покупали (1 — да)', 'count'],
  next_average_check: ['Средний чек следующей покупки', 'money'],
  // Segments and migration
  name: ['Название', 'text'],
  average_recency_days: ['Средняя давность, дней', 'number'],
  from_segment: segmentCol('Сегмент на первую дату'),
  to_segment: segmentCol('Сегмент на вторую дату'),
};

/** The column of a stable id; an id not in the dictionary (a contact column) is shown as is. */
export function columnOf(id: string): ExportColumn | string {
  const c = COLUMNS[id];
  return c ? { id, ru: c[0], kind: c[1], ...(c[2] ? { ruValues: c[2] } : {}) } : id;
}

/** Columns of stable ids, in order. */
export const columnsOf = (ids: readonly string[]): (ExportColumn | string)[] => ids.map(columnOf);

/** A formula tree's unit as an export column kind (ratios are fractions: conversion, margin). */
export const unitKind = (u: Unit | KpiUnit): ColumnKind =>
  u === 'ratio' || u === 'percent' ? 'percent' : u === 'hours' ? 'number' : u;
