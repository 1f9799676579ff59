import type { ExprKind, ExprNode, Label, MeasureNode, Unit } from '../types.ts';

/** A bilingual text written as [ru, en] so preset files stay one node per few lines. */
export type Text = readonly [ru: string, en: string];

const label = ([ru, en]: Text): Label => ({ ru, en });

/** A leaf node reading a measure. */
export function leaf(id: string, measure: string, unit: Unit, name: Text, description: Text): MeasureNode {
  return { id, kind: 'measure', measure, unit, label: label(name), description: label(description) };
}

/** An inner node combining its children. */
export function expr(
  id: string,
  kind: ExprKind,
  of: string[],
  unit: Unit,
  name: Text,
  description: Text,
): ExprNode {
  return { id, kind, of, unit, label: label(name), description: label(description) };
}

/** A tree label and description pair. */
export const treeLabel = label;

/** The revenue node every preset has: the product of its levers, in money. */
export const revenueProduct = (
  levers: string[],
  description: Text,
  name: Text = ['Выручка', 'Revenue'],
): ExprNode => expr('revenue', 'product', levers, 'money', name, description);
