import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { describeBackends, makeEnv, type Env } from '../../../test/backends.js';
import { runCli } from '../../../test/cli.js';
import { buildServer } from '../app.js';
import { ADMIN_COOKIE } from './admin.js';
import { CLIENT_FAILURE_LIMIT, GLOBAL_FAILURE_LIMIT } from '../../access/admin-password.js';
import type { Custos } from '../../custos.js';
import { toBuffer, toInt } from '../../store/db.js';

const PASSWORD = 'a long admin passphrase';
const cookieOf = (setCookie: string | string[] | undefined) => String(Array.isArray(setCookie) ? setCookie[0] : setCookie);
const valueOf = (setCookie: string) => setCookie.split(';')[0];

describeBackends('admin console password sign-in', (backend) => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  const cliEnv = () => ({ CUSTOS_MASTER_KEY: env.masterKey.toString('hex') });
  const storeFlags = () => ['--data-dir', env.dataDir, '--database', env.database];

  beforeAll(async () => {
    env = await makeEnv(backend);
    custos = await env.open();
    app = await buildServer(custos);
  });
  afterAll(async () => {
    await app?.close();
    await env.cleanup();
  });

  it('refuses sign-in while no password is set, with the same answer as a wrong password', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: 'anything at all' } });
    expect(r.statusCode).toBe(401);
    expect(r.json().errors[0]).toMatchObject({ field: 'body.password', rule: 'admin_password' });
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('custos admin set-password stores only an scrypt hash (N=2^15, r=8, p=1, 16-byte salt)', async () => {
    if (backend === 'postgres') {
      // The CLI is exercised on SQLite (below and in the stdin test); on PostgreSQL the same call goes through the SDK.
      await custos.admin.setPassword(PASSWORD, 'privacy_officer', { keyId: 'cli', role: 'operator' });
    } else {
      await custos.close();
      const short = await runCli(['admin', 'set-password', ...storeFlags()], { ...cliEnv(), CUSTOS_ADMIN_PASSWORD: 'short' });
      expect(short.code).toBe(2);
      expect(short.err).toContain('at least 12 characters');
      const wrongRole = await runCli(['admin', 'set-password', '--role', 'nobody', ...storeFlags()], { ...cliEnv(), CUSTOS_ADMIN_PASSWORD: PASSWORD });
      expect(wrongRole.code).toBe(2);
      const ok = await runCli(['admin', 'set-password', ...storeFlags(), '--json'], { ...cliEnv(), CUSTOS_ADMIN_PASSWORD: PASSWORD });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.out)).toEqual({ set: true, role: 'privacy_officer' });
      const status = await runCli(['admin', 'status', ...storeFlags()], cliEnv());
      expect(status.out).toContain('admin password set (role privacy_officer');
      await app.close();
      custos = await env.open();
      app = await buildServer(custos);
    }
    const row = await custos.db.get<{ salt: unknown; hash: unknown; cost_n: number; cost_r: number; cost_p: number }>('SELECT salt, hash, cost_n, cost_r, cost_p FROM admin_password');
    expect(row).toBeDefined();
    expect(toBuffer(row!.salt).length).toBe(16);
    expect(toBuffer(row!.hash).length).toBe(32);
    expect([toInt(row!.cost_n), toInt(row!.cost_r), toInt(row!.cost_p)]).toEqual([32768, 8, 1]);
    expect(toBuffer(row!.hash).includes(Buffer.from(PASSWORD))).toBe(false);
  });

  it('a password session acts as the privacy officer on staff routes; writes need the CSRF header', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: 'not the password!' } });
    expect(wrong.statusCode).toBe(401);
    const r = await app.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: PASSWORD } });
    expect(r.statusCode).toBe(200);
    const setCookie = cookieOf(r.headers['set-cookie']);
    expect(setCookie).toMatch(/^custos_admin=[\w-]+\.[\w-]+\.[\w-]+; Path=\/v1; HttpOnly; SameSite=Strict; Max-Age=1800/);
    expect(r.headers['cache-control']).toBe('no-store');
    const { csrf, role } = r.json();
    expect(role).toBe('privacy_officer');
    const cookie = valueOf(setCookie);

    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie } })).statusCode).toBe(200);
    const session = await app.inject({ method: 'GET', url: '/v1/admin/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ role: 'privacy_officer', csrf });

    const noCsrf = await app.inject({ method: 'POST', url: '/v1/keys', headers: { cookie }, payload: { name: 'made in the console', role: 'support' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().errors[0]).toMatchObject({ field: 'x-custos-csrf', rule: 'csrf_token' });
    const badCsrf = await app.inject({ method: 'POST', url: '/v1/keys', headers: { cookie, 'x-custos-csrf': csrf.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A')) }, payload: { name: 'x', role: 'support' } });
    expect(badCsrf.statusCode).toBe(403);
    const made = await app.inject({ method: 'POST', url: '/v1/keys', headers: { cookie, 'x-custos-csrf': csrf }, payload: { name: 'made in the console', role: 'support' } });
    expect(made.statusCode).toBe(201);

    // A tampered token is no session at all.
    const [h, p, s] = cookie.split('=')[1].split('.');
    const forged = `custos_admin=${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'auditor' })).toString('base64url')}.${s}`;
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie: forged } })).statusCode).toBe(401);

    const audit = await custos.audit.query({ action: 'admin.sign_in' });
    expect(audit.map((e) => e.outcome)).toEqual(expect.arrayContaining(['ok', 'denied']));
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it('signing out, or setting a new password, ends the session', async () => {
    const open = async () => {
      const r = await app.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: PASSWORD } });
      return { cookie: valueOf(cookieOf(r.headers['set-cookie'])), csrf: r.json().csrf as string };
    };
    const a = await open();
    const out = await app.inject({ method: 'DELETE', url: '/v1/admin/session', headers: { cookie: a.cookie, 'x-custos-csrf': a.csrf } });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie: a.cookie } })).statusCode).toBe(401);

    const b = await open();
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie: b.cookie } })).statusCode).toBe(200);
    await custos.admin.setPassword('another long passphrase', 'privacy_officer', { keyId: 'cli', role: 'operator' });
    expect((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie: b.cookie } })).statusCode).toBe(401);
    await custos.admin.setPassword(PASSWORD, 'privacy_officer', { keyId: 'cli', role: 'operator' });
  });

  it('a session signed out stays out on another process of the same store (and after a restart); retention forgets it once expired', async () => {
    // (signed in through the SDK: the sign-ins above used up this client's five a minute)
    const session = await custos.admin.signIn(PASSWORD);
    const cookie = `${ADMIN_COOKIE}=${session.token}`;
    // a second server process on the same store (behind the same load balancer, or this one restarted)
    const other = await env.open({ monitor: false });
    const otherApp = await buildServer(other);
    try {
      expect((await otherApp.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie } })).statusCode).toBe(200);
      const out = await app.inject({ method: 'DELETE', url: '/v1/admin/session', headers: { cookie, 'x-custos-csrf': session.csrf } });
      expect(out.statusCode).toBe(204);
      expect((await otherApp.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie } })).statusCode).toBe(401);
      expect(await other.admin.session(session.token)).toBeNull();
      // kept while the session could still be used, forgotten after
      const expires = Date.parse(session.expiresAt);
      // (earlier tests' sign-outs, made more than a second before, may go in this pass: this one must stay)
      await other.admin.purgeExpired(new Date(expires - 1000));
      expect(await other.admin.session(session.token)).toBeNull();
      expect(await other.admin.purgeExpired(new Date(expires + 1000), true)).toBeGreaterThanOrEqual(1);
      expect(await other.admin.purgeExpired(new Date(expires + 1000))).toBeGreaterThanOrEqual(1);
      expect(await other.admin.purgeExpired(new Date(expires + 1000), true)).toBe(0);
    } finally {
      await otherApp.close();
    }
  });

  it('a role without the operation is refused even with a valid session', async () => {
    // A fresh server: the sign-ins above used up this client's five a minute.
    const fresh = await buildServer(custos);
    try {
      await custos.admin.setPassword(PASSWORD, 'support', { keyId: 'cli', role: 'operator' });
      const r = await fresh.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: PASSWORD } });
      expect(r.json().role).toBe('support');
      const cookie = valueOf(cookieOf(r.headers['set-cookie']));
      expect((await fresh.inject({ method: 'GET', url: '/v1/audit/verify', headers: { cookie } })).statusCode).toBe(403);
    } finally {
      await fresh.close();
      await custos.admin.setPassword(PASSWORD, 'privacy_officer', { keyId: 'cli', role: 'operator' });
    }
  });

  it('sign-in is rate-limited hard: the sixth attempt within a minute gets 429', async () => {
    const fresh = await buildServer(custos);
    try {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await fresh.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: `guess number ${i}` } })).statusCode);
      expect(codes.slice(0, 5).every((c) => c === 401)).toBe(true);
      expect(codes[5]).toBe(429);
    } finally {
      await fresh.close();
    }
  });
});

