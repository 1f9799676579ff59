/**
 * Parsers for option shapes the CLI and the HTTP API share. `field` is the input's name as the
 * HTTP API spells it (`step`); errors name it as `{field}` and the surface spells it (`--step` on
 * the command line), so no service writes a CLI flag.
 */
import { filterEntry } from '../../contract/filter-entry.ts';
import { FIELD } from '../../i18n/index.ts';
import { UserError } from './user-error.ts';

/** "store=Moscow-1,Kazan-2;channel=ads" or repeated --filter store=A → { store: [A, …] }. */
export function parseFilters(specs: readonly string[], field = 'filter'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const spec of specs) {
    for (const part of spec.split(';')) {
      if (!part.trim()) continue;
      const entry = filterEntry(part);
      if (!entry)
        throw new UserError(
          {
            en: `${FIELD} "${part}": expected DIMENSION=VALUE[,VALUE…]`,
            ru: `${FIELD} «${part}»: ожидается ИЗМЕРЕНИЕ=ЗНАЧЕНИЕ[,ЗНАЧЕНИЕ…]`,
          },
          field,
        );
      if (entry.values.length === 0)
        throw new UserError(
          {
            en: `${FIELD} "${part}": no value after "="`,
            ru: `${FIELD} «${part}»: нет значения после «=»`,
          },
          field,
        );
      out[entry.dim] = [...(out[entry.dim] ?? []), ...entry.values];
    }
  }
  return out;
}

/** "L=100,C=0.4,D=2" → { L: 100, C: 0.4, D: 2 }; decimal commas are not allowed here (they split). */
export function parseValues(spec: string, field = 'values'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0)
      throw new UserError(
        { en: `${FIELD} "${part}": expected NAME=NUMBER`, ru: `${FIELD} «${part}»: ожидается ИМЯ=ЧИСЛО` },
        field,
      );
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value))
      throw new UserError(
        {
          en: `${FIELD} "${part}": "${raw}" is not a number`,
          ru: `${FIELD} «${part}»: «${raw}» — не число`,
        },
        field,
      );
    out[name] = value;
  }
  return out;
}

/** "20", "20%" or "0.2" → 0.2 (a fraction); values above 1 are read as percent. */
export function parseStep(raw: string, field = 'step'): number {
  const v = Number(raw.replace('%', '').replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(v) || v <= 0)
    throw new UserError(
      {
        en: `${FIELD} "${raw}": expected a positive percent such as 20`,
        ru: `${FIELD} «${raw}»: ожидается положительный процент, например 20`,
      },
      field,
    );
  return v >= 1 ? v / 100 : v;
}

/** "a=12,b=8" keeping order (for stage names with spaces). */
export function parseStages(spec: string, field = 'stages'): Array<{ name: string; capacity: number }> {
  return Object.entries(parseValues(spec, field)).map(([name, capacity]) => ({ name, capacity }));
}

/** Splits "a,b,c" into trimmed non-empty parts. */
export const parseList = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** Repeated "Source header=field" → { header: field }; the last "=" splits, headers may contain "=". */
export function parseMap(specs: readonly string[], field = 'map'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    if (eq <= 0 || eq === spec.length - 1)
      throw new UserError(
        {
          en: `${FIELD} "${spec}": expected "Source header=field"`,
          ru: `${FIELD} «${spec}»: ожидается «Заголовок в файле=поле»`,
        },
        field,
      );
    out[spec.slice(0, eq).trim()] = spec.slice(eq + 1).trim();
  }
  return out;
}

/** `value` when it is a whole number from `min` to `max` (12 months, 3 steps); a user error otherwise. */
export function wholeInRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UserError(
      {
        en: `${FIELD} must be a whole number from ${min} to ${max}, got "${value}"`,
        ru: `${FIELD} — целое число от ${min} до ${max}, а не «${value}»`,
      },
      field,
    );
  return value;
}
