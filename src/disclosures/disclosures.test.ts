import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeBackends, makeEnv, EXAMPLE, type Env } from '../../test/backends.js';
import { runCli } from '../../test/cli.js';
import type { Custos } from '../custos.js';
import { CustosError } from '../errors.js';
import { loadPolicyFile } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import type { Actor } from '../access/keys.js';
import { Disclosures } from './disclosures.js';
import { EXCEPTION_BASES } from './basis.js';
import { addDuration } from '../policy/duration.js';

const app: Actor = { keyId: 'app-key', role: 'application' };
const po: Actor = { keyId: 'po-key', role: 'privacy_officer' };
const court = { type: 'public_authority' as const, name: 'Tokyo District Court', address: '1-1-4 Kasumigaseki, Chiyoda-ku, Tokyo' };

async function refused(p: Promise<unknown>, code: string, rule?: string): Promise<CustosError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(CustosError);
  expect((e as CustosError).code).toBe(code);
  if (rule) expect((e as CustosError).details.map((d) => d.rule)).toContain(rule);
  return e as CustosError;
}

/** RFC 4180 parser for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

async function person(c: Custos, name: string, email: string, extra: Record<string, unknown> = {}, jurisdiction: 'JP' | 'KR' | 'EU' = 'JP'): Promise<string> {
  const { address, ...rest } = extra;
  const { id } = await c.subjects.create({ jurisdiction, fields: { name, email, ...rest } }, { actor: app, purpose: 'account' });
  if (address !== undefined) await c.subjects.update(id, { address }, { actor: { keyId: 'billing-key', role: 'billing' }, purpose: 'payment' });
  return id;
}

const grant = (c: Custos, id: string, purpose = 'third_party_provision') => c.consents.record(id, { purpose, event: 'grant', policyVersion: c.policyVersion.ordinal, method: 'api' });

describeBackends('third-party provision', (backend) => {
  let env: Env;
  let c: Custos;
  let a: string;
  let b: string;
  let d: string;
  beforeEach(async () => {
    env = await makeEnv(backend);
    c = await env.open();
    a = await person(c, 'Aiko Sato', 'aiko@example.jp', { address: '1-2-3 Ebisu, Tokyo', country: 'JP', birth_date: '1990-05-01' });
    b = await person(c, 'Bora Kim', 'bora@example.kr', { country: 'KR' }, 'KR');
    d = await person(c, 'Dana Ivanova', 'dana@example.eu', {}, 'EU');
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('basis matrix: consent to provision, per person; refusal names who lacks it and what is missing', async () => {
    const give = () => c.disclosures.disclose({ subjects: [a, b], recipient: 'ad_partner', categories: ['name', 'email'], purpose: 'third_party_provision' }, po);
    const e = await refused(give(), 'CUSTOS_POLICY_VIOLATION', 'consent_missing');
    expect(e.details.map((x) => x.field)).toEqual(['subjects[0]', 'subjects[1]']);
    expect(e.message).toContain('consent to third_party_provision');
    await grant(c, a);
    const e2 = await refused(give(), 'CUSTOS_POLICY_VIOLATION', 'consent_missing');
    expect(e2.details.map((x) => x.field)).toEqual(['subjects[1]']);
    expect(await c.disclosures.list()).toEqual([]); // nothing recorded when refused
    await grant(c, b);
    const r = await give();
    expect(r.disclosure).toMatchObject({ kind: 'provision', basis: 'consent', subjectCount: 2, categories: ['name', 'email'] });
    expect(r.data).toEqual([
      { subjectId: a, fields: { name: 'Aiko Sato', email: 'aiko@example.jp' } },
      { subjectId: b, fields: { name: 'Bora Kim', email: 'bora@example.kr' } },
    ]);
    await c.consents.record(b, { purpose: 'third_party_provision', event: 'withdraw', policyVersion: c.policyVersion.ordinal, method: 'api' });
    await refused(give(), 'CUSTOS_POLICY_VIOLATION', 'consent_withdrawn');
    // a category the recipient is not registered for, and a role that does not act for provision
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['phone'], purpose: 'third_party_provision' }, po), 'CUSTOS_POLICY_VIOLATION', 'category_not_for_recipient');
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['name'], purpose: 'third_party_provision' }, app), 'CUSTOS_POLICY_VIOLATION', 'role_not_for_purpose');
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['name'], purpose: 'third_party_provision', basis: 'entrustment' }, po), 'CUSTOS_POLICY_VIOLATION', 'not_a_processor');
    await refused(c.disclosures.disclose({ subjects: ['no-such-person'], recipient: 'ad_partner', categories: ['name'], purpose: 'third_party_provision' }, po), 'CUSTOS_POLICY_VIOLATION', 'not_found');
  });

  it('data for a purpose a third party is registered for leaves only through the ledger: a plain read for it is refused and audited', async () => {
    await grant(c, a);
    const entries = await c.disclosures.list();
    await refused(c.subjects.read(a, { actor: po, purpose: 'third_party_provision', fields: ['name', 'email'] }), 'CUSTOS_POLICY_VIOLATION', 'provision_through_ledger');
    await refused(c.subjects.records(a, 'transactions', { actor: po, purpose: 'third_party_provision' }), 'CUSTOS_POLICY_VIOLATION', 'provision_through_ledger');
    expect(await c.disclosures.list()).toEqual(entries);
    const denied = (await c.audit.query({ subjectId: a, limit: 100 })).filter((e) => e.reason === 'provision_through_ledger').map((e) => e.action);
    expect(denied).toEqual(['subject.read', 'record.read']);
    // the decision alone carries no data and stays open; the ledger still provides
    expect((await c.subjects.check(a, { actor: po, purpose: 'third_party_provision', fields: ['name'] })).allowed).toEqual(['name']);
    expect((await c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['name'], purpose: 'third_party_provision' }, po)).data).toEqual([{ subjectId: a, fields: { name: 'Aiko Sato' } }]);
  });

  it('basis matrix: a processor under its agreement gets only its declared categories for its purposes (entrustment, recorded)', async () => {
    const r = await c.disclosures.disclose({ subjects: [a, b], recipient: 'zoom', categories: ['name', 'email'], purpose: 'lesson_delivery' }, app);
    expect(r.disclosure).toMatchObject({ kind: 'entrustment', basis: 'entrustment', recipient: { id: 'zoom', type: 'processor', agreement: { reference: 'DPA-2024-ZOOM', date: '2024-04-01' } } });
    expect(r.data[0].fields).toEqual({ name: 'Aiko Sato', email: 'aiko@example.jp' });
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'zoom', categories: ['phone'], purpose: 'lesson_delivery' }, app), 'CUSTOS_POLICY_VIOLATION', 'category_not_for_recipient');
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'zoom', categories: ['name'], purpose: 'payment' }, app), 'CUSTOS_POLICY_VIOLATION', 'purpose_not_for_recipient');
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'zoom', categories: ['name'], purpose: 'lesson_delivery', basis: 'consent' }, app), 'CUSTOS_POLICY_VIOLATION', 'processor_needs_entrustment');
    // a consent-based processor purpose still needs the person's consent (the access layer decides)
    await c.subjects.update(a, { device_data: { os: 'linux' } }, { actor: { keyId: 'ts', role: 'trust_safety' }, purpose: 'fraud_prevention' });
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'google_analytics', categories: ['device_data'], purpose: 'analytics' }, app), 'CUSTOS_POLICY_VIOLATION', 'consent_missing');
    await grant(c, a, 'analytics');
    expect((await c.disclosures.disclose({ subjects: [a], recipient: 'google_analytics', categories: ['device_data'], purpose: 'analytics' }, app)).data[0].fields).toEqual({ device_data: { os: 'linux' } });
  });

  it('basis matrix: a processor without a recorded agreement gets nothing', async () => {
    const p = structuredClone(loadPolicyFile(EXAMPLE).policy) as Policy;
    delete p.recipients.zoom.agreement;
    const c2 = await env.open({ policy: p });
    const e = await refused(c2.disclosures.disclose({ subjects: [a], recipient: 'zoom', categories: ['name'], purpose: 'lesson_delivery' }, app), 'CUSTOS_POLICY_VIOLATION', 'agreement_missing');
    expect(e.details[0].message).toContain('zoom');
  });

  it('basis matrix: each legal exception works without consent, with its reference, for a role that manages disclosures', async () => {
    for (const basis of EXCEPTION_BASES) {
      const r = await c.disclosures.disclose({ subjects: [a], recipient: court, categories: ['name', 'address'], purpose: 'legal_request', basis, reference: `ref-${basis}-2030-17` }, po);
      expect(r.disclosure).toMatchObject({ kind: 'provision', basis, reference: `ref-${basis}-2030-17`, recipient: { name: 'Tokyo District Court', type: 'public_authority' } });
      expect(r.disclosure.basisText.length).toBeGreaterThan(10);
      expect(r.data[0].fields).toEqual({ name: 'Aiko Sato', address: '1-2-3 Ebisu, Tokyo' });
    }
    await refused(c.disclosures.disclose({ subjects: [a], recipient: court, categories: ['name'], purpose: 'legal_request', basis: 'court_order' }, po), 'CUSTOS_POLICY_VIOLATION', 'reference_required');
    // a recipient's name and the reference are kept in the ledger: well-formed text only (PostgreSQL's text holds no NUL)
    const nul = await refused(c.disclosures.disclose({ subjects: [a], recipient: { ...court, name: 'Tokyo\u0000 Court' }, categories: ['name'], purpose: 'legal_request', basis: 'court_order', reference: 'x-1' }, po), 'CUSTOS_INVALID_INPUT', 'well_formed_text');
    expect(nul.details[0].field).toBe('body.recipient.name');
    const half = await refused(c.disclosures.disclose({ subjects: [a], recipient: court, categories: ['name'], purpose: 'legal_request', basis: 'court_order', reference: 'order \ud800' }, po), 'CUSTOS_INVALID_INPUT', 'well_formed_text');
    expect(half.details[0].field).toBe('body.reference');
    await refused(c.disclosures.disclose({ subjects: [a], recipient: court, categories: ['name'], purpose: 'legal_request', basis: 'law', reference: 'x' }, app), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    await refused(c.disclosures.disclose({ subjects: [a], recipient: court, categories: ['name'], purpose: 'legal_request' }, po), 'CUSTOS_POLICY_VIOLATION', 'recipient_not_registered');
    await c.subjects.erase(d, { actor: po, reason: 'request' });
    await refused(c.disclosures.disclose({ subjects: [d], recipient: court, categories: ['name'], purpose: 'legal_request', basis: 'law', reference: 'x' }, po), 'CUSTOS_POLICY_VIOLATION', 'erased');
    // audited with the basis and the ledger id, read as Custos itself; the reference (free text) stays in
    // the ledger, which has its own retention, not in the permanent log
    const audit = await c.audit.query({ subjectId: a, action: 'disclosure.create' });
    expect(audit).toHaveLength(EXCEPTION_BASES.length);
    expect(audit[0].details).toMatchObject({ basis: 'law', readAs: 'system' });
    expect(JSON.stringify(audit)).not.toContain('ref-law-2030-17');
    expect((await c.disclosures.entry(String(audit[0].details!.disclosureId))).reference).toBe('ref-law-2030-17');
  });

  it('a stop-provision request stops provision to third parties, not entrustment nor a legal exception', async () => {
    await grant(c, a);
    await c.disclosures.stopProvision(a, 'asked by phone', po);
    await refused(c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision' }, po), 'CUSTOS_POLICY_VIOLATION', 'provision_stopped');
    expect((await c.disclosures.disclose({ subjects: [a], recipient: 'zoom', categories: ['email'], purpose: 'lesson_delivery' }, app)).data).toHaveLength(1);
    expect((await c.disclosures.disclose({ subjects: [a], recipient: court, categories: ['email'], purpose: 'legal_request', basis: 'court_order', reference: 'order 17' }, po)).data).toHaveLength(1);
    // the same through a plain restriction record
    await grant(c, b);
    await c.restrictions.add(b, 'third_party_provision', 'stop request');
    await refused(c.disclosures.disclose({ subjects: [b], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision' }, po), 'CUSTOS_POLICY_VIOLATION', 'provision_stopped');
    // an erased person: refused, and the log gets no entry naming them again
    await c.subjects.erase(b, { actor: po, reason: 'request' });
    await refused(c.disclosures.stopProvision(b, 'asked again', po), 'CUSTOS_SUBJECT_ERASED');
    expect(await c.audit.query({ subjectId: b })).toEqual([]);
    expect(await c.db.all('SELECT restriction_id FROM restrictions WHERE subject_id = ?', [b])).toEqual([]);
  });

  it('ledger: APPI Art. 29 fields, one entry per bulk provision with a link per person, continued over a period; in the person’s export', async () => {
    await grant(c, a);
    await grant(c, b);
    const r = await c.disclosures.disclose({ subjects: [a, b, a], recipient: 'ad_partner', categories: ['name', 'email'], purpose: 'third_party_provision' }, po);
    const e = r.disclosure;
    expect(e.disclosureId).toMatch(/^dsc_[a-z0-9]{20}$/);
    expect(e.recipient).toEqual({
      id: 'ad_partner',
      type: 'third_party',
      name: 'Example Ads Network Co.',
      address: '100 Teheran-ro, Gangnam-gu, Seoul, Korea',
      representative: 'CEO, Example Ads Network Co.',
      country: 'KR',
    });
    expect(e).toMatchObject({ subjectCount: 2, categories: ['name', 'email'], purpose: 'third_party_provision', basis: 'consent', recordedBy: { keyId: 'po-key', role: 'privacy_officer' } });
    expect(e.retainUntil).toBe(addDuration(new Date(e.period.to), 'P3Y').toISOString());
    expect((await c.disclosures.forSubject(a)).map((x) => x.disclosureId)).toEqual([e.disclosureId]);
    expect((await c.disclosures.forSubject(b)).map((x) => x.disclosureId)).toEqual([e.disclosureId]);
    expect(await c.disclosures.forSubject(d)).toEqual([]);
    // a later provision of the same kind continues the entry: one entry with a period
    await grant(c, d);
    const r2 = await c.disclosures.disclose({ subjects: [b, d], recipient: 'ad_partner', categories: ['email', 'name'], purpose: 'third_party_provision', continues: e.disclosureId }, po);
    expect(r2.disclosure.disclosureId).toBe(e.disclosureId);
    expect(r2.disclosure.subjectCount).toBe(3);
    expect(r2.disclosure.period.from).toBe(e.period.from);
    expect(r2.disclosure.period.to >= e.period.to).toBe(true);
    expect((await c.disclosures.forSubject(d)).map((x) => x.disclosureId)).toEqual([e.disclosureId]);
    expect(await c.disclosures.list({ kind: 'provision' })).toHaveLength(1);
    await refused(
      c.disclosures.disclose({ subjects: [d], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision', continues: e.disclosureId }, po),
      'CUSTOS_INVALID_INPUT',
      'entry_mismatch',
    );
    // the entry survives the person's erasure: the law requires keeping the record
    await c.subjects.erase(b, { actor: po, reason: 'request' });
    expect((await c.disclosures.entry(e.disclosureId)).subjectCount).toBe(3);
  });

  it('retention and a continued provision at the same time: neither loses the record of a provision', async () => {
    await grant(c, a);
    await grant(c, b);
    const e = (await c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision' }, po)).disclosure;
    const expiredAt = new Date(Date.parse(e.retainUntil) + 86_400_000);
    const db = c.db as { tx: typeof c.db.tx };
    const tx = db.tx.bind(c.db);
    const before = (step: () => Promise<unknown>) => {
      db.tx = async (fn) => {
        db.tx = tx;
        await step();
        return tx(fn);
      };
    };
    // the purge has listed the entry as expired; a provision continuing it commits before the purge deletes
    before(() => c.db.run('UPDATE disclosure_ledger SET retain_until = ? WHERE disclosure_id = ?', [expiredAt.getTime() + 86_400_000, e.disclosureId]));
    expect(await c.disclosures.purgeExpired(expiredAt)).toEqual({ ledger: 0, received: 0 });
    expect((await c.disclosures.forSubject(a)).map((x) => x.disclosureId)).toEqual([e.disclosureId]);

    // a provision continuing an entry a purge takes meanwhile fails, and leaves no link row behind
    before(() => c.disclosures.purgeExpired(new Date(expiredAt.getTime() + 2 * 86_400_000)));
    await refused(c.disclosures.disclose({ subjects: [b], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision', continues: e.disclosureId }, po), 'CUSTOS_NOT_FOUND');
    expect(await c.db.all('SELECT subject_id FROM disclosure_subjects WHERE disclosure_id = ?', [e.disclosureId])).toEqual([]);
  });

  it('retention: entries and receipt records are purged after 3 years (configurable), with their links', async () => {
    await grant(c, a);
    const r = await c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision' }, po);
    const rec = await c.disclosures.recordReceipt(
      { provider: { name: 'Partner K.K.', address: '1-1 Chiyoda, Tokyo' }, acquisition: 'sign-up form with consent to provision', acquisitionConfirmed: true, subjects: [a], categories: ['name'] },
      po,
    );
    const until = new Date(r.disclosure.retainUntil);
    expect(await c.disclosures.purgeExpired(new Date(until.getTime() - 86_400_000))).toEqual({ ledger: 0, received: 0 });
    expect(await c.disclosures.forSubject(a)).toHaveLength(1);
    expect(await c.disclosures.retentionPurge(new Date(until.getTime() + 86_400_000), true)).toBe(2); // dry run
    expect(await c.disclosures.forSubject(a)).toHaveLength(1);
    expect(await c.disclosures.purgeExpired(new Date(until.getTime() + 86_400_000))).toEqual({ ledger: 1, received: 1 });
    expect(await c.disclosures.forSubject(a)).toEqual([]);
    expect(await c.disclosures.receivedForSubject(a)).toEqual([]);
    await refused(c.disclosures.receipt(rec.receiptId), 'CUSTOS_NOT_FOUND');
    expect((await c.audit.query({ action: 'disclosure.purge' }))[0].details).toMatchObject({ ledger: 1, received: 1 });
    // a policy keeping the ledger one year
    const p = structuredClone(loadPolicyFile(EXAMPLE).policy) as Policy;
    p.disclosure_ledger = { retention: 'P1Y' };
    const c1 = await env.open({ policy: p });
    const r1 = await c1.disclosures.disclose({ subjects: [a], recipient: 'zoom', categories: ['email'], purpose: 'lesson_delivery' }, app);
    expect(r1.disclosure.retainUntil).toBe(addDuration(new Date(r1.disclosure.period.to), 'P1Y').toISOString());
  });

  it('received data: the provider and how it obtained the data are recorded, and nothing is accepted unchecked', async () => {
    const input = {
      provider: { name: 'Partner K.K.', address: '1-1 Chiyoda, Tokyo', representative: 'CEO Partner', country: 'JP' },
      acquisition: 'collected by Partner through its sign-up form, with consent to provision to us',
      acquisitionConfirmed: false,
      consentConfirmed: true,
      subjects: [a, b],
      categories: ['name', 'email'],
      purpose: 'account',
      receivedAt: '2025-01-15',
    };
    await refused(c.disclosures.recordReceipt(input, po), 'CUSTOS_POLICY_VIOLATION', 'acquisition_not_confirmed');
    await refused(c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true }, app), 'CUSTOS_FORBIDDEN');
    await refused(c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true, subjects: [a, 'nobody'] }, po), 'CUSTOS_NOT_FOUND', 'not_found');
    await refused(c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true, acquisition: ' ' }, po), 'CUSTOS_INVALID_INPUT');
    // a date that does not exist, or one in the future, is refused before anything is recorded
    await refused(c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true, receivedAt: '2025-02-31' }, po), 'CUSTOS_INVALID_INPUT', 'date');
    await refused(c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true, receivedAt: '2999-01-01' }, po), 'CUSTOS_INVALID_INPUT', 'date');
    await refused(c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true, receivedAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }, po), 'CUSTOS_INVALID_INPUT', 'not_in_future');
    expect(await c.disclosures.receivedForSubject(b)).toEqual([]);
    const r = await c.disclosures.recordReceipt({ ...input, acquisitionConfirmed: true }, po);
    expect(r).toMatchObject({ provider: input.provider, acquisition: input.acquisition, consentConfirmed: true, subjectCount: 2, receivedAt: '2025-01-15T00:00:00.000Z', purpose: 'account' });
    expect((await c.disclosures.receivedForSubject(b)).map((x) => x.receiptId)).toEqual([r.receiptId]);
    expect(await c.disclosures.listReceipts({ from: '2025-01-01', to: '2025-01-31' })).toHaveLength(1);
    expect(await c.disclosures.listReceipts({ from: '2025-02-01', to: '2025-12-31' })).toHaveLength(0);
  });

  it('regulator CSV: one row per entry with the Art. 29 columns, category names and subject ids, never values', async () => {
    await grant(c, a);
    await c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['name', 'email'], purpose: 'third_party_provision' }, po);
    await c.disclosures.disclose({ subjects: [a, b], recipient: court, categories: ['name'], purpose: 'legal_request', basis: 'court_order', reference: 'Tokyo Dist. Ct. order 2030-17, "urgent"' }, po);
    await c.disclosures.disclose({ subjects: [b], recipient: 'zoom', categories: ['name'], purpose: 'lesson_delivery' }, app);
    let text = '';
    const n = await c.disclosures.exportCsv({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) }, (s) => void (text += s), po);
    expect(n).toBe(3);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...Disclosures.CSV_COLUMNS]);
    const obj = rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));
    const consent = obj.find((o) => o.basis === 'consent')!;
    expect(consent).toMatchObject({ kind: 'provision', recipient_name: 'Example Ads Network Co.', recipient_address: '100 Teheran-ro, Gangnam-gu, Seoul, Korea', recipient_representative: 'CEO, Example Ads Network Co.', subject_count: '1', subject_ids: a, items: 'name;email' });
    const order = obj.find((o) => o.basis === 'court_order')!;
    expect(order.basis_reference).toBe('Tokyo Dist. Ct. order 2030-17, "urgent"');
    expect(order.subject_ids.split(';').sort()).toEqual([a, b].sort());
    expect(obj.find((o) => o.kind === 'entrustment')!.agreement_reference).toBe('DPA-2024-ZOOM');
    for (const value of ['Aiko', 'aiko@example.jp', 'Bora', 'Ebisu']) expect(text).not.toContain(value);
    let empty = '';
    expect(await c.disclosures.exportCsv({ from: '2000-01-01', to: '2000-12-31' }, (s) => void (empty += s), po)).toBe(0);
    expect(parseCsv(empty)).toHaveLength(1);
    await refused(c.disclosures.exportCsv({}, () => undefined, app), 'CUSTOS_FORBIDDEN');
  });

  it('anonymised statistics: k-anonymous counts without ids or values, recorded as an anonymised provision, one audit entry', async () => {
    const countries = ['JP', 'JP', 'JP', 'KR', 'VN'];
    const births = ['1995-01-01', '1985-06-01', '1975-03-01'];
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await person(c, `Person ${i}`, `p${i}@example.com`, { country: countries[i % 5], birth_date: births[i % 3] }));
    const s = await c.disclosures.stats({ groupBy: ['country', 'age_band'], k: 5, recipient: 'Research Partner Inc.' }, po);
    expect(s.dims).toEqual(['country', 'age_band']);
    for (const r of s.rows) if (r.count !== null) expect(r.count).toBeGreaterThanOrEqual(5);
    expect(s.rows.filter((r) => r.count !== null).length).toBeGreaterThan(0);
    expect(s.rows.find((r) => r.group.country === 'EU' && !r.total)).toMatchObject({ count: null, suppressed: 'primary' });
    const text = JSON.stringify(s);
    for (const id of [...ids, a, b, d]) expect(text).not.toContain(id);
    for (const v of ['Person', '@example', '1995-01-01', 'Aiko']) expect(text).not.toContain(v);
    const entry = await c.disclosures.entry(s.disclosureId);
    expect(entry).toMatchObject({ kind: 'anonymised', basis: 'anonymised', categories: ['country', 'age_band', 'count'], subjectCount: 0, recipient: { name: 'Research Partner Inc.' } });
    const audit = await c.audit.query({ action: 'stats.export' });
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ k: 5, subjects: 63, readAs: 'system' });
    expect(audit[0].subjectRef).toBeUndefined();
    // one dimension: the small cell and the next smallest are hidden, the total stays
    const ages = await c.disclosures.stats({ groupBy: ['age_band'], k: 5 }, po);
    const cell = (v: string) => ages.rows.find((r) => !r.total && r.group.age_band === v);
    expect(cell('unknown')).toMatchObject({ count: null, suppressed: 'primary' });
    expect(ages.rows.filter((r) => r.suppressed === 'complementary')).toHaveLength(1);
    expect(ages.rows.find((r) => r.total)).toMatchObject({ count: 63 });
    // with noise the epsilon is stated; a category dimension counts who holds which data
    const n = await c.disclosures.stats({ groupBy: ['category'], k: 10, epsilon: 1 }, po, { uniform: () => 0.5 });
    expect(n.noise).toMatchObject({ mechanism: 'laplace', epsilon: 1, sensitivity: 1 });
    // an epsilon so small that the noise is all there is (5e-324: a scale of Infinity) is refused, naming it
    for (const epsilon of [5e-324, 0.001, 0, 101]) await refused(c.disclosures.stats({ groupBy: ['category'], k: 10, epsilon }, po), 'CUSTOS_INVALID_INPUT', epsilon > 100 ? 'too_big' : 'too_small');
    expect(n.rows.find((r) => r.group.category === 'email')).toMatchObject({ count: 63 });
    expect(n.rows.find((r) => r.group.category === 'address')).toMatchObject({ count: null });
    await refused(c.disclosures.stats({ groupBy: ['email'], k: 10 }, po), 'CUSTOS_INVALID_INPUT', 'dimension_allowed');
    await refused(c.disclosures.stats({ groupBy: ['country'], k: 10 }, app), 'CUSTOS_FORBIDDEN');
  });

  it('anonymised statistics leave out a person whose restriction stops that use, and count them again once it is lifted', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await person(c, `Counted ${i}`, `counted${i}@example.jp`));
    const total = async () => (await c.disclosures.stats({ groupBy: ['jurisdiction'], k: 2 }, po)).rows.find((r) => r.total)!.count;
    expect(await total()).toBe(15);
    const all = await c.restrictions.add(ids[0], '*', 'accuracy contested', po); // every use: counting too
    await c.restrictions.add(ids[1], 'anonymised_statistics', 'objects to statistics', po); // this use
    await c.restrictions.add(ids[2], 'marketing_email', undefined, po); // another use only
    await c.disclosures.stopProvision(ids[3], 'no provision to third parties', po); // counts are not a provision of personal data
    expect(await total()).toBe(13);
    const audit = (await c.audit.query({ action: 'stats.export' })).at(-1)!;
    expect(audit.details).toMatchObject({ subjects: 13, restricted: 2 });
    await c.restrictions.lift(ids[0], all.restrictionId, po);
    expect(await total()).toBe(14);
    // a policy may declare statistics a use that survives restriction: then only its own restriction stops it
    await c.restrictions.add(ids[0], '*', 'contested again', po);
    const p = structuredClone(loadPolicyFile(EXAMPLE).policy) as Policy;
    p.purposes.anonymised_statistics = { ...p.purposes.legal_claims, survives_restriction: true };
    const c2 = await env.open({ policy: p });
    const survived = await c2.disclosures.stats({ groupBy: ['jurisdiction'], k: 2 }, po);
    expect(survived.rows.find((r) => r.total)!.count).toBe(14);
  });

  it('records of processing are generated from the policy and the registries', async () => {
    const r = c.disclosures.records();
    const tp = r.activities.find((x) => x.purpose === 'third_party_provision')!;
    expect(tp.basis).toBe('consent');
    expect(tp.recipients.map((x) => x.id)).toEqual(['ad_partner']);
    expect(tp.transfers).toContainEqual({ country: 'KR', to: 'Example Ads Network Co.', safeguard: "the person's consent" });
    const lesson = r.activities.find((x) => x.purpose === 'lesson_delivery')!;
    expect(lesson.recipients.map((x) => x.id).sort()).toEqual(['google_calendar', 'vimeo', 'zoom']);
    expect(lesson.recipients.find((x) => x.id === 'zoom')!.agreement).toBe('DPA-2024-ZOOM (2024-04-01)');
    expect(r.controller.name).toBe('Example Tutoring K.K.');
  });
});

describe('CLI: disclosures export, stats export, records, received', () => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv('sqlite');
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('exports the ledger as CSV for a regulator and the records of processing; bad flags are usage errors', async () => {
    const c = await env.open();
    const a = await person(c, 'Aiko Sato', 'aiko@example.jp');
    await grant(c, a);
    await c.disclosures.disclose({ subjects: [a], recipient: 'ad_partner', categories: ['name', 'email'], purpose: 'third_party_provision' }, po);
    await c.close();
    const flags = ['--data-dir', env.dataDir, '--database', env.database, '--policy', EXAMPLE];
    const envVars = { CUSTOS_MASTER_KEY: env.masterKey.toString('base64'), CUSTOS_DATABASE_URL: undefined };
    const today = new Date().toISOString().slice(0, 10);
    const r = await runCli(['disclosures', 'export', '--from', '2000-01-01', '--to', `${Number(today.slice(0, 4)) + 1}-12-31`, '--format', 'csv', ...flags], envVars);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([...Disclosures.CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[1][rows[0].indexOf('subject_ids')]).toBe(a);
    const md = await runCli(['records', '--format', 'md', ...flags], envVars);
    expect(md.code).toBe(0);
    expect(md.out).toContain('# Records of processing activities');
    expect(md.out).toContain('| third_party_provision |');
    const csv = await runCli(['records', '--format', 'csv', ...flags], envVars);
    expect(parseCsv(csv.out)[0][0]).toBe('purpose');
    expect((await runCli(['records', '--format', 'pdf', ...flags], envVars)).code).toBe(2);
    expect((await runCli(['disclosures', 'export', '--from', 'yesterday', ...flags], envVars)).code).toBe(2);
    const st = await runCli(['stats', 'export', '--group-by', 'country,age_band,category', '--k', '10', ...flags], envVars);
    expect(st.code).toBe(0);
    expect(parseCsv(st.out)[0]).toEqual(['country', 'age_band', 'category', 'count', 'status']);
    expect(st.out).not.toContain(a);
    expect((await runCli(['stats', 'export', '--group-by', 'country', '--k', '1', ...flags], envVars)).code).toBe(2);
    const rec = await runCli(['received', 'record', '--provider', 'Partner K.K.', '--provider-address', '1-1 Chiyoda', '--acquisition', 'sign-up form', '--subjects', a, '--categories', 'name', ...flags], envVars);
    expect(rec.code).toBe(1); // not confirmed
    expect(rec.err).toContain('acquisition');
    const ok = await runCli(['received', 'record', '--provider', 'Partner K.K.', '--provider-address', '1-1 Chiyoda', '--acquisition', 'sign-up form', '--confirmed', '--subjects', a, '--categories', 'name', '--json', ...flags], envVars);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).subjectCount).toBe(1);
  });
});
