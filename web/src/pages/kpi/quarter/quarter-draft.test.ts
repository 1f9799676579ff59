import { describe, expect, it } from 'vitest';
import {
  fromQuarterDraft,
  newKpiDraft,
  newQuarterPlan,
  quarterChoices,
  quarterOf,
  quarterSums,
  toQuarterDraft,
  WORKBENCH_SOURCE,
  type QuarterPlanFile,
} from './quarter-draft.ts';

const units = { romi: 'ratio', mre: 'ratio', aov: 'money' } as const;

const plan: QuarterPlanFile = {
  employee: 'anna',
  name: 'Анна',
  channels: ['ads'],
  period: '2024-Q1',
  bonus: 100000,
  split: { kpis: 0.7, tasks: 0.3 },
  corridor: { floor: 0, cap: 1.4 },
  kpis: [
    { kpi: 'romi', weight: 0.6, plan: 2.5, fact: 3.1, source: 'CFO' },
    { kpi: 'mre', weight: 0.4, base: 0.2, norm: 0.1, target: 0.05, cap: 1.2 },
  ],
  tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: null }],
  taskRule: { floor: 0.5, cap: 1 },
  romi: { basis: 'margin', horizon: 12, otherCosts: 0 },
};

describe('the quarterly plan draft', () => {
  it('shows ratio KPIs, shares and weights in percent, Russian decimals with a comma', () => {
    const d = toQuarterDraft(plan, units, 'ru');
    expect(d.kpis[0]).toMatchObject({
      percent: true,
      curve: false,
      weight: '60',
      plan: '250',
      fact: '310',
      source: 'CFO',
    });
    expect(d.kpis[1]).toMatchObject({ curve: true, base: '20', norm: '10', target: '5', fact: '', cap: 1.2 });
    expect(d).toMatchObject({ bonus: '100000', splitKpis: '70', horizon: '12', basis: 'margin' });
    expect(d.tasks[0]).toMatchObject({ weight: '100', completion: '' });
  });

  it('turns an untouched draft back into the same plan', () => {
    expect(fromQuarterDraft(toQuarterDraft(plan, units, 'en'), plan)).toEqual({ plan, problems: [] });
  });

  it('reads typed values back: a new fact without a source says it was entered here; an empty fact goes to the data', () => {
    const d = toQuarterDraft(plan, units, 'ru');
    d.bonus = '120 000';
    d.kpis[0]!.fact = '';
    d.kpis[1]!.fact = '12,5';
    const aov = { ...newKpiDraft('aov', 'money'), weight: '0', plan: '1500' };
    d.kpis.push(aov);
    const { plan: p, problems } = fromQuarterDraft(d, plan);
    expect(problems).toEqual([]);
    expect(p!.bonus).toBe(120000);
    expect(p!.kpis[0]).toEqual({ kpi: 'romi', weight: 0.6, plan: 2.5 });
    expect(p!.kpis[1]).toMatchObject({ fact: 0.125, source: WORKBENCH_SOURCE });
    expect(p!.kpis[2]).toEqual({ kpi: 'aov', weight: 0, plan: 1500 });
  });

  it('names every problem: weights off 100 %, a missing plan, a bad horizon, a task without a name', () => {
    const d = toQuarterDraft(plan, units, 'en');
    d.kpis[0]!.weight = '50';
    d.kpis[0]!.plan = '';
    d.horizon = '1.5';
    d.splitTasks = '20';
    d.tasks[0]!.name = ' ';
    const { plan: p, problems } = fromQuarterDraft(d, plan);
    expect(p).toBeNull();
    expect(problems).toEqual([
      { kind: 'horizon' },
      { kind: 'kpiNumber', kpi: 'romi', what: 'plan' },
      { kind: 'taskName', task: 1 },
      { kind: 'sum', group: 'parts', sum: 0.9 },
      { kind: 'sum', group: 'kpis', sum: 0.9 },
    ]);
    expect(quarterSums(d)).toEqual({ parts: 0.9, kpis: 0.9, tasks: 1 });
  });

  it('starts a new quarter from the methodology, and offers the quarters a manager may plan', () => {
    const fresh = newQuarterPlan({ id: 'anna', name: 'Анна' }, '2025-Q2');
    expect(fromQuarterDraft(toQuarterDraft(fresh, units, 'ru'), fresh).problems).toEqual([]);
    expect(quarterOf('2024-03')).toBe('2024-Q1');
    expect(quarterOf('2024-10')).toBe('2024-Q4');
    const e = { quarter: ['2024-Q1'], marketer: ['2024-05', '2024-04'] };
    const today = new Date('2026-11-23T12:00:00Z');
    expect(quarterChoices(e, { canCreate: true, today })).toEqual(['2026-Q4', '2024-Q2', '2024-Q1']);
    expect(quarterChoices(e, { canCreate: false, today })).toEqual(['2024-Q1']);
  });
});
