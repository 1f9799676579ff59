import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-orders-only-'));
const db = join(dir, 'w.duckdb');
const cli = async (args: string[]): Promise<string> => {
  const r = await runCli([...args, '--db', db]);
  if (r.code !== 0) throw new Error(`fulcrum ${args.join(' ')} → ${r.code}: ${r.stderr}`);
  return r.stdout;
};
const PERIODS = ['--period', '2025-11..2026-10'];
const line = (text: string, start: RegExp): string => text.split('\n').find((l) => start.test(l)) ?? '';

describe('the CLI for a user who loaded only orders (issue 13 §2)', () => {
  beforeAll(async () => {
    expect((await runCli(['generate', '--out', dir, '--orders', '20000', '--seed', '5'])).code).toBe(0);
    await cli(['import', join(dir, 'orders.csv'), '--table', 'orders']);
  });

  it('orders only: `formula` shows revenue in the tree and says «загрузите лиды» for L and C', async () => {
    const ru = await cli(['formula', ...PERIODS, '--lang', 'ru']);
    expect(line(ru, /^Выручка \(revenue\)/)).toMatch(/\d\s₽$/);
    expect(line(ru, /^ {2}Лиды \(L\)/)).toMatch(/загрузите лиды$/);
    expect(line(ru, /^ {2}Конверсия \(C\)/)).toMatch(/загрузите лиды$/);
    expect(ru).toContain('`fulcrum import ФАЙЛ --table leads`');
    // Follow-up 3: in a sentence the stand-in goes by its label, not «Покупатели (buyers)».
    expect(ru).toContain('Без них рычаг «Покупатели» заменяет L × C');
    expect(ru).not.toContain('«Покупатели (buyers)»');
    const en = await cli(['formula', ...PERIODS, '--lang', 'en', '--model', 'profit']);
    expect(line(en, /^ {6}Leads \(L\)/)).toMatch(/import leads$/);
    expect(line(en, /^Profit \(profit\)/)).toMatch(/import ad spend and costs$/);
    expect(line(en, /^ {4}Revenue \(revenue\)/)).toMatch(/RUB\s[\d,.]+$/);
  });

  it('orders only: `levers` raises buyers, Pu, D, Q by 20 % and names the leads file', async () => {
    const ru = await cli(['levers', ...PERIODS, '--lang', 'ru']);
    // A lever keeps its symbol; the stand-in is a word, named by its label alone (follow-up 3).
    for (const label of ['Покупатели ', 'Средняя стоимость позиции (Pu)', 'Частота покупок (Q)'])
      expect(line(ru, new RegExp(`^${label.replace(/[()]/g, '\\$&')}`))).toMatch(/\+20,0\s%$/);
    expect(ru).toContain('Лиды (L), Конверсия (C): нет данных — загрузите лиды');
    expect(ru).not.toMatch(/Все рычаги вместе\s+нет данных/);
    // Follow-up 1: the step's profit effect needs no cost files (fixed costs are held), and the
    // stand-in is not benchmarked along a store it has no data for.
    expect(line(ru, /^\+20\s%\sна любой один рычаг/)).toMatch(/\d\s₽$/);
    expect(line(ru, /^Позиций в чеке \(D\) до ориентира/)).toMatch(/\d\s₽ +\d+$/);
  });

  it('orders only: `formula --compare` splits revenue among the order levers, in the user’s language', async () => {
    const ru = await cli(['formula', ...PERIODS, '--compare', '2024-11..2025-10', '--model', 'profit']);
    expect(ru).not.toContain('cannot split');
    // The split's row names the stand-in by its label (the tree keeps every node's id, as for revenue).
    expect(line(ru, /^Покупатели {2,}/)).toMatch(/₽/);
    expect(line(ru, /^Покупатели/)).not.toContain('(buyers)');
    expect(line(ru, /^Всего изменение/)).toMatch(/₽/);
    expect(ru).toContain(
      'Прибыль: изменение не разложить — нет данных, загрузите расходы на рекламу и затраты',
    );
    const en = await cli(['formula', ...PERIODS, '--compare', '2024-11..2025-10', '--lang', 'en']);
    expect(line(en, /^Buyers {2,}/)).toMatch(/RUB/);
    expect(en).not.toContain('cannot split');
  });
});
