import { EngineError } from '../engine-error.ts';

/**
 * DuckDB lets one process write a file, or many read it, never both (its file lock). A second
 * process opening a held file fails at once with "Could not set lock on file …: Conflicting lock
 * is held in … (PID n)". Waiting for the holder to let go turns that refusal into a short queue
 * between `fulcrum serve` and the CLI (docs/architecture.md, "One warehouse, two processes").
 */

/** The pid holding the file when `e` is DuckDB's lock refusal (null if it names none); undefined otherwise. */
export function lockHolder(e: unknown): number | null | undefined {
  let err: unknown = e;
  // The driver wraps the engine's error (engine-error.ts); its own words are the message.
  if (err instanceof EngineError && !/Could not set lock/i.test(err.message)) err = err.cause;
  const text = err instanceof Error ? err.message : String(err);
  if (!/Could not set lock on file/i.test(text)) return undefined;
  const pid = /\(PID (\d+)\)/i.exec(text);
  return pid ? Number(pid[1]) : null;
}

/** How long to wait for a held warehouse, and what to do while waiting. */
export interface LockWait {
  /** Give up after this long (ms); 0 tries once. */
  waitMs: number;
  /** Called once, when still refused after `tellAfterMs`, with the holder's pid (to say "waiting for …"). */
  onWait?: (holder: number | null) => void;
  /** A hand-over this short goes unsaid (a server lets go of an idle file within a second). */
  tellAfterMs?: number;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Opens with `open`, retrying while another process holds the file's lock: every 50 ms at
 * first, backing off to 250 ms, for at most `waitMs`. Anything but a lock refusal is thrown at
 * once; the last refusal is thrown when the time is up.
 */
export async function openWhenFree<T>(open: () => Promise<T>, wait: LockWait): Promise<T> {
  const sleep = wait.sleep ?? pause;
  const now = wait.now ?? Date.now;
  const start = now();
  const until = start + wait.waitMs;
  let delay = 50;
  let told = false;
  for (;;) {
    try {
      return await open();
    } catch (e) {
      const holder = lockHolder(e);
      if (holder === undefined || now() >= until) throw e;
      if (!told && now() - start >= (wait.tellAfterMs ?? 0)) {
        wait.onWait?.(holder);
        told = true;
      }
      await sleep(Math.min(delay, Math.max(0, until - now())));
      delay = Math.min(delay * 2, 250);
    }
  }
}
