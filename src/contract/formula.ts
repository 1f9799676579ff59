import { z } from 'zod';
import { ATTRIBUTION_METHODS } from '../core/formula/index.ts';
import { TABLE_NAMES } from '../core/tables/index.ts';
import { PeriodSchema, ModelIdSchema } from './common.ts';

// Result schemas declare every field the services return (the same bodies as the CLI's --json):
// test/contract/route-answers-core.test.ts holds real answers to them, an undeclared field fails.

const maybe = z.number().nullable();
const filters = z.record(z.string(), z.array(z.string()));
const nodes = z.record(z.string(), maybe);
const bilingual = z.object({ ru: z.string(), en: z.string() });
const dataTable = z.enum(TABLE_NAMES);
// A filter that leaves no rows: the notice, in both languages (src/services/slicing/slice-check.ts).
const empty = bilingual.optional();

/** Which levers the numbers use and which file would give the figures without data (orders only). */
export const CoverageSchema = z.object({
  /** Lever ids the lever table and the attribution use (buyers in place of L and C without leads). */
  levers: z.array(z.string()),
  /** Stand-in lever → the levers it replaces: { buyers: ['L', 'C'] } reads "buyers = L × C". */
  standIns: z.record(z.string(), z.array(z.string())),
  /**
   * Node id → the tables not loaded that would give it, for every node without data:
   * { L: ['leads'], profit: ['spend', 'costs'] }. A node whose table is loaded but empty in the
   * period is not listed.
   */
  needs: z.record(z.string(), z.array(dataTable)),
  /**
   * Loaded tables with none of the filter's (or slice's) columns, with those columns: their
   * figures are left blank — { leads: ['category'] }. Absent when none.
   */
  unfiltered: z.partialRecord(dataTable, z.array(z.string())).optional(),
});

/** One evaluated period (or one segment of it). */
export const EvaluatedSchema = z.object({
  /** Revenue as the formula computes it, rounded to kopecks; the data's revenue when a lever has no data. */
  revenue: maybe,
  /** Where `revenue` came from: the lever product, or the orders when levers lack data in this slice. */
  revenueSource: z.enum(['formula', 'data']),
  profit: maybe.optional(),
  levers: nodes,
  nodes,
});

export const FormulaResultSchema = z
  .object({
    model: z.string(),
    period: PeriodSchema,
    filters,
    ...EvaluatedSchema.shape,
    by: z.array(z.string()).optional(),
    segments: z
      .array(
        z.object({
          key: z.string(),
          ...EvaluatedSchema.shape,
          // Levers past their range here (leverMax: a channel's C above 100 % counts repeat buyers
          // who were never its leads). Absent when none; the page and the CLI mark them.
          aboveRange: z.array(z.string()).optional().meta({ description: 'levers above their range here' }),
        }),
      )
      .optional(),
    explain: z.record(z.string(), z.string()).optional(),
    empty,
    coverage: CoverageSchema,
  })
  .meta({ id: 'FormulaResult' });

/** The split of one node's change among levers, in kopecks that sum exactly to the change. */
export const SplitSchema = z.object({
  before: maybe,
  after: maybe,
  change: maybe,
  changePct: maybe,
  method: z.enum(ATTRIBUTION_METHODS),
  /** Keyed by lever id (and fixed-cost node ids under profit); sums exactly to `change`. */
  contributions: z.record(z.string(), z.number()),
  exact: z.record(z.string(), z.number()).optional().meta({ description: 'unrounded contributions' }),
  order: z.array(z.string()).optional(),
  /** Why the split differs from what was asked (LMDI fell back to chain substitution). */
  note: z.string().optional(),
  /** Why no split could be made (missing data, non-positive values). */
  error: z.string().optional(),
  /** When the split failed for want of data: the tables not loaded that would give it… */
  needs: z.array(dataTable).optional(),
  /** …and the node whose change failed to split. */
  target: z.string().optional(),
  /** How each contribution was obtained, one sentence per line (explain=1). */
  explain: z.array(z.string()).optional(),
});

export const CompareResultSchema = z
  .object({
    model: z.string(),
    periods: z.object({ before: PeriodSchema, after: PeriodSchema }),
    filters,
    ...SplitSchema.shape,
    detail: z.object({ before: EvaluatedSchema, after: EvaluatedSchema }),
    profit: SplitSchema.optional(),
    empty,
    coverage: CoverageSchema,
  })
  .meta({ id: 'CompareResult' });

/** The Levers page's tornado: each lever raised to the benchmark, beside the uniform step. */
export const LeverBenchmarkSchema = z
  .object({
    by: z.string(),
    byLabel: bilingual,
    measure: z.enum(['profit', 'revenue']),
    effects: z.array(
      z.object({
        lever: z.string(),
        p75: maybe,
        effect: z.number(),
        segments: z.array(z.object({ key: z.string(), value: z.number(), effect: z.number() })),
      }),
    ),
    noData: z.array(z.string()),
    step: z.array(z.object({ lever: z.string(), effect: maybe })),
  })
  .nullable()
  .meta({
    id: 'LeverBenchmark',
    description:
      "Per lever, the profit (revenue without a margin rate) gained if every segment of `by` below its 75th percentile reached it; `step`: +step on any one lever ('any') or each, and on all",
  });

