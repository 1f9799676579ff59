/** The customer journey map: stages with their reach, levers and the key constraint's stage. */
export { journeyFor, type JourneyResult, type JourneyStageView } from './journey.ts';
export { journeyMapOf, type JourneyMapAnswer } from './map.ts';
export { checkedJourneyMap, saveJourneyMapOf } from './map-save.ts';
