import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import type { FormulaTree, Meta, SegmentResult } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { analysisQuery } from '../../app/analysis-query.ts';
import { coveredTree, needText } from '../../app/coverage.ts';
import { nodeLabel } from '../../app/label.ts';
import { periodText } from '../../app/meta.tsx';
import { monthSpan, monthsOf } from '../../app/month-span.ts';
import { useAsync } from '../../app/use-async.ts';
import { Chart } from '../../charts/chart.tsx';
import { trendOption } from '../../charts/trend-option.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatByUnit, formatMoneyCompact, formatMonth } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The value of a figure in one month's answer: revenue, profit, or a lever (P beside them). */
function valueOf(s: SegmentResult | undefined, id: string): number | null {
  if (!s) return null;
  if (id === 'revenue') return s.revenue;
  if (id === 'profit') return s.profit ?? null;
  return s.levers[id] ?? s.nodes[id] ?? null;
}

/**
 * Revenue, profit or any lever month by month over both compared periods, each shaded. One
 * request: the formula sliced by month, which the server computes as one GROUP BY month per table.
 */
export function TrendPanel({ meta, tree: full }: { meta: Meta; tree: FormulaTree }) {
  const { t, lang } = useI18n();
  const { params } = useAnalysisParams();
  const [figure, setFigure] = useState('revenue');
  const afterText = params.period || periodText(meta.defaults?.period);
  const beforeText = params.compare || periodText(meta.defaults?.compare);
  const { after, before, span } = useMemo(() => {
    const a = monthSpan(afterText);
    const b = monthSpan(beforeText);
    const s = a && b ? { from: b.from < a.from ? b.from : a.from, to: b.to > a.to ? b.to : a.to } : a;
    return { after: a, before: b, span: s };
  }, [afterText, beforeText]);
  const res = useAsync(
    span
      ? (signal) =>
          api('GET /api/formula', {
            query: analysisQuery({ ...params, period: `${span.from}..${span.to}` }, { by: 'month' }),
            signal,
          })
      : null,
    [params.model, params.filters.join(';'), span?.from, span?.to],
  );
  const tree = useMemo(() => coveredTree(full, res.data?.coverage), [full, res.data]);
  const choices = useMemo(() => {
    const ids = ['revenue', ...(tree.profit ? ['profit'] : []), ...tree.levers];
    if (tree.nodes.some((n) => n.id === 'P') && !ids.includes('P')) ids.push('P');
    return ids.map((id) => ({ value: id, label: nodeLabel(tree, id, lang) }));
  }, [tree, lang]);
  const chosen = choices.some((c) => c.value === figure) ? figure : 'revenue';
  const option = useMemo(() => {
    if (!res.data || !span) return null;
    const byMonth = new Map((res.data.segments ?? []).map((s) => [s.key.slice(0, 7), s]));
    const months = monthsOf(span);
    const unit = tree.nodes.find((n) => n.id === chosen)?.unit ?? 'money';
    const label = (ym: string) => formatMonth(ym, lang);
    const areas = [
      ...(before ? [{ name: t('compare.before'), from: label(before.from), to: label(before.to) }] : []),
      ...(after ? [{ name: t('compare.after'), from: label(after.from), to: label(after.to) }] : []),
    ];
    return trendOption(
      months.map(label),
      months.map((m) => valueOf(byMonth.get(m), chosen)),
      areas,
      nodeLabel(tree, chosen, lang),
      (v) => formatByUnit(v, unit, lang),
      (v) => (unit === 'money' ? formatMoneyCompact(v, lang) : formatByUnit(v, unit, lang)),
    );
  }, [res.data, span, before, after, chosen, tree, lang, t]);
  const figureLabel = nodeLabel(tree, chosen, lang);
  // A figure the loaded files cannot give (profit with orders only) says which file would.
  const need = needText(res.data?.coverage.needs[chosen], lang, t);
  return (
    <Panel
      title={t('trend.title')}
      actions={
        <SelectField label={t('trend.figure')} value={chosen} onChange={setFigure} options={choices} />
      }
    >
      {!span ? <p className="muted">{t('trend.noSpan')}</p> : null}
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {need ? <p className="notice notice-warn">{`${figureLabel}: ${need}`}</p> : null}
      {option ? (
        <div data-testid="trend">
          <Chart option={option} height={260} label={t('trend.chart', { figure: figureLabel })} />
        </div>
      ) : null}
    </Panel>
  );
}
