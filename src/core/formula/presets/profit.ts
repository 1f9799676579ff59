import type { FormulaTree } from '../types.ts';
import { expr, leaf, treeLabel } from './build.ts';
import { lcpudq } from './lcpudq.ts';

/**
 * LCPuDQ down to profit. COGS, marketing spend, SG&A and other costs stay separate leaves: mixing
 * unit cost with a manager's salary hides management efficiency (METHODOLOGY §1). Costs are not
 * levers, so the +20% table keeps them fixed and operating leverage shows.
 */
export function profit(): FormulaTree {
  const base = lcpudq();
  return {
    id: 'profit',
    label: treeLabel(['Прибыль: L × C × Pu × D × Q × M − расходы', 'Profit: L × C × Pu × D × Q × M − costs']),
    revenue: 'revenue',
    profit: 'profit',
    levers: [...base.levers, 'M'],
    nodes: [
      ...base.nodes,
      leaf(
        'cogs',
        'cogs',
        'money',
        ['Себестоимость', 'COGS'],
        ['Себестоимость проданного.', 'Cost of goods sold.'],
      ),
      expr(
        'margin',
        'difference',
        ['sales', 'cogs'],
        'money',
        ['Маржа', 'Margin'],
        ['Продажи минус себестоимость.', 'Sales minus cost of goods sold.'],
      ),
      expr(
        'M',
        'ratio',
        ['margin', 'sales'],
        'ratio',
        ['Маржинальность', 'Margin rate'],
        ['Доля маржи в выручке.', 'Share of margin in revenue.'],
      ),
      expr(
        'gross',
        'product',
        ['revenue', 'M'],
        'money',
        ['Валовая прибыль', 'Gross margin'],
        ['Выручка × маржинальность.', 'Revenue × margin rate.'],
      ),
      leaf(
        'spend',
        'spend',
        'money',
        ['Маркетинговые расходы', 'Marketing spend'],
        ['Расходы на рекламу и каналы.', 'Spend on ads and channels.'],
      ),
      leaf(
        'sga',
        'sga',
        'money',
        ['Коммерческие и админ. расходы', 'SG&A'],
        ['Постоянные издержки: зарплаты, аренда.', 'Fixed costs: salaries, rent.'],
      ),
      leaf(
        'other',
        'other_costs',
        'money',
        ['Прочие расходы', 'Other costs'],
        ['Прочие постоянные издержки.', 'Other fixed costs.'],
      ),
      expr(
        'profit',
        'difference',
        ['gross', 'spend', 'sga', 'other'],
        'money',
        ['Прибыль', 'Profit'],
        [
          'Валовая прибыль минус маркетинг, SG&A и прочее.',
          'Gross margin minus marketing, SG&A and other costs.',
        ],
      ),
    ],
  };
}
