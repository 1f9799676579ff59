import { describe, expect, it } from 'vitest';
import { dimensionLabel, filterable, filtersFromMap, filtersToMap } from './filters.ts';

describe('dropdown filters with the data values: the picked values as the API filter', () => {
  it('round-trips picked values to dim=v1,v2 entries and back, merging a dimension given twice', () => {
    const map = filtersToMap(['store=Казань Горки, Самара', 'channel=email', 'store=Тверь', 'junk']);
    expect([...map.entries()]).toEqual([
      ['store', ['Казань Горки', 'Самара', 'Тверь']],
      ['channel', ['email']],
    ]);
    expect(filtersFromMap(map)).toEqual(['channel=email', 'store=Казань Горки,Самара,Тверь']);
    expect(filtersToMap(filtersFromMap(map))).toEqual(new Map([...map.entries()].sort()));
    expect(filtersFromMap(new Map([['store', []]]))).toEqual([]);
  });

  it('refuses values the filter syntax cannot carry and names dimensions in the user language', () => {
    expect(filterable('Казань Горки')).toBe(true);
    expect(filterable('ООО «Ромашка», филиал')).toBe(false);
    expect(filterable('a;b')).toBe(false);
    const lists = {
      dimensions: [{ dimension: 'store', label: { ru: 'Магазин', en: 'Store' }, values: [], total: 0 }],
    };
    expect(dimensionLabel('store', 'ru', lists)).toBe('Магазин');
    expect(dimensionLabel('store', 'en', lists)).toBe('Store');
    expect(dimensionLabel('loyalty_tier', 'ru', lists)).toBe('loyalty_tier');
    expect(dimensionLabel('store', 'ru', null)).toBe('store');
  });
});
