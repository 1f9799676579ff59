import { escapeHtml } from '../../../src/i18n/escape-html.ts';

/**
 * ECharts inserts a tooltip formatter's string as HTML, and labels in it (categories, products,
 * node names, segments) come from imported data: every such value goes through escapeHtml (one
 * rule with the server's, in src/i18n), or through `html` below.
 */
export { escapeHtml };

/**
 * HTML from a template whose fixed parts are markup and whose every `${value}` is text: the
 * values are escaped, so a formatter cannot forget one. `html\`${name}<br/><b>${sum}</b>\``.
 */
export function html(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return strings.reduce(
    (out, part, i) => out + part + (i < values.length ? escapeHtml(String(values[i])) : ''),
    '',
  );
}
