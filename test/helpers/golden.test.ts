import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectGoldenFile, UPDATE_GOLDEN } from './golden.ts';

// The golden check's own rules: a golden is read, never written, unless the run asks for it.
describe('golden files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fulcrum-golden-'));
    // The guard must hold on a developer's run as on CI's, whatever the shell exported.
    vi.stubEnv(UPDATE_GOLDEN, '');
    vi.stubEnv('CI', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails on a missing golden, says how to create it, and writes nothing', () => {
    const file = join(dir, 'absent.json');
    expect(() => expectGoldenFile(file, { revenue: 1.5 })).toThrow(
      /absent\.json is missing; create it with UPDATE_GOLDEN=1 npx vitest run/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('writes the golden, rounded, when UPDATE_GOLDEN=1 asks for it', () => {
    vi.stubEnv(UPDATE_GOLDEN, '1');
    const file = join(dir, 'fresh.json');
    expectGoldenFile(file, { revenue: 0.1 + 0.2 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ revenue: 0.3 });
  });

  it('fails on a different value and leaves it in NAME.changed.json beside the golden', () => {
    const file = join(dir, 'kept.json');
    writeFileSync(file, '{\n  "revenue": 2\n}\n');
    expect(() => expectGoldenFile(file, { revenue: 3 })).toThrow();
    expect(JSON.parse(readFileSync(join(dir, 'kept.changed.json'), 'utf8'))).toEqual({ revenue: 3 });
    expectGoldenFile(file, { revenue: 2 });
    expect(existsSync(join(dir, 'kept.changed.json'))).toBe(false);
  });
});
