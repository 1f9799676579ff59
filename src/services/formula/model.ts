import { readFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../inputs/user-error.ts';
import { prefixed, textOf } from '../../i18n/index.ts';
import { getPreset, isPresetId, parseTree, PRESET_IDS, type FormulaTree } from '../../core/formula/index.ts';

/**
 * Resolves `--model`: a preset id, or a path to a user tree in JSON or YAML. Parse errors come
 * back with the file name in front so the user knows which file to fix.
 */
export function resolveModel(spec: string): FormulaTree {
  if (isPresetId(spec)) return getPreset(spec);
  if (!existsSync(spec)) {
    throw new UserError(
      {
        en: `unknown model "${spec}": use ${PRESET_IDS.join(', ')} or a path to a JSON/YAML tree`,
        ru: `неизвестная модель «${spec}»: укажите ${PRESET_IDS.join(', ')} или путь к дереву в JSON/YAML`,
      },
      'model',
    );
  }
  const ext = extname(spec).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : 'auto';
  try {
    return parseTree(readFileSync(spec, 'utf8'), format);
  } catch (e) {
    throw new UserError(prefixed(spec, textOf(e)), 'model', { cause: e });
  }
}
