import type { coverageRu } from './coverage-ru.ts';

/** English strings for figures the loaded data cannot give yet; spread into en.ts. */
export const coverageEn: Record<keyof typeof coverageRu, string> = {
  'coverage.import': 'import {files}',
  'coverage.file.orders': 'orders',
  'coverage.file.leads': 'leads',
  'coverage.file.spend': 'ad spend',
  'coverage.file.costs': 'costs',
  'coverage.missing': '{nodes}: no data — import {files}.',
  'coverage.unfiltered':
    'The {files} files carry no {dims}: under this filter or slice the figures that come from them are left blank (—).',
  'coverage.standIn':
    'Without them the lever “{standIn}” takes the place of {replaced} in the formula, the lever table and the split.',
  'coverage.standInTag': 'in place of {replaced}',
  'coverage.goToData': 'Import data',
  'coverage.cannotSplit': 'The change of «{target}» cannot be split: no data — import {files}.',
  'dim.store': 'store',
  'dim.channel': 'channel',
  'dim.region': 'region',
  'dim.manager': 'manager',
  'dim.category': 'category',
  'dim.product': 'product',
  'dim.status': 'status',
  'dim.kind': 'cost kind',
  'dim.year': 'year',
  'dim.quarter': 'quarter',
  'dim.month': 'month',
  'dim.week': 'week',
  'dim.day': 'day',
};
