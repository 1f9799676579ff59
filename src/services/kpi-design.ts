import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { designKpiSystem, type KpiDesign } from '../core/kpi/index.ts';
import type { FormulaTree, NodeValues } from '../core/formula/index.ts';
import { UserError } from './user-error.ts';

/** A positions file (JSON or YAML): each position with its KPI list or KPI → weight map. */
const positionsFile = z.object({
  positions: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().optional(),
        kpis: z.union([z.array(z.string()).min(1), z.record(z.string(), z.number())]),
        bonus: z.number().nonnegative().optional(),
      }),
    )
    .min(1),
});

/** The five steps for a tree and a positions file; errors name the file. */
export function designFor(tree: FormulaTree, file: string, values: NodeValues = {}): KpiDesign {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`${file}: ${(e as Error).message}`, 'positions', { cause: e });
  }
  return designFromPositions(tree, raw, file, values);
}

/** The five steps for positions given as data (an HTTP body); `where` names the source in errors. */
export function designFromPositions(
  tree: FormulaTree,
  raw: unknown,
  where = 'positions',
  values: NodeValues = {},
): KpiDesign {
  const r = positionsFile.safeParse(raw);
  if (!r.success)
    throw new UserError(
      `${where}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      'positions',
    );
  try {
    return designKpiSystem(tree, r.data.positions, values);
  } catch (e) {
    throw new UserError(`${where}: ${(e as Error).message}`, 'positions', { cause: e });
  }
}
