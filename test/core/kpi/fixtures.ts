import {
  defaultMarketerPlan,
  type FactSource,
  type MarketerFacts,
  type MarketerPlan,
} from '../../../src/core/kpi/index.ts';

const warehouse = (en: string, ru: string): FactSource => ({
  kind: 'warehouse',
  detail: en,
  text: { ru, en },
});

/**
 * The worked month the tests compute by hand: bonus 30 000 ₽, leads plan 100, new-client share
 * plan 40%, accepted-share plan 75%, three tasks, 2 000 ₽ discretionary.
 */
export function marchPlan(): MarketerPlan {
  return {
    ...defaultMarketerPlan('anna', '2024-03', 30_000),
    leads: { weight: 0.7, plan: 100 },
    newClientShare: { weight: 0.3, plan: 0.4 },
    tasks: [
      { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: 0.8 },
      { id: 'landing', name: 'Новый лендинг', weight: 0.3, completion: 0.4 },
      { id: 'report', name: 'Отчёт по каналам', weight: 0.2, completion: 1 },
    ],
    discretionary: 2000,
  };
}

/** Facts of the worked month: 88 leads, 36% new clients, 60% accepted. */
export function marchFacts(): MarketerFacts {
  return {
    leads: { value: 88, source: warehouse('leads, channels: Сайт', 'лиды, каналы: Сайт') },
    newClientShare: { value: 0.36, source: warehouse('orders: first orders', 'заказы: первые заказы') },
    acceptedShare: {
      value: 0.6,
      source: warehouse('leads: status accepted/converted', 'лиды: статус «принят» или «стал клиентом»'),
    },
  };
}

/** Explanations use non-breaking spaces (Intl); the text uses plain ones. */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
