import ExcelJS from 'exceljs';
import type { PlanFile } from './plan-schema.ts';

/**
 * A plan as an HR-editable workbook: sheet «План» holds one `key | value` row per setting (dotted
 * keys: leads.plan, corridor.floor), sheet «Задачи» one row per task. Reading it back yields the
 * same object the JSON file would, validated by the same schema.
 */
export async function writePlanXlsx(plan: PlanFile, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const kv = wb.addWorksheet('План');
  kv.columns = [{ width: 22 }, { width: 30 }];
  kv.addRow(['key', 'value']).font = { bold: true };
  const { tasks, channels, ...rest } = plan;
  const walk = (o: object, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object') walk(v, `${prefix}${k}.`);
      else if (v !== undefined) kv.addRow([`${prefix}${k}`, v]);
    }
  };
  walk(rest, '');
  kv.addRow(['channels', channels.join(', ')]);
  const ts = wb.addWorksheet('Задачи');
  ts.columns = [{ width: 14 }, { width: 40 }, { width: 10 }, { width: 12 }];
  ts.addRow(['id', 'name', 'weight', 'completion']).font = { bold: true };
  for (const t of tasks) ts.addRow([t.id, t.name, t.weight, t.completion]);
  await wb.xlsx.writeFile(file);
}

const cellValue = (v: ExcelJS.CellValue): unknown =>
  v && typeof v === 'object' && 'result' in v ? v.result : v;

/** Reads a plan workbook back into the plain object the contract's PlanFileSchema validates. */
export async function readPlanXlsx(file: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const kv = wb.getWorksheet('План');
  if (!kv) throw new Error(`${file}: no sheet «План»`);
  const out: Record<string, unknown> = {};
  kv.eachRow((row, n) => {
    if (n === 1) return;
    const key = String(cellValue(row.getCell(1).value) ?? '').trim();
    const value = cellValue(row.getCell(2).value);
    if (!key) return;
    if (key === 'channels') {
      out['channels'] = String(value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return;
    }
    const path = key.split('.');
    let o = out;
    for (const p of path.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
    o[path[path.length - 1]!] = value;
  });
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
