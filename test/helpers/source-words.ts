/**
 * Words of the English fact-source sentences (src/services/kpi/marketer-facts.ts, kpi-quarter-facts.ts,
 * src/core/kpi/fact-source.ts). A Russian sheet must show none of them: ids the data gives (a
 * channel called "ads") and the names of formulas (LTV, CARC) are not words. JavaScript's `\b`
 * sees only Latin letters, so Russian words never match.
 */
export const ENGLISH_SOURCE_WORDS =
  /\b(channels?|unit economics|as of|spend|revenue|costs?|over|buyers?|orders?|leads?|months?|by margin|by revenue|no data|warehouse|task|completion|entered|accepted|converted|first|data for)\b/i;

/** Cyrillic letters: an English sheet's own words have none (names from the data may). */
export const CYRILLIC = /[а-яё]/i;
