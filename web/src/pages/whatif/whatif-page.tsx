import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { FormulaTree, Meta, WhatIfResult } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { nodeLabel } from '../../app/label.ts';
import { treeOf } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { AnalysisControls } from '../../components/analysis-controls.tsx';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { Panel } from '../../components/panel.tsx';
import { formatChangePct, formatMoney } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { GoalSeek } from './goal-seek.tsx';
import { fromInput, toInput } from './lever-input.ts';
import './whatif.css';

/**
 * Typed lever values and costs as raw numbers; null when a lever is not a number or a cost is
 * neither a number nor empty. An empty cost is left out: the API reads it from the period's data,
 * or names it as what profit still needs.
 */
function valuesOf(
  tree: FormulaTree,
  costIds: readonly string[],
  inputs: Record<string, string>,
): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const l of tree.levers) {
    const unit = tree.nodes.find((n) => n.id === l)?.unit ?? 'number';
    const v = fromInput(inputs[l] ?? '', unit);
    if (v === null) return null;
    out[l] = v;
  }
  for (const c of costIds) {
    const text = (inputs[c] ?? '').trim();
    if (text === '') continue;
    const v = fromInput(text, 'money');
    if (v === null) return null;
    out[c] = v;
  }
  return out;
}

function WhatIfView({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params } = useAnalysisParams();
  const tree = treeOf(meta, params.model);
  // The period's own values: the starting point and the yardstick of every scenario.
  const base = useAsync(
    (signal) =>
      api('POST /api/whatif', {
        body: { model: params.model, period: params.period || undefined, filter: params.filters },
        signal,
      }),
    [params.model, params.period, params.filters.join(';')],
  );
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [scenario, setScenario] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Inputs that are no lever (spend, SG&A, other costs in the profit model): profit needs them.
  const costs = base.data?.costs ?? [];
  const costIds = costs.map((c) => c.id);
  const fill = () => {
    if (!base.data || !tree) return;
    const next: Record<string, string> = {};
    for (const l of tree.levers) {
      const unit = tree.nodes.find((n) => n.id === l)?.unit ?? 'number';
      const v = base.data.values[l];
      // A lever the data has no value for (null) starts empty: the user types one.
      next[l] = v === undefined || v === null ? '' : toInput(v, unit, lang);
    }
    for (const c of base.data.costs ?? [])
      next[c.id] = c.value === null ? '' : toInput(c.value, 'money', lang);
    setInputs(next);
    setScenario(null);
  };
  // Refill when new data arrives or the language changes the decimal mark: adjusted while
  // rendering (React's "storing information from previous renders"), not by an effect after it.
  const [filledFor, setFilledFor] = useState<{ data: typeof base.data; lang: typeof lang } | null>(null);
  if (filledFor?.data !== base.data || filledFor.lang !== lang) {
    setFilledFor({ data: base.data, lang });
    fill();
  }
  if (!tree) return null;
  const values = valuesOf(tree, costIds, inputs);
  const names = (ids: readonly string[]) => ids.map((id) => nodeLabel(tree, id, lang)).join(', ');
  const calc = async () => {
    if (!values) return; // the button is disabled then
    setError(null);
    try {
      setScenario(await api('POST /api/whatif', { body: { model: params.model, values } }));
    } catch (e) {
      setError(e);
    }
  };
  const shown = scenario ?? base.data;
  const pct = (a: number | null | undefined, b: number | null | undefined) =>
    a == null || b == null || b === 0 ? null : ((a - b) / Math.abs(b)) * 100;
  return (
    <>
      <AnalysisControls meta={meta} />
      {base.loading && !base.data ? <Loading /> : null}
      {base.error ? <ErrorBox error={base.error} onRetry={base.reload} /> : null}
      {base.data ? (
        <div className="grid-2">
          <Panel title={t('whatif.levers')}>
            <p className="muted small">{t('whatif.hint')}</p>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void calc();
              }}
            >
              <div className="controls">
                {tree.levers.map((l) => {
                  const unit = tree.nodes.find((n) => n.id === l)?.unit;
                  return (
                    <label key={l} className="field">
                      <span>
                        {nodeLabel(tree, l, lang)} ({l}
                        {unit === 'ratio' ? ', %' : unit === 'money' ? ', ₽' : ''})
                      </span>
                      <input
                        name={l}
                        inputMode="decimal"
                        size={10}
                        value={inputs[l] ?? ''}
                        aria-invalid={fromInput(inputs[l] ?? '', unit ?? 'number') === null}
                        onChange={(e) => setInputs((s) => ({ ...s, [l]: e.target.value }))}
                      />
                    </label>
                  );
                })}
              </div>
              {costs.length > 0 ? (
                <fieldset className="whatif-costs" data-testid="whatif-costs">
                  <legend>{t('whatif.costs')}</legend>
                  <p className="muted small">
                    {costs.some((c) => c.value === null)
                      ? t('whatif.costsHintNone')
                      : t('whatif.costsHint', { period: base.data.costsPeriod?.label ?? '' })}
                  </p>
                  <div className="controls">
                    {costs.map((c) => (
                      <label key={c.id} className="field">
                        <span>
                          {nodeLabel(tree, c.id, lang)} ({c.id}, ₽)
                        </span>
                        <input
                          name={c.id}
                          inputMode="decimal"
                          size={14}
                          value={inputs[c.id] ?? ''}
                          placeholder={c.value === null ? t('whatif.costNoData') : undefined}
                          aria-invalid={
                            (inputs[c.id] ?? '').trim() !== '' &&
                            fromInput(inputs[c.id] ?? '', 'money') === null
                          }
                          onChange={(e) => setInputs((s) => ({ ...s, [c.id]: e.target.value }))}
                        />
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              <div className="actions">
                <button type="submit" className="btn btn-primary" disabled={!values}>
                  {t('common.calc')}
                </button>
                <button type="button" className="btn" onClick={fill}>
                  {t('whatif.reset')}
                </button>
              </div>
            </form>
            {error ? <ErrorBox error={error} /> : null}
          </Panel>
          <Panel title={t('whatif.result')}>
            <div className="figures" data-testid="whatif-result">
              <div className="figure">
                <span>{t('formula.revenue')}</span>
                <strong data-testid="whatif-revenue">{formatMoney(shown?.revenue ?? null, lang)}</strong>
                {scenario ? (
                  <span className="delta">
                    {t('whatif.vsData', {
                      change: formatChangePct(pct(scenario.revenue, base.data.revenue), lang),
                    })}
                  </span>
                ) : null}
              </div>
              <div className="figure">
                <span>{t('formula.profit')}</span>
                <strong data-testid="whatif-profit">
                  {shown?.profit != null
                    ? formatMoney(shown.profit, lang)
                    : tree.profit
                      ? formatMoney(null, lang)
                      : t('whatif.noProfit')}
                </strong>
                {shown?.profit == null && shown?.profitMissing?.length ? (
                  <span className="delta" data-testid="whatif-profit-missing">
                    {t('whatif.needCosts', { names: names(shown.profitMissing) })}
                  </span>
                ) : null}
                {scenario && scenario.profit != null ? (
                  <span className="delta">
                    {t('whatif.vsData', {
                      change: formatChangePct(pct(scenario.profit, base.data.profit), lang),
                    })}
                  </span>
                ) : null}
              </div>
            </div>
            <GoalSeek tree={tree} model={params.model} values={values} />
          </Panel>
        </div>
      ) : null}
    </>
  );
}

/** Lever values in, revenue and profit out; and the goal seek back from a target. */
export function WhatIfPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('whatif.title')}</h1>
      <MetaGate>{(meta) => <WhatIfView meta={meta} />}</MetaGate>
    </>
  );
}
