import { zip } from './zip.ts';

/** One cell as written into the sheet XML; `raw` replaces the whole <c> element. */
export interface Cell {
  readonly col: number;
  readonly value?: string | number;
  /** A formula, with `value` as its cached result (none: never calculated). */
  readonly formula?: string;
  /** An error value such as «#DIV/0!». */
  readonly error?: string;
}

export interface SheetRow {
  /** The row number the file claims (1-based). */
  readonly r: number;
  readonly cells: readonly Cell[];
}

/** Column number (1-based) → letters: 1 → A, 16384 → XFD. */
export function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const esc = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function cellXml(r: number, c: Cell): string {
  const ref = `${colName(c.col)}${r}`;
  if (c.error !== undefined) {
    const f = c.formula === undefined ? '' : `<f>${esc(c.formula)}</f>`;
    return `<c r="${ref}" t="e">${f}<v>${esc(c.error)}</v></c>`;
  }
  if (c.formula !== undefined) {
    const cached = c.value === undefined ? '' : `<v>${esc(String(c.value))}</v>`;
    const t = typeof c.value === 'string' ? ' t="str"' : '';
    return `<c r="${ref}"${t}><f>${esc(c.formula)}</f>${cached}</c>`;
  }
  if (typeof c.value === 'number') return `<c r="${ref}"><v>${c.value}</v></c>`;
  if (c.value === undefined) return '';
  return `<c r="${ref}" t="inlineStr"><is><t>${esc(c.value)}</t></is></c>`;
}

/** The worksheet XML for these rows, in the order given. */
export function sheetXml(rows: readonly SheetRow[]): string {
  const body = rows
    .map((row) => `<row r="${row.r}">${row.cells.map((c) => cellXml(row.r, c)).join('')}</row>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

/** Rows 1… from a grid of values; '' leaves a cell out, numbers are numeric cells. */
export function gridRows(grid: ReadonlyArray<ReadonlyArray<string | number>>): SheetRow[] {
  return grid.map((values, i) => ({
    r: i + 1,
    cells: values.flatMap((v, j) => (v === '' ? [] : [{ col: j + 1, value: v }])),
  }));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>';

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';

/**
 * A one-sheet workbook («Лист1») whose sheet XML is given as is; `extra` parts are added, and
 * `claims` states other uncompressed sizes than the real ones (see zip()).
 */
export function workbookWithSheet(
  sheet: string | Buffer,
  extra: Record<string, string | Buffer> = {},
  claims: Record<string, number> = {},
): Buffer {
  return zip(
    {
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': ROOT_RELS,
      'xl/workbook.xml': WORKBOOK,
      'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
      'xl/worksheets/sheet1.xml': sheet,
      ...extra,
    },
    claims,
  );
}

/** `bytes` seeded letters a–z: text that packs about 1.7:1, as real text does. */
export function letters(bytes: number, seed = 12345): Buffer {
  const text = Buffer.alloc(bytes);
  let a = seed;
  for (let i = 0; i < bytes; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    text[i] = 0x61 + ((a >>> 16) % 26);
  }
  return text;
}

/**
 * A sheet whose cell B2 holds `bytes` of text: repeated (packs ~1,000:1, a zip bomb) or seeded
 * letters (packs ~1.7:1, so only the cell's own length gives it away).
 */
export function longCellSheet(bytes: number, kind: 'repeated' | 'letters'): Buffer {
  const text = kind === 'repeated' ? Buffer.alloc(bytes, 0x61) : letters(bytes);
  const [head, tail] = sheetXml([
    { r: 1, cells: ['order_id', 'customer_id', 'ts', 'revenue'].map((v, i) => ({ col: i + 1, value: v })) },
    {
      r: 2,
      cells: [
        { col: 1, value: 'lc-1' },
        { col: 2, value: '@CELL@' },
        { col: 3, value: '2024-03-01' },
        { col: 4, value: 5 },
      ],
    },
  ]).split('@CELL@');
  return Buffer.concat([Buffer.from(head!, 'utf8'), text, Buffer.from(tail!, 'utf8')]);
}

/** A one-sheet workbook of these rows. */
export const workbook = (rows: readonly SheetRow[]): Buffer => workbookWithSheet(sheetXml(rows));
