import { describe, expect, it } from 'vitest';
import {
  checkDesign,
  equalSplit,
  fromSaved,
  setWeight,
  sumPct,
  toggleKpi,
  weightText,
  type DraftPosition,
} from './design-draft.ts';

const marketer: DraftPosition = { key: 'p1', name: 'Маркетолог', kpis: ['L', 'C', 'Q'], weights: null };

describe('the designer draft', () => {
  it('shows an equal split until a share is typed, then keeps what the user saw', () => {
    expect(marketer.kpis.map((k) => weightText(marketer, k, 'ru'))).toEqual(['33,33', '33,33', '33,33']);
    expect(sumPct(marketer)).toBe(100);
    const typed = setWeight(marketer, 'L', '40', 'ru');
    expect(typed.weights).toEqual({ L: '40', C: '33,33', Q: '33,33' });
    expect(sumPct(typed)).toBe(106.66);
  });

  it('refuses shares that do not make 100 %, naming the position and the sum (90 %: 10 short)', () => {
    const p = { ...marketer, weights: { L: '50', C: '25', Q: '15' } };
    expect(checkDesign([p])).toEqual({
      positions: null,
      problems: [{ kind: 'sum', key: 'p1', name: 'Маркетолог', sum: 90 }],
    });
    expect(checkDesign([{ ...p, weights: { L: '50', C: 'x', Q: '15' } }]).problems).toEqual([
      { kind: 'number', key: 'p1', name: 'Маркетолог', kpi: 'C' },
    ]);
  });

  it('turns percent into the shares the API stores: 45 / 35 / 20 % → 0.45 / 0.35 / 0.2', () => {
    const p = { ...marketer, weights: { L: '45', C: '35', Q: '20' } };
    expect(checkDesign([p, { key: 'p2', name: ' ', kpis: ['D'], weights: null }])).toEqual({
      positions: [
        { id: 'p1', name: 'Маркетолог', kpis: { L: 0.45, C: 0.35, Q: 0.2 } },
        { id: 'p2', name: 'p2', kpis: ['D'] },
      ],
      problems: [],
    });
    // 33,33 + 33,33 + 33,34 = 100 exactly once tidied, though not in raw floating point.
    const thirds = { ...marketer, weights: { L: '33,33', C: '33,33', Q: '33,34' } };
    expect(checkDesign([thirds]).problems).toEqual([]);
  });

  it('refuses an empty position and an empty design', () => {
    expect(checkDesign([]).problems).toEqual([{ kind: 'none' }]);
    expect(checkDesign([{ ...marketer, kpis: [] }]).problems).toEqual([
      { kind: 'empty', key: 'p1', name: 'Маркетолог' },
    ]);
  });

  it('ticks a KPI into typed shares at 0 and unticks it; equal split resets', () => {
    const typed = { ...marketer, weights: { L: '50', C: '30', Q: '20' } };
    const more = toggleKpi(typed, 'D');
    expect(more.weights).toEqual({ L: '50', C: '30', Q: '20', D: '0' });
    expect(sumPct(more)).toBe(100);
    const fewer = toggleKpi(more, 'C');
    expect([fewer.kpis, sumPct(fewer)]).toEqual([['L', 'Q', 'D'], 70]);
    expect(equalSplit(fewer)).toMatchObject({ weights: null });
    expect(sumPct(equalSplit(fewer))).toBe(100);
  });

  it('reads a saved design back into percent text', () => {
    expect(
      fromSaved(
        [
          { id: 'a', name: 'A', kpis: { L: 0.45, C: 0.55 }, bonus: 100 },
          { id: 'b', name: 'B', kpis: ['Q'] },
        ],
        'ru',
      ),
    ).toEqual([
      { key: 'a', name: 'A', kpis: ['L', 'C'], weights: { L: '45', C: '55' }, bonus: 100 },
      { key: 'b', name: 'B', kpis: ['Q'], weights: null },
    ]);
  });
});
