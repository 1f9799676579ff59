import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalWeight, type SummaryColumns } from '../../src/core/clv/index.ts';
import { fitInputs, importInto, openWorkspace, type Workspace } from '../../src/services/index.ts';
import { DATASETS } from '../helpers/datasets.ts';

// Each model's rows as plain objects, to compare runs and check every row.
const rowsOf = (c: SummaryColumns) =>
  Array.from({ length: c.length }, (_, i) => ({ x: c.x[i], tx: c.tx[i], T: c.T[i], m: c.m[i], w: c.w[i] }));

describe("each model's compressed inputs, read by column from one query", () => {
  let ws: Workspace;
  beforeAll(async () => {
    const [, ...lines] = readFileSync(`${DATASETS}cdnow/cdnowElog_BTYD.csv`, 'utf8').trim().split('\n');
    const csv = lines.map((l, i) => {
      const [id, , date, , sales] = l.split(',').map((c) => c.replace(/"/g, ''));
      return `O${i},C${id},${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)},${sales}`;
    });
    const file = join(mkdtempSync(join(tmpdir(), 'fulcrum-clv-inputs-')), 'orders.csv');
    writeFileSync(file, ['order_id,customer_id,ts,revenue', ...csv].join('\n'));
    ws = await openWorkspace(':memory:');
    expect((await importInto(ws, { file, table: 'orders' })).status).toBe('imported');
  });
  afterAll(() => ws.close());

  it("splits BG/NBD's rows from Gamma-Gamma's, each holding only what its model reads", async () => {
    const both = await fitInputs(ws, '1997-09-30', 'week', ['bgnbd', 'gg']);
    // Every CDNOW customer bought in the first quarter of 1997; 946 of them again by the end of September.
    expect(totalWeight(both.bgnbd)).toBe(2357);
    expect(totalWeight(both.gg)).toBe(946);
    for (const r of rowsOf(both.bgnbd)) {
      expect(r.m).toBe(0);
      expect(r.tx).toBeLessThanOrEqual(r.T!);
    }
    for (const r of rowsOf(both.gg)) {
      expect(r.x).toBeGreaterThan(0);
      expect(r.m).toBeGreaterThan(0);
      expect([r.tx, r.T]).toEqual([0, 0]);
    }
  });

  it('gives each model the same rows whether asked alone or with the other, in the same order every time', async () => {
    const both = await fitInputs(ws, '1997-09-30', 'week', ['bgnbd', 'gg']);
    const bg = await fitInputs(ws, '1997-09-30', 'week', ['bgnbd']);
    const gg = await fitInputs(ws, '1997-09-30', 'week', ['gg']);
    expect(rowsOf(bg.bgnbd)).toEqual(rowsOf(both.bgnbd));
    expect(rowsOf(gg.gg)).toEqual(rowsOf(both.gg));
    expect(bg.gg.length).toBe(0);
    expect(gg.bgnbd.length).toBe(0);
  });
});
