/** Russian strings of the segments table's mark on a share above 100 %; spread into ru.ts. */
export const formulaRangeRu = {
  'formula.aboveRange':
    '{lever} выше 100 % у {segments}: доля не бывает больше 100 % — здесь среди покупателей есть повторные, которые не были лидами этого сегмента.',
  'formula.aboveRangeTip':
    'Выше 100 %: среди покупателей есть повторные, которые не были лидами этого сегмента. Конверсия из лидов — в разделе Клиенты → Каналы.',
  'formula.aboveRangeLink': 'Конверсия из лидов — Клиенты → Каналы',
};
