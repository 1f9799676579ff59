import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addUser,
  employeeName,
  ensureDemoAccounts,
  generatePassword,
  hasNoUsers,
  openWorkspace,
  SAMPLE_DB,
  UserError,
  warmFirstViews,
  type Workspace,
} from '../../services/index.ts';
import { markServing } from '../../services/warehouse/lock.ts';
import { shellArg } from '../../services/inputs/shell-arg.ts';
import type { CliContext } from '../context.ts';
import { consoleLogger, startServer } from '../../server/index.ts';
import { cliContext, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';

interface ServeOptions extends GlobalOptions {
  port: string;
  host: string;
  sample?: boolean;
  trustProxy?: string;
}

/** A request waits this long for a warehouse a CLI command holds, then says who holds it. */
const REQUEST_WAIT_MS = 30_000;

/**
 * A warehouse with no accounts gets its first owner (`demo` on the sample company, `owner`
 * elsewhere), and the login and password are printed once in a banner with how to get a new one.
 */
async function ensureFirstOwner(ws: Workspace, ctx: CliContext, sample: boolean): Promise<void> {
  if (!hasNoUsers(ws)) return;
  const login = sample ? 'demo' : 'owner';
  const password = generatePassword();
  await addUser(ws, { login, name: sample ? 'Demo' : 'Owner', role: 'owner', password });
  const where = sample ? '--sample' : `--db ${shellArg(ws.dbPath, true)}`;
  const lines = [
    ctx.t('serve.firstOwner'),
    `  ${ctx.t('serve.firstOwnerLogin', { login })}`,
    `  ${ctx.t('serve.firstOwnerPassword', { password })}`,
    ctx.t('serve.firstOwnerOnce', { command: `fulcrum user passwd ${login} ${where}` }),
  ];
  const rule = '─'.repeat(Math.max(...lines.map((l) => l.length)));
  ctx.out([rule, ...lines, rule].join('\n'));
}

/**
 * The sample company's demo logins, printed once when created: the owner, and an employee and an
 * analyst linked to their own motivation sheets (services/sample/accounts.ts).
 */
async function printDemoAccounts(ws: Workspace, ctx: CliContext): Promise<void> {
  const created = await ensureDemoAccounts(ws);
  if (!created.length) return;
  const lines = created.map((a) => {
    const name = a.employee ? (employeeName(ws, a.employee) ?? a.employee) : '';
    const key =
      a.role === 'owner'
        ? 'sample.account.owner'
        : a.role === 'analyst'
          ? 'sample.account.analyst'
          : 'sample.account.employee';
    return ctx.t(key, { login: a.login, password: a.password, name });
  });
  lines.push(ctx.t('serve.firstOwnerOnce', { command: 'fulcrum user passwd LOGIN --sample' }));
  const rule = '─'.repeat(Math.max(...lines.map((l) => l.length)));
  ctx.out([rule, ...lines, rule].join('\n'));
}

/** Where the other half of the product is built (`npm run build:web`). */
const WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** `fulcrum serve`: the HTTP API and the workbench; runs until Ctrl+C. */
export function registerServe(program: Command): void {
  const cmd = program.command('serve').description('run the HTTP API and the workbench');
  withCommon(cmd)
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <addr>', 'address to listen on (0.0.0.0 exposes it to the network)', '127.0.0.1')
    .option(
      '--trust-proxy <addrs>',
      'comma-separated addresses of reverse proxies whose X-Forwarded-For names the caller (default: none)',
    )
    .action(async (opts: ServeOptions) => {
      const ctx = cliContext(opts);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UserError(
          {
            en: `--port "${opts.port}": expected 0–65535`,
            ru: `--port «${opts.port}»: ожидается число от 0 до 65535`,
          },
          'port',
        );
      // --sample has pointed --db at the sample company and built it (cli/warehouse-choice.ts).
      // Shared: the file is open only while a request or an import uses it, so CLI commands in
      // another terminal take turns with the server (docs/architecture.md).
      const ws = await openWorkspace(opts.db, undefined, { shared: true, waitMs: REQUEST_WAIT_MS });
      let unmark = (): void => {};
      try {
        if (opts.db === SAMPLE_DB) await printDemoAccounts(ws, ctx);
        else await ensureFirstOwner(ws, ctx, false);
        const webDir = existsSync(WEB_DIR) ? WEB_DIR : undefined;
        const server = await startServer(
          {
            workspace: ws,
            clock: () => new Date(),
            logger: consoleLogger(),
            webDir,
            version: VERSION,
            warm: (w) => warmFirstViews(w),
            trustProxy: (opts.trustProxy ?? '')
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean),
          },
          { port, host: opts.host },
        );
        unmark = markServing(ws.dbPath, server.url);
        ctx.out(ctx.t('serve.listening', { url: server.url }));
        if (!webDir) ctx.out(ctx.t('serve.noWeb', { url: server.url }));
        await new Promise<void>((resolve) => {
          const stop = (): void => void server.close().finally(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      } finally {
        unmark();
        await ws.close();
      }
    });
}
