import { describe, expect, it } from 'vitest';
import { getPreset, PRESET_IDS } from '../../../../../src/core/formula/index.ts';
import { designKpiSystem } from '../../../../../src/core/kpi/designer.ts';
import { translate } from '../../../i18n/translate.ts';
import { checkDesign, type DraftPosition } from './design-draft.ts';
import { designProblemText } from './design-problems.ts';

const ru = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('ru', key, params);

// Every measure and node id a preset tree has: none of them may reach the Russian page as text.
const IDS = new Set(
  PRESET_IDS.flatMap((id) => {
    const tree = getPreset(id);
    return tree.nodes.flatMap((n) => (n.kind === 'measure' ? [n.id, n.measure] : [n.id]));
  }),
);
// Abbreviations a Russian director reads as words (ARPU, APPN) are labels, not leaked ids.
const rawIds = (text: string): string[] =>
  (text.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? []).filter(
    (w) => IDS.has(w) && w.length > 2 && w !== w.toUpperCase(),
  );

describe('no internal ids in the Russian UI of the KPI designer', () => {
  it('a share that is not a number names the KPI by its label, not its id (other_costs, leads…)', () => {
    for (const id of PRESET_IDS) {
      const tree = getPreset(id);
      const design = designKpiSystem(tree, []);
      const name = (kpi: string) => design.table.find((r) => r.kpi === kpi)!.name.ru;
      for (const n of tree.nodes) {
        const p: DraftPosition = { key: 'p1', name: 'Маркетолог', kpis: [n.id], weights: { [n.id]: 'abc' } };
        const problems = checkDesign([p]).problems;
        expect(problems).toEqual([{ kind: 'number', key: 'p1', name: 'Маркетолог', kpi: n.id }]);
        const text = designProblemText(problems[0]!, ru, 'ru', name);
        expect(text, `${id}.${n.id}`).toContain(`«${name(n.id)}»`);
        expect(rawIds(text), `${id}.${n.id}: ${text}`).toEqual([]);
      }
    }
  });

  it('a position left unnamed is «Должность N» on the page and in what is saved, not its key p2', () => {
    const blank: DraftPosition = { key: 'p2', name: '  ', kpis: ['D'], weights: null };
    const unnamed = (n: number) => ru('kpi.design.position', { n });
    expect(checkDesign([blank], unnamed).positions).toEqual([{ id: 'p2', name: 'Должность 1', kpis: ['D'] }]);
    const empty = checkDesign([{ ...blank, kpis: [] }], unnamed).problems[0]!;
    const text = designProblemText(empty, ru, 'ru', (k) => k);
    expect(text).toContain('«Должность 1»');
    expect(text).not.toContain('p2');
  });

  it('every factor and source measure the designer lists has a Russian name, never an id', () => {
    for (const id of PRESET_IDS) {
      const design = designKpiSystem(getPreset(id), []);
      for (const row of design.table)
        for (const label of [row.name, ...row.factorNames, ...row.measureNames])
          expect(rawIds(label.ru), `${id}.${row.kpi}: ${label.ru}`).toEqual([]);
    }
  });
});
