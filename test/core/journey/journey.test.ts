import { describe, expect, it } from 'vitest';
import {
  constraintStage,
  JOURNEY_PRESETS,
  journeyPreset,
  journeyProblems,
  narrowestStage,
  passages,
  type JourneyMap,
} from '../../../src/core/journey/index.ts';

describe('journey presets', () => {
  it.each(JOURNEY_PRESETS)(
    '%s has the six default stages, each named in both languages and feeding a lever',
    (id) => {
      const map = journeyPreset(id);
      expect(map.stages.map((s) => s.id)).toEqual([
        'consideration',
        'evaluation',
        'deal',
        'post-purchase',
        'repeat',
        'recommendation',
      ]);
      for (const s of map.stages) {
        expect(s.name.ru).toMatch(/[а-яё]/i);
        expect(s.name.en).toMatch(/^[\x20-\x7e’]+$/);
        expect(s.levers.length).toBeGreaterThan(0);
        expect(s.touchpoints.length).toBeGreaterThan(0);
      }
      expect(journeyProblems(map)).toEqual([]);
    },
  );

  it('B2B names who decides and who influences (ЛПР/ЛВР) and a sales tactic at every stage', () => {
    for (const s of journeyPreset('b2b').stages) {
      expect(s.people?.deciders.ru).toBeTruthy();
      expect(s.people?.influencers.en).toBeTruthy();
      expect(s.tactic?.ru).toBeTruthy();
    }
  });

  it('the clinic map names the booking difficulty and the stage where the treatment plan stops', () => {
    const map = journeyPreset('clinic');
    const at = (id: string) => map.stages.find((s) => s.id === id)!;
    expect(
      at('evaluation')
        .difficulties.map((d) => d.ru)
        .join(),
    ).toMatch(/записаться/);
    expect(
      at('post-purchase')
        .difficulties.map((d) => d.ru)
        .join(),
    ).toMatch(/прекратил план/);
  });

  it('each call gives a fresh copy: editing one company’s map leaves the preset alone', () => {
    const a = journeyPreset('b2c');
    (a.stages[0]!.levers as string[]).push('Q');
    expect(journeyPreset('b2c').stages[0]!.levers).toEqual(['L']);
  });
});

describe('drop-offs along the map', () => {
  // 500 leads → 150 of them became clients → 60 of those came back; impressions are not a stage's count.
  const counts = { impressions: 10_000, leads: 500, new_buyers: 150, buyers: 400, repeat_buyers: 60 };

  it('gives the share kept and lost between stages, worked by hand', () => {
    const list = passages(journeyPreset('b2c').stages, counts);
    expect(list.map((p) => p.reached)).toEqual([null, 500, 150, null, 60, null]);
    expect(list.map((p) => p.kept)).toEqual([null, 0.3, 0.4, null, null, null]);
    expect(list[1]!.lost).toBeCloseTo(0.7, 12);
    expect(narrowestStage(list)?.stageId).toBe('evaluation');
  });

  it('the key constraint C is lost at stage 2 (evaluation), not at the deal where nobody is lost', () => {
    const stages = journeyPreset('b2c').stages;
    expect(constraintStage(stages, passages(stages, counts), 'C')).toEqual({
      lever: 'C',
      stageId: 'evaluation',
      position: 2,
      lost: expect.closeTo(0.7, 12) as unknown as number,
    });
  });

  it('a lever no stage feeds has no stage; a lever without data falls on its first stage', () => {
    const stages = journeyPreset('b2c').stages.map((s) => ({
      ...s,
      levers: s.levers.filter((l) => l !== 'D'),
    }));
    expect(constraintStage(stages, passages(stages, counts), 'D')).toBeNull();
    expect(constraintStage(stages, passages(stages, {}), 'Q')).toMatchObject({
      stageId: 'post-purchase',
      lost: null,
    });
  });

  it('more clients at the next stage than at this one draws no share above 100 % and says why', () => {
    const list = passages(journeyPreset('b2c').stages, { leads: 100, new_buyers: 150 });
    expect(list[1]).toMatchObject({ reached: 100, kept: null, lost: null, note: 'not_nested' });
  });

  it('a stage the data cannot count is stepped over: leads still lead to buyers', () => {
    const stages = journeyPreset('b2c').stages.filter((s) => s.id !== 'deal');
    const list = passages(stages, { leads: 400, repeat_buyers: 100 });
    expect(list.find((p) => p.stageId === 'evaluation')?.kept).toBe(0.25);
  });

  it('shares stay in [0, 1] for any counts', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 1000;
    for (let k = 0; k < 500; k++) {
      const list = passages(journeyPreset('b2c').stages, {
        impressions: rnd(),
        leads: rnd(),
        new_buyers: rnd(),
        buyers: rnd(),
        repeat_buyers: rnd(),
        referrals: k % 3 === 0 ? null : rnd(),
      });
      for (const p of list) {
        if (p.kept === null) continue;
        expect(p.kept).toBeGreaterThanOrEqual(0);
        expect(p.kept).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('a map a person edited', () => {
  const base = (): JourneyMap => journeyPreset('b2c');

  it('names each problem with its stage, in both languages', () => {
    const map = base();
    const stages = map.stages.map((s) => ({ ...s }));
    stages[0] = { ...stages[0]!, id: 'Этап 1' };
    stages[2] = { ...stages[2]!, id: 'evaluation', name: { ru: ' ', en: 'Deal' } };
    stages[3] = { ...stages[3]!, levers: ['X' as never] };
    stages[4] = { ...stages[4]!, touchpoints: [{ ru: 'я'.repeat(201), en: 'x' }] };
    const problems = journeyProblems({ ...map, stages });
    expect(problems.map((p) => p.stage)).toEqual([1, 3, 3, 4, 5]);
    expect(problems[0]!.text.ru).toContain('Этап 1');
    expect(problems[1]!.text.en).toContain('used twice');
    expect(problems[3]!.text.ru).toContain('«X»');
  });

  it('refuses an empty map and one with more than twelve stages', () => {
    expect(journeyProblems({ preset: 'b2c', stages: [] })[0]!.text.en).toBe('The map has no stages.');
    const many = Array.from({ length: 13 }, (_, i) => ({ ...base().stages[0]!, id: `s${i}` }));
    expect(journeyProblems({ preset: 'b2c', stages: many })[0]!.text.ru).toContain('больше 12');
  });
});
