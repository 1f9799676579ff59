import { textOf } from '../i18n/index.ts';
import { parsePeriod, type Period } from '../core/period/index.ts';
import { defaultPeriods } from './data-range.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from './workspace.ts';

/** Parses a period the user typed; a bad one is the user's error, blamed on `field`. */
export function parsePeriodOption(text: string, field: string): Period {
  try {
    return parsePeriod(text);
  } catch (e) {
    throw new UserError(textOf(e), field, { cause: e });
  }
}

/**
 * The periods a request works on: `period` (default: the last 12 complete months of data) and
 * `compare` (default: the 12 months before the default period, or the same length just before
 * an explicit `period`).
 */
export async function resolvePeriods(
  ws: Workspace,
  opts: { period?: string; compare?: string },
): Promise<{ current: Period; previous: Period }> {
  if (opts.period) {
    const current = parsePeriodOption(opts.period, 'period');
    if (opts.compare) return { current, previous: parsePeriodOption(opts.compare, 'compare') };
    const from = new Date(`${current.from}T00:00:00Z`);
    const to = new Date(`${current.to}T00:00:00Z`);
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
    const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1));
    const end = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - 1, 1));
    const ym = (d: Date): string => d.toISOString().slice(0, 7);
    return { current, previous: parsePeriod(`${ym(start)}..${ym(end)}`) };
  }
  const defaults = await defaultPeriods(ws.reader, await ws.columns());
  return {
    current: defaults.current,
    previous: opts.compare ? parsePeriodOption(opts.compare, 'compare') : defaults.previous,
  };
}
