import { completion } from './completion.ts';
import type { Direction, Maybe } from './types.ts';

/** METHODOLOGY §3: pays min(completion, cap), and nothing when completion is under the floor. */
export interface CorridorRule {
  rule: 'corridor';
  floor: number;
  cap: number;
}

/**
 * Fulcrum rule for an agreement-on-goals matrix: 0 below base, linear base → norm (0 → 100%),
 * linear norm → target (100% → cap), flat above target. Values are in the KPI's own unit; for a
 * lower-is-better KPI base > norm > target.
 */
export interface CurveRule {
  rule: 'base-norm-target';
  base: number;
  norm: number;
  target: number;
  cap: number;
}

export type PayoutRule = CorridorRule | CurveRule;
export type PayoutRuleName = PayoutRule['rule'];

/** Completion as reported and completion as paid (null when a fact or plan is missing). */
export interface Payout {
  completion: Maybe;
  paid: Maybe;
}

type Strategy<R extends PayoutRule> = (rule: R, plan: Maybe, fact: Maybe, direction: Direction) => Payout;

function corridor(rule: CorridorRule, plan: Maybe, fact: Maybe, direction: Direction): Payout {
  const c = completion(plan, fact, direction);
  if (c === null) return { completion: null, paid: null };
  return { completion: c, paid: c < rule.floor ? 0 : Math.min(c, rule.cap) };
}

function curve(rule: CurveRule, _plan: Maybe, fact: Maybe, direction: Direction): Payout {
  const c = completion(rule.norm, fact, direction);
  if (fact === null) return { completion: null, paid: null };
  // Flip a lower-is-better scale so "further right is better" holds for both directions.
  const s = (x: number): number => (direction === 'higher' ? x : -x);
  const [f, b, n, t] = [s(fact), s(rule.base), s(rule.norm), s(rule.target)];
  let paid: number;
  if (f < b) paid = 0;
  else if (f < n) paid = (f - b) / (n - b);
  else if (f < t) paid = 1 + ((rule.cap - 1) * (f - n)) / (t - n);
  else paid = rule.cap;
  return { completion: c, paid };
}

const STRATEGIES: { [K in PayoutRuleName]: Strategy<Extract<PayoutRule, { rule: K }>> } = {
  corridor,
  'base-norm-target': curve,
};

/** Names of the payout rules, for help texts and errors. */
export const PAYOUT_RULES = Object.keys(STRATEGIES) as PayoutRuleName[];

/** Applies a rule to a plan and a fact. */
export function pay(rule: PayoutRule, plan: Maybe, fact: Maybe, direction: Direction): Payout {
  return (STRATEGIES[rule.rule] as Strategy<PayoutRule>)(rule, plan, fact, direction);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Resolves a rule given as data (a plan file, the store, a CLI flag): an unknown name or bounds in
 * the wrong order are errors naming what to fix, never a silent default.
 */
export function resolvePayoutRule(
  spec: { rule: string } & Record<string, unknown>,
  direction: Direction = 'higher',
): PayoutRule {
  const need = (k: string): number => {
    const v = spec[k];
    if (!isNum(v)) throw new Error(`payout rule "${spec.rule}" needs a number "${k}"`);
    return v;
  };
  switch (spec.rule) {
    case 'corridor': {
      const r: CorridorRule = { rule: 'corridor', floor: need('floor'), cap: need('cap') };
      if (r.floor < 0 || r.floor > r.cap)
        throw new Error(`corridor ${r.floor}–${r.cap}: need 0 ≤ floor ≤ cap`);
      return r;
    }
    case 'base-norm-target': {
      const r: CurveRule = {
        rule: spec.rule,
        base: need('base'),
        norm: need('norm'),
        target: need('target'),
        cap: need('cap'),
      };
      const s = direction === 'higher' ? 1 : -1;
      if (!(s * r.base < s * r.norm && s * r.norm <= s * r.target) || r.cap < 1)
        throw new Error(
          `base ${r.base}, norm ${r.norm}, target ${r.target}: need base < norm ≤ target` +
            `${direction === 'lower' ? ' on the reversed scale (lower is better)' : ''} and cap ≥ 1`,
        );
      return r;
    }
    default:
      throw new Error(`unknown payout rule "${spec.rule}": use ${PAYOUT_RULES.join(', ')}`);
  }
}
