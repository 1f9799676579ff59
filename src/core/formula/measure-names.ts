import type { FormulaTree, Label } from './types.ts';

/**
 * Names of the built-in measures (BUILTIN_MEASURES), for people: a KPI designer lists a measure as
 * the factor behind a leaf and the source of its fact, and "other_costs" means nothing to HR.
 */
export const MEASURE_NAMES: Readonly<Record<string, Label>> = {
  revenue: { ru: 'Выручка по заказам', en: 'Order revenue' },
  orders: { ru: 'Число заказов', en: 'Number of orders' },
  buyers: { ru: 'Число покупателей', en: 'Number of buyers' },
  items: { ru: 'Проданные позиции', en: 'Items sold' },
  discount: { ru: 'Скидки', en: 'Discounts' },
  cogs: { ru: 'Себестоимость проданного', en: 'Cost of goods sold' },
  cogs_costs: { ru: 'Себестоимость из затрат', en: 'Cost of goods from costs' },
  leads: { ru: 'Число лидов', en: 'Number of leads' },
  leads_accepted: { ru: 'Лиды, принятые в работу', en: 'Leads accepted into work' },
  leads_converted: { ru: 'Лиды, ставшие клиентами', en: 'Leads that became clients' },
  spend: { ru: 'Рекламные расходы', en: 'Ad spend' },
  impressions: { ru: 'Показы', en: 'Impressions' },
  clicks: { ru: 'Клики', en: 'Clicks' },
  sga: { ru: 'Коммерческие и административные расходы', en: 'SG&A costs' },
  other_costs: { ru: 'Прочие расходы', en: 'Other costs' },
};

/**
 * A measure's name in a tree: a built-in one's own name, else the label of the leaf that reads it
 * (a tree's own measure — nights, partners — is named by the leaf it feeds), else the id.
 */
export function measureLabel(tree: FormulaTree, measure: string): Label {
  const builtin = MEASURE_NAMES[measure];
  if (builtin) return builtin;
  const leaf = tree.nodes.find((n) => n.kind === 'measure' && n.measure === measure);
  return leaf ? leaf.label : { ru: measure, en: measure };
}
