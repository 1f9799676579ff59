import type { Lang } from './locale.ts';
import type { Bilingual, Localizable } from './localized.ts';

/** How a surface spells an input: `asof` in a query, `--asof` on the command line. */
export type Spelling = (field: string) => string;

/** The HTTP API's spelling, and the default: the field's own name. */
export const apiSpelling: Spelling = (field) => field;

/** The token a message writes where the input's name goes; each surface fills it with its own spelling. */
export const FIELD = '{field}';

/**
 * A failure caused by what the user asked for (a bad period, an unknown model, an empty
 * warehouse), as opposed to a bug. Its text is Russian and English by type — a plain string does
 * not compile — so no surface can show an English-only line to a Russian user. A text names the
 * blamed input as `{field}`, never as a CLI flag: services do not know how a surface spells it;
 * the CLI shows `--asof`, the HTTP API `asof` (`localized`'s `spell`). `message` is English, for logs.
 */
export class UserError extends Error implements Localizable {
  override readonly name = 'UserError';
  constructor(
    readonly text: Bilingual,
    /** The input to blame, spelled as the HTTP API names it (period, step, filter…). */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(spelled(text.en, field, apiSpelling), options);
  }

  localized(lang: Lang, spell: Spelling = apiSpelling): string {
    return spelled(this.text[lang], this.field, spell);
  }
}

function spelled(text: string, field: string | undefined, spell: Spelling): string {
  return field === undefined ? text : text.replaceAll(FIELD, spell(field));
}
