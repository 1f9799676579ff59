import type { ChannelMetricId, ChannelMetricInfo } from '../../core/channels/index.ts';
import { formatMoney, formatNumber, formatPct, type MessageKey } from '../../i18n/index.ts';
import type { ChannelRow, ChannelsResult } from '../../services/index.ts';
import type { CliContext } from '../context.ts';
import { renderTable, type Column } from './table.ts';

// Catalogue names are long; the table heads use the short names marketers say out loud.
const SHORT: Partial<Record<ChannelMetricId, MessageKey>> = {
  leads: 'channels.leads',
  newClients: 'channels.newClients',
  conversion: 'channels.conversion',
  ltvRevenue: 'channels.ltvRevenue',
  ltvMargin: 'channels.ltvMargin',
  romiRevenue: 'channels.romiRevenue',
  romiMargin: 'channels.romiMargin',
  paybackMonth: 'channels.payback',
};
const ABBREVIATION: Partial<Record<ChannelMetricId, string>> = {
  cac: 'CAC',
  carc: 'CARC',
  mre: 'MRE',
  ctr: 'CTR',
  cpc: 'CPC',
  cr: 'CR',
  cpa: 'CPA',
};

function cell(info: ChannelMetricInfo, v: number | null, ctx: CliContext): string {
  if (info.id === 'paybackMonth')
    return v === null ? formatNumber(null, ctx.lang) : ctx.t('channels.month', { month: v });
  switch (info.unit) {
    case 'money':
      return formatMoney(v, ctx.lang, 0);
    case 'ratio':
    case 'percent':
      return formatPct(v === null ? null : v * 100, ctx.lang, false, 1);
    case 'count':
      return formatNumber(v, ctx.lang, 0);
    case 'number':
      return formatNumber(v, ctx.lang, 2);
  }
}

/** Three tables — acquisition, customer value, advertising — channels down, metrics across. */
export function renderChannels(res: ChannelsResult, ctx: CliContext): string {
  const info = new Map(res.metrics.map((m) => [m.id, m]));
  const rows = [...res.channels, { ...res.total, channel: ctx.t('channels.total') }];
  const label = (r: ChannelRow): string => r.channel ?? ctx.t('channels.none');
  const head = (id: ChannelMetricId): Column => {
    const m = info.get(id)!;
    const short = SHORT[id];
    const text = short ? ctx.t(short) : (ABBREVIATION[id] ?? m.name[ctx.lang]);
    return { header: `${text} ${m.direction === 'higher' ? '↑' : '↓'}`, align: 'right' };
  };
  const table = (ids: ChannelMetricId[], extra: 'spend' | 'revenue' | null, only = rows): string =>
    renderTable(
      [
        { header: ctx.t('channels.channel') },
        ...(extra === 'spend' ? [{ header: ctx.t('channels.spend'), align: 'right' } as Column] : []),
        ...ids.map(head),
      ],
      only.map((r) => [
        label(r),
        ...(extra === 'spend' ? [formatMoney(r.spend, ctx.lang, 0)] : []),
        ...ids.map((id) => cell(info.get(id)!, r[id], ctx)),
      ]),
    );
  const parts = [
    ctx.t('channels.title', { period: res.period, horizon: res.horizonMonths, asOf: res.asOf }),
    '',
    ctx.t('channels.acquisition'),
    '',
    table(['leads', 'newClients', 'conversion', 'cac', 'carc', 'mre'], 'spend'),
    '',
    ctx.t('channels.value'),
    '',
    table(['ltvRevenue', 'ltvMargin', 'romiRevenue', 'romiMargin', 'paybackMonth'], null),
  ];
  const ads = rows.filter((r) => r.clicks !== null || r.impressions !== null);
  if (ads.length) parts.push('', ctx.t('channels.ads'), '', table(['ctr', 'cpc', 'cr', 'cpa'], null, ads));
  parts.push('', ctx.t('channels.legend'));
  // A director reads CARC below CAC or a ROMI in the thousands as an error: say why it is right.
  for (const n of res.notes) parts.push(n.text[ctx.lang]);
  parts.push('', ctx.t('channels.definitions'));
  for (const m of res.metrics) {
    const short = SHORT[m.id];
    parts.push(
      `  ${short ? ctx.t(short) : (ABBREVIATION[m.id] ?? m.name[ctx.lang])} — ${m.definition[ctx.lang]}`,
    );
  }
  parts.push(
    res.otherCosts > 0
      ? ctx.t('channels.otherCosts', { amount: formatMoney(res.otherCosts, ctx.lang) })
      : ctx.t('channels.spendOnly'),
  );
  if (res.missing.length) parts.push(ctx.t('channels.missing', { items: res.missing.join(', ') }));
  parts.push('', ctx.t('channels.definitions'));
  for (const m of res.metrics) {
    const short = SHORT[m.id];
    parts.push(
      `  ${short ? ctx.t(short) : (ABBREVIATION[m.id] ?? m.name[ctx.lang])} — ${m.definition[ctx.lang]}`,
    );
  }
  return parts.join('\n');
}
