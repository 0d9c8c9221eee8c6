import { afterEach, beforeEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeBackends, makeEnv, EXAMPLE, type Env } from '../../test/backends.js';
import { startSink, readMessage, type Sink } from '../mail/test-fixtures/sink.js';
import { SmtpTransport } from '../mail/transports.js';
import type { Custos } from '../custos.js';
import { publishPolicy, assertAnnounced, pendingAnnouncement, languageFor } from './publish.js';
import { loadPolicyFile } from './load.js';
import { PolicyVersions } from './versions.js';

const app = { keyId: 'test-app', role: 'application' };
const marketing = { keyId: 'test-marketing', role: 'marketing' };
const operator = { keyId: 'cli', role: 'operator' };
const source = readFileSync(EXAMPLE, 'utf8');
// The material change: email addresses are now also used for analytics (a consent-based purpose).
const changed = source.replace(
  /(  email:\n(?:    [^\n]*\n)*?    purposes: \[)([^\]]*)\]/,
  (_m, head: string, list: string) => `${head}${list}, analytics]`,
);

describeBackends('policy publication', (backend) => {
  let env: Env;
  let v1: Custos;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    expect(changed).not.toBe(source);
    env = await makeEnv(backend);
    v1 = await env.open({ mail: { transport: null } });
    for (const [who, jurisdiction, email] of [['aiko', 'JP', 'aiko@example.jp'], ['minji', 'KR', 'minji@example.kr'], ['lena', 'EU', 'lena@example.de']] as const)
      ids[who] = (await v1.subjects.create({ jurisdiction, fields: { name: who, email } }, { actor: app, purpose: 'account' })).id;
    // Aiko consented to analytics under version 1, when analytics did not cover her email address.
    await v1.consents.record(ids.aiko, { purpose: 'analytics', event: 'grant', policyVersion: v1.policyVersion.ordinal, method: 'api' });
    await v1.close();
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('a material change blocks the new use until consent under the new version, and every subject is notified in their language', async () => {
    // Not announced yet: the SDK refuses to open it, as serve refuses to start (the version is recorded).
    const refused = await env.open({ policy: { yaml: changed, file: 'changed.yaml' }, mail: { transport: null } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'CUSTOS_POLICY_VIOLATION', details: [{ field: 'categories.email.purposes.9', rule: 'policy_change_not_announced' }] });
    expect((refused as Error).message).toMatch(/policy version 2 \(.*\) has 1 material change\(s\) since version 1 that subjects have not been told about: run "custos policy publish changed\.yaml" first/);
    // only to announce it: opened with allowUnannouncedChanges
    const v2 = await env.open({ policy: { yaml: changed, file: 'changed.yaml' }, mail: { transport: null }, allowUnannouncedChanges: true });
    expect(v2.policyVersion.ordinal).toBe(2);
    const pending = await pendingAnnouncement(v2);
    expect(pending?.material.map((c) => c.kind)).toEqual(['category_purpose_added']);
    await expect(assertAnnounced(v2)).rejects.toMatchObject({ code: 'CUSTOS_POLICY_VIOLATION', details: [{ rule: 'policy_change_not_announced' }] });

    // The new use is denied: Aiko's consent predates the version that declared it.
    const read = () => v2.subjects.read(ids.aiko, { actor: marketing, purpose: 'analytics', fields: ['email'] });
    expect((await read()).withheld).toEqual([{ field: 'email', reason: 'consent_missing' }]);

    const r = await publishPolicy(v2, { actor: operator, url: 'https://tutoring.example/privacy', effectiveDate: '2026-12-01', pageSize: 2 });
    expect(r).toMatchObject({ ordinal: 2, baseOrdinal: 1, status: 'notified', material: 1, queued: 3, skipped: 0 });
    const queued = (await v2.outbox.list({ status: 'queued' })).filter((m) => m.template === 'policy_change');
    expect(queued.map((m) => m.language).sort()).toEqual(['ja', 'ja', 'ko']); // JP -> ja, KR -> ko, EU -> the governing language
    expect(queued.every((m) => m.recipient === 'subject')).toBe(true);
    await expect(assertAnnounced(v2)).resolves.toBeUndefined();

    // Still denied after the notice: a consent-based new use needs consent under the new version.
    expect((await read()).withheld).toEqual([{ field: 'email', reason: 'consent_missing' }]);
    await v2.consents.record(ids.aiko, { purpose: 'analytics', event: 'grant', policyVersion: v2.policyVersion.ordinal, method: 'privacy_center' });
    expect(Object.keys((await read()).fields)).toEqual(['email']);

    // Announced: the SDK opens it without the escape hatch.
    const after = await env.open({ policy: { yaml: changed }, mail: { transport: null } });
    expect(after.policyVersion.ordinal).toBe(2);

    // Publishing again changes nothing and queues nothing.
    const again = await publishPolicy(v2, { actor: operator, url: 'https://tutoring.example/privacy' });
    expect(again.status).toBe('already_announced');
    expect((await v2.outbox.list({ status: 'queued' })).filter((m) => m.template === 'policy_change')).toHaveLength(3);

    const audit = await v2.audit.query({ action: 'policy.publish' });
    expect(audit.map((e) => e.details?.status)).toEqual(['notified']);
  });

  it('a purpose added later on another basis applies to data collected before it only with the person\'s consent (seed 001), unless the law provides the basis or the policy says notice', async () => {
    const lessons = { keyId: 'test-lessons', role: 'application' };
    const kyc = { keyId: 'test-kyc', role: 'trust_safety' };
    const before = await env.open({ mail: { transport: null } });
    for (const [who, phone] of [['aiko', '090-1111-2222'], ['minji', '010-3333-4444']]) await before.subjects.update(ids[who], { phone }, { actor: app, purpose: 'account' });
    await before.close();
    // version 2: phone numbers also for lessons (contract), email addresses also for identity checks (legal
    // obligation), and a new category, a nickname, for the account and support
    const v2yaml = source
      .replace('  login_id:                      # seed 003', '  nickname:\n    kind: voluntary\n    type: text\n    purposes: [account, support]\n    retention: { period: P1Y }\n  login_id:                      # seed 003')
      .replace('purposes: [account, payment, support, fraud_prevention, marketing_sms, third_party_provision]', 'purposes: [account, payment, support, fraud_prevention, marketing_sms, third_party_provision, lesson_delivery]')
      .replace(/(  email:\n(?:    [^\n]*\n)*?    purposes: \[)([^\]]*)\]/, (_m, head: string, list: string) => `${head}${list}, identity_verification]`);
    expect(v2yaml.match(/lesson_delivery\]|identity_verification\]/g)!.length - source.match(/lesson_delivery\]|identity_verification\]/g)!.length).toBe(2);
    const announcing = await env.open({ policy: { yaml: v2yaml }, mail: { transport: null }, allowUnannouncedChanges: true });
    expect((await publishPolicy(announcing, { actor: operator, url: 'https://tutoring.example/privacy' })).material).toBe(3);
    await announcing.close();

    const v2 = await env.open({ policy: { yaml: v2yaml }, mail: { transport: null } });
    const phoneFor = async (id: string) => (await v2.subjects.read(id, { actor: lessons, purpose: 'lesson_delivery', fields: ['phone'] })).withheld;
    // announced, but Aiko's phone number was collected under version 1: not used for lessons without her consent
    expect(await phoneFor(ids.aiko)).toEqual([{ field: 'phone', reason: 'new_use_consent_missing' }]);
    await expect(v2.subjects.addRecord(ids.aiko, 'messages', 'hello', { actor: lessons, purpose: 'lesson_delivery' })).resolves.toBeDefined(); // messages were for lessons from the start
    // the identity check rests on a legal obligation: it applies without consent
    expect((await v2.subjects.read(ids.aiko, { actor: kyc, purpose: 'identity_verification', fields: ['email'] })).withheld).toEqual([]);
    // a category new in version 2 came with its uses: nothing of it predates them, so no consent is needed
    await v2.subjects.update(ids.aiko, { nickname: 'Ai' }, { actor: app, purpose: 'account' });
    expect(await v2.subjects.read(ids.aiko, { actor: { keyId: 'desk', role: 'support' }, purpose: 'support', fields: ['nickname'] })).toMatchObject({ fields: { nickname: 'Ai' }, withheld: [] });
    // someone who signs up under version 2 was told at collection
    const newcomer = (await v2.subjects.create({ jurisdiction: 'JP', fields: { name: 'New', phone: '090-5555-6666' } }, { actor: app, purpose: 'account' })).id;
    expect(await phoneFor(newcomer)).toEqual([]);
    // Aiko agrees in the privacy center: the consent, under version 2, covers it; a withdrawal stops it again
    await v2.preferences.grant(ids.aiko, ['lesson_delivery'], { method: 'privacy_center' });
    expect(await phoneFor(ids.aiko)).toEqual([]);
    await v2.preferences.withdraw(ids.aiko, ['lesson_delivery'], { method: 'privacy_center' });
    expect(await phoneFor(ids.aiko)).toEqual([{ field: 'phone', reason: 'consent_withdrawn' }]);
    // a purpose with no use added since version 1 takes no consent: there is nothing to grant
    await expect(v2.preferences.grant(ids.aiko, ['payment'], { method: 'privacy_center' })).rejects.toMatchObject({ details: [{ field: 'purposes[0]', rule: 'consent_basis' }] });
    await v2.close();

    // version 3 says notice is enough for new uses: a material change, announced, after which it applies to Minji too
    const v3yaml = v2yaml.replace('new_uses: consent', 'new_uses: notice');
    expect(v3yaml).not.toBe(v2yaml);
    const v3 = await env.open({ policy: { yaml: v3yaml }, mail: { transport: null }, allowUnannouncedChanges: true });
    const r3 = await publishPolicy(v3, { actor: operator, url: 'https://tutoring.example/privacy' });
    expect(r3.changes.map((c) => [c.kind, c.class])).toEqual([['new_uses_by_notice', 'material']]);
    expect((await v3.subjects.read(ids.minji, { actor: lessons, purpose: 'lesson_delivery', fields: ['phone'] })).withheld).toEqual([]);
  });

  it('subjects created before they recorded their policy version get it from when the versions were recorded', async () => {
    const v1 = await env.open({ mail: { transport: null } });
    const v2policy = { ...v1.policy, version: '2030-01-01' };
    await v1.close();
    const v2 = await env.open({ policy: v2policy, mail: { transport: null } });
    const later = (await v2.subjects.create({ jurisdiction: 'JP', fields: { name: 'Later' } }, { actor: app, purpose: 'account' })).id;
    const versionOf = async (c: Custos, id: string) => (await c.db.get<{ policy_version: number | null }>('SELECT policy_version FROM subjects WHERE subject_id = ?', [id]))?.policy_version;
    expect(await versionOf(v2, ids.aiko)).toBe(1);
    expect(await versionOf(v2, later)).toBe(2);
    // a store from before the column: every subject without it, the backfill not yet run
    await v2.db.exec("UPDATE subjects SET policy_version = NULL; DELETE FROM custos_migrations WHERE component = 'subject-versions'");
    await v2.close();
    const again = await env.open({ policy: v2policy, mail: { transport: null } });
    expect([Number(await versionOf(again, ids.aiko)), Number(await versionOf(again, later))]).toEqual([1, 2]);
  });

  it('a minor change is recorded as announced without mail', async () => {
    const minor = source.replace('Customer support, ja: カスタマーサポート', 'Help with your account, ja: カスタマーサポート');
    const v2 = await env.open({ policy: { yaml: minor }, mail: { transport: null } });
    await expect(assertAnnounced(v2)).resolves.toBeUndefined();
    const r = await publishPolicy(v2, { actor: operator });
    expect(r).toMatchObject({ status: 'no_material_changes', material: 0, queued: 0 });
    expect(await v2.outbox.list({ status: 'queued' })).toEqual([]);
  });

  it('an erased subject is not written to', async () => {
    const v2 = await env.open({ policy: { yaml: changed }, mail: { transport: null }, allowUnannouncedChanges: true });
    await v2.subjects.erase(ids.minji, { actor: { keyId: 'test', role: 'privacy_officer' }, reason: 'request' });
    const r = await publishPolicy(v2, { actor: operator, url: 'https://tutoring.example/privacy' });
    expect(r.queued).toBe(2);
    expect((await v2.outbox.list({ status: 'queued' })).map((m) => m.language).sort()).toEqual(['ja', 'ja']);
  });

  it('servers that store a new policy at once agree on one version; another new one gets the next ordinal', async () => {
    const custos = await env.open({ mail: { transport: null } });
    // two servers that loaded the versions before either stored the new policy
    const a = await PolicyVersions.open(custos.db);
    const b = await PolicyVersions.open(custos.db);
    const next = { ...custos.policy, version: '2030-02-01' };
    const first = await a.publish(next);
    expect(first).toMatchObject({ created: true, version: { ordinal: 2, label: '2030-02-01' } });
    const second = await b.publish(next);
    expect(second).toMatchObject({ created: false, version: { ordinal: 2, digest: first.version.digest } });
    // a server that loaded the versions before a third policy was stored stores a fourth as ordinal 4
    const c = await PolicyVersions.open(custos.db);
    await a.publish({ ...custos.policy, version: '2030-03-01' });
    expect((await c.publish({ ...custos.policy, version: '2030-04-01' })).version.ordinal).toBe(4);
    expect((await PolicyVersions.open(custos.db)).list().map((v) => v.label)).toEqual([custos.policy.version, '2030-02-01', '2030-03-01', '2030-04-01']);
  });
});

