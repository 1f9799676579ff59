import type { Label } from '../kpi/types.ts';
import type { ChannelMetricId } from './metrics.ts';

/**
 * What each channel metric counts, in words a director reads beside the number (Customers →
 * Channels, `fulcrum channels`). Seed 003's definitions: CAC = acquisition spend ÷ new clients,
 * CARC = all marketing costs ÷ all buying clients, ROMI = LTV ÷ CARC. A metric that can pass 100%
 * says why.
 */
export const CHANNEL_DEFINITIONS: Record<ChannelMetricId, Label> = {
  leads: {
    ru: 'Лиды канала за период (таблица лидов, по дате лида).',
    en: 'The channel’s leads in the period (leads table, by the lead’s date).',
  },
  newClients: {
    ru: 'Клиенты, чей первый заказ за всю историю пришёлся на период; засчитываются каналу этого заказа.',
    en: 'Customers whose first order ever falls in the period, credited to the channel of that order.',
  },
  conversion: {
    ru: 'Новые клиенты из лидов канала ÷ лиды канала. Клиент засчитывается каналу своего первого лида в периоде (лид с его customer_id), если его первый заказ — в периоде. Не бывает выше 100%.',
    en: 'New clients from the channel’s leads ÷ the channel’s leads. A client counts for the channel of their first lead in the period (the lead carrying their customer_id) when their first order falls in the period. Never above 100%.',
  },
  cac: {
    ru: 'Расход на привлечение ÷ новые клиенты.',
    en: 'Acquisition spend ÷ new clients.',
  },
  carc: {
    ru: 'Все маркетинговые затраты ÷ все покупатели периода, новые и вернувшиеся. Ниже CAC всюду, где у канала есть вернувшиеся покупатели: делитель больше.',
    en: 'All marketing costs ÷ all buyers of the period, new and returning. Below CAC wherever the channel has returning buyers: the divisor is larger.',
  },
  ltvRevenue: {
    ru: 'Выручка на привлечённого каналом клиента за горизонт: средний чек × покупок в месяц × месяцев.',
    en: 'Revenue per customer the channel acquired over the horizon: AOV × purchases a month × months.',
  },
  ltvMargin: {
    ru: 'То же по марже: средний чек × покупок в месяц × доля маржи × месяцев.',
    en: 'The same by margin: AOV × purchases a month × margin share × months.',
  },
  romiRevenue: {
    ru: 'LTV по выручке ÷ CARC. Ниже 100% — канал не окупается; тысячи процентов там, где на покупателя тратится мало (рассылки по своей базе).',
    en: 'LTV by revenue ÷ CARC. Under 100% the channel does not pay back; thousands of percent where little is spent per buyer (mailings to your own base).',
  },
  romiMargin: {
    ru: 'LTV по марже ÷ CARC. Ниже 100% — канал не окупается; может быть в тысячах процентов по той же причине.',
    en: 'LTV by margin ÷ CARC. Under 100% the channel does not pay back; it can reach thousands of percent for the same reason.',
  },
  mre: {
    ru: 'Расход ÷ выручка заказов канала. Выше 100% — расход больше выручки.',
    en: 'Spend ÷ revenue of the channel’s orders. Above 100% the spend exceeds the revenue.',
  },
  paybackMonth: {
    ru: 'Месяц после привлечения, к которому маржа на клиента покрывает CAC (M0 — первый месяц).',
    en: 'The month since acquisition by which margin per customer covers CAC (M0 = the first month).',
  },
  ctr: { ru: 'Клики ÷ показы.', en: 'Clicks ÷ impressions.' },
  cpc: { ru: 'Расход ÷ клики.', en: 'Spend ÷ clicks.' },
  cr: {
    ru: 'Лиды ÷ клики (клики вместо посетителей).',
    en: 'Leads ÷ clicks (clicks stand in for visitors).',
  },
  cpa: { ru: 'Расход ÷ лиды каналов с кликами.', en: 'Spend ÷ leads of channels with clicks.' },
};
