import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, EXAMPLE, type Env } from '../../test/backends.js';
import { runCli } from '../../test/cli.js';
import type { Custos } from '../custos.js';
import { CustosError } from '../errors.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryTransport, SmtpTransport, transportFromEnv, LogTransport } from './transports.js';
import { startSink, readMessage, type Sink } from './test-fixtures/sink.js';
import { rejects } from '../../test/expect.js';
import { ADDRESS_MAIL_TTL_MS } from './outbox.js';

const app = { keyId: 'app-key', role: 'application' };
const FROM = 'privacy@tutoring.example';
const DIR = '/data-dir-of-the-test';

/** Every outbox row as text (binary columns as latin1 and utf8), to look for plaintext. */
async function outboxDump(c: Custos): Promise<string> {
  const rows = await c.db.all('SELECT * FROM mail_outbox');
  return rows
    .map((r) =>
      Object.values(r)
        .map((v) => (Buffer.isBuffer(v) || v instanceof Uint8Array ? Buffer.from(v).toString('latin1') + Buffer.from(v).toString('utf8') : String(v)))
        .join('|'),
    )
    .join('\n');
}

// (within a week: mail to an address expires after ADDRESS_MAIL_TTL_MS)
const far = () => new Date(Date.now() + 2 * 24 * 3600_000);

