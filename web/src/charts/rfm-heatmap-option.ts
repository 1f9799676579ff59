import { escapeHtml } from '../format/escape-html.ts';
import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One cell of the R × F grid as the heatmap draws it. */
export interface HeatCell {
  r: number;
  f: number;
  value: number;
  /** Lines of the tooltip: segment, customers, revenue. */
  tooltip: string[];
}

/**
 * The RFM heatmap: F across (rarely → often), R up (long ago → recently), so the best customers sit
 * top right. Each cell shows its value; colour runs from pale to the theme's dark teal.
 */
export function rfmHeatmapOption(
  bins: number,
  cells: readonly HeatCell[],
  axes: { r: string; f: string },
  fmt: (v: number) => string,
): EChartsCoreOption {
  const scores = Array.from({ length: bins }, (_, i) => String(i + 1));
  const max = Math.max(1, ...cells.map((c) => c.value));
  const byIndex = new Map(cells.map((c) => [`${c.f - 1}:${c.r - 1}`, c]));
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 28, bottom: 40, containLabel: true },
    tooltip: {
      // Inserted as HTML: each line (a segment's name among them) is escaped, only the breaks are markup.
      formatter: (p: { value: [number, number, number] }) =>
        (byIndex.get(`${p.value[0]}:${p.value[1]}`)?.tooltip ?? []).map(escapeHtml).join('<br>'),
    },
    xAxis: {
      type: 'category',
      data: scores,
      name: axes.f,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: palette.text },
      splitArea: { show: true },
      axisLabel: { color: palette.text },
    },
    yAxis: {
      type: 'category',
      data: scores,
      name: axes.r,
      // Above the axis, read across: a rotated name is squeezed illegibly on a phone.
      nameLocation: 'end',
      nameGap: 10,
      nameTextStyle: { align: 'left', color: palette.text },
      splitArea: { show: true },
      axisLabel: { color: palette.text },
    },
    visualMap: {
      min: 0,
      max,
      show: false,
      inRange: { color: ['#f1f6f7', '#9cc3cc', palette.total] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => [c.f - 1, c.r - 1, c.value]),
        label: {
          show: true,
          fontSize: 12,
          formatter: (p: { value: [number, number, number] }) => fmt(p.value[2]),
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: palette.accent, borderWidth: 2 } },
      },
    ],
  };
}
