/**
 * The admin console's session: sign in (with the admin password, or with an API key given once), look at
 * the session, sign out. The session cookie (`custos_admin`, HttpOnly, SameSite=Strict, Path=/v1) then
 * stands in for an API key on the staff routes (see `adminSessionActor`): in the role the password was
 * set for, or as the key it was opened with, so that the console never keeps a key where page scripts
 * can read it. Requests that change state must carry the session's CSRF token in the `x-custos-csrf` header.
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearer, defineRoute } from '../route.js';
import type { Custos } from '../../custos.js';
import type { Actor } from '../../access/keys.js';
import { AdminPassword, ADMIN_SESSION_TTL_SECONDS, type AdminSession, type AdminSessionState } from '../../access/admin-password.js';
import { CustosError } from '../../errors.js';
import { rateLimitClient } from '../../telemetry/ip.js';
import { readCookie, setCookie } from '../session-cookie.js';

export const ADMIN_COOKIE = 'custos_admin';
export const CSRF_HEADER = 'x-custos-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The admin session cookie: the console's session (see session-cookie.ts). */
const setAdminCookie = (custos: Custos, req: FastifyRequest, reply: FastifyReply, value: string, maxAge: number) => {
  setCookie(req, reply, custos, ADMIN_COOKIE, value, { path: '/v1', maxAge });
  reply.header('cache-control', 'no-store');
};

const csrfMissing = () =>
  new CustosError('CUSTOS_FORBIDDEN', `a signed-in console request that changes something must carry the ${CSRF_HEADER} header`, [
    { field: CSRF_HEADER, rule: 'csrf_token', message: 'missing or wrong CSRF token: reload the console' },
  ]);

/**
 * The actor an admin session cookie stands for on a staff route, or null when there is no valid
 * session. A state-changing request with a valid session but without the right CSRF header is refused.
 */
export async function adminSessionActor(custos: Custos, req: FastifyRequest): Promise<Actor | null> {
  const token = readCookie(req, custos, ADMIN_COOKIE);
  if (!token) return null;
  const s = await custos.admin.session(token);
  if (!s) return null;
  if (!SAFE_METHODS.has(req.method) && !AdminPassword.csrfMatches(s.csrf, req.headers[CSRF_HEADER])) throw csrfMissing();
  return s.actor;
}

const sessionView = z.object({
  role: z.string(),
  expiresAt: z.string(),
  csrf: z.string().describe(`send back in the ${CSRF_HEADER} header on requests that change something`),
  via: z.enum(['password', 'api_key']).describe('how the session was opened'),
  keyId: z.string().optional().describe('the API key the session acts as (via api_key)'),
  name: z.string().optional().describe("that key's name"),
});

const viewOf = (s: Pick<AdminSessionState, 'actor' | 'via' | 'csrf' | 'expiresAt'>) => ({
  role: s.actor.role,
  expiresAt: s.expiresAt,
  csrf: s.csrf,
  via: s.via,
  ...(s.via === 'api_key' ? { keyId: s.actor.keyId, ...(s.actor.name !== undefined ? { name: s.actor.name } : {}) } : {}),
});

export const adminRoutes = [
  defineRoute({
    method: 'POST',
    url: '/v1/admin/session',
    tag: 'admin console',
    summary: 'Sign in to the admin console with the admin password (set with `custos admin set-password`); sets an HttpOnly session cookie',
    auth: 'public',
    rateLimit: 5,
    body: z.strictObject({ password: z.string().min(1).max(1024) }),
    response: sessionView,
    handler: async ({ custos, body, req, reply }) => {
      const s = await custos.admin.signIn(body.password, rateLimitClient(req.ip));
      setAdminCookie(custos, req, reply, s.token, ADMIN_SESSION_TTL_SECONDS);
      return { role: s.role, expiresAt: s.expiresAt, csrf: s.csrf, via: 'password' };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/admin/key-session',
    tag: 'admin console',
    summary:
      'Sign in to the admin console with an API key, given once in `Authorization: Bearer ck_...` (no body): sets the same HttpOnly session cookie as the password sign-in, which then acts as that key (its key id and role) until it expires, is signed out, or the key is revoked; the console keeps no key',
    auth: 'public',
    rateLimit: 5,
    response: sessionView,
    handler: async ({ custos, req, reply }) => {
      let s: AdminSession & { actor: Actor };
      try {
        s = await custos.admin.signInWithKey(bearer(req));
      } catch (e) {
        if (e instanceof CustosError && e.code === 'CUSTOS_UNAUTHENTICATED') reply.header('www-authenticate', 'Bearer');
        throw e;
      }
      setAdminCookie(custos, req, reply, s.token, ADMIN_SESSION_TTL_SECONDS);
      return viewOf({ ...s, via: 'api_key' });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/admin/session',
    tag: 'admin console',
    summary: 'The current console session (role, expiry, CSRF token, how it was opened and, for a key session, the key), or 401',
    auth: 'public',
    rateLimit: 120,
    response: sessionView,
    handler: async ({ custos, req, reply }) => {
      const s = await custos.admin.session(readCookie(req, custos, ADMIN_COOKIE));
      reply.header('cache-control', 'no-store');
      if (!s) throw new CustosError('CUSTOS_UNAUTHENTICATED', 'no console session', [{ field: 'cookie', rule: 'admin_session', message: 'sign in again' }]);
      return viewOf(s);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/v1/admin/session',
    tag: 'admin console',
    summary: 'Sign out: the session ends and its cookie is cleared',
    auth: 'public',
    rateLimit: 30,
    status: 204,
    handler: async ({ custos, req, reply }) => {
      const token = readCookie(req, custos, ADMIN_COOKIE);
      const s = await custos.admin.session(token);
      if (s && !AdminPassword.csrfMatches(s.csrf, req.headers[CSRF_HEADER])) throw csrfMissing();
      await custos.admin.signOut(token);
      setAdminCookie(custos, req, reply, '', 0);
      return reply.send();
    },
  }),
];
