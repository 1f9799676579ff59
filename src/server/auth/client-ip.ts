import type { Context } from 'hono';
import { isIPv6 } from 'node:net';

/**
 * The caller's address. It is the socket's (@hono/node-server puts the Node request in `env`)
 * unless that socket is one of `trustedProxies`: then the proxy's `X-Forwarded-For` is read from
 * the right, skipping further trusted proxies, and the first other address is the caller. Anyone
 * can send the header, so it is believed only from a proxy the operator named (`--trust-proxy`);
 * login limits key on this.
 */
export function clientIp(c: Context, trustedProxies: readonly string[] = []): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress ?? 'local';
  if (!trustedProxies.length || !trustedProxies.includes(plain(socket))) return socket;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trustedProxies.includes(plain(hops[i]!))) return hops[i]!;
  }
  return socket;
}

/** An IPv4 address as Node reports it on a dual-stack socket (`::ffff:10.0.0.1`) made plain. */
const plain = (ip: string): string => ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function groups(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

/**
 * The key a per-address limit counts under: an IPv4 address, or an IPv6 address's /64 network —
 * one subscriber usually holds a whole /64, so counting single IPv6 addresses would let them
 * change address for every try.
 */
export function addressKey(ip: string): string {
  const v4 = plain(ip);
  if (!isIPv6(v4)) return v4;
  const net = groups(v4.replace(/%.*$/, ''))
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16));
  return `${net.join(':')}::/64`;
}
