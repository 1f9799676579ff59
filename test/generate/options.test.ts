import { describe, expect, it } from 'vitest';
import { generateCompany, type GenerateOptions } from '../../src/generate/index.ts';
import { resolveOptions } from '../../src/generate/options.ts';

describe('resolveOptions', () => {
  it('fills defaults', () => {
    expect(resolveOptions({ outDir: 'x' })).toEqual({
      outDir: 'x',
      industry: 'retail',
      orders: 200_000,
      seed: 42,
      format: 'csv',
      end: '2026-11-01',
      lang: 'en',
    });
  });

  const bad: [string, Partial<GenerateOptions>, RegExp][] = [
    ['zero orders', { orders: 0 }, /orders: must be > 0/],
    ['negative orders', { orders: -5 }, /orders: must be > 0/],
    ['fractional orders', { orders: 1.5 }, /orders: must be a whole number/],
    ['unknown industry', { industry: 'bank' as 'retail' }, /industry/],
    ['unknown format', { format: 'xlsx' as 'csv' }, /format/],
    ['malformed end', { end: '2026/11/01' }, /end: expected YYYY-MM-DD/],
    ['impossible end', { end: '2026-02-30' }, /end: not a calendar date/],
    ['empty outDir', { outDir: '' }, /outDir/],
  ];
  for (const [name, opts, message] of bad) {
    it(`rejects ${name}`, () => {
      expect(() => resolveOptions({ outDir: 'x', ...opts })).toThrow(/^invalid generate options: /);
      expect(() => resolveOptions({ outDir: 'x', ...opts })).toThrow(message);
    });
  }

  it('rejects parquet without an engine before writing anything', async () => {
    await expect(generateCompany({ outDir: '/nonexistent/never', format: 'parquet' })).rejects.toThrow(
      /parquet output needs an engine/,
    );
  });
});
