/**
 * Runs tasks one at a time, in call order. Imports go through one: the DuckDB driver shares one
 * connection, so two imports' write transactions would nest and fail.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
