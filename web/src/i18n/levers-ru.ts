/** Russian strings of the Levers page's tornado (each lever to the benchmark); spread into ru.ts. */
export const leversRu = {
  'levers.tornado': 'Что даёт каждый рычаг',
  'levers.tornadoBenchmark':
    '{measure}: рычаг поднят до ориентира (75-й перцентиль в разрезе «{by}») во всех отстающих сегментах',
  'levers.tornadoStep': '{measure}: +{step} ко всем сегментам',
  'levers.tornadoAny': '+{step} к любому одному рычагу',
  'levers.tornadoEach': '+{step} к рычагу {lever}',
  'levers.tornadoAll': '+{step} ко всем рычагам вместе',
  'levers.tornadoNote':
    'Ориентир — правило ключевого ограничения: каждый сегмент ниже 75-го перцентиля поднимается до него, доли не выше 100 %. Прибыль от прироста выручки = прирост × маржинальность сегмента; постоянные издержки не меняются. +{step} к любому рычагу формулы-произведения даёт одно и то же, поэтому это один столбец.',
  'levers.tornadoNoData': '{levers}: в разрезе «{by}» нет данных — ориентир не считается.',
  'levers.measureProfit': 'Прибыль',
  'levers.measureRevenue': 'Выручка',
};
