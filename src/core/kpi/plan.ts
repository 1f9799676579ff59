import type { Fact, Maybe } from './types.ts';

/** A task agreed for the month (or a calendar task of the quarter); completion 0..1 is entered. */
export interface PlanTask {
  id: string;
  name: string;
  weight: number;
  completion: Maybe;
}

/** A KPI with a plan inside a part: its weight in the part and the plan value. */
export interface PlannedKpi {
  weight: number;
  plan: number;
}

/**
 * The monthly marketer plan of METHODOLOGY §3. Every bound and split is a field, with the
 * methodology's figures as defaults (defaultMarketerPlan), because companies tune them.
 */
export interface MarketerPlan {
  employee: string;
  /** Month, YYYY-MM. */
  period: string;
  /** Bonus base in roubles, gross (НДФЛ included). */
  bonus: number;
  /** Shares of the bonus: part 1 (leads) and part 2 (tasks); they sum to 1. */
  split: { leads: number; tasks: number };
  /** Corridor of part 1: nothing under floor, capped at cap (0.7 and 1.4). */
  corridor: { floor: number; cap: number };
  leads: PlannedKpi;
  newClientShare: PlannedKpi;
  /** Quality coefficient: accepted share against this plan, capped (no lower bound). */
  quality: { plan: number; cap: number };
  tasks: PlanTask[];
  /** Task payout: nothing under floor (0.5), completion capped at cap (1). */
  taskRule: { floor: number; cap: number };
  /** Part 3: the manager's bonus for exceptional merit, roubles. */
  discretionary: number;
}

/** Facts part 1 needs; tasks carry their own completion. */
export interface MarketerFacts {
  leads: Fact;
  newClientShare: Fact;
  acceptedShare: Fact;
}

/** The methodology's figures: 70/30, corridor 70–140%, leads 70% / new clients 30%, tasks from 50%. */
export function defaultMarketerPlan(employee: string, period: string, bonus: number): MarketerPlan {
  return {
    employee,
    period,
    bonus,
    split: { leads: 0.7, tasks: 0.3 },
    corridor: { floor: 0.7, cap: 1.4 },
    leads: { weight: 0.7, plan: 0 },
    newClientShare: { weight: 0.3, plan: 0 },
    quality: { plan: 0.75, cap: 1 },
    tasks: [],
    taskRule: { floor: 0.5, cap: 1 },
    discretionary: 0,
  };
}
