/** The customer journey map: stages tied to the formula's levers, presets, drop-offs. Pure. */
export {
  JOURNEY_LEVERS,
  JOURNEY_PRESETS,
  REACH_MEASURES,
  type DecisionPeople,
  type JourneyLever,
  type JourneyMap,
  type JourneyPresetId,
  type JourneyStage,
  type ReachMeasure,
} from './stage.ts';
export { journeyPreset } from './presets.ts';
export { passages, narrowestStage, type ReachCounts, type StagePassage } from './drop-off.ts';
export { constraintStage, type ConstraintStage } from './constraint-stage.ts';
export { journeyProblems, JOURNEY_LIMITS, STAGE_ID, type JourneyProblem } from './check.ts';
