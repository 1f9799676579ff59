import type { filtersRu } from './filters-ru.ts';

/** English strings of the filter picker (analysis controls); spread into en.ts. */
export const filtersEn: Record<keyof typeof filtersRu, string> = {
  'filters.add': '+ Filter',
  'filters.none': 'All data',
  'filters.dimension': 'Dimension',
  'filters.search': 'Find a value',
  'filters.values': 'Values of “{dim}”',
  'filters.shown': 'Showing {shown} of {total} values with the most revenue — narrow the search.',
  'filters.noMatch': 'No values contain “{text}”.',
  'filters.apply': 'Apply',
  'filters.cancel': 'Cancel',
  'filters.clearDim': 'Clear selection',
  'filters.remove': 'Remove the “{dim}” filter',
  'filters.edit': 'Change the “{dim}” filter',
  'filters.unsendable': 'A value with a comma or “;” cannot be picked in a filter',
  'filters.revenue': 'revenue {sum}',
  'filters.rows': '{n} rows',
  'filters.noDimensions': 'The data have no fields to filter by.',
};
