import type { ExprKind, Maybe } from './types.ts';

const COMBINE: Record<ExprKind, (xs: number[]) => number> = {
  product: (xs) => xs.reduce((a, b) => a * b, 1),
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  difference: ([first = 0, ...rest]) => rest.reduce((a, b) => a - b, first),
  ratio: ([num = 0, den = 0]) => num / den,
};

/** Keeps a number only when finite: Infinity and NaN become "no data", never a value. */
export const finite = (v: Maybe | undefined): Maybe =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * Combines child values. Any null child makes the node null, and a division by zero (Infinity or
 * NaN) is null too: a missing input must never look like a 0 or an infinite lever.
 */
export function combine(kind: ExprKind, values: Maybe[]): Maybe {
  if (values.some((v) => v === null)) return null;
  return finite(COMBINE[kind](values as number[]));
}

/** Whether a kind multiplies its children (so attribution splits it in logs) or adds them. */
export type Mode = 'mul' | 'add';

/** The mode of a kind and the exponent (mul) or sign (add) of its child at a position. */
export const ROLE: Record<ExprKind, { mode: Mode; sign: (position: number) => 1 | -1 }> = {
  product: { mode: 'mul', sign: () => 1 },
  ratio: { mode: 'mul', sign: (i) => (i === 0 ? 1 : -1) },
  sum: { mode: 'add', sign: () => 1 },
  difference: { mode: 'add', sign: (i) => (i === 0 ? 1 : -1) },
};
