import type { Command } from 'commander';
import { linkUser } from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';

/** `fulcrum kpi link`: whose sheets a workbench account sees (employees and analysts: only these). */
export function registerKpiLink(kpi: Command): void {
  withCommon(kpi.command('link').description('link a user account to the employee whose sheets are theirs'))
    .requiredOption('--login <login>', 'the user')
    .option('--employee <id>', 'the employee (leave out to unlink)')
    .action(async (opts: GlobalOptions & { login: string; employee?: string }) => {
      const ctx = cliContext(opts);
      const r = await withWorkspace(opts.db, async (ws) => linkUser(ws, opts.login, opts.employee ?? null));
      if (ctx.json) return printJson(r);
      ctx.out(ctx.t('analyst.saved'));
    });
}
