/**
 * Issue 13 §1: `kpi facts` must agree with the other screens for the same month and scope — the
 * formula (levers), the Channels page (new clients, CAC, CARC, LTV, ROMI, MRE) and the monthly
 * motivation sheet (share of new clients) — instead of saying "no data" where they compute it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/period/index.ts';
import {
  catalogueWith,
  channelsFor,
  formulaFor,
  kpiFactsFor,
  marketerFacts,
  resolveModel,
  type Workspace,
} from '../../src/services/index.ts';
import { sampleWorkspace } from './sample-company.ts';

const MONTHS = ['2024-12', '2026-03', '2026-10'];
const SCOPES: Record<string, string[]>[] = [
  {},
  { channel: ['email'] },
  { channel: ['context', 'social'] },
  { store: ['Moscow Khimki'] },
];
/** Catalogue KPI → the formula tree's node with the same definition. */
const LEVERS: Record<string, string> = {
  leads: 'L',
  conversion: 'C',
  item_price: 'Pu',
  items_per_order: 'D',
  frequency: 'Q',
  aov: 'P',
  margin: 'M',
};

describe('kpi facts agree with the other screens for the same month and scope', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
  }, 120_000);
  afterAll(() => ws.close());

  const one = async (sql: string, params: (string | number)[] = []): Promise<number> =>
    Number(Object.values((await ws.engine.driver.query(sql, params))[0] ?? {})[0]);

  for (const month of MONTHS)
    for (const filters of SCOPES)
      it(`kpi facts == formula, channels and the monthly sheet: ${month} ${JSON.stringify(filters)}`, async () => {
        const period = parsePeriod(month);
        const res = await kpiFactsFor(ws, { period, filters, catalogue: catalogueWith() });
        const fact = (id: string) => res.facts.find((f) => f.kpi === id)!.value;
        const formula = await formulaFor(ws, { tree: resolveModel('profit'), period, filters });
        for (const [kpi, node] of Object.entries(LEVERS)) {
          const expected = formula.nodes[node] ?? null;
          if (expected === null) expect(fact(kpi), kpi).toBeNull();
          else expect(fact(kpi), kpi).toBeCloseTo(expected, 9);
        }
        // Repeat orders counted independently: orders of the period after the customer's first.
        const scope = Object.entries(filters)
          .map(([k, v]) => ` AND o.${k} IN (${v.map((x) => `'${x}'`).join(', ')})`)
          .join('');
        const repeat = await one(
          `WITH f AS (SELECT customer_id, min(ts) AS t FROM orders GROUP BY customer_id)
           SELECT count(DISTINCT o.order_id) FILTER (WHERE o.ts > f.t) / count(DISTINCT o.order_id)
           FROM orders o JOIN f USING (customer_id) WHERE o.ts >= ? AND o.ts < ?${scope}`,
          [period.from, period.to],
        );
        expect(fact('repeat_share')).toBeCloseTo(repeat, 9);
        if ('store' in filters) {
          // The channel economics know no stores: no figure there, none here either.
          expect(fact('ltv')).toBeNull();
          return;
        }
        const channels = filters['channel'] ?? [];
        const ch = await channelsFor(ws, { period: month, ...(channels.length ? { channels } : {}) });
        if (channels.length === 0) {
          // With no scope, new clients are the same customers on every screen.
          expect(fact('new_clients')).toBe(ch.total.newClients);
          expect(fact('cac')).toBeCloseTo(ch.total.cac!, 6);
        }
        expect(fact('carc')).toBeCloseTo(ch.total.carc!, 6);
        expect(fact('mre')).toBeCloseTo(ch.total.mre!, 9);
        expect(fact('ltv')).toBeCloseTo(ch.total.ltvMargin!, 6);
        expect(fact('romi')).toBeCloseTo(ch.total.romiMargin!, 6);
        // The monthly sheet's share of new clients for the same channels.
        const sheet = await marketerFacts(ws, period, channels);
        expect(fact('new_client_share')).toBeCloseTo(sheet.newClientShare.value!, 9);
      });
});
