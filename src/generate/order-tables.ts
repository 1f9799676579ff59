/**
 * Constants of order writing, resolved once per run: encoded names, and the log-ratios of the
 * geometric draws for every store × manager (× category), so that a line costs no object lookups
 * and one logarithm less.
 */
import { encode } from './format.ts';
import type { IndustryProfile } from './industries/profile.ts';

/** ln(mean / (1 + mean)) of a geometric with that mean; −Infinity (always 0) for mean 0. */
function logRatio(mean: number): number {
  return mean > 0 ? Math.log(mean / (1 + mean)) : -Infinity;
}

export interface OrderTables {
  storePrice: Float64Array;
  /** Per store, per manager: log-ratio of the extra-lines draw. */
  linesLog: readonly Float64Array[];
  /** Per store, per manager: log-ratio of the extra-units draw per category. */
  itemsLog: readonly (readonly Float64Array[])[];
  categoryPrice: Float64Array;
  categoryMargin: Float64Array;
  /** ",channel," per channel. */
  channelBytes: readonly Uint8Array[];
  /** ",store,region,manager," per store and manager. */
  tailBytes: readonly (readonly Uint8Array[])[];
  /** "category\n" per category. */
  categoryBytes: readonly Uint8Array[];
  /** Upper bound of one line's length in bytes. */
  maxLine: number;
}

/** Resolves the tables of a preset. */
export function buildOrderTables(p: IndustryProfile): OrderTables {
  const basket = (s: IndustryProfile['stores'][number], skill: number): number => (s.items ?? 1) * skill;
  const channelBytes = p.channels.map((c) => encode(`,${c.id},`));
  const tailBytes = p.stores.map((s) => s.managers.map(([name]) => encode(`,${s.id},${s.region},${name},`)));
  const categoryBytes = p.categories.map((c) => encode(`${c.id}\n`));
  const longest = (bs: readonly Uint8Array[]): number => Math.max(...bs.map((b) => b.length));
  return {
    storePrice: Float64Array.from(p.stores, (s) => s.price ?? 1),
    linesLog: p.stores.map((s) =>
      Float64Array.from(s.managers, ([, k]) => logRatio(p.lines.extra * basket(s, k))),
    ),
    itemsLog: p.stores.map((s) =>
      s.managers.map(([, k]) =>
        Float64Array.from(p.categories, (c) => logRatio(c.extraItems * basket(s, k))),
      ),
    ),
    categoryPrice: Float64Array.from(p.categories, (c) => c.price),
    categoryMargin: Float64Array.from(p.categories, (c) => c.margin),
    channelBytes,
    tailBytes,
    categoryBytes,
    // Ids, timestamp, three amounts and a count take well under 160 bytes.
    maxLine: 160 + longest(channelBytes) + longest(tailBytes.flat()) + longest(categoryBytes),
  };
}
