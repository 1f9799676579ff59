import { escapeHtml } from '../format/escape-html.ts';
import type { EChartsCoreOption } from './echarts.ts';
import { palette } from './palette.ts';

/** One flow: customers who bought `from` at purchase `step` and `to` next (null: no next purchase). */
export interface SankeyFlow {
  step: number;
  from: string;
  to: string | null;
  customers: number;
  share: number;
}

/** What the chart writes: value names, the "no next purchase" node, tooltip numbers. */
export interface SankeyText {
  stopped: string;
  flow: (from: string, to: string, customers: number, share: number) => string;
  node: (step: number, value: string, customers: number) => string;
}

// One colour per value, the same at every step, so a category can be followed across columns.
const COLOURS = ['#1f4e5f', '#d98e04', '#2f8f5b', '#7a5195', '#c2453d', '#3d8eb9', '#8c6d31', '#5b6f75'];
const STOPPED = '\u0000stopped';

/** The colour of a value in the chart, for a legend drawn beside it. */
export const funnelColour = (values: readonly string[], v: string): string =>
  COLOURS[Math.max(0, values.indexOf(v)) % COLOURS.length]!;

/** The merged tail ("Прочие" / "Other"): a neutral colour apart from the values' and from "stopped". */
export const OTHER_COLOUR = '#c9bfae';

/** A node per (step, value): step n's values stand in column n; who stops flows into a grey node. */
const key = (step: number, value: string) => `${step}\u0001${value}`;
const parse = (k: string) => {
  const [step, value] = k.split('\u0001');
  return { step: Number(step), value: value ?? '' };
};

const linksOf = (flows: readonly SankeyFlow[]) =>
  flows.map((f) => ({
    source: key(f.step, f.from),
    target: key(f.step + 1, f.to ?? STOPPED),
    value: f.customers,
    share: f.share,
  }));

// Nodes in a fixed order (step, then the values' order, "stopped" last), so a category keeps its
// place in every column.
function nodesOf(flows: readonly SankeyFlow[], values: readonly string[]): string[] {
  const used = new Set(linksOf(flows).flatMap((l) => [l.source, l.target]));
  const steps = [...new Set(flows.flatMap((f) => [f.step, f.step + 1]))].sort((a, b) => a - b);
  return steps.flatMap((s) => [...values, STOPPED].map((v) => key(s, v)).filter((k) => used.has(k)));
}

/** Value nodes the chart draws in each purchase's column ("bought nothing more" not counted). */
export function sankeyValueNodes(flows: readonly SankeyFlow[], values: readonly string[]): number[] {
  const counts: number[] = [];
  for (const k of nodesOf(flows, values)) {
    const { step, value } = parse(k);
    if (value !== STOPPED) counts[step - 1] = (counts[step - 1] ?? 0) + 1;
  }
  return Array.from(counts, (n) => n ?? 0);
}

/**
 * The product funnel as a Sankey chart: purchase 1, 2, 3… left to right, each band the customers
 * who went from one value to the next, and a grey band for those who bought nothing more.
 * `colourOf` keeps a value's colour the same as in the tables beside the chart (default: by its
 * place in `values`).
 */
export function funnelSankeyOption(
  flows: readonly SankeyFlow[],
  values: readonly string[],
  text: SankeyText,
  narrow: boolean,
  colourOf: (v: string) => string = (v) => funnelColour(values, v),
): EChartsCoreOption {
  const colour = (v: string) => (v === STOPPED ? palette.muted : colourOf(v));
  const links = linksOf(flows);
  // No layout iterations, so the nodes stay in nodesOf's order.
  const nodes = nodesOf(flows, values);
  const label = (k: string) => {
    const { value } = parse(k);
    return value === STOPPED ? text.stopped : value;
  };
  return {
    // No animation: a band caught mid-flight when the box resizes reads as a wrong flow.
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      // ECharts inserts the string as HTML and values are imported data: the whole text is escaped.
      formatter: (p: {
        dataType: string;
        data: { source?: string; target?: string; share?: number; value?: number };
        name: string;
        value: number;
      }) => {
        if (p.dataType === 'edge') {
          const d = p.data;
          return escapeHtml(text.flow(label(d.source!), label(d.target!), d.value ?? 0, d.share ?? 0));
        }
        const { step } = parse(p.name);
        return escapeHtml(text.node(step, label(p.name), p.value));
      },
    },
    series: [
      {
        type: 'sankey',
        left: 4,
        right: narrow ? 4 : 110,
        top: 8,
        bottom: 8,
        nodeWidth: narrow ? 10 : 16,
        nodeGap: narrow ? 4 : 8,
        nodeAlign: 'left',
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: {
          color: palette.text,
          fontSize: narrow ? 10 : 12,
          // On a phone a label beside every node would cover the bands: the legend under the
          // chart names the colours instead.
          show: !narrow,
          formatter: (p: { name: string }) => label(p.name),
        },
        lineStyle: { color: 'source', opacity: 0.35, curveness: 0.5 },
        data: nodes.map((name) => ({
          name,
          itemStyle: { color: colour(parse(name).value), borderWidth: 0 },
        })),
        links,
      },
    ],
  };
}
