/**
 * The contract's route table (src/contract/api-routes.ts) is what the server registered: every
 * entry names a real route, its answer is the very schema of that route's 2xx answer (none for a
 * 204) and its body the very schema the route validates. The workbench types its calls from the
 * table, so a page cannot call a route the server lacks or read a shape it does not send.
 */
import { beforeAll, describe, expect, it } from 'vitest';
// The app first: until every contract file uses .meta, kpi's still call .openapi on shared schemas,
// which exists only once @hono/zod-openapi has extended zod.
import { testApp } from '../server/helpers.ts';
import { API_ROUTES } from '../../src/contract/index.ts';

interface Registered {
  answer: unknown;
  body: unknown;
}

const jsonSchemaOf = (part: unknown): unknown =>
  (part as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']
    ?.schema ?? null;

describe('the contract route table', () => {
  const registered = new Map<string, Registered>();
  beforeAll(async () => {
    const t = await testApp();
    for (const def of t.app.openAPIRegistry.definitions) {
      if (def.type !== 'route') continue;
      const ok = Object.entries(def.route.responses ?? {}).find(([status]) => status.startsWith('2'));
      registered.set(`${def.route.method.toUpperCase()} ${def.route.path}`, {
        answer: ok ? jsonSchemaOf(ok[1]) : null,
        body: jsonSchemaOf(def.route.request?.body),
      });
    }
  });

  it.each(Object.keys(API_ROUTES))('%s is the registered route with its own schemas', (key) => {
    const entry = API_ROUTES[key as keyof typeof API_ROUTES] as { answer: unknown; body?: unknown };
    const route = registered.get(key);
    expect(route, `${key} is not a registered route`).toBeDefined();
    expect(route!.answer === entry.answer, `${key}: the answer schema is not the route's`).toBe(true);
    expect(route!.body === (entry.body ?? null), `${key}: the body schema is not the route's`).toBe(true);
  });
});
