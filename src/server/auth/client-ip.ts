import type { Context } from 'hono';

/**
 * The caller's address from the socket (@hono/node-server puts the Node request in `env`).
 * Forwarded headers are ignored: anyone can send them, and login limits key on this.
 */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