describeBackends('mail outbox', (backend) => {
  let env: Env;
  let sink: Sink | undefined;
  beforeEach(async () => {
    env = await makeEnv(backend);
  });
  afterEach(async () => {
    await env.cleanup();
    await sink?.stop();
    sink = undefined;
  });

  const openWith = async (s: Sink, extra: Parameters<Env['open']>[0] = {}) =>
    env.open({ ...extra, mail: { transport: new SmtpTransport({ url: `smtp://127.0.0.1:${s.port}`, from: FROM }), ...extra.mail } });

  it('delivers a verification code to a real SMTP server; the code is read from the received message', async () => {
    sink = await startSink();
    const c = await openWith(sink);
    const { id } = await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'mina@example.org' }, data: { code: '482913', minutes: 10 } });
    expect((await c.outbox.get(id)).status).toBe('queued');
    const r = await c.outbox.deliver();
    expect(r).toMatchObject({ configured: true, due: 1, sent: 1, retried: 0, failed: 0 });
    const [msg] = await sink.waitFor(1);
    expect(msg.to).toEqual(['mina@example.org']);
    expect(msg.from).toBe(FROM);
    const m = readMessage(msg.raw);
    expect(m.subject).toBe('Example Tutoring K.K.: your verification code');
    expect(/verification code is (\d{6})\./.exec(m.text)?.[1]).toBe('482913');
    expect(m.html).toContain('482913');
    const item = await c.outbox.get(id);
    expect(item).toMatchObject({ status: 'sent', attempts: 1, recipient: 'address' });
    // the delivered row keeps no address and no body
    const row = await c.db.get<{ sealed: unknown }>('SELECT sealed FROM mail_outbox WHERE id = ?', [id]);
    expect(row!.sealed).toBeNull();
    // a second pass sends nothing again
    expect((await c.outbox.deliver()).due).toBe(0);
  });

  it('authenticates with the user and password of the SMTP URL', async () => {
    sink = await startSink({ SINK_AUTH: 'mailer:s3cret' });
    const c = await env.open({ mail: { transport: new SmtpTransport({ url: `smtp://mailer:s3cret@127.0.0.1:${sink.port}`, from: FROM }) } });
    await c.outbox.enqueue({ template: 'verification_code', language: 'ko', to: { address: 'jiwoo@example.kr' }, data: { code: '000123', minutes: 10 } });
    expect((await c.outbox.deliver()).sent).toBe(1);
    const [msg] = await sink.waitFor(1);
    expect(msg.user).toBe('mailer');
    const m = readMessage(msg.raw);
    expect(m.text).toContain('인증 코드는 000123입니다.');
  });

  it('mails a subject at the address on file, in its language, and audits the use of the address', async () => {
    sink = await startSink();
    const c = await openWith(sink);
    const { id: subjectId } = await c.subjects.create({ jurisdiction: 'JP', fields: { name: '佐藤 愛子', email: 'aiko@example.jp' } }, { actor: app, purpose: 'account' });
    const { id } = await c.outbox.enqueue({
      template: 'request_received',
      language: 'ja',
      to: { subjectId },
      data: { reference: 'R-2026-0001', request_type: 'erasure', due_date: '2026-12-03T14:59:59.999Z', time_zone: 'Asia/Tokyo' },
    });
    // the address is not in the outbox at all
    expect(await outboxDump(c)).not.toContain('aiko@example.jp');
    expect((await c.outbox.deliver()).sent).toBe(1);
    const [msg] = await sink.waitFor(1);
    expect(msg.to).toEqual(['aiko@example.jp']);
    const m = readMessage(msg.raw);
    expect(m.subject).toContain('受付番号 R-2026-0001');
    expect(m.text).toContain('削除（消去）のご請求を受け付けました');
    expect(m.text).toContain('2026年12月3日');
    expect((await c.outbox.get(id)).recipient).toBe('subject');
    const entries = await c.audit.query({ subjectId, action: 'mail.send' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'ok', fields: ['email'], details: { template: 'request_received', outbox: id } });
  });

  it('uses only an email category whose purposes allow the mail when a purpose is given', async () => {
    sink = await startSink();
    const c = await openWith(sink);
    // only the inquiry reply address is on file: it may be used to answer, not for service notices
    const { id: subjectId } = await c.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ken' } }, { actor: app, purpose: 'account' });
    await c.subjects.update(subjectId, { inquiry_email: 'ken.q@example.jp' }, { actor: app, purpose: 'inquiry_reply' });
    const data = { version: '2027-01-01', effective_date: '2027-01-01', summary: 'A new processor for payments.', url: 'https://tutoring.example/privacy' };
    const notice = await c.outbox.enqueue({ template: 'policy_change', language: 'en', to: { subjectId }, purpose: 'service_notices', data });
    const answer = await c.outbox.enqueue({ template: 'request_completed', language: 'en', to: { subjectId }, purpose: 'inquiry_reply', data: { reference: 'R-7', request_type: 'access' } });
    const r = await c.outbox.deliver();
    expect(r).toMatchObject({ sent: 1, failed: 1 });
    expect(await c.outbox.get(notice.id)).toMatchObject({ status: 'failed', lastError: 'no_address' });
    expect((await c.outbox.get(answer.id)).status).toBe('sent');
    expect((await sink.waitFor(1))[0].to).toEqual(['ken.q@example.jp']);
  });

  it('retries with backoff when the server refuses a recipient at first, then delivers once', async () => {
    sink = await startSink({ SINK_REJECT_RCPT: '1' });
    const c = await openWith(sink, { mail: { backoffMs: 60_000 } });
    const { id } = await c.outbox.enqueue({ template: 'verification_code', language: 'vi', to: { address: 'lan@example.vn' }, data: { code: '555666', minutes: 10 } });
    const first = await c.outbox.deliver();
    expect(first).toMatchObject({ due: 1, sent: 0, retried: 1 });
    const after1 = await c.outbox.get(id);
    expect(after1).toMatchObject({ status: 'queued', attempts: 1, lastError: 'EENVELOPE 451' });
    expect(new Date(after1.nextAttemptAt!).getTime()).toBeGreaterThan(new Date(after1.createdAt).getTime());
    // not due again before the backoff has passed
    expect((await c.outbox.deliver()).due).toBe(0);
    const second = await c.outbox.deliver({ now: new Date(new Date(after1.nextAttemptAt!).getTime() + 1) });
    expect(second).toMatchObject({ due: 1, sent: 1 });
    expect(await sink.waitForRejections(1)).toEqual(['rcpt']);
    const [msg] = await sink.waitFor(1);
    expect(readMessage(msg.raw).text).toContain('Mã xác minh của bạn là 555666.');
    expect(sink.messages).toHaveLength(1);
    expect(await c.outbox.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('retries when the server refuses the message data, and marks the mail failed after the last attempt', async () => {
    sink = await startSink({ SINK_REJECT_DATA: '100' });
    const c = await openWith(sink, { mail: { maxAttempts: 3, backoffMs: 1000 } });
    const { id } = await c.outbox.enqueue({
      template: 'breach_notice',
      language: 'ru',
      to: { address: 'ivan@example.ru' },
      data: { occurred: '2026-11-20', what_happened: 'x', data_affected: 'email', measures: 'y', advice: 'z' },
    });
    for (let i = 0; i < 3; i++) await c.outbox.deliver({ now: new Date(far().getTime() + i * 3600_000) });
    expect(await sink.waitForRejections(3)).toEqual(['data', 'data', 'data']);
    expect(await c.outbox.get(id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'EMESSAGE 451' });
    expect((await c.db.get<{ sealed: unknown }>('SELECT sealed FROM mail_outbox WHERE id = ?', [id]))!.sealed).toBeNull();
    expect((await c.outbox.deliver({ now: new Date(far().getTime() + 10 * 3600_000) })).due).toBe(0);
  });

  it('gives up at once on a recipient the server rejects permanently', async () => {
    sink = await startSink({ SINK_REJECT_RCPT: '100', SINK_REJECT_CODE: '550' });
    const c = await openWith(sink);
    const { id } = await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'nobody@example.org' }, data: { code: '111222', minutes: 10 } });
    expect(await c.outbox.deliver()).toMatchObject({ failed: 1, retried: 0 });
    expect(await c.outbox.get(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'EENVELOPE 550' });
  });

  it('keeps no plaintext address, code or template data in the outbox table', async () => {
    const c = await env.open({ mail: { transport: null } });
    const { id: subjectId } = await c.subjects.create({ jurisdiction: 'KR', fields: { name: 'Kim', email: 'kim.sujin@example.kr' } }, { actor: app, purpose: 'account' });
    await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'secret.person@example.org' }, data: { code: '908172', minutes: 10 } });
    await c.outbox.enqueue({ template: 'request_refused', language: 'ko', to: { subjectId }, data: { reference: 'R-42', request_type: 'access', reason: 'Identity of Kim Sujin could not be confirmed' } });
    const dump = await outboxDump(c);
    for (const secret of ['secret.person@example.org', 'secret.person', '908172', 'kim.sujin@example.kr', 'Kim Sujin', 'could not be confirmed']) expect(dump).not.toContain(secret);
    // and the rows do hold the items (the scan looked at something)
    expect((await c.outbox.list()).map((i) => i.template).sort()).toEqual(['request_refused', 'verification_code']);
  });

  it('erasing a subject removes its queued mail; mail already queued for an erased key is cancelled', async () => {
    sink = await startSink();
    const c = await openWith(sink);
    const s1 = (await c.subjects.create({ jurisdiction: 'EU', fields: { name: 'Anna', email: 'anna@example.de' } }, { actor: app, purpose: 'account' })).id;
    const s2 = (await c.subjects.create({ jurisdiction: 'EU', fields: { name: 'Ben', email: 'ben@example.de' } }, { actor: app, purpose: 'account' })).id;
    await c.outbox.enqueue({ template: 'request_completed', language: 'en', to: { subjectId: s1 }, data: { reference: 'R-1', request_type: 'erasure' } });
    const m2 = await c.outbox.enqueue({ template: 'request_completed', language: 'en', to: { subjectId: s2 }, data: { reference: 'R-2', request_type: 'erasure' } });
    expect(await c.db.all('SELECT id FROM mail_outbox WHERE subject_id = ?', [s1])).toHaveLength(1);
    await c.subjects.erase(s1, { actor: { keyId: 'ops', role: 'privacy_officer' }, reason: 'erasure request' });
    expect(await c.db.all('SELECT id FROM mail_outbox WHERE subject_id = ?', [s1])).toHaveLength(0);
    // a key destroyed behind the outbox's back (restored data copy): the mail cannot be read and is cancelled
    await c.keyring.destroyDataKeys([s2]);
    expect(await c.outbox.deliver()).toMatchObject({ sent: 0, cancelled: 1 });
    expect(await c.outbox.get(m2.id)).toMatchObject({ status: 'cancelled', lastError: 'subject_erased' });
    expect(sink.messages).toHaveLength(0);
  });

  it('lets a code expire instead of sending it late', async () => {
    sink = await startSink();
    const c = await openWith(sink);
    const { id } = await c.outbox.enqueue({ template: 'verification_code', language: 'ja', to: { address: 'taro@example.jp' }, data: { code: '123456', minutes: 10 } });
    expect(await c.outbox.deliver({ now: new Date(Date.now() + 11 * 60_000) })).toMatchObject({ expired: 1, sent: 0 });
    expect((await c.outbox.get(id)).status).toBe('expired');
    expect(sink.messages).toHaveLength(0);
  });

  it('refuses bad requests with the field and rule, and writes nothing', async () => {
    const c = await env.open({ mail: { transport: null } });
    const to = { address: 'a@example.org' };
    await rejects(c.outbox.enqueue({ template: 'nope', language: 'en', to, data: {} }), 'CUSTOS_INVALID_INPUT', 'known_template');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'de' as never, to, data: { code: '123456', minutes: 10 } }), 'CUSTOS_INVALID_INPUT', 'known_language');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to, data: { code: '123456' } }), 'CUSTOS_INVALID_INPUT', 'required');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to, data: { code: '12345', minutes: 10 } }), 'CUSTOS_INVALID_INPUT', 'six_digits');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to, data: { code: '123456', minutes: 10, cod: 1 } }), 'CUSTOS_INVALID_INPUT', 'unknown_placeholder');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'not an address' }, data: { code: '123456', minutes: 10 } }), 'CUSTOS_INVALID_INPUT', 'email');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { subjectId: 'x', category: 'name' }, data: { code: '123456', minutes: 10 } }), 'CUSTOS_INVALID_INPUT', 'email_category');
    await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { subjectId: 'no-such-subject' }, data: { code: '123456', minutes: 10 } }), 'CUSTOS_NOT_FOUND');
    const e = await rejects(c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'who@example.org' }, data: { code: 'who@example.org', minutes: 10 } }), 'CUSTOS_INVALID_INPUT');
    expect(e.message).not.toContain('who@example.org');
    expect(await c.db.all('SELECT id FROM mail_outbox')).toHaveLength(0);
  });

  it('without a transport, mail to an address expires after a week and its sealed address goes', async () => {
    let clock = Date.parse('2030-01-01T09:00:00Z');
    const c = await env.open({ mail: { transport: null }, now: () => new Date(clock) });
    const { id } = await c.outbox.enqueue({ template: 'erasure_completed', language: 'en', to: { address: 'gone.person@example.org' }, data: { reference: 'ab12cd34', kept: 'nothing' } });
    expect((await c.outbox.get(id)).expiresAt).toBe(new Date(clock + ADDRESS_MAIL_TTL_MS).toISOString());
    expect(await c.outbox.deliver({ now: new Date(clock) })).toMatchObject({ configured: false, expired: 0 });
    clock += ADDRESS_MAIL_TTL_MS + 1;
    expect(await c.outbox.deliver({ now: new Date(clock) })).toMatchObject({ configured: false, expired: 1 });
    expect((await c.outbox.get(id)).status).toBe('expired');
    expect(await c.db.all('SELECT id FROM mail_outbox WHERE sealed IS NOT NULL')).toEqual([]);
  });

  it('two processes delivering at once send each mail once: each item is claimed before it is sent', async () => {
    sink = await startSink();
    const a = await openWith(sink);
    const b = await openWith(sink);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push((await a.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: `person${i}@example.org` }, data: { code: `10000${i}`, minutes: 10 } })).id);
    const [ra, rb] = await Promise.all([a.outbox.deliver(), b.outbox.deliver()]);
    expect(ra.sent + rb.sent).toBe(6);
    // what one pass found due but the other had claimed first
    expect(ra.claimedElsewhere + rb.claimedElsewhere).toBe(ra.due + rb.due - 6);
    await sink.settled();
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(ids.map((_, i) => `person${i}@example.org`).sort());
    for (const id of ids) expect(await a.outbox.get(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('without a transport, mail stays queued and `custos outbox list` shows it without addresses', async () => {
    const c = await env.open({ mail: { transport: null } });
    const { id } = await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'queued.person@example.org' }, data: { code: '424242', minutes: 10 } });
    expect(await c.outbox.deliver()).toMatchObject({ configured: false, due: 1, sent: 0 });
    expect((await c.outbox.get(id)).status).toBe('queued');
    if (backend !== 'sqlite') return;
    const flags = ['--data-dir', env.dataDir, '--database', env.database, '--policy', EXAMPLE];
    const cliEnv = { CUSTOS_MASTER_KEY: env.masterKey.toString('hex'), CUSTOS_SMTP_URL: undefined, CUSTOS_MAIL_TRANSPORT: undefined };
    const list = await runCli(['outbox', 'list', '--json', ...flags], cliEnv);
    expect(list.code).toBe(0);
    const items = JSON.parse(list.out).items;
    expect(items).toEqual([expect.objectContaining({ id, template: 'verification_code', language: 'en', status: 'queued', attempts: 0 })]);
    expect(list.out + list.err).not.toContain('queued.person');
    expect(list.out).not.toContain('424242');
    const text = await runCli(['outbox', 'list', ...flags], cliEnv);
    expect(text.out).toContain(`${id}  verification_code  en  address  queued  attempts 0`);
    const deliver = await runCli(['outbox', 'deliver', ...flags], cliEnv);
    expect(deliver.code).toBe(0);
    expect(deliver.out).toContain('No mail transport configured');
    const bad = await runCli(['outbox', 'list', '--status', 'lost', ...flags], cliEnv);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('status');
  });
});

