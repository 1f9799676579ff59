import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One lever's effect, in percent, when it alone is raised by the step. */
export interface TornadoRow {
  name: string;
  value: number | null;
}

/** The lever table's rows as the chart reads them. */
interface LeverRowLike {
  lever: string;
  revenueChangePct: number | null;
  profitChangePct: number | null;
}

/**
 * The measure the tornado shows: profit when the model has it, else revenue (its top measure).
 * Every revenue lever of a product formula moves revenue by the same ×(1 + step), so revenue bars
 * are all alike; profit is what the director decides on, and a margin lever moves it differently.
 */
export function leverEffects(
  rows: readonly LeverRowLike[],
  hasProfit: boolean,
  name: (lever: string) => string,
): { measure: 'profit' | 'revenue'; rows: TornadoRow[] } {
  const measure = hasProfit ? 'profit' : 'revenue';
  return {
    measure,
    rows: rows
      .filter((r) => r.lever !== 'all')
      .map((r) => ({ name: name(r.lever), value: hasProfit ? r.profitChangePct : r.revenueChangePct })),
  };
}

/** True when every lever moves the measure by the same percent (to 0.05 pp): the bars say nothing then. */
export function effectsEqual(rows: readonly TornadoRow[]): boolean {
  const v = rows.map((r) => r.value).filter((x): x is number => x !== null);
  return v.length > 1 && Math.max(...v) - Math.min(...v) < 0.05;
}

/** A tornado chart of one measure: one bar per lever, the largest effect on top. */
export function tornadoOption(
  rows: readonly TornadoRow[],
  seriesName: string,
  fmt: (pct: number) => string,
): EChartsCoreOption {
  // ECharts draws a category axis from the bottom up: ascending order puts the largest on top.
  const sorted = [...rows].sort((a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity));
  return {
    animationDuration: 300,
    grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmt(v) },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: { color: palette.text, hideOverlap: true, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisLabel: { color: palette.text } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        itemStyle: { color: palette.accent },
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: palette.text,
          formatter: (p: { value: number }) => fmt(p.value),
        },
        data: sorted.map((r) => r.value),
      },
    ],
  };
}