/** One row of the lever table: what raising a lever (or 'all') by `step` gives. */
const LeverRowSchema = z.object({
  lever: z.string(),
  step: z.number(),
  revenue: maybe,
  revenueChangePct: maybe,
  profit: maybe,
  profitChangePct: maybe,
});

export const LeversResultSchema = z
  .object({
    model: z.string(),
    period: PeriodSchema,
    filters,
    step: z.number(),
    base: z.object({ revenue: maybe, profit: maybe }),
    rows: z.array(LeverRowSchema),
    empty,
    coverage: CoverageSchema,
    /** Null when the orders have no dimension to benchmark along. */
    benchmark: LeverBenchmarkSchema,
  })
  .meta({ id: 'LeversResult' });

/** A lever's potential across the segments of one dimension. */
const LeverPotentialSchema = z.object({
  lever: z.string(),
  p75: maybe,
  max: maybe,
  potential: z.number(),
  below: z.array(z.object({ key: z.string(), value: z.number(), gain: z.number() })),
  outOfRange: z.array(z.object({ key: z.string(), value: z.number() })),
  heldAtBound: z.array(z.string()),
});

/** "What to do next" beside the key constraint. */
export const NextStepSchema = z.object({
  lever: z.string(),
  dim: z.string(),
  segments: z.array(z.string()),
  potential: z.number(),
  tools: bilingual.nullable(),
  text: bilingual,
});

export const ConstraintResultSchema = z
  .object({
    model: z.string(),
    period: PeriodSchema,
    by: z.string(),
    filters,
    /** The lever with the largest potential, or null when no segment lags. */
    key: z.string().nullable(),
    levers: z.array(LeverPotentialSchema),
    /** Levers with no data along this dimension (leads carry no store, say): not ranked. */
    noData: z.array(z.string()),
    segments: z.number(),
    /** Which lever, which segments and which tools to start with; null when no segment lags. */
    nextStep: NextStepSchema.nullable(),
    empty,
  })
  .meta({ id: 'ConstraintResult' });

export const StagesBodySchema = z
  .object({
    stages: z
      .array(z.object({ name: z.string().min(1), capacity: z.number().finite().nonnegative() }))
      .min(1),
  })
  .meta({ id: 'StagesRequest' });

/** The stages of POST /api/constraint/stages and its answer. */
export const ThroughputSchema = z
  .object({ output: z.number(), bottleneck: z.string() })
  .meta({ id: 'Throughput' });

export const WhatIfBodySchema = z
  .object({
    model: ModelIdSchema.default('lcpudq'),
    values: z.record(z.string(), z.number().finite()).optional().meta({
      description:
        "lever values (L, C…) and, for profit, the costs (spend, sga, other); costs left out come from the period's data",
    }),
    period: z.string().optional(),
    filter: z.array(z.string()).optional(),
    target: z.object({ node: z.enum(['revenue', 'profit']), value: z.number().finite() }).optional(),
    lever: z.string().optional(),
  })
  .meta({ id: 'WhatIfRequest' });

export const WhatIfResultSchema = z
  .object({
    model: z.string(),
    values: nodes,
    revenue: maybe,
    profit: maybe.optional(),
    nodes,
    costs: z
      .array(z.object({ id: z.string(), value: maybe, source: z.enum(['given', 'data', 'none']) }))
      .optional()
      .meta({
        description:
          'inputs that are no lever (marketing spend, SG&A, other costs), each typed in ("given"), read from the period\'s data ("data") or missing ("none")',
      }),
    costsPeriod: PeriodSchema.optional(),
    profitMissing: z
      .array(z.string())
      .optional()
      .meta({ description: 'inputs profit still needs; profit is null until they are given in values' }),
    goal: z
      .object({
        node: z.string(),
        from: z.number(),
        value: z.number(),
        factor: z.number(),
        levers: z.array(
          z.object({ lever: z.string(), from: z.number(), to: z.number(), changePct: z.number() }),
        ),
      })
      .optional(),
  })
  .meta({ id: 'WhatIfResult' });

/** GET /api/dimensions: each filterable dimension's values, most revenue first. */
export const DimensionValuesSchema = z
  .object({
    dimensions: z.array(
      z.object({
        dimension: z.string(),
        label: bilingual,
        values: z.array(z.object({ value: z.string(), revenue: z.number().nullable(), rows: z.number() })),
        total: z.number(),
      }),
    ),
  })
  .meta({ id: 'DimensionValues' });
