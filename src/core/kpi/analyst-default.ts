import type { AnalystPlan } from './analyst-sheet.ts';

/**
 * Fulcrum's default analyst plan: timeliness 40% (plan 90%), completeness 30% (plan 100%), quality
 * 30% (plan 80%), paid in the marketer's corridor 70–140%, remarks counted for 3 business days.
 */
export function defaultAnalystPlan(employee: string, period: string, bonus: number): AnalystPlan {
  return {
    employee,
    period,
    bonus,
    kpis: [
      { kpi: 'timeliness', weight: 0.4, plan: 0.9 },
      { kpi: 'completeness', weight: 0.3, plan: 1 },
      { kpi: 'quality', weight: 0.3, plan: 0.8 },
    ],
    corridor: { floor: 0.7, cap: 1.4 },
    acceptanceDays: 3,
  };
}
