import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import {
  funnelColour,
  funnelSankeyOption,
  OTHER_COLOUR,
  sankeyValueNodes,
  type SankeyFlow,
} from '../../charts/funnel-sankey-option.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatMoney, formatNumber, formatRatio } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { api } from '../../api/client.ts';
import type { FunnelStep, FunnelValue } from '../../api/types.ts';
import './funnel.css';
import { heatStyle, isHot } from './heat.ts';
import { ExportButton } from '../../components/export-button.tsx';

const STEP_CHOICES = ['2', '3', '4'] as const;
/** Values per purchase the chart draws; the rest are merged by the server into "Прочие" / "Other". */
const CHART_TOP = 8;
type StepChoice = (typeof STEP_CHOICES)[number];

/** True on a phone-sized screen, where the Sankey chart drops its labels for a legend. */
function useNarrow(): boolean {
  const query = '(max-width: 600px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return narrow;
}

/** Every value seen at any step, in the first step's order (most customers first). */
function allValues(purchases: readonly FunnelStep[]): (string | null)[] {
  const seen: (string | null)[] = [];
  for (const p of purchases) for (const v of p.values) if (!seen.includes(v.value)) seen.push(v.value);
  return seen;
}

/**
 * The product funnel (продуктовая воронка): what customers buy at their first, second, third
 * purchase with shares and average checks, the flows between purchases as a Sankey chart, and
 * the transition shares after a chosen purchase as a table.
 */
