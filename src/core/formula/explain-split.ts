import { indexNodes } from './evaluate.ts';
import type { FormulaTree, NodeValues } from './types.ts';
import type { Lang } from '../../i18n/locale.ts';
import { IN_TEXT, money as moneyIn, number, ON_SCREEN, percent } from '../../i18n/format.ts';

const TEXT: Record<Lang, { lmdi: string; chain: (order: string) => string; line: string; share: string }> = {
  ru: {
    lmdi: 'LMDI: вклад рычага X = L(V₁, V₀) · ln(X₁ / X₀), где L(a, b) = (a − b) / (ln a − ln b) — логарифмическое среднее; вклады не зависят от порядка и в сумме дают изменение без остатка.',
    chain: (order) =>
      `Цепные подстановки: рычаги заменяются значениями нового периода по очереди (${order}); вклад рычага — изменение результата на его шаге.`,
    line: '{label}: {b} → {a} ({pct}) → вклад {c}',
    share: '{share} изменения',
  },
  en: {
    lmdi: 'LMDI: the contribution of lever X = L(V₁, V₀) · ln(X₁ / X₀), with the logarithmic mean L(a, b) = (a − b) / (ln a − ln b); contributions do not depend on order and sum to the change with no residual.',
    chain: (order) =>
      `Chain substitution: levers take the new period's values one by one (${order}); a lever's contribution is the change of the result at its step.`,
    line: '{label}: {b} → {a} ({pct}) → contribution {c}',
    share: '{share} of the change',
  },
};

/**
 * Sentences explaining a split: the method once, then each input's values in both periods, its own
 * change and its contribution with its share of the total change.
 */
export function explainSplit(
  tree: FormulaTree,
  before: NodeValues,
  after: NodeValues,
  split: { method: string; change: number; contributions: Record<string, number>; order?: string[] },
  locale: string,
  /** Ids that are formula symbols (L, C, Pu); a stand-in (buyers) or a cost (spend) is a word, named by its label. */
  symbols: readonly string[] = tree.levers,
): string[] {
  const lang: Lang = locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const w = TEXT[lang];
  const nodes = indexNodes(tree);
  // The one format family; a missing value inside these figure lines reads «—», like a cell.
  const num = (v: number | null | undefined, digits = 4): string => number(v, lang, ON_SCREEN, digits);
  const money = (v: number): string => moneyIn(v, lang, IN_TEXT);
  const pct = (v: number): string => percent(v, lang, IN_TEXT, { digits: 1, signed: true });
  const out = [split.method === 'chain' ? w.chain((split.order ?? tree.levers).join(' → ')) : w.lmdi];
  for (const [id, c] of Object.entries(split.contributions)) {
    const node = nodes.get(id);
    const b = before[id] ?? null;
    const a = after[id] ?? null;
    const own = a !== null && b !== null && b !== 0 ? pct((a - b) / Math.abs(b)) : '—';
    const share =
      split.change !== 0 ? `; ${w.share.replace('{share}', pct(c / Math.abs(split.change)))}` : '';
    out.push(
      w.line
        // Lever symbols (L, C, Pu) belong to the formula; other ids (spend, sga) are internal words.
        .replace(
          '{label}',
          node ? (symbols.includes(id) ? `${node.label[lang]} (${id})` : node.label[lang]) : id,
        )
        .replace('{b}', num(b))
        .replace('{a}', num(a))
        .replace('{pct}', own)
        .replace('{c}', money(c)) + share,
    );
  }
  return out;
}
