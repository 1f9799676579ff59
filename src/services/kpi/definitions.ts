import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { extendCatalogue, type KpiDefinition, type KpiFormula } from '../../core/kpi/index.ts';
import type { MeasureSpec } from '../../core/formula/index.ts';
import { UserError } from '../inputs/user-error.ts';
import { issuesText, prefixed, textOf } from '../../i18n/index.ts';

const formula: z.ZodType<KpiFormula> = z.lazy(() =>
  z.union([
    z.object({ measure: z.string().min(1) }).strict(),
    z.object({ ratio: z.tuple([formula, formula]) }).strict(),
    z.object({ product: z.array(formula).min(1) }).strict(),
    z.object({ sum: z.array(formula).min(1) }).strict(),
    z.object({ difference: z.array(formula).min(1) }).strict(),
  ]),
);

const definitionsFile = z.object({
  kpis: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'a KPI id: latin lower case, digits, "_"'),
        name: z.object({ ru: z.string().min(1), en: z.string().min(1) }),
        unit: z.enum(['count', 'ratio', 'money', 'number', 'percent']),
        direction: z.enum(['higher', 'lower']),
        stage: z.enum(['reach', 'engagement', 'monetisation', 'retention', 'profit']).default('profit'),
        formula,
      }),
    )
    .default([]),
  /** Measures the definitions read beyond the built-in ones, as in a formula tree file. */
  measures: z
    .record(
      z.string(),
      z.object({
        table: z.enum(['orders', 'leads', 'spend', 'costs']),
        agg: z.enum(['sum', 'count', 'count_distinct']),
        column: z.string().min(1).optional(),
        where: z.record(z.string(), z.string()).optional(),
      }),
    )
    .default({}),
});

/** The catalogue a company works with: the built-in one plus its own definitions and measures. */
export interface Catalogue {
  definitions: KpiDefinition[];
  measures: Record<string, MeasureSpec>;
}

/**
 * Reads a company's KPI definitions (JSON or YAML: `kpis` and optional `measures`) and lays them
 * over the built-in catalogue; a definition with a built-in id replaces it (CAC from all
 * acquisition costs, not ad spend alone). Every problem is named with its path in the file.
 */
export function catalogueWith(file?: string): Catalogue {
  if (!file) return { definitions: extendCatalogue([]), measures: {} };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(prefixed(file, textOf(e)), 'definitions', { cause: e });
  }
  const r = definitionsFile.safeParse(raw);
  if (!r.success) {
    throw new UserError(prefixed(file, issuesText(r.error, raw)), 'definitions');
  }
  return { definitions: extendCatalogue(r.data.kpis), measures: r.data.measures };
}
