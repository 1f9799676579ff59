import type { FormulaTree, NodeValues } from '../types.ts';

/** Names of the attribution strategies. */
export type AttributionMethod = 'lmdi' | 'chain';

/** Two evaluated periods of one tree and the node whose change is split. */
export interface AttributionInput {
  tree: FormulaTree;
  before: NodeValues;
  after: NodeValues;
  /** Node to explain; defaults to the tree's revenue node. */
  target?: string;
  /** Chain substitution only: lever order (default: the tree's lever order); leaves not named follow. */
  order?: readonly string[];
}

/** A split of after − before among the target's inputs. */
export interface AttributionResult {
  ok: true;
  method: AttributionMethod;
  target: string;
  before: number;
  after: number;
  change: number;
  /**
   * Contribution per input, keyed by lever id; inputs reached without a lever (fixed costs under
   * profit) get their own keys, listed in `others`. They sum to `change`.
   */
  contributions: Record<string, number>;
  levers: string[];
  others: string[];
  /** Why the result differs from what was asked (e.g. LMDI fell back to chain substitution). */
  note?: string;
}

/** Why a split could not be made: missing data, or values LMDI cannot take logs of. */
export interface AttributionFailure {
  ok: false;
  method: AttributionMethod;
  target: string;
  reason: 'no-data' | 'non-positive';
  /** Nodes with the offending values. */
  nodes: string[];
  message: string;
}

export type Attribution = AttributionResult | AttributionFailure;

/** One attribution strategy. */
export type AttributionStrategy = (input: AttributionInput) => Attribution;

/** A failure with its message built from the reason. */
export function failure(
  method: AttributionMethod,
  target: string,
  reason: AttributionFailure['reason'],
  nodes: string[],
): AttributionFailure {
  const why =
    reason === 'no-data'
      ? `no data for ${nodes.join(', ')}`
      : `LMDI needs positive values, but ${nodes.join(', ')} ${nodes.length > 1 ? 'are' : 'is'} zero or negative`;
  return {
    ok: false,
    method,
    target,
    reason,
    nodes,
    message: `cannot split the change of "${target}": ${why}`,
  };
}
