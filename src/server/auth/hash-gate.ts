/**
 * Bounds how many password checks run at once. argon2id takes 64 MB and a few hundred
 * milliseconds of libuv's small shared thread pool per check — the pool that also reads the
 * workbench's files — so 16 parallel sign-ins made a page take 19 s. At most `running` checks
 * run; up to `waiting` more queue for a slot; beyond that a try is refused at once and the caller
 * answers "busy, retry shortly" rather than queueing without bound.
 */
export interface HashGate {
  /** Runs `check` when a slot is free; `{ busy: true }` at once when the queue is full. */
  run<T>(check: () => Promise<T>): Promise<{ busy: false; value: T } | { busy: true }>;
}

/** Two checks at once leave the rest of the thread pool (four threads by default) to everything else. */
export const HASH_GATE = { running: 2, waiting: 8 };

export function hashGate(limits = HASH_GATE): HashGate {
  let running = 0;
  const queue: Array<() => void> = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(check) {
      if (running >= limits.running) {
        if (queue.length >= limits.waiting) return { busy: true };
        // The slot is handed over by `release`, so `running` stays counted while it passes.
        await new Promise<void>((resolve) => queue.push(resolve));
      } else running++;
      try {
        return { busy: false, value: await check() };
      } finally {
        release();
      }
    },
  };
}
