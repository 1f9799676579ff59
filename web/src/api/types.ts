/**
 * The API's shapes as the workbench reads them, inferred from the contract's zod schemas
 * (src/contract, docs/architecture.md "One source per API shape"): a field renamed or retyped on
 * the server fails this build. Types only — `import type` is erased, so neither zod nor a schema
 * reaches the bundle.
 */
import type { z } from 'zod';
import type * as C from '../../../src/contract/index.ts';

/** What a route answers, as JSON carries it. */
type Out<T extends z.ZodType> = z.output<T>;

/** A value that may be missing: null means "no data". */
export type Maybe = number | null;

export type FormulaTree = Out<typeof C.FormulaTreeSchema>;
export type FormulaNode = FormulaTree['nodes'][number];
/** A label in both product languages. */
export type Label = FormulaTree['label'];
export type Unit = FormulaNode['unit'];
export type Period = Out<typeof C.PeriodSchema>;

export type User = Out<typeof C.UserSchema>;
export type Role = User['role'];
/** GET /api/auth/me (csrfToken null for an API token) and POST /api/auth/login. */
export type Me = Out<typeof C.MeSchema>;
export type TokenRecord = Out<typeof C.TokenRecordSchema>;
export type Meta = Out<typeof C.MetaSchema>;

export type FormulaResult = Out<typeof C.FormulaResultSchema>;
export type Coverage = Out<typeof C.CoverageSchema>;
export type Evaluated = Out<typeof C.EvaluatedSchema>;
export type SegmentResult = NonNullable<FormulaResult['segments']>[number];
export type Split = Out<typeof C.SplitSchema>;
export type CompareResult = Out<typeof C.CompareResultSchema>;
export type LeversResult = Out<typeof C.LeversResultSchema>;
export type LeverRow = LeversResult['rows'][number];
export type LeverBenchmark = NonNullable<LeversResult['benchmark']>;
export type ConstraintResult = Out<typeof C.ConstraintResultSchema>;
export type LeverPotential = ConstraintResult['levers'][number];
export type SegmentGain = LeverPotential['below'][number];
export type NextStep = NonNullable<ConstraintResult['nextStep']>;
export type Stage = z.input<typeof C.StagesBodySchema>['stages'][number];
export type Throughput = Out<typeof C.ThroughputSchema>;
export type WhatIfResult = Out<typeof C.WhatIfResultSchema>;
export type GoalSeekResult = NonNullable<WhatIfResult['goal']>;
export type LeverMove = GoalSeekResult['levers'][number];
export type DimensionValues = Out<typeof C.DimensionValuesSchema>;
/** The analyses GET /api/export/{analysis} writes as a file. */
export type ExportAnalysis = C.ExportAnalysis;

export type ImportResult = Out<typeof C.ImportResultSchema>;
export type RowError = ImportResult['errors'][number];
export type TableName = ImportResult['table'];
/** A canonical table a user imports. */
export type DataTable = TableName;
/** A background import (POST /api/imports?async=1), polled at GET /api/jobs/{id}. */
export type ImportJob = Out<typeof C.JobSchema>;
export type ImportRecord = Out<typeof C.ImportRecordSchema>;
/** POST /api/imports?async=1: the job to poll. */
export type JobStarted = Out<typeof C.JobStartedSchema>;

/** The /api/customers answers and their parts (src/contract/customers.ts). */
export type {
  ChannelMetric,
  ChannelRow,
  ChannelsResult,
  ClvSummary,
  ClvValidation,
  Cohort,
  CohortMonth,
  CohortsResult,
  FunnelResult,
  FunnelStep,
  FunnelValue,
  PurchaseModel,
  RfmGrid,
  SegmentsResult,
} from '../../../src/contract/customers.ts';
