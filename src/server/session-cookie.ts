/**
 * The session cookies (the privacy center's, the admin console's). Over HTTPS, or behind a TLS proxy with
 * CUSTOS_SECURE_COOKIES, a cookie is named `__Host-<name>`: the browser keeps such a cookie only if it is
 * Secure, has Path=/ and no Domain, so neither another host of the site (a sibling subdomain) nor a plain
 * HTTP answer can plant one that would be sent here (cookie tossing, which kept a victim signed in to the
 * attacker's session). Without HTTPS the plain name is used. Either way, a request carrying two different
 * values of the cookie (one planted with another path) is taken as carrying none: it is signed out, never
 * signed in as whoever planted it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Custos } from '../custos.js';

/** Whether the request came over HTTPS, or the operator says the site is served over HTTPS. */
export function isSecure(req: FastifyRequest, custos: Custos): boolean {
  return req.protocol === 'https' || custos.info.secureCookies === true;
}

const nameOf = (base: string, secure: boolean) => (secure ? `__Host-${base}` : base);

/** The cookie's one value in the request; none when it is missing or given twice with different values. */
export function readCookie(req: FastifyRequest, custos: Custos, base: string): string | undefined {
  const name = nameOf(base, isSecure(req, custos));
  let found: string | undefined;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    if (found !== undefined && found !== value) return undefined;
    found = value;
  }
  return found;
}

/** Sets (or, with `maxAge` 0, clears) the cookie: HttpOnly, SameSite=Strict; over HTTPS `__Host-`, Secure, Path=/. */
export function setCookie(req: FastifyRequest, reply: FastifyReply, custos: Custos, base: string, value: string, opts: { path: string; maxAge: number }): void {
  const secure = isSecure(req, custos);
  reply.header('set-cookie', `${nameOf(base, secure)}=${value}; Path=${secure ? '/' : opts.path}; HttpOnly; SameSite=Strict; Max-Age=${opts.maxAge}${secure ? '; Secure' : ''}`);
}
