import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import {
  countOwners,
  countUsers,
  credentialsByLogin,
  deleteUser,
  deleteUserApiTokens,
  deleteUserSessions,
  updateUser as updateUserRow,
  userById,
  insertUser,
  listApiTokens,
  listUsers as listUserRows,
  ROLES,
  type Role,
  type User,
  type UserLang,
} from '../../store/index.ts';
import type { Credential } from './sessions.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Logins are short names people type: letters, digits, dot, dash, underscore, @. */
const LOGIN = /^[\p{L}\p{N}._@-]{2,64}$/u;
/** Below this a password is too easy to guess for a tool holding a company's numbers. */
export const MIN_PASSWORD = 8;

/** A random password for generated accounts (demo owner, `user add` without --password). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Checks a role name from a form or flag. */
export function parseRole(role: string, field = 'role'): Role {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new UserError(
      {
        en: `role "${role}": use one of ${ROLES.join(', ')}`,
        ru: `роль «${role}»: укажите одну из ${ROLES.join(', ')}`,
      },
      field,
    );
  }
  return role as Role;
}

/** Adds a user with an argon2id password hash; a taken login is the user's error. */
export async function addUser(
  ws: Workspace,
  u: { login: string; name: string; role: Role; password: string; lang?: UserLang },
): Promise<User> {
  if (!LOGIN.test(u.login)) {
    throw new UserError(
      {
        en: `login "${u.login}": 2–64 letters, digits, ".", "_", "-" or "@"`,
        ru: `логин «${u.login}»: 2–64 буквы, цифры, «.», «_», «-» или «@»`,
      },
      'login',
    );
  }
  if (u.password.length < MIN_PASSWORD) {
    throw new UserError(
      {
        en: `the password needs at least ${MIN_PASSWORD} characters`,
        ru: `пароль должен содержать не меньше ${MIN_PASSWORD} символов`,
      },
      'password',
    );
  }
  if (credentialsByLogin(ws.store, u.login))
    throw new UserError({ en: `login "${u.login}" is taken`, ru: `логин «${u.login}» уже занят` }, 'login');
  const passwordHash = await argon2.hash(u.password, { type: argon2.argon2id });
  return insertUser(ws.store, { ...u, name: u.name.trim() || u.login, passwordHash });
}

/** Every user, oldest first. */
export function listUsers(ws: Workspace): User[] {
  return listUserRows(ws.store);
}

/** True when no account exists yet (a fresh install). */
export function hasNoUsers(ws: Workspace): boolean {
  return countUsers(ws.store) === 0;
}

// Verified when the login is unknown, so a wrong login costs as long as a wrong password and
// response times do not tell which logins exist.
let dummyHash: Promise<string> | null = null;

/** The user when the login and password match; null otherwise (without saying which was wrong). */
export async function checkPassword(ws: Workspace, login: string, password: string): Promise<User | null> {
  const found = credentialsByLogin(ws.store, login);
  if (!found) {
    dummyHash ??= argon2.hash(generatePassword(), { type: argon2.argon2id });
    await argon2.verify(await dummyHash, password);
    return null;
  }
  return (await argon2.verify(found.passwordHash, password)) ? found.user : null;
}

/** What an owner may change about a user. */
export interface UserPatch {
  name?: string;
  role?: string;
  /**
   * A new password; the user's sessions and API tokens end, so whoever held one (a thief among
   * them) signs in again or is given a new token.
   */
  password?: string;
}

const noSuchUser = (id: number) =>
  new UserError({ en: `no user #${id}`, ru: `нет пользователя №${id}` }, 'id');
const lastOwner = () =>
  new UserError(
    {
      en: 'the last owner must stay an owner: make someone else an owner first',
      ru: 'последний владелец должен остаться владельцем: сначала сделайте владельцем кого-то ещё',
    },
    'role',
  );

/**
 * Changes a user's name, role or password (owners only, checked by the route table). `by` is the
 * caller's credential: when they change their own password it stays valid, or they would be
 * signed out by their own reset.
 */
export async function updateUser(
  ws: Workspace,
  id: number,
  patch: UserPatch,
  by?: Credential,
): Promise<User> {
  const user = userById(ws.store, id);
  if (!user) throw noSuchUser(id);
  const role = patch.role === undefined ? undefined : parseRole(patch.role);
  if (user.role === 'owner' && role !== undefined && role !== 'owner' && countOwners(ws.store) <= 1)
    throw lastOwner();
  let passwordHash: string | undefined;
  if (patch.password !== undefined) {
    if (patch.password.length < MIN_PASSWORD) {
      throw new UserError(
        {
          en: `the password needs at least ${MIN_PASSWORD} characters`,
          ru: `пароль должен содержать не меньше ${MIN_PASSWORD} символов`,
        },
        'password',
      );
    }
    passwordHash = await argon2.hash(patch.password, { type: argon2.argon2id });
  }
  const name = patch.name === undefined ? undefined : patch.name.trim() || user.login;
  const updated = updateUserRow(ws.store, id, { name, role, passwordHash })!;
  if (passwordHash) {
    const keep = by?.userId === id ? by : undefined;
    deleteUserSessions(ws.store, id, keep?.sessionHash);
    deleteUserApiTokens(ws.store, id, keep?.tokenId);
  }
  return updated;
}

/**
 * Sets a new password for a login from the command line (an owner locked out, a leaked password):
 * every session and API token of the user ends, as after a reset in the workbench. Returns the
 * user and how many tokens were revoked.
 */
export async function resetPassword(
  ws: Workspace,
  login: string,
  password: string,
): Promise<{ user: User; revokedTokens: number }> {
  const found = credentialsByLogin(ws.store, login);
  if (!found) throw new UserError({ en: `no user "${login}"`, ru: `нет пользователя «${login}»` }, 'login');
  const revokedTokens = listApiTokens(ws.store, found.user.id).length;
  const user = await updateUser(ws, found.user.id, { password });
  return { user, revokedTokens };
}

/**
 * Removes a user, their sessions and API tokens with them. Nobody removes themselves (an owner
 * locking the door from inside) and the last owner stays.
 */
export function removeUser(ws: Workspace, actor: User, id: number): void {
  const user = userById(ws.store, id);
  if (!user) throw noSuchUser(id);
  if (user.id === actor.id) {
    throw new UserError({ en: 'you cannot remove yourself', ru: 'нельзя удалить самого себя' }, 'id');
  }
  if (user.role === 'owner' && countOwners(ws.store) <= 1) throw lastOwner();
  deleteUser(ws.store, id);
}
