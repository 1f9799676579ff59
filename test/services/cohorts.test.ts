import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelsFor,
  cohortsFor,
  funnelFor,
  openWorkspace,
  UserError,
  type ChannelRow,
  type Workspace,
} from '../../src/services/index.ts';
import type { Cohort } from '../../src/core/cohorts/index.ts';
import { cohortWorkspace } from './cohorts-fixture.ts';

// Per-month figures of a curve, rounded so hand arithmetic (1/3, 2/3) compares exactly.
const r = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);
const curve = (c: Cohort) =>
  c.months.map((m) => ({
    month: m.month,
    customers: m.customers,
    active: m.active,
    orders: m.orders,
    revenue: m.revenue,
    retention: r(m.retention),
    ltv: r(m.cumulativeRevenuePerCustomer),
    ltvMargin: r(m.cumulativeMarginPerCustomer),
  }));

describe('cohorts on the hand-checked fixture', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace();
  });
  afterAll(() => ws.close());

  it('counts each month of each acquisition month', async () => {
    const res = await cohortsFor(ws, { asOf: '2024-03-31' });
    expect(res.partialMonth).toBeNull();
    expect(res.cohorts.map((c) => [c.cohort, c.customers])).toEqual([
      ['2024-01', 2],
      ['2024-02', 2],
      ['2024-03', 1],
    ]);
    // January: a (A1 150 + A2 40) and b (B1 80) in M0; b's B2 120 in M1; a's A3 200 in M2.
    expect(curve(res.cohorts[0]!)).toEqual([
      { month: 0, customers: 2, active: 2, orders: 3, revenue: 270, retention: 1, ltv: 135, ltvMargin: 55 },
      { month: 1, customers: 2, active: 1, orders: 1, revenue: 120, retention: 0.5, ltv: 195, ltvMargin: 80 },
      {
        month: 2,
        customers: 2,
        active: 1,
        orders: 1,
        revenue: 200,
        retention: 0.5,
        ltv: 295,
        ltvMargin: 120,
      },
    ]);
    // February bought nothing in March: a real zero, not a missing month.
    expect(curve(res.cohorts[1]!)).toEqual([
      { month: 0, customers: 2, active: 2, orders: 3, revenue: 190, retention: 1, ltv: 95, ltvMargin: 40 },
      { month: 1, customers: 2, active: 0, orders: 0, revenue: 0, retention: 0, ltv: 95, ltvMargin: 40 },
    ]);
    // Pooled: month k averages over the customers who have reached it (5, 4, then 2).
    expect(curve(res.total)).toEqual([
      { month: 0, customers: 5, active: 5, orders: 7, revenue: 550, retention: 1, ltv: 110, ltvMargin: 47 },
      {
        month: 1,
        customers: 4,
        active: 1,
        orders: 1,
        revenue: 120,
        retention: 0.25,
        ltv: 140,
        ltvMargin: 59.5,
      },
      {
        month: 2,
        customers: 2,
        active: 1,
        orders: 1,
        revenue: 200,
        retention: 0.5,
        ltv: 240,
        ltvMargin: 99.5,
      },
    ]);
  });

  it('groups by the first order’s channel, whatever channels later orders came through', async () => {
    const res = await cohortsFor(ws, { asOf: '2024-03-31', by: 'channel' });
    expect(res.cohorts.map((c) => [c.cohort, c.customers])).toEqual([
      ['ads', 3],
      ['seo', 2],
    ]);
    const [ads, seo] = res.cohorts.map(curve);
    expect(ads!.map((m) => [m.customers, m.active, m.ltv, m.ltvMargin])).toEqual([
      [3, 3, 126.6667, 53.3333],
      [3, 0, 126.6667, 53.3333],
      [1, 1, 326.6667, 133.3333],
    ]);
    // b's second order came through email; it still counts for seo, b's acquisition channel.
    expect(seo!.map((m) => [m.customers, m.active, m.ltv, m.ltvMargin])).toEqual([
      [2, 2, 85, 37.5],
      [1, 1, 205, 87.5],
      [1, 0, 205, 87.5],
    ]);
  });

  it('keeps the acquisition months asked for, decides "new" on all history, and cuts the months', async () => {
    const res = await cohortsFor(ws, { asOf: '2024-03-31', period: '2024-02..2024-03', months: 1 });
    expect(res.period).toBe('2024-02..2024-03');
    expect(res.cohorts.map((c) => [c.cohort, c.customers, c.months.length])).toEqual([
      ['2024-02', 2, 1],
      ['2024-03', 1, 1],
    ]);
  });

  it('observes up to the as-of date and says when its month is partial', async () => {
    const res = await cohortsFor(ws, { asOf: '2024-02-29' });
    expect(res.partialMonth).toBeNull();
    const mid = await cohortsFor(ws, { asOf: '2024-03-06' });
    expect(mid.partialMonth).toBe('2024-03');
    // a's A3 (03-10) is after the as-of date.
    expect(mid.cohorts[0]!.months[2]!.revenue).toBe(0);
    expect(mid.cohorts[2]!.customers).toBe(1);
  });
});

