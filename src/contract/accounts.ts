import { z } from 'zod';
import { ROLES, USER_LANGS } from '../core/accounts/index.ts';

export const UserSchema = z
  .object({
    id: z.number(),
    login: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    lang: z.enum(USER_LANGS),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

/** GET /api/users: every user, oldest first. */
export const UsersSchema = z.array(UserSchema);

export const LoginBodySchema = z
  .object({ login: z.string().min(1).max(64), password: z.string().min(1).max(1024) })
  .meta({ id: 'LoginRequest' });

export const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() }).meta({ id: 'Session' });

/** GET /api/auth/me: the session, its CSRF token null for a caller with an API token. */
export const MeSchema = SessionSchema.extend({ csrfToken: z.string().nullable() });

export const NewUserSchema = z
  .object({
    login: z.string().min(2).max(64),
    name: z.string().max(200).default(''),
    role: z.enum(ROLES),
    password: z.string().min(8).max(1024),
    lang: z.enum(USER_LANGS).optional(),
  })
  .meta({ id: 'NewUser' });

export const NewTokenSchema = z.object({ name: z.string().min(1).max(100) }).meta({ id: 'NewToken' });
export const TokenSchema = z
  .object({ token: z.string().meta({ description: 'shown once; send as Authorization: Bearer' }) })
  .meta({ id: 'Token' });

export const TokenRecordSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'TokenRecord' });

export const UserPatchSchema = z
  .object({
    name: z.string().max(200).optional(),
    role: z.enum(ROLES).optional(),
    password: z.string().min(8).max(1024).optional(),
  })
  .meta({ id: 'UserPatch' });

/** GET /api/tokens and GET /api/users/{id}/tokens: tokens, newest first. */
export const TokenRecordsSchema = z.array(TokenRecordSchema);
