/**
 * `custos requests`: a correction to a new email address filed by staff waits until the code sent to the
 * new address is read back (identifier-code, identifier-confirm, which reads the code from stdin); bad input
 * names the field (exit 2); the queue shows due days in the request's jurisdiction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { EXAMPLE, makeEnv, type Env } from '../../test/backends.js';
import { runCli } from '../../test/cli.js';
import { startSink, readMessage, type Sink } from '../mail/test-fixtures/sink.js';

const bin = new URL('../../bin/custos.js', import.meta.url).pathname;

describe('custos requests: a new email address confirmed with the code read back', () => {
  let env: Env;
  let sink: Sink;
  let subject = '';
  let requestId = '';
  const flags = () => ['--data-dir', env.dataDir, '--database', env.database, '--policy', EXAMPLE];
  const cli = (args: string[], extra: Record<string, string | undefined> = {}) =>
    runCli([...args, ...flags()], { CUSTOS_MASTER_KEY: env.masterKey.toString('hex'), CUSTOS_SMTP_URL: undefined, CUSTOS_MAIL_TRANSPORT: undefined, ...extra });
  /** The built `custos` in a child process, `input` piped to its stdin (how the code is entered: never a flag). */
  const piped = (args: string[], input: string): Promise<{ code: number | null; out: string; err: string }> => {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUSTOS_')));
    const child = spawn(process.execPath, [bin, ...args, ...flags()], { env: { ...base, CUSTOS_MASTER_KEY: env.masterKey.toString('hex') }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.stderr.on('data', (b: Buffer) => (err += b));
    child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    return new Promise((resolve) =>
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, out, err });
      }),
    );
  };

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    sink = await startSink();
    const c = await env.open({ mail: { transport: null } });
    subject = (await c.subjects.create({ jurisdiction: 'JP', fields: { name: 'Aiko Sato', email: 'aiko@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
    const filed = await c.requests.file(subject, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { email: 'aiko.new@example.jp' } } }, { keyId: 'cli', role: 'operator' });
    requestId = filed.requestId;
    await c.close();
  });

  afterAll(async () => {
    await env?.cleanup();
    await sink?.stop();
  });

  it('show says the new value is not confirmed; approve is refused; the code goes to the new address; a wrong code fails; the right one confirms; approve then works', { timeout: 60_000 }, async () => {
    const shown = await cli(['requests', 'show', requestId]);
    expect(shown.code, shown.err).toBe(0);
    expect(shown.out).toContain('new email or phone: not confirmed yet (custos requests identifier-code)');
    // what the approval would write, shown to whoever decides (the read is audited)
    expect(shown.out).toContain('asks to set email: "aiko.new@example.jp"');
    expect(JSON.parse((await cli(['requests', 'show', requestId, '--json'])).out).details).toEqual({ fields: { email: 'aiko.new@example.jp' } });

    const refused = await cli(['requests', 'approve', requestId]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/\[identifier_unconfirmed\]/);

    // the code is read from stdin: bad input names it, exit 2, and nothing is checked against the code
    for (const bad of ['12ab56\n', '12345\n', '1234567\n', '']) {
      const r = await piped(['requests', 'identifier-confirm', requestId], bad);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/^error: code: must be the 6 digits the person read back \[code_format\]/);
    }
    // it is never a flag (a flag stays in the shell history)
    const flag = await cli(['requests', 'identifier-confirm', requestId, '--code', '123456']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/unknown option '--code'/);

    const sent = await cli(['requests', 'identifier-code', requestId]);
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out).toContain('a code was sent to the new email, valid until ');
    expect(sent.out).toContain('no transport configured');
    expect(sent.out).toContain(`then enter it: custos requests identifier-confirm ${requestId}\n`);
    expect(sent.out).not.toContain('aiko.new');
    const deliver = await cli(['outbox', 'deliver', '--json'], { CUSTOS_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, CUSTOS_MAIL_FROM: 'desk@tutoring.example' });
    expect(deliver.code, deliver.err).toBe(0);
    const messages = await sink.waitFor(JSON.parse(deliver.out).sent);
    const mail = messages.find((m) => m.to.includes('aiko.new@example.jp'))!;
    const code = /\b(\d{6})\b/.exec(readMessage(mail.raw).text)![1];
    expect(messages.filter((m) => readMessage(m.raw).text.includes(code)).map((m) => m.to)).toEqual([['aiko.new@example.jp']]);

    const wrong = await piped(['requests', 'identifier-confirm', requestId], `${code === '000000' ? '111111' : '000000'}\n`);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/\[code_valid\]/);

    // as read back, with a space in the middle; only the first line counts
    const confirmed = await piped(['requests', 'identifier-confirm', requestId, '--json'], `${code.slice(0, 3)} ${code.slice(3)}\nignored\n`);
    expect(confirmed.code, confirmed.err).toBe(0);
    expect(JSON.parse(confirmed.out)).toMatchObject({ requestId, identifierConfirmation: 'confirmed', status: 'awaiting_approval' });
    expect((await cli(['requests', 'show', requestId])).out).toContain('new email or phone: confirmed');

    const approved = await cli(['requests', 'approve', requestId, '--json']);
    expect(approved.code, approved.err).toBe(0);
    expect(JSON.parse(approved.out).status).toBe('completed');
    const c = await env.open({ mail: { transport: null } });
    expect(await c.vault.findByEmail('aiko.new@example.jp')).toEqual([subject]);
    await c.close();
  });

  it('the operator carries out an erasure request: the CLI acts for no policy role, and may erase', { timeout: 60_000 }, async () => {
    const c = await env.open({ mail: { transport: null } });
    const person = (await c.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ren Ito', email: 'ren@example.jp' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
    const erasure = (await c.requests.file(person, { type: 'erasure', language: 'en', channel: 'staff' }, { keyId: 'cli', role: 'operator' })).requestId;
    const status = (await c.requests.get(erasure)).status;
    await c.close();
    const done = await cli(['requests', status === 'awaiting_approval' ? 'approve' : 'fulfil', erasure, '--json']);
    expect(done.code, done.err).toBe(0);
    expect(JSON.parse(done.out).status).toBe('completed');
    const after = await env.open({ mail: { transport: null } });
    expect((await after.vault.status(person)).status).toBe('erased');
    await after.close();
    // none open: the list says so, and where the others are
    const list = await cli(['requests', 'list']);
    expect([list.code, list.out]).toEqual([0, 'no open requests (--status completed|refused|closed for the others)\n']);
    expect((await cli(['requests', 'list', '--status', 'completed', '--type', 'access'])).out).toBe('no completed requests of type access\n');
  });
  it("list shows a request's due day in its jurisdiction's time zone, not in UTC", { timeout: 60_000 }, async () => {
    const c = await env.open({ mail: { transport: null } });
    const person = (await c.subjects.create({ jurisdiction: 'US-CA', fields: { name: 'Casey Cruz', email: 'casey@example.com' } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
    const filed = await c.requests.file(person, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: 'Casey Cruz-Lee' } } }, { keyId: 'cli', role: 'operator' });
    await c.close();
    // the end of a day in Los Angeles is the next day in UTC
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(filed.dueAt));
    expect(day).not.toBe(filed.dueAt.slice(0, 10));
    const list = await cli(['requests', 'list']);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain(`${filed.requestId}  correction`);
    expect(list.out).toMatch(new RegExp(`due ${day}  US-CA`));
  });
  it('list pages through the queue: --limit, then --after with the cursor of the "more:" line, or --all; bad values exit 2 naming the flag', { timeout: 60_000 }, async () => {
    const c = await env.open({ mail: { transport: null } });
    for (let i = 0; i < 5; i++) {
      const person = (await c.subjects.create({ jurisdiction: 'JP', fields: { name: `Page Person ${i}`, email: `page${i}@example.jp` } }, { actor: { keyId: 'app', role: 'application' }, purpose: 'account' })).id;
      await c.requests.file(person, { type: 'correction', language: 'en', channel: 'staff', details: { fields: { name: `Page Person ${i}-A` } } }, { keyId: 'cli', role: 'operator' });
    }
    const open = (await c.requests.list({ limit: 1000 })).map((r) => r.requestId);
    await c.close();
    expect(open.length).toBeGreaterThan(4);

    // two at a time, following each page's "more:" line to the last page, which has none
    const seen: string[] = [];
    let args = ['requests', 'list', '--limit', '2'];
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(open.length);
      const r = await cli(args);
      expect(r.code, r.err).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      const more = lines.at(-1)!.startsWith('more: ') ? lines.pop()! : undefined;
      seen.push(...lines.map((l) => l.split(' ')[0]));
      if (!more) break;
      expect(lines).toHaveLength(2);
      const m = /^more: custos requests list --limit 2 --after (\S+) {3}\(or --all for every one\)$/.exec(more);
      expect(m, more).not.toBeNull();
      args = ['requests', 'list', '--limit', '2', '--after', m![1]];
    }
    expect(seen).toEqual(open);

    // every one at once; and as JSON the output stays an array, the "more:" line going to stderr
    const all = await cli(['requests', 'list', '--all', '--json']);
    expect(JSON.parse(all.out).map((r: { requestId: string }) => r.requestId)).toEqual(open);
    expect(all.err).toBe('');
    const page = await cli(['requests', 'list', '--limit', '3', '--json']);
    expect(JSON.parse(page.out)).toHaveLength(3);
    expect(page.err).toMatch(/^more: custos requests list --limit 3 --json --after \S+ {3}\(or --all for every one\)\n$/);

    for (const [flags, rule] of [
      [['--after', 'nope'], /^error: after: must be the `next` cursor of an earlier page of this list, unchanged \[cursor\]/],
      [['--limit', '1001'], /^error: limit: must be an integer from 1 to 1000 \[limit_range\]/],
      [['--limit', '1e3'], /^error: limit: .* \[limit_range\]/],
      [['--all', '--limit', '5'], /^error: all: --all lists every request: give --all or --limit, not both \[all_or_limit\]/],
    ] as const) {
      const r = await cli(['requests', 'list', ...flags]);
      expect([r.code, r.out], flags.join(' ')).toEqual([2, '']);
      expect(r.err).toMatch(rule);
    }
  });
});
