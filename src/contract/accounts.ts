import { z } from '@hono/zod-openapi';
import { ROLES, USER_LANGS } from '../store/index.ts';

export const UserSchema = z
  .object({
    id: z.number(),
    login: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    lang: z.enum(USER_LANGS),
    createdAt: z.string(),
  })
  .openapi('User');

export const LoginBodySchema = z
  .object({ login: z.string().min(1).max(64), password: z.string().min(1).max(1024) })
  .openapi('LoginRequest');

export const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() }).openapi('Session');

export const NewUserSchema = z
  .object({
    login: z.string().min(2).max(64),
    name: z.string().max(200).default(''),
    role: z.enum(ROLES),
    password: z.string().min(8).max(1024),
    lang: z.enum(USER_LANGS).optional(),
  })
  .openapi('NewUser');

export const NewTokenSchema = z.object({ name: z.string().min(1).max(100) }).openapi('NewToken');
export const TokenSchema = z
  .object({ token: z.string().openapi({ description: 'shown once; send as Authorization: Bearer' }) })
  .openapi('Token');

export const TokenRecordSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('TokenRecord');

export const UserPatchSchema = z
  .object({
    name: z.string().max(200).optional(),
    role: z.enum(ROLES).optional(),
    password: z.string().min(8).max(1024).optional(),
  })
  .openapi('UserPatch');
