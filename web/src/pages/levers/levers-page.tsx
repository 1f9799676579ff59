import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Meta } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { analysisQuery } from '../../app/analysis-query.ts';
import { nodeLabel } from '../../app/label.ts';
import { treeOf } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import { STEP_COLOR, tornadoHeight, tornadoOption, tornadoRows } from '../../charts/tornado-option.ts';
import { AnalysisControls } from '../../components/analysis-controls.tsx';
import { EmptySlice } from '../../components/empty-slice.tsx';
import { TermsLine } from '../../components/term.tsx';
import { CoverageNotice } from '../../components/coverage-notice.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { NextStepNote } from '../../components/next-step-note.tsx';
import { Panel } from '../../components/panel.tsx';
import { formatMoneyCompact, formatRatio } from '../../format/format.ts';
import { parseNumber } from '../../format/parse.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LeversTable } from './levers-table.tsx';
import { ExportButton } from '../../components/export-button.tsx';

function LeversView({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params } = useAnalysisParams();
  const tree = treeOf(meta, params.model);
  const [stepText, setStepText] = useState('20');
  const step = parseNumber(stepText);
  const valid = step !== null && step > 0 && step <= 1000;
  const res = useAsync(
    valid ? (signal) => api('GET /api/levers', { query: analysisQuery(params, { step }), signal }) : null,
    [params.model, params.period, params.filters.join(';'), step],
  );
  // Which lever and where: the key constraint along the Constraint page's default dimension.
  const by = meta.dimensions.includes('store') ? 'store' : (meta.dimensions[0] ?? '');
  const next = useAsync(
    by ? (signal) => api('GET /api/constraint', { query: analysisQuery(params, { by }), signal }) : null,
    [params.model, params.period, params.filters.join(';'), by],
  );
  const stepLabel = formatRatio((step ?? 0) / 100, lang, 1);
  const bench = res.data?.benchmark ?? null;
  // Per lever, what raising it to the benchmark of the default slice is worth, beside +step (the
  // service computes both; equal +step bars are one 'any one lever' bar).
  const rows = useMemo(
    () =>
      bench
        ? tornadoRows(bench, {
            lever: (l) => nodeLabel(tree, l, lang),
            any: t('levers.tornadoAny', { step: stepLabel }),
            all: t('levers.tornadoAll', { step: stepLabel }),
            each: (l) => t('levers.tornadoEach', { step: stepLabel, lever: nodeLabel(tree, l, lang) }),
          })
        : null,
    [bench, tree, lang, t, stepLabel],
  );
  const charts = useMemo(() => {
    if (!bench || !rows) return null;
    const measure = t(bench.measure === 'profit' ? 'levers.measureProfit' : 'levers.measureRevenue');
    const fmt = (v: number) => formatMoneyCompact(v, lang);
    const benchTitle = t('levers.tornadoBenchmark', { measure, by: bench.byLabel[lang] });
    const stepTitle = t('levers.tornadoStep', { measure, step: stepLabel });
    return [
      {
        id: 'benchmark',
        title: benchTitle,
        n: rows.benchmark.length,
        option: tornadoOption(rows.benchmark, benchTitle, fmt),
      },
      {
        id: 'step',
        title: stepTitle,
        n: rows.step.length,
        option: tornadoOption(rows.step, stepTitle, fmt, STEP_COLOR),
      },
    ];
  }, [bench, rows, stepLabel, lang, t]);
  return (
    <>
      <AnalysisControls meta={meta} />
      <div className="controls">
        <label className="field">
          <span>{t('levers.step')}</span>
          <input
            name="step"
            inputMode="decimal"
            value={stepText}
            onChange={(e) => setStepText(e.target.value)}
            aria-invalid={!valid}
            size={6}
          />
        </label>
      </div>
      <ExportButton analysis="levers" query={analysisQuery(params, { step })} />
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      <TermsLine ids={['lever', 'keyConstraint']} />
      <EmptySlice notice={res.data?.empty} />
      {res.data && !res.data.empty && tree ? (
        <>
          <Panel title={t('levers.title', { step: stepLabel })}>
            <LeversTable tree={tree} result={res.data} />
            <CoverageNotice tree={tree} coverage={res.data.coverage} only={tree.levers} />
            {res.data.base.profit !== null ? <p className="muted small">{t('levers.leverage')}</p> : null}
            {next.data?.nextStep ? <NextStepNote step={next.data.nextStep} source /> : null}
          </Panel>
          {bench && charts ? (
            <Panel title={t('levers.tornado')}>
              {charts.map((c) => (
                <div key={c.id} data-testid={`levers-tornado-${c.id}`}>
                  <p className="small">{c.title}</p>
                  <Chart option={c.option} height={tornadoHeight(c.n)} label={c.title} />
                </div>
              ))}
              {bench.noData.length ? (
                <p className="muted small" data-testid="tornado-no-data">
                  {t('levers.tornadoNoData', { levers: bench.noData.join(', '), by: bench.byLabel[lang] })}
                </p>
              ) : null}
              <p className="muted small">{t('levers.tornadoNote', { step: stepLabel })}</p>
            </Panel>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** The 20-20-20-20 table: each lever raised by a step, then all together, for revenue and profit. */
export function LeversPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('nav.levers')}</h1>
      <MetaGate>{(meta) => <LeversView meta={meta} />}</MetaGate>
    </>
  );
}
