import { UserError } from '../../../services/index.ts';
import { phrase } from '../../../i18n/index.ts';

/** `--window <days>`: a whole number of days, or undefined for the strategy's default. */
export function parseWindow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(phrase('customers.window', { value: text }), 'window');
  return n;
}

/** A number option (`--horizon 26`, `--margin 0,35` or `35%`, `--discount 1%`), or undefined. */
export function parseNumberOption(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const percent = t.endsWith('%');
  const n = Number(t.replace(/%$/, '').trim().replace(',', '.')) / (percent ? 100 : 1);
  if (t === '' || t === '%' || !Number.isFinite(n))
    throw new UserError(phrase('customers.number', { value: text }), flag.replace(/^--/, ''));
  return n;
}
