import { getPreset, isPresetId, type FormulaTree } from '../core/formula/index.ts';

/**
 * The tree `--model` names. A preset is built at once; a file goes through services' resolveModel,
 * imported only then: reading a user's JSON/YAML tree needs the schema checker (zod) and the YAML
 * parser, which the usual run on a preset should not load. An unknown name gets resolveModel's
 * error too.
 */
export async function modelOption(spec: string): Promise<FormulaTree> {
  if (isPresetId(spec)) return getPreset(spec);
  const { resolveModel } = await import('./model-file.ts');
  return resolveModel(spec);
}
