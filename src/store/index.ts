/** App store: SQLite state beside the warehouse (import log now; users, plans, cases later). */
export { openStore, storePathFor, type Store } from './store.ts';
export { migrate } from './migrate.ts';
export { MIGRATIONS, type Migration } from './migrations.ts';
export {
  recordImportStart,
  recordImportEnd,
  listImports,
  findSuccessfulImportByHash,
  listRunningImports,
  type ImportRecord,
  type ImportStart,
  type ImportEnd,
  type ImportStatus,
  type RunningImport,
} from './warehouse/imports-repo.ts';
export {
  ROLES,
  USER_LANGS,
  insertUser,
  userById,
  credentialsByLogin,
  listUsers,
  countUsers,
  updateUser,
  deleteUser,
  deleteUserSessions,
  countOwners,
  type Role,
  type UserLang,
  type User,
} from './accounts/users-repo.ts';
export {
  insertSession,
  sessionByHash,
  touchSession,
  deleteSession,
  deleteStaleSessions,
  type SessionRecord,
} from './accounts/sessions-repo.ts';
export {
  insertApiToken,
  useApiToken,
  listApiTokens,
  deleteApiToken,
  deleteUserApiTokens,
  type ApiTokenRecord,
} from './accounts/api-tokens-repo.ts';
export { saveKpiEmployee, kpiEmployee, type KpiEmployee } from './kpi/employees-repo.ts';
export { saveMarketerPlan, loadMarketerPlan, monthlyTasks } from './kpi/plans-repo.ts';
export { setManualFact, manualFacts, planId } from './kpi/facts-repo.ts';
export { saveRegisterEntries, registerEntries } from './kpi/register-repo.ts';
export { saveAnalystPlan, loadAnalystPlan, saveReportNorms, reportNorms } from './kpi/analyst-plans-repo.ts';
export {
  saveCalendarDays,
  deleteCalendarDay,
  calendarOverrides,
  type CalendarDay,
} from './kpi/calendar-days-repo.ts';
export { linkUserEmployee, employeeOfUser, kpiEmployeeSheets } from './accounts/user-employee-repo.ts';
export {
  saveUserModel,
  listUserModels,
  userModelById,
  deleteUserModel,
  userModelsVersion,
  type UserModelRecord,
} from './formula/user-models-repo.ts';
export {
  saveKpiDesign,
  loadKpiDesign,
  savedKpiDesignModels,
  type SavedKpiDesign,
} from './kpi/designs-repo.ts';
export {
  saveQuarterPlan,
  loadQuarterPlan,
  quarterPlanPeriods,
  listQuarterPlans,
  deleteQuarterPlan,
  type QuarterPlanRecord,
  type QuarterKpiRecord,
  type QuarterManualFact,
  type RomiReading,
} from './kpi/quarter-plans-repo.ts';
export { warehouseFact, saveWarehouseFact } from './warehouse/facts-repo.ts';
export { saveJourneyMap, storedJourneyMap, type StoredJourneyMap } from './journey/map-repo.ts';
