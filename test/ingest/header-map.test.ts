import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/ingest/contract.ts';
import { explicitMapProblem, IGNORE, mapHeaders, mappingReport } from '../../src/ingest/header-map.ts';
import { looseHeader, normaliseHeader } from '../../src/ingest/header-normalise.ts';
import { sanitiseIdentifier } from '../../src/ingest/identifier.ts';
import { SYNONYMS } from '../../src/ingest/synonyms.ts';

describe('normaliseHeader', () => {
  it('trims, lower-cases, folds ё and spaces, strips a BOM', () => {
    expect(normaliseHeader('\uFEFF  Дата   Создания  ')).toBe('дата создания');
    expect(normaliseHeader('Счёт')).toBe('счет');
    expect(looseHeader('Расход, ₽, с НДС')).toBe('расход');
    expect(looseHeader('Расход (руб.)')).toBe('расход');
  });
});

describe('synonym table', () => {
  it('gives every synonym to exactly one field of a table', () => {
    for (const t of TABLE_NAMES) {
      const seen = new Map<string, string>();
      for (const [field, synonyms] of Object.entries(SYNONYMS[t])) {
        for (const s of synonyms) {
          const key = normaliseHeader(s);
          expect(seen.get(key) ?? field, `${t}: "${s}"`).toBe(field);
          seen.set(key, field);
        }
      }
    }
  });
});

describe('mapHeaders', () => {
  it('maps real Russian export headers to canonical fields and dimensions', () => {
    const m = mapHeaders('orders', [
      'Номер заказа',
      'Клиент',
      'Дата',
      'Сумма',
      'Кол-во',
      'Точка продаж',
      'Комментарий',
    ]);
    expect(mappingReport(m)).toEqual({
      order_id: 'Номер заказа',
      customer_id: 'Клиент',
      ts: 'Дата',
      revenue: 'Сумма',
      items: 'Кол-во',
      store: 'Точка продаж',
      kommentariy: 'Комментарий',
    });
    expect(m.missing).toEqual([]);
  });

  it('maps spend and lead exports', () => {
    const spend = mapHeaders('spend', ['Дата', 'Кампания', 'Показы', 'Клики', 'CTR (%)', 'Расход (руб.)']);
    expect(mappingReport(spend)).toEqual({
      date: 'Дата',
      channel: 'Кампания',
      impressions: 'Показы',
      clicks: 'Клики',
      amount: 'Расход (руб.)',
    });
    expect(spend.warnings.map((w) => w.en)).toEqual(['column "CTR (%)" is not part of spend and is ignored']);
    const leads = mapHeaders('leads', ['ID', 'Этап сделки', 'Источник', 'Дата создания сделки']);
    expect(mappingReport(leads)).toEqual({
      lead_id: 'ID',
      status: 'Этап сделки',
      channel: 'Источник',
      ts: 'Дата создания сделки',
    });
  });

  it('keeps the first of two headers for one field, with a warning', () => {
    const m = mapHeaders('orders', ['Клиент', 'Дата', 'Сумма', 'Сумма чека']);
    expect(m.fields['revenue']?.header).toBe('Сумма');
    expect(m.warnings.map((w) => w.en)).toEqual([
      '"Сумма чека" also matches revenue; using "Сумма" (first match)',
    ]);
    expect(m.dimensions).toEqual([]);
    expect(m.warnings[0]?.ru).toBe(
      '«Сумма чека» тоже подходит под revenue; используется «Сумма» (первое совпадение)',
    );
  });

  it('leaves out a column mapped to "-", so a wrong automatic match can be undone', () => {
    const m = mapHeaders('orders', ['Клиент', 'Дата', 'Сумма', 'Скидка', 'Магазин'], { Скидка: IGNORE });
    expect(mappingReport(m)).toEqual({
      customer_id: 'Клиент',
      ts: 'Дата',
      revenue: 'Сумма',
      store: 'Магазин',
    });
    expect(m.ignored).toEqual(['Скидка']);
    expect(explicitMapProblem('spend', ['A'], { A: IGNORE })).toBeNull();
  });

  it('lets an explicit map win over synonyms', () => {
    const m = mapHeaders('orders', ['Клиент', 'Дата', 'Сумма', 'Оплачено'], {
      Оплачено: 'revenue',
      Сумма: 'gross',
    });
    expect(mappingReport(m)).toEqual({
      customer_id: 'Клиент',
      ts: 'Дата',
      revenue: 'Оплачено',
      gross: 'Сумма',
    });
  });

  it('reports missing required fields', () => {
    expect(mapHeaders('orders', ['Дата', 'Сумма']).missing).toEqual(['customer_id']);
  });

  it('rejects a map naming an absent header or an unknown field', () => {
    expect(explicitMapProblem('orders', ['A'], { B: 'revenue' })?.en).toMatch(
      /"B", which is not in the file/,
    );
    expect(explicitMapProblem('orders', ['A'], { B: 'revenue' })?.ru).toMatch(/«B», которого нет в файле/);
    expect(explicitMapProblem('spend', ['A'], { A: 'bogus' })?.en).toMatch(/"bogus" is not a field of spend/);
    expect(explicitMapProblem('orders', ['A'], { A: 'region' })).toBeNull();
  });
});

describe('sanitiseIdentifier', () => {
  it('transliterates to ASCII snake case', () => {
    expect(sanitiseIdentifier('Название сделки', 'x')).toBe('nazvanie_sdelki');
    expect(sanitiseIdentifier('2-й телефон', 'x')).toBe('c_2_y_telefon');
    expect(sanitiseIdentifier('%%', 'col_3')).toBe('col_3');
  });
});
