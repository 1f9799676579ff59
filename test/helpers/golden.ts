import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const DIR = join(import.meta.dirname, '..', 'golden');

/** Rounds every float to 9 significant digits so golden files survive harmless float noise. */
export function roundDeep(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(9));
  if (Array.isArray(v)) return v.map(roundDeep);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)]));
  return v;
}

/**
 * Compares a value with test/golden/NAME.json. A mismatch writes NAME.changed.json beside it so the
 * difference can be read with a diff tool; UPDATE_GOLDEN=1 accepts the new output.
 */
export function expectGolden(name: string, value: unknown): void {
  const file = join(DIR, `${name}.json`);
  const changed = join(DIR, `${name}.changed.json`);
  const text = `${JSON.stringify(roundDeep(value), null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (!existsSync(file) && process.env['CI']) throw new Error(`golden file ${file} is missing`);
    writeFileSync(file, text);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== text) writeFileSync(changed, text);
  else rmSync(changed, { force: true });
  expect(JSON.parse(text)).toEqual(JSON.parse(expected));
}
