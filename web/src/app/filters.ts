import { filterEntry } from '../../../src/contract/filter-entry.ts';
import type { Lang } from '../format/format.ts';
import type { DimensionValues } from '../api/types.ts';

/**
 * The filters as the page keeps them — `dim=v1,v2` strings, sent as repeated `filter` parameters —
 * turned into a map and back. A value holding `,` or `;` cannot be written in that syntax (the
 * API splits on them), so the picker offers it disabled rather than send a filter that means
 * something else.
 */
export function filtersToMap(filters: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filters) {
    const entry = filterEntry(f);
    if (entry?.values.length) out.set(entry.dim, [...(out.get(entry.dim) ?? []), ...entry.values]);
  }
  return out;
}

/** The map back as `dim=v1,v2` entries, dimensions in a stable order; empty ones dropped. */
export function filtersFromMap(map: ReadonlyMap<string, readonly string[]>): string[] {
  return [...map.entries()]
    .filter(([, v]) => v.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dim, values]) => `${dim}=${values.join(',')}`);
}

/** True when a value can be sent in a `dim=v1,v2` filter. */
export const filterable = (value: string): boolean => !/[,;]/.test(value) && value.trim() === value;

/**
 * A dimension's name for people, from the API's list (GET /api/dimensions carries each one's
 * label, src/services/slicing/dimension-names.ts); the column's own name until the list has loaded or
 * for a dimension it lacks.
 */
export function dimensionLabel(dim: string, lang: Lang, lists: DimensionValues | null | undefined): string {
  const label = lists?.dimensions.find((d) => d.dimension === dim)?.label;
  return label ? label[lang] : dim;
}
