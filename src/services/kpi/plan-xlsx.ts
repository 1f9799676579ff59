import ExcelJS from 'exceljs';
import type { PlanFile } from './plan-schema.ts';
import { addSettingsSheet, cellValue, readSettingsSheet } from './plan-settings-sheet.ts';

/**
 * A plan as an HR-editable workbook: sheet «План» holds one `key | value` row per setting (dotted
 * keys: leads.plan, corridor.floor), sheet «Задачи» one row per task. Reading it back yields the
 * same object the JSON file would, validated by the same schema.
 */
export async function writePlanXlsx(plan: PlanFile, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const { tasks, channels, ...rest } = plan;
  addSettingsSheet(wb, rest, channels);
  const ts = wb.addWorksheet('Задачи');
  ts.columns = [{ width: 14 }, { width: 40 }, { width: 10 }, { width: 12 }];
  ts.addRow(['id', 'name', 'weight', 'completion']).font = { bold: true };
  for (const t of tasks) ts.addRow([t.id, t.name, t.weight, t.completion]);
  await wb.xlsx.writeFile(file);
}

/** Reads a plan workbook back into the plain object the contract's PlanFileSchema validates. */
export async function readPlanXlsx(file: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = readSettingsSheet(wb, file, { keepEmpty: true });
  const tasks: unknown[] = [];
  wb.getWorksheet('Задачи')?.eachRow((row, n) => {
    if (n === 1) return;
    const [id, name, weight, completion] = [1, 2, 3, 4].map((c) => cellValue(row.getCell(c).value));
    if (id === null || id === undefined) return;
    tasks.push({ id: String(id), name: String(name), weight, completion: completion ?? null });
  });
  out['tasks'] = tasks;
  return out;
}
