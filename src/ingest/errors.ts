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
  | 'no_sheet';

/** Thrown for whole-file problems; the message names the file and what to do. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
