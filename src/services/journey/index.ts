/** The customer journey map: stages with their reach, levers and the key constraint's stage. */
export { journeyFor, type JourneyResult, type JourneyStageView } from './journey.ts';
export { checkedJourneyMap, journeyMapOf, saveJourneyMapOf, type JourneyMapAnswer } from './map.ts';
