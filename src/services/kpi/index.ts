/** KPI and motivation: designs, monthly and quarterly plans, facts, sheets, the analyst's register, their workbooks. */
export {
  importPlans,
  exportPlan,
  planFile,
  setPlanValue,
  storePlan,
  kpiSheetFor,
  parsePlan,
} from './plans.ts';
export { copyPlan, copyAnalystPlan, type PlanCopy } from './plan-copy.ts';
export { marketerFacts } from './marketer-facts.ts';
export { quarterSheetFor, quarterSheetFromFile, quarterSheetFromPlan } from './quarter-sheet.ts';
export {
  parseQuarterPlan,
  storeQuarterPlan,
  importQuarterPlans,
  findQuarterPlan,
  quarterPlanFile,
  quarterPlansList,
  removeQuarterPlan,
  exportQuarterPlan,
  setQuarterPlanValue,
  type QuarterPlanChange,
} from './quarter-plans.ts';
export { quarterFacts, quarterPeriod } from './quarter-facts.ts';
export type { QuarterPlanFile, StoredQuarterPlan } from './quarter-schema.ts';
export { designFor, designFromPositions, readPositions } from './positions-file.ts';
export { saveDesign, savedDesignOf, designFromSaved, type DesignWithSaved } from './design.ts';
export { linkUser, employeeOf, employeeName, kpiEmployeesFor, KPI_ADMIN_ROLES } from './people.ts';
export { writeSheetXlsx } from './sheet-xlsx.ts';
export { writeDesignXlsx, designWorkbook, designXlsxBytes } from './design-xlsx.ts';
export type { PlanFile, StoredPlan } from './plan-schema.ts';
export {
  importRegister,
  setAnalystPlan,
  analystPlanOf,
  putRegisterEntry,
  addRemark,
  setReportNorm,
  listReportNorms,
  analystRegister,
  analystSheetFor,
  type RegisterImport,
} from './analyst.ts';
export { analystWorkbook, sheetXlsxBytes, writeAnySheetXlsx } from './analyst-xlsx.ts';
export { sheetWorkbook } from './sheet-xlsx.ts';
export {
  BUNDLED_CALENDAR,
  workCalendarFor,
  importCalendarDays,
  setCalendarDay,
  readCalendarFile,
} from './work-calendar.ts';
export { catalogueWith, type Catalogue } from './definitions.ts';
export { kpiFactsFor, type KpiFactRow, type KpiFactsResult } from './facts.ts';
