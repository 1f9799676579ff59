import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { isPresetId, type FormulaTree } from '../../../core/formula/index.ts';
import { formatPct } from '../../../i18n/index.ts';
import type { KpiDesign } from '../../../core/kpi/index.ts';
import {
  designFor,
  designFromSaved,
  modelById,
  readPositions,
  resolveModel,
  saveDesign,
  UserError,
  writeDesignXlsx,
  type Workspace,
} from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type CliContext, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderTable } from '../../render/table.ts';

interface DesignOptions extends GlobalOptions {
  model: string;
  positions?: string;
  save?: boolean;
  load?: boolean;
  export?: string;
}

/** A preset or a tree file as everywhere; otherwise a tree the company stored (`fulcrum serve` uploads). */
const treeIn = (ws: Workspace, spec: string): FormulaTree =>
  isPresetId(spec) || existsSync(spec) ? resolveModel(spec) : modelById(ws, spec);

/** The matrix and each position's KPIs by name, with the factors behind each KPI. */
function render(ctx: CliContext, d: KpiDesign): void {
  const kpiName = new Map(d.table.map((k) => [k.kpi, k.name[ctx.lang]]));
  const positionName = new Map(d.byPosition.map((p) => [p.position, p.name]));
  ctx.out(
    renderTable(
      [
        { header: ctx.t('kpi.kpi') },
        ...d.matrix.positions.map((p) => ({ header: positionName.get(p) ?? p })),
      ],
      d.matrix.rows.map((r) => [kpiName.get(r.kpi) ?? r.kpi, ...r.decisive.map((x) => (x ? '●' : ''))]),
    ),
  );
  for (const p of d.byPosition) {
    ctx.out('');
    ctx.out(`${ctx.t('kpi.position')}: ${p.name}`);
    for (const k of p.kpis) {
      const share = formatPct(k.share * 100, ctx.lang, false, 1);
      const factors = k.factorNames.map((n) => n[ctx.lang]).join(', ');
      ctx.out(`  ${k.name[ctx.lang]}  ${ctx.t('kpi.share')} ${share}  ← ${factors}`);
    }
  }
}

/**
 * `fulcrum kpi design`: the five steps from a positions file, or from the design the company
 * saved (`--load`, the one the workbench edits); `--save` stores a checked file as that design.
 */
export function registerKpiDesign(kpi: Command): void {
  withCommon(kpi.command('design').description('the five steps: KPI table, KPI × position matrix, shares'))
    .option('--model <id|file>', 'formula tree', 'lcpudq')
    .option('--positions <file>', 'positions with their KPIs (JSON or YAML)')
    .option('--save', 'store the positions as the company’s design of this model (the workbench’s)')
    .option('--load', 'use the design saved for this model instead of a file')
    .option('--export <file>', 'write the design to FILE.xlsx (KPI table, matrix, shares by position)')
    .action(async (opts: DesignOptions) => {
      const ctx = cliContext(opts);
      if (opts.export && !opts.export.toLowerCase().endsWith('.xlsx'))
        throw new UserError(
          {
            en: `--export "${opts.export}": use a .xlsx file`,
            ru: `--export «${opts.export}»: нужен файл .xlsx`,
          },
          'export',
        );
      if (Boolean(opts.positions) === Boolean(opts.load) || (opts.save && !opts.positions))
        throw new UserError(
          {
            en: 'give --positions FILE (with --save to store it) or --load for the saved design',
            ru: 'укажите --positions FILE (с --save — чтобы сохранить) или --load для сохранённой системы',
          },
          'positions',
        );
      const file = opts.positions;
      const design =
        file && !opts.save
          ? designFor(resolveModel(opts.model), file)
          : await withWorkspace(opts.db, async (ws) => {
              const tree = treeIn(ws, opts.model);
              if (!file) return designFromSaved(ws, tree);
              const d = saveDesign(ws, tree, readPositions(file), null, file).design;
              if (!ctx.json)
                ctx.out(ctx.t('kpi.designSaved', { model: tree.id, count: d.byPosition.length }));
              return d;
            });
      if (opts.export) await writeDesignXlsx(design, opts.export, ctx.lang);
      if (ctx.json) return printJson(design);
      render(ctx, design);
    });
}
