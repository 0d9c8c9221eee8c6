import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../test/backends.js';
import { startSmtpSink, bodyText, type SmtpSink } from '../../test/smtp.js';
import type { Custos } from '../custos.js';
import { SmtpTransport } from '../mail/transports.js';
import { buildServer } from '../server/app.js';
import { callAt, type CallOptions } from '../../test/http.js';
import { SignJWT } from 'jose';
import { SubjectTokens } from './tokens.js';
import { LIMIT_PER_NETWORK, MAX_ATTEMPTS } from './intake.js';

const codeIn = (raw: string) => /\b(\d{6})\b/.exec(bodyText(raw))![1];

describe('privacy center API over HTTP', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let sink: SmtpSink;
  let mina: string;
  let admin: string;
  let appKey: string;

  const call = (method: string, path: string, opts: CallOptions = {}) => callAt(base, method, path, opts);

  /** Files a request in the privacy center and verifies it with the code from the mail: returns the session cookie. */
  async function session(email: string, type = 'access', extra: Record<string, unknown> = {}): Promise<{ cookie: string; request: any }> {
    await custos.outbox.deliver(); // (mail queued earlier arrives first: the next mail to the address is the code)
    const before = sink.messages.length;
    const started = await call('POST', '/v1/privacy/requests', { body: { type, email, language: 'ja', ...extra } });
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
    // still there once the person has more requests than a page of the list holds (100)
    for (let i = 0; i < 101; i++) await custos.requests.file(mina, { type: 'access', language: 'ja', channel: 'staff' }, { keyId: 'po', role: 'privacy_officer' });
    expect((await call('GET', exportPath, { cookie: mine.cookie })).status).toBe(200);
  });

  it('a request carrying two values of the session cookie (one planted with a longer path) signs in no one', async () => {
    const issue = async (id: string) => `custos_session=${(await custos.subjectTokens.issue({ subjectId: id, via: 'privacy_center', origin: 'test' })).token}`;
    const own = await issue(mina);
    const planted = await issue((await custos.vault.findByEmail('taro@example.jp'))[0]);
    expect((await call('GET', '/v1/privacy/me/requests', { cookie: own })).status).toBe(200);
    // the browser sends the cookie of the longer path first: the planted one
    expect((await call('GET', '/v1/privacy/me/requests', { cookie: `${planted}; ${own}` })).status).toBe(401);
    expect((await call('GET', '/v1/privacy/me/requests', { cookie: `${own}; ${own}` })).status).toBe(200);
  });

  it('over HTTPS (CUSTOS_SECURE_COOKIES) the session cookie is __Host- (Secure, Path=/): a cookie planted under the plain name is not read', async () => {
    const secureEnv = await makeEnv('sqlite');
    process.env.CUSTOS_SECURE_COOKIES = '1';
    let secure: Custos;
    try {
      secure = await secureEnv.open({ mail: { transport: null } });
    } finally {
      delete process.env.CUSTOS_SECURE_COOKIES;
    }
    const server = await buildServer(secure);
    try {
      const at = await server.listen({ port: 0, host: '127.0.0.1' });
      const id = (await secure.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ren', email: 'ren@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
      const token = (await secure.subjectTokens.issue({ subjectId: id, via: 'privacy_center', origin: 'test' })).token;
      expect((await callAt(at, 'GET', '/v1/privacy/me/requests', { cookie: `__Host-custos_session=${token}` })).status).toBe(200);
      expect((await callAt(at, 'GET', '/v1/privacy/me/requests', { cookie: `custos_session=${token}` })).status).toBe(401);
      const out = await callAt(at, 'DELETE', '/v1/privacy/session', { cookie: `__Host-custos_session=${token}` });
      expect(out.headers.get('set-cookie')).toBe('__Host-custos_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure');
      // the admin console's cookie alike
      await secure.admin.setPassword('a long enough console password', 'privacy_officer', { keyId: 'cli', role: 'operator' });
      const signedIn = await callAt(at, 'POST', '/v1/admin/session', { body: { password: 'a long enough console password' } });
      expect(signedIn.headers.get('set-cookie')).toMatch(/^__Host-custos_admin=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
      const adminCookie = signedIn.headers.get('set-cookie')!.split(';')[0];
      expect((await callAt(at, 'GET', '/v1/admin/session', { cookie: adminCookie })).status).toBe(200);
      expect((await callAt(at, 'GET', '/v1/admin/session', { cookie: adminCookie.replace('__Host-', '') })).status).toBe(401);
    } finally {
      await server.close();
      await secure.close();
      await secureEnv.cleanup();
    }
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

  it('no subject token is issued for an erased person, and nothing in the log names them for it', async () => {
    const actor = { keyId: 'app', role: 'application' };
    const gone = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Gone Soon' } }, { actor, purpose: 'account' })).id;
    await custos.subjects.erase(gone, { actor: { keyId: 'po', role: 'privacy_officer' }, reason: 'erasure request' });
    const issued = async () => (await custos.audit.query({ action: 'subject_token.issue', limit: 10_000 })).length;
    const before = await issued();
    const r = await call('POST', '/v1/subject-tokens', { auth: `Bearer ${appKey}`, body: { subjectId: gone } });
    expect(r.status).toBe(410);
    expect(r.body.errors[0]).toMatchObject({ field: 'body.subjectId', rule: 'erased' });
    expect(await issued()).toBe(before);
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
    // Taro has no transaction on record: the tax hold kept nothing, and the outcome says why
    expect(seen.body.result.kept).toEqual([]);
    expect(seen.body.result.notHeld).toEqual([{ hold: 'tax_records', reason: 'no_records', records: ['transactions'] }]);
    const detail = await call('GET', `/v1/requests/${request.requestId}`, { auth: `Bearer ${admin}` });
    expect(detail.body.timeline.map((e: any) => e.event)).toEqual(['received', 'approved', 'completed']);
  });

  it('a new email is proven before it is filed: the code goes to the new address, and only that session can enter it', async () => {
    const ken = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ken Kato', email: 'ken@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
    const newCode = async (address: string, before: number) => {
      await custos.outbox.deliver();
      const m = await sink.waitFor((x) => sink.messages.indexOf(x) >= before && x.to.includes(address));
      return /\b(\d{6})\b/.exec(bodyText(m.raw))![1];
    };
    // the person proves who they are with the old address; the answer asks for the code sent to the new one
    await custos.outbox.deliver();
    let before = sink.messages.length;
    const started = await call('POST', '/v1/privacy/requests', { body: { type: 'correction', email: 'ken@example.jp', language: 'ja', details: { fields: { email: 'ken.new@example.jp' } } } });
    const verified = await call('POST', '/v1/privacy/verify', { body: { intakeId: started.body.intakeId, code: await newCode('ken@example.jp', before) } });
    expect(verified.status).toBe(200);
    expect(verified.body.request).toBeUndefined();
    expect(verified.body.confirmation).toMatchObject({ field: 'email', confirmationId: expect.any(String) });
    expect(JSON.stringify(verified.body)).not.toContain('ken.new');
    const cookie = verified.headers.get('set-cookie')!.split(';')[0];
    expect((await call('GET', '/v1/privacy/me/requests', { cookie })).body.requests).toEqual([]);
    before = sink.messages.length;
    const code = await newCode('ken.new@example.jp', before);
    // that code opens no session, and no one else's session can use it
    expect((await call('POST', '/v1/privacy/verify', { body: { intakeId: verified.body.confirmation.confirmationId, code } })).status).toBe(400);
    await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Yuki', email: 'yuki@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' });
    const yuki = await session('yuki@example.jp');
    expect((await call('POST', '/v1/privacy/me/identifier-confirmation', { cookie: yuki.cookie, body: { confirmationId: verified.body.confirmation.confirmationId, code } })).status).toBe(400);
    expect((await call('POST', '/v1/privacy/me/identifier-confirmation', { body: { confirmationId: verified.body.confirmation.confirmationId, code } })).status).toBe(401);
    // bad input names the field; a wrong code names the code
    const missing = await call('POST', '/v1/privacy/me/identifier-confirmation', { cookie, body: { confirmationId: verified.body.confirmation.confirmationId } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('body.code');
    const wrong = await call('POST', '/v1/privacy/me/identifier-confirmation', { cookie, body: { confirmationId: verified.body.confirmation.confirmationId, code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'body.code', rule: 'code_valid' });
    const filed = await call('POST', '/v1/privacy/me/identifier-confirmation', { cookie, body: { confirmationId: verified.body.confirmation.confirmationId, code } });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ type: 'correction', status: 'awaiting_approval', identifierConfirmation: 'confirmed' });
    expect((await call('POST', `/v1/requests/${filed.body.requestId}/approve`, { auth: `Bearer ${admin}`, body: {} })).body.status).toBe('completed');
    expect(await custos.vault.findByEmail('ken.new@example.jp')).toEqual([ken]);

    // in the same session, another change of address: 202 and a code to that address (resent on request)
    before = sink.messages.length;
    const again = await call('POST', '/v1/privacy/me/requests', { cookie, body: { type: 'correction', language: 'ja', details: { fields: { email: 'ken.third@example.jp' } } } });
    expect(again.status).toBe(202);
    expect(again.body.confirmation.field).toBe('email');
    await newCode('ken.third@example.jp', before);
    before = sink.messages.length;
    expect((await call('POST', '/v1/privacy/me/identifier-confirmation/resend', { cookie, body: { confirmationId: again.body.confirmation.confirmationId } })).status).toBe(202);
    const resent = await newCode('ken.third@example.jp', before);
    expect((await call('POST', '/v1/privacy/me/identifier-confirmation', { cookie, body: { confirmationId: again.body.confirmation.confirmationId, code: resent } })).status).toBe(201);
    const twoIdentifiers = await call('POST', '/v1/privacy/me/requests', { cookie, body: { type: 'correction', language: 'ja', details: { fields: { email: 'a@example.jp', phone: '090-1234-5678' } } } });
    expect(twoIdentifiers.status).toBe(400);
    expect(twoIdentifiers.body.errors[0]).toMatchObject({ field: 'body.details.fields', rule: 'one_identifier_per_correction' });
  });

  it('a new phone that cannot be confirmed (not a number of the person\'s region) leaves the identity code usable; wrong codes still count', async () => {
    await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Sora Ito', email: 'sora@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' });
    await custos.outbox.deliver();
    const before = sink.messages.length;
    // a Korean mobile number without +82: not a valid number in Japan, which the start cannot know yet
    const started = await call('POST', '/v1/privacy/requests', { body: { type: 'correction', email: 'sora@example.jp', language: 'ja', details: { fields: { phone: '010-1234-5678' } } } });
    await custos.outbox.deliver();
    const code = codeIn((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('sora@example.jp'))).raw);
    const verify = (c: string) => call('POST', '/v1/privacy/verify', { body: { intakeId: started.body.intakeId, code: c } });
    const wrong = code === '000000' ? '111111' : '000000';
    // the right code, more often than there are tries: each time the new number is refused, not the code
    for (let i = 0; i < MAX_ATTEMPTS + 1; i++) {
      const r = await verify(code);
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ field: 'details.fields.phone', rule: 'phone_valid' });
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    // wrong codes still use up the tries: four, the right one (given back), one more, and the intake is spent
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) expect((await verify(wrong)).body.errors[0].rule).toBe('code_valid');
    expect((await verify(code)).body.errors[0].rule).toBe('phone_valid');
    expect((await verify(wrong)).body.errors[0].rule).toBe('code_valid');
    expect((await verify(code)).body.errors[0].rule).toBe('code_valid');
  });

  it('a request that cannot be filed once the code is right leaves the code usable: a value found not valid late, a store error; a wrong code is still refused', async () => {
    await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ren Abe', email: 'ren@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' });
    const startAndCode = async (body: Record<string, unknown>) => {
      await custos.outbox.deliver();
      const before = sink.messages.length;
      const started = await call('POST', '/v1/privacy/requests', { body: { email: 'ren@example.jp', language: 'ja', ...body } });
      await custos.outbox.deliver();
      const code = codeIn((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('ren@example.jp'))).raw);
      return { verify: (c: string) => call('POST', '/v1/privacy/verify', { body: { intakeId: started.body.intakeId, code: c } }), code };
    };
    // an agent's correction is filed at once (staff confirm the new number): a Korean number without +82 is
    // found not valid only when it is filed for a person in Japan
    const agent = { name: 'Kenji Mori', email: 'kenji@law.example', authorisation: 'Signed letter of 1 November' };
    const late = await startAndCode({ type: 'correction', agent, details: { fields: { phone: '010-1234-5678' } } });
    const wrong = late.code === '000000' ? '111111' : '000000';
    // (the route's rate limit allows few tries here: how wrong codes count with a code given back is above)
    for (const c of [late.code, late.code, wrong, late.code]) {
      const r = await late.verify(c);
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject(c === wrong ? { field: 'body.code', rule: 'code_valid' } : { field: 'details.fields.phone', rule: 'phone_valid' });
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    // the store fails while the request is filed: the same code files it once the store is back
    const access = await startAndCode({ type: 'access' });
    const file = custos.requests.file;
    custos.requests.file = async () => {
      throw new Error('store unavailable');
    };
    try {
      expect((await access.verify(access.code)).status).toBe(500);
    } finally {
      custos.requests.file = file;
    }
    const filed = await access.verify(access.code);
    expect(filed.status).toBe(200);
    expect(filed.body.request).toMatchObject({ type: 'access' });
    expect((await access.verify(access.code)).body.errors[0].rule).toBe('code_valid');
  });

  it('a change of email filed by staff waits until staff enter the code the person read back from the new address', async () => {
    const filed = await call('POST', '/v1/requests', { auth: `Bearer ${admin}`, body: { subjectId: mina, type: 'correction', language: 'ja', details: { fields: { email: 'mina.work@example.jp' } } } });
    expect(filed.body).toMatchObject({ status: 'awaiting_approval', identifierConfirmation: 'pending' });
    const id = filed.body.requestId;
    const refused = await call('POST', `/v1/requests/${id}/approve`, { auth: `Bearer ${admin}`, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ field: 'details.fields.email', rule: 'identifier_unconfirmed' });
    await custos.outbox.deliver();
    const before = sink.messages.length;
    const sent = await call('POST', `/v1/requests/${id}/identifier-code`, { auth: `Bearer ${admin}`, body: {} });
    expect(sent.status).toBe(202);
    expect(sent.body.field).toBe('email');
    await custos.outbox.deliver();
    const m = await sink.waitFor((x) => sink.messages.indexOf(x) >= before && x.to.includes('mina.work@example.jp'));
    const code = /\b(\d{6})\b/.exec(bodyText(m.raw))![1];
    const bad = await call('POST', `/v1/requests/${id}/identifier-confirmation`, { auth: `Bearer ${admin}`, body: { code: '12' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'body.code', rule: 'code_valid' });
    const ok = await call('POST', `/v1/requests/${id}/identifier-confirmation`, { auth: `Bearer ${admin}`, body: { code } });
    expect(ok.body.identifierConfirmation).toBe('confirmed');
    expect((await call('POST', `/v1/requests/${id}/approve`, { auth: `Bearer ${admin}`, body: {} })).body.status).toBe('completed');
    expect(await custos.vault.findByEmail('mina.work@example.jp')).toEqual([mina]);
  });

  it("an agent's session follows only the request the agent filed: no other requests, preferences or exports of the person", async () => {
    const hana = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Hana Agentless', email: 'hana@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
    // the person's own copy, ready for download in their own session
    const own = await session('hana@example.jp');
    expect((await call('GET', `/v1/privacy/me/requests/${own.request.requestId}/export`, { cookie: own.cookie })).status).toBe(200);
    // an agent files with the person's code (the code goes to the person, who passes it on)
    const agent = { name: 'Agent Ōta', email: 'ota@agency.example', authorisation: 'I, Hana, authorise Agent Ōta to ask for a copy of my data. <b>Signed</b>' };
    const a = await session('hana@example.jp', 'access', { agent });
    expect(a.request).toMatchObject({ type: 'access', status: 'awaiting_approval', channel: 'agent' });
    const filedBefore = (await custos.requests.mine(hana)).length;
    // it files nothing as the person ...
    for (const type of ['purpose_notice', 'restriction', 'marketing_objection', 'access']) {
      const r = await call('POST', '/v1/privacy/me/requests', { cookie: a.cookie, body: { type, language: 'ja' } });
      expect(r.status).toBe(403);
      expect(r.body.errors[0]).toMatchObject({ field: 'authorization', rule: 'agent_scope' });
    }
    expect((await custos.requests.mine(hana)).length).toBe(filedBefore);
    // ... neither reads nor changes their preferences ...
    expect((await call('GET', '/v1/privacy/me/preferences', { cookie: a.cookie })).status).toBe(403);
    expect((await call('PUT', '/v1/privacy/me/preferences', { cookie: a.cookie, body: { preferences: { email: true } } })).status).toBe(403);
    // ... and neither sees nor downloads the person's other requests
    const exported = await call('GET', `/v1/privacy/me/requests/${own.request.requestId}/export`, { cookie: a.cookie });
    expect(exported.status).toBe(403);
    expect(exported.headers.get('content-type')).not.toContain('zip');
    expect((await call('GET', `/v1/privacy/me/requests/${own.request.requestId}`, { cookie: a.cookie })).status).toBe(404);
    const agentList = await call('GET', '/v1/privacy/me/requests', { cookie: a.cookie });
    expect([agentList.body.requests.map((r: any) => r.requestId), agentList.body.next]).toEqual([[a.request.requestId], undefined]);
    expect((await call('GET', `/v1/privacy/me/requests/${a.request.requestId}`, { cookie: a.cookie })).body).toMatchObject({ status: 'awaiting_approval' });
    // staff see who the agent is and what they sent, as they sent it
    const detail = await call('GET', `/v1/requests/${a.request.requestId}`, { auth: `Bearer ${admin}` });
    expect(detail.body.agent).toEqual(agent);
    // approved: the agent sees the outcome; the copy is the person's, downloaded in their own session
    expect((await call('POST', `/v1/requests/${a.request.requestId}/approve`, { auth: `Bearer ${admin}`, body: {} })).body.status).toBe('completed');
    const seen = await call('GET', `/v1/privacy/me/requests/${a.request.requestId}`, { cookie: a.cookie });
    expect(seen.body).toMatchObject({ status: 'completed', exportFor: 'person' });
    expect(seen.body.exportExpiresAt).toBeUndefined();
    expect((await call('GET', `/v1/privacy/me/requests/${a.request.requestId}/export`, { cookie: a.cookie })).status).toBe(403);
    expect((await call('GET', `/v1/privacy/me/requests/${a.request.requestId}/export`, { cookie: own.cookie })).status).toBe(200);
    // an agent's token is never issued, nor accepted, without the request it is scoped to
    await expect(custos.subjectTokens.issue({ subjectId: hana, via: 'agent', origin: 'x' })).rejects.toThrow(/requestId/);
    const key = Buffer.alloc(32, 9);
    const unscoped = await new SignJWT({ via: 'agent', origin: 'x' }).setProtectedHeader({ alg: 'HS256' }).setSubject(hana).setIssuer('custos').setAudience('custos-subject').setJti('j').setIssuedAt().setExpirationTime('10m').sign(key);
    await expect(new SubjectTokens(key).verify(unscoped)).rejects.toMatchObject({ code: 'CUSTOS_UNAUTHENTICATED' });
    const scoped = (await new SubjectTokens(key).issue({ subjectId: hana, via: 'agent', origin: 'x', requestId: a.request.requestId })).token;
    expect(await new SubjectTokens(key).verify(scoped)).toMatchObject({ via: 'agent', requestId: a.request.requestId });
  });

  it('policy versions and their diff for the console', async () => {
    const v = await call('GET', '/v1/policy/versions', { auth: `Bearer ${admin}` });
    expect(v.body.versions).toHaveLength(1);
    expect(v.body.current).toBe(1);
    expect((await call('GET', '/v1/policy/diff?from=1&to=1', { auth: `Bearer ${admin}` })).body.changes).toEqual([]);
    expect((await call('GET', '/v1/policy/diff?from=1&to=9', { auth: `Bearer ${admin}` })).status).toBe(404);
  });
});

describe('privacy center API over HTTP: a confirmation that cannot start', () => {
  it('the network over its limit when the code to a new address would go out: the person\'s code is not spent, and an hour later a new code for the same request goes through', async () => {
    const sink = await startSmtpSink();
    const env = await makeEnv('sqlite');
    let clock = Date.parse('2026-11-30T09:00:00Z');
    const custos = await env.open({ now: () => new Date(clock), mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    const app = await buildServer(custos);
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const call = (method: string, path: string, opts: { body?: unknown; cookie?: string } = {}) => callAt(base, method, path, opts);
      const codeTo = async (address: string, before: number) => {
        await custos.outbox.deliver();
        return codeIn((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes(address))).raw);
      };
      await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ren Mori', email: 'ren@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' });
      let before = sink.messages.length;
      const started = await call('POST', '/v1/privacy/requests', { body: { type: 'correction', email: 'ren@example.jp', language: 'ja', details: { fields: { email: 'ren.new@example.jp' } } } });
      const code = await codeTo('ren@example.jp', before);
      // others on the same network (the same office) use up its starts for the hour
      await Promise.all(Array.from({ length: LIMIT_PER_NETWORK - 1 }, (_, i) => custos.intakes.start({ type: 'access', email: `colleague${i}@example.jp`, language: 'ja', ip: '127.0.0.9' })));
      const limited = await call('POST', '/v1/privacy/verify', { body: { intakeId: started.body.intakeId, code } });
      expect(limited.status).toBe(429);
      expect(limited.body.errors[0].rule).toBe('intake_rate');
      expect(limited.headers.get('set-cookie')).toBeNull();
      // an hour later the code has expired, but the request has not: a new code, and it goes through
      clock += 3_600_000 + 60_000;
      before = sink.messages.length;
      expect((await call('POST', '/v1/privacy/requests/resend', { body: { intakeId: started.body.intakeId } })).status).toBe(202);
      const verified = await call('POST', '/v1/privacy/verify', { body: { intakeId: started.body.intakeId, code: await codeTo('ren@example.jp', before) } });
      expect(verified.status).toBe(200);
      expect(verified.body.confirmation).toMatchObject({ field: 'email' });
      const cookie = verified.headers.get('set-cookie')!.split(';')[0];
      const filed = await call('POST', '/v1/privacy/me/identifier-confirmation', {
        cookie,
        body: { confirmationId: verified.body.confirmation.confirmationId, code: await codeTo('ren.new@example.jp', before) },
      });
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({ type: 'correction', identifierConfirmation: 'confirmed' });
    } finally {
      await app.close();
      await env.cleanup();
      await sink.stop();
    }
  });
});

describe('the lists of requests over HTTP, a page at a time', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let admin: string;
  let nao: string;
  let sho: string;
  let newestFirst: string[];
  const staff = { keyId: 'po', role: 'privacy_officer' };
  const call = (method: string, path: string, opts: CallOptions = {}) => callAt(base, method, path, opts);
  const sessionOf = async (subjectId: string) => `custos_session=${(await custos.subjectTokens.issue({ subjectId, via: 'privacy_center', origin: 'test' })).token}`;

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    // two requests to an instant, so that pages end between requests received in the same millisecond
    let now = Date.parse('2026-04-06T01:00:00Z');
    custos = await env.open({ now: () => new Date(now), mail: { transport: null } });
    app = await buildServer(custos);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    admin = (await custos.keys.create({ name: 'po', role: 'privacy_officer' }, { keyId: 'cli', role: 'operator' })).key;
    const actor = { keyId: 'app', role: 'application' };
    nao = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Nao Aoki', email: 'nao@example.jp' } }, { actor, purpose: 'account' })).id;
    sho = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Sho Ono', email: 'sho@example.jp' } }, { actor, purpose: 'account' })).id;
    // more than a person may file in a day, so staff file them (as for letters and calls over the years)
    const filed = [];
    for (let i = 0; i < 107; i++) {
      now = Date.parse('2026-04-06T01:00:00Z') + Math.floor(i / 2) * 60_000;
      filed.push(await custos.requests.file(nao, { type: 'access', language: 'ja', channel: 'staff' }, staff));
      if (i % 20 === 5) await custos.requests.file(sho, { type: 'access', language: 'ja', channel: 'staff' }, staff);
    }
    newestFirst = filed.sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt) || (a.requestId < b.requestId ? 1 : -1)).map((r) => r.requestId);
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  /** Follows `next` from the first page of `path` to the last: the request ids of each page. */
  async function pages(path: string, cursor: 'before' | 'after', opts: CallOptions): Promise<string[][]> {
    const out: string[][] = [];
    let next: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const r = await call('GET', next ? `${path}${sep}${cursor}=${encodeURIComponent(next)}` : path, opts);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      out.push(r.body.requests.map((x: any) => x.requestId));
      next = r.body.next;
    } while (next !== undefined);
    return out;
  }

  it('the person sees every request of theirs, newest first, each once: 100 and then the older ones', async () => {
    const cookie = await sessionOf(nao);
    const first = await call('GET', '/v1/privacy/me/requests', { cookie });
    expect(first.body.requests).toHaveLength(100);
    // the last of the page and the first of the next were received in the same millisecond
    const second = await call('GET', `/v1/privacy/me/requests?before=${encodeURIComponent(first.body.next)}`, { cookie });
    expect(second.body.requests[0].receivedAt).toBe(first.body.requests[99].receivedAt);
    expect(second.body.next).toBeUndefined();
    expect([...first.body.requests, ...second.body.requests].map((r: any) => r.requestId)).toEqual(newestFirst);
    // a smaller page, and the pages still hold each request once
    const small = await pages('/v1/privacy/me/requests?limit=10', 'before', { cookie });
    expect(small.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 7]);
    expect(small.flat()).toEqual(newestFirst);
    // the cursor names no one: no name, address or subject id, in a URL that may be logged
    expect(first.body.next).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(first.body.next, 'base64url').toString()).not.toMatch(new RegExp(`${nao}|nao|Aoki`, 'i'));
  });

  it("another person's cursor shows only the session's own requests: it is a position, not a permission", async () => {
    const naoCookie = await sessionOf(nao);
    const shoCookie = await sessionOf(sho);
    const shos = await custos.requests.mine(sho);
    expect(shos.length).toBeGreaterThan(2);
    // Nao's cursor, in Sho's session: Sho's requests from that point on (older), none of Nao's
    const naoPage = (await call('GET', '/v1/privacy/me/requests?limit=30', { cookie: naoCookie })).body;
    expect(naoPage.next).toEqual(expect.any(String));
    const at = Date.parse(naoPage.requests[29].receivedAt);
    const olderThanIt = shos.filter((r) => Date.parse(r.receivedAt) < at || (Date.parse(r.receivedAt) === at && r.requestId < naoPage.requests[29].requestId));
    expect(olderThanIt.length).toBeGreaterThan(0);
    expect(olderThanIt.length).toBeLessThan(shos.length);
    const inSho = await call('GET', `/v1/privacy/me/requests?before=${encodeURIComponent(naoPage.next)}`, { cookie: shoCookie });
    expect(inSho.status).toBe(200);
    expect(inSho.body.requests.map((r: any) => r.requestId)).toEqual(olderThanIt.map((r) => r.requestId));
    // and Sho's cursor in Nao's session: Nao's own, as Nao's own paging from that point lists them
    const shoNext = (await call('GET', '/v1/privacy/me/requests?limit=1', { cookie: shoCookie })).body.next;
    const inNao = await call('GET', `/v1/privacy/me/requests?before=${encodeURIComponent(shoNext)}`, { cookie: naoCookie });
    const shoAt = Date.parse(shos[0].receivedAt);
    const naos = await custos.requests.mine(nao);
    expect(inNao.body.requests.map((r: any) => r.requestId)).toEqual(
      naos.filter((r) => Date.parse(r.receivedAt) < shoAt || (Date.parse(r.receivedAt) === shoAt && r.requestId < shos[0].requestId)).slice(0, 100).map((r) => r.requestId),
    );
    expect(inNao.body.requests.length).toBeGreaterThan(0);
  });

  it('a bad cursor or page size is 400 naming the parameter and the rule; nothing else is read', async () => {
    const cookie = await sessionOf(nao);
    const staffCursor = (await call('GET', '/v1/requests?status=completed&limit=1', { auth: `Bearer ${admin}` })).body.next;
    for (const before of ['nope', 'cmVjZWl2ZWQuMS4y', staffCursor, 'x'.repeat(201)]) {
      const r = await call('GET', `/v1/privacy/me/requests?before=${encodeURIComponent(before)}`, { cookie });
      expect(r.status, before).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ field: 'query.before', rule: before.length > 200 ? 'too_big' : 'cursor' });
      expect(r.body.detail).not.toContain(before.slice(0, 20));
    }
    for (const [limit, rule] of [['0', 'too_small'], ['101', 'too_big'], ['ten', 'wrong_type']]) {
      const r = await call('GET', `/v1/privacy/me/requests?limit=${limit}`, { cookie });
      expect([r.status, r.body.errors[0].field, r.body.errors[0].rule]).toEqual([400, 'query.limit', rule]);
    }
    // (an unknown parameter is named by its parent: a key the caller chose may be personal data)
    expect((await call('GET', '/v1/privacy/me/requests?page=2', { cookie })).body.errors[0]).toMatchObject({ field: 'query', rule: 'unknown_key' });
    // the person's cursor is not the staff queue's
    const personCursor = (await call('GET', '/v1/privacy/me/requests', { cookie })).body.next;
    const staffWithIt = await call('GET', `/v1/requests?status=completed&after=${encodeURIComponent(personCursor)}`, { auth: `Bearer ${admin}` });
    expect([staffWithIt.status, staffWithIt.body.errors[0].field, staffWithIt.body.errors[0].rule]).toEqual([400, 'query.after', 'cursor']);
  });

  it('staff page through the queue with `after`: each request once, by due date, with the filters kept', async () => {
    const auth = `Bearer ${admin}`;
    const all = (await custos.requests.listPage({ status: 'completed', limit: 1000 })).requests.map((r) => r.requestId);
    expect(all.length).toBeGreaterThan(107);
    const paged = await pages('/v1/requests?status=completed&type=access&limit=25', 'after', { auth });
    expect(paged.slice(0, -1).every((p) => p.length === 25)).toBe(true);
    expect(paged.flat()).toEqual(all);
    // without a limit, the first 200 as before, and where the rest starts
    const first = await call('GET', '/v1/requests?status=completed', { auth });
    expect(first.body.requests.map((r: any) => r.requestId)).toEqual(all.slice(0, Math.min(200, all.length)));
    expect(first.body.next === undefined).toBe(all.length <= 200);
  });
});
