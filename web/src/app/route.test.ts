import { describe, expect, it } from 'vitest';
import { pagesFor } from './route.ts';

describe('menu pages by role', () => {
  it('shows an employee only settings (their KPI sheets come later), an analyst everything', () => {
    expect(pagesFor('employee')).toEqual(['settings']);
    expect(pagesFor('manager')).toEqual(['formula', 'levers', 'constraint', 'whatif', 'settings']);
    expect(pagesFor('analyst')).toEqual(['formula', 'levers', 'constraint', 'whatif', 'data', 'settings']);
    expect(pagesFor(undefined)).toEqual([]);
  });
});
