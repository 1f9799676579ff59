import { describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/engines/duckdb/index.ts';
import { blank, needsTrim, trimmed } from '../../src/ingest/staging.ts';

describe('trimmed text, as every import and in-place read sees ids', () => {
  it('strips spaces, tabs, CR and no-break spaces at either end only, and makes blank text NULL', async () => {
    const nb = '\u00a0';
    const cases: Array<[string | null, string | null]> = [
      ['00004', '00004'],
      [' 00004', '00004'],
      ['00004 ', '00004'],
      ['\t00004\r', '00004'],
      [`${nb}00004${nb}`, '00004'],
      [`${nb} \t00004\t ${nb}`, '00004'],
      ['Анна Петрова', 'Анна Петрова'],
      [' Анна Петрова ', 'Анна Петрова'],
      [`a${nb}b`, `a${nb}b`],
      ['', null],
      ['   ', null],
      [`\t${nb}`, null],
      [null, null],
    ];
    const engine = await openDuckDb({ path: ':memory:' });
    try {
      await engine.driver.exec('CREATE TEMP TABLE t (i INTEGER, v VARCHAR)');
      for (const [i, [v]] of cases.entries())
        await engine.driver.query('INSERT INTO t VALUES (?, ?)', [i, v]);
      const rows = await engine.driver.query(
        `SELECT ${trimmed('v')} AS out, ${blank('v')} AS blank, ${needsTrim('v')} AS needs FROM t ORDER BY i`,
      );
      expect(rows.map((r) => r['out'])).toEqual(cases.map(([, want]) => want));
      // blank() decides NULL-after-trimming without trimming: the same answer on every case.
      expect(rows.map((r) => r['blank'])).toEqual(cases.map(([, want]) => want === null));
      // needsTrim() flags exactly the values trimming changes or drops, from their ends alone.
      expect(rows.map((r) => r['needs'])).toEqual(cases.map(([v, want]) => want === null || want !== v));
    } finally {
      await engine.driver.close();
    }
  });
});
