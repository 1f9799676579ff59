import type { Bilingual, Localizable } from '../i18n/localized.ts';
import type { Lang } from '../i18n/locale.ts';

/**
 * The engine failed to run a statement (a dropped table, a damaged file, a driver fault). Its
 * `message` is the engine's own words, which name SQL and server paths: fit for the log and for
 * `--debug`, never for a user. So it speaks to users only through `localized`, the same generic
 * text in every wrapper that quotes it (`textOf`), and surfaces add how to learn more.
 */
export class EngineError extends Error implements Localizable {
  override readonly name = 'EngineError';
  static readonly text: Bilingual = {
    en: 'the engine could not run the query; nothing was changed',
    ru: 'движок не смог выполнить запрос; ничего не изменено',
  };

  constructor(
    /** Engine name, for the log ("duckdb"). */
    readonly engine: string,
    cause: unknown,
  ) {
    super(`${engine}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }

  localized(lang: Lang): string {
    return EngineError.text[lang];
  }
}

/** Runs one engine call, turning anything it throws into an EngineError that keeps it as `cause`. */
export async function engineCall<T>(engine: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw e instanceof EngineError ? e : new EngineError(engine, e);
  }
}
