import type { leversRu } from './levers-ru.ts';

/** English strings of the Levers page's tornado (each lever to the benchmark); spread into en.ts. */
export const leversEn: Record<keyof typeof leversRu, string> = {
  'levers.tornado': 'What each lever is worth',
  'levers.tornadoBenchmark':
    '{measure}: lever raised to the benchmark (75th percentile of the “{by}” slice) in every lagging segment',
  'levers.tornadoStep': '{measure}: +{step} everywhere',
  'levers.tornadoAny': '+{step} on any one lever',
  'levers.tornadoEach': '+{step} on {lever}',
  'levers.tornadoAll': '+{step} on all levers together',
  'levers.tornadoNote':
    'The benchmark is the key constraint’s rule: every segment below the 75th percentile is raised to it, shares no higher than 100%. A revenue gain is worth gain × the segment’s margin rate in profit; fixed costs stay. +{step} on any lever of a product formula gives the same, hence one bar.',
  'levers.tornadoNoData': '{levers}: no data in the “{by}” slice, so no benchmark.',
  'levers.measureProfit': 'Profit',
  'levers.measureRevenue': 'Revenue',
};
