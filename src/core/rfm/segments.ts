import type { RfmScores } from './types.ts';

/** Text in both languages of the product. */
export interface Bilingual {
  ru: string;
  en: string;
}

/** An inclusive score range on one axis. */
export type Range = readonly [number, number];

/** A named segment: the cells (r, f, m) it covers, with a tactic marketers can act on. */
export interface SegmentRule {
  /** Stable English name, used by `--segment` and in exports. */
  id: string;
  name: Bilingual;
  tactic: Bilingual;
  r: Range;
  f: Range;
  /** Omitted: any monetary score. */
  m?: Range;
}

const inRange = (v: number, [lo, hi]: Range) => v >= lo && v <= hi;

/** True when the rule covers a cell. */
export const covers = (rule: SegmentRule, s: RfmScores): boolean =>
  inRange(s.r, rule.r) && inRange(s.f, rule.f) && (!rule.m || inRange(s.m, rule.m));

/** A rule set that leaves cells uncovered or covers them twice; `cells` name the offenders. */
export class SegmentRulesError extends Error {
  override readonly name = 'SegmentRulesError';
  constructor(
    message: string,
    readonly gaps: RfmScores[],
    readonly overlaps: Array<{ cell: RfmScores; segments: string[] }>,
  ) {
    super(message);
  }
}

const cellName = (c: RfmScores) => `R${c.r}F${c.f}M${c.m}`;

/**
 * Checks every cell of the n×n×n grid lands in exactly one segment, so no customer is counted
 * twice or silently dropped; the error names up to ten offending cells.
 */
export function validateSegments(rules: readonly SegmentRule[], bins: number): void {
  const gaps: RfmScores[] = [];
  const overlaps: Array<{ cell: RfmScores; segments: string[] }> = [];
  for (let r = 1; r <= bins; r++)
    for (let f = 1; f <= bins; f++)
      for (let m = 1; m <= bins; m++) {
        const cell = { r, f, m };
        const hits = rules.filter((rule) => covers(rule, cell)).map((rule) => rule.id);
        if (hits.length === 0) gaps.push(cell);
        if (hits.length > 1) overlaps.push({ cell, segments: hits });
      }
  if (gaps.length === 0 && overlaps.length === 0) return;
  const parts = [
    ...overlaps.map((o) => `${cellName(o.cell)} is in ${o.segments.join(' and ')}`),
    ...gaps.map((g) => `${cellName(g)} is in no segment`),
  ];
  const more = parts.length > 10 ? ` (and ${parts.length - 10} more)` : '';
  throw new SegmentRulesError(`segment rules: ${parts.slice(0, 10).join('; ')}${more}`, gaps, overlaps);
}

/** The segment of a scored customer; rules must have passed validateSegments. */
export function segmentOf(rules: readonly SegmentRule[], s: RfmScores): SegmentRule {
  const hit = rules.find((rule) => covers(rule, s));
  if (!hit) throw new Error(`no segment covers ${cellName(s)}`);
  return hit;
}
