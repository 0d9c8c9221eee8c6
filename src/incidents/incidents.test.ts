import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeBackends, makeEnv, EXAMPLE, type Env } from '../../test/backends.js';
import { runCli } from '../../test/cli.js';
import type { Custos } from '../custos.js';
import { CustosError } from '../errors.js';
import type { Actor } from '../access/keys.js';
import type { OutboxRequest, OutboxWriter } from '../mail/types.js';
import { Incidents } from './incidents.js';
import { SmtpTransport } from '../mail/transports.js';
import { startSmtpSink, bodyText } from '../../test/smtp.js';

const app: Actor = { keyId: 'app-key', role: 'application' };
const po: Actor = { keyId: 'po-key', role: 'privacy_officer' };
const HOUR = 3_600_000;

async function refused(p: Promise<unknown>, code: string, rule?: string): Promise<CustosError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(CustosError);
  expect((e as CustosError).code).toBe(code);
  if (rule) expect((e as CustosError).details.map((d) => d.rule)).toContain(rule);
  return e as CustosError;
}

const notice = {
  whatHappened: { en: 'A backup copy was reachable from the internet for two days.', ja: 'バックアップが二日間インターネットから参照可能な状態でした。', ko: '백업 사본이 이틀 동안 인터넷에서 접근 가능했습니다.' },
  measures: 'We closed the access and rotated all keys.',
  advice: 'Watch for unexpected payment messages.',
};

