/**
 * Bad input and failed starts: each ends with a clear error naming the field and the rule, exit 2, no
 * stack trace, nothing half written, and a process that exits.
 */
import { describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdtempSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { runCli } from '../../test/cli.js';
import { startServe } from '../../test/serve.js';
import { EXAMPLE } from '../../test/backends.js';
import { Custos } from '../custos.js';

const bin = new URL('../../bin/custos.js', import.meta.url).pathname;

/** The built bin in a child process, without the caller's CUSTOS_* environment; killed after `ms`. */
function spawnCli(args: string[], env: Record<string, string> = {}, ms = 25_000, opts: { closeStdout?: boolean; stdin?: number } = {}): Promise<{ code: number | null; out: string; err: string; timedOut: boolean }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUSTOS_')));
  const child = spawn(process.execPath, [bin, ...args], { env: { ...base, ...env }, stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  if (opts.closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (b: Buffer) => (out += b));
  child.stderr.on('data', (b: Buffer) => (err += b));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, ms);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, timedOut });
    });
  });
}

const noStack = (err: string) => expect(err, err).not.toMatch(/\n\s+at |Unhandled|node:internal|\/src\/|\/dist\//);

describe('the CLI on bad input and failed starts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-failures-'));
  const dataDir = join(dir, 'data');
  const masterKey = randomBytes(32).toString('base64');
  const env = { CUSTOS_MASTER_KEY: masterKey, CUSTOS_DATABASE_URL: undefined, CUSTOS_DATA_DIR: undefined, CUSTOS_POLICY: EXAMPLE };
  const cli = (args: string[], extra: Record<string, string | undefined> = {}) => runCli([...args, '--data-dir', dataDir], { ...env, ...extra });
  const spawnEnv = { CUSTOS_MASTER_KEY: masterKey, CUSTOS_POLICY: EXAMPLE };
  const open = () => Custos.open({ policy: EXAMPLE, dataDir, keys: { masterKey } });
  const missingDir = join(dir, 'no-such-dir');
  let subject = '';

  it('setup: a store with one person', { timeout: 60_000 }, async () => {
    expect((await cli(['init'])).code).toBe(0);
    const c = await open();
    try {
      subject = (await c.subjects.create({ jurisdiction: 'JP', fields: { name: 'Aiko Sato', email: 'aiko@example.jp' } }, { actor: { keyId: 'a', role: 'application' }, purpose: 'account' })).id;
    } finally {
      await c.close();
    }
  });

  it('a configuration error found while opening the stores ends the process (exit 2), for commands and serve', { timeout: 90_000 }, async () => {
    const runs = await Promise.all([
      spawnCli(['keys', 'list', '--data-dir', dataDir], { ...spawnEnv, CUSTOS_SMTP_URL: 'garbage' }),
      spawnCli(['requests', 'list', '--data-dir', dataDir], { ...spawnEnv, CUSTOS_SMTP_URL: 'garbage' }),
      spawnCli(['serve', '--port', '0', '--data-dir', dataDir], { ...spawnEnv, CUSTOS_SMTP_URL: 'garbage' }),
      spawnCli(['outbox', 'deliver', '--data-dir', dataDir], { ...spawnEnv, CUSTOS_SMTP_URL: 'smtp://u:p@127.0.0.1:1', CUSTOS_MAIL_FROM: 'not an address' }),
    ]);
    for (const r of runs) {
      expect(r.timedOut, r.err).toBe(false);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(/^error: CUSTOS_(SMTP_URL|MAIL_FROM)/);
      noStack(r.err);
    }
  });

  it('serve on a port in use, or an impossible host: exit 2 naming the flag, no admin key made, nothing left running', { timeout: 120_000 }, async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as AddressInfo).port;
    const fresh = join(dir, 'serve-busy');
    try {
      const r = await spawnCli(['serve', '--port', String(port), '--data-dir', fresh], { CUSTOS_POLICY: EXAMPLE });
      expect(r.timedOut, r.err).toBe(false);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(new RegExp(`^error: port: ${port} is in use on 127.0.0.1.*\\[port_available\\]`));
      noStack(r.err);
    } finally {
      busy.close();
    }
    // the failed start created no API key (the next start makes one and shows it) and no key file
    expect(existsSync(join(fresh, 'first-admin.key'))).toBe(false);
    const c = await Custos.open({ policy: EXAMPLE, dataDir: fresh });
    try {
      expect(await c.keys.list()).toEqual([]);
    } finally {
      await c.close();
    }
    const hostDir = join(dir, 'serve-host');
    const h = await spawnCli(['serve', '--port', '0', '--host', '999.1.1.1', '--data-dir', hostDir], { CUSTOS_POLICY: EXAMPLE });
    expect(h.code, h.err).toBe(2);
    expect(h.err).toMatch(/^error: host: must be an IP address .*\[host\]/);
    expect(existsSync(hostDir)).toBe(false);
    for (const bad of ['0x50', '1e3', '']) {
      const p = await cli(['serve', '--port', bad]);
      expect(p.code, bad).toBe(2);
      expect(p.err).toMatch(/port: must be a whole number from 0 to 65535 \[port\]/);
    }
  });

  it('first start without --demo: the admin key goes to a 0600 file, never to standard output; with --demo it is shown', { timeout: 120_000 }, async () => {
    const fresh = join(dir, 'serve-first');
    const s = await startServe(['--data-dir', fresh], { firstStart: true });
    try {
      const file = join(fresh, 'first-admin.key');
      expect(s.adminKeyFile).toBe(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(s.adminKey).toMatch(/^ck_/);
      expect(s.out()).not.toContain(s.adminKey);
      expect(s.out()).toMatch(/rm \S*first-admin\.key/);
      expect((await fetch(`${s.base}/v1/keys`, { headers: { authorization: `Bearer ${s.adminKey}` } })).status).toBe(200);
    } finally {
      await s.stop();
    }
    const demoDir = join(dir, 'serve-demo');
    const d = await startServe(['--data-dir', demoDir, '--demo'], { firstStart: true });
    try {
      expect(d.adminKeyFile).toBeUndefined();
      expect(d.out()).toContain(`Admin API key (shown once, store it now):\n  ${d.adminKey}`);
      expect(d.out()).toMatch(/Try: curl -H "Authorization: Bearer ck_/);
      expect(existsSync(join(demoDir, 'first-admin.key'))).toBe(false);
      // the demo's mail is written to files in the data directory at once: a demo person's code is read there
      const mailDir = join(demoDir, 'mail');
      expect(d.out()).toContain(`  mail:       written to ${mailDir}/ as files, not sent`);
      const asked = await fetch(`${d.base}/v1/privacy/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'access', email: 'hanako@example.jp', language: 'en' }) });
      expect(asked.status).toBe(202);
      for (let i = 0; i < 500 && !(existsSync(mailDir) && readdirSync(mailDir).length > 0); i++) await new Promise((r) => setTimeout(r, 10));
      const [mail] = readdirSync(mailDir);
      expect(readFileSync(join(mailDir, mail), 'utf8')).toMatch(/^To: hanako@example\.jp\r\n[^]*Your verification code is \d{6}\./);
    } finally {
      await d.stop();
    }
  });

  it('consents record: a receipt file that cannot be written records nothing; the receipt is written 0600', { timeout: 120_000 }, async () => {
    const r = await cli(['consents', 'record', subject, '--event', 'grant', '--purposes', 'marketing_email', '--receipt', join(missingDir, 'r.jws')]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/^error: receipt: cannot write .*no-such-dir\/r\.jws: its directory does not exist \[file\]/);
    const history = await cli(['consents', 'show', subject, '--json']);
    expect(JSON.parse(history.out).events).toEqual([]);
    const file = join(dir, 'r.jws');
    const ok = await cli(['consents', 'record', subject, '--event', 'grant', '--purposes', 'marketing_email', '--receipt', file]);
    expect(ok.code, ok.err).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+\n$/);
  });

  it('stats export to a file that cannot be written records no ledger entry', { timeout: 120_000 }, async () => {
    const r = await cli(['stats', 'export', '--group-by', 'country', '--k', '2', '--out', join(missingDir, 's.csv')]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/^error: out: cannot write .* \[file\]/);
    expect(JSON.parse((await cli(['disclosures', 'list', '--json'])).out)).toEqual([]);
    const out = join(dir, 's.csv');
    expect((await cli(['stats', 'export', '--group-by', 'country', '--k', '2', '--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse((await cli(['disclosures', 'list', '--json'])).out)).toHaveLength(1);
  });

  it('a JSON file with an unknown key: exit 2 naming the parent and the rule, never the key (it may be an email address)', { timeout: 120_000 }, async () => {
    const file = join(dir, 'receipt.json');
    const email = 'someone.private@example.jp';
    writeFileSync(file, JSON.stringify({ provider: { name: 'Partner K.K.', address: '1-1 Chiyoda', [email]: 'x' }, acquisition: 'sign-up form', acquisitionConfirmed: true, subjects: [subject], categories: ['name'] }));
    const r = await cli(['received', 'record', '--file', file]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/^error: unknown key at body\.provider \[unknown_key\]/);
    expect(r.err + r.out).not.toContain('someone.private');
    noStack(r.err);
  });

  it('a JSON file with text that is not well-formed (a NUL character): exit 2 naming the field and the rule well_formed_text', { timeout: 120_000 }, async () => {
    const file = join(dir, 'receipt-nul.json');
    writeFileSync(file, JSON.stringify({ provider: { name: 'Partner\u0000 K.K.', address: '1-1 Chiyoda' }, acquisition: 'sign-up form', acquisitionConfirmed: true, subjects: [subject], categories: ['name'] }));
    const r = await cli(['received', 'record', '--file', file]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/^error: body\.provider\.name: must be well-formed text.* \[well_formed_text\]/);
    noStack(r.err);
  });

  it('a bad flag value is named by the flag, as the other errors name theirs (status, not --status)', { timeout: 120_000 }, async () => {
    const status = await cli(['requests', 'list', '--status', 'lost']);
    expect(status.code, status.err).toBe(2);
    expect(status.err).toMatch(/^error: status: must be open or one of .* \[request_status\]/);
    const type = await cli(['requests', 'list', '--type', 'gossip']);
    expect(type.err).toMatch(/^error: type: must be one of .* \[request_type\]/);
    const file = join(dir, 'message.txt');
    writeFileSync(file, 'hello');
    const style = await runCli(['scan', file, '--style', 'glitter'], env);
    expect(style.code, style.err).toBe(2);
    expect(style.err).toMatch(/^error: style: must be one of .* \[mask_style\]/);
  });

  it('scan: a directory or a missing file is bad usage naming the file and the rule (exit 2), found before any file is scanned', { timeout: 60_000 }, async () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'mail tanaka@gmail.com\n');
    mkdirSync(join(dir, 'a-directory'), { recursive: true });
    for (const [bad, why] of [
      [join(dir, 'a-directory'), 'it is a directory'],
      [join(missingDir, 'note.txt'), 'it does not exist'],
    ]) {
      const r = await runCli(['scan', file, bad]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toBe(`error: file: cannot read ${bad}: ${why} [text_file]\n`);
      expect(r.out).toBe('');
    }
    const spawned = await spawnCli(['scan', join(dir, 'a-directory')]);
    expect(spawned.code, spawned.err).toBe(2);
    expect(spawned.err).toMatch(/^error: file: cannot read .*a-directory: it is a directory \[text_file\]\n$/);
    noStack(spawned.err);
    // a directory as the JSONL stream on stdin
    const fd = openSync(join(dir, 'a-directory'), 'r');
    try {
      const jsonl = await spawnCli(['scan', '--jsonl'], {}, 25_000, { stdin: fd });
      expect([jsonl.code, jsonl.err, jsonl.out]).toEqual([2, 'error: stdin: is a directory: give the JSONL on stdin (custos scan --jsonl < messages.jsonl) [jsonl_stdin]\n', '']);
    } finally {
      closeSync(fd);
    }
    const ok = await runCli(['scan', file]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/note\.txt: 1 finding\(s\)/);
  });

  it('disclosures export: a bad kind leaves no file (nor touches an existing one); the library writes nothing for a bad query', { timeout: 120_000 }, async () => {
    const partial = join(dir, 'partial.csv');
    const r = await cli(['disclosures', 'export', '--kind', 'weird', '--out', partial]);
    expect(r.code).toBe(2);
    expect(existsSync(partial)).toBe(false);
    expect(r.err).toMatch(/kind: must be one of provision, entrustment, anonymised \[not_allowed_value\]/);
    writeFileSync(partial, 'kept\n');
    expect((await cli(['disclosures', 'export', '--from', '2030-02-31', '--out', partial])).code).toBe(2);
    expect(readFileSync(partial, 'utf8')).toBe('kept\n');
    const c = await open();
    try {
      const written: string[] = [];
      await expect(c.disclosures.exportCsv({ kind: 'weird' as never }, (s) => void written.push(s), { keyId: 'cli', role: 'operator' })).rejects.toThrow(/kind/);
      expect(written).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('an output file that cannot be written is bad usage naming the flag (rule file), without a stack trace', { timeout: 120_000 }, async () => {
    mkdirSync(join(dir, 'a-directory'), { recursive: true });
    const runs = await Promise.all([
      spawnCli(['disclosures', 'export', '--out', join(missingDir, 'x.csv'), '--data-dir', dataDir], spawnEnv),
      spawnCli(['disclosures', 'export', '--out', join(dir, 'a-directory'), '--data-dir', dataDir], spawnEnv),
      spawnCli(['audit', 'export', '--out', join(missingDir, 'a.jsonl'), '--data-dir', dataDir], spawnEnv),
    ]);
    expect(runs.map((r) => [r.code, r.timedOut])).toEqual([
      [2, false],
      [2, false],
      [2, false],
    ]);
    expect(runs[0].err).toBe(`error: out: cannot write ${join(missingDir, 'x.csv')}: its directory does not exist [file]\n`);
    expect(runs[1].err).toBe(`error: out: cannot write ${join(dir, 'a-directory')}: it is a directory [file]\n`);
    expect(runs[2].err).toMatch(/^error: out: cannot write .*\[file\]\n$/);
    for (const [args, flag] of [
      [['subjects', 'export', subject, '--purpose', 'support', '--out', join(missingDir, 'x.json')], 'out'],
      [['audit', 'checkpoint', '--out', join(missingDir, 'cp.json')], 'out'],
      [['records', '--out', join(missingDir, 'r.md')], 'out'],
    ] as const) {
      const r = await cli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(new RegExp(`^error: ${flag}: cannot write .*\\[file\\]`));
    }
    const render = await runCli(['policy', 'render', EXAMPLE, '--output', join(missingDir, 'p.md')]);
    expect(render.code).toBe(2);
    expect(render.err).toMatch(/^error: output: cannot write .*\[file\]/);
    const csv = join(dir, 'import.csv');
    writeFileSync(csv, 'user_id,mail\nu1,imported@example.com\n');
    const map = join(dir, 'mapping.yaml');
    writeFileSync(map, 'external_id: user_id\npurpose: account\ncolumns:\n  mail: email\n');
    const imp = await cli(['subjects', 'import', csv, '--map', map, '--reject', join(missingDir, 'rejects.jsonl')]);
    expect(imp.code, imp.err).toBe(2);
    expect(imp.err).toMatch(/^error: reject: cannot write .*\[file\]/);
    const c = await open();
    try {
      expect(await c.subjects.find({ email: 'imported@example.com' }, { actor: { keyId: 'a', role: 'application' }, purpose: 'account' })).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('a reader that stops early (| head -1) is not an error: no EPIPE stack', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 3; i++) {
      const r = await spawnCli(['subjects', 'export', '--help'], {}, 25_000, { closeStdout: true });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('audit verify: a malformed checkpoint file is bad input (exit 2, rule checkpoint_shape), not a broken log; an input file that cannot be read is named with why', { timeout: 120_000 }, async () => {
    const good = { seq: 1, hash: 'a'.repeat(64), time: '2030-01-01T00:00:00.000Z', publicKey: 'A'.repeat(43), signature: 'B'.repeat(86) };
    for (const bad of [{ ...good, seq: -1, hash: 'x' }, { ...good, seq: 1.5 }, { ...good, hash: 'x' }, { ...good, time: '2030-02-31T00:00:00Z' }, { ...good, publicKey: 'not base64!' }, { ...good, signature: 'c2ln' }, [good]]) {
      const file = join(dir, 'cp.json');
      writeFileSync(file, JSON.stringify(bad));
      const r = await cli(['audit', 'verify', '--checkpoint', file]);
      expect(r.code, JSON.stringify(bad)).toBe(2);
      expect(r.err).toMatch(/^error: checkpoint: .*cp\.json is not a checkpoint: .*\[checkpoint_shape\]/);
      expect(r.out).not.toMatch(/BROKEN/);
    }
    // a file that cannot be read says why in words, as every command reading a file does
    const missing = await cli(['audit', 'verify', '--checkpoint', join(missingDir, 'cp.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`error: checkpoint: cannot read ${join(missingDir, 'cp.json')}: it does not exist [checkpoint_file]\n`);
    const folder = await cli(['received', 'record', '--file', dir]);
    expect(folder.code).toBe(2);
    expect(folder.err).toBe(`error: file: cannot read ${dir}: it is a directory [file]\n`);
  });

  it('dates that do not exist, or are implausible, are refused (rule date) before anything is changed', { timeout: 120_000 }, async () => {
    for (const args of [
      ['audit', 'export', '--since', '2030-02-31'],
      ['audit', 'query', '--action', 'x', '--until', '2030-04-31T00:00:00Z'],
      ['retention', 'run', '--dry-run', '--as-of', '2030-02-31'],
      ['disclosures', 'list', '--from', '2030-02-30'],
      ['visits', 'report', '--since', '1800-01-01'],
      ['received', 'record', '--provider', 'P', '--provider-address', 'A', '--acquisition', 'form', '--confirmed', '--subjects', subject, '--categories', 'name', '--received-at', '2999-01-01'],
      ['incidents', 'record', '--all', '--categories', 'name', '--discovered-at', '2030-02-31'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/\[date\]/);
    }
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const future = await cli(['received', 'record', '--provider', 'P', '--provider-address', 'A', '--acquisition', 'form', '--confirmed', '--subjects', subject, '--categories', 'name', '--received-at', later]);
    expect(future.code).toBe(2);
    expect(future.err).toMatch(/^error: receivedAt: must not be in the future.*\[not_in_future\]/);
    expect(JSON.parse((await cli(['received', 'list', '--json'])).out)).toEqual([]);
    // policy publish: the new version is not recorded when --effective does not exist
    const versions = async () => JSON.parse((await cli(['policy', 'versions', '--json'])).out).versions.length;
    const before = await versions();
    const changed = join(dir, 'changed.policy.yaml');
    writeFileSync(changed, readFileSync(EXAMPLE, 'utf8').replace('bulk_read: { subjects: 200, minutes: 10 }', 'bulk_read: { subjects: 150, minutes: 10 }'));
    const p = await cli(['policy', 'publish', changed, '--effective', '2030-02-31']);
    expect(p.code, p.err).toBe(2);
    expect(p.err).toMatch(/^error: effective: must be a date YYYY-MM-DD that exists.*\[date\]/);
    expect(await versions()).toBe(before);
  });

  it('a command that only reads, on stores that are not there (a new or mistyped data directory), is refused, exit 2 naming where it looked, and nothing is created', { timeout: 120_000 }, async () => {
    const fresh = join(dir, 'mistyped-data');
    for (const args of [['audit', 'verify'], ['requests', 'list'], ['keys', 'list'], ['disclosures', 'list'], ['subjects', 'show', 'S1', '--purpose', 'support']]) {
      const r = await runCli([...args, '--data-dir', fresh], env);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toBe(`error: data-dir: ${join(fresh, 'custos.db')} holds no Custos data store: custos init creates the stores (so does custos serve), or point --data-dir at them [store_exists]\n`);
    }
    expect(existsSync(fresh)).toBe(false);
    // named as the user gave it
    const byEnv = await runCli(['audit', 'verify'], { ...env, CUSTOS_DATA_DIR: fresh });
    expect(byEnv.err).toMatch(/^error: CUSTOS_DATA_DIR: .* or point CUSTOS_DATA_DIR at them \[store_exists\]/);
    // a data store without its key store beside it is not a store either
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'custos.db'), readFileSync(join(dataDir, 'custos.db')));
    const noKeys = await runCli(['audit', 'verify', '--data-dir', fresh], env);
    expect(noKeys.err).toMatch(/keys\.db holds no Custos key store.*\[store_exists\]/);
    expect(existsSync(join(fresh, 'keys.db'))).toBe(false);
  });

  it('CUSTOS_DATABASE_URL or --database that is neither PostgreSQL nor a SQLite file: exit 2, no file created', { timeout: 120_000 }, async () => {
    const garbage = join(dir, 'garbage');
    const r = await cli(['keys', 'list'], { CUSTOS_DATABASE_URL: garbage });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: CUSTOS_DATABASE_URL: must be a PostgreSQL URL .*\[database_location\]/);
    expect(r.err).not.toContain(garbage);
    const f = await cli(['keys', 'list', '--database', garbage]);
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/^error: database: must be a PostgreSQL URL/);
    expect(existsSync(garbage)).toBe(false);
    const cookies = await cli(['keys', 'list'], { CUSTOS_SECURE_COOKIES: 'maybe' });
    expect(cookies.code).toBe(2);
    expect(cookies.err).toMatch(/^error: CUSTOS_SECURE_COOKIES: must be 1 or true .*\[boolean\]/);
  });
});
