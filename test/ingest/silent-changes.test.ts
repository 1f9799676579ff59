import { describe, expect, it } from 'vitest';
import { fileInPlace } from '../../src/ingest/file-in-place.ts';
import { REASONS } from '../../src/ingest/reasons.ts';
import { useWarehouse } from './helpers.ts';

const HEADER = 'order_id;customer_id;ts;revenue;items';
/** More clean rows than the typed read samples (500), so a late value meets the direct path. */
const CLEAN = Array.from({ length: 600 }, (_, i) => `O${i + 1};C${i + 1};2024-03-01 10:00:00;100.00;1`);
const en = REASONS.en;

describe('§2 silent changes are refused with the row named (direct and staged paths)', () => {
  const ctx = useWarehouse();

  /** A file of the clean rows plus `line` (early: right under the header; late: after row 600). */
  function file(name: string, line: string, where: 'early' | 'late'): string {
    const rows = where === 'early' ? [line, ...CLEAN] : [...CLEAN, line];
    return ctx.write(name, [HEADER, ...rows].join('\n'));
  }
  const rowOf = (where: 'early' | 'late'): number => (where === 'early' ? 2 : 602);

  /** Imports `line` early and late; both must be rejected naming the row, column and reason. */
  async function refused(line: string, column: string, reason: string): Promise<void> {
    for (const where of ['early', 'late'] as const) {
      const r = await ctx.import({ file: file(`${where}.csv`, line, where), table: 'orders' });
      expect(r.status, where).toBe('rejected');
      expect(r.errors, where).toEqual([expect.objectContaining({ row: rowOf(where), column, reason })]);
      expect(await ctx.rows('SELECT count(*) AS n FROM orders')).toEqual([{ n: 0 }]);
    }
  }

  it('fractions of a kopeck are refused, not rounded (0.005 → 0.01)', async () => {
    const reason = en.tooPrecise.replaceAll('{places}', '2');
    await refused('X;C;2024-03-01 10:00:00;0.005;1', 'revenue', reason);
    await refused('X;C;2024-03-01 10:00:00;1 234,567 ₽;1', 'revenue', reason);
  });

  it('a quantity with more than 3 decimal places is refused, not rounded', async () => {
    await refused('X;C;2024-03-01 10:00:00;1.00;1.2345', 'items', en.tooPrecise.replaceAll('{places}', '3'));
  });

  it('time-zone offsets (+03:00, Z) are refused, not dropped', async () => {
    await refused('X;C;2024-03-01T10:00:00+03:00;1.00;1', 'ts', en.zone);
    await refused('X;C;2024-03-01 10:00:00Z;1.00;1', 'ts', en.zone);
    await refused('X;C;01.03.2024 10:00 +0300;1.00;1', 'ts', en.zone);
  });

  it('1_000 is refused, not read as 1000', async () => {
    await refused('X;C;2024-03-01 10:00:00;1_000;1', 'revenue', en.digitGroups);
    await refused('X;C;2024-03-01 10:00:00;1.00;1_0', 'items', en.digitGroups);
  });

  it('a number in exponent form (1e3) is refused, not read as 1000', async () => {
    await refused('X;C;2024-03-01 10:00:00;1e3;1', 'revenue', en.exponent);
  });

  it('words the timestamp cast knows («epoch») are not dates', async () => {
    await refused('X;C;epoch;1.00;1', 'ts', en.parse.timestamp);
  });

  it('1_000 clicks in spend are refused (counts are read as text, not by the CSV reader)', async () => {
    const lines = ['date;channel;amount;clicks'];
    for (let i = 1; i <= 28; i++) lines.push(`2024-02-${String(i).padStart(2, '0')};site;10.00;5`);
    lines.push('2024-03-01;site;10.00;1_000');
    const r = await ctx.import({ file: ctx.write('spend.csv', lines.join('\n')), table: 'spend' });
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 30, column: 'clicks', reason: en.digitGroups }),
    ]);
  });

  it('the direct read refuses them too: a file read in place stops on the late row', async () => {
    for (const line of [
      'X;C;2024-03-01 10:00:00;0.005;1',
      'X;C;2024-03-01T10:00:00+03:00;1.00;1',
      'X;C;2024-03-01 10:00:00;1_000;1',
      'X;C;epoch;1.00;1',
    ]) {
      const path = file('in-place.csv', line, 'late');
      const plan = await fileInPlace(ctx.engine, { path, table: 'orders', tmpDir: ctx.dir });
      expect(plan.relation, line).not.toBeNull();
      await expect(
        ctx.rows(`SELECT max(ts) AS t, sum(revenue) AS r, sum(items) AS i FROM ${plan.relation}`),
        line,
      ).rejects.toThrow();
    }
  });

  it('plain values still load exactly on both paths', async () => {
    const early = await ctx.import({
      file: file('ok.csv', 'X;C;2024-03-01 10:00;1 234,50 ₽;0.125', 'early'),
      table: 'orders',
    });
    expect(early).toMatchObject({ status: 'imported', loadPath: 'staged' });
    const late = await ctx.import({
      file: file('ok2.csv', 'Y;C;2024-03-01 10:00:00;0.01;2', 'late'),
      table: 'orders',
    });
    expect(late).toMatchObject({ status: 'imported', loadPath: 'direct' });
    const rows = await ctx.rows(
      `SELECT order_id, revenue, items FROM orders WHERE order_id IN ('X', 'Y') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { order_id: 'X', revenue: 1234.5, items: 0.125 },
      { order_id: 'Y', revenue: 0.01, items: 2 },
    ]);
  });
});
