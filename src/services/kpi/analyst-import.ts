import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { parseCsv } from '../../files/csv-text.ts';
import { RegisterEntryFileSchema } from '../../contract/kpi/analyst.ts';
import { KIND_WORDS, REGISTER_COLUMNS, registerFileSchema, type RegisterFile } from './analyst-schema.ts';
import { UserError } from '../inputs/user-error.ts';
import { isoDateOf } from '../../core/calendar/index.ts';

const REMARK = /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s*[:—–-]?\s*(.*)$/;

/** "2025-05-12 нет Директа | 13.05.2025: опечатка" (or one per line) → remarks. */
export function parseRemarks(cell: string, where: string): Array<{ date: string; text: string }> {
  return cell
    .split(/\s*\|\s*|\r?\n/)
    .filter((s) => s.trim() !== '')
    .map((s) => {
      const m = REMARK.exec(s);
      if (!m)
        throw new UserError(
          `${where}: remark "${s}" should start with its date, e.g. "2025-05-12 text"`,
          'remarks',
        );
      return { date: m[1]!, text: m[2]!.trim() || '—' };
    });
}

const issues = (e: z.ZodError): string =>
  e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/** Table rows (header first) → register entries; every bad row is reported, by its number. */
export function entriesFromRows(rows: string[][], file: string): RegisterFile {
  const [header, ...body] = rows;
  if (!header) throw new UserError(`${file}: the file is empty`, 'file');
  const fields = header.map((h) => REGISTER_COLUMNS[h.trim().toLowerCase()]);
  for (const need of ['id', 'kind', 'type', 'title'] as const)
    if (!fields.includes(need))
      throw new UserError(`${file}: no "${need}" column (have: ${header.join(', ')})`, 'file');
  const problems: string[] = [];
  const entries: RegisterFile['entries'] = [];
  body.forEach((cells, i) => {
    const where = `${file}, row ${i + 2}`;
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
      problems.push((e as Error).message);
      return;
    }
    if (raw['employee'] === '') delete raw['employee'];
    const r = RegisterEntryFileSchema.safeParse(raw);
    if (r.success) entries.push(r.data);
    else problems.push(`${where}: ${issues(r.error)}`);
  });
  if (problems.length > 0) throw new UserError(problems.join('\n'), 'file');
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
    throw new UserError(`${file}: ${(e as Error).message}`, 'file', { cause: e });
  }
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return entriesFromRows(parseCsv(text), file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON, CSV or XLSX (${(e as Error).message})`, 'file', { cause: e });
  }
  const r = registerFileSchema.safeParse(Array.isArray(raw) ? { entries: raw } : raw);
  if (!r.success) throw new UserError(`${file}: ${issues(r.error)}`, 'file');
  return r.data;
}
