import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser.ts';
import { fitsPhone, plain } from './page-checks.ts';
import type { TestServer } from './server.ts';
import { DESKTOP, shot } from './shots.ts';
import { signedInOwner } from './signed-in.ts';

// The Levers page: each lever raised by a step, the tornado, and what to do next.
describe.skipIf(!existsSync(CHROMIUM))('the Levers page', () => {
  const s = signedInOwner(DESKTOP);
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  it('shows the lever table and the tornado chart', async () => {
    await page.goto(server.url + '#/levers');
    const rows = page.getByTestId('levers-rows');
    await rows.waitFor();
    expect(plain(await rows.textContent())).toContain('+20 %');
    await page.locator('input[name=step]').fill('10');
    await expect.poll(async () => plain(await rows.textContent())).toContain('+10 %');
    // Issue 13 §5: which lever, which segments, which tools.
    expect(plain(await page.getByTestId('next-step').textContent())).toContain('Инструменты:');
    // Follow-up 1: the tornado shows each lever raised to the benchmark of the named slice, and the step.
    const bench = page.getByTestId('levers-tornado-benchmark');
    expect(plain(await bench.textContent())).toContain('75-й перцентиль в разрезе «Магазин»');
    await page.getByTestId('levers-tornado-step').locator('canvas').waitFor();
    await shot(page, 'desktop-levers');
  });

  it('fits a 390 px phone: the lever table scrolls inside its card', async () => {
    await page.goto(server.url + '#/levers');
    await page.getByTestId('levers-rows').waitFor();
    await fitsPhone(page, 'levers');
  });
});
