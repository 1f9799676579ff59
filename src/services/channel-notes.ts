import { channelNoteKinds, type ChannelNoteKind } from '../core/channels/index.ts';
import type { Label } from '../core/formula/index.ts';
import { formatMoney, formatNumber, formatPct, type Lang } from '../i18n/index.ts';
import type { Maybe } from '../core/formula/types.ts';

/** A sentence beside a figure that is right but reads as an error. */
export interface ChannelNote {
  /** The channel, or null for the whole company. */
  channel: string | null;
  kind: ChannelNoteKind;
  text: Label;
}

/** What the sentences read from a channel's row. */
export interface NoteFigures {
  channel: string | null;
  spend: Maybe;
  buyers: Maybe;
  newClients: Maybe;
  cac: Maybe;
  carc: Maybe;
  ltvRevenue: Maybe;
  romiRevenue: Maybe;
}

const NAME_OF_TOTAL: Label = { ru: 'Все каналы', en: 'All channels' };

/** The notes of every row (channels, then the total), in both languages. */
export function channelNotes(rows: readonly NoteFigures[]): ChannelNote[] {
  const notes: ChannelNote[] = [];
  for (const r of rows) {
    for (const kind of channelNoteKinds(r)) {
      const text = (lang: Lang): string => {
        const name = r.channel ?? NAME_OF_TOTAL[lang];
        const money = (v: Maybe) => formatMoney(v, lang, 0);
        const count = (v: Maybe) => formatNumber(v, lang, 0);
        if (kind === 'carcBelowCac') {
          const returning = r.buyers !== null && r.newClients !== null ? r.buyers - r.newClients : null;
          return lang === 'ru'
            ? `${name}: CARC ${money(r.carc)} ниже CAC ${money(r.cac)} — это не ошибка. CAC делит расход только на ${count(r.newClients)} новых клиентов, CARC — все маркетинговые затраты на всех ${count(r.buyers)} покупателей периода, из них ${count(returning)} вернулись без новых затрат на привлечение.`
            : `${name}: CARC ${money(r.carc)} is below CAC ${money(r.cac)} — not an error. CAC divides the spend by the ${count(r.newClients)} new clients only; CARC divides all marketing costs by all ${count(r.buyers)} buyers of the period, ${count(returning)} of whom came back without new acquisition spend.`;
        }
        const romi = formatPct(r.romiRevenue === null ? null : r.romiRevenue * 100, lang, false, 0);
        const times = formatNumber(r.romiRevenue, lang, 0);
        return lang === 'ru'
          ? `${name}: ROMI ${romi} — LTV клиента (${money(r.ltvRevenue)}) в ${times} раз больше CARC (${money(r.carc)}), затрат на одного покупателя: ${money(r.spend)} на ${count(r.buyers)} покупателей. LTV — вся выручка клиента за горизонт, а не прибыль, поэтому дешёвый канал даёт тысячи процентов.`
          : `${name}: ROMI ${romi} — a client's LTV (${money(r.ltvRevenue)}) is ${times} times CARC (${money(r.carc)}), the cost per buyer: ${money(r.spend)} over ${count(r.buyers)} buyers. LTV is a client's whole revenue over the horizon, not profit, so a cheap channel reaches thousands of percent.`;
      };
      notes.push({ channel: r.channel, kind, text: { ru: text('ru'), en: text('en') } });
    }
  }
  return notes;
}
