import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../ingest/csv-text.ts';
import { RegisterEntryFileSchema } from '../../contract/kpi/analyst.ts';
import { KIND_WORDS, REGISTER_COLUMNS, registerFileSchema, type RegisterFile } from './analyst-schema.ts';
import { UserError } from '../inputs/user-error.ts';
import { isoDateOf } from '../../core/calendar/index.ts';
import { issuesText, joined, phrase, prefixed, textOf, type Bilingual } from '../../i18n/index.ts';

const REMARK = /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s*[:—–-]?\s*(.*)$/;

/** "2025-05-12 нет Директа | 13.05.2025: опечатка" (or one per line) → remarks. */
export function parseRemarks(cell: string, where: string | Bilingual): Array<{ date: string; text: string }> {
  return cell
    .split(/\s*\|\s*|\r?\n/)
    .filter((s) => s.trim() !== '')
    .map((s) => {
      const m = REMARK.exec(s);
      if (!m) throw new UserError(prefixed(where, phrase('kpi.remarkDate', { remark: s })), 'remarks');
      return { date: m[1]!, text: m[2]!.trim() || '—' };
    });
}

/** Table rows (header first) → register entries; every bad row is reported, by its number. */
export function entriesFromRows(rows: string[][], file: string): RegisterFile {
  const [header, ...body] = rows;
  if (!header) throw new UserError(phrase('kpi.fileEmpty', { file }), 'file');
  const fields = header.map((h) => REGISTER_COLUMNS[h.trim().toLowerCase()]);
  for (const need of ['id', 'kind', 'type', 'title'] as const)
    if (!fields.includes(need))
      throw new UserError(phrase('kpi.noColumn', { file, column: need, columns: header.join(', ') }), 'file');
  const problems: Bilingual[] = [];
  const entries: RegisterFile['entries'] = [];
  body.forEach((cells, i) => {
    const where = phrase('kpi.row', { file, row: i + 2 });
    const raw: Record<string, unknown> = {};
    fields.forEach((f, c) => {
      const v = (cells[c] ?? '').trim();
      if (!f) return;
      if (f === 'remarks') raw[f] = v;
      else if (f === 'kind') raw[f] = KIND_WORDS[v.toLowerCase()] ?? v;
      else raw[f] = v;
    });
    try {
      raw['remarks'] = parseRemarks(String(raw['remarks'] ?? ''), where);
    } catch (e) {
      problems.push(textOf(e));
      return;
    }
    if (raw['employee'] === '') delete raw['employee'];
    const r = RegisterEntryFileSchema.safeParse(raw);
    if (r.success) entries.push(r.data);
    else problems.push(prefixed(where, issuesText(r.error, raw)));
  });
  if (problems.length > 0) throw new UserError(joined(problems, '\n'), 'file');
  return { entries, norms: [], plans: [] };
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDateOf(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
  }
  return String(v);
};

async function xlsxRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

/**
 * Reads a register: JSON (entries, norms and plans; see registerFileSchema), or a CSV / XLSX
 * table with one entry a row and remarks as "date text | date text". Nothing is written here.
 */
export async function readRegisterFile(file: string): Promise<RegisterFile> {
  const ext = extname(file).toLowerCase();
  let text: string;
  try {
    if (ext === '.xlsx') return entriesFromRows(await xlsxRows(file), file);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(prefixed(file, textOf(e)), 'file', { cause: e });
  }
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return entriesFromRows(parseCsv(text), file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(phrase('kpi.notJsonCsvXlsx', { file, reason: (e as Error).message }), 'file', {
      cause: e,
    });
  }
  const r = registerFileSchema.safeParse(Array.isArray(raw) ? { entries: raw } : raw);
  if (!r.success) throw new UserError(prefixed(file, issuesText(r.error, raw)), 'file');
  return r.data;
}
