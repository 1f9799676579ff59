import { curveAt, paybackMonth, type Cohort } from '../cohorts/index.ts';
import { kpiDefinition, kpiFact } from '../kpi/catalogue.ts';
import type { Maybe } from '../kpi/types.ts';
import { CHANNEL_METRIC_IDS, type ChannelMetricId } from './metrics.ts';

/** A channel's facts for a period; null wherever the data have no figure. */
export interface ChannelMeasures {
  spend: Maybe;
  impressions: Maybe;
  clicks: Maybe;
  leads: Maybe;
  /**
   * Leads of the traffic behind `clicks`: the channel's leads when it reports clicks; for a total,
   * only the leads of channels that do, so leads from offline or SEO never inflate CR.
   */
  adLeads: Maybe;
  /** Customers who ordered through the channel in the period. */
  buyers: Maybe;
  /** Customers whose first order ever was in the period and through this channel. */
  newClients: Maybe;
  /**
   * New clients from the channel's own leads: carried by a lead of the channel in the period (first
   * touch), first order ever in the period. Null when leads carry no customer id.
   */
  leadClients: Maybe;
  /** Revenue of the channel's orders in the period. */
  revenue: Maybe;
  /** Marketing costs outside the spend table (pay, call centre, tools) charged to the channel. */
  otherCosts: number;
  /** The LTV curve of every customer first acquired through the channel. */
  curve: Cohort | null;
}

/** What the LTV is built from: the catalogue's LTV = AOV × N × P × t, with t the horizon. */
export interface LtvInputs {
  /** t: months since acquisition counted (the horizon). */
  months: number;
  /** Customers observed for the whole horizon or part of it, at its last month. */
  customers: number;
  revenuePerCustomer: number;
  ordersPerCustomer: number;
  marginPerCustomer: Maybe;
  /** AOV: revenue per order over the horizon. */
  averageOrderValue: Maybe;
  /** N: orders per customer per month. */
  purchasesPerMonth: Maybe;
  /** P: margin ÷ revenue over the horizon. */
  marginShare: Maybe;
}

/** The LTV inputs at a horizon, or null when no customer of the curve has been observed that long. */
export function ltvInputs(curve: Cohort | null, months: number): LtvInputs | null {
  const at = curve ? curveAt(curve, months - 1) : null;
  if (!at || at.cumulativeRevenuePerCustomer === null || at.cumulativeOrdersPerCustomer === null) return null;
  const revenue = at.cumulativeRevenuePerCustomer;
  const orders = at.cumulativeOrdersPerCustomer;
  const margin = at.cumulativeMarginPerCustomer;
  return {
    months,
    customers: at.customers,
    revenuePerCustomer: revenue,
    ordersPerCustomer: orders,
    marginPerCustomer: margin,
    averageOrderValue: orders > 0 ? revenue / orders : null,
    purchasesPerMonth: orders / months,
    marginShare: margin === null || revenue === 0 ? null : margin / revenue,
  };
}

type Measures = Record<string, Maybe>;

// The catalogue's LTV formula reads these measures; by revenue P is 1, by margin the margin share.
const ltvMeasures = (l: LtvInputs | null, byMargin: boolean): Measures =>
  l === null
    ? {}
    : {
        revenue: l.revenuePerCustomer,
        orders: l.ordersPerCustomer,
        purchases_per_period: l.purchasesPerMonth,
        lifetime_periods: l.months,
        profit_share: byMargin ? l.marginShare : 1,
      };

/**
 * A channel's unit economics. Each metric the KPI catalogue defines is its formula evaluated on
 * the channel's measures, so a missing figure or a division by zero is null, never 0 or Infinity.
 * Where the catalogue needs what the warehouse lacks, the channel's nearest facts stand in:
 * visitors are clicks (CR = leads ÷ clicks) and the target action is a lead (CPA = spend ÷ leads),
 * both only where clicks exist.
 */
export function unitEconomics(
  m: ChannelMeasures,
  horizonMonths: number,
): { values: Record<ChannelMetricId, Maybe>; ltv: LtvInputs | null } {
  const ltv = ltvInputs(m.curve, horizonMonths);
  const totalCosts = m.spend === null ? null : m.spend + m.otherCosts;
  const carc = { marketing_costs_total: totalCosts, buyers: m.buyers };
  const period: Measures = {
    leads: m.leads,
    new_clients: m.newClients,
    spend: m.spend,
    revenue: m.revenue,
    impressions: m.impressions,
    clicks: m.clicks,
    ...carc,
  };
  const ads: Measures = { leads: m.adLeads, visitors: m.clicks, spend: m.spend, target_actions: m.adLeads };
  const fact = (kpi: string, measures: Measures): Maybe => kpiFact(kpiDefinition(kpi), measures);
  const cac = fact('cac', period);
  const rules: Record<ChannelMetricId, () => Maybe> = {
    leads: () => fact('leads', period),
    newClients: () => fact('new_clients', period),
    // The catalogue's C = buyers ÷ leads counts, per channel, repeat buyers who were never the
    // channel's leads (email reached 184%); per channel only the clients its leads brought count.
    conversion: () => fact('conversion', { leads: m.leads, buyers: m.leadClients }),
    cac: () => cac,
    carc: () => fact('carc', period),
    ltvRevenue: () => fact('ltv', ltvMeasures(ltv, false)),
    ltvMargin: () => fact('ltv', ltvMeasures(ltv, true)),
    romiRevenue: () => fact('romi', { ...ltvMeasures(ltv, false), ...carc }),
    romiMargin: () => fact('romi', { ...ltvMeasures(ltv, true), ...carc }),
    mre: () => fact('mre', period),
    paybackMonth: () => (m.curve ? paybackMonth(m.curve, cac) : null),
    ctr: () => fact('ctr', period),
    cpc: () => fact('cpc', period),
    cr: () => (m.clicks === null ? null : fact('cr', ads)),
    cpa: () => (m.clicks === null ? null : fact('cpa', ads)),
  };
  const values = Object.fromEntries(CHANNEL_METRIC_IDS.map((id) => [id, rules[id]()])) as Record<
    ChannelMetricId,
    Maybe
  >;
  return { values, ltv };
}
