import { describe, expect, it } from 'vitest';
import {
  generalSheet,
  phasedBonus,
  quarterSheet,
  type GeneralKpi,
  type QuarterPlan,
} from '../../../src/core/kpi/index.ts';
import { plain } from './fixtures.ts';

const kpi = (over: Partial<GeneralKpi> & Pick<GeneralKpi, 'kpi' | 'weight'>): GeneralKpi => ({
  name: { ru: over.kpi.toUpperCase(), en: over.kpi.toUpperCase() },
  unit: 'number',
  direction: 'higher',
  ...over,
});

describe('the general KPI sheet', () => {
  const plan = {
    employee: 'ivan',
    period: '2024-03',
    bonus: 50_000,
    kpis: [
      kpi({ kpi: 'ctr', weight: 0.5, plan: 0.02, unit: 'ratio' }),
      kpi({ kpi: 'cpc', weight: 0.3, plan: 40, unit: 'money', direction: 'lower' }),
      kpi({ kpi: 'clicks', weight: 0.2, base: 800, norm: 1000, target: 1200, cap: 1.5, unit: 'count' }),
    ],
  };

  it('pays weight × completion; lower-is-better uses plan / fact; the curve for base/norm/target', () => {
    const s = generalSheet(plan, { ctr: { value: 0.025 }, cpc: { value: 50 }, clicks: { value: 900 } });
    // CTR 2,5% / 2% = 125% → 1,25 × 50% × 50 000 = 31 250
    // CPC plan 40 / fact 50 = 80% → 0,8 × 30% × 50 000 = 12 000
    // clicks 900: halfway 800 → 1000 → 50% → 0,5 × 20% × 50 000 = 5 000
    expect(s.lines.map((l) => l.amount)).toEqual([31250, 12000, 5000]);
    expect(s.total).toBe(48250);
    // index = 0,5 × 1,25 + 0,3 × 0,8 + 0,2 × 0,9 = 1,045
    expect(s.parts[0]!.explain!.en).toBe('KPI index = 1.045');
    expect(plain(s.lines[1]!.explain.ru)).toBe(
      'CPC: план 40,00 ₽, факт 50,00 ₽ = 80% → в коридоре 0–140% → 0,8 × 30% × 50 000 ₽ = 12 000,00 ₽',
    );
  });

  it('a missing fact is "no data", never 0', () => {
    const s = generalSheet(plan, { ctr: { value: 0.025 }, cpc: { value: null } });
    expect(s.total).toBeNull();
    expect(s.missing).toEqual(['cpc', 'clicks']);
  });

  it('rejects weights that do not sum to 1, naming the sum', () => {
    const bad = { ...plan, kpis: plan.kpis.map((k) => ({ ...k, weight: 0.3 })) };
    expect(() => generalSheet(bad, {})).toThrow('weights of the KPIs of ivan sum to 0.9, not 1');
  });

  it('phases the bonus share of pay in: 10% → 20% → 30% of 100 000 ₽', () => {
    expect([0, 1, 2, 5].map((st) => phasedBonus(100_000, st))).toEqual([10_000, 20_000, 30_000, 30_000]);
  });
});

describe('the quarterly sheet', () => {
  const plan: QuarterPlan = {
    employee: 'anna',
    period: '2024-Q1',
    bonus: 60_000,
    split: { kpis: 0.7, tasks: 0.3 },
    kpis: [
      kpi({ kpi: 'romi', weight: 0.6, plan: 2, unit: 'ratio' }),
      kpi({ kpi: 'mre', weight: 0.4, plan: 0.1, unit: 'ratio', direction: 'lower' }),
    ],
    tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: 0.9 }],
    taskRule: { floor: 0.5, cap: 1 },
  };

  it('pays ROMI, MRE (lower is better) and calendar tasks', () => {
    const s = quarterSheet(plan, { romi: { value: 2.2 }, mre: { value: 0.125 } }, []);
    // ROMI 2,2 / 2 = 1,1 → 1,1 × 60% × 70% × 60 000 = 27 720
    // MRE 10% / 12,5% = 0,8 → 0,8 × 40% × 70% × 60 000 = 13 440
    // CRM 0,9 × 100% × 30% × 60 000 = 16 200
    expect(s.lines.map((l) => l.amount)).toEqual([27720, 13440, 16200]);
    expect(s.total).toBe(57360);
  });

  it('rejects a calendar task that is also a monthly task in the same quarter (no double pay)', () => {
    const monthly = [{ period: '2024-02', id: 'x1', name: 'внедрение  crm' }];
    expect(() => quarterSheet(plan, {}, monthly)).toThrow(
      'calendar task "Внедрение CRM" is also a monthly task in 2024-02 ("внедрение  crm"): it cannot be paid twice',
    );
    // The same task in another quarter's month is fine.
    expect(() =>
      quarterSheet(plan, { romi: { value: 2 }, mre: { value: 0.1 } }, [
        { ...monthly[0]!, period: '2024-04' },
      ]),
    ).not.toThrow();
  });
});
