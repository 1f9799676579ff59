/**
 * Holds real API answers to the routes' own response schemas. Each domain's
 * `route-answers-<domain>.test.ts` builds one app on the sample company, calls its routes as a
 * signed-in user and hands every answer to `expectAnswer`, which fails when
 *  - the answer does not parse with the route's zod response schema,
 *  - the answer holds a field the schema does not declare (zod objects strip unknown keys, so a
 *    parsed answer that differs from the real one names the undeclared field), or
 *  - the route's schema in /api/openapi.json is an open or empty object somewhere (then undeclared
 *    fields would pass the parse unseen).
 * `expectAllCalled` then proves the file called every GET route of its domain.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { expect } from 'vitest';
import type { Role } from '../../src/store/index.ts';
import type { Workspace } from '../../src/services/index.ts';
import { sampleWorkspace } from '../services/sample-company.ts';
import { testApp } from '../server/helpers.ts';
import { describeOpen, openObjects } from './open-objects.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One registered route: `GET /api/models/{id}` and its answer schema per status. */
interface RouteEntry {
  method: Method;
  path: string;
  responses: Record<string, z.ZodType | undefined>;
}

/** `GET /api/models/{id}`: how routes are named here and in the PENDING lists. */
export const routeKey = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;

/** Every route the app registered with a schema, by `routeKey`. */
export function registeredRoutes(app: Pick<OpenAPIHono, 'openAPIRegistry'>): Map<string, RouteEntry> {
  const routes = new Map<string, RouteEntry>();
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue;
    const { method, path } = def.route;
    const responses: Record<string, z.ZodType | undefined> = {};
    for (const [status, res] of Object.entries(def.route.responses ?? {})) {
      const content = (res as { content?: Record<string, { schema?: unknown }> }).content;
      responses[status] = content?.['application/json']?.schema as z.ZodType | undefined;
    }
    routes.set(routeKey(method, path), { method: method as Method, path, responses });
  }
  return routes;
}

/** The first place two JSON values differ, as a path, or null when they are equal. */
export function firstDifference(real: unknown, parsed: unknown, at = ''): string | null {
  if (Object.is(real, parsed)) return null;
  if (typeof real !== 'object' || typeof parsed !== 'object' || real === null || parsed === null)
    return `${at || '(root)'}: ${JSON.stringify(real)} became ${JSON.stringify(parsed)}`;
  if (Array.isArray(real) !== Array.isArray(parsed)) return `${at || '(root)'}: array vs object`;
  const a = real as Record<string, unknown>;
  const b = parsed as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (!(key in b)) return `${at}.${key}: not declared in the schema`;
    const diff = firstDifference(a[key], b[key], `${at}.${key}`);
    if (diff !== null) return diff;
  }
  for (const key of Object.keys(b)) if (!(key in a)) return `${at}.${key}: added by the schema (a default?)`;
  return null;
}

/** An app on the sample company, the four test users (login = role) and the call helpers. */
export async function answerApp(orders = 20_000) {
  const workspace: Workspace = await sampleWorkspace(orders);
  const t = await testApp({ workspace });
  const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
    >;
    components?: { schemas?: Record<string, unknown> };
  };
  const routes = registeredRoutes(t.app);
  const called = new Set<string>();

  /** OpenAPI writes `{id}` where hono writes `:id`; the registry keeps the OpenAPI form. */
  const docPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

  /**
   * Calls `url` as `role` (through its API token, so no CSRF dance) and checks the answer against
   * the response schema of `route` (e.g. 'GET /api/models/{id}') for the status it answered,
   * which must be `status`. Returns the answer for the test's own asserts.
   */
  async function expectAnswer(
    route: string,
    url: string,
    opts: {
      role?: Role;
      /** A JSON body. */
      body?: unknown;
      /** A file body (imports), sent as text/csv. */
      file?: string;
      status?: number;
      lang?: 'ru' | 'en';
    } = {},
  ): Promise<unknown> {
    const entry = routes.get(route);
    if (entry === undefined) throw new Error(`no route ${route} is registered with a schema`);
    const status = opts.status ?? 200;
    const headers: Record<string, string> = {};
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.file !== undefined) headers['content-type'] = 'text/csv';
    if (opts.lang !== undefined) headers['accept-language'] = opts.lang;
    const res = await t.asToken(opts.role ?? 'owner', url, {
      method: entry.method.toUpperCase(),
      headers,
      body: opts.file ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const text = await res.text();
    expect(res.status, `${route} ${url}: ${text.slice(0, 500)}`).toBe(status);
    const answer: unknown = JSON.parse(text);
    const schema = entry.responses[String(status)];
    if (schema === undefined) throw new Error(`${route} declares no JSON answer for ${status}`);
    const parsed = schema.safeParse(answer);
    if (!parsed.success)
      expect.fail(
        `${route} ${url}: the answer does not match its schema:\n${JSON.stringify(parsed.error.issues.slice(0, 5), null, 1)}`,
      );
    expect(
      firstDifference(answer, parsed.data),
      `${route} ${url}: the real answer against its schema`,
    ).toBeNull();
    const op = doc.paths[docPath(entry.path)]?.[entry.method];
    const declared = op?.responses?.[String(status)]?.content?.['application/json']?.schema;
    expect(
      describeOpen(openObjects(declared, doc.components?.schemas ?? {}, route)),
      `${route}: open objects in /api/openapi.json`,
    ).toEqual([]);
    called.add(route);
    return answer;
  }

  /** Fails naming every GET route `inDomain` picks that no `expectAnswer` called. */
  function expectAllCalled(inDomain: (route: string) => boolean): void {
    const missed = [...routes.keys()].filter((k) => k.startsWith('GET ') && inDomain(k) && !called.has(k));
    expect(missed, 'GET routes of the domain no test called').toEqual([]);
  }

  return { ...t, workspace, doc, routes, expectAnswer, expectAllCalled, close: () => workspace.close() };
}
