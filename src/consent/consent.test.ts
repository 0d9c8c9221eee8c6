import { afterEach, beforeEach, expect, it } from 'vitest';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { CompactSign, type JWK } from 'jose';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE } from '../../test/backends.js';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { openStores } from '../audit/test-fixtures/stores.js';
import type { Custos } from '../custos.js';
import type { Actor } from '../access/keys.js';
import { RECEIPT_FIELDS, RECEIPT_TYPE, verifyReceipt } from './receipts.js';
import { rejects } from '../../test/expect.js';

const app: Actor = { keyId: 'app-key', role: 'application' };
const marketing: Actor = { keyId: 'mkt-key', role: 'marketing' };
const support: Actor = { keyId: 'support-key', role: 'support' };

const decode = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString('utf8'));

describeBackends('consent records, receipts and marketing preferences', (backend) => {
  let env: Env;
  let custos: Custos;
  let id: string;
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open();
    ({ id } = await custos.subjects.create({ jurisdiction: 'KR', fields: { name: 'Minji Kim', email: 'minji@example.kr', phone: '010-1234-5678' } }, { actor: app, purpose: 'account' }));
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('a grant is tied to the policy version, method, language and evidence, and returns a receipt with every ISO/IEC TS 27560 field', async () => {
    const r = await custos.preferences.grant(id, ['marketing_email', 'recommendations'], { method: 'form', language: 'ko', evidence: { ip: '203.0.113.0/24', browser: 'Firefox' } }, app);
    expect(r.events.map((e) => [e.purpose, e.event, e.policyVersion, e.method, e.language, e.receiptId])).toEqual([
      ['marketing_email', 'grant', custos.policyVersion.ordinal, 'form', 'ko', r.receiptId],
      ['recommendations', 'grant', custos.policyVersion.ordinal, 'form', 'ko', r.receiptId],
    ]);
    const p = decode(r.receipt);
    for (const f of RECEIPT_FIELDS) expect(p, f).toHaveProperty(f);
    expect(p).toMatchObject({
      record_id: r.receiptId,
      pii_principal_id: id,
      language: 'ko',
      jurisdiction: 'KR',
      event_type: 'consent_given',
      state: 'active',
      notice: { policy_version: custos.policyVersion.ordinal, policy_digest: custos.policyVersion.digest },
      controller: { name: custos.policy.controller.name },
    });
    expect(p.purposes.map((x: { id: string }) => x.id)).toEqual(['marketing_email', 'recommendations']);
    expect(p.data_categories.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['name', 'email', 'gender', 'voluntary_profile']));
    expect(p.recipients.map((x: { id: string }) => x.id)).toEqual(['mail_provider']);
    const header = JSON.parse(Buffer.from(r.receipt.split('.')[0], 'base64url').toString('utf8'));
    expect(header.alg).toBe('EdDSA');
    expect(await custos.receipts.verify(r.receipt)).toMatchObject({ valid: true, keyId: header.kid });
    // Offline, with only the published key set.
    expect((await verifyReceipt(r.receipt, await custos.receipts.publicJwks())).valid).toBe(true);
  });

  it('a receipt fails verification when any one byte is changed', async () => {
    const { receipt } = await custos.preferences.grant(id, ['marketing_email'], { method: 'api' });
    const jwks = await custos.receipts.publicJwks();
    let checked = 0;
    for (let i = 0; i < receipt.length; i++) {
      const ch = receipt[i];
      const other = ch === 'A' ? 'B' : ch === '.' ? '-' : 'A';
      const changed = receipt.slice(0, i) + other + receipt.slice(i + 1);
      const r = await verifyReceipt(changed, jwks);
      expect(r.valid, `position ${i}`).toBe(false);
      checked++;
    }
    expect(checked).toBe(receipt.length);
    // Bytes added around it count as a change too (one trailing line break is allowed).
    expect((await verifyReceipt(receipt + '\n', jwks)).valid).toBe(true);
    expect((await verifyReceipt(receipt + ' \n', jwks)).valid).toBe(false);
    expect((await verifyReceipt(' ' + receipt, jwks)).valid).toBe(false);
  });

  it('withdrawing is as easy as granting and takes effect on the next access decision', async () => {
    const read = () => custos.subjects.read(id, { actor: marketing, purpose: 'marketing_email', fields: ['email'] });
    expect((await read()).withheld).toEqual([{ field: 'email', reason: 'consent_missing' }]);
    await custos.preferences.grant(id, ['marketing_email'], { method: 'banner' });
    expect((await read()).fields).toEqual({ email: 'minji@example.kr' });
    const w = await custos.preferences.withdraw(id, ['marketing_email'], { method: 'banner' });
    expect(decode(w.receipt)).toMatchObject({ event_type: 'consent_withdrawn', state: 'withdrawn' });
    expect((await read()).withheld).toEqual([{ field: 'email', reason: 'consent_withdrawn' }]);
    const h = await custos.preferences.history(id);
    expect(h.events.map((e) => e.event)).toEqual(['grant', 'withdraw']);
    expect(h.receipts).toHaveLength(2);
  });

  it('a withdrawal after a grant wins even when the grant was recorded by a server whose clock is ahead', async () => {
    await custos.preferences.grant(id, ['marketing_email'], { method: 'banner' });
    // as if another server, five minutes ahead, had recorded the grant: its event id carries its clock
    const ahead = (eventId: string) => (parseInt(eventId.slice(0, 9), 36) + 300_000).toString(36).padStart(9, '0') + eventId.slice(9);
    const [grant] = await custos.db.all<{ event_id: string }>('SELECT event_id FROM consent_events WHERE subject_id = ?', [id]);
    await custos.db.run('UPDATE consent_events SET event_id = ? WHERE subject_id = ? AND event_id = ?', [ahead(grant.event_id), id, grant.event_id]);
    expect(await custos.consents.state(id, 'marketing_email')).toMatchObject({ state: 'granted' });
    await custos.preferences.withdraw(id, ['marketing_email'], { method: 'banner' });
    expect(await custos.consents.state(id, 'marketing_email')).toEqual({ state: 'withdrawn' });
    expect((await custos.preferences.maySend(id, 'email')).allowed).toBe(false);
    expect((await custos.preferences.history(id)).events.map((e) => e.event)).toEqual(['grant', 'withdraw']);

    // cookie choices likewise: the visitor's latest choice is the last one
    const visitorId = 'visitor-clock-0001';
    await custos.cookieConsent.record({ preferences: true, analytics: true, advertising: true, gpc: false, visitorId });
    const [choice] = await custos.db.all<{ choice_id: string }>('SELECT choice_id FROM cookie_choices WHERE subject_id = ?', [`visitor:${visitorId}`]);
    await custos.db.run('UPDATE cookie_choices SET choice_id = ? WHERE choice_id = ?', [ahead(choice.choice_id), choice.choice_id]);
    await custos.cookieConsent.record({ preferences: true, analytics: false, advertising: false, gpc: false, visitorId });
    const choices = await custos.consents.cookieChoices({ visitorId });
    expect(choices.map((c) => c.analytics)).toEqual([true, false]);
  });

  it('newsletter opt-out and resume (seed 002), recommendations opt-out (seed 004): the preference and the access decision agree', async () => {
    expect(await custos.preferences.get(id)).toMatchObject({ email: { purpose: 'marketing_email', state: 'not_set' }, recommendations: { state: 'not_set' }, sms: { purpose: 'marketing_sms' } });
    expect(await custos.preferences.maySend(id, 'email')).toEqual({ allowed: false, reason: 'consent_missing', purpose: 'marketing_email' });

    const on = await custos.preferences.set(id, { email: true, sms: true, recommendations: true }, { method: 'privacy_center', language: 'ko' });
    expect(on.receipts).toHaveLength(1);
    expect(await custos.preferences.maySend(id, 'email')).toEqual({ allowed: true, reason: 'consent_granted', purpose: 'marketing_email' });
    expect((await custos.preferences.maySend(id, 'sms', marketing)).allowed).toBe(true);

    // Newsletter opt-out.
    const off = await custos.preferences.set(id, { email: false }, { method: 'form' });
    expect(off.preferences.email.state).toBe('opted_out');
    expect(await custos.preferences.maySend(id, 'email')).toEqual({ allowed: false, reason: 'consent_withdrawn', purpose: 'marketing_email' });
    expect((await custos.subjects.check(id, { actor: marketing, purpose: 'marketing_email', fields: ['email'] })).withheld).toEqual([{ field: 'email', reason: 'consent_withdrawn' }]);
    // Setting the same value again records nothing new.
    expect((await custos.preferences.set(id, { email: false }, { method: 'form' })).receipts).toEqual([]);
    // Resume.
    await custos.preferences.set(id, { email: true }, { method: 'form' });
    expect((await custos.preferences.maySend(id, 'email', marketing)).allowed).toBe(true);

    // Recommendations opt-out: the recommender's reads stop at once.
    await custos.preferences.set(id, { recommendations: false }, { method: 'api' });
    expect((await custos.subjects.read(id, { actor: app, purpose: 'recommendations', fields: ['gender'] })).withheld).toEqual([{ field: 'gender', reason: 'consent_withdrawn' }]);
    expect(await custos.preferences.maySend(id, 'recommendations')).toMatchObject({ allowed: false, reason: 'consent_withdrawn' });

    // With an actor, the role matters too: support does not send marketing.
    expect(await custos.preferences.maySend(id, 'email', support)).toMatchObject({ allowed: false, reason: 'role_not_for_purpose' });
    // A restriction request suspends marketing as it suspends every other use.
    await custos.restrictions.add(id, '*', 'objection');
    expect(await custos.preferences.maySend(id, 'email')).toMatchObject({ allowed: false, reason: 'restricted' });
  });

  it('a newsletter sent on legitimate interest with an opt-out: it runs until the person opts out, and the opt-out holds everywhere', async () => {
    const file = join(env.dataDir, 'li.policy.yaml');
    const source = readFileSync(EXAMPLE, 'utf8');
    const li = source.replace('marketing_email:        { basis: consent,', 'marketing_email:        { basis: legitimate_interest,');
    expect(li).not.toBe(source);
    writeFileSync(file, li);
    await custos.close();
    // (a basis changed away from consent is a material change, not announced in this test)
    custos = await env.open({ policy: file, allowUnannouncedChanges: true });
    expect((await custos.preferences.get(id)).email.state).toBe('opted_in');
    expect(await custos.preferences.maySend(id, 'email')).toEqual({ allowed: true, reason: 'not_opted_out', purpose: 'marketing_email' });

    const off = await custos.preferences.set(id, { email: false }, { method: 'privacy_center' });
    expect(off.preferences.email.state).toBe('opted_out');
    expect(off.receipts).toHaveLength(1);
    expect(await custos.preferences.maySend(id, 'email')).toEqual({ allowed: false, reason: 'opted_out', purpose: 'marketing_email' });
    expect(await custos.preferences.maySend(id, 'email', marketing)).toMatchObject({ allowed: false, reason: 'opted_out' });
    expect((await custos.subjects.read(id, { actor: marketing, purpose: 'marketing_email', fields: ['email'] })).withheld).toEqual([{ field: 'email', reason: 'opted_out' }]);

    await custos.preferences.set(id, { email: true }, { method: 'privacy_center' });
    expect(await custos.preferences.maySend(id, 'email')).toMatchObject({ allowed: true, reason: 'not_opted_out' });
    // a purpose on another basis without an opt-out still has nothing to grant or withdraw
    await rejects(custos.preferences.withdraw(id, ['account'], { method: 'api' }), 'CUSTOS_INVALID_INPUT', 'consent_basis');
  });

  it('a newsletter on legitimate interest that a later version extends to another category: the person sees it as not set until they agree (seed 001)', async () => {
    const source = readFileSync(EXAMPLE, 'utf8');
    const li = source.replace('marketing_email:        { basis: consent,', 'marketing_email:        { basis: legitimate_interest,');
    await custos.close();
    custos = await env.open({ policy: { yaml: li }, allowUnannouncedChanges: true });
    expect((await custos.preferences.get(id)).email.state).toBe('opted_in');
    await custos.close();
    // the next version also uses the postal address for the newsletter: a use added after Aiko's data was collected
    const wider = li.replace('purposes: [payment, support, fraud_prevention, tax_records, third_party_provision]', 'purposes: [payment, support, fraud_prevention, tax_records, third_party_provision, marketing_email]');
    expect(wider).not.toBe(li);
    custos = await env.open({ policy: { yaml: wider }, allowUnannouncedChanges: true });
    expect((await custos.preferences.get(id)).email.state).toBe('not_set');
    const set = await custos.preferences.set(id, { email: true }, { method: 'privacy_center' });
    expect(set.preferences.email.state).toBe('opted_in');
    expect(set.receipts).toHaveLength(1);
    // what lets the newsletter go now is the person's consent to the new use, with or without an actor
    expect(await custos.preferences.maySend(id, 'email')).toEqual({ allowed: true, reason: 'consent_granted', purpose: 'marketing_email' });
    expect(await custos.preferences.maySend(id, 'email', marketing)).toEqual({ allowed: true, reason: 'consent_granted', purpose: 'marketing_email' });
    // someone whose data came after the new use: the newsletter runs for them on legitimate interest
    const later = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Aiko Sato', email: 'aiko@example.jp' } }, { actor: app, purpose: 'account' })).id;
    expect(await custos.preferences.maySend(later, 'email')).toEqual({ allowed: true, reason: 'not_opted_out', purpose: 'marketing_email' });
    expect(await custos.preferences.maySend(later, 'email', marketing)).toEqual({ allowed: true, reason: 'not_opted_out', purpose: 'marketing_email' });
  });

  it('the receipt of a consent to a use a later version added to a contract purpose says consent, and names the use', async () => {
    const source = readFileSync(EXAMPLE, 'utf8');
    // the next version uses the postal address for account management too: new for Minji, whose data came before
    const wider = source.replace('purposes: [payment, support, fraud_prevention, tax_records, third_party_provision]', 'purposes: [payment, support, fraud_prevention, tax_records, third_party_provision, account]');
    expect(wider).not.toBe(source);
    await custos.close();
    custos = await env.open({ policy: { yaml: wider }, allowUnannouncedChanges: true });
    const purposeOf = (jws: string) => decode(jws).purposes.find((x: { id: string }) => x.id === 'account');
    const granted = await custos.preferences.grant(id, ['account'], { method: 'form' }, app);
    expect(purposeOf(granted.receipt)).toMatchObject({ legal_basis: 'consent', new_use: { categories: ['address'], purpose_basis: 'contract' } });
    expect(await custos.receipts.verify(granted.receipt)).toMatchObject({ valid: true });
    const withdrawn = await custos.preferences.withdraw(id, ['account'], { method: 'form' }, app);
    expect(purposeOf(withdrawn.receipt)).toMatchObject({ legal_basis: 'consent', new_use: { categories: ['address'], purpose_basis: 'contract' } });
    expect(await custos.receipts.verify(withdrawn.receipt)).toMatchObject({ valid: true });
    // for someone whose data came after the new use, the purpose rests on the contract alone
    const later = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Aiko Sato', email: 'aiko@example.jp' } }, { actor: app, purpose: 'account' })).id;
    const theirs = purposeOf((await custos.preferences.grant(later, ['account'], { method: 'form' }, app)).receipt);
    expect(theirs.legal_basis).toBe('contract');
    expect(theirs).not.toHaveProperty('new_use');
  });

  it('refuses bad input naming the field and rule, and writes nothing', async () => {
    await rejects(custos.preferences.grant(id, ['no_such_purpose'], { method: 'api' }), 'CUSTOS_UNKNOWN_PURPOSE', 'purpose_declared');
    await rejects(custos.preferences.grant(id, ['marketing_email', 'account'], { method: 'api' }), 'CUSTOS_INVALID_INPUT', 'consent_basis');
    await rejects(custos.preferences.grant(id, ['marketing_email'], { method: 'carrier_pigeon' as never }), 'CUSTOS_INVALID_INPUT', 'consent_method');
    await rejects(custos.preferences.grant(id, ['marketing_email'], { method: 'api', language: 'fr' }), 'CUSTOS_INVALID_INPUT', 'language');
    await rejects(custos.preferences.set(id, { fax: true }, { method: 'api' }), 'CUSTOS_INVALID_INPUT', 'preference_declared');
    await rejects(custos.preferences.maySend(id, 'carrier_pigeon'), 'CUSTOS_INVALID_INPUT', 'channel');
    await rejects(custos.preferences.grant('no-such-subject', ['marketing_email'], { method: 'api' }), 'CUSTOS_NOT_FOUND');
    expect((await custos.preferences.history(id)).events).toEqual([]);
  });

  it('erasure removes the consent history and receipts; an erased subject can no longer consent', async () => {
    await custos.preferences.grant(id, ['marketing_email'], { method: 'api' });
    await custos.subjects.erase(id, { actor: app, reason: 'subject asked' });
    expect(await custos.consents.history(id)).toEqual([]);
    expect(await custos.consents.receipts(id)).toEqual([]);
    await rejects(custos.preferences.grant(id, ['marketing_email'], { method: 'api' }), 'CUSTOS_SUBJECT_ERASED');
    expect(await custos.preferences.maySend(id, 'email')).toMatchObject({ allowed: false, reason: 'erased' });
  });

  it('the receipt key is sealed in the key store and survives a reopen; another controller key does not verify', async () => {
    const { receipt } = await custos.preferences.grant(id, ['marketing_email'], { method: 'api' });
    const row = await custos.keyDb.get<{ private_key: Buffer }>('SELECT private_key FROM receipt_signing_keys');
    expect(row).toBeDefined();
    await custos.close();
    custos = await env.open();
    expect((await custos.receipts.verify(receipt)).valid).toBe(true);
    const other = await makeEnv('sqlite');
    try {
      const c2 = await other.open();
      const r = await c2.receipts.verify(receipt);
      expect(r).toMatchObject({ valid: false });
      expect((r as { reason: string }).reason).toMatch(/key/);
    } finally {
      await other.cleanup();
    }
  });

  /** Someone who can write the key store, without the master key: a receipt key of their own, and a receipt signed with it. */
  async function forgeWithPlantedKey(receipt: string, keyId: string) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwk = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid: keyId, alg: 'EdDSA', use: 'sig' };
    const payload = { ...decode(receipt), state: 'withdrawn', event_type: 'consent_withdrawn' };
    const forged = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid: keyId, typ: RECEIPT_TYPE }).sign(privateKey);
    return { jwk, forged };
  }

  it('a receipt signed with a key planted in the key store does not verify, and the key is not published', async () => {
    const { receipt } = await custos.preferences.grant(id, ['marketing_email'], { method: 'api' });
    const realKid = JSON.parse(Buffer.from(receipt.split('.')[0], 'base64url').toString('utf8')).kid as string;
    // another process on the store verifies and signs with the same key
    const other = await env.open();
    expect(await other.receipts.verify(receipt)).toMatchObject({ valid: true, keyId: realKid });
    // a retired key of one's own, kept only to verify
    const planted = await forgeWithPlantedKey(receipt, 'rk_' + randomBytes(8).toString('hex'));
    await custos.keyDb.run('INSERT INTO receipt_signing_keys (key_id, public_jwk, private_key, created_at, retired_at) VALUES (?, ?, ?, ?, ?)', [
      planted.jwk.kid!, JSON.stringify(planted.jwk), randomBytes(64), 1, 2,
    ]);
    for (const c of [custos, other]) {
      expect(await c.receipts.verify(planted.forged)).toMatchObject({ valid: false });
      expect((await c.receipts.publicJwks()).keys.map((k) => k.kid)).toEqual([realKid]);
      expect(await c.receipts.verify(receipt)).toMatchObject({ valid: true });
    }
    // the controller's own key row, its public half swapped for one's own
    const swapped = await forgeWithPlantedKey(receipt, realKid);
    await custos.keyDb.run('UPDATE receipt_signing_keys SET public_jwk = ? WHERE key_id = ?', [JSON.stringify(swapped.jwk), realKid]);
    expect(await other.receipts.verify(swapped.forged)).toMatchObject({ valid: false });
    expect((await other.receipts.publicJwks()).keys).toEqual([]);
    const fresh = await env.open(); // a process that loads the key now refuses to sign with it
    await rejects(fresh.preferences.grant(id, ['recommendations'], { method: 'api' }), 'CUSTOS_INTEGRITY');
  });

  it('receipt keys from before the binding are bound at the upgrade; receipts signed before still verify', async () => {
    const { receipt } = await custos.preferences.grant(id, ['marketing_email'], { method: 'api' });
    await custos.close();
    // the key store as the version before the binding left it: no MAC column, migration 2 not recorded
    const raw = await openStores(env);
    await raw.keyDb.exec('ALTER TABLE receipt_signing_keys DROP COLUMN mac');
    await raw.keyDb.run("DELETE FROM custos_migrations WHERE component = 'receipt-keys' AND version = 2");
    await raw.close();
    custos = await env.open();
    expect(await custos.receipts.verify(receipt)).toMatchObject({ valid: true });
    expect((await custos.keyDb.get<{ mac: unknown }>('SELECT mac FROM receipt_signing_keys'))!.mac).not.toBeNull();
    const next = await custos.preferences.grant(id, ['recommendations'], { method: 'api' });
    expect((await custos.receipts.verify(next.receipt)).valid).toBe(true);
    expect(next.receipt.split('.')[0]).toBe(receipt.split('.')[0]); // the same key (and header)
    // after the upgrade a planted key is refused
    const planted = await forgeWithPlantedKey(receipt, 'rk_' + randomBytes(8).toString('hex'));
    await custos.keyDb.run('INSERT INTO receipt_signing_keys (key_id, public_jwk, private_key, created_at, retired_at) VALUES (?, ?, ?, ?, ?)', [
      planted.jwk.kid!, JSON.stringify(planted.jwk), randomBytes(64), 1, 2,
    ]);
    expect(await custos.receipts.verify(planted.forged)).toMatchObject({ valid: false });
    await custos.close();
    custos = await env.open(); // a later start binds nothing more
    expect(await custos.receipts.verify(planted.forged)).toMatchObject({ valid: false });
  });
});
