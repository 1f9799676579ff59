import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Meta } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { analysisQuery } from '../../app/analysis-query.ts';
import { treeOf } from '../../app/meta.tsx';
import { coveredTree } from '../../app/coverage.ts';
import { dimensionLabel } from '../../app/dimension-label.ts';
import { useAsync } from '../../app/use-async.ts';
import { AnalysisControls } from '../../components/analysis-controls.tsx';
import { EmptySlice } from '../../components/empty-slice.tsx';
import { CoverageNotice } from '../../components/coverage-notice.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { Panel } from '../../components/panel.tsx';
import { formatPeriod } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ComparePanel } from './compare-panel.tsx';
import { KeyFigures } from './key-figures.tsx';
import { LeverTree } from './lever-tree.tsx';
import { NodeExplain } from './node-explain.tsx';
import { SegmentsTable } from './segments-table.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { TrendPanel } from './trend-panel.tsx';

function FormulaView({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params } = useAnalysisParams();
  const tree = treeOf(meta, params.model);
  const [selected, setSelected] = useState<string | null>(null);
  const res = useAsync(
    (signal) =>
      api('GET /api/formula', {
        query: analysisQuery(params, { by: params.by, explain: true }),
        signal,
      }),
    [params.model, params.period, params.filters.join(';'), params.by, lang],
  );
  if (!tree) return null;
  const data = res.data;
  return (
    <>
      <AnalysisControls meta={meta} slice />
      <ExportButton analysis="formula" query={analysisQuery(params, { by: params.by })} />
      {res.loading && !data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      <EmptySlice notice={data?.empty} />
      {data && !data.empty ? (
        <>
          <KeyFigures result={data} />
          <Panel title={`${t('formula.tree')} · ${formatPeriod(data.period.label, lang)}`}>
            {data.revenueSource === 'data' ? (
              <p className="notice notice-warn">{t('formula.fromData')}</p>
            ) : null}
            <CoverageNotice
              tree={tree}
              coverage={data.coverage}
              only={[...tree.levers, tree.revenue, ...(tree.profit ? [tree.profit] : [])]}
            />
            <div className="tree-layout">
              <LeverTree
                tree={tree}
                values={data.nodes}
                selected={selected}
                onSelect={setSelected}
                coverage={data.coverage}
              />
              <NodeExplain tree={tree} id={selected} explain={data.explain} />
            </div>
          </Panel>
          {data.segments?.length ? (
            <Panel
              title={t('formula.segments', {
                by: (data.by ?? []).map((d) => dimensionLabel(d, t)).join(', '),
              })}
            >
              <SegmentsTable
                tree={coveredTree(tree, data.coverage)}
                segments={data.segments}
                symbols={tree.levers}
              />
            </Panel>
          ) : null}
        </>
      ) : null}
      <TrendPanel meta={meta} tree={tree} />
      <ComparePanel meta={meta} tree={tree} />
    </>
  );
}

/** The lever tree for a period, filter and slice, and the comparison of two periods. */
export function FormulaPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('formula.title')}</h1>
      <MetaGate>{(meta) => <FormulaView meta={meta} />}</MetaGate>
    </>
  );
}
