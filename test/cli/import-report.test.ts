import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

describe('fulcrum import: the rejection report speaks the chosen language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-import-report-'));
  const file = join(dir, 'заказы.csv');
  writeFileSync(file, 'Номер заказа;Клиент;Дата;Сумма\n1;c1;01.03.2024;много\n2;c2;02.03.2024;10,00\n');
  const db = join(dir, 'w.duckdb');

  it('in Russian: the count reads right for any number, and the table has Russian headings', async () => {
    const r = await runCli(['import', file, '--table', 'orders', '--db', db, '--lang', 'ru']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('Ничего не загружено: в ');
    expect(r.stdout).toContain('найдено ошибок: 1');
    expect(r.stdout).toMatch(/строка\s+столбец\s+значение\s+причина/);
    expect(r.stdout).not.toMatch(/\brow\s+column\b/);
  });

  it('in English: the same report with English headings', async () => {
    const r = await runCli(['import', file, '--table', 'orders', '--db', db, '--lang', 'en']);
    expect(r.stdout).toMatch(/Nothing imported: problems found in .*заказы\.csv: 1/);
    expect(r.stdout).toMatch(/row\s+column\s+value\s+reason/);
  });
});
