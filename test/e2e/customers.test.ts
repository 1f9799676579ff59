import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import { pageWidth, plain } from './page-checks.ts';
import type { TestServer } from './server.ts';
import { DESKTOP, PHONE, shot } from './shots.ts';
import { signedInOwner } from './signed-in.ts';

// The Customers page, one test per tab. The tabs are visited in order through their own links,
// as a user moves between them, so each test starts on the tab the one before it left open.
describe.skipIf(!existsSync(CHROMIUM))('the Customers page', () => {
  const s = signedInOwner(DESKTOP);
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  it('RFM: the heatmap, the segments, and a segment’s customer list to download in Russian', async () => {
    await page.goto(server.url + '#/customers');
    await page.getByTestId('rfm-heatmap').locator('canvas').first().waitFor();
    expect(plain(await page.getByTestId('rfm-summary').textContent())).toMatch(
      /^[\d ]+ клиентов, выручка [\d ]+ ₽/,
    );
    const rows = page.getByTestId('segment-rows').locator('tr');
    expect(await rows.count()).toBe(11);
    const lost = page.getByTestId('segment-rows').locator('tr[data-segment="Lost"]');
    expect(plain(await lost.textContent())).toContain('Потерянные');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      lost.locator('button', { hasText: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^customers-Lost-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // The reader's language: Russian headers and `;` for a Russian Excel (issue 13 §4).
    expect(lines[0]).toMatch(/^Клиент;Давность, дней;Частота, покупок;Сумма покупок;R;F;M;RFM-код;Сегмент;/);
    const lostCount = Number(plain(await lost.locator('td').first().textContent()).replace(/\s/g, ''));
    expect(lines).toHaveLength(lostCount + 1);
    await shot(page, 'desktop-customers-rfm');
  });

  it('Migration: the segment moves, new clients among them', async () => {
    await page.getByRole('link', { name: 'Миграция' }).click();
    await page.getByTestId('migration-rows').waitFor();
    expect(plain(await page.getByTestId('migration-rows').textContent())).toContain('Новые клиенты');
    await shot(page, 'desktop-customers-migration');
  });

  it('Cohorts: a triangle where month 0 is every cohort whole', async () => {
    await page.getByRole('link', { name: 'Когорты' }).click();
    const triangle = page.getByTestId('cohort-triangle');
    await triangle.waitFor();
    expect(await triangle.locator('tr').count()).toBeGreaterThan(12);
    // Month 0 is the month of the first purchase: every cohort is all there.
    expect(plain(await triangle.locator('tr').first().locator('td').nth(1).textContent())).toBe('100 %');
    // A triangle: the latest cohort has fewer months behind it than the first.
    const filled = async (i: number) => triangle.locator('tr').nth(i).locator('td:not(:empty)').count();
    const count = await triangle.locator('tr').count();
    expect(await filled(count - 2)).toBeLessThan(await filled(0));
    await shot(page, 'desktop-customers-cohorts');
  });

  it('CLV forecast: BG/NBD and Pareto/NBD, each with its parameters, the fact and the forecast', async () => {
    await page.getByRole('link', { name: 'Прогноз CLV' }).click();
    await page.getByTestId('clv-chart').locator('canvas').first().waitFor();
    expect(await page.getByTestId('clv-params').locator('tr').count()).toBe(4);
    expect(plain(await page.getByTestId('clv-total').textContent())).toMatch(
      /факт — [\d ]+, прогноз — [\d ]+/,
    );
    await shot(page, 'desktop-customers-clv');
    // The same check for the Pareto/NBD: its parameters, its title.
    // The model switch, not the glossary term of the same name above it.
    await page
      .getByRole('group', { name: 'Модель покупок' })
      .getByRole('button', { name: 'Pareto/NBD' })
      .click();
    await expect
      .poll(async () => plain(await page.getByTestId('clv-params').textContent()))
      .toMatch(/^r.*alpha.*s.*beta/);
    expect(await page.getByText('Проверка модели Pareto/NBD на отложенном периоде').count()).toBe(1);
    expect(plain(await page.getByTestId('clv-total').textContent())).toMatch(
      /факт — [\d ]+, прогноз — [\d ]+/,
    );
  });

  it('Channels: better and worse cells, each metric defined, CARC below CAC explained', async () => {
    await page.getByRole('link', { name: 'Каналы' }).click();
    const channels = page.getByTestId('channel-rows');
    await channels.waitFor();
    expect(await channels.locator('td.better').count()).toBeGreaterThan(0);
    expect(await channels.locator('td.worse').count()).toBeGreaterThan(0);
    // Issue 13 §1: each metric defined on the page, and CARC below CAC explained in words.
    expect(plain(await page.getByTestId('channel-definitions').textContent())).toContain(
      'Не бывает выше 100%',
    );
    expect(plain(await page.getByTestId('channel-notes').textContent())).toContain('CARC ниже CAC');
    await shot(page, 'desktop-customers-channels');
  });

  it('Product funnel: steps from 100 %, checks per purchase, transitions adding up, the widest dimension folded', async () => {
    await page.getByRole('link', { name: 'Продуктовая воронка' }).click();
    await page.getByTestId('funnel-sankey').locator('canvas').first().waitFor();
    const steps = page.getByTestId('funnel-steps');
    // The first purchase is everyone's: the all-purchases row starts at 100 %.
    expect(plain(await steps.locator('tr').first().locator('td').first().textContent())).toBe('100 %');
    expect(await steps.locator('tr[data-value]').count()).toBeGreaterThan(1);
    expect(plain(await page.getByTestId('funnel-checks').textContent())).toMatch(
      /^Средний чек по покупкам: [\d ]+ ₽ → [\d ]+ ₽ → [\d ]+ ₽\.$/,
    );
    // Each row of the transition table is one first purchase's customers: its shares add up to 100 %.
    const shares = await page
      .getByTestId('funnel-matrix')
      .locator('tr')
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent ?? ''));
    const sum = shares.reduce((a, v) => a + Number(plain(v).replace(/[ %]/g, '').replace(',', '.')), 0);
    expect(sum).toBeGreaterThan(99.5);
    expect(sum).toBeLessThan(100.5);
    await shot(page, 'desktop-customers-funnel');
    // The widest dimension of the sample company (17 managers; it has no product column): the chart
    // keeps 8 values per purchase and merges the rest into «Прочие»; the table keeps all 17.
    await page.locator('select[name=dim]').selectOption('manager');
    await page.getByTestId('funnel-top').waitFor();
    expect(plain(await page.getByTestId('funnel-top').textContent())).toContain('«Прочие»');
    const sankey = page.getByTestId('funnel-sankey');
    await sankey.locator('canvas').first().waitFor();
    const nodes = (await sankey.getAttribute('data-value-nodes'))!.split(',').map(Number);
    expect(nodes).toHaveLength(3);
    for (const n of nodes) expect(n).toBeLessThanOrEqual(9);
    expect(nodes[0]).toBe(9);
    await expect.poll(() => steps.locator('tr[data-value]').count()).toBe(17);
    await shot(page, 'desktop-customers-funnel-top');
  });

  it('fits a 390 px phone: RFM, cohorts, CLV and the funnel inside the screen', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(server.url + '#/customers');
    await page.getByTestId('rfm-heatmap').locator('canvas').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-customers-rfm');
    await page.goto(server.url + '#/customers/cohorts');
    await page.getByTestId('cohort-triangle').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-customers-cohorts');
    await page.goto(server.url + '#/customers/clv');
    await page.getByTestId('clv-chart').locator('canvas').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-customers-clv');
    await page.goto(server.url + '#/customers/funnel');
    await page.getByTestId('funnel-sankey').locator('canvas').first().waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-customers-funnel');
    await page.setViewportSize(DESKTOP);
  });
});
