import type { Command } from 'commander';
import { parseFilters, parseValues } from '../options.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../context.ts';
import { withAnalysis, withCommon } from '../common.ts';
import { resolvePeriods } from '../periods.ts';
import { formulaFor, resolveModel } from '../../services/index.ts';
import { goalSeek, whatIf, type NodeValues } from '../../core/formula/index.ts';
import { formatMoney, formatNumber, formatPct } from '../../i18n/index.ts';
import { renderFormula } from '../render/formula.ts';
import { renderTable } from '../render/table.ts';
import { heading } from '../render/heading.ts';

interface WhatIfOptions extends GlobalOptions {
  model: string;
  values?: string;
  period?: string;
  filter: string[];
  target?: string;
  lever?: string;
}

function parseTarget(spec: string): { node: 'revenue' | 'profit'; value: number } {
  const [name, raw] = spec.split('=');
  const value = Number(raw);
  if ((name !== 'revenue' && name !== 'profit') || raw === undefined || !Number.isFinite(value)) {
    throw new Error(`--target "${spec}": expected revenue=NUMBER or profit=NUMBER`);
  }
  return { node: name, value };
}

/** `fulcrum whatif`: the formula from typed-in lever values (or the data's), and goal seek. */
export function registerWhatIf(program: Command): void {
  const cmd = program
    .command('whatif')
    .description('evaluate the formula from lever values; with --target, the lever change needed');
  withAnalysis(withCommon(cmd), 'lcpudq')
    .option(
      '--values <L=…,C=…>',
      'lever values, e.g. L=100,C=0.4,D=2,Pu=2,Q=2 (default: the data of --period)',
    )
    .option('--target <revenue|profit=N>', 'goal seek: the value to reach')
    .option('--lever <id>', 'goal seek with this lever alone (default: all levers by the same factor)')
    .action(async (opts: WhatIfOptions) => {
      const ctx = cliContext(opts);
      const tree = resolveModel(opts.model);
      let nodes: NodeValues;
      let input: Record<string, number | null>;
      if (opts.values) {
        input = parseValues(opts.values);
        nodes = whatIf(tree, input as Record<string, number>).values;
      } else {
        const res = await withWorkspace(opts.db, async (ws) => {
          const { current } = await resolvePeriods(ws, opts);
          return formulaFor(ws, { tree, period: current, filters: parseFilters(opts.filter) });
        });
        nodes = res.nodes;
        input = res.levers;
      }
      const result: Record<string, unknown> = {
        model: tree.id,
        values: input,
        revenue: nodes[tree.revenue] ?? null,
        profit: tree.profit ? (nodes[tree.profit] ?? null) : undefined,
        nodes,
      };
      if (opts.target) {
        const target = parseTarget(opts.target);
        const node = target.node === 'profit' ? tree.profit : tree.revenue;
        if (!node) throw new Error(`model "${tree.id}" has no profit node; use --model profit`);
        result['goal'] = goalSeek({
          tree,
          values: nodes,
          target: target.value,
          node,
          mode: opts.lever ? { lever: opts.lever } : 'equal',
        });
      }
      if (ctx.json) return printJson(result);
      ctx.out(heading(tree.label[ctx.lang]));
      ctx.out(renderFormula(tree, nodes, ctx.lang, ctx.t, { hideMissing: Boolean(opts.values) }));
      const goal = result['goal'] as ReturnType<typeof goalSeek> | undefined;
      if (goal) {
        ctx.out(heading(ctx.t('goalseek.title', { target: formatMoney(goal.value, ctx.lang) })));
        ctx.out(
          renderTable(
            [
              { header: ctx.t('report.levers.lever') },
              { header: ctx.t('report.before'), align: 'right' },
              { header: ctx.t('report.after'), align: 'right' },
              { header: '%', align: 'right' },
            ],
            goal.levers.map((m) => [
              m.lever,
              formatNumber(m.from, ctx.lang, 4),
              formatNumber(m.to, ctx.lang, 4),
              formatPct(m.changePct, ctx.lang),
            ]),
          ),
        );
      }
    });
}