describe('channel unit economics on the hand-checked fixture', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace();
  });
  afterAll(() => ws.close());

  const rounded = (row: ChannelRow) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? r(v) : v]));

  it('computes every metric of a paid channel', async () => {
    const res = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 3 });
    expect(res.channels.map((c) => c.channel)).toEqual(['ads', 'seo', 'email']);
    const ads = rounded(res.channels[0]!);
    expect(ads).toMatchObject({
      spend: 120,
      impressions: 15000,
      clicks: 300,
      leads: 4,
      buyers: 2,
      newClients: 2,
      orders: 3,
      revenue: 190,
      conversion: 0.5, // buyers ÷ leads
      cac: 60, // 120 ÷ 2 new clients
      carc: 60, // (120 + 0) ÷ 2 buyers
      ltvRevenue: 326.6667, // the ads curve at M2
      ltvMargin: 133.3333,
      romiRevenue: 5.4444, // 326.67 ÷ 60
      romiMargin: 2.2222,
      mre: 0.6316, // 120 ÷ 190
      paybackMonth: 2, // margin per customer 53.33, 53.33, 133.33 against CAC 60
      ctr: 0.02,
      cpc: 0.4,
      cr: 0.0133, // 4 leads ÷ 300 clicks
      cpa: 30, // 120 ÷ 4 leads
    });
    expect(res.channels[0]!.ltv).toMatchObject({ months: 3, customers: 1 });
  });

  it('reads "no data" where a channel has no spend, no leads or no acquired customers', async () => {
    const res = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 3 });
    const [, seo, email] = res.channels.map(rounded);
    expect(seo).toMatchObject({
      spend: null,
      cac: null,
      carc: null,
      mre: null,
      romiRevenue: null,
      paybackMonth: null,
      ctr: null,
      cpa: null,
      leads: 1,
      newClients: 1,
      conversion: 1,
      ltvRevenue: 205,
      ltvMargin: 87.5,
    });
    // Email acquired nobody (CAC divides by zero) and its spend rows carry no clicks.
    expect(email).toMatchObject({
      spend: 50,
      newClients: 0,
      cac: null,
      carc: 25,
      mre: 0.1563,
      leads: null,
      conversion: null,
      ltvRevenue: null,
      clicks: null,
      ctr: null,
      cpc: null,
    });
  });

  it('channel unit economics look impossible: conversion is new clients from the channel’s leads ÷ its leads (issue 13 §1)', async () => {
    // An email lead carrying a, a client since January: a and b bought through email in the period
    // (2 buyers for 1 lead, "200%"), but neither is a new client from an email lead.
    const own = await cohortWorkspace();
    try {
      await own.engine.driver.exec(
        `INSERT INTO leads VALUES ('L7', '2024-03-01', 'email', 'a', 'converted')`,
      );
      const res = await channelsFor(own, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 3 });
      const by = Object.fromEntries(res.channels.map((c) => [c.channel, c]));
      expect(by['email']).toMatchObject({ leads: 1, buyers: 2, leadClients: 0, conversion: 0 });
      // ads: L2 → d and L3 → c, both first ordering in February; L4 and L5 converted nobody.
      expect(by['ads']).toMatchObject({ leads: 4, leadClients: 2, conversion: 0.5 });
      expect(by['seo']).toMatchObject({ leads: 1, leadClients: 1, conversion: 1 });
      // The company: c, d, e from 6 leads; the channels add up to it.
      expect(res.total).toMatchObject({ leads: 6, leadClients: 3, conversion: 0.5 });
      expect(res.channels.reduce((s, c) => s + (c.leadClients ?? 0), 0)).toBe(res.total.leadClients);
      for (const c of [...res.channels, res.total])
        if (c.conversion !== null) {
          expect(c.conversion).toBeGreaterThanOrEqual(0);
          expect(c.conversion).toBeLessThanOrEqual(1);
        }
    } finally {
      await own.close();
    }
  });

  it('says why CARC is below CAC and why ROMI runs into the thousands, and defines every metric (issue 13 §1)', async () => {
    const res = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 3 });
    for (const m of res.metrics) {
      expect(m.definition.ru.length, m.id).toBeGreaterThan(5);
      expect(m.definition.en.length, m.id).toBeGreaterThan(5);
    }
    // The total: CAC 170 ÷ 3 = 56.67 against CARC 170 ÷ 5 = 34 — 2 of the 5 buyers came back.
    const carc = res.notes.find((n) => n.kind === 'carcBelowCac');
    const hit = [...res.channels, res.total].filter(
      (r) => r.cac !== null && r.carc !== null && r.carc < r.cac,
    );
    expect(hit.length).toBeGreaterThan(0);
    // Every row where CARC is below CAC is named, and only those; none has ROMI ≥ 1 000% here.
    expect(carc?.channels).toEqual(hit.map((r) => r.channel));
    expect(res.notes.some((n) => n.kind === 'romiHigh')).toBe(
      [...res.channels, res.total].some((r) => r.romiRevenue !== null && r.romiRevenue >= 10),
    );
    const example = [...res.channels, res.total].find((r) => r.channel === carc!.example)!;
    const back = example.buyers! - example.newClients!;
    expect(carc!.text.en).toContain(`${back} of whom came back`);
    expect(carc!.text.ru).toContain(`из них ${back} вернулись`);
  });

  it('gives the company total, counting a customer of two channels once', async () => {
    const res = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 3 });
    expect(rounded(res.total)).toMatchObject({
      channel: null,
      spend: 170,
      leads: 5,
      buyers: 5,
      newClients: 3,
      revenue: 600,
      cac: 56.6667,
      carc: 34,
      mre: 0.2833,
      ltvRevenue: 240,
      ltvMargin: 99.5,
      paybackMonth: 1, // pooled margin per customer 47, 59.5 against CAC 56.67
      clicks: null, // email's spend rows have none, so the total has no whole click count
      ctr: null,
    });
  });

  it('splits other marketing costs among channels by buyers for CARC', async () => {
    const res = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', otherCosts: 100 });
    const ads = res.channels.find((c) => c.channel === 'ads')!;
    expect(ads.otherCosts).toBe(40); // 2 of 5 channel buyers
    expect(ads.carc).toBe(80); // (120 + 40) ÷ 2
    expect(ads.cac).toBe(60); // CAC stays the spend table's
    expect(res.total.carc).toBe(54); // (170 + 100) ÷ 5
  });

  it('knows which way each metric is better, from the KPI catalogue', async () => {
    const res = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31' });
    const dir = Object.fromEntries(res.metrics.map((m) => [m.id, m.direction]));
    expect(dir).toMatchObject({ cac: 'lower', carc: 'lower', mre: 'lower', cpc: 'lower', cpa: 'lower' });
    expect(dir).toMatchObject({
      ltvRevenue: 'higher',
      romiMargin: 'higher',
      conversion: 'higher',
      ctr: 'higher',
    });
    expect(res.metrics.find((m) => m.id === 'cac')!.kpi).toBe('cac');
  });

  it('takes the horizon from the curve and gives no LTV past what was observed', async () => {
    const short = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 1 });
    expect(r(short.channels[0]!.ltvRevenue)).toBe(126.6667);
    const long = await channelsFor(ws, { period: '2024-02..2024-03', asOf: '2024-03-31', horizon: 4 });
    expect(long.channels[0]!.ltvRevenue).toBeNull();
    expect(long.channels[0]!.romiRevenue).toBeNull();
  });
});

