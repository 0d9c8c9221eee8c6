/**
 * IP truncation, done before anything is stored: IPv4 keeps its /24 network (the last octet becomes
 * 0), IPv6 its /48 (the first three groups). An IPv4-mapped IPv6 address is treated as IPv4.
 */
import { isIPv4, isIPv6 } from 'node:net';

export function truncateIp(ip: string | undefined | null): string | null {
  if (!ip) return null;
  const a = parseIp(ip.trim());
  if (a.v4 !== undefined) {
    const p = a.v4.split('.');
    return `${p[0]}.${p[1]}.${p[2]}.0/24`;
  }
  return a.v6 ? ipv6Prefix(a.v6, 3) : null;
}

/**
 * What one client is, for rate limits: an IPv4 address as it is, an IPv6 address by its /64 (one
 * customer's network: a host can pick any address in it, so limits per address would not hold).
 */
export function rateLimitClient(ip: string): string {
  if (!ip.includes(':')) return ip;
  const a = parseIp(ip);
  return a.v4 ?? (a.v6 ? ipv6Prefix(a.v6, 4) : ip);
}

/** An address as IPv4 (an IPv4-mapped IPv6 address counts as IPv4) or as the groups of an IPv6 address (zone dropped). */
function parseIp(ip: string): { v4?: string; v6?: string[] } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const a = mapped ? mapped[1] : ip;
  if (isIPv4(a)) return { v4: a };
  const zone = a.indexOf('%');
  const b = zone >= 0 ? a.slice(0, zone) : a;
  return isIPv6(b) ? { v6: expandIpv6(b) } : {};
}

/** The first `groups` groups of an IPv6 address as a network, e.g. `2001:db8:0::/48`. */
function ipv6Prefix(v6: string[], groups: number): string {
  return `${v6.slice(0, groups).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/${groups * 16}`;
}

/** The eight 16-bit groups of an IPv6 address, as hex without leading zeros trimmed. */
function expandIpv6(a: string): string[] {
  let s = a.toLowerCase();
  // A trailing dotted IPv4 part (::ffff:1.2.3.4 forms not caught above, 64:ff9b::1.2.3.4) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const o = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + `${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':') : [];
  if (tail === undefined) return h;
  const t = tail ? tail.split(':') : [];
  return [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
}
