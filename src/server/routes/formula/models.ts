import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { addUserModel, listModels, MAX_TREE_BYTES, removeUserModel } from '../../../services/index.ts';
import { currentUser } from '../../context.ts';
import { AUTH_ERRORS, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import { ModelEntriesSchema, ModelEntrySchema, NewModelSchema } from '../../../contract/models.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const list = createRoute({
  method: 'get',
  path: '/api/models',
  summary: 'Formula trees to analyse with: the presets and the trees the company stored',
  responses: {
    200: json(ModelEntriesSchema, 'presets first, then stored trees by id'),
    ...AUTH_ERRORS,
  },
});

const add = createRoute({
  method: 'post',
  path: '/api/models',
  summary: `Store a formula tree (JSON or YAML text, at most ${MAX_TREE_BYTES / 1024} KB), validated first; the same id replaces it`,
  request: jsonBody(NewModelSchema),
  responses: { 201: json(ModelEntrySchema, 'the stored tree'), ...INPUT_ERRORS },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/models/{id}',
  summary: 'Remove a stored formula tree (presets stay)',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 204: { description: 'removed' }, ...INPUT_ERRORS },
});

/** GET/POST /api/models, DELETE /api/models/{id}. */
export function registerModels(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(list, (c) => c.json(listModels(ws), 200));
  app.openapi(add, (c) => c.json(addUserModel(ws, c.req.valid('json').definition, currentUser(c)), 201));
  app.openapi(remove, (c) => {
    removeUserModel(ws, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
