import { useEffect, useState } from 'react';

/**
 * The address's hash, split at `/` and `?`: part `index` when it is one of `names`, else
 * `fallback` (`#/customers/cohorts` → part 0 `customers`, part 1 `cohorts`).
 */
export function hashPart<T extends string>(hash: string, index: number, names: readonly T[], fallback: T): T {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[index];
  return (names as readonly string[]).includes(name ?? '') ? (name as T) : fallback;
}

/**
 * One part of the hash, followed as it changes: hash routing needs no server rewrite rules, and a
 * link or the back button lands on the page (part 0) or the page's section (part 1).
 */
export function useHashPart<T extends string>(index: number, names: readonly T[], fallback: T): T {
  const [part, setPart] = useState<T>(() => hashPart(location.hash, index, names, fallback));
  useEffect(() => {
    const on = () => setPart(hashPart(location.hash, index, names, fallback));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, [index, names, fallback]);
  return part;
}
