import { describe, expect, it } from 'vitest';
import { wholeInRange } from '../../src/services/inputs/index.ts';

// One check for the counted inputs of the customer analyses (cohort months, funnel steps and tail).
describe('wholeInRange', () => {
  it('returns a whole number within the bounds, the bounds included', () => {
    expect(wholeInRange(1, 1, 12, 'steps')).toBe(1);
    expect(wholeInRange(12, 1, 12, 'steps')).toBe(12);
  });

  it('refuses a fraction or a number outside the bounds, naming the input and the bounds', () => {
    for (const bad of [0, 13, 2.5, Number.NaN])
      expect(() => wholeInRange(bad, 1, 12, 'steps')).toThrow(
        `steps must be a whole number from 1 to 12, got "${bad}"`,
      );
  });
});
