import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  addUser,
  createApiToken,
  listOwnTokens,
  listTokensOf,
  listUsers,
  removeUser,
  revokeToken,
  updateUser,
} from '../../../services/index.ts';
import type { ApiTokenRecord } from '../../../store/index.ts';
import { credentialOf } from '../../auth/credential.ts';
import { currentUser } from '../../context.ts';
import {
  NewTokenSchema,
  NewUserSchema,
  TokenRecordsSchema,
  TokenSchema,
  UserPatchSchema,
  UserSchema,
  UsersSchema,
} from '../../../contract/accounts.ts';
import { AUTH_ERRORS, INPUT_ERRORS, json, jsonBody } from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const list = createRoute({
  method: 'get',
  path: '/api/users',
  summary: 'Every user (owner only)',
  responses: { 200: json(UsersSchema, 'users, oldest first'), ...AUTH_ERRORS },
});

const add = createRoute({
  method: 'post',
  path: '/api/users',
  summary: 'Add a user (owner only)',
  request: jsonBody(NewUserSchema),
  responses: { 201: json(UserSchema, 'the new user'), ...INPUT_ERRORS },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  summary:
    'Change a user\u2019s name, role or password (owner only; a new password ends their sessions and ' +
    'revokes their API tokens, except the caller\u2019s own when they change their own)',
  request: { params: z.object({ id: z.coerce.number().int().positive() }), ...jsonBody(UserPatchSchema) },
  responses: { 200: json(UserSchema, 'the user as changed'), ...INPUT_ERRORS },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/users/{id}',
  summary: 'Remove a user with their sessions and API tokens (owner only; not yourself, not the last owner)',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 204: { description: 'removed' }, ...INPUT_ERRORS },
});

const token = createRoute({
  method: 'post',
  path: '/api/tokens',
  summary: 'Create an API token for the signed-in user; it is shown once',
  request: jsonBody(NewTokenSchema),
  responses: { 201: json(TokenSchema, 'the token'), ...INPUT_ERRORS },
});

const tokens = createRoute({
  method: 'get',
  path: '/api/tokens',
  summary:
    'The signed-in user\u2019s API tokens: names and dates (the tokens themselves are never shown again)',
  responses: { 200: json(TokenRecordsSchema, 'tokens, newest first'), ...AUTH_ERRORS },
});

const userTokens = createRoute({
  method: 'get',
  path: '/api/users/{id}/tokens',
  summary: 'A user\u2019s API tokens: names and dates (owner only)',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 200: json(TokenRecordsSchema, 'tokens, newest first'), ...INPUT_ERRORS },
});

const revoke = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  summary:
    'Revoke an API token at once: one of the signed-in user\u2019s own, or for an owner anyone\u2019s ' +
    '(400 for a token that is not the caller\u2019s to revoke, as for one that does not exist)',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 204: { description: 'revoked' }, ...INPUT_ERRORS },
});

/** Names and dates of tokens, never their digests. */
const tokenRecords = (list: ApiTokenRecord[]) =>
  list.map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt }));

/**
 * GET/POST /api/users, PATCH/DELETE /api/users/{id}, GET /api/users/{id}/tokens, GET/POST
 * /api/tokens, DELETE /api/tokens/{id}.
 */
export function registerUsers(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(list, (c) => c.json(listUsers(ws), 200));
  app.openapi(add, async (c) => c.json(await addUser(ws, c.req.valid('json')), 201));
  app.openapi(patch, async (c) =>
    c.json(await updateUser(ws, c.req.valid('param').id, c.req.valid('json'), credentialOf(c)), 200),
  );
  app.openapi(remove, (c) => {
    removeUser(ws, currentUser(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(token, (c) => {
    const { token: value } = createApiToken(ws, currentUser(c), c.req.valid('json').name);
    return c.json({ token: value }, 201);
  });
  app.openapi(tokens, (c) => c.json(tokenRecords(listOwnTokens(ws, currentUser(c))), 200));
  app.openapi(userTokens, (c) => c.json(tokenRecords(listTokensOf(ws, c.req.valid('param').id)), 200));
  app.openapi(revoke, (c) => {
    revokeToken(ws, currentUser(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
