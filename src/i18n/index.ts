export { resolveLang, INTL_LOCALE, type Lang } from './locale.ts';
export { formatMoney, formatNumber, formatPct, formatByUnit, noData } from './format.ts';
export { translator, type Translate, type MessageKey } from './messages.ts';
export { messageIn, textOf, bilingual, type Bilingual, type Localizable } from './localized.ts';
