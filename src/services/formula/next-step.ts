import type { z } from 'zod';
import type { NextStepSchema } from '../../contract/formula.ts';
import { dimensionName } from '../slicing/dimension-names.ts';
import { leverTools, type FormulaTree, type Label, type LeverPotential } from '../../core/formula/index.ts';

/** "What to do next" beside the key constraint and the lever table. */
export type NextStep = z.output<typeof NextStepSchema>;

const START_WITH = 3;

/**
 * The next step from a key constraint: raise its lever in the segments that lag most, with the
 * lever's typical tools. Null when there is no key constraint (no segment lags).
 */
export function nextStepOf(
  tree: FormulaTree,
  res: { key: string | null; by: string; levers: readonly LeverPotential[] },
): NextStep | null {
  const top = res.levers.find((l) => l.lever === res.key);
  if (!top || top.below.length === 0) return null;
  const node = tree.nodes.find((n) => n.id === top.lever);
  const quoted = (lang: keyof Label, text: string) => (lang === 'ru' ? `«${text}»` : `“${text}”`);
  const name = (lang: keyof Label) => `${quoted(lang, node ? node.label[lang] : top.lever)} (${top.lever})`;
  const segments = top.below.slice(0, START_WITH).map((s) => s.key);
  const list = segments.join(', ');
  // The slice by its name («Магазин»), not the column id.
  const dim = dimensionName(res.by);
  const tools = leverTools(tree.id, top.lever);
  const text: Label = {
    ru:
      `Поднять ${name('ru')} в сегментах разреза «${dim.ru}»: ${list} — до уровня лучшей четверти. ` +
      (tools ? `Инструменты: ${tools.ru}.` : 'Методика не называет типовых инструментов для этого рычага.'),
    en:
      `Raise ${name('en')} in the “${dim.en}” segments ${list} to the level of the best quarter. ` +
      (tools ? `Tools: ${tools.en}.` : 'The methodology names no typical tools for this lever.'),
  };
  return { lever: top.lever, dim: res.by, segments, potential: top.potential, tools, text };
}
