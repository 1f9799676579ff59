/** A span of whole months, both ends `YYYY-MM`. */
export interface MonthSpan {
  from: string;
  to: string;
}

const end = (part: string, last: boolean): string | null => {
  if (/^\d{4}-\d{2}$/.test(part)) return part;
  if (/^\d{4}$/.test(part)) return `${part}-${last ? '12' : '01'}`;
  return null;
};

/** The months of a period as the workbench writes it: `2024-11..2025-10`, `2024-03` or `2024`. */
export function monthSpan(text: string): MonthSpan | null {
  const [a = '', b = a] = text.trim().split('..');
  const from = end(a, false);
  const to = end(b, true);
  return from && to && from <= to ? { from, to } : null;
}

/** Every month from `from` to `to`, inclusive (a gap month in the data still gets its place). */
export function monthsOf(span: MonthSpan): string[] {
  const out: string[] = [];
  let [y, m] = span.from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    if (ym > span.to) break;
    out.push(ym);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
