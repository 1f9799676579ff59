import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

interface SavedBody {
  model: string;
  saved: { positions: Array<{ id: string; name: string; kpis: unknown }>; updatedBy: number | null } | null;
  design: {
    table: Array<{ kpi: string; factors: string[]; factorNames: Array<{ ru: string; en: string }> }>;
    byPosition: Array<{ position: string; kpis: Array<{ kpi: string; share: number; amount?: number }> }>;
  };
}

const put = (body: unknown, lang = 'ru'): RequestInit => ({
  method: 'PUT',
  headers: { 'content-type': 'application/json', 'accept-language': lang },
  body: JSON.stringify(body),
});

const positions = [
  { id: 'p1', name: 'Маркетолог', kpis: { L: 0.45, C: 0.35, Q: 0.2 }, bonus: 30000 },
  { id: 'p2', name: 'Продавец', kpis: ['C', 'D', 'Pu'] },
];

describe('saved KPI designs over HTTP', async () => {
  const t = await testApp();

  it('has none at first, yet gives the KPI table with factor names', async () => {
    const res = await t.asToken('analyst', '/api/kpi/designs/lcpudq');
    expect(res.status).toBe(200);
    const body = (await res.json()) as SavedBody;
    expect(body.saved).toBeNull();
    expect(body.design.byPosition).toEqual([]);
    const l = body.design.table.find((r) => r.kpi === 'L')!;
    expect(l.factors).toEqual(['leads']);
    expect(l.factorNames).toEqual([{ ru: 'Число лидов', en: 'Number of leads' }]);
  });

  it('lets a manager save; reads back the weights, shares and the split bonus', async () => {
    const res = await t.asToken('manager', '/api/kpi/designs/lcpudq', put({ positions }));
    expect(res.status).toBe(200);
    const again = (await (await t.asToken('owner', '/api/kpi/designs/lcpudq')).json()) as SavedBody;
    expect(again.saved!.positions).toEqual(positions);
    expect(again.saved!.updatedBy).toBe(t.users.manager.id);
    // 30 000 ₽ × 45 / 35 / 20 % = 13 500 + 10 500 + 6 000; the seller's three KPIs a third each.
    expect(again.design.byPosition[0]!.kpis.map((k) => [k.kpi, k.share, k.amount])).toEqual([
      ['L', 0.45, 13500],
      ['C', 0.35, 10500],
      ['Q', 0.2, 6000],
    ]);
    expect(again.design.byPosition[1]!.kpis.map((k) => k.share)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('refuses shares that do not make 100 %, naming the position and the gap, and keeps the old design', async () => {
    const bad = [{ id: 'p1', name: 'Маркетолог', kpis: { L: 0.5, C: 0.4 } }];
    const ru = await t.asToken('owner', '/api/kpi/designs/lcpudq', put({ positions: bad }));
    expect(ru.status).toBe(400);
    expect(((await ru.json()) as { error: { message: string } }).error.message).toBe(
      'Должность «Маркетолог»: доли KPI в сумме 90\u00a0%, а должны — 100\u00a0% (не хватает 10\u00a0%)',
    );
    const over = [{ id: 'p1', name: 'Marketer', kpis: { L: 0.6, C: 0.45 } }];
    const en = await t.asToken('owner', '/api/kpi/designs/lcpudq', put({ positions: over }, 'en'));
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      'Position "Marketer": KPI shares add up to 105\u00a0%; they must make 100% (5\u00a0% over)',
    );
    const kept = (await (await t.asToken('owner', '/api/kpi/designs/lcpudq')).json()) as SavedBody;
    expect(kept.saved!.positions).toEqual(positions);
  });

  it('refuses an unknown KPI and an unknown model', async () => {
    const kpi = await t.asToken(
      'owner',
      '/api/kpi/designs/lcpudq',
      put({ positions: [{ id: 'x', kpis: ['CTR'] }] }, 'en'),
    );
    expect(kpi.status).toBe(400);
    expect(((await kpi.json()) as { error: { message: string } }).error.message).toContain(
      'unknown KPI "CTR"',
    );
    expect((await t.asToken('owner', '/api/kpi/designs/nosuch')).status).toBe(400);
  });

  it('refuses an employee both ways and an analyst the save (403)', async () => {
    expect((await t.asToken('employee', '/api/kpi/designs/lcpudq')).status).toBe(403);
    expect((await t.asToken('employee', '/api/kpi/designs/lcpudq', put({ positions }))).status).toBe(403);
    const analyst = await t.asToken('analyst', '/api/kpi/designs/lcpudq', put({ positions }));
    expect(analyst.status).toBe(403);
    expect(await analyst.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await t.asToken('employee', '/api/kpi/designs/lcpudq/xlsx')).status).toBe(403);
  });

  it('downloads the saved design as a workbook with the saved shares and names', async () => {
    const res = await t.asToken('analyst', '/api/kpi/designs/lcpudq/xlsx?lang=ru');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows = (wb.getWorksheet('По должностям')!.getSheetValues() as unknown[][]).filter(Array.isArray);
    const marketer = rows.filter((r) => r[1] === 'Маркетолог').map((r) => [r[2], r[3], r[4]]);
    expect(marketer).toEqual([
      ['Лиды', 0.45, 13500],
      ['Конверсия', 0.35, 10500],
      ['Частота покупок', 0.2, 6000],
    ]);
    expect((await t.asToken('owner', '/api/kpi/designs/lcpq/xlsx')).status).toBe(400);
  });
});
