import type { FormulaTree } from '../../core/formula/index.ts';
import { INTL_LOCALE, type Lang, type Translate } from '../../i18n/index.ts';
import type { Coverage, DataTable } from '../../services/index.ts';

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
  for (const [standIn, replaced] of Object.entries(coverage.standIns)) {
    lines.push(
      t('coverage.standIn', { standIn: labelOf(tree, standIn, lang), replaced: replaced.join(' × ') }),
    );
  }
  return lines;
}
