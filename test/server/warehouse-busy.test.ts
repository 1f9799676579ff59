import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/services/index.ts';
import { testApp } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the CLI and the running workbench work together (server side)', () => {
  it('a request that waited out a warehouse another process holds is 503 busy, naming that process, in the request language', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'fulcrum-busy-')), 'f.duckdb');
    // The server's workspace as `fulcrum serve` opens it, with a short wait for the test.
    const ws = await openWorkspace(db, undefined, { shared: true, waitMs: 300 });
    const t = await testApp({ workspace: ws });
    // Let the file go (the shared workspace closes it after its idle second) before the holder takes it.
    await new Promise((r) => setTimeout(r, 1300));
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const i = await DuckDBInstance.create(${JSON.stringify(db)}); await i.connect();
         console.log('held'); setInterval(() => {}, 1000);`,
      ],
      { cwd: ROOT },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
        holder.on('exit', () => reject(new Error('holder exited')));
      });
      for (const [lang, words] of [
        ['en', `another fulcrum process (pid ${holder.pid})`],
        ['ru', `другой процесс fulcrum (pid ${holder.pid})`],
      ] as const) {
        const res = await t.asToken('owner', '/api/formula?model=lcpudq', {
          headers: { 'accept-language': lang },
        });
        expect(res.status).toBe(503);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('busy');
        expect(body.error.message).toContain(words);
        expect(body.error.message).not.toMatch(/Could not set lock|Conflicting/);
      }
    } finally {
      holder.kill('SIGKILL');
      await ws.close();
    }
  }, 60_000);
});
