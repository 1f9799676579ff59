import { describe, expect, it } from 'vitest';
import {
  attribute,
  explainSplit,
  getPreset,
  roundContributions,
  whatIf,
} from '../../../src/core/formula/index.ts';

describe('explainSplit', () => {
  it('explains an LMDI split of shop 1 growing into shop 1 with +20% leads', () => {
    const tree = getPreset('lcpq');
    const before = whatIf(tree, { L: 100, C: 0.4, P: 4, Q: 2 }).values;
    const after = whatIf(tree, { L: 120, C: 0.4, P: 4, Q: 2 }).values;
    const res = attribute({ tree, before, after });
    if (!res.ok) throw new Error(res.message);
    const lines = explainSplit(
      tree,
      before,
      after,
      { ...res, contributions: roundContributions(res) },
      'ru-RU',
    );
    expect(lines[0]).toMatch(/^LMDI: вклад рычага X = L\(V₁, V₀\)/);
    // Intl puts a no-break space before % and ₽ in ru-RU.
    expect(lines[1]).toBe('Лиды (L): 100 → 120 (+20\u00a0%) → вклад 64,00\u00a0₽; +100\u00a0% изменения');
    expect(lines[2]).toBe('Конверсия (C): 0,4 → 0,4 (0\u00a0%) → вклад 0,00\u00a0₽; 0\u00a0% изменения');
  });

  it('names the order for chain substitution, in English', () => {
    const tree = getPreset('lcpq');
    const before = whatIf(tree, { L: 100, C: 0.4, P: 4, Q: 2 }).values;
    const after = whatIf(tree, { L: 50, C: 0.8, P: 8, Q: 1 }).values;
    const res = attribute({ tree, before, after, order: ['Q', 'P', 'C', 'L'] }, { method: 'chain' });
    if (!res.ok) throw new Error(res.message);
    const lines = explainSplit(tree, before, after, { ...res, order: ['Q', 'P', 'C', 'L'] }, 'en-US');
    expect(lines[0]).toContain('(Q → P → C → L)');
    expect(lines.slice(1).some((l) => l.startsWith('Leads (L): 100 → 50 (-50%)'))).toBe(true);
  });
});
