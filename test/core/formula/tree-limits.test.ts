import { describe, expect, it } from 'vitest';
import {
  FormulaTreeError,
  lmdi,
  MAX_TREE_DEPTH,
  parseTree,
  type FormulaTree,
} from '../../../src/core/formula/index.ts';

/** The error a text produces; fails when the text parses. */
function errorOf(text: string): FormulaTreeError {
  try {
    parseTree(text);
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaTreeError);
    return e as FormulaTreeError;
  }
  throw new Error('expected the tree to be rejected');
}

const label = (id: string) => ({ ru: id, en: id });

/** A tree whose revenue is `ids[0]`, each node the sum of the next, the last one a measure. */
function chainTree(ids: readonly string[]): FormulaTree {
  const nodes = ids.map((id, i) =>
    i === ids.length - 1
      ? { id, kind: 'measure' as const, measure: 'revenue', unit: 'money' as const, label: label(id) }
      : { id, kind: 'sum' as const, of: [ids[i + 1]!], unit: 'money' as const, label: label(id) },
  );
  return { id: 'chain', label: label('chain'), revenue: ids[0]!, levers: [ids[ids.length - 1]!], nodes };
}
const chain = (depth: number) => chainTree(Array.from({ length: depth }, (_, i) => `n${i}`));

describe('node ids', () => {
  it('stored XSS: a node id with markup is refused, named by its place in the file, in both languages', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const e = errorOf(JSON.stringify(chainTree(['revenue', hostile])));
    expect(e.errors[0]).toMatch(/^nodes\.1\.id: id "<img src=x onerror=alert\(1\)>" is not allowed/);
    expect(e.localized('ru')).toContain('nodes.1.id: id "<img src=x onerror=alert(1)>" недопустим');
    expect(e.localized('ru')).toMatch(/^недопустимое дерево формулы «chain»/);
  });

  it('refuses separators and quotes that ids would carry into query strings and charts', () => {
    for (const bad of ['a,b', 'a=b', 'a b', 'a"b', "a'b", '-a', '.a', 'a&b', 'x'.repeat(65)]) {
      expect(errorOf(JSON.stringify(chainTree(['revenue', bad]))).errors[0], bad).toContain('nodes.1.id');
    }
  });

  it('refuses a declared measure id outside the alphabet', () => {
    const tree = { ...chainTree(['revenue', 'x']), measures: { '<b>': { table: 'orders', agg: 'sum' } } };
    expect(errorOf(JSON.stringify(tree)).errors[0]).toMatch(/^measures\.<b>: id "<b>" is not allowed/);
  });

  it('accepts Russian, Latin, digits, "_", "-" and "." (a Russian user names nodes in Russian)', () => {
    const ids = ['Выручка', 'лиды_2024', 'L', 'C-1', 'v1.2', 'ёжик', '_x'];
    expect(parseTree(JSON.stringify(chainTree(ids))).nodes.map((n) => n.id)).toEqual(ids);
  });
});

describe('tree depth', () => {
  it(`a tree of ${MAX_TREE_DEPTH} levels is accepted and split among levers`, () => {
    const tree = parseTree(JSON.stringify(chain(MAX_TREE_DEPTH)));
    const values = (v: number) => Object.fromEntries(tree.nodes.map((n) => [n.id, v]));
    const split = lmdi({ tree, before: values(100), after: values(120) });
    expect(split.ok && split.contributions[`n${MAX_TREE_DEPTH - 1}`]).toBeCloseTo(20, 9);
  });

  it('a 2,500-level formula tree is refused at upload with the documented limit, in both languages', () => {
    const e = errorOf(JSON.stringify(chain(2500)));
    expect(e.errors).toEqual([
      `the tree is 2500 levels deep (n0 → n1 → n2 → … → n2499); at most ${MAX_TREE_DEPTH} levels are allowed`,
    ]);
    expect(e.localized('ru')).toContain(`глубина дерева 2500 уровней (n0 → n1 → n2 → … → n2499)`);
  });

  it('measures a 50,000-level chain without overflowing the stack itself', () => {
    expect(errorOf(JSON.stringify(chain(50_000))).errors[0]).toMatch(/^the tree is 50000 levels deep/);
  });

  it('a depth one over the limit is refused; cycles are still named', () => {
    expect(errorOf(JSON.stringify(chain(MAX_TREE_DEPTH + 1))).errors[0]).toMatch(/65 levels deep/);
    const cyclic = chain(3);
    cyclic.nodes[2] = { id: 'n2', kind: 'sum', of: ['n0'], unit: 'money', label: label('n2') };
    expect(errorOf(JSON.stringify(cyclic)).errors).toEqual(['cycle: n0 → n1 → n2 → n0']);
  });

  it('every problem of a tree reads in Russian as well as English', () => {
    const cyclic = chain(3);
    cyclic.nodes[2] = { id: 'n2', kind: 'sum', of: ['n0', 'zz'], unit: 'money', label: label('n2') };
    const e = errorOf(JSON.stringify({ ...cyclic, levers: ['nope'] }));
    expect(e.localized('ru').split('\n').slice(1)).toEqual([
      '  - узел «n2» ссылается на неизвестный узел «zz»',
      '  - рычаг «nope» — не узел дерева',
      '  - цикл: n0 → n1 → n2 → n0',
    ]);
    expect(errorOf('{ "id": ').localized('ru')).toMatch(
      /^недопустимое дерево формулы:\n {2}- неверный JSON: /,
    );
  });
});
