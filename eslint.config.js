import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * The layers and who may import whom, held here so a wrong import fails `npm run lint`
 * (docs/architecture.md, "Layers"). Data flows one way: file → ingest → engine, and
 * request → service → (sql → engine) + core → response. A rule names the folders of src/ a layer
 * must not import; `types` are folders it may take types from but no values (a type import is
 * erased: it brings neither code nor I/O).
 */
const LAYERS = [
  'core',
  'sql',
  'engines',
  'ingest',
  'store',
  'generate',
  'files',
  'services',
  'contract',
  'i18n',
  'server',
  'cli',
];
const except = (...allowed) => LAYERS.filter((l) => !allowed.includes(l));

/** Packages that do I/O or need Node: never in the pure layers nor in the browser. */
const NODE_ONLY = [
  'node:*',
  '@duckdb/*',
  'better-sqlite3',
  'argon2',
  'exceljs',
  'iconv-lite',
  'jschardet',
  'cli-progress',
  'commander',
  // The server's framework: the contract is plain zod so the browser can share it.
  'hono',
  'hono/*',
  '@hono/*',
];

const RULES = {
  // The pure domain. Messages are pure too (src/i18n), so a core error can carry both languages.
  core: { deny: except('core', 'i18n'), pure: true },
  // Languages, messages and Intl formatting, for every surface and the browser; core's types name
  // what it formats (a formula tree).
  i18n: { deny: except('i18n'), types: ['core'], pure: true },
  // SQL text: its own dialects and core's types (a period, a tree). It never runs a query.
  sql: { deny: except('sql'), types: ['core'], pure: true },
  // Drivers run SQL their dialect writes; they know nothing of the domain.
  engines: { deny: except('engines', 'sql', 'i18n') },
  store: { deny: except('store', 'core', 'i18n') },
  ingest: { deny: except('ingest', 'engines', 'sql', 'store', 'core', 'i18n') },
  generate: { deny: except('generate', 'core', 'i18n'), types: ['engines', 'sql'] },
  // File writers that are not use cases.
  files: {
    deny: except('files', 'core', 'i18n'),
    // TEMPORARY (issue 14 §3): UserError moves out of services to src/i18n. (gitignore lines: a
    // file is let through only with its folder, and the folder's other files are closed again.)
    allow: {
      services: ['!**/services/inputs/', '**/services/inputs/*', '!**/services/inputs/user-error.ts'],
    },
  },
  // Use cases join everything below them; their answers' types come from the contract.
  services: { deny: ['server', 'cli'] },
  // The API's shapes, browser-safe: zod, core and pure i18n.
  contract: { deny: except('contract', 'core', 'i18n'), pure: true },
  // Surfaces call use cases (services), describe answers (contract), speak (i18n), write files
  // (files) and may use core's pure values; never the engine or the SQL, and of the stores, the
  // readers and the generator only their types (a User, an ImportResult) — their functions are
  // reached through services/index.ts.
  server: {
    deny: ['sql', 'engines', 'ingest', 'store', 'generate', 'cli'],
    types: ['ingest', 'store', 'generate'],
  },
  // `fulcrum serve` starts the HTTP server: the one command that reaches the other surface.
  cli: {
    deny: ['sql', 'engines', 'ingest', 'store', 'generate', 'server'],
    types: ['ingest', 'store', 'generate'],
    allow: { server: ['!**/server/index.ts'] },
  },
};

/**
 * The no-restricted-imports options of one layer of src/: one pattern group per denied layer
 * (gitignore lines matched against the import's text), followed by that layer's `allow` lines.
 */
function layerRule(from, { deny, types = [], allow = {}, pure = false }) {
  const patterns = deny.map((layer) => ({
    group: [`**/${layer}/**`, ...(allow[layer] ?? [])],
    allowTypeImports: types.includes(layer),
    message: `src/${from} must not import ${types.includes(layer) ? 'values from ' : ''}src/${layer} (eslint.config.js: layers).`,
  }));
  if (pure)
    patterns.push({ group: NODE_ONLY, message: `src/${from} is pure: no I/O, no Node-only package.` });
  return {
    files: [`src/${from}/**/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}

/** The workbench imports its own code, and from src/ only the contract and i18n (pure). */
const WEB_DENY = except('contract', 'i18n');
const webRule = (deny) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: deny.map((l) => `**/src/${l}/**`),
          message: 'web/src imports from src/ only the contract and i18n (eslint.config.js: layers).',
        },
        { group: NODE_ONLY, message: 'web/src runs in the browser: no Node-only package.' },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'bench/out', '**/*.changed.*', 'tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  ...Object.entries(RULES).map(([from, rule]) => layerRule(from, rule)),
  { files: ['web/src/**/*.{ts,tsx}'], rules: webRule(WEB_DENY) },
  // A web test may check the workbench's own copy of a rule against core's (glossary, designer).
  { files: ['web/src/**/*.test.{ts,tsx}'], rules: webRule(WEB_DENY.filter((l) => l !== 'core')) },
  { files: ['web/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
);
