/** A tree that cannot be used, with every problem found (not just the first). */
export class FormulaTreeError extends Error {
  readonly errors: readonly string[];
  constructor(errors: readonly string[], treeId?: string) {
    const where = treeId ? ` "${treeId}"` : '';
    super(`invalid formula tree${where}:\n  - ${errors.join('\n  - ')}`);
    this.name = 'FormulaTreeError';
    this.errors = errors;
  }
}
