/** CLI strings of the levers' benchmark table (the Levers page's tornado); merged into the message table. */
export const leversMessagesEn = {
  'levers.benchmark':
    '{measure} gained if each lever reached its benchmark (the 75th percentile of the “{by}” slice) in every lagging segment, beside +{step}',
  'levers.benchmark.bar': '{lever} to the benchmark',
  'levers.benchmark.any': '+{step} on any one lever',
  'levers.benchmark.each': '+{step} on {lever}',
  'levers.benchmark.all': '+{step} on all levers together',
  'levers.benchmark.segments': 'Segments',
  'levers.benchmark.noData': '{levers}: no data in the “{by}” slice, so no benchmark.',
  'levers.measure.profit': 'Profit',
  'levers.measure.revenue': 'Revenue',
};

export const leversMessagesRu: Record<keyof typeof leversMessagesEn, string> = {
  'levers.benchmark':
    '{measure}: прирост, если в отстающих сегментах поднять рычаг до ориентира (75-й перцентиль в разрезе «{by}»), рядом с +{step}',
  'levers.benchmark.bar': '{lever} до ориентира',
  'levers.benchmark.any': '+{step} на любой один рычаг',
  'levers.benchmark.each': '+{step} на {lever}',
  'levers.benchmark.all': '+{step} на все рычаги вместе',
  'levers.benchmark.segments': 'Сегментов',
  'levers.benchmark.noData': '{levers}: в разрезе «{by}» нет данных, ориентир не считается.',
  'levers.measure.profit': 'Прибыль',
  'levers.measure.revenue': 'Выручка',
};
