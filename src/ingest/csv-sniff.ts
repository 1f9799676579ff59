/** Delimiters Fulcrum detects; Russian exports use «;» most, API exports tab, the rest «,». */
export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/** One parsed record of the sniffed head and the physical line count up to its end. */
export interface SniffedRecord {
  readonly cells: string[];
  /** Lines consumed from the file start through this record (what DuckDB's `skip` counts). */
  readonly linesThrough: number;
}

/**
 * Parses up to `max` records of RFC 4180 text, quotes respected (headers like «Расход, ₽, с НДС»
 * contain the delimiter). Only used on the first kilobytes; DuckDB parses the whole file.
 * A record cut off by the end of the sample is dropped when `complete` is false.
 */
export function parseRecords(text: string, delim: string, max: number, complete = true): SniffedRecord[] {
  const out: SniffedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let lines = 0;
  let i = 0;
  const endRecord = (): void => {
    cells.push(cell);
    out.push({ cells, linesThrough: lines });
    cells = [];
    cell = '';
  };
  while (i < text.length && out.length < max) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') lines++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delim) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      lines++;
      endRecord();
    } else cell += ch;
    i++;
  }
  if (out.length < max && complete && (cell !== '' || cells.length > 0)) {
    lines++;
    endRecord();
  }
  return out;
}

/**
 * Picks the delimiter whose split gives the most lines with the same field count (>1); ties go to
 * the wider split. A decimal comma splits numbers but not the header, so «;» wins for Russian files.
 */
export function detectDelimiter(text: string, complete: boolean): Delimiter {
  let best: { d: Delimiter; lines: number; width: number } = { d: ',', lines: 0, width: 0 };
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const r of parseRecords(text, d, 30, complete)) {
      const n = r.cells.length;
      if (n > 1) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [width, lines] of counts) {
      if (lines > best.lines || (lines === best.lines && width > best.width)) best = { d, lines, width };
    }
  }
  return best.d;
}
