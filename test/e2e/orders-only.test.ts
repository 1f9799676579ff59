import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import { plain } from './page-checks.ts';
import type { TestServer } from './server.ts';
import { ordersOnlyOwner } from './signed-in.ts';
import { DESKTOP, PHONE, shot } from './shots.ts';

describe.skipIf(!existsSync(CHROMIUM))(
  'the Formula page for a user who loaded only orders (issue 13)',
  () => {
    const s = ordersOnlyOwner(DESKTOP, { orders: 20_000, seed: 11 });
    let server: TestServer;
    let page: Page;
    beforeAll(() => {
      ({ server, page } = s);
    });

    it('orders only: the tree shows revenue and buyers × Pu × D × Q, and L and C say «загрузите лиды»', async () => {
      const tree = page.getByTestId('lever-tree');
      await tree.waitFor();
      expect(plain(await page.getByTestId('revenue').textContent())).toMatch(/^[\d ]+,\d\d ₽$/);
      expect(plain(await tree.locator('[data-node=revenue] .node-value').textContent())).toMatch(
        /^[\d ]+,\d\d ₽$/,
      );
      expect(plain(await tree.locator('[data-node=buyers] .node-value').textContent())).toMatch(/^[\d ]+$/);
      expect(await tree.locator('[data-node=L] .node-value').textContent()).toBe('загрузите лиды');
      expect(await tree.locator('[data-node=C] .node-value').textContent()).toBe('загрузите лиды');
      expect(await page.getByTestId('coverage-notice').first().textContent()).toContain(
        'Лиды (L), Конверсия (C): нет данных — загрузите лиды.',
      );
      // No internal ids in the Russian UI: a lever keeps its symbol, profit is named by its label.
      const notice = plain(await page.getByTestId('coverage-notice').first().textContent());
      expect(notice).toContain('Прибыль: нет данных');
      expect(notice).not.toContain('(profit)');
    });

    it('orders only: the comparison splits the change among buyers, Pu, D, Q in Russian, no "cannot split"', async () => {
      const result = page.getByTestId('compare-result');
      await result.locator('canvas').waitFor();
      const text = plain(await result.textContent());
      expect(text).not.toMatch(/cannot|нельзя разложить/i);
      expect(text).toMatch(/Покупатели\s*[+-][\d ]+,\d\d ₽/);
      expect(text).toMatch(/Средняя стоимость позиции\s*Pu\s*[+-][\d ]+,\d\d ₽/);
      await shot(page, 'orders-only-formula-ru');
    });

    it('orders only: the trend shows revenue month by month with the two compared periods shaded', async () => {
      const trend = page.getByTestId('trend');
      await trend.locator('canvas').waitFor();
      expect(await trend.locator('[role=img]').getAttribute('aria-label')).toBe(
        'Показатель «Выручка» по месяцам',
      );
    });

    it('orders only: in English the levers say "import leads" and the page does not scroll sideways on a phone', async () => {
      await page.evaluate("localStorage.setItem('fulcrum.lang', 'en')");
      await page.setViewportSize(PHONE);
      await page.reload();
      const tree = page.getByTestId('lever-tree');
      await tree.waitFor();
      expect(await tree.locator('[data-node=L] .node-value').textContent()).toBe('import leads');
      await page.getByTestId('compare-result').locator('canvas').waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        PHONE.width,
      );
      await shot(page, 'orders-only-formula-en-phone');
      await page.goto(`${server.url}#/levers`);
      await page.getByTestId('levers-rows').waitFor();
      const rows = plain(await page.getByTestId('levers-rows').textContent());
      expect(rows).toContain('Buyers');
      expect(rows).toMatch(/\+20(\.0)?%/);
      expect(await page.getByTestId('coverage-notice').textContent()).toContain('import leads');
    });

    it('wide tables scroll inside their card and keep the row names in view while they scroll', async () => {
      // The Levers table on a phone is wider than its card (the shared .table-scroll of every page).
      const box = page.locator('.table-scroll').first();
      const m = await box.evaluate((e) => {
        const card = e.closest('.panel')!.getBoundingClientRect();
        const name = () => e.querySelector('tbody tr th')!.getBoundingClientRect().left;
        const before = name();
        e.scrollLeft = 120;
        return {
          wider: e.scrollWidth > e.clientWidth,
          inside: e.getBoundingClientRect().right <= card.right + 0.5,
          scrolled: e.scrollLeft,
          moved: Math.abs(name() - before),
        };
      });
      expect(m.wider).toBe(true);
      expect(m.inside).toBe(true);
      expect(m.scrolled).toBeGreaterThan(0);
      expect(m.moved).toBeLessThan(1);
      await shot(page, 'orders-only-levers-en-phone');
    });
  },
);
