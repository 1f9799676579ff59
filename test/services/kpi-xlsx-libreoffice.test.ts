import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generalSheet,
  marketerSheet,
  quarterSheet,
  type Fact,
  type GeneralKpi,
  type QuarterPlan,
  type Sheet,
} from '../../src/core/kpi/index.ts';
import { writeSheetXlsx } from '../../src/services/kpi/sheet-xlsx.ts';
import { XLSX_LABELS } from '../../src/services/kpi/sheet-xlsx-labels.ts';
import { marchFacts, marchPlan } from '../core/kpi/fixtures.ts';
import { findSoffice, recalcWithLibreOffice } from '../helpers/libreoffice.ts';

/*
 * Issue 4 §4: the exported motivation sheet, with a fact changed in its cell, recalculated by a
 * real spreadsheet (headless LibreOffice Calc) must pay what Fulcrum's core pays for that fact, to
 * the kopeck — every line, every part and the total. kpi-xlsx.test.ts checks the same formulas
 * with a small evaluator; this checks them against an independent spreadsheet engine.
 */

const soffice = findSoffice();
if (!soffice)
  console.warn(
    'kpi-xlsx-libreoffice: skipped — no soffice on PATH. Install it with ' +
      '`apt-get install --no-install-recommends libreoffice-calc-nogui` (or set SOFFICE).',
  );

type Lang = 'ru' | 'en';

/** A cell edit: the row whose first cell is `row` (or an address), column `col`, the new value. */
interface Edit {
  row: string;
  col: string;
  value: number | null;
}

/** One workbook: the sheet Fulcrum exported, the cells a person changes, what the core pays then. */
interface Case {
  name: string;
  lang: Lang;
  exported: Sheet;
  edits: Edit[];
  expected: Sheet;
}

const kpi = (over: Partial<GeneralKpi> & Pick<GeneralKpi, 'kpi' | 'weight'>): GeneralKpi => ({
  name: { ru: over.kpi.toUpperCase(), en: over.kpi.toUpperCase() },
  unit: 'number',
  direction: 'higher',
  ...over,
});

const facts = (values: Record<string, number | null>): Record<string, Fact> =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }]));

function marketerCases(): Case[] {
  const plan = marchPlan();
  const base = marketerSheet(plan, marchFacts());
  const withFacts = (over: Partial<Record<'leads' | 'newClientShare' | 'acceptedShare', number | null>>) =>
    marketerSheet(plan, {
      ...marchFacts(),
      ...Object.fromEntries(Object.entries(over).map(([k, v]) => [k, { value: v }])),
    });
  const ru = XLSX_LABELS.ru;
  const cases: Case[] = [
    // In the corridor, under its floor (nothing), over its cap (140%), at an awkward value.
    ...[120, 69, 70, 150, 87, 101.5, 139.99].map((leads) => ({
      name: `marketer-leads-${leads}`,
      lang: 'ru' as const,
      exported: base,
      edits: [{ row: 'Лиды', col: 'E', value: leads }],
      expected: withFacts({ leads }),
    })),
    {
      name: 'marketer-quality-0.33',
      lang: 'ru',
      exported: base,
      edits: [{ row: ru.qualityFact, col: 'B', value: 0.33 }],
      expected: withFacts({ acceptedShare: 0.33 }),
    },
    {
      name: 'marketer-new-clients-0.29',
      lang: 'ru',
      exported: base,
      edits: [{ row: 'Доля новых клиентов', col: 'E', value: 0.29 }],
      expected: withFacts({ newClientShare: 0.29 }),
    },
    {
      name: 'marketer-no-leads',
      lang: 'ru',
      exported: base,
      edits: [{ row: 'Лиды', col: 'E', value: null }],
      expected: withFacts({ leads: null }),
    },
  ];
  // A task's completion and the bonus base: a bonus with kopecks tests the rounding of every line.
  const changed = marchPlan();
  changed.tasks[1]!.completion = 0.6;
  changed.bonus = 33_333.33;
  cases.push({
    name: 'marketer-task-and-bonus',
    lang: 'ru',
    exported: base,
    edits: [
      { row: 'Задача «Новый лендинг»', col: 'E', value: 0.6 },
      { row: 'B2', col: '', value: 33_333.33 },
      { row: 'Лиды', col: 'E', value: 93 },
    ],
    expected: marketerSheet(changed, { ...marchFacts(), leads: { value: 93 } }),
  });
  cases.push({
    name: 'marketer-en-leads-95',
    lang: 'en',
    exported: base,
    edits: [{ row: 'Leads', col: 'E', value: 95 }],
    expected: withFacts({ leads: 95 }),
  });
  return cases;
}

