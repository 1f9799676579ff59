/**
 * The KPI catalogue, the employees with sheets, account links and what the KPI routes share
 * (path parameters, workbook answers). Sheets, plans and designs have their own files here.
 */
import { z } from 'zod';
import type { KpiFormula } from '../../core/kpi/kpi-formula.ts';
import { DirectionSchema, KpiUnitSchema } from './sheet.ts';
import { Label, pathText } from './parts.ts';
import { LANGS } from '../../i18n/locale.ts';

/** How a KPI's fact is computed from measures (recursive). */
const KpiFormulaSchema: z.ZodType<KpiFormula> = z
  .lazy(() =>
    z.union([
      z.object({ measure: z.string() }),
      z.object({ ratio: z.tuple([KpiFormulaSchema, KpiFormulaSchema]) }),
      z.object({ product: z.array(KpiFormulaSchema) }),
      z.object({ sum: z.array(KpiFormulaSchema) }),
      z.object({ difference: z.array(KpiFormulaSchema) }),
    ]),
  )
  .meta({ id: 'KpiFormula' });

/** A KPI of the catalogue: its names, unit, direction, funnel stage and how its fact is computed. */
export const KpiDefinitionSchema = z
  .object({
    id: z.string(),
    name: Label,
    unit: KpiUnitSchema,
    direction: DirectionSchema,
    stage: z.enum(['reach', 'engagement', 'monetisation', 'retention', 'profit']),
    formula: KpiFormulaSchema,
  })
  .meta({ id: 'KpiDefinition' });

export const EmployeeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    position: z.string().nullable(),
    marketer: z.array(z.string()).meta({ description: 'months with a monthly plan, newest first' }),
    analyst: z.array(z.string()).meta({ description: 'months with an analyst plan, newest first' }),
    quarter: z.array(z.string()).meta({ description: 'quarters with a quarterly plan, newest first' }),
  })
  .meta({ id: 'KpiEmployee' });

/** GET /api/kpi/catalogue: every KPI Fulcrum can compute. */
export const KpiCatalogueSchema = z.array(KpiDefinitionSchema);

/** GET /api/kpi/employees: the employees whose sheets the caller may see. */
export const KpiEmployeesSchema = z.array(EmployeeSchema);

export const LinkBodySchema = z
  .object({ login: z.string().min(1) })
  .meta({ id: 'KpiUserLink', description: 'the user whose account shows this employee’s sheets' });

export const LinkSchema = z
  .object({ login: z.string(), employee: z.string().nullable() })
  .meta({ id: 'KpiUserLinked' });

export const EmployeeParams = z.object({ employee: pathText('employee', 'employee id', 'anna') });
export const SheetParams = z.object({
  employee: pathText('employee', 'employee id', 'anna'),
  period: pathText('period', 'month, YYYY-MM', '2024-03'),
});

export const langParam = z
  .enum(LANGS)
  .optional()
  .meta({ param: { name: 'lang', in: 'query' }, description: 'language of the workbook' });

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook answer. */
export const xlsx = (description: string) => ({
  content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
  description,
});

export type KpiDefinitionAnswer = z.output<typeof KpiDefinitionSchema>;
export type KpiEmployee = z.output<typeof EmployeeSchema>;
