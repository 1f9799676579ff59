import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import { signIn, signOut } from './login.ts';
import { pageWidth, plain } from './page-checks.ts';
import { EMPLOYEE, OWNER, type TestServer } from './server.ts';
import { DESKTOP, PHONE, shot } from './shots.ts';
import { signedInOwner } from './signed-in.ts';

// The Formula page, the workbench's start page: the lever tree, the comparison of two periods,
// the phone layout with its folded menu, and who may see it.
describe.skipIf(!existsSync(CHROMIUM))('the Formula page', () => {
  // Nobody signed in: the first test is the owner's sign-in.
  const s = signedInOwner(DESKTOP, { user: null });
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  it('signs the owner in and shows the lever tree with explanations', async () => {
    await signIn(page, server.url, OWNER);
    const tree = page.getByTestId('lever-tree');
    await tree.waitFor();
    expect(plain(await page.getByTestId('revenue').textContent())).toMatch(/^[\d ]+,\d\d ₽$/);
    // Conversion is a ratio: it must read as percent.
    expect(plain(await tree.locator('[data-node=C] .node-value').textContent())).toMatch(/^\d+(,\d+)? %$/);
    await tree.locator('[data-node=C]').click();
    expect(await page.getByTestId('node-explain').textContent()).toContain('C = buyers / L');
    await page.getByTestId('compare-result').locator('canvas').waitFor();
    await shot(page, 'desktop-formula');
  });

  it('compares two periods with a waterfall whose contributions add up', async () => {
    const result = page.getByTestId('compare-result');
    await result.locator('canvas').waitFor();
    const text = plain(await result.textContent());
    expect(text).toMatch(/Было/);
    expect(text).toMatch(/Стало/);
    expect(await page.getByTestId('compare-explain').locator('li').count()).toBeGreaterThan(0);
    // Profit toggle: the tree is the profit preset by default, so profit splits too.
    await page.getByRole('button', { name: 'Прибыль', exact: true }).click();
    await result.locator('canvas').waitFor();
    await page.getByTestId('compare-result').scrollIntoViewIfNeeded();
    await shot(page, 'desktop-compare-profit');
  });

  it('a lever that can exceed 100 % says why: the Formula page by channel marks C above 100 % and links to Channels', async () => {
    await page.goto(server.url + '#/formula');
    await page.locator('select[name=by]').selectOption('channel');
    const note = page.getByTestId('above-range-note').first();
    await note.waitFor();
    const marked = page.getByTestId('above-range');
    expect(await marked.count()).toBeGreaterThan(0);
    // Every marked cell reads above 100 %, and the note names a segment and points to Customers → Channels.
    for (const text of await marked.allTextContents())
      expect(parseFloat(plain(text).replace(',', '.'))).toBeGreaterThan(100);
    expect(plain(await note.textContent())).toContain('повторные');
    expect(await note.locator('a').getAttribute('href')).toBe('#/customers/channels');
    await page.locator('select[name=by]').selectOption('');
  });

  it('a filter on a column only orders have says leads and spend carry no category where they show «—»', async () => {
    await page.goto(server.url + '#/formula');
    await page.getByTestId('filter-add').click();
    await page.locator('select[name=filter-dimension]').selectOption('category');
    await page.getByTestId('filter-pop').locator('input[type=checkbox]').first().check();
    await page.getByTestId('filter-apply').click();
    const note = page.getByTestId('coverage-unfiltered').first();
    await note.waitFor();
    expect(plain(await note.textContent())).toMatch(
      /В файлах «лиды, расходы на рекламу и затраты» нет поля «категория»/,
    );
    await page.getByTestId('filter-chip-category').locator('.chip-x').click();
    await expect.poll(() => page.getByTestId('coverage-unfiltered').count()).toBe(0);
  });

  it('fits a 390 px phone: folded menu that leads to the other pages, charts inside the screen', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(server.url + '#/formula');
    await page.getByTestId('compare-result').locator('canvas').waitFor();
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'phone-formula');
    await page.locator('.menu-btn').click();
    await page.locator('#main-nav').waitFor();
    await shot(page, 'phone-menu');
    // The menu's link opens the page (the Levers page's own phone check is in levers.test.ts).
    await page.locator('#main-nav a[href="#/levers"]').click();
    await page.getByTestId('levers-rows').waitFor();
    await page.setViewportSize(DESKTOP);
  });

  it("refuses an employee the analysis pages (someone else's sheet): no access", async () => {
    await signOut(page);
    await signIn(page, server.url + '#/formula', EMPLOYEE);
    const denied = page.getByTestId('no-access');
    await denied.waitFor();
    expect(await denied.textContent()).toContain('Нет доступа');
    const res = await page.request.get(server.url + 'api/formula');
    expect(res.status()).toBe(403);
    await shot(page, 'desktop-employee-no-access');
    await page.setViewportSize(PHONE);
    await shot(page, 'phone-employee-no-access');
    await page.setViewportSize(DESKTOP);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the Formula page on an empty workspace', () => {
  const s = signedInOwner(DESKTOP, { empty: true });

  it('says to import orders first and links to the upload', async () => {
    const { page } = s;
    const empty = page.getByTestId('empty-state');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Данные → Загрузка');
    await shot(page, 'desktop-empty');
    await empty.getByRole('link').click();
    await page.getByRole('heading', { name: 'Данные' }).waitFor();
  });
});
