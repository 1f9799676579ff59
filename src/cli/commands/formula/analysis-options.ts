import { UserError } from '../../../services/index.ts';

/** A whole-number option (`--months 12`), or undefined when not given; the service checks the range. */
export function parseWhole(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n))
    throw new UserError(
      { en: `${flag} must be a whole number, got "${text}"`, ru: `${flag} — целое число, а не «${text}»` },
      flag.replace(/^--/, ''),
    );
  return n;
}

/** An amount in roubles as people type it: `150000`, `150 000`, `150 000,50`. */
export function parseAmount(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const t = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/₽|руб\.?$/i, '')
    .replace(',', '.');
  const n = Number(t);
  if (t === '' || !Number.isFinite(n))
    throw new UserError(
      { en: `${flag} must be an amount, got "${text}"`, ru: `${flag} — сумма, а не «${text}»` },
      flag.replace(/^--/, ''),
    );
  return n;
}
