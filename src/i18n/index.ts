export { resolveLang, INTL_LOCALE, LANGS, type Lang } from './locale.ts';
export {
  formatMoney,
  formatNumber,
  formatPct,
  formatByUnit,
  noData,
  money,
  number,
  percent,
  IN_TEXT,
  ON_SCREEN,
  NO_VALUE,
  type Shown,
  type NumberUnit,
} from './format.ts';
export { date, writtenDay, shortMonth, shortPeriod, periodName } from './format-dates.ts';
export { translator, phrase, type Translate, type MessageKey } from './messages.ts';
export {
  messageIn,
  textOf,
  bilingual,
  prefixed,
  joined,
  type Bilingual,
  type Localizable,
} from './localized.ts';
export { UserError, apiSpelling, FIELD, type Spelling } from './user-error.ts';
export { issueText, issuesText } from './zod-issue-text.ts';
export { escapeHtml } from './escape-html.ts';
