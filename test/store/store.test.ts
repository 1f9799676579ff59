import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findSuccessfulImportByHash,
  listImports,
  migrate,
  MIGRATIONS,
  openStore,
  recordImportEnd,
  recordImportStart,
  storePathFor,
} from '../../src/store/index.ts';

let tick = 0;
const clock = (): Date => new Date(Date.UTC(2024, 3, 1, 0, 0, tick++));

describe('migrations', () => {
  it('applies each migration once; re-opening applies nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-store-'));
    try {
      const path = join(dir, 'x.sqlite');
      const first = openStore(path, clock);
      const applied = first.db.prepare('SELECT version, name FROM migrations').all();
      // In version order, whatever order the list holds them in (7 may be added after 8).
      expect(applied).toEqual(
        MIGRATIONS.map((m) => ({ version: m.version, name: m.name })).sort((a, b) => a.version - b.version),
      );
      first.close();
      const again = openStore(path, clock);
      expect(migrate(again.db, MIGRATIONS, clock)).toEqual([]);
      expect(again.db.prepare('SELECT count(*) AS n FROM migrations').get()).toEqual({
        n: MIGRATIONS.length,
      });
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls a failing migration back and keeps the earlier version', () => {
    const store = openStore(':memory:', clock);
    const bad = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE ok (a); SELEC nonsense' }];
    expect(() => migrate(store.db, bad, clock)).toThrow();
    const tables = store.db.prepare(`SELECT name FROM sqlite_master WHERE name = 'ok'`).all();
    expect(tables).toEqual([]);
    expect(store.db.prepare('SELECT max(version) AS v FROM migrations').get()).toEqual({
      v: Math.max(...MIGRATIONS.map((m) => m.version)),
    });
  });
});

describe('imports repository', () => {
  it('records attempts and finds successful imports by hash and table', () => {
    const store = openStore(':memory:', () => new Date('2024-04-01T10:00:00Z'));
    const a = recordImportStart(store, { file: 'a.csv', fileHash: 'h1', tableName: 'orders', format: 'csv' });
    recordImportEnd(store, a, { status: 'rejected', rowsRead: 5, errorCount: 2, message: '2 errors' });
    expect(findSuccessfulImportByHash(store, 'h1', 'orders')).toBeUndefined();
    const b = recordImportStart(store, { file: 'a.csv', fileHash: 'h1', tableName: 'orders' });
    recordImportEnd(store, b, { status: 'imported', rowsRead: 5, rowsInserted: 5, encoding: 'utf-8' });
    const found = findSuccessfulImportByHash(store, 'h1', 'orders');
    expect(found).toMatchObject({ id: b, status: 'imported', rowsInserted: 5, encoding: 'utf-8' });
    expect(found?.finishedAt).toBe('2024-04-01T10:00:00.000Z');
    expect(findSuccessfulImportByHash(store, 'h1', 'leads')).toBeUndefined();
    expect(listImports(store).map((r) => [r.id, r.status, r.errorCount])).toEqual([
      [b, 'imported', 0],
      [a, 'rejected', 2],
    ]);
    expect(listImports(store, { limit: 1 })).toHaveLength(1);
    expect(listImports(store, { tableName: 'leads' })).toEqual([]);
  });

  it('keeps SQL parameterised: quotes in names are data', () => {
    const store = openStore(':memory:', clock);
    const id = recordImportStart(store, {
      file: "o'brien.csv",
      fileHash: "x'); DROP TABLE imports; --",
      tableName: 'orders',
    });
    expect(listImports(store)[0]).toMatchObject({ id, file: "o'brien.csv", status: 'running' });
  });
});

describe('storePathFor', () => {
  it('puts the store beside the warehouse', () => {
    expect(storePathFor('/data/shop.duckdb')).toBe('/data/shop.sqlite');
    expect(storePathFor('/data/shop.db')).toBe('/data/shop.db.sqlite');
    expect(storePathFor(':memory:')).toBe(':memory:');
  });
});
