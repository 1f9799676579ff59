import type { Direction, PayoutRule } from '../../core/kpi/index.ts';

/**
 * Excel formula text for a motivation sheet's live cells. Only IF, MIN, OR, SUM, COUNT and ROUND
 * are used — functions every spreadsheet (Excel, LibreOffice, Google Sheets) evaluates the same
 * way — and ROUND(…, 2) is half away from zero like Fulcrum's kopeck rounding.
 */

/** Cell addresses one line's formulas refer to. */
export interface LineCells {
  plan: string;
  fact: string;
  completion: string;
  floor: string;
  cap: string;
  paid: string;
  weight: string;
  share: string;
  bonus: string;
}

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** fact / plan (plan / fact when lower is better); empty while the fact is missing. */
export function completionFormula(c: LineCells, direction: Direction): string {
  const [num, den] = direction === 'higher' ? [c.fact, c.plan] : [c.plan, c.fact];
  return `IF(OR(${c.fact}="",${c.plan}="",${den}=0),"",${num}/${den})`;
}

/** Paid completion: the corridor reads its floor and cap cells; the curve inlines its bounds. */
export function paidFormula(c: LineCells, rule: PayoutRule, direction: Direction): string {
  if (rule.rule === 'corridor')
    return `IF(${c.completion}="","",IF(${c.completion}<${c.floor},0,MIN(${c.completion},${c.cap})))`;
  const s = direction === 'higher' ? 1 : -1;
  const f = s === 1 ? c.fact : `(-${c.fact})`;
  const [b, n, t] = [rule.base * s, rule.norm * s, rule.target * s];
  return (
    `IF(${c.fact}="","",IF(${f}<${b},0,IF(${f}<${n},(${f}-(${b}))/(${n - b}),` +
    `IF(${f}<${t},1+${rule.cap - 1}*(${f}-(${n}))/(${t - n}),${rule.cap}))))`
  );
}

/** Amount: ROUND(paid × weight × part share × bonus, 2), empty while paid is. */
export const amountFormula = (c: LineCells): string =>
  `IF(${c.paid}="","",ROUND(${c.paid}*${c.weight}*${c.share}*${c.bonus},2))`;

/** A part's subtotal: the sum of its amounts, or "no data" while any fact of the part is missing. */
export function subtotalFormula(facts: string, amounts: string, count: number, noData: string): string {
  if (count === 0) return '0';
  return `IF(COUNT(${facts})<${count},${q(noData)},SUM(${amounts}))`;
}

/** The quality coefficient: min(accepted share fact / plan, cap), no lower bound. */
export const qualityFormula = (plan: string, fact: string, cap: string, noData: string): string =>
  `IF(OR(${fact}="",${plan}=0),${q(noData)},MIN(${fact}/${plan},${cap}))`;

/** A part's amount: subtotal × coefficient rounded to kopecks. */
export const partAmountFormula = (sub: string, coef: string, noData: string): string =>
  `IF(OR(${sub}=${q(noData)},${coef}=${q(noData)}),${q(noData)},ROUND(${sub}*${coef},2))`;

/** The total: the sum of the part amounts, "no data" while any part is. */
export function totalFormula(parts: readonly string[], noData: string): string {
  return `IF(OR(${parts.map((p) => `${p}=${q(noData)}`).join(',')}),${q(noData)},ROUND(${parts.join('+')},2))`;
}
