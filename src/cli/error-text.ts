import {
  messageIn,
  translator,
  UserError,
  type Lang,
  type Localizable,
  type Spelling,
} from '../i18n/index.ts';
import { errorKind } from '../services/inputs/user-error.ts';

// Fields whose flag is not the field's name in kebab case.
const FLAGS: Readonly<Record<string, string>> = { holdoutEnd: '--holdout' };

/**
 * How the terminal spells an input a service names by its field: `calibrationEnd` →
 * `--calibration-end`, `asof` → `--asof`. Services never write a flag; the CLI alone knows them.
 */
export const cliSpelling: Spelling = (field) =>
  FLAGS[field] ??
  (field.startsWith('--') ? field : `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);

/**
 * The one line the CLI prints for a failed command, by errorKind: the user's error in their
 * language, its input spelled as a flag; for the engine's failure or a fault of ours a generic
 * text and the way to the details, never the engine's words (SQL, temp paths). A plain `Error` is
 * still printed as it is: commands throw those with texts written for the user (`--port "x":
 * expected 0–65535`); what the runtime throws by itself (TypeError, RangeError such as "Invalid
 * time value") is a fault and gets the generic text.
 */
export function errorText(e: unknown, lang: Lang): string {
  const t = translator(lang);
  const kind = errorKind(e);
  if (e instanceof UserError) return e.localized(lang, cliSpelling);
  // Another user error (an import's) may name an input too: the header mapping is `--map` here.
  if (kind === 'user') return (e as Localizable).localized(lang, cliSpelling);
  if (kind === 'engine') return `${messageIn(e, lang)}; ${t('error.debug')}`;
  if (e instanceof Error && Object.getPrototypeOf(e) === Error.prototype) return e.message;
  return `${t('error.bug')}; ${t('error.debug')}`;
}
