import type { Lang } from '../../format/format.ts';

/**
 * What each canonical field means, as a marketer would say it (docs/data-contract.md). Fields the
 * server adds later fall back to their code name in the mapping step.
 */
const LABELS: Record<string, Record<Lang, string>> = {
  order_id: { ru: 'Номер заказа', en: 'Order number' },
  customer_id: { ru: 'Клиент', en: 'Customer' },
  ts: { ru: 'Дата и время', en: 'Date and time' },
  revenue: { ru: 'Сумма (выручка)', en: 'Amount (revenue)' },
  items: { ru: 'Количество товаров', en: 'Items' },
  cost: { ru: 'Себестоимость', en: 'Cost of goods' },
  channel: { ru: 'Канал', en: 'Channel' },
  discount: { ru: 'Скидка, ₽', en: 'Discount, ₽' },
  lead_id: { ru: 'Номер лида / сделки', en: 'Lead / deal id' },
  status: { ru: 'Статус лида', en: 'Lead status' },
  date: { ru: 'Дата', en: 'Date' },
  amount: { ru: 'Сумма, ₽', en: 'Amount, ₽' },
  impressions: { ru: 'Показы', en: 'Impressions' },
  clicks: { ru: 'Клики', en: 'Clicks' },
  month: { ru: 'Месяц', en: 'Month' },
  kind: { ru: 'Вид затрат', en: 'Cost kind' },
};

export const fieldLabel = (field: string, lang: Lang): string => LABELS[field]?.[lang] ?? field;
