import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { DOCS_STYLE } from './docs-html.ts';

/**
 * The Content-Security-Policy of every answer. No script but the workbench's own files (no inline
 * script, no eval, nothing from elsewhere), so markup that slips into a page cannot run. Styles
 * come from files too; only style attributes are allowed inline, because ECharts writes its
 * tooltips as HTML with `style="…"` in them. Nothing may frame the app.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The API docs page's own policy, stricter still: no script at all, no requests, and its one
 * inline stylesheet allowed by hash rather than by 'unsafe-inline'.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(DOCS_STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const headers = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  xFrameOptions: 'DENY',
  // The full address stays inside the app; other sites learn nothing, not even the origin.
  referrerPolicy: 'same-origin',
  // Fulcrum serves plain HTTP on a local port; HSTS belongs to whatever terminates TLS in front of
  // it, which knows whether the whole domain (includeSubDomains) is HTTPS.
  strictTransportSecurity: false,
  // A page that sets a stricter policy of its own (the API docs) keeps it.
  overwrite: false,
});

/**
 * Security headers on every answer — API, workbench files, /api/docs, errors and 404s alike —
 * plus `Cache-Control: no-store` on every API answer: they carry salaries, customer lists with
 * contacts and plans, and no browser or proxy cache should keep a copy.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await headers(c, next);
    if (c.req.path === '/api' || c.req.path.startsWith('/api/'))
      c.res.headers.set('cache-control', 'no-store');
  };
}
