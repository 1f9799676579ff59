import type { Coverage, DataTable, FormulaTree } from '../api/types.ts';
import { filesText, unfilteredLines } from '../app/coverage.ts';
import { nodeLabel } from '../app/label.ts';
import { hrefOf } from '../app/route.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Says which figures the loaded data cannot give and which file would («Лиды (L), Конверсия (C):
 * нет данных — загрузите лиды»), and what stands in for the missing levers meanwhile.
 * `only` limits it to some nodes (the levers, on the Levers page). Nothing when all is there.
 */
export function CoverageNotice({
  tree,
  coverage,
  only,
}: {
  tree: FormulaTree;
  coverage: Coverage | undefined;
  only?: readonly string[];
}) {
  const { t, lang } = useI18n();
  if (!coverage) return null;
  const groups = new Map<string, { tables: DataTable[]; nodes: string[] }>();
  for (const [id, tables] of Object.entries(coverage.needs)) {
    if (only && !only.includes(id)) continue;
    const key = tables.join(',');
    if (!groups.has(key)) groups.set(key, { tables, nodes: [] });
    groups.get(key)!.nodes.push(id);
  }
  const standIns = Object.entries(coverage.standIns);
  const unfiltered = unfilteredLines(coverage, lang, t);
  if (groups.size === 0 && standIns.length === 0 && unfiltered.length === 0) return null;
  // A lever keeps its symbol («Лиды (L)», as the formula writes it); other nodes are named by their
  // label alone — «Прибыль», never «Прибыль (profit)» in the Russian UI.
  const label = (id: string) =>
    tree.levers.includes(id) ? `${nodeLabel(tree, id, lang)} (${id})` : nodeLabel(tree, id, lang);
  return (
    <div className="notice notice-warn" data-testid="coverage-notice">
      {[...groups.values()].map((g) => (
        <p key={g.tables.join(',')}>
          {t('coverage.missing', {
            nodes: g.nodes.map(label).join(', '),
            files: filesText(g.tables, lang, t),
          })}
        </p>
      ))}
      {unfiltered.map((line) => (
        <p key={line} data-testid="coverage-unfiltered">
          {line}
        </p>
      ))}
      {standIns.map(([standIn, replaced]) => (
        <p key={standIn}>
          {t('coverage.standIn', { standIn: nodeLabel(tree, standIn, lang), replaced: replaced.join(' × ') })}
        </p>
      ))}
      {groups.size > 0 ? (
        <p>
          <a className="btn" href={hrefOf('data')}>
            {t('coverage.goToData')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
