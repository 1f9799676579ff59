import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { quarterMonths, quarterSheet, type Sheet } from '../core/kpi/index.ts';
import { KPI_CATALOGUE, kpiDefinition } from '../core/kpi/index.ts';
import { monthlyTasks } from '../store/index.ts';
import { UserError } from './user-error.ts';
import type { Workspace } from './workspace.ts';

const kpi = z.object({
  kpi: z.string(),
  weight: z.number().min(0).max(1),
  plan: z.number().optional(),
  base: z.number().optional(),
  norm: z.number().optional(),
  target: z.number().optional(),
  cap: z.number().optional(),
  fact: z.number().nullable().default(null),
  source: z.string().default('quarter plan file'),
});

/** A quarterly plan file: ROMI / MRE (any catalogue KPI) with their facts, and calendar tasks. */
const quarterFile = z.object({
  employee: z.string(),
  period: z.string(),
  bonus: z.number().nonnegative(),
  split: z.object({ kpis: z.number(), tasks: z.number() }).default({ kpis: 0.7, tasks: 0.3 }),
  kpis: z.array(kpi).min(1),
  tasks: z
    .array(
      z.object({ id: z.string(), name: z.string(), weight: z.number(), completion: z.number().nullable() }),
    )
    .default([]),
  taskRule: z.object({ floor: z.number(), cap: z.number() }).default({ floor: 0.5, cap: 1 }),
});

/**
 * The quarterly sheet from a plan file; the employee's monthly tasks of the quarter's months are
 * read from the store so a calendar task that duplicates one is rejected.
 */
export function quarterSheetFor(ws: Workspace, file: string): Sheet {
  return quarterSheetFromPlan(ws, JSON.parse(readFileSync(file, 'utf8')), file);
}

/** The quarterly sheet from a plan given as data (an HTTP body); `where` names it in errors. */
export function quarterSheetFromPlan(ws: Workspace, raw: unknown, where = 'plan'): Sheet {
  const r = quarterFile.safeParse(raw);
  if (!r.success)
    throw new UserError(
      `${where}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      'plan',
    );
  const f = r.data;
  try {
    const kpis = f.kpis.map((k) => {
      const d = kpiDefinition(k.kpi, KPI_CATALOGUE);
      const { fact: _f, source: _s, ...rest } = k;
      return { ...rest, name: d.name, unit: d.unit, direction: d.direction };
    });
    const facts = Object.fromEntries(
      f.kpis.map((k) => [k.kpi, { value: k.fact, source: { kind: 'manual' as const, detail: k.source } }]),
    );
    const monthly = monthlyTasks(ws.store, f.employee, quarterMonths(f.period));
    return quarterSheet({ ...f, kpis }, facts, monthly);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError((e as Error).message, 'plan', { cause: e });
  }
}
