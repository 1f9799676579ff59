import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import type { FormulaTree, Meta, Split } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { analysisQuery } from '../../app/analysis-query.ts';
import { periodText } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import { waterfallOption } from '../../charts/waterfall-option.ts';
import { EmptySlice } from '../../components/empty-slice.tsx';
import { TermsLine } from '../../components/term.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { PeriodInput } from '../../components/period-input.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatMoneyCompact, formatMoneyChange, formatPeriod } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ContributionsTable } from './contributions-table.tsx';
import { ExportButton } from '../../components/export-button.tsx';
import { coveredTree, filesText } from '../../app/coverage.ts';
import { nodeLabel } from '../../app/label.ts';
import { CoverageNotice } from '../../components/coverage-notice.tsx';

type Target = 'revenue' | 'profit';

/** Two periods side by side: the change of revenue (or profit) split exactly among the levers. */
export function ComparePanel({ meta, tree: full }: { meta: Meta; tree: FormulaTree }) {
  const { t, lang } = useI18n();
  const { params, set } = useAnalysisParams();
  const [method, setMethod] = useState('lmdi');
  const [target, setTarget] = useState<Target>('revenue');
  const compare = params.compare || periodText(meta.defaults?.compare);
  const res = useAsync(
    (signal) =>
      api('GET /api/compare', {
        query: analysisQuery(params, { compare, method, explain: true }),
        signal,
      }),
    [params.model, params.period, params.filters.join(';'), compare, method, lang],
  );
  const split: Split | undefined = target === 'profit' ? res.data?.profit : (res.data ?? undefined);
  // The tree the split used: buyers in place of L × C when no leads were imported.
  const tree = useMemo(() => coveredTree(full, res.data?.coverage), [full, res.data]);
  const option = useMemo(() => {
    if (!res.data || !split || split.error || split.before === null || split.after === null) return null;
    const keys = [
      ...tree.levers,
      ...Object.keys(split.contributions).filter((k) => !tree.levers.includes(k)),
    ];
    return waterfallOption(
      [
        { name: t('compare.before'), value: split.before, total: true },
        ...keys
          .filter((k) => split.contributions[k] !== undefined)
          .map((k) => ({
            name: nodeLabel(tree, k, lang),
            value: split.exact?.[k] ?? split.contributions[k] ?? 0,
          })),
        { name: t('compare.after'), value: split.after, total: true },
      ],
      (v) => formatMoneyChange(v, lang),
      (v) => formatMoneyCompact(v, lang),
    );
  }, [res.data, split, tree, lang, t]);

  return (
    <Panel
      title={t('compare.title')}
      actions={
        <Segmented<Target>
          label={t('compare.title')}
          value={target}
          onChange={setTarget}
          options={[
            { value: 'revenue', label: t('compare.showRevenue') },
            { value: 'profit', label: t('compare.showProfit'), disabled: tree.profit === undefined },
          ]}
        />
      }
    >
      <div className="controls">
        <PeriodInput
          label={t('controls.comparePeriod')}
          testId="compare-period"
          value={compare}
          onChange={(c) => set({ compare: c })}
        />
        <SelectField
          label={t('controls.method')}
          value={method}
          onChange={setMethod}
          options={[
            { value: 'lmdi', label: t('method.lmdi') },
            { value: 'chain', label: t('method.chain') },
          ]}
        />
      </div>
      <ExportButton analysis="compare" query={analysisQuery(params, { compare, method })} />
      {res.loading ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data && !split && !res.data.empty ? <p className="muted">{t('compare.noProfit')}</p> : null}
      <TermsLine ids={['lmdi', 'chain', 'lever']} />
      <EmptySlice notice={res.data?.empty} />
      {res.data && split && !res.data.empty ? (
        <div data-testid="compare-result">
          <p className="muted">
            {formatPeriod(res.data.periods.before.label, lang)} →{' '}
            {formatPeriod(res.data.periods.after.label, lang)}
          </p>
          {split.error && split.needs?.length ? (
            <div className="notice notice-warn" data-testid="compare-needs">
              {t('coverage.cannotSplit', {
                target: nodeLabel(tree, split.target ?? '', lang),
                files: filesText(split.needs, lang, t),
              })}
            </div>
          ) : split.error ? (
            <div className="notice notice-warn">{t('compare.cannotSplit', { reason: split.error })}</div>
          ) : null}
          {target === 'revenue' ? (
            <CoverageNotice tree={full} coverage={res.data.coverage} only={full.levers} />
          ) : null}
          {option ? <Chart option={option} height={300} label={t('compare.waterfall')} /> : null}
          <ContributionsTable tree={tree} split={split} symbols={full.levers} />
          {split.explain?.length ? (
            <ul className="sentences" data-testid="compare-explain">
              {split.explain.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
