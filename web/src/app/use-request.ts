import { useState } from 'react';

/**
 * An editor's request state — in flight, failed (the error to show), saved — with `run` doing
 * the bookkeeping every save and delete repeated: clear the error, mark busy, keep a failure.
 * `done` marks the draft saved; editing calls `setSaved(false)` again.
 */
export function useRequest() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const run = async (work: () => Promise<void>, done = true): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      if (done) setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, saved, setSaved, setError, run };
}
