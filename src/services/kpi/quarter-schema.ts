import { z } from 'zod';
import { KPI_CATALOGUE, kpiDefinition, QUARTER_CORRIDOR, type QuarterPlan } from '../../core/kpi/index.ts';
import type { QuarterPlanRecord, RomiReading } from '../../store/index.ts';

const share = z.number().min(0).max(1);

const kpi = z.object({
  kpi: z.string().min(1),
  weight: share,
  plan: z.number().positive().optional(),
  base: z.number().optional(),
  norm: z.number().optional(),
  target: z.number().optional(),
  cap: z.number().positive().optional(),
  /** A fact typed in; absent or null: the sheet computes it from the warehouse. */
  fact: z.number().nullable().optional(),
  /** Where the typed-in fact came from (a report, a person). */
  source: z.string().min(1).optional(),
});

const task = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  weight: share,
  completion: z.number().min(0).nullable().default(null),
});

/** Fulcrum's reading of ROMI from the data unless the plan says otherwise (docs/customer-analytics.md). */
export const DEFAULT_ROMI: RomiReading = { basis: 'margin', horizon: 12, otherCosts: 0 };

/**
 * A quarterly plan file (JSON, the XLSX export read back, or an API body): the employee and
 * their scope, ROMI / MRE (any catalogue KPI) with weights and plans, and the calendar tasks.
 * Anything left out takes Fulcrum's defaults: 70% KPIs / 30% tasks, corridor 70–140%, tasks from
 * 50%, ROMI by margin over a 12-month LTV.
 */
export const quarterPlanFileSchema = z.object({
  employee: z.string().min(1),
  name: z.string().optional(),
  position: z.string().optional(),
  channels: z.array(z.string()).default([]),
  period: z.string().regex(/^\d{4}-Q[1-4]$/, 'period is a quarter, YYYY-Q1..YYYY-Q4'),
  bonus: z.number().nonnegative(),
  split: z.object({ kpis: share, tasks: share }).optional(),
  corridor: z.object({ floor: z.number().min(0), cap: z.number().positive() }).optional(),
  kpis: z.array(kpi).min(1),
  tasks: z.array(task).default([]),
  taskRule: z.object({ floor: z.number().min(0), cap: z.number().positive() }).optional(),
  romi: z
    .object({
      basis: z.enum(['margin', 'revenue']).optional(),
      horizon: z.number().int().min(1).max(120).optional(),
      otherCosts: z.number().nonnegative().optional(),
    })
    .optional(),
});
export type QuarterPlanFile = z.infer<typeof quarterPlanFileSchema>;

/** A stored plan as the CLI exports it and the API answers: every default filled in. */
export type StoredQuarterPlan = Omit<QuarterPlanFile, 'name' | 'split' | 'corridor' | 'taskRule' | 'romi'> & {
  name: string;
  split: { kpis: number; tasks: number };
  corridor: { floor: number; cap: number };
  taskRule: { floor: number; cap: number };
  romi: RomiReading;
};

/** What the store keeps of a plan file, defaults filled in; a fact without a source is "entered". */
export function toQuarterRecord(f: QuarterPlanFile, defaultSource: string): QuarterPlanRecord {
  return {
    employee: f.employee,
    period: f.period,
    bonus: f.bonus,
    split: f.split ?? { kpis: 0.7, tasks: 0.3 },
    corridor: f.corridor ?? { ...QUARTER_CORRIDOR },
    taskRule: f.taskRule ?? { floor: 0.5, cap: 1 },
    romi: { ...DEFAULT_ROMI, ...f.romi },
    kpis: f.kpis.map(({ fact, source, ...k }) => ({
      ...k,
      fact:
        fact === null || fact === undefined
          ? null
          : { value: fact, source: source ?? defaultSource, enteredAt: '' },
    })),
    tasks: f.tasks,
  };
}

/** The core plan a stored record describes, each KPI named from the catalogue. */
export function toQuarterPlan(r: QuarterPlanRecord): QuarterPlan {
  return {
    employee: r.employee,
    period: r.period,
    bonus: r.bonus,
    split: r.split,
    corridor: r.corridor,
    taskRule: r.taskRule,
    tasks: r.tasks,
    kpis: r.kpis.map(({ fact: _f, ...k }) => {
      const d = kpiDefinition(k.kpi, KPI_CATALOGUE);
      return { ...k, name: d.name, unit: d.unit, direction: d.direction };
    }),
  };
}
