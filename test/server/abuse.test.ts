import argon2 from 'argon2';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PASSWORD, testApp } from './helpers.ts';

const MB = 1024 * 1024;

/** A body of `total` bytes made on demand, counting how many bytes the server pulled from it. */
function countedBody(total: number, chunk = 64 * 1024) {
  const counter = { pulled: 0 };
  const piece = new Uint8Array(chunk).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(ctrl) {
        if (counter.pulled >= total) return ctrl.close();
        counter.pulled += piece.length;
        ctrl.enqueue(piece);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

const post = (body: RequestInit['body'], headers: Record<string, string> = {}) =>
  ({
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    duplex: 'half',
  }) as RequestInit;

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

afterEach(() => void vi.restoreAllMocks());

describe('request body limits', () => {
  it('a 100 MB login body gets 413 without the server reading it whole', async () => {
    const t = await testApp();
    // Declared: refused on the header, not a byte read.
    const declared = countedBody(100 * MB);
    const res = await t.app.request(
      '/api/auth/login',
      post(declared.stream, { 'content-length': String(100 * MB), 'accept-language': 'en' }),
    );
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'payload_too_large', message: /16 KB/ });
    expect(declared.counter.pulled).toBeLessThanOrEqual(64 * 1024);
    // Chunked, no length: cut off as soon as it passes 16 KB.
    const chunked = countedBody(100 * MB, 4 * 1024);
    const cut = await t.app.request('/api/auth/login', post(chunked.stream, { 'accept-language': 'ru' }));
    expect(cut.status).toBe(413);
    expect((await errorOf(cut)).message).toMatch(/больше допустимых 16 КБ/);
    expect(chunked.counter.pulled).toBeLessThanOrEqual(16 * 1024 + 2 * 4 * 1024);
  });

  it('every JSON route gets a 1 MB limit while uploads keep their own', async () => {
    const t = await testApp();
    const big = JSON.stringify({ model: 'lcpudq', pad: 'x'.repeat(2 * MB) });
    const whatif = await t.asToken('analyst', '/api/whatif', post(big));
    expect(whatif.status).toBe(413);
    expect((await errorOf(whatif)).message).toMatch(/1 МБ/);
    // An anonymous caller is refused before its body is read at all.
    const anon = countedBody(2 * MB);
    expect((await t.app.request('/api/whatif', post(anon.stream))).status).toBe(401);
    expect(anon.counter.pulled).toBe(0);
    // A 2 MB CSV upload is read (and judged on its content), not refused for its size.
    const csv = 'order_id,date,customer_id,revenue\n' + 'o1,2024-01-05,c1,100\n'.repeat(110_000);
    const upload = await t.asToken('analyst', '/api/imports/preview?table=orders&filename=o.csv', {
      method: 'POST',
      body: csv,
    });
    expect(csv.length).toBeGreaterThan(2 * MB);
    expect(upload.status).toBe(200);
  });
});