it('`custos outbox deliver` sends through CUSTOS_SMTP_URL', async () => {
  const env = await makeEnv('sqlite');
  const sink = await startSink();
  try {
    const c = await env.open({ mail: { transport: null } });
    await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'cli.person@example.org' }, data: { code: '777888', minutes: 10 } });
    await c.close();
    const r = await runCli(['outbox', 'deliver', '--json', '--data-dir', env.dataDir, '--database', env.database, '--policy', EXAMPLE], {
      CUSTOS_MASTER_KEY: env.masterKey.toString('hex'),
      CUSTOS_SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      CUSTOS_MAIL_FROM: 'Privacy Desk <desk@tutoring.example>',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ configured: true, sent: 1 });
    const [msg] = await sink.waitFor(1);
    expect(msg.from).toBe('desk@tutoring.example');
    expect(readMessage(msg.raw).text).toContain('777888');
  } finally {
    await env.cleanup();
    await sink.stop();
  }
});

it('chooses the transport from the environment and refuses bad settings without echoing secrets', () => {
  expect(transportFromEnv(FROM, DIR, {})).toBeUndefined();
  expect(transportFromEnv(FROM, DIR, { CUSTOS_MAIL_TRANSPORT: 'log' })).toBeInstanceOf(LogTransport);
  expect(transportFromEnv(FROM, DIR, { CUSTOS_SMTP_URL: 'smtps://u:p@mail.example.com' })).toBeInstanceOf(SmtpTransport);
  const bad = (() => {
    try {
      transportFromEnv(FROM, DIR, { CUSTOS_SMTP_URL: 'http://user:hunter2@mail.example.com' });
    } catch (e) {
      return e as CustosError;
    }
  })();
  expect(bad?.code).toBe('CUSTOS_CONFIG');
  expect(bad?.message).not.toContain('hunter2');
  expect(() => transportFromEnv(FROM, DIR, { CUSTOS_MAIL_TRANSPORT: 'carrier-pigeon' })).toThrow(/log, files or none/);
  expect(() => transportFromEnv('not an address', DIR, { CUSTOS_SMTP_URL: 'smtp://mail.example.com' })).toThrow(/CUSTOS_MAIL_FROM/);
  // files: named, or the fallback (the demo's) when the environment names no transport; the environment wins
  expect(transportFromEnv(FROM, DIR, { CUSTOS_MAIL_TRANSPORT: 'files' })).toEqual(new DirectoryTransport(join(DIR, 'mail')));
  expect(transportFromEnv(FROM, DIR, {}, 'files')).toEqual(new DirectoryTransport(join(DIR, 'mail')));
  expect(transportFromEnv(FROM, DIR, { CUSTOS_MAIL_TRANSPORT: 'none' }, 'files')).toBeUndefined();
  expect(transportFromEnv(FROM, DIR, { CUSTOS_SMTP_URL: 'smtps://u:p@mail.example.com' }, 'files')).toBeInstanceOf(SmtpTransport);
});

