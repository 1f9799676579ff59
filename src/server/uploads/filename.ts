import { HttpError } from '../http-error.ts';

/** Longest name kept: enough for any export's name, short enough for every file system. */
const MAX_LENGTH = 120;

/**
 * A file name the client sent, made safe to create in our temp directory and to show in the
 * import log: no directories, no control or shell-special characters, no leading dots. The
 * extension stays, since it decides how the file is read.
 */
export function sanitiseFilename(raw: string | undefined): string {
  if (!raw || !raw.trim())
    throw new HttpError(
      400,
      'bad_request',
      { en: 'filename: name the uploaded file', ru: 'filename: укажите имя загружаемого файла' },
      'filename',
    );
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: use it as sent.
  }
  const base = decoded.split(/[/\\]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? clean.slice(dot) : '';
  const stem = (dot > 0 ? clean.slice(0, dot) : clean).slice(0, MAX_LENGTH - ext.length);
  if (!stem)
    throw new HttpError(
      400,
      'bad_request',
      {
        en: `filename "${raw}": no usable name`,
        ru: `filename «${raw}»: из этого не получается имя файла`,
      },
      'filename',
    );
  return `${stem}${ext}`;
}
