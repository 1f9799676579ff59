/**
 * Every GET route of the formula, accounts, system and warehouse domains, and a representative
 * write of each, answers on the sample company exactly what its response schema declares
 * (route-answer-harness.ts): an undeclared field, a wrong type or an open schema fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerApp } from './route-answer-harness.ts';

/** GET routes of these domains: everything the customers, KPI and journey domains do not own. */
const isCore = (route: string) =>
  !/ \/api\/(customers|kpi)\//.test(route) &&
  !route.startsWith('GET /api/journey') &&
  // A file (CSV or XLSX), not JSON: test/server/exports.test.ts reads it.
  route !== 'GET /api/export/{analysis}';

const TREE = {
  id: 'answers_tree',
  label: { ru: 'Проверка', en: 'Check' },
  revenue: 'R',
  levers: ['B', 'A'],
  nodes: [
    { id: 'R', label: { ru: 'Выручка', en: 'Revenue' }, unit: 'money', kind: 'product', of: ['B', 'A'] },
    { id: 'B', label: { ru: 'Покупатели', en: 'Buyers' }, unit: 'count', kind: 'measure', measure: 'buyers' },
    {
      id: 'A',
      label: { ru: 'Средняя выручка', en: 'Revenue per buyer' },
      unit: 'money',
      kind: 'ratio',
      of: ['Rv', 'B'],
    },
    { id: 'Rv', label: { ru: 'Выручка', en: 'Revenue' }, unit: 'money', kind: 'measure', measure: 'revenue' },
  ],
};

const SPEND = ['date,channel,spend', '2024-01-01,Поиск,1000.50', '2024-01-02,Соцсети,250'].join('\n');