export function FunnelView({ dimensions }: { dimensions: readonly string[] }) {
  const { t, lang } = useI18n();
  const narrow = useNarrow();
  const [dim, setDim] = useState(() =>
    dimensions.includes('category') ? 'category' : (dimensions[0] ?? 'category'),
  );
  const [steps, setSteps] = useState<StepChoice>('3');
  const [from, setFrom] = useState(1);
  // The tables list every value; the chart asks for the top values with the tail merged, or a
  // funnel by product would draw hundreds of nodes. Both read one memoized scan on the server.
  const res = useAsync(
    (signal) => api('GET /api/customers/funnel', { query: { dim, steps }, signal }),
    [dim, steps],
  );
  const grouped = useAsync(
    (signal) => api('GET /api/customers/funnel', { query: { dim, steps, top: CHART_TOP }, signal }),
    [dim, steps],
  );
  const data = res.data;
  const chart = grouped.data;
  const none = t('funnel.none');
  const name = useCallback((v: string | null) => v ?? none, [none]);
  const values = useMemo(() => (data ? allValues(data.purchases) : []), [data]);
  const colourOf = useCallback(
    (v: string | null) =>
      chart?.other && v === chart.other.label ? OTHER_COLOUR : funnelColour(values.map(name), name(v)),
    [values, name, chart],
  );
  // The merged tail last, below values that only later purchases reach, in every column and the legend.
  const chartValues = useMemo(() => {
    if (!chart) return [];
    const seen = allValues(chart.purchases);
    const other = chart.other?.label;
    return other === undefined ? seen : [...seen.filter((v) => v !== other), other];
  }, [chart]);
  const flows = useMemo(
    (): SankeyFlow[] =>
      chart
        ? chart.transitions.map((f) => ({
            step: f.step,
            from: name(f.from),
            to: f.stopped ? null : name(f.to),
            customers: f.customers,
            share: f.share,
          }))
        : [],
    [chart, name],
  );
  const option = useMemo(() => {
    if (!chart) return null;
    return funnelSankeyOption(
      flows,
      chartValues.map(name),
      {
        stopped: t('funnel.stopped'),
        flow: (a, b, customers, share) =>
          t('funnel.flowTip', {
            from: a,
            to: b,
            customers: formatNumber(customers, lang, 0),
            share: formatRatio(share, lang, 1),
          }),
        node: (n, value, customers) =>
          t('funnel.nodeTip', { n, value, customers: formatNumber(customers, lang, 0) }),
      },
      narrow,
      (v) => colourOf(chartValues.find((x) => name(x) === v) ?? v),
    );
  }, [chart, flows, chartValues, name, colourOf, t, lang, narrow]);

  const purchases = data?.purchases ?? [];
  const last = purchases.length;
  const step = Math.min(from, Math.max(1, last - 1));
  const cell = (p: FunnelStep, v: string | null): FunnelValue | undefined =>
    p.values.find((x) => x.value === v);
  const money = (v: number | null | undefined) => formatMoney(v ?? null, lang, 0);
  const pct = (v: number | null | undefined) => formatRatio(v ?? null, lang, 1);

  const stepsTable = (
    <div className="heat-table">
      <TableScroll label={t('funnel.title')}>
        <thead>
          <tr>
            <th rowSpan={2}>{t('funnel.value')}</th>
            {purchases.map((p) => (
              <th key={p.step} colSpan={p.step < last ? 3 : 2} className="num step-head">
                {t('funnel.purchase', { n: p.step })}
              </th>
            ))}
          </tr>
          <tr>
            {purchases.flatMap((p) => [
              <th key={`${p.step}s`} className="num">
                {t('funnel.share')}
              </th>,
              <th key={`${p.step}c`} className="num">
                {t('funnel.avgCheck')}
              </th>,
              ...(p.step < last
                ? [
                    <th key={`${p.step}n`} className="num">
                      {t('funnel.continued')}
                    </th>,
                  ]
                : []),
            ])}
          </tr>
        </thead>
        <tbody data-testid="funnel-steps">
          <tr className="total">
            <th scope="row">{t('funnel.all')}</th>
            {purchases.flatMap((p, i) => {
              const next = purchases[i + 1];
              return [
                <td key={`${p.step}s`} className="num">
                  {pct(p.reachedShare)}
                </td>,
                <td key={`${p.step}c`} className="num">
                  {money(p.averageCheck)}
                </td>,
                ...(next
                  ? [
                      <td key={`${p.step}n`} className="num">
                        {pct(p.customers > 0 ? next.customers / p.customers : null)}
                      </td>,
                    ]
                  : []),
              ];
            })}
          </tr>
          {values.map((v) => (
            <tr key={v ?? '\u0000'} data-value={v ?? ''}>
              <th scope="row">
                <span className="swatch" style={{ background: colourOf(v) }} />
                {name(v)}
              </th>
              {purchases.flatMap((p) => {
                const c = cell(p, v);
                return [
                  <td key={`${p.step}s`} className="num">
                    {pct(c?.share ?? 0)}
                  </td>,
                  <td key={`${p.step}c`} className="num">
                    {money(c?.averageCheck)}
                  </td>,
                  ...(p.step < last
                    ? [
                        <td key={`${p.step}n`} className="num">
                          {pct(c?.continuedShare)}
                        </td>,
                      ]
                    : []),
                ];
              })}
            </tr>
          ))}
        </tbody>
      </TableScroll>
    </div>
  );

  const moves = data ? data.transitions.filter((x) => x.step === step) : [];
  const targets = [
    ...values.map((v) => ({ key: name(v), value: v, stopped: false })),
    { key: '', value: null, stopped: true },
  ];
  const matrix = (
    <div className="heat-table">
      <TableScroll label={t('funnel.matrix', { n: step })}>
        <thead>
          <tr>
            <th>{t('funnel.fromTo')}</th>
            {targets.map((c) => (
              <th key={c.stopped ? '\u0000' : c.key} className="num">
                {c.stopped ? t('funnel.stopped') : c.key}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="heat" data-testid="funnel-matrix">
          {values
            .filter((v) => moves.some((m) => m.from === v))
            .map((v) => (
              <tr key={v ?? '\u0000'}>
                <th scope="row">{name(v)}</th>
                {targets.map((c) => {
                  const m = moves.find(
                    (x) => x.from === v && x.stopped === c.stopped && (c.stopped || x.to === c.value),
                  );
                  const share = m?.share ?? 0;
                  // Scale on the strongest move, or the big "stopped" column would wash out the rest.
                  const s = c.stopped
                    ? 0
                    : share / Math.max(1e-9, ...moves.filter((x) => !x.stopped).map((x) => x.share));
                  return (
                    <td
                      key={c.stopped ? '\u0000' : c.key}
                      className={`num${isHot(s) ? ' hot' : ''}${c.stopped ? ' stopped' : ''}`}
                      style={heatStyle(s)}
                      title={m ? `${formatNumber(m.customers, lang, 0)}` : undefined}
                    >
                      {pct(share)}
                      {m && m.nextAverageCheck !== null ? <small>{money(m.nextAverageCheck)}</small> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </TableScroll>
    </div>
  );

  return (
    <>
      <ExportButton analysis="funnel" query={{ dim, steps }} />
      <div className="controls">
        <SelectField
          label={t('funnel.dim')}
          name="dim"
          value={dim}
          onChange={setDim}
          options={dimensions.map((d) => ({ value: d, label: d }))}
        />
        <label className="field">
          <span>{t('funnel.steps')}</span>
          <Segmented
            label={t('funnel.steps')}
            value={steps}
            onChange={setSteps}
            options={STEP_CHOICES.map((s) => ({ value: s, label: s }))}
          />
        </label>
      </div>
      {res.loading && !data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {grouped.error && !res.error ? <ErrorBox error={grouped.error} onRetry={grouped.reload} /> : null}
      {data && data.customers === 0 ? <p className="muted">{t('funnel.empty')}</p> : null}
      {data && data.customers > 0 && option ? (
        <>
          <Panel title={t('funnel.title')}>
            <p className="muted small">{t('funnel.hint', { dim: data.dim })}</p>
            <p className="small" data-testid="funnel-checks">
              {t('funnel.checks', { list: purchases.map((p) => money(p.averageCheck)).join(' → ') })}
            </p>
            {stepsTable}
          </Panel>
          <Panel title={t('funnel.flows')}>
            <p className="muted small">{t('funnel.flowsHint')}</p>
            {chart?.other ? (
              <p className="muted small" data-testid="funnel-top">
                {t('funnel.topHint', {
                  top: CHART_TOP,
                  other: chart.other.label,
                  items: Math.max(...chart.other.items),
                })}
              </p>
            ) : null}
            <div
              data-testid="funnel-sankey"
              data-value-nodes={sankeyValueNodes(flows, chartValues.map(name)).join(',')}
            >
              <Chart option={option} height={narrow ? 360 : 440} label={t('funnel.flows')} />
            </div>
            <div className="funnel-legend">
              {chartValues.map((v) => (
                <span key={v ?? '\u0000'}>
                  <i className="swatch" style={{ background: colourOf(v) }} />
                  {name(v)}
                </span>
              ))}
            </div>
          </Panel>
          <Panel
            title={t('funnel.matrix', { n: step })}
            actions={
              last > 2 ? (
                <Segmented
                  label={t('funnel.steps')}
                  value={String(step)}
                  onChange={(v) => setFrom(Number(v))}
                  options={purchases.slice(0, -1).map((p) => ({
                    value: String(p.step),
                    label: `${p.step} → ${p.step + 1}`,
                  }))}
                />
              ) : null
            }
          >
            <p className="muted small">{t('funnel.matrixHint', { n: step })}</p>
            {matrix}
          </Panel>
        </>
      ) : null}
    </>
  );
}
