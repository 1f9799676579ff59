import { describe, expect, it } from 'vitest';
import { employeeIdFor, isEmployeeId, newPlanMonth, nextMonth, withAdded } from './plan-months.ts';

describe('months and people of the Plan section', () => {
  it('steps to the next month across a year end; a new plan follows the newest', () => {
    expect([nextMonth('2024-03'), nextMonth('2024-12'), nextMonth('2024-09')]).toEqual([
      '2024-04',
      '2025-01',
      '2024-10',
    ]);
    expect(newPlanMonth(['2024-05', '2024-03'], new Date(2030, 0, 1))).toBe('2024-06');
    expect(newPlanMonth([], new Date(2025, 6, 15))).toBe('2025-07');
  });

  it('makes an id from a Russian name, unique among the taken ones', () => {
    expect(employeeIdFor('Анна Петрова', [])).toBe('anna-petrova');
    expect(employeeIdFor('Щукин Юрий', ['shchukin-yuriy'])).toBe('shchukin-yuriy-2');
    expect(employeeIdFor('  ', [])).toBe('employee');
    expect([
      isEmployeeId('anna-petrova'),
      isEmployeeId('анна'),
      isEmployeeId('a/b'),
      isEmployeeId(''),
    ]).toEqual([true, true, false, false]);
  });

  it('shows a plan stored just now before the list is asked for again', () => {
    const list = [
      { id: 'anna', name: 'Анна', position: null, marketer: ['2024-03'], analyst: [], quarter: [] },
    ];
    const merged = withAdded(list, [
      { employee: 'anna', name: 'Анна', kind: 'marketer', period: '2024-04' },
      { employee: 'anna', name: 'Анна', kind: 'marketer', period: '2024-03' },
      { employee: 'ivan', name: 'Иван', kind: 'analyst', period: '2025-01' },
    ]);
    expect(merged).toEqual([
      {
        id: 'anna',
        name: 'Анна',
        position: null,
        marketer: ['2024-04', '2024-03'],
        analyst: [],
        quarter: [],
      },
      { id: 'ivan', name: 'Иван', position: null, marketer: [], analyst: ['2025-01'], quarter: [] },
    ]);
    expect(list[0]!.marketer).toEqual(['2024-03']);
  });
});
