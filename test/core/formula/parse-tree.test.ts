import { describe, expect, it } from 'vitest';
import { FormulaTreeError, getPreset, parseTree } from '../../../src/core/formula/index.ts';

const YAML_TREE = `
id: mini
label: { ru: Мини, en: Mini }
revenue: revenue
levers: [L, C]
nodes:
  - { id: revenue, kind: product, of: [L, C], unit: money, label: { ru: Выручка, en: Revenue } }
  - { id: L, kind: measure, measure: leads, unit: count, label: { ru: Лиды, en: Leads } }
  - { id: C, kind: measure, measure: deal_value, unit: money, label: { ru: Ценность, en: Value } }
measures:
  deal_value: { table: orders, agg: sum, column: revenue }
`;

/** The errors a text produces, or a failure when it parses. */
function errorsOf(text: string): readonly string[] {
  try {
    parseTree(text);
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaTreeError);
    return (e as FormulaTreeError).errors;
  }
  throw new Error('expected the tree to be rejected');
}

function withNodes(nodes: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id: 't', label: { ru: 'т', en: 't' }, revenue: 'A', levers: [], nodes, ...extra });
}

const node = (id: string, kind: string, of: string[]) => ({
  id,
  kind,
  of,
  unit: 'number',
  label: { ru: id, en: id },
});
const measure = (id: string, m: string) => ({
  id,
  kind: 'measure',
  measure: m,
  unit: 'count',
  label: { ru: id, en: id },
});

describe('parseTree', () => {
  it('reads YAML with tree-declared measures', () => {
    const tree = parseTree(YAML_TREE);
    expect(tree.levers).toEqual(['L', 'C']);
    expect(tree.measures?.deal_value?.agg).toBe('sum');
  });

  it('reads a preset written as JSON back unchanged', () => {
    const tree = getPreset('profit');
    expect(parseTree(JSON.stringify(tree))).toEqual(tree);
  });

  it('names the path of a cycle', () => {
    const errors = errorsOf(
      withNodes([node('A', 'sum', ['B']), node('B', 'product', ['A', 'X']), measure('X', 'leads')]),
    );
    expect(errors).toEqual(['cycle: A → B → A']);
  });

  it('names an unknown child and its parent', () => {
    expect(errorsOf(withNodes([node('A', 'sum', ['Z'])]))).toEqual(['node "A" refers to unknown node "Z"']);
  });

  it('names a measure that is neither built in nor declared', () => {
    expect(errorsOf(withNodes([node('A', 'sum', ['B']), measure('B', 'foo')]))).toEqual([
      'node "B" uses unknown measure "foo" (neither built in nor in the tree\'s measures)',
    ]);
  });

  it('collects every problem in one error', () => {
    const text = withNodes(
      [node('A', 'ratio', ['B']), measure('B', 'leads'), measure('B', 'orders'), node('C', 'sum', [])],
      { levers: ['Q'], profit: 'P' },
    );
    expect(errorsOf(text)).toEqual([
      'duplicate node id "B"',
      'ratio node "A" needs exactly 2 children (numerator, denominator), has 1',
      'sum node "C" has no children',
      'lever "Q" is not a node',
      'profit node "P" is not a node',
    ]);
  });

  it('says when revenue is not a node', () => {
    expect(errorsOf(withNodes([measure('B', 'leads')]))).toEqual(['revenue node "A" is not a node']);
  });

  it('reports the shape with paths before meaning', () => {
    const errors = errorsOf(JSON.stringify({ id: 't', revenue: 'A', levers: [], nodes: [] }));
    expect(errors.some((e) => e.startsWith('label:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('nodes:'))).toBe(true);
  });

  it('names the field of a malformed node', () => {
    const bad = { id: 'A', kind: 'sum', unit: 'count', label: { ru: 'a', en: 'a' } };
    expect(errorsOf(withNodes([bad]))).toEqual([
      'nodes.0.of: Invalid input: expected array, received undefined',
    ]);
  });

  it('reports broken syntax', () => {
    expect(errorsOf('{ "id": ')[0]).toMatch(/^invalid JSON: /);
    expect(errorsOf('a: [1, 2')[0]).toMatch(/^invalid YAML: /);
  });

  it('puts every error in the message', () => {
    expect(() => parseTree(withNodes([node('A', 'sum', ['Z', 'Y'])]))).toThrow(
      'invalid formula tree "t":\n  - node "A" refers to unknown node "Z"\n  - node "A" refers to unknown node "Y"',
    );
  });
});
