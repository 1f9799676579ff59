import type { Dialect, SqlType } from '../dialect.ts';
import type { Sql } from '../formula/measures.ts';
import { orderLevel } from '../formula/order-level.ts';

/** A period as bounds: `from` inclusive, `to` exclusive (ISO dates). */
export interface Bounds {
  from: string;
  to: string;
}

// Each query returns one row per channel plus one total row (`total` = 1), so channel figures
// and the company's own (where a customer of two channels counts once) come from one scan.
const sets = (col: string) => `GROUP BY GROUPING SETS ((${col}), ())`;

/**
 * ` AND col IN (…)` keeping only the given channels (nothing when none are given): the total row
 * then is the figure of those channels together, each customer counted once.
 */
const only = (d: Dialect, col: string, channels: readonly string[] | undefined): string =>
  channels?.length ? ` AND ${col} IN (${channels.map(() => d.param('varchar')).join(', ')})` : '';

/** `col` within the period: from (inclusive) and to (exclusive), two parameters in that order. */
const within = (d: Dialect, col: string, t: SqlType): string =>
  `${col} >= ${d.param(t)} AND ${col} < ${d.param(t)}`;

/** A row's channel and its total flag; without a channel column (null), the total row alone. */
const channelTotal = (col: string | null): string =>
  col === null
    ? 'CAST(NULL AS VARCHAR) AS channel, 1 AS total'
    : `${col} AS channel, CAST(grouping(${col}) AS INTEGER) AS total`;

/**
 * Spend per channel in a period, with impressions and clicks when the table has them. A sum over
 * rows of which some lack the figure is no sum at all: it comes back null.
 */
export function spendByChannelQuery(
  d: Dialect,
  p: Bounds,
  has: { impressions: boolean; clicks: boolean },
  channels?: readonly string[],
): Sql {
  const ch = d.ident('channel');
  const whole = (col: string, present: boolean) =>
    present
      ? `CASE WHEN count(${d.ident(col)}) = count(*) THEN CAST(sum(${d.ident(col)}) AS DOUBLE) END`
      : 'CAST(NULL AS DOUBLE)';
  const sql =
    `SELECT ${channelTotal(ch)}, ` +
    `CAST(sum(${d.ident('amount')}) AS DOUBLE) AS spend, ${whole('impressions', has.impressions)} AS impressions, ` +
    `${whole('clicks', has.clicks)} AS clicks, count(*) AS rows ` +
    `FROM ${d.ident('spend')} WHERE ${within(d, d.ident('date'), 'date')}${only(d, ch, channels)} ` +
    `${sets(ch)} ORDER BY 2, 1`;
  return { sql, params: [p.from, p.to, ...(channels ?? [])] };
}

/** Leads per channel in a period (by the lead's time); without a channel column, the total only. */
export function leadsByChannelQuery(
  d: Dialect,
  p: Bounds,
  hasChannel: boolean,
  channels?: readonly string[],
): Sql {
  const ch = d.ident('channel');
  const scope = hasChannel ? only(d, ch, channels) : '';
  const where = `WHERE ${within(d, d.ident('ts'), 'timestamp')}${scope}`;
  const from = d.ident('leads');
  const sql =
    `SELECT ${channelTotal(hasChannel ? ch : null)}, count(*) AS leads FROM ${from} ${where}` +
    (hasChannel ? ` ${sets(ch)} ORDER BY 2, 1` : '');
  return { sql, params: [p.from, p.to, ...(scope ? (channels ?? []) : [])] };
}

/**
 * Orders of a period per channel — buyers, orders, revenue, margin — and new clients per first
 * channel: customers whose first order ever (all history before the period counts) falls in the
 * period, credited to the channel of that first order.
 */
export function ordersByChannelQuery(
  d: Dialect,
  p: Bounds,
  has: { orderId: boolean; cost: boolean; channel: boolean },
  channels?: readonly string[],
): Sql {
  const scope = has.channel ? (channels ?? []) : [];
  const o = orderLevel(d, {
    hasOrderId: has.orderId,
    hasCost: has.cost,
    dim: has.channel ? 'channel' : undefined,
    where: `${d.ident('ts')} < ${d.param('timestamp')}`,
  });
  const from = d.param('timestamp');
  const sql =
    `WITH o AS (${o}), ` +
    `f AS (SELECT c, min(ts) AS first_ts, first(v ORDER BY ts, k) AS first_v FROM o GROUP BY c), ` +
    `b AS (SELECT ${channelTotal('v')}, count(DISTINCT c) AS buyers, count(*) AS orders, ` +
    `CAST(sum(revenue) AS DOUBLE) AS revenue, ` +
    `CAST(CASE WHEN count(margin) = count(*) THEN sum(margin) END AS DOUBLE) AS margin ` +
    `FROM o WHERE ts >= ${from}${only(d, 'v', scope)} ${sets('v')}), ` +
    `n AS (SELECT ${channelTotal('first_v')}, count(*) AS new_clients ` +
    `FROM f WHERE first_ts >= ${from}${only(d, 'first_v', scope)} ${sets('first_v')}) ` +
    `SELECT coalesce(b.channel, n.channel) AS channel, coalesce(b.total, n.total) AS total, ` +
    `b.buyers, b.orders, b.revenue, b.margin, n.new_clients ` +
    `FROM b FULL JOIN n ON b.channel IS NOT DISTINCT FROM n.channel AND b.total = n.total ` +
    `ORDER BY 2, 1 NULLS LAST`;
  return { sql, params: [p.to, p.from, ...scope, p.from, ...scope] };
}

/**
 * New clients from each channel's leads: customers carried by a lead of the period (its
 * customer_id, set once the lead converted) whose first order ever falls in the period. A client
 * with leads in several channels counts once, for the channel of their first lead in the period
 * (the first touch), so the channels add up to the total and no channel counts a client twice;
 * each is carried by at least one of that channel's leads, so the count never passes its leads.
 */
export function leadClientsByChannelQuery(
  d: Dialect,
  p: Bounds,
  hasChannel: boolean,
  channels?: readonly string[],
): Sql {
  const ts = d.ident('ts');
  const cid = d.ident('customer_id');
  const ch = hasChannel ? d.ident('channel') : 'CAST(NULL AS VARCHAR)';
  const scope = hasChannel ? (channels ?? []) : [];
  const sql =
    `WITH l AS (SELECT ${cid} AS c, first(${ch} ORDER BY ${ts}, ${d.ident('lead_id')}) AS channel ` +
    `FROM ${d.ident('leads')} WHERE ${within(d, ts, 'timestamp')} ` +
    `AND ${cid} IS NOT NULL GROUP BY ${cid}), ` +
    `f AS (SELECT ${cid} AS c, min(${ts}) AS first_ts FROM ${d.ident('orders')} GROUP BY ${cid}) ` +
    `SELECT ${channelTotal(hasChannel ? 'l.channel' : null)}, count(*) AS lead_clients ` +
    `FROM l JOIN f ON f.c = l.c WHERE ${within(d, 'f.first_ts', 'timestamp')}` +
    `${only(d, 'l.channel', scope)}${hasChannel ? ` ${sets('l.channel')} ORDER BY 2, 1` : ''}`;
  return { sql, params: [p.from, p.to, p.from, p.to, ...scope] };
}
