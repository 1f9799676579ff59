import { describe, expect, it } from 'vitest';
import { ACCESS, accessOf, type Access } from '../../src/server/index.ts';
import { ROLES, type Role } from '../../src/store/index.ts';
import { testApp } from './helpers.ts';

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', ...ROLES];

/**
 * What the route table promises a caller: refused as anonymous (401), by role (403), or let through.
 * A route about one employee lets `own` roles through only for their own employee, and no test
 * user is linked to one, so they are refused too.
 */
function expected(access: Access, caller: Caller): 401 | 403 | 'through' {
  if (access === 'public') return 'through';
  if (caller === 'anonymous') return 401;
  if (typeof access === 'object' && 'own' in access) return access.all.includes(caller) ? 'through' : 403;
  if (access === 'signed-in' || access.includes(caller)) return 'through';
  return 403;
}

describe('routes × roles', async () => {
  const t = await testApp();
  // Every /api route the app registered, whatever the route table says: a route added without a
  // declaration shows up here and fails.
  const routes = [
    ...new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`),
    ),
  ];

  it('has a declaration for every registered route and a route for every declaration', () => {
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(ACCESS).length);
    for (const key of routes) expect(ACCESS, key).toHaveProperty([key]);
    expect(routes.sort()).toEqual(Object.keys(ACCESS).sort());
  });

  for (const key of routes) {
    const [method, path] = key.split(' ') as [string, string];
    for (const caller of CALLERS) {
      it(`${key} as ${caller}`, async () => {
        const access = accessOf(method, path)!;
        const url = path.replace(':id', '00000000-0000-4000-8000-000000000000');
        const init: RequestInit = { method };
        if (method !== 'GET') {
          init.headers = { 'content-type': 'application/json' };
          init.body = '{}';
        }
        const res =
          caller === 'anonymous' ? await t.app.request(url, init) : await t.asToken(caller, url, init);
        const want = expected(access, caller);
        if (want === 'through') {
          expect([401, 403, 500]).not.toContain(res.status);
        } else {
          expect(res.status).toBe(want);
          expect(await res.json()).toMatchObject({
            error: { code: want === 401 ? 'unauthorized' : 'forbidden' },
          });
        }
      });
    }
  }

  it('refuses a route missing from the table to everyone, the owner included', async () => {
    const local = await testApp();
    local.app.get('/api/undeclared', (c) => c.json({ secret: true }));
    expect((await local.asToken('owner', '/api/undeclared')).status).toBe(403);
    expect((await local.app.request('/api/undeclared')).status).toBe(403);
  });
});
