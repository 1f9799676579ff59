import type { Bilingual, Localizable } from '../i18n/localized.ts';
import type { Lang } from '../i18n/locale.ts';

/**
 * The engine failed to run a statement (a dropped table, a damaged file, a driver fault). Its
 * `message` is the engine's own words unchanged (readers match them to name a file's problem),
 * which quote SQL and server paths: fit for the log and for `--debug`, never for a user. So it
 * speaks to users only through `localized`: a generic text, the same in every wrapper that quotes
 * it (`textOf`), and surfaces add how to learn more.
 */
export class EngineError extends Error implements Localizable {
  override readonly name = 'EngineError';
  static readonly text: Bilingual = {
    en: 'the engine could not run the query; nothing was changed',
    ru: 'движок не смог выполнить запрос; ничего не изменено',
  };
  readonly text: Bilingual;

  constructor(
    /** Engine name, for the log ("duckdb"). */
    readonly engine: string,
    cause: unknown,
    /** What users read instead of the generic text, when the driver knows better. */
    text: Bilingual = EngineError.text,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.text = text;
  }

  localized(lang: Lang): string {
    return this.text[lang];
  }
}

/** Runs one engine call, turning anything it throws into an EngineError that keeps it as `cause`. */
export async function engineCall<T>(engine: string, run: () => Promise<T>, text?: Bilingual): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw e instanceof EngineError ? e : new EngineError(engine, e, text);
  }
}
