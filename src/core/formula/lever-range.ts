import type { FormulaTree } from './types.ts';

/**
 * The range a lever's value can take, when it has one. A lever whose unit is a share ('ratio',
 * shown in %: conversion, margin rate, utilisation) is a part of a whole, so it cannot pass 100%;
 * counts, money and per-unit numbers are unbounded above. A segment whose share lever reads above
 * 100% is not measuring that share (a channel's buyers ÷ leads counts repeat buyers who never were
 * its leads), so the key constraint neither benchmarks against it nor raises anyone towards it.
 */
export function leverMax(tree: FormulaTree, lever: string): number | null {
  return tree.nodes.find((n) => n.id === lever)?.unit === 'ratio' ? 1 : null;
}
