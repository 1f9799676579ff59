#!/usr/bin/env node
// Launcher: runs the compiled CLI (dist/cli, built by scripts/build-cli.mjs on `npm ci`). When the
// build is missing or older than a file it was made from it compiles again first (about a
// second), so an edited checkout never runs yesterday's code; if it cannot compile (no esbuild),
// it runs the TypeScript sources through tsx as before, only slower to start.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.mjs');

/**
 * Whether a file the build was made from (dist/cli/sources.json, written by the build) changed or
 * went since: those are the only files whose edits change what runs. A new file matters only
 * once an existing one imports it, and that one then changed. Statting the list takes a few
 * milliseconds on each start, where walking src/ took 10–30.
 */
function stale() {
  let built;
  let sources;
  try {
    built = statSync(compiled).mtimeMs;
    sources = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'sources.json'), 'utf8'));
  } catch {
    return true;
  }
  return sources.some(
    (file) => (statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built,
  );
}

async function compiledCli() {
  if (!stale()) return compiled;
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
    return compiled;
  } catch (e) {
    if (process.argv.includes('--debug'))
      process.stderr.write(`fulcrum: not compiled (${e}); running through tsx\n`);
    return undefined;
  }
}

// Node 22.1+ keeps the compiled bytecode of the CLI's chunks between runs; Node 20 has no such
// cache and skips this.
module.enableCompileCache?.();

const cli = await compiledCli();
if (cli) {
  // Stacks under --debug name the TypeScript sources, through the build's source maps.
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  const { main } = await import(pathToFileURL(cli).href);
  // exitCode, not exit(): exit() can cut off a large JSON still flushing to a pipe.
  process.exitCode = await main(process.argv.slice(2));
} else {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
}
