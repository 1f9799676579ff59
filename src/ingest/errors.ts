import {
  apiSpelling,
  bilingual,
  FIELD,
  type Bilingual,
  type Lang,
  type Localizable,
  type Spelling,
} from '../i18n/index.ts';

// The one input an ingest text names: the header mapping, `--map` on the command line, `map` in the API.
const MAP_FIELD = 'map';

/** Whole-file problems: the file cannot be read as a table at all (bad rows are data, not these). */
export type IngestErrorCode =
  | 'missing_file'
  | 'empty_file'
  | 'no_data_rows'
  | 'unknown_encoding'
  | 'unreadable_xlsx'
  | 'unreadable_file'
  | 'unsupported_format'
  | 'missing_column'
  | 'bad_map'
  | 'no_sheet'
  | 'too_many_columns'
  | 'too_many_rows'
  | 'too_large';

/**
 * Thrown for whole-file problems; the message names the file and what to do. A text writes the
 * header mapping as `{field}` (FIELD), never as a flag: each surface spells it (`--map`, `map`).
 */
export class IngestError extends Error implements Localizable {
  override readonly name = 'IngestError';
  readonly text: Bilingual;
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    text: string | Bilingual,
    options?: ErrorOptions,
  ) {
    const t = bilingual(text);
    super(`${file}: ${t.en.replaceAll(FIELD, apiSpelling(MAP_FIELD))}`, options);
    this.text = t;
  }

  localized(lang: Lang, spell: Spelling = apiSpelling): string {
    return `${this.file}: ${this.text[lang].replaceAll(FIELD, spell(MAP_FIELD))}`;
  }
}
