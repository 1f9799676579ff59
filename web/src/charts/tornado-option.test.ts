import { describe, expect, it } from 'vitest';
import { effectsEqual, leverEffects, tornadoOption } from './tornado-option.ts';

type Series = { name: string; data: (number | null)[] };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const axisOf = (o: unknown) => (o as { yAxis: { data: string[] } }).yAxis.data;

// Hand-made effects whose order the chart must keep: one lever above the others.
const ROWS = [
  { lever: 'L', revenueChangePct: 20, profitChangePct: 50.5 },
  { lever: 'C', revenueChangePct: 20, profitChangePct: 50.5 },
  { lever: 'M', revenueChangePct: 0, profitChangePct: 84.2 },
  { lever: 'Q', revenueChangePct: 20, profitChangePct: 50.5 },
  { lever: 'all', revenueChangePct: 107.4, profitChangePct: 400 },
];

describe('the levers’ tornado chart shows profit effects (issue 13 §5)', () => {
  it('shows the +20% effect on profit, one bar per lever, the largest on top', () => {
    const effects = leverEffects(ROWS, true, (l) => `lever ${l}`);
    expect(effects.measure).toBe('profit');
    const option = tornadoOption(effects.rows, 'profit', String);
    const series = seriesOf(option);
    expect(series).toHaveLength(1);
    expect(series[0]!.name).toBe('profit');
    // ECharts draws categories bottom-up: the last is the top bar.
    expect(axisOf(option).at(-1)).toBe('lever M');
    expect(series[0]!.data).toEqual([50.5, 50.5, 50.5, 84.2]);
    expect(axisOf(option)).not.toContain('lever all');
  });

  it('falls back to revenue, the top measure, when the model has no profit', () => {
    const effects = leverEffects(
      ROWS.map((r) => ({ ...r, profitChangePct: null })),
      false,
      (l) => l,
    );
    expect(effects.measure).toBe('revenue');
    expect(effects.rows.map((r) => r.value)).toEqual([20, 20, 0, 20]);
  });

  it('says when every lever gives the same effect, as a product formula does', () => {
    expect(effectsEqual(leverEffects(ROWS, false, String).rows.filter((r) => r.value !== 0))).toBe(true);
    expect(effectsEqual(leverEffects(ROWS, true, String).rows)).toBe(false);
  });
});
