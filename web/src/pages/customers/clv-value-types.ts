/** GET /api/customers/clv/value (src/services/customers/clv-summary.ts), as the CLV tab reads it. */
export interface ClvGroup {
  customers: number;
  clv: number;
  average: number;
  expectedPurchases: number;
  pAlive: number;
}

export interface ClvSummary {
  asOf: string;
  fit: { horizon: number; margin: number; unit: string; model: string; calibrationEnd: string };
  total: ClvGroup;
  segments: Array<ClvGroup & { segment: string; name: string }>;
  top: Array<{
    customer_id: string;
    segment: string;
    name: string;
    p_alive: number;
    expected_purchases: number;
    expected_average_value: number;
    clv: number;
  }>;
}

/** Horizons offered, in weeks (the fit's unit): half a year, a year, two, three years. */
export const CLV_HORIZONS = [26, 52, 104, 156] as const;
