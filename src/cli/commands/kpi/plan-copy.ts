import type { Command } from 'commander';
import type { MessageKey } from '../../../i18n/index.ts';
import type { PlanCopy, Workspace } from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';

/** How one kind of monthly plan is copied: the command's texts and the service that copies. */
export interface PlanCopyCommand {
  description: string;
  /** Help of `--employee`: whose plan it is. */
  employee: string;
  copy: (ws: Workspace, c: PlanCopy) => unknown;
  /** The line printed once copied, given employee, from and to. */
  copied: MessageKey;
}

/**
 * `copy --employee ID --from YYYY-MM --to YYYY-MM [--force]` under `parent`: a marketer's and an
 * analyst's monthly plans are carried to another month by the same command, each by its service.
 */
export function registerPlanCopy(parent: Command, c: PlanCopyCommand): void {
  withCommon(parent.command('copy').description(c.description))
    .requiredOption('--employee <id>', c.employee)
    .requiredOption('--from <YYYY-MM>', 'the month to copy')
    .requiredOption('--to <YYYY-MM>', 'the month to create')
    .option('--force', 'replace a plan the target month already has')
    .action(async (opts: GlobalOptions & { employee: string; from: string; to: string; force?: boolean }) => {
      const ctx = cliContext(opts);
      const { employee, from, to } = opts;
      const copied = await withWorkspace(opts.db, async (ws) =>
        c.copy(ws, { employee, from, to, force: Boolean(opts.force) }),
      );
      if (ctx.json) return printJson(copied);
      ctx.out(ctx.t(c.copied, { employee, from, to }));
    });
}
