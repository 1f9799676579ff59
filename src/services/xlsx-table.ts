import ExcelJS from 'exceljs';
import { INTL_LOCALE, type Lang } from '../i18n/index.ts';
import { localSheet, type ColumnKind, type ExportSheet, type TypedCell } from './export-sheet.ts';

/**
 * Excel number formats per column kind. Format codes are locale-free: `#,##0.00` shows
 * «15 206,86» in a Russian Excel and "15,206.86" in an English one, so only dates differ by
 * language (a Russian reader expects 31.01.2024). Money is roubles in both.
 */
function numFmt(kind: ColumnKind, lang: Lang): string | undefined {
  switch (kind) {
    case 'count':
      return '#,##0';
    case 'number':
      return '#,##0.00##';
    case 'money':
      return '#,##0.00\\ "₽"';
    case 'percent':
      return '0.0%';
    case 'date':
      return lang === 'ru' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    case 'month':
      return lang === 'ru' ? 'mm.yyyy' : 'yyyy-mm';
    case 'text':
      return undefined;
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A cell value for ExcelJS: a date column's ISO text becomes a Date at UTC midnight (ExcelJS
 * writes the serial from UTC, so the day never shifts with the server's zone); text that is not
 * a date (a cohort named after a channel) stays text.
 */
function cellValue(v: string | number | null | TypedCell, kind: ColumnKind): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object') return v.value;
  if (typeof v !== 'string') return v;
  if (kind === 'date') {
    const m = ISO_DAY.exec(v);
    if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  }
  if (kind === 'month') {
    const m = ISO_MONTH.exec(v);
    if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1));
  }
  return v;
}

// Widths are measured on the first rows only: a million-line list would cost seconds to scan
// for a width a person adjusts with one drag anyway.
const WIDTH_SAMPLE = 2000;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Roughly how many characters a cell shows: a number as the reader's locale groups it. */
function shownLength(v: ExcelJS.CellValue, kind: ColumnKind, fmt: Intl.NumberFormat): number {
  if (v === null || v === undefined) return 0;
  if (v instanceof Date) return 10;
  if (typeof v === 'number') {
    if (kind === 'percent') return fmt.format(v * 100).length + 2;
    return fmt.format(v).length + (kind === 'money' ? 2 : 0);
  }
  return Math.max(
    ...String(v)
      .split('\n')
      .map((l) => l.length),
  );
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\. */
const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'sheet';

/**
 * One XLSX workbook with a worksheet per sheet, as a person opening it expects: headers in the
 * language, bold, with filters; the header row and first column frozen; each column as wide as
 * its content; numbers stored as numbers with the column's format (money, %, dates as dates).
 */
export function workbookOf(sheets: readonly ExportSheet[], lang: Lang): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const fmt = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 });
  for (const sheet of sheets) {
    const s = localSheet(sheet, lang);
    const ws = book.addWorksheet(sheetName(s.title), {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    });
    // A column's format is set before its rows: ExcelJS gives each new cell its column's style,
    // far cheaper than styling a million cells one by one.
    s.kinds.forEach((kind, i) => {
      const code = numFmt(kind, lang);
      if (code) ws.getColumn(i + 1).numFmt = code;
    });
    ws.addRow(s.headers);
    const widths = s.headers.map((h) => h.length + 3); // room for the filter button
    s.rows.forEach((r, n) => {
      const row = ws.addRow(r.map((v, i) => cellValue(v, s.kinds[i]!)));
      r.forEach((v, i) => {
        const typed = v !== null && typeof v === 'object';
        const kind = typed ? v.kind : s.kinds[i]!;
        if (typed) {
          const code = numFmt(kind, lang);
          if (code) row.getCell(i + 1).numFmt = code;
        }
        if (n < WIDTH_SAMPLE)
          widths[i] = Math.max(widths[i]!, shownLength(row.getCell(i + 1).value, kind, fmt) + 1);
      });
    });
    s.headers.forEach((_, i) => {
      ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]!));
    });
    ws.getRow(1).font = { bold: true };
    if (s.headers.length)
      ws.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1 + s.rows.length, column: s.headers.length },
      };
  }
  return book;
}
