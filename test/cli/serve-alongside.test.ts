import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import { openWorkspace } from '../../src/services/index.ts';
import { serveMarkPath, WarehouseBusyError } from '../../src/services/warehouse/lock.ts';
import { runCli } from '../helpers/run-cli.ts';

/**
 * Issue 13 §3: README's sequence — `fulcrum serve` in one terminal, CLI commands on the same
 * warehouse in another — works. A real server process is started on a temp warehouse and the
 * CLI (in this process, so another process as far as DuckDB's file lock goes) runs beside it.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

interface Served {
  child: ChildProcessWithoutNullStreams;
  url: string;
  out: () => string;
}

/** Starts `fulcrum serve --db db --port 0` and resolves once it prints its address. */
function serve(db: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'serve', '--db', db, '--port', '0', '--lang', 'en'],
    { cwd: ROOT, env: { ...process.env, FULCRUM_MEMORY_LIMIT: '512MB' } },
  );
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+?)\/? /.exec(out);
      if (m) resolve({ child, url: m[1]!, out: () => out });
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
  });
}

function stop(s: Served): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

async function signIn(url: string, login: string, password: string): Promise<string | null> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) return null;
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function apiFormula(
  url: string,
  cookie: string,
  query = '',
): Promise<{ revenue: number; levers: Record<string, number | null> }> {
  const res = await fetch(`${url}/api/formula?model=lcpudq${query}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as { revenue: number; levers: Record<string, number | null> };
}

describe('the CLI and the running workbench work together', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-alongside-'));
  const db = join(dir, 'f.duckdb');
  let server: Served;
  let password = '';

  beforeAll(async () => {
    await generateCompany({ outDir: dir, orders: 4000, seed: 13 });
    const first = await runCli(['import', join(dir, 'orders.csv'), '--table', 'orders', '--db', db]);
    expect(first.code).toBe(0);
    server = await serve(db);
  }, 120_000);

  afterAll(async () => {
    if (server) await stop(server);
  });

  it('serve --db on a warehouse with no accounts creates the first owner and prints the login and password once', async () => {
    const banner = /login:\s+(\S+)\s+password:\s+(\S+)/.exec(server.out().replace(/\n/g, ' '));
    expect(banner?.[1]).toBe('owner');
    password = banner![2]!;
    expect(await signIn(server.url, 'owner', password)).toBeTruthy();
    expect(server.out()).toContain(`fulcrum user passwd owner --db ${db}`);
    // The server names itself beside the warehouse, for a CLI that finds the file busy.
    expect(existsSync(serveMarkPath(db))).toBe(true);
  });

  it('CLI commands answer while fulcrum serve runs on the same warehouse, with the same numbers as the API', async () => {
    const cookie = (await signIn(server.url, 'owner', password))!;
    const api = await apiFormula(server.url, cookie);
    const cli = await runCli(['formula', '--db', db, '--json']);
    // The server lets go of an idle file within a second: a hand-over that short goes unsaid.
    expect([cli.code, cli.stderr]).toEqual([0, '']);
    const formula = JSON.parse(cli.stdout) as { revenue: number };
    expect(formula.revenue).toBe(api.revenue);
    expect(api.revenue).toBeGreaterThan(0);
    for (const args of [['levers'], ['rfm'], ['imports'], ['user', 'list']]) {
      const r = await runCli([...args, '--db', db, '--json']);
      expect([args, r.code, r.stderr]).toEqual([args, 0, '']);
    }
    // The server answers again after the CLI let go.
    expect((await apiFormula(server.url, cookie)).revenue).toBe(api.revenue);
  }, 120_000);

  it('a CLI import while the server runs lands, and the server answers from the new data', async () => {
    const cookie = (await signIn(server.url, 'owner', password))!;
    expect((await apiFormula(server.url, cookie)).levers['L']).toBeNull();
    const imp = await runCli(['import', join(dir, 'leads.csv'), '--table', 'leads', '--db', db]);
    expect(imp.code).toBe(0);
    expect(imp.stderr).not.toMatch(/lock|занято|busy/i);
    const cli = JSON.parse((await runCli(['formula', '--db', db, '--json'])).stdout) as {
      levers: Record<string, number>;
    };
    expect(cli.levers['L']).toBeGreaterThan(0);
    expect((await apiFormula(server.url, cookie)).levers['L']).toBe(cli.levers['L']);
  }, 120_000);

  it('fulcrum user passwd while the server runs: the new password signs in, the old one no longer does', async () => {
    const r = await runCli(['user', 'passwd', 'owner', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const fresh = (JSON.parse(r.stdout) as { password: string }).password;
    expect(fresh.length).toBeGreaterThanOrEqual(12);
    expect(await signIn(server.url, 'owner', password)).toBeNull();
    expect(await signIn(server.url, 'owner', fresh)).toBeTruthy();
    password = fresh;
  }, 60_000);

  it('a request waits for a warehouse a CLI command holds, then answers', async () => {
    const cookie = (await signIn(server.url, 'owner', password))!;
    const held = await openWorkspace(db, undefined, { waitMs: 10_000 });
    const t0 = Date.now();
    // A question not asked before, so no remembered answer: it needs the warehouse.
    const asked = apiFormula(server.url, cookie, '&period=2025-03').then((a) => ({ a, ms: Date.now() - t0 }));
    await new Promise((r) => setTimeout(r, 1500));
    await held.close();
    const { a, ms } = await asked;
    expect(a.revenue).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(1400);
  }, 60_000);

  it('the first owner is created once: a second start prints no password, and a stopped server removes its mark', async () => {
    await stop(server);
    expect(existsSync(serveMarkPath(db))).toBe(false);
    server = await serve(db);
    expect(server.out()).not.toMatch(/password/i);
    expect(await signIn(server.url, 'owner', password)).toBeTruthy();
  }, 120_000);

  it('a warehouse busy past the wait names the running server and what to do, in both languages', async () => {
    // A process that holds the file the way a long server import does.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        // It takes the file as soon as the server has let it go.
        `import { DuckDBInstance } from '@duckdb/node-api';
         for (;;) {
           try { const i = await DuckDBInstance.create(${JSON.stringify(db)}); await i.connect(); break; }
           catch { await new Promise((r) => setTimeout(r, 50)); }
         }
         console.log('held'); setInterval(() => {}, 1000);`,
      ],
      { cwd: ROOT },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
        holder.on('exit', () => reject(new Error('holder exited')));
      });
      // The mark as the server writes it, naming the holder.
      writeFileSync(
        serveMarkPath(db),
        JSON.stringify({ pid: holder.pid, started: null, url: 'http://127.0.0.1:9/' }),
      );
      const e = await openWorkspace(db, undefined, { waitMs: 400 }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(WarehouseBusyError);
      const busy = e as WarehouseBusyError;
      expect(busy.localized('en')).toContain(`fulcrum serve (pid ${holder.pid}, http://127.0.0.1:9/)`);
      expect(busy.localized('en')).toContain('stop the server');
      expect(busy.localized('ru')).toContain(`fulcrum serve (pid ${holder.pid}, http://127.0.0.1:9/)`);
      expect(busy.localized('ru')).toContain('остановите сервер');
    } finally {
      holder.kill('SIGKILL');
    }
  }, 120_000);
});
