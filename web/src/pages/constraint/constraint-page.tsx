import { api } from '../../api/client.ts';
import type { Meta } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { analysisQuery } from '../../app/analysis-query.ts';
import { nodeLabel } from '../../app/label.ts';
import { treeOf } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { AnalysisControls } from '../../components/analysis-controls.tsx';
import { EmptySlice } from '../../components/empty-slice.tsx';
import { TermsLine } from '../../components/term.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { NextStepNote } from '../../components/next-step-note.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatMoney } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { dimensionLabel } from '../../app/filters.ts';
import { useDimensions } from '../../app/use-dimensions.ts';
import { LeverPotentialCard } from './lever-potential-card.tsx';
import { StagesCalculator } from './stages-calculator.tsx';
import { ExportButton } from '../../components/export-button.tsx';

function ConstraintView({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params, set } = useAnalysisParams();
  const dimensions = useDimensions();
  const tree = treeOf(meta, params.model);
  // The constraint needs segments: fall back to the first dimension when no slice is chosen.
  // Stores are what owners compare first; otherwise the first dimension the data has.
  const by = params.by || (meta.dimensions.includes('store') ? 'store' : (meta.dimensions[0] ?? ''));
  const res = useAsync(
    by ? (signal) => api('GET /api/constraint', { query: analysisQuery(params, { by }), signal }) : null,
    [params.model, params.period, params.filters.join(';'), by],
  );
  const data = res.data;
  const top = data?.levers.reduce((m, l) => Math.max(m, l.potential), 0) ?? 0;
  return (
    <>
      <AnalysisControls meta={meta} />
      <div className="controls">
        <SelectField
          label={t('constraint.dimension')}
          name="dimension"
          value={by}
          options={meta.dimensions.map((d) => ({ value: d, label: dimensionLabel(d, lang, dimensions) }))}
          onChange={(v) => set({ by: v })}
        />
      </div>
      {!by ? <p className="muted">{t('constraint.pick')}</p> : null}
      <ExportButton analysis="constraint" query={analysisQuery(params, { by })} />
      {res.loading && !data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      <TermsLine ids={['keyConstraint', 'lever']} />
      <EmptySlice notice={data?.empty} />
      {data && !data.empty ? (
        <Panel title={t('constraint.title')}>
          {data.key ? (
            <div className="notice notice-warn" data-testid="key-constraint">
              <strong>
                {t('constraint.key', { lever: `${nodeLabel(tree, data.key, lang)} (${data.key})` })}
              </strong>
              <p>
                {t('constraint.keyHint', {
                  gain: formatMoney(
                    data.levers.find((l) => l.lever === data.key)?.potential ?? null,
                    lang,
                    0,
                  ),
                })}
              </p>
            </div>
          ) : (
            <p className="notice">{t('constraint.keyNone')}</p>
          )}
          {data.nextStep ? <NextStepNote step={data.nextStep} /> : null}
          <p className="muted small">
            {t('constraint.segmentsCount', { n: data.segments })}
            {data.noData.length
              ? ' · ' +
                t('constraint.noData', {
                  levers: data.noData.map((l) => nodeLabel(tree, l, lang)).join(', '),
                })
              : ''}
          </p>
          {data.levers.map((l) => (
            <LeverPotentialCard key={l.lever} tree={tree} lever={l} isKey={l.lever === data.key} top={top} />
          ))}
        </Panel>
      ) : null}
    </>
  );
}

/** The key constraint along a dimension, and the theory-of-constraints stage calculator. */
export function ConstraintPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('constraint.title')}</h1>
      <MetaGate>{(meta) => <ConstraintView meta={meta} />}</MetaGate>
      <StagesCalculator />
    </>
  );
}
