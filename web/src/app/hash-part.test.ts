import { describe, expect, it } from 'vitest';
import { hashPart } from './hash-part.ts';

const PAGES = ['formula', 'customers'] as const;
const SECTIONS = ['rfm', 'cohorts'] as const;

describe('hashPart', () => {
  it('reads the page from part 0 and the section from part 1, query cut off', () => {
    expect(hashPart('#/customers/cohorts?asof=2024-01-31', 0, PAGES, 'formula')).toBe('customers');
    expect(hashPart('#/customers/cohorts?asof=2024-01-31', 1, SECTIONS, 'rfm')).toBe('cohorts');
    expect(hashPart('#customers?x=1', 0, PAGES, 'formula')).toBe('customers');
  });

  it('falls back on an empty, unknown or missing part', () => {
    expect(hashPart('', 0, PAGES, 'formula')).toBe('formula');
    expect(hashPart('#/nowhere', 0, PAGES, 'formula')).toBe('formula');
    expect(hashPart('#/customers', 1, SECTIONS, 'rfm')).toBe('rfm');
  });
});
