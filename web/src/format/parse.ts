/**
 * Reads a number as a person types it in either locale: «1 234,5», «1,234.5», «0,4».
 * A lone comma is a decimal comma (Russian habit); with both marks the last one is decimal.
 */
export function parseNumber(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f₽%]/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    normal = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else {
    normal = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}
