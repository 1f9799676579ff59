import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInto, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

describe('analysis answers are cached until the data changes', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ws = await sampleWorkspace(5_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  it('repeats an answer from the cache, and recomputes after an import', async () => {
    const path = '/api/formula?period=2026-10';
    const first = await t.asToken('analyst', path);
    expect(first.headers.get('x-cache')).toBe('miss');
    const before = (await first.json()) as { revenue: number };
    const second = await t.asToken('manager', path);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.json()).toEqual(before);

    const file = join(mkdtempSync(join(tmpdir(), 'fulcrum-cache-')), 'more.csv');
    writeFileSync(file, 'order_id,customer_id,ts,revenue\nX-1,C-new,2026-10-15 10:00:00,1000.00\n');
    expect((await importInto(ws, { file, table: 'orders' })).status).toBe('imported');
    const third = await t.asToken('analyst', path);
    expect(third.headers.get('x-cache')).toBe('miss');
    expect(((await third.json()) as { revenue: number }).revenue).toBeCloseTo(before.revenue + 1000, 2);
  });

  it('never serves a cached answer to a role that may not ask', async () => {
    await t.asToken('analyst', '/api/levers');
    expect((await t.asToken('employee', '/api/levers')).status).toBe(403);
  });
});
