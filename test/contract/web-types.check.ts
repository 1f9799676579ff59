/**
 * The customers and KPI pages still declare some API answers by hand (their own *-types.ts and
 * drafts). This file makes the root typecheck (`npm test`) prove that each service result is
 * assignable to the type the page reads it as. It is never run. The formula, accounts, system and
 * warehouse answers need no check here any more: web/src/api/types.ts infers them from the
 * contract's schemas (src/contract), which the routes are typed against. Entries leave as their
 * pages move to contract types; the file goes with the last one.
 */
import type * as WebCustomers from '../../web/src/pages/customers/customers-types.ts';
import type * as WebClv from '../../web/src/pages/customers/clv-value-types.ts';
import type * as WebFunnel from '../../web/src/pages/customers/funnel-types.ts';
import type * as WebKpi from '../../web/src/pages/kpi/kpi-types.ts';
import type * as WebPlan from '../../web/src/pages/kpi/plan/plan-draft.ts';
import type * as WebQuarter from '../../web/src/pages/kpi/quarter/quarter-draft.ts';
import type { StoredQuarterPlan } from '../../src/services/kpi/quarter-schema.ts';
import type { kpiEmployeeSheets } from '../../src/store/index.ts';
import type * as WebAnalystPlan from '../../web/src/pages/kpi/analyst/analyst-plan-draft.ts';
import type * as WebDesign from '../../web/src/pages/kpi/design/design-draft.ts';
import type { SegmentsResult } from '../../src/services/customers/segments.ts';
import type { CohortsResult } from '../../src/services/customers/cohorts.ts';
import type { ChannelsResult } from '../../src/services/customers/channels.ts';
import type { FunnelResult } from '../../src/services/customers/funnel.ts';
import type { AnalystPlan, AnalystSheet, KpiDesign, MarketerPlan, Sheet } from '../../src/core/kpi/index.ts';
import type { HoldoutGroup } from '../../src/core/clv/holdout.ts';
import type { ClvSummary } from '../../src/services/index.ts';
import type { SavedKpiDesign } from '../../src/store/index.ts';

/** Compiles only when A can be used where B is expected. */
type Assignable<A extends B, B> = A;

export type Checks = [
  Assignable<ClvSummary, WebClv.ClvSummary>,
  Assignable<SegmentsResult, WebCustomers.SegmentsResult>,
  Assignable<CohortsResult, WebCustomers.CohortsResult>,
  Assignable<ChannelsResult, WebCustomers.ChannelsResult>,
  Assignable<HoldoutGroup, WebCustomers.HoldoutGroup>,
  Assignable<FunnelResult, WebFunnel.FunnelResult>,
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
