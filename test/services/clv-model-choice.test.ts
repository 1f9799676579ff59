import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  paretoNbdExpectedPurchases,
  paretoNbdPAlive,
  type ParetoNbdParams,
} from '../../src/core/clv/index.ts';
import {
  clvValidationFor,
  customerListFor,
  customerListSheet,
  openWorkspace,
  type Workspace,
} from '../../src/services/index.ts';
import { DATASETS } from '../helpers/datasets.ts';
import { localSheet } from '../../src/files/table-export.ts';

// Customer 1516 of the CDNOW 1/10 sample, picked by the BTYD package's walkthrough vignette
// (McCarthy & Wadsworth, "Buy 'Til You Die — A Walkthrough", section Pareto/NBD): 26 repeat
// purchases, the last at week 30.857 of 31 observed up to 1997-09-30.
const C1516 = { x: 26, tx: 30.857142857142858, T: 31, m: 0 };

describe('the purchase model behind CRM lists and the holdout check, on CDNOW', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace(':memory:');
    await ws.engine.driver.exec(
      `CREATE TABLE orders AS SELECT sampleid AS customer_id, strptime(date, '%Y%m%d') AS ts, ` +
        `CAST(sales AS DECIMAL(18,2)) AS revenue ` +
        `FROM read_csv('${DATASETS}cdnow/cdnowElog_BTYD.csv', header = true, all_varchar = true)`,
    );
  });
  afterAll(() => ws.close());

  const list = (model?: string) =>
    customerListFor(ws, { binning: 'quantile', asOf: '1997-09-30', clv: { unit: 'week', model } });

  it('takes P(alive) and expected purchases in a list from the Pareto/NBD when asked', async () => {
    const res = await list('pareto-nbd');
    expect(res.clv!.model).toBe('pareto-nbd');
    expect(res.clv!.bgnbd).toBeUndefined();
    const p = res.clv!.purchase.params as ParetoNbdParams;
    expect(Object.keys(p)).toEqual(['r', 'alpha', 's', 'beta']);
    const line = res.customers.find((c) => c.customer_id === '1516')!;
    expect(line.p_alive_model).toBe('pareto-nbd');
    // The list's figures are the core's, for this customer, at the fitted parameters (52 weeks: a year).
    expect(line.p_alive).toBeCloseTo(paretoNbdPAlive(p, C1516), 12);
    expect(line.expected_purchases).toBeCloseTo(paretoNbdExpectedPurchases(p, C1516, 52), 10);
    // And close to the vignette's, printed at its own fit (r 0.553, α 10.58, s 0.606, β 11.656):
    // pnbd.PAlive 0.997874 and pnbd.ConditionalExpectedTransactions(T.star = 52) 25.45647.
    expect(line.p_alive!).toBeCloseTo(0.9979, 3);
    expect(line.expected_purchases!).toBeCloseTo(25.46, 1);
    // BG/NBD sees the same customer differently: the choice reaches the list.
    const bg = (await list()).customers.find((c) => c.customer_id === '1516')!;
    expect(bg.p_alive_model).toBe('bgnbd');
    expect(Math.abs(bg.p_alive! - line.p_alive!)).toBeGreaterThan(0.01);
  });

  it('keeps the export columns and adds which model produced P(alive)', async () => {
    const res = await list('pareto-nbd');
    const sheet = customerListSheet(res);
    // The English export's headers are the stable ids a CRM mapping keys on.
    expect(localSheet(sheet, 'en').headers.slice(-5)).toEqual([
      'p_alive',
      'expected_purchases',
      'expected_average_value',
      'clv',
      'p_alive_model',
    ]);
    const row = sheet.rows.find((r) => r[0] === '1516')!;
    expect(row.at(-1)).toBe('pareto-nbd');
    expect(row.at(-5)).toBe(res.customers.find((c) => c.customer_id === '1516')!.p_alive);
  });

  it('refuses an unknown purchase model, naming the choices', async () => {
    await expect(list('gg')).rejects.toThrow('unknown purchase model "gg": use bgnbd or pareto-nbd');
  });

  it('checks the Pareto/NBD on the 39-week holdout as the BTYD vignette does', async () => {
    const v = await clvValidationFor(ws, {
      model: 'pareto-nbd',
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      unit: 'week',
    });
    expect(v.model).toBe('pareto-nbd');
    expect(v.purchase.convergence).toBe('converged');
    const { groups, total } = v.validation;
    expect(groups.map((g) => [g.x, g.customers, g.actual])).toEqual([
      [0, 1411, 334],
      [1, 439, 306],
      [2, 214, 298],
      [3, 100, 156],
      [4, 62, 157],
      [5, 38, 112],
      [6, 29, 112],
      [7, 64, 407],
    ]);
    // Published: the BTYD walkthrough vignette's pnbd.PlotFreqVsConditionalExpectedFrequency
    // (T.star = 39, censor = 7) prints the conditional expectations per customer, to 3 decimals:
    // 0.138 0.600 1.196 1.714 2.399 2.907 3.819 6.403. Our fit differs from BTYD's only along
    // the flat β direction, far below these digits.
    const published = [0.138, 0.6, 1.196, 1.714, 2.399, 2.907, 3.819, 6.403];
    groups.forEach((g, i) =>
      expect(Math.abs(g.predictedMean - published[i]!), `x = ${g.x}`).toBeLessThan(0.006),
    );
    // The total implied by the published means (1 665.2, against 1 882 actual repeat purchases);
    // their rounding to 3 decimals alone allows ±0.8.
    const implied = groups.reduce((s, g, i) => s + g.customers * published[i]!, 0);
    expect(implied).toBeCloseTo(1665.2, 1);
    expect(Math.abs(total.predicted - implied)).toBeLessThan(1);
    expect(total.actual).toBe(1882);
  });

  it('keeps BG/NBD as the default check, under its old field too', async () => {
    const v = await clvValidationFor(ws, {
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      unit: 'week',
    });
    expect(v.model).toBe('bgnbd');
    expect(v.bgnbd).toEqual(v.purchase);
    expect(Object.keys(v.purchase.params)).toEqual(['r', 'alpha', 'a', 'b']);
    // The same total as the core's table on BTYD's summary (test/core/clv/cdnow.test.ts).
    expect(v.validation.total.predicted).toBeCloseTo(1653.4, 0);
  });
});
