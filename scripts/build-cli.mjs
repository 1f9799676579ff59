#!/usr/bin/env node
/**
 * Compiles the CLI (src/cli/main.ts and everything it imports) into dist/cli/, so `fulcrum` starts
 * from plain JavaScript instead of type-stripping ~400 TypeScript files through tsx on every run.
 * Runs on `npm ci` (the `prepare` script) and from bin/fulcrum.mjs when the sources are newer
 * than the build. Each command's module is its own chunk (split at the dynamic imports of
 * src/cli/manifest.ts), so `fulcrum --help` reads only the small entry chunk.
 *
 * Native packages stay outside the bundle (their .node binaries are found next to their own
 * files); so do the few packages that read files beside their own sources at run time.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, rename, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC_FILE = /[\\/]src[\\/]/;
export const OUT_DIR = join(ROOT, 'dist', 'cli');
const SRC = join(ROOT, 'src');

/**
 * Native packages: outside the bundle (their .node binaries load from their own folders), and
 * loaded with require() rather than import. Importing a CommonJS package from ESM makes Node
 * scan its sources for export names first (cjs-module-lexer), which cost ~200 ms per start for
 * DuckDB's bindings.
 */
const NATIVE = ['@duckdb/node-bindings', 'better-sqlite3', 'argon2'];

/**
 * Large packages used by a few commands only (reading or writing XLSX, guessing a file's
 * encoding, reading a YAML model): outside the bundle and loaded on first use, so every other command starts without
 * evaluating them (exceljs alone took ~190 ms). The sources import them as a default object
 * (`ExcelJS.Workbook`) or by the names listed here.
 */
const ON_FIRST_USE = { exceljs: [], 'iconv-lite': [], jschardet: ['detectAll'], yaml: ['parse'] };

/**
 * Source files find their data by `new URL('../../data/…', import.meta.url)`. Inside the bundle
 * import.meta.url is the chunk's address in dist/cli/, so each such file's own address is
 * rebuilt from the chunk's: relative paths keep working wherever the checkout lives.
 */
const ownUrl = (outDir) => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const rel = relative(outDir, args.path).split('\\').join('/');
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
});

/** Stand-in modules for NATIVE and ON_FIRST_USE; the real package is required outside the bundle. */
const requiredAtRunTime = {
  name: 'required-at-run-time',
  setup(b) {
    const names = [...NATIVE, ...Object.keys(ON_FIRST_USE)];
    const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      if (args.namespace === 'run-time') return { path: args.path, external: true };
      // A bundled package that requires one of the lazy ones gets the package itself, not the
      // stand-in (whose shape only fits the sources' `import X from …`).
      if (!NATIVE.includes(args.path) && !SRC_FILE.test(args.importer))
        return { path: args.path, external: true };
      return { path: args.path, namespace: 'run-time' };
    });
    b.onLoad({ filter: /.*/, namespace: 'run-time' }, ({ path }) => {
      const req = `require(${JSON.stringify(path)})`;
      if (NATIVE.includes(path))
        return { contents: `module.exports = ${req};`, loader: 'js', resolveDir: ROOT };
      const named = ON_FIRST_USE[path]
        .map((n) => `export const ${n} = (...args) => load().${n}(...args);`)
        .join('\n');
      return {
        contents: `let mod;
const load = () => (mod ??= ${req});
export default new Proxy({}, { get: (_, key) => load()[key] });
${named}`,
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

/**
 * Our sources have no import-time side effects that another module relies on, but esbuild cannot
 * know that a module building a zod schema at its top is safe to drop. Saying so lets it leave out
 * every module a command does not use, though the services barrel (services/index.ts) names them
 * all: `fulcrum formula` then loads no KPI, CLV or generator code.
 */
const sourcesArePure = {
  name: 'sources-are-pure',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.pure || !SRC_FILE.test(args.importer)) return undefined;
      const r = await b.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: { pure: true },
      });
      if (r.errors.length > 0 || !SRC_FILE.test(r.path)) return undefined;
      return { ...r, sideEffects: false };
    });
  },
};

/**
 * Builds into a fresh directory and swaps it in, so a run in parallel never reads half a build.
 * outDir: dist/cli unless a test builds elsewhere.
 */
export async function buildCli(outDir = OUT_DIR) {
  const tmp = `${outDir}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  const result = await build({
    metafile: true,
    entryPoints: { main: join(SRC, 'cli', 'main.ts') },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    plugins: [ownUrl(outDir), requiredAtRunTime, sourcesArePure],
    // Bundled CommonJS packages (exceljs, commander's peers) call require(); ESM output has none.
    banner: {
      js: "import { createRequire as __fulcrumRequire } from 'node:module'; const require = __fulcrumRequire(import.meta.url);",
    },
    // Less to parse on every start; names stay, so stacks under --debug still read (with the map).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  });
  // What went into each chunk (`npx esbuild --analyze` reads it): where a command's start-up goes.
  await writeFile(join(tmp, 'meta.json'), JSON.stringify(result.metafile));
  const old = `${outDir}.${process.pid}.old`;
  await rename(outDir, old).catch(() => {});
  try {
    await rename(tmp, outDir);
  } catch (e) {
    // Another process swapped its build in first (the same sources give the same build).
    await rm(tmp, { recursive: true, force: true });
    if (!existsSync(join(outDir, 'main.mjs'))) throw e;
  }
  await rm(old, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t = performance.now();
  // `node scripts/build-cli.mjs [outDir]`: tests build a copy elsewhere.
  const outDir = process.argv[2] ? resolve(process.argv[2]) : OUT_DIR;
  await buildCli(outDir);
  console.log(
    `fulcrum CLI compiled into ${relative(ROOT, outDir)} in ${Math.round(performance.now() - t)} ms`,
  );
}
