import type { Bilingual } from '../i18n/index.ts';
import type { Engine } from '../engines/engine.ts';
import type { TableName } from './contract.ts';
import type { Delimiter } from './csv-sniff.ts';
import type { SourceFormat } from './types.ts';

/** A file made readable as rows of text: what the staging step selects from. */
export interface Source {
  readonly format: SourceFormat;
  /** 'utf-8', 'utf-8-bom', 'windows-1251', 'koi8-r', 'windows-1252' (see encoding.ts), or 'binary' for Parquet. */
  readonly encoding: string;
  readonly delimiter: Delimiter | null;
  /** Header cells in column order, as the file spells them. */
  readonly headers: string[];
  /** SQL table expression with VARCHAR columns s0…s(n-1) in file order, data rows only. */
  readonly relation: string;
  /** File row number of the first data row (1-based, title and header rows counted). */
  readonly firstDataRow: number;
  readonly warnings: Bilingual[];
  /** For delimited text: how to read it again with typed columns (see typed-read.ts). */
  readonly csv?: CsvLayout;
}

/** Where a delimited text source's data starts, and its first data rows as sniffed. */
export interface CsvLayout {
  readonly path: string;
  readonly delimiter: Delimiter;
  /** Lines before the first data row (title and header rows). */
  readonly skip: number;
  /** The first data rows of the head, split into cells. */
  readonly sample: ReadonlyArray<readonly string[]>;
  /** Text converted from a spreadsheet: short rows are padded, not refused (it omits empty tail cells). */
  readonly padShortRows: boolean;
  /**
   * The temp table `relation` puts malformed rows in (short, long, broken quotes) rather than
   * failing on the first: validation reports every one of them and drops the table.
   */
  readonly rejects: string;
}

/** Everything a reader needs; `tmpDir` is removed after the import. */
export interface SourceContext {
  readonly engine: Engine;
  /** The file to read (may be a converted temp file). */
  readonly path: string;
  /** The user's file, for messages. */
  readonly file: string;
  readonly table: TableName;
  readonly map: Record<string, string>;
  readonly sheet: string | undefined;
  readonly tmpDir: string;
  readonly onRows?: (rows: number) => void;
}

/** Reads one format. */
export type SourceReader = (ctx: SourceContext) => Promise<Source>;

/** Staging column name for source column i. */
export const sourceColumn = (i: number): string => `s${i}`;
