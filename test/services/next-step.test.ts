import { describe, expect, it } from 'vitest';
import { getPreset, keyConstraint, evaluate, leverTools } from '../../src/core/formula/index.ts';
import { nextStepOf } from '../../src/services/index.ts';

describe('"what to do next" beside the key constraint and the lever table (issue 13 §5)', () => {
  it('maps each lever to its typical tools from the methodology, in both languages', () => {
    const expected: Record<string, [string, string]> = {
      C: ['точки контакта и конверсия', 'touchpoints and conversion'],
      Pu: ['цена и ассортимент', 'pricing and assortment'],
      D: ['кросс-продажи', 'cross-selling'],
      Q: ['лояльность и реактивация', 'loyalty and reactivation'],
      L: ['каналы привлечения', 'acquisition channels'],
    };
    for (const [lever, [ru, en]] of Object.entries(expected)) {
      const tools = leverTools('lcpudq', lever);
      expect(tools?.ru.startsWith(ru), lever).toBe(true);
      expect(tools?.en.startsWith(en), lever).toBe(true);
    }
    // A hotel's D is nights per stay, not items per receipt: not cross-selling.
    expect(leverTools('hotel', 'D')?.en).toMatch(/^length of stay/);
    expect(leverTools('lcpudq', 'nonsense')).toBeNull();
  });

  it('names the key constraint’s lever, the three segments that gain most, and its tools', () => {
    const tree = getPreset('lcpq');
    // Q per store: A 2, B 1, C 3, D 1, E 1.5 → p75 2; B, D and E lag, D (revenue 6000) gains most.
    const seg = (key: string, buyers: number, orders: number, revenue: number) => ({
      key,
      values: evaluate(tree, { leads: 100, buyers, orders, revenue }),
    });
    const segments = [
      seg('A', 40, 80, 8000),
      seg('B', 40, 40, 2000),
      seg('C', 40, 120, 12000),
      seg('D', 40, 40, 6000),
      seg('E', 40, 60, 3000),
    ];
    const report = keyConstraint({ ...tree, levers: ['Q'] }, segments);
    const step = nextStepOf(tree, { key: report.key, by: 'store', levers: report.levers })!;
    expect(step.lever).toBe('Q');
    // Gains at Q = 2: D 6000 × (2/1 − 1) = 6000, B 2000, E 3000 × (2/1.5 − 1) = 1000.
    expect(step.segments).toEqual(['D', 'B', 'E']);
    expect(step.potential).toBeCloseTo(9000, 6);
    // The slice by its name, not its id («Магазин», not store).
    expect(step.text.en).toContain('the “Store” segments D, B, E');
    expect(step.text.ru).toContain('«Магазин»');
    expect(step.text.en).toContain('loyalty and reactivation');
    expect(step.text.ru).toContain('«Частота покупок» (Q)');
    expect(step.text.en).toContain('“Purchase frequency” (Q)');
    expect(step.text.ru).toContain('лояльность и реактивация');
  });

  it('has no next step when nothing lags', () => {
    const tree = getPreset('lcpq');
    expect(nextStepOf(tree, { key: null, by: 'store', levers: [] })).toBeNull();
  });
});
