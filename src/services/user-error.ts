import { bilingual, type Bilingual, type Lang, type Localizable } from '../i18n/index.ts';

/**
 * A failure caused by what the user asked for (a bad period, an unknown model, an empty
 * warehouse), as opposed to a bug. Surfaces show its text in the user's language: the CLI as one
 * line, the HTTP API as a 400 naming `field` when one input is to blame. `message` is English.
 */
export class UserError extends Error implements Localizable {
  override readonly name = 'UserError';
  readonly text: Bilingual;
  constructor(
    text: string | Bilingual,
    /** The input to blame, spelled as the HTTP API names it (period, step, filter…). */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    const t = bilingual(text);
    super(t.en, options);
    this.text = t;
  }

  localized(lang: Lang): string {
    return this.text[lang];
  }
}
