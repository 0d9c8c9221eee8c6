import { afterEach, beforeEach, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describeBackends, makeEnv, EXAMPLE, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import type { Actor } from './keys.js';
import type { CustosError } from '../errors.js';
import { rejects } from '../../test/expect.js';

const app: Actor = { keyId: 'app-key', role: 'application' };
const support: Actor = { keyId: 'support-key', role: 'support' };
const marketing: Actor = { keyId: 'mkt-key', role: 'marketing' };
const maintenance: Actor = { keyId: 'ops-key', role: 'server_maintenance' };

/** A birth date `n` years before today (YYYY-MM-DD), a month further back: the person is `n` already. */
function yearsAgo(n: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - n);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

describeBackends('purpose-bound access', (backend) => {
  let env: Env;
  let custos: Custos;
  let id: string;
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open();
    ({ id } = await custos.subjects.create(
      { jurisdiction: 'JP', fields: { name: 'Aiko Sato', email: 'aiko@example.jp', phone: '080-1111-2222' } },
      { actor: app, purpose: 'account' },
    ));
    // the address given in an inquiry form is collected for answering it
    await custos.subjects.update(id, { inquiry_email: 'aiko.q@example.jp' }, { actor: app, purpose: 'inquiry_reply' });
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('returns only the fields allowed for the purpose, with a reason for each withheld field', async () => {
    const r = await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['name', 'email', 'inquiry_email'] });
    expect(r.fields).toEqual({ name: 'Aiko Sato', email: 'aiko@example.jp' });
    expect(r.withheld).toEqual([{ field: 'inquiry_email', reason: 'category_not_for_purpose' }]);
    // the inquiry address answers the inquiry, and nothing else (seed 000)
    const q = await custos.subjects.read(id, { actor: support, purpose: 'inquiry_reply', fields: ['inquiry_email'] });
    expect(q.fields).toEqual({ inquiry_email: 'aiko.q@example.jp' });
  });

  it('consent-based purposes need a consent that is granted and not withdrawn', async () => {
    const read = () => custos.subjects.read(id, { actor: marketing, purpose: 'marketing_email', fields: ['email'] });
    expect((await read()).withheld).toEqual([{ field: 'email', reason: 'consent_missing' }]);
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    expect((await read()).fields).toEqual({ email: 'aiko@example.jp' });
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'withdraw', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    expect((await read()).withheld).toEqual([{ field: 'email', reason: 'consent_withdrawn' }]);
  });

  it('a restriction suspends use except for purposes that survive it', async () => {
    await custos.restrictions.add(id, '*', 'accuracy contested');
    expect((await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['email'] })).withheld[0].reason).toBe('restricted');
    // search still finds the person (staff must, to handle their request): an id, no data; what is read of
    // them is withheld as restricted, records too
    expect(await custos.subjects.find({ email: 'AIKO@example.jp' }, { actor: support, purpose: 'support' })).toEqual([id]);
    expect((await custos.subjects.read(id, { actor: support, purpose: 'support' })).fields).toEqual({});
    await expect(custos.subjects.records(id, 'messages', { actor: app, purpose: 'lesson_delivery' })).rejects.toMatchObject({ details: [{ rule: 'restricted' }] });
    expect((await custos.subjects.read(id, { actor: { keyId: 'po', role: 'privacy_officer' }, purpose: 'legal_claims', fields: ['name'] })).fields).toEqual({ name: 'Aiko Sato' });
    await custos.restrictions.lift(id);
    expect((await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['email'] })).fields.email).toBe('aiko@example.jp');
    await expect(custos.restrictions.add(id, 'billing support')).rejects.toMatchObject({ details: [{ field: 'purpose', rule: 'purpose_id' }] });
    // restrictions of single purposes: each one stops its own purpose, in reads and in checks alike
    await custos.restrictions.add(id, 'marketing_email');
    await custos.restrictions.add(id, 'support');
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    expect((await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['email'] })).withheld).toEqual([{ field: 'email', reason: 'restricted' }]);
    expect((await custos.subjects.check(id, { actor: marketing, purpose: 'marketing_email', fields: ['email'] })).withheld).toEqual([{ field: 'email', reason: 'restricted' }]);
    await custos.restrictions.lift(id);
    expect((await custos.subjects.check(id, { actor: marketing, purpose: 'marketing_email', fields: ['email'] })).allowed).toEqual(['email']);
  });

  it('adding and lifting a restriction are both in the audit log, by who did it, naming what was restricted and never the reason', async () => {
    const po: Actor = { keyId: 'po', role: 'privacy_officer' };
    const all = await custos.restrictions.add(id, '*', 'accuracy contested', po);
    const one = await custos.restrictions.add(id, 'marketing_email', undefined, po);
    const trail = async () => (await custos.audit.query({ subjectId: id, limit: 100 })).filter((e) => e.action.startsWith('restriction.'));
    expect((await trail()).map((e) => [e.action, e.actor.keyId, e.details])).toEqual([
      ['restriction.add', 'po', { restrictionId: all.restrictionId, restricts: '*' }],
      ['restriction.add', 'po', { restrictionId: one.restrictionId, restricts: 'marketing_email' }],
    ]);
    // one restriction lifted by its id, then the rest
    expect(await custos.restrictions.lift(id, one.restrictionId, po)).toBe(1);
    expect(await custos.restrictions.lift(id, undefined, support)).toBe(1);
    const lifts = (await trail()).filter((e) => e.action === 'restriction.lift');
    expect(lifts.map((e) => [e.actor, e.outcome, e.details])).toEqual([
      [po, 'ok', { restrictionIds: [one.restrictionId], restricts: ['marketing_email'] }],
      [support, 'ok', { restrictionIds: [all.restrictionId], restricts: ['*'] }],
    ]);
    // nothing left to lift: nothing changes, nothing is written; without an actor, it is Custos's own
    expect(await custos.restrictions.lift(id)).toBe(0);
    expect((await trail()).length).toBe(4);
    await custos.restrictions.add(id, 'support');
    expect(await custos.restrictions.lift(id)).toBe(1);
    expect((await trail()).slice(-2).map((e) => [e.action, e.actor.keyId])).toEqual([
      ['restriction.add', 'system'],
      ['restriction.lift', 'system'],
    ]);
    expect(JSON.stringify(await trail())).not.toContain('accuracy');
  });

  it("writes respect the person's choices as reads do: no consent, a withdrawal or a restriction stops them too", async () => {
    // a marketing list built without consent, then fed after a withdrawal (seed 001 consent table)
    await rejects(custos.subjects.update(id, { email: 'aiko+promo@example.jp' }, { actor: marketing, purpose: 'marketing_email' }), 'CUSTOS_POLICY_VIOLATION', 'consent_missing');
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    await custos.subjects.update(id, { email: 'aiko+promo@example.jp' }, { actor: marketing, purpose: 'marketing_email' });
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'withdraw', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    await rejects(custos.subjects.update(id, { email: 'aiko@example.jp' }, { actor: marketing, purpose: 'marketing_email' }), 'CUSTOS_POLICY_VIOLATION', 'consent_withdrawn');
    // a suspension request stops every use that does not survive it, writes included
    await custos.restrictions.add(id, '*', 'objection');
    await rejects(custos.subjects.addRecord(id, 'messages', 'see you at 5', { actor: app, purpose: 'lesson_delivery' }), 'CUSTOS_POLICY_VIOLATION', 'restricted');
    await rejects(custos.subjects.update(id, { name: 'A. Sato' }, { actor: app, purpose: 'account' }), 'CUSTOS_POLICY_VIOLATION', 'restricted');
    const denied = (await custos.audit.query({ subjectId: id, limit: 100 })).filter((e) => e.outcome === 'denied').map((e) => [e.action, e.reason]);
    expect(denied).toEqual([
      ['subject.update', 'consent_missing'],
      ['subject.update', 'consent_withdrawn'],
      ['record.create', 'restricted'],
      ['subject.update', 'restricted'],
    ]);
    expect((await custos.subjects.read(id, { actor: { keyId: 'po', role: 'privacy_officer' }, purpose: 'legal_claims', fields: ['name'] })).fields).toEqual({ name: 'Aiko Sato' });
    await custos.restrictions.lift(id);
    await custos.subjects.addRecord(id, 'messages', 'see you at 5', { actor: app, purpose: 'lesson_delivery' });
  });

  it('notes kept in clear (erasure and restriction reasons) may say why, never who: an address or an identification number in one is refused', async () => {
    const po: Actor = { keyId: 'po', role: 'privacy_officer' };
    await rejects(custos.subjects.erase(id, { actor: po, reason: 'asked by aiko.sato@example.jp by phone' }), 'CUSTOS_INVALID_INPUT', 'personal_data_in_note');
    await rejects(custos.subjects.markAsChild(id, { actor: po, reason: 'her mother wrote from mom@example.jp' }), 'CUSTOS_INVALID_INPUT', 'personal_data_in_note');
    await rejects(custos.restrictions.add(id, '*', 'card 4111 1111 1111 1111 disputed'), 'CUSTOS_INVALID_INPUT', 'personal_data_in_note');
    expect((await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['name'] })).fields).toEqual({ name: 'Aiko Sato' });
    expect(await custos.restrictions.active(id)).toEqual([]);
    await custos.restrictions.add(id, '*', 'accuracy contested (ticket 4521)');
    await custos.subjects.erase(id, { actor: po, reason: 'user request by email, ticket 4521' });
  });

  it('server maintenance never reads personal data', async () => {
    const r = await custos.subjects.read(id, { actor: maintenance, purpose: 'support' });
    expect(r.fields).toEqual({});
    expect(new Set(r.withheld.map((w) => w.reason))).toEqual(new Set(['role_not_for_purpose', 'category_not_for_purpose']));
  });

  it('an unknown purpose or field is an error, never an empty answer', async () => {
    await rejects(custos.subjects.read(id, { actor: support, purpose: 'curiosity' }), 'CUSTOS_UNKNOWN_PURPOSE', 'purpose_declared');
    await rejects(custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['shoe_size'] }), 'CUSTOS_UNKNOWN_FIELD');
    await rejects(custos.subjects.read('no-such-subject', { actor: support, purpose: 'support' }), 'CUSTOS_NOT_FOUND');
  });

  it('writes and searches need a purpose that the categories and the role allow', async () => {
    await rejects(custos.subjects.create({ fields: { card: '4111111111111111' } }, { actor: app, purpose: 'account' }), 'CUSTOS_POLICY_VIOLATION', 'category_not_for_purpose');
    await rejects(custos.subjects.update(id, { name: 'X' }, { actor: marketing, purpose: 'support' }), 'CUSTOS_POLICY_VIOLATION', 'role_not_for_purpose');
    expect(await custos.subjects.find({ email: 'AIKO@example.jp' }, { actor: support, purpose: 'support' })).toEqual([id]);
    await rejects(custos.subjects.find({ email: 'aiko@example.jp' }, { actor: marketing, purpose: 'analytics' }), 'CUSTOS_POLICY_VIOLATION', 'category_not_for_purpose');
    expect(await custos.subjects.find({ phone: '+81 80 1111 2222' }, { actor: support, purpose: 'support' })).toEqual([id]);
  });

  it('a search by email looks in one category: the account email by default, a contact form\'s reply address only when asked for it, for a purpose declared for it', async () => {
    // someone else's account email is Aiko's inquiry reply address
    const { id: other } = await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ken', email: 'aiko.q@example.jp' } }, { actor: app, purpose: 'account' });
    const search = (by: { email?: string; phone?: string; category?: string }, purpose = 'support') => custos.subjects.find(by, { actor: support, purpose });
    // support searches account emails: the reply address Aiko gave in a form does not lead to her
    expect(await search({ email: 'aiko.q@example.jp' })).toEqual([other]);
    expect(await search({ email: 'aiko.q@example.jp', category: 'email' })).toEqual([other]);
    // the reply address is searched only for answering the inquiry (seed 000)
    await rejects(search({ email: 'aiko.q@example.jp', category: 'inquiry_email' }), 'CUSTOS_POLICY_VIOLATION', 'category_not_for_purpose');
    expect(await search({ email: 'aiko.q@example.jp', category: 'inquiry_email' }, 'inquiry_reply')).toEqual([id]);
    expect(await search({ email: 'aiko@example.jp', category: 'inquiry_email' }, 'inquiry_reply')).toEqual([]);
    // a category that is not an email category, an unknown one, or both identifiers: bad input naming the field
    await rejects(search({ email: 'aiko@example.jp', category: 'phone' }), 'CUSTOS_INVALID_INPUT', 'lookup_category');
    await rejects(search({ email: 'aiko@example.jp', category: 'shoe_size' }), 'CUSTOS_UNKNOWN_FIELD', 'category_declared');
    await rejects(search({ email: 'aiko@example.jp', phone: '080-1111-2222' }), 'CUSTOS_INVALID_INPUT', 'one_search_key');
    // the audit names the category searched
    await custos.audit.flush();
    const searches = await custos.audit.query({ action: 'subject.search', limit: 100 });
    expect(searches.map((e) => `${e.fields?.join(',')}:${e.outcome}`)).toEqual(['email:allowed', 'email:allowed', 'inquiry_email:denied', 'inquiry_email:allowed', 'inquiry_email:allowed']);
  });

  it('changing one category\'s address keeps another category that holds the same address findable', async () => {
    await custos.subjects.update(id, { inquiry_email: 'aiko@example.jp' }, { actor: app, purpose: 'inquiry_reply' });
    await custos.subjects.update(id, { inquiry_email: 'aiko.new@example.jp' }, { actor: app, purpose: 'inquiry_reply' });
    expect(await custos.subjects.find({ email: 'aiko@example.jp' }, { actor: support, purpose: 'support' })).toEqual([id]);
    expect(await custos.subjects.find({ email: 'aiko.new@example.jp', category: 'inquiry_email' }, { actor: support, purpose: 'inquiry_reply' })).toEqual([id]);
  });

  it('every decision, write, search and erasure is in the audit log, with field names and never values', async () => {
    await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['name', 'inquiry_email'] });
    await custos.subjects.read(id, { actor: maintenance, purpose: 'support', fields: ['email'] });
    await custos.subjects.update(id, { name: 'Aiko Satō' }, { actor: support, purpose: 'support' });
    await custos.subjects.find({ email: 'aiko@example.jp' }, { actor: support, purpose: 'support' });
    await custos.audit.flush();
    const entries = await custos.audit.query({ subjectId: id, limit: 100 });
    const actions = entries.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(['subject.create:ok', 'subject.update:ok', 'subject.read:allowed', 'subject.read:denied', 'subject.update:ok']);
    const read = entries[2];
    expect(read).toMatchObject({ actor: { keyId: 'support-key', role: 'support' }, purpose: 'support', fields: ['name'] });
    expect(read.details).toEqual({ withheld: ['inquiry_email:category_not_for_purpose'] });
    const all = JSON.stringify(await custos.audit.query({ limit: 1000 }));
    // the phone number whole, in each spelling: four digits alone turn up in the hex hashes by chance (about one run in 40)
    for (const v of ['Aiko', 'aiko@example.jp', '080-1111-2222', '08011112222', '+818011112222', '11112222', 'Satō', id]) expect(all).not.toContain(v);
    expect(all).toContain('subject.search');
    expect((await custos.audit.verify()).ok).toBe(true);
  });

  it('erasure: the subject reads as erased, the log stays verifiable and no longer points at the person', async () => {
    await custos.subjects.read(id, { actor: support, purpose: 'support' });
    await rejects(custos.subjects.erase(id, { actor: support, reason: 'asked' }), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    // an id that is not a string names no subject (not the bulk call's `ids`)
    await rejects(custos.subjects.erase(42 as never, { actor: app, reason: 'erasure request' }), 'CUSTOS_NOT_FOUND', 'not_found');
    await custos.subjects.erase(id, { actor: app, reason: 'erasure request' });
    const r = await custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['name', 'email'] });
    expect(r.fields).toEqual({});
    expect(r.withheld).toEqual([
      { field: 'name', reason: 'erased' },
      { field: 'email', reason: 'erased' },
    ]);
    await custos.audit.flush();
    expect(await custos.audit.refOf(id)).toBeUndefined();
    const v = await custos.audit.verify();
    expect(v.ok).toBe(true);
    expect(v.ok && v.entries).toBeGreaterThanOrEqual(4);
  });

  it('a write whose birth date shows a subject on file is under the minimum age is refused, and the subject is erased as a child (seed 000)', async () => {
    const young = yearsAgo(11);
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    await custos.restrictions.add(id, 'marketing_email', 'contested');
    // a write the writer may not make decides nothing: refused for that, and the subject stays
    await rejects(custos.subjects.update(id, { birth_date: young }, { actor: marketing, purpose: 'marketing_email' }), 'CUSTOS_POLICY_VIOLATION', 'category_not_for_purpose');
    // an invalid birth date is bad input, not a finding
    await rejects(custos.subjects.update(id, { birth_date: '2020-02-30' }, { actor: app, purpose: 'account' }), 'CUSTOS_INVALID_INPUT', 'date_valid');
    // an adult's birth date is written as any other
    await custos.subjects.update(id, { birth_date: yearsAgo(30) }, { actor: app, purpose: 'account' });
    expect((await custos.vault.status(id)).status).toBe('active');

    // support acts for `account` but may not erase: the policy, not the writer, decides what a finding does
    const e = await rejects(custos.subjects.update(id, { name: 'Aiko S.', birth_date: young }, { actor: support, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'minimum_age');
    expect(e.details).toEqual([
      expect.objectContaining({ field: 'fields.birth_date', rule: 'minimum_age' }),
      expect.objectContaining({ field: 'subject', rule: 'erased_as_child' }),
    ]);
    expect(e.message).toMatch(/under 13 .*erased/);
    for (const text of [e.message, JSON.stringify(e.details)]) {
      expect(text).not.toContain(young);
      expect(text).not.toContain(id);
    }
    // the same outcome as markAsChild: erased, lookups, consents and restrictions gone, the log no longer pointing at the person
    expect(await custos.vault.status(id)).toMatchObject({ status: 'erased', reason: 'child: a write (subject.update) showed the subject under the minimum age' });
    expect(await custos.vault.findByEmail('aiko@example.jp')).toEqual([]);
    expect(await custos.consents.history(id)).toEqual([]);
    expect(await custos.restrictions.active(id)).toEqual([]);
    expect(await custos.vault.interruptedErasures()).toEqual([]);
    await custos.audit.flush();
    expect(await custos.audit.refOf(id)).toBeUndefined();
    const [refused] = (await custos.audit.query({ action: 'subject.update' })).filter((x) => x.reason === 'minimum_age');
    expect(refused).toMatchObject({ actor: { keyId: support.keyId, role: 'support' }, outcome: 'denied', fields: ['name', 'birth_date'] });
    const marked = await custos.audit.query({ action: 'subject.mark_child' });
    expect(marked).toEqual([expect.objectContaining({ actor: { keyId: 'system', role: 'system' }, outcome: 'ok', reason: 'minimum_age', details: { cause: 'subject.update', by: support.keyId } })]);
    expect(marked[0].subjectRef).toBe(refused.subjectRef);
    expect((await custos.audit.verify()).ok).toBe(true);
    // nothing more can be written to it
    await rejects(custos.subjects.update(id, { name: 'Aiko' }, { actor: app, purpose: 'account' }), 'CUSTOS_SUBJECT_ERASED');
  });

  it('a create or import under the external id of a subject on file that shows them under the minimum age erases them; a new subject under age is only refused', async () => {
    const known = (await custos.subjects.create({ jurisdiction: 'JP', externalId: 'user-7', fields: { name: 'Known', email: 'known@example.jp' } }, { actor: app, purpose: 'account' })).id;
    const other = (await custos.subjects.create({ jurisdiction: 'JP', externalId: 'user-8', fields: { name: 'Other', email: 'other@example.jp' } }, { actor: app, purpose: 'account' })).id;
    // the same external id with an adult's birth date: the subject on file, untouched (values of an existing subject are not overwritten)
    expect(await custos.subjects.create({ externalId: 'user-7', fields: { birth_date: yearsAgo(40) } }, { actor: app, purpose: 'account' })).toEqual({ id: known, created: false });
    const e = await rejects(custos.subjects.create({ externalId: 'user-7', fields: { name: 'Known', birth_date: yearsAgo(9) } }, { actor: app, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'erased_as_child');
    expect(e.message).not.toContain(known);
    expect(await custos.vault.status(known)).toMatchObject({ status: 'erased', reason: 'child: a write (subject.create) showed the subject under the minimum age' });
    expect(await custos.vault.findByExternalId('user-7')).toBeUndefined();

    // a batch (the CLI import): each input on its own
    const r = await custos.subjects.createMany(
      [
        { externalId: 'user-8', fields: { name: 'Other', birth_date: yearsAgo(12) } },
        { externalId: 'user-9', fields: { name: 'New Adult', birth_date: yearsAgo(20) } },
        { externalId: 'user-10', fields: { name: 'New Child', birth_date: yearsAgo(12) } },
      ],
      { actor: app, purpose: 'account' },
    );
    const rules = (x: (typeof r)[number]) => ('error' in x ? (x.error as { details: { rule: string }[] }).details.map((d) => d.rule) : []);
    expect(rules(r[0])).toEqual(['minimum_age', 'erased_as_child']);
    expect(r[1]).toMatchObject({ created: true });
    expect(rules(r[2])).toEqual(['minimum_age']);
    expect((await custos.vault.status(other)).status).toBe('erased');
    expect(await custos.vault.findByExternalId('user-10')).toBeUndefined();
    expect(await custos.vault.count()).toEqual({ active: 2, erased: 2 });
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'subject.mark_child' })).map((x) => x.details)).toEqual([
      { cause: 'subject.create', by: app.keyId },
      { cause: 'subject.create', by: app.keyId },
    ]);
    expect((await custos.audit.query({ action: 'subject.create' })).filter((x) => x.outcome === 'denied').map((x) => x.reason)).toEqual(['minimum_age', 'minimum_age']);
  });

  it('one batch with an external id twice, the later input under the minimum age of the subject the first creates (its jurisdiction): that subject is erased as a child', async () => {
    const r = await custos.subjects.createMany(
      [
        { jurisdiction: 'KR', externalId: 'kr-twice', fields: { name: 'Grown', email: 'twice@example.kr', birth_date: yearsAgo(30) } },
        { externalId: 'adult-twice', fields: { name: 'Adult' } },
        // 13 is old enough in JP, the input's own jurisdiction, but not in KR (14), the subject's
        { jurisdiction: 'JP', externalId: 'kr-twice', fields: { name: 'Young', birth_date: yearsAgo(13) } },
        { externalId: 'adult-twice', fields: { name: 'Adult', birth_date: yearsAgo(40) } },
      ],
      { actor: app, purpose: 'account' },
    );
    expect(r[0]).toMatchObject({ created: true });
    const e = (r[2] as { error: CustosError }).error;
    expect([e.code, e.details.map((d) => d.rule)]).toEqual(['CUSTOS_UNDER_AGE', ['minimum_age', 'erased_as_child']]);
    expect(e.message).not.toContain((r[0] as { id: string }).id);
    expect(await custos.vault.status((r[0] as { id: string }).id)).toMatchObject({ status: 'erased' });
    expect(await custos.vault.findByExternalId('kr-twice')).toBeUndefined();
    expect(await custos.vault.findByEmail('twice@example.kr')).toEqual([]);
    expect(r[3]).toEqual({ id: (r[1] as { id: string }).id, created: false });
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'subject.mark_child' })).map((x) => x.details)).toEqual([{ cause: 'subject.create', by: app.keyId }]);
  });

  it('a refused write or erasure about an id of no subject, or of an erased one, names no one in the log and keeps no reference to that id', async () => {
    const email = 'zeb.quixote@example.org';
    // the role may not act for the purpose, but there is no such subject: not found, and nothing logged about that id
    await rejects(custos.subjects.addRecord(email, 'messages', 'hello', { actor: app, purpose: 'support' }), 'CUSTOS_NOT_FOUND', 'not_found');
    await rejects(custos.subjects.update(email, { name: 'x' }, { actor: marketing, purpose: 'account' }), 'CUSTOS_NOT_FOUND', 'not_found');
    // a role that may not erase: refused whatever the ids, each refusal logged, naming only subjects on file
    await rejects(custos.subjects.erase(email, { actor: marketing, reason: 'x' }), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    await rejects(custos.subjects.eraseMany([id, email], { actor: marketing, reason: 'x' }), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    const gone = (await custos.subjects.create({ fields: { name: 'Gone' } }, { actor: app, purpose: 'account' })).id;
    await custos.subjects.erase(gone, { actor: app, reason: 'user_request' });
    await rejects(custos.subjects.update(gone, { name: 'x' }, { actor: marketing, purpose: 'account' }), 'CUSTOS_POLICY_VIOLATION', 'role_not_for_purpose');
    await rejects(custos.subjects.erase(gone, { actor: marketing, reason: 'x' }), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    await custos.audit.flush();
    expect(await custos.audit.refOf(email)).toBeUndefined();
    expect(await custos.audit.refOf(gone)).toBeUndefined();
    const ref = await custos.audit.refOf(id);
    const denied = (await custos.audit.query({ limit: 100 })).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => [e.action, e.reason, e.subjectRef ?? null])).toEqual([
      ['subject.erase', 'operation_not_for_role', null],
      ['subject.erase', 'operation_not_for_role', ref],
      ['subject.erase', 'operation_not_for_role', null],
      ['subject.update', 'role_not_for_purpose', null],
      ['subject.erase', 'operation_not_for_role', null],
    ]);
  });

  it('a batch whose inputs are refused as new children while another process creates their external ids: the subjects created there are answered as on file', async () => {
    const other = await env.open();
    const made: Record<string, string> = {};
    // the other process creates them after this batch looked for its external ids, before it is stored
    const tx = custos.db.tx.bind(custos.db);
    custos.db.tx = async (fn) => {
      custos.db.tx = tx;
      made.child = (await other.subjects.create({ jurisdiction: 'JP', externalId: 'raced-child', fields: { name: 'Raced' } }, { actor: app, purpose: 'account' })).id;
      made.jp = (await other.subjects.create({ jurisdiction: 'JP', externalId: 'raced-jp', fields: { name: 'Ren' } }, { actor: app, purpose: 'account' })).id;
      return tx(fn);
    };
    const r = await custos.subjects.createMany(
      [
        { jurisdiction: 'JP', externalId: 'raced-child', fields: { name: 'Raced', birth_date: yearsAgo(9) } },
        // under KR's 14, as the input says, but the subject on file is JP's, where 13 is old enough
        { jurisdiction: 'KR', externalId: 'raced-jp', fields: { name: 'Ren', birth_date: yearsAgo(13) } },
        { externalId: 'raced-adult', fields: { name: 'Adult', birth_date: yearsAgo(40) } },
      ],
      { actor: app, purpose: 'account' },
    );
    expect(custos.db.tx).toBe(tx);
    const e = (r[0] as { error: CustosError }).error;
    expect([e.code, e.details.map((d) => d.rule)]).toEqual(['CUSTOS_UNDER_AGE', ['minimum_age', 'erased_as_child']]);
    expect(await custos.vault.status(made.child)).toMatchObject({ status: 'erased' });
    expect(r[1]).toEqual({ id: made.jp, created: false });
    expect((await custos.vault.status(made.jp)).status).toBe('active');
    expect(r[2]).toMatchObject({ created: true });
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'subject.mark_child' })).map((x) => x.details)).toEqual([{ cause: 'subject.create', by: app.keyId }]);
  });

  it("the minimum age is the subject's jurisdiction's (by_jurisdiction: KR 14), for new subjects and for subjects on file", async () => {
    const thirteen = yearsAgo(13);
    // a new subject: the jurisdiction given, else the policy's default (JP, 13)
    const e = await rejects(custos.subjects.create({ jurisdiction: 'KR', fields: { name: '김하늘', birth_date: thirteen } }, { actor: app, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'minimum_age');
    expect(e.details).toEqual([{ field: 'fields.birth_date', rule: 'minimum_age', message: 'the subject is younger than 14, the minimum age for KR; their data is not collected' }]);
    expect(e.message).toBe('fields.birth_date: subjects under 14 are not accepted (minimum age for KR)');
    const jp = (await custos.subjects.create({ fields: { name: 'Hana', birth_date: thirteen } }, { actor: app, purpose: 'account' })).id;
    expect((await custos.vault.status(jp)).jurisdiction).toBe('JP');
    await rejects(custos.subjects.create({ fields: { name: 'Younger', birth_date: yearsAgo(12) } }, { actor: app, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'minimum_age');

    // subjects on file: their own jurisdiction decides, whatever an input says
    const kr = (await custos.subjects.create({ jurisdiction: 'KR', externalId: 'kr-1', fields: { name: '박서준' } }, { actor: app, purpose: 'account' })).id;
    const kr2 = (await custos.subjects.create({ jurisdiction: 'KR', externalId: 'kr-2', fields: { name: '이도윤' } }, { actor: app, purpose: 'account' })).id;
    const jp2 = (await custos.subjects.create({ jurisdiction: 'JP', externalId: 'jp-2', fields: { name: 'Ren' } }, { actor: app, purpose: 'account' })).id;
    await custos.subjects.update(id, { birth_date: thirteen }, { actor: app, purpose: 'account' }); // the JP subject of every test
    await rejects(custos.subjects.update(kr, { birth_date: thirteen }, { actor: app, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'erased_as_child');
    expect((await custos.vault.status(kr)).status).toBe('erased');
    // an input naming JP about a KR subject on file: the subject's KR age applies, and it is erased
    await rejects(custos.subjects.create({ jurisdiction: 'JP', externalId: 'kr-2', fields: { birth_date: thirteen } }, { actor: app, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'erased_as_child');
    expect((await custos.vault.status(kr2)).status).toBe('erased');
    // an input naming KR about a JP subject on file: 13 is old enough in JP; the subject stays, as it was
    expect(await custos.subjects.create({ jurisdiction: 'KR', externalId: 'jp-2', fields: { birth_date: thirteen } }, { actor: app, purpose: 'account' })).toEqual({ id: jp2, created: false });
    expect((await custos.vault.status(jp2)).status).toBe('active');
    expect((await custos.vault.status(id)).status).toBe('active');
  });

  it('a record of a birth-date category that holds records is age-checked too, and a child found so is erased', async () => {
    const yaml = readFileSync(EXAMPLE, 'utf8').replace('    type: date\n    purposes: [account, identity_verification]', '    type: date\n    multiple: true\n    purposes: [account, identity_verification]');
    expect(yaml).toContain('multiple: true\n    purposes: [account, identity_verification]');
    await custos.close();
    custos = await env.open({ policy: { yaml } });
    await custos.subjects.addRecord(id, 'birth_date', yearsAgo(25), { actor: app, purpose: 'account' });
    await rejects(custos.subjects.addRecord(id, 'birth_date', yearsAgo(10), { actor: app, purpose: 'account' }), 'CUSTOS_UNDER_AGE', 'erased_as_child');
    expect(await custos.vault.status(id)).toMatchObject({ status: 'erased', reason: 'child: a write (record.create) showed the subject under the minimum age' });
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'record.create' })).filter((x) => x.outcome === 'denied').map((x) => x.reason)).toEqual(['minimum_age']);
  });

  it('erases many subjects in one pass: each as erase would, the others untouched, unknown ids listed', async () => {
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, k) => custos.subjects.create({ jurisdiction: 'JP', fields: { name: `Bulk ${k}`, email: `bulk${k}@example.jp` } }, { actor: app, purpose: 'account' })),
    );
    const ids = people.map((p) => p.id);
    for (const x of ids) {
      await custos.consents.record(x, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
      await custos.restrictions.add(x, 'support', 'contested');
    }
    await custos.subjects.erase(ids[5], { actor: app, reason: 'earlier' });
    const gone = [ids[0], ids[2], ids[5], ids[2]];
    const unknown = '0190e1a2-0000-7000-8000-000000000000';
    // a role without the erase operation: refused, one denied entry per id, nothing erased
    await rejects(custos.subjects.eraseMany([ids[0], ids[2]], { actor: support, reason: 'asked' }), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    expect((await custos.vault.status(ids[0])).status).toBe('active');
    await rejects(custos.subjects.eraseMany([ids[0], 7 as unknown as string], { actor: app, reason: 'asked' }), 'CUSTOS_INVALID_INPUT', 'array');
    await rejects(custos.subjects.eraseMany([ids[0]], { actor: app, reason: ' ' }), 'CUSTOS_INVALID_INPUT', 'reason_required');

    const r = await custos.subjects.eraseMany([...gone, unknown], { actor: app, reason: 'account deletion' });
    expect(r.erased.map((e) => e.id).sort()).toEqual([ids[0], ids[2], ids[5]].sort());
    expect(r.notFound).toEqual([unknown]);
    for (const x of [ids[0], ids[2], ids[5]]) {
      expect((await custos.vault.status(x)).status).toBe('erased');
      expect(await custos.consents.history(x)).toEqual([]);
      expect(await custos.restrictions.active(x)).toEqual([]);
      expect(await custos.audit.refOf(x)).toBeUndefined();
    }
    expect(await custos.vault.interruptedErasures()).toEqual([]);
    expect(await custos.vault.findByEmail('bulk0@example.jp')).toEqual([]);
    for (const x of [ids[1], ids[3], ids[4]]) {
      expect((await custos.subjects.read(x, { actor: { keyId: 'po', role: 'privacy_officer' }, purpose: 'legal_claims', fields: ['name'] })).fields.name).toMatch(/^Bulk /);
      expect((await custos.consents.history(x)).length).toBe(1);
      expect((await custos.restrictions.active(x)).length).toBe(1);
      expect(await custos.audit.refOf(x)).toBeDefined();
    }
    expect(await custos.vault.findByEmail('bulk1@example.jp')).toEqual([ids[1]]);
    await custos.audit.flush();
    const entries = await custos.audit.query({ action: 'subject.erase' });
    expect(entries.filter((e) => e.outcome === 'ok').length).toBe(4);
    expect(entries.filter((e) => e.outcome === 'denied').length).toBe(2);
    expect((await custos.audit.verify()).ok).toBe(true);
  });

  it('an erasure cut short after the key went is finished by the retention run', async () => {
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    await custos.subjects.read(id, { actor: support, purpose: 'support' });
    await custos.audit.flush();
    // the vault's part only, as if the process died before the other modules forgot the person
    await custos.vault.erase(id, 'erasure request');
    expect((await custos.vault.status(id)).status).toBe('erased');
    expect(await custos.vault.interruptedErasures()).toEqual([id]);
    expect(await custos.audit.refOf(id)).toBeDefined();
    const dry = await custos.retention.run({ dryRun: true });
    expect(dry.hooks.interrupted_erasures).toBe(1);
    await custos.retention.run();
    expect(await custos.vault.interruptedErasures()).toEqual([]);
    expect(await custos.audit.refOf(id)).toBeUndefined();
    expect(await custos.consents.history(id)).toEqual([]);
    expect((await custos.audit.verify()).ok).toBe(true);
  });

  it('concurrent reads of many subjects, in every state and shape, answer as the same reads made one at a time', async () => {
    // on PostgreSQL, concurrent fetches of one shape share a statement: rows must reach the right caller
    const statements: string[] = [];
    await custos.close();
    custos = await env.open({ traceSql: (sql) => statements.push(sql) });
    const ids = [id];
    for (let i = 0; i < 6; i++)
      ids.push((await custos.subjects.create({ jurisdiction: 'JP', fields: { name: `Person ${i}`, email: `p${i}@example.jp` } }, { actor: app, purpose: 'account' })).id);
    for (const k of [1, 3]) await custos.consents.record(ids[k], { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'api' });
    await custos.restrictions.add(ids[2], 'support');
    await custos.subjects.erase(ids[4], { actor: app, reason: 'erasure request' });
    const reads: (() => Promise<unknown>)[] = [];
    // a NUL character cannot be in a PostgreSQL text: such an id is simply not found, and fails no other read
    for (const subject of [...ids, ids[1], ids[3], 'no-such-subject', 'no\u0000such']) {
      reads.push(() => custos.subjects.read(subject, { actor: support, purpose: 'support', fields: ['name', 'email'] }));
      reads.push(() => custos.subjects.read(subject, { actor: marketing, purpose: 'marketing_email', fields: ['email'] }));
    }
    const outcome = (p: Promise<unknown>) =>
      p.then(
        (r) => ({ fields: (r as { fields: unknown }).fields, withheld: (r as { withheld: unknown }).withheld }),
        (e: { code?: string }) => ({ error: e.code }),
      );
    const oneByOne: unknown[] = [];
    for (const read of reads) oneByOne.push(await outcome(read()));
    statements.length = 0;
    const together = await Promise.all(reads.map((read) => outcome(read())));
    expect(together).toEqual(oneByOne);
    expect(oneByOne).toContainEqual({ fields: { email: 'p0@example.jp' }, withheld: [] });
    expect(oneByOne).toContainEqual({ error: 'CUSTOS_NOT_FOUND' });
    if (backend === 'postgres') expect(statements.filter((sql) => /s\.subject_id = ANY\(\?\)/.test(sql)).length).toBeGreaterThan(0);
  });

  it('concurrent lookups by email and phone answer as the same lookups made one at a time', async () => {
    // on PostgreSQL, concurrent lookups share a statement: each caller must get its own digest's subjects
    const statements: string[] = [];
    await custos.close();
    custos = await env.open({ traceSql: (sql) => statements.push(sql) });
    const people = [
      { name: 'Shared A', email: 'shared@example.jp', phone: '090-1111-2222' },
      { name: 'Shared B', email: 'Shared@example.jp', phone: '090-3333-4444' },
      { name: 'Alone', email: 'alone@example.jp', phone: '090-5555-6666' },
      { name: 'Gone', email: 'gone@example.jp', phone: '090-7777-8888' },
    ];
    const ids = [];
    for (const fields of people) ids.push((await custos.subjects.create({ jurisdiction: 'JP', fields }, { actor: app, purpose: 'account' })).id);
    await custos.subjects.erase(ids[3], { actor: app, reason: 'erasure request' });
    const keys: { email?: string; phone?: string }[] = [
      ...people.flatMap((p) => [{ email: p.email }, { phone: p.phone }]),
      { email: 'SHARED@example.jp' },
      { email: 'nobody@example.jp' },
      { phone: '+81 90 5555 6666' },
    ];
    const find = (by: { email?: string; phone?: string }) => custos.subjects.find(by, { actor: support, purpose: 'support' });
    const oneByOne: string[][] = [];
    for (const by of keys) oneByOne.push(await find(by));
    statements.length = 0;
    const together = await Promise.all(keys.map(find));
    expect(together).toEqual(oneByOne);
    expect(oneByOne[0]).toEqual([ids[0], ids[1]].sort());
    expect(oneByOne[4]).toEqual([ids[2]]);
    expect(oneByOne[6]).toEqual([]);
    expect(oneByOne.slice(-3)).toEqual([[ids[0], ids[1]].sort(), [], [ids[2]]]);
    if (backend === 'postgres') expect(statements.filter((sql) => /l\.digest = ANY\(\?\)/.test(sql)).length).toBeGreaterThan(0);
  });

  it('10,000 concurrent reads give a valid chain with exactly 10,000 read entries', async () => {
    const before = (await custos.audit.query({ action: 'subject.read', limit: 10_000 })).length;
    const reads = await Promise.all(Array.from({ length: 10_000 }, () => custos.subjects.read(id, { actor: support, purpose: 'support', fields: ['name'] })));
    expect(reads.every((r) => r.fields.name === 'Aiko Sato')).toBe(true);
    let n = 0;
    let afterSeq = 0;
    for (;;) {
      const page = await custos.audit.query({ action: 'subject.read', afterSeq, limit: 5000 });
      if (page.length === 0) break;
      n += page.length;
      afterSeq = page[page.length - 1].seq;
    }
    expect(n - before).toBe(10_000);
    expect(custos.audit.stats.transactions).toBeLessThan(5_000);
    expect((await custos.audit.verify()).ok).toBe(true);
  });

  it('durability: reads a killed process had returned are all in the log, and the chain verifies', async () => {
    await custos.close();
    const fixture = new URL('./test-fixtures/reader.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: { ...process.env, FIXTURE_DATA_DIR: env.dataDir, FIXTURE_DATABASE: env.database, FIXTURE_SCHEMA: env.schema, FIXTURE_KEY: env.masterKey.toString('hex'), FIXTURE_SUBJECT: id },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: string[] = [];
    let buf = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout!.on('data', (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split('\n');
        buf = lines.pop()!;
        for (const l of lines) if (l.startsWith('read ')) acknowledged.push(l.slice(5));
        if (acknowledged.length >= 300 && !child.killed) child.kill('SIGKILL');
      });
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    custos = await env.open();
    // each read returns only after its entry is durable: the log holds at least as many reads as were acknowledged
    let logged = 0;
    let afterSeq = 0;
    for (;;) {
      const page = await custos.audit.query({ actor: 'fixture-reader', action: 'subject.read', afterSeq, limit: 5000 });
      if (page.length === 0) break;
      logged += page.length;
      afterSeq = page[page.length - 1].seq;
    }
    expect(logged).toBeGreaterThanOrEqual(acknowledged.length);
    expect((await custos.audit.verify()).ok).toBe(true);
  });
});
