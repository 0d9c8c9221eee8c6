/**
 * The admin console's sign-in with an API key: the key is given once and a console session (the same
 * HttpOnly cookie and CSRF scheme as the password's) then acts as that key, checked against the store on
 * every request, so that a revocation on any process of the store ends it at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeBackends, makeEnv, type Env } from '../../../test/backends.js';
import { buildServer } from '../app.js';
import { CSRF_HEADER } from './admin.js';
import { rowMac } from '../../crypto/row-mac.js';
import { toBuffer } from '../../store/db.js';
import type { Custos } from '../../custos.js';

const BY = { keyId: 'cli', role: 'operator' } as const;
const cookieOf = (setCookie: string | string[] | undefined) => String(Array.isArray(setCookie) ? setCookie[0] : setCookie);
const valueOf = (setCookie: string) => setCookie.split(';')[0];
/** The claims of a session cookie's token (read, not verified). */
const claimsOf = (cookie: string) => JSON.parse(Buffer.from(cookie.split('=')[1].split('.')[1], 'base64url').toString());
const secretOf = (key: string) => key.slice(16);

describeBackends('admin console sign-in with an API key', (backend) => {
  let env: Env;
  let custos: Custos;
  /** A second Custos on the same stores (another server process, or `custos keys revoke`). */
  let other: Custos;
  let app: FastifyInstance;
  let otherApp: FastifyInstance;
  let client = 0;
  /** Each sign-in from an address of its own: the route allows five a minute per client. */
  const signIn = (key: string | undefined, on = app) =>
    on.inject({ method: 'POST', url: '/v1/admin/key-session', remoteAddress: `198.51.100.${++client}`, headers: key === undefined ? {} : { authorization: `Bearer ${key}` } });
  const open = async (key: string) => {
    const r = await signIn(key);
    expect(r.statusCode, r.body).toBe(200);
    return { cookie: valueOf(cookieOf(r.headers['set-cookie'])), csrf: r.json().csrf as string };
  };
  const verify = (cookie: string, on = app) => on.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie } }).then((r) => r.statusCode);

  beforeAll(async () => {
    env = await makeEnv(backend);
    custos = await env.open();
    other = await env.open({ monitor: false });
    app = await buildServer(custos);
    otherApp = await buildServer(other);
  });
  afterAll(async () => {
    await app?.close();
    await otherApp?.close();
    await env.cleanup();
  });

  it('the key is given once; the session cookie then acts as that key (its id and role in the audit log), and a change needs the CSRF header', async () => {
    const { key, info } = await custos.keys.create({ name: 'officer desk', role: 'privacy_officer' }, BY);
    const r = await signIn(key);
    expect(r.statusCode, r.body).toBe(200);
    const setCookie = cookieOf(r.headers['set-cookie']);
    // the same cookie as the password's session: HttpOnly, SameSite=Strict, 30 minutes
    expect(setCookie).toMatch(/^custos_admin=[\w-]+\.[\w-]+\.[\w-]+; Path=\/v1; HttpOnly; SameSite=Strict; Max-Age=1800/);
    expect(r.headers['cache-control']).toBe('no-store');
    const { csrf, ...view } = r.json();
    expect(view).toMatchObject({ role: 'privacy_officer', via: 'api_key', keyId: info.keyId, name: 'officer desk' });
    const cookie = valueOf(setCookie);
    // the token names the key by its id; nothing of its secret is in the cookie or the answer
    expect(claimsOf(cookie)).toMatchObject({ sub: `key:${info.keyId}`, role: 'privacy_officer' });
    expect(cookie).not.toContain(secretOf(key));
    expect(r.body).not.toContain(secretOf(key));

    expect(await verify(cookie)).toBe(200);
    const session = await app.inject({ method: 'GET', url: '/v1/admin/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ role: 'privacy_officer', via: 'api_key', keyId: info.keyId, csrf });

    const noCsrf = await app.inject({ method: 'POST', url: '/v1/keys', headers: { cookie }, payload: { name: 'made in the console', role: 'support' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().errors[0]).toMatchObject({ field: CSRF_HEADER, rule: 'csrf_token' });
    const made = await app.inject({ method: 'POST', url: '/v1/keys', headers: { cookie, [CSRF_HEADER]: csrf }, payload: { name: 'made in the console', role: 'support' } });
    expect(made.statusCode, made.body).toBe(201);
    // the audit log attributes the change to the key, as for a Bearer request with it
    const created = (await custos.audit.query({ action: 'key.create', limit: 100 })).find((e) => e.details?.keyId === made.json().info.keyId);
    expect(created?.actor).toMatchObject({ keyId: info.keyId, role: 'privacy_officer' });
    const signedIn = (await custos.audit.query({ action: 'admin.sign_in', limit: 100 })).filter((e) => e.outcome === 'ok');
    expect(signedIn.at(-1)).toMatchObject({ actor: { keyId: info.keyId, role: 'privacy_officer' }, details: { via: 'api_key' } });
    // the key itself still works as a Bearer token, as before
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
  });

  it('a wrong key, or none, is 401 naming the field and the rule, with no cookie; each attempt is audited without the secret', async () => {
    const { key, info } = await custos.keys.create({ name: 'to be mistyped', role: 'privacy_officer' }, BY);
    const wrong = `${key.slice(0, 16)}${'A'.repeat(43)}`;
    for (const given of [wrong, 'ck_not_a_key', undefined]) {
      const r = await signIn(given);
      expect(r.statusCode).toBe(401);
      expect(r.json().errors[0]).toMatchObject({ field: 'authorization', rule: 'api_key_required' });
      expect(r.headers['www-authenticate']).toBe('Bearer');
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    const denied = (await custos.audit.query({ action: 'admin.sign_in', limit: 100 })).filter((e) => e.outcome === 'denied');
    expect(denied.slice(-3).map((e) => e.reason)).toEqual(['wrong_key', 'wrong_key', 'wrong_key']);
    // the id of a well-formed key is kept (who was tried), never what was given after it
    expect(denied.at(-3)?.details).toEqual({ via: 'api_key', keyId: info.keyId });
    expect(JSON.stringify(denied)).not.toContain('A'.repeat(43));
    expect(JSON.stringify(await custos.audit.query({ action: 'admin.sign_in', limit: 100 }))).not.toContain(secretOf(key));
  });

  it('revoking the key ends its console sessions at once, on this server and on another process of the same stores', async () => {
    const { key, info } = await custos.keys.create({ name: 'to be revoked', role: 'privacy_officer' }, BY);
    const a = await open(key);
    const b = await open(key);
    expect(await verify(a.cookie)).toBe(200);
    expect(await verify(b.cookie, otherApp)).toBe(200);
    // both processes have just seen the key valid (the Bearer cache of each holds it)
    expect((await otherApp.inject({ method: 'GET', url: '/v1/audit/verify', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    // revoked by the other process: this server's session ends at its next request, no waiting for a cache
    await other.keys.revoke(info.keyId, BY);
    expect(await verify(a.cookie)).toBe(401);
    expect(await verify(b.cookie, otherApp)).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/v1/admin/session', headers: { cookie: a.cookie } })).statusCode).toBe(401);
    // and the revoked key opens no new session
    expect((await signIn(key)).statusCode).toBe(401);
  });

  it("a change of the key's role ends its sessions; so does a row changed without the master key", async () => {
    const { key, info } = await custos.keys.create({ name: 'role to change', role: 'privacy_officer' }, BY);
    const s = await open(key);
    expect(await verify(s.cookie)).toBe(200);
    // the row rewritten with the master key, as a change of role would be: the session was opened as the privacy officer
    const row = (await custos.db.get<{ secret_hash: unknown }>('SELECT secret_hash FROM api_keys WHERE key_id = ?', [info.keyId]))!;
    const mac = rowMac(custos.keyring.derive('api-key-mac/v1'), 'api_keys/v1', [info.keyId, toBuffer(row.secret_hash), 'auditor', null]);
    await other.db.run("UPDATE api_keys SET role = 'auditor', mac = ? WHERE key_id = ?", [mac, info.keyId]);
    expect(await verify(s.cookie)).toBe(401);
    expect(await verify(s.cookie, otherApp)).toBe(401);
    // a new session has the new role
    const auditor = await signIn(key);
    expect(auditor.json()).toMatchObject({ role: 'auditor', keyId: info.keyId });
    const again = valueOf(cookieOf(auditor.headers['set-cookie']));
    expect(await verify(again)).toBe(200);
    // a row changed by someone without the master key is no key at all
    await custos.db.run("UPDATE api_keys SET role = 'privacy_officer' WHERE key_id = ?", [info.keyId]);
    expect(await verify(again)).toBe(401);
  });

  it('signing out ends the session for good, on every process; the key itself stays valid', async () => {
    const { key, info } = await custos.keys.create({ name: 'signing out', role: 'privacy_officer' }, BY);
    const s = await open(key);
    const noCsrf = await app.inject({ method: 'DELETE', url: '/v1/admin/session', headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(await verify(s.cookie)).toBe(200);
    const out = await app.inject({ method: 'DELETE', url: '/v1/admin/session', headers: { cookie: s.cookie, [CSRF_HEADER]: s.csrf } });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect(await verify(s.cookie)).toBe(401);
    expect(await verify(s.cookie, otherApp)).toBe(401);
    expect((await custos.audit.query({ action: 'admin.sign_out', limit: 100 })).at(-1)?.actor).toMatchObject({ keyId: info.keyId, role: 'privacy_officer' });
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
  });

  it('sign-in is rate-limited like the password: the sixth attempt from one client within a minute gets 429', async () => {
    const { key } = await custos.keys.create({ name: 'rate limited', role: 'auditor' }, BY);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await app.inject({ method: 'POST', url: '/v1/admin/key-session', remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${key}` } })).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
