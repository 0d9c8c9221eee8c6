import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { connect } from 'node:net';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { buildServer } from './app.js';
import { defineRoute } from './route.js';
import { keySecret } from '../../test/expect.js';
import { pgConnectError } from '../store/postgres.js';

describe('HTTP API', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let admin: string;
  let appKey: string;
  let supportKey: string;
  let opsKey: string;
  let logs = '';

  const call = async (method: string, path: string, key?: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open();
    const logStream = new Writable({ write: (chunk, _enc, cb) => ((logs += chunk.toString()), cb()) });
    app = await buildServer(custos, { logger: { stream: logStream } });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const op = { keyId: 'cli', role: 'operator' };
    admin = (await custos.keys.create({ name: 'admin', role: 'privacy_officer' }, op)).key;
    appKey = (await custos.keys.create({ name: 'backend', role: 'application' }, op)).key;
    supportKey = (await custos.keys.create({ name: 'helpdesk', role: 'support' }, op)).key;
    opsKey = (await custos.keys.create({ name: 'ops', role: 'server_maintenance' }, op)).key;
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  it('creates, reads with a purpose, corrects, searches and erases a subject', async () => {
    const created = await call('POST', '/v1/subjects', appKey, { purpose: 'account', jurisdiction: 'KR', fields: { name: '이서연', email: 'seoyeon@example.kr', phone: '010-9876-5432' } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const again = await call('POST', '/v1/subjects', appKey, { purpose: 'account', externalId: 'u-1', fields: { name: 'X' } });
    expect(again.status).toBe(201);
    expect((await call('POST', '/v1/subjects', appKey, { purpose: 'account', externalId: 'u-1', fields: { name: 'X' } })).status).toBe(200);

    const read = await call('GET', `/v1/subjects/${id}?purpose=support&fields=name,email,card`, supportKey);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ id, purpose: 'support', fields: { name: '이서연', email: 'seoyeon@example.kr' }, withheld: [] });
    const check = await call('POST', `/v1/subjects/${id}/check`, supportKey, { purpose: 'marketing_email', fields: ['email'] });
    expect(check.body).toEqual({ allowed: [], withheld: [{ field: 'email', reason: 'category_not_for_purpose' }].map((w) => ({ ...w, reason: 'role_not_for_purpose' })) });

    expect((await call('PATCH', `/v1/subjects/${id}`, supportKey, { purpose: 'support', fields: { email: 'new@example.kr' } })).body).toEqual({ updated: ['email'] });
    expect((await call('POST', '/v1/subjects/search', supportKey, { purpose: 'support', email: 'NEW@example.kr' })).body).toEqual({ ids: [id] });
    // a search looks in one category: a reply address only for answering the inquiry, never in the URL
    await call('PATCH', `/v1/subjects/${id}`, supportKey, { purpose: 'inquiry_reply', fields: { inquiry_email: 'reply@example.kr' } });
    expect((await call('POST', '/v1/subjects/search', supportKey, { purpose: 'support', email: 'reply@example.kr' })).body).toEqual({ ids: [] });
    expect((await call('POST', '/v1/subjects/search', supportKey, { purpose: 'inquiry_reply', email: 'reply@example.kr', category: 'inquiry_email' })).body).toEqual({ ids: [id] });
    const denied = await call('POST', '/v1/subjects/search', supportKey, { purpose: 'support', email: 'reply@example.kr', category: 'inquiry_email' });
    expect(denied.status).toBe(403);
    expect(denied.body.errors).toEqual([expect.objectContaining({ field: 'body.category', rule: 'category_not_for_purpose' })]);
    expect(JSON.stringify(denied.body)).not.toContain('reply@example.kr');
    const wrong = await call('POST', '/v1/subjects/search', supportKey, { purpose: 'support', email: 'reply@example.kr', category: 'name' });
    expect([wrong.status, wrong.body.errors]).toEqual([400, [expect.objectContaining({ field: 'body.category', rule: 'lookup_category' })]]);

    const rec = await call('POST', `/v1/subjects/${id}/records`, appKey, { purpose: 'lesson_delivery', category: 'messages', value: 'see you at 7' });
    expect(rec.status).toBe(201);
    const recs = await call('GET', `/v1/subjects/${id}/records?purpose=support&category=messages`, supportKey);
    expect(recs.body.records.map((r: { value: string }) => r.value)).toEqual(['see you at 7']);

    expect((await call('DELETE', `/v1/subjects/${id}`, supportKey, { reason: 'asked' })).status).toBe(403);
    const erased = await call('DELETE', `/v1/subjects/${id}`, appKey, { reason: 'erasure request' });
    expect(erased.status).toBe(200);
    // no transaction on record: the tax hold kept nothing, and the answer says why
    expect(erased.body).toEqual({ erasedAt: expect.any(String), kept: [], notHeld: [{ hold: 'tax_records', reason: 'no_records', records: ['transactions'] }], deattributed: [] });
    const gone = await call('GET', `/v1/subjects/${id}?purpose=support&fields=name`, supportKey);
    expect(gone.body.withheld).toEqual([{ field: 'name', reason: 'erased' }]);
    // erased again: the first erasure's time, said to be an earlier one, and audited as such
    await new Promise((r) => setTimeout(r, 5));
    const reErased = await call('DELETE', `/v1/subjects/${id}`, appKey, { reason: 'erasure request' });
    expect([reErased.status, reErased.body.erasedAt, reErased.body.alreadyErased]).toEqual([200, erased.body.erasedAt, true]);
    expect((await custos.audit.query({ action: 'subject.erase' })).map((e) => [e.outcome, e.reason ?? null])).toEqual([
      ['ok', null],
      ['ok', 'already_erased'],
    ]);

    // many at once
    const many = await Promise.all([1, 2, 3].map((k) => call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: `Bulk ${k}` } })));
    const ids = many.map((m) => m.body.id as string);
    expect((await call('POST', '/v1/subjects/erase', supportKey, { ids, reason: 'asked' })).status).toBe(403);
    const bulk = await call('POST', '/v1/subjects/erase', appKey, { ids: [ids[0], ids[1], 'nobody'], reason: 'account deletion' });
    expect(bulk.status).toBe(200);
    expect(bulk.body.erased.map((e: { id: string }) => e.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(bulk.body.notFound).toEqual(['nobody']);
    expect((await call('GET', `/v1/subjects/${ids[1]}?purpose=support&fields=name`, supportKey)).body.withheld).toEqual([{ field: 'name', reason: 'erased' }]);
    expect((await call('GET', `/v1/subjects/${ids[2]}?purpose=support&fields=name`, supportKey)).body.fields).toEqual({ name: 'Bulk 3' });
  });

  it('an unknown key is named by its parent and the rule, never by its text (a key may be an email address)', async () => {
    const email = 'leaked.person@example.jp';
    const { id } = await custos.subjects.create({ fields: { name: 'Keys' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' });
    const cases: [string, string, string | undefined, unknown, string, string][] = [
      ['POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'A' }, [email]: 1 }, 'body', 'unknown_key'],
      ['POST', '/v1/subjects', appKey, { purpose: 'account', fields: { [email]: 'x' } }, 'body.fields', 'category_declared'],
      ['PATCH', `/v1/subjects/${id}`, appKey, { purpose: 'account', fields: { [email]: 'x' } }, 'body.fields', 'category_declared'],
      ['GET', `/v1/subjects/${id}?purpose=support&${encodeURIComponent(email)}=1`, supportKey, undefined, 'query', 'unknown_key'],
      ['PUT', `/v1/subjects/${id}/preferences`, appKey, { preferences: { [email.repeat(3)]: true } }, 'body.preferences', 'invalid_key'],
      ['PUT', `/v1/subjects/${id}/preferences`, appKey, { preferences: { [email.slice(0, 20)]: true } }, 'body.preferences', 'preference_declared'],
      ['PUT', `/v1/subjects/${id}/preferences`, appKey, { preferences: { [email.slice(0, 20)]: 'yes' } }, 'body.preferences', 'wrong_type'],
    ];
    for (const [method, path, key, body, field, rule] of cases) {
      const r = await call(method, path, key, body);
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(r.body.errors[0], `${method} ${path}`).toMatchObject({ field, rule });
      expect(JSON.stringify(r.body)).not.toContain(email.slice(0, 12));
    }
    expect((await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'A' }, [email]: 1 })).body.detail).toBe('unknown key at body');
    // the SDK says the same
    await expect(custos.subjects.update(id, { [email]: 'x' }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' })).rejects.toMatchObject({ message: expect.not.stringContaining(email), details: [{ field: 'fields', rule: 'category_declared' }] });
    await expect(custos.preferences.set(id, { [email]: true }, { method: 'api' })).rejects.toMatchObject({ message: expect.not.stringContaining(email), details: [{ field: 'preferences', rule: 'preference_declared' }] });
  });

  it('text that is not well-formed (a NUL character, a lone surrogate) is refused naming the field and the rule, on every route; a scanned message is taken as sent', async () => {
    const before = await custos.vault.count();
    const { id } = await custos.subjects.create({ fields: { name: 'Well Formed' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' });
    const cases: [string, string, string, unknown, string][] = [
      ['POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Hana\ud800ko' } }, 'body.fields'],
      ['POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Hana\u0000ko' } }, 'body.fields'],
      ['POST', '/v1/subjects', appKey, { purpose: 'account', externalId: 'u-\udc00', fields: { name: 'A' } }, 'body.externalId'],
      ['PATCH', `/v1/subjects/${id}`, appKey, { purpose: 'account', fields: { name: 'x\u0000' } }, 'body.fields'],
      ['DELETE', `/v1/subjects/${id}`, appKey, { reason: 'asked \ud800 by mail' }, 'body.reason'],
      ['POST', `/v1/subjects/${id}/records`, appKey, { purpose: 'lesson_delivery', category: 'messages', value: 'see you\u0000' }, 'body.value'],
      ['POST', '/v1/privacy/requests', '', { type: 'erasure', email: 'agent.case@example.jp', language: 'en', agent: { name: 'Agent \ud800', email: 'agent@example.jp', authorisation: 'a'.repeat(30) } }, 'body.agent.name'],
      ['POST', '/v1/disclosures', admin, { subjects: [id], recipient: { type: 'public_authority', name: 'Court\u0000' }, categories: ['name'], purpose: 'legal_request', basis: 'court_order', reference: 'case 1' }, 'body.recipient.name'],
      ['GET', `/v1/subjects/${id}?purpose=support%00`, supportKey, undefined, 'query.purpose'],
    ];
    for (const [method, path, key, body, field] of cases) {
      const r = await call(method, path, key || undefined, body);
      expect(r.status, `${method} ${path} ${field}`).toBe(400);
      expect(r.body.errors[0], `${method} ${path}`).toMatchObject({ field, rule: 'well_formed_text' });
    }
    expect(await custos.vault.count()).toEqual({ ...before, active: before.active + 1 });
    expect((await call('GET', `/v1/subjects/${id}?purpose=support&fields=name`, supportKey)).body.fields).toEqual({ name: 'Well Formed' });
    // a surrogate pair (an emoji) is well-formed text, and comes back as sent
    expect((await call('PATCH', `/v1/subjects/${id}`, appKey, { purpose: 'account', fields: { name: 'Hana \ud83c\udf38' } })).status).toBe(200);
    expect((await call('GET', `/v1/subjects/${id}?purpose=support&fields=name`, supportKey)).body.fields).toEqual({ name: 'Hana 🌸' });
    // a message is scanned and masked as sent: spans are indices into it, a lone surrogate and a NUL included
    const message = 'broken \ud83d pair\u0000 mail me: hana@example.jp';
    const scan = await call('POST', '/v1/scan', appKey, { text: message });
    expect(scan.status).toBe(200);
    expect(scan.body.findings).toEqual([expect.objectContaining({ type: 'EMAIL', start: message.indexOf('hana'), end: message.length })]);
    const masked = await call('POST', '/v1/messages/mask', appKey, { text: message });
    expect(masked.status).toBe(200);
    expect(masked.body.text).toBe(`${message.slice(0, message.indexOf('hana'))}${masked.body.text.slice(message.indexOf('hana'))}`);
    expect(masked.body.text).not.toContain('hana@example.jp');
  });

  it('scans and masks many messages in one call: a result per message, in order, the same as one call each; counted by type', async () => {
    const messages = ['LINEのIDはtanaka_88です', 'no contact here', 'write to tanaka (at) gmail (dot) com or call 090-1234-5678', 'broken \ud83d pair: hana@example.jp'];
    const scrape = async () => (await (await fetch(base + '/metrics', { headers: { authorization: `Bearer ${opsKey}` } })).text());
    const emails = (text: string) => Number(/^custos_masked_items_total\{type="EMAIL"\} (\S+)$/m.exec(text)?.[1] ?? 0);
    const before = emails(await scrape());
    const scan = await call('POST', '/v1/scan/batch', appKey, { texts: messages, specialCare: true });
    expect(scan.status).toBe(200);
    expect(scan.body.results).toHaveLength(messages.length);
    for (let i = 0; i < messages.length; i++) {
      const one = await call('POST', '/v1/scan', appKey, { text: messages[i], specialCare: true });
      expect(scan.body.results[i]).toEqual(one.body);
    }
    expect(scan.body.results[1].findings).toEqual([]);
    const masked = await call('POST', '/v1/messages/mask/batch', appKey, { texts: messages, style: 'asterisks' });
    expect(masked.status).toBe(200);
    for (let i = 0; i < messages.length; i++) expect(masked.body.results[i]).toEqual((await call('POST', '/v1/messages/mask', appKey, { text: messages[i], style: 'asterisks' })).body);
    expect(masked.body.results[2].text).not.toContain('gmail');
    // two emails in each of the four calls
    expect(emails(await scrape()) - before).toBe(8);
    // bad input: named by field and rule, nothing scanned
    const cases: [unknown, string, string][] = [
      [{ texts: [] }, 'body.texts', 'too_small'],
      [{ texts: Array(1001).fill('x') }, 'body.texts', 'too_big'],
      [{ texts: ['ok', 7] }, 'body.texts[1]', 'wrong_type'],
      [{ text: 'one' }, 'body.texts', 'required'],
    ];
    for (const [body, field, rule] of cases) {
      const r = await call('POST', '/v1/scan/batch', appKey, body);
      expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ field, rule });
    }
    expect((await call('POST', '/v1/messages/mask/batch', appKey, { texts: ['a'], style: 'blur' })).body.errors[0]).toMatchObject({ field: 'body.style' });
    expect(emails(await scrape()) - before).toBe(8);
  });

  it('a thing that is not found, or in no state for an action, is named by the input the caller sent', async () => {
    const { id } = await custos.subjects.create({ fields: { name: 'Named Right' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' });
    const request = await custos.requests.file(id, { type: 'access', language: 'en', channel: 'staff' });
    const court = { type: 'public_authority', name: 'Tokyo District Court' };
    const cases: [string, string, string | undefined, unknown, number, string][] = [
      ['POST', '/v1/disclosures', admin, { subjects: [id], recipient: 'no_such_recipient', categories: ['name'], purpose: 'third_party_provision' }, 404, 'body.recipient'],
      ['POST', '/v1/disclosures', admin, { subjects: [id], recipient: court, categories: ['name'], purpose: 'legal_request', basis: 'court_order', reference: 'case 9', continues: `dsc_${'a'.repeat(20)}` }, 404, 'body.continues'],
      ['DELETE', '/v1/keys/aaaaaaaaaaaa', admin, undefined, 404, 'params.keyId'],
      ['GET', '/v1/policy/diff?from=1&to=99', admin, undefined, 404, 'query.to'],
      ['GET', '/v1/policy/diff?from=99&to=1', admin, undefined, 404, 'query.from'],
      ['POST', '/v1/subject-tokens', appKey, { subjectId: 'nobody' }, 404, 'body.subjectId'],
      ['POST', '/v1/requests', admin, { subjectId: 'nobody', type: 'access', language: 'en' }, 404, 'body.subjectId'],
      ['GET', '/v1/subjects/nobody?purpose=support', supportKey, undefined, 404, 'params.id'],
      ['POST', '/v1/subjects/nobody/stop-provision', admin, { reason: 'asked by letter' }, 404, 'params.id'],
      ['GET', '/v1/subjects/nobody/disclosures', admin, undefined, 404, 'params.id'],
      // a field the route declares but the request left out is named as the route's own validation names it
      ['POST', '/v1/subjects/search', appKey, { purpose: 'account' }, 400, 'body.email'],
      ['POST', '/v1/privacy/requests', undefined, { type: 'access', language: 'en' }, 400, 'body.email'],
      ['GET', '/v1/requests/nope', admin, undefined, 404, 'params.id'],
      ['POST', '/v1/requests/nope/approve', admin, {}, 404, 'params.id'],
      ['POST', '/v1/requests/nope/identifier-code', admin, {}, 404, 'params.id'],
      ['POST', '/v1/requests/nope/identifier-confirmation', admin, { code: '123456' }, 404, 'params.id'],
      ['POST', `/v1/requests/${request.requestId}/fee-paid`, admin, {}, 409, 'params.id'],
    ];
    for (const [method, path, key, body, status, field] of cases) {
      const r = await call(method, path, key, body);
      expect(r.status, `${method} ${path}`).toBe(status);
      expect(r.body.errors[0].field, `${method} ${path}`).toBe(field);
    }
    // an erased subject is named the same way, on every route that answers 410
    const gone = (await custos.subjects.create({ fields: { name: 'Gone' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' })).id;
    await custos.subjects.erase(gone, { actor: { keyId: 'k', role: 'application' }, reason: 'user_request' });
    for (const [method, path, key, body, field] of [
      ['GET', `/v1/subjects/${gone}/preferences`, appKey, undefined, 'params.id'],
      ['POST', `/v1/subjects/${gone}/cookie-token`, appKey, {}, 'params.id'],
      ['POST', `/v1/subjects/${gone}/close`, appKey, { reason: 'user_request' }, 'params.id'],
      ['POST', `/v1/subjects/${gone}/records`, appKey, { purpose: 'lesson_delivery', category: 'messages', value: 'hi' }, 'params.id'],
      ['POST', '/v1/requests', admin, { subjectId: gone, type: 'access', language: 'en' }, 'body.subjectId'],
    ] as [string, string, string, unknown, string][]) {
      const r = await call(method, path, key, body);
      expect([r.status, r.body.errors[0]?.field, r.body.errors[0]?.rule], `${method} ${path}`).toEqual([410, field, 'erased']);
    }
    // the SDK names its own parameters
    const staff = { keyId: 'k', role: 'privacy_officer' };
    await expect(custos.requests.approve('nope', staff)).rejects.toMatchObject({ details: [{ field: 'requestId', rule: 'not_found' }] });
    await expect(custos.requests.markFeePaid(request.requestId, staff)).rejects.toMatchObject({ details: [{ field: 'requestId', rule: 'no_fee' }] });
    await expect(custos.jobs.get({ key: 'no-such-job' })).rejects.toMatchObject({ details: [{ field: 'key', rule: 'not_found' }] });
    expect(() => custos.disclosures.recipient('no_such_recipient')).toThrow(expect.objectContaining({ details: [expect.objectContaining({ field: 'id', rule: 'not_found' })] }));
  });

  it('bad input is a 4xx problem+json naming the field and the rule, and writes nothing', async () => {
    const before = await custos.vault.count();
    const cases: [string, string, unknown, number, string, string][] = [
      ['POST', '/v1/subjects', { purpose: 'account', fields: { email: 'nope' } }, 400, 'body.fields.email', 'email_syntax'],
      ['POST', '/v1/subjects', { fields: { name: 'A' } }, 400, 'body.purpose', 'required'],
      ['POST', '/v1/subjects', { purpose: 'account', fields: { name: 'A' }, extra: 1 }, 400, 'body', 'unknown_key'],
      ['POST', '/v1/subjects', { purpose: 'spying', fields: { name: 'A' } }, 400, 'body.purpose', 'purpose_declared'],
      ['POST', '/v1/subjects', { purpose: 'account', fields: { shoe: 1 } }, 400, 'body.fields', 'category_declared'],
      ['POST', '/v1/subjects', { purpose: 'account', fields: { card: '4111111111111111' } }, 403, 'body.fields.card', 'category_not_for_purpose'],
      ['POST', '/v1/subjects', { purpose: 'account', jurisdiction: 'XX', fields: {} }, 400, 'body.jurisdiction', 'jurisdiction_declared'],
      // one Custos knows but this policy does not declare: the same rule, naming the policy's
      ['POST', '/v1/subjects', { purpose: 'account', jurisdiction: 'GB', fields: {} }, 400, 'body.jurisdiction', 'jurisdiction_declared'],
      ['POST', '/v1/subjects', '{"purpose": "account", ', 400, 'body', 'json_syntax'],
      // valid JSON with a key that could poison a prototype (escaped or not): refused by its own rule
      ['POST', '/v1/subjects', '{"purpose": "account", "fields": {"__proto__": {"x": 1}}}', 400, 'body', 'json_prototype_key'],
      ['POST', '/v1/subjects', '{"purpose": "account", "fields": {"\\u005f_proto__": {"x": 1}}}', 400, 'body', 'json_prototype_key'],
      ['POST', '/v1/subjects', '{"purpose": "account", "constructor": {"prototype": {"x": 1}}}', 400, 'body', 'json_prototype_key'],
      ['POST', '/v1/subjects/erase', { ids: [], reason: 'r' }, 400, 'body.ids', 'too_small'],
      ['POST', '/v1/subjects/erase', { ids: Array.from({ length: 1001 }, (_, k) => `id-${k}`), reason: 'r' }, 400, 'body.ids', 'too_big'],
      ['POST', '/v1/subjects/erase', { ids: ['a'] }, 400, 'body.reason', 'required'],
    ];
    for (const [method, path, body, status, field, rule] of cases) {
      const r = await call(method, path, appKey, body);
      expect(r.status, `${JSON.stringify(body)}`).toBe(status);
      expect(r.type).toMatch(/application\/problem\+json/);
      expect(r.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toContain(`${field}:${rule}`);
      expect(JSON.stringify(r.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    // several bad fields: each named as the request gave it, in the errors and in the detail
    const several = await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { email: 'nope', phone: '12' } });
    expect([several.status, several.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)]).toEqual([400, ['body.fields.email:email_syntax', 'body.fields.phone:phone_valid']]);
    expect(several.body.detail).toMatch(/^body\.fields\.email: .*; body\.fields\.phone: /);
    expect(await custos.vault.count()).toEqual(before);
    const young = new Date();
    young.setUTCFullYear(young.getUTCFullYear() - 10);
    const child = await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Kid', birth_date: young.toISOString().slice(0, 10) } });
    expect(child.status).toBe(422);
    expect(child.body.code).toBe('CUSTOS_UNDER_AGE');
    // the same birth date written to a subject on file: refused, and the subject is erased as a child's data
    const grown = (await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Grown Up' } })).body.id as string;
    const found = await call('PATCH', `/v1/subjects/${grown}`, appKey, { purpose: 'account', fields: { birth_date: young.toISOString().slice(0, 10) } });
    expect(found.status).toBe(422);
    expect(found.body.code).toBe('CUSTOS_UNDER_AGE');
    expect(found.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual(['body.fields.birth_date:minimum_age', 'subject:erased_as_child']);
    expect(JSON.stringify(found.body)).not.toContain(young.toISOString().slice(0, 10));
    expect((await call('GET', `/v1/subjects/${grown}?purpose=support&fields=name`, supportKey)).body.withheld).toEqual([{ field: 'name', reason: 'erased' }]);
    expect((await call('GET', '/v1/subjects/nobody?purpose=support', supportKey)).status).toBe(404);
    expect((await call('GET', '/v1/subjects/x?purpose=support&bogus=1', supportKey)).body.errors[0]).toMatchObject({ field: 'query', rule: 'unknown_key' });
    // a URL that cannot be routed still gets a problem naming the rule, and the headers every response carries
    const bad = await call('GET', '/v1/subjects/%zz?purpose=support', supportKey);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'url', rule: 'url_encoding' });
    expect(bad.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(bad.headers.get('x-content-type-options')).toBe('nosniff');
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // what Node's HTTP parser refuses is a problem naming the rule too: headers over its limit, bytes that are not HTTP
    const long = await fetch(`${base}/v1/subjects/x?purpose=${'a'.repeat(60_000)}`, { headers: { authorization: `Bearer ${supportKey}` } });
    expect([long.status, long.headers.get('content-type')]).toEqual([431, 'application/problem+json']);
    expect(((await long.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ field: 'request', rule: 'header_size' });
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let got = '';
      socket.on('data', (b) => (got += b));
      socket.on('close', () => resolve(got));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).errors[0]).toMatchObject({ field: 'request', rule: 'http_syntax' });
    // JSON nested thousands deep parses, then overflows whatever walks it: a 400 naming the rule, on a
    // route anyone reaches and on a json field alike, and nothing written
    const deep = (n: number): unknown => (n === 0 ? {} : { a: deep(n - 1) });
    const nested = `${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}`;
    const intakes = await fetch(base + '/v1/privacy/requests', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"type":"access","email":"deep@example.jp","language":"en","details":${nested}}` });
    expect(intakes.status).toBe(400);
    expect(((await intakes.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ field: 'body', rule: 'json_depth' });
    const count = await custos.vault.count();
    const field = await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Deep' }, x: deep(40) });
    expect(field.body.errors[0]).toMatchObject({ field: 'body', rule: 'json_depth' });
    expect(await custos.vault.count()).toEqual(count);
    expect((await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Shallow' } })).status).toBe(201);
    await expect(custos.subjects.create({ fields: { device_data: deep(40) as Record<string, unknown> } }, { actor: { keyId: 'k', role: 'trust_safety' }, purpose: 'fraud_prevention' })).rejects.toMatchObject({ details: [{ field: 'fields.device_data', rule: 'json_depth' }] });
  });

  it('a route refuses a query or a body it does not declare, rather than ignore it; a page a browser loads takes a cache-busting query', async () => {
    const extraQuery = await call('GET', '/v1/keys?role=support', admin);
    expect(extraQuery.status).toBe(400);
    expect(extraQuery.body.errors).toEqual([{ field: 'query', rule: 'unknown_key', message: 'unknown key at query' }]);
    const withBody = await call('POST', '/v1/visits/purge', admin, { olderThan: 'P1D' });
    expect(withBody.status).toBe(400);
    expect(withBody.body.errors).toEqual([{ field: 'body', rule: 'unknown_key', message: 'unknown key at body' }]);
    const notObject = await call('POST', '/v1/visits/purge', admin, [1]);
    expect(notObject.status).toBe(400);
    expect(notObject.body.errors[0].field).toBe('body');
    // an empty object (what a client sends for "no body"), or nothing at all, is no body
    expect((await call('POST', '/v1/visits/purge', admin, {})).status).toBe(200);
    expect((await call('POST', '/v1/visits/purge', admin)).status).toBe(200);
    expect((await fetch(base + '/banner.js?v=2')).status).toBe(200);
    // the framework's refusals of a body name their rule
    const syntax = await fetch(base + '/v1/subjects', { method: 'POST', headers: { authorization: `Bearer ${appKey}`, 'content-type': 'application/json' }, body: '{"purpose":' });
    expect(((await syntax.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ field: 'body', rule: 'json_syntax' });
  });

  it("a store that cannot be used is a 503 naming the rule, without the store's own message (hosts, files), which goes to the log by rule only", async () => {
    let serverLog = '';
    const down = defineRoute({ method: 'GET', url: '/test/store-down', summary: 'a store that does not answer', tag: 'test', auth: 'public', handler: async () => Promise.reject(pgConnectError({ code: 'ETIMEDOUT', message: 'connect ETIMEDOUT 10.1.2.3:5432' })) });
    const server = await buildServer(custos, { routes: [down], logger: { stream: new Writable({ write: (chunk, _enc, cb) => ((serverLog += chunk.toString()), cb()) }) } });
    try {
      const r = await server.inject({ method: 'GET', url: '/test/store-down' });
      expect(r.statusCode).toBe(503);
      const body = r.json() as { code: string; detail: string; errors: { field: string; rule: string; message: string }[] };
      expect(body).toMatchObject({ code: 'CUSTOS_STORE_UNAVAILABLE', errors: [{ field: 'database', rule: 'database_reachable' }] });
      expect(body.detail).toMatch(/unavailable.*try again/);
      expect(r.body).not.toContain('10.1.2.3');
      expect(serverLog).toContain('database_reachable');
      expect(serverLog).not.toContain('10.1.2.3');
    } finally {
      await server.close();
    }
  });

  it('a body that is not UTF-8, or says another charset, is refused, not stored with replacement characters', async () => {
    const count = await custos.vault.count();
    const send = (type: string, body: Uint8Array | string, path = '/v1/subjects', key: string | undefined = appKey) =>
      fetch(base + path, { method: 'POST', headers: { 'content-type': type, ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: typeof body === 'string' ? body : new Uint8Array(body) });
    const bytes = Buffer.concat([Buffer.from('{"purpose":"account","fields":{"name":"Zeb'), Buffer.from([0xff, 0xfe]), Buffer.from('ulon"}}')]);
    const notUtf8 = await send('application/json', bytes);
    expect(notUtf8.status).toBe(400);
    expect(((await notUtf8.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'body', rule: 'utf8', message: 'must be valid UTF-8' }]);
    const latin1 = await send('application/json; charset=latin1', '{"purpose":"account","fields":{"name":"Zeb"}}');
    expect(latin1.status).toBe(415);
    expect(((await latin1.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ field: 'body', rule: 'media_type' });
    // a page-visit beacon (text/plain, no key) likewise
    const beacon = await send('text/plain;charset=UTF-8', Buffer.concat([Buffer.from('{"url":"https://site.example/'), Buffer.from([0xc3]), Buffer.from('"}')]), '/v1/collect', undefined);
    expect(beacon.status).toBe(400);
    expect(((await beacon.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ field: 'body', rule: 'utf8' });
    expect(await custos.vault.count()).toEqual(count);
    // UTF-8, with a charset or without, is read as sent
    for (const type of ['application/json', 'application/json; charset=UTF-8', 'application/json;charset="utf8"']) {
      const ok = await send(type, JSON.stringify({ purpose: 'account', fields: { name: 'Zoë 田中 😀' } }));
      expect(ok.status).toBe(201);
      const { id } = (await ok.json()) as { id: string };
      expect((await custos.vault.read(id)).fields.name).toBe('Zoë 田中 😀');
    }
  });

  it('no answer of the API may be kept by a cache unless its route says so', async () => {
    const read = await call('GET', '/v1/keys', admin);
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect((await call('GET', '/v1/subjects/nobody?purpose=support', supportKey)).headers.get('cache-control')).toBe('no-store');
    expect((await call('GET', '/v1/subjects/%zz?purpose=support', supportKey)).headers.get('cache-control')).toBe('no-store');
    // what is public and the same for everyone keeps its own policy
    expect((await fetch(base + '/.well-known/custos-receipt-key.json')).headers.get('cache-control')).toMatch(/public/);
  });

  it('every /v1 route needs a valid key; roles without an operation get 403', async () => {
    for (const [m, p] of [['GET', '/v1/keys'], ['POST', '/v1/subjects'], ['GET', '/v1/audit/verify'], ['GET', '/v1/subjects/x?purpose=support']]) {
      const r = await call(m, p, undefined, m === 'POST' ? {} : undefined);
      expect(r.status, `${m} ${p}`).toBe(401);
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
      expect((await call(m, p, 'ck_aaaaaaaaaaaa_' + 'A'.repeat(43), m === 'POST' ? {} : undefined)).status).toBe(401);
    }
    expect((await call('GET', '/v1/keys', supportKey)).status).toBe(403);
    expect((await call('GET', '/v1/audit/verify', supportKey)).status).toBe(403);
    // erasures: the role is checked before the body, and the refusal names no subject (the id may be anyone's identifier)
    await custos.audit.flush();
    const erasuresRefused = async () => (await custos.audit.query({ action: 'operation.erase', limit: 100 })).length;
    const before = await erasuresRefused();
    for (const [m, p] of [['DELETE', '/v1/subjects/someone@example.org'], ['POST', '/v1/subjects/erase'], ['POST', '/v1/subjects/x/child'], ['POST', '/v1/subjects/x/close']]) {
      const r = await call(m, p, supportKey, {});
      expect([r.status, r.body.errors?.[0]?.rule], `${m} ${p}`).toEqual([403, 'operation_not_for_role']);
    }
    // each refusal is in the log, as a refused read is (the denials alert counts them)
    await custos.audit.flush();
    const refused = (await custos.audit.query({ action: 'operation.*', limit: 10 })).map((e) => [e.action, e.actor.role, e.outcome, e.reason, e.subjectRef ?? null]);
    expect(refused).toEqual(
      expect.arrayContaining([
        ['operation.manage_keys', 'support', 'denied', 'operation_not_for_role', null],
        ['operation.audit_verify', 'support', 'denied', 'operation_not_for_role', null],
        ['operation.erase', 'support', 'denied', 'operation_not_for_role', null],
      ]),
    );
    expect(await erasuresRefused()).toBe(before + 4);
    expect(await custos.audit.refOf('someone@example.org')).toBeUndefined();
    // server maintenance reads nothing
    const { id } = await custos.subjects.create({ fields: { name: 'Someone' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' });
    const r = await call('GET', `/v1/subjects/${id}?purpose=support`, opsKey);
    expect(r.body.fields).toEqual({});
  });

  it('keys: create, list and revoke through the API; a revoked key stops working at once', async () => {
    const created = await call('POST', '/v1/keys', admin, { name: 'temp', role: 'support' });
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect((await call('GET', '/v1/keys', admin)).body.keys.some((k: { keyId: string }) => k.keyId === created.body.info.keyId)).toBe(true);
    expect(JSON.stringify((await call('GET', '/v1/keys', admin)).body)).not.toContain(keySecret(key));
    expect((await call('POST', '/v1/subjects/search', key, { purpose: 'support', email: 'a@example.com' })).status).toBe(200);
    expect((await call('DELETE', `/v1/keys/${created.body.info.keyId}`, admin)).status).toBe(200);
    expect((await call('POST', '/v1/subjects/search', key, { purpose: 'support', email: 'a@example.com' })).status).toBe(401);
    expect((await call('POST', '/v1/keys', admin, { name: 'x', role: 'emperor' })).body.errors[0]).toMatchObject({ field: 'body.role', rule: 'role_declared' });
  });

  it('audit verification, entries and checkpoint for the auditor', async () => {
    const v = await call('GET', '/v1/audit/verify', admin);
    expect(v.body.ok).toBe(true);
    const e = await call('GET', '/v1/audit/entries?action=key.create&limit=50', admin);
    expect(e.body.entries.length).toBeGreaterThanOrEqual(4);
    const cp = await call('GET', '/v1/audit/checkpoint', admin);
    expect(cp.body.signature).toBeTruthy();
  });

  it('access monitoring is on: a bulk read by one key raises an alert listed by the API', async () => {
    const ids = await Promise.all(
      Array.from({ length: 205 }, async (_, i) => (await custos.subjects.create({ fields: { name: `Bulk ${i}` } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' })).id),
    );
    for (const id of ids) await call('GET', `/v1/subjects/${id}?purpose=support&fields=name`, supportKey);
    await custos.monitor!.settled();
    const alerts = (await call('GET', '/v1/alerts', admin)).body.alerts;
    expect(alerts.filter((a: { rule: string }) => a.rule === 'bulk_read')).toHaveLength(1);
  });

  it('serves an OpenAPI 3.1 document built from the route schemas', async () => {
    const r = await call('GET', '/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toContain('/v1/subjects/{id}');
    expect(r.body.paths['/v1/subjects'].post.requestBody.content['application/json'].schema.required).toContain('purpose');
  });

  it('logs name routes and statuses, never personal data, identifiers or keys', async () => {
    await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Canary Person', email: 'canary@example.org' } });
    await call('POST', '/v1/subjects/search', supportKey, { purpose: 'support', email: 'canary@example.org' });
    await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { email: 'canary-bad' } });
    expect(logs).toContain('"route":"/v1/subjects"');
    // one line per request, with its status
    const lines = logs.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; req?: { route: string }; res?: { statusCode: number } });
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.slice(-3).map((l) => [l.req?.route, l.res?.statusCode])).toEqual([
      ['/v1/subjects', 201],
      ['/v1/subjects/search', 200],
      ['/v1/subjects', 400],
    ]);
    expect(lines.filter((l) => /incoming request|request completed/.test(l.msg))).toEqual([]);
    for (const v of ['Canary', 'canary@example.org', 'canary-bad', appKey, keySecret(supportKey)]) expect(logs).not.toContain(v);
  });

  it('metrics count every request by route pattern, method and status, and time it', async () => {
    const scrape = async () => {
      const res = await fetch(base + '/metrics', { headers: { authorization: `Bearer ${opsKey}` } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const value = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    const created = 'custos_http_requests_total{route="/v1/subjects",method="POST",status="201"}';
    const refused = 'custos_http_requests_total{route="/v1/subjects",method="POST",status="400"}';
    const timed = 'custos_http_request_duration_seconds_count{route="/v1/subjects",method="POST"}';
    const before = await scrape();
    await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Metric Person' } });
    await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { name: 'Metric Person 2' } });
    await call('POST', '/v1/subjects', appKey, { purpose: 'account', fields: { email: 'not-an-email' } });
    await call('GET', '/v1/no-such-route', appKey);
    const after = await scrape();
    expect(value(after, created) - value(before, created)).toBe(2);
    expect(value(after, refused) - value(before, refused)).toBe(1);
    expect(value(after, timed) - value(before, timed)).toBe(3);
    expect(value(after, 'custos_http_requests_total{route="unmatched",method="GET",status="404"}')).toBeGreaterThanOrEqual(1);
  });

  it('rate-limits routes without a key per client, and key routes only when a limit is set', async () => {
    // the default: key routes carry no limit (a key is the operator's own application), public ones do
    const keyed = await call('GET', '/v1/keys', admin);
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('x-ratelimit-limit')).toBeNull();
    const open = await call('POST', '/v1/receipts/verify', undefined, { receipt: 'x' });
    expect(open.headers.get('x-ratelimit-limit')).toBe('120');

    const limited = await buildServer(custos, { keyRateLimit: 2 });
    const url = await limited.listen({ port: 0, host: '127.0.0.1' });
    try {
      const get = (key: string) => fetch(url + '/v1/keys', { headers: { authorization: `Bearer ${key}` } });
      expect((await get(admin)).headers.get('x-ratelimit-limit')).toBe('2');
      expect((await get(admin)).status).toBe(200);
      const third = await get(admin);
      expect(third.status).toBe(429);
      expect(await third.json()).toMatchObject({ code: 'CUSTOS_RATE_LIMITED', errors: [{ field: 'request', rule: 'rate_limited' }] });
      // counted per key: another key from the same client still gets through
      const other = (await custos.keys.create({ name: 'second-officer', role: 'privacy_officer' }, { keyId: 'cli', role: 'operator' })).key;
      expect((await get(other)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('behind a trusted proxy, a client is the address it forwards; from anywhere else the header is ignored', async () => {
    const verify = (app: FastifyInstance, remoteAddress: string, client?: string) =>
      app.inject({ method: 'POST', url: '/v1/receipts/verify', remoteAddress, headers: { 'content-type': 'application/json', ...(client ? { 'x-forwarded-for': client } : {}) }, payload: { receipt: 'x' } });
    const behind = await buildServer(custos, { publicRateLimit: 1, trustProxy: ['10.0.0.0/8'] });
    const direct = await buildServer(custos, { publicRateLimit: 1 });
    try {
      // two people behind the proxy: each has their own allowance
      expect((await verify(behind, '10.1.2.3', '198.51.100.7')).statusCode).not.toBe(429);
      expect((await verify(behind, '10.1.2.3', '198.51.100.7')).statusCode).toBe(429);
      expect((await verify(behind, '10.1.2.3', '203.0.113.9')).statusCode).not.toBe(429);
      // a client that is not the proxy cannot pick its address with the header
      expect((await verify(behind, '192.0.2.50', '198.51.100.99')).statusCode).not.toBe(429);
      expect((await verify(behind, '192.0.2.50', '198.51.100.100')).statusCode).toBe(429);
      // without trustProxy everyone behind a proxy is the proxy
      expect((await verify(direct, '10.1.2.3', '198.51.100.7')).statusCode).not.toBe(429);
      expect((await verify(direct, '10.1.2.3', '203.0.113.9')).statusCode).toBe(429);
    } finally {
      await behind.close();
      await direct.close();
    }
  });
});

describe('closing the server', () => {
  let env: Env;
  let custos: Custos;
  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open();
  });
  afterAll(() => env.cleanup());

  /** A route whose answer waits until the test lets it go. */
  const gatedRoute = () => {
    let started!: () => void;
    let release!: () => void;
    const handlerStarted = new Promise<void>((r) => (started = r));
    const gate = new Promise<void>((r) => (release = r));
    const route = defineRoute({ method: 'GET', url: '/test/slow', summary: 'waits for the test', tag: 'test', auth: 'public', handler: async () => (started(), await gate, { done: true }) });
    return { route, handlerStarted, release };
  };
  const get = (base: string, path: string, agent: Agent) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(base + path, { agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });

  it('ends at once with a connection that never sent a request and an idle keep-alive one open', async () => {
    const app = await buildServer(custos, {});
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const silent = connect(Number(new URL(base).port), '127.0.0.1');
    await once(silent, 'connect');
    const silentClosed = once(silent, 'close');
    const agent = new Agent({ keepAlive: true });
    expect((await get(base, '/healthz', agent)).status).toBe(200);
    // Node's own close would wait for the silent connection for ever
    await app.close();
    await silentClosed;
    agent.destroy();
  });

  it('lets a request in progress finish before the close ends', async () => {
    const { route, handlerStarted, release } = gatedRoute();
    const app = await buildServer(custos, { routes: [route] });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const agent = new Agent({ keepAlive: true });
    const answer = get(base, '/test/slow', agent);
    await handlerStarted;
    let ended = false;
    const closing = app.close().then(() => (ended = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).toBe(false);
    release();
    expect(await answer).toEqual({ status: 200, body: '{"done":true}' });
    // and its keep-alive connection does not hold the close open afterwards
    await closing;
    agent.destroy();
  });

  it('cuts a request still in progress after the grace period', async () => {
    const { route, handlerStarted, release } = gatedRoute();
    const app = await buildServer(custos, { routes: [route], shutdownGraceMs: 100 });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const agent = new Agent({ keepAlive: true });
    const answer = get(base, '/test/slow', agent);
    await handlerStarted;
    await app.close();
    await expect(answer).rejects.toThrow(/socket hang up/);
    release();
    agent.destroy();
  });
});
