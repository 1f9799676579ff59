import { NEW_CUSTOMERS } from '../../core/rfm/index.ts';
import { formatMoney, formatNumber, formatPct } from '../../i18n/index.ts';
import type { SegmentMigration, SegmentsResult } from '../../services/index.ts';
import type { CliContext } from '../context.ts';
import { renderTable } from './table.ts';

/** The segment summary: customers, share, orders, revenue, average check and recency. */
export function renderSegmentSummary(res: SegmentsResult, ctx: CliContext): string {
  const rows = res.segments.map((s) => [
    s.name,
    formatNumber(s.customers, ctx.lang),
    formatPct(s.share * 100, ctx.lang, false),
    formatNumber(s.orders, ctx.lang),
    formatMoney(s.revenue, ctx.lang),
    formatMoney(s.averageCheck, ctx.lang),
    formatNumber(s.averageRecencyDays === null ? null : Math.round(s.averageRecencyDays), ctx.lang),
  ]);
  const title = ctx.t('segments.title', {
    asOf: res.asOf,
    binning: res.binning,
    bins: res.bins,
    window: res.wholeHistory
      ? ctx.t('segments.window.all')
      : ctx.t('segments.window.days', { days: formatNumber(res.windowDays, ctx.lang) }),
  });
  const table = renderTable(
    [
      { header: ctx.t('rfm.segment') },
      { header: ctx.t('rfm.customers'), align: 'right' },
      { header: ctx.t('rfm.share'), align: 'right' },
      { header: ctx.t('segments.orders'), align: 'right' },
      { header: ctx.t('rfm.revenue'), align: 'right' },
      { header: ctx.t('rfm.check'), align: 'right' },
      { header: ctx.t('rfm.recency'), align: 'right' },
    ],
    rows,
  );
  return `${title}\n\n${table}`;
}

/**
 * The migration as a count matrix: columns are numbered (the row labels carry the numbers) so
 * eleven segment names fit a terminal; per-cell revenue is in --json and --export. Below it, the
 * largest moves between different segments with what those customers spent.
 */
export function renderMigration(
  m: SegmentMigration,
  names: ReadonlyMap<string, string>,
  ctx: CliContext,
): string {
  const label = (id: string) =>
    id === NEW_CUSTOMERS ? ctx.t('segments.new', { from: m.from }) : (names.get(id) ?? id);
  const number = (id: string) => (id === NEW_CUSTOMERS ? '+' : String(m.columns.indexOf(id) + 1));
  const rows = m.rows.map((r) => [
    `${number(r.from)} ${label(r.from)}`,
    ...r.customers.map((c) => (c === 0 ? '·' : formatNumber(c, ctx.lang))),
    formatNumber(r.totalCustomers, ctx.lang),
    formatMoney(r.totalRevenue, ctx.lang, 0),
  ]);
  const totals = m.columns.map((_, j) => m.rows.reduce((s, r) => s + r.customers[j]!, 0));
  rows.push([
    ctx.t('segments.total'),
    ...totals.map((c) => formatNumber(c, ctx.lang)),
    formatNumber(m.customers, ctx.lang),
    formatMoney(m.revenue, ctx.lang, 0),
  ]);
  const table = renderTable(
    [
      { header: '' },
      ...m.columns.map((_, j) => ({ header: String(j + 1), align: 'right' as const })),
      { header: ctx.t('segments.total'), align: 'right' },
      { header: ctx.t('segments.spent', { from: m.from, to: m.to }), align: 'right' },
    ],
    rows,
  );
  const moves = m.rows
    .filter((r) => r.from !== NEW_CUSTOMERS)
    .flatMap((r) =>
      m.columns.map((to, j) => ({ from: r.from, to, customers: r.customers[j]!, revenue: r.revenue[j]! })),
    )
    .filter((c) => c.from !== c.to && c.customers > 0)
    .sort((a, b) => b.customers - a.customers || b.revenue - a.revenue)
    .slice(0, 5)
    .map(
      (c) =>
        `  ${ctx.t('segments.move', {
          from: label(c.from),
          to: label(c.to),
          customers: formatNumber(c.customers, ctx.lang),
          revenue: formatMoney(c.revenue, ctx.lang),
        })}`,
    );
  return [
    ctx.t('segments.migration', { from: m.from, to: m.to }),
    '',
    table,
    '',
    ctx.t('segments.stayed', {
      stayed: formatNumber(m.stayed, ctx.lang),
      customers: formatNumber(m.customers, ctx.lang),
      new: formatNumber(m.newCustomers, ctx.lang),
      from: m.from,
    }),
    ...(moves.length ? ['', ctx.t('segments.moves'), ...moves] : []),
  ].join('\n');
}
