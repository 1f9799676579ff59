import { createContext, useContext, useState, type ReactNode } from 'react';

/** What every analysis page is asked about; shared so the period survives moving between pages. */
export interface AnalysisParams {
  model: string;
  /** `2025-11..2026-10`; '' → the API's default (last 12 complete months). */
  period: string;
  compare: string;
  /** `dim=v1,v2` entries, sent as repeated `filter` parameters. */
  filters: string[];
  by: string;
}

interface Ctx {
  params: AnalysisParams;
  set: (patch: Partial<AnalysisParams>) => void;
}

const ParamsContext = createContext<Ctx | null>(null);

const MODEL_KEY = 'fulcrum.model';

/** The saved default formula preset (Settings). */
export function loadDefaultModel(): string {
  try {
    return localStorage.getItem(MODEL_KEY) ?? 'profit';
  } catch {
    return 'profit';
  }
}

/** Remembers the default preset. */
export function saveDefaultModel(id: string): void {
  try {
    localStorage.setItem(MODEL_KEY, id);
  } catch {
    // Not persisted; still used for this visit.
  }
}

export function AnalysisParamsProvider({ children }: { children: ReactNode }) {
  const [params, setParams] = useState<AnalysisParams>(() => ({
    model: loadDefaultModel(),
    period: '',
    compare: '',
    filters: [],
    by: '',
  }));
  const set = (patch: Partial<AnalysisParams>) => setParams((p) => ({ ...p, ...patch }));
  return <ParamsContext.Provider value={{ params, set }}>{children}</ParamsContext.Provider>;
}

/** The shared model, period, filters and slice. */
export function useAnalysisParams(): Ctx {
  const ctx = useContext(ParamsContext);
  if (!ctx) throw new Error('useAnalysisParams outside AnalysisParamsProvider');
  return ctx;
}
