import type { Maybe } from '../kpi/types.ts';

/** Figures a director would read as an error though they are right, and is told why. */
export const CHANNEL_NOTE_KINDS = ['carcBelowCac', 'romiHigh'] as const;
export type ChannelNoteKind = (typeof CHANNEL_NOTE_KINDS)[number];

/** ROMI from which a channel's figure is explained: 1 000% (LTV ten times the cost per buyer). */
export const ROMI_EXPLAINED_FROM = 10;

/**
 * Which of a channel's figures need a sentence. CARC below CAC is right by seed 003's definitions
 * (CARC spreads all costs over all buyers, CAC the spend over new clients only) but reads as a
 * mistake; a ROMI in the thousands is right where little is spent per buyer but reads as a typo.
 */
export function channelNoteKinds(v: { cac: Maybe; carc: Maybe; romiRevenue: Maybe }): ChannelNoteKind[] {
  const kinds: ChannelNoteKind[] = [];
  if (v.cac !== null && v.carc !== null && v.carc < v.cac) kinds.push('carcBelowCac');
  if (v.romiRevenue !== null && v.romiRevenue >= ROMI_EXPLAINED_FROM) kinds.push('romiHigh');
  return kinds;
}
