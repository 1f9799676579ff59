import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CUSTOMERS_ROUTES, DOWNLOAD_TYPES } from '../../src/contract/customers.ts';

/** A customers route by its path (the route table names it `GET <path>`). */
type PathOf<K> = K extends `GET ${infer P}` ? P : never;
type CustomersPath = PathOf<keyof typeof CUSTOMERS_ROUTES>;
import type { Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from '../server/helpers.ts';

// Issue 14 §1: every /api/customers answer on the sample company is exactly what its schema says.
// The answer schemas are strict objects all the way down, so a field the route returns and the
// contract does not declare fails here, as does a declared field that is missing or mistyped.
// (The shared harness test/contract/route-answer-harness.ts was not on main when this was written;
// the few lines it would give are here.)

/** The calls that exercise each JSON route's branches; a route missing here fails to compile. */
const CALLS: Record<CustomersPath, string[]> = {
  '/api/customers/rfm': ['', '?bins=r-rfm&n=4', '?bins=norms'],
  '/api/customers/list': [
    '?limit=5',
    '?segment=Champions&limit=3',
    '?segment=At%20risk&clv=1&limit=3',
    '?clv=1&model=pareto-nbd&limit=2',
  ],
  '/api/customers/segments': ['', '?from=2024-06-30'],
  '/api/customers/clv': ['', '?model=gg', '?model=pareto-nbd&unit=month'],
  '/api/customers/clv/validation': ['', '?model=pareto-nbd'],
  '/api/customers/clv/value': ['', '?model=pareto-nbd&horizon=26&margin=0.4'],
  '/api/customers/cohorts': ['', '?by=channel&months=6'],
  '/api/customers/channels': ['', '?horizon=6&otherCosts=100000'],
  '/api/customers/funnel': ['', '?steps=2&top=3'],
};

const ROUTES = (Object.keys(CALLS) as CustomersPath[]).map((path) => ({
  path,
  calls: CALLS[path],
  schema: CUSTOMERS_ROUTES[`GET ${path}`].answer as z.ZodType,
}));

describe('every /api/customers answer on the sample company matches its contract', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  let doc: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    t = await testApp({ workspace: ws });
    doc = (await (await t.app.request('/api/openapi.json')).json()) as typeof doc;
  }, 120_000);
  afterAll(() => ws.close());

  const get = async (path: string, lang: string): Promise<unknown> => {
    const res = await t.asToken('analyst', path, { headers: { 'accept-language': lang } });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
    return res.json();
  };

  it('lists every GET route of the domain', () => {
    const documented = Object.entries(doc.paths)
      .filter(([path, ops]) => path.startsWith('/api/customers') && ops.get)
      .map(([path]) => path);
    expect([...documented].sort()).toEqual(
      [...ROUTES.map((r) => r.path), '/api/customers/list/export'].sort(),
    );
  });

  for (const route of ROUTES)
    it(`${route.path}: the document names the schema, and every answer parses strictly`, async () => {
      const answer = doc.paths[route.path]!.get!.responses['200'] as {
        content: Record<string, { schema: { $ref?: string } }>;
      };
      const id = (route.schema.meta() as { id?: string } | undefined)?.id;
      expect(answer.content['application/json']!.schema.$ref).toBe(`#/components/schemas/${id}`);
      for (const call of route.calls)
        for (const lang of ['ru', 'en']) {
          const body = await get(route.path + call, lang);
          const parsed = route.schema.safeParse(body);
          expect(parsed.error?.issues ?? [], `${route.path}${call} (${lang})`).toEqual([]);
        }
    });

  it('/api/customers/list/export: a download of each declared type', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await t.asToken('analyst', `/api/customers/list/export?segment=Lost&format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(DOWNLOAD_TYPES[format]);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });
});
