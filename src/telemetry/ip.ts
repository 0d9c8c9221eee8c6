/**
 * IP truncation, done before anything is stored: IPv4 keeps its /24 network (the last octet becomes
 * 0), IPv6 its /48 (the first three groups). An IPv4-mapped IPv6 address is treated as IPv4.
 */
import { isIPv4, isIPv6 } from 'node:net';

export function truncateIp(ip: string | undefined | null): string | null {
  if (!ip) return null;
  let a = ip.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1];
  if (isIPv4(a)) {
    const p = a.split('.');
    return `${p[0]}.${p[1]}.${p[2]}.0/24`;
  }
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  if (isIPv6(a)) {
    const groups = expandIpv6(a);
    return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/48`;
  }
  return null;
}

/**
 * What one client is, for rate limits: an IPv4 address as it is, an IPv6 address by its /64 (one
 * customer's network: a host can pick any address in it, so limits per address would not hold).
 */
export function rateLimitClient(ip: string): string {
  if (!ip.includes(':')) return ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  const zone = ip.indexOf('%');
  const a = zone >= 0 ? ip.slice(0, zone) : ip;
  if (!isIPv6(a)) return ip;
  return `${expandIpv6(a).slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
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
