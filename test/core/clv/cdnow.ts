import { readFileSync } from 'node:fs';
import type { CustomerSummary } from '../../../src/core/clv/index.ts';

import { DATASETS } from '../../helpers/datasets.ts';

export { DATASETS };

/** One row of BTYD's cdnowSummary$cbs: the calibration summary plus the holdout count. */
export interface CbsRow extends CustomerSummary {
  id: number;
  xStar: number;
}

/** Reads btyd_cdnowSummary_cbs.csv (weeks; calibration to 1997-09-30, 39-week holdout). */
export function readCdnowCbs(): CbsRow[] {
  const lines = readFileSync(`${DATASETS}cdnow/btyd_cdnowSummary_cbs.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return lines.map((line) => {
    const [id, x, tx, T, xStar, m] = line.split(',').map(Number) as number[];
    return { id: id!, x: x!, tx: tx!, T: T!, xStar: xStar!, m: m! };
  });
}
