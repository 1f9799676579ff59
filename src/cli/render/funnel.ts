import { formatMoney, formatNumber, formatPct } from '../../i18n/index.ts';
import type { FunnelResult } from '../../services/index.ts';
import type { CliContext } from '../context.ts';
import { renderTable } from './table.ts';

const pct = (v: number | null, ctx: CliContext): string =>
  formatPct(v === null ? null : v * 100, ctx.lang, false, 1);

/** Each purchase's values with their share and average check, then the most frequent moves. */
export function renderFunnel(res: FunnelResult, ctx: CliContext, top = 10): string {
  const title = ctx.t('funnel.title', {
    dim: res.dim,
    customers: formatNumber(res.customers, ctx.lang, 0),
    asOf: res.asOf,
  });
  if (res.purchases.length === 0) return `${title}\n\n${ctx.t('funnel.empty')}`;
  const value = (v: string | null): string => v ?? ctx.t('funnel.none');
  const parts = [title];
  for (const s of res.purchases) {
    parts.push(
      '',
      ctx.t('funnel.step', {
        step: s.step,
        customers: formatNumber(s.customers, ctx.lang, 0),
        reached: pct(s.reachedShare, ctx),
        check: formatMoney(s.averageCheck, ctx.lang),
      }),
      '',
      renderTable(
        [
          { header: res.dim },
          { header: ctx.t('funnel.customers'), align: 'right' },
          { header: ctx.t('funnel.share'), align: 'right' },
          { header: ctx.t('funnel.check'), align: 'right' },
          ...(s.step < res.steps ? [{ header: ctx.t('funnel.again'), align: 'right' as const }] : []),
        ],
        s.values.map((v) => [
          value(v.value),
          formatNumber(v.customers, ctx.lang, 0),
          pct(v.share, ctx),
          formatMoney(v.averageCheck, ctx.lang),
          ...(s.step < res.steps ? [pct(v.continuedShare, ctx)] : []),
        ]),
      ),
    );
    const moves = res.transitions
      .filter((t) => t.step === s.step && !t.stopped)
      .sort((a, b) => b.customers - a.customers)
      .slice(0, top);
    if (moves.length === 0) continue;
    parts.push(
      '',
      ctx.t('funnel.moves', { step: s.step, next: s.step + 1 }),
      '',
      renderTable(
        [
          { header: ctx.t('funnel.from') },
          { header: ctx.t('funnel.to') },
          { header: ctx.t('funnel.customers'), align: 'right' },
          { header: ctx.t('funnel.ofFrom'), align: 'right' },
          { header: ctx.t('funnel.nextCheck'), align: 'right' },
        ],
        moves.map((t) => [
          value(t.from),
          value(t.to),
          formatNumber(t.customers, ctx.lang, 0),
          pct(t.share, ctx),
          formatMoney(t.nextAverageCheck, ctx.lang),
        ]),
      ),
    );
  }
  return parts.join('\n');
}
