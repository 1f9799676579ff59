import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import type { ConstraintResult, LeversResult, Meta } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { analysisQuery } from '../../app/analysis-query.ts';
import { nodeLabel } from '../../app/label.ts';
import { treeOf } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import { effectsEqual, leverEffects, tornadoOption } from '../../charts/tornado-option.ts';
import { AnalysisControls } from '../../components/analysis-controls.tsx';
import { EmptySlice } from '../../components/empty-slice.tsx';
import { TermsLine } from '../../components/term.tsx';
import { CoverageNotice } from '../../components/coverage-notice.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { NextStepNote } from '../../components/next-step-note.tsx';
import { Panel } from '../../components/panel.tsx';
import { formatChangePct, formatRatio } from '../../format/format.ts';
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
    valid
      ? (signal) => api<LeversResult>('/levers', { query: analysisQuery(params, { step }), signal })
      : null,
    [params.model, params.period, params.filters.join(';'), step],
  );
  // Which lever and where: the key constraint along the Constraint page's default dimension.
  const by = meta.dimensions.includes('store') ? 'store' : (meta.dimensions[0] ?? '');
  const next = useAsync(
    by
      ? (signal) => api<ConstraintResult>('/constraint', { query: analysisQuery(params, { by }), signal })
      : null,
    [params.model, params.period, params.filters.join(';'), by],
  );
  const stepLabel = formatRatio((step ?? 0) / 100, lang, 1);
  const effects = useMemo(
    () =>
      res.data
        ? leverEffects(res.data.rows, res.data.base.profit !== null, (l) => nodeLabel(tree, l, lang))
        : null,
    [res.data, tree, lang],
  );
  const option = useMemo(() => {
    if (!effects) return null;
    return tornadoOption(
      effects.rows,
      t(effects.measure === 'profit' ? 'levers.tornadoProfit' : 'levers.tornadoRevenue', { step: stepLabel }),
      (v) => formatChangePct(v, lang, 1),
    );
  }, [effects, stepLabel, lang, t]);
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
          <Panel title={t('levers.tornado', { step: stepLabel })}>
            {option ? (
              <Chart option={option} height={320} label={t('levers.tornado', { step: stepLabel })} />
            ) : null}
            {effects && effectsEqual(effects.rows) ? (
              <p className="muted small" data-testid="tornado-equal">
                {t('levers.tornadoEqual', { step: stepLabel })}
              </p>
            ) : null}
          </Panel>
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
