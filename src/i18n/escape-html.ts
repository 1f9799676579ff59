/**
 * Escapes text for HTML element content and quoted attribute values. One rule for both surfaces
 * that write HTML from data: the server's API docs page, and the workbench's chart tooltips, which
 * ECharts inserts as HTML while their labels (categories, products, segments) come from imported
 * files. Here, in the pure text module, because the web may import src/i18n but not the server.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
