/**
 * Failed sign-ins per login and address in a sliding window, in memory: a restart forgets them,
 * which costs an attacker nothing they could not get by waiting 15 minutes. The clock is injected
 * so tests can step past the window.
 */
export interface LoginLimiter {
  /** True when this login from this address may try again now. */
  allowed(login: string, ip: string): boolean;
  /** Seconds until the oldest failure leaves the window (for Retry-After). */
  retryAfter(login: string, ip: string): number;
  fail(login: string, ip: string): void;
  succeed(login: string, ip: string): void;
}

export function loginLimiter(clock: () => Date, max = 5, windowMs = 15 * 60_000): LoginLimiter {
  const failures = new Map<string, number[]>();
  const key = (login: string, ip: string): string => `${login.toLowerCase()}\u0000${ip}`;
  const recent = (k: string): number[] => {
    const now = clock().getTime();
    const kept = (failures.get(k) ?? []).filter((t) => now - t < windowMs);
    if (kept.length) failures.set(k, kept);
    else failures.delete(k);
    return kept;
  };
  return {
    allowed: (login, ip) => recent(key(login, ip)).length < max,
    retryAfter(login, ip) {
      const first = recent(key(login, ip))[0];
      return first === undefined ? 0 : Math.ceil((first + windowMs - clock().getTime()) / 1000);
    },
    fail(login, ip) {
      const k = key(login, ip);
      failures.set(k, [...recent(k), clock().getTime()]);
    },
    succeed: (login, ip) => void failures.delete(key(login, ip)),
  };
}