describe('sign-in limits', () => {
  it('40 different logins from one address get 429 after 20 failures, with Retry-After', async () => {
    const t = await testApp();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 40; i++) {
      const { res } = await t.login(`user${i}`, 'Summer2026!');
      statuses.push(res.status);
      retryAfter ??= res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(20).fill(429));
    expect(retryAfter).toBe('900');
    // The right password is refused too while the address is blocked: the block is not a hint.
    expect((await t.login('owner')).res.status).toBe(429);
    t.clock.advance(15 * 60_000 + 1);
    expect((await t.login('owner')).res.status).toBe(200);
  });

  it('concurrent password hashing is bounded: never more than 2 at once, the excess waits or gets 429', async () => {
    const t = await testApp();
    const verify = argon2.verify.bind(argon2);
    let running = 0;
    let most = 0;
    vi.spyOn(argon2, 'verify').mockImplementation(async (...args: Parameters<typeof argon2.verify>) => {
      most = Math.max(most, ++running);
      try {
        return await verify(...args);
      } finally {
        running--;
      }
    });
    const logins = ['owner', 'analyst', 'manager', 'employee'];
    const storm = await Promise.all(
      Array.from({ length: 16 }, (_, i) => t.login(logins[i % 4]!, `wrong ${i}`).then((r) => r.res)),
    );
    expect(most).toBeLessThanOrEqual(2);
    const refused = storm.filter((r) => r.status === 429);
    expect(storm.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.headers.get('retry-after') === '1')).toBe(true);
    expect(storm.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    // A try refused as busy does not count against the address: the right password still works.
    expect((await t.login('owner', PASSWORD)).res.status).toBe(200);
  });

  it('the workbench page answers during a login storm, before most of the storm is done', async () => {
    const webDir = await mkdtemp(join(tmpdir(), 'fulcrum-web-'));
    try {
      await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Fulcrum</title>');
      const t = await testApp({ deps: { webDir } });
      let answered = 0;
      const logins = ['owner', 'analyst', 'manager', 'employee'];
      const storm = Array.from({ length: 10 }, (_, i) =>
        t.login(logins[i % 4]!, `wrong ${i}`).then((r) => {
          answered++;
          return r.res.status;
        }),
      );
      // Every try has reached its password check (each takes far longer than this).
      await new Promise((r) => setTimeout(r, 150));
      const page = await t.app.request('/index.html');
      // The file is read while the body streams, so the page has answered once its text is in.
      const text = await page.text();
      const answeredBeforePage = answered;
      expect(page.status).toBe(200);
      expect(text).toContain('Fulcrum');
      await Promise.all(storm);
      // Sign-ins hold at most two of the thread pool's four threads, so the page's file reads
      // are not queued behind ten password hashes.
      expect(answeredBeforePage).toBeLessThanOrEqual(2);
    } finally {
      await rm(webDir, { recursive: true, force: true });
    }
  });

  it('X-Forwarded-For is believed only from a configured proxy', async () => {
    const { clientIp, addressKey } = await import('../../src/server/auth/client-ip.ts');
    const ctx = (socket: string, xff?: string) =>
      ({
        env: { incoming: { socket: { remoteAddress: socket } } },
        req: { header: (n: string) => (n === 'x-forwarded-for' ? xff : undefined) },
      }) as unknown as Parameters<typeof clientIp>[0];
    expect(clientIp(ctx('203.0.113.9', '1.2.3.4'))).toBe('203.0.113.9');
    expect(clientIp(ctx('203.0.113.9', '1.2.3.4'), ['127.0.0.1'])).toBe('203.0.113.9');
    expect(clientIp(ctx('::ffff:127.0.0.1', '6.6.6.6, 1.2.3.4'), ['127.0.0.1'])).toBe('1.2.3.4');
    expect(clientIp(ctx('127.0.0.1', '1.2.3.4, 10.0.0.2'), ['127.0.0.1', '10.0.0.2'])).toBe('1.2.3.4');
    // One subscriber's /64 counts as one address.
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb::7'));
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
    expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
  });
});

