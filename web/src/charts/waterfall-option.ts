import { html } from '../format/escape-html.ts';
import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One step of a waterfall: a total bar or a signed change. */
export interface WaterfallStep {
  name: string;
  value: number;
  total?: boolean;
}

/**
 * A waterfall as stacked bars: an invisible base lifts each change to where the running total
 * stands, so rises and falls read left to right from "before" to "after".
 */
export function waterfallOption(
  steps: WaterfallStep[],
  fmt: (v: number) => string,
  axisFmt: (v: number) => string,
): EChartsCoreOption {
  const base: number[] = [];
  const bars: { value: number; itemStyle: { color: string }; signed: number }[] = [];
  let running = 0;
  for (const s of steps) {
    if (s.total) {
      running = s.value;
      base.push(Math.min(0, s.value));
      bars.push({ value: Math.abs(s.value), itemStyle: { color: palette.total }, signed: s.value });
    } else {
      const next = running + s.value;
      base.push(Math.min(running, next));
      bars.push({
        value: Math.abs(s.value),
        itemStyle: { color: s.value >= 0 ? palette.up : palette.down },
        signed: s.value,
      });
      running = next;
    }
  }
  // Totals dwarf the changes: start the axis a little under the lowest running total so the
  // changes stay visible (only when every level is positive, or the cut would hide bars).
  const levels: number[] = [];
  let level = 0;
  for (const s of steps) {
    level = s.total ? s.value : level + s.value;
    levels.push(level);
  }
  const lowest = Math.min(...levels);
  const magnitude = lowest > 0 ? 10 ** Math.floor(Math.log10(lowest)) : 0;
  const axisMin = lowest > 0 ? Math.floor((lowest * 0.8) / magnitude) * magnitude : undefined;
  // Axis labels are node labels («Средняя стоимость позиции»): wrapped to their slot on a desktop,
  // slanted and cut short on a phone (the tooltip and the table below give them whole), so
  // neighbours never overlap. ECharts' media query follows the chart's own width.
  const slot = Math.max(56, Math.floor(1000 / Math.max(1, steps.length)) - 10);
  const base_ = {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // The string is inserted as HTML; step names are node ids and labels from a stored tree.
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const b = bars[i];
        return html`${steps[i]?.name ?? ''}<br /><b>${b ? fmt(b.signed) : ''}</b>`;
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((s) => s.name),
      axisLabel: {
        color: palette.text,
        interval: 0,
        hideOverlap: false,
        width: slot,
        overflow: 'break',
        lineHeight: 14,
      },
    },
    yAxis: {
      type: 'value',
      min: axisMin,
      axisLabel: { color: palette.text, formatter: axisFmt },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      { type: 'bar', stack: 'w', silent: true, itemStyle: { color: 'transparent' }, data: base },
      {
        type: 'bar',
        stack: 'w',
        data: bars.map((b) => ({ value: b.value, itemStyle: b.itemStyle })),
        barMaxWidth: 56,
        // On a phone the labels of neighbouring bars collide; drop the ones that would overlap.
        labelLayout: { hideOverlap: true },
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          color: palette.text,
          formatter: (p: { dataIndex: number }) => axisFmt(bars[p.dataIndex]?.signed ?? 0),
        },
      },
    ],
  };
  return {
    baseOption: base_,
    media: [
      {
        query: { maxWidth: 600 },
        option: {
          xAxis: { axisLabel: { rotate: 40, width: 84, overflow: 'truncate', fontSize: 10 } },
          series: [{}, { label: { fontSize: 9 } }],
        },
      },
    ],
  };
}
