/**
 * The KPI API's answers as the workbench reads them: types only, inferred from the contract's
 * schemas (src/contract/kpi/), so a field renamed or retyped on the server fails this build.
 */
import type { AnalystSheet, Sheet } from '../../../../src/contract/kpi/sheet.ts';
import type { Lang } from '../../format/format.ts';

export type { KpiDefinitionAnswer as KpiDefinition, KpiEmployee } from '../../../../src/contract/kpi/kpi.ts';
export type { AnalystSheet, Sheet as KpiSheet } from '../../../../src/contract/kpi/sheet.ts';
export type {
  AnalystPlanAnswer as AnalystPlan,
  AnalystPlanBody,
} from '../../../../src/contract/kpi/analyst.ts';
export type { PlanBody, StoredPlan as PlanFile } from '../../../../src/contract/kpi/plan.ts';
export type {
  QuarterPlanBody,
  StoredQuarterPlan as QuarterPlanFile,
} from '../../../../src/contract/kpi/quarter.ts';
export type {
  SavedDesign as SavedDesignAnswer,
  SavedDesignBody,
} from '../../../../src/contract/kpi/designs.ts';
export type { ReportNorm, ReportNormBody } from '../../../../src/contract/kpi/report-norms.ts';

/** A name or sentence in both languages. */
export type Label = Sheet['lines'][number]['name'];
export type SheetLine = Sheet['lines'][number];
/** Where a line's fact came from: `text` in the reader's language, `detail` for programs. */
export type FactSource = NonNullable<SheetLine['source']>;
export type EntryStatus = AnalystSheet['register'][number]['status'];

/** A fact source in the reader's language; one without `text` (an older server's) reads its `detail`. */
export const sourceText = (s: FactSource, lang: Lang): string => s.text?.[lang] ?? s.detail;

/** Which sheet of an employee is on screen. */
export type SheetKind = 'marketer' | 'analyst';

/** The API path of a sheet (add `/xlsx` for its workbook). */
export const sheetPath = (kind: SheetKind, employee: string, period: string): string =>
  `/kpi/${kind === 'analyst' ? 'analyst' : 'sheets'}/${encodeURIComponent(employee)}/${period}`;
