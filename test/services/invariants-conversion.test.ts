import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/core/formula/index.ts';
import { warehouseDimensions } from '../../src/services/dimensions.ts';
import { formulaFor, resolvePeriods } from '../../src/services/index.ts';
import { naturalBound } from './invariants-bounds.ts';
import { COMPANY_NAMES, invariantCompanies, type InvariantCompany } from './invariants-fixture.ts';

/** Known bug, owned by the channels work (branch t13-numbers), named where the case is marked. */
const CHANNEL_CONVERSION_BUG =
  'per-channel conversion counts every buyer of the channel, repeat buyers who were never its leads ' +
  '(email 180-270 %, offline 115-270 % on generated data): issue 13 §1, channel unit economics';

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

    // Fails today: CHANNEL_CONVERSION_BUG. Remove `.fails` once per-channel conversion is
    // new clients from the channel's leads ÷ the channel's leads.
    it.fails(
      `0 ≤ C ≤ 1 for every segment on ${name}, by channel — ${CHANNEL_CONVERSION_BUG}`,
      async () => {
        expect(await outOfBounds(name, () => ['channel'])).toEqual([]);
      },
      120_000,
    );
  }
});
