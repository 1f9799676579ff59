import {
  DEFAULT_ROMI,
  KPI_CATALOGUE,
  kpiDefinition,
  QUARTER_CORRIDOR,
  type QuarterPlan,
} from '../../core/kpi/index.ts';
import type { QuarterPlanFile } from '../../contract/kpi/quarter.ts';
import type { QuarterPlanRecord } from '../../store/index.ts';

// The plan file's schema is the API contract's (src/contract/kpi/quarter.ts): one shape for the
// file, the API's body and answer; the reading of ROMI and its defaults are core's (core/kpi/romi.ts).
export type { QuarterPlanFile, StoredQuarterPlan } from '../../contract/kpi/quarter.ts';

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
