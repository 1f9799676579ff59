import { expr, leaf, revenueProduct } from './build.ts';

/**
 * Nodes shared by the retail presets (lcpq, lcpudq, profit). Built by functions so each preset gets
 * its own objects and a caller mutating one tree cannot change another.
 */
export const retailNodes = {
  L: () =>
    leaf(
      'L',
      'leads',
      'count',
      ['Лиды', 'Leads'],
      ['Обращения за период по всем каналам.', 'Leads in the period, all channels.'],
    ),
  buyers: () =>
    leaf(
      'buyers',
      'buyers',
      'count',
      ['Покупатели', 'Buyers'],
      ['Клиенты, купившие в периоде.', 'Clients who bought in the period.'],
    ),
  orders: () =>
    leaf(
      'orders',
      'orders',
      'count',
      ['Заказы', 'Orders'],
      ['Число чеков (заказов) за период.', 'Number of receipts (orders) in the period.'],
    ),
  items: () =>
    leaf(
      'items',
      'items',
      'count',
      ['Позиции', 'Items'],
      ['Число проданных позиций.', 'Number of items sold.'],
    ),
  sales: () =>
    leaf(
      'sales',
      'revenue',
      'money',
      ['Продажи', 'Sales'],
      ['Выручка из данных о заказах.', 'Revenue as recorded in the orders.'],
    ),
  C: () =>
    expr(
      'C',
      'ratio',
      ['buyers', 'L'],
      'ratio',
      ['Конверсия', 'Conversion'],
      ['Доля лидов, ставших покупателями.', 'Share of leads who became paying clients.'],
    ),
  Q: () =>
    expr(
      'Q',
      'ratio',
      ['orders', 'buyers'],
      'number',
      ['Частота покупок', 'Purchase frequency'],
      ['Покупок на одного клиента за период.', 'Purchases per client in the period.'],
    ),
  D: () =>
    expr(
      'D',
      'ratio',
      ['items', 'orders'],
      'number',
      ['Позиций в чеке', 'Items per receipt'],
      ['Среднее число позиций в одном чеке.', 'Average number of items in a receipt.'],
    ),
  Pu: () =>
    expr(
      'Pu',
      'ratio',
      ['sales', 'items'],
      'money',
      ['Средняя стоимость позиции', 'Average item price'],
      ['Выручка на одну проданную позицию.', 'Revenue per item sold.'],
    ),
  P: () =>
    expr(
      'P',
      'ratio',
      ['sales', 'orders'],
      'money',
      ['Средний чек', 'Average check'],
      ['Выручка на один чек.', 'Revenue per receipt.'],
    ),
  revenue: (levers: string[]) =>
    revenueProduct(levers, [
      'Произведение рычагов формулы прибыли.',
      'Product of the profit-formula levers.',
    ]),
};