describe('product funnel on the hand-checked fixture', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace();
  });
  afterAll(() => ws.close());

  it('labels each order by its largest category and follows three purchases', async () => {
    const res = await funnelFor(ws, { asOf: '2024-03-31' });
    expect(res.customers).toBe(5);
    expect(res.purchases.map((s) => [s.step, s.customers, r(s.averageCheck), r(s.reachedShare)])).toEqual([
      [1, 5, 96, 1],
      [2, 3, 63.3333, 0.6],
      [3, 1, 200, 0.2],
    ]);
    // e's tie (X 45, Y 45) goes to X.
    expect(
      res.purchases[0]!.values.map((v) => [v.value, v.customers, r(v.averageCheck), r(v.continuedShare)]),
    ).toEqual([
      ['X', 3, 113.3333, 0.3333],
      ['Y', 2, 70, 1],
    ]);
    expect(res.purchases[2]!.values[0]!.continuedShare).toBeNull();
    expect(
      res.transitions
        .filter((t) => t.step === 1)
        .map((t) => [t.from, t.to, t.stopped, t.customers, r(t.share), t.nextAverageCheck]),
    ).toEqual([
      ['X', null, true, 2, 0.6667, null],
      ['X', 'Y', false, 1, 0.3333, 40],
      ['Y', 'X', false, 1, 0.5, 120],
      ['Y', 'Y', false, 1, 0.5, 30],
    ]);
  });

  it('follows only customers acquired in the period', async () => {
    const res = await funnelFor(ws, { asOf: '2024-03-31', period: '2024-02', steps: 2 });
    expect(res.customers).toBe(2); // c and d
    expect(res.purchases.map((s) => s.customers)).toEqual([2, 1]);
  });
});

