import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-safety-net-'));
/** A warehouse whose `orders` is a view over a Parquet file since deleted: every read fails in DuckDB. */
const broken = join(dir, 'broken.duckdb');
/** A warehouse that is not a DuckDB file at all. */
const corrupt = join(dir, 'corrupt.duckdb');
/** A sound warehouse: orders with a channel, leads without a store. */
const sound = join(dir, 'sound.duckdb');

beforeAll(async () => {
  const pq = join(dir, 'orders.parquet');
  const b = await openDuckDb({ path: broken });
  await b.driver.exec(
    `COPY (SELECT 'c1' AS customer_id, TIMESTAMP '2024-01-05 10:00:00' AS ts, 100.5::DECIMAL(18,2) AS revenue)
       TO '${pq}' (FORMAT parquet);
     CREATE VIEW orders AS SELECT * FROM read_parquet('${pq}')`,
  );
  await b.driver.close();
  rmSync(pq);
  writeFileSync(corrupt, Buffer.alloc(64 * 1024, 0x5a));
  const s = await openDuckDb({ path: sound });
  await s.driver.exec(
    `CREATE TABLE orders (customer_id VARCHAR, ts TIMESTAMP, revenue DECIMAL(18,2), channel VARCHAR);
     INSERT INTO orders VALUES ('c1', TIMESTAMP '2024-01-05 10:00:00', 100.50, 'ads'),
                               ('c2', TIMESTAMP '2024-02-07 10:00:00', 80.00, 'email')`,
  );
  await s.driver.close();
});

/** What a user must never read: the engine's words, its SQL, the server's paths. */
function expectNoEngineText(text: string): void {
  expect(text).not.toMatch(/\b(IO|Catalog|Binder|Parser|Conversion|Invalid Input|Serialization) Error\b/);
  expect(text).not.toMatch(/LINE \d/);
  expect(text).not.toContain('/tmp/');
  expect(text).not.toContain(dir);
  expect(text).not.toMatch(/\b(SELECT|FROM|read_parquet|CREATE|DESCRIBE)\b/);
  expect(text).not.toMatch(/\bat .*\.ts:\d+/);
}