describeBackends('policy change mail', (backend) => {
  let env: Env;
  let sink: Sink;
  beforeEach(async () => {
    env = await makeEnv(backend);
    sink = await startSink();
  });
  afterEach(async () => {
    await env.cleanup(); // closes the SMTP connection first, so the sink stops at once
    await sink.stop();
  });

  it('is delivered by SMTP in the subject\'s language, naming the change', async () => {
    const v1 = await env.open({ mail: { transport: null } });
    await v1.subjects.create({ jurisdiction: 'KR', fields: { name: 'Minji', email: 'minji@example.kr' } }, { actor: app, purpose: 'account' });
    // someone who only wrote in through the contact form: that reply address is used only to answer (seed 000)
    await v1.vault.create({ jurisdiction: 'KR', fields: { inquiry_email: 'reply-only@example.kr' } });
    await v1.close();
    const v2 = await env.open({ policy: { yaml: changed }, mail: { transport: new SmtpTransport({ url: `smtp://127.0.0.1:${sink.port}`, from: 'privacy@tutoring.example' }) }, allowUnannouncedChanges: true });
    await publishPolicy(v2, { actor: operator, url: 'https://tutoring.example/privacy', effectiveDate: '2026-12-01' });
    expect(await v2.outbox.deliver()).toMatchObject({ sent: 1 });
    const [msg] = await sink.waitFor(1);
    expect(msg.to).toEqual(['minji@example.kr']);
    expect(sink.messages.flatMap((x) => x.to)).not.toContain('reply-only@example.kr');
    const m = readMessage(msg.raw);
    expect(m.subject).toContain('개인정보 처리방침 변경 안내');
    expect(m.text).toContain('이메일 주소을(를) 다음 목적에도 이용합니다: 이용 현황 분석 및 서비스 개선');
    expect(m.text).toContain('https://tutoring.example/privacy');
  });
});

it('subjects are written to in their jurisdiction\'s language when the policy has it', () => {
  const { policy } = loadPolicyFile(EXAMPLE);
  expect(languageFor(policy, 'JP')).toBe('ja');
  expect(languageFor(policy, 'KR')).toBe('ko');
  expect(languageFor(policy, 'RU')).toBe('ru');
  expect(languageFor(policy, 'VN')).toBe('vi');
  expect(languageFor(policy, 'US-CA')).toBe('en');
  expect(languageFor(policy, 'EU')).toBe('ja');
  expect(languageFor({ ...policy, languages: ['ja'] }, 'KR')).toBe('ja');
});
