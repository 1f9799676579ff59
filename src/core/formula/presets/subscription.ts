import type { FormulaTree } from '../types.ts';
import { expr, leaf, treeLabel, revenueProduct } from './build.ts';

/**
 * Subscriptions / SaaS: revenue = active clients × LT × ARPU, where LT counts paid periods per
 * client (all periods minus idle ones, as the methodology measures Q) and ARPU is revenue per paid
 * period. The period measures need user columns; the sample company has none, which is fine.
 */
export function subscription(): FormulaTree {
  const levers = ['U', 'LT', 'ARPU'];
  return {
    id: 'subscription',
    label: treeLabel(['Подписка: клиенты × LT × ARPU', 'Subscription: clients × LT × ARPU']),
    revenue: 'revenue',
    levers,
    nodes: [
      revenueProduct(levers, [
        'Активные клиенты × оплаченные периоды × ARPU.',
        'Active clients × paid periods × ARPU.',
      ]),
      leaf(
        'U',
        'active_clients',
        'count',
        ['Активные клиенты', 'Active clients'],
        ['Клиенты с оплатой в периоде.', 'Clients who paid in the period.'],
      ),
      expr(
        'LT',
        'ratio',
        ['paid', 'U'],
        'number',
        ['Срок жизни (LT)', 'Lifetime (LT)'],
        ['Оплаченных периодов на клиента.', 'Paid periods per client.'],
      ),
      expr(
        'ARPU',
        'ratio',
        ['sales', 'paid'],
        'money',
        ['ARPU', 'ARPU'],
        ['Выручка на один оплаченный период.', 'Revenue per paid period.'],
      ),
      expr(
        'paid',
        'difference',
        ['periods', 'idle'],
        'number',
        ['Оплаченные периоды', 'Paid periods'],
        ['Все периоды подписки минус простои.', 'All subscription periods minus idle ones.'],
      ),
      leaf(
        'periods',
        'subscription_periods',
        'number',
        ['Периоды подписки', 'Subscription periods'],
        ['Периоды, в которых клиент был подписан.', 'Periods in which a client was subscribed.'],
      ),
      leaf(
        'idle',
        'idle_periods',
        'number',
        ['Простои', 'Idle periods'],
        ['Периоды без оплаты.', 'Periods without payment.'],
      ),
      leaf('sales', 'revenue', 'money', ['Продажи', 'Sales'], ['Выручка из данных.', 'Revenue as recorded.']),
    ],
    measures: {
      active_clients: { table: 'orders', agg: 'count_distinct', column: 'customer_id' },
      subscription_periods: { table: 'orders', agg: 'sum', column: 'periods' },
      idle_periods: { table: 'orders', agg: 'sum', column: 'idle_periods' },
    },
  };
}
