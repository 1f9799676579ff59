import type { QueryValue } from '../api/query.ts';
import type { AnalysisParams } from './analysis-params.tsx';

/** The shared parameters as API query values; an empty period lets the API pick its default. */
export function analysisQuery(
  p: AnalysisParams,
  extra: Record<string, QueryValue> = {},
): Record<string, QueryValue> {
  return { model: p.model, period: p.period, filter: p.filters, ...extra };
}
