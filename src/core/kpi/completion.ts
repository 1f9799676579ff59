import type { Direction, Maybe } from './types.ts';

/**
 * Plan completion (КВП): fact / plan, or plan / fact when lower is better, so 100% always means
 * "on plan" and more is always better. Missing inputs or a zero denominator give null ("no data"):
 * a CPA of 0 roubles or a plan of 0 leads is not a completion anyone can pay on.
 */
export function completion(plan: Maybe, fact: Maybe, direction: Direction): Maybe {
  if (plan === null || fact === null) return null;
  const [num, den] = direction === 'higher' ? [fact, plan] : [plan, fact];
  if (den === 0 || !Number.isFinite(num / den)) return null;
  return num / den;
}
