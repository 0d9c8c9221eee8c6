import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { describeBackends, makeEnv, EXAMPLE, type Env } from '../../test/backends.js';
import { startSmtpSink, bodyText, type SmtpSink } from '../../test/smtp.js';
import type { Custos } from '../custos.js';
import { SmtpTransport } from '../mail/transports.js';
import { exportBundle } from './export.js';
import { LIMIT_PER_IDENTIFIER, LIMIT_PER_IDENTIFIER_NETWORK, MAX_ATTEMPTS, MAX_RESENDS, START_FLOOR_MS, networkOf } from './intake.js';
import { privacyCatalog } from '../server/routes/web.js';
import { PERSON_DAILY_REQUESTS } from './service.js';
import { dueDate } from './deadlines.js';
import { randomUUID } from 'node:crypto';
import { insertRows, type Param } from '../store/db.js';
import { rejects } from '../../test/expect.js';
import { readFileSync } from 'node:fs';

const app = { keyId: 'app', role: 'application' };
const staff = { keyId: 'po', role: 'privacy_officer' };

/** Reads every entry of a zip (from a stream) into memory: test exports are small. */
async function unzip(stream: NodeJS.ReadableStream): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  const buf = Buffer.concat(chunks);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out: Record<string, string> = {};
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, s) => {
          if (e || !s) return reject(e);
          const parts: Buffer[] = [];
          s.on('data', (d: Buffer) => parts.push(d));
          s.on('end', () => {
            out[entry.fileName] = Buffer.concat(parts).toString('utf8');
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

it('the intake limits count a network (IPv4 /24, IPv6 /48) read from its groups, however the address is written', () => {
  const nets = (ips: string[]) => [...new Set(ips.map(networkOf))];
  expect(nets(['2001:db8::1', '2001:db8:0:1::1', '2001:0db8:0000:ffff::2', '2001:db8::ffff:1.2.3.4'])).toEqual(['2001:db8:0::/48']);
  expect(nets(['2001::1', '2001::2', '2001:0:0:5::9'])).toEqual(['2001:0:0::/48']);
  expect(nets(['::1'])).toEqual(['0:0:0::/48']);
  expect(nets(['203.0.113.7', '::ffff:203.0.113.200'])).toEqual(['203.0.113.0/24']);
});

const codeIn = (raw: string) => /\b(\d{6})\b/.exec(bodyText(raw))?.[1];

describeBackends('data-subject requests', (backend) => {
  let env: Env;
  let custos: Custos;
  let sink: SmtpSink;
  let kim: string;
  let other: string;
  /**
   * Sends every mail queued so far and waits until the sink has reported what it received. A pass already
   * under way (started when a mail was queued) may have begun before the last one was: a second pass follows it.
   */
  const deliverAll = async () => {
    await custos.outbox.deliver();
    await custos.outbox.deliver();
    await sink.settled();
  };
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
  });
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open({ mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    kim = (await custos.subjects.create({ jurisdiction: 'KR', fields: { name: '김지우', email: 'jiwoo@example.kr', phone: '010-3333-4444' } }, { actor: app, purpose: 'account' })).id;
    other = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Other Person', email: 'other@example.jp' } }, { actor: app, purpose: 'account' })).id;
    await custos.subjects.addRecord(kim, 'messages', '다음 수업은 언제인가요?', { actor: app, purpose: 'lesson_delivery' });
    await custos.subjects.addRecord(other, 'messages', 'not yours', { actor: app, purpose: 'lesson_delivery' });
  });
  afterEach(async () => {
    await env.cleanup();
  });

  /** Starts a request and reads the code from the mail that arrived over SMTP. */
  async function startAndGetCode(email: string, type: 'access' | 'erasure' | 'correction' | 'restriction' = 'access', details?: Record<string, unknown>, ip = '198.51.100.7') {
    const before = sink.messages.length;
    const { intakeId } = await custos.intakes.start({ type, email, language: 'ko', ip, details });
    await custos.outbox.deliver();
    const msg = await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes(email.toLowerCase()));
    const code = codeIn(msg.raw);
    expect(code).toMatch(/^\d{6}$/);
    return { intakeId, code: code!, msg };
  }

  it('an access request: code by mail in Korean, verified, export holds exactly the person\'s data', async () => {
    const { intakeId, code, msg } = await startAndGetCode('JIWOO@example.kr');
    expect(bodyText(msg.raw)).toMatch(/[가-힣]/);
    const verified = await custos.intakes.verify(intakeId, code);
    expect(verified.subjectId).toBe(kim);
    const req = await custos.requests.file(kim, { type: 'access', language: 'ko', channel: 'privacy_center' });
    expect(req.status).toBe('completed');
    expect(Date.parse(req.exportExpiresAt!)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await custos.subjects.read(kim, { actor: { keyId: 'desk', role: 'support' }, purpose: 'support' });
    await custos.audit.flush();
    const files = await unzip(await exportBundle(kim, { vault: custos.vault, consents: custos.consents, restrictions: custos.restrictions, audit: custos.audit, policy: custos.policy, sections: custos.exportSections }));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['subject.json', 'fields.csv', 'records.jsonl', 'consents.csv', 'access_log.csv', 'cross_border_transfers.csv']));
    const all = Object.values(files).join('\n');
    expect(all).toContain('김지우');
    expect(all).toContain('다음 수업은 언제인가요?');
    expect(all).not.toContain('Other Person');
    expect(all).not.toContain('not yours');
    expect(all).not.toContain('desk'); // who accessed: role and purpose, never key ids or staff names
    expect(files['access_log.csv']).toMatch(/subject\.read,support,support/);
    const summary = JSON.parse(files['subject.json']);
    expect(summary.subject.id).toBe(kim);
    expect(summary.fields.find((f: { field: string }) => f.field === 'email').purposes).toContain('support');
    expect(summary.crossBorderTransfers.map((t: { country: string }) => t.country)).toContain('US');
  });

  it('an unknown address gets the same answer, nothing is sent, and no code can verify it', async () => {
    const before = sink.messages.length;
    const known = await custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip: '198.51.100.8' });
    const unknown = await custos.intakes.start({ type: 'access', email: 'jiwo0@example.kr', language: 'ko', ip: '198.51.100.8' });
    expect(Object.keys(unknown).sort()).toEqual(Object.keys(known).sort());
    await deliverAll();
    expect(sink.messages.slice(before).flatMap((m) => m.to)).toEqual(['jiwoo@example.kr']);
    for (const code of ['000000', '123456', '999999']) await rejects(custos.intakes.verify(unknown.intakeId, code), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
  });

  it('codes: a replayed code fails, five wrong codes lock the intake, a name alone is not an identifier', async () => {
    const { intakeId, code } = await startAndGetCode('jiwoo@example.kr');
    await custos.intakes.verify(intakeId, code);
    await rejects(custos.intakes.verify(intakeId, code), 'CUSTOS_VERIFICATION_FAILED');
    const second = await startAndGetCode('jiwoo@example.kr');
    const wrong = second.code === '000000' ? '111111' : '000000';
    for (let i = 0; i < MAX_ATTEMPTS; i++) await rejects(custos.intakes.verify(second.intakeId, wrong), 'CUSTOS_VERIFICATION_FAILED');
    // the right code no longer works: a new code is needed
    await rejects(custos.intakes.verify(second.intakeId, second.code), 'CUSTOS_VERIFICATION_FAILED');
    await rejects(custos.intakes.start({ type: 'access', language: 'ko', ip: '198.51.100.9' } as never), 'CUSTOS_INVALID_INPUT', 'one_identifier');
  });

  it('codes: guesses sent at once count as many attempts; only the first five are compared at all', async () => {
    const { intakeId, code } = await startAndGetCode('jiwoo@example.kr');
    const wrong = Array.from({ length: 19 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    // the right code goes last: by the time it is looked at, the five attempts are gone
    const answers = await Promise.allSettled([...wrong, code].map((c) => custos.intakes.verify(intakeId, c)));
    expect(answers.every((a) => a.status === 'rejected')).toBe(true);
    await rejects(custos.intakes.verify(intakeId, code), 'CUSTOS_VERIFICATION_FAILED');
  });

  it('codes: a resent code brings no new attempts, counts against the hourly limits, and an intake gets three resends at most', async () => {
    // a clock this test moves forward past the hour the limits count
    let offset = 0;
    await custos.close();
    custos = await env.open({ now: () => new Date(Date.now() + offset), mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    /** Asks for a new code for the intake and returns it, or undefined when none was sent. */
    const resend = async (intakeId: string) => {
      const before = sink.messages.length;
      await custos.intakes.resend(intakeId, '198.51.100.7');
      await deliverAll();
      const sent = sink.messages.slice(before).find((m) => m.to.includes('jiwoo@example.kr'));
      return sent ? codeIn(sent.raw) : undefined;
    };
    const other = (c: string) => (c === '000000' ? '111111' : '000000');
    const first = await startAndGetCode('jiwoo@example.kr');
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) await rejects(custos.intakes.verify(first.intakeId, other(first.code)), 'CUSTOS_VERIFICATION_FAILED');
    const second = await resend(first.intakeId);
    expect(second).toMatch(/^\d{6}$/);
    // one attempt left, whatever the new code: a wrong guess uses it up, and then the right code is refused
    await rejects(custos.intakes.verify(first.intakeId, other(second!)), 'CUSTOS_VERIFICATION_FAILED');
    await rejects(custos.intakes.verify(first.intakeId, second!), 'CUSTOS_VERIFICATION_FAILED');
    // no attempts left: no more codes for this intake
    expect(await resend(first.intakeId)).toBeUndefined();

    // from another network: within the hour, the start and two new codes use up that network's share
    const next = await startAndGetCode('jiwoo@example.kr', 'access', undefined, '192.0.2.44');
    const sent: (string | undefined)[] = [];
    for (let i = 0; i < LIMIT_PER_IDENTIFIER_NETWORK; i++) sent.push(await resend(next.intakeId));
    expect(sent.map((c) => c !== undefined)).toEqual([...Array(LIMIT_PER_IDENTIFIER_NETWORK - 1).fill(true), false]);
    // an hour later the share is free again, but the intake has had all but one of its MAX_RESENDS
    offset += 61 * 60_000;
    for (let i = LIMIT_PER_IDENTIFIER_NETWORK - 1; i < MAX_RESENDS + 1; i++) sent.push(await resend(next.intakeId));
    const given = sent.filter((c) => c !== undefined);
    expect(given).toHaveLength(MAX_RESENDS);
    expect(sent.at(-1)).toBeUndefined();
    // the last code sent works; the earlier ones stopped working when it was sent
    const last = given.at(-1)!;
    await rejects(custos.intakes.verify(next.intakeId, next.code === last ? other(next.code) : next.code), 'CUSTOS_VERIFICATION_FAILED');
    expect((await custos.intakes.verify(next.intakeId, last)).subjectId).toBe(kim);
  });

  /** Codes mailed to jiwoo@example.kr since `before` (delivered and arrived). */
  const codesSince = async (before: number) => {
    await deliverAll();
    return sink.messages.slice(before).filter((m) => m.to.includes('jiwoo@example.kr') && codeIn(m.raw)).length;
  };

  it('floods at once: starts sent together for one address get no more codes than the limits', async () => {
    // from many networks at once: the per-address backstop
    const before = sink.messages.length;
    await Promise.all(Array.from({ length: LIMIT_PER_IDENTIFIER + 5 }, (_, i) => custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip: `203.0.${i}.1` })));
    expect(await codesSince(before)).toBe(LIMIT_PER_IDENTIFIER);
  });

  it('floods at once from one network: no more codes than that network\'s share', async () => {
    const before = sink.messages.length;
    await Promise.all(Array.from({ length: 8 }, (_, i) => custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip: `203.0.113.${i + 1}` })));
    expect(await codesSince(before)).toBe(LIMIT_PER_IDENTIFIER_NETWORK);
  });

  it('floods: a stranger\'s starts use up only their own network\'s share: the person still gets a code; the answer never changes', async () => {
    const before = sink.messages.length;
    const answers = new Set<string>();
    const shape = (r: object) => JSON.stringify(Object.keys(r).sort());
    // one stranger, one network: three codes, then nothing more for that network this hour
    for (let i = 0; i < 6; i++) answers.add(shape(await custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip: '203.0.113.9' })));
    expect(await codesSince(before)).toBe(LIMIT_PER_IDENTIFIER_NETWORK);
    // two more networks: three codes each (9 in all, below the backstop of 10)
    for (const ip of ['203.0.114.9', '203.0.115.9']) for (let i = 0; i < 4; i++) answers.add(shape(await custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip })));
    expect(await codesSince(before)).toBe(3 * LIMIT_PER_IDENTIFIER_NETWORK);
    // the person, from their own network, still gets a code and can verify it
    const own = await startAndGetCode('jiwoo@example.kr', 'access', undefined, '198.51.100.7');
    expect((await custos.intakes.verify(own.intakeId, own.code)).subjectId).toBe(kim);
    // past the backstop no network gets more this hour (at most 10 unwanted codes an hour), same answer
    answers.add(shape(await custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip: '203.0.116.9' })));
    expect(await codesSince(before)).toBe(LIMIT_PER_IDENTIFIER);
    expect(answers.size).toBe(1);
  });

  it('a text message is sent after the answer: a slow SMS gateway does not tell a number on file', async () => {
    const texts: string[] = [];
    await custos.close();
    custos = await env.open({
      sms: {
        send: async (to: string) => {
          await new Promise((r) => setTimeout(r, 900));
          texts.push(to);
        },
      },
      mail: { transport: null },
    });
    const timed = async (phone: string, ip: string) => {
      const t0 = Date.now();
      const r = await custos.intakes.start({ type: 'access', phone, language: 'ko', ip });
      return { ms: Date.now() - t0, keys: Object.keys(r).sort() };
    };
    const known = await timed('+82 10-3333-4444', '198.51.100.7');
    const unknown = await timed('+82 10-9876-5432', '198.51.100.8');
    expect(known.keys).toEqual(unknown.keys);
    expect(known.ms).toBeGreaterThanOrEqual(START_FLOOR_MS - 5);
    // the answer did not wait for the gateway: nothing was sent when it came
    expect(texts).toEqual([]);
    await custos.intakes.settled();
    expect(texts).toEqual(['+821033334444']);
  });

  it('a new code for a start by phone goes to the phone again, by text message', async () => {
    const texts: string[] = [];
    await custos.close();
    custos = await env.open({ sms: { send: async (to: string, text: string) => void texts.push(`${to} ${/\d{6}/.exec(text)?.[0]}`) }, mail: { transport: null } });
    const { intakeId } = await custos.intakes.start({ type: 'access', phone: '+82 10-3333-4444', language: 'ko', ip: '198.51.100.7' });
    await custos.intakes.resend(intakeId, '198.51.100.7');
    await custos.intakes.settled();
    expect(texts.map((t) => t.split(' ')[0])).toEqual(['+821033334444', '+821033334444']);
    // the second code is the one that verifies
    expect((await custos.intakes.verify(intakeId, texts[1].split(' ')[1])).subjectId).toBe(kim);
  });

  it('at once: requests filed together join one; of two approvals, or an approval and a refusal, one acts', async () => {
    const filed = await Promise.all([1, 2, 3].map(() => custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우2' } } })));
    expect(new Set(filed.map((f) => f.requestId)).size).toBe(1);
    const id = filed[0].requestId;
    expect((await custos.requests.get(id)).timeline.map((e) => e.event).sort()).toEqual(['joined', 'joined', 'received']);

    const outcome = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string }) => e.code);
    const twice = await Promise.all([outcome(custos.requests.approve(id, staff)), outcome(custos.requests.approve(id, staff))]);
    expect(twice.sort()).toEqual(['CUSTOS_REQUEST_STATE', 'ok']);
    expect((await custos.requests.get(id)).timeline.map((e) => e.event)).toEqual(['received', 'joined', 'joined', 'approved', 'completed']);

    const other = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우3' } } });
    const race = await Promise.all([
      outcome(custos.requests.refuse(other.requestId, 'manifestly_unfounded', 'Not a correction of your data.', staff)),
      outcome(custos.requests.approve(other.requestId, staff)),
    ]);
    expect(race.sort()).toEqual(['CUSTOS_REQUEST_STATE', 'ok']);
    const done = await custos.requests.get(other.requestId);
    const events = done.timeline.map((e) => e.event);
    expect(events.filter((e) => e === 'refused' || e === 'completed')).toHaveLength(1);
    expect(done.status).toBe(events.includes('refused') ? 'refused' : 'completed');
  });

  it('an action whose claim lapsed does not clear the claim another action took meanwhile', async () => {
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우2' } } });
    const theirs = Date.now() + 3_600_000;
    const subjects = custos.subjects as { correct: typeof custos.subjects.correct };
    const correct = subjects.correct.bind(custos.subjects);
    subjects.correct = async (...args) => {
      // this approval ran past its claim: another server claimed the request in the meantime
      await custos.db.run('UPDATE requests SET claimed_until = ? WHERE request_id = ?', [theirs, r.requestId]);
      return correct(...args);
    };
    await custos.requests.approve(r.requestId, staff);
    subjects.correct = correct;
    const row = await custos.db.get<{ claimed_until: number }>('SELECT claimed_until FROM requests WHERE request_id = ?', [r.requestId]);
    expect(Number(row!.claimed_until)).toBe(theirs);
  });

  it('a second open request joins the first only when it asks for the same thing; other values make a request of their own', async () => {
    const a = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우2' } } });
    expect(a.status).toBe('awaiting_approval');
    // the same correction again (from the application this time): joins
    const again = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'application', details: { fields: { name: '김지우2' } } });
    expect(again.requestId).toBe(a.requestId);
    expect((await custos.requests.get(a.requestId)).timeline.map((e) => e.event)).toEqual(['received', 'joined']);
    // another value: its own request, nothing dropped; staff see each with its values
    const b = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'application', details: { fields: { name: '김지우3' } } });
    expect(b.requestId).not.toBe(a.requestId);
    expect(b.status).toBe('awaiting_approval');
    expect((await custos.requests.staffView(a.requestId, staff)).details).toEqual({ fields: { name: '김지우2' } });
    expect((await custos.requests.staffView(b.requestId, staff)).details).toEqual({ fields: { name: '김지우3' } });
    // requests without details join as before; an agent's never joins the person's own
    const e1 = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    expect((await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'application' })).requestId).toBe(e1.requestId);
    const agent = { name: 'Agency', email: 'agent@agency.example', authorisation: 'The person authorised us in writing on 1 May.' };
    const e2 = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'agent', agent });
    expect(e2.requestId).not.toBe(e1.requestId);
    expect((await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'agent', agent })).requestId).toBe(e2.requestId);
    expect((await custos.requests.list()).filter((r) => r.type === 'correction').map((r) => r.requestId).sort()).toEqual([a.requestId, b.requestId].sort());
  });

  it('corrections: only the fields the privacy center offers, with valid values, checked before a code is spent', async () => {
    const offered = privacyCatalog(custos.policy, 'en').categories.filter((c) => c.correctable).map((c) => c.id);
    const refused: [string, unknown][] = [
      ['login_id', 'someone-else'],
      ['password_hash', '$2b$10$abcdefghijklmnopqrstuu6Uo7ePqXrVv7z5mHq1b4K1c3e5g7i9k'],
      ['ip_address', '203.0.113.1'],
      ['device_data', { ua: 'x' }],
      ['messages', 'hi'],
      ['transactions', { a: 1 }],
      ['not_a_category', 'x'],
    ];
    for (const [field, value] of refused) {
      expect(offered).not.toContain(field);
      const e = await rejects(custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { [field]: value } } }), 'CUSTOS_INVALID_INPUT', 'category_declared');
      // a declared category is named; an unknown key is named by its parent (the key may be personal data)
      expect(e.details[0].field).toBe(field === 'not_a_category' ? 'details.fields' : `details.fields.${field}`);
    }
    // at the privacy center's start, before a code is sent (the same answer whether or not the address is on file)
    const before = sink.messages.length;
    for (const email of ['jiwoo@example.kr', 'nobody@example.kr'])
      await rejects(custos.intakes.start({ type: 'correction', email, language: 'ko', ip: '198.51.100.7', details: { fields: { login_id: 'someone-else' } } }), 'CUSTOS_INVALID_INPUT', 'category_declared');
    expect(await codesSince(before)).toBe(0);
    // values are checked as they will be stored: the error names the field and rule, never the value
    const bad = await rejects(
      custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'not-an-address' } } }),
      'CUSTOS_INVALID_INPUT',
      'email_syntax',
    );
    expect(bad.details[0].field).toBe('details.fields.email');
    expect(bad.message).not.toContain('not-an-address');
    await rejects(custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { phone: '12' } } }), 'CUSTOS_INVALID_INPUT', 'phone_valid');
    // details hold what the type takes, nothing else (free keys were stored and made each request one of its own)
    for (const [type, details] of [
      ['erasure', { junk: 'x' }],
      ['access', { 'd@example.com': { a: 1 } }],
      ['restriction', { purposes: ['marketing_email'], note: 'also this' }],
      ['correction', { fields: { name: '김지우' }, why: 'typo' }],
    ] as const) {
      const e = await rejects(custos.requests.file(kim, { type, language: 'ko', channel: 'privacy_center', details }), 'CUSTOS_INVALID_INPUT', 'details_key');
      expect(e.details[0].field).toBe('details');
      expect(e.message).not.toContain('d@example.com');
      await rejects(custos.intakes.start({ type, email: 'jiwoo@example.kr', language: 'ko', ip: '198.51.100.7', details }), 'CUSTOS_INVALID_INPUT', 'details_key');
    }
    // a restriction does not stop a use the law requires: a request naming one is refused, at filing and at the start
    for (const purposes of [['tax_records'], ['marketing_email', 'legal_claims']]) {
      expect((await rejects(custos.requests.file(kim, { type: 'restriction', language: 'ko', channel: 'privacy_center', details: { purposes } }), 'CUSTOS_INVALID_INPUT', 'purpose_survives_restriction')).details[0].field).toBe('details.purposes');
      await rejects(custos.intakes.start({ type: 'restriction', email: 'jiwoo@example.kr', language: 'ko', ip: '198.51.100.7', details: { purposes } }), 'CUSTOS_INVALID_INPUT', 'purpose_survives_restriction');
    }
    await rejects(custos.restrictions.add(kim, 'tax_records'), 'CUSTOS_INVALID_INPUT', 'purpose_survives_restriction');
    // every field refused is named at once
    const two = await rejects(custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: 42, login_id: 'x' } } }), 'CUSTOS_INVALID_INPUT');
    expect(two.details.map((d) => `${d.field}:${d.rule}`)).toEqual(['details.fields.name:text_type', 'details.fields.login_id:category_declared']);
    expect(await custos.requests.mine(kim)).toEqual([]);
    // what the form offers is accepted
    expect(offered).toEqual(expect.arrayContaining(['name', 'email', 'phone']));
  });

  /** Staff send a code to the new email of a correction and enter what the person reads back from the mail. */
  async function confirmByStaff(requestId: string, address: string): Promise<void> {
    const before = sink.messages.length;
    await custos.requests.sendIdentifierCode(requestId, staff, '203.0.113.5');
    await custos.outbox.deliver();
    const msg = await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.some((to) => to.toLowerCase() === address.toLowerCase()));
    await custos.requests.confirmIdentifier(requestId, codeIn(msg.raw)!, staff);
  }

  it('a new email or phone on file for another person is refused at approval; staff see the proposed values', async () => {
    const texts: { to: string; text: string }[] = [];
    await custos.close();
    custos = await env.open({ sms: { send: async (to, text) => void texts.push({ to, text }) }, mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    const third = (await custos.subjects.create({ jurisdiction: 'KR', fields: { name: 'Third', email: 'third@example.kr', phone: '010-5555-6666' } }, { actor: app, purpose: 'account' })).id;
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'OTHER@example.jp', name: '김지우' } } });
    expect(r.status).toBe('awaiting_approval');
    // (the new address is proven first: the code reaches whoever holds it, here the other person)
    await confirmByStaff(r.requestId, 'other@example.jp');
    expect((await custos.requests.staffView(r.requestId, staff)).details).toEqual({ fields: { email: 'OTHER@example.jp', name: '김지우' } });
    const e = await rejects(custos.requests.approve(r.requestId, staff), 'CUSTOS_CONFLICT', 'identifier_in_use');
    expect(e.details[0].field).toBe('details.fields.email');
    expect(e.message).not.toMatch(/other@example/i);
    // waiting for approval: fulfilling it would skip what approval checks
    await rejects(custos.requests.fulfil(r.requestId, staff), 'CUSTOS_REQUEST_STATE', 'approval_required');
    // nothing changed: the request still waits, both people keep their address, each found alone
    expect((await custos.requests.get(r.requestId)).status).toBe('awaiting_approval');
    expect((await custos.vault.read(kim, ['email'])).fields.email).toBe('jiwoo@example.kr');
    expect(await custos.vault.findByEmail('other@example.jp')).toEqual([other]);
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'request.approve' })).map((x) => [x.outcome, x.reason])).toContainEqual(['denied', 'identifier_in_use']);
    await custos.requests.refuse(r.requestId, 'identity_not_verified', 'The new address belongs to another account.', staff);
    // a phone number another person has, in the national form of the person's country
    const p = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { phone: '010-5555-6666' } } });
    await custos.requests.sendIdentifierCode(p.requestId, staff, '203.0.113.5');
    await custos.intakes.settled();
    expect(texts.map((x) => x.to)).toEqual(['+821055556666']);
    await custos.requests.confirmIdentifier(p.requestId, /\b(\d{6})\b/.exec(texts[0].text)![1], staff);
    await rejects(custos.requests.approve(p.requestId, staff), 'CUSTOS_CONFLICT', 'identifier_in_use');
    expect(await custos.vault.findByPhone('+82 10-5555-6666')).toEqual([third]);
    // an address nobody else has is approved, and the person is found by it
    const ok = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'jiwoo.new@example.kr' } } });
    await confirmByStaff(ok.requestId, 'jiwoo.new@example.kr');
    expect((await custos.requests.approve(ok.requestId, staff)).status).toBe('completed');
    expect(await custos.vault.findByEmail('jiwoo.new@example.kr')).toEqual([kim]);
    // staff view needs a role that manages requests
    await rejects(custos.requests.staffView(ok.requestId, app), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
  });

  it('a new email is written only after the code sent to it is entered; the check sits at filing in the privacy center', async () => {
    // the person proves who they are with the address on file, asking to change it
    const wanted = { fields: { email: 'Jiwoo.New@example.kr' } };
    const started = await startAndGetCode('jiwoo@example.kr', 'correction', wanted);
    const verified = await custos.intakes.verify(started.intakeId, started.code);
    const before = sink.messages.length;
    const pending = await custos.requests.confirmBeforeFiling(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: verified.details }, '198.51.100.7');
    expect(pending).toMatchObject({ field: 'email', confirmationId: expect.any(String) });
    // nothing is filed yet, and the new address is not on file
    expect((await custos.requests.mine(kim)).filter((r) => r.type === 'correction')).toEqual([]);
    await custos.outbox.deliver();
    const mail = await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('Jiwoo.New@example.kr'));
    await deliverAll();
    // only the new address was written to; the mail holds the code and nothing about the person
    expect(sink.messages.slice(before).flatMap((m) => m.to)).toEqual(['Jiwoo.New@example.kr']);
    const text = bodyText(mail.raw);
    for (const personal of ['김지우', 'jiwoo@example.kr', '010-3333-4444', kim]) expect(text).not.toContain(personal);
    const code = codeIn(mail.raw)!;
    // the code to the new address opens no session: it proves control of the address, not who the person is
    await rejects(custos.intakes.verify(pending!.confirmationId, code), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
    // another person's session cannot confirm it, and its guesses do not use up the person's attempts
    for (let i = 0; i < MAX_ATTEMPTS + 1; i++) await rejects(custos.requests.fileConfirmed(other, pending!.confirmationId, code), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
    // a wrong code counts as an attempt; the right one files the correction, confirmed
    await rejects(custos.requests.fileConfirmed(kim, pending!.confirmationId, code === '000000' ? '111111' : '000000'), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
    const filed = await custos.requests.fileConfirmed(kim, pending!.confirmationId, code);
    expect(filed).toMatchObject({ type: 'correction', status: 'awaiting_approval', identifierConfirmation: 'confirmed' });
    await rejects(custos.requests.fileConfirmed(kim, pending!.confirmationId, code), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
    expect((await custos.requests.approve(filed.requestId, staff)).status).toBe('completed');
    expect(await custos.vault.findByEmail('jiwoo.new@example.kr')).toEqual([kim]);
    expect((await custos.vault.read(kim, ['email'])).fields.email).toBe('Jiwoo.New@example.kr');
  });

  it('a correction that cannot be filed once the code to the new address is right leaves that code usable', async () => {
    const pending = (await custos.requests.confirmBeforeFiling(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'jiwoo.retry@example.kr' } } }, '198.51.100.9'))!;
    await custos.outbox.deliver();
    const code = codeIn((await sink.waitFor((m) => m.to.includes('jiwoo.retry@example.kr'))).raw)!;
    const file = custos.requests.file;
    custos.requests.file = async () => {
      throw new Error('store unavailable');
    };
    try {
      await expect(custos.requests.fileConfirmed(kim, pending.confirmationId, code)).rejects.toThrow('store unavailable');
    } finally {
      custos.requests.file = file;
    }
    expect(await custos.requests.fileConfirmed(kim, pending.confirmationId, code)).toMatchObject({ type: 'correction', identifierConfirmation: 'confirmed' });
    await rejects(custos.requests.fileConfirmed(kim, pending.confirmationId, code), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
  });

  it('five wrong codes to the new address end the confirmation; a proof for another value files nothing', async () => {
    const pending = (await custos.requests.confirmBeforeFiling(kim, { type: 'correction', language: 'ko', channel: 'application', details: { fields: { email: 'typo@exmaple.kr' } } }, '198.51.100.7'))!;
    await custos.outbox.deliver();
    const mail = await sink.waitFor((m) => m.to.includes('typo@exmaple.kr'));
    const code = codeIn(mail.raw)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < MAX_ATTEMPTS; i++) await rejects(custos.requests.fileConfirmed(kim, pending.confirmationId, wrong), 'CUSTOS_VERIFICATION_FAILED');
    await rejects(custos.requests.fileConfirmed(kim, pending.confirmationId, code), 'CUSTOS_VERIFICATION_FAILED');
    // a resend brings no new attempts
    const before = sink.messages.length;
    await custos.intakes.resendConfirmation(pending.confirmationId, kim, '198.51.100.7');
    await deliverAll();
    expect(sink.messages.length).toBe(before);
    // a confirmed address proves that address only: filing another value with its proof is refused
    const ok = (await custos.requests.confirmBeforeFiling(kim, { type: 'correction', language: 'ko', channel: 'application', details: { fields: { email: 'mine@example.kr' } } }, '198.51.100.7'))!;
    await custos.outbox.deliver();
    const okCode = codeIn((await sink.waitFor((m) => m.to.includes('mine@example.kr'))).raw)!;
    await custos.requests.fileConfirmed(kim, ok.confirmationId, okCode);
    const e = await rejects(
      custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'application', details: { fields: { email: 'someone@example.kr' } }, identifierProof: ok.confirmationId }),
      'CUSTOS_INVALID_INPUT',
      'identifier_confirmed',
    );
    expect(e.details[0].field).toBe('identifierProof');
    expect(e.message).not.toMatch(/someone|mine@/);
    // nor by another person
    await rejects(custos.requests.file(other, { type: 'correction', language: 'ja', channel: 'application', details: { fields: { email: 'mine@example.kr' } }, identifierProof: ok.confirmationId }), 'CUSTOS_INVALID_INPUT', 'identifier_confirmed');
  });

  it('codes to a new address count against the limits per address and network: a verified person cannot mail-bomb a stranger', async () => {
    const start = () => custos.requests.confirmBeforeFiling(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'victim@example.org' } } }, '198.51.100.7');
    for (let i = 0; i < LIMIT_PER_IDENTIFIER_NETWORK + 2; i++) await start();
    await deliverAll();
    expect(sink.messages.filter((m) => m.to.includes('victim@example.org'))).toHaveLength(LIMIT_PER_IDENTIFIER_NETWORK);
  });

  it('a correction of an email filed by staff waits, marked pending, until the code sent to the new address is read back', async () => {
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'staff', details: { fields: { email: 'jiwoo.work@example.kr' } } }, staff);
    expect(r).toMatchObject({ status: 'awaiting_approval', identifierConfirmation: 'pending' });
    const e = await rejects(custos.requests.approve(r.requestId, staff), 'CUSTOS_REQUEST_STATE', 'identifier_unconfirmed');
    expect(e.details[0].field).toBe('details.fields.email');
    await rejects(custos.requests.fulfil(r.requestId, staff), 'CUSTOS_REQUEST_STATE', 'approval_required');
    expect((await custos.vault.read(kim, ['email'])).fields.email).toBe('jiwoo@example.kr');
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'request.approve' })).map((x) => [x.outcome, x.reason])).toContainEqual(['denied', 'identifier_unconfirmed']);
    // no code is waiting yet; then a wrong one: refused, the request still pending
    await rejects(custos.requests.confirmIdentifier(r.requestId, '123456', staff), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
    const before = sink.messages.length;
    await custos.requests.sendIdentifierCode(r.requestId, staff, '203.0.113.5');
    await custos.outbox.deliver();
    const code = codeIn((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('jiwoo.work@example.kr'))).raw)!;
    await rejects(custos.requests.confirmIdentifier(r.requestId, code === '000000' ? '111111' : '000000', staff), 'CUSTOS_VERIFICATION_FAILED', 'code_valid');
    expect((await custos.requests.get(r.requestId)).identifierConfirmation).toBe('pending');
    const confirmed = await custos.requests.confirmIdentifier(r.requestId, code, staff);
    expect(confirmed.identifierConfirmation).toBe('confirmed');
    expect((await custos.requests.get(r.requestId)).timeline.map((e) => e.event)).toEqual(['received', 'identifier_code_sent', 'identifier_confirmed']);
    await rejects(custos.requests.sendIdentifierCode(r.requestId, staff, '203.0.113.5'), 'CUSTOS_REQUEST_STATE', 'identifier_confirmed');
    expect((await custos.requests.approve(r.requestId, staff)).status).toBe('completed');
    expect(await custos.vault.findByEmail('jiwoo.work@example.kr')).toEqual([kim]);
    // a correction of anything else needs no code, and one changes one email or phone at a time
    const name = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'staff', details: { fields: { name: '김지우 (새)' } } }, staff);
    expect(name.identifierConfirmation).toBeUndefined();
    await rejects(custos.requests.sendIdentifierCode(name.requestId, staff, '203.0.113.5'), 'CUSTOS_REQUEST_STATE', 'identifier_change');
    await rejects(
      custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'staff', details: { fields: { email: 'a@example.kr', phone: '010-1111-2222' } } }, staff),
      'CUSTOS_INVALID_INPUT',
      'one_identifier_per_correction',
    );
  });

  it('staff send a request four codes at most (the first and three new ones), as the person gets three new codes; the refusal is audited', async () => {
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'staff', details: { fields: { email: 'jiwoo.home@example.kr' } } }, staff);
    const mails = () => sink.messages.filter((m) => m.to.includes('jiwoo.home@example.kr'));
    // from one network the limits per address let three through; the next is held back and does not count
    for (let i = 0; i < LIMIT_PER_IDENTIFIER_NETWORK; i++) await custos.requests.sendIdentifierCode(r.requestId, staff, '203.0.113.5');
    await rejects(custos.requests.sendIdentifierCode(r.requestId, staff, '203.0.113.5'), 'CUSTOS_RATE_LIMITED', 'identifier_code_rate');
    await custos.requests.sendIdentifierCode(r.requestId, staff, '198.51.100.20');
    for (const ip of ['192.0.2.7', '198.51.100.20']) {
      const e = await rejects(custos.requests.sendIdentifierCode(r.requestId, staff, ip), 'CUSTOS_REQUEST_STATE', 'identifier_code_limit');
      expect(e.details[0].field).toBe('requestId');
    }
    await deliverAll();
    expect(mails()).toHaveLength(MAX_RESENDS + 1);
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'request.identifier_code' })).map((x) => [x.outcome, x.reason])).toEqual([
      ['denied', 'identifier_code_rate'],
      ['denied', 'identifier_code_limit'],
      ['denied', 'identifier_code_limit'],
    ]);
    // the last code still confirms the new address
    const confirmed = await custos.requests.confirmIdentifier(r.requestId, codeIn(mails().at(-1)!.raw)!, staff);
    expect(confirmed.identifierConfirmation).toBe('confirmed');
  });

  it('a staff code the limits per address hold back is not recorded as sent: staff are told, and the code sent before still confirms', async () => {
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'staff', details: { fields: { email: 'jiwoo.held@example.kr' } } }, staff);
    const mails = () => sink.messages.filter((m) => m.to.includes('jiwoo.held@example.kr'));
    for (let i = 0; i < LIMIT_PER_IDENTIFIER_NETWORK; i++) await custos.requests.sendIdentifierCode(r.requestId, staff, '203.0.113.5');
    const e = await rejects(custos.requests.sendIdentifierCode(r.requestId, staff, '203.0.113.5'), 'CUSTOS_RATE_LIMITED', 'identifier_code_rate');
    expect(e.details[0].field).toBe('requestId');
    expect(e.message).not.toContain('jiwoo');
    const timeline = (await custos.requests.get(r.requestId)).timeline;
    expect(timeline.map((x) => x.event)).toEqual(['received', ...Array(LIMIT_PER_IDENTIFIER_NETWORK).fill('identifier_code_sent'), 'identifier_code_held_back']);
    expect(timeline.at(-1)!.note).toContain('identifier_code_rate');
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'request.identifier_code_sent' }))).toHaveLength(LIMIT_PER_IDENTIFIER_NETWORK);
    expect((await custos.audit.query({ action: 'request.identifier_code' })).map((x) => [x.outcome, x.reason])).toEqual([['denied', 'identifier_code_rate']]);
    await deliverAll();
    expect(mails()).toHaveLength(LIMIT_PER_IDENTIFIER_NETWORK);
    // nothing of the held-back code was kept: the last code sent is still the one to enter
    expect((await custos.requests.confirmIdentifier(r.requestId, codeIn(mails().at(-1)!.raw)!, staff)).identifierConfirmation).toBe('confirmed');
  });

  it('a correction of an email or phone waits for staff even where the policy fulfils corrections at once', async () => {
    const yaml = readFileSync(EXAMPLE, 'utf8') + '\nrequests:\n  auto_fulfil: [access, correction]\n';
    await custos.close();
    custos = await env.open({ policy: { yaml }, mail: { transport: null } });
    const name = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우 (새)' } } });
    expect(name.status).toBe('completed');
    // otherwise the person would learn at once whether another person has that address
    const email = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'other@example.jp' } } });
    expect(email.status).toBe('awaiting_approval');
    const unused = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { email: 'unused@example.kr' } } });
    expect(unused.status).toBe('awaiting_approval');
  });

  it('Subjects.correct applies only an approved correction request of this person, with its fields and values', async () => {
    await rejects(custos.subjects.correct(kim, { name: 'Mallory' }, { actor: staff, requestId: randomUUID() }), 'CUSTOS_FORBIDDEN', 'approved_correction');
    await rejects(custos.subjects.correct(kim, { name: 'Mallory' }, { actor: app, requestId: randomUUID() }), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    // what the request service hands over when it carries out an approved correction
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우 (정정)' } } });
    const subjects = custos.subjects as { correct: typeof custos.subjects.correct };
    const correct = subjects.correct.bind(custos.subjects);
    let handed: Parameters<typeof correct>[2] | undefined;
    subjects.correct = async (id, fields, opts) => {
      handed = opts;
      return correct(id, fields, opts);
    };
    await custos.requests.approve(r.requestId, staff);
    subjects.correct = correct;
    expect((await custos.vault.read(kim, ['name'])).fields.name).toBe('김지우 (정정)');
    // it serves no other values, fields, request, person or actor
    await rejects(correct(kim, { name: 'Mallory' }, handed!), 'CUSTOS_FORBIDDEN', 'approved_correction');
    await rejects(correct(kim, { name: '김지우 (정정)', email: 'mallory@example.com' }, handed!), 'CUSTOS_FORBIDDEN', 'approved_correction');
    await rejects(correct(kim, { name: '김지우 (정정)' }, { ...handed!, requestId: randomUUID() }), 'CUSTOS_FORBIDDEN', 'approved_correction');
    await rejects(correct(other, { name: '김지우 (정정)' }, handed!), 'CUSTOS_FORBIDDEN', 'approved_correction');
    await rejects(correct(kim, { name: '김지우 (정정)' }, { ...handed!, actor: { keyId: 'po2', role: 'privacy_officer' } }), 'CUSTOS_FORBIDDEN', 'approved_correction');
    await rejects(correct(kim, { name: 'Mallory' }, { ...handed!, grant: Buffer.from('forged') }), 'CUSTOS_FORBIDDEN', 'approved_correction');
    expect((await custos.vault.read(kim, ['name'])).fields.name).toBe('김지우 (정정)');
    expect((await custos.vault.read(other, ['name'])).fields.name).toBe('Other Person');
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'subject.correct' })).filter((x) => x.outcome === 'denied').length).toBe(8);
  });

  it('correction, restriction, stop of provision and end of marketing take effect', async () => {
    const c = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우 (정정)' } } });
    await custos.requests.approve(c.requestId, staff);
    expect((await custos.vault.read(kim, ['name'])).fields.name).toBe('김지우 (정정)');

    await custos.consents.record(kim, { purpose: 'marketing_email', event: 'grant', policyVersion: custos.policyVersion.ordinal, method: 'form' });
    const m = await custos.requests.file(kim, { type: 'marketing_objection', language: 'ko', channel: 'privacy_center' });
    expect(m.status).toBe('completed');
    expect(await custos.consents.state(kim, 'marketing_email')).toEqual({ state: 'withdrawn' });
    // withdrawn as the person would in their preferences: one signed receipt, and in the log
    const withdrawn = (await custos.audit.query({ subjectId: kim, action: 'consent.withdraw', limit: 10 })).map((e) => [e.actor.keyId, e.details?.method, e.details?.purposes]);
    expect(withdrawn).toEqual([['system', 'privacy_center', expect.arrayContaining(['marketing_email', 'marketing_sms'])]]);
    const history = await custos.preferences.history(kim, staff);
    expect(history.receipts.some((r: { eventType?: string }) => r.eventType === 'consent_withdrawn')).toBe(true);

    await custos.requests.file(kim, { type: 'stop_provision', language: 'ko', channel: 'privacy_center' });
    expect(await custos.restrictions.purposes(kim)).toContain('third_party_provision');

    await custos.requests.file(kim, { type: 'restriction', language: 'ko', channel: 'privacy_center' });
    const read = await custos.subjects.read(kim, { actor: { keyId: 'desk', role: 'support' }, purpose: 'support', fields: ['email'] });
    expect(read.withheld).toEqual([{ field: 'email', reason: 'restricted' }]);
    // each restriction a request puts in place is in the log, by whoever fulfilled it (here the policy: Custos)
    const restricted = (await custos.audit.query({ subjectId: kim, action: 'restriction.add', limit: 10 })).map((e) => [e.actor.keyId, e.details?.restricts]);
    expect(restricted).toEqual([
      ['system', 'third_party_provision'],
      ['system', '*'],
    ]);
  });

  it('erasure removes the person\'s intakes: the identifier\'s blind index and the details they typed', async () => {
    const verified = await startAndGetCode('jiwoo@example.kr', 'correction', { fields: { name: '김지우 (새 이름)' } });
    await custos.intakes.verify(verified.intakeId, verified.code);
    await custos.intakes.start({ type: 'access', email: 'jiwoo@example.kr', language: 'ko', ip: '198.51.100.7' }); // left unverified
    expect(await custos.db.all('SELECT intake_id FROM request_intakes WHERE subject_id = ?', [kim])).toHaveLength(2);
    await custos.subjects.erase(kim, { actor: staff, reason: 'requested by the person' });
    expect(await custos.db.all('SELECT intake_id FROM request_intakes WHERE subject_id = ?', [kim])).toEqual([]);
    expect(await custos.db.all('SELECT intake_id FROM request_intakes WHERE intake_id = ?', [verified.intakeId])).toEqual([]);
  });

  it('a correction whose birth date shows the person under the minimum age erases them as a child; the request is closed, nothing corrected', async () => {
    const young = new Date();
    young.setUTCFullYear(young.getUTCFullYear() - 10);
    const birth = young.toISOString().slice(0, 10);
    const other = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    expect(other.status).toBe('awaiting_approval');
    const c = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우 (정정)', birth_date: birth } } });
    expect(c.status).toBe('awaiting_approval');
    const e = await rejects(custos.requests.approve(c.requestId, staff), 'CUSTOS_UNDER_AGE', 'erased_as_child');
    expect(e.details.map((d) => `${d.field}:${d.rule}`)).toEqual(['fields.birth_date:minimum_age', 'subject:erased_as_child']);
    expect(e.message).not.toContain(birth);
    expect(await custos.vault.status(kim)).toMatchObject({ status: 'erased', reason: 'child: a write (subject.correct) showed the subject under the minimum age' });
    const done = await custos.requests.get(c.requestId);
    expect(done.status).toBe('closed');
    expect(done.timeline.map((x) => x.event)).toEqual(['received', 'approved', 'closed']);
    expect(done.timeline.at(-1)!.note).toBe('the person was found under the minimum age and erased');
    // not left claimed or open: no further step, no reminders
    await rejects(custos.requests.fulfil(c.requestId, staff), 'CUSTOS_REQUEST_STATE');
    expect((await custos.requests.list({ status: 'open' })).map((r) => r.requestId)).not.toContain(c.requestId);
    expect((await custos.requests.get(other.requestId)).status).toBe('closed');
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'subject.correct' })).map((x) => [x.outcome, x.reason, x.details])).toEqual([['denied', 'minimum_age', { requestId: c.requestId }]]);
    expect((await custos.audit.query({ action: 'subject.mark_child' })).map((x) => x.details)).toEqual([{ cause: 'subject.correct', by: staff.keyId }]);
    expect(await custos.audit.refOf(kim)).toBeUndefined();
  });

  it('erasure drops the notes staff wrote on the person\'s requests; the requests stay', async () => {
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우2' } } });
    await custos.requests.refuse(r.requestId, 'manifestly_unfounded', '김지우 already corrected this last week.', staff);
    const notes = async () => (await custos.requests.get(r.requestId)).timeline.flatMap((e) => (e.note ? [e.note] : []));
    expect((await notes()).join(' ')).toContain('김지우');
    await custos.subjects.erase(kim, { actor: staff, reason: 'requested by the person' });
    expect(await notes()).toEqual([]);
    expect((await custos.requests.get(r.requestId)).status).toBe('refused');
  });

  it('a request result sealed for the person cannot be opened once another process has erased them', async () => {
    const c = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우 (정정)' } } });
    await custos.requests.approve(c.requestId, staff);
    expect(await custos.requests.result(c.requestId, kim)).not.toBeNull();
    // the erasure runs in another server or in the CLI; this process still holds the data key in its cache
    const other = await env.open({ monitor: false });
    await other.subjects.erase(kim, { actor: staff, reason: 'requested by the person' });
    expect(await custos.requests.result(c.requestId, kim)).toBeNull();
    expect(await custos.vault.sealFor(kim, 'anything', { x: 1 })).toBeNull();
  });

  it('erasure with a legal hold: tax records kept for their purpose only, reviews de-attributed, the rest shredded, the person told what was kept', async () => {
    await custos.subjects.addRecord(kim, 'transactions', { lesson: 'L-1', amount: 3000, currency: 'JPY' }, { actor: app, purpose: 'payment' });
    await custos.subjects.addRecord(kim, 'reviews', '좋은 선생님이에요', { actor: app, purpose: 'public_reviews' });
    const r = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    expect(r.status).toBe('awaiting_approval');
    // seed 000: erasure within 3 business days
    expect(Date.parse(r.dueAt) - Date.parse(r.receivedAt)).toBeLessThanOrEqual(6 * 86_400_000);
    const done = await custos.requests.approve(r.requestId, staff);
    expect(done.status).toBe('completed');
    expect((await custos.vault.status(kim)).status).toBe('erased');
    const held = await custos.holds.read(kim, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' });
    expect(held.map((h) => h.category).sort()).toEqual(['name', 'transactions']);
    expect(held.find((h) => h.category === 'transactions')!.value).toMatchObject({ value: { lesson: 'L-1' } });
    await rejects(custos.holds.read(kim, { actor: { keyId: 'd', role: 'support' }, purpose: 'support' }), 'CUSTOS_POLICY_VIOLATION');
    // the outcome says what was kept, how many records, until when and why (the law)
    expect(await custos.requests.result(r.requestId, kim)).toMatchObject({
      kept: expect.arrayContaining([{ category: 'transactions', hold: 'tax_records', until: expect.any(String), reason: 'Corporation Tax Act (JP), record keeping for 7 years', records: 1 }]),
      notHeld: [],
    });
    const timeline = (await custos.requests.get(r.requestId)).timeline;
    expect(timeline.at(-1)!.note).toMatch(/transactions \(1 record\) kept until \d{4}-\d{2}-\d{2} \(tax_records: Corporation Tax Act/);
    expect(timeline.at(-1)!.note).toMatch(/1 reviews de-attributed/);
    await custos.outbox.deliver();
    // in the person's language (Korean here), the categories and the hold by their labels in the policy
    const confirmation = await sink.waitFor((m) => m.to.includes('jiwoo@example.kr') && /거래 내역\(1건\): \d{4}-\d{2}-\d{2}까지 보관\(세법에 따른 거래 기록 보존: Corporation Tax Act/.test(bodyText(m.raw)));
    expect(bodyText(confirmation.raw)).not.toMatch(/kept until|tax_records|transactions/);
    expect(await custos.audit.refOf(kim)).toBeUndefined();
    expect((await custos.audit.verify()).ok).toBe(true);
  });

  it(`a person files at most ${PERSON_DAILY_REQUESTS} requests a day themselves; staff may file more`, async () => {
    let offset = 0;
    await custos.close();
    custos = await env.open({ now: () => new Date(Date.now() + offset), mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    for (let i = 0; i < PERSON_DAILY_REQUESTS; i++) await custos.requests.file(kim, { type: 'access', language: 'ko', channel: i % 2 ? 'privacy_center' : 'application' });
    const before = sink.messages.length;
    for (const channel of ['privacy_center', 'application', 'agent'] as const)
      await rejects(custos.requests.file(kim, { type: 'purpose_notice', language: 'ko', channel }), 'CUSTOS_RATE_LIMITED', 'requests_per_day');
    expect(await custos.db.get('SELECT COUNT(*) AS n FROM requests WHERE subject_id = ?', [kim])).toMatchObject({ n: PERSON_DAILY_REQUESTS });
    expect(sink.messages.length).toBe(before);
    expect((await custos.requests.file(kim, { type: 'purpose_notice', language: 'ko', channel: 'staff' }, staff)).type).toBe('purpose_notice');
    // a day later, the person may file again
    offset = 86_400_000 + 1000;
    expect((await custos.requests.file(kim, { type: 'purpose_notice', language: 'ko', channel: 'privacy_center' })).type).toBe('purpose_notice');
  });

  it('an erasure request carried out by someone who may not erase is refused before anything is written', async () => {
    await custos.subjects.addRecord(kim, 'transactions', { lesson: 'L-3', amount: 1000, currency: 'JPY' }, { actor: app, purpose: 'payment' });
    await custos.subjects.addRecord(kim, 'reviews', '좋아요', { actor: app, purpose: 'public_reviews' });
    const r = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    const desk = { keyId: 'desk', role: 'support' };
    await rejects(custos.requests.approve(r.requestId, desk), 'CUSTOS_FORBIDDEN', 'operation_not_for_role');
    // still waiting, nothing kept under the tax hold, the review still the person's, the person on file
    expect((await custos.requests.get(r.requestId)).status).toBe('awaiting_approval');
    expect(await custos.db.all('SELECT content_id FROM deattributed_content')).toEqual([]);
    expect(await custos.holds.read(kim, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' })).toEqual([]);
    expect((await custos.vault.status(kim)).status).toBe('active');
    expect((await custos.audit.query({ action: 'subject.erase' })).map((x) => [x.actor.keyId, x.outcome, x.reason])).toEqual([['desk', 'denied', 'operation_not_for_role']]);
    expect((await custos.requests.approve(r.requestId, staff)).status).toBe('completed');
  });

  it('an erasure by the application (SDK, API, bulk) keeps what a legal hold covers too, once', async () => {
    await custos.subjects.addRecord(kim, 'transactions', { lesson: 'L-2', amount: 5000, currency: 'JPY' }, { actor: app, purpose: 'payment' });
    await custos.subjects.addRecord(kim, 'reviews', '최고예요', { actor: app, purpose: 'public_reviews' });
    // the result says what was kept and why, as an erasure request's outcome does
    const erased = await custos.subjects.erase(kim, { actor: staff, reason: 'account deleted' });
    expect(erased).toEqual({
      erasedAt: expect.any(String),
      kept: expect.arrayContaining([expect.objectContaining({ category: 'transactions', hold: 'tax_records', records: 1, reason: 'Corporation Tax Act (JP), record keeping for 7 years' }), expect.objectContaining({ category: 'name', hold: 'tax_records' })]),
      notHeld: [],
      deattributed: [{ category: 'reviews', count: 1 }],
    });
    const held = await custos.holds.read(kim, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' });
    expect(held.map((h) => h.category).sort()).toEqual(['name', 'transactions']);
    expect(await custos.db.all('SELECT content_id FROM deattributed_content')).toHaveLength(1);
    // erasing again (already erased) keeps nothing more; someone without transactions: nothing kept, and why
    const bulk = await custos.subjects.eraseMany([kim, other], { actor: staff, reason: 'bulk clean-up' });
    expect(bulk.erased.find((e) => e.id === other)).toEqual({ id: other, erasedAt: expect.any(String), kept: [], notHeld: [{ hold: 'tax_records', reason: 'no_records', records: ['transactions'] }], deattributed: [] });
    expect(bulk.erased.find((e) => e.id === kim)?.kept).toBeUndefined();
    expect(await custos.holds.read(kim, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' })).toHaveLength(2);
    // no transaction on record: no tax record to keep, so the name goes with the rest
    expect(await custos.holds.read(other, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' })).toEqual([]);
  });

  it('a bulk erasure does for each person what an erasure of one does: keeps what holds cover where there is some, de-attributes public content, closes open requests and drops the notes on them', async () => {
    const third = (await custos.subjects.create({ jurisdiction: 'EU', fields: { name: 'Third Person', email: 'third@example.eu' } }, { actor: app, purpose: 'account' })).id;
    await custos.subjects.addRecord(kim, 'transactions', { lesson: 'L-9', amount: 3000, currency: 'JPY' }, { actor: app, purpose: 'payment' });
    await custos.subjects.addRecord(kim, 'reviews', '친절해요', { actor: app, purpose: 'public_reviews' });
    await custos.subjects.addRecord(third, 'reviews', 'Clear explanations', { actor: app, purpose: 'public_reviews' });
    const open = [];
    for (const id of [kim, third]) open.push((await custos.requests.file(id, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: 'Someone Else' } } }, staff)).requestId);
    await custos.requests.extend(open[1], 'Waiting for the school registry in Lyon.', staff);
    expect((await custos.requests.get(open[1])).timeline.some((e) => e.note === 'Waiting for the school registry in Lyon.')).toBe(true);

    const bulk = await custos.subjects.eraseMany([kim, other, third], { actor: staff, reason: 'bulk clean-up' });
    const outcome = (id: string) => bulk.erased.find((e) => e.id === id);
    expect(outcome(kim)).toMatchObject({ notHeld: [], deattributed: [{ category: 'reviews', count: 1 }] });
    expect(outcome(kim)?.kept?.map((k) => k.category).sort()).toEqual(['name', 'transactions']);
    const noTax = [{ hold: 'tax_records', reason: 'no_records', records: ['transactions'] }];
    expect(outcome(other)).toEqual({ id: other, erasedAt: expect.any(String), kept: [], notHeld: noTax, deattributed: [] });
    expect(outcome(third)).toEqual({ id: third, erasedAt: expect.any(String), kept: [], notHeld: noTax, deattributed: [{ category: 'reviews', count: 1 }] });
    const billing = { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' };
    expect((await custos.holds.read(kim, billing)).map((h) => h.category).sort()).toEqual(['name', 'transactions']);
    expect(await custos.holds.read(third, billing)).toEqual([]);
    expect(await custos.db.all('SELECT content_id FROM deattributed_content')).toHaveLength(2);
    // each one's open request closed, the staff's note on it gone, and every request of theirs to be detached
    for (const id of open) {
      const r = await custos.requests.get(id);
      expect(r.status).toBe('closed');
      expect(r.timeline.filter((e) => e.note !== undefined && e.event !== 'closed')).toEqual([]);
    }
    expect((await custos.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM requests WHERE detach_at IS NOT NULL AND subject_id IN (?, ?)', [kim, third]))[0].n).toSatisfy((n: unknown) => Number(n) === 2);
  });

  it('erasure of a person with no transaction keeps nothing under the tax hold, and says so', async () => {
    const r = await custos.requests.file(other, { type: 'erasure', language: 'ja', channel: 'privacy_center' });
    await custos.requests.approve(r.requestId, staff);
    expect((await custos.vault.status(other)).status).toBe('erased');
    expect(await custos.holds.read(other, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' })).toEqual([]);
    expect(await custos.db.all('SELECT item_id FROM held_data WHERE subject_id = ?', [other])).toEqual([]);
    expect(await custos.requests.result(r.requestId, other)).toEqual({ kept: [], notHeld: [{ hold: 'tax_records', reason: 'no_records', records: ['transactions'] }], deattributed: [] });
    expect((await custos.requests.get(r.requestId)).timeline.at(-1)!.note).toBe('nothing kept for tax_records: no transactions on record');
  });

  it('a legal hold of single values only keeps each one that holds a value, for everyone', async () => {
    // a hold without records and without multi-valued categories: kept wherever a value is on file
    const own = await makeEnv(backend);
    try {
      const c = await own.open({ policy: { ...custos.policy, legal_holds: { kyc: { categories: ['name', 'address'], purpose: 'tax_records', period: 'P5Y' } } }, mail: { transport: null } });
      const { id } = await c.subjects.create({ jurisdiction: 'JP', fields: { name: 'Single Values' } }, { actor: app, purpose: 'account' });
      await c.subjects.erase(id, { actor: staff, reason: 'account deleted' });
      expect((await c.holds.read(id, { actor: { keyId: 'b', role: 'billing' }, purpose: 'tax_records' })).map((h) => [h.hold, h.category])).toEqual([['kyc', 'name']]);
    } finally {
      await own.cleanup();
    }
  });

  it('a day after an erasure, the person\'s requests no longer lead from their id to their audit history', async () => {
    const r = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    await custos.requests.approve(r.requestId, staff);
    // the person's session may still read the outcome
    expect(await custos.requests.result(r.requestId, kim)).toMatchObject({ kept: expect.any(Array) });
    expect((await custos.retention.run({ dryRun: true })).hooks.requests_of_erased).toBe(0);
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect((await custos.retention.run({ dryRun: true, now: later })).hooks.requests_of_erased).toBe(1);
    await custos.retention.run({ now: later });
    expect(await custos.requests.mine(kim)).toEqual([]);
    expect(await custos.db.all('SELECT request_id FROM requests WHERE subject_id = ?', [kim])).toEqual([]);
    // the request itself stays, with what was done
    expect((await custos.requests.get(r.requestId)).status).toBe('completed');
    // the steps' audit entries name the request; nothing leads from the person's id to it any more
    const steps = await custos.audit.query({ action: 'request.*' });
    expect(steps.filter((e) => e.details?.requestId === r.requestId).length).toBeGreaterThan(0);
  });

  it('the person\'s other open requests are closed by their erasure, and no longer escalate', async () => {
    const correction = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: '김지우2' } } });
    expect(correction.status).toBe('awaiting_approval');
    const erasure = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    await custos.requests.approve(erasure.requestId, staff);
    expect((await custos.requests.get(erasure.requestId)).status).toBe('completed');
    const closed = await custos.requests.get(correction.requestId);
    expect(closed).toMatchObject({ status: 'closed', overdue: false });
    expect(closed.timeline.at(-1)).toMatchObject({ event: 'closed' });
    expect((await custos.requests.list({ status: 'open' })).map((r) => r.requestId)).not.toContain(correction.requestId);
    expect((await custos.requests.list({ status: 'closed' })).map((r) => r.requestId)).toEqual([correction.requestId]);
    // the closing is audited without naming the person
    const entry = (await custos.audit.query({ action: 'request.closed' }))[0];
    expect(entry).toMatchObject({ outcome: 'ok', details: { requestId: correction.requestId } });
    expect(entry.subjectRef).toBeUndefined();
  });

  it('extension needs a reason and is told to the person; refusal carries a code and an explanation', async () => {
    const r = await custos.requests.file(kim, { type: 'correction', language: 'ko', channel: 'privacy_center', details: { fields: { name: 'x' } } });
    await rejects(custos.requests.extend(r.requestId, '', staff), 'CUSTOS_INVALID_INPUT', 'reason_required');
    await rejects(custos.requests.refuse(r.requestId, 'because' as never, 'no', staff), 'CUSTOS_INVALID_INPUT', 'refusal_code');
    // notes kept and mailed are well-formed text: no NUL character, no lone surrogate
    expect((await rejects(custos.requests.extend(r.requestId, 'waiting for the\u0000 registry', staff), 'CUSTOS_INVALID_INPUT', 'well_formed_text')).details[0].field).toBe('reason');
    expect((await rejects(custos.requests.refuse(r.requestId, 'manifestly_unfounded', 'Not a correction \ud800 of your data.', staff), 'CUSTOS_INVALID_INPUT', 'well_formed_text')).details[0].field).toBe('explanation');
    const agent = { name: 'Agency \udc00', email: 'agent@agency.example', authorisation: 'The person authorised us in writing on 1 May.' };
    expect((await rejects(custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'agent', agent }), 'CUSTOS_INVALID_INPUT', 'well_formed_text')).details[0].field).toBe('agent');
    expect((await rejects(custos.requests.file(kim, { type: 'restriction', language: 'ko', channel: 'privacy_center', details: { note: 'x\u0000' } }), 'CUSTOS_INVALID_INPUT', 'well_formed_text')).details[0].field).toBe('details');
    await rejects(custos.restrictions.add(kim, '*', 'accuracy\u0000 contested'), 'CUSTOS_INVALID_INPUT', 'well_formed_text');
    expect((await custos.requests.get(r.requestId)).status).not.toBe('refused');
    const refused = await custos.requests.refuse(r.requestId, 'manifestly_unfounded', 'The requested value is not a correction of your data.', staff);
    expect(refused).toMatchObject({ status: 'refused', refusal: { code: 'manifestly_unfounded' } });
    await rejects(custos.requests.fulfil(r.requestId, staff), 'CUSTOS_REQUEST_STATE', 'request_open');
    await custos.outbox.deliver();
    await sink.waitFor((m) => m.to.includes('jiwoo@example.kr') && /not a correction of your data/.test(bodyText(m.raw)));
  });

  it('reminders and escalation: the privacy officer is mailed, and an overdue request raises an alert', async () => {
    const r = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    // three business days later (seed 000's promise), and more: the request is overdue
    const later = new Date(Date.parse(r.dueAt) + 2 * 86_400_000);
    await custos.close();
    custos = await env.open({ now: () => later, mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    const result = await custos.requests.remind('privacy@tutoring.example', async (count, oldest) => custos.monitor!.raise('requests_overdue', count, { start: oldest, end: later.toISOString() }));
    expect(result.escalated).toBe(1);
    await custos.monitor!.settled();
    expect((await custos.monitor!.listAlerts()).map((a) => a.rule)).toContain('requests_overdue');
    await custos.outbox.deliver();
    await sink.waitFor((m) => m.to.includes('privacy@tutoring.example'));
  });

  it('reminders go through the whole queue: more than a page (1,000) of overdue requests are all escalated, and the alert counts them all', async () => {
    const r = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    // 1,001 more open requests like it (as stored rows: filing them one by one would take a minute)
    const row = (await custos.db.get<Record<string, Param>>('SELECT * FROM requests WHERE request_id = ?', [r.requestId]))!;
    const columns = Object.keys(row);
    await insertRows(custos.db, 'requests', columns, Array.from({ length: 1001 }, () => columns.map((c) => (c === 'request_id' ? randomUUID() : row[c]))));
    const later = new Date(Date.parse(r.dueAt) + 2 * 86_400_000);
    await custos.close();
    custos = await env.open({ now: () => later });
    let alerted: number | undefined;
    const result = await custos.requests.remind('privacy@tutoring.example', async (count) => void (alerted = count));
    expect([result.escalated, alerted]).toEqual([1002, 1002]);
  });

  it("a due date is a day of the request's jurisdiction: in the view, in the person's mail and in the privacy officer's reminder", async () => {
    await custos.close();
    // 11:00 on 19 October in Los Angeles: a US-CA correction is due 45 days later, 3 December there
    custos = await env.open({ now: () => new Date('2026-10-19T18:00:00Z'), mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    const casey = (await custos.subjects.create({ jurisdiction: 'US-CA', fields: { name: 'Casey Cruz', email: 'casey@example.com' } }, { actor: app, purpose: 'account' })).id;
    const r = await custos.requests.file(casey, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Casey Cruz-Lee' } } });
    // the end of 3 December in Los Angeles is 4 December in UTC
    expect(r).toMatchObject({ dueAt: '2026-12-04T07:59:59.999Z', dueDate: '2026-12-03', timeZone: 'America/Los_Angeles' });
    expect((await custos.requests.list()).find((x) => x.requestId === r.requestId)?.dueDate).toBe('2026-12-03');
    await custos.outbox.deliver();
    const received = bodyText((await sink.waitFor((m) => m.to.includes('casey@example.com') && /December/.test(bodyText(m.raw)))).raw);
    expect(received).toContain('by December 3, 2026');
    expect(received).not.toContain('December 4');
    // the day before, in Tokyo's morning: the reminder (in the governing language, Japanese) names the same day
    await custos.close();
    custos = await env.open({ now: () => new Date('2026-12-02T23:00:00Z'), mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    const before = sink.messages.length;
    expect((await custos.requests.remind('privacy@tutoring.example')).reminded).toBe(1);
    await custos.outbox.deliver();
    const reminder = bodyText((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('privacy@tutoring.example'))).raw);
    expect(reminder).toContain('2026年12月3日');
    expect(reminder).not.toContain('12月4日');
  });

  /** The example policy with another controller's country: for EU requests, the member state whose calendar applies. */
  const controllerIn = (country: string) => readFileSync(EXAMPLE, 'utf8').replace(/^  country: JP$/m, `  country: ${country}`);

  it("a request keeps the time zone of its deadlines from the day it was filed: another controller's country later moves neither its due day nor its extension", async () => {
    // (a transport of its own for each open: closing Custos closes it)
    const mail = () => ({ transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) });
    const clock = () => new Date('2026-10-19T10:00:00Z');
    await custos.close();
    // the controller is in Japan: EU requests are counted on the German calendar, in Berlin
    custos = await env.open({ now: clock, mail: mail() });
    const jane = (await custos.subjects.create({ jurisdiction: 'EU', fields: { name: 'Jane Doe', email: 'jane@example.eu' } }, { actor: app, purpose: 'account' })).id;
    const first = await custos.requests.file(jane, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Jane Q. Doe' } } });
    const second = await custos.requests.file(jane, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Jane R. Doe' } } });
    const filed = { dueAt: '2026-11-19T22:59:59.999Z', dueDate: '2026-11-19', timeZone: 'Europe/Berlin' };
    expect(first).toMatchObject(filed);

    // The controller moves to Finland: the end of 19 November in Berlin is already 20 November in
    // Helsinki, but the day given to the person stays the one of filing, wherever the request is shown.
    await custos.close();
    custos = await env.open({ policy: { yaml: controllerIn('FI') }, now: clock, mail: mail() });
    expect(await custos.requests.get(first.requestId)).toMatchObject(filed);
    expect((await custos.requests.list()).find((x) => x.requestId === first.requestId)).toMatchObject(filed);
    expect((await custos.requests.mine(jane)).find((x) => x.requestId === first.requestId)).toMatchObject(filed);
    // the extension is counted on the calendar of filing too: two more months, to the end of 19 January in Berlin
    const before = sink.messages.length;
    const extended = await custos.requests.extend(first.requestId, 'many requests at once', staff);
    expect(extended).toMatchObject({ extendedUntil: '2027-01-19T22:59:59.999Z', dueDate: '2027-01-19', timeZone: 'Europe/Berlin' });
    await custos.outbox.deliver();
    const told = bodyText((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('jane@example.eu') && /many requests at once/.test(bodyText(m.raw)))).raw);
    expect(told).toContain('January 19, 2027');
    expect(told).not.toContain('January 20');

    // The controller moves to Portugal, an hour behind Berlin: the law's first period, counted there, would
    // end after the stored due date, as if a shorter promise governed; on the calendar of filing it does not.
    await custos.close();
    custos = await env.open({ policy: { yaml: controllerIn('PT') }, now: clock, mail: mail() });
    expect(await custos.requests.get(second.requestId)).toMatchObject(filed);
    expect(await custos.requests.extend(second.requestId, 'many requests at once', staff)).toMatchObject({ extendedUntil: '2027-01-19T22:59:59.999Z', timeZone: 'Europe/Berlin' });
    // a request filed now is counted in Lisbon
    const third = await custos.requests.file(jane, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Jane S. Doe' } } });
    expect(third).toMatchObject({ dueAt: '2026-11-19T23:59:59.999Z', dueDate: '2026-11-19', timeZone: 'Europe/Lisbon' });
  });

  it('a request stored before the zone was kept reads and extends after the upgrade, in the zone of the policy in force', async () => {
    const clock = () => new Date('2026-10-19T10:00:00Z');
    await custos.close();
    custos = await env.open({ now: clock });
    const jane = (await custos.subjects.create({ jurisdiction: 'EU', fields: { name: 'Jane Doe', email: 'jane@example.eu' } }, { actor: app, purpose: 'account' })).id;
    const old = await custos.requests.file(jane, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Jane Q. Doe' } } });
    // the store as the version before left it: no zone column (nor the later due_basis and extension_until), migrations 8 and 9 not recorded
    await custos.db.exec(
      "ALTER TABLE requests DROP COLUMN time_zone; ALTER TABLE requests DROP COLUMN due_basis; ALTER TABLE requests DROP COLUMN extension_until; DELETE FROM custos_migrations WHERE component = 'requests' AND version >= 8",
    );
    await custos.close();
    custos = await env.open({ policy: { yaml: controllerIn('FI') }, now: clock });
    // The policy it was filed under is not known: the row has no zone, and takes the one of the policy now
    // (Helsinki), as before the upgrade. Its due instant is the one stored at filing.
    expect(await custos.requests.get(old.requestId)).toMatchObject({ dueAt: '2026-11-19T22:59:59.999Z', dueDate: '2026-11-20', timeZone: 'Europe/Helsinki' });
    expect((await custos.requests.list()).map((x) => x.requestId)).toContain(old.requestId);
    expect(await custos.requests.extend(old.requestId, 'many requests at once', staff)).toMatchObject({ extendedUntil: '2027-01-19T21:59:59.999Z', dueDate: '2027-01-19' });
    // requests filed after the upgrade keep theirs
    const fresh = await custos.requests.file(jane, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Jane R. Doe' } } });
    expect(fresh.timeZone).toBe('Europe/Helsinki');
    expect((await custos.db.get<{ time_zone: string | null }>('SELECT time_zone FROM requests WHERE request_id = ?', [fresh.requestId]))?.time_zone).toBe('Europe/Helsinki');
    expect((await custos.db.get<{ time_zone: string | null }>('SELECT time_zone FROM requests WHERE request_id = ?', [old.requestId]))?.time_zone).toBeNull();
  });

  it("the privacy officer's reminder counts calendar days of the request's zone to its due day: 1 the day before at any hour, 0 on the day", async () => {
    let now = new Date('2026-10-19T18:00:00Z');
    await custos.close();
    custos = await env.open({ now: () => now, mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    const casey = (await custos.subjects.create({ jurisdiction: 'US-CA', fields: { name: 'Casey Cruz', email: 'casey@example.com' } }, { actor: app, purpose: 'account' })).id;
    const r = await custos.requests.file(casey, { type: 'correction', language: 'en', channel: 'privacy_center', details: { fields: { name: 'Casey Cruz-Lee' } } });
    expect(r).toMatchObject({ dueDate: '2026-12-03', timeZone: 'America/Los_Angeles' });
    const daysLeft = async (at: string) => {
      now = new Date(at);
      const before = sink.messages.length;
      expect((await custos.requests.remind('privacy@tutoring.example')).reminded).toBe(1);
      await custos.outbox.deliver();
      // in the governing language, Japanese: 残りN日
      const body = bodyText((await sink.waitFor((m) => sink.messages.indexOf(m) >= before && m.to.includes('privacy@tutoring.example'))).raw);
      return /残り(\d+)日/.exec(body)?.[1];
    };
    // 2 December in Los Angeles, just after midnight and just before the next one
    expect(await daysLeft('2026-12-02T08:30:00Z')).toBe('1');
    expect(await daysLeft('2026-12-03T07:30:00Z')).toBe('1');
    // the due day, from its start to its end
    expect(await daysLeft('2026-12-03T08:30:00Z')).toBe('0');
    expect(await daysLeft('2026-12-04T07:30:00Z')).toBe('0');
  });

  it('due dates follow the policy\'s extra holidays of the subject\'s jurisdiction, and only of it', async () => {
    const yaml = readFileSync(EXAMPLE, 'utf8') + "\nrequests:\n  extra_holidays: { RU: ['2027-05-10'], JP: ['2027-05-11'] }\n";
    await custos.close();
    custos = await env.open({ policy: { yaml }, now: () => new Date('2027-05-04T10:00:00+03:00') });
    const ivan = (await custos.subjects.create({ jurisdiction: 'RU', fields: { name: 'Иван Петров', email: 'ivan@example.ru' } }, { actor: app, purpose: 'account' })).id;
    const r = await custos.requests.file(ivan, { type: 'access', language: 'ru', channel: 'privacy_center' });
    // ten working days from Tuesday 4 May 2027: 5-7, (8-10 off), 11-14, 17-19; without the policy's 10 May: the 18th
    expect(r.dueAt).toBe('2027-05-19T20:59:59.999Z');
  });

  it("an extension counts on the calendar of filing: a day off added to the policy's extra holidays later moves neither the first period nor the extension", async () => {
    const filedUnder = ['2027-05-10'];
    // (access requests wait for staff here: answered at once, they could not be extended)
    const withHolidays = (days: string[]) =>
      readFileSync(EXAMPLE, 'utf8') + `\nrequests:\n  auto_fulfil: [marketing_objection]\n  extra_holidays: { RU: [${days.map((d) => `'${d}'`).join(', ')}] }\n`;
    let now = new Date('2027-05-04T10:00:00+03:00');
    await custos.close();
    custos = await env.open({ policy: { yaml: withHolidays(filedUnder) }, now: () => now });
    const ivan = (await custos.subjects.create({ jurisdiction: 'RU', fields: { name: 'Иван Петров', email: 'ivan@example.ru' } }, { actor: app, purpose: 'account' })).id;
    const r = await custos.requests.file(ivan, { type: 'access', language: 'ru', channel: 'privacy_center' });
    const asFiled = dueDate('access', 'RU', now, {}, { extraHolidays: filedUnder });
    expect(r.dueAt).toBe(asFiled.due);
    // the government moves a day off to 12 May, after the request was filed: counted again, the law's first
    // period would end a day later than the stored due date (which looked like a shorter promise), and the
    // extension would end a day later too
    const later = [...filedUnder, '2027-05-12'];
    const recounted = dueDate('access', 'RU', now, {}, { extraHolidays: later });
    expect(Date.parse(recounted.due)).toBeGreaterThan(Date.parse(r.dueAt));
    expect(recounted.extension!.until).not.toBe(asFiled.extension!.until);
    now = new Date('2027-05-14T10:00:00+03:00');
    await custos.close();
    custos = await env.open({ policy: { yaml: withHolidays(later) }, now: () => now });
    expect(await custos.requests.extend(r.requestId, 'the export takes longer this week', staff)).toMatchObject({ dueAt: asFiled.due, extendedUntil: asFiled.extension!.until });
    // a request filed now is counted with the new day off
    const second = await custos.requests.file(ivan, { type: 'correction', language: 'ru', channel: 'privacy_center', details: { fields: { name: 'Иван П. Петров' } } });
    expect(second.dueAt).toBe(dueDate('correction', 'RU', now, {}, { extraHolidays: later }).due);
  });

  it('a request with a fee waits for approval: approving is refused until it is paid, and fulfilling does not skip the approval', async () => {
    // a store whose first policy charges for access
    const yaml = readFileSync(EXAMPLE, 'utf8') + '\nrequests:\n  fees: [{ type: access, amount: 1000, currency: JPY }]\n';
    await custos.close();
    await env.cleanup();
    env = await makeEnv(backend);
    custos = await env.open({ policy: { yaml }, mail: { transport: new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) } });
    kim = (await custos.subjects.create({ jurisdiction: 'KR', fields: { name: '김지우', email: 'jiwoo@example.kr' } }, { actor: app, purpose: 'account' })).id;
    const r = await custos.requests.file(kim, { type: 'access', language: 'ko', channel: 'privacy_center' });
    expect(r).toMatchObject({ status: 'awaiting_approval', fee: { amount: 1000, currency: 'JPY' } });
    await rejects(custos.requests.approve(r.requestId, staff), 'CUSTOS_REQUEST_STATE', 'fee_unpaid');
    await rejects(custos.requests.fulfil(r.requestId, staff), 'CUSTOS_REQUEST_STATE', 'approval_required');
    expect((await custos.requests.get(r.requestId)).status).toBe('awaiting_approval');
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'request.fulfil' })).map((x) => [x.outcome, x.reason])).toEqual([['denied', 'approval_required']]);
    await custos.requests.markFeePaid(r.requestId, staff);
    expect((await custos.requests.approve(r.requestId, staff)).status).toBe('completed');
  });

  it('an extension refused says why: no extension in the law, or a promise shorter than the law', async () => {
    const eu = (await custos.subjects.create({ jurisdiction: 'EU', fields: { name: 'Jane Doe', email: 'jane@example.eu' } }, { actor: app, purpose: 'account' })).id;
    // the policy promises erasure within 3 business days (seed 000), sooner than the GDPR's month
    const erasure = await custos.requests.file(eu, { type: 'erasure', language: 'en', channel: 'privacy_center' });
    const promise = await rejects(custos.requests.extend(erasure.requestId, 'many requests at once', staff), 'CUSTOS_REQUEST_STATE', 'promise_binding');
    expect(promise.message).toMatch(/promises the person a shorter time/);
    // APPI has no extension
    const access = await custos.requests.file(other, { type: 'correction', language: 'ja', channel: 'privacy_center', details: { fields: { name: 'Other P.' } } });
    await rejects(custos.requests.extend(access.requestId, 'many requests at once', staff), 'CUSTOS_REQUEST_STATE', 'not_extendable');
  });

  it("a person's requests are read a page at a time, newest first: each exactly once, those of the same instant too", async () => {
    await custos.close();
    // three requests to an instant: the pages' boundaries fall between requests of the same millisecond
    let now = Date.parse('2026-03-02T09:00:00Z');
    custos = await env.open({ now: () => new Date(now), mail: { transport: null } });
    const filed = [];
    for (let i = 0; i < 105; i++) {
      now = Date.parse('2026-03-02T09:00:00Z') + Math.floor(i / 3) * 1000;
      // staff file them (a person files at most 20 a day); someone else's requests are in the same table
      filed.push(await custos.requests.file(kim, { type: 'access', language: 'ko', channel: 'staff' }, staff));
      if (i % 10 === 0) await custos.requests.file(other, { type: 'access', language: 'ja', channel: 'staff' }, staff);
    }
    const newestFirst = filed
      .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt) || (a.requestId < b.requestId ? 1 : -1))
      .map((r) => r.requestId);
    expect(new Set(newestFirst).size).toBe(105);

    const first = await custos.requests.minePage(kim);
    expect(first.requests).toHaveLength(100);
    expect(first.next).toEqual(expect.any(String));
    // the 100th and the 101st were received in the same millisecond
    expect(Date.parse(first.requests[99].receivedAt)).toBe(Date.parse(filed.find((r) => r.requestId === newestFirst[100])!.receivedAt));
    const second = await custos.requests.minePage(kim, { before: first.next });
    expect(second.next).toBeUndefined();
    expect([...first.requests, ...second.requests].map((r) => r.requestId)).toEqual(newestFirst);

    // seven at a time: fifteen pages, each request once, in order
    const seen: string[] = [];
    let pages = 0;
    for (let p = await custos.requests.minePage(kim, { limit: 7 }); ; p = await custos.requests.minePage(kim, { limit: 7, before: p.next })) {
      pages++;
      seen.push(...p.requests.map((r) => r.requestId));
      if (!p.next) break;
    }
    expect(pages).toBe(15);
    expect(seen).toEqual(newestFirst);
    // all of them at once (the SDK's list), and only the person's own
    expect((await custos.requests.mine(kim)).map((r) => r.requestId)).toEqual(newestFirst);
    expect((await custos.requests.mine(other)).map((r) => r.requestId)).not.toContain(newestFirst[0]);

    // a cursor is a position, nothing more: the other person's list from it holds only their own requests
    const theirs = await custos.requests.mine(other);
    const fromKims = await custos.requests.minePage(other, { before: first.next });
    expect(fromKims.requests.length).toBeGreaterThan(0);
    expect(fromKims.requests.map((r) => r.requestId)).toEqual(theirs.filter((r) => Date.parse(r.receivedAt) <= Date.parse(first.requests[99].receivedAt)).map((r) => r.requestId));
    // (its text holds no personal data: an instant, a request id and which list it belongs to)
    expect(Buffer.from(first.next!, 'base64url').toString()).toBe(`received.${Date.parse(first.requests[99].receivedAt)}.${first.requests[99].requestId}`);

    // a made-up, changed or another list's cursor, or a page too long, is refused naming the field
    const queue = await custos.requests.listPage({ status: 'completed', limit: 1 });
    for (const bad of ['nope', `${first.next}x`, first.next!.slice(0, -2), Buffer.from('received.12.a b').toString('base64url'), queue.next!]) {
      const e = await rejects(custos.requests.minePage(kim, { before: bad }), 'CUSTOS_INVALID_INPUT', 'cursor');
      expect(e.details[0].field).toBe('before');
    }
    await rejects(custos.requests.listPage({ status: 'completed', after: first.next }), 'CUSTOS_INVALID_INPUT', 'cursor');
    await rejects(custos.requests.minePage(kim, { limit: 101 }), 'CUSTOS_INVALID_INPUT', 'limit_range');
  });

  it('the staff queue is read a page at a time by due date, requests due at the same instant each once', async () => {
    await custos.close();
    let now = Date.parse('2026-03-02T09:00:00Z');
    custos = await env.open({ now: () => new Date(now), mail: { transport: null } });
    // corrections wait for staff; those filed in the same millisecond are due at the same instant
    const open = [];
    for (let i = 0; i < 11; i++) {
      now = Date.parse('2026-03-02T09:00:00Z') + Math.floor(i / 4) * 86_400_000;
      open.push(await custos.requests.file(i % 2 ? kim : other, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: `Name ${i}` } } }, staff));
    }
    const byDue = open
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.requestId < b.requestId ? -1 : 1))
      .map((r) => r.requestId);
    expect((await custos.requests.list()).map((r) => r.requestId)).toEqual(byDue);
    const seen: string[] = [];
    let pages = 0;
    for (let p = await custos.requests.listPage({ limit: 3 }); ; p = await custos.requests.listPage({ limit: 3, after: p.next })) {
      pages++;
      seen.push(...p.requests.map((r) => r.requestId));
      if (!p.next) break;
    }
    expect([pages, seen]).toEqual([4, byDue]);
    // the filters hold on every page
    const kims = await custos.requests.listPage({ type: 'correction', limit: 2 });
    expect((await custos.requests.listPage({ type: 'erasure', limit: 2, after: kims.next })).requests).toEqual([]);
    // the first page only, as before, when no cursor is given
    expect((await custos.requests.list({ limit: 3 })).map((r) => r.requestId)).toEqual(byDue.slice(0, 3));
  });

  it('the staff queue is sorted by due date and every step is audited', async () => {
    const a = await custos.requests.file(kim, { type: 'erasure', language: 'ko', channel: 'privacy_center' });
    const b = await custos.requests.file(other, { type: 'correction', language: 'ja', channel: 'privacy_center', details: { fields: { name: 'Y' } } });
    const q = await custos.requests.list();
    expect(q.map((r) => r.requestId)).toEqual([a, b].sort((x, y) => Date.parse(x.dueAt) - Date.parse(y.dueAt)).map((r) => r.requestId));
    await custos.requests.assign(a.requestId, 'Privacy Team', staff);
    await custos.audit.flush();
    const steps = (await custos.audit.query({ action: 'request.*', limit: 100 })).map((e) => e.action);
    expect(steps).toEqual(expect.arrayContaining(['request.received', 'request.assigned']));
  });
});
