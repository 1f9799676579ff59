import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ru } from './ru.ts';
import { DICTIONARIES, translate } from './translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  // The compiler already refuses a missing key; these catch what types cannot see.
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });
  it('have no empty message', () => {
    for (const [lang, dict] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dict)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ru[key]));
    }
  });
  it('are really translated: Russian text has Cyrillic, English has none', () => {
    const sameInBoth = new Set(['app.name', 'levers.change']);
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      if (sameInBoth.has(key)) continue;
      expect(/[а-яё]/i.test(ru[key]), `ru ${key}`).toBe(true);
      expect(/[а-яё]/i.test(en[key]), `en ${key}`).toBe(false);
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'stages.output', { n: 8 })).toBe('Output: 8');
    expect(translate('ru', 'stages.bottleneck', { name: 'Машина 2' })).toBe('Ограничение: Машина 2');
  });
  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(translate('en', 'stages.output')).toBe('Output: {n}');
  });
});
