/**
 * Escapes text for HTML element content and quoted attribute values. ECharts inserts a tooltip
 * formatter's string as HTML, and labels in it (categories, products, node names, segments) come
 * from imported data: every such value goes through here, or through `html` below.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

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
