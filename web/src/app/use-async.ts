import { useCallback, useEffect, useState, type DependencyList } from 'react';

/** What a page renders while a request runs: data, the error, or the loading state. */
export interface AsyncState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a request when its inputs change and aborts the one in flight, so a slow answer for an
 * old period never overwrites the answer for the period on screen.
 */
export function useAsync<T>(
  run: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
): AsyncState<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: run !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!run) {
      // The effect follows a request's life (start, answer, abort); its state is that life.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    run(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ data, error: null, loading: false }),
      (error: unknown) => !ctl.signal.aborted && setState({ data: null, error, loading: false }),
    );
    return () => ctl.abort();
    // The caller's deps decide when to run again; `run` itself is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
