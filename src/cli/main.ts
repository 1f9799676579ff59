import { Command, CommanderError, Help } from 'commander';
import { resolveLang, type Lang } from '../i18n/locale.ts';
import { commanderText } from './commander-text.ts';
import { COMMAND_GROUPS, commandNameIn, type CommandEntry } from './manifest.ts';

/**
 * Builds the `fulcrum` program; tests call it in-process. Given the command line, it loads only
 * the module of the command that runs (or whose help is asked for) and lists the others from
 * cli/manifest.ts, so `fulcrum --help` and `fulcrum formula` do not import every command's
 * dependencies. Without a command line it loads every command.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const listed = new Map<Command, CommandEntry>();
  const lang = langOf(argv ?? []);
  const program = new Command('fulcrum')
    .description('Fulcrum: the profit formula on your own data')
    .showHelpAfterError()
    .exitOverride()
    // Commander's own parse errors (unknown option, missing value…) in the user's language; set
    // before any command is added, since each command copies its parent's output settings.
    .configureOutput({ outputError: (text, write) => write(commanderText(text, lang)) })
    // Each command reads only the options after its own name, so `kpi quarter` (a sheet with
    // --employee, --db…) and its `plan` subcommands (with the same options) never take each other's.
    .enablePositionalOptions()
    // A listed-only command has no options of its own yet; the list shows the term it will have.
    .configureHelp({
      subcommandTerm: (cmd) => {
        const entry = listed.get(cmd);
        return entry ? [entry.name, entry.term].filter(Boolean).join(' ') : new Help().subcommandTerm(cmd);
      },
    });
  const wanted = argv === undefined ? undefined : commandNameIn(argv);
  for (const group of COMMAND_GROUPS) {
    if (argv === undefined || group.commands.some((c) => c.name === wanted)) {
      (await group.load())(program);
      continue;
    }
    for (const entry of group.commands)
      listed.set(program.command(entry.name).description(entry.description), entry);
  }
  return program;
}

/**
 * Runs the CLI: errors are one line naming the problem (cli/error-text.ts decides what a user may
 * read), with the stack and the raw causes only under --debug.
 */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const lang = langOf(argv);
  try {
    await (await buildProgram(argv)).parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // Loaded only for a failure: the error kinds reach the formula parser (zod, yaml), which
    // `fulcrum --help` should not pay for.
    const [{ translator }, { errorText }, { errorDetails }] = await Promise.all([
      import('../i18n/messages.ts'),
      import('./error-text.ts'),
      import('../services/inputs/user-error.ts'),
    ]);
    process.stderr.write(`${translator(lang)('error.prefix')}: ${errorText(e, lang)}\n`);
    if (debug) process.stderr.write(`${errorDetails(e)}\n`);
    return 1;
  }
}

/**
 * The language of a command line before commander reads it (`--lang`, else the locale), for the
 * errors commander and a failed command print. An unknown --lang is reported by the command
 * itself; errors before that stay in English.
 */
function langOf(argv: readonly string[]): Lang {
  const langIndex = argv.indexOf('--lang');
  try {
    return resolveLang(langIndex >= 0 ? argv[langIndex + 1] : undefined, process.env);
  } catch {
    return 'en';
  }
}

// Run when executed directly (tsx src/cli/main.ts …), not when imported by tests.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  // exitCode, not exit(): exit() can cut off a large JSON still flushing to a pipe.
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
