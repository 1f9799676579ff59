/**
 * The KPI designer's positions as the page holds them: each position's decisive KPIs and, once
 * the user types one, every KPI's share in percent as typed text. Pure: checking the shares and
 * turning the draft into the body of PUT /api/kpi/designs/{model}.
 */
import type { SavedDesignAnswer } from '../kpi-types.ts';
import { parseTyped, tidy } from '../draft-number.ts';
import type { Lang } from '../../../format/format.ts';

/** GET/PUT /api/kpi/designs/{model}: the saved design (null if none) and the five steps. */
export type { SavedDesignAnswer };
/** A position saved with the design (GET /api/kpi/designs/{model}). */
export type SavedPosition = NonNullable<SavedDesignAnswer['saved']>['positions'][number];

/** A position on the page; `weights` null means an equal split (1 / count). */
export interface DraftPosition {
  key: string;
  name: string;
  kpis: string[];
  weights: Record<string, string> | null;
  bonus?: number;
}

/** What keeps a design from being saved, for the page to say in the user's language. */
export type DesignProblem =
  | { kind: 'sum'; key: string; name: string; sum: number }
  | { kind: 'number'; key: string; name: string; kpi: string }
  | { kind: 'empty'; key: string; name: string }
  | { kind: 'none' };

// The core's tolerance (src/core/kpi/weights.ts), in percent points.
const EPS_PCT = 1e-7;

/** A percent as the inputs show it: up to two decimals, the language's decimal mark. */
export function showPct(pct: number, lang: Lang): string {
  const s = String(Number(pct.toFixed(2)));
  return lang === 'ru' ? s.replace('.', ',') : s;
}

/** Each KPI's share as a fraction: 1 / count, or the typed percent; NaN where it is not a number. */
export function sharesOf(p: DraftPosition): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of p.kpis) {
    if (p.weights === null) out[k] = 1 / p.kpis.length;
    else {
      const v = parseTyped(p.weights[k] ?? '');
      out[k] = v === null ? 0 : tidy(v / 100);
    }
  }
  return out;
}

/** The position's shares added up, in percent (NaN while a share is not a number). */
export function sumPct(p: DraftPosition): number {
  if (p.weights === null) return p.kpis.length === 0 ? 0 : 100;
  return tidy(Object.values(sharesOf(p)).reduce((a, b) => a + b, 0) * 100);
}

/** The shares the inputs show: the typed text, or the equal split written out. */
export function weightText(p: DraftPosition, kpi: string, lang: Lang): string {
  if (p.weights !== null) return p.weights[kpi] ?? '';
  return p.kpis.length === 0 ? '' : showPct(100 / p.kpis.length, lang);
}

/**
 * Types one share. An equal split becomes explicit first, each other KPI keeping the share it
 * showed, so the user edits from what they saw.
 */
export function setWeight(p: DraftPosition, kpi: string, text: string, lang: Lang): DraftPosition {
  const base = p.weights ?? Object.fromEntries(p.kpis.map((k) => [k, weightText(p, k, lang)]));
  return { ...p, weights: { ...base, [kpi]: text } };
}

/** Back to 1 / count. */
export const equalSplit = (p: DraftPosition): DraftPosition => ({ ...p, weights: null });

/** Ticks or unticks a KPI; with typed shares, a new KPI starts at 0 so the others keep theirs. */
export function toggleKpi(p: DraftPosition, kpi: string): DraftPosition {
  if (p.kpis.includes(kpi)) {
    const weights = p.weights === null ? null : { ...p.weights };
    if (weights) delete weights[kpi];
    return { ...p, kpis: p.kpis.filter((k) => k !== kpi), weights };
  }
  return { ...p, kpis: [...p.kpis, kpi], weights: p.weights === null ? null : { ...p.weights, [kpi]: '0' } };
}

/** Saved positions as the page's draft: typed shares shown in percent. */
export function fromSaved(positions: readonly SavedPosition[], lang: Lang): DraftPosition[] {
  return positions.map((p) => ({
    key: p.id,
    name: p.name,
    kpis: Array.isArray(p.kpis) ? [...p.kpis] : Object.keys(p.kpis),
    weights: Array.isArray(p.kpis)
      ? null
      : Object.fromEntries(Object.entries(p.kpis).map(([k, w]) => [k, showPct(w * 100, lang)])),
    ...(p.bonus === undefined ? {} : { bonus: p.bonus }),
  }));
}

/**
 * Checks the draft as the server will (every share a number, each position's shares making
 * 100 %, every position with a KPI); with no problems, the positions to PUT.
 */
export function checkDesign(
  positions: readonly DraftPosition[],
  /** The name of a position left blank, by its place (1-based): «Должность 2», never the key `p2`. */
  unnamed: (n: number, p: DraftPosition) => string = (_n, p) => p.key,
): {
  positions: SavedPosition[] | null;
  problems: DesignProblem[];
} {
  const problems: DesignProblem[] = [];
  if (positions.length === 0) problems.push({ kind: 'none' });
  const nameOf = (p: DraftPosition, i: number) => p.name.trim() || unnamed(i + 1, p);
  for (const [i, p] of positions.entries()) {
    const name = nameOf(p, i);
    if (p.kpis.length === 0) {
      problems.push({ kind: 'empty', key: p.key, name });
      continue;
    }
    if (p.weights === null) continue;
    const bad = p.kpis.find((k) => {
      const v = parseTyped(p.weights![k] ?? '');
      return v !== null && (Number.isNaN(v) || v < 0);
    });
    if (bad) problems.push({ kind: 'number', key: p.key, name, kpi: bad });
    else {
      const sum = sumPct(p);
      if (Math.abs(sum - 100) > EPS_PCT) problems.push({ kind: 'sum', key: p.key, name, sum });
    }
  }
  if (problems.length > 0) return { positions: null, problems };
  return {
    positions: positions.map((p, i) => ({
      id: p.key,
      name: nameOf(p, i),
      kpis: p.weights === null ? [...p.kpis] : sharesOf(p),
      ...(p.bonus === undefined ? {} : { bonus: p.bonus }),
    })),
    problems,
  };
}

/** A key for a new position that no position has. */
export function newPositionKey(positions: readonly DraftPosition[]): string {
  const taken = new Set(positions.map((p) => p.key));
  let n = positions.length + 1;
  while (taken.has(`p${n}`)) n++;
  return `p${n}`;
}
