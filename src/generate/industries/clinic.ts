/**
 * A dental and diagnostics clinic network: patients, services as items, visits as orders; the
 * attending doctor is the "manager". Summer and January dips, autumn peak.
 */
import type { IndustryProfile } from './profile.ts';

export const clinic: IndustryProfile = {
  name: 'clinic',
  season: [0.8, 0.95, 1.05, 1.05, 0.9, 0.85, 0.75, 0.8, 1.1, 1.15, 1.15, 1.0],
  weekday: [1, 1, 1, 1, 1, 0.7, 0.3],
  hours: [0, 0, 0, 0, 0, 0, 0, 0.1, 0.6, 1, 1.1, 1.1, 1, 0.9, 1, 1, 1.1, 1.2, 1.2, 1, 0.6, 0.2, 0, 0],
  channels: [
    {
      id: 'context',
      leads: 20,
      leadGrowth: 0.15,
      conversion: 0.3,
      conversionTrend: -0.1,
      rejected: 0.15,
      check: 1,
      paid: { cpc: 45, ctr: 0.04, leadsPerClick: 0.06, cpcGrowth: 0.18 },
    },
    {
      id: 'social',
      leads: 14,
      leadGrowth: 0.5,
      conversion: 0.18,
      conversionTrend: -0.15,
      rejected: 0.22,
      check: 0.85,
      paid: { cpc: 20, ctr: 0.01, leadsPerClick: 0.05, cpcGrowth: 0.1 },
    },
    {
      id: 'seo',
      leads: 12,
      leadGrowth: 0.1,
      conversion: 0.32,
      conversionTrend: -0.03,
      rejected: 0.12,
      check: 1,
    },
    {
      id: 'referral',
      leads: 8,
      leadGrowth: 0.05,
      conversion: 0.6,
      conversionTrend: 0,
      rejected: 0.1,
      check: 1.2,
    },
    {
      id: 'aggregator',
      leads: 15,
      leadGrowth: 0.3,
      conversion: 0.45,
      conversionTrend: -0.06,
      rejected: 0.12,
      check: 0.9,
      paid: { cpc: 60, ctr: 0.05, leadsPerClick: 0.15, cpcGrowth: 0.12 },
    },
    {
      id: 'offline',
      leads: 10,
      leadGrowth: -0.05,
      conversion: 0.55,
      conversionTrend: 0,
      rejected: 0.1,
      check: 1,
    },
    {
      id: 'email',
      leads: 4,
      leadGrowth: 0.1,
      conversion: 0.25,
      conversionTrend: -0.05,
      rejected: 0.18,
      check: 1,
      paid: { cpc: 2, ctr: 0.03, leadsPerClick: 0.1, cpcGrowth: 0.05 },
    },
  ],
  repeatChannels: [
    ['own', 0.55],
    ['offline', 0.25],
    ['email', 0.2],
  ],
  categories: [
    { id: 'consultation', price: 2200, margin: 0.6, weight: 30, extraItems: 0 },
    { id: 'diagnostics', price: 3800, margin: 0.55, weight: 18, extraItems: 0.2 },
    { id: 'therapy', price: 6500, margin: 0.45, weight: 20, extraItems: 0.5 },
    { id: 'hygiene', price: 5200, margin: 0.55, weight: 12, extraItems: 0 },
    { id: 'orthodontics', price: 18000, margin: 0.4, weight: 5, extraItems: 0.1 },
    { id: 'surgery', price: 24000, margin: 0.35, weight: 5, extraItems: 0.3 },
    { id: 'lab tests', price: 1100, margin: 0.45, weight: 10, extraItems: 1.5 },
  ],
  stores: [
    {
      id: 'Clinic Arbat',
      region: 'Moscow',
      weight: 1.3,
      managers: [
        ['Dr Morozov', 1.1],
        ['Dr Lebedeva', 1],
        ['Dr Karpov', 1],
      ],
    },
    {
      id: 'Clinic Sokol',
      region: 'Moscow',
      weight: 1,
      managers: [
        ['Dr Vasilieva', 1],
        ['Dr Grigoriev', 0.95],
      ],
    },
    {
      id: 'Clinic Marino',
      region: 'Moscow',
      weight: 0.8,
      managers: [
        ['Dr Tarasova', 1],
        ['Dr Belov', 1],
      ],
      price: 0.8,
    },
    {
      id: 'Clinic Petrogradka',
      region: 'St Petersburg',
      weight: 1,
      managers: [
        ['Dr Komarova', 1.05],
        ['Dr Antonov', 1],
      ],
    },
    // Weak on return visits: treatment plans are not followed up.
    {
      id: 'Clinic Primorsky',
      region: 'St Petersburg',
      weight: 0.7,
      managers: [
        ['Dr Kovalev', 1],
        ['Dr Ilyina', 0.9],
      ],
      frequency: 0.5,
    },
    // Weak on services per visit: one doctor rarely adds diagnostics.
    {
      id: 'Clinic Kazan',
      region: 'Kazan',
      weight: 0.8,
      managers: [
        ['Dr Nurieva', 1],
        ['Dr Shakirov', 0.6],
      ],
      items: 0.7,
    },
  ],
  purchases: { perYear: 3.5, shape: 1.3, dropA: 1.5, dropB: 2.5 },
  firstOrder: { sameDay: 0.25, meanDays: 4 },
  lines: { extra: 0.7, max: 6 },
  discount: { share: 0.15, rates: [0.05, 0.1, 0.15] },
  priceGrowth: 0.11,
  tierSigma: 0.25,
  stickyManager: true,
  costs: { sga: 0.3, sgaGrowthPerMonth: 0.005, other: 0.02 },
};
