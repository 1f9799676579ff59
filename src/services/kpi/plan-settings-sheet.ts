import type ExcelJS from 'exceljs';
import { UserError } from '../../i18n/index.ts';

/**
 * Sheet «План» of the monthly and the quarterly plan workbooks: one `key | value` row per setting,
 * dotted keys for nested ones (leads.plan, romi.basis), `channels` as a comma-separated list. The
 * HR-editable form of a plan file's settings; the lists (tasks, KPIs) have sheets of their own.
 */
export const SETTINGS_SHEET = 'План';

/** A cell's value; a formula cell gives its cached result. */
export const cellValue = (v: ExcelJS.CellValue): unknown =>
  v && typeof v === 'object' && 'result' in v ? v.result : v;

/** Adds sheet «План» with `settings` flattened to dotted keys, and `channels` last. */
export function addSettingsSheet(wb: ExcelJS.Workbook, settings: object, channels: readonly string[]): void {
  const kv = wb.addWorksheet(SETTINGS_SHEET);
  kv.columns = [{ width: 22 }, { width: 30 }];
  kv.addRow(['key', 'value']).font = { bold: true };
  const walk = (o: object, prefix: string): void => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object') walk(v, `${prefix}${k}.`);
      else if (v !== undefined) kv.addRow([`${prefix}${k}`, v]);
    }
  };
  walk(settings, '');
  kv.addRow(['channels', channels.join(', ')]);
}

/** How a plan kind reads its settings back. */
export interface SettingsReading {
  /** Keep a key whose value cell is empty (as null); else the row is skipped. */
  keepEmpty: boolean;
  /** Keys whose value is text even when the cell holds a number (an employee id 123). */
  text?: readonly string[];
}

/** Sheet «План» back as the nested object the plan's schema validates; throws when it is missing. */
export function readSettingsSheet(
  wb: ExcelJS.Workbook,
  file: string,
  how: SettingsReading,
): Record<string, unknown> {
  const kv = wb.getWorksheet(SETTINGS_SHEET);
  if (!kv)
    throw new UserError({
      en: `${file}: no sheet «${SETTINGS_SHEET}»`,
      ru: `${file}: нет листа «${SETTINGS_SHEET}»`,
    });
  const out: Record<string, unknown> = {};
  kv.eachRow((row, n) => {
    if (n === 1) return;
    const key = String(cellValue(row.getCell(1).value) ?? '').trim();
    const value = cellValue(row.getCell(2).value);
    if (!key || (!how.keepEmpty && (value === null || value === undefined))) return;
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
    o[path[path.length - 1]!] = how.text?.includes(key) ? String(value) : value;
  });
  return out;
}
