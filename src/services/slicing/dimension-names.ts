import type { Bilingual } from '../../i18n/index.ts';

// The contract's own dimensions and the columns sample companies and common exports bring (the
// header synonyms of src/ingest/synonyms.ts map Russian headers onto these names).
const NAMES: Readonly<Record<string, Bilingual>> = {
  channel: { ru: 'Канал', en: 'Channel' },
  status: { ru: 'Статус лида', en: 'Lead status' },
  kind: { ru: 'Вид затрат', en: 'Cost kind' },
  campaign: { ru: 'Кампания', en: 'Campaign' },
  store: { ru: 'Магазин', en: 'Store' },
  region: { ru: 'Регион', en: 'Region' },
  city: { ru: 'Город', en: 'City' },
  manager: { ru: 'Менеджер', en: 'Manager' },
  category: { ru: 'Категория', en: 'Category' },
  product: { ru: 'Товар', en: 'Product' },
  source: { ru: 'Источник', en: 'Source' },
  year: { ru: 'Год', en: 'Year' },
  quarter: { ru: 'Квартал', en: 'Quarter' },
  month: { ru: 'Месяц', en: 'Month' },
  week: { ru: 'Неделя', en: 'Week' },
  day: { ru: 'День', en: 'Day' },
};

/**
 * A dimension as people call it («Магазин» for `store`), the one home of these names: the API
 * hands them to the workbench with the dimension list. A company's own column keeps its name.
 */
export const dimensionName = (dim: string): Bilingual => NAMES[dim] ?? { ru: dim, en: dim };
