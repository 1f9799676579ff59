/**
 * Every KPI route's real answer on the sample company (its team, plans, register and design
 * seeded as `fulcrum serve --sample` seeds them) against the route's own response schema from
 * src/contract/kpi/: it must parse, and parsing must give back exactly the answer — a field the
 * schema does not declare would be stripped and fail here. The routes' schemas in
 * /api/openapi.json must hold no open or empty object. Every GET route of /api/kpi is called.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { seedSampleMotivation, SAMPLE_PEOPLE, type Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from '../server/helpers.ts';

type JsonSchema = Record<string, unknown>;
interface Doc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>
  >;
  components: { schemas: Record<string, JsonSchema> };
}

/** A schema that says nothing about its value (`{}`, `{ nullable: true }`): what a looseObject lets through. */
const saysNothing = (x: unknown): boolean =>
  x === true ||
  (typeof x === 'object' &&
    x !== null &&
    !['type', '$ref', 'anyOf', 'oneOf', 'allOf', 'enum', 'properties'].some((k) => k in x));

/** Object schemas under `s` that declare nothing or let undeclared fields through ($refs followed once). */
function openObjects(s: unknown, doc: Doc, at: string, seen = new Set<string>()): string[] {
  if (typeof s !== 'object' || s === null) return [];
  const o = s as JsonSchema;
  if (typeof o['$ref'] === 'string') {
    const name = o['$ref'].replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    seen.add(name);
    return openObjects(doc.components.schemas[name], doc, name, seen);
  }
  const props = (o['properties'] ?? {}) as Record<string, unknown>;
  const extra = o['additionalProperties'];
  // A record declares its values' schema; an object open to anything does not.
  const record = extra !== undefined && !saysNothing(extra);
  const found: string[] = [];
  if (o['type'] === 'object' && !record && (Object.keys(props).length === 0 || extra !== undefined))
    found.push(`${at}: open or empty object`);
  const subs: Array<[string, unknown]> = [
    ...Object.entries(props).map(([k, v]): [string, unknown] => [`${at}.${k}`, v]),
    [`${at}[]`, o['items']],
    [`${at}{*}`, record ? extra : undefined],
    ...['anyOf', 'oneOf', 'allOf', 'prefixItems'].flatMap((k) =>
      ((o[k] as unknown[] | undefined) ?? []).map((v, i): [string, unknown] => [`${at}|${i}`, v]),
    ),
  ];
  for (const [path, sub] of subs) found.push(...openObjects(sub, doc, path, seen));
  return found;
}

