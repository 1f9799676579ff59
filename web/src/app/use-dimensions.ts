import { api } from '../api/client.ts';
import type { DimensionValues } from '../api/types.ts';
import { useAsync } from './use-async.ts';

/**
 * The dimensions with their names and values (GET /api/dimensions), for the filter picker and the
 * slice selects. The server keeps the answer until the next import, so each page asking is cheap.
 */
export function useDimensions(): DimensionValues | null {
  return useAsync((signal) => api('GET /api/dimensions', { signal }), []).data;
}
