import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyMapAnswerSchema, JourneyResultSchema } from '../../src/contract/journey.ts';
import { journeyPreset } from '../../src/core/journey/index.ts';
import { journeyFor, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from './helpers.ts';

type App = Awaited<ReturnType<typeof testApp>>;

// Issue 15 §1: the journey map through the API, for the roles that see analyses.
describe('GET /api/journey', () => {
  let ws: Workspace;
  let t: App;
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
  }, 120_000);
  afterAll(() => ws.close());

  it('answers the map the service computes, valid against its strict schema', async () => {
    const res = await t.asToken('manager', '/api/journey?preset=clinic');
    expect(res.status).toBe(200);
    const body = JourneyResultSchema.parse(await res.json());
    expect(body.preset).toBe('clinic');
    expect(body.stages).toHaveLength(6);
    const direct = await journeyFor(ws, { period: body.period, map: journeyPreset('clinic') });
    expect(body.counts).toEqual(direct.counts);
    expect(body.stages.map((s) => s.passage)).toEqual(direct.stages.map((s) => s.passage));
  });

  it('refuses an unknown preset by name and an employee who sees no analyses', async () => {
    const bad = await t.asToken('manager', '/api/journey?preset=hotel');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('preset');
    expect((await t.asToken('employee', '/api/journey')).status).toBe(403);
  });

  it('PUT /api/journey/map saves the company’s map for owners and managers; the journey then draws it', async () => {
    const map = journeyPreset('b2b');
    const put = (role: 'manager' | 'analyst', body: unknown) =>
      t.asToken(role, '/api/journey/map', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put('analyst', map)).status).toBe(403);
    const bad = await put('manager', { ...map, stages: [{ ...map.stages[0], id: 'Этап 1' }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toMatch(/stages/);
    const ok = await put('manager', map);
    expect(ok.status).toBe(200);
    const saved = JourneyMapAnswerSchema.parse(await ok.json());
    expect(saved.map.preset).toBe('b2b');
    expect(saved.saved).not.toBeNull();
    const drawn = JourneyResultSchema.parse(await (await t.asToken('analyst', '/api/journey')).json());
    expect(drawn.preset).toBe('b2b');
    expect(drawn.stages[2]!.people?.deciders.ru).toBe('Генеральный директор, финансовый директор');
  });
});
