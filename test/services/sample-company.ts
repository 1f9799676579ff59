import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCompany } from '../../src/generate/index.ts';
import { TABLE_NAMES } from '../../src/ingest/index.ts';
import { importInto, openWorkspace, type Workspace } from '../../src/services/index.ts';

/** A small deterministic sample company imported into an in-memory workspace. */
export async function sampleWorkspace(
  orders = 30_000,
  industry: 'retail' | 'b2b' | 'clinic' = 'retail',
): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-sample-'));
  await generateCompany({ outDir: dir, orders, seed: 11, industry });
  const fixed = new Date('2026-11-23T12:00:00Z');
  const ws = await openWorkspace(':memory:', () => fixed);
  for (const table of TABLE_NAMES) {
    const res = await importInto(ws, { file: join(dir, `${table}.csv`), table });
    if (res.status !== 'imported')
      throw new Error(`sample ${table}: ${res.status} ${JSON.stringify(res.errors[0])}`);
  }
  return ws;
}
