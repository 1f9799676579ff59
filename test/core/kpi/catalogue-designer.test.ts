import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/core/formula/index.ts';
import {
  type KpiDefinition,
  designKpiSystem,
  extendCatalogue,
  KPI_CATALOGUE,
  kpiDefinition,
  kpiFact,
} from '../../../src/core/kpi/index.ts';

describe('the KPI catalogue', () => {
  it('holds the metrics of METHODOLOGY §1 and §4 with unique ids', () => {
    const ids = KPI_CATALOGUE.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'leads',
      'conversion',
      'ctr',
      'cpc',
      'cr',
      'cpa',
      'cpi',
      'aov',
      'cac',
      'carc',
      'ltv',
      'romi',
      'mre',
    ])
      expect(ids).toContain(id);
    expect(kpiDefinition('mre').direction).toBe('lower');
  });

  it('computes facts from measures: CTR 250 / 10 000 = 2,5%, accepted share (30 + 20) / 80 = 62,5%', () => {
    expect(kpiFact(kpiDefinition('ctr'), { clicks: 250, impressions: 10_000 })).toBe(0.025);
    expect(
      kpiFact(kpiDefinition('accepted_share'), { leads: 80, leads_accepted: 30, leads_converted: 20 }),
    ).toBe(0.625);
  });

  it('a definition over missing data is "no data", never 0 — and so is a division by zero', () => {
    expect(kpiFact(kpiDefinition('cpi'), { spend: 1000 })).toBeNull();
    expect(kpiFact(kpiDefinition('cpi'), { spend: 1000, installs: null })).toBeNull();
    expect(kpiFact(kpiDefinition('cpc'), { spend: 1000, clicks: 0 })).toBeNull();
  });

  it('is extendable: a user definition adds or replaces by id', () => {
    const cac: KpiDefinition = {
      ...kpiDefinition('cac'),
      formula: { ratio: [{ measure: 'acq_costs' }, { measure: 'new_clients' }] },
    };
    const ext = extendCatalogue([cac]);
    expect(ext.length).toBe(KPI_CATALOGUE.length);
    expect(kpiFact(kpiDefinition('cac', ext), { acq_costs: 900, new_clients: 3 })).toBe(300);
    expect(() => kpiDefinition('nps')).toThrow(/unknown KPI "nps": use leads, /);
  });
});

describe('the KPI system designer (five steps)', () => {
  const tree = getPreset('lcpudq');
  const positions = [
    { id: 'marketer', name: 'Маркетолог', kpis: ['L', 'C'], bonus: 10_000 },
    { id: 'seller', kpis: { C: 0.5, P: 0.3, Q: 0.2 } },
    { id: 'merch', kpis: ['D', 'Pu', 'Q'], bonus: 10_000 },
  ];
  const d = designKpiSystem(tree, positions, { L: 100, C: 0.4 });

  it('step 1 and 5: every node a KPI with value, factors and source measures', () => {
    const c = d.table.find((r) => r.kpi === 'C')!;
    expect(c).toMatchObject({ value: 0.4, factors: ['buyers', 'L'], measures: ['buyers', 'leads'] });
    expect(d.table.find((r) => r.kpi === 'Pu')!.value).toBeNull();
  });

  it('step 2 and 3: the KPI × position matrix and its transpose', () => {
    expect(d.matrix.positions).toEqual(['marketer', 'seller', 'merch']);
    expect(d.matrix.rows.find((r) => r.kpi === 'C')!.decisive).toEqual([true, true, false]);
    expect(d.matrix.rows.find((r) => r.kpi === 'Q')!.decisive).toEqual([false, true, true]);
  });

  it('step 4: shares 1/count, user weights, and a bonus split to the kopeck (3 333,34 + 3 333,33 + 3 333,33)', () => {
    expect(d.byPosition[0]!.kpis.map((k) => [k.share, k.amount])).toEqual([
      [0.5, 5000],
      [0.5, 5000],
    ]);
    expect(d.byPosition[1]!.kpis.map((k) => k.share)).toEqual([0.5, 0.3, 0.2]);
    expect(d.byPosition[2]!.kpis.map((k) => k.amount)).toEqual([3333.34, 3333.33, 3333.33]);
  });

  it('rejects user weights that do not sum to 1 and unknown KPIs', () => {
    expect(() => designKpiSystem(tree, [{ id: 's', kpis: { C: 0.5, P: 0.3 } }])).toThrow(
      'weights of position "s" sum to 0.8, not 1',
    );
    expect(() => designKpiSystem(tree, [{ id: 's', kpis: ['CTR'] }])).toThrow(
      'position "s": unknown KPI "CTR"',
    );
  });
});
