import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ensureDemoAccounts,
  ensureSample,
  openWorkspace,
  SAMPLE_DB,
  SAMPLE_DIR,
  UserError,
  warmFirstViews,
} from '../../services/index.ts';
import { consoleLogger, startServer } from '../../server/index.ts';
import { sampleLang } from '../../generate/localize.ts';
import { kpiEmployee } from '../../store/index.ts';
import { cliContext, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';

interface ServeOptions extends GlobalOptions {
  port: string;
  host: string;
  sample?: boolean;
  trustProxy?: string;
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
    .option('--sample', `serve the sample company (built into ${SAMPLE_DIR}); creates a demo owner if none`)
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
      const ws = await openWorkspace(opts.sample ? SAMPLE_DB : opts.db);
      try {
        if (opts.sample) {
          ctx.progress.start(ctx.t('progress.generate'), 1);
          await ensureSample(
            ws,
            SAMPLE_DIR,
            { onGenerate: (done, total) => ctx.progress.update(done, total) },
            undefined,
            { lang: sampleLang(opts.lang, process.env) },
          );
          ctx.progress.stop();
          // The owner, and an employee and an analyst linked to their sheets, printed once.
          for (const a of await ensureDemoAccounts(ws)) {
            const name = a.employee ? (kpiEmployee(ws.store, a.employee)?.name ?? a.employee) : '';
            const key =
              a.role === 'owner'
                ? 'sample.account.owner'
                : a.role === 'analyst'
                  ? 'sample.account.analyst'
                  : 'sample.account.employee';
            ctx.out(ctx.t(key, { login: a.login, password: a.password, name }));
          }
        }
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
        ctx.out(ctx.t('serve.listening', { url: server.url }));
        if (!webDir) ctx.out(ctx.t('serve.noWeb', { url: server.url }));
        await new Promise<void>((resolve) => {
          const stop = (): void => void server.close().finally(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      } finally {
        await ws.close();
      }
    });
}
