import { parse as parseYaml } from 'yaml';
import { issueText } from '../../i18n/zod-issue-text.ts';
import { FormulaTreeError } from './tree-error.ts';
import { treeSchema } from './tree-schema.ts';
import type { FormulaTree } from './types.ts';
import { validateTree } from './validate.ts';

/** Text format of a tree file; 'auto' reads JSON when the text starts with "{", else YAML. */
export type TreeFormat = 'json' | 'yaml' | 'auto';

function readText(text: string, format: TreeFormat): unknown {
  const json = format === 'json' || (format === 'auto' && text.trimStart().startsWith('{'));
  try {
    return json ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const format = json ? 'JSON' : 'YAML';
    const why = (e as Error).message;
    throw new FormulaTreeError([{ en: `invalid ${format}: ${why}`, ru: `неверный ${format}: ${why}` }]);
  }
}

/**
 * Parses a user's formula tree from JSON or YAML text: shape first (zod), then meaning. Every
 * problem found is reported together in one FormulaTreeError.
 */
export function parseTree(text: string, format: TreeFormat = 'auto'): FormulaTree {
  const raw = readText(text, format);
  const shape = treeSchema.safeParse(raw);
  if (!shape.success) {
    // Each shape problem in both languages (zod's own Russian and English), like the meaning checks.
    throw new FormulaTreeError(
      shape.error.issues.map((i) => issueText(i, i.path.join('.') || '(root)', raw)),
    );
  }
  const tree = shape.data as FormulaTree;
  const errors = validateTree(tree);
  if (errors.length > 0) throw new FormulaTreeError(errors, tree.id);
  return tree;
}
