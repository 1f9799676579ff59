import { Command, Option } from 'commander';
import { ATTRIBUTION_METHODS, PRESET_IDS } from '../core/formula/index.ts';
import { SAMPLE_DIR } from '../services/index.ts';
import { chooseWarehouse, DEFAULT_DB } from './warehouse-choice.ts';

/**
 * Adds the options every command takes (`fulcrum formula --json`): each subcommand has its own.
 * `--sample` points any command at the sample company (built on first use), the same warehouse
 * `npm start` serves (warehouse-choice.ts).
 */
export function withCommon(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'warehouse file (DuckDB); the app store sits beside it', DEFAULT_DB)
    .option('--sample', `use the sample company (generated into ${SAMPLE_DIR} on first use)`)
    .hook('preAction', async (self, action) => {
      // Ancestors' hooks fire too (kpi quarter → plan import): each command chooses once, for itself.
      if (self === action) await chooseWarehouse(action);
    })
    .option('--lang <ru|en>', 'language of the output (default: from the locale)')
    .option('--json', 'print JSON with stable field names')
    .option('--debug', 'print stack traces on errors');
}

/** Options of commands that read the formula from data. */
export function withAnalysis(cmd: Command, defaultModel: string): Command {
  return cmd
    .option('--model <id|file>', `formula tree: ${PRESET_IDS.join(', ')} or a JSON/YAML file`, defaultModel)
    .option('--period <months>', 'e.g. 2024-01..2024-12 (default: the last 12 complete months)')
    .option(
      '--filter <dim=values>',
      'keep only these values, e.g. store=Moscow-1,Kazan-1 (repeatable)',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    );
}

/** --method and --order for attribution. */
export function withAttribution(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--method <name>', 'how to split a change among levers')
        .choices([...ATTRIBUTION_METHODS])
        .default('lmdi'),
    )
    .option('--order <levers>', 'lever order for chain substitution, e.g. L,C,Pu,D,Q');
}

/** Splits "a,b,c" into trimmed non-empty parts (shared with the HTTP API). */
export { parseList as list } from '../services/inputs/options.ts';
