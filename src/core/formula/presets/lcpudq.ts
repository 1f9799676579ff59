import type { FormulaTree } from '../types.ts';
import { treeLabel } from './build.ts';
import { retailNodes as n } from './retail-nodes.ts';

/** Revenue = L × C × Pu × D × Q: the full retail model (P = Pu × D computed beside it). */
export function lcpudq(): FormulaTree {
  const levers = ['L', 'C', 'Pu', 'D', 'Q'];
  return {
    id: 'lcpudq',
    label: treeLabel(['Выручка: L × C × Pu × D × Q', 'Revenue: L × C × Pu × D × Q']),
    revenue: 'revenue',
    levers,
    nodes: [
      n.revenue(levers),
      n.L(),
      n.C(),
      n.Pu(),
      n.D(),
      n.Q(),
      n.buyers(),
      n.orders(),
      n.items(),
      n.sales(),
      // Average check: not a lever here (Pu × D already is), but what users compare first.
      n.P(),
    ],
  };
}
