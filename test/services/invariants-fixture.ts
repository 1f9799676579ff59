import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCompany } from '../../src/generate/index.ts';
import { INDUSTRIES, type IndustryName } from '../../src/generate/industries/index.ts';
import { TABLE_NAMES } from '../../src/ingest/index.ts';
import { importInto, openWorkspace, type Workspace } from '../../src/services/index.ts';

/**
 * The companies the invariants are checked on (issue 13 §1): the sample company (seed 42, the
 * one `npm start` and `report --sample` build, at a test's size) and generated data of every
 * industry preset. Each is generated into a temp folder and imported into an in-memory warehouse.
 */
export interface InvariantCompany {
  name: string;
  ws: Workspace;
}

const INDUSTRY_NAMES = Object.keys(INDUSTRIES) as IndustryName[];

/** The names the companies go by in test titles: "sample", then one per industry. */
export const COMPANY_NAMES = ['sample', ...INDUSTRY_NAMES.map((i) => `industry ${i}`)];

async function company(name: string, industry: IndustryName, seed: number, orders: number) {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-invariants-'));
  try {
    await generateCompany({ outDir: dir, industry, orders, seed });
    const ws = await openWorkspace(':memory:', () => new Date('2026-11-23T12:00:00Z'));
    for (const table of TABLE_NAMES) {
      const res = await importInto(ws, { file: join(dir, `${table}.csv`), table });
      if (res.status !== 'imported') throw new Error(`${name} ${table}: ${res.status}`);
    }
    return { name, ws };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every company, generated one after another (the machine is shared; size keeps them quick). */
export async function invariantCompanies(orders = 15_000): Promise<InvariantCompany[]> {
  const out: InvariantCompany[] = [await company('sample', 'retail', 42, orders * 2)];
  for (const industry of INDUSTRY_NAMES) out.push(await company(`industry ${industry}`, industry, 7, orders));
  return out;
}
