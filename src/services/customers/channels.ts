import { channelMetrics, unitEconomics, type ChannelMeasures } from '../../core/channels/index.ts';
import { cohortsFromCells, pooledCurve, type Cohort } from '../../core/cohorts/index.ts';
import type { Maybe } from '../../core/formula/types.ts';
import type { Row } from '../../engines/engine.ts';
import type { Sql } from '../../sql/formula/measures.ts';
import {
  leadClientsByChannelQuery,
  leadsByChannelQuery,
  ordersByChannelQuery,
  spendByChannelQuery,
} from '../../sql/customers/channels.ts';
import { cohortCells } from './cohorts.ts';
import type { ChannelRow, ChannelsResult } from '../../contract/customers.ts';
import { monthIndexOf, observeOrders } from './observation.ts';
import { defaultPeriods } from '../warehouse/data-range.ts';
import { parsePeriodOption } from '../inputs/periods.ts';
import { UserError } from '../inputs/user-error.ts';
import { FIELD } from '../../i18n/index.ts';
import { channelNotes } from './channel-notes.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** What `fulcrum channels` asks for. */
export interface ChannelsRequest {
  /** The period of spend, leads, buyers and new clients (default: the last 12 complete months). */
  period?: string;
  /** Last day of the data the LTV curves read (default: the last order date). */
  asOf?: string;
  /** Months since acquisition the LTV counts, the acquisition month included (default 12). */
  horizon?: number;
  /** Marketing costs of the period outside the spend table, split among channels by buyers. */
  otherCosts?: number;
  /**
   * Only these channels (an employee's scope): rows for them alone, and `total` the figures of the
   * scope together — a customer of two of its channels once, the LTV curve pooled over the
   * customers they acquired. Leads or orders without a channel column read "no data" then.
   */
  channels?: readonly string[];
}

/**
 * One channel's figures and unit economics (the metric fields named as in `metrics`), and the
 * channels of a period with the whole company as `total`: the contract's shapes.
 */
export type { ChannelRow, ChannelsResult };

const num = (v: unknown): Maybe => (v === null || v === undefined ? null : Number(v));
const key = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

// Splits rows into the total (grouping sets' grand total) and the per-channel ones.
function split(rows: readonly Row[]): { total: Row | null; byChannel: Map<string | null, Row> } {
  const byChannel = new Map<string | null, Row>();
  let total: Row | null = null;
  for (const r of rows) {
    if (Number(r.total) === 1) total = r;
    else byChannel.set(key(r.channel), r);
  }
  return { total, byChannel };
}

/**
 * Spend, leads and orders per channel in one scan each, the LTV curve of each channel's acquired
 * customers from the cohort cells, and the metrics from the KPI catalogue. A table the warehouse
 * lacks, or a channel with no rows in it for the period, reads "no data" for what it would give.
 */
