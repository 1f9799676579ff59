import { resolveLang, translator, type Lang, type Translate } from '../i18n/index.ts';
import type { Workspace } from '../services/index.ts';
import { openForCommand } from './warehouse-choice.ts';
import { silentProgress, terminalProgress, type Progress } from './progress.ts';

/** Options every command accepts. */
export interface GlobalOptions {
  db: string;
  lang?: string;
  json?: boolean;
  debug?: boolean;
}

/** What a command runs with: language, translator, progress and an output channel. */
export interface CliContext {
  lang: Lang;
  t: Translate;
  json: boolean;
  progress: Progress;
  /** Writes a line to stdout. */
  out(text: string): void;
}

/** Builds the context from global options; --json silences the bar so stdout stays parseable. */
export function cliContext(opts: GlobalOptions): CliContext {
  const lang = resolveLang(opts.lang, process.env);
  return {
    lang,
    t: translator(lang),
    json: Boolean(opts.json),
    progress: opts.json ? silentProgress : terminalProgress(),
    out: (text) => process.stdout.write(`${text}\n`),
  };
}

/** Prints a result as JSON (stable field names, two-space indent). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Opens the workspace for a command and always closes it. It waits while `fulcrum serve` is using
 * the file; without --db a missing warehouse is an error unless `create` (import, user add).
 */
export async function withWorkspace<T>(
  db: string,
  fn: (ws: Workspace) => Promise<T>,
  opts: { create?: boolean } = {},
): Promise<T> {
  const ws = await openForCommand(db, opts.create);
  try {
    return await fn(ws);
  } finally {
    await ws.close();
  }
}
