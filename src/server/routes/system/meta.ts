import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { defaultPeriods, listModels, orderDateRange, orderDimensions } from '../../../services/index.ts';
import { MetaSchema } from '../../../contract/system.ts';
import { AUTH_ERRORS, json } from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const meta = createRoute({
  method: 'get',
  path: '/api/meta',
  summary: 'What the workbench needs to draw its controls: models, dimensions, data range, default periods',
  responses: { 200: json(MetaSchema, 'models, dimensions and periods'), ...AUTH_ERRORS },
});

/** GET /api/meta. An empty warehouse is not an error here: range and defaults are null. */
export function registerMeta(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(meta, async (c) => {
    const columns = await ws.columns();
    const range = await orderDateRange(ws.reader, columns);
    const defaults = range ? await defaultPeriods(ws.reader, columns) : null;
    return c.json(
      {
        models: listModels(ws).map((m) => ({
          id: m.id,
          label: m.tree.label,
          source: m.source,
          tree: { ...m.tree },
        })),
        dimensions: orderDimensions(columns.get('orders') ?? []),
        range,
        defaults: defaults ? { period: defaults.current.label, compare: defaults.previous.label } : null,
      },
      200,
    );
  });
}
