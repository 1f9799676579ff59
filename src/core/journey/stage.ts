import type { Bilingual } from '../../i18n/index.ts';

/**
 * The formula's levers a journey stage can feed: leads, conversion, unit price, items per receipt,
 * purchases per buyer, margin, and the average check people read beside them.
 */
export const JOURNEY_LEVERS = ['L', 'C', 'Pu', 'D', 'Q', 'M', 'P'] as const;
export type JourneyLever = (typeof JOURNEY_LEVERS)[number];

/**
 * How many clients reached a stage, read from the warehouse where it can be: ad impressions,
 * leads, leads that became clients, buyers, buyers who came back, clients who came on a
 * recommendation. `null` on a stage: the data cannot say (the map shows it as a question).
 */
export const REACH_MEASURES = [
  'impressions',
  'leads',
  'new_buyers',
  'buyers',
  'repeat_buyers',
  'referrals',
] as const;
export type ReachMeasure = (typeof REACH_MEASURES)[number];

/** The two sides of a B2B purchase (seed 000: ЛПР and ЛВР) at one stage. */
export interface DecisionPeople {
  /** ЛПР: who decides. */
  deciders: Bilingual;
  /** ЛВР: who influences the decision. */
  influencers: Bilingual;
}

/** One stage of a customer (or patient) journey map. */
export interface JourneyStage {
  /** Stable id: travels in URLs, feedback and cases (`evaluation`, `repeat`…). */
  id: string;
  name: Bilingual;
  /** Where the client meets the company at this stage (site, call centre, shop floor…). */
  touchpoints: readonly Bilingual[];
  /** Channels of the warehouse (orders/leads `channel`) that serve this stage. */
  channels: readonly string[];
  /** The position that owns the stage: its cases go there. */
  owner: string | null;
  /** The formula's levers the stage feeds. */
  levers: readonly JourneyLever[];
  /** Known difficulties clients meet here (for a clinic: booking, a doctor leaving…). */
  difficulties: readonly Bilingual[];
  /** What counts the clients who reached the stage, or null when the data cannot. */
  reach: ReachMeasure | null;
  /** B2B: the sales tactic at this stage (expert selling). */
  tactic?: Bilingual;
  /** B2B: who decides and who influences at this stage. */
  people?: DecisionPeople;
}

/** The presets a company starts its map from. */
export const JOURNEY_PRESETS = ['b2c', 'b2b', 'clinic'] as const;
export type JourneyPresetId = (typeof JOURNEY_PRESETS)[number];

/** A company's journey map: the preset it started from and its stages in order. */
export interface JourneyMap {
  preset: JourneyPresetId;
  stages: readonly JourneyStage[];
}
