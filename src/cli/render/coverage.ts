import type { FormulaTree } from '../../core/formula/index.ts';
import { INTL_LOCALE, type Lang, type Translate } from '../../i18n/index.ts';
import type { Coverage, DataTable } from '../../services/index.ts';
import { dimensionName } from '../../services/slicing/dimension-names.ts';

/** "лиды", "расходы на рекламу и затраты": the files a figure needs, as a list in the language. */
export function filesText(tables: readonly DataTable[], lang: Lang, t: Translate): string {
  const names = tables.map((table) => t(`coverage.file.${table}`));
  return new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(names);
}

/** The cell of a figure without data that a file would give: «загрузите лиды» / "import leads". */
export function needCell(tables: readonly DataTable[] | undefined, lang: Lang, t: Translate): string | null {
  return tables && tables.length > 0 ? t('coverage.import', { files: filesText(tables, lang, t) }) : null;
}

const labelOf = (tree: FormulaTree, id: string, lang: Lang): string => {
  const node = tree.nodes.find((n) => n.id === id);
  return node ? `${node.label[lang]} (${id})` : id;
};

/** «В файлах «лиды и расходы на рекламу» нет поля «Категория»…»: one line per set of missing columns. */
function unfilteredLines(coverage: Coverage, lang: Lang, t: Translate): string[] {
  const groups = new Map<string, DataTable[]>();
  for (const [table, dims] of Object.entries(coverage.unfiltered ?? {})) {
    const key = dims.join(',');
    groups.set(key, [...(groups.get(key) ?? []), table as DataTable]);
  }
  return [...groups].map(([dims, tables]) => {
    const names = dims
      .split(',')
      .map((d) => (lang === 'ru' ? `«${dimensionName(d).ru}»` : `“${dimensionName(d).en}”`));
    return t('coverage.unfiltered', {
      files: filesText(tables, lang, t),
      dims: new Intl.ListFormat(INTL_LOCALE[lang], { type: 'disjunction' }).format(names),
    });
  });
}

/**
 * The lines under a table computed on partial data: which figures have none and the file that
 * would give them (grouped by file), then what stands in for the missing levers.
 */
export function renderCoverage(tree: FormulaTree, coverage: Coverage, lang: Lang, t: Translate): string[] {
  const groups = new Map<string, { tables: DataTable[]; nodes: string[] }>();
  for (const [id, tables] of Object.entries(coverage.needs)) {
    const key = tables.join(',');
    if (!groups.has(key)) groups.set(key, { tables, nodes: [] });
    groups.get(key)!.nodes.push(id);
  }
  const lines = [...groups.values()].map((g) =>
    t('coverage.missing', {
      nodes: g.nodes.map((id) => labelOf(tree, id, lang)).join(', '),
      files: filesText(g.tables, lang, t),
      commands: g.tables.map((table) => t('coverage.command', { table })).join(', '),
    }),
  );
  for (const line of unfilteredLines(coverage, lang, t)) lines.push(line);
  for (const [standIn, replaced] of Object.entries(coverage.standIns)) {
    lines.push(
      // In a sentence the stand-in is named by its label («Покупатели»), not «Покупатели (buyers)».
      t('coverage.standIn', {
        standIn: tree.nodes.find((n) => n.id === standIn)?.label[lang] ?? standIn,
        replaced: replaced.join(' × '),
      }),
    );
  }
  return lines;
}
