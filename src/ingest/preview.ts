import type { Engine } from '../engines/engine.ts';
import { dimCol, rawCol, type Staged } from './staging.ts';

/** Rows a dry run shows, so the user can check the mapping on real values before importing. */
export const PREVIEW_ROWS = 5;

let nextDryRunId = 0;

/**
 * A stage id for a dry run: never logged, and above any id the import log will reach, so a
 * preview cannot collide with an import staging at the same time.
 */
export function dryRunStageId(): number {
  nextDryRunId += 1;
  return 1_000_000_000 + nextDryRunId;
}

/** The first staged rows as raw text, keyed by canonical field or dimension name. */
export async function sampleRows(
  engine: Engine,
  staged: Staged,
  limit = PREVIEW_ROWS,
): Promise<Array<Record<string, string | null>>> {
  const d = engine.dialect;
  const cols = [
    ...staged.fields.filter((f) => f.header !== null).map((f) => [f.spec.name, rawCol(f.spec.name)] as const),
    ...staged.dimensions.map((dim) => [dim, dimCol(dim)] as const),
  ];
  if (cols.length === 0) return [];
  const rows = await engine.driver.query(
    `SELECT ${cols.map(([, c]) => d.ident(c)).join(', ')} FROM ${staged.view} ORDER BY _row LIMIT ?`,
    [limit],
  );
  return rows.map((r) =>
    Object.fromEntries(
      cols.map(([name, c]) => [name, r[c] === null || r[c] === undefined ? null : String(r[c])]),
    ),
  );
}
