import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sheet } from '../../src/core/kpi/index.ts';
import { openWorkspace } from '../../src/services/index.ts';
import { runCli } from '../helpers/run-cli.ts';
import { fillKpiWarehouse } from '../services/kpi-fixture.ts';
import { plain } from '../core/kpi/fixtures.ts';
import { ENGLISH_SOURCE_WORDS } from '../helpers/source-words.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-kpi-cli-'));
const db = join(dir, 'f.duckdb');
const at = ['--db', db];
const planFile = join(dir, 'plan.json');

/**
 * Anna, scope «Сайт», March 2024, bonus 30 000 ₽; warehouse facts 4 leads, new share 1/3,
 * accepted 75% (test/services/kpi-fixture.ts). By hand: leads 4/5 = 0,8 → 11 760; new clients
 * (1/3)/0,4 → 5 250; quality 75%/75% = 1 → part 1 = 17 010; tasks 3 600 + 0 + 1 800 = 5 400;
 * discretionary 2 000; total 24 410,00 ₽.
 */
const plan = {
  employee: 'anna',
  name: 'Анна',
  channels: ['Сайт'],
  period: '2024-03',
  bonus: 30000,
  discretionary: 2000,
  leads: { weight: 0.7, plan: 5 },
  newClientShare: { weight: 0.3, plan: 0.4 },
  tasks: [
    { id: 'mailing', name: 'Запуск рассылки', weight: 0.5, completion: 0.8 },
    { id: 'landing', name: 'Новый лендинг', weight: 0.3, completion: 0.4 },
    { id: 'report', name: 'Отчёт по каналам', weight: 0.2, completion: 1 },
  ],
};

