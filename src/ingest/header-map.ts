import type { Bilingual } from '../i18n/index.ts';
import { CONTRACT, IMPORT_ID_COLUMN, type TableName } from './contract.ts';
import { looseHeader, normaliseHeader } from './header-normalise.ts';
import { sanitiseIdentifier, uniqueName } from './identifier.ts';
import { SYNONYMS } from './synonyms.ts';

/** A source column that lands in a warehouse column. */
export interface MappedColumn {
  /** 0-based position in the source. */
  readonly index: number;
  /** The header as the file spells it (used in error reports). */
  readonly header: string;
  /** Canonical field or dimension column name. */
  readonly target: string;
}

/** How a file's headers map onto a table. */
export interface HeaderMapping {
  /** Canonical fields found, by field name. */
  readonly fields: Record<string, MappedColumn>;
  /** Extra VARCHAR columns (orders only). */
  readonly dimensions: MappedColumn[];
  /** Required fields with no column. */
  readonly missing: string[];
  readonly warnings: Bilingual[];
  /** Headers the user chose to leave out (`--map "Header=-"`). */
  readonly ignored: string[];
}

type Matcher = (header: string) => string | undefined;

const matchers = new Map<TableName, Matcher>();

/** Exact and loose lookups from the synonym table (built once per table); exact wins over loose. */
function matcherFor(table: TableName): Matcher {
  const cached = matchers.get(table);
  if (cached) return cached;
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const [field, synonyms] of Object.entries(SYNONYMS[table])) {
    for (const s of [field, ...synonyms]) {
      if (!exact.has(normaliseHeader(s))) exact.set(normaliseHeader(s), field);
      if (!loose.has(looseHeader(s))) loose.set(looseHeader(s), field);
    }
  }
  const matcher: Matcher = (h) =>
    exact.get(normaliseHeader(h)) ?? (looseHeader(h) ? loose.get(looseHeader(h)) : undefined);
  matchers.set(table, matcher);
  return matcher;
}

/** Counts headers in a candidate row that match a synonym: used to find the header row. */
export function synonymScore(
  table: TableName,
  cells: readonly string[],
  map: Record<string, string> = {},
): number {
  const match = matcherFor(table);
  const explicit = new Set(Object.keys(map).map(normaliseHeader));
  return cells.filter((c) => c.trim() !== '' && (explicit.has(normaliseHeader(c)) || match(c))).length;
}

/** The `--map` target that leaves a column out: `--map "Скидка %=-"`. */
export const IGNORE = '-';

/**
 * Maps source headers to canonical fields: an explicit `map` (source header → field) wins, then
 * synonyms in column order; a second header for a taken field is ignored with a warning. Unmapped
 * headers become dimensions for orders and are ignored (with a warning) elsewhere.
 */
export function mapHeaders(
  table: TableName,
  headers: readonly string[],
  map: Record<string, string> = {},
): HeaderMapping {
  const spec = CONTRACT[table];
  const fieldNames = new Set(spec.fields.map((f) => f.name));
  const dimensionNames = new Set(Object.keys(SYNONYMS[table]).filter((n) => !fieldNames.has(n)));
  const match = matcherFor(table);
  const explicit = new Map(Object.entries(map).map(([src, dst]) => [normaliseHeader(src), dst]));
  const fields: Record<string, MappedColumn> = {};
  const dimensions: MappedColumn[] = [];
  const warnings: Bilingual[] = [];
  const ignored: string[] = [];
  const taken = new Set<string>([...fieldNames, IMPORT_ID_COLUMN]);

  const assign = (index: number, header: string, target: string, how: 'map' | 'match'): void => {
    if (fieldNames.has(target)) {
      const prior = fields[target];
      if (prior) {
        warnings.push({
          en: `"${header}" also matches ${target}; using "${prior.header}" (${how === 'map' ? 'from the header mapping' : 'first match'})`,
          ru: `«${header}» тоже подходит под ${target}; используется «${prior.header}» (${how === 'map' ? 'из сопоставления заголовков' : 'первое совпадение'})`,
        });
        return;
      }
      fields[target] = { index, header, target };
    } else if (spec.dimensions) {
      dimensions.push({ index, header, target: uniqueName(target, taken) });
    } else {
      warnings.push({
        en: `column "${header}" is not part of ${table} and is ignored`,
        ru: `столбец «${header}» не входит в ${table} и пропущен`,
      });
    }
  };

  // Explicit choices first, so a synonym earlier in the file cannot steal their field.
  headers.forEach((h, i) => {
    const target = explicit.get(normaliseHeader(h));
    if (target === undefined) return;
    if (target === IGNORE) {
      ignored.push(h);
      return;
    }
    assign(i, h, fieldNames.has(target) ? target : sanitiseIdentifier(target, `col_${i + 1}`), 'map');
  });
  headers.forEach((h, i) => {
    if (explicit.has(normaliseHeader(h))) return;
    if (h.trim() === '') {
      warnings.push({
        en: `column ${i + 1} has no header and is ignored`,
        ru: `у столбца ${i + 1} нет заголовка, он пропущен`,
      });
      return;
    }
    const target = match(h);
    if (target !== undefined && (fieldNames.has(target) || dimensionNames.has(target))) {
      assign(i, h, target, 'match');
    } else {
      assign(i, h, sanitiseIdentifier(h, `col_${i + 1}`), 'match');
    }
  });
  const missing = spec.fields.filter((f) => f.required && !fields[f.name]).map((f) => f.name);
  return { fields, dimensions, missing, warnings, ignored };
}

/** Canonical field → source header, as reported in the import result. */
export function mappingReport(m: HeaderMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of [...Object.values(m.fields), ...m.dimensions]) out[c.target] = c.header;
  return out;
}

/** Why an explicit map cannot apply to these headers, or null when it can. */
export function explicitMapProblem(
  table: TableName,
  headers: readonly string[],
  map: Record<string, string>,
): Bilingual | null {
  const spec = CONTRACT[table];
  const present = new Set(headers.map(normaliseHeader));
  for (const [src, dst] of Object.entries(map)) {
    if (!present.has(normaliseHeader(src))) {
      const found = headers.join(', ');
      return {
        en: `the header mapping names column "${src}", which is not in the file (headers found: ${found})`,
        ru: `в сопоставлении заголовков указан столбец «${src}», которого нет в файле (найдены заголовки: ${found})`,
      };
    }
    if (dst !== IGNORE && !spec.dimensions && !spec.fields.some((f) => f.name === dst)) {
      const known = spec.fields.map((f) => f.name).join(', ');
      return {
        en: `the header mapping's target "${dst}" is not a field of ${table} (fields: ${known})`,
        ru: `цель «${dst}» в сопоставлении заголовков — не поле таблицы ${table} (поля: ${known})`,
      };
    }
  }
  return null;
}
