/** Channel unit economics on the KPI catalogue's definitions. Pure. */
export {
  CHANNEL_METRIC_IDS,
  channelMetrics,
  type ChannelMetricId,
  type ChannelMetricInfo,
} from './metrics.ts';
export { ltvInputs, unitEconomics, type ChannelMeasures, type LtvInputs } from './unit-economics.ts';
export { CHANNEL_DEFINITIONS } from './definitions.ts';
export { channelNoteKinds, CHANNEL_NOTE_KINDS, ROMI_EXPLAINED_FROM, type ChannelNoteKind } from './notes.ts';
