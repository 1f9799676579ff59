/**
 * Issue 13 §3: a sample company generated in Russian has Russian store, channel, region, manager
 * and category names, the same in orders, leads and spend, and the same numbers as the English one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine.ts';
import { INDUSTRIES } from '../../src/generate/industries/index.ts';
import { localizeProfile } from '../../src/generate/localize.ts';
import { NAMES_RU } from '../../src/generate/names-ru.ts';
import { generateWithViews, memoryEngine, removeDir, scalar } from './helpers.ts';

const RUSSIAN = new Set(Object.values(NAMES_RU));
let engine: Engine;
const dirs: string[] = [];

async function distinct(sql: string): Promise<string[]> {
  return (await engine.driver.query(sql)).map((r) => String(Object.values(r)[0]));
}

beforeAll(async () => {
  engine = await memoryEngine();
});

afterAll(async () => {
  await engine.driver.close();
  for (const d of dirs) await removeDir(d);
});

describe('sample names in Russian when generated in Russian', () => {
  it('every name of every preset has a Russian name without a comma or quote', () => {
    for (const p of Object.values(INDUSTRIES)) {
      const ru = localizeProfile(p, 'ru');
      const names = [
        ...ru.channels.map((c) => c.id),
        ...ru.categories.map((c) => c.id),
        ...ru.stores.flatMap((s) => [s.id, s.region, ...s.managers.map(([m]) => m)]),
      ];
      for (const n of names) {
        expect(RUSSIAN.has(n), `${p.name}: ${n}`).toBe(true);
        expect(n).not.toMatch(/[",\n]/);
      }
      // The English preset is the source: untouched.
      expect(localizeProfile(p, 'en')).toBe(p);
    }
  });

  it('sample store, channel and category names in Russian in orders, leads and spend, numbers as in English', async () => {
    const ru = await generateWithViews(engine, { orders: 6_000, seed: 5, lang: 'ru' });
    dirs.push(ru.dir);
    const cols = ['store', 'region', 'manager', 'category', 'channel'];
    for (const c of cols) {
      const values = await distinct(`SELECT DISTINCT ${c} FROM o ORDER BY 1`);
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(RUSSIAN.has(v), `${c}: ${v}`).toBe(true);
    }
    const orderChannels = await distinct('SELECT DISTINCT channel FROM o ORDER BY 1');
    const leadChannels = await distinct('SELECT DISTINCT channel FROM l ORDER BY 1');
    const spendChannels = await distinct('SELECT DISTINCT channel FROM s ORDER BY 1');
    expect(leadChannels).toEqual(orderChannels);
    for (const c of spendChannels) expect(leadChannels).toContain(c);
    expect(leadChannels).toContain('Контекстная реклама');
    const ruRevenue = await scalar(engine, 'SELECT sum(revenue) FROM o');
    const ruLines = await scalar(engine, 'SELECT count(*) FROM o');
    const ruSpend = await scalar(engine, 'SELECT sum(amount) FROM s');

    const en = await generateWithViews(engine, { orders: 6_000, seed: 5 });
    dirs.push(en.dir);
    expect(await distinct('SELECT DISTINCT channel FROM l ORDER BY 1')).toContain('context');
    expect(await scalar(engine, 'SELECT sum(revenue) FROM o')).toBe(ruRevenue);
    expect(await scalar(engine, 'SELECT count(*) FROM o')).toBe(ruLines);
    expect(await scalar(engine, 'SELECT sum(amount) FROM s')).toBe(ruSpend);
  });
});
