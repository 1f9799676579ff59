import ExcelJS from 'exceljs';
import { sourceText, type Sheet, type SheetLine, type SheetPart } from '../../core/kpi/index.ts';
import type { Lang } from '../../i18n/index.ts';
import {
  amountFormula,
  completionFormula,
  paidFormula,
  partAmountFormula,
  qualityFormula,
  subtotalFormula,
  totalFormula,
  type LineCells,
} from './sheet-xlsx-formulas.ts';
import { XLSX_LABELS } from './sheet-xlsx-labels.ts';

const MONEY = '#,##0.00 "₽"';
const PCT = '0.0%';
const INPUT: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FIRST_LINE = 5;

/** A formula cell carrying Fulcrum's figure as its cached result, so viewers show it unopened. */
function formula(cell: ExcelJS.Cell, text: string, result: number | string | null, fmt?: string): void {
  cell.value = { formula: text, result: result ?? '' } as ExcelJS.CellFormulaValue;
  if (fmt) cell.numFmt = fmt;
}

function input(cell: ExcelJS.Cell, value: number | null, fmt?: string): void {
  cell.value = value;
  cell.fill = INPUT;
  if (fmt) cell.numFmt = fmt;
}

const ratioUnit = (l: SheetLine): boolean => l.unit === 'ratio' || l.unit === 'percent';

/**
 * Writes a motivation sheet as a styled workbook with live formulas: changing a fact, a plan, a
 * bound or the bonus recalculates completion, paid completion, amounts, parts and the total by the
 * rules Fulcrum applied (docs/rounding.md), to the same kopeck.
 */
export async function writeSheetXlsx(sheet: Sheet, file: string, lang: Lang): Promise<void> {
  await sheetWorkbook(sheet, lang).xlsx.writeFile(file);
}

/** The motivation sheet's workbook (see writeSheetXlsx), for a file or an HTTP download. */
export function sheetWorkbook(sheet: Sheet, lang: Lang): ExcelJS.Workbook {
  const L = XLSX_LABELS[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(L.sheet);
  ws.columns = [40, 12, 10, 14, 14, 13, 10, 10, 12, 16, 60].map((width) => ({ width }));
  ws.getCell('A1').value = L.title(sheet.employeeName ?? sheet.employee, sheet.period);
  ws.getCell('A1').font = { bold: true, size: 14 };
  // A partial period says so under the title, where nobody reading the total can miss it.
  if (sheet.coverage) {
    ws.getCell('C2').value = sheet.coverage.note[lang];
    ws.getCell('C2').font = { bold: true, color: { argb: 'FFC00000' } };
  }
  ws.getCell('A2').value = L.bonus;
  input(ws.getCell('B2'), sheet.bonus, MONEY);
  ws.getCell('A3').value = L.note;
  ws.getCell('A3').font = { italic: true, color: { argb: 'FF7F7F7F' } };
  const head = ws.getRow(FIRST_LINE - 1);
  L.headers.forEach((h, i) =>
    Object.assign(head.getCell(i + 1), { value: h, font: { bold: true }, fill: HEAD }),
  );
  const paying = sheet.lines.filter((l) => l.rule);
  const rowOf = new Map<SheetLine, number>();
  paying.forEach((l, i) => {
    const r = FIRST_LINE + i;
    rowOf.set(l, r);
    const row = ws.getRow(r);
    const c: LineCells = {
      plan: `D${r}`,
      fact: `E${r}`,
      completion: `F${r}`,
      floor: `G${r}`,
      cap: `H${r}`,
      paid: `I${r}`,
      weight: `C${r}`,
      share: `B${r}`,
      bonus: '$B$2',
    };
    const valueFmt = ratioUnit(l) ? PCT : '#,##0.##';
    row.getCell(1).value = l.name[lang];
    input(row.getCell(2), l.partShare ?? 1, PCT);
    input(row.getCell(3), l.weight, PCT);
    input(row.getCell(4), l.plan, valueFmt);
    input(row.getCell(5), l.fact, valueFmt);
    formula(row.getCell(6), completionFormula(c, l.direction ?? 'higher'), l.completion, PCT);
    if (l.rule?.rule === 'corridor') {
      input(row.getCell(7), l.rule.floor, PCT);
      input(row.getCell(8), l.rule.cap, PCT);
    }
    formula(row.getCell(9), paidFormula(c, l.rule!, l.direction ?? 'higher'), l.paidCompletion, PCT);
    formula(row.getCell(10), amountFormula(c), l.amount, MONEY);
    row.getCell(11).value = l.source ? sourceText(l.source, lang) : '';
  });
  writeParts(ws, sheet, paying, rowOf, FIRST_LINE + paying.length + 1, lang);
  return wb;
}

function writeParts(
  ws: ExcelJS.Worksheet,
  sheet: Sheet,
  paying: SheetLine[],
  rowOf: Map<SheetLine, number>,
  start: number,
  lang: Lang,
): void {
  const L = XLSX_LABELS[lang];
  const head = ws.getRow(start);
  L.partHeaders.forEach((h, i) =>
    Object.assign(head.getCell(i + 1), { value: h, font: { bold: true }, fill: HEAD }),
  );
  let r = start + 1;
  const amounts: string[] = [];
  const qualityRow = start + 1 + sheet.parts.length + 1;
  for (const p of sheet.parts) {
    const row = ws.getRow(r);
    row.getCell(1).value = p.name[lang];
    if (p.share !== null) row.getCell(2).value = p.share;
    row.getCell(2).numFmt = PCT;
    writeSubtotal(
      row,
      p,
      paying.filter((l) => l.part === p.id).map((l) => rowOf.get(l)!),
      L.noData,
    );
    const coef = row.getCell(4);
    if (p.quality)
      formula(
        coef,
        qualityFormula(`B${qualityRow}`, `B${qualityRow + 1}`, `B${qualityRow + 2}`, L.noData),
        p.coefficient ?? L.noData,
        '0.0000',
      );
    else coef.value = 1;
    formula(row.getCell(5), partAmountFormula(`C${r}`, `D${r}`, L.noData), p.amount ?? L.noData, MONEY);
    amounts.push(`E${r}`);
    r++;
  }
  const total = ws.getRow(r);
  total.getCell(1).value = L.total;
  total.font = { bold: true };
  formula(total.getCell(5), totalFormula(amounts, L.noData), sheet.total ?? L.noData, MONEY);
  const quality = sheet.parts.find((p) => p.quality)?.quality;
  if (!quality) return;
  [
    [L.qualityPlan, quality.plan],
    [L.qualityFact, quality.fact],
    [L.qualityCap, quality.cap],
  ].forEach(([label, v], i) => {
    ws.getCell(`A${qualityRow + i}`).value = label as string;
    input(ws.getCell(`B${qualityRow + i}`), v as number | null, PCT);
  });
}

function writeSubtotal(row: ExcelJS.Row, p: SheetPart, rows: number[], noData: string): void {
  const cell = row.getCell(3);
  cell.numFmt = MONEY;
  if (p.id === 'discretionary') return input(cell, p.subtotal, MONEY);
  const [a, b] = [Math.min(...rows), Math.max(...rows)];
  const text = rows.length === 0 ? '0' : subtotalFormula(`E${a}:E${b}`, `J${a}:J${b}`, rows.length, noData);
  formula(cell, text, p.subtotal ?? (rows.length === 0 ? 0 : noData), MONEY);
}
