import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalystSheet } from '../../src/core/kpi/index.ts';
import { runCli } from '../helpers/run-cli.ts';
import { plain } from '../core/kpi/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-analyst-cli-'));
const at = ['--db', join(dir, 'f.duckdb')];

/**
 * Olga's May 2025 register as an analyst keeps it: Russian headers, `;`, dates DD.MM.YYYY, remarks
 * "date text | date text". The same month test/core/kpi/analyst-sheet.test.ts computes by hand:
 * as of 3 June, timeliness 4/7, completeness 6/7, quality 4/5 → 13 061,22 + 10 285,71 + 12 000,00.
 */
const csv = [
  '№;Вид;Тип;Название;Срок;Согласовано;Запрошен;Сдан;Замечания',
  'R1;регулярный;weekly;Каналы, неделя 18;05.05.2025;;;05.05.2025;12.05.2025 нет Директа',
  'R2;регулярный;weekly;Каналы, неделя 19;12.05.2025;;;14.05.2025;',
  'R3;регулярный;monthly;Отчёт за апрель;15.05.2025;;;15.05.2025;21.05.2025: опечатка',
  'R4;регулярный;weekly;Каналы, неделя 20;19.05.2025;;;;',
  'A1;разовый;cohort-study;Когорты по городам;;23.05.2025;14.05.2025;22.05.2025;',
  'A2;разовый;promo-study;"Оценка акции ""Май""";;;20.05.2025;27.05.2025;',
  'R6;регулярный;weekly;Каналы, неделя 22;30.05.2025;;;30.05.2025;',
].join('\n');

const norms = {
  norms: [
    { type: 'weekly', name: 'Еженедельный отчёт', days: 1 },
    { type: 'cohort-study', name: 'Когортный анализ', days: 5 },
    { type: 'promo-study', name: 'Оценка акции', days: 3 },
  ],
};

const cli = (...args: string[]) => runCli(['kpi', 'analyst', ...args, ...at]);

