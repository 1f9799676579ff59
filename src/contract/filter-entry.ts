/**
 * One filter as the API and the CLI take it, `dim=v1,v2` (a repeated `filter` parameter, or
 * `--filter`): the dimension and its values, trimmed, empty ones dropped; null without a `dim=`.
 * The server refuses what this cannot read; the workbench reads back the filters it wrote. No zod
 * here, so the browser takes only this function.
 */
export function filterEntry(text: string): { dim: string; values: string[] } | null {
  const eq = text.indexOf('=');
  if (eq <= 0) return null;
  const values = text
    .slice(eq + 1)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return { dim: text.slice(0, eq).trim(), values };
}
