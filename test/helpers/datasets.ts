import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared public data sets (CDNOW, the R rfm example…), which live beside the repository
 * (../shared/datasets), not in it. A clone elsewhere finds them through FULCRUM_DATASETS or the
 * workplace's fixed location. Missing data sets are an error, never a silent skip: these tests
 * prove published figures.
 */
function findDatasets(): string {
  const candidates = [
    process.env['FULCRUM_DATASETS'],
    fileURLToPath(new URL('../../../shared/datasets/', import.meta.url)),
    '/work/shared/datasets/',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(join(p, 'cdnow')));
  if (!found)
    throw new Error(`shared data sets not found; set FULCRUM_DATASETS (looked in ${candidates.join(', ')})`);
  return found.endsWith('/') ? found : `${found}/`;
}

export const DATASETS = findDatasets();
