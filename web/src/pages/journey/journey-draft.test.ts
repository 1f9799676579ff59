import { describe, expect, it } from 'vitest';
import { fromDrafts, moved, newStage, toDrafts } from './journey-draft.ts';
import type { JourneyMap } from './journey-types.ts';

const MAP: JourneyMap = {
  preset: 'b2c',
  stages: [
    {
      id: 'deal',
      name: { ru: 'Сделка', en: 'The deal' },
      touchpoints: [
        { ru: 'Касса', en: 'Till' },
        { ru: 'Доставка', en: 'Delivery' },
      ],
      channels: ['site'],
      owner: null,
      levers: ['C', 'Pu'],
      difficulties: [],
      reach: 'new_buyers',
    },
  ],
};

describe('journey map editor drafts (issue 15 §1)', () => {
  it('round-trips a map unchanged in either language', () => {
    expect(fromDrafts(toDrafts(MAP, 'ru'), 'b2c', 'ru')).toEqual(MAP);
    expect(fromDrafts(toDrafts(MAP, 'en'), 'b2c', 'en')).toEqual(MAP);
  });

  it('a kept line keeps its translation; a new line is the same text in both languages', () => {
    const [d] = toDrafts(MAP, 'ru');
    const map = fromDrafts(
      [{ ...d!, touchpoints: 'Касса\nЧат на сайте', owner: ' Директор ', levers: ['Pu', 'L'] }],
      'b2c',
      'ru',
    );
    expect(map.stages[0]!.touchpoints).toEqual([
      { ru: 'Касса', en: 'Till' },
      { ru: 'Чат на сайте', en: 'Чат на сайте' },
    ]);
    expect(map.stages[0]!.owner).toBe('Директор');
    // Levers in the formula's order whatever order they were ticked in.
    expect(map.stages[0]!.levers).toEqual(['L', 'Pu']);
    expect(map.stages[0]!.reach).toBe('new_buyers');
  });

  it('adds a stage with a free id and moves stages within bounds', () => {
    const drafts = toDrafts(MAP, 'en');
    const added = newStage([...drafts, { ...drafts[0]!, id: 'stage-2' }]);
    expect(added.id).toBe('stage-3');
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });
});
