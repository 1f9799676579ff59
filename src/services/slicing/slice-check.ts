import type { Period } from '../../core/period/index.ts';
import { TABLE_NAMES } from '../../ingest/contract.ts';
import { formatNumber, type Bilingual } from '../../i18n/index.ts';
import type { MeasureTable } from '../../sql/formula/measures.ts';
import { sliceCountQuery } from '../../sql/formula/dimension-values.ts';
import { dimensionName } from './dimension-names.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import type { Lang } from '../../i18n/locale.ts';

/** `store = Казань, Самара; channel = email` as a person reads a filter. */
function filterText(filters: Readonly<Record<string, readonly string[]>>, lang: Lang): string {
  const q = (v: string) => (lang === 'ru' ? `«${v}»` : `"${v}"`);
  return Object.entries(filters)
    .map(([dim, values]) => `${dimensionName(dim)[lang]} = ${values.map(q).join(', ')}`)
    .join('; ');
}

/**
 * Says so when a filter leaves no rows: without this every figure of the slice is "no data" (or a
 * zero) and the user cannot tell a typo from a quiet segment. Counts, in one statement, the rows
 * the filter keeps in each table that has every filtered column (the tables the formula reads
 * under that filter), in the periods and in all the data; null when any row is left, or with no
 * filter. The notice tells "no such value anywhere" from "none in these periods".
 */
export async function emptySliceNotice(
  ws: Workspace,
  filters: Readonly<Record<string, readonly string[]>>,
  periods: readonly Period[],
): Promise<Bilingual | null> {
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));
  if (Object.keys(active).length === 0) return null;
  const columns = await ws.columns();
  const tables = TABLE_NAMES.filter((t) =>
    Object.keys(active).every((c) => columns.get(t)?.has(c) === true),
  ) as MeasureTable[];
  let inPeriod = 0;
  let inAll = 0;
  if (tables.length > 0) {
    const q = sliceCountQuery(ws.engine.dialect, tables, active, periods);
    for (const r of await ws.reader.driver.query(q.sql, q.params)) {
      inPeriod += Number(r['in_period']);
      inAll += Number(r['in_all']);
    }
  }
  if (inPeriod > 0) return null;
  const what = { ru: filterText(active, 'ru'), en: filterText(active, 'en') };
  const when = periods.map((p) => p.label).join(', ');
  if (tables.length === 0)
    return {
      ru: `Фильтр ${what.ru}: ни в одной таблице нет всех этих полей сразу, поэтому показателей нет. Уберите одно из условий.`,
      en: `Filter ${what.en}: no table has all of these fields at once, so there are no figures. Remove one of the conditions.`,
    };
  if (inAll === 0)
    return {
      ru: `Фильтр ${what.ru} не находит ни одной строки ни за какой период: такого значения в данных нет. Выберите значение из списка или уберите фильтр.`,
      en: `Filter ${what.en} matches no rows in any period: the data have no such value. Pick a value from the list or clear the filter.`,
    };
  return {
    ru: `Фильтр ${what.ru} не находит ни одной строки за ${when} (в других периодах строк: ${formatNumber(inAll, 'ru', 0)}). Выберите другой период или уберите фильтр.`,
    en: `Filter ${what.en} matches no rows in ${when} (other periods have ${formatNumber(inAll, 'en', 0)}). Pick another period or clear the filter.`,
  };
}
