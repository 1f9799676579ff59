import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import type { FieldKind } from '../../src/ingest/contract.ts';
import { DUCKDB_PARSERS, DUCKDB_TYPED_RULES, formatShape } from '../../src/ingest/parse-sql.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await openDuckDb({ path: ':memory:' });
});
afterAll(() => engine.driver.close());

async function parse(kind: FieldKind, text: string): Promise<unknown> {
  const sql = `SELECT CAST(${DUCKDB_PARSERS[kind]('x')} AS VARCHAR) AS v FROM (SELECT CAST(? AS VARCHAR) AS x)`;
  return (await engine.driver.query(sql, [text]))[0]?.['v'];
}

describe('DuckDB parsers', () => {
  it.each([
    ['1 234,50', '1234.50'],
    ['1\u00A0234,5 ₽', '1234.50'],
    ['1\u202F000 руб.', '1000.00'],
    ['1,234.56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['−12,5', '-12.50'],
    ['12', '12.00'],
    ['abc', null],
  ])('money %s → %s', async (text, want) => {
    expect(await parse('money', text)).toBe(want);
  });

  it.each([
    ['01.03.2024', '2024-03-01 00:00:00'],
    ['1.3.2024 9:05', '2024-03-01 09:05:00'],
    ['01.01.2021 0:00:00', '2021-01-01 00:00:00'],
    ['2024-03-01', '2024-03-01 00:00:00'],
    ['2024-03-01T10:11:12', '2024-03-01 10:11:12'],
    ['2024-03-01 10:11:12.5', '2024-03-01 10:11:12.5'],
    ['01.03.24', null],
    ['31.02.2024', null],
    // Prefixes of a longer format go to their own format and never reach the longer one's parser
    // (DuckDB reads a byte past such text: the 2 GB import crashed on it).
    ['08.03.2024 12:00', '2024-03-08 12:00:00'],
    ['08.03.2024 12', null],
    ['08.03.2024 12:00:', null],
  ])('timestamp %s → %s', async (text, want) => {
    expect(await parse('timestamp', text)).toBe(want);
  });

  it.each([
    ['2024-03', '2024-03-01'],
    ['03.2024', '2024-03-01'],
    ['15.03.2024', '2024-03-01'],
    ['март', null],
  ])('month %s → %s', async (text, want) => {
    expect(await parse('month', text)).toBe(want);
  });

  it.each([
    ['1 000', '1000'],
    ['12,0', '12'],
    ['12,5', null],
  ])('count %s → %s', async (text, want) => {
    expect(await parse('count', text)).toBe(want);
  });

  it('maps statuses case- and ё-insensitively', async () => {
    expect(await parse('lead_status', 'УСПЕШНО РЕАЛИЗОВАНО')).toBe('converted');
    expect(await parse('lead_status', 'Счёт на предоплату')).toBe('accepted');
    expect(await parse('cost_kind', 'Себестоимость')).toBe('cogs');
  });
});

describe('formatShape', () => {
  it('turns a strptime format into the text shape it accepts', () => {
    expect(formatShape('%d.%m.%Y %H:%M')).toBe('\\d{1,2}\\.\\d{1,2}\\.\\d{4} \\d{1,2}:\\d{1,2}');
    expect(formatShape('%Y-%m-%dT%H:%M:%S')).toBe('\\d{4}-\\d{1,2}-\\d{1,2}T\\d{1,2}:\\d{1,2}:\\d{1,2}');
    expect(new RegExp(`^${formatShape('%m.%Y')}$`).test('03.2024')).toBe(true);
    expect(new RegExp(`^${formatShape('%m.%Y')}$`).test('03-2024')).toBe(false);
  });
});

describe('rules on values the CSV reader typed', () => {
  it('keeps dates and times to the years 1900–2200, as the text parsers do (1900-01-01 itself is the word «epoch» to the reader)', async () => {
    const ts = ['1899-12-31 23:59:59', '1900-01-02 00:00:00', '2200-12-31 23:59:59', '2201-01-01 00:00:00'];
    const rows = await engine.driver.query(
      `SELECT ${DUCKDB_TYPED_RULES.timestamp!('v')} AS bad, ${DUCKDB_TYPED_RULES.date!('CAST(v AS DATE)')} AS bad_date ` +
        `FROM (SELECT CAST(s AS TIMESTAMP) AS v, i FROM (VALUES ${ts.map((t, i) => `('${t}', ${i})`).join(', ')}) AS t(s, i)) ORDER BY i`,
    );
    expect(rows.map((r) => r['bad'])).toEqual([true, false, false, true]);
    expect(rows.map((r) => r['bad_date'])).toEqual([true, false, false, true]);
    const [epoch] = await engine.driver.query(
      `SELECT ${DUCKDB_TYPED_RULES.timestamp!("TIMESTAMP '1900-01-01'")} AS bad, ${DUCKDB_TYPED_RULES.date!("DATE '1900-01-01'")} AS bad_date`,
    );
    expect(epoch).toEqual({ bad: true, bad_date: true });
  });
});
