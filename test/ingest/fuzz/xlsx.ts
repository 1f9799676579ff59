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

/** A one-sheet workbook («Лист1») whose sheet XML is given as is. */
export function workbookWithSheet(sheet: string): Buffer {
  return zip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/worksheets/sheet1.xml': sheet,
  });
}

/** A one-sheet workbook of these rows. */
export const workbook = (rows: readonly SheetRow[]): Buffer => workbookWithSheet(sheetXml(rows));
