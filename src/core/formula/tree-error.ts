import type { Bilingual, Localizable } from '../../i18n/localized.ts';
import type { Lang } from '../../i18n/locale.ts';

/** One problem of a tree, in both languages: a reader of either gets every detail in their own. */
export type TreeProblem = Bilingual;

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
    const texts = problems;
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
