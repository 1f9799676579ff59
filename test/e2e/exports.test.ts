import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import { signedInOwner } from './signed-in.ts';
import type { TestServer } from './server.ts';
import { DESKTOP, PHONE, shot } from './shots.ts';

/** Each analysis page, where its export button is, and the file name a Russian reader gets. */
const PAGES = [
  { analysis: 'formula', hash: '#/formula', ru: 'Формула', en: 'formula' },
  { analysis: 'compare', hash: '#/formula', ru: 'Сравнение', en: 'compare' },
  { analysis: 'levers', hash: '#/levers', ru: 'Рычаги', en: 'levers' },
  { analysis: 'constraint', hash: '#/constraint', ru: 'Ключевое ограничение', en: 'constraint' },
  { analysis: 'cohorts', hash: '#/customers/cohorts', ru: 'Когорты', en: 'cohorts' },
  { analysis: 'channels', hash: '#/customers/channels', ru: 'Каналы', en: 'channels' },
  { analysis: 'funnel', hash: '#/customers/funnel', ru: 'Воронка', en: 'funnel' },
  { analysis: 'migration', hash: '#/customers/migration', ru: 'Миграция сегментов', en: 'migration' },
  { analysis: 'clv', hash: '#/customers/clv', ru: 'Проверка CLV', en: 'clv-check' },
] as const;

describe.skipIf(!existsSync(CHROMIUM))('exports from the workbench pages (issue 13, §4)', () => {
  const s = signedInOwner(DESKTOP);
  let server: TestServer;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-downloads-'));
  beforeAll(() => {
    ({ server, page } = s);
  });

  /** Clicks a format on the page's export bar; returns the saved file's name and its path. */
  async function download(analysis: string, format: 'XLSX' | 'CSV'): Promise<{ name: string; path: string }> {
    const bar = page.getByTestId(`export-${analysis}`);
    await bar.waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      bar.getByRole('button', { name: new RegExp(format) }).click(),
    ]);
    const path = join(dir, `${analysis}-${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return { name: file.suggestedFilename(), path };
  }

  it('every analysis page downloads an XLSX named in Russian, with Russian headers', async () => {
    for (const p of PAGES) {
      await page.goto(server.url + p.hash);
      const { name, path } = await download(p.analysis, 'XLSX');
      expect(name, p.analysis).toMatch(new RegExp(`^${p.ru}.*\\.xlsx$`));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      const headers = (book.worksheets[0]!.getRow(1).values as unknown[]).join(' ');
      expect(headers, p.analysis).toMatch(/[а-яё]/i);
      if (p.analysis === 'levers' || p.analysis === 'cohorts') {
        await shot(page, `export-${p.analysis}-ru-desktop`);
      }
    }
  }, 300_000);

  it('a CSV download in Russian is `;`-separated with a BOM; in English it keeps `,` and the ids', async () => {
    await page.goto(server.url + '#/levers');
    const ru = await download('levers', 'CSV');
    expect(ru.name).toMatch(/^Рычаги .*\.csv$/);
    const ruText = readFileSync(ru.path, 'utf8');
    expect(ruText.charCodeAt(0)).toBe(0xfeff);
    expect(ruText.split('\r\n')[0]).toContain('Код;Показатель;Шаг;Выручка');

    await page.evaluate("localStorage.setItem('fulcrum.lang', 'en')");
    await page.reload();
    const en = await download('levers', 'CSV');
    expect(en.name).toMatch(/^levers .*\.csv$/);
    expect(readFileSync(en.path, 'utf8').split('\r\n')[0]).toBe(
      '\uFEFFlever,label,step,revenue,revenue_change,profit,profit_change',
    );
    await shot(page, 'export-levers-en-desktop');
    await page.setViewportSize(PHONE);
    await page.goto(server.url + '#/customers/channels');
    await page.getByTestId('export-channels').waitFor();
    await shot(page, 'export-channels-en-phone');
    await page.evaluate("localStorage.setItem('fulcrum.lang', 'ru')");
    await page.reload();
    await page.getByTestId('export-channels').waitFor();
    await shot(page, 'export-channels-ru-phone');
    await page.setViewportSize(DESKTOP);
  }, 180_000);
});
