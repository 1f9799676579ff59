import type { exportRu } from './export-ru.ts';

/** English strings of the export buttons on the analysis pages; spread into en.ts. */
export const exportEn: Record<keyof typeof exportRu, string> = {
  'export.download': 'Download',
  'export.label': 'Download “{what}” as {format}',
  'export.formula': 'Formula',
  'export.compare': 'Period comparison',
  'export.levers': 'Levers',
  'export.constraint': 'Key constraint',
  'export.cohorts': 'Cohorts',
  'export.channels': 'Channels',
  'export.funnel': 'Funnel',
  'export.migration': 'Segment migration',
  'export.clv': 'CLV check',
};