it('the files transport (the demo) writes each mail to a file of its own in the data directory, mode 0600, to be read there', async () => {
  const env = await makeEnv('sqlite');
  try {
    const c = await env.open({ mail: { defaultTransport: 'files' } });
    expect(c.outbox.directory).toBe(join(env.dataDir, 'mail'));
    for (const [address, code] of [['mina@example.org', '482913'], ['jiwoo@example.kr', '000123']])
      await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address }, data: { code, minutes: 10 } });
    expect(await c.outbox.deliver()).toMatchObject({ configured: true, sent: 2 });
    await c.close();
    const dir = join(env.dataDir, 'mail');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    const mails = files.map((f) => {
      expect(f).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+Z-.+\.eml$/);
      expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
      return readFileSync(join(dir, f), 'utf8');
    });
    for (const [address, code] of [['mina@example.org', '482913'], ['jiwoo@example.kr', '000123']]) {
      const mail = mails.find((m) => m.startsWith(`To: ${address}\r\n`))!;
      expect(mail).toMatch(/\r\nSubject: .+\r\nDate: .+\r\nMIME-Version: 1.0\r\nContent-Type: text\/plain; charset=utf-8\r\n\r\n/);
      expect(mail.split('\r\n\r\n')[1]).toContain(code);
    }
  } finally {
    await env.cleanup();
  }
});

