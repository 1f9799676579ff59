/** The product funnel: what customers buy first, second, third. Pure. */
export {
  shapeFunnel,
  type Funnel,
  type FunnelCell,
  type FunnelStep,
  type FunnelTransition,
  type FunnelValue,
} from './funnel.ts';
export { groupFunnelTail, type FunnelOther, type GroupedCells } from './tail.ts';
