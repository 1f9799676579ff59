/** Russian strings of the export buttons on the analysis pages; spread into ru.ts. */
export const exportRu = {
  'export.download': 'Скачать',
  'export.label': 'Скачать «{what}» в {format}',
  'export.formula': 'Формула',
  'export.compare': 'Сравнение периодов',
  'export.levers': 'Рычаги',
  'export.constraint': 'Ключевое ограничение',
  'export.cohorts': 'Когорты',
  'export.channels': 'Каналы',
  'export.funnel': 'Воронка',
  'export.migration': 'Миграция сегментов',
  'export.clv': 'Проверка CLV',
};
