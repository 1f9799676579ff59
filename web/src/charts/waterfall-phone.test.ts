import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { echarts } from './echarts.ts';
import { waterfallOption } from './waterfall-option.ts';

echarts.use([SVGRenderer]);

// The sample's revenue change split among the order levers, labelled as the Russian UI labels it.
const STEPS = [
  { name: 'Было', value: 16_193_950, total: true },
  { name: 'Покупатели', value: 3_275_823 },
  { name: 'Средняя стоимость позиции', value: 547_118 },
  { name: 'Позиций в чеке', value: 79_518 },
  { name: 'Частота покупок', value: 961_256 },
  { name: 'Стало', value: 21_057_667, total: true },
];
const money = (v: number) => `${(v / 1e3).toFixed(1).replace('.', ',')} тыс. ₽`;

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The chart drawn server-side at a width, and its text boxes (width estimated at 0.62 em a glyph). */
function draw(width: number): { svg: string; labels: Box[] } {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 300 });
  chart.setOption(waterfallOption(STEPS, money, money));
  const svg = chart.renderToSVGString();
  chart.dispose();
  const labels: Box[] = [];
  for (const m of svg.matchAll(
    /<text[^>]*font-size:(\d+)px[^>]*translate\(([\d.]+) ([\d.]+)\)[^>]*>([^<]*)</g,
  )) {
    const size = Number(m[1]);
    const text = m[4]!;
    labels.push({ text, x: Number(m[2]), y: Number(m[3]), w: text.length * size * 0.62, h: size });
  }
  return { svg, labels };
}

const overlap = (a: Box, b: Box): boolean =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

describe('the compare waterfall on a phone (issue 13 §5)', () => {
  it('the phone (390 px) waterfall labels do not overlap: axis names slant and shorten, crowded values hide', () => {
    const phone = draw(390);
    // Every category name is slanted (a rotation matrix) on a phone; the long one is shortened.
    const slanted = [...phone.svg.matchAll(/transform="matrix\(0\.766,-0\.643[^"]*"[^>]*>([^<]*)</g)]
      .map((m) => m[1])
      .filter((s) => s !== '');
    expect(slanted).toHaveLength(STEPS.length);
    expect(slanted.find((s) => s!.startsWith('Средняя'))).toMatch(/\.\.\.$|…$/);
    // The value labels above the bars (horizontal text) do not overlap one another.
    const values = phone.labels.filter((l) => l.text.endsWith('₽') && l.h === 9);
    expect(values.length).toBeGreaterThan(1);
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++)
        expect(overlap(values[i]!, values[j]!), `${values[i]!.text} × ${values[j]!.text}`).toBe(false);
    // On a desktop the names stand upright and wrap to their slot instead.
    expect(draw(1100).svg).not.toMatch(/matrix\(0\.766,-0\.643/);
  });
});
