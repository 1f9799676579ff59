import type { MeasureSpec } from './types.ts';

/**
 * The built-in measure catalogue every preset draws on. Period filters apply to each table's own
 * date column (orders.ts, leads.ts, spend.date, costs.month); slice filters apply where the table
 * has the dimension column, and a measure whose table lacks it is "no data" for that slice.
 */
export const BUILTIN_MEASURES: Record<string, MeasureSpec> = {
  revenue: { table: 'orders', agg: 'sum', column: 'revenue' },
  orders: { table: 'orders', agg: 'count_distinct', column: 'order_id' },
  buyers: { table: 'orders', agg: 'count_distinct', column: 'customer_id' },
  items: { table: 'orders', agg: 'sum', column: 'items' },
  discount: { table: 'orders', agg: 'sum', column: 'discount' },
  cogs: { table: 'orders', agg: 'sum', column: 'cost', fallback: 'cogs_costs' },
  cogs_costs: { table: 'costs', agg: 'sum', column: 'amount', where: { kind: 'cogs' } },
  leads: { table: 'leads', agg: 'count' },
  leads_accepted: { table: 'leads', agg: 'count', where: { status: 'accepted' } },
  leads_converted: { table: 'leads', agg: 'count', where: { status: 'converted' } },
  spend: { table: 'spend', agg: 'sum', column: 'amount' },
  impressions: { table: 'spend', agg: 'sum', column: 'impressions' },
  clicks: { table: 'spend', agg: 'sum', column: 'clicks' },
  sga: { table: 'costs', agg: 'sum', column: 'amount', where: { kind: 'sga' } },
  other_costs: { table: 'costs', agg: 'sum', column: 'amount', where: { kind: 'other' } },
};
