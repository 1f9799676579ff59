import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import { importInto } from '../../src/services/index.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { signIn } from './login.ts';
import { OWNER, startTestServer, type TestServer } from './server.ts';

/** Who signs in before a file's tests: a login and its password. */
type User = { login: string; password: string };

/** A test server, a browser and a page signed in as the owner, ready in `beforeAll`. */
export interface SignedIn {
  server: TestServer;
  page: Page;
  context: BrowserContext;
}

/**
 * Registers the hooks every browser test file needs (start the sample server, launch Chromium, sign
 * the owner in at `viewport`; close both after) and returns the object they fill, so a file reads
 * `const s = signedInOwner(DESKTOP)` and then `s.page`, `s.server.url`. `empty` starts with no
 * data and `setup` loads the file(s) a test needs before the owner signs in; `user` signs in
 * someone else, or nobody (null) when the file's first test is the sign-in itself.
 */
export function signedInOwner(
  viewport: { width: number; height: number },
  opts: { empty?: boolean; setup?: (server: TestServer) => Promise<void>; user?: User | null } = {},
): SignedIn {
  const s = {} as SignedIn;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    s.server = await startTestServer({ empty: opts.empty });
    await opts.setup?.(s.server);
    const browser = await launchBrowser();
    close = browser.close;
    s.context = browser.context;
    s.page = await browser.context.newPage();
    await s.page.setViewportSize(viewport);
    const user = opts.user === undefined ? OWNER : opts.user;
    if (user) await signIn(s.page, s.server.url, user);
  }, 300_000);
  afterAll(async () => {
    await close?.();
    await s.server?.close();
  });
  return s;
}

/** A signed-in owner on a company that loaded only its orders: a generated company's orders file. */
export function ordersOnlyOwner(
  viewport: { width: number; height: number },
  company: { orders: number; seed: number },
): SignedIn {
  return signedInOwner(viewport, {
    empty: true,
    setup: async (server) => {
      const dir = mkdtempSync(join(tmpdir(), 'fulcrum-e2e-orders-'));
      await generateCompany({ outDir: dir, ...company });
      const res = await importInto(server.ws, { file: join(dir, 'orders.csv'), table: 'orders' });
      // The rows are in the warehouse now; the generated files were left in /tmp after every run.
      rmSync(dir, { recursive: true, force: true });
      if (res.status !== 'imported') throw new Error(`orders-only company: import ${res.status}`);
    },
  });
}
