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

  it('sends the customers and KPI routes of the table the same way', async () => {
    const calls = recordFetch();
    await api('GET /api/customers/rfm', { query: { bins: 'quantile' } });
    await api('PUT /api/kpi/report-norms/{type}', { params: { type: 'ad hoc' }, body: { days: 2 } });
    await api('GET /api/kpi/quarter-plans/{employee}/{quarter}', {
      params: { employee: 'анна', quarter: '2024-Q1' },
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/customers/rfm?bins=quantile',
      'PUT /api/kpi/report-norms/ad%20hoc',
      'GET /api/kpi/quarter-plans/%D0%B0%D0%BD%D0%BD%D0%B0/2024-Q1',
    ]);
    expect(calls[1]!.body).toBe('{"days":2}');
  });

  it('answers undefined for a 204', async () => {
    recordFetch(null, 204);
    expect(await api('POST /api/auth/logout')).toBeUndefined();
  });
});
