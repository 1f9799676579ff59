import type { Context } from 'hono';
import type { Credential } from '../../services/index.ts';
import { currentUser } from '../context.ts';
import type { AppEnv } from '../types.ts';

/** The session or API token this request came with, for services that must spare it. */
export function credentialOf(c: Context<AppEnv>): Credential {
  const user = currentUser(c);
  const identity = c.get('identity')!;
  return identity.via === 'session'
    ? { userId: user.id, sessionHash: identity.session.tokenHash }
    : { userId: user.id, tokenId: identity.tokenId };
}
