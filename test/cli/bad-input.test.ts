import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-bad-input-'));
const db = join(dir, 'w.duckdb');
const ordersCsv = join(dir, 'orders.csv');

beforeAll(async () => {
  const engine = await openDuckDb({ path: db });
  const rows: string[] = [];
  const lines = ['customer_id,ts,revenue'];
  for (let i = 0; i < 200; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
    rows.push(
      `('c${i % 29}', TIMESTAMP '${day} 12:00:00', ${100 + (i % 7)}.25, '${i % 2 ? 'ads' : 'email'}')`,
    );
    lines.push(`c${i % 29},${day},${100 + (i % 7)}.25`);
  }
  await engine.driver.exec(
    `CREATE TABLE orders (customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2), channel VARCHAR);
     INSERT INTO orders VALUES ${rows.join(', ')}`,
  );
  await engine.driver.close();
  writeFileSync(ordersCsv, `${lines.join('\n')}\n`);
});

/** Runs a command that must fail as the user's error: exit 1, one line naming what was wrong. */
async function refused(args: string[], lang: 'ru' | 'en' = 'en'): Promise<string> {
  const res = await runCli([...args, '--db', db, '--lang', lang]);
  expect(res.code, args.join(' ')).toBe(1);
  expect(res.stdout, args.join(' ')).toBe('');
  // Never the engine's words or the SQL it ran.
  expect(res.stderr, args.join(' ')).not.toMatch(/Conversion Error|CAST\(|SELECT|LINE \d|Invalid time value/);
  expect(res.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
  return res.stderr;
}

describe('the CLI refuses bad input by name (issue 12, §6)', () => {
  it('rfm --asof 2024-02-30 names the option and the day instead of printing a DuckDB conversion error', async () => {
    expect(await refused(['rfm', '--asof', '2024-02-30'])).toMatch(
      /--asof must be a date like 2024-06-30, got "2024-02-30": the calendar has no such day/,
    );
    expect(await refused(['rfm', '--asof', '2024-02-30'], 'ru')).toMatch(
      /--asof — дата вида 2024-06-30, а не «2024-02-30»/,
    );
    expect(await refused(['rfm', '--asof', '2023-02-29'])).toContain('"2023-02-29"');
    expect(await refused(['rfm', '--asof', '9999-01-01'])).toMatch(/year must be 1900–2999/);
    expect(await refused(['segments', '--asof', '2024-06-30', '--from', '2023-02-29'])).toMatch(
      /--from must be a date .*"2023-02-29"/,
    );
    expect(await refused(['cohorts', '--asof', '2024-02-30'])).toMatch(/--asof must be a date/);
    expect(await refused(['clv', '--model', 'bgnbd', '--calibration-end', '2024-02-30'])).toMatch(
      /--calibration-end must be a date .*"2024-02-30"/,
    );
    expect(await refused(['clv', '--holdout', '2024-02-30'])).toMatch(
      /--holdout must be a date .*"2024-02-30"/,
    );
    expect(await refused(['clv', '--orders', ordersCsv, '--calibration-end', '2024-02-30'])).toMatch(
      /--calibration-end must be a date .*"2024-02-30"/,
    );
  });

  it('kpi analyst sheet --asof 2024-02-30 says why in the chosen language', async () => {
    const plan = await runCli([
      'kpi',
      'analyst',
      'plan',
      '--employee',
      'a1',
      '--period',
      '2024-01',
      '--bonus',
      '1000',
      '--db',
      db,
    ]);
    expect(plan.code, plan.stderr).toBe(0);
    const args = [
      'kpi',
      'analyst',
      'sheet',
      '--employee',
      'a1',
      '--period',
      '2024-01',
      '--asof',
      '2024-02-30',
    ];
    expect(await refused(args, 'ru')).toBe(
      'Ошибка: --asof — дата вида 2024-06-30, а не «2024-02-30»: такого дня в календаре нет\n',
    );
    expect(await refused(args)).toMatch(/--asof must be a date like 2024-06-30, got "2024-02-30"/);
  });

  it('formula --period 9999-01..9999-12 names the period instead of printing "Invalid time value"', async () => {
    expect(await refused(['formula', '--period', '9999-01..9999-12'])).toMatch(
      /invalid period "9999-01..9999-12": the year must be 1900–2999/,
    );
    expect(await refused(['formula', '--period', '9999-01..9999-12'], 'ru')).toMatch(/неверный период/);
    expect(await refused(['levers', '--period', '9999'])).toMatch(/invalid period "9999"/);
    expect(await refused(['formula', '--period', '2024-01', '--compare', '9999-12'])).toMatch(
      /invalid period "9999-12"/,
    );
  });

  it('an unknown --by or --filter dimension is an error naming it and the known ones, not an empty answer', async () => {
    expect(await refused(['formula', '--period', '2023-01..2023-12', '--by', 'colour'])).toMatch(
      /unknown dimension "colour" in by: the data have channel, year, quarter, month, week, day/,
    );
    expect(await refused(['formula', '--period', '2023-01..2023-12', '--filter', 'colour=red'])).toMatch(
      /unknown dimension "colour" in filter: the data have channel$/m,
    );
    const ok = await runCli([
      'formula',
      '--db',
      db,
      '--period',
      '2023-01..2023-12',
      '--by',
      'channel',
      '--json',
    ]);
    expect(ok.code).toBe(0);
  });
});
