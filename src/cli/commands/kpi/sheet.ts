import type { Command } from 'commander';
import { kpiSheetFor, writeSheetXlsx } from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderKpiSheet } from '../../render/kpi-sheet.ts';
import { registerKpiQuarter } from './quarter.ts';

interface SheetOptions extends GlobalOptions {
  employee: string;
  period: string;
  explain?: boolean;
  export?: string;
}

/** `fulcrum kpi sheet` (monthly) and `fulcrum kpi quarter` (quarterly), from the store and the warehouse. */
export function registerKpiSheets(kpi: Command): void {
  withCommon(kpi.command('sheet').description('the monthly motivation sheet of an employee'))
    .requiredOption('--employee <id>', 'employee id as in the plan')
    .requiredOption('--period <YYYY-MM>', 'month of the plan')
    .option('--explain', 'each line as a sentence')
    .option('--export <file.xlsx>', 'write the sheet as a workbook with live formulas')
    .action(async (opts: SheetOptions) => {
      const ctx = cliContext(opts);
      const sheet = await withWorkspace(opts.db, (ws) => kpiSheetFor(ws, opts.employee, opts.period));
      if (opts.export) await writeSheetXlsx(sheet, opts.export, ctx.lang);
      if (ctx.json) return printJson(sheet);
      ctx.out(renderKpiSheet(sheet, ctx.lang, ctx.t, Boolean(opts.explain)));
      if (opts.export) ctx.out(ctx.t('kpi.exported', { file: opts.export }));
    });
  registerKpiQuarter(kpi);
}
