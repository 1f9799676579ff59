import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** A marked stretch of the trend: a compared period. */
export interface TrendArea {
  name: string;
  from: string;
  to: string;
}

/**
 * One figure month by month as a line, with the compared periods shaded (markArea) so a reader
 * sees which months the comparison below sets against each other. `months` are axis labels;
 * a null value is a month without data and leaves a gap rather than a false zero.
 */
export function trendOption(
  months: string[],
  values: (number | null)[],
  areas: TrendArea[],
  name: string,
  fmt: (v: number) => string,
  axisFmt: (v: number) => string,
): EChartsCoreOption {
  const shades = ['rgba(154, 167, 173, 0.18)', 'rgba(217, 142, 4, 0.14)'];
  return {
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt(v) : '—'),
    },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisLabel: { color: palette.text, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: true,
      // The lowest value label would sit on the first month's label in the corner.
      axisLabel: { color: palette.text, formatter: axisFmt, hideOverlap: true, showMinLabel: false },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        name,
        type: 'line',
        data: values,
        connectNulls: false,
        showSymbol: months.length <= 36,
        itemStyle: { color: palette.total },
        lineStyle: { width: 2 },
        markArea: {
          silent: true,
          label: { color: palette.text, fontSize: 11, position: 'insideTop' },
          data: areas.map((a, i) => [
            { name: a.name, xAxis: a.from, itemStyle: { color: shades[i % shades.length] } },
            { xAxis: a.to },
          ]),
        },
      },
    ],
  };
}
