import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { designKpiSystem, PositionWeightsError, type KpiDesign } from '../../core/kpi/index.ts';
import type { FormulaTree, NodeValues } from '../../core/formula/index.ts';
import { issuesText, prefixed, textOf, formatNumber, type Bilingual } from '../../i18n/index.ts';
import { UserError } from '../inputs/user-error.ts';
import { PositionInputSchema } from '../../contract/kpi/designs.ts';
import type { Lang } from '../../i18n/locale.ts';

/** A positions file (JSON or YAML): each position with its KPI list or KPI → weight map (the contract's). */
export const positionsFile = z.object({ positions: z.array(PositionInputSchema).min(1) });

/** A positions file's content (JSON is YAML too), unchecked; a file that does not parse names itself. */
export function readPositions(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(prefixed(file, textOf(e)), 'positions', { cause: e });
  }
}

/** The five steps for a tree and a positions file; errors name the file. */
export function designFor(tree: FormulaTree, file: string, values: NodeValues = {}): KpiDesign {
  return designFromPositions(tree, readPositions(file), file, values);
}

/** The five steps for positions given as data (an HTTP body); `where` names the source in errors. */
export function designFromPositions(
  tree: FormulaTree,
  raw: unknown,
  where = 'positions',
  values: NodeValues = {},
): KpiDesign {
  const r = positionsFile.safeParse(raw);
  if (!r.success) throw new UserError(prefixed(where, issuesText(r.error, raw)), 'positions');
  try {
    return designKpiSystem(tree, r.data.positions, values);
  } catch (e) {
    if (e instanceof PositionWeightsError) throw new UserError(weightsText(e), 'positions', { cause: e });
    throw new UserError(prefixed(where, textOf(e)), 'positions', { cause: e });
  }
}

/**
 * «Должность «Маркетолог»: доли KPI в сумме 90 %, а должны — 100 % (не хватает 10 %)»: the
 * position by its name and how far off it is, as the workbench says it before saving.
 */
function weightsText(e: PositionWeightsError): Bilingual {
  const pct = (v: number, lang: Lang) => `${formatNumber(v * 100, lang, 2)}\u00a0%`;
  const gap = Math.abs(e.sum - 1);
  const short = e.sum < 1;
  return {
    ru: `Должность «${e.positionName}»: доли KPI в сумме ${pct(e.sum, 'ru')}, а должны — 100\u00a0% (${short ? 'не хватает' : 'лишние'} ${pct(gap, 'ru')})`,
    en: `Position "${e.positionName}": KPI shares add up to ${pct(e.sum, 'en')}; they must make 100% (${pct(gap, 'en')} ${short ? 'short' : 'over'})`,
  };
}
