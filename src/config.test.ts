import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXAMPLE_POLICY, settingsFromEnv } from './config.js';
import { CustosError } from './errors.js';

const settings = (vars: Record<string, string>) => settingsFromEnv(vars);

function refused(vars: Record<string, string>): CustosError {
  try {
    settings(vars);
  } catch (e) {
    return e as CustosError;
  }
  throw new Error(`accepted ${JSON.stringify(vars)}`);
}

describe('settings from the environment', () => {
  it('an empty value is unset: CUSTOS_HOST= does not bind every interface, CUSTOS_DATA_DIR= is not the working directory', () => {
    const s = settings({ CUSTOS_HOST: '', CUSTOS_DATA_DIR: '', CUSTOS_PORT: '', CUSTOS_DATABASE_URL: '', CUSTOS_SECURE_COOKIES: '', CUSTOS_MASTER_KEY: ' ' });
    expect(s).toMatchObject({ host: '127.0.0.1', dataDir: resolve('custos-data'), port: 8080, databaseUrl: undefined, secureCookies: undefined, masterKey: undefined });
    expect(settings({ CUSTOS_HOST: '   ' }).host).toBe('127.0.0.1');
    expect(settings({ CUSTOS_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('the policy: CUSTOS_POLICY, else custos.policy.yaml in the working directory when there is one, else the example', () => {
    const project = mkdtempSync(join(tmpdir(), 'custos-project-'));
    const before = process.cwd();
    try {
      process.chdir(project);
      expect(settings({}).policyFile).toBe(EXAMPLE_POLICY);
      writeFileSync('custos.policy.yaml', '');
      expect(settings({}).policyFile).toBe(join(project, 'custos.policy.yaml'));
      expect(settings({ CUSTOS_POLICY: 'other.yaml' }).policyFile).toBe(join(project, 'other.yaml'));
    } finally {
      process.chdir(before);
    }
  });

  it('CUSTOS_PORT is decimal digits from 0 to 65535', () => {
    expect(settings({ CUSTOS_PORT: '9000' }).port).toBe(9000);
    expect(settings({ CUSTOS_PORT: '0' }).port).toBe(0);
    for (const bad of ['0x50', '1e3', '80.0', '-1', '65536', 'http', '+80']) {
      const e = refused({ CUSTOS_PORT: bad });
      expect(e.code, bad).toBe('CUSTOS_CONFIG');
      expect(e.exitCode).toBe(2);
      expect(e.details, bad).toMatchObject([{ field: 'CUSTOS_PORT', rule: 'port' }]);
    }
  });

  it('CUSTOS_DATABASE_URL is a PostgreSQL URL or a SQLite file, never a typo that becomes a new file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-config-'));
    const existing = join(dir, 'store');
    writeFileSync(existing, '');
    for (const ok of ['postgres://u@db:5432/custos', 'postgresql://u:secret@db/custos', join(dir, 'a.db'), 'data/custos.sqlite', 'x.SQLITE3', existing])
      expect(settings({ CUSTOS_DATABASE_URL: ok }).databaseUrl, ok).toBe(ok);
    for (const bad of ['garbage', 'mysql://u@db/custos', 'postgres:/db', join(dir, 'missing'), dir]) {
      const e = refused({ CUSTOS_DATABASE_URL: bad });
      expect(e.details, bad).toMatchObject([{ field: 'CUSTOS_DATABASE_URL', rule: 'database_location' }]);
      expect(e.message).not.toContain(bad);
    }
    // a password in a rejected URL is not repeated
    expect(refused({ CUSTOS_DATABASE_URL: 'mysql://u:hunter2@db/x' }).message).not.toContain('hunter2');
    // a PostgreSQL URL must parse and name its database (else the driver picks one named after the user)
    for (const [bad, rule] of [
      ['postgres://u:hunter2@db:99999/custos', 'database_url'],
      ['postgres://u:hunter2@db:5432/', 'database_name'],
      ['postgres://u:hunter2@db:5432', 'database_name'],
      ['postgresql://u:hunter2@db/a/b', 'database_name'],
    ]) {
      const e = refused({ CUSTOS_DATABASE_URL: bad });
      expect(e.details, bad).toMatchObject([{ field: 'CUSTOS_DATABASE_URL', rule }]);
      expect(e.message).not.toContain('hunter2');
    }
  });

  it('CUSTOS_SECURE_COOKIES is 1/true or 0/false; anything else is refused, not read as off', () => {
    expect(settings({ CUSTOS_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
    expect(settings({ CUSTOS_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
    expect(settings({ CUSTOS_SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
    expect(settings({ CUSTOS_SECURE_COOKIES: '0' }).secureCookies).toBe(false);
    for (const bad of ['maybe', 'yes', 'TRUE', 'on']) expect(refused({ CUSTOS_SECURE_COOKIES: bad }).details, bad).toMatchObject([{ field: 'CUSTOS_SECURE_COOKIES', rule: 'boolean' }]);
  });
});
