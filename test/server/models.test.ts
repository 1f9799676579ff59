import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

const EXAMPLE = readFileSync(new URL('../../docs/examples/lcpq-with-discount.yaml', import.meta.url), 'utf8');
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

describe('stored formula trees', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ws = await sampleWorkspace(5_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  it('stores a YAML tree that the analysis routes then use by id, like a preset', async () => {
    const res = await t.asToken('analyst', '/api/models', json({ definition: EXAMPLE }));
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toMatchObject({ id: 'lcpq-discount', source: 'user' });
    const list = (await (await t.asToken('manager', '/api/models')).json()) as Array<{ id: string }>;
    expect(list.map((m) => m.id)).toContain('lcpq-discount');
    expect(list[0]?.id).toBe('lcpq');
    const meta = (await (await t.asToken('manager', '/api/meta')).json()) as {
      models: Array<{ id: string; source: string }>;
    };
    expect(meta.models.find((m) => m.id === 'lcpq-discount')?.source).toBe('user');
    const formula = await t.asToken('manager', '/api/formula?model=lcpq-discount');
    expect(formula.status).toBe(200);
    const body = (await formula.json()) as { model: string; nodes: Record<string, number | null> };
    expect(body.model).toBe('lcpq-discount');
    expect(body.nodes['discount_rate']).toBeGreaterThan(0);
  });

  it('answers with the tree as re-uploaded, not a cached answer for the old one', async () => {
    const before = (await (await t.asToken('manager', '/api/formula?model=lcpq-discount')).json()) as {
      nodes: Record<string, unknown>;
    };
    expect(before.nodes).toHaveProperty('discount_rate');
    const trimmed = EXAMPLE.replace(/\n {2}- \{ id: discount_rate[^\n]*/, '').replace(
      /\n {2}- \{ id: discounts[^\n]*/,
      '',
    );
    expect((await t.asToken('analyst', '/api/models', json({ definition: trimmed }))).status).toBe(201);
    const after = (await (await t.asToken('manager', '/api/formula?model=lcpq-discount')).json()) as {
      nodes: Record<string, unknown>;
    };
    expect(after.nodes).not.toHaveProperty('discount_rate');
  });

  it('refuses a broken tree with every problem named, and a preset id', async () => {
    const broken = EXAMPLE.replace('of: [L, C, P, Q]', 'of: [L, C, P, Z]');
    const res = await t.asToken('analyst', '/api/models', json({ definition: broken }));
    expect(res.status).toBe(400);
    const err = ((await res.json()) as { error: { field: string; message: string } }).error;
    expect(err.field).toBe('definition');
    expect(err.message).toContain('Z');
    const preset = EXAMPLE.replace('id: lcpq-discount', 'id: lcpq');
    const clash = await t.asToken('analyst', '/api/models', json({ definition: preset }));
    expect(((await clash.json()) as { error: { message: string } }).error.message).toMatch(
      /готовой модели|preset/,
    );
  });

  it('never reads a tree from a path, and forgets a removed tree', async () => {
    const path = await t.asToken('manager', '/api/formula?model=../../etc/passwd');
    expect(path.status).toBe(400);
    expect(((await path.json()) as { error: { field: string } }).error.field).toBe('model');
    expect((await t.asToken('analyst', '/api/models/lcpq-discount', { method: 'DELETE' })).status).toBe(204);
    const gone = await t.asToken('manager', '/api/formula?model=lcpq-discount');
    expect(gone.status).toBe(400);
    expect((await t.asToken('analyst', '/api/models/lcpq', { method: 'DELETE' })).status).toBe(400);
  });
});