describeBackends('breach register', (backend) => {
  let env: Env;
  let c: Custos;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    env = await makeEnv(backend);
    c = await env.open();
    for (const [name, j] of [['jp1', 'JP'], ['jp2', 'JP'], ['kr1', 'KR'], ['eu1', 'EU'], ['ru1', 'RU']] as const)
      ids[name] = (await c.subjects.create({ jurisdiction: j, fields: { name, email: `${name}@example.com` } }, { actor: app, purpose: 'account' })).id;
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('computes the regulators and deadlines of every jurisdiction concerned (the controller’s own covers everyone)', async () => {
    const discoveredAt = new Date(Date.now() - 2 * HOUR).toISOString();
    const v = await c.incidents.record(
      { discoveredAt, categories: ['email', 'card'], affected: { subjects: [ids.jp1, ids.kr1, ids.eu1, ids.ru1] }, malicious: true, summary: 'backup exposed', notice },
      po,
    );
    expect(v.incidentId).toMatch(/^inc_[a-z0-9]{20}$/);
    expect(v.flags).toMatchObject({ financial: true, malicious: true, encrypted: false, specialCare: false });
    expect(v.affected).toEqual({ total: 4, byJurisdiction: { JP: 1, KR: 1, EU: 1, RU: 1 } });
    const due = (j: string, stage: string) => v.deadlines.find((d) => d.jurisdiction === j && d.stage === stage)!;
    const at = (h: number) => new Date(new Date(discoveredAt).getTime() + h * HOUR).toISOString();
    expect(due('JP', 'preliminary')).toMatchObject({ required: true, dueAt: at(120), expectedFrom: at(72) });
    expect(due('JP', 'final')).toMatchObject({ required: true, dueAt: at(60 * 24) }); // malicious: 60 days
    expect(due('EU', 'notice')).toMatchObject({ required: true, dueAt: at(72) });
    expect(due('KR', 'report')).toMatchObject({ required: true, dueAt: at(72), reasons: ['unauthorised_access'] });
    expect(due('RU', 'initial')).toMatchObject({ required: true, dueAt: at(24) });
    expect(due('RU', 'investigation')).toMatchObject({ required: true, dueAt: at(72) });
    // persons: the JP law (home) covers all four; RU law alone would not require it
    const people = Object.fromEntries(v.people.map((p) => [p.jurisdiction, p]));
    expect(people.JP).toMatchObject({ required: true, persons: 4, notified: 0 });
    expect(people.KR).toMatchObject({ required: true, persons: 1 });
    expect(people.RU).toMatchObject({ required: false });
    expect((await c.incidents.list()).map((i) => i.incidentId)).toEqual([v.incidentId]);
    const audit = await c.audit.query({ action: 'incident.record' });
    expect(audit[0].details).toMatchObject({ incidentId: v.incidentId, affected: 4 });
    expect(JSON.stringify(audit)).not.toContain('@example.com');
  });

  it('encrypted data without other triggers: no JP report; affected persons by query', async () => {
    const v = await c.incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { query: { jurisdictions: ['JP'] } }, encrypted: true }, po);
    expect(v.affected).toEqual({ total: 2, byJurisdiction: { JP: 2 } });
    expect(v.deadlines.filter((d) => d.jurisdiction === 'JP').every((d) => !d.required)).toBe(true);
    expect(v.people.find((p) => p.jurisdiction === 'JP')!.required).toBe(false);
    const all = await c.incidents.record({ discoveredAt: new Date().toISOString(), categories: ['name'], affected: { query: {} } }, po);
    expect(all.affected.total).toBe(5);
  });

  it('refuses bad input and roles without the operation; nothing is written', async () => {
    const base = { discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.jp1] } };
    await refused(c.incidents.record({ ...base, affected: { subjects: [ids.jp1, 'nobody'] } }, po), 'CUSTOS_INVALID_INPUT', 'not_found');
    await refused(c.incidents.record({ ...base, categories: ['shoe_size'] }, po), 'CUSTOS_UNKNOWN_FIELD');
    await refused(c.incidents.record({ ...base, discoveredAt: new Date(Date.now() + 48 * HOUR).toISOString() }, po), 'CUSTOS_INVALID_INPUT', 'not_in_future');
    await refused(c.incidents.record({ ...base, discoveredAt: 'last tuesday' }, po), 'CUSTOS_INVALID_INPUT');
    await refused(c.incidents.record(base, app), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    expect(await c.incidents.list()).toEqual([]);
    await refused(c.incidents.show('inc_nothinghere000000000'), 'CUSTOS_NOT_FOUND');
  });

  it('reminds before each deadline until the report is recorded; closing waits until every duty is met', async () => {
    const discovered = new Date(Date.now() - HOUR);
    const v = await c.incidents.record({ discoveredAt: discovered.toISOString(), categories: ['email'], affected: { subjects: [ids.jp1, ids.ru1] }, specialCare: true }, po);
    const at = (h: number) => new Date(discovered.getTime() + h * HOUR);
    expect(await c.incidents.reminders(at(2))).toEqual([]);
    const r20 = await c.incidents.reminders(at(20)); // RU initial (24 h) reminds 6 h before
    expect(r20.map((r) => `${r.jurisdiction} ${r.stage} ${r.overdue}`)).toEqual(['RU initial false']);
    const r100 = await c.incidents.reminders(at(100));
    expect(r100.map((r) => `${r.jurisdiction} ${r.stage} ${r.overdue}`)).toEqual(['RU initial true', 'RU investigation true', 'JP preliminary false']);
    await c.incidents.report(v.incidentId, { jurisdiction: 'RU', stage: 'initial', reference: 'RKN-123' }, po);
    await c.incidents.report(v.incidentId, { jurisdiction: 'RU', stage: 'investigation' }, po);
    const shown = await c.incidents.show(v.incidentId);
    expect(shown.deadlines.find((d) => d.jurisdiction === 'RU' && d.stage === 'initial')).toMatchObject({ reference: 'RKN-123' });
    expect((await c.incidents.reminders(at(100))).map((r) => r.stage)).toEqual(['preliminary']);
    await refused(c.incidents.report(v.incidentId, { jurisdiction: 'KR', stage: 'report' }, po), 'CUSTOS_INVALID_INPUT', 'stage_of_jurisdiction');
    // a report is made after the incident is discovered, not before
    await refused(c.incidents.report(v.incidentId, { jurisdiction: 'JP', stage: 'preliminary', reportedAt: new Date(discovered.getTime() - HOUR).toISOString() }, po), 'CUSTOS_INVALID_INPUT', 'after_discovery');
    expect((await c.incidents.show(v.incidentId)).deadlines.find((d) => d.jurisdiction === 'JP' && d.stage === 'preliminary')?.reportedAt).toBeUndefined();
    // closing would stop the reminders of what is still to be done: refused, the duties named, nothing written
    const early = await refused(c.incidents.close(v.incidentId, po), 'CUSTOS_CONFLICT', 'duties_pending');
    expect(early.status).toBe(409);
    expect(early.message).toBe(
      `incident ${v.incidentId} has duties still to meet: JP preliminary to Personal Information Protection Commission (PPC), JP final to Personal Information Protection Commission (PPC), JP notice to the persons (2 still to be told)`,
    );
    expect((await c.incidents.show(v.incidentId)).status).toBe('open');
    expect(await c.audit.query({ action: 'incident.close' })).toEqual([]);
    expect((await c.incidents.reminders(at(100))).map((r) => r.stage)).toEqual(['preliminary']);
    await c.incidents.report(v.incidentId, { jurisdiction: 'JP', stage: 'preliminary' }, po);
    await c.incidents.report(v.incidentId, { jurisdiction: 'JP', stage: 'final' }, po);
    expect((await refused(c.incidents.close(v.incidentId, po), 'CUSTOS_CONFLICT', 'duties_pending')).message).toMatch(/meet: JP notice to the persons \(2 still to be told\)$/);
    await c.incidents.setNotice(v.incidentId, notice, po);
    expect(await c.incidents.notify(v.incidentId, po)).toMatchObject({ queued: 2, pending: 0 });
    const closed = await c.incidents.close(v.incidentId, po);
    expect(closed.status).toBe('closed');
    expect((await c.audit.query({ action: 'incident.close' })).length).toBe(1);
    expect(await c.incidents.reminders(at(100))).toEqual([]);
  });

  it('schedules reminder jobs; a due reminder mails the privacy contact until the report is recorded', async () => {
    const discovered = new Date(Date.now() - 30 * HOUR);
    const v = await c.incidents.record({ discoveredAt: discovered.toISOString(), categories: ['email'], affected: { subjects: [ids.ru1] } }, po);
    const jobs = await c.jobs.list({ kind: 'incident.reminder', limit: 100 });
    // RU initial (24 h, past: one reminder now) and investigation (72 h: 24 h and 6 h before, and at the deadline); JP is not required
    expect(jobs.length).toBe(4);
    const run = await c.jobs.runDue(undefined, { now: new Date() });
    expect(run.succeeded).toBeGreaterThanOrEqual(1);
    const reminders = await c.audit.query({ action: 'incident.reminder' });
    expect(reminders.map((r) => r.details?.stage)).toEqual(['initial']);
    expect(reminders[0].details).toMatchObject({ incidentId: v.incidentId, overdue: true });
    // the RU initial report's deadline has passed: the overdue mail
    const mails = (await c.outbox.list({ limit: 100 })).filter((m) => m.template.startsWith('incident_'));
    expect(mails.map((m) => m.template)).toEqual(['incident_overdue']);
    // once reported, a later reminder of that report does nothing
    await c.incidents.report(v.incidentId, { jurisdiction: 'RU', stage: 'investigation' }, po);
    expect(await c.incidents.remind(v.incidentId, 'RU', 'investigation')).toBe(false);
    expect(await c.incidents.remind(v.incidentId, 'RU', 'initial')).toBe(true);
  });

  it("reminds the privacy contact of a persons' notice with a fixed deadline (KR, 72 hours) until everyone is told; the mail gives the deadline's hour in Seoul time", async () => {
    const sink = await startSmtpSink();
    try {
      const discovered = new Date('2026-11-30T01:00:00Z');
      let now = new Date('2026-11-30T03:00:00Z');
      await c.close();
      c = await env.open({ now: () => now, mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
      const v = await c.incidents.record({ discoveredAt: discovered.toISOString(), categories: ['email'], affected: { subjects: [ids.kr1] }, notice }, po);
      const people = v.people.find((p) => p.jurisdiction === 'KR')!;
      expect(people).toMatchObject({ required: true, dueAt: '2026-12-03T01:00:00.000Z' });
      // the persons' notice has its reminder jobs, as the reports do: 24 and 6 hours before, and at the deadline
      const jobs = await c.jobs.list({ kind: 'incident.reminder', limit: 100 });
      const forPeople = jobs.filter((j) => j.key?.includes(':KR:people:'));
      expect(forPeople.map((j) => j.runAt).sort()).toEqual(['2026-12-02T01:00:00.000Z', '2026-12-02T19:00:00.000Z', '2026-12-03T01:00:00.000Z']);
      const mailAt = async (at: string) => {
        now = new Date(at);
        const before = sink.messages.length;
        expect(await c.incidents.remind(v.incidentId, 'KR', 'people')).toBe(true);
        await c.outbox.deliver();
        return bodyText((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('privacy@tutoring.example'))).raw);
      };
      // in the governing language (Japanese): the duty in words, the instant with its hour in the jurisdiction's zone (10:00 in Seoul), the hours left
      const early = await mailAt('2026-12-02T01:30:00Z');
      expect(early).toContain('本人への通知 (KR)');
      expect(early).toMatch(/2026年12月3日 10:00 (JST|GMT\+9|UTC\+9|KST)/);
      expect(early).toContain('残り23時間');
      // past the deadline: the overdue mail
      const late = await mailAt('2026-12-03T02:00:00Z');
      expect(late).toContain('期限（2026年12月3日 10:00');
      expect(late).toContain('過ぎています');
      // once the person is told, the reminders of the notice stop
      await c.incidents.notify(v.incidentId, po);
      expect((await c.incidents.show(v.incidentId)).people.find((p) => p.jurisdiction === 'KR')).toMatchObject({ notified: 1 });
      expect(await c.incidents.remind(v.incidentId, 'KR', 'people')).toBe(false);
      expect((await c.incidents.reminders(now)).filter((r) => r.stage === 'people' && r.jurisdiction === 'KR')).toEqual([]);
    } finally {
      await sink.stop();
    }
  });

  it('queues the breach notice for each person in their language, once', async () => {
    const outbox = (c as unknown as { outbox?: OutboxWriter & { list(o: { limit?: number }): Promise<{ id: string; template: string; language: string; recipient: string }[]> } }).outbox;
    expect(outbox, 'the mail outbox is wired into Custos').toBeDefined();
    // a person with a language preference (given with a consent action) gets it in that language
    await c.consents.record(ids.kr1, { purpose: 'marketing_email', event: 'grant', policyVersion: c.policyVersion.ordinal, method: 'privacy_center', language: 'ja' });
    const v = await c.incidents.record(
      { discoveredAt: new Date().toISOString(), categories: ['email', 'name'], affected: { subjects: [ids.jp1, ids.jp2, ids.kr1, ids.eu1] }, malicious: true },
      po,
    );
    await refused(c.incidents.notify(v.incidentId, po), 'CUSTOS_INVALID_INPUT', 'required'); // no notice texts
    const w = await c.incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email', 'name'], affected: { subjects: [ids.jp1, ids.kr1, ids.eu1, ids.jp2] }, malicious: true, notice }, po);
    await c.subjects.erase(ids.jp2, { actor: po, reason: 'request' });
    await refused(c.incidents.notify(w.incidentId, app), 'CUSTOS_FORBIDDEN');
    const r = await c.incidents.notify(w.incidentId, po);
    expect(r).toEqual({ queued: 3, skipped: 0, pending: 0 });
    const items = (await outbox!.list({ limit: 100 })).filter((i) => i.template === 'breach_notice');
    expect(items.map((i) => i.language).sort()).toEqual(['en', 'ja', 'ja']);
    expect(await c.incidents.notify(w.incidentId, po)).toEqual({ queued: 0, skipped: 0, pending: 0 });
    const people = (await c.incidents.show(w.incidentId)).people.find((p) => p.jurisdiction === 'JP')!;
    expect(people).toMatchObject({ persons: 3, notified: 3 }); // the erased person is no longer listed
    expect((await c.audit.query({ action: 'incident.notify' })).map((e) => e.outcome).sort()).toEqual(['denied', 'ok', 'ok', 'ok']);

    // two passes at once (two staff members, two servers): each person is told once
    const x = await c.incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.jp1, ids.kr1, ids.eu1] }, malicious: true, notice }, po);
    const both = await Promise.all([c.incidents.notify(x.incidentId, po), c.incidents.notify(x.incidentId, po)]);
    expect(both[0].queued + both[1].queued).toBe(3);
    expect((await outbox!.list({ limit: 100 })).filter((i) => i.template === 'breach_notice')).toHaveLength(6);
  });

  it('sets and corrects the notice texts of an incident recorded without them, until a person is notified', async () => {
    // a recording outbox, to see the texts each person is sent
    const sent: OutboxRequest[] = [];
    const register = (languageOf?: (id: string) => Promise<undefined>) =>
      new Incidents({ db: c.db, policy: () => c.policy, vault: c.vault, audit: c.audit, outbox: () => ({ enqueue: async (m) => (sent.push(m), { id: `m${sent.length}` }) }), languageOf });
    const incidents = register();
    const v = await incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.jp1, ids.kr1] }, malicious: true }, po);
    expect(v.notice).toBeUndefined();
    await refused(incidents.notify(v.incidentId, po), 'CUSTOS_INVALID_INPUT', 'required');

    const first = await incidents.setNotice(v.incidentId, { whatHappened: '  A backup copy was exposed.  ', measures: 'We closed the access.', advice: 'Watch your mail.' }, po);
    expect(first.incidentId).toBe(v.incidentId);
    expect(first.notice).toEqual({ whatHappened: 'A backup copy was exposed.', measures: 'We closed the access.', advice: 'Watch your mail.' });
    // corrected before anyone is told: the corrected texts are the ones sent
    const corrected = await incidents.setNotice(v.incidentId, { ...notice, advice: 'Watch for unexpected payment messages.' }, po);
    expect(corrected.notice).toEqual({ ...notice, advice: 'Watch for unexpected payment messages.' });
    expect((await incidents.show(v.incidentId)).notice).toEqual(corrected.notice);
    const audit = await c.audit.query({ action: 'incident.notice' });
    expect(audit.map((e) => [e.outcome, e.details])).toEqual([
      ['ok', { incidentId: v.incidentId, changed: ['whatHappened', 'measures', 'advice'], replaced: false }],
      ['ok', { incidentId: v.incidentId, changed: ['whatHappened', 'measures', 'advice'], replaced: true }],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/backup|payment|@example/);

    expect(await incidents.notify(v.incidentId, po)).toEqual({ queued: 2, skipped: 0, pending: 0 });
    expect(sent.map((m) => [m.language, m.data?.what_happened, m.data?.advice]).sort()).toEqual([
      ['ja', notice.whatHappened.ja, 'Watch for unexpected payment messages.'],
      ['ko', notice.whatHappened.ko, 'Watch for unexpected payment messages.'],
    ]);
    // the persons received these texts: they can no longer be changed, nothing is written
    const late = await refused(incidents.setNotice(v.incidentId, { ...notice, advice: 'Something else.' }, po), 'CUSTOS_CONFLICT', 'notice_not_sent');
    expect(late.status).toBe(409);
    expect((await incidents.show(v.incidentId)).notice).toEqual(corrected.notice);

    // a closed incident's notice is not changed either
    const w = await incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.eu1] } }, po);
    await incidents.report(w.incidentId, { jurisdiction: 'EU', stage: 'notice' }, po);
    await incidents.close(w.incidentId, po);
    await refused(incidents.setNotice(w.incidentId, notice, po), 'CUSTOS_CONFLICT', 'incident_open');
    expect((await incidents.show(w.incidentId)).notice).toBeUndefined();
    expect((await c.audit.query({ action: 'incident.notice' })).length).toBe(2);
  });

  it('refuses bad notice texts naming the field and rule, roles without the operation and unknown incidents; nothing is written', async () => {
    const v = await c.incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.jp1] }, malicious: true }, po);
    const field = async (input: unknown, rule: string) => (await refused(c.incidents.setNotice(v.incidentId, input as never, po), 'CUSTOS_INVALID_INPUT', rule)).details.find((d) => d.rule === rule)!.field;
    expect(await field({ whatHappened: 'x', measures: 'y' }, 'required')).toBe('body.advice');
    expect(await field({ ...notice, measures: '   ' }, 'too_small')).toBe('body.measures');
    expect(await field({ ...notice, whatHappened: {} }, 'one_language')).toBe('body.whatHappened');
    expect(await field({ ...notice, advice: 'a'.repeat(2001) }, 'too_big')).toBe('body.advice');
    expect(await field({ ...notice, advice: 'bad \u0000 text' }, 'well_formed_text')).toBe('body.advice');
    expect(await field({ ...notice, whatHappened: { en: 'half \ud800 pair' } }, 'well_formed_text')).toBe('body.whatHappened.en');
    expect(await field({ ...notice, extra: 'x' }, 'unknown_key')).toBe('body');
    expect(await field('texts', 'wrong_type')).toBe('body');
    // the same rules apply when the texts are given at record()
    await refused(c.incidents.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.jp1] }, notice: { ...notice, advice: {} } }, po), 'CUSTOS_INVALID_INPUT', 'one_language');
    await refused(c.incidents.setNotice(v.incidentId, notice, app), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    await refused(c.incidents.setNotice('inc_nothinghere000000000', notice, po), 'CUSTOS_NOT_FOUND');
    expect((await c.incidents.show(v.incidentId)).notice).toBeUndefined();
    expect((await c.audit.query({ action: 'incident.notice' })).map((e) => e.outcome)).toEqual(['denied']);
    expect((await c.incidents.list()).length).toBe(1);
  });

  it('a correction made while a notify pass is starting: the pass sends no outdated texts', async () => {
    const sent: OutboxRequest[] = [];
    let correct: (() => Promise<unknown>) | undefined;
    // the pass has read the texts; before it claims the first person, the texts are corrected
    const racing = new Incidents({
      db: c.db,
      policy: () => c.policy,
      vault: c.vault,
      audit: c.audit,
      outbox: () => ({ enqueue: async (m) => (sent.push(m), { id: `m${sent.length}` }) }),
      languageOf: async () => {
        const f = correct;
        correct = undefined;
        await f?.();
        return undefined;
      },
    });
    const v = await racing.record({ discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [ids.jp1, ids.jp2] }, malicious: true, notice }, po);
    correct = () => c.incidents.setNotice(v.incidentId, { ...notice, measures: 'Corrected measures.' }, po);
    const pass = await racing.notify(v.incidentId, po);
    expect(pass).toMatchObject({ queued: 0, pending: 2 });
    expect(correct).toBeUndefined(); // the correction was made (and not refused)
    expect(await racing.notify(v.incidentId, po)).toMatchObject({ queued: 2, pending: 0 });
    expect(sent.map((m) => m.data?.measures)).toEqual(['Corrected measures.', 'Corrected measures.']);
  });
});

