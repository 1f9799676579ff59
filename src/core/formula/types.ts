/**
 * A profit formula is a tree held as data. Leaves are measures read from the warehouse (or typed
 * in for a what-if); inner nodes are expressions of their children. The core evaluates trees from
 * measure values and never knows where those values came from.
 */

/** A label in both product languages. */
export interface Label {
  ru: string;
  en: string;
}

/** Unit of a node's value; drives formatting and the meaning of "+20%". */
export type Unit = 'count' | 'ratio' | 'money' | 'number' | 'hours';

/** How an inner node combines its children. */
export type ExprKind = 'product' | 'ratio' | 'sum' | 'difference';

interface NodeBase {
  /** Short id, unique in the tree (L, C, Pu, D, Q, M…). */
  id: string;
  label: Label;
  unit: Unit;
  /** One or two sentences for `--explain` and the workbench's node card. */
  description?: Label;
}

/** A leaf whose value comes from a measure (see MeasureSpec). */
export interface MeasureNode extends NodeBase {
  kind: 'measure';
  /** Id of a measure: a built-in one (see BUILTIN_MEASURES) or one declared in the tree. */
  measure: string;
}

/** An inner node: product/sum of children, ratio num/den, or difference first − rest. */
export interface ExprNode extends NodeBase {
  kind: ExprKind;
  /** Child node ids. Ratio: exactly [numerator, denominator]. Difference: [minuend, ...subtrahends]. */
  of: string[];
}

export type FormulaNode = MeasureNode | ExprNode;

/**
 * An aggregate over a canonical table, compiled to SQL by src/sql/formula/measures.ts.
 * `where` filters equal values (e.g. costs.kind = 'sga'); `distinct` counts distinct values.
 */
export interface MeasureSpec {
  table: 'orders' | 'leads' | 'spend' | 'costs';
  agg: 'sum' | 'count' | 'count_distinct';
  /** Column aggregated; omitted for count(*). */
  column?: string;
  where?: Record<string, string>;
  /** Fallback measure id when this one has no data (e.g. order-line cost → costs.cogs). */
  fallback?: string;
}

/** A whole formula tree. */
export interface FormulaTree {
  id: string;
  label: Label;
  /** Node id of the revenue node. */
  revenue: string;
  /** Node id of the profit node, when the tree goes down to profit. */
  profit?: string;
  /** Lever node ids in display order: what attribution splits into and the +20% table raises. */
  levers: string[];
  nodes: FormulaNode[];
  /** Measures the tree declares beyond the built-in catalogue. */
  measures?: Record<string, MeasureSpec>;
}

/** A value that may be missing: null means "no data" (never 0, never Infinity). */
export type Maybe = number | null;

/** Measure id → value for one period and slice. */
export type MeasureValues = Record<string, Maybe>;

/** Node id → value. */
export type NodeValues = Record<string, Maybe>;
