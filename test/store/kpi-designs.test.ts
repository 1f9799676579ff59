import { describe, expect, it } from 'vitest';
import {
  insertUser,
  loadKpiDesign,
  migrate,
  MIGRATIONS,
  openStore,
  savedKpiDesignModels,
  saveKpiDesign,
} from '../../src/store/index.ts';

const clock = () => new Date('2025-02-03T10:00:00Z');

describe('saved KPI designs', () => {
  it('round-trips positions, decisive KPIs, weights and bonuses in their order', () => {
    const store = openStore(':memory:', clock);
    const owner = insertUser(store, { login: 'o', name: 'O', role: 'owner', passwordHash: 'x' });
    const positions = [
      { id: 'sales', name: 'Продавец', kpis: { C: 0.6, D: 0.25, Q: 0.15 }, bonus: 12_345.67 },
      { id: 'mkt', name: 'Маркетолог', kpis: ['L', 'Q'] },
    ];
    const saved = saveKpiDesign(store, { model: 'lcpudq', positions, updatedBy: owner.id });
    expect(saved).toEqual({
      model: 'lcpudq',
      positions,
      updatedAt: '2025-02-03T10:00:00.000Z',
      updatedBy: owner.id,
    });
    // Key order of the weights is the saved order, not alphabetical.
    expect(Object.keys(loadKpiDesign(store, 'lcpudq')!.positions[0]!.kpis)).toEqual(['C', 'D', 'Q']);
    expect(loadKpiDesign(store, 'lcpq')).toBeUndefined();
  });

  it('replaces a design whole: a position left out is gone, other models stay', () => {
    const store = openStore(':memory:', clock);
    saveKpiDesign(store, {
      model: 'lcpudq',
      positions: [
        { id: 'a', name: 'A', kpis: ['L'] },
        { id: 'b', name: 'B', kpis: { C: 1 } },
      ],
      updatedBy: null,
    });
    saveKpiDesign(store, {
      model: 'profit',
      positions: [{ id: 'f', name: 'F', kpis: ['M'] }],
      updatedBy: null,
    });
    saveKpiDesign(store, {
      model: 'lcpudq',
      positions: [{ id: 'b', name: 'B2', kpis: ['Q'] }],
      updatedBy: null,
    });
    expect(loadKpiDesign(store, 'lcpudq')!.positions).toEqual([{ id: 'b', name: 'B2', kpis: ['Q'] }]);
    expect(store.db.prepare('SELECT count(*) AS n FROM kpi_design_kpis').get()).toEqual({ n: 2 });
    expect(savedKpiDesignModels(store)).toEqual(['lcpudq', 'profit']);
  });

  it('keeps a design when the user who saved it is deleted', () => {
    const store = openStore(':memory:', clock);
    const m = insertUser(store, { login: 'm', name: 'M', role: 'manager', passwordHash: 'x' });
    saveKpiDesign(store, { model: 'lcpq', positions: [{ id: 'a', kpis: ['L'] }], updatedBy: m.id });
    store.db.prepare('DELETE FROM users WHERE id = ?').run(m.id);
    expect(loadKpiDesign(store, 'lcpq')).toMatchObject({ updatedBy: null, positions: [{ name: 'a' }] });
  });
});

describe('migration numbering', () => {
  // Two engineers numbered 7 and 8 at once; a store that ran 8 first must still get 7.
  it('applies a version that arrives after a higher one was applied', () => {
    const store = openStore(':memory:', clock);
    const early = { version: 101, name: 'early', sql: 'CREATE TABLE early_step (a)' };
    const late = { version: 100, name: 'late', sql: 'CREATE TABLE late_step (a)' };
    expect(migrate(store.db, [...MIGRATIONS, early], clock)).toEqual([101]);
    expect(migrate(store.db, [...MIGRATIONS, early, late], clock)).toEqual([100]);
    expect(migrate(store.db, [...MIGRATIONS, early, late], clock)).toEqual([]);
    expect(store.db.prepare(`SELECT name FROM sqlite_master WHERE name = 'late_step'`).get()).toEqual({
      name: 'late_step',
    });
  });
});
