import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { openWorkspace } from '../../src/services/index.ts';
import { testApp } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-safety-net-api-'));
/** A warehouse whose `orders` is a view over a Parquet file since deleted: every read fails in DuckDB. */
const broken = join(dir, 'broken.duckdb');

beforeAll(async () => {
  const pq = join(dir, 'orders.parquet');
  const e = await openDuckDb({ path: broken });
  await e.driver.exec(
    `COPY (SELECT 'c1' AS customer_id, TIMESTAMP '2024-01-05 10:00:00' AS ts, 100.5::DECIMAL(18,2) AS revenue)
       TO '${pq}' (FORMAT parquet);
     CREATE VIEW orders AS SELECT * FROM read_parquet('${pq}')`,
  );
  await e.driver.close();
  rmSync(pq);
});

const post = (body: unknown, lang: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'accept-language': lang },
  body: JSON.stringify(body),
});

describe('the API safety net (issue 12, §6)', () => {
  it('an engine error is a 500 with a generic text in the user language and a request id, the raw text only in the log', async () => {
    const t = await testApp({ workspace: await openWorkspace(broken) });
    for (const [lang, generic] of [
      [
        'en',
        'the engine could not run the query; nothing was changed; quote request id {id} when reporting it',
      ],
      [
        'ru',
        'движок не смог выполнить запрос; ничего не изменено; сообщая о сбое, назовите номер запроса {id}',
      ],
    ] as const) {
      const res = await t.asToken('analyst', '/api/formula?period=2024-01', {
        headers: { 'accept-language': lang },
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/\b(IO|Catalog|Binder|Parser|Conversion) Error\b/);
      expect(text).not.toMatch(/LINE \d/);
      expect(text).not.toContain('/tmp/');
      expect(text).not.toMatch(/\b(SELECT|FROM|read_parquet|DESCRIBE)\b/);
      const { error } = JSON.parse(text) as { error: { code: string; message: string; requestId: string } };
      expect(error.code).toBe('internal');
      expect(error.requestId).not.toBe('');
      expect(error.message).toBe(generic.replace('{id}', error.requestId));
      const logged = t.logger.lines.find(
        (l) => l.level === 'error' && l.meta?.['requestId'] === error.requestId,
      );
      expect(logged?.meta).toMatchObject({ kind: 'engine' });
      expect(String(logged?.meta?.['stack'])).toMatch(/IO Error: No files found/);
      expect(String(logged?.meta?.['stack'])).toContain(join(dir, 'orders.parquet'));
    }
  });

  it('a bug is a 500 with a generic text in the user language', async () => {
    const ws = await openWorkspace(':memory:');
    const buggy = { ...ws, columns: () => Promise.reject(new TypeError('x.y is not a function')) };
    const t = await testApp({ workspace: buggy });
    const res = await t.asToken('owner', '/api/meta', { headers: { 'accept-language': 'ru' } });
    expect(res.status).toBe(500);
    const { error } = (await res.json()) as { error: { message: string; requestId: string } };
    expect(error.message).toBe(
      `непредвиденный сбой Fulcrum; сообщая о сбое, назовите номер запроса ${error.requestId}`,
    );
  });

  it('zod validation 400 in Russian names the field', async () => {
    const t = await testApp();
    const type = await t.asToken('analyst', '/api/whatif', post({ values: { L: 'abc' } }, 'ru'));
    expect(type.status).toBe(400);
    expect(await type.json()).toMatchObject({
      error: {
        code: 'bad_request',
        field: 'values.L',
        message: 'values.L: Неверный ввод: ожидалось число, получено строка',
      },
    });
    const option = await t.asToken(
      'analyst',
      '/api/whatif',
      post({ values: { L: 1 }, target: { node: 'margin', value: 1 } }, 'ru'),
    );
    expect(await option.json()).toMatchObject({
      error: {
        field: 'target.node',
        message: 'target.node: Неверный вариант: ожидалось одно из "revenue"|"profit"',
      },
    });
    const small = await t.asToken(
      'analyst',
      '/api/constraint/stages',
      post({ stages: [{ name: 'a', capacity: -1 }] }, 'ru'),
    );
    expect(await small.json()).toMatchObject({
      error: {
        field: 'stages.0.capacity',
        message: 'stages.0.capacity: Слишком маленькое значение: ожидалось, что число будет >=0',
      },
    });
    const en = await t.asToken('analyst', '/api/whatif', post({ values: { L: 'abc' } }, 'en'));
    expect(await en.json()).toMatchObject({
      error: { field: 'values.L', message: 'values.L: Invalid input: expected number, received string' },
    });
  });

  it('what-if errors over the API speak Russian', async () => {
    const t = await testApp();
    const res = await t.asToken('analyst', '/api/whatif', post({ values: { L: 100, C: 0.4 } }, 'ru'));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; field: string } };
    expect(error.field).toBe('values');
    expect(error.message).toMatch(/^не вычислить «revenue» модели «lcpudq»: не заданы значения рычагов /);
  });

  it('upload refusals speak Russian: an empty file, a file without a usable name', async () => {
    const t = await testApp();
    const send = (path: string) =>
      t.asToken('analyst', path, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'accept-language': 'ru' },
        body: new Uint8Array(0),
      });
    const empty = await send('/api/imports?table=orders&filename=a.csv');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { field: 'body', message: 'загруженный файл пуст' } });
    const unnamed = await send('/api/imports?table=orders&filename=...');
    expect(unnamed.status).toBe(400);
    expect(await unnamed.json()).toMatchObject({
      error: { field: 'filename', message: 'filename «...»: из этого не получается имя файла' },
    });
  });

  it('sign-in and role refusals speak the user language', async () => {
    const t = await testApp();
    const anonymous = await t.app.request('/api/meta', { headers: { 'accept-language': 'ru' } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { message: 'сначала войдите в систему' } });
    const english = await t.app.request('/api/meta', { headers: { 'accept-language': 'en' } });
    expect(await english.json()).toMatchObject({ error: { message: 'sign in first' } });
    const employee = await t.asToken('employee', '/api/formula', { headers: { 'accept-language': 'ru' } });
    expect(employee.status).toBe(403);
    expect(await employee.json()).toMatchObject({ error: { message: 'роли employee это не разрешено' } });
  });
});
