import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  comparePeriods,
  formulaFor,
  parseFilters,
  parseList,
  modelById,
  resolvePeriods,
} from '../../../services/index.ts';
import { ATTRIBUTION_METHODS } from '../../../core/formula/index.ts';
import { userLocale } from '../../context.ts';
import { CompareResultSchema, FormulaResultSchema } from '../../../contract/formula.ts';
import {
  compareParam,
  explainParam,
  filterList,
  filterParam,
  INPUT_ERRORS,
  isOn,
  json,
  modelParam,
  periodParam,
} from '../../../contract/common.ts';
import type { AppDeps, AppEnv } from '../../types.ts';

const formula = createRoute({
  method: 'get',
  path: '/api/formula',
  summary: 'The formula tree for a period, filter and slice',
  request: {
    query: z.object({
      model: modelParam('lcpudq'),
      period: periodParam,
      filter: filterParam,
      by: z.string().optional().openapi({ description: 'slice by dimensions, e.g. channel or month,store' }),
      explain: explainParam,
    }),
  },
  responses: { 200: json(FormulaResultSchema, 'the evaluated tree'), ...INPUT_ERRORS },
});

const compare = createRoute({
  method: 'get',
  path: '/api/compare',
  summary: 'Two periods compared, the change split among levers',
  request: {
    query: z.object({
      model: modelParam('lcpudq'),
      period: periodParam,
      compare: compareParam,
      filter: filterParam,
      method: z.enum(ATTRIBUTION_METHODS).default('lmdi'),
      order: z.string().optional().openapi({ description: 'chain order, e.g. L,C,Pu,D,Q' }),
      explain: explainParam,
    }),
  },
  responses: { 200: json(CompareResultSchema, 'the split'), ...INPUT_ERRORS },
});

/** GET /api/formula and GET /api/compare (the CLI's `formula` and `formula --compare`). */
export function registerFormula(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const ws = deps.workspace;
  app.openapi(formula, async (c) => {
    const q = c.req.valid('query');
    const { current } = await resolvePeriods(ws, q);
    const res = await formulaFor(ws, {
      tree: modelById(ws, q.model),
      period: current,
      filters: parseFilters(filterList(q.filter), 'filter'),
      by: parseList(q.by),
      explainLocale: isOn(q.explain) ? userLocale(c) : undefined,
    });
    return c.json({ ...res }, 200);
  });
  app.openapi(compare, async (c) => {
    const q = c.req.valid('query');
    const periods = await resolvePeriods(ws, q);
    const res = await comparePeriods(ws, {
      tree: modelById(ws, q.model),
      before: periods.previous,
      after: periods.current,
      filters: parseFilters(filterList(q.filter), 'filter'),
      method: q.method,
      order: parseList(q.order),
      explainLocale: isOn(q.explain) ? userLocale(c) : undefined,
    });
    return c.json({ ...res }, 200);
  });
}
