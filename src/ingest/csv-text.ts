import { parseRecords } from './csv-sniff.ts';

/**
 * A small delimited-text reader for hand-made files (a register of reports, a few hundred rows)
 * and for tests reading the CSV Fulcrum writes: `;`, `,` or tab chosen from the header line, a BOM
 * dropped, blank rows skipped. Quotes are read by the sniffer's RFC 4180 parser, the one in
 * Fulcrum. Warehouse files never come here — the engine reads those.
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const head = src.slice(0, src.search(/\r?\n|$/));
  const delim = [';', '\t', ','].reduce((best, d) => (count(head, d) > count(head, best) ? d : best), ',');
  return parseRecords(src, delim, Infinity)
    .map((r) => r.cells)
    .filter((r) => r.some((c) => c.trim() !== ''));
}

const count = (s: string, d: string): number => s.split(d).length - 1;
