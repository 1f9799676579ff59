import { describe, expect, it } from 'vitest';
import { getPreset, PRESET_IDS } from '../../../src/core/formula/index.ts';
import {
  type KpiDefinition,
  designKpiSystem,
  PositionWeightsError,
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

describe('the designer names every KPI and factor', () => {
  it('names the factors of a KPI: child nodes by their labels, a leaf by the measure it reads', () => {
    const d = designKpiSystem(getPreset('profit'), [{ id: 'fin', name: 'Финансист', kpis: ['other'] }]);
    const c = d.table.find((r) => r.kpi === 'C')!;
    expect(c.factors).toEqual(['buyers', 'L']);
    expect(c.factorNames.map((n) => n.ru)).toEqual(['Покупатели', 'Лиды']);
    expect(c.measureNames.map((n) => n.en)).toEqual(['Number of buyers', 'Number of leads']);
    const other = d.byPosition[0]!.kpis[0]!;
    expect(other).toMatchObject({ kpi: 'other', factors: ['other_costs'] });
    expect(other.factorNames).toEqual([{ ru: 'Прочие расходы', en: 'Other costs' }]);
    expect(other.name.ru).toBe('Прочие расходы');
  });

  // A raw id (leads, other_costs, hours_billed) where HR expects words is the bug this guards:
  // a node shows its own label (ARPU stays ARPU, the tree calls it so), a measure shows words.
  it.each(PRESET_IDS)('leaks no raw id as a name in the %s preset', (id) => {
    const tree = getPreset(id);
    const d = designKpiSystem(tree, [{ id: 'all', kpis: tree.nodes.map((n) => n.id) }]);
    const labelOf = new Map(tree.nodes.map((n) => [n.id, n.label]));
    let measures = 0;
    for (const r of d.table) {
      const leaf = tree.nodes.find((n) => n.id === r.kpi)!.kind === 'measure';
      const pairs = [
        ...r.factors.map((f, i) => [f, r.factorNames[i]!, leaf ? 'measure' : 'node'] as const),
        ...r.measures.map((m, i) => [m, r.measureNames[i]!, 'measure'] as const),
      ];
      for (const [raw, name, kind] of pairs) {
        if (kind !== 'measure') expect(name, raw).toEqual(labelOf.get(raw));
        else {
          measures++;
          expect(name.ru, raw).toMatch(/[а-яё]/i);
          expect(name.en, raw).not.toBe(raw);
          expect(name.en, raw).toMatch(/^[A-Z]/);
        }
      }
    }
    expect(measures).toBeGreaterThanOrEqual(4);
    expect(d.byPosition[0]!.kpis.map((k) => k.name)).toEqual(tree.nodes.map((n) => n.label));
  });
});

describe('the designer with user weights', () => {
  const tree = getPreset('lcpudq');

  it('splits a bonus by the weights: 45/35/20 % of 30 000 ₽ = 13 500 + 10 500 + 6 000', () => {
    const d = designKpiSystem(tree, [{ id: 'm', kpis: { L: 0.45, C: 0.35, Q: 0.2 }, bonus: 30_000 }]);
    expect(d.byPosition[0]!.kpis.map((k) => [k.kpi, k.share, k.amount])).toEqual([
      ['L', 0.45, 13_500],
      ['C', 0.35, 10_500],
      ['Q', 0.2, 6_000],
    ]);
  });

  it('accepts weights typed as decimals that miss 1 only in floating point (0.1 + 0.2 + 0.7)', () => {
    const d = designKpiSystem(tree, [{ id: 'm', kpis: { L: 0.1, C: 0.2, Q: 0.7 } }]);
    expect(d.byPosition[0]!.kpis.map((k) => k.share)).toEqual([0.1, 0.2, 0.7]);
  });

  it('refuses a sum other than 1 with the position and the sum, 0.9 short and 1.1 over', () => {
    const err = (kpis: Record<string, number>): PositionWeightsError => {
      try {
        designKpiSystem(tree, [
          { id: 'ok', kpis: ['L'] },
          { id: 'm', name: 'Маркетолог', kpis },
        ]);
      } catch (e) {
        return e as PositionWeightsError;
      }
      throw new Error('not refused');
    };
    const short = err({ L: 0.5, C: 0.4 });
    expect(short).toBeInstanceOf(PositionWeightsError);
    expect(short).toMatchObject({ position: 'm', positionName: 'Маркетолог' });
    expect(short.sum).toBeCloseTo(0.9, 12);
    expect(short.message).toBe('weights of position "m" sum to 0.9, not 1');
    expect(err({ L: 0.6, C: 0.5 }).sum).toBeCloseTo(1.1, 12);
    // A negative weight is another mistake, not a sum to report.
    expect(() => designKpiSystem(tree, [{ id: 'n', kpis: { L: 1.5, C: -0.5 } }])).toThrow(
      'weights of position "n" must be non-negative numbers',
    );
  });

  it('refuses a position listed twice', () => {
    expect(() =>
      designKpiSystem(tree, [
        { id: 'm', kpis: ['L'] },
        { id: 'm', kpis: ['C'] },
      ]),
    ).toThrow('position "m" is listed twice');
  });
});
