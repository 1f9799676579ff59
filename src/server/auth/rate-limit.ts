/**
 * Sign-in tries counted in sliding windows, in memory: a restart forgets them, which costs an
 * attacker nothing they could not get by waiting 15 minutes. Two counts: per login and address
 * (guessing one account's password) and per address across every login (spraying one common
 * password over many accounts, which the first count never sees). The clock is injected so tests
 * can step past the window.
 */
export interface LoginLimits {
  /** Failures of one login from one address. */
  perLogin: number;
  /** Failures from one address, whatever the login. */
  perAddress: number;
  windowMs: number;
}

export const LOGIN_LIMITS: LoginLimits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };

export interface LoginLimiter {
  /**
   * Counts a try before its password is checked and returns 0, or returns the seconds to wait
   * (for Retry-After) without counting it. Counting first means a burst of parallel tries is
   * held to the limit while the first of them are still hashing.
   */
  begin(login: string, address: string): number;
  /** The try was right: it does not count, and this login's failures from this address are forgiven. */
  succeed(login: string, address: string): void;
  /** The try never ran (the server was busy): it does not count. */
  undo(login: string, address: string): void;
}

/** Above this many keys, expired ones are swept on the next try, so a scan of addresses cannot grow it forever. */
const SWEEP_AT = 10_000;

export function loginLimiter(clock: () => Date, limits: LoginLimits = LOGIN_LIMITS): LoginLimiter {
  const tries = new Map<string, number[]>();
  const loginKey = (login: string, address: string): string => `${login.toLowerCase()}\u0000${address}`;
  const addressKey = (address: string): string => `\u0000${address}`;
  const recent = (k: string, now: number): number[] => {
    const kept = (tries.get(k) ?? []).filter((t) => now - t < limits.windowMs);
    if (kept.length) tries.set(k, kept);
    else tries.delete(k);
    return kept;
  };
  /** Seconds until fewer than `max` tries are left in the window; 0 when there are already. */
  const wait = (k: string, max: number, now: number): number => {
    const kept = recent(k, now);
    if (kept.length < max) return 0;
    const freeing = kept[kept.length - max]!;
    return Math.max(1, Math.ceil((freeing + limits.windowMs - now) / 1000));
  };
  const dropNewest = (k: string): void => {
    const kept = tries.get(k);
    kept?.pop();
    if (kept && !kept.length) tries.delete(k);
  };
  const sweep = (now: number): void => {
    if (tries.size < SWEEP_AT) return;
    for (const k of [...tries.keys()]) recent(k, now);
  };
  return {
    begin(login, address) {
      const now = clock().getTime();
      sweep(now);
      const a = addressKey(address);
      const l = loginKey(login, address);
      const seconds = Math.max(wait(a, limits.perAddress, now), wait(l, limits.perLogin, now));
      if (seconds > 0) return seconds;
      tries.set(a, [...recent(a, now), now]);
      tries.set(l, [...recent(l, now), now]);
      return 0;
    },
    succeed(login, address) {
      tries.delete(loginKey(login, address));
      // The address keeps its failures: people in one office sign in behind one address all day,
      // but a sprayer holding one good password must not wipe the count with it.
      dropNewest(addressKey(address));
    },
    undo(login, address) {
      dropNewest(loginKey(login, address));
      dropNewest(addressKey(address));
    },
  };
}
