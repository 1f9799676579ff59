import {
  FormulaTreeError,
  getPreset,
  isPresetId,
  MAX_TREE_BYTES,
  parseTree,
  PRESET_IDS,
  type FormulaTree,
} from '../../core/formula/index.ts';
import { textOf } from '../../i18n/index.ts';
import {
  deleteUserModel,
  listUserModels,
  saveUserModel,
  userModelById,
  type User,
} from '../../store/index.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** Ids a stored tree may take: they travel in URLs and query strings. */
const MODEL_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A model the workbench can offer: a preset or a tree the company stored. */
export interface ModelEntry {
  id: string;
  source: 'preset' | 'user';
  tree: FormulaTree;
}

// Declared beside the tree's other limits in core, so the API contract can name it; re-exported.
export { MAX_TREE_BYTES };

/**
 * Validates a tree (JSON or YAML text) and stores it under its id for the workbench and the API.
 * Every problem comes back at once, like `--model FILE` in the CLI; a preset's id is refused so a
 * stored tree never silently shadows the methodology's own.
 */
export function addUserModel(ws: Workspace, text: string, user: User | null): ModelEntry {
  if (Buffer.byteLength(text) > MAX_TREE_BYTES) {
    throw new UserError(
      {
        en: `the tree is larger than ${MAX_TREE_BYTES / 1024} KB`,
        ru: `дерево больше ${MAX_TREE_BYTES / 1024} КБ`,
      },
      'definition',
    );
  }
  let tree: FormulaTree;
  try {
    tree = parseTree(text, 'auto');
  } catch (e) {
    if (e instanceof FormulaTreeError) throw new UserError(textOf(e), 'definition', { cause: e });
    throw new UserError(
      { en: `not JSON or YAML: ${(e as Error).message}`, ru: `не JSON и не YAML: ${(e as Error).message}` },
      'definition',
      { cause: e },
    );
  }
  if (!MODEL_ID.test(tree.id)) {
    throw new UserError(
      {
        en: `tree id "${tree.id}": use 1–64 lower-case latin letters, digits, "-" or "_"`,
        ru: `id дерева «${tree.id}»: 1–64 строчные латинские буквы, цифры, «-» или «_»`,
      },
      'definition',
    );
  }
  if (isPresetId(tree.id)) {
    throw new UserError(
      {
        en: `"${tree.id}" is a preset's id; give your tree another id`,
        ru: `«${tree.id}» — id готовой модели; дайте своему дереву другой id`,
      },
      'definition',
    );
  }
  saveUserModel(ws.store, { id: tree.id, definition: text, createdBy: user?.id ?? null });
  return { id: tree.id, source: 'user', tree };
}

/** Presets first, then the company's trees by id. A stored tree that no longer parses is skipped. */
export function listModels(ws: Workspace): ModelEntry[] {
  const presets = PRESET_IDS.map((id) => ({ id, source: 'preset' as const, tree: getPreset(id) }));
  const stored: ModelEntry[] = [];
  for (const m of listUserModels(ws.store)) {
    try {
      stored.push({ id: m.id, source: 'user', tree: parseTree(m.definition, 'auto') });
    } catch {
      // Validated when stored; a tree the current rules reject is left out rather than breaking the list.
    }
  }
  return [...presets, ...stored];
}

/** The tree for a model id from a request: a preset or a stored tree, never a file path. */
export function modelById(ws: Workspace, id: string): FormulaTree {
  if (isPresetId(id)) return getPreset(id);
  const stored = MODEL_ID.test(id) ? userModelById(ws.store, id) : undefined;
  if (!stored) {
    const known = listModels(ws).map((m) => m.id);
    throw new UserError(
      {
        en: `unknown model "${id}": use one of ${known.join(', ')}`,
        ru: `неизвестная модель «${id}»: доступны ${known.join(', ')}`,
      },
      'model',
    );
  }
  return parseTree(stored.definition, 'auto');
}

/** Removes a stored tree; presets cannot be removed. */
export function removeUserModel(ws: Workspace, id: string): void {
  if (isPresetId(id)) {
    throw new UserError(
      { en: `"${id}" is a preset and stays`, ru: `«${id}» — готовая модель, её не удалить` },
      'id',
    );
  }
  if (!deleteUserModel(ws.store, id)) {
    throw new UserError({ en: `no stored model "${id}"`, ru: `нет сохранённой модели «${id}»` }, 'id');
  }
}
