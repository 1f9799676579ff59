import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

// A built workbench as Vite lays it out: index.html and hashed files under assets/.
const web = mkdtempSync(join(tmpdir(), 'fulcrum-web-'));
mkdirSync(join(web, 'assets'));
writeFileSync(join(web, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(web, 'assets', 'index-abc.js'), 'console.log(1)');

/** The headers every answer must carry, whatever it is. */
function expectSecure(res: Response, what: string) {
  const h = (name: string) => res.headers.get(name) ?? '';
  const csp = h('content-security-policy');
  expect(csp, what).toMatch(/default-src '(self|none)'/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  // No inline script, no eval: script-src is only 'self' (or absent under default-src 'none').
  expect(csp, what).not.toMatch(/'unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe/);
  expect(csp.match(/script-src ([^;]*)/)?.[1] ?? "'none'", what).toMatch(/^'(self|none)'$/);
  expect(h('x-content-type-options'), what).toBe('nosniff');
  expect(h('x-frame-options'), what).toBe('DENY');
  expect(h('referrer-policy'), what).toBe('same-origin');
}

describe('security headers', () => {
  afterAll(() => rmSync(web, { recursive: true, force: true }));

  it('headers are on every answer: API, workbench files, /api/docs, errors and 404s', async () => {
    const t = await testApp({ deps: { webDir: web } });
    const answers: [string, Response | Promise<Response>, number][] = [
      ['health', t.app.request('/api/health'), 200],
      ['signed-in API answer', t.asToken('owner', '/api/users'), 200],
      ['401', t.app.request('/api/users'), 401],
      ['403', t.asToken('employee', '/api/users'), 403],
      [
        '400',
        t.asToken('analyst', '/api/models', {
          method: 'POST',
          body: '{"definition": "id: ["}',
          headers: { 'content-type': 'application/json' },
        }),
        400,
      ],
      ['API 404', t.app.request('/api/nope'), 404],
      ['docs', t.app.request('/api/docs'), 200],
      ['openapi', t.app.request('/api/openapi.json'), 200],
      ['index', t.app.request('/'), 200],
      ['asset', t.app.request('/assets/index-abc.js'), 200],
      ['client route', t.app.request('/levers'), 200],
    ];
    for (const [what, res, status] of answers) {
      const r = await res;
      expect(r.status, what).toBe(status);
      expectSecure(r, what);
    }
    const bare = await testApp({ deps: { webDir: '/nonexistent' } });
    const notFound = await bare.app.request('/nothing-here');
    expect(notFound.status).toBe(404);
    expectSecure(notFound, 'page 404');
    expectSecure(await bare.app.request('/'), 'build hint');
  });

  it('API answers carrying salaries or customer lists are never cached; workbench files may be', async () => {
    const t = await testApp({ deps: { webDir: web } });
    for (const path of ['/api/users', '/api/kpi/employees', '/api/customers/list', '/api/nope']) {
      expect((await t.asToken('owner', path)).headers.get('cache-control'), path).toBe('no-store');
    }
    // Hashed file names change with their content, so the browser may keep them for a year.
    expect((await t.app.request('/assets/index-abc.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('the docs page keeps its stricter policy: no script, its one stylesheet allowed by hash', async () => {
    const t = await testApp();
    const csp = (await t.app.request('/api/docs')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain('unsafe-inline');
  });
});
