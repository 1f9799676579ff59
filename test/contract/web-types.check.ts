/**
 * The workbench declares the API's answers by hand (web/src/api/types.ts) because it compiles for
 * the browser without the server's modules. This file makes the root typecheck (`npm test`) prove
 * that every service result is assignable to the type the workbench reads it as, so a field
 * renamed or retyped on the server fails the build instead of the page. It is never run.
 */
import type * as Web from '../../web/src/api/types.ts';
import type * as WebCustomers from '../../web/src/pages/customers/customers-types.ts';
import type * as WebClv from '../../web/src/pages/customers/clv-value-types.ts';
import type * as WebFunnel from '../../web/src/pages/customers/funnel-types.ts';
import type { SegmentsResult } from '../../src/services/customers/segments.ts';
import type { CohortsResult } from '../../src/services/customers/cohorts.ts';
import type { ChannelsResult } from '../../src/services/customers/channels.ts';
import type { FunnelResult } from '../../src/services/customers/funnel.ts';
import type { HoldoutGroup } from '../../src/core/clv/holdout.ts';
import type { ClvSummary, dimensionValuesFor } from '../../src/services/index.ts';
import type {
  CompareResult,
  ConstraintResult,
  FormulaResult,
  LeversResult,
  WhatIfResult,
} from '../../src/services/index.ts';
import type { ImportResult, RowError, TableName } from '../../src/ingest/index.ts';
import type { ImportRecord, Role, User } from '../../src/store/index.ts';
import type { FormulaTree } from '../../src/core/formula/index.ts';
import type { Period } from '../../src/core/period/index.ts';

/** Compiles only when A can be used where B is expected. */
type Assignable<A extends B, B> = A;

export type Checks = [
  Assignable<FormulaResult, Web.FormulaResult>,
  Assignable<CompareResult, Web.CompareResult>,
  Assignable<LeversResult, Web.LeversResult>,
  Assignable<ConstraintResult, Web.ConstraintResult>,
  Assignable<WhatIfResult, Web.WhatIfResult>,
  Assignable<Awaited<ReturnType<typeof dimensionValuesFor>>, Web.DimensionValues>,
  Assignable<ClvSummary, WebClv.ClvSummary>,
  Assignable<ImportResult, Web.ImportResult>,
  Assignable<RowError, Web.RowError>,
  Assignable<TableName, Web.TableName>,
  Assignable<ImportRecord, Web.ImportRecord>,
  Assignable<Role, Web.Role>,
  Assignable<User, Web.User>,
  Assignable<FormulaTree, Web.FormulaTree>,
  Assignable<Period, Web.Period>,
  Assignable<SegmentsResult, WebCustomers.SegmentsResult>,
  Assignable<CohortsResult, WebCustomers.CohortsResult>,
  Assignable<ChannelsResult, WebCustomers.ChannelsResult>,
  Assignable<HoldoutGroup, WebCustomers.HoldoutGroup>,
  Assignable<FunnelResult, WebFunnel.FunnelResult>,
  // KPI answers need no line here: the workbench's KPI types are the contract's
  // (web/src/pages/kpi/kpi-types.ts), and hono checks every KPI route's answer against its schema.
];