describe('bad input', () => {
  it('says what to do on a warehouse without orders', async () => {
    const ws = await openWorkspace(':memory:');
    try {
      for (const run of [() => cohortsFor(ws), () => channelsFor(ws), () => funnelFor(ws)]) {
        await expect(run()).rejects.toBeInstanceOf(UserError);
        await expect(run()).rejects.toThrow(/no orders yet/);
      }
    } finally {
      await ws.close();
    }
  });

  it('handles an orders table with no rows', async () => {
    const ws = await cohortWorkspace({ lines: [], spend: false, leads: false });
    try {
      await expect(cohortsFor(ws)).rejects.toThrow(/no orders yet/);
    } finally {
      await ws.close();
    }
  });

  it('works for a single customer without spend or leads: money metrics read "no data"', async () => {
    const ws = await cohortWorkspace({
      lines: [
        ['O1', 'solo', '2024-01-10 10:00', 'ads', 'X', 100, 40],
        ['O2', 'solo', '2024-03-10 10:00', 'ads', 'Y', 50, 20],
      ],
      spend: false,
      leads: false,
    });
    try {
      const cohorts = await cohortsFor(ws);
      expect(cohorts.cohorts).toHaveLength(1);
      expect(curve(cohorts.total).map((m) => [m.retention, m.ltv])).toEqual([
        [1, 100],
        [0, 100],
        [1, 150],
      ]);
      const ch = await channelsFor(ws, { period: '2024-01..2024-03', horizon: 3 });
      expect(ch.missing).toEqual(['spend', 'leads']);
      const ads = ch.channels[0]!;
      expect([ads.newClients, ads.buyers, ads.ltvRevenue, ads.ltvMargin]).toEqual([1, 1, 150, 90]);
      for (const id of [
        'spend',
        'leads',
        'conversion',
        'cac',
        'carc',
        'romiRevenue',
        'romiMargin',
        'mre',
      ] as const)
        expect(ads[id], id).toBeNull();
      for (const id of ['paybackMonth', 'ctr', 'cpc', 'cr', 'cpa'] as const) expect(ads[id], id).toBeNull();
      const funnel = await funnelFor(ws);
      expect(funnel.purchases.map((s) => [s.step, s.values[0]!.value])).toEqual([
        [1, 'X'],
        [2, 'Y'],
      ]);
    } finally {
      await ws.close();
    }
  });

  it('names the column, the date or the number that is wrong', async () => {
    const ws = await cohortWorkspace();
    try {
      await expect(cohortsFor(ws, { by: 'store' })).rejects.toThrow(
        'the orders have no column "store" for by: use one of category, channel',
      );
      await expect(funnelFor(ws, { dim: 'product' })).rejects.toThrow(/no column "product" for dim/);
      await expect(cohortsFor(ws, { asOf: '2023-12-31' })).rejects.toThrow(/data start on 2024-01-05/);
      await expect(cohortsFor(ws, { asOf: '2030-01-01' })).rejects.toThrow(/in the future/);
      await expect(cohortsFor(ws, { asOf: '31.03.2024' })).rejects.toThrow(/^asof must be a date/);
      await expect(cohortsFor(ws, { months: 0 })).rejects.toThrow(/^months /);
      await expect(channelsFor(ws, { horizon: 1.5 })).rejects.toThrow(/^horizon /);
      await expect(channelsFor(ws, { otherCosts: -1 })).rejects.toThrow(/^other-costs /);
      await expect(funnelFor(ws, { steps: 0 })).rejects.toThrow(/^steps /);
      await expect(channelsFor(ws, { period: '2024-13' })).rejects.toThrow(/month 13/);
    } finally {
      await ws.close();
    }
  });
});
