import { describe, expect, it } from 'vitest';
import {
  attribute,
  evaluate,
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

describe('no internal ids in the explained split (issue 13 §5)', () => {
  it('names fixed costs by label only and keeps the lever symbols', () => {
    const tree = getPreset('profit');
    const m = (k: number) => ({
      leads: 100 * k,
      buyers: 40 * k,
      orders: 60 * k,
      items: 120 * k,
      revenue: 12_000 * k,
      cogs: 7_000 * k,
      spend: 500 * k,
      sga: 2_000,
      other_costs: 300,
    });
    const before = evaluate(tree, m(1));
    const after = evaluate(tree, m(1.1));
    const res = attribute({ tree, before, after, target: 'profit' });
    if (!res.ok) throw new Error(res.message);
    const lines = explainSplit(tree, before, after, { ...res, method: 'lmdi' }, 'ru-RU');
    const text = lines.join('\n');
    expect(text).toContain('Лиды (L)');
    expect(text).toContain('Маркетинговые расходы:');
    expect(text).not.toMatch(/\((spend|sga|other)\)/);
  });
});
