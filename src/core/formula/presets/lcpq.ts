import type { FormulaTree } from '../types.ts';
import { treeLabel } from './build.ts';
import { retailNodes as n } from './retail-nodes.ts';

/** Revenue = L × C × P × Q: the minimal 2012 model, average check in place of Pu × D. */
export function lcpq(): FormulaTree {
  const levers = ['L', 'C', 'P', 'Q'];
  return {
    id: 'lcpq',
    label: treeLabel(['Выручка: L × C × P × Q', 'Revenue: L × C × P × Q']),
    revenue: 'revenue',
    levers,
    nodes: [n.revenue(levers), n.L(), n.C(), n.P(), n.Q(), n.buyers(), n.orders(), n.sales()],
  };
}
