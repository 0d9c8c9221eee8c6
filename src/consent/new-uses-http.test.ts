/**
 * New uses in the privacy center over HTTP (seed 001): a use version 2 added to data given under version 1
 * is listed for the person, waits for their answer, and their consent (recorded as theirs, with a receipt
 * and an audit entry) lets the application's read through; a decline keeps it withheld and is not asked
 * again; an answer can be changed. Bad input and calls without the person's own session are refused, naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { buildServer } from '../server/app.js';
import { callAt, type CallOptions } from '../../test/http.js';
import { NEW_USE_VERSION, openWithNewUse } from './test-fixtures/new-use.js';

const APP = { keyId: 'app', role: 'application' };

describe('new uses in the privacy center over HTTP', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  const ids: Record<string, string> = {};

  const call = (method: string, path: string, opts: CallOptions = {}) => callAt(base, method, path, opts);
  /** The session a verified code opens in the privacy center (the same token `POST /v1/privacy/verify` issues). */
  const sessionOf = async (id: string) => `custos_session=${(await custos.subjectTokens.issue({ subjectId: id, via: 'privacy_center', origin: 'test' })).token}`;
  const phoneForLessons = async (id: string) => (await custos.subjects.read(id, { actor: APP, purpose: 'lesson_delivery', fields: ['phone'] })).withheld;

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await openWithNewUse(env, async (v1) => {
      for (const [who, phone] of [['aiko', '090-1111-2222'], ['minji', '090-3333-4444']])
        ids[who] = (await v1.subjects.create({ jurisdiction: 'JP', fields: { name: who, email: `${who}@example.jp`, phone } }, { actor: APP, purpose: 'account' })).id;
    });
    ids.newcomer = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'New', email: 'new@example.jp', phone: '090-5555-6666' } }, { actor: APP, purpose: 'account' })).id;
    app = await buildServer(custos);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await env?.cleanup();
  });

  it('lists the use added after the data was collected, in the person\'s language; the consent lets the application\'s read through', async () => {
    const cookie = await sessionOf(ids.aiko);
    expect(await phoneForLessons(ids.aiko)).toEqual([{ field: 'phone', reason: 'new_use_consent_missing' }]);
    const listed = await call('GET', '/v1/privacy/me/new-uses?lang=ja', { cookie });
    expect(listed.status).toBe(200);
    // (the identity check rests on a legal obligation: it applies without consent, so it is not asked)
    expect(listed.body.uses).toEqual([
      { purpose: 'lesson_delivery', label: 'レッスンの予約と提供', categories: [{ id: 'phone', label: '電話番号' }], addedIn: { ordinal: 2, label: NEW_USE_VERSION }, state: 'awaiting' },
    ]);

    const answered = await call('POST', '/v1/privacy/me/new-uses', { cookie, body: { purpose: 'lesson_delivery', answer: 'consent', language: 'ja' } });
    expect(answered.status).toBe(201);
    expect(answered.body.uses).toMatchObject([{ purpose: 'lesson_delivery', state: 'consented', since: expect.any(String) }]);
    const receipt = JSON.parse(Buffer.from(answered.body.receipt.split('.')[1], 'base64url').toString('utf8'));
    expect(receipt).toMatchObject({ record_id: answered.body.receiptId, event_type: 'consent_given', pii_principal_id: ids.aiko, purposes: [{ id: 'lesson_delivery' }] });
    expect(await phoneForLessons(ids.aiko)).toEqual([]);
    // recorded as the person's own choice, under version 2, with the evidence the server saw
    const [event] = (await custos.consents.history(ids.aiko)).filter((e) => e.purpose === 'lesson_delivery');
    expect(event).toMatchObject({ event: 'grant', policyVersion: 2, method: 'privacy_center', language: 'ja', receiptId: answered.body.receiptId, evidence: { ip: expect.any(String) } });
    const [audited] = await custos.audit.query({ action: 'consent.grant', subjectId: ids.aiko });
    expect(audited).toMatchObject({ actor: { keyId: 'subject', role: 'subject' }, outcome: 'ok', details: { purposes: ['lesson_delivery'], method: 'privacy_center', receiptId: answered.body.receiptId } });

    // the same answer again changes nothing; the consent is withdrawn as it was given, and given again
    const again = await call('POST', '/v1/privacy/me/new-uses', { cookie, body: { purpose: 'lesson_delivery', answer: 'consent' } });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'body.answer', rule: 'answer_unchanged' })]);
    const withdrawn = await call('POST', '/v1/privacy/me/new-uses', { cookie, body: { purpose: 'lesson_delivery', answer: 'decline' } });
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body.uses).toMatchObject([{ purpose: 'lesson_delivery', state: 'declined' }]);
    expect(await phoneForLessons(ids.aiko)).toEqual([{ field: 'phone', reason: 'consent_withdrawn' }]);
    expect((await call('POST', '/v1/privacy/me/new-uses', { cookie, body: { purpose: 'lesson_delivery', answer: 'consent' } })).status).toBe(201);
    expect(await phoneForLessons(ids.aiko)).toEqual([]);
  });

  it('a decline keeps the use withheld and is not asked again', async () => {
    const cookie = await sessionOf(ids.minji);
    const declined = await call('POST', '/v1/privacy/me/new-uses', { cookie, body: { purpose: 'lesson_delivery', answer: 'decline', language: 'en' } });
    expect(declined.status).toBe(201);
    expect(declined.body.uses).toMatchObject([{ purpose: 'lesson_delivery', label: 'Booking and giving lessons', state: 'declined' }]);
    expect(JSON.parse(Buffer.from(declined.body.receipt.split('.')[1], 'base64url').toString('utf8'))).toMatchObject({ event_type: 'consent_withdrawn' });
    expect(await phoneForLessons(ids.minji)).toEqual([{ field: 'phone', reason: 'consent_withdrawn' }]);
    expect((await call('GET', '/v1/privacy/me/new-uses', { cookie })).body.uses.filter((u: any) => u.state === 'awaiting')).toEqual([]);
  });

  it('someone who gave their data under the version that added the use is asked nothing', async () => {
    expect((await call('GET', '/v1/privacy/me/new-uses', { cookie: await sessionOf(ids.newcomer) })).body).toEqual({ uses: [] });
    expect(await phoneForLessons(ids.newcomer)).toEqual([]);
  });

  it('refuses a call without the person\'s session, an unknown purpose, a purpose with no use awaiting and bad input, naming the field', async () => {
    for (const [method, body] of [['GET', undefined], ['POST', { purpose: 'lesson_delivery', answer: 'consent' }]] as const) {
      const r = await call(method, '/v1/privacy/me/new-uses', { body });
      expect(r.status).toBe(401);
      expect(r.body.errors).toEqual([expect.objectContaining({ field: 'authorization', rule: 'subject_token' })]);
    }
    const cookie = await sessionOf(ids.newcomer);
    const post = (body: unknown) => call('POST', '/v1/privacy/me/new-uses', { cookie, body });
    const refused = async (body: unknown, status: number, field: string, rule: string) => {
      const r = await post(body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.body.errors, JSON.stringify(body)).toEqual([expect.objectContaining({ field, rule })]);
    };
    await refused({ purpose: 'no_such_purpose', answer: 'consent' }, 400, 'body.purpose', 'purpose_declared');
    // declared from version 1 (payment), on a legal obligation (identity checks), or new but not for data given under version 2
    for (const purpose of ['payment', 'identity_verification', 'lesson_delivery']) await refused({ purpose, answer: 'consent' }, 409, 'body.purpose', 'new_use_awaiting');
    await refused({ purpose: 'lesson_delivery', answer: 'maybe' }, 400, 'body.answer', 'not_allowed_value');
    await refused({ answer: 'consent' }, 400, 'body.purpose', 'required');
    await refused({ purpose: 'lesson_delivery', answer: 'consent', extra: 1 }, 400, 'body', 'unknown_key');
    expect((await call('GET', '/v1/privacy/me/new-uses?lang=xx', { cookie })).status).toBe(400);
    // an application's token for its user: the answer is the person's own, given in their session
    const { key } = await custos.keys.create({ name: 'backend', role: 'application' }, { keyId: 'cli', role: 'operator' });
    const token = await call('POST', '/v1/subject-tokens', { auth: `Bearer ${key}`, body: { subjectId: ids.aiko } });
    expect(token.status).toBe(201);
    const byApp = await call('POST', '/v1/privacy/me/new-uses', { auth: `Subject ${token.body.token}`, body: { purpose: 'lesson_delivery', answer: 'consent' } });
    expect(byApp.status).toBe(403);
    expect(byApp.body.errors).toEqual([expect.objectContaining({ field: 'authorization', rule: 'privacy_center_session' })]);
    // an agent's session follows the one request the agent filed, nothing else of the person's
    const agent = `custos_session=${(await custos.subjectTokens.issue({ subjectId: ids.aiko, via: 'agent', origin: 'test', requestId: 'r-1' })).token}`;
    for (const [method, body] of [['GET', undefined], ['POST', { purpose: 'lesson_delivery', answer: 'decline' }]] as const) {
      const r = await call(method, '/v1/privacy/me/new-uses', { cookie: agent, body });
      expect(r.status).toBe(403);
      expect(r.body.errors).toEqual([expect.objectContaining({ field: 'authorization', rule: 'agent_scope' })]);
    }
  });
});
