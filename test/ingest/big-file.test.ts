import { describe, expect, it } from 'vitest';
import { bigImportProblems, runBigImport } from './big-file-check.ts';

describe.skipIf(process.env['FULCRUM_BIG_TESTS'] !== '1')('2 GB import (FULCRUM_BIG_TESTS=1)', () => {
  it(
    'streams the file: row count right, Node RSS well below the file size',
    { timeout: 1_800_000 },
    async () => {
      const outcome = await runBigImport();
      console.log(
        `big import: ${outcome.rowsWritten} rows, peak RSS ${(outcome.peakRss / 1e6).toFixed(0)} MB`,
      );
      expect(bigImportProblems(outcome)).toEqual([]);
    },
  );
});
