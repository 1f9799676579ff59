import { describe, expect, it } from 'vitest';
import { REASONS } from '../../src/ingest/reasons.ts';
import { useWarehouse } from './helpers.ts';

const HEADER = 'date;channel;amount';
/** More rows than the typed read samples (500), so a late value meets the direct path. */
const rows = (day: string): string[] => Array.from({ length: 600 }, (_, i) => `${day};ch${i + 1};10.00`);

describe('§2 a date field given a time', () => {
  const ctx = useWarehouse();

  it('a date field given a time of day is refused with the row named, early (staged) and late (direct)', async () => {
    for (const [where, row] of [
      ['early', 2],
      ['late', 602],
    ] as const) {
      for (const [clean, odd] of [
        ['2024-03-01 00:00:00', '2024-03-02 14:30:00'],
        ['01.03.2024 00:00', '02.03.2024 9:15'],
      ] as const) {
        const line = `${odd};late-channel;5.00`;
        const body = where === 'early' ? [line, ...rows(clean)] : [...rows(clean), line];
        const file = ctx.write(`${where}.csv`, [HEADER, ...body].join('\n') + '\n');
        const r = await ctx.import({ file, table: 'spend' });
        expect(r.status, `${where} ${odd}`).toBe('rejected');
        expect(r.errors, `${where} ${odd}`).toEqual([
          expect.objectContaining({ row, column: 'date', value: odd, reason: REASONS.en.timeOfDay }),
        ]);
        expect(await ctx.rows('SELECT count(*) AS n FROM spend')).toEqual([{ n: 0 }]);
      }
    }
  });

  it('a date field given midnight loads as the day, with no warning', async () => {
    const file = ctx.write('midnight.csv', [HEADER, ...rows('2024-03-01 00:00:00')].join('\n') + '\n');
    const r = await ctx.import({ file, table: 'spend' });
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 600, warnings: [] });
    const staged = ctx.write(
      'midnight2.csv',
      [HEADER, '01.03.2024 00:00;x;1.00', '2024-03-02T00:00:00;y;2.00', '2024-03-03;z;3.00'].join('\n') +
        '\n',
    );
    expect(await ctx.import({ file: staged, table: 'spend' })).toMatchObject({
      status: 'imported',
      warnings: [],
    });
    expect(
      await ctx.rows(`SELECT CAST(date AS VARCHAR) AS d, count(*) AS n FROM spend GROUP BY 1 ORDER BY 1`),
    ).toEqual([
      { d: '2024-03-01', n: 601 },
      { d: '2024-03-02', n: 1 },
      { d: '2024-03-03', n: 1 },
    ]);
  });
});
