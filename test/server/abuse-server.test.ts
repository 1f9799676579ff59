import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer, type AppDeps } from '../../src/server/index.ts';
import { PASSWORD, testApp } from './helpers.ts';

/** The same app as the in-process tests, listening on a real socket (as `fulcrum serve` runs it). */
async function listening(deps: Partial<AppDeps> = {}) {
  const t = await testApp();
  const server = await startServer(
    { workspace: t.workspace, clock: t.clock, logger: t.logger, ...deps },
    { port: 0, host: '127.0.0.1' },
  );
  return { t, server };
}

/**
 * Sends a sign-in declaring 100 MB and writes it 1 MB at a time until the server answers;
 * returns the status and how many megabytes had gone out by then.
 */
function hugeSignIn(port: number): Promise<{ status: number; sentMB: number }> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: '/api/auth/login',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(100 * chunk.length) },
    });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const status = res.statusCode ?? 0;
      const sentMB = sent;
      res.resume();
      res.on('end', () => resolve({ status, sentMB }));
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const write = (): void => {
      while (!answered && sent < 100) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

const signIn = (url: string, login: string, password: string, forwardedFor: string) =>
  fetch(`${url}api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ login, password }),
  }).then((r) => r.status);

describe('limits on a real server', () => {
  it('a 100 MB login body gets 413 from the running server long before it is sent', async () => {
    const { server } = await listening();
    try {
      const rss = process.memoryUsage().rss;
      const answers = await Promise.all([1, 2, 3, 4].map(() => hugeSignIn(server.port)));
      for (const a of answers) {
        expect(a.status).toBe(413);
        // The answer came while the client was still sending: the server did not wait for 100 MB.
        expect(a.sentMB).toBeLessThan(100);
      }
      // Four bodies read whole were 400 MB more; refused on their header, next to nothing.
      expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });

  it('X-Forwarded-For is ignored unless the socket is a configured proxy', async () => {
    const direct = await listening();
    try {
      for (let i = 0; i < 5; i++)
        expect(await signIn(direct.server.url, 'owner', `bad ${i}`, `10.0.0.${i}`)).toBe(401);
      // A forged header does not give the caller a fresh address.
      expect(await signIn(direct.server.url, 'owner', PASSWORD, '10.9.9.9')).toBe(429);
    } finally {
      await direct.server.close();
    }
    const proxied = await listening({ trustProxy: ['127.0.0.1'] });
    try {
      for (let i = 0; i < 5; i++)
        expect(await signIn(proxied.server.url, 'owner', `bad ${i}`, '203.0.113.7')).toBe(401);
      expect(await signIn(proxied.server.url, 'owner', PASSWORD, '203.0.113.7')).toBe(429);
      // Behind the named proxy each caller is counted apart.
      expect(await signIn(proxied.server.url, 'owner', PASSWORD, '198.51.100.2')).toBe(200);
    } finally {
      await proxied.server.close();
    }
  });
});
