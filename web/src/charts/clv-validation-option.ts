import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One frequency group: its label and the mean holdout purchases per customer, actual and predicted. */
export interface ValidationBar {
  label: string;
  actual: number;
  predicted: number;
}

/**
 * The conditional-expectations chart of Fader, Hardie & Lee: bars of what customers of each
 * calibration frequency actually bought in the holdout, a line of what the model predicted.
 * Where the line runs through the bars, the model can be trusted for lists and CLV.
 */
export function clvValidationOption(
  bars: readonly ValidationBar[],
  names: { actual: string; predicted: string; x: string },
  fmt: (v: number) => string,
): EChartsCoreOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 36, bottom: 36, containLabel: true },
    legend: { top: 0, textStyle: { color: palette.text } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v) },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.label),
      name: names.x,
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: palette.text },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: palette.text, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        name: names.actual,
        type: 'bar',
        itemStyle: { color: palette.total },
        data: bars.map((b) => b.actual),
      },
      {
        name: names.predicted,
        type: 'line',
        symbolSize: 8,
        itemStyle: { color: palette.accent },
        lineStyle: { width: 2 },
        data: bars.map((b) => b.predicted),
      },
    ],
  };
}
