import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One lever's effect on revenue and on profit when it alone is raised, in percent. */
export interface TornadoRow {
  name: string;
  revenue: number | null;
  profit: number | null;
}

/**
 * A tornado chart: one row per lever, sorted so the lever that moves the result most is on top.
 * Revenue and profit sit side by side, which shows operating leverage at a glance.
 */
export function tornadoOption(
  rows: TornadoRow[],
  names: { revenue: string; profit: string },
  fmt: (pct: number) => string,
): EChartsCoreOption {
  const size = (r: TornadoRow) => Math.max(Math.abs(r.profit ?? 0), Math.abs(r.revenue ?? 0));
  const sorted = [...rows].sort((a, b) => size(a) - size(b));
  const hasProfit = rows.some((r) => r.profit !== null);
  const label = {
    show: true,
    position: 'right',
    fontSize: 11,
    color: palette.text,
    formatter: (p: { value: number }) => fmt(p.value),
  };
  const series = [
    {
      name: names.revenue,
      type: 'bar',
      itemStyle: { color: palette.total },
      label,
      data: sorted.map((r) => r.revenue),
    },
  ];
  if (hasProfit) {
    series.push({
      name: names.profit,
      type: 'bar',
      itemStyle: { color: palette.accent },
      label,
      data: sorted.map((r) => r.profit),
    });
  }
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
    series,
  };
}
