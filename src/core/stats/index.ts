/** Statistics the domains share: the type-7 quantile. */
export { quantile7, quantileSorted, type7 } from './quantile.ts';
