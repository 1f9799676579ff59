import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import { pickFilter, removeFilter } from './filters.ts';
import { plain } from './page-checks.ts';
import type { TestServer } from './server.ts';
import { DESKTOP, shot } from './shots.ts';
import { signedInOwner } from './signed-in.ts';

/** An orders export as a Russian shop writes it: Russian headers, «;», decimal comma, dd.mm.yyyy. */
function russianCsv(day: string, amounts: string[]): Buffer {
  const lines = ['Номер заказа;Клиент;Дата;Сумма;Количество;Себестоимость;Магазин'];
  amounts.forEach((a, i) => lines.push(`Т-${i + 1};К-${(i % 2) + 1};${day};${a};${i + 1};100,25;Тестовый`));
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

// The Data page: a file is checked before anything is written, its columns mapped, then imported.
describe.skipIf(!existsSync(CHROMIUM))('the Data page', () => {
  const s = signedInOwner(DESKTOP);
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  it('checks a Russian CSV with a decimal comma before writing, then imports it', async () => {
    const meta = (await (await page.request.get(server.url + 'api/meta')).json()) as {
      range: { last: string };
    };
    const last = meta.range.last.slice(0, 10);
    const [y, m] = last.split('-');
    const csv = russianCsv(`15.${m}.${y}`, ['1 234,50', '5000,00', '8972,36']);

    await page.goto(server.url + '#/data');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'заказы.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.getByTestId('preview').waitFor();
    expect(await page.locator('select[data-header="Сумма"]').inputValue()).toBe('revenue');
    expect(await page.locator('select[data-header="Клиент"]').inputValue()).toBe('customer_id');
    expect(await page.locator('select[data-header="Магазин"]').inputValue()).toBe('store');
    expect(plain(await page.getByTestId('validation').textContent())).toContain('Ошибок нет');
    await shot(page, 'desktop-data-preview');

    await page.getByRole('button', { name: 'Загрузить в базу' }).click();
    expect(plain(await page.getByTestId('import-done').textContent())).toContain('Загружено строк: 3');
    await page.getByTestId('import-log').locator('tr', { hasText: 'заказы.csv' }).first().waitFor();

    // The imported store alone: its revenue is the file's sum, decimal commas read right.
    await page.goto(server.url + '#/formula');
    // The store is picked from the filter's list of the data's values, not typed.
    await pickFilter(page, 'store', ['Тестовый']);
    await page.locator('[data-node=revenue]').waitFor();
    await expect.poll(async () => plain(await page.getByTestId('revenue').textContent())).toBe('15 206,86 ₽');
    await removeFilter(page, 'store');
  });

  it('lets the user map columns it did not recognise, then imports with that mapping', async () => {
    await page.goto(server.url + '#/data');
    const csv = Buffer.from(
      'Кто;Когда;Оплачено;Точка\nП-1;01.02.2026;100,50;Склад\nП-2;02.02.2026;99,50;Склад\n',
    );
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'странный.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    const missing = page.getByTestId('missing-fields');
    await missing.waitFor();
    expect(plain(await missing.textContent())).toContain('Клиент (customer_id)');
    expect(await page.getByRole('button', { name: 'Загрузить в базу' }).isDisabled()).toBe(true);
    await page.locator('select[data-header="Кто"]').selectOption('customer_id');
    await page.locator('select[data-header="Когда"]').selectOption('ts');
    await page.locator('select[data-header="Оплачено"]').selectOption('revenue');
    await shot(page, 'desktop-data-mapping');
    await page.getByRole('button', { name: 'Проверить с этим сопоставлением' }).click();
    await expect
      .poll(async () => plain(await page.getByTestId('validation').textContent()))
      .toContain('Ошибок нет: 2 строк');
    await page.getByRole('button', { name: 'Загрузить в базу' }).click();
    expect(plain(await page.getByTestId('import-done').textContent())).toContain('Загружено строк: 2');
  });

  it('reports bad cells by row, column, value and reason and writes nothing', async () => {
    await page.goto(server.url + '#/data');
    const bad = russianCsv('15.03.2026', ['1 234,50', 'много', '10,00']);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'плохой.csv', mimeType: 'text/csv', buffer: bad });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    const errors = page.getByTestId('errors');
    await errors.waitFor();
    const row = plain(await errors.locator('tr').first().textContent());
    expect(row).toContain('3');
    expect(row).toContain('Сумма');
    expect(row).toContain('много');
    // The reason comes from the server in the workbench's language.
    expect(row).toContain('не число');
    expect(await page.getByRole('button', { name: 'Загрузить в базу' }).isDisabled()).toBe(true);
    await shot(page, 'desktop-data-errors');
  });
});
