import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreRfm, type RfmValues } from '../../../src/core/rfm/index.ts';
import { rfmValuesQuery } from '../../../src/sql/customers/rfm.ts';
import { duckdbDialect } from '../../../src/sql/duckdb-dialect.ts';
import type { Engine } from '../../../src/engines/engine.ts';
import { rfmPackageOrders } from '../../sql/rfm-orders.ts';

const v = (customerId: string, recencyDays: number, frequency: number, monetary: number): RfmValues => ({
  customerId,
  recencyDays,
  frequency,
  monetary,
  ordersAllTime: frequency,
  revenueAllTime: monetary,
});

describe('r-rfm on the R package rfm example (analysis date 2006-12-31)', () => {
  let engine: Engine;
  let rows: RfmValues[];
  beforeAll(async () => {
    engine = await rfmPackageOrders();
    const q = rfmValuesQuery(duckdbDialect, { asOf: '2006-12-31', hasOrderId: false });
    rows = (await engine.driver.query(q.sql, q.params)).map((r) => ({
      customerId: r.customer_id as string,
      recencyDays: r.recency_days as number,
      frequency: r.frequency as number,
      monetary: r.monetary as number,
      ordersAllTime: r.orders_all_time as number,
      revenueAllTime: r.revenue_all_time as number,
    }));
  });
  afterAll(() => engine.driver.close());

  it("uses the package's breaks (its docs round them to 115, 181, 297, 482 / 4, 5, 6, 8 / 256, 382, 506, 666)", () => {
    const { boundaries } = scoreRfm('r-rfm', rows);
    expect(boundaries).toEqual({ r: [115, 181, 297.4, 482], f: [4, 5, 6, 8], m: [255.8, 382, 506.4, 666] });
  });

  it("reproduces the rfm_score of the package README's first customers", () => {
    const { scores } = scoreRfm('r-rfm', rows);
    const score = (id: string) => {
      const s = scores[rows.findIndex((r) => r.customerId === id)]!;
      return s.r * 100 + s.f * 10 + s.m;
    };
    // README: Abbey O'Reilly DVM 343, Add Senger 412, Aden Lesch Sr. 323, Admiral Senger 433,
    // Agness O'Keefe 555, Aileen Barton 555, Ailene Hermann 355, Aiyanna Bruen PhD 321,
    // Ala Schmidt DDS 212, Alannah Borer 121 (the CSV drops the name suffixes).
    expect(
      ["Abbey O'Reilly", 'Add Senger', 'Aden Lesch', 'Admiral Senger', "Agness O'Keefe", 'Aileen Barton'].map(
        score,
      ),
    ).toEqual([343, 412, 323, 433, 555, 555]);
    expect(['Ailene Hermann', 'Aiyanna Bruen', 'Ala Schmidt', 'Alannah Borer'].map(score)).toEqual([
      355, 321, 212, 121,
    ]);
  });
});

describe('quantile scoring', () => {
  it('gives equal values equal scores, whatever their order', () => {
    const rows = [
      v('a', 10, 1, 100),
      v('b', 10, 1, 100),
      v('c', 50, 3, 300),
      v('d', 90, 1, 50),
      v('e', 5, 9, 900),
    ];
    const { scores } = scoreRfm('quantile', rows);
    expect(scores[0]).toEqual(scores[1]);
    expect(scores[4]).toEqual({ r: 5, f: 5, m: 5 });
    expect(scores[3]!.r).toBe(1);
  });

  it('scores every customer of an identical base the same', () => {
    const { scores } = scoreRfm('quantile', [v('a', 7, 2, 10), v('b', 7, 2, 10), v('c', 7, 2, 10)]);
    expect(new Set(scores.map((s) => JSON.stringify(s))).size).toBe(1);
  });

  it('returns nothing for no customers and scores a single one', () => {
    expect(scoreRfm('quantile', []).scores).toEqual([]);
    expect(scoreRfm('quantile', [v('a', 1, 1, 1)]).scores).toHaveLength(1);
  });
});

describe('breaks and norms', () => {
  it('scores against user breaks, R reversed', () => {
    const b = { r: [30, 90, 180, 365], f: [2, 3, 5, 8], m: [1000, 3000, 6000, 10000] };
    const { scores } = scoreRfm('breaks', [v('a', 10, 8, 10000), v('b', 400, 1, 999)], { breaks: b });
    expect(scores).toEqual([
      { r: 5, f: 5, m: 5 },
      { r: 1, f: 1, m: 1 },
    ]);
  });

  it('rejects unsorted breaks and axes of different lengths', () => {
    expect(() =>
      scoreRfm('breaks', [v('a', 1, 1, 1)], { breaks: { r: [3, 1], f: [1, 2], m: [1, 2] } }),
    ).toThrow(/must ascend/);
    expect(() => scoreRfm('breaks', [v('a', 1, 1, 1)], { breaks: { r: [1, 3], f: [1], m: [1, 2] } })).toThrow(
      /f has 1 thresholds/,
    );
  });

  it('judges recency by the limit day and checks by the minimum average check', () => {
    const norms = { limitDay: 120, purchasesPerYear: 4, minAverageCheck: 2000 };
    const { scores, boundaries } = scoreRfm('norms', [v('a', 20, 8, 40000), v('b', 200, 1, 900)], { norms });
    expect(boundaries.r).toEqual([30, 60, 120, 240]);
    expect(scores).toEqual([
      { r: 5, f: 5, m: 5 },
      { r: 2, f: 2, m: 1 },
    ]);
  });
});

it('names the known strategies when given an unknown one', () => {
  expect(() => scoreRfm('deciles', [v('a', 1, 1, 1)])).toThrow(
    'unknown binning "deciles": use one of quantile, r-rfm, breaks, norms',
  );
});
