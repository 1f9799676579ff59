import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset, throughput } from '../../src/core/formula/index.ts';
import { parsePeriod } from '../../src/core/period/index.ts';
import {
  comparePeriods,
  constraintFor,
  formulaFor,
  leversFor,
  resolvePeriods,
  whatIfFor,
  type Workspace,
} from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

/** The body the API must answer: the service result, as JSON carries it. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('analysis routes answer exactly what the services compute', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  const get = async (path: string): Promise<unknown> => {
    const res = await t.asToken('analyst', path);
    expect(res.status, await res.clone().text()).toBe(200);
    return res.json();
  };

  it('explains in the language the client asks for (the workbench switch), else the user setting', async () => {
    const res = await t.asToken('analyst', '/api/formula?explain=1', {
      headers: { 'accept-language': 'en' },
    });
    const body = (await res.json()) as { explain: Record<string, string> };
    expect(body.explain['C']).toMatch(/^C = buyers \/ L = /);
    expect(Object.values(body.explain).join(' ')).not.toMatch(/[а-я]/);
  });

  it('formula, default period, filtered and sliced, with explanations in the user language', async () => {
    const { current } = await resolvePeriods(ws, {});
    const tree = getPreset('lcpudq');
    expect(await get('/api/formula')).toEqual(asJson(await formulaFor(ws, { tree, period: current })));
    const period = parsePeriod('2025-01..2025-06');
    const sliced = (await get(
      '/api/formula?period=2025-01..2025-06&by=channel&filter=store=Moscow%20Butovo,Kazan%20Gorki&explain=1',
    )) as {
      revenue: number;
      segments: unknown[];
      explain: Record<string, string>;
    };
    // A real slice of real data, explained in Russian (the test users' language).
    expect(sliced.revenue).toBeGreaterThan(0);
    expect(sliced.segments.length).toBeGreaterThan(1);
    expect(Object.values(sliced.explain).join(' ')).toMatch(/[а-я]/);
    expect(
      await get(
        '/api/formula?period=2025-01..2025-06&by=channel&filter=store=Moscow%20Butovo,Kazan%20Gorki&explain=1',
      ),
    ).toEqual(
      asJson(
        await formulaFor(ws, {
          tree,
          period,
          by: ['channel'],
          filters: { store: ['Moscow Butovo', 'Kazan Gorki'] },
          explainLocale: 'ru-RU',
        }),
      ),
    );
  });

  it('compare with the default periods and with chain substitution', async () => {
    const p = await resolvePeriods(ws, {});
    const tree = getPreset('profit');
    expect(await get('/api/compare?model=profit')).toEqual(
      asJson(await comparePeriods(ws, { tree, before: p.previous, after: p.current })),
    );
    const q = await resolvePeriods(ws, { period: '2025-01..2025-03', compare: '2024-01..2024-03' });
    expect(
      await get(
        '/api/compare?period=2025-01..2025-03&compare=2024-01..2024-03&method=chain&order=L,C,Pu,D,Q',
      ),
    ).toEqual(
      asJson(
        await comparePeriods(ws, {
          tree: getPreset('lcpudq'),
          before: q.previous,
          after: q.current,
          method: 'chain',
          order: ['L', 'C', 'Pu', 'D', 'Q'],
        }),
      ),
    );
  });

  it('levers with a custom step, and the key constraint by store', async () => {
    const { current } = await resolvePeriods(ws, {});
    expect(await get('/api/levers?step=10')).toEqual(
      asJson(await leversFor(ws, { tree: getPreset('profit'), period: current, step: 0.1 })),
    );
    expect(await get('/api/constraint?by=store')).toEqual(
      asJson(await constraintFor(ws, { tree: getPreset('lcpudq'), period: current, by: 'store' })),
    );
    const res = await t.asToken('analyst', '/api/constraint?by=colour');
    expect(await res.json()).toMatchObject({
      error: { field: 'by', message: expect.stringContaining('colour') },
    });
  });

  it('what-if from typed values and from data, with goal seek, and the stage calculator', async () => {
    const post = async (path: string, body: unknown): Promise<unknown> => {
      const res = await t.asToken('manager', path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return res.json();
    };
    const tree = getPreset('lcpudq');
    const values = { L: 100, C: 0.4, D: 2, Pu: 2, Q: 2 };
    const typed = await post('/api/whatif', {
      model: 'lcpudq',
      values,
      target: { node: 'revenue', value: 640 },
    });
    expect(typed).toEqual(
      asJson(await whatIfFor(null, { tree, values, target: { node: 'revenue', value: 640 } })),
    );
    expect(typed).toMatchObject({ revenue: 320 });
    const { current } = await resolvePeriods(ws, {});
    expect(await post('/api/whatif', { lever: 'C', target: { node: 'revenue', value: 1e9 } })).toEqual(
      asJson(
        await whatIfFor(ws, { tree, period: current, lever: 'C', target: { node: 'revenue', value: 1e9 } }),
      ),
    );
    const stages = [
      { name: 'machine 1', capacity: 12 },
      { name: 'sales', capacity: 9 },
    ];
    expect(await post('/api/constraint/stages', { stages })).toEqual(throughput(stages));
  });

  it('meta lists the models, dimensions, data range and default periods', async () => {
    const meta = (await get('/api/meta')) as Record<string, unknown>;
    const p = await resolvePeriods(ws, {});
    expect(meta).toMatchObject({ defaults: { period: p.current.label, compare: p.previous.label } });
    expect(meta['dimensions']).toEqual(expect.arrayContaining(['store', 'channel']));
    expect((meta['models'] as Array<{ id: string }>).map((m) => m.id)).toContain('profit');
  });
});
