/** Russian strings of the Formula page's month-by-month trend; spread into ru.ts. */
export const trendRu = {
  'trend.title': 'По месяцам',
  'trend.figure': 'Показатель',
  'trend.chart': 'Показатель «{figure}» по месяцам',
  'trend.noSpan': 'Укажите периоды, чтобы увидеть динамику по месяцам.',
};
