import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { addUser, ensureSample, openWorkspace, type Workspace } from '../../src/services/index.ts';

/** The repository root and the built workbench the server hands out. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_DIST = join(ROOT, 'web', 'dist');

/** Who the tests sign in as. */
export const OWNER = { login: 'owner', password: 'owner-secret-1', name: 'Ольга Владелец' };
export const EMPLOYEE = { login: 'anna', password: 'anna-secret-1', name: 'Анна Сотрудник' };

/** Builds web/dist once when it is missing (CI runs `npm run build:web` first, so this is a fallback). */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export interface TestServer {
  url: string;
  ws: Workspace;
  close: () => Promise<void>;
}

const quiet = { info: () => {}, error: (m: string, meta?: unknown) => console.error(m, meta) };

/**
 * The real API over a generated sample company (small, for speed) in a temporary directory, with
 * an owner and an employee, on a free port. `empty` skips the sample: a workspace with no data.
 */
export async function startTestServer(opts: { empty?: boolean } = {}): Promise<TestServer> {
  await ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-e2e-'));
  const ws = await openWorkspace(join(dir, 'fulcrum.duckdb'));
  // The browser tests set up their own KPI employees and plans: the sample's data alone.
  if (!opts.empty) await ensureSample(ws, join(dir, 'sample'), {}, 20_000, { lang: 'en', motivation: false });
  await addUser(ws, { ...OWNER, role: 'owner', lang: 'ru' });
  await addUser(ws, { ...EMPLOYEE, role: 'employee', lang: 'ru' });
  let server: RunningServer;
  try {
    server = await startServer(
      { workspace: ws, clock: () => new Date(), logger: quiet, webDir: WEB_DIST },
      { port: 0, host: '127.0.0.1' },
    );
  } catch (e) {
    await ws.close();
    throw e;
  }
  return {
    url: server.url,
    ws,
    close: async () => {
      await server.close();
      await ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
