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
/** This script, relative to the checkout: a change to it is a change to every build. */
const BUILDER = relative(ROOT, fileURLToPath(import.meta.url))
  .split('\\')
  .join('/');
/** The list of files a build was made from (relative to the checkout), beside the build. */
export const SOURCES = 'sources.json';

/**
 * Native packages: outside the bundle (their .node binaries load from their own folders), and
 * loaded with require() rather than import. Importing a CommonJS package from ESM makes Node
 * scan its sources for export names first (cjs-module-lexer), which cost ~200 ms per start for
 * DuckDB's bindings. The others (the app store's SQLite, argon2 for passwords) are loaded on first
 * use, below: a read command reaches SQLite only after DuckDB has opened the warehouse.
 */
const NATIVE = ['@duckdb/node-bindings'];

/**
 * Packages used later or by a few commands only (SQLite and argon2, reading or writing XLSX,
 * guessing a file's encoding, reading a YAML model, drawing a progress bar on a terminal): outside
 * the bundle and loaded on first use, so a command starts without evaluating them (exceljs alone
 * took ~190 ms; cli-progress brings string-width and emoji-regex, ~30 KB, for a bar a read command
 * on a pipe never draws). The sources import them as a default object (`ExcelJS.Workbook`, `new
 * Database(…)`) or by the names listed here.
 */
const ON_FIRST_USE = {
  'better-sqlite3': [],
  argon2: [],
  exceljs: [],
  'iconv-lite': [],
  jschardet: ['detectAll'],
  yaml: ['parse'],
  'cli-progress': [],
};

/**
 * Source files find their data by `new URL('../../data/…', import.meta.url)`. Inside the bundle
 * import.meta.url is the chunk's address in dist/cli/, so each such file's own address is
 * rebuilt from the chunk's: relative paths keep working wherever the checkout lives.
 */
function ownUrl(text, path, outDir) {
  if (!text.includes('import.meta.url')) return text;
  const rel = relative(outDir, path).split('\\').join('/');
  return text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
}

/** `export { a, b as c } from './m.ts';` at the start of a line (barrels are written so). */
const REEXPORT = /^export\s+\{([^}]*)\}\s*from\s*'([^']+)';/gm;
/** `export * from './m.ts';` */
const REEXPORT_ALL = /^export\s+\*\s+from\s*'([^']+)';/gm;
/** A value a module declares and exports: `export const a`, `export async function b`, `export class C`… */
const DECLARED =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|enum)\s+([A-Za-z_$][\w$]*)/gm;
/** `export { a, b as c };` of the module's own names. */
const LOCAL_EXPORTS = /^export\s+\{([^}]*)\}\s*;/gm;
/** `import { a, b as c } from './m.ts';` or `export { … } from …` at the start of a line, relative paths only. */
const IMPORT = /^(import|export)\s+\{([^}]*)\}\s*from\s*'(\.\.?\/[^']+)';/gm;

/** The value names of an import or export list: `a`, `b as c` → [['a','a'], ['b','c']]; types dropped. */
const specifiers = (list) =>
  list
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => {
      const [name, alias = name] = s.split(/\s+as\s+/);
      return [name, alias];
    });

/**
 * Imports (and re-exports) each name from the module that defines it, not from a barrel (an
 * index.ts that re-exports its folder). esbuild splits chunks by which files an entry reaches through import
 * statements, used or not: a command importing one name from services/index.ts reached every
 * module the barrel names, so `fulcrum formula` loaded chunks holding zod, the importer, the
 * sample generator and the KPI code it never calls. Rewritten in the bundle only; names a barrel
 * defines itself stay on it, and type-only names go (they have no run-time value). Each rewritten
 * statement keeps its line count, so source maps still point at the right line.
 */
