import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/index.ts';
import { openWorkspace, SAMPLE_DB, UserError, type Workspace } from '../services/index.ts';
import { cliContext, type GlobalOptions } from './context.ts';
import { warmUpWhileOpening } from './warm-up.ts';

/**
 * Which warehouse a command opens: the sample company's with `--sample`, the one `--db` names, or
 * `fulcrum.duckdb` in this folder — which only commands that create a warehouse may create, so a
 * typo'd folder says "no warehouse here" instead of answering from a new, empty one.
 */

/** The warehouse a command uses without --db. */
export const DEFAULT_DB = 'fulcrum.duckdb';

/** How long a command waits for a warehouse `fulcrum serve` (or another command) is using. */
export const WAIT_MS = 60_000;

// The language of the command being run, for the "waiting for the warehouse" line, and whether
// it prints for a reader (not --json).
let commandLang: Lang | undefined;
let commandFormats = true;

interface SampleOptions extends GlobalOptions {
  sample?: boolean;
}

/**
 * Runs before every command's action (withCommon installs it): with `--sample`, builds the sample
 * company if needed and points `--db` at it, so every command reads the same warehouse
 * `npm start` serves.
 */
export async function chooseWarehouse(cmd: Command): Promise<void> {
  const opts = cmd.opts<SampleOptions>();
  const ctx = cliContext(opts);
  commandLang = ctx.lang;
  commandFormats = !ctx.json;
  if (!opts.sample) return;
  if (cmd.getOptionValueSource('db') === 'cli' && opts.db !== SAMPLE_DB)
    throw new UserError(
      {
        en: `--sample and --db name two warehouses: use one (--sample is ${SAMPLE_DB})`,
        ru: `--sample и --db указывают на два хранилища: оставьте одно (--sample — это ${SAMPLE_DB})`,
      },
      'db',
    );
  cmd.setOptionValue('db', SAMPLE_DB);
  // Imported here, not at the top: only --sample needs the generator and the importer.
  const { buildSample } = await import('./sample-build.ts');
  await buildSample(ctx, waiting(ctx.lang));
}

/** Waits for a busy warehouse, saying once on stderr who holds it. */
function waiting(lang: Lang = commandLang ?? 'en') {
  return {
    waitMs: WAIT_MS,
    onWait: (text: { en: string; ru: string }) => process.stderr.write(`${text[lang]}\n`),
  };
}

/** Opens the warehouse for a command; `create` for commands that may start a new one (import, user add). */
export async function openForCommand(db: string, create = false): Promise<Workspace> {
  if (!create && db === DEFAULT_DB && !existsSync(db)) {
    const path = resolve(db);
    throw new UserError(
      {
        en: `there is no warehouse in this folder (${path}): load your data with "fulcrum import FILE --table orders", try the sample company with --sample, or name a warehouse with --db PATH`,
        ru: `в этой папке нет хранилища (${path}): загрузите данные командой «fulcrum import ФАЙЛ --table orders», откройте демо-компанию с --sample или укажите хранилище: --db ПУТЬ`,
      },
      'db',
    );
  }
  const opening = openWorkspace(db, undefined, waiting());
  warmUpWhileOpening(commandLang ?? 'en', commandFormats);
  return opening;
}
