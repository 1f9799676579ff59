import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/server/index.ts';
import { addUser, warehouseVersion, warmFirstViews, type Workspace } from '../src/services/index.ts';
import { memoizeReads } from '../src/services/warehouse/read-memo.ts';
import { CHROMIUM, launchBrowser } from '../test/e2e/browser.ts';

const WEB_DIST = join(fileURLToPath(new URL('..', import.meta.url)), 'web', 'dist');

/**
 * The workbench's first meaningful view: a signed-in user opens the workbench and waits until
 * the formula page shows the revenue of the default period, in headless Chromium against the real
 * server over a fresh read memo. With `prepared`, the server first prepares its first views as
 * `fulcrum serve` does after starting and after each import; without, the first visit computes
 * them. `next` is a second visit in a new tab. Null when Chromium or the built workbench is missing.
 */
export async function firstMeaningfulView(
  base: Workspace,
  prepared: boolean,
): Promise<{ first: number; next: number } | null> {
  if (!existsSync(CHROMIUM) || !existsSync(join(WEB_DIST, 'index.html'))) return null;
  // A fresh memo: the bench's earlier steps must not have answered this visit's questions.
  const ws: Workspace = { ...base, reader: memoizeReads(base.engine, () => warehouseVersion(base)) };
  if (prepared) await warmFirstViews(ws);
  const user = { login: `bench-web-${Date.now()}`, password: 'bench-web-secret' };
  await addUser(ws, { ...user, name: 'bench', role: 'analyst', lang: 'ru' });
  const silent = { info: () => undefined, error: () => undefined };
  const server = await startServer(
    { workspace: ws, clock: () => new Date(), logger: silent, webDir: WEB_DIST },
    { port: 0, host: '127.0.0.1' },
  );
  const browser = await launchBrowser();
  try {
    const login = await browser.context.request.post(server.url + 'api/auth/login', { data: user });
    if (!login.ok()) throw new Error(`bench sign-in failed: ${login.status()}`);
    const visit = async (): Promise<number> => {
      const page = await browser.context.newPage();
      const t0 = performance.now();
      await page.goto(server.url + '#/formula');
      // Meaningful: the revenue figure itself, not a loading placeholder.
      await page.getByTestId('revenue').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
      const seconds = (performance.now() - t0) / 1000;
      await page.close();
      return seconds;
    };
    const first = await visit();
    const next = await visit();
    return { first, next };
  } finally {
    await browser.close();
    await server.close();
  }
}
