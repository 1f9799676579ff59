import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { expectGolden } from '../helpers/golden.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-'));
const db = join(dir, 'w.duckdb');
const json = async (args: string[]): Promise<Record<string, unknown>> => {
  const r = await runCli([...args, '--db', db, '--json']);
  if (r.code !== 0) throw new Error(`fulcrum ${args.join(' ')} → ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};
const kop = (v: unknown): number => Math.round(Number(v) * 100);

describe('the CLI contract on a generated company', () => {
  beforeAll(async () => {
    const gen = await runCli(['generate', '--out', dir, '--orders', '20000', '--seed', '5', '--json']);
    expect(gen.code).toBe(0);
    for (const table of ['orders', 'leads', 'spend', 'costs']) {
      const res = await json(['import', join(dir, `${table}.csv`), '--table', table]);
      expect(res['status']).toBe('imported');
    }
  });

  it('formula --json carries revenue and levers keyed by id (golden)', async () => {
    const res = await json(['formula', '--period', '2025-11..2026-10']);
    expect(Object.keys(res['levers'] as object)).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'P']);
    expect(typeof res['revenue']).toBe('number');
    expectGolden('cli-formula-20k', res);
  });

  it('formula --by channel gives one segment per channel', async () => {
    const res = await json(['formula', '--period', '2025-11..2026-10', '--by', 'channel']);
    const segments = res['segments'] as Array<{
      key: string;
      revenue: number;
      levers: Record<string, number>;
    }>;
    expect(segments.length).toBeGreaterThan(3);
    expect(new Set(segments.map((s) => s.key)).size).toBe(segments.length);
    for (const s of segments) expect(s.levers['L']).toBeGreaterThan(0);
  });

  it('a lever that can exceed 100 % says why: formula --by channel marks C above 100 % and points to channels', async () => {
    const res = await json(['formula', '--period', '2025-11..2026-10', '--by', 'channel']);
    const segments = res['segments'] as Array<{
      key: string;
      levers: Record<string, number>;
      aboveRange?: string[];
    }>;
    // Worked out here: a share lever above 1 is out of range; only those segments carry the mark.
    const over = segments.filter((s) => s.levers['C']! > 1).map((s) => s.key);
    expect(over.length).toBeGreaterThan(0);
    expect(segments.filter((s) => s.aboveRange?.includes('C')).map((s) => s.key)).toEqual(over);
    for (const lang of ['ru', 'en']) {
      const r = await runCli([
        'formula',
        '--period',
        '2025-11..2026-10',
        '--by',
        'channel',
        '--db',
        db,
        '--lang',
        lang,
      ]);
      const rows = r.stdout.split('\n');
      for (const key of over) expect(rows.find((l) => l.startsWith(`${key} `))).toMatch(/%\*/);
      const starred = rows.filter((l) => /%\*/.test(l)).map((l) => l.split(' ')[0]);
      expect(starred.sort()).toEqual([...over].sort());
      const note = rows.find((l) => l.startsWith('* '))!;
      expect(note).toContain(over.join(', '));
      expect(note).toContain('`fulcrum channels`');
      expect(note).toContain(lang === 'ru' ? 'повторные' : 'repeat buyers');
      // The heading names the slice, not its column id.
      expect(r.stdout).toContain(lang === 'ru' ? 'По измерению «Канал»' : 'By “Channel”');
    }
  });

  it('formula --by month shows months as 2025-11 in the table; the JSON keeps the first day as its key', async () => {
    const r = await runCli([
      'formula',
      '--period',
      '2025-11..2026-10',
      '--by',
      'month',
      '--db',
      db,
      '--lang',
      'en',
    ]);
    expect(r.stdout).toMatch(/^2025-11 {2,}RUB/m);
    expect(r.stdout).not.toContain('2025-11-01');
    const res = await json(['formula', '--period', '2025-11..2026-10', '--by', 'month']);
    expect((res['segments'] as { key: string }[])[0]!.key).toBe('2025-11-01');
  });

  it('a filter on a column only orders have says leads and spend carry no category, in both languages', async () => {
    const args = [
      'formula',
      '--period',
      '2025-11..2026-10',
      '--filter',
      'category=home',
      '--model',
      'profit',
      '--db',
      db,
    ];
    const ru = (await runCli([...args, '--lang', 'ru'])).stdout;
    expect(ru).toMatch(/^ +Лиды \(L\) +нет данных$/m);
    expect(ru).toContain('В файлах «лиды, расходы на рекламу и затраты» нет поля «Категория»');
    const en = (await runCli([...args, '--lang', 'en'])).stdout;
    expect(en).toContain('The leads, ad spend, and costs files carry no “Category”');
    // Without the filter there is nothing to explain.
    const plain = (await runCli(['formula', '--period', '2025-11..2026-10', '--db', db, '--lang', 'en']))
      .stdout;
    expect(plain).not.toContain('carry no');
  });

  it('formula --compare: contributions keyed by lever sum exactly to the change', async () => {
    const res = await json(['formula', '--period', '2025-11..2026-10', '--compare', '2024-11..2025-10']);
    expect(res['method']).toBe('lmdi');
    const c = res['contributions'] as Record<string, number>;
    expect(Object.values(c).reduce((s, v) => s + kop(v), 0)).toBe(kop(res['change']));
    expect(kop(res['change'])).toBe(kop(Number(res['after']) - Number(res['before'])));
  });

  it('levers --json: rows per lever and an all row', async () => {
    const res = await json(['levers', '--period', '2025-11..2026-10']);
    const rows = res['rows'] as Array<Record<string, number | string>>;
    expect(rows.map((r) => r['lever'])).toEqual(['L', 'C', 'Pu', 'D', 'Q', 'M', 'all']);
    for (const r of rows)
      expect(Object.keys(r).sort()).toEqual(
        ['lever', 'profit', 'profitChangePct', 'revenue', 'revenueChangePct', 'step'].sort(),
      );
  });

  it('constraint --by store names the key constraint', async () => {
    const res = await json(['constraint', '--by', 'store']);
    expect(['Pu', 'D', 'Q']).toContain(res['key']);
  });

  it('report --json holds the comparison, the lever table and the constraint', async () => {
    const res = await json(['report']);
    expect(Object.keys(res)).toEqual(['db', 'model', 'comparison', 'levers', 'constraint']);
  });

  it('report prints in Russian with ru-RU numbers', async () => {
    const r = await runCli(['report', '--db', db, '--lang', 'ru']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Из чего сложилось изменение выручки');
    // ru-RU groups digits with a no-break space: 15 206,86 ₽.
    expect(r.stdout).toMatch(/\d{1,3}(\u00a0\d{3})+,\d{2}\u00a0₽/);
  });

  it('a bad file is rejected with its rows listed, exit 1, and nothing is lost', async () => {
    const before = await json(['formula', '--period', '2025-11..2026-10']);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Номер заказа;Клиент;Дата;Сумма\n1;C1;32.01.2024;10,5\n2;C2;01.02.2024;abc\n');
    const r = await runCli(['import', bad, '--table', 'orders', '--db', db, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Nothing imported: problems found in .*bad\.csv: 2\n/);
    expect(r.stdout).toMatch(/2\s+Дата\s+32\.01\.2024/);
    const after = await json(['formula', '--period', '2025-11..2026-10']);
    expect(after['revenue']).toBe(before['revenue']);
    const log = (await runCli(['imports', '--db', db, '--json'])).stdout;
    expect(JSON.parse(log)[0]).toMatchObject({ status: 'rejected', errorCount: 2 });
  });

  it('an empty warehouse says what to do', async () => {
    const r = await runCli(['formula', '--db', join(dir, 'empty.duckdb'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fulcrum import FILE --table orders');
  });

  it('says what went wrong in the language asked for, without a stack', async () => {
    const ru = await runCli(['formula', '--db', db, '--period', '2024-13', '--lang', 'ru']);
    expect(ru.code).toBe(1);
    expect(ru.stderr).toBe('Ошибка: --period: неверный период «2024-13»: месяц 13 не в пределах 01–12\n');
    const en = await runCli(['formula', '--db', db, '--model', 'nope', '--lang', 'en']);
    expect(en.stderr).toMatch(/^Error: unknown model "nope": use lcpq/);
    const missing = await runCli([
      'import',
      join(dir, 'nope.csv'),
      '--table',
      'orders',
      '--db',
      db,
      '--lang',
      'ru',
    ]);
    expect(missing.stderr).toMatch(/nope\.csv: файл не найден/);
  });
});