describe('CLI: incidents', () => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv('sqlite');
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('records, shows and lists incidents; reminders exit 1 when a deadline has passed', async () => {
    const c = await env.open();
    const { id } = await c.subjects.create({ jurisdiction: 'RU', fields: { name: 'Ivan', email: 'ivan@example.ru' } }, { actor: app, purpose: 'account' });
    await c.close();
    const flags = ['--data-dir', env.dataDir, '--database', env.database, '--policy', EXAMPLE];
    const vars = { CUSTOS_MASTER_KEY: env.masterKey.toString('base64'), CUSTOS_DATABASE_URL: undefined };
    const rec = await runCli(['incidents', 'record', '--categories', 'email', '--subjects', id, '--discovered-at', new Date(Date.now() - 30 * HOUR).toISOString(), '--malicious', '--json', ...flags], vars);
    expect(rec.code).toBe(0);
    const v = JSON.parse(rec.out);
    expect(v.deadlines.some((d: { jurisdiction: string; stage: string; required: boolean }) => d.jurisdiction === 'RU' && d.stage === 'initial' && d.required)).toBe(true);
    const show = await runCli(['incidents', 'show', v.incidentId, ...flags], vars);
    expect(show.code).toBe(0);
    expect(show.out).toContain('RU     initial');
    expect(show.out).not.toContain('ivan@example.ru');
    const rem = await runCli(['incidents', 'reminders', ...flags], vars);
    expect(rem.code).toBe(1);
    expect(rem.out).toContain('OVERDUE');
    expect((await runCli(['incidents', 'report', v.incidentId, '--jurisdiction', 'RU', '--stage', 'initial', ...flags], vars)).code).toBe(0);
    expect((await runCli(['incidents', 'list', '--json', ...flags], vars)).out).toContain(v.incidentId);
    expect((await runCli(['incidents', 'record', '--categories', 'email', ...flags], vars)).code).toBe(2);
    expect((await runCli(['incidents', 'show', 'inc_nothinghere000000000', ...flags], vars)).code).toBe(1);
  });

  it('the notice texts: given at record, or set and corrected later with incidents notice; then the persons can be notified', async () => {
    const c = await env.open();
    const { id } = await c.subjects.create({ jurisdiction: 'KR', fields: { name: 'Min', email: 'min@example.kr' } }, { actor: app, purpose: 'account' });
    await c.close();
    const flags = ['--data-dir', env.dataDir, '--database', env.database, '--policy', EXAMPLE];
    const vars = { CUSTOS_MASTER_KEY: env.masterKey.toString('base64'), CUSTOS_DATABASE_URL: undefined };
    const cli = (args: string[]) => runCli([...args, ...flags], vars);
    const texts = ['--what-happened', 'A backup copy was exposed.', '--measures', 'We closed the access.', '--advice', 'Watch for unexpected payment messages.'];

    // the docs' example: recorded without the texts, it says how to give them; notify refuses until then
    const rec = await cli(['incidents', 'record', '--categories', 'email,card', '--all', '--malicious', '--summary', 'backup exposed']);
    expect(rec.code).toBe(0);
    const inc = rec.out.split(' ')[0];
    expect(rec.out).toContain(`notice texts: not recorded (needed to notify: custos incidents notice ${inc}`);
    const early = await cli(['incidents', 'notify', inc]);
    expect(early.code).toBe(2);
    expect(early.err).toContain('custos incidents notice <id>');

    // bad input: exit 2 naming the field and rule, nothing written
    const partial = await cli(['incidents', 'notice', inc, '--what-happened', 'x', '--measures', 'y']);
    expect(partial.code).toBe(2);
    expect(partial.err).toMatch(/advice.*\[required\]/);
    expect((await cli(['incidents', 'notice', inc])).code).toBe(2);
    const file = join(env.dataDir, 'notice.json');
    writeFileSync(file, JSON.stringify({ whatHappened: { en: 'A backup copy was exposed.', ko: '백업 사본이 노출되었습니다.' }, measures: 'We closed the access.', advice: 'Be careful.' }));
    expect((await cli(['incidents', 'notice', inc, '--file', file, '--advice', 'x'])).code).toBe(2);
    const nul = await cli(['incidents', 'notice', inc, ...texts.slice(0, 4), '--advice', 'bad \u0000 text']);
    expect(nul.code).toBe(2);
    expect(nul.err).toMatch(/advice.*\[well_formed_text\]/);
    expect(nul.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse((await cli(['incidents', 'show', inc, '--json'])).out).notice).toBeUndefined();

    // set, then corrected from a file (one text per language)
    expect((await cli(['incidents', 'notice', inc, ...texts])).code).toBe(0);
    const fixed = await cli(['incidents', 'notice', inc, '--file', file, '--json']);
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.out).notice.whatHappened).toEqual({ en: 'A backup copy was exposed.', ko: '백업 사본이 노출되었습니다.' });
    expect((await cli(['incidents', 'show', inc])).out).toContain('notice texts: recorded');
    const sent = await cli(['incidents', 'notify', inc, '--json']);
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.out)).toEqual({ queued: 1, skipped: 0, pending: 0 });
    // sent: no longer changed
    const late = await cli(['incidents', 'notice', inc, ...texts]);
    expect(late.code).toBe(1);
    expect(late.err).toContain('[notice_not_sent]');
    expect(JSON.parse((await cli(['incidents', 'show', inc, '--json'])).out).notice.advice).toBe('Be careful.');

    // the texts given at once, with the record flags; a part of them is refused
    const both = await cli(['incidents', 'record', '--categories', 'email', '--subjects', id, '--malicious', ...texts, '--json']);
    expect(both.code).toBe(0);
    expect(JSON.parse(both.out).notice).toEqual({ whatHappened: 'A backup copy was exposed.', measures: 'We closed the access.', advice: 'Watch for unexpected payment messages.' });
    expect((await cli(['incidents', 'notify', JSON.parse(both.out).incidentId])).code).toBe(0);
    const part = await cli(['incidents', 'record', '--categories', 'email', '--subjects', id, '--advice', 'only this']);
    expect(part.code).toBe(2);
    expect(part.err).toMatch(/notice\.whatHappened.*\[required\]/);
    expect(JSON.parse((await cli(['incidents', 'list', '--json'])).out)).toHaveLength(2);
  });
});
