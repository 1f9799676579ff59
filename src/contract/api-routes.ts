/**
 * Each route by its method and path, with the schema of what it answers (`null`: no body, 204)
 * and of the JSON it takes. The workbench's `api('GET /api/meta')` reads the URL and the answer's
 * type from here, and test/contract/api-routes.test.ts proves every entry is the schema the
 * server registered for that route, so a page cannot name a route or a shape the server lacks.
 * The customers and KPI domains keep their parts beside their schemas (customers/routes.ts,
 * kpi/routes.ts); routes answering files (exports, workbooks) stay out of the table.
 */
import { MeSchema, NewTokenSchema, NewUserSchema, SessionSchema, LoginBodySchema } from './accounts.ts';
import { TokenRecordsSchema, TokenSchema, UserPatchSchema, UserSchema, UsersSchema } from './accounts.ts';
import {
  CompareResultSchema,
  ConstraintResultSchema,
  DimensionValuesSchema,
  FormulaResultSchema,
  LeversResultSchema,
  StagesBodySchema,
  ThroughputSchema,
  WhatIfBodySchema,
  WhatIfResultSchema,
} from './formula.ts';
import { ImportLogSchema, JobSchema } from './imports.ts';
import { ModelEntriesSchema, ModelEntrySchema, NewModelSchema } from './models.ts';
import { HealthSchema, MetaSchema } from './system.ts';
import { JourneyMapAnswerSchema, JourneyMapSchema, JourneyResultSchema } from './journey.ts';
import { CUSTOMERS_ROUTES } from './customers/routes.ts';
import { KPI_ROUTES } from './kpi/routes.ts';
import type { RouteShape } from './route-shape.ts';

export type { RouteShape } from './route-shape.ts';

/** The formula, accounts, system and warehouse routes the workbench calls. */
export const CORE_ROUTES = {
  'GET /api/health': { answer: HealthSchema },
  'GET /api/meta': { answer: MetaSchema },
  'GET /api/formula': { answer: FormulaResultSchema },
  'GET /api/compare': { answer: CompareResultSchema },
  'GET /api/levers': { answer: LeversResultSchema },
  'GET /api/constraint': { answer: ConstraintResultSchema },
  'POST /api/constraint/stages': { answer: ThroughputSchema, body: StagesBodySchema },
  'POST /api/whatif': { answer: WhatIfResultSchema, body: WhatIfBodySchema },
  'GET /api/dimensions': { answer: DimensionValuesSchema },
  'GET /api/journey': { answer: JourneyResultSchema },
  'GET /api/journey/map': { answer: JourneyMapAnswerSchema },
  'PUT /api/journey/map': { answer: JourneyMapAnswerSchema, body: JourneyMapSchema },
  'GET /api/models': { answer: ModelEntriesSchema },
  'POST /api/models': { answer: ModelEntrySchema, body: NewModelSchema },
  'DELETE /api/models/{id}': { answer: null },
  'POST /api/auth/login': { answer: SessionSchema, body: LoginBodySchema },
  'POST /api/auth/logout': { answer: null },
  'GET /api/auth/me': { answer: MeSchema },
  'GET /api/users': { answer: UsersSchema },
  'POST /api/users': { answer: UserSchema, body: NewUserSchema },
  'PATCH /api/users/{id}': { answer: UserSchema, body: UserPatchSchema },
  'DELETE /api/users/{id}': { answer: null },
  'GET /api/tokens': { answer: TokenRecordsSchema },
  'POST /api/tokens': { answer: TokenSchema, body: NewTokenSchema },
  'GET /api/users/{id}/tokens': { answer: TokenRecordsSchema },
  'DELETE /api/tokens/{id}': { answer: null },
  'GET /api/imports': { answer: ImportLogSchema },
  'GET /api/jobs/{id}': { answer: JobSchema },
} as const satisfies Record<string, RouteShape>;

/** Every route in the table, by `METHOD /api/path`. */
export const API_ROUTES = { ...CORE_ROUTES, ...CUSTOMERS_ROUTES, ...KPI_ROUTES } as const satisfies Record<
  string,
  RouteShape
>;
