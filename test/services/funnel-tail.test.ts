import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { funnelSheets } from '../../src/services/customers/analytics-export.ts';
import { funnelFor, type Workspace } from '../../src/services/index.ts';
import { cohortWorkspace } from './cohorts-fixture.ts';

/**
 * Eleven customers whose first purchase is one of five categories, five of whom buy again:
 *
 * | 1st purchase (Jan)                   | 2nd purchase (Feb)                 |
 * | A: a1 100, a2 100, a3 100, a4 100    | a1 → C 80                          |
 * | B: b1 50, b2 70, b3 60               | b1 → B 50                          |
 * | C: c1 40, c2 60                      | c1 → A 120                         |
 * | D: d1 90                             | d1 → E 60                          |
 * | E: e1 200                            | e1 → E 100                         |
 *
 * With the top 2 per purchase, purchase 1 keeps A (4) and B (3) and merges C, D and E — three
 * values, four customers — into "Other": share 4/11, average check (40 + 60 + 90 + 200) / 4 =
 * 97.5 (an average of the three averages, (50 + 90 + 200) / 3 = 113.3, would be wrong).
 * Purchase 2 has E (2) and A, B, C (1 each): it keeps E and A (a tie goes to the name) and
 * merges B and C: share 2/5, average check (50 + 80) / 2 = 65.
 */
type Line = NonNullable<NonNullable<Parameters<typeof cohortWorkspace>[0]>['lines']>[number];

const LINES = (
  [
    ['a1', 'A', 100, 'C', 80],
    ['a2', 'A', 100],
    ['a3', 'A', 100],
    ['a4', 'A', 100],
    ['b1', 'B', 50, 'B', 50],
    ['b2', 'B', 70],
    ['b3', 'B', 60],
    ['c1', 'C', 40, 'A', 120],
    ['c2', 'C', 60],
    ['d1', 'D', 90, 'E', 60],
    ['e1', 'E', 200, 'E', 100],
  ] as Array<[string, string, number, string?, number?]>
).flatMap(([c, cat, rev, next, nextRev], i) => [
  [`${c}-1`, c, `2024-01-${String(i + 1).padStart(2, '0')} 10:00:00`, 'ads', cat, rev, 0] as Line,
  ...(next
    ? [[`${c}-2`, c, `2024-02-${String(i + 1).padStart(2, '0')} 10:00:00`, 'ads', next, nextRev!, 0] as Line]
    : []),
]);

const r4 = (v: number | null) => (v === null ? null : Number(v.toFixed(4)));

describe('the product funnel with its tail merged into "Other"', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await cohortWorkspace({ lines: LINES });
  });
  afterAll(() => ws.close());

  it('merges three values of the first purchase, with weighted share and average check', async () => {
    const res = await funnelFor(ws, { top: 2, asOf: '2024-03-31' }, 'en');
    expect(res.top).toBe(2);
    expect(res.other).toEqual({ label: 'Other', items: [3, 2] });
    const [first, second] = res.purchases;
    expect(first!.values.map((v) => [v.value, v.customers, r4(v.share), r4(v.averageCheck)])).toEqual([
      ['A', 4, r4(4 / 11), 100],
      ['B', 3, r4(3 / 11), 60],
      ['Other', 4, r4(4 / 11), 97.5],
    ]);
    // The step's own figures do not change by grouping: 970 over 11 customers.
    expect(r4(first!.averageCheck)).toBe(r4(970 / 11));
    expect(second!.values.map((v) => [v.value, v.customers, r4(v.share), r4(v.averageCheck)])).toEqual([
      ['E', 2, 0.4, 80],
      ['A', 1, 0.2, 120],
      ['Other', 2, 0.4, 65],
    ]);
    // From "Other": c1 → A, d1 and e1 → E, c2 stopped; shares of the merged four customers.
    expect(
      res.transitions
        .filter((t) => t.step === 1 && t.from === 'Other')
        .map((t) => [t.to, t.stopped, t.customers, t.share, t.nextAverageCheck]),
    ).toEqual([
      ['E', false, 2, 0.5, 80],
      ['A', false, 1, 0.25, 120],
      [null, true, 1, 0.25, null],
    ]);
    // Into "Other" at purchase 2: a1 bought C, b1 bought B.
    expect(
      res.transitions
        .filter((t) => t.step === 1 && t.to === 'Other')
        .map((t) => [t.from, t.customers, r4(t.share), t.nextAverageCheck]),
    ).toEqual([
      ['A', 1, 0.25, 80],
      ['B', 1, r4(1 / 3), 50],
    ]);
  });

  it('names the tail in Russian and keeps every value when no top is asked', async () => {
    const ru = await funnelFor(ws, { top: 2, asOf: '2024-03-31' }, 'ru');
    expect(ru.purchases[0]!.values.at(-1)!.value).toBe('Прочие');
    const sheet = funnelSheets(ru)[0]!;
    expect(sheet.rows.filter((row) => row[1] === 'Прочие').map((row) => [row[0], row[2]])).toEqual([
      [1, 4],
      [2, 2],
    ]);
    const all = await funnelFor(ws, { asOf: '2024-03-31' }, 'ru');
    expect(all.top).toBeNull();
    expect(all.other).toBeNull();
    expect(all.purchases[0]!.values.map((v) => v.value)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('leaves a tail of one value as it is: at most top + 1 values per purchase', async () => {
    const res = await funnelFor(ws, { top: 4, asOf: '2024-03-31' });
    expect(res.other).toBeNull();
    expect(res.purchases[0]!.values).toHaveLength(5);
    const three = await funnelFor(ws, { top: 3, asOf: '2024-03-31' });
    expect(three.other!.items).toEqual([2, 0]);
    expect(three.purchases[0]!.values.map((v) => v.value)).toEqual(['A', 'B', 'C', 'Other']);
  });

  it('refuses a top that is not a whole number from 1 to 100', async () => {
    await expect(funnelFor(ws, { top: 0 })).rejects.toThrow(
      'top must be a whole number from 1 to 100, got "0"',
    );
  });
});
