/** Russian strings of the filter picker (analysis controls); spread into ru.ts. */
export const filtersRu = {
  'filters.add': '+ Фильтр',
  'filters.none': 'Все данные',
  'filters.dimension': 'Измерение',
  'filters.search': 'Найти значение',
  'filters.values': 'Значения «{dim}»',
  'filters.shown': 'Показаны {shown} из {total} значений с наибольшей выручкой — уточните поиск.',
  'filters.noMatch': 'Нет значений, содержащих «{text}».',
  'filters.apply': 'Применить',
  'filters.cancel': 'Отмена',
  'filters.clearDim': 'Снять выбор',
  'filters.remove': 'Убрать фильтр «{dim}»',
  'filters.edit': 'Изменить фильтр «{dim}»',
  'filters.unsendable': 'Значение с запятой или «;» нельзя выбрать в фильтре',
  'filters.revenue': 'выручка {sum}',
  'filters.rows': '{n} строк',
  'filters.noDimensions': 'В данных нет полей для фильтра.',
};
