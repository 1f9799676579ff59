import { FIELD, prefixed, textOf } from '../../i18n/index.ts';
import { isoDateProblem, type IsoDate } from '../../core/calendar/index.ts';
import { parsePeriod, periodFromMonths, periodMonths, type Period } from '../../core/period/index.ts';
import { defaultPeriods } from '../warehouse/data-range.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from '../warehouse/workspace.ts';

/**
 * Parses a period the user typed; a bad one is the user's error, blamed on `field` and naming it
 * (the surface spells it: `--period` in the terminal, `period` in the API), since the value alone
 * does not say which of two periods was wrong.
 */
export function parsePeriodOption(text: string, field: string): Period {
  try {
    return parsePeriod(text);
  } catch (e) {
    const why = textOf(e);
    throw new UserError(prefixed(FIELD, why), field, { cause: e });
  }
}

/**
 * A date the user typed (`--asof 2024-06-30`), by the one date rule of core/calendar: a calendar
 * day, years 1900–2999. A bad one is the user's error naming the input and the text, never the
 * engine's conversion error; `field` is how the HTTP API names the input (the CLI spells it `--asof`).
 */
export function parseDateOption(text: string, field: string): IsoDate {
  const problem = isoDateProblem(text);
  if (problem === null) return text;
  throw new UserError(
    {
      en: `${FIELD} must be a date like 2024-06-30, got "${text}": ${problem.en}`,
      ru: `${FIELD} — дата вида 2024-06-30, а не «${text}»: ${problem.ru}`,
    },
    field,
  );
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
    const first = Number(current.from.slice(0, 4)) * 12 + Number(current.from.slice(5, 7)) - 1;
    // Built from month numbers, not parsed: the months before 1900-01 are a fair (empty)
    // comparison for a period the user may write, not an error of theirs.
    return { current, previous: periodFromMonths(first - periodMonths(current), first - 1) };
  }
  const defaults = await defaultPeriods(ws.reader, await ws.columns());
  return {
    current: defaults.current,
    previous: opts.compare ? parsePeriodOption(opts.compare, 'compare') : defaults.previous,
  };
}
