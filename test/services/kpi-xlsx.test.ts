import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generalSheet, marketerSheet, type Sheet } from '../../src/core/kpi/index.ts';
import { writeSheetXlsx } from '../../src/services/kpi/sheet-xlsx.ts';
import { marchFacts, marchPlan } from '../core/kpi/fixtures.ts';
import { makeEvaluator } from '../helpers/formula-eval.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-kpi-xlsx-'));

async function roundTrip(sheet: Sheet, lang: 'ru' | 'en' = 'ru'): Promise<ExcelJS.Worksheet> {
  const file = join(dir, `${sheet.employee}-${lang}.xlsx`);
  await writeSheetXlsx(sheet, file, lang);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

/** Evaluates the workbook's formulas with some input cells overridden. */
function recalc(ws: ExcelJS.Worksheet, overrides: Record<string, number> = {}) {
  return makeEvaluator((addr) => {
    if (addr in overrides) return { value: overrides[addr]! };
    const v = ws.getCell(addr).value;
    if (v && typeof v === 'object' && 'formula' in v) return { formula: v.formula, value: null };
    return { value: (v as number | string | null) ?? null };
  });
}

/** Address of the cell in column `col` whose row's first cell starts with `label`. */
function find(ws: ExcelJS.Worksheet, label: string, col: string): string {
  for (let r = 1; r <= ws.rowCount; r++)
    if (String(ws.getCell(`A${r}`).value ?? '').startsWith(label)) return `${col}${r}`;
  throw new Error(`no row ${label}`);
}

describe('the motivation sheet as a workbook with live formulas', () => {
  const sheet = marketerSheet(marchPlan(), marchFacts());

  it('holds formulas whose cached values are Fulcrum’s figures', async () => {
    const ws = await roundTrip(sheet);
    expect(ws.name).toBe('Мотивационный лист');
    const amount = ws.getCell(find(ws, 'Лиды', 'J')).value as ExcelJS.CellFormulaValue;
    expect(amount.formula).toBe('IF(I5="","",ROUND(I5*C5*B5*$B$2,2))');
    expect(amount.result).toBe(12936);
    const paid = ws.getCell(find(ws, 'Лиды', 'I')).value as ExcelJS.CellFormulaValue;
    expect(paid.formula).toBe('IF(F5="","",IF(F5<G5,0,MIN(F5,H5)))');
    const total = ws.getCell(find(ws, 'Итого', 'E')).value as ExcelJS.CellFormulaValue;
    expect(total.result).toBe(22284.8);
  });

  it('recalculates to the same figure Fulcrum prints, unchanged and after a fact changes', async () => {
    const ws = await roundTrip(sheet);
    const totalAt = find(ws, 'Итого', 'E');
    expect(recalc(ws)(totalAt)).toBe(sheet.total);
    for (const leads of [50, 69, 70, 101, 139.5, 150, 300]) {
      const expected = marketerSheet(marchPlan(), { ...marchFacts(), leads: { value: leads } });
      expect(recalc(ws, { [find(ws, 'Лиды', 'E')]: leads })(totalAt)).toBe(expected.total);
    }
    const accepted = find(ws, 'Доля принятых лидов: факт', 'B');
    const lowQuality = marketerSheet(marchPlan(), { ...marchFacts(), acceptedShare: { value: 0.33 } });
    // 18 606 × 0,44 = 8 186,64; + 5 400 + 2 000 = 15 586,64
    expect(lowQuality.total).toBe(15586.64);
    expect(recalc(ws, { [accepted]: 0.33 })(totalAt)).toBe(15586.64);
    const task = find(ws, 'Задача «Новый лендинг»', 'E');
    const taskDone = marchPlan();
    taskDone.tasks[1]!.completion = 0.6;
    expect(recalc(ws, { [task]: 0.6 })(totalAt)).toBe(marketerSheet(taskDone, marchFacts()).total);
  });

  it('writes English too, with "no data" while a fact is missing', async () => {
    const missing = marketerSheet(marchPlan(), { ...marchFacts(), leads: { value: null } });
    const ws = await roundTrip(missing, 'en');
    const totalAt = find(ws, 'Total bonus', 'E');
    expect((ws.getCell(totalAt).value as ExcelJS.CellFormulaValue).result).toBe('no data');
    expect(recalc(ws)(totalAt)).toBe('no data');
    expect(recalc(ws, { [find(ws, 'Leads', 'E')]: 88 })(totalAt)).toBe(22284.8);
  });

  it('rebuilds lower-is-better KPIs and the base/norm/target curve in formulas', async () => {
    const plan = {
      employee: 'ivan',
      period: '2024-03',
      bonus: 50_000,
      kpis: [
        {
          kpi: 'cpc',
          name: { ru: 'CPC', en: 'CPC' },
          unit: 'money' as const,
          direction: 'lower' as const,
          weight: 0.5,
          plan: 40,
        },
        {
          kpi: 'cpa',
          name: { ru: 'CPA', en: 'CPA' },
          unit: 'money' as const,
          direction: 'lower' as const,
          weight: 0.3,
          base: 600,
          norm: 500,
          target: 400,
          cap: 1.2,
        },
        {
          kpi: 'clicks',
          name: { ru: 'Клики', en: 'Clicks' },
          unit: 'count' as const,
          direction: 'higher' as const,
          weight: 0.2,
          base: 800,
          norm: 1000,
          target: 1200,
          cap: 1.5,
        },
      ],
    };
    const facts = (cpc: number, cpa: number, clicks: number) => ({
      cpc: { value: cpc },
      cpa: { value: cpa },
      clicks: { value: clicks },
    });
    const ws = await roundTrip(generalSheet(plan, facts(50, 550, 900)));
    const totalAt = find(ws, 'Итого', 'E');
    const [cpc, cpa, clicks] = ['CPC', 'CPA', 'Клики'].map((l) => find(ws, l, 'E')) as [
      string,
      string,
      string,
    ];
    for (const [a, b, c] of [
      [50, 550, 900],
      [30, 450, 1100],
      [80, 700, 700],
      [40, 390, 1300],
    ] as const) {
      const expected = generalSheet(plan, facts(a, b, c)).total;
      expect(recalc(ws, { [cpc]: a, [cpa]: b, [clicks]: c })(totalAt)).toBe(expected);
    }
  });
});
