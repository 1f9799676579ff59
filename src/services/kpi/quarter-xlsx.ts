import ExcelJS from 'exceljs';
import type { QuarterPlanFile } from './quarter-schema.ts';
import { addSettingsSheet, cellValue, readSettingsSheet } from './plan-settings-sheet.ts';

const KPI_COLUMNS = ['kpi', 'weight', 'plan', 'base', 'norm', 'target', 'cap', 'fact', 'source'] as const;
const TASK_COLUMNS = ['id', 'name', 'weight', 'completion'] as const;

/**
 * A quarterly plan as an HR-editable workbook, shaped like the monthly one: sheet «План» holds
 * one `key | value` row per setting (dotted keys: split.kpis, romi.basis), sheet «KPI» one row per
 * KPI (an empty `fact` is taken from the warehouse), sheet «Задачи» one row per calendar task.
 * Reading it back yields the object the JSON file would, validated by the same schema.
 */
export async function writeQuarterPlanXlsx(plan: QuarterPlanFile, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const { tasks, kpis, channels, ...rest } = plan;
  addSettingsSheet(wb, rest, channels);
  const ks = wb.addWorksheet('KPI');
  ks.columns = [14, 10, 10, 10, 10, 10, 10, 10, 36].map((width) => ({ width }));
  ks.addRow([...KPI_COLUMNS]).font = { bold: true };
  for (const k of kpis) ks.addRow(KPI_COLUMNS.map((c) => k[c] ?? null));
  const ts = wb.addWorksheet('Задачи');
  ts.columns = [{ width: 14 }, { width: 40 }, { width: 10 }, { width: 12 }];
  ts.addRow([...TASK_COLUMNS]).font = { bold: true };
  for (const t of tasks) ts.addRow(TASK_COLUMNS.map((c) => t[c]));
  await wb.xlsx.writeFile(file);
}

/** Rows of a sheet under its header row, as objects keyed by the header; empty cells left out. */
function rowsOf(ws: ExcelJS.Worksheet | undefined): Array<Record<string, unknown>> {
  if (!ws) return [];
  const header: string[] = [];
  const out: Array<Record<string, unknown>> = [];
  ws.eachRow((row, n) => {
    if (n === 1) {
      row.eachCell((c, col) => (header[col] = String(cellValue(c.value) ?? '').trim()));
      return;
    }
    const o: Record<string, unknown> = {};
    header.forEach((h, col) => {
      const v = cellValue(row.getCell(col).value);
      if (h && v !== null && v !== undefined && v !== '') o[h] = v;
    });
    if (Object.keys(o).length > 0) out.push(o);
  });
  return out;
}

/** Reads a quarterly plan workbook back into the plain object the contract's QuarterPlanFileSchema validates. */
export async function readQuarterPlanXlsx(file: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = readSettingsSheet(wb, file, { keepEmpty: false, text: ['employee', 'name'] });
  out['kpis'] = rowsOf(wb.getWorksheet('KPI')).map((k) => ({
    ...k,
    kpi: String(k['kpi'] ?? ''),
    ...(k['source'] === undefined ? {} : { source: String(k['source']) }),
  }));
  out['tasks'] = rowsOf(wb.getWorksheet('Задачи')).map((t) => ({
    ...t,
    id: String(t['id'] ?? ''),
    name: String(t['name'] ?? ''),
    completion: t['completion'] ?? null,
  }));
  return out;
}
