/**
 * A small delimited-text reader for hand-made files (a register of reports, a few hundred rows):
 * quoted fields with doubled quotes, `;`, `,` or tab chosen from the header line, a BOM dropped.
 * Warehouse files never come here — the engine reads those.
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const head = src.slice(0, src.search(/\r?\n|$/));
  const delim = [';', '\t', ','].reduce((best, d) => (count(head, d) > count(head, best) ? d : best), ',');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delim) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const count = (s: string, d: string): number => s.split(d).length - 1;
