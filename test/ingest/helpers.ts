import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Engine, Row } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { importFile, type ImportRequest, type ImportResult } from '../../src/ingest/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

/** A fixed clock: recorded times and durations never depend on the machine. */
export const clock = (): Date => new Date('2024-04-01T00:00:00Z');

/** A fresh in-memory warehouse, store and temp dir per test. */
export interface Ctx {
  engine: Engine;
  store: Store;
  dir: string;
  /** Writes a fixture file into the temp dir and returns its path. */
  write(name: string, content: string | Buffer): string;
  import(req: ImportRequest): Promise<ImportResult>;
  rows(sql: string): Promise<Row[]>;
  /** Every warehouse table's rows, for "unchanged" assertions. */
  snapshot(): Promise<Record<string, Row[]>>;
}

/** Registers before/after hooks and returns a context filled before each test. */
export function useWarehouse(): Ctx {
  const ctx = {} as Ctx;
  beforeEach(async () => {
    ctx.engine = await openDuckDb({ path: ':memory:' });
    ctx.store = openStore(':memory:', clock);
    ctx.dir = mkdtempSync(join(tmpdir(), 'fulcrum-test-'));
    ctx.write = (name, content) => {
      const p = join(ctx.dir, name);
      writeFileSync(p, content);
      return p;
    };
    ctx.import = (req) => importFile(ctx.engine, ctx.store, req, { clock });
    ctx.rows = (sql) => ctx.engine.driver.query(sql);
    ctx.snapshot = async () => {
      const out: Record<string, Row[]> = {};
      for (const t of ['orders', 'leads', 'spend', 'costs']) {
        const exists = await ctx.rows(
          `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = '${t}'`,
        );
        out[t] = exists[0]?.['n'] ? await ctx.rows(`SELECT * FROM ${t} ORDER BY ALL`) : [];
      }
      return out;
    };
  });
  afterEach(async () => {
    await ctx.engine.driver.close();
    ctx.store.close();
    rmSync(ctx.dir, { recursive: true, force: true });
  });
  return ctx;
}

/** A small Russian orders export: «;», decimal comma, dd.mm.yyyy, leading-zero ids. */
export const RUSSIAN_ORDERS = [
  'Номер заказа;Клиент;Дата;Сумма;Количество;Магазин',
  '1001;00004;01.03.2024;1 234,50;2;Центр',
  '1001;00004;01.03.2024;765,50;1;Центр',
  '1002;00017;02.03.2024 14:05;"2 000,00 руб.";3;Север',
  '1003;00004;15.03.2024 0:00:00;500;1;Центр',
].join('\n');
