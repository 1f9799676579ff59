import { UserError } from '../../../i18n/user-error.ts';
import { allocate } from '../../money/allocate.ts';
import { chain } from './chain.ts';
import { lmdi } from './lmdi.ts';
import type {
  Attribution,
  AttributionInput,
  AttributionMethod,
  AttributionResult,
  AttributionStrategy,
} from './types.ts';

export type {
  Attribution,
  AttributionFailure,
  AttributionInput,
  AttributionMethod,
  AttributionResult,
} from './types.ts';
export { chain } from './chain.ts';
export { lmdi } from './lmdi.ts';
export { logMean } from './log-mean.ts';

const STRATEGIES: Record<AttributionMethod, AttributionStrategy> = { lmdi, chain };

/** Attribution method names, default first. */
export const ATTRIBUTION_METHODS = Object.keys(STRATEGIES) as AttributionMethod[];

/** Resolves a method by name; an unknown name is an error listing the valid ones. */
export function attributionStrategy(method: string): AttributionStrategy {
  if (!Object.hasOwn(STRATEGIES, method)) {
    throw new UserError({
      en: `invalid attribution method "${method}": use ${ATTRIBUTION_METHODS.join(' or ')}`,
      ru: `неизвестный метод атрибуции «${method}»: укажите ${ATTRIBUTION_METHODS.join(' или ')}`,
    });
  }
  return STRATEGIES[method as AttributionMethod];
}

/** Options of attribute(). */
export interface AttributeOptions {
  /** Strategy name; LMDI by default (order-independent, no residual). */
  method?: string;
  /** When LMDI meets a zero or negative value, use chain substitution and say so in `note`. Default true. */
  fallback?: boolean;
}

/** Splits the change of a node between two periods among its levers. */
export function attribute(input: AttributionInput, options: AttributeOptions = {}): Attribution {
  const method = options.method ?? 'lmdi';
  const result = attributionStrategy(method)(input);
  if (result.ok || result.reason !== 'non-positive' || options.fallback === false) return result;
  const fallback = chain(input);
  return fallback.ok ? { ...fallback, note: `${result.message}; chain substitution used instead` } : fallback;
}

/** Contributions rounded to kopecks so they sum exactly to the change rounded to kopecks. */
export function roundContributions(result: AttributionResult): Record<string, number> {
  return allocate(result.contributions, result.change);
}
