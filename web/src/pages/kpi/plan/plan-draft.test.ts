import { describe, expect, it } from 'vitest';
import {
  carryPlan,
  fromDraft,
  methodologyPlan,
  newPlanDraft,
  newTaskId,
  toDraft,
  weightSums,
  type PlanFile,
} from './plan-draft.ts';
import { parseTyped } from '../draft-number.ts';

const plan: PlanFile = {
  employee: 'anna',
  name: 'Анна',
  channels: ['Сайт'],
  period: '2024-03',
  bonus: 30000,
  discretionary: 2000,
  split: { leads: 0.7, tasks: 0.3 },
  corridor: { floor: 0.7, cap: 1.4 },
  leads: { weight: 0.7, plan: 100 },
  newClientShare: { weight: 0.3, plan: 0.4 },
  quality: { plan: 0.75, cap: 1 },
  taskRule: { floor: 0.5, cap: 1 },
  tasks: [
    { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: 0.8 },
    { id: 'landing', name: 'Новый лендинг', weight: 0.5, completion: null },
  ],
};

describe('the plan editor’s draft', () => {
  it('shows shares in percent with the language’s decimal mark and reads them back unchanged', () => {
    const d = toDraft({ ...plan, corridor: { floor: 0.07, cap: 1.405 } }, 'ru');
    expect([d.splitLeads, d.corridorFloor, d.corridorCap, d.leadsPlan]).toEqual(['70', '7', '140,5', '100']);
    expect(d.tasks[1]!.completion).toBe('');
    expect(toDraft(plan, 'en').corridorCap).toBe('140');
    expect(fromDraft(toDraft(plan, 'ru'), plan)).toEqual({ plan, problems: [] });
  });

  it('reads typed numbers: comma or point, spaces, a trailing %; junk is NaN, blank is null', () => {
    expect([parseTyped('30 000,5'), parseTyped('12.5 %'), parseTyped(''), parseTyped('1e3')]).toEqual([
      30000.5,
      12.5,
      null,
      NaN,
    ]);
  });

  it('refuses weights that do not sum to 100%, naming the group and the sum', () => {
    const d = toDraft(plan, 'ru');
    d.tasks[1]!.weight = '40';
    d.newWeight = '20';
    const r = fromDraft(d, plan);
    expect(r.plan).toBeNull();
    expect(r.problems).toEqual([
      { kind: 'sum', group: 'part1', sum: 0.9 },
      { kind: 'sum', group: 'tasks', sum: 0.9 },
    ]);
    // Thirds typed as decimals still add up.
    d.newWeight = '30';
    d.tasks = [...d.tasks, { id: 'x', name: 'Отчёт', weight: '33,4', completion: '' }];
    d.tasks[0]!.weight = '33,3';
    d.tasks[1]!.weight = '33,3';
    expect(weightSums(d).tasks).toBe(1);
    expect(fromDraft(d, plan).problems).toEqual([]);
  });

  it('names fields that are not numbers, a zero plan and a task without a name', () => {
    const d = toDraft(plan, 'en');
    d.bonus = 'lots';
    d.leadsPlan = '0';
    d.tasks[0]!.name = ' ';
    d.tasks[1]!.completion = '-5';
    expect(fromDraft(d, plan).problems).toEqual([
      { kind: 'number', field: 'bonus' },
      { kind: 'positive', field: 'leadsPlan' },
      { kind: 'taskName', task: 1 },
      { kind: 'taskNumber', task: 2, what: 'completion' },
    ]);
  });

  it('gives a new task an id no task has', () => {
    expect(newTaskId([{ id: 'task-2', name: '', weight: '', completion: '' }])).toBe('task-3');
  });
});

describe('a new plan', () => {
  const owner = { employee: 'ivan', name: 'Иван', channels: ['ВК'] };

  it('starts from the methodology: bonus and plans blank, tasks to be named', () => {
    const d = newPlanDraft(owner, '2024-04', 'ru');
    expect([d.splitLeads, d.splitTasks, d.leadsWeight, d.newWeight]).toEqual(['70', '30', '70', '30']);
    expect([d.corridorFloor, d.corridorCap, d.qualityPlan, d.qualityCap, d.taskFloor, d.taskCap]).toEqual([
      '70',
      '140',
      '75',
      '100',
      '50',
      '100',
    ]);
    expect(fromDraft(d, methodologyPlan(owner, '2024-04')).problems).toEqual([
      { kind: 'number', field: 'bonus' },
      { kind: 'number', field: 'leadsPlan' },
      { kind: 'number', field: 'newPlan' },
      { kind: 'taskName', task: 1 },
      { kind: 'taskName', task: 2 },
    ]);
  });

  it('once filled in, is the plan the methodology pays by (70/30, 70–140%, quality 75%, tasks from 50%)', () => {
    const d = newPlanDraft(owner, '2024-04', 'ru');
    Object.assign(d, { bonus: '40 000', leadsPlan: '120', newPlan: '35' });
    d.tasks[0]!.name = 'Рассылка';
    d.tasks[1]!.name = 'Лендинг';
    expect(fromDraft(d, methodologyPlan(owner, '2024-04'))).toEqual({
      plan: {
        employee: 'ivan',
        name: 'Иван',
        channels: ['ВК'],
        period: '2024-04',
        bonus: 40000,
        discretionary: 0,
        split: { leads: 0.7, tasks: 0.3 },
        corridor: { floor: 0.7, cap: 1.4 },
        leads: { weight: 0.7, plan: 120 },
        newClientShare: { weight: 0.3, plan: 0.35 },
        quality: { plan: 0.75, cap: 1 },
        taskRule: { floor: 0.5, cap: 1 },
        tasks: [
          { id: 'task-1', name: 'Рассылка', weight: 0.5, completion: null },
          { id: 'task-2', name: 'Лендинг', weight: 0.5, completion: null },
        ],
      },
      problems: [],
    });
  });

  it('or from the latest plan: everything carried, task completion blank', () => {
    const april = carryPlan(plan, '2024-04');
    expect(april).toEqual({
      ...plan,
      period: '2024-04',
      tasks: [
        { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: null },
        { id: 'landing', name: 'Новый лендинг', weight: 0.5, completion: null },
      ],
    });
    expect(plan.tasks[0]!.completion).toBe(0.8);
  });
});
