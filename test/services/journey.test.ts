import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/period/index.ts';
import { journeyPreset } from '../../src/core/journey/index.ts';
import {
  formulaFor,
  journeyFor,
  journeyMapOf,
  resolveModel,
  saveJourneyMapOf,
  UserError,
  type Workspace,
} from '../../src/services/index.ts';
import { cohortWorkspace } from './cohorts-fixture.ts';

// The hand-checked fixture of cohorts-fixture.ts, February–March 2024: leads L2–L6 (5); new clients
// c, d (February) and e (March), each with a lead in the period (L3, L2, L6); d alone ordered again
// (D2); buyers of the period a, b, c, d, e.
const FEB_MAR = parsePeriod('2024-02..2024-03');

describe('the journey map on hand-checked data', () => {
  let ws: Workspace;
  let noLeads: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace();
    noLeads = await cohortWorkspace({ leads: false });
  });
  afterAll(async () => {
    await ws.close();
    await noLeads.close();
  });

  it('counts leads → new clients from them → those who came back, with the shares kept', async () => {
    const res = await journeyFor(ws, { period: FEB_MAR });
    expect(res.counts).toMatchObject({
      leads: 5,
      new_buyers: 3,
      repeat_buyers: 1,
      buyers: 5,
    });
    // March's email spend has no impressions: a sum missing rows is no sum.
    expect(res.counts['impressions']).toBeNull();
    const at = (id: string) => res.stages.find((s) => s.id === id)!.passage;
    expect(at('evaluation')).toMatchObject({ reached: 5, kept: 0.6 });
    expect(at('deal').reached).toBe(3);
    expect(at('deal').kept).toBeCloseTo(1 / 3, 12);
    expect(at('repeat')).toMatchObject({ reached: 1, kept: null });
    expect(res.narrowest).toBe('deal');
  });

  it('January: the only lead never became a client, so no new client came from leads', async () => {
    const res = await journeyFor(ws, { period: parsePeriod('2024-01') });
    expect(res.counts).toMatchObject({ leads: 1, new_buyers: 0, repeat_buyers: 0 });
  });

  it('without leads every new client counts at the deal stage, and evaluation has no count', async () => {
    const res = await journeyFor(noLeads, { period: FEB_MAR });
    expect(res.counts['leads']).toBeUndefined();
    expect(res.counts).toMatchObject({ new_buyers: 3, repeat_buyers: 1 });
    expect(res.stages[1]!.passage.reached).toBeNull();
  });

  it('each stage shows the period’s values of its levers, the same as the formula’s', async () => {
    const res = await journeyFor(ws, { period: FEB_MAR });
    const formula = await formulaFor(ws, { tree: resolveModel('profit'), period: FEB_MAR });
    const deal = res.stages.find((s) => s.id === 'deal')!;
    expect(deal.leverValues).toEqual({
      C: formula.levers['C'],
      Pu: formula.levers['Pu'],
      D: formula.levers['D'],
    });
    if (res.constraint) {
      const stage = res.stages.find((s) => s.id === res.constraint!.stageId)!;
      expect(stage.levers).toContain(res.constraint.lever);
      expect(res.constraint.position).toBe(res.stages.indexOf(stage) + 1);
    }
  });
});

describe('the company’s own journey map', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace();
  });
  afterAll(() => ws.close());

  it('is the B2C preset until saved; a saved map is what the journey draws', async () => {
    expect(journeyMapOf(ws)).toMatchObject({ map: { preset: 'b2c' }, saved: null });
    const clinic = journeyPreset('clinic');
    const stages = clinic.stages.map((s) => (s.id === 'deal' ? { ...s, owner: 'Главный врач' } : s));
    saveJourneyMapOf(ws, { ...clinic, stages }, 7);
    const stored = journeyMapOf(ws);
    expect(stored.saved?.by).toBe(7);
    expect(stored.map.stages.find((s) => s.id === 'deal')?.owner).toBe('Главный врач');
    const res = await journeyFor(ws, { period: FEB_MAR });
    expect(res.preset).toBe('clinic');
    expect(res.stages[1]!.name.ru).toBe('Выбор клиники и запись');
  });

  it('names every problem of an edited map in both languages and saves nothing', () => {
    const before = journeyMapOf(ws);
    const stages = journeyPreset('b2c').stages.map((s, i) => (i === 3 ? { ...s, id: 'deal' } : s));
    const err = (() => {
      try {
        saveJourneyMapOf(ws, { preset: 'b2c', stages }, 1);
      } catch (e) {
        return e as UserError;
      }
      throw new Error('saved a map with a repeated stage id');
    })();
    expect(err.localized('ru')).toContain('этап 4: Код этапа «deal» повторяется');
    expect(err.localized('en')).toContain('stage 4: Stage id “deal” is used twice');
    expect(() => saveJourneyMapOf(ws, { preset: 'b2c', stages: [{ id: 'x' }] }, 1)).toThrow(UserError);
    expect(journeyMapOf(ws)).toEqual(before);
  });
});
