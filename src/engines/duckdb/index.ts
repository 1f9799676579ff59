import type { Engine } from '../engine.ts';
import { duckdbDialect } from '../../sql/duckdb-dialect.ts';
import { DuckDbDriver, type DuckDbOptions } from './driver.ts';

/** Opens the embedded DuckDB engine (file by default, ":memory:" for tests). */
export async function openDuckDb(opts: DuckDbOptions): Promise<Engine> {
  const driver = await DuckDbDriver.open(opts);
  return { driver, dialect: duckdbDialect };
}
export { DuckDbDriver };
