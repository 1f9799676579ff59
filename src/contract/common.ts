import { z } from 'zod';
import { isoDateProblem, YEARS } from '../core/calendar/index.ts';
import { PRESET_IDS, treeSchema, type PresetId } from '../core/formula/index.ts';
import type { Bilingual } from '../i18n/index.ts';

/** The error body of every non-2xx answer. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'payload_too_large',
        'unsupported_media_type',
        'rate_limited',
        'busy',
        'internal',
      ]),
      message: z.string(),
      field: z.string().optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error' });

const error = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** Error answers every signed-in route may give. */
export const AUTH_ERRORS = {
  401: error('not signed in'),
  403: error('the role may not do this, or the CSRF token is missing'),
  500: error('a bug; the log has the request id'),
  503: error('the warehouse stayed busy in another process (a CLI import) for 30 s; try again'),
} as const;

/** Error answers of routes that read inputs; a body over its limit is refused unread (`body-limit.ts`). */
export const INPUT_ERRORS = {
  ...AUTH_ERRORS,
  400: error('an input is invalid; `field` names it'),
  413: error('the body is over the route\u2019s limit (1 MB for JSON, 16 KB for the sign-in)'),
} as const;

/** A JSON answer of `schema`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** A JSON request body of `schema`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** A reporting period: whole months, `to` exclusive. */
export const PeriodSchema = z
  .object({ from: z.string(), to: z.string(), label: z.string() })
  .meta({ id: 'Period', example: { from: '2024-01-01', to: '2025-01-01', label: '2024-01..2024-12' } });

/** A formula tree as a file holds it (docs/formula-trees.md); the core's own shape check. */
export const FormulaTreeSchema = treeSchema.meta({ id: 'FormulaTree' });

/**
 * A formula tree id: a preset or a tree the company stored (POST /api/models). Never a file path:
 * reading a tree from a path is a CLI feature.
 */
export const ModelIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a model id: a preset or a stored tree')
  .meta({ example: 'lcpudq', description: `${PRESET_IDS.join(', ')} or a stored tree's id` });

export const modelParam = (fallback: PresetId) =>
  ModelIdSchema.default(fallback).meta({
    param: { name: 'model', in: 'query' },
    description: `formula tree: ${PRESET_IDS.join(', ')} or a stored tree's id (default ${fallback})`,
  });

const periodText = (name: string, description: string) =>
  z
    .string()
    .optional()
    .meta({ param: { name, in: 'query' }, description, example: '2024-01..2024-12' });

export const periodParam = periodText('period', 'months: YYYY-MM..YYYY-MM (default: the last 12 complete)');
export const compareParam = periodText('compare', 'months to compare with (default: the 12 before `period`)');

/**
 * An optional date in a query, held to the one date rule of core/calendar (a calendar day, years
 * 1900–2999) before any service sees it: 2024-02-30 is a 400 naming `name` and the text in the
 * user's language (the issue carries both; validation-hook.ts picks one), never the engine's
 * conversion error as a 500.
 */
export const dateQuery = (name: string, description: string, example = '2024-06-30') =>
  z
    .string()
    .superRefine((text, ctx) => {
      const problem = isoDateProblem(text);
      if (problem === null) return;
      const bilingual: Bilingual = {
        en: `${name} must be a date like ${example}, got "${text}": ${problem.en}`,
        ru: `${name} — дата вида ${example}, а не «${text}»: ${problem.ru}`,
      };
      ctx.addIssue({ code: 'custom', message: bilingual.en, params: { bilingual } });
    })
    .optional()
    .meta({
      description: `${description}; YYYY-MM-DD, years ${YEARS.first}–${YEARS.last}`,
      example,
      format: 'date',
    });

/** Repeatable `filter=dim=v1,v2`; one value arrives as a string, several as an array. */
export const filterParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .meta({ param: { name: 'filter', in: 'query' }, description: 'dimension=value[,value…], repeatable' });

export const explainParam = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .meta({
    param: { name: 'explain', in: 'query' },
    description: '1: sentences in the user\u2019s language',
  });

/** `filter` as a list, whether it came once or repeated. */
export const filterList = (f: string | string[] | undefined): string[] =>
  f === undefined ? [] : Array.isArray(f) ? f : [f];

/** `explain=1` → true. */
export const isOn = (v: string | undefined): boolean => v === '1' || v === 'true';
