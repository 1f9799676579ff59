import type { whatifRu } from './whatif-ru.ts';

/** English strings of the what-if's cost inputs (profit model); spread into en.ts. */
export const whatifEn: Record<keyof typeof whatifRu, string> = {
  'whatif.costs': 'Costs',
  'whatif.costsHint':
    'Costs are not levers: profit takes them as they are. The values come from the data of {period}; you can change them.',
  'whatif.costsHintNone': 'The data has no values for some costs: enter them to get profit.',
  'whatif.costNoData': 'no data — enter',
  'whatif.needCosts': 'enter the costs to get profit: {names}',
};
