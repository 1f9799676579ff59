import { describe, expect, it } from 'vitest';
import { tornadoOption, tornadoRows } from './tornado-option.ts';

type Series = { name: string; data: (number | null)[] };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const axisOf = (o: unknown) => (o as { yAxis: { data: string[] } }).yAxis.data;

// The service's answer for four levers: Pu worth most at the benchmark; +20 % alike on any lever.
const BENCH = {
  effects: [
    { lever: 'Pu', effect: 4_300_000 },
    { lever: 'D', effect: 4_500_000 },
    { lever: 'M', effect: 400_000 },
  ],
  step: [
    { lever: 'any', effect: 19_000_000 },
    { lever: 'all', effect: 189_000_000 },
  ],
};
const NAMES = {
  lever: (l: string) => `lever ${l}`,
  any: 'any one',
  all: 'all',
  each: (l: string) => `+ ${l}`,
};

describe('levers tornado: the benchmark bars beside the uniform step (issue 13 follow-up 1)', () => {
  it('levers tornado: one bar per lever to the benchmark, largest on top, and the step as any-one and all-together bars', () => {
    const rows = tornadoRows(BENCH, NAMES);
    const bench = tornadoOption(rows.benchmark, 'to benchmark', String);
    expect(seriesOf(bench)[0]!.name).toBe('to benchmark');
    // ECharts draws categories bottom-up: the last is the top bar.
    expect(axisOf(bench)).toEqual(['lever M', 'lever Pu', 'lever D']);
    expect(seriesOf(bench)[0]!.data).toEqual([400_000, 4_300_000, 4_500_000]);
    const step = tornadoOption(rows.step, '+20 %', String);
    expect(axisOf(step)).toEqual(['any one', 'all']);
    expect(seriesOf(step)[0]!.data).toEqual([19_000_000, 189_000_000]);
  });

  it('levers tornado: levers whose +step differs keep a bar each, named after the lever', () => {
    const rows = tornadoRows(
      {
        ...BENCH,
        step: [
          { lever: 'L', effect: 1 },
          { lever: 'M', effect: 2 },
          { lever: 'all', effect: 4 },
        ],
      },
      NAMES,
    );
    expect(rows.step.map((r) => r.name)).toEqual(['+ L', '+ M', 'all']);
  });
});
