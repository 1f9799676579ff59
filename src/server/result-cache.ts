import type { MiddlewareHandler } from 'hono';
import { userModelsVersion, warehouseVersion, type Workspace } from '../services/index.ts';
import type { AppEnv } from './types.ts';

/**
 * Keeps the JSON answers of read-only analysis routes until the next import changes the data.
 * A formula over 10M order lines costs seconds to compute and nothing to repeat: the workbench
 * asks the same questions as people move between pages. The key holds the full query, the
 * language (explain sentences) and the warehouse version, so a new import is never answered
 * from an old result. Least recently used entries go first.
 */
export function resultCache(ws: Workspace, max = 256): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, string>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    const lang = c.req.header('accept-language') ?? '';
    const user = c.get('identity')?.user.lang ?? '';
    // Stored trees count too: re-uploading tree "x" changes what model=x answers.
    const key = `${warehouseVersion(ws)}|${userModelsVersion(ws.store)}|${lang}|${user}|${url.pathname}${url.search}`;
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit, 200, { 'content-type': 'application/json; charset=UTF-8', 'x-cache': 'hit' });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().text();
    entries.set(key, body);
    if (entries.size > max) entries.delete(entries.keys().next().value as string);
    c.res.headers.set('x-cache', 'miss');
  };
}
