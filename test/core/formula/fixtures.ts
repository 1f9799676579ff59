/** Shop 1 of the methodology (L 100, C 0.4, D 2, Pu 2, Q 2 → 320) as raw measures, with costs. */
export const SHOP1 = {
  leads: 100,
  buyers: 40,
  orders: 80,
  items: 160,
  revenue: 320,
  cogs: 120,
  spend: 30,
  sga: 50,
  other_costs: 20,
};
