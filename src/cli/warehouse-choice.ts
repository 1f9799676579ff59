import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/index.ts';
import {
  ensureSample,
  openWorkspace,
  SAMPLE_DB,
  SAMPLE_DIR,
  sampleLang,
  UserError,
  type Workspace,
} from '../services/index.ts';
import { cliContext, type GlobalOptions } from './context.ts';

/**
 * Which warehouse a command opens: the sample company's with `--sample`, the one `--db` names, or
 * `fulcrum.duckdb` in this folder — which only commands that create a warehouse may create, so a
 * typo'd folder says "no warehouse here" instead of answering from a new, empty one.
 */

/** The warehouse a command uses without --db. */
export const DEFAULT_DB = 'fulcrum.duckdb';

/** How long a command waits for a warehouse `fulcrum serve` (or another command) is using. */
export const WAIT_MS = 60_000;

// The language of the command being run, for the "waiting for the warehouse" line.
let commandLang: Lang | undefined;

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
  const ws = await openWorkspace(SAMPLE_DB, undefined, waiting(ctx.lang));
  try {
    // Said only when it happens: a sample already built is reused silently on every later run.
    let generating = false;
    let current = '';
    await ensureSample(
      ws,
      SAMPLE_DIR,
      {
        onGenerate: (done, total) => {
          if (!generating) ctx.progress.start(ctx.t('progress.generate'), total);
          generating = true;
          ctx.progress.update(done, total);
        },
        onImport: (table, phase) => {
          if (table !== current) ctx.progress.start(ctx.t('progress.import', { table }), 3);
          current = table;
          ctx.progress.update(['read', 'validate', 'write'].indexOf(phase) + 1);
        },
      },
      undefined,
      // Names in the language the CLI speaks on the run that first generates the sample: with no
      // locale set the interface is Russian, so a Russian interface never shows "Kazan Gorki".
      { lang: sampleLang(ctx.lang, process.env) },
    );
  } finally {
    ctx.progress.stop();
    await ws.close();
  }
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
  return openWorkspace(db, undefined, waiting());
}
