import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './types.ts';

/** Shown at `/` when the workbench has not been built. */
export const NO_WORKBENCH_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fulcrum</title></head>
<body style="font:16px system-ui,sans-serif;max-width:40rem;margin:3rem auto">
<h1>Fulcrum</h1><p>The API is running, but the workbench is not built yet. Run <code>npm run build:web</code>
and reload this page.</p><p>API documentation: <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/**
 * Serves the built workbench: its files as they are, and index.html for any other GET outside
 * /api so client-side routes (/compare, /levers…) survive a reload.
 */
export function serveWorkbench(app: OpenAPIHono<AppEnv>, webDir: string | undefined): void {
  const index = webDir ? join(webDir, 'index.html') : undefined;
  if (!webDir || !index || !existsSync(index)) {
    app.get('/', (c) => c.html(NO_WORKBENCH_HTML));
    return;
  }
  app.use('*', async (c, next) =>
    c.req.path.startsWith('/api/') ? next() : serveStatic({ root: webDir })(c, next),
  );
  app.get('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    return c.html(await readFile(index, 'utf8'));
  });
}
