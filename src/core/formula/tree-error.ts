import type { Bilingual, Localizable } from '../../i18n/localized.ts';
import type { Lang } from '../../i18n/locale.ts';

/** One problem of a tree: English only (the older checks) or in both languages. */
export type TreeProblem = string | Bilingual;

const textOf = (p: TreeProblem): Bilingual => (typeof p === 'string' ? { ru: p, en: p } : p);

const HEAD: Bilingual = { en: 'invalid formula tree', ru: 'недопустимое дерево формулы' };

/** A tree that cannot be used, with every problem found (not just the first). */
export class FormulaTreeError extends Error implements Localizable {
  /** Every problem in English, for logs and tests. */
  readonly errors: readonly string[];
  readonly problems: readonly Bilingual[];
  constructor(
    problems: readonly TreeProblem[],
    private readonly treeId?: string,
  ) {
    const texts = problems.map(textOf);
    super(render('en', texts, treeId));
    this.name = 'FormulaTreeError';
    this.problems = texts;
    this.errors = texts.map((t) => t.en);
  }

  localized(lang: Lang): string {
    return render(lang, this.problems, this.treeId);
  }
}

function render(lang: Lang, problems: readonly Bilingual[], treeId?: string): string {
  const where = treeId ? (lang === 'ru' ? ` «${treeId}»` : ` "${treeId}"`) : '';
  return `${HEAD[lang]}${where}:\n  - ${problems.map((p) => p[lang]).join('\n  - ')}`;
}
