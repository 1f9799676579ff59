/**
 * Russian strings for figures the loaded data cannot give yet (only orders imported): which file
 * would give them; spread into ru.ts.
 */
export const coverageRu = {
  'coverage.import': 'загрузите {files}',
  'coverage.file.orders': 'заказы',
  'coverage.file.leads': 'лиды',
  'coverage.file.spend': 'расходы на рекламу',
  'coverage.file.costs': 'затраты',
  'coverage.missing': '{nodes}: нет данных — загрузите {files}.',
  'coverage.unfiltered':
    'В файлах «{files}» нет поля {dims}: при таком фильтре или разрезе показатели из них не считаются (—).',
  'coverage.standIn':
    'Без них рычаг «{standIn}» заменяет {replaced} в формуле, таблице рычагов и разложении.',
  'coverage.standInTag': 'вместо {replaced}',
  'coverage.goToData': 'Загрузить данные',
  'coverage.cannotSplit': 'Изменение показателя «{target}» не разложить: нет данных — загрузите {files}.',
  'dim.store': 'магазин',
  'dim.channel': 'канал',
  'dim.region': 'регион',
  'dim.manager': 'менеджер',
  'dim.category': 'категория',
  'dim.product': 'товар',
  'dim.status': 'статус',
  'dim.kind': 'вид затрат',
  'dim.year': 'год',
  'dim.quarter': 'квартал',
  'dim.month': 'месяц',
  'dim.week': 'неделя',
  'dim.day': 'день',
};