describe('custos admin set-password reads the password from piped stdin', () => {
  it('takes the first line and never echoes it', async () => {
    const env = await makeEnv('sqlite');
    try {
      const main = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
      const script = `import(${JSON.stringify(main)}).then(async (m) => { process.exitCode = await m.main(['node', 'custos', ...process.argv.slice(1)]); })`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script, 'admin', 'set-password', '--data-dir', env.dataDir, '--role', 'support'], {
        input: 'piped passphrase 123\nsecond line ignored\n',
        env: { ...process.env, CUSTOS_MASTER_KEY: env.masterKey.toString('hex'), CUSTOS_ADMIN_PASSWORD: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stderr).not.toContain('piped passphrase');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('admin password set for role support');
      const c = await env.open();
      await expect(c.admin.signIn('piped passphrase 123')).resolves.toMatchObject({ role: 'support' });
      await expect(c.admin.signIn('second line ignored')).rejects.toMatchObject({ code: 'CUSTOS_UNAUTHENTICATED' });
    } finally {
      await env.cleanup();
    }
  });
});

describeBackends('admin sign-in lockout across processes', (backend) => {
  it('failures from one network on every server of the store count together and outlast a restart; another network still signs in; the window passing lifts the lockout', async () => {
    const env = await makeEnv(backend);
    try {
      let clock = Date.parse('2026-11-30T09:00:00Z');
      const now = () => new Date(clock);
      const a = await env.open({ now, monitor: false });
      const b = await env.open({ now, monitor: false });
      await a.admin.setPassword(PASSWORD, 'privacy_officer', { keyId: 'cli', role: 'operator' });
      const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string }) => e.code);
      const guesser = '203.0.113.7';
      // half of the network's allowance on each server
      for (let i = 0; i < CLIENT_FAILURE_LIMIT; i++) expect(await code((i % 2 ? a : b).admin.signIn(`wrong guess ${i}`, guesser))).toBe('CUSTOS_UNAUTHENTICATED');
      expect(await code(a.admin.signIn(PASSWORD, guesser))).toBe('CUSTOS_RATE_LIMITED');
      expect(await code(b.admin.signIn(PASSWORD, guesser))).toBe('CUSTOS_RATE_LIMITED');
      // a restarted server is locked as well, for that network; the privacy officer elsewhere is not
      const restarted = await env.open({ now, monitor: false });
      expect(await code(restarted.admin.signIn(PASSWORD, guesser))).toBe('CUSTOS_RATE_LIMITED');
      expect(await code(restarted.admin.signIn(PASSWORD, '198.51.100.20'))).toBe('ok');
      clock += 10 * 60_000 + 1;
      expect(await code(restarted.admin.signIn(PASSWORD, guesser))).toBe('ok');

      // guesses sent at once: at most the limit are checked at all, the others are refused unchecked
      clock += 10 * 60_000 + 1;
      const burst = await Promise.all(Array.from({ length: CLIENT_FAILURE_LIMIT * 2 }, (_, i) => code((i % 2 ? a : b).admin.signIn(`burst guess ${i}`, guesser))));
      expect(burst.filter((x) => x === 'CUSTOS_UNAUTHENTICATED').length).toBeLessThanOrEqual(CLIENT_FAILURE_LIMIT);
      expect(burst.filter((x) => x === 'CUSTOS_RATE_LIMITED').length).toBeGreaterThanOrEqual(CLIENT_FAILURE_LIMIT);
      // every attempt is in the audit log, the refused ones too
      const denied = await a.audit.query({ action: 'admin.sign_in', limit: 1000 });
      expect(denied.filter((e) => e.reason === 'locked_out').length).toBe(burst.filter((x) => x === 'CUSTOS_RATE_LIMITED').length + 3);

      // guessing from many networks at once meets the global backstop (failures as the store records them)
      clock += 10 * 60_000 + 1;
      for (let i = 0; i < GLOBAL_FAILURE_LIMIT; i++) await a.db.run('INSERT INTO admin_sign_in_failures (failure_id, at, client) VALUES (?, ?, ?)', [`f${i}`, clock, `192.0.2.${i % 250}`]);
      expect(await code(b.admin.signIn(PASSWORD, '198.51.100.20'))).toBe('CUSTOS_RATE_LIMITED');
    } finally {
      await env.cleanup();
    }
  }, 120_000);
});
