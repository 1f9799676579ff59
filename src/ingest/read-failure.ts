import type { Bilingual } from '../i18n/index.ts';
import { IngestError } from './errors.ts';
import type { SourceFormat } from './types.ts';

/** A problem the engine names in its own words, and what it means to the person with the file. */
interface Known {
  readonly pattern: RegExp;
  /** The sentence, given the line the engine names (when it names one). */
  readonly text: (line: string | undefined) => Bilingual;
}

const KNOWN: readonly Known[] = [
  {
    pattern: /invalid unicode|not utf-8/i,
    text: (n) => ({
      en: `${n ? `line ${n} has` : 'the file has'} bytes that are not UTF-8 text: it mixes encodings; save it again as «CSV UTF-8»`,
      ru: `${n ? `в строке ${n} есть` : 'в файле есть'} байты, не являющиеся текстом UTF-8: в нём смешаны кодировки; сохраните его заново как «CSV UTF-8»`,
    }),
  },
  {
    pattern: /maximum line size/i,
    text: (n) => ({
      en: `${n ? `line ${n} is` : 'a line is'} longer than 2 MB: a quote left open or a damaged file`,
      ru: `${n ? `строка ${n}` : 'строка'} длиннее 2 МБ: незакрытая кавычка или повреждённый файл`,
    }),
  },
  {
    pattern: /unterminated quote/i,
    text: (n) => ({
      en: `${n ? `line ${n} opens` : 'the file opens'} a quoted value that is never closed`,
      ru: `${n ? `в строке ${n}` : 'в файле'} открыта кавычка, которая не закрыта`,
    }),
  },
  {
    pattern: /expected number of columns|too many columns/i,
    text: (n) => ({
      en: `${n ? `line ${n} has` : 'a line has'} more cells than the header has columns`,
      ru: `${n ? `в строке ${n}` : 'в строке'} ячеек больше, чем столбцов в заголовке`,
    }),
  },
];

const FORMAT_NAME: Record<SourceFormat, string> = {
  csv: 'CSV',
  tsv: 'TSV',
  parquet: 'Parquet',
  xlsx: 'XLSX',
};

/**
 * A file the engine could not read, as a user error naming the file and, where the engine says
 * it, the line. The engine's own text quotes its query, its options and the server's temp path
 * (and for a long line the whole line): none of it reaches the user; it stays on the cause.
 */
export function readFailure(file: string, format: SourceFormat, e: unknown): IngestError {
  const raw = e instanceof Error ? e.message : String(e);
  const line = /\bLine:\s*(\d+)/.exec(raw)?.[1];
  const known = KNOWN.find((k) => k.pattern.test(raw));
  const name = FORMAT_NAME[format];
  const text: Bilingual = known
    ? known.text(line)
    : {
        en: `cannot read rows${line ? ` (line ${line})` : ''}: the file is truncated or damaged, or is not a ${name} file`,
        ru: `не удалось прочитать строки${line ? ` (строка ${line})` : ''}: файл обрезан, повреждён или не является файлом ${name}`,
      };
  return new IngestError('unreadable_file', file, text, { cause: e });
}
