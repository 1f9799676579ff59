import type { Command } from 'commander';
import {
  addUser,
  generatePassword,
  listUsers,
  parseRole,
  resetPassword,
  ROLES,
  UserError,
} from '../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import { renderTable } from '../render/table.ts';

interface UserAddOptions extends GlobalOptions {
  login: string;
  name?: string;
  role: string;
  password?: string;
}

interface UserPasswordOptions extends GlobalOptions {
  login?: string;
  password?: string;
}

/** `fulcrum user add`, `user list` and `user password`: accounts of the workbench and the API. */
export function registerUser(program: Command): void {
  const user = program.command('user').description('workbench and API accounts');
  withCommon(user.command('add').description('add a user; without --password one is generated and printed'))
    .requiredOption('--login <login>', 'sign-in name')
    .option('--name <name>', 'full name (default: the login)')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--password <password>', 'at least 8 characters (default: generate one)')
    .action(async (opts: UserAddOptions) => {
      const ctx = cliContext(opts);
      const role = parseRole(opts.role, '--role');
      const password = opts.password ?? generatePassword();
      const added = await withWorkspace(
        opts.db,
        (ws) => addUser(ws, { login: opts.login, name: opts.name ?? opts.login, role, password }),
        // The first account may come before the first import.
        { create: true },
      );
      if (ctx.json) return printJson({ user: added, password: opts.password ? undefined : password });
      ctx.out(ctx.t('user.added', { login: added.login, role: added.role }));
      if (!opts.password) ctx.out(ctx.t('user.password', { password }));
    });
  withCommon(
    user
      .command('password')
      .alias('passwd')
      .argument('[login]', 'sign-in name (or --login)')
      .description(
        "set a new password (`user passwd LOGIN`); the user's sessions end and API tokens are revoked. Without --password one is generated and printed",
      ),
  )
    .option('--login <login>', 'sign-in name')
    .option('--password <password>', 'at least 8 characters (default: generate one)')
    .action(async (positional: string | undefined, opts: UserPasswordOptions) => {
      const ctx = cliContext(opts);
      const login = positional ?? opts.login;
      if (!login || (positional && opts.login && positional !== opts.login))
        throw new UserError(
          {
            en: 'name one account: fulcrum user passwd LOGIN (or --login LOGIN)',
            ru: 'укажите одну учётную запись: fulcrum user passwd ЛОГИН (или --login ЛОГИН)',
          },
          'login',
        );
      const password = opts.password ?? generatePassword();
      const done = await withWorkspace(opts.db, (ws) => resetPassword(ws, login, password));
      if (ctx.json) return printJson({ ...done, password: opts.password ? undefined : password });
      ctx.out(ctx.t('user.passwordSet', { login: done.user.login, tokens: done.revokedTokens }));
      if (!opts.password) ctx.out(ctx.t('user.password', { password }));
    });
  withCommon(user.command('list').description('every user, oldest first')).action(
    async (opts: GlobalOptions) => {
      const ctx = cliContext(opts);
      const users = await withWorkspace(opts.db, async (ws) => listUsers(ws));
      if (ctx.json) return printJson(users);
      ctx.out(
        renderTable(
          [
            { header: 'id', align: 'right' },
            { header: 'login' },
            { header: 'name' },
            { header: 'role' },
            { header: 'lang' },
            { header: 'created' },
          ],
          users.map((u) => [String(u.id), u.login, u.name, u.role, u.lang, u.createdAt]),
        ),
      );
    },
  );
}
