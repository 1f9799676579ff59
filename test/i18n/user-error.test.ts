import { describe, expect, it } from 'vitest';
import { cliSpelling, errorText } from '../../src/cli/error-text.ts';
import { FIELD, messageIn, phrase, UserError } from '../../src/i18n/index.ts';

describe('a user error is Russian and English by type', () => {
  it('does not compile with a plain string', () => {
    // tsc (npm run typecheck) fails here if UserError ever takes a string again: an English-only
    // line would reach a Russian user.
    // @ts-expect-error — a Bilingual ({ ru, en }) is required
    const e = new UserError('bad period');
    expect(e).toBeInstanceOf(UserError);
  });

  it('says itself in each language, naming the input as each surface spells it', () => {
    const e = new UserError(phrase('customers.window', { value: '0' }), 'window');
    expect(messageIn(e, 'ru')).toBe('window — целое число дней ≥ 1, а не «0»');
    expect(e.message).toBe('window must be a whole number of days ≥ 1, got "0"');
    expect(errorText(e, 'ru')).toBe('--window — целое число дней ≥ 1, а не «0»');
    expect(errorText(e, 'en')).toBe('--window must be a whole number of days ≥ 1, got "0"');
  });

  it('spells a field as its flag in the terminal', () => {
    expect(cliSpelling('calibrationEnd')).toBe('--calibration-end');
    expect(cliSpelling('holdoutEnd')).toBe('--holdout');
    expect(cliSpelling('other-costs')).toBe('--other-costs');
    expect(
      new UserError({ ru: `${FIELD}: плохо`, en: `${FIELD}: bad` }, 'asof').localized('en', cliSpelling),
    ).toBe('--asof: bad');
  });
});
