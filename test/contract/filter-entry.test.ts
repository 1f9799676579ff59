import { describe, expect, it } from 'vitest';
import { filterEntry } from '../../src/contract/filter-entry.ts';
import { parseFilters } from '../../src/services/inputs/index.ts';

// The filter syntax the server reads and the workbench writes back, from one function.
describe('filterEntry', () => {
  it('reads a dimension and its trimmed values, empty values dropped', () => {
    expect(filterEntry(' store = Moscow-1, ,Kazan-2 ')).toEqual({
      dim: 'store',
      values: ['Moscow-1', 'Kazan-2'],
    });
    expect(filterEntry('store=')).toEqual({ dim: 'store', values: [] });
  });

  it('reads nothing without a dimension before "="', () => {
    expect(filterEntry('Moscow-1')).toBeNull();
    expect(filterEntry('=Moscow-1')).toBeNull();
  });

  it('is what parseFilters refuses: no dimension, or no value', () => {
    expect(() => parseFilters(['Moscow-1'])).toThrow('filter "Moscow-1": expected DIMENSION=VALUE[,VALUE…]');
    expect(() => parseFilters(['store='])).toThrow('filter "store=": no value after "="');
    expect(parseFilters(['store=A;channel=ads', 'store=B'])).toEqual({ store: ['A', 'B'], channel: ['ads'] });
  });
});
