/**
 * An industrial supplies wholesaler: few clients, big orders of many units, long lead-to-deal
 * cycles, account managers who own the client and matter (skills 0.6 … 1.4), closed at weekends.
 */
import type { IndustryProfile } from './profile.ts';

export const b2b: IndustryProfile = {
  name: 'b2b',
  season: [0.7, 0.95, 1.1, 1.05, 0.9, 0.95, 0.85, 0.85, 1.05, 1.1, 1.15, 1.3],
  weekday: [1, 1.05, 1.05, 1, 0.9, 0, 0],
  hours: [0, 0, 0, 0, 0, 0, 0, 0.05, 0.3, 1, 1.2, 1.2, 0.9, 0.8, 1.1, 1.1, 1, 0.8, 0.4, 0.1, 0.05, 0, 0, 0],
  channels: [
    {
      id: 'context',
      leads: 9,
      leadGrowth: 0.2,
      conversion: 0.12,
      conversionTrend: -0.12,
      rejected: 0.22,
      check: 0.9,
      paid: { cpc: 80, ctr: 0.03, leadsPerClick: 0.04, cpcGrowth: 0.15 },
    },
    {
      id: 'seo',
      leads: 6,
      leadGrowth: 0.1,
      conversion: 0.14,
      conversionTrend: -0.05,
      rejected: 0.18,
      check: 1,
    },
    {
      id: 'referral',
      leads: 2.5,
      leadGrowth: 0.05,
      conversion: 0.35,
      conversionTrend: 0,
      rejected: 0.1,
      check: 1.4,
    },
    {
      id: 'exhibition',
      leads: 3,
      leadGrowth: 0.3,
      conversion: 0.2,
      conversionTrend: -0.1,
      rejected: 0.15,
      check: 1.3,
    },
    {
      id: 'outbound',
      leads: 5,
      leadGrowth: 0.4,
      conversion: 0.08,
      conversionTrend: -0.1,
      rejected: 0.25,
      check: 1.1,
    },
    {
      id: 'marketplace',
      leads: 4,
      leadGrowth: 0.35,
      conversion: 0.25,
      conversionTrend: -0.05,
      rejected: 0.12,
      check: 0.6,
      paid: { cpc: 20, ctr: 0.03, leadsPerClick: 0.05, cpcGrowth: 0.2 },
    },
    {
      id: 'email',
      leads: 2,
      leadGrowth: 0.1,
      conversion: 0.15,
      conversionTrend: -0.05,
      rejected: 0.2,
      check: 0.9,
      paid: { cpc: 3, ctr: 0.02, leadsPerClick: 0.05, cpcGrowth: 0.05 },
    },
  ],
  repeatChannels: [
    ['own', 0.6],
    ['email', 0.2],
    ['outbound', 0.2],
  ],
  categories: [
    { id: 'equipment', price: 85000, margin: 0.27, weight: 8, extraItems: 0.6 },
    { id: 'spare parts', price: 4500, margin: 0.45, weight: 24, extraItems: 6 },
    { id: 'consumables', price: 900, margin: 0.38, weight: 30, extraItems: 20 },
    { id: 'tools', price: 3200, margin: 0.35, weight: 18, extraItems: 4 },
    { id: 'software', price: 25000, margin: 0.6, weight: 6, extraItems: 2 },
    { id: 'service', price: 12000, margin: 0.55, weight: 14, extraItems: 1 },
  ],
  stores: [
    {
      id: 'Moscow HQ',
      region: 'Moscow',
      weight: 1.5,
      managers: [
        ['Sorokin Andrey', 1.4],
        ['Fedorova Yulia', 1.1],
        ['Egorov Maxim', 0.9],
      ],
    },
    {
      id: 'Moscow South',
      region: 'Moscow',
      weight: 1,
      managers: [
        ['Nikitin Roman', 1],
        ['Makarova Ksenia', 0.8],
      ],
    },
    // Weak on frequency: accounts are not worked after the first deal.
    {
      id: 'St Petersburg Office',
      region: 'St Petersburg',
      weight: 1.1,
      managers: [
        ['Zaitsev Oleg', 0.9],
        ['Pavlova Tatiana', 1],
      ],
      frequency: 0.55,
    },
    {
      id: 'Kazan Office',
      region: 'Kazan',
      weight: 0.7,
      managers: [
        ['Sadykov Ruslan', 1.2],
        ['Ivanova Dina', 1],
      ],
    },
    // Weak on units per order: small, cautious deals; one manager at 0.6.
    {
      id: 'Yekaterinburg Office',
      region: 'Yekaterinburg',
      weight: 0.8,
      managers: [
        ['Frolov Denis', 0.6],
        ['Gusev Igor', 1],
      ],
      items: 0.65,
    },
    {
      id: 'Yekaterinburg Tech',
      region: 'Yekaterinburg',
      weight: 0.5,
      managers: [['Kiseleva Vera', 1]],
      price: 0.8,
    },
  ],
  purchases: { perYear: 5, shape: 1.5, dropA: 1, dropB: 7 },
  firstOrder: { sameDay: 0, meanDays: 35 },
  lines: { extra: 2, max: 25 },
  discount: { share: 0.4, rates: [0.03, 0.05, 0.07, 0.1] },
  priceGrowth: 0.1,
  tierSigma: 0.5,
  stickyManager: true,
  costs: { sga: 0.32, sgaGrowthPerMonth: 0.006, other: 0.01 },
};
