/**
 * How a Coverage's `standIns` apply to a formula tree: the lever table, the attribution and the
 * workbench's tree all show the tree the numbers were computed on. The rule is core's; the contract
 * lends it to the browser (which imports no core) in a module of its own, so no zod comes with it.
 */
export { withStandIns } from '../core/formula/stand-ins.ts';
