/** A column of a terminal table. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

// Visible width: strips ANSI colour codes so coloured cells still line up.
// eslint-disable-next-line no-control-regex -- ANSI escapes start with ESC by definition
const visible = (s: string): number => s.replace(/\x1b\[[0-9;]*m/g, '').length;

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - visible(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Renders rows as an aligned plain-text table with a rule under the header. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(visible(c.header), ...rows.map((r) => visible(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}

/**
 * A horizontal bar for a signed value, scaled to the largest magnitude: positive bars grow right
 * of the axis, negative ones left, so a waterfall of contributions reads at a glance.
 */
export function signedBar(value: number, maxAbs: number, half = 12): string {
  const n = maxAbs > 0 ? Math.round((Math.abs(value) / maxAbs) * half) : 0;
  const left = value < 0 ? ' '.repeat(half - n) + '█'.repeat(n) : ' '.repeat(half);
  const right = value > 0 ? '█'.repeat(n) + ' '.repeat(half - n) : ' '.repeat(half);
  return `${left}│${right}`;
}
