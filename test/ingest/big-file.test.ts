import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { importFile } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';

const BIG = process.env['FULCRUM_BIG_TESTS'] === '1';
const TARGET_BYTES = 2 * 1024 ** 3;

/** Streams a ~2 GB Russian-style orders CSV to disk without holding it in memory. */
async function writeBigCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  out.write('Номер заказа;Клиент;Дата;Сумма;Количество;Магазин\n');
  let rows = 0;
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    let chunk = '';
    for (let i = 0; i < 10_000; i++, rows++) {
      const day = String((rows % 28) + 1).padStart(2, '0');
      chunk += `${rows};${String(rows % 100_000).padStart(6, '0')};${day}.03.2024 12:00;1 ${rows % 1000},50;1;Магазин ${rows % 50}\n`;
    }
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

describe.skipIf(!BIG)('2 GB import (FULCRUM_BIG_TESTS=1)', () => {
  it(
    'streams the file: row count right, Node RSS well below the file size',
    { timeout: 1_800_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fulcrum-big-'));
      try {
        const csv = join(dir, 'orders.csv');
        const rows = await writeBigCsv(csv);
        const size = statSync(csv).size;
        // DuckDB runs in this process: cap it so it spills to disk instead of growing RSS.
        const engine = await openDuckDb({ path: join(dir, 'w.duckdb'), memoryLimit: '512MB', threads: 4 });
        const store = openStore(join(dir, 'w.sqlite'), () => new Date());
        let peak = 0;
        const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
        try {
          const r = await importFile(
            engine,
            store,
            { file: csv, table: 'orders' },
            { clock: () => new Date() },
          );
          expect(r.status).toBe('imported');
          expect(r.rowsInserted).toBe(rows);
          expect((await engine.driver.query('SELECT count(*) AS n FROM orders'))[0]?.['n']).toBe(rows);
        } finally {
          clearInterval(timer);
          await engine.driver.close();
          store.close();
        }
        console.log(
          `big import: ${rows} rows, ${(size / 1e9).toFixed(2)} GB, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
        );
        // Measured: 35M rows, 2.15 GB, peak RSS ~950 MB with a 512MB DuckDB limit.
        expect(peak).toBeLessThan(size * 0.6);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