describe('KPI route answers on the sample company', () => {
  let ws: Workspace;
  let t: Awaited<ReturnType<typeof testApp>>;
  let doc: Doc;
  const called = new Set<string>();
  const schemas = new Map<string, { method: string; path: string; schema: z.ZodType | undefined }>();

  beforeAll(async () => {
    ws = await sampleWorkspace(20_000);
    expect(await seedSampleMotivation(ws, 'ru')).toBe(true);
    t = await testApp({ workspace: ws });
    doc = (await (await t.app.request('/api/openapi.json')).json()) as Doc;
    for (const d of t.app.openAPIRegistry.definitions) {
      if (d.type !== 'route' || !d.route.path.startsWith('/api/kpi')) continue;
      const ok = d.route.responses['200'] as { content?: Record<string, { schema?: unknown }> } | undefined;
      const schema = ok?.content?.['application/json']?.schema as z.ZodType | undefined;
      schemas.set(`${d.route.method.toUpperCase()} ${d.route.path}`, { ...d.route, schema });
    }
  }, 180_000);
  afterAll(() => ws.close());

  /** Calls `url` as the owner through `route` ('GET /api/kpi/…'); checks and returns the answer. */
  async function answer<T = unknown>(route: string, url: string, body?: unknown): Promise<T> {
    const r = schemas.get(route);
    if (!r?.schema) throw new Error(`${route}: no route with a JSON answer`);
    const res = await t.asToken('owner', url, {
      method: r.method.toUpperCase(),
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.status, `${url}: ${text.slice(0, 300)}`).toBe(200);
    const real: unknown = JSON.parse(text);
    const parsed = r.schema.safeParse(real);
    expect(parsed.error?.issues.slice(0, 3), `${url} against its schema`).toBeUndefined();
    expect(parsed.data, `${url}: parsed by its schema, the answer must stay the same`).toStrictEqual(real);
    const declared = doc.paths[r.path]?.[r.method]?.responses['200']?.content?.['application/json']?.schema;
    expect(openObjects(declared, doc, route), `${route} in /api/openapi.json`).toEqual([]);
    called.add(route);
    return real as T;
  }

  it('answers every GET route as its schema says', async () => {
    const employees = await answer<
      Array<{ id: string; marketer: string[]; analyst: string[]; quarter: string[] }>
    >('GET /api/kpi/employees', '/api/kpi/employees');
    // The retail sample's team: the head of marketing (monthly and quarterly plans) and the analyst.
    const context = employees.find((e) => e.marketer.length > 0 && e.quarter.length > 0)!;
    const analyst = employees.find((e) => e.analyst.length > 0)!;
    const [month, quarter, analystMonth] = [context.marketer[0]!, context.quarter[0]!, analyst.analyst[0]!];
    expect([month, quarter, analystMonth]).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);

    await answer('GET /api/kpi/catalogue', '/api/kpi/catalogue');
    await answer('GET /api/kpi/report-norms', '/api/kpi/report-norms');
    const sheet = await answer<{ lines: unknown[] }>(
      'GET /api/kpi/sheets/{employee}/{period}',
      `/api/kpi/sheets/${context.id}/${month}`,
    );
    expect(sheet.lines.length).toBeGreaterThan(0);
    await answer('GET /api/kpi/plans/{employee}/{period}', `/api/kpi/plans/${context.id}/${month}`);
    await answer(
      'GET /api/kpi/quarter-plans/{employee}/{quarter}',
      `/api/kpi/quarter-plans/${context.id}/${quarter}`,
    );
    await answer(
      'GET /api/kpi/quarter-sheets/{employee}/{quarter}',
      `/api/kpi/quarter-sheets/${context.id}/${quarter}`,
    );
    const judged = await answer<{ register: unknown[] }>(
      'GET /api/kpi/analyst/{employee}/{period}',
      `/api/kpi/analyst/${analyst.id}/${analystMonth}`,
    );
    expect(judged.register.length).toBeGreaterThan(0);
    await answer(
      'GET /api/kpi/analyst-plans/{employee}/{period}',
      `/api/kpi/analyst-plans/${analyst.id}/${analystMonth}`,
    );
    const register = await answer<unknown[]>(
      'GET /api/kpi/register/{employee}',
      `/api/kpi/register/${analyst.id}`,
    );
    expect(register.length).toBeGreaterThan(0);
    const design = await answer<{ saved: unknown }>(
      'GET /api/kpi/designs/{model}',
      '/api/kpi/designs/profit',
    );
    expect(design.saved).not.toBeNull();
    await answer('GET /api/kpi/designs/{model}', '/api/kpi/designs/lcpudq');
  }, 60_000);

  it('answers the writing routes as their schemas say', async () => {
    const analyst = SAMPLE_PEOPLE.analyst.id;
    const context = SAMPLE_PEOPLE.head.id;
    const employees = (await (await t.asToken('owner', '/api/kpi/employees')).json()) as Array<{
      id: string;
      marketer: string[];
      quarter: string[];
    }>;
    const me = employees.find((e) => e.id === context)!;
    const [month, quarter] = [me.marketer[0]!, me.quarter[0]!];
    await answer('POST /api/kpi/design', '/api/kpi/design', {
      model: 'lcpudq',
      positions: [{ id: 'ads', name: 'Реклама', kpis: ['L', 'C'], bonus: 30_000 }],
    });
    const plan = await answer<Record<string, unknown>>(
      'GET /api/kpi/plans/{employee}/{period}',
      `/api/kpi/plans/${context}/${month}`,
    );
    await answer('PUT /api/kpi/plans/{employee}/{period}', `/api/kpi/plans/${context}/${month}`, plan);
    await answer('POST /api/kpi/plans/{employee}/{period}/copy', `/api/kpi/plans/${context}/${month}/copy`, {
      to: '2030-01',
    });
    const qPlan = await answer<Record<string, unknown>>(
      'GET /api/kpi/quarter-plans/{employee}/{quarter}',
      `/api/kpi/quarter-plans/${context}/${quarter}`,
    );
    await answer(
      'PUT /api/kpi/quarter-plans/{employee}/{quarter}',
      `/api/kpi/quarter-plans/${context}/${quarter}`,
      qPlan,
    );
    await answer('POST /api/kpi/quarter', '/api/kpi/quarter', qPlan);
    await answer('PUT /api/kpi/register/{employee}/{id}', `/api/kpi/register/${analyst}/R-T1`, {
      kind: 'adhoc',
      type: 'cohort-study',
      title: 'Когорты',
      agreed: '05.03.2030',
      delivered: '04.03.2030',
    });
    await answer(
      'POST /api/kpi/register/{employee}/{id}/remarks',
      `/api/kpi/register/${analyst}/R-T1/remarks`,
      {
        date: '2030-03-05',
        text: 'нет разбивки',
      },
    );
    await answer(
      'PUT /api/kpi/analyst-plans/{employee}/{period}',
      `/api/kpi/analyst-plans/${analyst}/2030-02`,
      {
        bonus: 40_000,
      },
    );
    await answer(
      'POST /api/kpi/analyst-plans/{employee}/{period}/copy',
      `/api/kpi/analyst-plans/${analyst}/2030-02/copy`,
      {
        to: '2030-03',
      },
    );
    await answer('PUT /api/kpi/report-norms/{type}', '/api/kpi/report-norms/weekly', { days: 2 });
    await answer('PUT /api/kpi/designs/{model}', '/api/kpi/designs/lcpudq', {
      positions: [{ id: 'ads', kpis: { L: 0.5, C: 0.5 } }],
    });
    await answer('PUT /api/kpi/employees/{employee}/user', `/api/kpi/employees/${context}/user`, {
      login: 'employee',
    });
  }, 60_000);

  it('describes every KPI request body and answer in /api/openapi.json with no open or empty object', () => {
    const found: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/kpi')) continue;
      for (const [method, op] of Object.entries(ops as Record<string, Record<string, unknown>>)) {
        const body = (op['requestBody'] as { content?: Record<string, { schema: unknown }> } | undefined)
          ?.content;
        found.push(...openObjects(body?.['application/json']?.schema, doc, `${method} ${path} body`));
        for (const [status, res] of Object.entries(
          (op['responses'] ?? {}) as Doc['paths'][string][string]['responses'],
        ))
          found.push(
            ...openObjects(res.content?.['application/json']?.schema, doc, `${method} ${path} ${status}`),
          );
      }
    }
    expect(found).toEqual([]);
  });

  it('called every GET route of /api/kpi with a JSON answer', () => {
    const gets = [...schemas].filter(([k, r]) => k.startsWith('GET ') && r.schema).map(([k]) => k);
    expect(gets.filter((k) => !called.has(k))).toEqual([]);
  });
});
