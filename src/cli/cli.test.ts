import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../../test/cli.js';
import { startServe } from '../../test/serve.js';
import { EXAMPLE } from '../../test/backends.js';
import { rateLimits, trustedProxies } from './serve.js';
import { settingsFromEnv } from '../config.js';

describe('custos CLI', () => {
  it('policy check: exit 0 for the example, 1 with file:line:col and rule for a broken one, 2 on bad usage', async () => {
    const ok = await runCli(['policy', 'check', EXAMPLE]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/valid \(19 categories/);

    const dir = mkdtempSync(join(tmpdir(), 'custos-cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(EXAMPLE, 'utf8').replace('purposes: [inquiry_reply]', 'purposes: [inquiry_reply, spam]'));
    const r = await runCli(['policy', 'check', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${bad}:\\d+:\\d+  error  purpose "spam" is not declared under purposes  \\[unknown_purpose\\]`));

    // a file that does not load (a duplicate key): the key is named, and the summary line ends the output as for any other
    const dup = join(dir, 'dup.yaml');
    writeFileSync(dup, readFileSync(EXAMPLE, 'utf8').replace(/^categories:\n/m, 'categories:\n  name: { kind: contact, type: text, purposes: [account], retention: { period: P1Y } }\n'));
    const d = await runCli(['policy', 'check', dup]);
    expect(d.code).toBe(1);
    expect(d.err).toMatch(new RegExp(`^${dup}:\\d+:3  error  duplicate key "name": each id may be declared once  \\[duplicate_id\\]\n${dup}: 1 error\\(s\\), 0 warning\\(s\\)\n$`));

    const j = await runCli(['policy', 'check', bad, '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out).errors[0]).toMatchObject({ rule: 'unknown_purpose', field: 'categories.inquiry_email.purposes[1]' });

    expect((await runCli(['policy', 'check'])).code).toBe(2);
    expect((await runCli(['policy', 'check', '--bogus', EXAMPLE])).code).toBe(2);
    const missing = await runCli(['policy', 'check', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read policy file .*nope\.yaml: it does not exist \[file_readable\]/);
    const folder = await runCli(['policy', 'check', dir]);
    expect([folder.code, folder.err]).toEqual([2, expect.stringMatching(/cannot read policy file .*: it is a directory \[file_readable\]/)]);
  });

  it('init creates the data directory and a 0600 key file, and refuses to run twice over a key', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-cli-')), 'data');
    const r = await runCli(['init', '--data-dir', dir, '--json'], { CUSTOS_MASTER_KEY: undefined, CUSTOS_DATABASE_URL: undefined });
    expect(r.code).toBe(0);
    const info = JSON.parse(r.out);
    expect(info).toMatchObject({ keySource: 'file', keyCreated: true });
    for (const f of ['master.key', 'custos.db', 'keys.db']) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // a second init opens the same key and creates nothing
    const again = await runCli(['init', '--data-dir', dir, '--json'], { CUSTOS_MASTER_KEY: undefined, CUSTOS_DATABASE_URL: undefined });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).keyCreated).toBe(false);
  });

  it('serve takes rate limits from flags, else the environment; a bad one is bad usage and nothing starts', async () => {
    const env = (vars: Record<string, string>) => settingsFromEnv({ CUSTOS_DATA_DIR: tmpdir(), ...vars });
    expect(rateLimits({}, env({}))).toEqual({});
    expect(rateLimits({}, env({ CUSTOS_KEY_RATE_LIMIT: '600', CUSTOS_PUBLIC_RATE_LIMIT: '30' }))).toEqual({ keyRateLimit: 600, publicRateLimit: 30 });
    expect(rateLimits({ keyRateLimit: '50' }, env({ CUSTOS_KEY_RATE_LIMIT: '600' }))).toEqual({ keyRateLimit: 50 });
    for (const bad of ['0', '-5', '1.5', 'ten', '', '1e3', '0x10']) expect(() => rateLimits({ keyRateLimit: bad }, env({}))).toThrow(/requests a minute/);
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-cli-')), 'data');
    const flag = await runCli(['serve', '--data-dir', dir, '--port', '0', '--key-rate-limit', 'lots']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/key-rate-limit: must be a whole number of requests a minute, at least 1/);
    const fromEnv = await runCli(['serve', '--data-dir', dir, '--port', '0'], { CUSTOS_PUBLIC_RATE_LIMIT: '0' });
    expect(fromEnv.code).toBe(2);
    // named as the user gave it: the variable
    expect(fromEnv.err).toMatch(/^error: CUSTOS_PUBLIC_RATE_LIMIT: must be a whole number of requests a minute/);
    expect((await runCli(['serve', '--data-dir', dir, '--port', '0'], { CUSTOS_KEY_RATE_LIMIT: 'abc' })).err).toMatch(/^error: CUSTOS_KEY_RATE_LIMIT: /);
    const host = await runCli(['serve', '--data-dir', dir, '--port', '0'], { CUSTOS_HOST: '999.1.1.1' });
    expect([host.code, host.err]).toEqual([2, expect.stringMatching(/^error: CUSTOS_HOST: must be an IP address .*\[host\]/)]);
    // refused before anything was opened or created
    expect(existsSync(dir)).toBe(false);
  });

  it('serve takes the trusted proxies from the flag, else the environment; a bad list is bad usage and nothing starts', async () => {
    expect(trustedProxies(undefined)).toBeUndefined();
    expect(trustedProxies('127.0.0.1, 10.0.0.0/8,::1,fd00::/8')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    for (const bad of ['', 'proxy.example', '10.0.0.0/33', '::1/129', '10.0.0.1/8/1', '2', '127.0.0.1,']) expect(() => trustedProxies(bad)).toThrow(/proxies' addresses/);
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-cli-')), 'data');
    const flag = await runCli(['serve', '--data-dir', dir, '--port', '0', '--trust-proxy', 'everyone']);
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/trust-proxy: must be the proxies' addresses or CIDR ranges/);
    const fromEnv = await runCli(['serve', '--data-dir', dir, '--port', '0'], { CUSTOS_TRUST_PROXY: '*' });
    expect([fromEnv.code, fromEnv.err]).toEqual([2, expect.stringMatching(/^error: CUSTOS_TRUST_PROXY: must be the proxies' addresses/)]);
    expect(existsSync(dir)).toBe(false);
  });

  it('a key file readable by others is refused', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-cli-')), 'data');
    expect((await runCli(['init', '--data-dir', dir], { CUSTOS_MASTER_KEY: undefined })).code).toBe(0);
    (await import('node:fs')).chmodSync(join(dir, 'master.key'), 0o644);
    const r = await runCli(['init', '--data-dir', dir], { CUSTOS_MASTER_KEY: undefined });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/readable by others: chmod 600/);
  });

  it('a data directory that is a file, or a malformed CUSTOS_MASTER_KEY, is refused naming it, and nothing is created', async () => {
    const base = mkdtempSync(join(tmpdir(), 'custos-cli-'));
    const file = join(base, 'a-file');
    writeFileSync(file, 'x');
    for (const [args, env, field] of [
      [['--data-dir', file], {}, 'data-dir'],
      [[], { CUSTOS_DATA_DIR: file }, 'CUSTOS_DATA_DIR'],
    ] as const) {
      const r = await runCli(['init', ...args], { CUSTOS_MASTER_KEY: undefined, ...env });
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(new RegExp(`^error: ${field}: .*a-file cannot be the data directory: it is not a directory \\[data_directory\\]`))]);
    }
    const fresh = join(base, 'data');
    const short = await runCli(['init', '--data-dir', fresh], { CUSTOS_MASTER_KEY: 'short' });
    expect([short.code, short.err]).toEqual([2, expect.stringMatching(/CUSTOS_MASTER_KEY/)]);
    expect(existsSync(fresh)).toBe(false);
  });

  it('custos serve applies --key-rate-limit and --public-rate-limit to the server it starts', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-cli-')), 'data');
    const server = await startServe(['--data-dir', dir, '--key-rate-limit', '2', '--public-rate-limit', '1'], { firstStart: true });
    try {
      const keyed = [];
      for (let i = 0; i < 3; i++) keyed.push((await fetch(`${server.base}/v1/keys`, { headers: { authorization: `Bearer ${server.adminKey}` } })).status);
      expect(keyed).toEqual([200, 200, 429]);
      const open = [];
      for (let i = 0; i < 2; i++) open.push((await fetch(`${server.base}/privacy?lang=en`)).status);
      expect(open).toEqual([200, 429]);
    } finally {
      await server.stop();
    }
  });

  it('the custos bin answers --help (npx custos --help in a checkout)', () => {
    const bin = new URL('../../bin/custos.js', import.meta.url).pathname;
    expect(existsSync(new URL('../../dist/cli/main.js', import.meta.url)), 'dist/ is built by npm install (prepare)').toBe(true);
    const out = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(out).toMatch(/Usage: custos/);
    expect(out).toMatch(/policy/);
  });
});
