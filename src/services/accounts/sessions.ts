import { UserError } from '../inputs/user-error.ts';
import { createHash, randomBytes } from 'node:crypto';
import {
  deleteSession,
  deleteStaleSessions,
  insertApiToken,
  listApiTokens,
  deleteApiToken,
  type ApiTokenRecord,
  insertSession,
  sessionByHash,
  touchSession,
  useApiToken,
  userById,
  type User,
} from '../../store/index.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** How long a session lives at most, and how long it survives without use. */
export interface SessionPolicy {
  maxAgeMs: number;
  idleMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  maxAgeMs: 7 * 24 * 3600_000,
  idleMs: 12 * 3600_000,
};

/** A fresh unguessable token (session cookie, CSRF token, API token). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the store keeps instead of a token. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A signed-in session as the server sees it. */
export interface ActiveSession {
  user: User;
  csrfToken: string;
  tokenHash: string;
}

/** Starts a session for a user; the token goes to the cookie and is never stored. */
export function startSession(
  ws: Workspace,
  user: User,
  policy = DEFAULT_SESSION_POLICY,
): { token: string; csrfToken: string; expiresAt: Date } {
  const token = newToken();
  const csrfToken = newToken();
  const now = ws.clock();
  const expiresAt = new Date(now.getTime() + policy.maxAgeMs);
  insertSession(ws.store, {
    tokenHash: tokenDigest(token),
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, csrfToken, expiresAt };
}

/** The session for a cookie token if it is neither expired nor idle too long; sliding its idle clock. */
export function resumeSession(
  ws: Workspace,
  token: string,
  policy = DEFAULT_SESSION_POLICY,
): ActiveSession | null {
  const hash = tokenDigest(token);
  const s = sessionByHash(ws.store, hash);
  if (!s) return null;
  const now = ws.clock();
  const idleSince = new Date(now.getTime() - policy.idleMs).toISOString();
  const user = userById(ws.store, s.userId);
  if (s.expiresAt <= now.toISOString() || s.lastSeenAt < idleSince || !user) {
    deleteStaleSessions(ws.store, now.toISOString(), idleSince);
    deleteSession(ws.store, hash);
    return null;
  }
  touchSession(ws.store, hash, now.toISOString());
  return { user, csrfToken: s.csrfToken, tokenHash: hash };
}

/** Ends a session (logout). */
export function endSession(ws: Workspace, tokenHash: string): void {
  deleteSession(ws.store, tokenHash);
}

/** Creates an API token for a user; the token is returned once and only its digest is kept. */
export function createApiToken(ws: Workspace, user: User, name: string): { token: string; id: number } {
  const token = newToken();
  const rec = insertApiToken(ws.store, { tokenHash: tokenDigest(token), name, userId: user.id });
  return { token, id: rec.id };
}

/** The user's own tokens, newest first: names and dates, never the tokens themselves. */
export function listOwnTokens(ws: Workspace, user: User): ApiTokenRecord[] {
  return listApiTokens(ws.store, user.id);
}

/** Any user's tokens, newest first, for an owner (the route table lets only owners ask). */
export function listTokensOf(ws: Workspace, userId: number): ApiTokenRecord[] {
  if (!userById(ws.store, userId))
    throw new UserError({ en: `no user #${userId}`, ru: `нет пользователя №${userId}` }, 'id');
  return listApiTokens(ws.store, userId);
}

/**
 * Revokes a token at once: the caller's own, or for an owner anyone's (owners manage every
 * account, and a leaked script token must be stoppable without its holder). For anyone else a
 * foreign token is "not found", not "forbidden", so ids do not tell which tokens exist.
 */
export function revokeToken(ws: Workspace, actor: User, id: number): void {
  if (!deleteApiToken(ws.store, id, actor.role === 'owner' ? undefined : actor.id))
    throw new UserError({ en: `no API token #${id}`, ru: `нет API-токена №${id}` }, 'id');
}

/** The user behind a bearer token and the token's id, or null. */
export function userByApiToken(ws: Workspace, token: string): { user: User; tokenId: number } | null {
  const rec = useApiToken(ws.store, tokenDigest(token));
  const user = rec ? userById(ws.store, rec.userId) : undefined;
  return rec && user ? { user, tokenId: rec.id } : null;
}

/**
 * The credential a request came with: kept when its user changes their own password, while every
 * other session and token of theirs ends.
 */
export interface Credential {
  userId: number;
  sessionHash?: string;
  tokenId?: number;
}
