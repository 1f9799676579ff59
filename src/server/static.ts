import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './types.ts';

/** Shown at `/` when the workbench has not been built. */
export const NO_WORKBENCH_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fulcrum</title></head>
<body style="font:16px system-ui,sans-serif;max-width:40rem;margin:3rem auto">
<h1>Fulcrum</h1><p>The API is running, but the workbench is not built yet. Run <code>npm run build:web</code>
and reload this page.</p><p>API documentation: <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/**
 * Serves the built workbench: its files (the brotli or gzip copy written at build time when the
 * browser accepts one — the bundle is ~1 MB as it is), and index.html for any other GET outside
 * /api so client-side routes (/compare, /levers…) survive a reload.
 */
export function serveWorkbench(app: OpenAPIHono<AppEnv>, webDir: string | undefined): void {
  const index = webDir ? join(webDir, 'index.html') : undefined;
  if (!webDir || !index || !existsSync(index)) {
    app.get('/', (c) => c.html(NO_WORKBENCH_HTML));
    return;
  }
  const files = serveStatic({ root: webDir, precompressed: true });
  // Anything without a compressed copy beside it (index.html, a build made before copies were
  // written) is gzipped on the way out; a copy already chosen is left alone.
  const onTheFly = compress();
  app.use('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    await onTheFly(c, async () => {
      // Called by hand, not by Hono's chain, so its answer is put in place here.
      const res = await files(c, next);
      if (res instanceof Response) c.res = res;
    });
    cacheFor(c.req.path, c.res);
  });
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    return c.html(await readFile(index, 'utf8'));
  });
}

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * Vite names the files under assets/ by their content's hash, so a browser may keep them for a
 * year without asking; everything else (index.html, which names the current hashes) is checked
 * with the server on each visit. Either way a cache keys the copy by Accept-Encoding (Vary).
 */
function cacheFor(path: string, res: Response): void {
  if (res.status !== 200 && res.status !== 206 && res.status !== 304) return;
  const hashed =
    path.startsWith('/assets/') && !(res.headers.get('content-type') ?? '').startsWith('text/html');
  res.headers.set('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}
