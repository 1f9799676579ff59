import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './client.ts';

/** Records the requests `api` makes and answers each with `body`. */
function recordFetch(body: unknown = { ok: true }, status = 200) {
  const calls: Array<{ url: string; method: string; body: unknown }> = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET', body: init.body });
    return new Response(status === 204 ? null : JSON.stringify(body), { status });
  });
  return calls;
}

describe('api: a route name gives the method and the URL', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a route of the table with its method, path parameters and query', async () => {
    const calls = recordFetch({ models: [] });
    await api('GET /api/levers', { query: { step: 20, filter: ['store=A', 'store=B'] } });
    await api('DELETE /api/models/{id}', { params: { id: 'my tree/1' } });
    await api('PATCH /api/users/{id}', { params: { id: 7 }, body: { role: 'analyst' } });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/levers?step=20&filter=store%3DA&filter=store%3DB',
      'DELETE /api/models/my%20tree%2F1',
      'PATCH /api/users/7',
    ]);
    expect(calls[2]!.body).toBe('{"role":"analyst"}');
  });

  it('still takes a path under /api/ for routes not yet in the table', async () => {
    const calls = recordFetch();
    await api<{ ok: boolean }>('/customers/rfm', { query: { bins: 'quantile' } });
    expect(calls[0]!.url).toBe('/api/customers/rfm?bins=quantile');
    expect(calls[0]!.method).toBe('GET');
  });

  it('answers undefined for a 204', async () => {
    recordFetch(null, 204);
    expect(await api('POST /api/auth/logout')).toBeUndefined();
  });
});
