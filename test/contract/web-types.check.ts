/**
 * The workbench declares the API's answers by hand (web/src/api/types.ts) because it compiles for
 * the browser without the server's modules. This file makes the root typecheck (`npm test`) prove
 * that every service result is assignable to the type the workbench reads it as, so a field
 * renamed or retyped on the server fails the build instead of the page. It is never run.
 */
import type * as Web from '../../web/src/api/types.ts';
import type { dimensionValuesFor } from '../../src/services/index.ts';
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
  Assignable<ImportResult, Web.ImportResult>,
  Assignable<RowError, Web.RowError>,
  Assignable<TableName, Web.TableName>,
  Assignable<ImportRecord, Web.ImportRecord>,
  Assignable<Role, Web.Role>,
  Assignable<User, Web.User>,
  Assignable<FormulaTree, Web.FormulaTree>,
  Assignable<Period, Web.Period>,
  // Customers and KPI answers need no line here: the workbench's types for them are the contract's
  // (web/src/api/contract-customers.ts, web/src/pages/kpi/kpi-types.ts), and hono checks every
  // route's answer against its schema.
];
