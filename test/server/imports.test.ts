import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitiseFilename } from '../../src/server/uploads/filename.ts';
import { testApp } from './helpers.ts';

const RUSSIAN_ORDERS = [
  'Номер заказа;Клиент;Дата;Сумма;Количество;Магазин',
  '1001;00004;01.03.2024;1 234,50;2;Центр',
  '1001;00004;01.03.2024;765,50;1;Центр',
  '1002;00017;02.03.2024 14:05;"2 000,00 руб.";3;Север',
  '1003;00004;15.03.2024 0:00:00;500;1;Центр',
].join('\n');

const upload = (body: string | Uint8Array, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'text/csv', ...headers },
  body,
});

// Only this process's uploads: other test processes (and a second checkout) share the temp folder.
const uploadsLeft = (): string[] =>
  readdirSync(tmpdir()).filter((f) => f.startsWith(`fulcrum-upload-${process.pid}-`));

const countOrders = async (t: Awaited<ReturnType<typeof testApp>>): Promise<number> => {
  const tables = await t.workspace.columns();
  if (!tables.has('orders')) return 0;
  const [row] = await t.workspace.engine.driver.query('SELECT count(*) AS n FROM orders');
  return Number(row?.['n']);
};

describe('uploads', () => {
  it('previews a Russian «;» CSV with decimal commas and writes nothing', async () => {
    const t = await testApp();
    const before = uploadsLeft();
    const res = await t.asToken(
      'analyst',
      '/api/imports/preview?table=orders&filename=заказы.csv',
      upload(RUSSIAN_ORDERS),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'validated',
      file: 'заказы.csv',
      rowsRead: 4,
      rowsInserted: 0,
      delimiter: ';',
      headers: ['Номер заказа', 'Клиент', 'Дата', 'Сумма', 'Количество', 'Магазин'],
      mapping: { order_id: 'Номер заказа', store: 'Магазин' },
    });
    expect((body['sample'] as unknown[])[0]).toMatchObject({
      order_id: '1001',
      revenue: '1 234,50',
      store: 'Центр',
    });
    expect(await countOrders(t)).toBe(0);
    expect(t.workspace.store.db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
    expect(uploadsLeft()).toEqual(before);
  });

  it('imports the same file through /api/imports and lists it in the log', async () => {
    const t = await testApp();
    const res = await t.asToken(
      'owner',
      '/api/imports?table=orders',
      upload(RUSSIAN_ORDERS, { 'x-filename': 'orders.csv' }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'imported', rowsInserted: 4, file: 'orders.csv' });
    const [sum] = await t.workspace.engine.driver.query('SELECT sum(revenue) AS r FROM orders');
    expect(Number(sum?.['r'])).toBe(4500);
    const log = (await (await t.asToken('analyst', '/api/imports')).json()) as Array<{
      file: string;
      status: string;
    }>;
    expect(log[0]).toMatchObject({ file: 'orders.csv', status: 'imported' });
  });

  it('runs simultaneous uploads one after the other, so both land', async () => {
    const t = await testApp();
    const other = RUSSIAN_ORDERS.replace(/^1001;/gm, '2001;');
    const [a, b] = await Promise.all([
      t.asToken('owner', '/api/imports?table=orders&filename=a.csv', upload(RUSSIAN_ORDERS)),
      t.asToken('analyst', '/api/imports?table=orders&filename=b.csv', upload(other)),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await countOrders(t)).toBe(6);
  });

  it('runs a long import in the background and reports its phase until done', async () => {
    const t = await testApp();
    const res = await t.asToken(
      'analyst',
      '/api/imports?table=orders&async=1&filename=a.csv',
      upload(RUSSIAN_ORDERS),
    );
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    let job: { phase: string; result?: { status: string } } = { phase: 'queued' };
    for (let i = 0; i < 200 && job.phase !== 'done' && job.phase !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await (await t.asToken('analyst', `/api/jobs/${jobId}`)).json()) as typeof job;
    }
    expect(job).toMatchObject({ phase: 'done', result: { status: 'imported' } });
    // Another user cannot see it.
    expect((await t.asToken('owner', `/api/jobs/${jobId}`)).status).toBe(404);
  });

  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const t = await testApp({ deps: { limits: { uploadBytes: 100 } } });
    const before = uploadsLeft();
    // Streamed without a Content-Length, so the limit is enforced while reading.
    const big = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(RUSSIAN_ORDERS));
        c.close();
      },
    });
    const res = await t.asToken('owner', '/api/imports?table=orders&filename=big.csv', {
      method: 'POST',
      body: big,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const declared = await t.asToken(
      'owner',
      '/api/imports?table=orders&filename=big.csv',
      upload(RUSSIAN_ORDERS, { 'content-length': String(RUSSIAN_ORDERS.length) }),
    );
    expect(declared.status).toBe(413);
    expect(await countOrders(t)).toBe(0);
    expect(t.workspace.store.db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
    expect(uploadsLeft()).toEqual(before);
  });

  it('needs a file name and a known table', async () => {
    const t = await testApp();
    const noName = await t.asToken('owner', '/api/imports?table=orders', upload(RUSSIAN_ORDERS));
    expect(await noName.json()).toMatchObject({ error: { field: 'filename' } });
    const badTable = await t.asToken(
      'owner',
      '/api/imports?table=users&filename=a.csv',
      upload(RUSSIAN_ORDERS),
    );
    expect(await badTable.json()).toMatchObject({ error: { field: 'table' } });
  });

  it('sanitises file names: no directories, no special characters, the extension kept', () => {
    expect(sanitiseFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFilename('C:\\Users\\me\\Выгрузка 1С.xlsx')).toBe('Выгрузка 1С.xlsx');
    expect(sanitiseFilename('..hidden.csv')).toBe('hidden.csv');
    expect(sanitiseFilename('a$(rm -rf)`;|.csv')).toBe('a_(rm -rf)___.csv');
    expect(sanitiseFilename('%D0%B7.csv')).toBe('з.csv');
    expect(() => sanitiseFilename('...')).toThrow(/filename/);
  });
});

describe('workbench files', () => {
  it('serves the built workbench and index.html for client routes, not for /api', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>workbench</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const t = await testApp({ deps: { webDir: dir } });
    expect(await (await t.app.request('/')).text()).toContain('workbench');
    expect(await (await t.app.request('/app.js')).text()).toBe('console.log(1)');
    expect(await (await t.app.request('/compare/2024')).text()).toContain('workbench');
    const api = await t.app.request('/api/nothing');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
  });
});
