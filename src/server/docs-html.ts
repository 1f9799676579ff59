import { escapeHtml } from '../i18n/index.ts';

/** The parts of an OpenAPI document the page reads (loosely typed: it only displays them). */
interface OpenApiDoc {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

interface Operation {
  summary?: string;
  parameters?: Array<{ name?: string; in?: string; required?: boolean; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const block = (value: unknown): string => `<pre>${escapeHtml(JSON.stringify(value, null, 2) ?? '')}</pre>`;

function operationHtml(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name ?? '')}</code></td><td>${escapeHtml(p.in ?? '')}</td>` +
        `<td>${p.required ? 'yes' : ''}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, c]) => `<p>Body <code>${escapeHtml(type)}</code></p>${block(c.schema)}`)
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([code, r]) => `<li><b>${escapeHtml(code)}</b> ${escapeHtml(r.description ?? '')}</li>`)
    .join('');
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return (
    `<section id="${escapeHtml(id)}"><h2><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> ` +
    `<code>${escapeHtml(path)}</code></h2><p>${escapeHtml(op.summary ?? '')}</p>` +
    (params
      ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th></th></tr>${params}</table>`
      : '') +
    body +
    `<ul>${responses}</ul></section>`
  );
}

/** The page's only style, inline; the docs page's policy allows exactly this text by its hash. */
export const DOCS_STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font:13px ui-monospace,monospace}pre{background:#f5f5f5;padding:.5rem;overflow:auto;max-height:24rem}
section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.05rem}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}.m{padding:.1rem .4rem;border-radius:3px;color:#fff}
.get{background:#2a7}.post{background:#27a}.put,.patch{background:#a72}.delete{background:#a22}`;

/**
 * A readable, self-contained page for the OpenAPI document: no scripts and no CDN (the machine
 * may be offline), every value from the document escaped.
 */
export function renderDocsHtml(doc: OpenApiDoc): string {
  const ops: string[] = [];
  const toc: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      ops.push(operationHtml(path, method, op));
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      toc.push(
        `<li><a href="#${escapeHtml(id)}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a></li>`,
      );
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, s]) => `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${block(s)}`)
    .join('');
  const title = escapeHtml(`${doc.info?.title ?? 'API'} ${doc.info?.version ?? ''}`.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>${DOCS_STYLE}</style></head><body><h1>${title}</h1><p>${escapeHtml(doc.info?.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p><ul>${toc.join('')}</ul>
${ops.join('\n')}<h2>Schemas</h2>${schemas}</body></html>`;
}