function directImports() {
  const modules = new Map(); // file → Promise<what it exports: see exportsOf>
  /**
   * What a module exports by value: names it re-exports from elsewhere (`export { a as b } from`),
   * the modules it re-exports whole (`export * from`), and names it declares itself.
   */
  const exportsOf = (file) => {
    if (!modules.has(file))
      modules.set(
        file,
        readFile(file, 'utf8').then(
          (text) => ({
            named: new Map(
              [...text.matchAll(REEXPORT)].flatMap(([, list, from]) =>
                specifiers(list).map(([name, alias]) => [
                  alias,
                  { file: resolve(dirname(file), from), name },
                ]),
              ),
            ),
            stars: [...text.matchAll(REEXPORT_ALL)].map(([, from]) => resolve(dirname(file), from)),
            declared: new Set([
              ...[...text.matchAll(DECLARED)].map(([, name]) => name),
              ...[...text.matchAll(LOCAL_EXPORTS)].flatMap(([, list]) =>
                specifiers(list).map(([, alias]) => alias),
              ),
            ]),
          }),
          () => ({ named: new Map(), stars: [], declared: new Set() }),
        ),
      );
    return modules.get(file);
  };
  /** Whether `file` exports `name`, itself or through `export *` (each module looked at once). */
  const provides = async (file, name, seen = new Set()) => {
    if (seen.has(file)) return false;
    seen.add(file);
    const m = await exportsOf(file);
    if (m.named.has(name) || m.declared.has(name)) return true;
    for (const star of m.stars) if (await provides(star, name, seen)) return true;
    return false;
  };
  /**
   * Where `name` exported by `file` is defined, through barrels of barrels; a name found nowhere
   * stays where it was imported from.
   */
  const origin = async (file, name) => {
    for (let depth = 0; depth < 16; depth++) {
      const m = await exportsOf(file);
      if (m.declared.has(name)) break;
      const hit = m.named.get(name);
      if (hit) {
        ({ file, name } = hit);
        continue;
      }
      let star;
      for (const s of m.stars) if (await provides(s, name)) star ??= s;
      if (!star) break;
      file = star;
    }
    return { file, name };
  };
  return async (text, importer) => {
    const dir = dirname(importer);
    const edits = [];
    for (const m of text.matchAll(IMPORT)) {
      const [statement, keyword, list, from] = m;
      const barrel = resolve(dir, from);
      const groups = new Map();
      let moved = false;
      for (const [name, local] of specifiers(list)) {
        const o = await origin(barrel, name);
        moved ||= o.file !== barrel;
        if (!groups.has(o.file)) groups.set(o.file, []);
        groups.get(o.file).push(o.name === local ? local : `${o.name} as ${local}`);
      }
      if (!moved) continue;
      const lines = [...groups].map(([file, names]) => {
        const path = relative(dir, file).split('\\').join('/');
        return `${keyword} { ${names.join(', ')} } from ${JSON.stringify(path.startsWith('.') ? path : `./${path}`)};`;
      });
      const newlines = statement.split('\n').length - 1;
      edits.push([m.index, statement.length, lines.join(' ') + '\n'.repeat(newlines)]);
    }
    for (const [at, length, replacement] of edits.reverse())
      text = text.slice(0, at) + replacement + text.slice(at + length);
    return text;
  };
}

/** Our TypeScript sources as the bundle reads them: direct imports, their own import.meta.url. */
const sources = (outDir) => ({
  name: 'sources',
  setup(b) {
    const direct = directImports();
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: ownUrl(await direct(text, args.path), args.path, outDir), loader: 'ts' };
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
export default new Proxy(function () {}, {
  get: (_, key) => load()[key],
  construct: (_, args) => new (load())(...args),
  apply: (_, self, args) => load().apply(self, args),
});
${named}`,
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

/**
 * Our sources have no import-time side effects that another module relies on, but esbuild cannot
 * know that a module building a zod schema at its top is safe to drop. Saying so lets it leave
 * out the modules and statements no command uses. (Which chunks a command loads is decided by the
 * import statements it reaches, used or not: directImports above keeps those to what it names.)
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
    // Paths in the metafile relative to the checkout, wherever `fulcrum` was started from.
    absWorkingDir: ROOT,
    entryPoints: { main: join(SRC, 'cli', 'main.ts') },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    plugins: [sources(outDir), requiredAtRunTime, sourcesArePure],
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
  // The files this build was made from, for bin/fulcrum.mjs to check for edits on each start:
  // statting these is a few milliseconds, walking src/ took 10–30.
  const madeFrom = [...Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/')), BUILDER];
  await writeFile(join(tmp, SOURCES), `${JSON.stringify(madeFrom)}\n`);
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
