import ExcelJS from 'exceljs';
import type { KpiDesign } from '../../core/kpi/index.ts';
import type { Lang } from '../../i18n/index.ts';

/** Captions of the designer workbook, per language. */
const LABELS = {
  ru: {
    table: 'Показатели',
    tableHead: ['Показатель', 'Название', 'Единица', 'Значение', 'Факторы влияния', 'Откуда факт'],
    matrix: 'Матрица KPI × должность',
    kpi: 'Показатель',
    lists: 'По должностям',
    listsHead: ['Должность', 'Показатель', 'Доля премии', 'Сумма, ₽', 'Факторы влияния'],
    total: 'Итого',
    title: (model: string) => `Система KPI из модели ${model}`,
  },
  en: {
    table: 'KPIs',
    tableHead: ['KPI', 'Name', 'Unit', 'Value', 'Influencing factors', 'Where the fact comes from'],
    matrix: 'KPI × position matrix',
    kpi: 'KPI',
    lists: 'By position',
    listsHead: ['Position', 'KPI', 'Bonus share', 'Amount, ₽', 'Influencing factors'],
    total: 'Total',
    title: (model: string) => `KPI system from the ${model} model`,
  },
} as const;

const BOLD = { bold: true } as const;
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF2' } };

function header(row: ExcelJS.Row, cells: readonly string[]): void {
  cells.forEach((h, i) => Object.assign(row.getCell(i + 1), { value: h, font: BOLD, fill: HEAD_FILL }));
}

/**
 * The five steps of the designer (METHODOLOGY §2) as a workbook HR can edit: the KPI table, the
 * KPI × position matrix, and each position's KPIs with their shares — whose total is a live SUM,
 * so a reweighting in Excel shows at once whether the shares still make 100 %.
 */
export function designWorkbook(design: KpiDesign, lang: Lang): ExcelJS.Workbook {
  const L = LABELS[lang];
  const wb = new ExcelJS.Workbook();

  const table = wb.addWorksheet(L.table);
  table.columns = [14, 34, 10, 16, 40, 40].map((width) => ({ width }));
  table.getCell('A1').value = L.title(design.model);
  table.getCell('A1').font = { bold: true, size: 14 };
  header(table.getRow(3), L.tableHead);
  design.table.forEach((k, i) => {
    table.getRow(4 + i).values = [
      k.kpi,
      k.name[lang],
      k.unit,
      k.value,
      k.factorNames.map((n) => n[lang]).join(', '),
      k.measureNames.map((n) => n[lang]).join(', '),
    ];
  });

  // HR reads names: the KPI by its label, the position by the name it was given.
  const kpiName = new Map(design.table.map((k) => [k.kpi, k.name[lang]]));
  const positionName = new Map(design.byPosition.map((p) => [p.position, p.name]));
  const matrix = wb.addWorksheet(L.matrix);
  matrix.columns = [{ width: 30 }, ...design.matrix.positions.map(() => ({ width: 18 }))];
  header(matrix.getRow(1), [L.kpi, ...design.matrix.positions.map((p) => positionName.get(p) ?? p)]);
  design.matrix.rows.forEach((r, i) => {
    const row = matrix.getRow(2 + i);
    row.values = [kpiName.get(r.kpi) ?? r.kpi, ...r.decisive.map((d) => (d ? '●' : ''))];
    row.alignment = { horizontal: 'center' };
    row.getCell(1).alignment = { horizontal: 'left' };
  });

  const lists = wb.addWorksheet(L.lists);
  lists.columns = [24, 30, 14, 16, 50].map((width) => ({ width }));
  header(lists.getRow(1), L.listsHead);
  let r = 2;
  for (const p of design.byPosition) {
    const first = r;
    for (const k of p.kpis) {
      const row = lists.getRow(r++);
      row.values = [
        p.name,
        k.name[lang],
        k.share,
        k.amount ?? null,
        k.factorNames.map((n) => n[lang]).join(', '),
      ];
      row.getCell(3).numFmt = '0.0%';
      row.getCell(4).numFmt = '#,##0.00';
    }
    const total = lists.getRow(r++);
    total.getCell(1).value = `${p.name}: ${L.total}`;
    total.getCell(3).value = {
      formula: `SUM(C${first}:C${r - 2})`,
      result: p.kpis.reduce((s, k) => s + k.share, 0),
    };
    total.getCell(3).numFmt = '0.0%';
    total.font = BOLD;
    r++;
  }
  return wb;
}

/** Writes the designer workbook to a file. */
export async function writeDesignXlsx(design: KpiDesign, file: string, lang: Lang): Promise<void> {
  await designWorkbook(design, lang).xlsx.writeFile(file);
}

/** The designer workbook as bytes, for a download. */
export async function designXlsxBytes(design: KpiDesign, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await designWorkbook(design, lang).xlsx.writeBuffer());
}
