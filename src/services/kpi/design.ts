import type { FormulaTree } from '../../core/formula/index.ts';
import { designKpiSystem, type KpiDesign } from '../../core/kpi/index.ts';
import {
  loadKpiDesign,
  saveKpiDesign,
  savedKpiDesignModels,
  type SavedKpiDesign,
} from '../../store/index.ts';
import { designFromPositions, positionsFile } from './positions-file.ts';
import { UserError } from '../inputs/user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/** The saved design of a tree with the five steps computed from it (empty positions when unsaved). */
export interface DesignWithSaved {
  saved: SavedKpiDesign | null;
  design: KpiDesign;
}

/**
 * Checks positions exactly as `designFromPositions` does (weights summing to 1, known KPIs) and
 * only then replaces the company's design for the tree, so a refused design leaves the old one.
 */
export function saveDesign(
  ws: Workspace,
  tree: FormulaTree,
  raw: unknown,
  updatedBy: number | null,
  where = 'positions',
): DesignWithSaved {
  const design = designFromPositions(tree, raw, where);
  const positions = positionsFile.parse(raw).positions;
  const saved = saveKpiDesign(ws.store, {
    model: tree.id,
    positions: positions.map((p) => ({ ...p, name: p.name ?? p.id })),
    updatedBy,
  });
  return { saved, design };
}

/** The tree's saved design and its five steps; without one, the KPI table alone (no positions). */
export function savedDesignOf(ws: Workspace, tree: FormulaTree): DesignWithSaved {
  const saved = loadKpiDesign(ws.store, tree.id) ?? null;
  const design = saved
    ? designFromPositions(tree, { positions: saved.positions }, 'saved design')
    : designKpiSystem(tree, []);
  return { saved, design };
}

/** The five steps from the saved design of a tree; an error naming the trees that have one. */
export function designFromSaved(ws: Workspace, tree: FormulaTree): KpiDesign {
  const { saved, design } = savedDesignOf(ws, tree);
  if (saved) return design;
  const models = savedKpiDesignModels(ws.store);
  const some = models.length > 0 ? models.join(', ') : '—';
  throw new UserError(
    {
      en: `no saved KPI design for the model "${tree.id}" (saved: ${some}); save one with --positions FILE --save`,
      ru: `для модели «${tree.id}» нет сохранённой системы KPI (сохранены: ${some}); сохраните её: --positions FILE --save`,
    },
    'model',
  );
}
