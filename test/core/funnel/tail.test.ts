import { describe, expect, it } from 'vitest';
import { groupFunnelTail, shapeFunnel, type FunnelCell } from '../../../src/core/funnel/index.ts';

const cell = (value: string, customers: number, revenue: number): FunnelCell => ({
  step: 1,
  value,
  nextValue: null,
  continued: false,
  customers,
  revenue,
  nextRevenue: 0,
});

describe('groupFunnelTail', () => {
  it('never names the tail like a real value, so a product called "Other" stays apart', () => {
    const cells = [cell('Other', 5, 500), cell('b', 4, 40), cell('c', 1, 30), cell('d', 1, 10)];
    const { cells: grouped, other } = groupFunnelTail(cells, 2, 'Other');
    expect(other).toEqual({ label: 'Other*', items: [2] });
    const funnel = shapeFunnel(grouped, 1, other!.label);
    expect(funnel.steps[0]!.values.map((v) => [v.value, v.customers, v.averageCheck])).toEqual([
      ['Other', 5, 100],
      ['b', 4, 10],
      ['Other*', 2, 20],
    ]);
  });

  it('puts the tail last even when it holds most customers', () => {
    const cells = [cell('a', 3, 30), cell('b', 2, 20), cell('c', 2, 20), cell('d', 2, 20), cell('e', 2, 20)];
    const { cells: grouped, other } = groupFunnelTail(cells, 1, 'Other');
    const values = shapeFunnel(grouped, 1, other!.label).steps[0]!.values;
    expect(values.map((v) => [v.value, v.customers])).toEqual([
      ['a', 3],
      ['Other', 8],
    ]);
  });
});