describe('fulcrum kpi analyst', () => {
  beforeAll(async () => {
    writeFileSync(join(dir, 'register.csv'), csv);
    writeFileSync(join(dir, 'norms.json'), JSON.stringify(norms));
    const n = await cli('import', join(dir, 'norms.json'), '--lang', 'en');
    expect(n.stderr).toBe('');
    const r = await cli('import', join(dir, 'register.csv'), '--employee', 'olga', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Imported 7 entries, 0 norms and 0 plans');
    const p = await cli(
      'plan',
      '--employee',
      'olga',
      '--name',
      'Ольга',
      '--period',
      '2025-05',
      '--bonus',
      '40000',
      '--plans',
      'timeliness=0.7,completeness=1,quality=0.8',
    );
    expect(p.stderr).toBe('');
  });

  it('prints the sheet as JSON with hand-computed amounts', async () => {
    const r = await cli(
      'sheet',
      '--employee',
      'olga',
      '--period',
      '2025-05',
      '--asof',
      '2025-06-03',
      '--json',
    );
    const s = JSON.parse(r.stdout) as AnalystSheet;
    expect(s.lines.map((l) => [l.kpi, l.fact, l.amount])).toEqual([
      ['timeliness', 4 / 7, 13061.22],
      ['completeness', 6 / 7, 10285.71],
      ['quality', 0.8, 12000],
    ]);
    expect(s.total).toBe(35346.93);
    expect(s.register.find((e) => e.id === 'A2')).toMatchObject({
      title: 'Оценка акции "Май"',
      deadline: '2025-05-23',
      deadlineFrom: 'norm',
    });
  });

  it('--explain tells why each report is or is not accepted, in Russian', async () => {
    const r = await cli(
      'sheet',
      '--employee',
      'olga',
      '--period',
      '2025-05',
      '--asof',
      '2025-06-03',
      '--explain',
      '--lang',
      'ru',
    );
    const out = plain(r.stdout);
    expect(out).toContain(
      'На 2025-06-03: к сдаче 7, сдано 6, в срок 4; принято 4 из 5 оценённых, ждут замечаний 1',
    );
    expect(out).toContain('замечание 12.05.2025 («нет Директа») в окне до 12.05.2025 → не принят');
    expect(out).toContain(
      'Своевременность: 57,1% из 70% = 81,6% → в коридоре 70–140% → 0,8163 × 40% × 40 000 ₽ = 13 061,22 ₽',
    );
    expect(out).toMatch(/Итого премия \(до НДФЛ\)\s+35 346,93 ₽/);
  });

  it('--export writes the sheet with live formulas and the judged register', async () => {
    const file = join(dir, 'olga.xlsx');
    const r = await cli(
      'sheet',
      '--employee',
      'olga',
      '--period',
      '2025-05',
      '--asof',
      '2025-06-03',
      '--export',
      file,
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContainEqual(expect.objectContaining({ result: 35346.93 }));
    const reg = wb.getWorksheet('Report register')!;
    expect(reg.getRow(4).values).toEqual(expect.arrayContaining(['R1', '2025-05-05', 'remarked']));
    expect(reg.rowCount).toBe(3 + 7);
  });

  it('imports an XLSX register with date cells; a remark inside the window blocks acceptance', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow(['employee', 'id', 'kind', 'type', 'title', 'due', 'delivered', 'remarks']);
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    ws.addRow([
      'ivan',
      'W1',
      'regular',
      'weekly',
      'Weekly',
      d('2025-04-30'),
      d('2025-04-30'),
      '2025-05-12 late remark',
    ]);
    ws.addRow([
      'ivan',
      'W2',
      'regular',
      'weekly',
      'Weekly',
      d('2025-04-30'),
      d('2025-04-30'),
      '2025-05-05 early remark',
    ]);
    await wb.xlsx.writeFile(join(dir, 'ivan.xlsx'));
    expect((await cli('import', join(dir, 'ivan.xlsx'))).code).toBe(0);
    await cli('plan', '--employee', 'ivan', '--period', '2025-04', '--bonus', '10000');
    const r = await cli(
      'sheet',
      '--employee',
      'ivan',
      '--period',
      '2025-04',
      '--asof',
      '2025-06-01',
      '--json',
    );
    const s = JSON.parse(r.stdout) as AnalystSheet;
    // 12 May is the 4th business day after 30 April 2025 (1–4 and 8–11 May are off): no block.
    expect(s.register.map((e) => [e.id, e.status])).toEqual([
      ['W1', 'accepted'],
      ['W2', 'remarked'],
    ]);
  });

  it('records entries and remarks one at a time', async () => {
    const add = await cli(
      'add',
      '--employee',
      'olga',
      '--id',
      'R8',
      '--kind',
      'regular',
      '--type',
      'weekly',
      '--title',
      'Каналы, неделя 23',
      '--due',
      '2025-06-09',
      '--delivered',
      '2025-06-09',
    );
    expect(add.stderr).toBe('');
    const rem = await cli(
      'remark',
      '--employee',
      'olga',
      '--id',
      'R8',
      '--date',
      '2025-06-11',
      '--text',
      'нет ВК',
      '--json',
    );
    expect(JSON.parse(rem.stdout)).toMatchObject({
      id: 'R8',
      remarks: [{ date: '2025-06-11', text: 'нет ВК' }],
    });
    const june = await cli('plan', '--employee', 'olga', '--period', '2025-06', '--bonus', '40000');
    expect(june.code).toBe(0);
    const s = JSON.parse(
      (await cli('sheet', '--employee', 'olga', '--period', '2025-06', '--asof', '2025-07-01', '--json'))
        .stdout,
    ) as AnalystSheet;
    // 12 and 13 June 2025 are off: the window after 9 June runs 10, 11 and 16 June.
    expect(s.register.map((e) => [e.id, e.status, e.windowCloses])).toEqual([
      ['R8', 'remarked', '2025-06-16'],
    ]);
  });

  it('copies the analyst plan to another month; an existing one only with --force', async () => {
    const copy = (...more: string[]) =>
      cli('copy', '--employee', 'olga', '--from', '2025-05', '--to', '2025-07', ...more);
    const r = await copy('--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({
      employee: 'olga',
      period: '2025-07',
      bonus: 40000,
      kpis: [
        { kpi: 'timeliness', weight: 0.4, plan: 0.7 },
        { kpi: 'completeness', weight: 0.3, plan: 1 },
        { kpi: 'quality', weight: 0.3, plan: 0.8 },
      ],
    });
    const again = await copy('--lang', 'en');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      '«Ольга» (olga) already has an analyst plan for July 2025 (2025-07); copy with force (--force) to replace it',
    );
    expect((await copy('--force', '--lang', 'en')).stdout).toContain(
      'Copied the analyst plan of olga from 2025-05 to 2025-07',
    );
  });

  it('imports a JSON register with its plan in one file', async () => {
    const file = join(dir, 'pavel.json');
    writeFileSync(
      file,
      JSON.stringify({
        employee: 'pavel',
        name: 'Павел',
        entries: [
          {
            id: 'P1',
            kind: 'regular',
            type: 'weekly',
            title: 'Неделя',
            due: '2025-05-05',
            delivered: '2025-05-05',
          },
          {
            id: 'P2',
            kind: 'adhoc',
            type: 'promo-study',
            title: 'Акция',
            requested: '2025-05-20',
            delivered: '2025-05-23',
          },
        ],
        plans: [
          {
            employee: 'pavel',
            period: '2025-05',
            bonus: 20000,
            kpis: [{ kpi: 'timeliness', weight: 1, plan: 1 }],
          },
        ],
      }),
    );
    const r = await cli('import', file, '--json');
    expect(JSON.parse(r.stdout)).toEqual({ entries: 2, norms: 0, plans: 1, employees: ['pavel'] });
    const s = JSON.parse(
      (await cli('sheet', '--employee', 'pavel', '--period', '2025-05', '--asof', '2025-06-03', '--json'))
        .stdout,
    ) as AnalystSheet;
    // P2 is due by the promo-study norm (3 business days after 20 May = 23 May): both on time → 20 000.
    expect(s.register.map((e) => [e.id, e.deadline, e.onTime])).toEqual([
      ['P1', '2025-05-05', true],
      ['P2', '2025-05-23', true],
    ]);
    expect(s.total).toBe(20000);
  });

  it('refuses bad input with every problem named and nothing written', async () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      [
        'id;kind;type;title;due;delivered;remarks',
        'B1;regular;weekly;Bad date;31.02.2025;;',
        'B2;regular;weekly;Remark first;05.05.2025;06.05.2025;05.05.2025 too early',
        'B3;weekly;weekly;Bad kind;05.05.2025;;',
      ].join('\n'),
    );
    const r = await cli('import', join(dir, 'bad.csv'), '--employee', 'olga', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 2: due: "31.02.2025" is not a date');
    expect(r.stderr).toContain('row 4: kind');
    writeFileSync(
      join(dir, 'early.csv'),
      [
        'id;kind;type;title;due;delivered;remarks',
        'B2;regular;weekly;Remark first;05.05.2025;06.05.2025;05.05.2025 too early',
      ].join('\n'),
    );
    const early = await cli('import', join(dir, 'early.csv'), '--employee', 'olga', '--lang', 'en');
    expect(early.stderr).toContain(
      'register entry "B2": a remark on 2025-05-05 is before the delivery on 2025-05-06',
    );
    const reg = JSON.parse((await cli('register', '--employee', 'olga', '--json')).stdout) as Array<{
      id: string;
    }>;
    expect(reg.map((e) => e.id)).not.toContain('B2');
    const noPlan = await cli('sheet', '--employee', 'olga', '--period', '2024-01', '--lang', 'en');
    expect(noPlan.stderr).toContain('no analyst plan for olga in 2024-01');
    const weights = await cli(
      'plan',
      '--employee',
      'olga',
      '--period',
      '2025-07',
      '--bonus',
      '1',
      '--weights',
      'timeliness=0.5,quality=0.4',
      '--lang',
      'en',
    );
    expect(weights.stderr).toContain('sum to 0.9, not 1');
  });

  it('lists a year’s days off and takes the company’s own', async () => {
    const r = await cli('calendar', '--year', '2025', '--holiday', '2025-12-30=корпоратив', '--json');
    const days = JSON.parse(r.stdout) as Array<{ date: string; off: string }>;
    expect(days).toContainEqual({ date: '2025-05-08', off: 'перенос выходного с 23 февраля' });
    expect(days).toContainEqual({
      date: '2025-11-01',
      off: 'рабочая суббота (выходной перенесён на 3 ноября)',
    });
    expect(days).toContainEqual({ date: '2025-12-30', off: 'корпоратив' });
  });
});

describe('fulcrum kpi link', () => {
  it('links an account to an employee and refuses unknown ones', async () => {
    expect(
      (
        await runCli([
          'user',
          'add',
          '--login',
          'olga',
          '--role',
          'analyst',
          '--password',
          'long enough pw',
          ...at,
        ])
      ).code,
    ).toBe(0);
    const ok = await runCli(['kpi', 'link', '--login', 'olga', '--employee', 'olga', '--json', ...at]);
    expect(JSON.parse(ok.stdout)).toEqual({ login: 'olga', employee: 'olga' });
    const bad = await runCli([
      'kpi',
      'link',
      '--login',
      'olga',
      '--employee',
      'nobody',
      '--lang',
      'en',
      ...at,
    ]);
    expect(bad.stderr).toContain('no employee "nobody"');
  });
});
