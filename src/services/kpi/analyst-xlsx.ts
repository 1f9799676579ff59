import type ExcelJS from 'exceljs';
import type { AnalystSheet, EntryStatus, Sheet } from '../../core/kpi/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { sheetWorkbook } from './sheet-xlsx.ts';

const LABELS = {
  ru: {
    sheet: 'Реестр отчётов',
    title: (asOf: string, days: number, cal: string) =>
      `Реестр на ${asOf}; отчёт принят, если за ${days} раб. дн. после сдачи не было замечаний. Календарь: ${cal}`,
    headers: [
      '№',
      'Вид',
      'Тип',
      'Название',
      'Срок',
      'Запрошен',
      'Сдан',
      'В срок',
      'Опоздание, раб. дн.',
      'Окно замечаний до',
      'Статус',
      'Замечания',
      'Пояснение',
    ],
    kind: { regular: 'регулярный', adhoc: 'разовый запрос' },
    yes: 'да',
    no: 'нет',
    status: {
      open: 'срок не прошёл',
      missing: 'не сдан',
      pending: 'ждём замечаний',
      remarked: 'есть замечание',
      accepted: 'принят',
    } satisfies Record<EntryStatus, string>,
  },
  en: {
    sheet: 'Report register',
    title: (asOf: string, days: number, cal: string) =>
      `Register as of ${asOf}; a report is accepted when no remark came within ${days} business days of delivery. Calendar: ${cal}`,
    headers: [
      'Id',
      'Kind',
      'Type',
      'Title',
      'Deadline',
      'Requested',
      'Delivered',
      'On time',
      'Late, business days',
      'Remark window to',
      'Status',
      'Remarks',
      'Explanation',
    ],
    kind: { regular: 'regular', adhoc: 'ad-hoc request' },
    yes: 'yes',
    no: 'no',
    status: {
      open: 'not due yet',
      missing: 'not delivered',
      pending: 'pending',
      remarked: 'remarked',
      accepted: 'accepted',
    } satisfies Record<EntryStatus, string>,
  },
} as const;

/** The analyst's workbook: the motivation sheet with live formulas, then the judged register. */
export function analystWorkbook(sheet: AnalystSheet, lang: Lang): ExcelJS.Workbook {
  const L = LABELS[lang];
  const wb = sheetWorkbook(sheet, lang);
  const ws = wb.addWorksheet(L.sheet);
  ws.columns = [8, 16, 16, 36, 12, 12, 12, 8, 10, 14, 16, 40, 90].map((width) => ({ width }));
  ws.getCell('A1').value = L.title(sheet.asOf, sheet.acceptanceDays, sheet.calendar);
  ws.getCell('A1').font = { bold: true };
  if (sheet.calendarNote) ws.getCell('A2').value = sheet.calendarNote[lang];
  const head = ws.getRow(3);
  L.headers.forEach((h, i) => Object.assign(head.getCell(i + 1), { value: h, font: { bold: true } }));
  sheet.register.forEach((e, i) => {
    ws.getRow(4 + i).values = [
      e.id,
      L.kind[e.kind],
      e.type,
      e.title,
      e.deadline,
      e.requested ?? '',
      e.delivered ?? '',
      e.onTime === null ? '' : e.onTime ? L.yes : L.no,
      e.lateDays,
      e.windowCloses ?? '',
      L.status[e.status],
      e.remarks.map((r) => `${r.date} ${r.text}`).join(' | '),
      e.explain[lang],
    ];
  });
  return wb;
}

/** Any sheet's workbook as bytes, for a download: the analyst's carries its register too. */
export async function sheetXlsxBytes(sheet: Sheet, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const wb =
    sheet.kind === 'analyst' ? analystWorkbook(sheet as AnalystSheet, lang) : sheetWorkbook(sheet, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Writes any sheet's workbook to a file. */
export async function writeAnySheetXlsx(sheet: Sheet, file: string, lang: Lang): Promise<void> {
  const wb =
    sheet.kind === 'analyst' ? analystWorkbook(sheet as AnalystSheet, lang) : sheetWorkbook(sheet, lang);
  await wb.xlsx.writeFile(file);
}
