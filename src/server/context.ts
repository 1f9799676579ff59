import type { Context } from 'hono';
import { INTL_LOCALE } from '../i18n/index.ts';
import type { User } from '../store/index.ts';
import { HttpError } from './http-error.ts';
import type { AppEnv } from './types.ts';

/** The signed-in user; routes behind the route table always have one. */
export function currentUser(c: Context<AppEnv>): User {
  const identity = c.get('identity');
  if (!identity) throw new HttpError(401, 'unauthorized', 'sign in first');
  return identity.user;
}

/** Intl locale for `explain` sentences: the user's language setting. */
export const userLocale = (c: Context<AppEnv>): string => INTL_LOCALE[currentUser(c).lang];
