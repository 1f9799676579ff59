import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/core/formula/index.ts';
import { warehouseDimensions } from '../../src/services/slicing/dimensions.ts';
import { channelsFor, constraintFor, formulaFor, resolvePeriods } from '../../src/services/index.ts';
import { naturalBound } from './invariants-bounds.ts';
import { COMPANY_NAMES, invariantCompanies, type InvariantCompany } from './invariants-fixture.ts';

describe('invariant: 0 ≤ C ≤ 1 (and every ratio lever within [0, 1]) for every segment (issue 13 §1)', () => {
  const companies = new Map<string, InvariantCompany>();
  beforeAll(async () => {
    for (const c of await invariantCompanies()) companies.set(c.name, c);
  }, 300_000);
  afterAll(async () => {
    for (const c of companies.values()) await c.ws.close();
  });

  /** Every ratio lever of the profit model (C, M) outside [0, 1], by the given dimensions. */
  async function outOfBounds(name: string, dims: (all: string[]) => string[]): Promise<string[]> {
    const { ws } = companies.get(name)!;
    const tree = getPreset('profit');
    const { current, previous } = await resolvePeriods(ws, {});
    const ratios = tree.levers.filter((l) => naturalBound(tree, l) === 1);
    const out: string[] = [];
    const by = dims([...warehouseDimensions(await ws.columns()), 'month']);
    let seen = 0;
    for (const period of [previous, current])
      for (const d of by) {
        const f = await formulaFor(ws, { tree, period, by: [d] });
        for (const s of [{ key: '(all)', nodes: f.nodes }, ...(f.segments ?? [])])
          for (const l of ratios) {
            const v = s.nodes[l] ?? null;
            if (v === null) continue;
            seen++;
            // Margin can be negative (a loss-making segment); conversion cannot.
            const low = l === 'M' ? -Infinity : 0;
            if (v < low || v > 1) out.push(`${period.label} ${d}=${s.key}: ${l} = ${v.toFixed(4)}`);
          }
      }
    expect(seen).toBeGreaterThan(0);
    return out;
  }

  for (const name of COMPANY_NAMES) {
    it(`0 ≤ C ≤ 1 for every segment on ${name}, by every dimension but channel`, async () => {
      expect(await outOfBounds(name, (all) => all.filter((d) => d !== 'channel'))).toEqual([]);
    }, 120_000);

    // By channel the formula's C is buyers ÷ leads of the channel, and a channel's buyers include
    // repeat clients who were never its leads (email newsletters): C may read above 100 % there. The
    // rule (docs/methodology.md): such a segment is named as out of range wherever C is ranked (the key
    // constraint leaves it out), and the channel's own conversion — new clients from its leads ÷ its
    // leads — stays within [0, 1].
    it(`0 ≤ C ≤ 1 by channel on ${name}: the channel's conversion stays within [0, 1], and a formula C above 100 % is named out of range`, async () => {
      const { ws } = companies.get(name)!;
      const above = (await outOfBounds(name, () => ['channel'])).filter((line) => / C = /.test(line));
      const { current, previous } = await resolvePeriods(ws, {});
      const tree = getPreset('profit');
      const named = new Set<string>();
      for (const period of [previous, current]) {
        const k = await constraintFor(ws, { tree, period, by: 'channel' });
        for (const s of k.levers.find((l) => l.lever === 'C')?.outOfRange ?? [])
          named.add(`${period.label} channel=${s.key}: C = ${s.value.toFixed(4)}`);
      }
      expect(above.filter((line) => !named.has(line))).toEqual([]);
      const res = await channelsFor(ws);
      for (const r of [...res.channels, res.total])
        if (r.conversion !== null) {
          expect(r.conversion, String(r.channel)).toBeGreaterThanOrEqual(0);
          expect(r.conversion, String(r.channel)).toBeLessThanOrEqual(1);
        }
    }, 120_000);
  }
});
