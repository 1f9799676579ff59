/**
 * A tiny spreadsheet evaluator for the functions the motivation-sheet export uses (IF, MIN, MAX,
 * OR, SUM, COUNT, ROUND), so a test can change a fact and recalculate without LibreOffice.
 * ROUND follows Excel: half away from zero.
 */
type V = number | string | boolean | V[];
export type CellGetter = (addr: string) => { formula?: string; value: number | string | null };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)|([A-Z]+)\(|(<=|>=|<>|[-+*/(),<>=]))/iy;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read formula at ${start}: ${src}`);
    out.push(m[4] ? `${m[4].toUpperCase()}(` : m[0].trim());
  }
  return out;
}

const colNum = (c: string): number => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colName = (n: number): string =>
  n <= 0 ? '' : colName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

function range(ref: string): string[] {
  const [a, b] = ref.replace(/\$/g, '').split(':') as [string, string];
  const pa = /([A-Z]+)(\d+)/.exec(a)!;
  const pb = /([A-Z]+)(\d+)/.exec(b)!;
  const out: string[] = [];
  for (let c = colNum(pa[1]!); c <= colNum(pb[1]!); c++)
    for (let r = Number(pa[2]); r <= Number(pb[2]); r++) out.push(`${colName(c)}${r}`);
  return out;
}

const round2 = (x: number, d: number): number =>
  (Math.sign(x) * Math.round(Number((Math.abs(x) * 10 ** d).toPrecision(15)))) / 10 ** d;
const flat = (args: V[]): V[] => args.flatMap((a) => (Array.isArray(a) ? flat(a) : [a]));
const nums = (args: V[]): number[] => flat(args).filter((x): x is number => typeof x === 'number');

const FUNCS: Record<string, (a: V[]) => V> = {
  'MIN(': (a) => Math.min(...nums(a)),
  'MAX(': (a) => Math.max(...nums(a)),
  'SUM(': (a) => nums(a).reduce((s, x) => s + x, 0),
  'COUNT(': (a) => nums(a).length,
  'OR(': (a) => flat(a).some(Boolean),
  'ROUND(': (a) => round2(a[0] as number, a[1] as number),
};

/** Evaluates every formula of a sheet on demand, recursively, with memoisation. */
export function makeEvaluator(get: CellGetter): (addr: string) => V {
  const memo = new Map<string, V>();
  const cell = (addr: string): V => {
    const a = addr.replace(/\$/g, '');
    if (memo.has(a)) return memo.get(a)!;
    const c = get(a);
    const v: V = c.formula ? evalFormula(c.formula) : (c.value ?? '');
    memo.set(a, v);
    return v;
  };
  function evalFormula(src: string): V {
    const t = tokenize(src);
    let i = 0;
    const peek = (): string | undefined => t[i];
    const args = (): V[] => {
      const out: V[] = [];
      if (peek() === ')') return (i++, out);
      for (;;) {
        out.push(compare());
        const sep = t[i++];
        if (sep === ')') return out;
        if (sep !== ',') throw new Error(`expected , or ) in ${src}`);
      }
    };
    const atom = (): V => {
      const tok = t[i++]!;
      if (tok === '(') {
        const v = compare();
        i++;
        return v;
      }
      if (tok === '-') return -(atom() as number);
      if (tok.startsWith('"')) return tok.slice(1, -1).replace(/""/g, '"');
      if (/^\d/.test(tok)) return Number(tok);
      if (tok === 'IF(') {
        const [c, a, b] = args();
        return c ? a! : (b ?? false);
      }
      const fn = FUNCS[tok];
      if (fn) return fn(args());
      if (tok.includes(':')) return range(tok).map(cell);
      if (/^\$?[A-Z]+\$?\d+$/i.test(tok)) return cell(tok);
      throw new Error(`unsupported token ${tok} in ${src}`);
    };
    const num = (v: V): number => (v === '' ? 0 : (v as number));
    const term = (): V => {
      let v = atom();
      while (peek() === '*' || peek() === '/')
        v = t[i++] === '*' ? num(v) * num(atom()) : num(v) / num(atom());
      return v;
    };
    const sum = (): V => {
      let v = term();
      while (peek() === '+' || peek() === '-')
        v = t[i++] === '+' ? num(v) + num(term()) : num(v) - num(term());
      return v;
    };
    const compare = (): V => {
      const l = sum();
      const op = peek();
      if (!op || !['<', '>', '<=', '>=', '=', '<>'].includes(op)) return l;
      i++;
      const r = sum();
      const ops: Record<string, boolean> = {
        '<': l < r,
        '>': l > r,
        '<=': l <= r,
        '>=': l >= r,
        '=': l === r,
        '<>': l !== r,
      };
      return ops[op]!;
    };
    return compare();
  }
  return cell;
}
