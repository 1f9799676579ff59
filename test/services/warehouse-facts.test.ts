import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInto, openWorkspace } from '../../src/services/index.ts';
import { orderIdsUnique, rememberedFact } from '../../src/services/warehouse/facts.ts';
import { warehouseFact } from '../../src/store/index.ts';

const orders = (lines: string[]) => ['order_id;customer_id;ts;revenue', ...lines].join('\n');

describe('facts learnt from the warehouse, kept per import', () => {
  it('asks once per import, across processes, and again after the next import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-facts-'));
    const db = join(dir, 'w.duckdb');
    const first = join(dir, 'a.csv');
    writeFileSync(
      first,
      orders(['O1;C1;2024-01-05;100,00', 'O2;C1;2024-02-05;50,00', 'O3;C2;2024-02-07;70,00']),
    );
    let ws = await openWorkspace(db);
    expect((await importInto(ws, { file: first, table: 'orders' })).status).toBe('imported');
    expect(await orderIdsUnique(ws)).toBe(true);
    await ws.close();

    // A new process (a new workspace on the same files) reads the answer instead of scanning.
    ws = await openWorkspace(db);
    let scans = 0;
    const value = await rememberedFact(ws, 'orders.order_ids_unique', async () => {
      scans++;
      return 'scanned';
    });
    expect([value, scans]).toEqual(['true', 0]);

    // Two lines of one order: the next import makes the old answer stale, and it is learnt again.
    const second = join(dir, 'b.csv');
    writeFileSync(second, orders(['O4;C3;2024-03-01;10,00', 'O4;C3;2024-03-01;15,00']));
    expect((await importInto(ws, { file: second, table: 'orders' })).status).toBe('imported');
    expect(await orderIdsUnique(ws)).toBe(false);
    // Only the current version's facts are kept.
    const rows = ws.store.db.prepare('SELECT DISTINCT version FROM warehouse_facts').all();
    expect(rows).toHaveLength(1);
    expect(warehouseFact(ws.store, 1, 'orders.order_ids_unique')).toBeNull();
    await ws.close();
  });
});
