import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { signIn } from './login.ts';
import { OWNER, startTestServer, type TestServer } from './server.ts';

/** A test server, a browser and a page signed in as the owner, ready in `beforeAll`. */
export interface SignedIn {
  server: TestServer;
  page: Page;
  context: BrowserContext;
}

/**
 * Registers the hooks every browser test file needs (start the sample server, launch Chromium, sign
 * the owner in at `viewport`; close both after) and returns the object they fill, so a file reads
 * `const s = signedInOwner(DESKTOP)` and then `s.page`, `s.server.url`.
 */
export function signedInOwner(viewport: { width: number; height: number }): SignedIn {
  const s = {} as SignedIn;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    s.server = await startTestServer();
    const browser = await launchBrowser();
    close = browser.close;
    s.context = browser.context;
    s.page = await browser.context.newPage();
    await s.page.setViewportSize(viewport);
    await signIn(s.page, s.server.url, OWNER);
  }, 300_000);
  afterAll(async () => {
    await close?.();
    await s.server?.close();
  });
  return s;
}
