import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, listUsers } from '../../src/services/index.ts';
import { CHROMIUM } from './browser.ts';
import { plain } from './page-checks.ts';
import { EMPLOYEE, type TestServer } from './server.ts';
import { DESKTOP, shot } from './shots.ts';
import { signedInOwner } from './signed-in.ts';

// The Settings page: users, API tokens, the company's own formula trees and the language.
describe.skipIf(!existsSync(CHROMIUM))('the Settings page', () => {
  const s = signedInOwner(DESKTOP);
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  it('lets the owner add a user and manage API tokens in settings', async () => {
    await page.goto(server.url + '#/settings');
    const form = page.getByTestId('add-user');
    await form.waitFor();
    await form.locator('input[name=login]').fill('marina');
    await form.locator('input[name=name]').fill('Марина Сотрудник');
    await form.locator('select[name=role]').selectOption('employee');
    await form.getByRole('button', { name: 'Добавить пользователя' }).click();
    expect(plain(await page.getByTestId('user-added').textContent())).toContain('marina');
    await page.getByTestId('users').locator('tr', { hasText: 'marina' }).waitFor();
    const marina = page.locator('tr[data-login=marina]');
    await marina.locator('select').selectOption('manager');
    await expect.poll(() => marina.locator('select').inputValue()).toBe('manager');
    // The reset asks first (it ends marina's sessions), then shows the password once, whole.
    page.once('dialog', (d) => void d.accept());
    await marina.getByRole('button', { name: 'Новый пароль' }).click();
    expect(plain(await page.getByTestId('password-reset').textContent())).toMatch(
      /Новый пароль для marina: \S{16}/,
    );
    // The password shown is the one set: marina signs in with it.
    const fresh = plain(await page.getByTestId('password-reset').locator('code').textContent());
    // Outside the browser, so the owner's page keeps its own session.
    const signIn = await fetch(server.url + 'api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'marina', password: fresh }),
    });
    expect(signIn.status).toBe(200);
    page.once('dialog', (d) => void d.accept());
    await marina.getByRole('button', { name: 'Удалить' }).click();
    await expect.poll(() => marina.count()).toBe(0);

    await page.locator('input[name=token-name]').fill('CRM');
    await page.getByRole('button', { name: 'Создать токен' }).click();
    const token = plain(await page.getByTestId('new-token').locator('code').textContent());
    const me = await page.request.get(server.url + 'api/auth/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status()).toBe(200);
    const row = page.getByTestId('tokens').locator('tr', { hasText: 'CRM' });
    await shot(page, 'desktop-settings');
    await row.getByRole('button', { name: 'Отозвать' }).click();
    await expect.poll(() => row.count()).toBe(0);
    const after = await page.request.get(server.url + 'api/auth/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status()).toBe(401);
  });

  it("an owner revokes another user's token in settings and it stops working at once", async () => {
    const anna = listUsers(server.ws).find((u) => u.login === EMPLOYEE.login)!;
    const token = createApiToken(server.ws, anna, 'Скрипт Анны').token;
    const me = () =>
      page.request.get(server.url + 'api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect((await me()).status()).toBe(200);
    await page.goto(server.url + '#/settings');
    await page.locator('select[name=token-owner]').selectOption({ label: EMPLOYEE.login });
    const row = page.getByTestId('tokens').locator('tr', { hasText: 'Скрипт Анны' });
    await row.waitFor();
    // Tokens are created by their holder: no form for someone else's.
    expect(await page.locator('input[name=token-name]').count()).toBe(0);
    await row.getByRole('button', { name: 'Отозвать' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await me()).status()).toBe(401);
  });

  it('loads a company formula tree in settings and analyses with it like a preset', async () => {
    await page.goto(server.url + '#/settings');
    const yaml = readFileSync(new URL('../../docs/examples/lcpq-with-discount.yaml', import.meta.url));
    await page
      .locator('input[name=model-file]')
      .setInputFiles({ name: 'дерево.yaml', mimeType: 'application/yaml', buffer: yaml });
    await page.getByTestId('model-saved').waitFor();
    await page.getByTestId('models').locator('tr', { hasText: 'lcpq-discount' }).waitFor();
    await page.goto(server.url + '#/formula');
    await page.locator('select[name=model]').selectOption('lcpq-discount');
    // The tree's own levers (L × C × P × Q over its own measures) with values from the data.
    await page.locator('[data-node=P]').waitFor();
    expect(await page.locator('select[name=model]').inputValue()).toBe('lcpq-discount');
    expect(plain(await page.getByTestId('revenue').textContent())).toMatch(/\d/);
    await shot(page, 'desktop-formula-user-tree');
    await page.locator('select[name=model]').selectOption('profit');
    await page.goto(server.url + '#/settings');
    const row = page.getByTestId('models').locator('tr', { hasText: 'lcpq-discount' });
    await row.getByRole('button', { name: 'Удалить' }).click();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('switches the language to English and remembers it', async () => {
    await page.goto(server.url + '#/settings');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByTestId('users').textContent()).toContain('anna');
    await page.goto(server.url + '#/formula');
    await page.reload();
    await page.getByRole('heading', { name: 'Profit formula' }).waitFor();
    await page.getByTestId('lever-tree').waitFor();
    expect(await page.getByTestId('revenue').textContent()).toMatch(/^₽[\d,]+\.\d\d$/);
    await page.getByTestId('compare-result').locator('canvas').waitFor();
    await shot(page, 'desktop-formula-en');
    await page.goto(server.url + '#/settings');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Настройки' }).waitFor();
  });
});