function generalCases(): Case[] {
  const plan = {
    employee: 'ivan',
    period: '2024-03',
    bonus: 50_000,
    kpis: [
      kpi({ kpi: 'ctr', weight: 0.5, plan: 0.02, unit: 'ratio' }),
      kpi({ kpi: 'cpc', weight: 0.3, plan: 40, unit: 'money', direction: 'lower' }),
      kpi({ kpi: 'clicks', weight: 0.2, base: 800, norm: 1000, target: 1200, cap: 1.5, unit: 'count' }),
    ],
  };
  const exported = generalSheet(plan, facts({ ctr: 0.025, cpc: 50, clicks: 900 }));
  return [
    [0.031, 37, 1111],
    [0.012, 61, 799],
    [0.0199, 40.5, 1250],
  ].map(([ctr, cpc, clicks]) => ({
    name: `general-${ctr}-${cpc}-${clicks}`,
    lang: 'ru' as const,
    exported,
    edits: [
      { row: 'CTR', col: 'E', value: ctr! },
      { row: 'CPC', col: 'E', value: cpc! },
      { row: 'CLICKS', col: 'E', value: clicks! },
    ],
    expected: generalSheet(plan, facts({ ctr: ctr!, cpc: cpc!, clicks: clicks! })),
  }));
}

function quarterCases(): Case[] {
  const plan: QuarterPlan = {
    employee: 'anna',
    period: '2024-Q1',
    bonus: 60_000,
    split: { kpis: 0.7, tasks: 0.3 },
    kpis: [
      kpi({ kpi: 'romi', weight: 0.6, plan: 2, unit: 'ratio' }),
      kpi({ kpi: 'mre', weight: 0.4, plan: 0.1, unit: 'ratio', direction: 'lower' }),
    ],
    tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: 0.9 }],
    taskRule: { floor: 0.5, cap: 1 },
  };
  const exported = quarterSheet(plan, facts({ romi: 2.2, mre: 0.125 }), []);
  const done = { ...plan, tasks: [{ ...plan.tasks[0]!, completion: 0.45 }] };
  return [
    {
      name: 'quarter-romi-mre',
      lang: 'ru',
      exported,
      edits: [
        { row: 'ROMI', col: 'E', value: 3.1 },
        { row: 'MRE', col: 'E', value: 0.083 },
      ],
      expected: quarterSheet(plan, facts({ romi: 3.1, mre: 0.083 }), []),
    },
    {
      name: 'quarter-task-under-floor',
      lang: 'ru',
      exported,
      edits: [{ row: 'Задача «Внедрение CRM»', col: 'E', value: 0.45 }],
      expected: quarterSheet(done, facts({ romi: 2.2, mre: 0.125 }), []),
    },
  ];
}

/** The row whose first cell reads `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`A${r}`).value === label) return r;
  throw new Error(`no row "${label}" in ${ws.name}`);
}

const address = (ws: ExcelJS.Worksheet, e: Edit): string =>
  e.col === '' ? e.row : `${e.col}${rowOf(ws, e.row)}`;

/** Exports the sheet, then changes its cells as a person would in Excel, saving a new workbook. */
async function prepare(c: Case, dir: string): Promise<string> {
  const exported = join(dir, `${c.name}.exported.xlsx`);
  await writeSheetXlsx(c.exported, exported, c.lang);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  const ws = wb.worksheets[0]!;
  for (const e of c.edits) ws.getCell(address(ws, e)).value = e.value;
  const edited = join(dir, `${c.name}.xlsx`);
  await wb.xlsx.writeFile(edited);
  return edited;
}

/**
 * A formula cell's value as LibreOffice saved it; "" (an empty-string result) reads as null.
 * `cell.result`, not `cell.value.result`: exceljs's value copy drops falsy results, so 0 would vanish.
 */
function resultAt(ws: ExcelJS.Worksheet, addr: string): number | string | null {
  const cell = ws.getCell(addr);
  const r: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (r === undefined || r === null || r === '') return null;
  return r as number | string;
}

/** Every amount the recalculated workbook shows, labelled, next to what the core pays. */
function compare(ws: ExcelJS.Worksheet, c: Case): Array<[string, unknown, unknown]> {
  const L = XLSX_LABELS[c.lang];
  const money = (v: number | null) => v ?? L.noData;
  const rows: Array<[string, unknown, unknown]> = [];
  for (const l of c.expected.lines.filter((x) => x.rule)) {
    const r = rowOf(ws, l.name[c.lang]);
    rows.push([`${l.kpi} amount`, resultAt(ws, `J${r}`), l.amount]);
  }
  for (const p of c.expected.parts)
    rows.push([`part ${p.id}`, resultAt(ws, `E${rowOf(ws, p.name[c.lang])}`), money(p.amount)]);
  rows.push(['total', resultAt(ws, `E${rowOf(ws, L.total)}`), money(c.expected.total)]);
  return rows;
}

describe.skipIf(!soffice)('the exported sheet recalculated by headless LibreOffice', () => {
  const cases = [...marketerCases(), ...generalCases(), ...quarterCases()];
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-kpi-lo-'));
  const recalculated = new Map<string, ExcelJS.Worksheet>();

  beforeAll(async () => {
    const files = await Promise.all(cases.map((c) => prepare(c, dir)));
    const out = recalcWithLibreOffice(soffice!, files, dir);
    for (const [i, c] of cases.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out[i]!);
      recalculated.set(c.name, wb.worksheets[0]!);
    }
  }, 180_000);

  it('the edits matter: each case pays differently from the exported sheet', () => {
    for (const c of cases) expect(c.expected.total, c.name).not.toBe(c.exported.total);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: LibreOffice pays what Fulcrum pays', (_, c) => {
    const rows = compare(recalculated.get(c.name)!, c);
    for (const [what, calc, fulcrum] of rows) expect(calc, `${c.name}: ${what}`).toBe(fulcrum);
  });
});
