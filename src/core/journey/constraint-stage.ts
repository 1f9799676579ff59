import type { StagePassage } from './drop-off.ts';
import type { JourneyLever, JourneyStage } from './stage.ts';

/** Where the key constraint's lever is lost on the map. */
export interface ConstraintStage {
  lever: JourneyLever;
  stageId: string;
  /** 1-based position on the map, as a director reads it ("lost at stage 2"). */
  position: number;
  /** Share lost at that stage, when the data says. */
  lost: number | null;
}

/**
 * The stage the key constraint's lever is lost at: among the stages feeding that lever, the one
 * losing the largest share of clients; when none has data, the first stage feeding it. Null when
 * no stage of the map feeds the lever (the map should then be extended).
 */
export function constraintStage(
  stages: readonly JourneyStage[],
  passages: readonly StagePassage[],
  lever: JourneyLever,
): ConstraintStage | null {
  const feeding = stages.map((s, i) => ({ s, i })).filter(({ s }) => s.levers.includes(lever));
  if (feeding.length === 0) return null;
  const lostAt = (id: string) => passages.find((p) => p.stageId === id)?.lost ?? null;
  let best = feeding[0]!;
  for (const f of feeding) {
    const l = lostAt(f.s.id);
    const b = lostAt(best.s.id);
    if (l !== null && (b === null || l > b)) best = f;
  }
  return { lever, stageId: best.s.id, position: best.i + 1, lost: lostAt(best.s.id) };
}
