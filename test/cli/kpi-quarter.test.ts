import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sheet } from '../../src/core/kpi/index.ts';
import { plain } from '../core/kpi/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';
import { CYRILLIC, ENGLISH_SOURCE_WORDS } from '../helpers/source-words.ts';
import { cohortWorkspace } from '../services/cohorts-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-quarter-cli-'));
const db = join(dir, 'f.duckdb');
const at = ['--db', db];
const file = (name: string, data: unknown): string => {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(data));
  return f;
};

/**
 * Anna runs ads; Q1 2024 on the cohort fixture (see test/services/kpi-quarter.test.ts): ROMI
 * 0,357143 of 0,4 → 37 500; MRE 2,947368 against 1,5 (lower is better): 51% of plan, under the 70%
 * floor → 0; CRM done → 30 000.
 */
const plan = {
  employee: 'anna',
  name: 'Анна',
  channels: ['ads'],
  period: '2024-Q1',
  bonus: 100000,
  kpis: [
    { kpi: 'romi', weight: 0.6, plan: 0.4 },
    { kpi: 'mre', weight: 0.4, plan: 1.5 },
  ],
  tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: 1 }],
  romi: { horizon: 3 },
};

const sheet = async (...extra: string[]): Promise<Sheet> => {
  const r = await runCli([
    'kpi',
    'quarter',
    '--employee',
    'anna',
    '--quarter',
    '2024-Q1',
    '--json',
    ...at,
    ...extra,
  ]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Sheet;
};

describe('fulcrum kpi quarter', () => {
  beforeAll(async () => {
    const ws = await cohortWorkspace({ path: db });
    await ws.close();
    const r = await runCli([
      'kpi',
      'quarter',
      'plan',
      'import',
      file('q1.json', plan),
      ...at,
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Imported 1 quarterly plans');
  });

  it('computes the stored plan’s sheet from the data; --json names lines, parts and total as the monthly sheet', async () => {
    const s = await sheet();
    expect(Object.keys(s)).toEqual([
      'kind',
      'employee',
      'period',
      'bonus',
      'lines',
      'parts',
      'total',
      'missing',
      'employeeName',
      'coverage',
    ]);
    expect(s.lines.map((l) => [l.kpi, l.amount])).toEqual([
      ['romi', 37500],
      ['mre', 0],
      ['task:crm', 30000],
    ]);
    expect(s.lines[0]).toMatchObject({
      weight: 0.6,
      plan: 0.4,
      completion: expect.any(Number),
      paidCompletion: expect.any(Number),
    });
    expect(s.parts.map((p) => p.id)).toEqual(['kpi', 'calendar']);
    expect(s.total).toBe(67500);
  });

  it('--explain says each line as a sentence and where each fact comes from', async () => {
    const r = await runCli([
      'kpi',
      'quarter',
      '--employee',
      'anna',
      '--quarter',
      '2024-Q1',
      '--explain',
      '--lang',
      'ru',
      ...at,
    ]);
    const out = plain(r.stdout);
    expect(out).toContain('Откуда факты:');
    expect(out).toContain(
      'ROMI: из данных — юнит-экономика каналов за 1 квартал 2024 на 10.03.2024, каналы: ads: ' +
        'LTV по марже за 3 мес. 133,33 ₽ ÷ CARC 373,33 ₽ (расходы 1 120,00 ₽ + прочие 0,00 ₽ на 3 покупателей)',
    );
    expect(out).toContain('Задача «Внедрение CRM»: введён вручную — выполнение задачи');
    expect(out).toContain('Задача «Внедрение CRM»: 100% из 100% = 100%');
    expect(out).toContain('67 500,00 ₽');
    const sources = out.slice(out.indexOf('Откуда факты:'));
    expect(sources).not.toMatch(ENGLISH_SOURCE_WORDS);

    const en = await runCli([
      'kpi',
      'quarter',
      '--employee',
      'anna',
      '--quarter',
      '2024-Q1',
      '--explain',
      '--lang',
      'en',
      ...at,
    ]);
    const enSources = plain(en.stdout).slice(en.stdout.indexOf('Where the facts come from:'));
    expect(enSources).toContain(
      'ROMI: from the data — channel unit economics Q1 2024 as of 10 Mar 2024, channels: ads: ' +
        'LTV by margin at 3 months RUB 133.33 ÷ CARC RUB 373.33 (spend RUB 1,120.00 + other costs RUB 0.00 over 3 buyers)',
    );
    // The task's own name is the company's; every word Fulcrum wrote is English.
    expect(enSources.replaceAll('Внедрение CRM', '')).not.toMatch(CYRILLIC);
  });

  it('sets a manual fact with its source, a KPI plan, a task and the bonus', async () => {
    const set = (...args: string[]) =>
      runCli([
        'kpi',
        'quarter',
        'plan',
        'set',
        '--employee',
        'anna',
        '--quarter',
        '2024-Q1',
        ...args,
        ...at,
        '--lang',
        'en',
      ]);
    expect((await set('--fact', 'romi=0,5', '--source', 'CFO report')).stdout).toContain('Saved');
    let s = await sheet();
    expect(s.lines[0]).toMatchObject({ fact: 0.5, amount: 52500, source: { kind: 'manual' } });
    expect(s.lines[0]!.source!.detail).toMatch(/^CFO report \(\d{4}-\d{2}-\d{2}\)$/);
    // What the person typed stays as typed, in either language; the day reads in the locale.
    expect(s.lines[0]!.source!.text.ru).toMatch(/^CFO report \(\d{2}\.\d{2}\.\d{4}\)$/);
    await set('--fact', 'romi=');
    await set('--task', 'crm=0,4', '--bonus', '200000', '--kpi-plan', 'mre=3');
    s = await sheet();
    // ROMI 0,892857 × 60% × 70% × 200 000 = 75 000; MRE 3 ÷ 2,947368 = 1,017857 × 40% × 70% × 200 000
    // = 57 000; the task under its 50% floor pays nothing.
    expect(s.lines.map((l) => l.amount)).toEqual([75000, 57000, 0]);
    const bad = await set('--fact', 'cac=1');
    expect(bad.stderr).toContain('no KPI "cac" in the quarterly plan: romi, mre');
    expect((await set()).stderr).toContain('give --fact, --task, --kpi-plan or --bonus');
    await runCli(['kpi', 'quarter', 'plan', 'import', file('q1.json', plan), ...at]);
  });

  it('exports the plan to XLSX and JSON and imports it back; --export writes the sheet workbook', async () => {
    const xlsx = join(dir, 'q1.xlsx');
    const exported = await runCli([
      'kpi',
      'quarter',
      'plan',
      'export',
      '--employee',
      'anna',
      '--quarter',
      '2024-Q1',
      xlsx,
      ...at,
    ]);
    expect(exported.stderr).toBe('');
    const back = await runCli(['kpi', 'quarter', 'plan', 'import', xlsx, '--json', ...at]);
    expect(JSON.parse(back.stdout)).toEqual([
      expect.objectContaining({ employee: 'anna', period: '2024-Q1', bonus: 100000, channels: ['ads'] }),
    ]);
    const out = join(dir, 'sheet.xlsx');
    const r = await runCli([
      'kpi',
      'quarter',
      '--employee',
      'anna',
      '--quarter',
      '2024-Q1',
      '--export',
      out,
      '--lang',
      'ru',
      ...at,
    ]);
    expect(r.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContainEqual(expect.objectContaining({ result: 67500 }));
    // Column 11, «Источник»: where each fact came from, in Russian.
    const sources = [5, 6, 7].map((r) => plain(String(wb.worksheets[0]!.getRow(r).getCell(11).value)));
    expect(sources[0]).toMatch(
      /^юнит-экономика каналов за 1 квартал 2024 на 10\.03\.2024, каналы: ads: LTV по марже/,
    );
    expect(sources[1]).toContain('расходы 1 120,00 ₽ ÷ выручка 380,00 ₽');
    expect(sources[2]).toBe('выполнение задачи');
    for (const s of sources) expect(s).not.toMatch(ENGLISH_SOURCE_WORDS);
  });

  it('rejects a calendar task that is a monthly task of the quarter, naming the task and the months', async () => {
    const monthly = (period: string) => ({
      employee: 'anna',
      period,
      bonus: 30000,
      leads: { weight: 0.7, plan: 5 },
      newClientShare: { weight: 0.3, plan: 0.4 },
      tasks: [{ id: 'crm', name: 'Внедрение CRM', weight: 1, completion: null }],
    });
    // The stored Q1 plan pays «Внедрение CRM»: monthly plans repeating it are refused, in both languages.
    const monthlyFile = file('m.json', [monthly('2024-02'), monthly('2024-03')]);
    const en = await runCli(['kpi', 'plan', 'import', monthlyFile, '--lang', 'en', ...at]);
    expect(en.code).not.toBe(0);
    expect(en.stderr).toContain(
      'calendar task "Внедрение CRM" is also a monthly task in 2024-02 ("Внедрение CRM"): it cannot be paid twice',
    );
    const ruMonthly = await runCli(['kpi', 'plan', 'import', monthlyFile, '--lang', 'ru', ...at]);
    expect(ruMonthly.stderr).toContain(
      'календарная задача «Внедрение CRM» уже есть в месячных задачах за 2024-02',
    );
    // Monthly plans agreed first: then the quarterly plan repeating their task is refused.
    await runCli(['kpi', 'quarter', 'plan', 'delete', '--employee', 'anna', '--quarter', '2024-Q1', ...at]);
    await runCli(['kpi', 'plan', 'import', monthlyFile, ...at]);
    const ru = await runCli([
      'kpi',
      'quarter',
      'plan',
      'import',
      file('q1.json', plan),
      '--lang',
      'ru',
      ...at,
    ]);
    expect(ru.code).not.toBe(0);
    expect(ru.stderr).toContain(
      'календарная задача «Внедрение CRM» уже есть в месячных задачах за 2024-02 («Внедрение CRM») и 2024-03 («Внедрение CRM»)',
    );
    const fixed = {
      ...monthly('2024-02'),
      tasks: [{ id: 'mail', name: 'Рассылка', weight: 1, completion: null }],
    };
    await runCli(['kpi', 'plan', 'import', file('m.json', [fixed, { ...fixed, period: '2024-03' }]), ...at]);
    await runCli(['kpi', 'quarter', 'plan', 'import', file('q1.json', plan), ...at]);
    expect((await sheet()).total).toBe(67500);
  });

  it('keeps --plan FILE as an import path: the plan is stored, then its sheet computed', async () => {
    const r = await runCli([
      'kpi',
      'quarter',
      '--plan',
      file('q3.json', {
        ...plan,
        period: '2024-Q3',
        kpis: [{ kpi: 'romi', weight: 1, plan: 2, fact: 3 }],
        split: { kpis: 1, tasks: 0 },
        tasks: [],
      }),
      '--json',
      ...at,
    ]);
    expect((JSON.parse(r.stdout) as Sheet).total).toBe(140000); // ROMI 3 of 2 = 150%, capped at 140%
    const list = await runCli(['kpi', 'quarter', 'plan', 'list', '--json', ...at]);
    expect(JSON.parse(list.stdout)).toEqual([
      { employee: 'anna', period: '2024-Q3' },
      { employee: 'anna', period: '2024-Q1' },
    ]);
    await runCli(['kpi', 'quarter', 'plan', 'delete', '--employee', 'anna', '--quarter', '2024-Q3', ...at]);
    const gone = await runCli([
      'kpi',
      'quarter',
      '--employee',
      'anna',
      '--quarter',
      '2024-Q3',
      '--lang',
      'en',
      ...at,
    ]);
    expect(gone.stderr).toContain('no quarterly plan for anna in 2024-Q3');
    const neither = await runCli(['kpi', 'quarter', '--lang', 'en', ...at]);
    expect(neither.stderr).toContain('give --employee ID --quarter YYYY-Qn');
  });
});
