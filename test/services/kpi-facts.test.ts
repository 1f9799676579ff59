import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/period/index.ts';
import { marketerFacts, openWorkspace, type Workspace } from '../../src/services/index.ts';
import { leadFactsQuery } from '../../src/sql/kpi/facts.ts';
import { fillKpiWarehouse } from './kpi-fixture.ts';

describe('part 1 facts from the warehouse', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace(':memory:');
    await fillKpiWarehouse(ws);
  });
  afterAll(() => ws.close());
  const march = parsePeriod('2024-03');

  it('counts leads, accepted share and new-client share for the scope «Сайт»', async () => {
    const f = await marketerFacts(ws, march, ['Сайт']);
    expect(f.leads.value).toBe(4);
    expect(f.acceptedShare.value).toBe(0.75);
    expect(f.newClientShare.value).toBeCloseTo(1 / 3, 12);
    expect(f.leads.source).toEqual({
      kind: 'warehouse',
      detail: 'leads 2024-03, channels: Сайт',
      text: { ru: 'лиды за март 2024, каналы: Сайт', en: 'leads March 2024, channels: Сайт' },
    });
    expect(f.acceptedShare.source?.text).toEqual({
      ru: 'лиды за март 2024, каналы: Сайт: принятые в работу и ставшие клиентами 3 из 4',
      en: 'leads March 2024, channels: Сайт: accepted + converted 3 of 4',
    });
    expect(f.newClientShare.source?.text.ru).toBe(
      'заказы за март 2024, каналы: Сайт: первый заказ за всё время у 1 из 3 покупателей',
    );
  });

  it('all channels: 6 leads, 4 accepted; buyers c1 c2 c3 c4, new c2 and c3', async () => {
    const f = await marketerFacts(ws, march, []);
    expect([f.leads.value, f.acceptedShare.value, f.newClientShare.value]).toEqual([6, 4 / 6, 0.5]);
  });

  it('a month without leads has 0 leads but no accepted share; an empty warehouse has no data', async () => {
    const f = await marketerFacts(ws, parsePeriod('2023-01'), ['Сайт']);
    expect(f.leads.value).toBe(0);
    expect(f.acceptedShare.value).toBeNull();
    expect(f.newClientShare.value).toBeNull();
    const empty = await openWorkspace(':memory:');
    const none = await marketerFacts(empty, march, []);
    expect([none.leads.value, none.acceptedShare.value, none.newClientShare.value]).toEqual([
      null,
      null,
      null,
    ]);
    await empty.close();
  });

  it('writes parameterised SQL (values never spliced into the text)', () => {
    const q = leadFactsQuery(ws.engine.dialect, march, ["O'Brien"]);
    expect(q.sql).not.toContain("O'Brien");
    expect(q.params).toEqual(['2024-03-01', '2024-04-01', "O'Brien"]);
  });
});
