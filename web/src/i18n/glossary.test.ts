import { describe, expect, it } from 'vitest';
import { CHANNEL_METRIC_IDS, channelMetrics } from '../../../src/core/channels/index.ts';
import { isTerm, termText } from '../components/term.tsx';
import { glossaryEn } from './glossary-en.ts';
import { glossaryRu } from './glossary-ru.ts';

describe('glossary tooltips for terms in both languages', () => {
  it('explains every term the issue names, in Russian and in English', () => {
    for (const id of [
      'bgnbd',
      'gammaGamma',
      'carc',
      'cac',
      'mre',
      'romi',
      'lmdi',
      'rfm',
      'ltv',
      'clv',
      'keyConstraint',
    ]) {
      expect(isTerm(id), id).toBe(true);
      expect(termText(id, 'ru'), id).toMatch(/[а-яё]{3}/i);
      expect(termText(id, 'en'), id).not.toMatch(/[а-яё]/i);
      expect(termText(id, 'en')!.length, id).toBeGreaterThan(30);
    }
    expect(Object.keys(glossaryEn).sort()).toEqual(Object.keys(glossaryRu).sort());
    expect(isTerm('toString')).toBe(false);
    expect(termText('nope', 'ru')).toBeNull();
  });

  it('every Channels column but the payback month has its definition, by its catalogue KPI id', () => {
    const metrics = channelMetrics();
    expect(metrics.map((m) => m.id)).toEqual([...CHANNEL_METRIC_IDS]);
    const unexplained = metrics.filter((m) => m.kpi !== null && !isTerm(m.kpi)).map((m) => m.kpi);
    expect(unexplained.filter((k) => !['leads', 'new_clients'].includes(k!))).toEqual([]);
  });

  it('says why CARC can be below CAC and why ROMI can be in the thousands, as the issue asks', () => {
    expect(termText('carc', 'ru')).toMatch(/ниже CAC/);
    expect(termText('carc', 'en')).toMatch(/below CAC/);
    expect(termText('romi', 'ru')).toMatch(/Тысячи процентов/);
    expect(termText('conversion', 'ru')).toMatch(/Не больше 100/);
  });
});
