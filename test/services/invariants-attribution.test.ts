import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTION_METHODS, getPreset, PRESET_IDS } from '../../src/core/formula/index.ts';
import { split } from '../../src/services/formula/compare.ts';
import { warehouseDimensions } from '../../src/services/slicing/dimensions.ts';
import {
  analyseSlices,
  comparePeriods,
  formulaFor,
  resolvePeriods,
  type Split,
} from '../../src/services/index.ts';
import { COMPANY_NAMES, invariantCompanies, type InvariantCompany } from './invariants-fixture.ts';

const kop = (v: number): number => Math.round(v * 100);

/**
 * The invariant on one split: the rounded contributions add up to the change to the kopeck, and
 * the unrounded ones to the difference of the two values (to float precision). Returns a line
 * per breach, so a failure lists every case at once.
 */
function breaches(where: string, s: Split): string[] {
  if (s.error || s.change === null) return [];
  const out: string[] = [];
  const rounded = Object.values(s.contributions).reduce((a, c) => a + kop(c), 0);
  if (rounded !== kop(s.change)) out.push(`${where}: Σ ${rounded / 100} ≠ change ${s.change}`);
  const exact = Object.values(s.exact ?? {}).reduce((a, c) => a + c, 0);
  const diff = (s.after as number) - (s.before as number);
  if (Math.abs(exact - diff) > 1e-7 * Math.max(1, Math.abs(diff)))
    out.push(`${where}: unrounded Σ ${exact} ≠ ${diff}`);
  return out;
}

describe('invariant: attribution sums exactly to the change (issue 13 §1)', () => {
  const companies = new Map<string, InvariantCompany>();
  beforeAll(async () => {
    for (const c of await invariantCompanies()) companies.set(c.name, c);
  }, 300_000);
  afterAll(async () => {
    for (const c of companies.values()) await c.ws.close();
  });

  for (const name of COMPANY_NAMES) {
    it(`attribution sums exactly to the change on ${name}: every method, every model, every slice`, async () => {
      const { ws } = companies.get(name)!;
      const { current, previous } = await resolvePeriods(ws, {});
      const dims = warehouseDimensions(await ws.columns());
      const found: string[] = [];
      let checked = 0;
      for (const model of PRESET_IDS) {
        const tree = getPreset(model);
        const targets = [tree.revenue, ...(tree.profit ? [tree.profit] : [])];
        for (const method of ATTRIBUTION_METHODS) {
          // The whole company, as the Formula page's comparison shows it.
          const whole = await comparePeriods(ws, { tree, before: previous, after: current, method });
          for (const s of [whole, whole.profit]) {
            if (!s) continue;
            found.push(...breaches(`${model}/${method}/total`, s));
            if (!s.error) checked++;
          }
        }
        // Every value of every dimension, through the same split the comparison uses.
        for (const by of dims) {
          const [b, a] = await Promise.all(
            [previous, current].map((period) => formulaFor(ws, { tree, period, by: [by] })),
          );
          const before = new Map((b?.segments ?? []).map((s) => [s.key, s]));
          for (const after of a?.segments ?? []) {
            const prev = before.get(after.key);
            if (!prev) continue;
            for (const method of ATTRIBUTION_METHODS)
              for (const target of targets) {
                const s = split(tree, prev, after, target, method);
                found.push(...breaches(`${model}/${method}/${by}=${after.key}/${target}`, s));
                if (!s.error) checked++;
              }
          }
        }
      }
      // The month-over-month steps of a sliced analysis, by every dimension: where a slice has no
      // leads (a store), the levers without data are folded as the slices page does, and the
      // split must still add up.
      for (const by of dims)
        for (const method of ATTRIBUTION_METHODS) {
          const res = await analyseSlices(ws, {
            tree: getPreset('lcpudq'),
            period: current,
            by: ['month', by],
            method,
          });
          for (const step of res.steps) {
            const sum = Object.values(step.contributions).reduce((x, c) => x + c, 0);
            if (Math.abs(sum - step.change) > 1e-7 * Math.max(1, Math.abs(step.change)))
              found.push(
                `slices/${method}/${by}=${step.series} ${step.from}→${step.to}: Σ ${sum} ≠ ${step.change}`,
              );
            checked++;
          }
        }
      expect(found).toEqual([]);
      // Not vacuous: the retail models split on every company, in total and by segment.
      expect(checked).toBeGreaterThan(500);
    }, 120_000);
  }
});
