import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../format/escape-html.ts';
import { clvValidationOption } from './clv-validation-option.ts';
import type { EChartsCoreOption } from './echarts.ts';
import { funnelSankeyOption } from './funnel-sankey-option.ts';
import { rfmHeatmapOption } from './rfm-heatmap-option.ts';
import { tornadoOption } from './tornado-option.ts';
import { waterfallOption } from './waterfall-option.ts';
import { trendOption } from './trend-option.ts';

// What an analyst typed into a category: markup that would run if a tooltip inserted it as HTML.
const HOSTILE = `<img src=x onerror="window.__xss=1">&'`;
const ESCAPED = escapeHtml(HOSTILE);
const fmt = (v: number) => String(v);

type Formatter = (p: unknown) => string;
// A responsive option (the waterfall's) keeps its tooltip in baseOption.
const tooltipOf = (o: EChartsCoreOption) => {
  const opt = o as { tooltip?: { formatter?: unknown }; baseOption?: { tooltip?: { formatter?: unknown } } };
  return (opt.baseOption ?? opt).tooltip;
};

/** Every chart's tooltip formatter called with what ECharts hands it when the pointer is on a hostile label. */
const CASES: Record<string, () => { option: EChartsCoreOption; params: unknown[] }> = {
  'funnel sankey': () => {
    const option = funnelSankeyOption(
      [{ step: 1, from: HOSTILE, to: HOSTILE, customers: 3, share: 0.5 }],
      [HOSTILE],
      {
        stopped: 'stopped',
        flow: (a, b, n) => `${a} → ${b}: ${n}`,
        node: (step, v, n) => `${step} ${v}: ${n}`,
      },
      false,
    );
    const [link] = (option.series as { links: { source: string; target: string }[] }[])[0]!.links;
    return {
      option,
      params: [
        { dataType: 'edge', data: { ...link, value: 3, share: 0.5 }, name: '', value: 3 },
        { dataType: 'node', data: {}, name: link!.source, value: 3 },
      ],
    };
  },
  waterfall: () => ({
    option: waterfallOption(
      [
        { name: 'before', value: 100, total: true },
        { name: HOSTILE, value: 5 },
      ],
      fmt,
      fmt,
    ),
    params: [[{ dataIndex: 1 }]],
  }),
  'rfm heatmap': () => ({
    option: rfmHeatmapOption(
      2,
      [{ r: 1, f: 1, value: 4, tooltip: ['R 1 · F 1', HOSTILE] }],
      { r: 'R', f: 'F' },
      fmt,
    ),
    params: [{ value: [0, 0, 4] }],
  }),
  // ECharts' own tooltip (no formatter) escapes names itself: these charts must keep it.
  tornado: () => ({
    option: tornadoOption([{ name: HOSTILE, value: 30 }], HOSTILE, fmt),
    params: [],
  }),
  trend: () => ({
    option: trendOption([HOSTILE], [1], [{ name: HOSTILE, from: HOSTILE, to: HOSTILE }], HOSTILE, fmt, fmt),
    params: [],
  }),
  'clv validation': () => ({
    option: clvValidationOption(
      [{ label: HOSTILE, actual: 1, predicted: 2 }],
      { actual: HOSTILE, predicted: HOSTILE, x: HOSTILE },
      fmt,
    ),
    params: [],
  }),
};

describe('chart tooltips with hostile labels', () => {
  it.each(Object.keys(CASES))('stored XSS: the %s tooltip escapes every label it shows', (name) => {
    const { option, params } = CASES[name]!();
    const formatter = tooltipOf(option)?.formatter;
    if (params.length === 0) {
      expect(formatter, 'a custom formatter must escape its labels and get a case here').toBeUndefined();
      return;
    }
    expect(typeof formatter).toBe('function');
    for (const p of params) {
      const out = (formatter as Formatter)(p);
      expect(out).toContain(ESCAPED);
      expect(out).not.toContain('<img');
    }
  });

  it('html escapes every interpolated value and keeps the template markup', () => {
    expect(html`${HOSTILE}<br /><b>${5}</b>`).toBe(`${ESCAPED}<br /><b>5</b>`);
    expect(escapeHtml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
  });
});
