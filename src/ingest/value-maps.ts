/**
 * Category values as CRMs and accountants write them → canonical codes. Keys are compared
 * lower-cased with ё→е and trimmed. An unknown value is a validation error naming it, never a guess:
 * a wrong status silently skews conversion rates.
 */
export type LeadStatus = 'accepted' | 'rejected' | 'converted';
export type CostKind = 'cogs' | 'sga' | 'other';

/** Lead and deal stages of amoCRM, Bitrix24 and common custom pipelines. */
export const LEAD_STATUS_VALUES: Record<LeadStatus, readonly string[]> = {
  accepted: [
    'accepted',
    'new',
    'in progress',
    'принят',
    'принята',
    'в работе',
    'новый',
    'новая',
    'новая заявка',
    'не обработан',
    'неразобранное',
    'первичный контакт',
    'переговоры',
    'принимают решение',
    'согласование договора',
    'квалификация',
    'подготовка документов',
    'счет на предоплату',
    'финальный счет',
    'обработан',
  ],
  rejected: [
    'rejected',
    'lost',
    'отклонен',
    'отклонена',
    'отказ',
    'закрыто и не реализовано',
    'сделка провалена',
    'некачественный лид',
    'не реализовано',
    'проиграна',
    'спам',
  ],
  converted: [
    'converted',
    'won',
    'успешно реализовано',
    'сделка успешна',
    'качественный лид',
    'конвертирован',
    'реализовано',
    'выиграна',
    'оплачено',
  ],
};

/** Cost lines of a Russian P&L: себестоимость → cogs, коммерческие and административные → sga. */
export const COST_KIND_VALUES: Record<CostKind, readonly string[]> = {
  cogs: ['cogs', 'себестоимость', 'себестоимость продаж', 'закупка', 'закупки', 'стоимость товаров'],
  sga: [
    'sga',
    'sg&a',
    'коммерческие',
    'коммерческие расходы',
    'административные',
    'административные расходы',
    'управленческие',
    'управленческие расходы',
    'общехозяйственные',
    'общехозяйственные расходы',
    'маркетинг',
    'реклама',
    'зарплата',
    'аренда',
  ],
  other: ['other', 'прочие', 'прочие расходы', 'прочее', 'другое', 'прочие доходы и расходы'],
};
