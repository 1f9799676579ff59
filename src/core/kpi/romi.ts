/**
 * How a quarterly plan reads ROMI from the data. The bases are listed once here: the contract's
 * enum, the store's column type, the facts' choice of channel metric and the workbench's select
 * all derive from this list, so a new basis is one line plus the places the compiler then names.
 */

/** LTV (and so ROMI) by gross margin or by revenue. */
export const ROMI_BASES = ['margin', 'revenue'] as const;
export type RomiBasis = (typeof ROMI_BASES)[number];

/** How ROMI is read from the data: LTV by margin or revenue, its horizon, costs outside the spend table. */
export interface RomiReading {
  basis: RomiBasis;
  /** Months since acquisition the LTV counts. */
  horizon: number;
  /** Marketing costs of the quarter outside the spend table (pay, tools), roubles. */
  otherCosts: number;
}

/** Fulcrum's reading of ROMI from the data unless the plan says otherwise (docs/customer-analytics.md). */
export const DEFAULT_ROMI: RomiReading = { basis: 'margin', horizon: 12, otherCosts: 0 };
