import { z } from '@hono/zod-openapi';
import { PeriodSchema, ModelIdSchema } from './common.ts';

// Result schemas name the fields clients rely on and let the rest through: the services' result
// objects are the bodies (the same as the CLI's --json), and their details grow over time.

const maybe = z.number().nullable();
const filters = z.record(z.string(), z.array(z.string()));
const nodes = z.record(z.string(), maybe);
// A filter that leaves no rows: the notice, in both languages (src/services/slicing/slice-check.ts).
const empty = z.object({ ru: z.string(), en: z.string() }).optional();

/** Which levers the numbers use and which file would give the figures without data (orders only). */
const CoverageSchema = z.object({
  levers: z.array(z.string()),
  standIns: z.record(z.string(), z.array(z.string())),
  needs: z.record(z.string(), z.array(z.enum(['orders', 'leads', 'spend', 'costs']))),
});

const EvaluatedShape = {
  revenue: maybe,
  revenueSource: z.enum(['formula', 'data']),
  profit: maybe.optional(),
  levers: nodes,
  nodes,
};

export const FormulaResultSchema = z
  .looseObject({
    model: z.string(),
    period: PeriodSchema,
    filters,
    ...EvaluatedShape,
    by: z.array(z.string()).optional(),
    segments: z.array(z.looseObject({ key: z.string(), ...EvaluatedShape })).optional(),
    explain: z.record(z.string(), z.string()).optional(),
    empty,
    coverage: CoverageSchema,
  })
  .openapi('FormulaResult');

const SplitShape = {
  before: maybe,
  after: maybe,
  change: maybe,
  changePct: maybe,
  method: z.string(),
  contributions: z.record(z.string(), z.number()),
  error: z.string().optional(),
  needs: z.array(z.enum(['orders', 'leads', 'spend', 'costs'])).optional(),
  explain: z.array(z.string()).optional(),
};

export const CompareResultSchema = z
  .looseObject({
    model: z.string(),
    periods: z.object({ before: PeriodSchema, after: PeriodSchema }),
    filters,
    ...SplitShape,
    profit: z.looseObject(SplitShape).optional(),
    empty,
    coverage: CoverageSchema,
  })
  .openapi('CompareResult');

/** The Levers page's tornado: each lever raised to the benchmark, beside the uniform step. */
const LeverBenchmarkSchema = z
  .looseObject({
    by: z.string(),
    byLabel: z.object({ ru: z.string(), en: z.string() }),
    measure: z.enum(['profit', 'revenue']),
    effects: z.array(
      z.looseObject({
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
  .openapi('LeverBenchmark', {
    description:
      "Per lever, the profit (revenue without a margin rate) gained if every segment of `by` below its 75th percentile reached it; `step`: +step on any one lever ('any') or each, and on all",
  });

export const LeversResultSchema = z
  .looseObject({
    model: z.string(),
    period: PeriodSchema,
    filters,
    step: z.number(),
    base: z.object({ revenue: maybe, profit: maybe }),
    rows: z.array(z.looseObject({})),
    empty,
    coverage: CoverageSchema,
    benchmark: LeverBenchmarkSchema,
  })
  .openapi('LeversResult');

export const ConstraintResultSchema = z
  .looseObject({
    model: z.string(),
    period: PeriodSchema,
    by: z.string(),
    filters,
    key: z.string().nullable(),
    levers: z.array(z.looseObject({})),
    noData: z.array(z.string()),
    segments: z.number(),
    empty,
  })
  .openapi('ConstraintResult');

export const StagesBodySchema = z
  .object({
    stages: z
      .array(z.object({ name: z.string().min(1), capacity: z.number().finite().nonnegative() }))
      .min(1),
  })
  .openapi('StagesRequest');

export const ThroughputSchema = z
  .object({ output: z.number(), bottleneck: z.string() })
  .openapi('Throughput');

export const WhatIfBodySchema = z
  .object({
    model: ModelIdSchema.default('lcpudq'),
    values: z.record(z.string(), z.number().finite()).optional().openapi({
      description:
        "lever values (L, C…) and, for profit, the costs (spend, sga, other); costs left out come from the period's data",
    }),
    period: z.string().optional(),
    filter: z.array(z.string()).optional(),
    target: z.object({ node: z.enum(['revenue', 'profit']), value: z.number().finite() }).optional(),
    lever: z.string().optional(),
  })
  .openapi('WhatIfRequest');

export const WhatIfResultSchema = z
  .looseObject({
    model: z.string(),
    values: nodes,
    revenue: maybe,
    profit: maybe.optional(),
    nodes,
    costs: z
      .array(z.object({ id: z.string(), value: maybe, source: z.enum(['given', 'data', 'none']) }))
      .optional()
      .openapi({
        description:
          'inputs that are no lever (marketing spend, SG&A, other costs), each typed in ("given"), read from the period\'s data ("data") or missing ("none")',
      }),
    costsPeriod: z.looseObject({ from: z.string(), to: z.string(), label: z.string() }).optional(),
    profitMissing: z
      .array(z.string())
      .optional()
      .openapi({ description: 'inputs profit still needs; profit is null until they are given in values' }),
    goal: z.looseObject({ node: z.string(), factor: z.number(), value: z.number() }).optional(),
  })
  .openapi('WhatIfResult');

export const MetaSchema = z
  .object({
    models: z.array(
      z.object({
        id: z.string(),
        label: z.object({ ru: z.string(), en: z.string() }),
        source: z.enum(['preset', 'user']),
        tree: z.looseObject({}),
      }),
    ),
    dimensions: z.array(z.string()),
    range: z.object({ first: z.string(), last: z.string() }).nullable(),
    defaults: z.object({ period: z.string(), compare: z.string() }).nullable(),
  })
  .openapi('Meta');
