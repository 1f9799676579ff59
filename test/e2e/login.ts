import type { Page } from 'playwright-core';

/** Signs in through the login form and waits for the workbench's top bar. */
export async function signIn(
  page: Page,
  url: string,
  user: { login: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.locator('input[name=login]').fill(user.login);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('button[type=submit]').click();
  await page.locator('header.topbar').waitFor();
}

/** Signs out through the top bar (opening the phone menu first if it is folded). */
export async function signOut(page: Page): Promise<void> {
  const menu = page.locator('.menu-btn');
  if (await menu.isVisible()) await menu.click();
  await page.locator('header.topbar button.link').click();
  await page.locator('input[name=login]').waitFor();
}
