import { createContext, useContext, type ReactNode } from 'react';
import { api } from '../api/client.ts';
import type { FormulaTree, Meta } from '../api/types.ts';
import { useAsync, type AsyncState } from './use-async.ts';

const MetaContext = createContext<AsyncState<Meta> | null>(null);

/** Loads /api/meta once per sign-in: models with their trees, dimensions, the data's range. */
export function MetaProvider({ children }: { children: ReactNode }) {
  const state = useAsync((signal) => api('GET /api/meta', { signal }), []);
  return <MetaContext.Provider value={state}>{children}</MetaContext.Provider>;
}

export function useMeta(): AsyncState<Meta> {
  const ctx = useContext(MetaContext);
  if (!ctx) throw new Error('useMeta outside MetaProvider');
  return ctx;
}

/** The tree of a model id, or the first model's when the id is unknown (a stale saved default). */
export function treeOf(meta: Meta, model: string): FormulaTree | null {
  return (meta.models.find((m) => m.id === model) ?? meta.models[0])?.tree ?? null;
}

/** A period given as a string or as `{ label }`, as a `from..to` string. */
export function periodText(p: string | { label: string } | undefined | null): string {
  if (!p) return '';
  return typeof p === 'string' ? p : p.label;
}
