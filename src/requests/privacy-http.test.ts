import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../test/backends.js';
import { startSmtpSink, bodyText, type SmtpSink } from '../../test/smtp.js';
import type { Custos } from '../custos.js';
import { SmtpTransport } from '../mail/transports.js';
import { buildServer } from '../server/app.js';

describe('privacy center API over HTTP', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let sink: SmtpSink;
  let mina: string;
  let admin: string;
  let appKey: string;

  const call = async (method: string, path: string, opts: { body?: unknown; cookie?: string; auth?: string } = {}) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...(opts.auth ? { authorization: opts.auth } : {}),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const type = res.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body: body as any };
  };

  /** Files a request in the privacy center and verifies it with the code from the mail: returns the session cookie. */
  async function session(email: string, type = 'access'): Promise<{ cookie: string; request: any }> {
    const before = sink.messages.length;
    const started = await call('POST', '/v1/privacy/requests', { body: { type, email, language: 'ja' } });
    expect(started.status).toBe(202);
    await custos.outbox.deliver();
    const mail = await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes(email));
    const code = /\b(\d{6})\b/.exec(bodyText(mail.raw))![1];
    const verified = await call('POST', '/v1/privacy/verify', { body: { intakeId: started.body.intakeId, code } });
    expect(verified.status).toBe(200);
    const cookie = verified.headers.get('set-cookie')!.split(';')[0];
    expect(verified.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    return { cookie, request: verified.body.request };
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    env = await makeEnv('sqlite');
    custos = await env.open({ mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    app = await buildServer(custos);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const op = { keyId: 'cli', role: 'operator' };
    admin = (await custos.keys.create({ name: 'po', role: 'privacy_officer' }, op)).key;
    appKey = (await custos.keys.create({ name: 'backend', role: 'application' }, op)).key;
    const actor = { keyId: 'app', role: 'application' };
    mina = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: '佐藤美奈', email: 'mina@example.jp' } }, { actor, purpose: 'account' })).id;
    await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Taro', email: 'taro@example.jp' } }, { actor, purpose: 'account' });
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
    await sink.stop();
  });

  it('a verified person downloads their export; a forwarded link or no session gets nothing', async () => {
    const mine = await session('mina@example.jp');
    expect(mine.request).toMatchObject({ type: 'access', status: 'completed' });
    const exportPath = `/v1/privacy/me/requests/${mine.request.requestId}/export`;
    const zip = await call('GET', exportPath, { cookie: mine.cookie });
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect((zip.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    // the link forwarded to someone else: their own session does not open it, and no session is refused
    const taro = await session('taro@example.jp');
    expect((await call('GET', exportPath, { cookie: taro.cookie })).status).toBe(404);
    expect((await call('GET', exportPath)).status).toBe(401);
    expect((await call('GET', `/v1/privacy/me/requests/${mine.request.requestId}`, { cookie: taro.cookie })).status).toBe(404);
    expect((await call('GET', '/v1/privacy/me/requests', { cookie: taro.cookie })).body.requests.map((r: any) => r.requestId)).not.toContain(mine.request.requestId);
  });

  it('the person stops and resumes newsletters, and signs out', async () => {
    const { cookie } = await session('mina@example.jp', 'purpose_notice');
    const set = await call('PUT', '/v1/privacy/me/preferences', { cookie, body: { preferences: { email: true }, language: 'ja' } });
    expect(set.status).toBe(200);
    expect(set.body.preferences.email.state).toBe('opted_in');
    expect(set.body.receipts).toHaveLength(1);
    expect((await custos.preferences.maySend(mina, 'email')).allowed).toBe(true);
    await call('PUT', '/v1/privacy/me/preferences', { cookie, body: { preferences: { email: false } } });
    expect((await custos.preferences.maySend(mina, 'email')).allowed).toBe(false);
    const out = await call('DELETE', '/v1/privacy/session', { cookie });
    expect(out.headers.get('set-cookie')).toMatch(/custos_session=; .*Max-Age=0/);
    // the session is over, even for someone who copied the cookie
    expect((await call('GET', '/v1/privacy/me/preferences', { cookie })).status).toBe(401);
  });

  it('an application files for its signed-in user with a subject token', async () => {
    const token = await call('POST', '/v1/subject-tokens', { auth: `Bearer ${appKey}`, body: { subjectId: mina } });
    expect(token.status).toBe(201);
    const filed = await call('POST', '/v1/privacy/me/requests', { auth: `Subject ${token.body.token}`, body: { type: 'restriction', language: 'ja' } });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ type: 'restriction', status: 'completed', channel: 'application' });
    expect((await call('POST', '/v1/privacy/me/requests', { auth: 'Subject not-a-token', body: { type: 'access', language: 'ja' } })).status).toBe(401);
    expect((await call('POST', '/v1/subject-tokens', { auth: `Bearer ${admin}`, body: { subjectId: mina } })).status).toBe(403);
    // it can file an access request for its user, but the export is the person's to download, in their own session
    const access = await call('POST', '/v1/privacy/me/requests', { auth: `Subject ${token.body.token}`, body: { type: 'access', language: 'ja' } });
    expect(access.body).toMatchObject({ type: 'access', status: 'completed' });
    const download = await fetch(`${base}/v1/privacy/me/requests/${access.body.requestId}/export`, { headers: { authorization: `Subject ${token.body.token}` } });
    expect(download.status).toBe(404);
    expect(download.headers.get('content-type')).not.toContain('zip');
    // nor does it set the person's marketing choices as if the person had made them in the privacy center
    const before = await call('GET', '/v1/privacy/me/preferences', { auth: `Subject ${token.body.token}` });
    const forged = await call('PUT', '/v1/privacy/me/preferences', { auth: `Subject ${token.body.token}`, body: { preferences: { email: true } } });
    expect(forged.status).toBe(403);
    expect(forged.body.errors[0]).toMatchObject({ field: 'authorization', rule: 'privacy_center_session' });
    expect((await call('GET', '/v1/privacy/me/preferences', { auth: `Subject ${token.body.token}` })).body).toEqual(before.body);
    // the token lasts only while the key that vouched for the person is valid
    const keyId = appKey.split('_')[1];
    await custos.keys.revoke(keyId, { keyId: 'cli', role: 'operator' });
    expect((await call('GET', '/v1/privacy/me/requests', { auth: `Subject ${token.body.token}` })).status).toBe(401);
  });

  it('staff work the queue through the API; the erasure outcome stays readable for the person', async () => {
    const { cookie, request } = await session('taro@example.jp', 'erasure');
    expect(request.status).toBe('awaiting_approval');
    const queue = await call('GET', '/v1/requests?status=open', { auth: `Bearer ${admin}` });
    expect(queue.body.requests.map((r: any) => r.requestId)).toContain(request.requestId);
    expect((await call('POST', `/v1/requests/${request.requestId}/refuse`, { auth: `Bearer ${admin}`, body: { code: 'nope', explanation: 'x' } })).status).toBe(400);
    const done = await call('POST', `/v1/requests/${request.requestId}/approve`, { auth: `Bearer ${admin}`, body: {} });
    expect(done.body.status).toBe('completed');
    const seen = await call('GET', `/v1/privacy/me/requests/${request.requestId}`, { cookie });
    expect(seen.body.result.kept.map((k: any) => k.category)).toEqual(['name']);
    const detail = await call('GET', `/v1/requests/${request.requestId}`, { auth: `Bearer ${admin}` });
    expect(detail.body.timeline.map((e: any) => e.event)).toEqual(['received', 'approved', 'completed']);
  });

  it('policy versions and their diff for the console', async () => {
    const v = await call('GET', '/v1/policy/versions', { auth: `Bearer ${admin}` });
    expect(v.body.versions).toHaveLength(1);
    expect(v.body.current).toBe(1);
    expect((await call('GET', '/v1/policy/diff?from=1&to=1', { auth: `Bearer ${admin}` })).body.changes).toEqual([]);
    expect((await call('GET', '/v1/policy/diff?from=1&to=9', { auth: `Bearer ${admin}` })).status).toBe(404);
  });
});
