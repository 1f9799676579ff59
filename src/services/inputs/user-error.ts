import { FormulaTreeError } from '../../core/formula/index.ts';
import { EngineError } from '../../engines/engine-error.ts';
import { UserError, type Localizable } from '../../i18n/index.ts';

// UserError lives in i18n (files and core use it without the engines); the rule below needs EngineError.
export { UserError };

/**
 * Which of three answers a thrown error gets, the one rule every surface maps from:
 * - `user`: the user's input is to blame and the error says why in their language (a UserError or
 *   any other error that can say itself: periods, dates, imports, formula trees);
 * - `engine`: the engine failed (EngineError); its words name SQL and paths, so users get a
 *   generic text and the raw one goes to the log or `--debug`;
 * - `bug`: anything else — a fault of ours, whose text was never written for users.
 * A plain `Error` is also `bug` here; the CLI alone still prints one (see cli/error-text.ts).
 */
export type ErrorKind = 'user' | 'engine' | 'bug';

export function errorKind(e: unknown): ErrorKind {
  if (e instanceof EngineError) return 'engine';
  if (e instanceof FormulaTreeError) return 'user';
  if (e instanceof Error && typeof (e as Partial<Localizable>).localized === 'function') return 'user';
  return 'bug';
}

/**
 * An error's details for the log and `--debug`: its stack and, down the cause chain, each
 * cause's (an EngineError's cause holds the engine's raw text).
 */
export function errorDetails(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, depth = 0; c !== undefined && depth < 5; depth++) {
    parts.push(c instanceof Error ? (c.stack ?? `${c.name}: ${c.message}`) : String(c));
    c = c instanceof Error ? c.cause : undefined;
  }
  return parts.join('\ncaused by: ');
}
