import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import type { TestServer } from './server.ts';
import { signedInOwner } from './signed-in.ts';
import { ARTIFACTS } from './shots.ts';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const text = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

async function shotAt(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForTimeout(300);
  // The map folds into one column on a phone: nothing scrolls sideways.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(size.width);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// Issue 15 §1: the workbench draws the journey map with the key constraint's stage highlighted.
describe.skipIf(!existsSync(CHROMIUM))('the journey map page', () => {
  const s = signedInOwner(WIDE);
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  it('draws six stages with their levers, marks the key constraint’s stage and names it, in Russian', async () => {
    await page.goto(`${server.url}#/journey`);
    const stages = page.locator('.journey-stage');
    await expect.poll(() => stages.count()).toBe(6);
    const api = (await (await page.request.get(`${server.url}api/journey?preset=b2c`)).json()) as {
      constraint: { stageId: string; position: number; lever: string } | null;
      stages: { id: string; passage: { reached: number | null } }[];
    };
    const evaluation = text(await page.getByTestId('journey-stage-evaluation').textContent());
    expect(evaluation).toMatch(/Активная оценка и выбор/);
    expect(evaluation).toMatch(/C \d+,\d+ %/);
    const leads = api.stages[1]!.passage.reached!;
    expect(evaluation).toContain(`${leads.toLocaleString('ru-RU').replace(/\u00a0/g, ' ')} клиентов`);
    if (api.constraint) {
      await expect
        .poll(() => page.locator('.journey-stage.is-constraint').getAttribute('data-testid'))
        .toBe(`journey-stage-${api.constraint.stageId}`);
      expect(text(await page.getByTestId('journey-constraint').textContent())).toContain(
        `рычаг ${api.constraint.lever}`,
      );
    }
    await shotAt(page, 'journey-ru-desktop', WIDE);
    await shotAt(page, 'journey-ru-phone', PHONE);
    await page.setViewportSize(WIDE);
  });

  it('switches to the B2B map with who decides and who influences, in English', async () => {
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${server.url}#/journey`);
    await page.getByRole('button', { name: 'B2B sales' }).click();
    const deal = page.getByTestId('journey-stage-deal');
    await expect.poll(async () => text(await deal.textContent())).toMatch(/Contract and first delivery/);
    expect(text(await deal.textContent())).toMatch(/Decides.*CEO, CFO/);
    await shotAt(page, 'journey-en-b2b-desktop', WIDE);
    await shotAt(page, 'journey-en-b2b-phone', PHONE);
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('button', { name: 'Русский' }).click();
  });

  it('an owner makes the clinic preset the company’s map, which the page then opens with', async () => {
    await page.goto(`${server.url}#/journey`);
    await page.getByRole('button', { name: 'Клиника' }).click();
    await page.getByRole('button', { name: 'Сделать картой компании' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Карта компании' }).getAttribute('aria-pressed'))
      .toBe('true');
    const evaluation = page.getByTestId('journey-stage-evaluation');
    await expect.poll(async () => text(await evaluation.textContent())).toMatch(/Выбор клиники и запись/);
    const saved = (await (await page.request.get(`${server.url}api/journey/map`)).json()) as {
      map: { preset: string };
    };
    expect(saved.map.preset).toBe('clinic');
  });

  it('an owner edits the company’s map: a bad stage is refused by name, a renamed stage with a new touchpoint is saved', async () => {
    await page.goto(`${server.url}#/journey`);
    await page.getByRole('button', { name: 'Изменить карту' }).click();
    const editor = page.getByTestId('journey-editor');
    await editor.waitFor();
    // A blank Russian name is a problem the server names; nothing is saved.
    await page.locator('input[name="nameRu-1"]').fill('');
    await page.getByRole('button', { name: 'Сохранить карту' }).click();
    await expect.poll(async () => text(await editor.textContent())).toMatch(/stages\.1\.name\.ru/);
    await page.locator('input[name="nameRu-1"]').fill('Запись на приём');
    await page.locator('textarea[name="touchpoints-1"]').fill('Колл-центр\nЧат в мессенджере');
    await shotAt(page, 'journey-editor-ru-desktop', WIDE);
    await page.getByRole('button', { name: 'Сохранить карту' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    const stage = page.getByTestId('journey-stage-evaluation');
    await expect
      .poll(async () => text(await stage.textContent()))
      .toMatch(/Запись на приём.*Чат в мессенджере/);
    const saved = (await (await page.request.get(`${server.url}api/journey/map`)).json()) as {
      map: { stages: { touchpoints: { ru: string; en: string }[] }[] };
    };
    // A kept line keeps its English; a new one is the same text in both until translated.
    expect(saved.map.stages[1]!.touchpoints).toEqual([
      { ru: 'Колл-центр', en: 'Call centre' },
      { ru: 'Чат в мессенджере', en: 'Чат в мессенджере' },
    ]);
    await shotAt(page, 'journey-editor-ru-phone', PHONE);
  });
});
