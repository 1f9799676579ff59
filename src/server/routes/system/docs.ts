import type { OpenAPIHono } from '@hono/zod-openapi';
import { renderDocsHtml } from '../../docs-html.ts';
import { DOCS_CSP } from '../../security-headers.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const DESCRIPTION =
  'Fulcrum: the profit formula on your own data. Sign in with POST /api/auth/login (cookie + ' +
  'x-csrf-token on state-changing requests) or send Authorization: Bearer <API token>.';

/** GET /api/openapi.json and GET /api/docs, both generated from the routes' zod schemas. */
export function registerDocs(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const document = () =>
    app.getOpenAPIDocument({
      openapi: '3.0.3',
      info: { title: 'Fulcrum API', version: deps.version ?? '0.0.0', description: DESCRIPTION },
    });
  app.get('/api/openapi.json', (c) => c.json(document()));
  app.get('/api/docs', (c) => {
    // No script runs on this page; a policy stricter than the workbench's makes sure none could.
    c.header('content-security-policy', DOCS_CSP);
    return c.html(renderDocsHtml(document() as unknown as Parameters<typeof renderDocsHtml>[0]));
  });
}
