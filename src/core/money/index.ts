export { allocate, allocateKopecks } from './allocate.ts';
export { roundMoney, toKopecks } from './round.ts';
