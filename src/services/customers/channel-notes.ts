import { channelNoteKinds, type ChannelNoteKind } from '../../core/channels/index.ts';
import type { Label } from '../../core/formula/index.ts';
import type { ChannelNote } from '../../contract/customers.ts';
import type { Maybe } from '../../core/formula/types.ts';
import { formatMoney, formatNumber, formatPct, type Lang } from '../../i18n/index.ts';

/** A sentence beside figures that are right but read as an error, naming where they occur. */
export type { ChannelNote };

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

const NAME_OF_TOTAL: Label = { ru: 'все каналы', en: 'all channels' };

type Sentence = (r: NoteFigures, names: string, lang: Lang) => string;

const SENTENCES: Record<ChannelNoteKind, Sentence> = {
  carcBelowCac: (r, names, lang) => {
    const money = (v: Maybe) => formatMoney(v, lang, 0);
    const count = (v: Maybe) => formatNumber(v, lang, 0);
    const back = r.buyers !== null && r.newClients !== null ? r.buyers - r.newClients : null;
    const name = r.channel ?? NAME_OF_TOTAL[lang];
    return lang === 'ru'
      ? `CARC ниже CAC (${names}) — это не ошибка. CAC делит расход на привлечение только на новых клиентов, CARC — все маркетинговые затраты на всех покупателей периода, новых и вернувшихся. Например, ${name}: CAC ${money(r.cac)} на ${count(r.newClients)} новых клиентов, CARC ${money(r.carc)} на ${count(r.buyers)} покупателей, из них ${count(back)} вернулись без новых затрат на привлечение.`
      : `CARC is below CAC (${names}) — not an error. CAC divides acquisition spend by new clients only; CARC divides all marketing costs by all buyers of the period, new and returning. For example, ${name}: CAC ${money(r.cac)} over ${count(r.newClients)} new clients, CARC ${money(r.carc)} over ${count(r.buyers)} buyers, ${count(back)} of whom came back without new acquisition spend.`;
  },
  romiHigh: (r, names, lang) => {
    const money = (v: Maybe) => formatMoney(v, lang, 0);
    const count = (v: Maybe) => formatNumber(v, lang, 0);
    const romi = formatPct(r.romiRevenue === null ? null : r.romiRevenue * 100, lang, false, 0);
    const times = formatNumber(r.romiRevenue, lang, 0);
    const name = r.channel ?? NAME_OF_TOTAL[lang];
    return lang === 'ru'
      ? `ROMI в тысячах процентов (${names}) — это не ошибка. ROMI = LTV ÷ CARC: LTV — вся выручка клиента за горизонт, а не прибыль, CARC — маркетинговые затраты на одного покупателя; где на покупателя тратится мало, рубль возвращается многократно. Например, ${name}: ROMI ${romi} — LTV ${money(r.ltvRevenue)} в ${times} раз больше CARC ${money(r.carc)} (${money(r.spend)} на ${count(r.buyers)} покупателей).`
      : `ROMI in the thousands of percent (${names}) — not an error. ROMI = LTV ÷ CARC: LTV is a client's whole revenue over the horizon, not profit, and CARC the marketing cost per buyer; where little is spent per buyer, each rouble returns many times over. For example, ${name}: ROMI ${romi} — LTV ${money(r.ltvRevenue)} is ${times} times CARC ${money(r.carc)} (${money(r.spend)} over ${count(r.buyers)} buyers).`;
  },
};

// Where each effect is strongest: the largest CAC ÷ CARC, the largest ROMI.
const STRENGTH: Record<ChannelNoteKind, (r: NoteFigures) => number> = {
  carcBelowCac: (r) => (r.cac ?? 0) / (r.carc || 1),
  romiHigh: (r) => r.romiRevenue ?? 0,
};

/** One note per kind of surprising figure, naming every row it applies to, in both languages. */
export function channelNotes(rows: readonly NoteFigures[]): ChannelNote[] {
  const notes: ChannelNote[] = [];
  for (const kind of ['carcBelowCac', 'romiHigh'] as const) {
    const hit = rows.filter((r) => channelNoteKinds(r).includes(kind));
    if (!hit.length) continue;
    const channels = hit.filter((r) => r.channel !== null);
    const example = [...(channels.length ? channels : hit)].sort(
      (a, b) => STRENGTH[kind](b) - STRENGTH[kind](a),
    )[0]!;
    const names = (lang: Lang) => hit.map((r) => r.channel ?? NAME_OF_TOTAL[lang]).join(', ');
    notes.push({
      kind,
      channels: hit.map((r) => r.channel),
      example: example.channel,
      text: {
        ru: SENTENCES[kind](example, names('ru'), 'ru'),
        en: SENTENCES[kind](example, names('en'), 'en'),
      },
    });
  }
  return notes;
}
