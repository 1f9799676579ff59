import { describe, expect, it } from 'vitest';
import type { Driver, Engine } from '../../src/engines/engine.ts';
import { importFile } from '../../src/ingest/index.ts';
import { listImports } from '../../src/store/index.ts';
import { clock, RUSSIAN_ORDERS, useWarehouse } from './helpers.ts';

/** The real engine, except that the INSERT into orders fails after the DELETE has run. */
function failingOnInsert(engine: Engine): Engine {
  const real = engine.driver;
  const driver: Driver = {
    query: (sql, params) =>
      sql.startsWith('INSERT INTO "orders"')
        ? Promise.reject(new Error('disk full'))
        : real.query(sql, params),
    queryColumns: (sql, params) => real.queryColumns(sql, params),
    stream: (sql, params) => real.stream(sql, params),
    exec: (sql) => real.exec(sql),
    transaction: (fn) => real.transaction(fn),
    capabilities: () => real.capabilities(),
    close: () => real.close(),
  };
  return { driver, dialect: engine.dialect };
}

describe('atomic write', () => {
  const ctx = useWarehouse();

  it('rolls back a failure mid-write: deleted rows and new columns come back', async () => {
    await ctx.import({ file: ctx.write('good.csv', RUSSIAN_ORDERS), table: 'orders' });
    const before = await ctx.snapshot();
    const update = 'Номер заказа;Клиент;Дата;Сумма;Менеджер\n1001;00004;01.03.2024;1;Анна\n';
    const file = ctx.write('update.csv', update);
    await expect(
      importFile(failingOnInsert(ctx.engine), ctx.store, { file, table: 'orders' }, { clock }),
    ).rejects.toThrow('disk full');
    expect(await ctx.snapshot()).toEqual(before);
    const cols = await ctx.rows(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'`,
    );
    expect(cols.map((c) => c['column_name'])).not.toContain('manager');
    expect(listImports(ctx.store)[0]).toMatchObject({ file, status: 'failed', message: 'disk full' });
    // The same file then imports cleanly: a failed attempt does not count as imported.
    const r = await ctx.import({ file, table: 'orders' });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 1, rowsReplaced: 2 });
  });

  it('reports progress through read, validate and write', async () => {
    const phases: string[] = [];
    await importFile(
      ctx.engine,
      ctx.store,
      { file: ctx.write('o.csv', RUSSIAN_ORDERS), table: 'orders' },
      { clock, onProgress: (phase, done, total) => phases.push(`${phase} ${done}/${total}`) },
    );
    expect(phases).toEqual([
      'read 0/1',
      'read 1/1',
      'validate 0/4',
      'validate 4/4',
      'write 0/4',
      'write 4/4',
    ]);
  });
});
