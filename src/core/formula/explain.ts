import { indexNodes } from './evaluate.ts';
import type { ExprKind, FormulaNode, FormulaTree, Maybe, NodeValues, Unit } from './types.ts';
import type { Lang } from '../../i18n/locale.ts';
import { IN_TEXT, noData, number } from '../../i18n/format.ts';

const OPERATOR: Record<ExprKind, string> = { product: ' × ', ratio: ' / ', sum: ' + ', difference: ' − ' };

const WORDS: Record<Lang, { noData: string; set: string; measure: (m: string) => string; byZero: string }> = {
  ru: {
    noData: noData('ru'),
    set: 'задано вручную',
    measure: (m) => `мера «${m}» из данных`,
    byZero: 'деление на ноль',
  },
  en: {
    noData: noData('en'),
    set: 'set directly',
    measure: (m) => `measure "${m}" from the data`,
    byZero: 'division by zero',
  },
};

const DIGITS: Record<Unit, number> = { count: 2, ratio: 4, money: 2, number: 2, hours: 2 };

/** Explains one node's value in the locale's language, numbers formatted by the locale. */
export function explainNode(
  tree: FormulaTree,
  values: NodeValues,
  id: string,
  locale: string,
  overridden: readonly string[] = [],
): string {
  const node = indexNodes(tree).get(id);
  if (!node) throw new Error(`unknown node "${id}" in tree "${tree.id}"`);
  return sentence(tree, node, values, locale, new Set(overridden));
}

/** Explains every node: node id → sentence. */
export function explainTree(
  tree: FormulaTree,
  values: NodeValues,
  locale: string,
  overridden: readonly string[] = [],
): Record<string, string> {
  const set = new Set(overridden);
  return Object.fromEntries(tree.nodes.map((n) => [n.id, sentence(tree, n, values, locale, set)]));
}

function sentence(
  tree: FormulaTree,
  node: FormulaNode,
  values: NodeValues,
  locale: string,
  overridden: ReadonlySet<string>,
): string {
  const lang: Lang = locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const w = WORDS[lang];
  const units = new Map(tree.nodes.map((n) => [n.id, n.unit]));
  const fmt = (v: Maybe, unit: Unit): string =>
    v === null ? w.noData : number(v, lang, IN_TEXT, DIGITS[unit]);
  const own = values[node.id] ?? null;
  const head = `${node.id} = `;
  if (node.kind === 'measure') {
    const source = overridden.has(node.id) ? w.set : w.measure(node.measure);
    return `${head}${fmt(own, node.unit)} — ${source}`;
  }
  const op = OPERATOR[node.kind];
  const formula = node.of.join(op);
  if (overridden.has(node.id)) return `${head}${fmt(own, node.unit)} — ${w.set} (${formula})`;
  const kids = node.of.map((c) => values[c] ?? null);
  const numbers = node.of.map((c, i) => fmt(kids[i] ?? null, units.get(c) ?? 'number')).join(op);
  let why = '';
  if (own === null) {
    const missing = node.of.filter((_, i) => kids[i] === null);
    if (missing.length > 0) why = ` (${w.noData}: ${missing.join(', ')})`;
    else if (node.kind === 'ratio' && kids[1] === 0) why = ` (${w.byZero})`;
  }
  return `${head}${formula} = ${numbers} = ${fmt(own, node.unit)}${why}`;
}
