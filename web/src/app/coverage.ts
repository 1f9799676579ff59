import { withStandIns } from '../../../src/contract/stand-ins.ts';
import type { Coverage, DataTable, FormulaTree } from '../api/types.ts';
import { LOCALES, type Lang } from '../format/format.ts';
import type { T } from '../i18n/translate.ts';
import { dimensionLabel } from './dimension-label.ts';

/** «лиды», «расходы на рекламу и затраты»: the files a figure needs, listed in the language. */
export function filesText(tables: readonly DataTable[], lang: Lang, t: T): string {
  const names = tables.map((table) => t(`coverage.file.${table}`));
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(names);
}

/** «загрузите лиды» for a figure without data that a file would give; null otherwise. */
export function needText(tables: readonly DataTable[] | undefined, lang: Lang, t: T): string | null {
  return tables?.length ? t('coverage.import', { files: filesText(tables, lang, t) }) : null;
}

/**
 * The tree as the numbers were computed: each stand-in in place of the levers it replaces, in the
 * revenue product and the lever list (the server's own rule, lent by the contract).
 */
export function coveredTree(tree: FormulaTree, coverage: Coverage | undefined): FormulaTree {
  return coverage ? withStandIns(tree, coverage.standIns) : tree;
}

/**
 * «В файлах «лиды и расходы на рекламу» нет поля «категория»…»: why leads, conversion and spend read
 * «—» under a filter (or slice) on a column only orders have. One line per set of missing columns.
 */
export function unfilteredLines(coverage: Coverage | undefined, lang: Lang, t: T): string[] {
  const groups = new Map<string, DataTable[]>();
  for (const [table, dims] of Object.entries(coverage?.unfiltered ?? {})) {
    const key = (dims ?? []).join(',');
    groups.set(key, [...(groups.get(key) ?? []), table as DataTable]);
  }
  return [...groups].map(([dims, tables]) =>
    t('coverage.unfiltered', {
      files: filesText(tables, lang, t),
      dims: new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }).format(
        dims
          .split(',')
          .map((d) => (lang === 'ru' ? `«${dimensionLabel(d, t)}»` : `“${dimensionLabel(d, t)}”`)),
      ),
    }),
  );
}
