import type { Lang } from '../format/format.ts';
import { fieldLabel } from '../pages/data/field-labels.ts';

/**
 * The filters as the page keeps them — `dim=v1,v2` strings, sent as repeated `filter` parameters —
 * turned into a map and back. A value holding `,` or `;` cannot be written in that syntax (the
 * API splits on them), so the picker offers it disabled rather than send a filter that means
 * something else.
 */
export function filtersToMap(filters: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filters) {
    const eq = f.indexOf('=');
    if (eq <= 0) continue;
    const dim = f.slice(0, eq).trim();
    const values = f
      .slice(eq + 1)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) out.set(dim, [...(out.get(dim) ?? []), ...values]);
  }
  return out;
}

/** The map back as `dim=v1,v2` entries, dimensions in a stable order; empty ones dropped. */
export function filtersFromMap(map: ReadonlyMap<string, readonly string[]>): string[] {
  return [...map.entries()]
    .filter(([, v]) => v.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dim, values]) => `${dim}=${values.join(',')}`);
}

/** True when a value can be sent in a `dim=v1,v2` filter. */
export const filterable = (value: string): boolean => !/[,;]/.test(value) && value.trim() === value;

// Extra dimensions the sample company and common exports bring; contract fields use their own labels.
const DIMENSIONS: Record<string, Record<Lang, string>> = {
  store: { ru: 'Магазин', en: 'Store' },
  region: { ru: 'Регион', en: 'Region' },
  city: { ru: 'Город', en: 'City' },
  manager: { ru: 'Менеджер', en: 'Manager' },
  category: { ru: 'Категория', en: 'Category' },
  product: { ru: 'Товар', en: 'Product' },
  source: { ru: 'Источник', en: 'Source' },
  campaign: { ru: 'Кампания', en: 'Campaign' },
  year: { ru: 'Год', en: 'Year' },
  quarter: { ru: 'Квартал', en: 'Quarter' },
  month: { ru: 'Месяц', en: 'Month' },
  week: { ru: 'Неделя', en: 'Week' },
  day: { ru: 'День', en: 'Day' },
};

/** A dimension as people call it («Магазин»), else the column's own name (a company's own column). */
export const dimensionLabel = (dim: string, lang: Lang): string =>
  DIMENSIONS[dim]?.[lang] ?? fieldLabel(dim, lang);
