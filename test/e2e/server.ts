import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
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
  // Loaded only here: every browser test file would otherwise load Vite for a build it skips.
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export interface TestServer {
  url: string;
  ws: Workspace;
  close: () => Promise<void>;
}

const quiet = { info: () => {}, error: (m: string, meta?: unknown) => console.error(m, meta) };

/** The warehouse file's name; the app store is the .sqlite file beside it. */
const DB = 'fulcrum.duckdb';

/**
 * The sample workspace, generated and imported once per vitest run into the run's folder and then
 * only copied: each browser test file starts its own server on its own copy, and the sample's
 * generation and import (about a second) would otherwise be paid again by every file. Built
 * beside the final folder and renamed into place, so a second worker never sees half a workspace.
 */
async function sampleWorkspaceFiles(): Promise<string> {
  const ready = join(inject('runDir'), 'sample-workspace');
  if (existsSync(ready)) return ready;
  const building = mkdtempSync(`${ready}-`);
  const ws = await openWorkspace(join(building, DB));
  try {
    // The browser tests set up their own KPI employees and plans: the sample's data alone.
    await ensureSample(ws, join(building, 'sample'), {}, 20_000, { lang: 'en', motivation: false });
  } finally {
    await ws.close();
  }
  // The generated files are imported; the copies need only the workspace.
  rmSync(join(building, 'sample'), { recursive: true, force: true });
  try {
    renameSync(building, ready);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another file's worker finished first
  }
  return ready;
}

/**
 * The real API over a generated sample company (small, for speed) in a temporary directory, with
 * an owner and an employee, on a free port. `empty` skips the sample: a workspace with no data.
 */
export async function startTestServer(opts: { empty?: boolean } = {}): Promise<TestServer> {
  await ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-e2e-'));
  if (!opts.empty) cpSync(await sampleWorkspaceFiles(), dir, { recursive: true });
  const ws = await openWorkspace(join(dir, DB));
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
