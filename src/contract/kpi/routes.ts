/**
 * The /api/kpi routes the workbench calls, by `METHOD /api/path`, with the schema each answers
 * and the JSON each takes: one part of the contract's route table (api-routes.ts spreads it into
 * API_ROUTES). The workbook downloads (`…/xlsx`: sheets, quarter and analyst sheets, designs)
 * answer files, not JSON, so they stay out, as the exports do; pages link to them.
 */
import type { RouteShape } from '../route-shape.ts';
import { AnalystPlanBodySchema, AnalystPlanSchema, RegisterEntryBodySchema } from './analyst.ts';
import { RegisterEntrySchema, RegisterSchema, RemarkBodySchema } from './analyst.ts';
import { DesignBodySchema, DesignSchema, SavedDesignBodySchema, SavedDesignSchema } from './designs.ts';
import { KpiCatalogueSchema, KpiEmployeesSchema, LinkBodySchema, LinkSchema } from './kpi.ts';
import { PlanCopyBodySchema } from './plan-copy.ts';
import { PlanBodySchema, PlanSchema } from './plan.ts';
import { QuarterPlanBodySchema, QuarterPlanFileSchema, QuarterPlanSchema } from './quarter.ts';
import { ReportNormBodySchema, ReportNormSchema, ReportNormsSchema } from './report-norms.ts';
import { AnalystSheetSchema, SheetSchema } from './sheet.ts';

/** Each JSON route of the KPI domain: its answer and, for a write, its body. */
export const KPI_ROUTES = {
  'GET /api/kpi/catalogue': { answer: KpiCatalogueSchema },
  'POST /api/kpi/design': { answer: DesignSchema, body: DesignBodySchema },
  'GET /api/kpi/designs/{model}': { answer: SavedDesignSchema },
  'PUT /api/kpi/designs/{model}': { answer: SavedDesignSchema, body: SavedDesignBodySchema },
  'GET /api/kpi/employees': { answer: KpiEmployeesSchema },
  'PUT /api/kpi/employees/{employee}/user': { answer: LinkSchema, body: LinkBodySchema },
  'GET /api/kpi/plans/{employee}/{period}': { answer: PlanSchema },
  'PUT /api/kpi/plans/{employee}/{period}': { answer: PlanSchema, body: PlanBodySchema },
  'POST /api/kpi/plans/{employee}/{period}/copy': { answer: PlanSchema, body: PlanCopyBodySchema },
  'GET /api/kpi/sheets/{employee}/{period}': { answer: SheetSchema },
  'POST /api/kpi/quarter': { answer: SheetSchema, body: QuarterPlanFileSchema },
  'GET /api/kpi/quarter-plans/{employee}/{quarter}': { answer: QuarterPlanSchema },
  'PUT /api/kpi/quarter-plans/{employee}/{quarter}': {
    answer: QuarterPlanSchema,
    body: QuarterPlanBodySchema,
  },
  'DELETE /api/kpi/quarter-plans/{employee}/{quarter}': { answer: null },
  'GET /api/kpi/quarter-sheets/{employee}/{quarter}': { answer: SheetSchema },
  'GET /api/kpi/analyst/{employee}/{period}': { answer: AnalystSheetSchema },
  'GET /api/kpi/analyst-plans/{employee}/{period}': { answer: AnalystPlanSchema },
  'PUT /api/kpi/analyst-plans/{employee}/{period}': {
    answer: AnalystPlanSchema,
    body: AnalystPlanBodySchema,
  },
  'POST /api/kpi/analyst-plans/{employee}/{period}/copy': {
    answer: AnalystPlanSchema,
    body: PlanCopyBodySchema,
  },
  'GET /api/kpi/register/{employee}': { answer: RegisterSchema },
  'PUT /api/kpi/register/{employee}/{id}': { answer: RegisterEntrySchema, body: RegisterEntryBodySchema },
  'POST /api/kpi/register/{employee}/{id}/remarks': { answer: RegisterEntrySchema, body: RemarkBodySchema },
  'GET /api/kpi/report-norms': { answer: ReportNormsSchema },
  'PUT /api/kpi/report-norms/{type}': { answer: ReportNormSchema, body: ReportNormBodySchema },
} as const satisfies Record<string, RouteShape>;