it('sendAtOnce (the server): mail goes out when it is queued, and mail queued while a pass runs goes out after it', async () => {
  const env = await makeEnv('sqlite');
  try {
    const c = await env.open({ mail: { defaultTransport: 'files', sendAtOnce: true } });
    const dir = join(env.dataDir, 'mail');
    const sent = () => (existsSync(dir) ? readdirSync(dir).length : 0);
    // the first starts a pass, which has read the queue before the second is queued
    await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'mina@example.org' }, data: { code: '482913', minutes: 10 } });
    await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'jiwoo@example.kr' }, data: { code: '000123', minutes: 10 } });
    for (let i = 0; i < 500 && sent() < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sent()).toBe(2);
    await c.close();
    // without it (a CLI command), nothing is sent unless asked
    const quiet = await env.open({ mail: { defaultTransport: 'files' } });
    await quiet.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'an@example.vn' }, data: { code: '111222', minutes: 10 } });
    await new Promise((r) => setTimeout(r, 200));
    expect(sent()).toBe(2);
    await quiet.close();
  } finally {
    await env.cleanup();
  }
});

it('a pass sends the mail that expires soonest first: a burst of notices does not hold back a verification code', async () => {
  const env = await makeEnv('sqlite');
  try {
    const c = await env.open({ mail: { defaultTransport: 'files', batch: 3 } });
    for (let i = 0; i < 5; i++) await c.outbox.enqueue({ template: 'erasure_completed', language: 'en', to: { address: `gone${i}@example.org` }, data: { reference: `ref${i}`, kept: 'nothing' } });
    await c.outbox.enqueue({ template: 'verification_code', language: 'en', to: { address: 'mina@example.org' }, data: { code: '482913', minutes: 10 } });
    expect(await c.outbox.deliver()).toMatchObject({ sent: 3 });
    await c.close();
    const dir = join(env.dataDir, 'mail');
    const to = readdirSync(dir).map((f) => /^To: (\S+)/.exec(readFileSync(join(dir, f), 'utf8'))![1]);
    // the code, queued last, is among the first three sent
    expect(to).toHaveLength(3);
    expect(to).toContain('mina@example.org');
  } finally {
    await env.cleanup();
  }
});

it('the log transport writes template ids only', async () => {
  const lines: string[] = [];
  const t = new LogTransport((l) => lines.push(l));
  await t.send({ to: 'p@example.org', subject: 'code 123456', text: 'Your code is 123456', template: 'verification_code', outboxId: 'm1' });
  expect(lines).toEqual(['mail: verification_code m1 (log transport: not sent)']);
});
