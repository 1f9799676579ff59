import { describe, expect, it } from 'vitest';
import { factSource, manualSource, sourceText } from '../../../src/core/kpi/index.ts';
import { day, periodName } from '../../../src/core/kpi/format.ts';
import { plain } from './fixtures.ts';

describe('where a fact came from, for programs and for people', () => {
  it('writes one sentence three times: detail with raw figures, Russian and English in the locale', () => {
    const s = factSource('warehouse', (w) =>
      w.lang === 'ru'
        ? `расходы ${w.money(138749.73)} за ${w.period('2026-10..2026-12')} на ${w.day('2026-10-31')}, ${w.num(1375)}`
        : `spend ${w.money(138749.73)} ${w.period('2026-10..2026-12')} as of ${w.day('2026-10-31')}, ${w.num(1375)}`,
    );
    expect(s.detail).toBe('spend 138749.73 2026-10..2026-12 as of 2026-10-31, 1375');
    expect(plain(s.text.ru)).toBe('расходы 138 749,73 ₽ за 4 квартал 2026 на 31.10.2026, 1 375');
    expect(plain(s.text.en)).toBe('spend RUB 138,749.73 Q4 2026 as of 31 Oct 2026, 1,375');
  });

  it('names periods as people say them', () => {
    expect(periodName('2024-03', 'ru')).toBe('март 2024');
    expect(periodName('2024-03', 'en')).toBe('March 2024');
    expect(periodName('2024-01..2024-12', 'ru')).toBe('2024 год');
    expect(periodName('2024-04..2024-06', 'en')).toBe('Q2 2024');
    expect(periodName('2024-02..2024-04', 'ru')).toBe('февраль 2024 – апрель 2024');
    expect(day('2024-06-01', 'ru')).toBe('01.06.2024');
    expect(day('2024-06-01T10:00:00.000Z', 'en')).toBe('1 Jun 2024');
  });

  it('keeps a typed-in source as typed, and says Fulcrum’s own defaults in Russian', () => {
    expect(manualSource('CFO report', '2024-06-01T10:00:00.000Z')).toEqual({
      kind: 'manual',
      detail: 'CFO report (2024-06-01)',
      text: { ru: 'CFO report (01.06.2024)', en: 'CFO report (1 Jun 2024)' },
    });
    expect(manualSource('entered in the workbench').text.ru).toBe('в веб-интерфейсе');
    expect(manualSource('entered in the CLI').text.ru).toBe('в командной строке');
    expect(manualSource('entered with the plan (q1.json)').text.ru).toBe('вместе с планом (q1.json)');
    expect(manualSource('quarter plan file q1.xlsx').text).toEqual({
      ru: 'файл квартального плана q1.xlsx',
      en: 'quarter plan file q1.xlsx',
    });
  });

  it('reads an older version’s source, without text, by its detail', () => {
    expect(sourceText({ detail: 'task completion' }, 'ru')).toBe('task completion');
    expect(sourceText(manualSource('CRM'), 'ru')).toBe('CRM');
  });
});