describe('fulcrum kpi', () => {
  beforeAll(async () => {
    const ws = await openWorkspace(db);
    await fillKpiWarehouse(ws);
    await ws.close();
    writeFileSync(planFile, JSON.stringify(plan));
    const imported = await runCli(['kpi', 'plan', 'import', planFile, ...at, '--lang', 'en']);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('Imported 1 plans');
  });

  it('computes the sheet from the warehouse for the employee’s scope', async () => {
    const r = await runCli(['kpi', 'sheet', '--employee', 'anna', '--period', '2024-03', '--json', ...at]);
    const sheet = JSON.parse(r.stdout) as Sheet;
    expect(sheet.lines.map((l) => [l.kpi, l.amount])).toEqual([
      ['leads', 11760],
      ['new_client_share', 5250],
      ['task:mailing', 3600],
      ['task:landing', 0],
      ['task:report', 1800],
      ['discretionary', 2000],
    ]);
    expect(sheet.total).toBe(24410);
    expect(sheet.lines[0]!.source?.detail).toBe('leads 2024-03, channels: Сайт');
    expect(sheet.lines[0]!.source?.text).toEqual({
      ru: 'лиды за март 2024, каналы: Сайт',
      en: 'leads March 2024, channels: Сайт',
    });
    for (const l of sheet.lines.filter((x) => x.source?.kind === 'warehouse'))
      expect(l.source!.text.ru).not.toMatch(ENGLISH_SOURCE_WORDS);
  });

  it('--explain prints the sentences; a manual fact with its source wins over the warehouse', async () => {
    const set = await runCli([
      'kpi',
      'plan',
      'set',
      '--employee',
      'anna',
      '--period',
      '2024-03',
      '--fact',
      'accepted_share=0,6',
      '--source',
      'CRM',
      ...at,
    ]);
    expect(set.code).toBe(0);
    const r = await runCli([
      'kpi',
      'sheet',
      '--employee',
      'anna',
      '--period',
      '2024-03',
      '--explain',
      '--lang',
      'ru',
      ...at,
    ]);
    const out = plain(r.stdout);
    expect(out).toContain(
      'Лиды: 4 из 5 = 80% → в коридоре 70–140% → 0,8 × 70% × 70% × 30 000 ₽ = 11 760,00 ₽',
    );
    // 17 010 × 0,8 = 13 608; + 5 400 + 2 000 = 21 008
    expect(out).toContain('17 010,00 ₽ × 0,8 = 13 608,00 ₽');
    expect(out).toMatch(/Итого премия \(до НДФЛ\)\s+21 008,00 ₽/);
    // Where each fact came from, in Russian: the data's words are translated, what was typed is not.
    const sources = out.slice(out.indexOf('Откуда факты:'));
    expect(sources).toContain('Лиды: из данных — лиды за март 2024, каналы: Сайт');
    expect(sources).toContain(
      'Доля новых клиентов: из данных — заказы за март 2024, каналы: Сайт: первый заказ',
    );
    expect(sources).toContain('Задача «Запуск рассылки»: введён вручную — выполнение задачи');
    expect(sources).not.toMatch(ENGLISH_SOURCE_WORDS);
  });

  it('--export writes the workbook whose cached total is the printed one', async () => {
    const file = join(dir, 'sheet.xlsx');
    const r = await runCli([
      'kpi',
      'sheet',
      '--employee',
      'anna',
      '--period',
      '2024-03',
      '--export',
      file,
      '--json',
      '--lang',
      'ru',
      ...at,
    ]);
    const total = (JSON.parse(r.stdout) as Sheet).total;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContainEqual(expect.objectContaining({ result: total }));
    // Column 11, «Источник», in the workbook's language.
    expect(ws.getCell('K4').value).toBe('Источник');
    expect(ws.getCell('K5').value).toBe('лиды за март 2024, каналы: Сайт');
    for (const r of [5, 6, 7])
      expect(String(ws.getRow(r).getCell(11).value)).not.toMatch(ENGLISH_SOURCE_WORDS);
  });

  it('exports and re-imports a plan as XLSX; sets task completion', async () => {
    const xlsx = join(dir, 'plan.xlsx');
    expect(
      (await runCli(['kpi', 'plan', 'export', '--employee', 'anna', '--period', '2024-03', xlsx, ...at]))
        .code,
    ).toBe(0);
    expect(
      (
        await runCli([
          'kpi',
          'plan',
          'set',
          '--employee',
          'anna',
          '--period',
          '2024-03',
          '--task',
          'landing=0.6',
          ...at,
        ])
      ).code,
    ).toBe(0);
    const json = join(dir, 'back.json');
    await runCli(['kpi', 'plan', 'export', '--employee', 'anna', '--period', '2024-03', json, ...at]);
    expect((await import(json, { with: { type: 'json' } })).default.tasks[1].completion).toBe(0.6);
    const back = await runCli(['kpi', 'plan', 'import', xlsx, ...at, '--json']);
    expect(back.stderr).toBe('');
    const [p] = JSON.parse(back.stdout) as Array<typeof plan & { split: unknown }>;
    expect(p).toMatchObject({ ...plan, split: { leads: 0.7, tasks: 0.3 } });
  });

  it('copies the plan to the next month with tasks not done yet; replaces one only with --force', async () => {
    const copy = (...more: string[]) =>
      runCli([
        'kpi',
        'plan',
        'copy',
        '--employee',
        'anna',
        '--from',
        '2024-03',
        '--to',
        '2024-04',
        ...more,
        ...at,
      ]);
    const r = await copy('--json');
    expect(r.stderr).toBe('');
    const april = JSON.parse(r.stdout) as typeof plan;
    expect(april).toMatchObject({
      ...plan,
      period: '2024-04',
      tasks: plan.tasks.map((t) => ({ ...t, completion: null })),
    });
    const again = await copy('--lang', 'en');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      '«Анна» (anna) already has a plan for April 2024 (2024-04); copy with force (--force) to replace it',
    );
    const ru = await copy('--lang', 'ru');
    expect(ru.stderr).toContain('у сотрудника «Анна» (anna) уже есть план на апрель 2024 г. (2024-04)');
    const forced = await copy('--force', '--lang', 'ru');
    expect([forced.code, forced.stdout.trim()]).toEqual([
      0,
      'План anna скопирован с 2024-03 на 2024-04; выполнение задач начинается с пустого',
    ]);
    // The April sheet has no task facts yet ("no data", not 0): completion is April's, still to be entered.
    const sheet = JSON.parse(
      (await runCli(['kpi', 'sheet', '--employee', 'anna', '--period', '2024-04', '--json', ...at])).stdout,
    ) as Sheet;
    expect(
      sheet.lines.filter((l) => l.kpi.startsWith('task:')).map((l) => [l.kpi, l.fact, l.amount]),
    ).toEqual([
      ['task:mailing', null, null],
      ['task:landing', null, null],
      ['task:report', null, null],
    ]);
    // The notice names the tasks as the sheet does, not by their ids.
    const text = await runCli([
      'kpi',
      'sheet',
      '--employee',
      'anna',
      '--period',
      '2024-04',
      '--lang',
      'ru',
      ...at,
    ]);
    const notice = text.stdout.split('\n').find((l) => l.startsWith('Нет данных:'))!;
    expect(notice).toBeDefined();
    expect(notice).not.toMatch(/task:/);
    // The command it suggests is complete: this employee, this month.
    expect(notice).toContain('`fulcrum kpi plan set --employee anna --period 2024-04 --fact KPI=ЗНАЧЕНИЕ`');
    for (const l of sheet.lines.filter((x) => x.kpi.startsWith('task:')))
      expect(notice).toContain(`${l.name.ru} (${l.kpi.slice('task:'.length)})`);
  });

  it('refuses a plan whose task weights do not sum to 1, naming the sum', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...plan, tasks: plan.tasks.map((t) => ({ ...t, weight: 0.5 })) }));
    const r = await runCli(['kpi', 'plan', 'import', bad, ...at, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('weights of the tasks sum to 1.5, not 1');
  });

  it('rejects a calendar task that is also a monthly task of the quarter', async () => {
    const q = join(dir, 'q1.json');
    const quarter = {
      employee: 'anna',
      period: '2024-Q1',
      bonus: 60000,
      kpis: [
        { kpi: 'romi', weight: 0.6, plan: 2, fact: 2.2 },
        { kpi: 'mre', weight: 0.4, plan: 0.1, fact: 0.125 },
      ],
      tasks: [{ id: 'mailing', name: 'Запуск рассылки', weight: 1, completion: 1 }],
    };
    writeFileSync(q, JSON.stringify(quarter));
    const r = await runCli(['kpi', 'quarter', '--plan', q, '--lang', 'en', ...at]);
    expect(r.stderr).toContain('is also a monthly task in 2024-03');
    writeFileSync(
      q,
      JSON.stringify({
        ...quarter,
        tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: 0.9 }],
      }),
    );
    const ok = await runCli(['kpi', 'quarter', '--plan', q, '--json', ...at]);
    // 27 720 + 13 440 + 16 200 (see test/core/kpi/general-quarter.test.ts)
    expect((JSON.parse(ok.stdout) as Sheet).total).toBe(57360);
  });

  it('lists the catalogue and designs a KPI system from positions', async () => {
    const cat = await runCli(['kpi', 'catalogue', '--lang', 'en']);
    expect(cat.stdout).toMatch(/mre\s+Marketing expense to revenue \(MRE\)\s+ratio\s+lower/);
    const positions = join(dir, 'positions.yaml');
    writeFileSync(
      positions,
      'positions:\n  - id: marketer\n    kpis: [L, C]\n  - id: seller\n    kpis: { C: 0.6, P: 0.4 }\n',
    );
    const d = await runCli(['kpi', 'design', '--positions', positions, '--json']);
    const design = JSON.parse(d.stdout) as { byPosition: Array<{ kpis: Array<{ share: number }> }> };
    expect(design.byPosition.map((p) => p.kpis.map((k) => k.share))).toEqual([
      [0.5, 0.5],
      [0.6, 0.4],
    ]);
  });

  it('writes the design as a workbook: KPI table, matrix, shares whose total is a live SUM', async () => {
    const positions = join(dir, 'positions-x.yaml');
    writeFileSync(
      positions,
      'positions:\n  - id: marketer\n    name: Маркетолог\n    kpis: [L, C]\n  - id: seller\n    name: Продавец\n    kpis: { C: 0.6, P: 0.4 }\n',
    );
    const file = join(dir, 'design.xlsx');
    const r = await runCli(['kpi', 'design', '--positions', positions, '--export', file, '--lang', 'ru']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Показатели',
      'Матрица KPI × должность',
      'По должностям',
    ]);
    const matrix = wb.getWorksheet('Матрица KPI × должность')!;
    expect(matrix.getRow(1).values).toEqual([undefined, 'Показатель', 'Маркетолог', 'Продавец']);
    const rowOf = (kpi: string) =>
      (matrix.getSheetValues() as unknown[][]).find((v) => Array.isArray(v) && v[1] === kpi);
    expect(rowOf('Конверсия')?.slice(2)).toEqual(['●', '●']);
    expect(rowOf('Лиды')?.slice(2)).toEqual(['●', '']);
    const lists = wb.getWorksheet('По должностям')!;
    const totals = (lists.getSheetValues() as unknown[][]).filter(
      (v) => Array.isArray(v) && String(v[1]).endsWith('Итого'),
    );
    expect(totals.map((v) => (v[3] as { formula: string; result: number }).result)).toEqual([1, 1]);
    expect((totals[1]?.[3] as { formula: string }).formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    const bad = await runCli(['kpi', 'design', '--positions', positions, '--export', join(dir, 'd.csv')]);
    expect(bad.code).toBe(1);
  });
});
