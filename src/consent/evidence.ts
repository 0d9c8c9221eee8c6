/**
 * Evidence recorded with a consent event, derived by the server from the request itself (never taken
 * from the caller): the truncated client address and the browser family. Neither identifies a person.
 */
import { truncateIp } from '../telemetry/ip.js';
import { parseUserAgent } from '../telemetry/user-agent.js';

export function evidenceOf(ip: string | undefined, userAgent: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = truncateIp(ip);
  if (prefix) out.ip = prefix;
  if (userAgent) out.browser = parseUserAgent(userAgent).browser;
  return out;
}
