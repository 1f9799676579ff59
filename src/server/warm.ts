import type { AppDeps } from './types.ts';

/**
 * Prepares the workbench's first views in the background (deps.warm), logging how long it took.
 * A failure only costs the first visitor the wait it was meant to save, so it is logged, not thrown.
 */
export function warmInBackground(deps: AppDeps, why: 'start' | 'import'): void {
  const warm = deps.warm;
  if (!warm) return;
  const t0 = performance.now();
  warm(deps.workspace).then(
    () => deps.logger.info('first views prepared', { why, seconds: (performance.now() - t0) / 1000 }),
    (e: Error) => deps.logger.error('preparing first views failed', { why, stack: e.stack ?? String(e) }),
  );
}
