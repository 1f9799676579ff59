import { describe, expect, it } from 'vitest';
import {
  loadMarketerPlan,
  manualFacts,
  monthlyTasks,
  openStore,
  planId,
  saveKpiEmployee,
  saveMarketerPlan,
  setManualFact,
  kpiEmployee,
} from '../../src/store/index.ts';
import { marchPlan } from '../core/kpi/fixtures.ts';

const clock = (): Date => new Date('2024-04-02T09:00:00Z');

describe('KPI plans in the app store', () => {
  it('round-trips a plan with every parameter, money in kopecks', () => {
    const store = openStore(':memory:', clock);
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: 'marketer', channels: ['Сайт'] });
    const plan = { ...marchPlan(), bonus: 30_000.05, corridor: { floor: 0.6, cap: 1.5 } };
    saveMarketerPlan(store, plan);
    expect(loadMarketerPlan(store, 'anna', '2024-03')).toEqual(plan);
    expect(kpiEmployee(store, 'anna')?.channels).toEqual(['Сайт']);
    // Saving again replaces the tasks instead of adding to them.
    saveMarketerPlan(store, { ...plan, tasks: plan.tasks.slice(0, 1) });
    expect(loadMarketerPlan(store, 'anna', '2024-03')?.tasks).toHaveLength(1);
    expect(loadMarketerPlan(store, 'anna', '2024-04')).toBeUndefined();
  });

  it('keeps manual facts with their source, and finds monthly tasks of a quarter', () => {
    const store = openStore(':memory:', clock);
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: null, channels: [] });
    saveMarketerPlan(store, marchPlan());
    const id = planId(store, 'anna', '2024-03')!;
    setManualFact(store, id, 'accepted_share', 0.6, 'CRM report from Olga');
    expect(manualFacts(store, id)).toEqual({
      accepted_share: {
        value: 0.6,
        source: {
          kind: 'manual',
          detail: 'CRM report from Olga (2024-04-02)',
          text: { ru: 'CRM report from Olga (02.04.2024)', en: 'CRM report from Olga (2 Apr 2024)' },
        },
      },
    });
    expect(monthlyTasks(store, 'anna', ['2024-01', '2024-02', '2024-03']).map((t) => t.id)).toEqual([
      'mailing',
      'landing',
      'report',
    ]);
    expect(monthlyTasks(store, 'anna', ['2024-04'])).toEqual([]);
  });

  it('refuses a plan for an unknown employee (foreign key)', () => {
    const store = openStore(':memory:', clock);
    expect(() => saveMarketerPlan(store, marchPlan())).toThrow(/FOREIGN KEY/);
  });
});
