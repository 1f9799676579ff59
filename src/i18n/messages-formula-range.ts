/** CLI strings of the segments table's out-of-range mark (a share above 100 %); merged into the message table. */
export const formulaRangeMessagesEn = {
  'formula.aboveRange':
    '* {levers} above 100% ({segments}): a share cannot pass 100%; here the buyers include repeat buyers who were never this segment’s leads. The lead-based conversion is in `fulcrum channels` (the workbench’s Customers → Channels).',
};

export const formulaRangeMessagesRu: Record<keyof typeof formulaRangeMessagesEn, string> = {
  'formula.aboveRange':
    '* {levers} выше 100 % ({segments}): доля не бывает больше 100 %; здесь среди покупателей есть повторные, которые не были лидами этого сегмента. Конверсия из лидов — в `fulcrum channels` (в приложении: Клиенты → Каналы).',
};
