import type { Cohort } from '../../core/cohorts/index.ts';
import { formatNumber, formatPct } from '../../i18n/index.ts';
import type { CohortsResult } from '../../services/index.ts';
import type { CliContext } from '../context.ts';
import { renderTable, type Column } from './table.ts';

const name = (c: Cohort, ctx: CliContext): string => c.cohort ?? ctx.t('cohorts.none');

/**
 * Two triangles, cohorts down and months since acquisition across: retention, then the LTV curve.
 * Cells a cohort has not reached yet stay blank, so the triangle shows what is not known.
 */
export function renderCohorts(res: CohortsResult, ctx: CliContext): string {
  const by = res.by === 'month' ? ctx.t('cohorts.byMonth') : ctx.t('cohorts.byColumn', { column: res.by });
  const title = ctx.t('cohorts.title', { by, asOf: res.asOf });
  if (res.cohorts.length === 0) return `${title}\n\n${ctx.t('cohorts.empty')}`;
  const width = Math.max(...res.cohorts.map((c) => c.months.length));
  const months = Array.from({ length: width }, (_, k) => k);
  const columns: Column[] = [
    { header: ctx.t('cohorts.cohort') },
    { header: ctx.t('cohorts.customers'), align: 'right' },
    ...months.map((k): Column => ({ header: `M${k}`, align: 'right' })),
  ];
  const all = { ...res.total, cohort: ctx.t('cohorts.all') };
  const triangle = (cell: (m: Cohort['months'][number]) => string): string =>
    renderTable(
      columns,
      [...res.cohorts, all].map((c) => [
        name(c, ctx),
        formatNumber(c.customers, ctx.lang, 0),
        ...months.map((k) => {
          const m = c.months[k];
          return m && m.customers > 0 ? cell(m) : '';
        }),
      ]),
    );
  const retention = triangle((m) =>
    formatPct(m.retention === null ? null : m.retention * 100, ctx.lang, false, 0),
  );
  // Roubles without the sign: the title says ₽, and the triangle stays narrow enough to read.
  const ltv = triangle((m) => formatNumber(m.cumulativeRevenuePerCustomer, ctx.lang, 0));
  const parts = [title, '', ctx.t('cohorts.retention'), '', retention, '', ctx.t('cohorts.ltv'), '', ltv];
  if (res.partialMonth) parts.push('', ctx.t('cohorts.partial', { month: res.partialMonth, asOf: res.asOf }));
  return parts.join('\n');
}
