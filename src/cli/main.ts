import { Command, CommanderError } from 'commander';
import { registerConstraint } from './commands/constraint.ts';
import { registerFormula } from './commands/formula.ts';
import { registerGenerate } from './commands/generate.ts';
import { registerImport } from './commands/import.ts';
import { registerLevers } from './commands/levers.ts';
import { registerReport } from './commands/report.ts';
import { registerWhatIf } from './commands/whatif.ts';
import { registerServe } from './commands/serve.ts';
import { registerUser } from './commands/user.ts';
import { registerKpi } from './commands/kpi.ts';
import { registerRfm } from './commands/rfm.ts';
import { registerClv } from './commands/clv.ts';
import { registerSegments } from './commands/segments.ts';
import { registerCohorts } from './commands/cohorts.ts';
import { registerChannels } from './commands/channels.ts';
import { registerFunnel } from './commands/funnel.ts';
import { resolveLang, translator, type Lang } from '../i18n/index.ts';
import { errorDetails } from '../services/index.ts';
import { errorText } from './error-text.ts';

/** Builds the `fulcrum` program; tests call it in-process. */
export function buildProgram(): Command {
  const program = new Command('fulcrum')
    .description('Fulcrum: the profit formula on your own data')
    .showHelpAfterError()
    .exitOverride()
    // Each command reads only the options after its own name, so `kpi quarter` (a sheet with
    // --employee, --db…) and its `plan` subcommands (with the same options) never take each other's.
    .enablePositionalOptions();
  registerReport(program);
  registerFormula(program);
  registerLevers(program);
  registerConstraint(program);
  registerWhatIf(program);
  registerGenerate(program);
  registerImport(program);
  registerServe(program);
  registerUser(program);
  registerKpi(program);
  registerRfm(program);
  registerClv(program);
  registerSegments(program);
  registerCohorts(program);
  registerChannels(program);
  registerFunnel(program);
  return program;
}

/**
 * Runs the CLI: errors are one line naming the problem (cli/error-text.ts decides what a user may
 * read), with the stack and the raw causes only under --debug.
 */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const langIndex = argv.indexOf('--lang');
  let lang: Lang = 'en';
  try {
    lang = resolveLang(langIndex >= 0 ? argv[langIndex + 1] : undefined, process.env);
  } catch {
    // An unknown --lang is reported by the command itself; errors before that stay in English.
  }
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    process.stderr.write(`${translator(lang)('error.prefix')}: ${errorText(e, lang)}\n`);
    if (debug) process.stderr.write(`${errorDetails(e)}\n`);
    return 1;
  }
}

// Run when executed directly (tsx src/cli/main.ts …), not when imported by tests.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  // exitCode, not exit(): exit() can cut off a large JSON still flushing to a pipe.
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
