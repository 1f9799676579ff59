import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

// A checkout in miniature: the real launcher, a stand-in build script that logs each build, and a
// "compiled CLI" that says it ran.
const MAIN =
  'export async function main(argv) { process.stdout.write(`ran ${argv.join(" ")}`); return 0; }\n';
const BUILD = `import { appendFileSync, writeFileSync } from 'node:fs';
const root = new URL('..', import.meta.url);
export async function buildCli() {
  appendFileSync(new URL('built.log', root), 'built\\n');
  writeFileSync(new URL('dist/cli/main.mjs', root), ${JSON.stringify(MAIN)});
  writeFileSync(new URL('dist/cli/sources.json', root), JSON.stringify(['src/a.ts', 'src/b.ts']));
}
`;

let root: string;
const past = new Date(Date.now() - 3_600_000);
const future = new Date(Date.now() + 3_600_000);

/** Runs the launcher and returns what it printed and how many builds it made. */
function launch(): { stdout: string; builds: number } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'fulcrum.mjs'), 'formula'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const log = join(root, 'built.log');
  return { stdout: r.stdout, builds: existsSync(log) ? readFileSync(log, 'utf8').split('\n').length - 1 : 0 };
}

describe('the launcher (bin/fulcrum.mjs) rebuilds the CLI only when a file the build was made from changed', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fulcrum-launcher-'));
    for (const d of ['bin', 'scripts', 'src', 'dist/cli']) mkdirSync(join(root, d), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'fulcrum.mjs'), join(root, 'bin', 'fulcrum.mjs'));
    writeFileSync(join(root, 'scripts', 'build-cli.mjs'), BUILD);
    for (const f of ['a.ts', 'b.ts', 'unlisted.ts']) {
      writeFileSync(join(root, 'src', f), 'export {};\n');
      utimesSync(join(root, 'src', f), past, past);
    }
    writeFileSync(join(root, 'dist', 'cli', 'main.mjs'), MAIN);
    const built = new Date(past.getTime() + 60_000);
    utimesSync(join(root, 'dist', 'cli', 'main.mjs'), built, built);
    writeFileSync(join(root, 'dist', 'cli', 'sources.json'), JSON.stringify(['src/a.ts', 'src/b.ts']));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('runs the build as it is when nothing it was made from changed', () => {
    // A file no build reads (nothing imports it yet) may be newer: it changes nothing that runs.
    utimesSync(join(root, 'src', 'unlisted.ts'), future, future);
    expect(launch()).toEqual({ stdout: 'ran formula', builds: 0 });
  });

  it('builds again when a listed source is newer than the build, and then reuses the new build', () => {
    // Edited now: newer than the build, made a minute after the sources were last written.
    const edited = new Date();
    utimesSync(join(root, 'src', 'b.ts'), edited, edited);
    expect(launch()).toEqual({ stdout: 'ran formula', builds: 1 });
    expect(launch()).toEqual({ stdout: 'ran formula', builds: 1 });
  });

  it('builds again when a listed source is gone or the build has no list of its sources', () => {
    rmSync(join(root, 'src', 'a.ts'));
    expect(launch().builds).toBe(1);
    rmSync(join(root, 'dist', 'cli', 'sources.json'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export {};\n');
    utimesSync(join(root, 'src', 'a.ts'), past, past);
    expect(launch().builds).toBe(2);
  });
});
