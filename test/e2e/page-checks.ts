import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, PHONE, shot } from './shots.ts';

/** A page's text with Intl's no-break spaces (Russian numbers) made plain, so assertions use ' '. */
export const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** How wide the page really is: wider than the screen means a sideways-scrolling phone page. */
export const pageWidth = (page: Page): Promise<number> =>
  page.evaluate<number>('document.documentElement.scrollWidth');

/**
 * The page as it stands, at phone width: it must not scroll sideways once it has laid itself out
 * again (charts resize a moment after the window). Saved as `phone-NAME` for a person to look at;
 * the page is back at desktop width after.
 */
export async function fitsPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await shot(page, `phone-${name}`);
  await page.setViewportSize(DESKTOP);
}
