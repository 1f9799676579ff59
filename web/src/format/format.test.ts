import { describe, expect, it } from 'vitest';
import {
  formatByUnit,
  formatChangePct,
  formatDate,
  formatMoney,
  formatMoneyChange,
  formatNumber,
  formatPeriod,
  formatRatio,
  NO_VALUE,
} from './format.ts';
import { parseNumber } from './parse.ts';

// Intl uses narrow no-break spaces as group separators; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('writes rubles the Russian way', () => {
    expect(plain(formatMoney(15206.86, 'ru'))).toBe('15 206,86 ₽');
  });
  it('writes rubles in English with a point and commas', () => {
    expect(formatMoney(15206.86, 'en')).toBe('₽15,206.86');
  });
  it('signs changes, so a contribution reads as a rise or a fall', () => {
    expect(plain(formatMoneyChange(43035784.2, 'ru'))).toBe('+43 035 784,20 ₽');
    expect(plain(formatMoneyChange(-4026439.14, 'ru'))).toBe('-4 026 439,14 ₽');
  });
});

describe('ratios and changes', () => {
  it('shows conversion and margin as percent', () => {
    expect(plain(formatRatio(0.3555, 'ru'))).toBe('35,55 %');
    expect(formatRatio(0.423, 'en')).toBe('42.3%');
  });
  it('shows percent-point changes signed', () => {
    expect(plain(formatChangePct(107.36, 'ru'))).toBe('+107,4 %');
    expect(formatChangePct(0, 'en')).toBe('0%');
  });
  it('formats a node by its unit', () => {
    expect(plain(formatByUnit(60798, 'count', 'ru'))).toBe('60 798');
    expect(plain(formatByUnit(0.4, 'ratio', 'ru'))).toBe('40 %');
    expect(plain(formatByUnit(1887.107, 'money', 'ru'))).toBe('1 887,11 ₽');
    expect(formatByUnit(2.99435, 'number', 'en')).toBe('2.99');
  });
});

describe('missing values', () => {
  it('never look like zero', () => {
    expect(formatMoney(null, 'ru')).toBe(NO_VALUE);
    expect(formatRatio(null, 'en')).toBe(NO_VALUE);
    expect(formatNumber(Number.NaN, 'ru')).toBe(NO_VALUE);
  });
});

describe('dates', () => {
  it('writes dates in the locale, in UTC', () => {
    expect(formatDate('2025-11-01', 'ru')).toBe('1 нояб. 2025 г.');
    expect(formatDate('2025-11-01', 'en')).toBe('Nov 1, 2025');
  });
  it('writes a period of months', () => {
    expect(formatPeriod('2024-11..2025-10', 'en')).toBe('Nov 2024 – Oct 2025');
  });
});

describe('parseNumber', () => {
  it('reads what people type in either locale', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('0,4')).toBe(0.4);
    expect(parseNumber('35,5 %')).toBe(35.5);
    expect(parseNumber('300 000 000 ₽')).toBe(300000000);
  });
  it('refuses text that is not a number', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('1,2,3x')).toBeNull();
  });
});