describe('route answers: formula, accounts, system, warehouse', () => {
  let a: Awaited<ReturnType<typeof answerApp>>;
  beforeAll(async () => {
    a = await answerApp();
  }, 180_000);
  afterAll(() => a.close());

  it('system: health and meta', async () => {
    await a.expectAnswer('GET /api/health', '/api/health');
    const meta = (await a.expectAnswer('GET /api/meta', '/api/meta')) as { models: unknown[] };
    expect(meta.models.length).toBeGreaterThan(1);
  });

  it('formula: formula, compare, levers, constraint, dimensions, in both languages, sliced and filtered', async () => {
    await a.expectAnswer('GET /api/formula', '/api/formula');
    await a.expectAnswer('GET /api/formula', '/api/formula?by=channel&explain=1&model=profit', {
      lang: 'en',
    });
    await a.expectAnswer('GET /api/formula', '/api/formula?by=month&filter=channel=Nobody');
    await a.expectAnswer('GET /api/compare', '/api/compare?explain=1');
    await a.expectAnswer('GET /api/compare', '/api/compare?method=chain&model=profit&explain=1', {
      lang: 'en',
    });
    await a.expectAnswer('GET /api/levers', '/api/levers');
    await a.expectAnswer('GET /api/levers', '/api/levers?model=lcpudq&step=10');
    const constraint = (await a.expectAnswer('GET /api/constraint', '/api/constraint?by=store')) as {
      nextStep: unknown;
    };
    expect(constraint.nextStep).not.toBeNull();
    await a.expectAnswer('GET /api/constraint', '/api/constraint?by=channel&model=profit');
    await a.expectAnswer('GET /api/dimensions', '/api/dimensions');
    await a.expectAnswer('GET /api/dimensions', '/api/dimensions?dimension=store&search=a&top=3');
  });

  it('formula: what-if (values, goal seek, costs from data) and stage capacity', async () => {
    await a.expectAnswer('POST /api/whatif', '/api/whatif', { body: { model: 'lcpudq' } });
    await a.expectAnswer('POST /api/whatif', '/api/whatif', {
      body: { model: 'profit', target: { node: 'profit', value: 1e7 } },
    });
    const typed = (await a.expectAnswer('POST /api/whatif', '/api/whatif', {
      body: { model: 'profit', values: { L: 1000, C: 0.1, Pu: 1.5, D: 2000, Q: 1.2, M: 0.3 } },
    })) as { costs: unknown[]; costsPeriod: unknown };
    expect(typed.costs.length).toBeGreaterThan(0);
    expect(typed.costsPeriod).toBeDefined();
    await a.expectAnswer('POST /api/whatif', '/api/whatif', {
      body: { model: 'lcpudq', values: { L: 1000, C: 0.1, Pu: 1.5, D: 2000, Q: 1.2 } },
    });
    await a.expectAnswer('POST /api/whatif', '/api/whatif', {
      body: { model: 'lcpudq', target: { node: 'revenue', value: 1e8 }, lever: 'C' },
    });
    await a.expectAnswer('POST /api/constraint/stages', '/api/constraint/stages', {
      body: {
        stages: [
          { name: 'calls', capacity: 10 },
          { name: 'visits', capacity: 4 },
        ],
      },
    });
  });

  it('models: the list, a stored tree', async () => {
    await a.expectAnswer('POST /api/models', '/api/models', {
      body: { definition: JSON.stringify(TREE) },
      status: 201,
    });
    const models = (await a.expectAnswer('GET /api/models', '/api/models')) as Array<{ source: string }>;
    expect(models.some((m) => m.source === 'user')).toBe(true);
    await a.expectAnswer('GET /api/meta', '/api/meta');
  });

  it('accounts: me, users, tokens, sign-in', async () => {
    await a.expectAnswer('GET /api/auth/me', '/api/auth/me');
    await a.expectAnswer('POST /api/auth/login', '/api/auth/login', {
      body: { login: 'analyst', password: 'correct horse battery' },
    });
    const users = (await a.expectAnswer('GET /api/users', '/api/users')) as Array<{ id: number }>;
    const added = (await a.expectAnswer('POST /api/users', '/api/users', {
      body: { login: 'answers', name: 'A', role: 'manager', password: 'long enough password' },
      status: 201,
    })) as { id: number };
    await a.expectAnswer('PATCH /api/users/{id}', `/api/users/${added.id}`, { body: { role: 'analyst' } });
    await a.expectAnswer('POST /api/tokens', '/api/tokens', { body: { name: 'script' }, status: 201 });
    await a.expectAnswer('GET /api/tokens', '/api/tokens');
    await a.expectAnswer('GET /api/users/{id}/tokens', `/api/users/${users[0]!.id}/tokens`);
  });

  it('warehouse: preview, import (at once and as a job), the log', async () => {
    const preview = (await a.expectAnswer(
      'POST /api/imports/preview',
      '/api/imports/preview?table=spend&filename=s.csv',
      {
        file: SPEND,
      },
    )) as { status: string };
    expect(preview.status).toBe('validated');
    await a.expectAnswer('POST /api/imports/preview', '/api/imports/preview?table=spend&filename=bad.csv', {
      file: 'date,channel,spend\nnot a date,x,y',
    });
    const started = (await a.expectAnswer(
      'POST /api/imports',
      '/api/imports?table=spend&filename=s.csv&async=1',
      {
        file: SPEND,
        status: 202,
      },
    )) as { jobId: string };
    let job: { phase: string } = { phase: 'queued' };
    for (let i = 0; i < 200 && job.phase !== 'done' && job.phase !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await a.expectAnswer('GET /api/jobs/{id}', `/api/jobs/${started.jobId}`)) as typeof job;
    }
    expect(job.phase).toBe('done');
    await a.expectAnswer('POST /api/imports', '/api/imports?table=spend&filename=s2.csv&force=1', {
      file: SPEND,
    });
    await a.expectAnswer('GET /api/imports', '/api/imports');
  });

  it('called every GET route of these domains', () => {
    a.expectAllCalled(isCore);
  });
});
