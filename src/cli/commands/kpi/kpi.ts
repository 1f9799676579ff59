import type { Command } from 'commander';
import { catalogueWith } from '../../../services/index.ts';
import { cliContext, printJson, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderTable } from '../../render/table.ts';
import { registerKpiAnalyst } from './analyst.ts';
import { registerKpiDesign } from './design.ts';
import { registerKpiLink } from './link.ts';
import { registerKpiPlan } from './plan.ts';
import { registerKpiSheets } from './sheet.ts';
import { registerKpiFacts } from './facts.ts';

/** `fulcrum kpi …`: the KPI catalogue, the system designer, plans and motivation sheets. */
export function registerKpi(program: Command): void {
  const kpi = program.command('kpi').description('KPI system and motivation sheets');
  withCommon(kpi.command('catalogue').description('every KPI Fulcrum can compute'))
    .option('--definitions <file>', 'add or replace KPIs with your own definitions (JSON or YAML)')
    .action((opts: GlobalOptions & { definitions?: string }) => {
      const ctx = cliContext(opts);
      const catalogue = catalogueWith(opts.definitions).definitions;
      if (ctx.json) return printJson(catalogue);
      ctx.out(
        renderTable(
          [
            { header: 'id' },
            { header: ctx.t('kpi.name') },
            { header: ctx.t('kpi.unit') },
            { header: ctx.t('kpi.direction') },
          ],
          catalogue.map((d) => [
            d.id,
            d.name[ctx.lang],
            d.unit,
            ctx.t(d.direction === 'higher' ? 'kpi.higher' : 'kpi.lower'),
          ]),
        ),
      );
    });
  registerKpiDesign(kpi);
  registerKpiPlan(kpi);
  registerKpiSheets(kpi);
  registerKpiAnalyst(kpi);
  registerKpiLink(kpi);
  registerKpiFacts(kpi);
}
