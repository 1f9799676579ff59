import type { FormulaTree } from '../types.ts';
import { expr, leaf, treeLabel, revenueProduct } from './build.ts';

/** Hotels: APPN (average price per night) in place of P, nights per stay as D. */
export function hotel(): FormulaTree {
  const levers = ['L', 'C', 'APPN', 'D', 'Q'];
  return {
    id: 'hotel',
    label: treeLabel(['Отель: L × C × APPN × D × Q', 'Hotel: L × C × APPN × D × Q']),
    revenue: 'revenue',
    levers,
    nodes: [
      revenueProduct(levers, ['Произведение рычагов гостиницы.', 'Product of the hotel levers.']),
      leaf(
        'L',
        'leads',
        'count',
        ['Запросы', 'Enquiries'],
        ['Запросы на бронирование.', 'Booking enquiries.'],
      ),
      leaf(
        'guests',
        'buyers',
        'count',
        ['Гости', 'Guests'],
        ['Гости, оплатившие проживание.', 'Guests who paid for a stay.'],
      ),
      leaf(
        'stays',
        'orders',
        'count',
        ['Заезды', 'Stays'],
        ['Число бронирований с заездом.', 'Bookings that checked in.'],
      ),
      leaf('nights', 'nights', 'count', ['Ночи', 'Nights'], ['Проданные ночи.', 'Room nights sold.']),
      leaf('sales', 'revenue', 'money', ['Продажи', 'Sales'], ['Выручка из данных.', 'Revenue as recorded.']),
      expr(
        'C',
        'ratio',
        ['guests', 'L'],
        'ratio',
        ['Конверсия', 'Conversion'],
        ['Доля запросов, ставших гостями.', 'Share of enquiries that became guests.'],
      ),
      expr(
        'Q',
        'ratio',
        ['stays', 'guests'],
        'number',
        ['Повторные заезды', 'Stays per guest'],
        ['Заездов на одного гостя.', 'Stays per guest in the period.'],
      ),
      expr(
        'D',
        'ratio',
        ['nights', 'stays'],
        'number',
        ['Ночей на заезд', 'Nights per stay'],
        ['Средняя длительность проживания.', 'Average length of stay.'],
      ),
      expr(
        'APPN',
        'ratio',
        ['sales', 'nights'],
        'money',
        ['Средняя цена ночи', 'Average price per night'],
        ['Выручка на одну ночь.', 'Revenue per room night.'],
      ),
    ],
    measures: { nights: { table: 'orders', agg: 'sum', column: 'nights' } },
  };
}
