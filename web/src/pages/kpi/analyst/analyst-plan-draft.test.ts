import { describe, expect, it } from 'vitest';
import {
  analystWeightSum,
  defaultAnalystPlan,
  fromAnalystDraft,
  newAnalystDraft,
  toAnalystDraft,
  type AnalystPlan,
} from './analyst-plan-draft.ts';

const plan: AnalystPlan = {
  employee: 'olga',
  period: '2025-05',
  bonus: 40000,
  kpis: [
    { kpi: 'timeliness', weight: 0.5, plan: 0.7 },
    { kpi: 'quality', weight: 0.5, plan: 0.85 },
  ],
  corridor: { floor: 0.7, cap: 1.4 },
  acceptanceDays: 3,
};

describe('the analyst plan editor’s draft', () => {
  it('shows shares in percent, a left-out KPI off, and reads the plan back unchanged', () => {
    const d = toAnalystDraft(plan, 'ru');
    expect(d.kpis).toEqual({
      timeliness: { on: true, weight: '50', plan: '70' },
      completeness: { on: false, weight: '0', plan: '100' },
      quality: { on: true, weight: '50', plan: '85' },
    });
    expect([d.bonus, d.corridorCap, d.acceptanceDays]).toEqual(['40000', '140', '3']);
    expect(fromAnalystDraft(d, plan)).toEqual({ plan, problems: [] });
  });

  it('refuses weights that do not make 100%, saying which group and the sum', () => {
    const d = toAnalystDraft(plan, 'en');
    d.kpis.completeness = { on: true, weight: '20', plan: '100' };
    expect(analystWeightSum(d)).toBe(1.2);
    expect(fromAnalystDraft(d, plan)).toEqual({
      plan: null,
      problems: [{ kind: 'sum', group: 'kpis', sum: 1.2 }],
    });
    d.kpis.timeliness.weight = '30';
    expect(fromAnalystDraft(d, plan).plan?.kpis).toEqual([
      { kpi: 'timeliness', weight: 0.3, plan: 0.7 },
      { kpi: 'completeness', weight: 0.2, plan: 1 },
      { kpi: 'quality', weight: 0.5, plan: 0.85 },
    ]);
  });

  it('names bad fields: blank bonus, zero plan, fractional days, no KPI at all', () => {
    const d = newAnalystDraft('olga', '2025-06', 'ru');
    d.kpis.quality.plan = '0';
    d.acceptanceDays = '2,5';
    expect(fromAnalystDraft(d, defaultAnalystPlan('olga', '2025-06')).problems).toEqual([
      { kind: 'number', field: 'bonus' },
      { kind: 'days', field: 'acceptanceDays' },
      { kind: 'kpiNumber', kpi: 'quality', what: 'plan' },
    ]);
    for (const k of ['timeliness', 'completeness', 'quality'] as const) d.kpis[k].on = false;
    expect(fromAnalystDraft(d, plan).problems).toContainEqual({ kind: 'none' });
  });

  it('starts a new month from the default plan: 40/30/30, plans 90/100/80%, 70–140%, 3 days', () => {
    const d = newAnalystDraft('olga', '2025-06', 'en');
    d.bonus = '25000';
    expect(fromAnalystDraft(d, defaultAnalystPlan('olga', '2025-06')).plan).toEqual({
      employee: 'olga',
      period: '2025-06',
      bonus: 25000,
      kpis: [
        { kpi: 'timeliness', weight: 0.4, plan: 0.9 },
        { kpi: 'completeness', weight: 0.3, plan: 1 },
        { kpi: 'quality', weight: 0.3, plan: 0.8 },
      ],
      corridor: { floor: 0.7, cap: 1.4 },
      acceptanceDays: 3,
    });
  });

  it('keeps a KPI’s payout curve as stored and changes only its weight', () => {
    const curved: AnalystPlan = {
      ...plan,
      kpis: [
        { kpi: 'timeliness', weight: 0.5, base: 0.5, norm: 0.8, target: 1, cap: 1.2 },
        { kpi: 'quality', weight: 0.5, plan: 0.85 },
      ],
    };
    const d = toAnalystDraft(curved, 'en');
    expect(d.kpis.timeliness.plan).toBe('');
    d.kpis.timeliness.weight = '60';
    d.kpis.quality.weight = '40';
    expect(fromAnalystDraft(d, curved).plan?.kpis).toEqual([
      { kpi: 'timeliness', weight: 0.6, base: 0.5, norm: 0.8, target: 1, cap: 1.2 },
      { kpi: 'quality', weight: 0.4, plan: 0.85 },
    ]);
  });
});
