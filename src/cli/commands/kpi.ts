import type { Command } from 'commander';
import { catalogueWith, designFor, resolveModel, UserError, writeDesignXlsx } from '../../services/index.ts';
import { cliContext, printJson, type GlobalOptions } from '../context.ts';
import { withCommon } from '../common.ts';
import { renderTable } from '../render/table.ts';
import { registerKpiAnalyst } from './kpi-analyst.ts';
import { registerKpiLink } from './kpi-link.ts';
import { registerKpiPlan } from './kpi-plan.ts';
import { registerKpiSheets } from './kpi-sheet.ts';
import { registerKpiFacts } from './kpi-facts.ts';

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
  withCommon(kpi.command('design').description('the five steps: KPI table, KPI × position matrix, shares'))
    .option('--model <id|file>', 'formula tree', 'lcpudq')
    .requiredOption('--positions <file>', 'positions with their KPIs (JSON or YAML)')
    .option('--export <file>', 'write the design to FILE.xlsx (KPI table, matrix, shares by position)')
    .action(async (opts: GlobalOptions & { model: string; positions: string; export?: string }) => {
      const ctx = cliContext(opts);
      const design = designFor(resolveModel(opts.model), opts.positions);
      if (opts.export) {
        if (!opts.export.toLowerCase().endsWith('.xlsx'))
          throw new UserError(
            {
              en: `--export "${opts.export}": use a .xlsx file`,
              ru: `--export «${opts.export}»: нужен файл .xlsx`,
            },
            'export',
          );
        await writeDesignXlsx(design, opts.export, ctx.lang);
      }
      if (ctx.json) return printJson(design);
      ctx.out(
        renderTable(
          [{ header: ctx.t('kpi.kpi') }, ...design.matrix.positions.map((p) => ({ header: p }))],
          design.matrix.rows.map((r) => [r.kpi, ...r.decisive.map((d) => (d ? '●' : ''))]),
        ),
      );
      for (const p of design.byPosition) {
        ctx.out('');
        ctx.out(`${ctx.t('kpi.position')}: ${p.name}`);
        for (const k of p.kpis)
          ctx.out(
            `  ${k.kpi}  ${ctx.t('kpi.share')} ${(k.share * 100).toFixed(1)}%  ← ${k.factors.join(', ')}`,
          );
      }
    });
  registerKpiPlan(kpi);
  registerKpiSheets(kpi);
  registerKpiAnalyst(kpi);
  registerKpiLink(kpi);
  registerKpiFacts(kpi);
}
