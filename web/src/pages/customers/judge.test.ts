import { describe, expect, it } from 'vitest';
import type { ChannelMetric } from '../../api/types.ts';
import { judge } from './judge.ts';

const metric = (
  id: ChannelMetric['id'],
  unit: ChannelMetric['unit'],
  direction: ChannelMetric['direction'],
): ChannelMetric => ({
  id,
  kpi: null,
  unit,
  direction,
  name: { ru: id, en: id },
  definition: { ru: id, en: id },
});

describe('channel colouring follows each metric’s direction', () => {
  it('calls a CAC below the company’s better and above it worse', () => {
    const cac = metric('cac', 'money', 'lower');
    expect(judge(cac, 400, 900)).toBe('better');
    expect(judge(cac, 2000, 900)).toBe('worse');
  });
  it('calls a ROMI above the company’s better', () => {
    const romi = metric('romiRevenue', 'ratio', 'higher');
    expect(judge(romi, 3.1, 2)).toBe('better');
    expect(judge(romi, 1.2, 2)).toBe('worse');
  });
  it('leaves sizes, equal values and missing data uncoloured; a payback month is judged', () => {
    expect(judge(metric('leads', 'count', 'higher'), 10, 5)).toBeNull();
    expect(judge(metric('cac', 'money', 'lower'), 5, 5)).toBeNull();
    expect(judge(metric('cac', 'money', 'lower'), null, 5)).toBeNull();
    expect(judge(metric('paybackMonth', 'count', 'lower'), 2, 4)).toBe('better');
  });
});
