import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../test/cli.js';
import { EXAMPLE } from '../../test/backends.js';
import { Custos } from '../custos.js';

describe('custos retention, backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-ops-'));
  const dataDir = join(dir, 'data');
  const env = { CUSTOS_MASTER_KEY: randomBytes(32).toString('base64'), CUSTOS_DATABASE_URL: undefined, CUSTOS_DATA_DIR: undefined, CUSTOS_POLICY: EXAMPLE };
  const cli = (args: string[]) => runCli([...args, '--data-dir', dataDir], env);
  const open = () => Custos.open({ policy: EXAMPLE, dataDir, keys: { masterKey: env.CUSTOS_MASTER_KEY } });

  it('retention run: --dry-run --as-of prints counts per category (--json), a real run exits 0, --as-of alone is bad usage', async () => {
    const c = await open();
    try {
      await c.vault.create({ fields: { name: 'R', ip_address: '198.51.100.7' } });
    } finally {
      await c.close();
    }
    const dry = await cli(['retention', 'run', '--dry-run', '--as-of', '2099-01-01', '--json']);
    expect(dry.code, dry.err).toBe(0);
    const report = JSON.parse(dry.out);
    expect(report).toMatchObject({ dryRun: true, asOf: '2099-01-01T00:00:00.000Z', categories: { ip_address: { fields: 1, records: 0 } }, subjectsErased: 0 });
    const text = await cli(['retention', 'run', '--dry-run', '--as-of', '2099-01-01']);
    expect(text.out).toMatch(/ip_address\s+would delete 1 field\(s\)/);
    expect((await cli(['retention', 'run', '--as-of', '2099-01-01'])).code).toBe(2);
    expect((await cli(['retention', 'run', '--dry-run', '--as-of', 'soon'])).code).toBe(2);
    const run = await cli(['retention', 'run', '--json']);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ dryRun: false, categories: { ip_address: { fields: 0 } } });
    expect((await cli(['retention', 'run', '--help'])).out).toMatch(/Examples:/);
  });

  it('backup --out, restore --verify-only, refusal without --force (exit 1), data-only restore keeps an erasure (exit 0), damaged backup (exit 1), conflicting flags or an --out that is not a new directory (exit 2)', async () => {
    const c = await open();
    let id: string;
    try {
      id = (await c.vault.create({ fields: { name: 'To Erase', email: 'gone@example.com' } })).id;
    } finally {
      await c.close();
    }
    const out = join(dir, 'backup-1');
    const b = await cli(['backup', '--out', out, '--json']);
    expect(b.code, b.err).toBe(0);
    expect(JSON.parse(b.out)).toMatchObject({ format: 'custos-backup', parts: { data: { kind: 'sqlite', file: 'data/custos.db' }, keys: { kind: 'sqlite', file: 'keys/keys.db' } } });
    // a backup never goes into a directory that holds something: bad usage, naming --out
    const full = await cli(['backup', '--out', out]);
    expect([full.code, full.err]).toEqual([2, expect.stringMatching(/^error: out: .* is not empty: give a new directory for each backup \[empty_directory\]/)]);
    // --out an existing file: bad usage naming out, before the stores are opened; the file is left as it was
    const file = join(dir, 'existing.csv');
    writeFileSync(file, 'kept\n');
    const fresh = join(dir, 'never-opened');
    for (const [where, bad] of [
      [dataDir, file],
      [fresh, file],
      [dataDir, join(file, 'backup')],
    ]) {
      const f = await runCli(['backup', '--out', bad, '--data-dir', where], env);
      expect(f.code, f.err).toBe(2);
      expect(f.err).toMatch(/^error: out: .*existing\.csv.*(is not a directory|a part of its path is not a directory).*\[backup_directory\]\n$/);
    }
    expect(readFileSync(file, 'utf8')).toBe('kept\n');
    expect(existsSync(fresh)).toBe(false);

    const c2 = await open();
    try {
      await c2.subjects.erase(id, { actor: { keyId: 't', role: 'privacy_officer' }, reason: 'request' });
    } finally {
      await c2.close();
    }
    expect((await cli(['restore', '--from', out, '--verify-only'])).code).toBe(0);
    const refused = await cli(['restore', '--from', out, '--data-only']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/exists and would be overwritten: give --force/);
    const r = await cli(['restore', '--from', out, '--data-only', '--force', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ restored: ['data'], erasedAgain: 1 });
    const show = await cli(['subjects', 'show', id, '--purpose', 'support', '--json']);
    expect(show.code).toBe(1);
    expect(JSON.parse(show.out).status).toBe('erased');

    expect((await cli(['restore', '--from', out, '--data-only', '--keys-only', '--force'])).code).toBe(2);
    appendFileSync(join(out, 'data', 'custos.db'), 'tampered');
    const bad = await cli(['restore', '--from', out, '--force']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/does not match its SHA-256/);
    // what is wrong with --from, in words
    // no store where the flags point: nothing to back up, and nothing created there
    const empty = join(dir, 'no-store-here');
    const none = await runCli(['backup', '--out', join(dir, 'backup-none'), '--data-dir', empty], env);
    expect([none.code, none.err]).toEqual([2, expect.stringMatching(/holds no Custos data store to back up \[store_exists\]/)]);
    expect(existsSync(empty)).toBe(false);
    const nowhere = await cli(['restore', '--from', join(dir, 'nowhere')]);
    // before the master key is looked for: no key anywhere, and the answer is still about --from
    const keyless = await runCli(['restore', '--from', join(dir, 'nowhere'), '--data-dir', join(dir, 'no-key-here')], { CUSTOS_MASTER_KEY: undefined });
    expect([keyless.code, keyless.err]).toEqual([2, expect.stringMatching(/^error: from: .*the directory does not exist \[backup_manifest\]/)]);
    expect([nowhere.code, nowhere.err]).toEqual([2, expect.stringMatching(/^error: from: .*nowhere holds no readable manifest\.json: the directory does not exist \[backup_manifest\]/)]);
    const aFile = await cli(['restore', '--from', join(out, 'manifest.json')]);
    expect([aFile.code, aFile.err]).toEqual([2, expect.stringMatching(/manifest\.json holds no readable manifest\.json: it is not a directory \[backup_manifest\]/)]);
  });
});
