/**
 * The workbench declares the API's answers by hand (web/src/api/types.ts) because it compiles for
 * the browser without the server's modules. This file makes the root typecheck (`npm test`) prove
 * that every service result is assignable to the type the workbench reads it as, so a field
 * renamed or retyped on the server fails the build instead of the page. It is never run.
 */
import type * as Web from '../../web/src/api/types.ts';
import type * as WebKpi from '../../web/src/pages/kpi/kpi-types.ts';
import type * as WebPlan from '../../web/src/pages/kpi/plan/plan-draft.ts';
import type * as WebQuarter from '../../web/src/pages/kpi/quarter/quarter-draft.ts';
import type { StoredQuarterPlan } from '../../src/services/kpi/quarter-schema.ts';
import type { kpiEmployeeSheets } from '../../src/store/index.ts';
import type * as WebAnalystPlan from '../../web/src/pages/kpi/analyst/analyst-plan-draft.ts';
import type * as WebDesign from '../../web/src/pages/kpi/design/design-draft.ts';
import type { AnalystPlan, AnalystSheet, KpiDesign, MarketerPlan, Sheet } from '../../src/core/kpi/index.ts';
import type { dimensionValuesFor } from '../../src/services/index.ts';
import type {
  CompareResult,
  ConstraintResult,
  FormulaResult,
  LeversResult,
  WhatIfResult,
} from '../../src/services/index.ts';
import type { ImportResult, RowError, TableName } from '../../src/ingest/index.ts';
import type { ImportRecord, Role, SavedKpiDesign, User } from '../../src/store/index.ts';
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
  Assignable<Sheet, WebKpi.KpiSheet>,
  Assignable<AnalystSheet, WebKpi.AnalystSheet>,
  Assignable<KpiDesign, WebKpi.KpiDesign>,
  // GET/PUT /api/kpi/designs/{model} (src/server/routes/kpi/designs.ts).
  Assignable<{ model: string; saved: SavedKpiDesign | null; design: KpiDesign }, WebDesign.SavedDesignAnswer>,
  // GET /api/kpi/plans/… is the stored plan with its defaults filled, plus the employee's scope.
  Assignable<MarketerPlan & { channels: string[] }, WebPlan.PlanFile>,
  // GET /api/kpi/analyst-plans/… and the copy route answer the stored plan.
  Assignable<AnalystPlan, WebAnalystPlan.AnalystPlan>,
  // GET/PUT /api/kpi/quarter-plans/… answer the stored quarterly plan, defaults filled in.
  Assignable<StoredQuarterPlan, WebQuarter.QuarterPlanFile>,
  // GET /api/kpi/employees: months and quarters with plans.
  Assignable<ReturnType<typeof kpiEmployeeSheets>[number], WebKpi.KpiEmployee>,
];
