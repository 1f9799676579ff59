import type { Maybe } from './types.ts';

/**
 * Change from `from` to `to` in percent points (20 means +20%), relative to |from| so a loss that
 * shrinks reads as a rise. Null when either side has no data or `from` is 0.
 */
export function changePct(from: Maybe, to: Maybe): Maybe {
  if (from === null || to === null || from === 0) return null;
  return ((to - from) / Math.abs(from)) * 100;
}
