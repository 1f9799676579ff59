import type { Command } from 'commander';

/** One top-level command as `fulcrum --help` lists it, without loading its module. */
export interface CommandEntry {
  name: string;
  /** What follows the name in the command list: `[options]`, `[options] <file>` or nothing. */
  term: string;
  description: string;
}

/** A command module: the commands its register function adds, and how to load that function. */
export interface CommandGroup {
  commands: readonly CommandEntry[];
  load(): Promise<(program: Command) => void>;
}

const opts = '[options]';

/**
 * Every top-level command, in the order `fulcrum --help` lists them. Only the names and the
 * one-line descriptions live here, so `fulcrum --help` starts without importing DuckDB, exceljs or
 * the server; a command's module (and what it needs) is imported only when that command runs or
 * shows its own help. test/cli/lazy-commands.test.ts checks this list against the modules, so a
 * description changed in a command file without changing it here fails a test.
 */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  {
    commands: [{ name: 'report', term: opts, description: 'the profit-formula report in the terminal' }],
    load: async () => (await import('./commands/formula/report.ts')).registerReport,
  },
  {
    commands: [
      { name: 'formula', term: opts, description: 'the profit formula for a period, filter and slice' },
    ],
    load: async () => (await import('./commands/formula/formula.ts')).registerFormula,
  },
  {
    commands: [
      { name: 'levers', term: opts, description: 'the +20% lever table: revenue and profit per lever' },
    ],
    load: async () => (await import('./commands/formula/levers.ts')).registerLevers,
  },
  {
    commands: [
      {
        name: 'constraint',
        term: opts,
        description:
          'the key constraint: the lever and segments holding revenue back; or --stages for capacities',
      },
    ],
    load: async () => (await import('./commands/formula/constraint.ts')).registerConstraint,
  },
  {
    commands: [
      {
        name: 'journey',
        term: opts,
        description: 'the customer journey map: each stage with its clients, levers and the key constraint',
      },
    ],
    load: async () => (await import('./commands/journey.ts')).registerJourney,
  },
  {
    commands: [
      {
        name: 'whatif',
        term: opts,
        description: 'evaluate the formula from lever values; with --target, the lever change needed',
      },
    ],
    load: async () => (await import('./commands/formula/whatif.ts')).registerWhatIf,
  },
  {
    commands: [
      { name: 'generate', term: opts, description: 'write a sample company: orders, leads, spend, costs' },
    ],
    load: async () => (await import('./commands/generate.ts')).registerGenerate,
  },
  {
    commands: [
      {
        name: 'import',
        term: `${opts} <file>`,
        description: 'validate and import a CSV, XLSX or Parquet file',
      },
      { name: 'imports', term: opts, description: 'the import log, newest first' },
    ],
    load: async () => (await import('./commands/import.ts')).registerImport,
  },
  {
    commands: [{ name: 'serve', term: opts, description: 'run the HTTP API and the workbench' }],
    load: async () => (await import('./commands/serve.ts')).registerServe,
  },
  {
    commands: [{ name: 'user', term: '', description: 'workbench and API accounts' }],
    load: async () => (await import('./commands/user.ts')).registerUser,
  },
  {
    commands: [{ name: 'kpi', term: '', description: 'KPI system and motivation sheets' }],
    load: async () => (await import('./commands/kpi/kpi.ts')).registerKpi,
  },
  {
    commands: [
      { name: 'rfm', term: opts, description: 'RFM scores and named segments, with lists to export' },
    ],
    load: async () => (await import('./commands/customers/rfm.ts')).registerRfm,
  },
  {
    commands: [
      {
        name: 'clv',
        term: opts,
        description: 'fit a CLV model (BG/NBD or Pareto/NBD purchases, Gamma-Gamma spend)',
      },
    ],
    load: async () => (await import('./commands/customers/clv.ts')).registerClv,
  },
  {
    commands: [
      {
        name: 'segments',
        term: opts,
        description: 'RFM segment summary; with --from, the migration between segments from that date',
      },
    ],
    load: async () => (await import('./commands/customers/segments.ts')).registerSegments,
  },
  {
    commands: [
      {
        name: 'cohorts',
        term: opts,
        description:
          'acquisition cohorts: retention and cumulative revenue per customer by month since acquisition',
      },
    ],
    load: async () => (await import('./commands/customers/cohorts.ts')).registerCohorts,
  },
  {
    commands: [
      {
        name: 'channels',
        term: opts,
        description: 'unit economics per channel: CAC, CARC, LTV, ROMI, MRE, payback, CTR, CPC, CR, CPA',
      },
    ],
    load: async () => (await import('./commands/customers/channels.ts')).registerChannels,
  },
  {
    commands: [
      {
        name: 'funnel',
        term: opts,
        description: 'product funnel: what customers buy first, second, third; transition shares and checks',
      },
    ],
    load: async () => (await import('./commands/customers/funnel.ts')).registerFunnel,
  },
];

/**
 * The top-level command a command line runs or asks help for: the first word that is not an
 * option (`fulcrum formula --by channel` → formula), or the word after `help` (`fulcrum help kpi`).
 * Undefined for `fulcrum`, `fulcrum --help` and `fulcrum help`.
 */
export function commandNameIn(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}
