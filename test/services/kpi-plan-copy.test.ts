import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyAnalystPlan,
  copyPlan,
  openWorkspace,
  parsePlan,
  planFile,
  setAnalystPlan,
  setPlanValue,
  storePlan,
  UserError,
  type Workspace,
} from '../../src/services/index.ts';
import { loadAnalystPlan, manualFacts, planId } from '../../src/store/index.ts';

const march = {
  employee: 'anna',
  name: 'Анна',
  channels: ['Сайт'],
  period: '2024-03',
  bonus: 30000,
  discretionary: 2000,
  corridor: { floor: 0.6, cap: 1.5 },
  leads: { weight: 0.7, plan: 5 },
  newClientShare: { weight: 0.3, plan: 0.4 },
  tasks: [
    { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: 0.8 },
    { id: 'landing', name: 'Новый лендинг', weight: 0.5, completion: null },
  ],
};

/** The error a call throws, in both languages. */
function refusal(f: () => unknown): { en: string; ru: string; field: string | undefined } {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return { ...e.text, field: e.field };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('copying a plan to another month', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace(':memory:');
    storePlan(ws, parsePlan(march, 'test'));
    setPlanValue(ws, 'anna', '2024-03', { fact: { kpi: 'accepted_share', value: 0.6, source: 'CRM' } });
  });
  afterAll(() => ws.close());

  it('carries every parameter and the tasks, with completion reset and no manual facts', () => {
    const april = copyPlan(ws, { employee: 'anna', from: '2024-03', to: '2024-04' });
    const before = planFile(ws, 'anna', '2024-03');
    expect(april).toEqual({
      ...before,
      period: '2024-04',
      tasks: [
        { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: null },
        { id: 'landing', name: 'Новый лендинг', weight: 0.5, completion: null },
      ],
    });
    expect(april.corridor).toEqual({ floor: 0.6, cap: 1.5 });
    expect(planFile(ws, 'anna', '2024-04')).toEqual(april);
    // March keeps its completion and its manual fact; April has no facts of its own yet.
    expect(before.tasks[0]!.completion).toBe(0.8);
    expect(Object.keys(manualFacts(ws.store, planId(ws.store, 'anna', '2024-03')!))).toEqual([
      'accepted_share',
    ]);
    expect(manualFacts(ws.store, planId(ws.store, 'anna', '2024-04')!)).toEqual({});
  });

  it('refuses to replace an existing plan unless forced, naming the employee and the month', () => {
    storePlan(ws, parsePlan({ ...march, period: '2024-05', bonus: 45000, tasks: [] }, 'test'));
    const r = refusal(() => copyPlan(ws, { employee: 'anna', from: '2024-03', to: '2024-05' }));
    expect(r.en).toBe(
      '«Анна» (anna) already has a plan for May 2024 (2024-05); copy with force (--force) to replace it',
    );
    expect(r.ru).toBe(
      'у сотрудника «Анна» (anna) уже есть план на май 2024 г. (2024-05); чтобы заменить его, копируйте с заменой (--force)',
    );
    expect(r.field).toBe('to');
    expect(planFile(ws, 'anna', '2024-05').bonus).toBe(45000);
  });

  it('replaces the target when forced, keeping the manual facts entered for that month', () => {
    setPlanValue(ws, 'anna', '2024-05', { fact: { kpi: 'leads', value: 7, source: 'call log' } });
    const may = copyPlan(ws, { employee: 'anna', from: '2024-03', to: '2024-05', force: true });
    expect([may.bonus, may.tasks.map((t) => [t.id, t.completion])]).toEqual([
      30000,
      [
        ['mailing', null],
        ['landing', null],
      ],
    ]);
    expect(manualFacts(ws.store, planId(ws.store, 'anna', '2024-05')!)['leads']?.value).toBe(7);
  });

  it('says what is wrong with the months or the source', () => {
    expect(refusal(() => copyPlan(ws, { employee: 'anna', from: '2024-01', to: '2024-02' }))).toMatchObject({
      en: 'no plan for «Анна» (anna) in 2024-01 to copy',
      field: 'from',
    });
    expect(refusal(() => copyPlan(ws, { employee: 'anna', from: '2024-03', to: '2024-13' })).field).toBe(
      'to',
    );
    expect(refusal(() => copyPlan(ws, { employee: 'anna', from: '2024-03', to: '2024-03' })).ru).toBe(
      'копировать нужно в другой месяц, не в 2024-03',
    );
  });

  it('copies an analyst plan whole, with the same refusal', () => {
    setAnalystPlan(ws, {
      employee: 'olga',
      name: 'Ольга',
      period: '2025-04',
      bonus: 12000,
      kpis: [
        { kpi: 'timeliness', weight: 0.5, plan: 0.9 },
        { kpi: 'quality', weight: 0.5, plan: 0.8 },
      ],
      acceptanceDays: 4,
    });
    const may = copyAnalystPlan(ws, { employee: 'olga', from: '2025-04', to: '2025-05' });
    expect(may).toEqual({ ...loadAnalystPlan(ws.store, 'olga', '2025-04'), period: '2025-05' });
    expect(loadAnalystPlan(ws.store, 'olga', '2025-05')).toEqual(may);
    expect(refusal(() => copyAnalystPlan(ws, { employee: 'olga', from: '2025-04', to: '2025-05' })).en).toBe(
      '«Ольга» (olga) already has an analyst plan for May 2025 (2025-05); copy with force (--force) to replace it',
    );
    setAnalystPlan(ws, { employee: 'olga', period: '2025-05', bonus: 1 });
    expect(copyAnalystPlan(ws, { employee: 'olga', from: '2025-04', to: '2025-05', force: true }).bonus).toBe(
      12000,
    );
    expect(refusal(() => copyAnalystPlan(ws, { employee: 'olga', from: '2025-01', to: '2025-02' })).ru).toBe(
      'нет плана аналитика «Ольга» (olga) на 2025-01, копировать нечего',
    );
  });
});
