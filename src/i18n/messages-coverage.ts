/**
 * CLI strings that say which file would give a figure without data (orders only: no leads, spend
 * or costs yet); merged into the message table. `{files}` is a list of table names from
 * `coverage.file.*`, joined in the language.
 */
export const coverageMessagesEn = {
  'coverage.import': 'import {files}',
  'coverage.file.orders': 'orders',
  'coverage.file.leads': 'leads',
  'coverage.file.spend': 'ad spend',
  'coverage.file.costs': 'costs',
  'coverage.missing': '{nodes}: no data — import {files} ({commands})',
  'coverage.command': '`fulcrum import FILE --table {table}`',
  'coverage.standIn':
    'Without them the lever “{standIn}” takes the place of {replaced} in the formula, the lever table and the split.',
  'coverage.cannotSplit': '{target}: the change cannot be split — no data; import {files}',
  'coverage.unfiltered':
    'The {files} files carry no {dims}: under this filter or slice the figures that come from them are left blank (—).',
};

export const coverageMessagesRu: Record<keyof typeof coverageMessagesEn, string> = {
  'coverage.import': 'загрузите {files}',
  'coverage.file.orders': 'заказы',
  'coverage.file.leads': 'лиды',
  'coverage.file.spend': 'расходы на рекламу',
  'coverage.file.costs': 'затраты',
  'coverage.missing': '{nodes}: нет данных — загрузите {files} ({commands})',
  'coverage.command': '`fulcrum import ФАЙЛ --table {table}`',
  'coverage.standIn':
    'Без них рычаг «{standIn}» заменяет {replaced} в формуле, таблице рычагов и разложении.',
  'coverage.cannotSplit': '{target}: изменение не разложить — нет данных, загрузите {files}',
  'coverage.unfiltered':
    'В файлах «{files}» нет поля {dims}: при таком фильтре или разрезе показатели из них не считаются (—).',
};
