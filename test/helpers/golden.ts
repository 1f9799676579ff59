import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';

const DIR = join(import.meta.dirname, '..', 'golden');

/** The switch that lets a run write golden files; without it a golden is only ever read. */
export const UPDATE_GOLDEN = 'UPDATE_GOLDEN';

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
 * difference can be read with a diff tool. Goldens are written only on request: run the test with
 * UPDATE_GOLDEN=1 (`UPDATE_GOLDEN=1 npx vitest run test/…`) to create a new one or accept a change,
 * then read the diff before committing it. A missing golden fails: writing it silently would make
 * the first run of a new check, or a run after a file was lost, pass whatever it computed.
 */
export function expectGolden(name: string, value: unknown): void {
  expectGoldenFile(join(DIR, `${name}.json`), value);
}

/** expectGolden for a file at any path (the guard test checks the rules on a temporary one). */
export function expectGoldenFile(file: string, value: unknown): void {
  const changed = file.replace(/\.json$/, '.changed.json');
  const text = `${JSON.stringify(roundDeep(value), null, 2)}\n`;
  if (process.env[UPDATE_GOLDEN] === '1') {
    writeFileSync(file, text);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(file))
    throw new Error(
      `golden file ${file} is missing; create it with ${UPDATE_GOLDEN}=1 npx vitest run <this test file>, ` +
        `then check and commit ${basename(file)}`,
    );
  const expected = readFileSync(file, 'utf8');
  if (expected !== text) writeFileSync(changed, text);
  else rmSync(changed, { force: true });
  expect(JSON.parse(text)).toEqual(JSON.parse(expected));
}
