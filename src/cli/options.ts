/** Parsers for repeated CLI option shapes; each error names the option and the bad part. */

/** "store=Moscow-1,Kazan-2;channel=ads" or repeated --filter store=A → { store: [A, …] }. */
export function parseFilters(specs: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const spec of specs) {
    for (const part of spec.split(';')) {
      if (!part.trim()) continue;
      const eq = part.indexOf('=');
      if (eq <= 0) throw new Error(`--filter "${part}": expected DIMENSION=VALUE[,VALUE…]`);
      const dim = part.slice(0, eq).trim();
      const values = part
        .slice(eq + 1)
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.length === 0) throw new Error(`--filter "${part}": no value after "="`);
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
    if (eq <= 0) throw new Error(`${option} "${part}": expected NAME=NUMBER`);
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value))
      throw new Error(`${option} "${part}": "${raw}" is not a number`);
    out[name] = value;
  }
  return out;
}

/** "20", "20%" or "0.2" → 0.2 (a fraction); values above 1 are read as percent. */
export function parseStep(raw: string): number {
  const v = Number(raw.replace('%', '').replace(',', '.'));
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`--step "${raw}": expected a positive percent such as 20`);
  return v >= 1 ? v / 100 : v;
}

/** "a=12,b=8" keeping order (for stage names with spaces). */
export function parseStages(spec: string): Array<{ name: string; capacity: number }> {
  return Object.entries(parseValues(spec, '--stages')).map(([name, capacity]) => ({ name, capacity }));
}
