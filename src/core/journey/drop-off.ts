import type { JourneyStage, ReachMeasure } from './stage.ts';

/** Counts of clients the warehouse can give per reach measure; null where it cannot. */
export type ReachCounts = Readonly<Partial<Record<ReachMeasure, number | null>>>;

/** How many clients reached a stage and how many of them went on to the next one. */
export interface StagePassage {
  stageId: string;
  /** Clients who reached this stage; null when the data cannot say. */
  reached: number | null;
  /** Share of them who reached the next stage, in [0, 1]; null on the last stage or without data. */
  kept: number | null;
  /** 1 − kept: the share lost between this stage and the next. */
  lost: number | null;
  /**
   * Why `kept` is missing although both counts exist: more clients at the next stage than at this
   * one means the next stage is not entered only from this one (buyers who never were leads), so
   * no share is drawn rather than one above 100 %.
   */
  note: 'not_nested' | null;
}

const count = (reach: ReachMeasure | null, counts: ReachCounts): number | null => {
  if (reach === null) return null;
  const n = counts[reach];
  return n === undefined || n === null || !Number.isFinite(n) || n < 0 ? null : n;
};

/**
 * The journey as a funnel: for each stage, who reached it and the share kept into the next
 * stage that has data. A stage without data is skipped over, so "leads → buyers" still reads
 * when the map has a stage in between that the warehouse cannot count.
 */
export function passages(stages: readonly JourneyStage[], counts: ReachCounts): StagePassage[] {
  const reached = stages.map((s) => count(s.reach, counts));
  return stages.map((stage, i) => {
    const here = reached[i] ?? null;
    const nextIndex = reached.findIndex((n, j) => j > i && n !== null);
    const next = nextIndex < 0 ? null : (reached[nextIndex] ?? null);
    let kept: number | null = null;
    let note: StagePassage['note'] = null;
    if (here !== null && next !== null && here > 0) {
      if (next > here) note = 'not_nested';
      else kept = next / here;
    }
    return { stageId: stage.id, reached: here, kept, lost: kept === null ? null : 1 - kept, note };
  });
}

/** The stage where the largest share of clients is lost, or null when no stage has a share. */
export function narrowestStage(list: readonly StagePassage[]): StagePassage | null {
  let worst: StagePassage | null = null;
  for (const p of list) if (p.lost !== null && (worst === null || p.lost > (worst.lost ?? -1))) worst = p;
  return worst;
}