export async function channelsFor(ws: Workspace, req: ChannelsRequest = {}): Promise<ChannelsResult> {
  const obs = await observeOrders(ws, req.asOf);
  const period = req.period
    ? parsePeriodOption(req.period, 'period')
    : (await defaultPeriods(ws.engine, obs.columns)).current;
  const horizon = req.horizon ?? 12;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 600)
    throw new UserError(
      {
        en: `${FIELD} must be a whole number of months from 1 to 600, got "${req.horizon}"`,
        ru: `${FIELD} — целое число месяцев от 1 до 600, а не «${req.horizon}»`,
      },
      'horizon',
    );
  const otherCosts = req.otherCosts ?? 0;
  if (!Number.isFinite(otherCosts) || otherCosts < 0)
    throw new UserError(
      {
        en: `${FIELD} must be an amount ≥ 0, got "${req.otherCosts}"`,
        ru: `${FIELD} — сумма ≥ 0, а не «${req.otherCosts}»`,
      },
      'other-costs',
    );
  const d = ws.engine.dialect;
  const q = (s: Sql) => ws.engine.driver.query(s.sql, s.params);
  const cols = obs.columns;
  const spendCols = cols.get('spend');
  const leadCols = cols.get('leads');
  const missing = [
    ...(spendCols ? [] : ['spend']),
    ...(spendCols && !spendCols.has('impressions') ? ['spend.impressions'] : []),
    ...(spendCols && !spendCols.has('clicks') ? ['spend.clicks'] : []),
    ...(leadCols ? [] : ['leads']),
    ...(leadCols && !leadCols.has('channel') ? ['leads.channel'] : []),
    ...(leadCols && !leadCols.has('customer_id') ? ['leads.customer_id'] : []),
    ...(obs.orderColumns.has('channel') ? [] : ['orders.channel']),
    ...(obs.orderColumns.has('cost') ? [] : ['orders.cost']),
  ];
  const scope = req.channels?.length ? req.channels : undefined;
  const scoped = (has: boolean | undefined): boolean => scope === undefined || Boolean(has);
  const spend = split(
    spendCols && scoped(spendCols.has('channel'))
      ? await q(
          spendByChannelQuery(
            d,
            period,
            { impressions: spendCols.has('impressions'), clicks: spendCols.has('clicks') },
            scope,
          ),
        )
      : [],
  );
  const leads = split(
    leadCols && scoped(leadCols.has('channel'))
      ? await q(leadsByChannelQuery(d, period, leadCols.has('channel'), scope))
      : [],
  );
  // Without a customer id on leads no client can be traced to a lead: conversion reads "no data".
  const leadClients = split(
    leadCols?.has('customer_id') && scoped(leadCols.has('channel'))
      ? await q(leadClientsByChannelQuery(d, period, leadCols.has('channel'), scope))
      : [],
  );
  const orders = split(
    scoped(obs.orderColumns.has('channel'))
      ? await q(
          ordersByChannelQuery(
            d,
            period,
            {
              orderId: obs.orderColumns.has('order_id'),
              cost: obs.orderColumns.has('cost'),
              channel: obs.orderColumns.has('channel'),
            },
            scope,
          ),
        )
      : [],
  );
  const cells = await cohortCells(
    ws,
    {
      asOf: obs.asOf,
      by: obs.orderColumns.has('channel') ? 'channel' : null,
      fromMonth: monthIndexOf(obs.first),
      toMonth: monthIndexOf(obs.asOf),
      maxMonth: 1200,
    },
    obs.orderColumns,
  );
  const curves = new Map<string | null, Cohort>(
    obs.orderColumns.has('channel') ? cohortsFromCells(cells).map((c) => [c.cohort, c]) : [],
  );

  const names = new Set<string | null>([
    ...orders.byChannel.keys(),
    ...spend.byChannel.keys(),
    ...(leadCols?.has('channel') ? leads.byChannel.keys() : []),
  ]);
  const buyersOf = (r: Row | null | undefined): Maybe => num(r?.buyers);
  const channelBuyers = [...orders.byChannel.values()].reduce((s, r) => s + (buyersOf(r) ?? 0), 0);
  const share = (r: Row | undefined): number =>
    channelBuyers > 0 ? (otherCosts * (buyersOf(r) ?? 0)) / channelBuyers : 0;

  const row = (
    channel: string | null,
    s: Row | null | undefined,
    l: Row | null | undefined,
    lc: Row | null | undefined,
    o: Row | null | undefined,
    curve: Cohort | null,
    other: number,
    adLeads: Maybe,
  ): ChannelRow => {
    // A channel with orders in the period but no first orders had zero new clients, not none.
    const newClients = o ? (num(o.new_clients) ?? (o.buyers === null ? null : 0)) : null;
    const m: ChannelMeasures = {
      spend: num(s?.spend),
      impressions: num(s?.impressions),
      clicks: num(s?.clicks),
      leads: num(l?.leads),
      // A channel with leads but no client from them converted none of them: 0, not "no data".
      leadClients: leadCols?.has('customer_id') && l ? (num(lc?.lead_clients) ?? 0) : null,
      adLeads,
      buyers: buyersOf(o),
      newClients,
      revenue: num(o?.revenue),
      otherCosts: other,
      curve,
    };
    const { values, ltv } = unitEconomics(m, horizon);
    return {
      channel,
      spend: m.spend,
      impressions: m.impressions,
      clicks: m.clicks,
      buyers: m.buyers,
      leadClients: m.leadClients,
      orders: num(o?.orders),
      revenue: m.revenue,
      otherCosts: other,
      ...values,
      ltv,
    };
  };

  const channels = [...names]
    .map((name) =>
      row(
        name,
        spend.byChannel.get(name),
        leads.byChannel.get(name),
        leadClients.byChannel.get(name),
        orders.byChannel.get(name),
        curves.get(name) ?? null,
        share(orders.byChannel.get(name)),
        num(spend.byChannel.get(name)?.clicks) === null ? null : num(leads.byChannel.get(name)?.leads),
      ),
    )
    .sort(
      (a, b) =>
        Number(a.channel === null) - Number(b.channel === null) ||
        (b.newClients ?? -1) - (a.newClients ?? -1) ||
        String(a.channel).localeCompare(String(b.channel)),
    );
  const withClicks = channels.filter((c) => c.clicks !== null && c.leads !== null);
  const adLeads = withClicks.length ? withClicks.reduce((sum, c) => sum + (c.leads ?? 0), 0) : null;
  const inScope = scope ? new Set<string | null>(scope) : null;
  const pooled = pooledCurve(inScope ? cells.filter((c) => inScope.has(c.cohort)) : cells);
  const total = row(
    null,
    spend.total,
    leads.total,
    leadClients.total,
    orders.total,
    pooled,
    otherCosts,
    adLeads,
  );
  return {
    period: period.label,
    from: period.from,
    to: period.to,
    asOf: obs.asOf,
    horizonMonths: horizon,
    otherCosts,
    metrics: channelMetrics(),
    channels,
    total,
    missing,
    notes: channelNotes([...channels, total]),
  };
}
