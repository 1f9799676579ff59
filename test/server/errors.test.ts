import { describe, expect, it } from 'vitest';
import { ACCESS } from '../../src/server/index.ts';
import { escapeHtml } from '../../src/i18n/index.ts';
import { renderDocsHtml } from '../../src/server/docs-html.ts';
import { openWorkspace } from '../../src/services/index.ts';
import { testApp } from './helpers.ts';

describe('error answers', () => {
  it('answers 400 naming the field for a bad period and a bad step', async () => {
    const t = await testApp();
    const period = await t.asToken('analyst', '/api/formula?period=2024-13');
    expect(period.status).toBe(400);
    expect(await period.json()).toMatchObject({
      error: { code: 'bad_request', field: 'period', message: expect.stringContaining('2024-13') },
    });
    const step = await t.asToken('analyst', '/api/levers?period=2024-01&step=abc');
    expect(step.status).toBe(400);
    expect(await step.json()).toMatchObject({
      error: { field: 'step', message: expect.stringContaining('abc') },
    });
    const model = await t.asToken('analyst', '/api/formula?model=../../etc/passwd');
    expect(await model.json()).toMatchObject({ error: { field: 'model' } });
  });

  it('answers 400 with the service message when the warehouse is empty', async () => {
    const t = await testApp();
    const message = async (init: RequestInit = {}): Promise<string> => {
      const res = await t.asToken('manager', '/api/compare', init);
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { message: string } }).error.message;
    };
    // The user's own language by default (Russian), the workbench's switch when it sends one.
    expect(await message()).toMatch(/^в хранилище ещё нет заказов/);
    expect(await message({ headers: { 'accept-language': 'en' } })).toMatch(/no orders yet/);
  });

  it('answers 404 JSON for an unknown /api route', async () => {
    const t = await testApp();
    const res = await t.asToken('owner', '/api/no/such/route');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found', requestId: expect.any(String) } });
  });

  it('answers 500 without internals and logs the stack under the request id', async () => {
    const ws = await openWorkspace(':memory:');
    const broken = { ...ws, columns: () => Promise.reject(new Error('SECRET /var/db/path exploded')) };
    const t = await testApp({ workspace: broken });
    const res = await t.asToken('owner', '/api/meta');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/SECRET|exploded|\.ts|at /);
    const { error } = JSON.parse(text) as { error: { code: string; requestId: string } };
    expect(error.code).toBe('internal');
    const logged = t.logger.lines.find((l) => l.level === 'error');
    expect(logged?.meta).toMatchObject({
      requestId: error.requestId,
      stack: expect.stringContaining('SECRET'),
    });
  });
});

describe('OpenAPI', () => {
  it('serves valid JSON listing every route of the table', async () => {
    const t = await testApp();
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = JSON.parse(await res.text()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const served = Object.keys(ACCESS).filter(
      (k) => !k.endsWith('/api/openapi.json') && !k.endsWith('/api/docs'),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it('renders a self-contained docs page with every value escaped', async () => {
    const t = await testApp();
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    expect(html).toContain('/api/formula');
    expect(html).not.toMatch(/<script|https?:\/\/(?!fulcrum)/);
    const evil = renderDocsHtml({
      info: { title: '<script>alert(1)</script>' },
      paths: { '/x': { get: { summary: '"><img src=x onerror=alert(1)>' } } },
    });
    expect(evil).not.toContain('<script>alert');
    expect(evil).not.toContain('<img');
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('shows a build hint at / when the workbench is not built', async () => {
    const t = await testApp({ deps: { webDir: '/nonexistent' } });
    const res = await t.app.request('/');
    expect(await res.text()).toContain('npm run build:web');
  });
});
