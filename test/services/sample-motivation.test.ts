/**
 * Issue 13 §3 and §5: the demo company comes with its motivation side (a team, monthly, quarterly
 * and analyst plans, a KPI design, accounts linked to employees), and the sample is generated and
 * imported once, not on every `report --sample`.
 */
import ExcelJS from 'exceljs';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analystSheetFor,
  checkPassword,
  employeeOf,
  ensureDemoAccounts,
  ensureSample,
  kpiEmployeesFor,
  kpiSheetFor,
  openWorkspace,
  quarterSheetFor,
  SAMPLE_PEOPLE,
  sheetXlsxBytes,
  type DemoLogin,
  type Workspace,
} from '../../src/services/index.ts';
import { listImports, loadKpiDesign, type User } from '../../src/store/index.ts';
import type { Sheet } from '../../src/core/kpi/index.ts';

const ORDERS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'fulcrum-sample-motivation-'));
let ws: Workspace;
let logins: DemoLogin[];

beforeAll(async () => {
  ws = await openWorkspace(join(dir, 'fulcrum.duckdb'), () => new Date('2026-12-07T12:00:00Z'));
  await ensureSample(ws, dir, {}, ORDERS, { lang: 'ru' });
  logins = await ensureDemoAccounts(ws);
}, 120_000);

afterAll(async () => {
  await ws.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everyone's sheets, as the demo owner sees them. */
async function everyone() {
  const owner = (await checkPassword(ws, 'demo', logins[0]!.password)) as User;
  return kpiEmployeesFor(ws, owner);
}
const sheetsOf = async (id: string) => (await everyone()).find((e) => e.id === id)!;

/** KPI lines (not tasks, not the discretionary part) of a sheet. */
const kpiLines = (s: Sheet) =>
  s.lines.filter((l) => l.part !== 'tasks' && l.part !== 'discretionary' && l.plan !== null);

describe('the demo company shows the motivation side too', () => {
  it('prints an owner, an employee and an analyst login, each linked to their own sheets', async () => {
    expect(logins.map((l) => [l.login, l.role, l.employee])).toEqual([
      ['demo', 'owner', null],
      ['marketer', 'employee', SAMPLE_PEOPLE.context.id],
      ['analyst', 'analyst', SAMPLE_PEOPLE.analyst.id],
    ]);
    for (const l of logins) {
      const user = await checkPassword(ws, l.login, l.password);
      expect(user?.role).toBe(l.role);
      expect(employeeOf(ws, user!)).toBe(l.employee);
      const visible = kpiEmployeesFor(ws, user!);
      if (l.role === 'owner') expect(visible.length).toBe(4);
      else expect(visible.map((e) => e.id)).toEqual([l.employee]);
    }
    const marketer = kpiEmployeesFor(ws, (await checkPassword(ws, 'marketer', logins[1]!.password))!)[0]!;
    expect(marketer.marketer.length).toBe(3);
    const analyst = kpiEmployeesFor(ws, (await checkPassword(ws, 'analyst', logins[2]!.password))!)[0]!;
    expect(analyst.analyst.length).toBe(3);
    // A second start creates nobody: the passwords were printed once.
    expect(await ensureDemoAccounts(ws)).toEqual([]);
  });

  it('has monthly, quarterly and analyst plans and a saved KPI design, named in Russian', async () => {
    const all = await everyone();
    const byId = new Map(all.map((e) => [e.id, e]));
    expect(byId.get(SAMPLE_PEOPLE.context.id)?.name).toBe('Орлова Мария');
    expect(byId.get(SAMPLE_PEOPLE.social.id)?.marketer.length).toBe(3);
    expect(byId.get(SAMPLE_PEOPLE.head.id)?.quarter.length).toBeGreaterThanOrEqual(2);
    expect(byId.get(SAMPLE_PEOPLE.analyst.id)?.analyst.length).toBe(3);
    expect(loadKpiDesign(ws.store, 'profit')?.positions.length).toBe(3);
  });

  it('plans are realistic: computed from the data, neither 0 nor capped everywhere', async () => {
    const completions: number[] = [];
    const sheets: Sheet[] = [];
    for (const p of [SAMPLE_PEOPLE.context, SAMPLE_PEOPLE.social, SAMPLE_PEOPLE.head]) {
      for (const month of (await sheetsOf(p.id)).marketer) {
        const s = await kpiSheetFor(ws, p.id, month);
        sheets.push(s);
        // Every fact comes from the data for the employee's (Russian-named) channels.
        for (const l of kpiLines(s)) {
          expect(l.fact, `${p.id} ${month} ${l.kpi}`).not.toBeNull();
          completions.push(l.completion!);
        }
      }
    }
    // Quarterly sheets: the context marketer's channel and the head's whole company.
    for (const id of [SAMPLE_PEOPLE.context.id, SAMPLE_PEOPLE.head.id]) {
      const quarters = (await sheetsOf(id)).quarter;
      expect(quarters.length).toBeGreaterThanOrEqual(2);
      for (const q of quarters) {
        const s = await quarterSheetFor(ws, id, q);
        for (const l of kpiLines(s)) if (l.completion !== null) completions.push(l.completion);
      }
    }
    for (const s of sheets) {
      expect(s.total).toBeGreaterThan(0);
      expect(s.total!).toBeLessThan(s.bonus * 1.4);
    }
    // Plans sit near the figures: most lines inside the paid corridor, not at its floor or cap.
    const inside = completions.filter((c) => c > 0.7 && c < 1.4);
    expect(completions.length).toBeGreaterThanOrEqual(12);
    expect(inside.length / completions.length).toBeGreaterThanOrEqual(0.8);
    expect(completions.some((c) => c < 1)).toBe(true);
    expect(completions.some((c) => c > 1)).toBe(true);
    const months = (await sheetsOf(SAMPLE_PEOPLE.analyst.id)).analyst;
    for (const m of months) expect(analystSheetFor(ws, SAMPLE_PEOPLE.analyst.id, m).total).toBeGreaterThan(0);
  });
});

describe("the motivation sheet's XLSX shows the employee's name", () => {
  it('titles the monthly, quarterly and analyst workbooks with the name, not the id', async () => {
    const c = SAMPLE_PEOPLE.context;
    const month = (await sheetsOf(c.id)).marketer[0]!;
    const quarter = (await sheetsOf(SAMPLE_PEOPLE.head.id)).quarter[0]!;
    const am = (await sheetsOf(SAMPLE_PEOPLE.analyst.id)).analyst[0]!;
    const titles = await Promise.all(
      [
        await kpiSheetFor(ws, c.id, month),
        await quarterSheetFor(ws, SAMPLE_PEOPLE.head.id, quarter),
        analystSheetFor(ws, SAMPLE_PEOPLE.analyst.id, am),
      ].map(async (sheet) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await sheetXlsxBytes(sheet, 'ru')).buffer);
        return String(wb.worksheets[0]!.getCell('A1').value);
      }),
    );
    expect(titles).toEqual([
      `Мотивационный лист: Орлова Мария, ${month}`,
      `Мотивационный лист: Кравцова Анна, ${quarter}`,
      `Мотивационный лист: Фомин Артём, ${am}`,
    ]);
  });
});

