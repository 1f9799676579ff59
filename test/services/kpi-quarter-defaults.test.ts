/**
 * Issue 13 §1: the quarterly sheet's defaults must not pay for results far worse than plan, and a
 * period with only part of its data says so on the sheet (CLI, API, workbench, XLSX).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCoverage, quarterSheet } from '../../src/core/kpi/index.ts';
import { parseQuarterPlan, storeQuarterPlan } from '../../src/services/kpi/quarter-plans.ts';
import { toQuarterPlan, toQuarterRecord } from '../../src/services/kpi/quarter-schema.ts';
import { quarterSheetFor, writeSheetXlsx, orderDateRange, type Workspace } from '../../src/services/index.ts';
import { renderKpiSheet } from '../../src/cli/render/kpi-sheet.ts';
import { translator } from '../../src/i18n/index.ts';
import { sampleWorkspace } from './sample-company.ts';

const plan = (kpis: unknown[]) =>
  parseQuarterPlan(
    { employee: 'ivan', name: 'Иван Петров', period: '2026-Q3', bonus: 100_000, kpis },
    'test',
  );

describe("the quarterly sheet's defaults must not pay for results three times worse than plan", () => {
  it('pays nothing for an MRE three times the plan or a ROMI a third of it, by default', () => {
    const p = toQuarterPlan(
      toQuarterRecord(
        plan([
          { kpi: 'romi', weight: 0.5, plan: 3 },
          { kpi: 'mre', weight: 0.5, plan: 0.05 },
        ]),
        'test',
      ),
    );
    // Three times worse than plan on both: completion 1/3 each.
    const bad = quarterSheet(p, { romi: { value: 1 }, mre: { value: 0.15 } }, []);
    expect(bad.lines.map((l) => l.amount)).toEqual([0, 0]);
    expect(bad.total).toBe(0);
    // Just under plan still pays through the corridor: 80% of plan → 80% of the line.
    const near = quarterSheet(p, { romi: { value: 2.4 }, mre: { value: 0.0625 } }, []);
    // 0,8 × 50% × 70% × 100 000 = 28 000 each
    expect(near.lines.map((l) => l.amount)).toEqual([28000, 28000]);
    // The floor is the methodology's 70%: 69% pays nothing, 70% pays.
    const edge = quarterSheet(p, { romi: { value: 3 * 0.69 }, mre: { value: 0.05 / 0.7 } }, []);
    expect(edge.lines[0]!.amount).toBe(0);
    expect(edge.lines[1]!.amount).toBe(24500);
  });

  it('keeps a corridor the plan gives', () => {
    const p = toQuarterPlan(
      toQuarterRecord(
        { ...plan([{ kpi: 'mre', weight: 1, plan: 0.05 }]), corridor: { floor: 0, cap: 1.4 } },
        'test',
      ),
    );
    const s = quarterSheet(p, { mre: { value: 0.15 } }, []);
    expect(s.lines[0]!.amount).toBeGreaterThan(0);
  });
});

describe('a period with only part of its data says so on the sheet', () => {
  let ws: Workspace;
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-coverage-'));
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
  }, 120_000);
  afterAll(async () => {
    await ws.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('works out the part of a period the data covers', () => {
    expect(dataCoverage('2026-03-01', '2026-03-31', '2026-03-12')).toMatchObject({
      dataTo: '2026-03-12',
      note: {
        ru: 'Период закрыт не полностью: данные по 12.03.2026 из периода по 31.03.2026 — факты за часть периода, план — за весь.',
        en: 'Partial period: data to 12 Mar 2026 of 31 Mar 2026 — the facts cover part of the period, the plan all of it.',
      },
    });
    expect(dataCoverage('2026-03-01', '2026-03-31', '2026-03-31')).toBeUndefined();
    expect(dataCoverage('2026-03-01', '2026-03-31', '2026-04-02')).toBeUndefined();
    expect(dataCoverage('2026-03-01', '2026-03-31', '2026-02-27')).toBeUndefined();
    expect(dataCoverage('2026-03-01', '2026-03-31', null)).toBeUndefined();
  });

  it('says so on the running quarter’s sheet in the CLI, the JSON and the XLSX, and not on a whole one', async () => {
    const last = (await orderDateRange(ws.engine, await ws.columns()))!.last;
    expect(last).toBe('2026-10-31');
    const kpis = [{ kpi: 'mre', weight: 1, plan: 0.05 }];
    storeQuarterPlan(ws, { ...plan(kpis), period: '2026-Q4' });
    storeQuarterPlan(ws, { ...plan(kpis), period: '2026-Q3' });
    const whole = await quarterSheetFor(ws, 'ivan', '2026-Q3');
    expect(whole.coverage).toBeUndefined();
    const part = await quarterSheetFor(ws, 'ivan', '2026-Q4');
    expect(part.coverage).toMatchObject({ from: '2026-10-01', to: '2026-12-31', dataTo: '2026-10-31' });
    expect(part.employeeName).toBe('Иван Петров');
    // The JSON the API and --json send carries it as it is.
    expect(JSON.parse(JSON.stringify(part)).coverage.note.en).toContain('data to 31 Oct 2026 of 31 Dec 2026');
    const ru = renderKpiSheet(part, 'ru', translator('ru'), false);
    expect(ru).toContain('данные по 31.10.2026 из периода по 31.12.2026');
    expect(renderKpiSheet(whole, 'ru', translator('ru'), false)).not.toContain('Период закрыт не полностью');
    const file = join(dir, 'q4.xlsx');
    await writeSheetXlsx(part, file, 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell('C2').value)).toContain('data to 31 Oct 2026 of 31 Dec 2026');
    // Item 6: the workbook names the employee, not the id.
    expect(String(sheet.getCell('A1').value)).toBe('Motivation sheet: Иван Петров, 2026-Q4');
  });
});
