import type { Command } from 'commander';
import { formatKpiValue } from '../../../core/kpi/index.ts';
import {
  catalogueWith,
  checkDimensions,
  kpiFactsFor,
  parseFilters,
  resolvePeriods,
} from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderTable } from '../../render/table.ts';

interface FactsOptions extends GlobalOptions {
  period?: string;
  filter: string[];
  definitions?: string;
}

/**
 * `fulcrum kpi facts`: every KPI of the catalogue (with the company's own definitions) for a
 * period and a scope, from the warehouse; what the data cannot give says "no data".
 */
export function registerKpiFacts(kpi: Command): void {
  withCommon(
    kpi.command('facts').description('every KPI of the catalogue for a period and scope, from the data'),
  )
    .option('--period <months>', 'months: YYYY-MM..YYYY-MM (default: the last 12 complete)')
    .option('--filter <dim=values>', 'scope, e.g. channel=yandex or store=Центр (repeatable)', collect, [])
    .option('--definitions <file>', 'your own KPI definitions and measures (JSON or YAML)')
    .action(async (opts: FactsOptions) => {
      const ctx = cliContext(opts);
      const catalogue = catalogueWith(opts.definitions);
      const filters = parseFilters(opts.filter);
      const res = await withWorkspace(opts.db, async (ws) => {
        // The typed --filter is checked here, not in kpiFactsFor: KPI sheets pass an employee's
        // channels through it, and a warehouse without a channel column is "no data" for them.
        checkDimensions(await ws.columns(), { filters });
        return kpiFactsFor(ws, {
          period: (await resolvePeriods(ws, { period: opts.period })).current,
          filters,
          catalogue,
        });
      });
      if (ctx.json) return printJson(res);
      ctx.out(`${res.period.label}`);
      ctx.out(
        renderTable(
          [{ header: 'id' }, { header: ctx.t('kpi.name') }, { header: ctx.t('kpi.fact'), align: 'right' }],
          res.facts.map((f) => [f.kpi, f.name[ctx.lang], formatKpiValue(f.value, f.unit, ctx.lang)]),
        ),
      );
    });
}

function collect(value: string, prior: string[]): string[] {
  return [...prior, value];
}