describe('report --sample does not regenerate the sample and add to the import log on every run', () => {
  it('reuses the generated and imported sample: no new files, no import-log rows', async () => {
    const log = listImports(ws.store).length;
    const mtime = statSync(join(dir, 'orders.csv')).mtimeMs;
    for (let run = 0; run < 2; run++) {
      const r = await ensureSample(ws, dir, {}, ORDERS, { lang: 'en' });
      expect(r.generated).toBe(false);
      expect(r.imports).toEqual([]);
      // The language of the run that generated it stays.
      expect(r.lang).toBe('ru');
    }
    expect(listImports(ws.store).length).toBe(log);
    expect(statSync(join(dir, 'orders.csv')).mtimeMs).toBe(mtime);
  });

  it('imports again when the warehouse lost the sample (a deleted store), once; keeps an older sample', async () => {
    const other = mkdtempSync(join(tmpdir(), 'fulcrum-sample-again-'));
    try {
      const fresh = await openWorkspace(':memory:');
      try {
        // Same generated files, a store that has never seen them: imported once, then reused.
        cpSync(dir, other, { recursive: true, filter: (f) => !/fulcrum\.(duckdb|sqlite)/.test(f) });
        // A sample from before the generator's version key: the word "complete", kept as it is.
        writeFileSync(join(other, '.generated'), 'complete\n');
        const mtime = statSync(join(other, 'orders.csv')).mtimeMs;
        const first = await ensureSample(fresh, other, {}, ORDERS);
        expect(first.generated).toBe(false);
        expect(first.imports.map((i) => i.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
        const again = await ensureSample(fresh, other, {}, ORDERS);
        expect(again.imports).toEqual([]);
        expect(listImports(fresh.store).length).toBe(4);
        expect(statSync(join(other, 'orders.csv')).mtimeMs).toBe(mtime);
      } finally {
        await fresh.close();
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
