import type { FormulaTree } from '../types.ts';
import { expr, leaf, treeLabel, revenueProduct } from './build.ts';

/**
 * Professional services, DuPont-style: partners × leverage × hours per person × utilisation ×
 * hourly rate = fees, and fees × project profitability = profit. Headcount and hours come from user
 * data (columns on the costs and orders tables); the sample company has none.
 */
export function services(): FormulaTree {
  const levers = ['N', 'G', 'H', 'U', 'R'];
  return {
    id: 'services',
    label: treeLabel([
      'Услуги: ставка × загрузка × делегирование × рентабельность',
      'Services: rate × utilisation × leverage × profitability',
    ]),
    revenue: 'revenue',
    profit: 'profit',
    levers: [...levers, 'M'],
    nodes: [
      revenueProduct(
        levers,
        [
          'Партнёры × делегирование × часы × загрузка × ставка.',
          'Partners × leverage × hours × utilisation × rate.',
        ],
        ['Выручка', 'Fees'],
      ),
      leaf(
        'N',
        'partners',
        'count',
        ['Партнёры', 'Partners'],
        ['Число партнёров (ведущих специалистов).', 'Number of partners (senior professionals).'],
      ),
      leaf(
        'staff',
        'staff',
        'count',
        ['Сотрудники', 'Staff'],
        ['Все специалисты, оказывающие услуги.', 'All fee-earning staff.'],
      ),
      leaf(
        'available',
        'hours_available',
        'hours',
        ['Доступные часы', 'Available hours'],
        ['Рабочие часы специалистов.', 'Working hours of the staff.'],
      ),
      leaf(
        'billed',
        'hours_billed',
        'hours',
        ['Оплаченные часы', 'Billed hours'],
        ['Часы, выставленные клиентам.', 'Hours billed to clients.'],
      ),
      leaf('sales', 'revenue', 'money', ['Продажи', 'Sales'], ['Выручка из данных.', 'Revenue as recorded.']),
      leaf(
        'cogs',
        'cogs',
        'money',
        ['Прямые затраты', 'Direct costs'],
        ['Затраты проектов.', 'Project costs.'],
      ),
      expr(
        'G',
        'ratio',
        ['staff', 'N'],
        'number',
        ['Делегирование', 'Leverage'],
        ['Специалистов на одного партнёра.', 'Staff per partner.'],
      ),
      expr(
        'H',
        'ratio',
        ['available', 'staff'],
        'hours',
        ['Часы на сотрудника', 'Hours per person'],
        ['Доступные часы на специалиста.', 'Available hours per person.'],
      ),
      expr(
        'U',
        'ratio',
        ['billed', 'available'],
        'ratio',
        ['Загрузка', 'Utilisation'],
        ['Доля оплаченных часов.', 'Share of hours billed.'],
      ),
      expr(
        'R',
        'ratio',
        ['sales', 'billed'],
        'money',
        ['Часовая ставка', 'Hourly rate'],
        ['Выручка на оплаченный час.', 'Fees per billed hour.'],
      ),
      expr(
        'margin',
        'difference',
        ['sales', 'cogs'],
        'money',
        ['Маржа проектов', 'Project margin'],
        ['Выручка минус прямые затраты.', 'Fees minus direct costs.'],
      ),
      expr(
        'M',
        'ratio',
        ['margin', 'sales'],
        'ratio',
        ['Рентабельность проектов', 'Project profitability'],
        ['Доля маржи в выручке.', 'Share of margin in fees.'],
      ),
      expr(
        'profit',
        'product',
        ['revenue', 'M'],
        'money',
        ['Прибыль', 'Profit'],
        ['Выручка × рентабельность.', 'Fees × profitability.'],
      ),
    ],
    measures: {
      partners: { table: 'costs', agg: 'sum', column: 'partners' },
      staff: { table: 'costs', agg: 'sum', column: 'headcount' },
      hours_available: { table: 'costs', agg: 'sum', column: 'hours' },
      hours_billed: { table: 'orders', agg: 'sum', column: 'hours' },
    },
  };
}
