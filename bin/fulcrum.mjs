#!/usr/bin/env node
// Launcher: runs the compiled CLI (dist/cli, built by scripts/build-cli.mjs on `npm ci`). When the
// build is missing or older than a source file it compiles again first (about a second), so an
// edited checkout never runs yesterday's code; if it cannot compile (no esbuild), it runs the
// TypeScript sources through tsx as before, only slower to start.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.mjs');

/** Newest modification time among the files under dir (0 when it does not exist). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    latest = Math.max(latest, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(compiled).mtimeMs;
  } catch {
    return -1;
  }
}

async function compiledCli() {
  if (builtAt() >= newest(join(root, 'src'))) return compiled;
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