describe('password resets and token revocation', () => {
  const patch = (body: unknown, headers: Record<string, string>) => ({
    method: 'PATCH',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  const makeToken = async (
    t: Awaited<ReturnType<typeof testApp>>,
    role: 'analyst' | 'owner',
    name: string,
  ) => {
    const res = await t.asToken(role, '/api/tokens', post(JSON.stringify({ name })));
    return ((await res.json()) as { token: string }).token;
  };
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  it('API tokens are revoked on password reset, with every session of the user', async () => {
    const t = await testApp();
    const script = await makeToken(t, 'analyst', 'crm sync');
    const session = await t.login('analyst');
    const me = (init: RequestInit) => t.app.request('/api/auth/me', init);
    expect((await me(bearer(script))).status).toBe(200);
    const reset = await t.asToken(
      'owner',
      `/api/users/${t.users.analyst.id}`,
      patch({ password: 'a brand new secret' }, {}),
    );
    expect(reset.status).toBe(200);
    expect((await me(bearer(script))).status).toBe(401);
    expect((await me(bearer(t.tokens.analyst))).status).toBe(401);
    expect((await me({ headers: { cookie: session.cookie } })).status).toBe(401);
    // The owner who reset it keeps their own access; the analyst's list is empty.
    expect((await t.asToken('owner', '/api/auth/me')).status).toBe(200);
    const left = await t.asToken('owner', `/api/users/${t.users.analyst.id}/tokens`);
    expect(await left.json()).toEqual([]);
  });

  it('a user resetting their own password keeps the session they did it from and loses the rest', async () => {
    const t = await testApp();
    const here = await t.login('owner');
    const elsewhere = await t.login('owner');
    const script = await makeToken(t, 'owner', 'backup');
    const res = await t.app.request(
      `/api/users/${t.users.owner.id}`,
      patch({ password: 'my own new secret' }, { cookie: here.cookie, 'x-csrf-token': here.csrf }),
    );
    expect(res.status).toBe(200);
    const me = (init: RequestInit) => t.app.request('/api/auth/me', init);
    expect((await me({ headers: { cookie: here.cookie } })).status).toBe(200);
    expect((await me({ headers: { cookie: elsewhere.cookie } })).status).toBe(401);
    expect((await me(bearer(script))).status).toBe(401);
    // Through an API token it is that token which stays.
    const viaSession = async (name: string) => {
      const made = await t.app.request(
        '/api/tokens',
        post(JSON.stringify({ name }), { cookie: here.cookie, 'x-csrf-token': here.csrf }),
      );
      return ((await made.json()) as { token: string }).token;
    };
    const kept = await viaSession('kept');
    const other = await viaSession('other');
    const byToken = await t.app.request(`/api/users/${t.users.owner.id}`, {
      ...patch({ password: 'yet another secret' }, { authorization: `Bearer ${kept}` }),
    });
    expect(byToken.status).toBe(200);
    expect((await me(bearer(kept))).status).toBe(200);
    expect((await me(bearer(other))).status).toBe(401);
    expect((await me({ headers: { cookie: here.cookie } })).status).toBe(401);
  });

  it("an owner lists and revokes another user's token, and it stops working at once", async () => {
    const t = await testApp();
    const script = await makeToken(t, 'analyst', 'crm sync');
    const listed = await t.asToken('owner', `/api/users/${t.users.analyst.id}/tokens`);
    expect(listed.status).toBe(200);
    const tokens = (await listed.json()) as Array<{ id: number; name: string }>;
    expect(tokens.map((x) => x.name)).toEqual(['crm sync', 'test']);
    expect(JSON.stringify(tokens)).not.toContain(script);
    const revoked = await t.asToken('owner', `/api/tokens/${tokens[0]!.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(204);
    expect((await t.app.request('/api/auth/me', bearer(script))).status).toBe(401);
    // The analyst's other token still works; only owners see others' tokens.
    expect((await t.asToken('analyst', '/api/auth/me')).status).toBe(200);
    expect((await t.asToken('analyst', `/api/users/${t.users.owner.id}/tokens`)).status).toBe(403);
    expect((await t.asToken('owner', '/api/users/999/tokens')).status).toBe(400);
  });
});

describe('the OpenAPI description', () => {
  it('lists the body limit answers and the owner’s token routes', async () => {
    const t = await testApp();
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; summary?: string }>>;
    };
    expect(Object.keys(doc.paths['/api/auth/login']!['post']!.responses)).toEqual(
      expect.arrayContaining(['413', '429']),
    );
    expect(Object.keys(doc.paths['/api/whatif']!['post']!.responses)).toContain('413');
    expect(doc.paths['/api/users/{id}/tokens']!['get']!.summary).toMatch(/owner only/);
    expect(doc.paths['/api/tokens/{id}']!['delete']!.summary).toMatch(/for an owner anyone/);
  });
});
