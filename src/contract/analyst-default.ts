/**
 * Fulcrum's default analyst plan, the one rule the analyst's plan editor starts from. The rule is
 * core's; the contract lends it to the browser (which imports no core) in a module of its own, so
 * no zod comes with it — as stand-ins.ts does.
 */
export { defaultAnalystPlan } from '../core/kpi/analyst-default.ts';
