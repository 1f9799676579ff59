import type { Context } from 'hono';
import { INTL_LOCALE, type Lang } from '../i18n/index.ts';
import type { User } from '../store/index.ts';
import { HttpError, SIGN_IN } from './http-error.ts';
import type { AppEnv } from './types.ts';

/** The signed-in user; routes behind the route table always have one. */
export function currentUser(c: Context<AppEnv>): User {
  const identity = c.get('identity');
  if (!identity) throw new HttpError(401, 'unauthorized', SIGN_IN);
  return identity.user;
}

/**
 * Intl locale for `explain` sentences: the language the client asks for (the workbench sends its
 * switch as Accept-Language), else the user's stored setting.
 */
export function userLocale(c: Context<AppEnv>): string {
  const asked = (c.req.header('accept-language') ?? '').trim().slice(0, 2).toLowerCase();
  if (asked === 'ru' || asked === 'en') return INTL_LOCALE[asked];
  return INTL_LOCALE[currentUser(c).lang];
}

/**
 * The language of error messages: Accept-Language when it names ru or en, else the signed-in
 * user's setting, else Russian (the audience's language). Never throws: errors use it.
 */
export function requestLang(c: Context<AppEnv>): Lang {
  const asked = (c.req.header('accept-language') ?? '').trim().slice(0, 2).toLowerCase();
  if (asked === 'ru' || asked === 'en') return asked;
  return c.get('identity')?.user.lang ?? 'ru';
}
