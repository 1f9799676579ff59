import { ru, type MessageKey } from '../i18n/ru.ts';
import type { T } from '../i18n/translate.ts';

/**
 * A dimension as users read it: «магазин» for `store`. The canonical dimensions have labels in
 * both languages; a company's own column keeps its name, which is the user's own word.
 */
export function dimensionLabel(dim: string, t: T): string {
  const key = `dim.${dim}`;
  return Object.hasOwn(ru, key) ? t(key as MessageKey) : dim;
}
