/**
 * Parsers for option shapes the CLI and the HTTP API share. `option` is how the surface spells
 * the input (`--step` on the command line, `step` in a query); errors name it and the bad part.
 */
import { UserError } from './user-error.ts';

const fieldOf = (option: string): string => option.replace(/^--/, '');

/** "store=Moscow-1,Kazan-2;channel=ads" or repeated --filter store=A → { store: [A, …] }. */
export function parseFilters(specs: readonly string[], option = '--filter'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const spec of specs) {
    for (const part of spec.split(';')) {
      if (!part.trim()) continue;
      const eq = part.indexOf('=');
      if (eq <= 0)
        throw new UserError(
          {
            en: `${option} "${part}": expected DIMENSION=VALUE[,VALUE…]`,
            ru: `${option} «${part}»: ожидается ИЗМЕРЕНИЕ=ЗНАЧЕНИЕ[,ЗНАЧЕНИЕ…]`,
          },
          fieldOf(option),
        );
      const dim = part.slice(0, eq).trim();
      const values = part
        .slice(eq + 1)
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.length === 0)
        throw new UserError(
          {
            en: `${option} "${part}": no value after "="`,
            ru: `${option} «${part}»: нет значения после «=»`,
          },
          fieldOf(option),
        );
      out[dim] = [...(out[dim] ?? []), ...values];
    }
  }
  return out;
}

/** "L=100,C=0.4,D=2" → { L: 100, C: 0.4, D: 2 }; decimal commas are not allowed here (they split). */
export function parseValues(spec: string, option = '--values'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0)
      throw new UserError(
        { en: `${option} "${part}": expected NAME=NUMBER`, ru: `${option} «${part}»: ожидается ИМЯ=ЧИСЛО` },
        fieldOf(option),
      );
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value))
      throw new UserError(
        {
          en: `${option} "${part}": "${raw}" is not a number`,
          ru: `${option} «${part}»: «${raw}» — не число`,
        },
        fieldOf(option),
      );
    out[name] = value;
  }
  return out;
}

/** "20", "20%" or "0.2" → 0.2 (a fraction); values above 1 are read as percent. */
export function parseStep(raw: string, option = '--step'): number {
  const v = Number(raw.replace('%', '').replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(v) || v <= 0)
    throw new UserError(
      {
        en: `${option} "${raw}": expected a positive percent such as 20`,
        ru: `${option} «${raw}»: ожидается положительный процент, например 20`,
      },
      fieldOf(option),
    );
  return v >= 1 ? v / 100 : v;
}

/** "a=12,b=8" keeping order (for stage names with spaces). */
export function parseStages(spec: string, option = '--stages'): Array<{ name: string; capacity: number }> {
  return Object.entries(parseValues(spec, option)).map(([name, capacity]) => ({ name, capacity }));
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
export function parseMap(specs: readonly string[], option = '--map'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    if (eq <= 0 || eq === spec.length - 1)
      throw new UserError(
        {
          en: `${option} "${spec}": expected "Source header=field"`,
          ru: `${option} «${spec}»: ожидается «Заголовок в файле=поле»`,
        },
        fieldOf(option),
      );
    out[spec.slice(0, eq).trim()] = spec.slice(eq + 1).trim();
  }
  return out;
}
