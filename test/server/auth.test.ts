import { describe, expect, it } from 'vitest';
import { PASSWORD, testApp } from './helpers.ts';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns the user and CSRF token', async () => {
    const t = await testApp();
    const { res, setCookie, csrf, cookie } = await t.login('analyst');
    expect(res.status).toBe(200);
    expect(setCookie).toMatch(/^fulcrum_session=[\w-]{20,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    expect(csrf.length).toBeGreaterThan(20);
    const me = await t.app.request('/api/auth/me', { headers: { cookie } });
    expect(await me.json()).toMatchObject({
      user: { login: 'analyst', role: 'analyst', lang: 'ru' },
      csrfToken: csrf,
    });
    // Only a digest of the token is stored.
    const token = cookie.split('=')[1]!;
    const rows = t.workspace.store.db.prepare('SELECT token_hash FROM sessions').all() as Array<{
      token_hash: string;
    }>;
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('marks the cookie Secure over https', async () => {
    const t = await testApp();
    const res = await t.app.request(
      'https://fulcrum.example/api/auth/login',
      json({ login: 'owner', password: PASSWORD }),
    );
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const t = await testApp();
    const { res } = await t.login('owner', 'wrong password');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    const unknown = await t.login('nobody', PASSWORD);
    expect(unknown.res.status).toBe(401);
  });

  it('answers 429 after 5 failures per login in 15 minutes, and lets the login in again after', async () => {
    const t = await testApp();
    for (let i = 0; i < 5; i++) expect((await t.login('owner', `bad ${i}`)).res.status).toBe(401);
    const blocked = await t.login('owner', PASSWORD);
    expect(blocked.res.status).toBe(429);
    expect(blocked.res.headers.get('retry-after')).toBe('900');
    // Another login from the same address is not blocked.
    expect((await t.login('analyst')).res.status).toBe(200);
    t.clock.advance(15 * 60_000 + 1);
    expect((await t.login('owner')).res.status).toBe(200);
  });

  it('logout deletes the session so the cookie no longer works', async () => {
    const t = await testApp();
    const { cookie, csrf } = await t.login('manager');
    const out = await t.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/fulcrum_session=;/);
    expect(t.workspace.store.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('expires a session idle for longer than the idle timeout', async () => {
    const t = await testApp();
    const { cookie } = await t.login('owner');
    t.clock.advance(11 * 3600_000);
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
    t.clock.advance(13 * 3600_000);
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });
});

describe('CSRF', () => {
  const stages = { stages: [{ name: 'sales', capacity: 9 }] };

  it('requires x-csrf-token on cookie POSTs', async () => {
    const t = await testApp();
    const { cookie, csrf } = await t.login('analyst');
    const post = (headers: Record<string, string>) =>
      t.app.request('/api/constraint/stages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify(stages),
      });
    const missing = await post({});
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await post({ 'x-csrf-token': 'guess' })).status).toBe(403);
    const ok = await post({ 'x-csrf-token': csrf });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ output: 9, bottleneck: 'sales' });
  });

  it('does not apply to signing in again while a session cookie is present', async () => {
    const t = await testApp();
    const { cookie } = await t.login('analyst');
    const again = await t.app.request('/api/auth/login', {
      ...json({ login: 'owner', password: PASSWORD }),
      headers: { 'content-type': 'application/json', cookie },
    });
    expect(again.status).toBe(200);
  });

  it('does not apply to bearer tokens, which a browser never sends by itself', async () => {
    const t = await testApp();
    const res = await t.asToken('analyst', '/api/constraint/stages', {
      ...json(stages),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
  });

  it('refuses an unknown bearer token with 401', async () => {
    const t = await testApp();
    const res = await t.app.request('/api/auth/me', { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
  });
});

describe('users and tokens', () => {
  it('lets the owner add a user who can then sign in, and refuses a taken login with 400', async () => {
    const t = await testApp();
    const body = { login: 'olga', name: 'Ольга', role: 'manager', password: 'long enough pw' };
    const res = await t.asToken('owner', '/api/users', {
      ...json(body),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ login: 'olga', role: 'manager' });
    expect((await t.login('olga', 'long enough pw')).res.status).toBe(200);
    const again = await t.asToken('owner', '/api/users', {
      ...json(body),
      headers: { 'content-type': 'application/json' },
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: { field: 'login' } });
  });

  it('creates an API token that works once shown, storing only its digest', async () => {
    const t = await testApp();
    const res = await t.asToken('analyst', '/api/tokens', {
      ...json({ name: 'script' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(201);
    const { token } = (await res.json()) as { token: string };
    const me = await t.app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ user: { login: 'analyst' }, csrfToken: null });
    const hashes = t.workspace.store.db.prepare('SELECT token_hash FROM api_tokens').all() as Array<{
      token_hash: string;
    }>;
    expect(hashes.map((h) => h.token_hash)).not.toContain(token);
  });

  it("lets the owner change a role at once, and a password, which ends the user's sessions", async () => {
    const t = await testApp();
    const patch = (id: number, body: unknown, as: 'owner' | 'analyst' = 'owner') =>
      t.asToken(as, `/api/users/${id}`, {
        method: 'PATCH',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    // The manager may not see users; made an analyst, the same token may import at once.
    expect((await t.asToken('manager', '/api/imports')).status).toBe(403);
    const res = await patch(t.users.manager.id, { role: 'analyst', name: 'Марина' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'analyst', name: 'Марина' });
    expect((await t.asToken('manager', '/api/imports')).status).toBe(200);
    // Only owners manage users.
    expect((await patch(t.users.employee.id, { role: 'owner' }, 'analyst')).status).toBe(403);
    const session = await t.login('employee');
    const me = () => t.app.request('/api/auth/me', { headers: { cookie: session.cookie } });
    expect((await me()).status).toBe(200);
    expect((await patch(t.users.employee.id, { password: 'a brand new secret' })).status).toBe(200);
    expect((await me()).status).toBe(401);
    expect((await t.login('employee', 'a brand new secret')).res.status).toBe(200);
  });

  it('keeps the last owner an owner and refuses to let anyone remove themselves', async () => {
    const t = await testApp();
    const demote = await t.asToken('owner', `/api/users/${t.users.owner.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'manager' }),
      headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
    });
    expect(demote.status).toBe(400);
    expect(((await demote.json()) as { error: { message: string } }).error.message).toMatch(
      /последний владелец/,
    );
    const self = await t.asToken('owner', `/api/users/${t.users.owner.id}`, { method: 'DELETE' });
    expect(self.status).toBe(400);
    const gone = await t.asToken('owner', `/api/users/${t.users.analyst.id}`, { method: 'DELETE' });
    expect(gone.status).toBe(204);
    // Their API token went with them.
    expect((await t.asToken('analyst', '/api/auth/me')).status).toBe(401);
    const list = (await (await t.asToken('owner', '/api/users')).json()) as Array<{ login: string }>;
    expect(list.map((u) => u.login)).not.toContain('analyst');
  });

  it("lists the user's own tokens without their values and revokes one at once", async () => {
    const t = await testApp();
    const made = await t.asToken('analyst', '/api/tokens', {
      ...json({ name: 'crm sync' }),
      headers: { 'content-type': 'application/json' },
    });
    const { token } = (await made.json()) as { token: string };
    const list = (await (await t.asToken('analyst', '/api/tokens')).json()) as Array<Record<string, unknown>>;
    expect(list.map((x) => x['name'])).toEqual(['crm sync', 'test']);
    expect(JSON.stringify(list)).not.toContain(token);
    const id = list[0]!['id'];
    // Someone else's token is not theirs to revoke: the same answer as a token that does not exist.
    const owners = (await (await t.asToken('owner', '/api/tokens')).json()) as Array<{ id: number }>;
    const foreign = await t.asToken('analyst', `/api/tokens/${owners[0]!.id}`, { method: 'DELETE' });
    expect(foreign.status).toBe(400);
    expect((await t.asToken('owner', '/api/auth/me')).status).toBe(200);
    const gone = await t.asToken('analyst', `/api/tokens/${id}`, { method: 'DELETE' });
    expect(gone.status).toBe(204);
    const me = await t.app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
  });
});
