import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Screenshots land here (gitignored) for a person to look at. */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

/** Saves a full-page screenshot named after what it shows. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Charts animate in; let them settle so the picture shows the final bars. A page without a chart
  // has nothing to wait for (forms and tables: half the pictures, half a second each).
  if ((await page.locator('canvas').count()) > 0) await page.waitForTimeout(500);
  // A sticky top bar lands mid-picture in a full-page shot taken while scrolled.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
