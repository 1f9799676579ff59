import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { addUser, createApiToken, listUsers } from '../../services/index.ts';
import { currentUser } from '../context.ts';
import { NewTokenSchema, NewUserSchema, TokenSchema, UserSchema } from '../schemas/accounts.ts';
import { AUTH_ERRORS, INPUT_ERRORS, json, jsonBody } from '../schemas/common.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const list = createRoute({
  method: 'get',
  path: '/api/users',
  summary: 'Every user (owner only)',
  responses: { 200: json(z.array(UserSchema), 'users, oldest first'), ...AUTH_ERRORS },
});

const add = createRoute({
  method: 'post',
  path: '/api/users',
  summary: 'Add a user (owner only)',
  request: jsonBody(NewUserSchema),
  responses: { 201: json(UserSchema, 'the new user'), ...INPUT_ERRORS },
});

const token = createRoute({
  method: 'post',
  path: '/api/tokens',
  summary: 'Create an API token for the signed-in user; it is shown once',
  request: jsonBody(NewTokenSchema),
  responses: { 201: json(TokenSchema, 'the token'), ...INPUT_ERRORS },
});

/** GET /api/users, POST /api/users, POST /api/tokens. */
export function registerUsers(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(list, (c) => c.json(listUsers(ws), 200));
  app.openapi(add, async (c) => c.json(await addUser(ws, c.req.valid('json')), 201));
  app.openapi(token, (c) => {
    const { token: value } = createApiToken(ws, currentUser(c), c.req.valid('json').name);
    return c.json({ token: value }, 201);
  });
}
