import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultMemoryLimit, MEMORY_LIMIT_ENV } from '../../src/engines/duckdb/memory-limit.ts';
import { messageIn } from '../../src/i18n/index.ts';
import { openWorkspace } from '../../src/services/index.ts';

const GiB = 1024 ** 3;

/** DuckDB's memory_limit setting of an open warehouse, in bytes («1.9 GiB» → 2040109465). */
async function limitBytes(db: string): Promise<number> {
  const ws = await openWorkspace(db);
  try {
    const [row] = await ws.engine.driver.query(`SELECT current_setting('memory_limit') AS v`);
    const m = /^([\d.]+) (KiB|MiB|GiB|TiB)$/.exec(String(row?.['v']));
    expect(m).not.toBeNull();
    return Number(m![1]) * 1024 ** (['KiB', 'MiB', 'GiB', 'TiB'].indexOf(m![2]!) + 1);
  } finally {
    await ws.close();
  }
}

describe('issue 12 §4: importer memory', () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-memory-'));
    saved = process.env[MEMORY_LIMIT_ENV];
    delete process.env[MEMORY_LIMIT_ENV];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[MEMORY_LIMIT_ENV];
    else process.env[MEMORY_LIMIT_ENV] = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('the warehouse is capped at 2 GB (or half the RAM) by default, not at DuckDB’s 80 % of RAM', async () => {
    const bytes = await limitBytes(join(dir, 'w.duckdb'));
    const cap = Math.min(2 * GiB, totalmem() / 2);
    expect(bytes).toBeLessThanOrEqual(cap);
    expect(bytes).toBeGreaterThan(0.9 * cap);
    expect(defaultMemoryLimit(1 * GiB)).toBe('512MB');
    expect(defaultMemoryLimit(64 * GiB)).toBe('2048MB');
  });

  it('FULCRUM_MEMORY_LIMIT sets the cap; a value that is not a size is refused in both languages', async () => {
    process.env[MEMORY_LIMIT_ENV] = '768MB';
    const bytes = await limitBytes(join(dir, 'a.duckdb'));
    expect(Math.round(bytes / 1024 ** 2)).toBeGreaterThanOrEqual(730);
    expect(bytes).toBeLessThanOrEqual(768 * 1024 ** 2);
    process.env[MEMORY_LIMIT_ENV] = 'lots';
    const e = await openWorkspace(join(dir, 'b.duckdb')).then(
      () => null,
      (x: unknown) => x,
    );
    expect(messageIn(e, 'en')).toMatch(/FULCRUM_MEMORY_LIMIT=lots is not a size/);
    expect(messageIn(e, 'ru')).toMatch(/FULCRUM_MEMORY_LIMIT=lots — не размер/);
  });
});
