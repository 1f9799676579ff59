import { describe, expect, it } from 'vitest';
import {
  deleteQuarterPlan,
  kpiEmployeeSheets,
  listQuarterPlans,
  loadQuarterPlan,
  MIGRATIONS,
  openStore,
  quarterPlanPeriods,
  saveKpiEmployee,
  saveQuarterPlan,
  type QuarterPlanRecord,
} from '../../src/store/index.ts';

let now = new Date('2024-04-02T09:00:00Z');
const clock = (): Date => now;

const plan = (): QuarterPlanRecord => ({
  employee: 'anna',
  period: '2024-Q1',
  bonus: 60_000.05,
  split: { kpis: 0.7, tasks: 0.3 },
  corridor: { floor: 0.1, cap: 1.3 },
  taskRule: { floor: 0.5, cap: 1 },
  romi: { basis: 'revenue', horizon: 6, otherCosts: 12_345.67 },
  kpis: [
    { kpi: 'romi', weight: 0.6, base: 1, norm: 2, target: 3, cap: 1.5, fact: null },
    { kpi: 'mre', weight: 0.4, plan: 0.1, fact: { value: 0.125, source: 'finance', enteredAt: '' } },
  ],
  tasks: [
    { id: 'crm', name: 'Внедрение CRM', weight: 0.6, completion: 0.9 },
    { id: 'site', name: 'Новый сайт', weight: 0.4, completion: null },
  ],
});

describe('quarterly plans in the app store', () => {
  it('is migration 7', () => {
    expect(MIGRATIONS.find((m) => m.version === 7)?.name).toBe('kpi quarter plans');
  });

  it('round-trips a plan with every parameter, money in kopecks, KPI and task order kept', () => {
    const store = openStore(':memory:', clock);
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: null, channels: ['Сайт'] });
    saveQuarterPlan(store, plan());
    const loaded = loadQuarterPlan(store, 'anna', '2024-Q1')!;
    const expected = plan();
    expected.kpis[1]!.fact!.enteredAt = '2024-04-02T09:00:00.000Z';
    expect(loaded).toEqual(expected);
    expect(loadQuarterPlan(store, 'anna', '2024-Q2')).toBeUndefined();
  });

  it('replaces KPIs and tasks on save, keeping an unchanged manual fact’s entry time', () => {
    const store = openStore(':memory:', clock);
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: null, channels: [] });
    saveQuarterPlan(store, plan());
    now = new Date('2024-05-10T09:00:00Z');
    const again = plan();
    again.tasks = again.tasks.slice(0, 1);
    saveQuarterPlan(store, again);
    const loaded = loadQuarterPlan(store, 'anna', '2024-Q1')!;
    expect(loaded.tasks.map((t) => t.id)).toEqual(['crm']);
    expect(loaded.kpis[1]!.fact).toEqual({
      value: 0.125,
      source: 'finance',
      enteredAt: '2024-04-02T09:00:00.000Z',
    });
    // A changed fact is entered anew; a fact removed goes back to the warehouse.
    again.kpis[1]!.fact = { value: 0.11, source: 'finance', enteredAt: '' };
    saveQuarterPlan(store, again);
    expect(loadQuarterPlan(store, 'anna', '2024-Q1')!.kpis[1]!.fact?.enteredAt).toBe(
      '2024-05-10T09:00:00.000Z',
    );
    again.kpis[1]!.fact = null;
    saveQuarterPlan(store, again);
    expect(loadQuarterPlan(store, 'anna', '2024-Q1')!.kpis[1]!.fact).toBeNull();
  });

  it('lists quarters newest first, in the employees’ sheet list too, and deletes with cascade', () => {
    const store = openStore(':memory:', clock);
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: null, channels: [] });
    saveQuarterPlan(store, plan());
    saveQuarterPlan(store, { ...plan(), period: '2024-Q3' });
    expect(quarterPlanPeriods(store, 'anna')).toEqual(['2024-Q3', '2024-Q1']);
    expect(listQuarterPlans(store)).toEqual([
      { employee: 'anna', period: '2024-Q3' },
      { employee: 'anna', period: '2024-Q1' },
    ]);
    expect(kpiEmployeeSheets(store)[0]).toMatchObject({ id: 'anna', quarter: ['2024-Q3', '2024-Q1'] });
    expect(deleteQuarterPlan(store, 'anna', '2024-Q1')).toBe(true);
    expect(deleteQuarterPlan(store, 'anna', '2024-Q1')).toBe(false);
    const left = store.db
      .prepare("SELECT count(*) AS n FROM kpi_quarter_kpis WHERE quarter = '2024-Q1'")
      .get() as {
      n: number;
    };
    expect(left.n).toBe(0);
  });

  it('refuses a plan for an unknown employee or a malformed quarter', () => {
    const store = openStore(':memory:', clock);
    expect(() => saveQuarterPlan(store, plan())).toThrow(/FOREIGN KEY/);
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: null, channels: [] });
    expect(() => saveQuarterPlan(store, { ...plan(), period: '2024-03' })).toThrow(/CHECK/);
  });
});
