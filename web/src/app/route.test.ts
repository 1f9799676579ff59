import { describe, expect, it } from 'vitest';
import { pagesFor } from './route.ts';

describe('menu pages by role', () => {
  it('shows an employee their KPI sheets and settings, an analyst everything', () => {
    expect(pagesFor('employee')).toEqual(['kpi', 'settings']);
    expect(pagesFor('manager')).toEqual([
      'formula',
      'levers',
      'constraint',
      'journey',
      'whatif',
      'customers',
      'kpi',
      'settings',
    ]);
    expect(pagesFor('analyst')).toEqual([
      'formula',
      'levers',
      'constraint',
      'journey',
      'whatif',
      'customers',
      'data',
      'kpi',
      'settings',
    ]);
    expect(pagesFor(undefined)).toEqual([]);
  });
});
