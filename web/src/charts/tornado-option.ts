import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One bar: a lever raised to the benchmark, or the uniform step. */
export interface TornadoRow {
  name: string;
  value: number | null;
}

/** The answer's benchmark part as the chart reads it (LeversResult.benchmark). */
interface BenchmarkLike {
  effects: readonly { lever: string; effect: number }[];
  step: readonly { lever: string; effect: number | null }[];
}

/**
 * The tornado's two groups: each lever raised to the benchmark (largest first), and the uniform
 * step — '+20 % on any one lever' when they all give the same, or one bar each, and all together.
 */
export function tornadoRows(
  b: BenchmarkLike,
  name: { lever: (id: string) => string; any: string; all: string; each: (id: string) => string },
): { benchmark: TornadoRow[]; step: TornadoRow[] } {
  return {
    benchmark: b.effects.map((e) => ({ name: name.lever(e.lever), value: e.effect })),
    step: b.step.map((s) => ({
      name: s.lever === 'any' ? name.any : s.lever === 'all' ? name.all : name.each(s.lever),
      value: s.effect,
    })),
  };
}

const BAR = 28;

/** A tornado's height for `n` bars. */
export const tornadoHeight = (n: number): number => Math.max(n, 1) * BAR + 24;

/**
 * One group of the tornado (the levers at the benchmark, or the uniform step), the largest on top.
 * The page draws the two groups as two charts under their own headings, each on its own scale:
 * all levers +20 % together is worth many times one lever at the benchmark, and one shared axis
 * would flatten the bars that tell the levers apart. Values are labelled on the bars.
 */
export function tornadoOption(
  rows: readonly TornadoRow[],
  seriesName: string,
  fmt: (v: number) => string,
  color: string = palette.accent,
): EChartsCoreOption {
  // ECharts draws a category axis from the bottom up: ascending order puts the largest on top.
  const sorted = [...rows].sort((a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity));
  return {
    animationDuration: 300,
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmt(v) },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: { show: false },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => r.name),
      axisLabel: { color: palette.text, width: 180, overflow: 'break' },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color },
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

/** The uniform step's bars are grey: a yardstick beside the levers, not a lever. */
export const STEP_COLOR = palette.muted;
