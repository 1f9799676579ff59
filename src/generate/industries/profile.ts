/**
 * An industry preset: every number that shapes a sample company. The simulation is one engine;
 * industries differ only in these tables, so a new preset is a new data file.
 */

/** Industries with a preset. */
export type IndustryName = 'retail' | 'b2b' | 'clinic';

/** A paid channel's auction: clicks buy leads, impressions buy clicks. */
export interface PaidSpec {
  /** Cost per click, roubles, at the start of the history. */
  cpc: number;
  ctr: number;
  /** Leads per click. */
  leadsPerClick: number;
  /** Relative CPC change per year (auction inflation). */
  cpcGrowth: number;
}

/** One acquisition channel. */
export interface ChannelSpec {
  id: string;
  /** Leads per day at scale 1, at the start of the history, before season and weekday. */
  leads: number;
  /** Relative change of lead volume per year (0.3 = +30% a year). */
  leadGrowth: number;
  /** Probability that a lead becomes a client, at the start. */
  conversion: number;
  /** Relative change of conversion per year (−0.1 = −10% a year). */
  conversionTrend: number;
  /** Probability that a lead is rejected (spam, wrong region, duplicate). */
  rejected: number;
  /** Multiplier of the client's price tier (marketplace buyers buy cheaper, referrals dearer). */
  check: number;
  /** Absent for organic channels: they have no spend rows. */
  paid?: PaidSpec;
}

/** A product category (services for clinics). */
export interface CategorySpec {
  id: string;
  /** Typical unit price, roubles, at the start. */
  price: number;
  /** Gross margin on list price; discounts eat into it. */
  margin: number;
  /** Share of lines. */
  weight: number;
  /** Mean number of extra units on a line (0 = always one). */
  extraItems: number;
}

/** A store (office, clinic) and its weak levers: the "key constraint" the product should find. */
export interface StoreSpec {
  id: string;
  region: string;
  /** Share of new clients. */
  weight: number;
  /** Name and skill; skill multiplies lines and units per order of the orders a manager serves. */
  managers: readonly (readonly [string, number])[];
  /** Multipliers of item price, units per receipt and purchase frequency (1 when absent). */
  price?: number;
  items?: number;
  frequency?: number;
}

/** Everything that distinguishes one industry's sample company. */
export interface IndustryProfile {
  name: IndustryName;
  /** Demand multipliers, January … December. */
  season: readonly number[];
  /** Demand multipliers, Monday … Sunday; 0 = closed (orders move to the next open day). */
  weekday: readonly number[];
  /** Relative activity per hour of the day, 0 … 23. */
  hours: readonly number[];
  channels: readonly ChannelSpec[];
  /** Channel of a repeat order: "own" is the channel that brought the client. */
  repeatChannels: readonly (readonly [string, number])[];
  categories: readonly CategorySpec[];
  stores: readonly StoreSpec[];
  /**
   * Repeat purchases, BG/NBD-like: each client's rate (purchases a year) is gamma with this mean
   * and shape; after each purchase the client drops out with a beta(dropA, dropB) probability.
   */
  purchases: { perYear: number; shape: number; dropA: number; dropB: number };
  /** Lead → first order: share bought the same day, else exponential delay with this mean (days). */
  firstOrder: { sameDay: number; meanDays: number };
  /** Mean extra lines per order (geometric) and a cap. */
  lines: { extra: number; max: number };
  /** Share of discounted lines and the discount rates offered. */
  discount: { share: number; rates: readonly number[] };
  /** Relative item price change per year (inflation, premiumisation). */
  priceGrowth: number;
  /** Log-sd of clients' price tiers. */
  tierSigma: number;
  /** True when one manager owns the client (B2B account, attending doctor). */
  stickyManager: boolean;
  /** Monthly SG&A and other costs as shares of the first year's mean monthly revenue. */
  costs: { sga: number; sgaGrowthPerMonth: number; other: number };
}