describe('the CLI safety net (issue 12, §6)', () => {
  it('an engine error prints the generic bilingual message, never DuckDB text, SQL or a temp path', async () => {
    for (const args of [
      ['formula', '--period', '2024-01', '--db', broken],
      ['rfm', '--db', broken],
    ]) {
      const en = await runCli([...args, '--lang', 'en']);
      expect(en.code, args.join(' ')).toBe(1);
      expect(en.stdout).toBe('');
      expect(en.stderr.trim()).toBe(
        'Error: the engine could not run the query; nothing was changed; run with --debug for details',
      );
      expectNoEngineText(en.stderr);
      const ru = await runCli([...args, '--lang', 'ru']);
      expect(ru.code).toBe(1);
      expect(ru.stderr.trim()).toBe(
        'Ошибка: движок не смог выполнить запрос; ничего не изменено; подробности — с ключом --debug',
      );
      expectNoEngineText(ru.stderr);
    }
  });

  it('a corrupt warehouse file names the file the user gave and no engine text', async () => {
    const en = await runCli(['formula', '--period', '2024-01', '--db', corrupt, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe(
      `Error: cannot open the warehouse ${corrupt}: it is not a DuckDB file, is damaged, its folder is missing, or another process (fulcrum serve?) holds it; run with --debug for details`,
    );
    expectNoEngineText(en.stderr.replace(corrupt, '«db»'));
    const ru = await runCli(['formula', '--period', '2024-01', '--db', corrupt, '--lang', 'ru']);
    expect(ru.stderr).toMatch(/^Ошибка: не удалось открыть хранилище .*corrupt\.duckdb: это не файл DuckDB/);
    expectNoEngineText(ru.stderr.replace(corrupt, '«db»'));
    const debug = await runCli(['formula', '--db', corrupt, '--lang', 'en', '--debug']);
    expect(debug.stderr).toMatch(/caused by: .*(not a valid DuckDB database file|IO Error|Serialization)/i);
  });

  it('an engine error with --debug shows the raw engine text and the stack', async () => {
    const res = await runCli(['formula', '--period', '2024-01', '--db', broken, '--lang', 'en', '--debug']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^Error: the engine could not run the query/);
    expect(res.stderr).toMatch(/IO Error: No files found/);
    expect(res.stderr).toContain(join(dir, 'orders.parquet'));
    expect(res.stderr).toMatch(/caused by: /);
    expect(res.stderr).toMatch(/at .*driver\.ts:\d+/);
  });

  it('period errors name the option: --period or --compare', async () => {
    const period = await runCli(['formula', '--period', '9999-01..9999-12', '--db', sound, '--lang', 'en']);
    expect(period.code).toBe(1);
    expect(period.stderr.trim()).toBe(
      'Error: --period: invalid period "9999-01..9999-12": the year must be 1900–2999',
    );
    const compare = await runCli([
      'formula',
      '--period',
      '2024-02',
      '--compare',
      '2024-13',
      '--db',
      sound,
      '--lang',
      'ru',
    ]);
    expect(compare.code).toBe(1);
    expect(compare.stderr.trim()).toBe(
      'Ошибка: --compare: неверный период «2024-13»: месяц 13 не в пределах 01–12',
    );
  });

  it('kpi facts --filter with an unknown dimension is an error, not "no data"', async () => {
    const en = await runCli([
      'kpi',
      'facts',
      '--period',
      '2024-01',
      '--filter',
      'colour=x',
      '--db',
      sound,
      '--lang',
      'en',
    ]);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(/unknown dimension "colour" in filter: the data have .*channel/);
    const ru = await runCli([
      'kpi',
      'facts',
      '--period',
      '2024-01',
      '--filter',
      'colour=x',
      '--db',
      sound,
      '--lang',
      'ru',
    ]);
    expect(ru.stderr).toMatch(/неизвестное измерение «colour» в filter/);
    // A dimension the data have still answers.
    const ok = await runCli([
      'kpi',
      'facts',
      '--period',
      '2024-01',
      '--filter',
      'channel=ads',
      '--db',
      sound,
    ]);
    expect(ok.code).toBe(0);
  });

  it('what-if errors speak Russian: a missing lever value', async () => {
    const ru = await runCli(['whatif', '--values', 'L=100,C=0.4', '--lang', 'ru']);
    expect(ru.code).toBe(1);
    expect(ru.stderr).toMatch(/^Ошибка: не вычислить «revenue» модели «lcpudq»: не заданы значения рычагов /);
    const goal = await runCli([
      'whatif',
      '--values',
      'L=100,C=0.4,D=2,Pu=2,Q=2',
      '--target',
      'revenue=500',
      '--lever',
      'nope',
      '--lang',
      'ru',
    ]);
    expect(goal.code).toBe(1);
    expect(goal.stderr).toMatch(/рычаг «nope» не влияет на «revenue»/);
    const unknown = await runCli(['whatif', '--values', 'L=100,C=0.4,D=2,Pu=2,Q=2,Z=3', '--lang', 'ru']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      'Ошибка: --values: в модели «lcpudq» нет входа «Z»; её входы: L, C, Pu, D, Q',
    );
  });

  it('CLI option errors speak Russian: --orders, --table, --port, constraint without --by', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['generate', '--out', join(dir, 'gen'), '--orders', 'x'],
        'Ошибка: --orders «x»: ожидается целое положительное число',
      ],
      [
        ['import', join(dir, 'a.csv'), '--table', 'foo'],
        'Ошибка: --table «foo»: выберите одну из orders, leads, spend, costs',
      ],
      [['serve', '--port', '99999'], 'Ошибка: --port «99999»: ожидается число от 0 до 65535'],
      [
        ['constraint', '--db', sound],
        'Ошибка: constraint: укажите --by ИЗМЕРЕНИЕ (store, channel, manager…) или --stages',
      ],
    ];
    for (const [args, text] of cases) {
      const res = await runCli([...args, '--lang', 'ru']);
      expect(res.code, args.join(' ')).toBe(1);
      expect(res.stderr.trim()).toBe(text);
    }
  });
});
