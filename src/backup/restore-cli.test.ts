/** `custos restore` (default: data and keys from one backup) keeps erasures made after the backup, and says when it cannot. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../test/cli.js';
import { EXAMPLE } from '../../test/backends.js';
import { Custos } from '../custos.js';
import { resolveStores, restoreBackup } from './backup.js';

describe('custos restore: erasures made after the backup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-restore-cli-'));
  const dataDir = join(dir, 'data');
  const env = { CUSTOS_MASTER_KEY: randomBytes(32).toString('base64'), CUSTOS_DATABASE_URL: undefined, CUSTOS_DATA_DIR: undefined, CUSTOS_POLICY: EXAMPLE };
  const cli = (args: string[], where = dataDir) => runCli([...args, '--data-dir', where], env);
  const open = (where = dataDir) => Custos.open({ policy: EXAMPLE, dataDir: where, keys: { masterKey: env.CUSTOS_MASTER_KEY } });
  const PII = /gone@example\.com|To Erase/;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A subject backed up to `out`, then erased in the live stores at `where`: its id. */
  const backedUpThenErased = async (where: string, out: string): Promise<string> => {
    let c = await open(where);
    let id: string;
    try {
      id = (await c.vault.create({ fields: { name: 'To Erase', email: 'gone@example.com' } })).id;
    } finally {
      await c.close();
    }
    expect((await cli(['backup', '--out', out], where)).code).toBe(0);
    c = await open(where);
    try {
      await c.subjects.erase(id, { actor: { keyId: 't', role: 'privacy_officer' }, reason: 'request' });
    } finally {
      await c.close();
    }
    return id;
  };

  it('a full restore erases again a subject erased after the backup; onto a new machine it warns that later erasures are not known', async () => {
    const out = join(dir, 'backup');
    const id = await backedUpThenErased(dataDir, out);
    let c: Custos;

    // a policy that does not load stops the restore before anything is replaced: the erasure stays
    const broken = join(dir, 'broken.policy.yaml');
    writeFileSync(broken, 'version: [not a policy\n');
    const refused = await runCli(['restore', '--from', out, '--force', '--data-dir', dataDir], { ...env, CUSTOS_POLICY: broken });
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/broken\.policy\.yaml:2:1: .*\[yaml_syntax\]/);
    c = await open();
    try {
      expect((await c.vault.status(id)).status).toBe('erased');
    } finally {
      await c.close();
    }

    const r = await cli(['restore', '--from', out, '--force', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ restored: ['data', 'keys'], erasedAgain: 0, erasedAgainFromLive: 1, liveErasures: 'checked', liveStores: { data: 'read', keys: 'read' } });
    expect(JSON.parse(r.out).warning).toBeUndefined();
    const show = await cli(['subjects', 'show', id, '--purpose', 'support', '--json']);
    expect(show.code).toBe(1);
    expect(JSON.parse(show.out).status).toBe('erased');
    c = await open();
    try {
      expect(await c.vault.findByEmail('gone@example.com')).toEqual([]);
    } finally {
      await c.close();
    }
    const text = await cli(['restore', '--from', out, '--force']);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/1 subject\(s\) the live store had erased before the restore were erased again/);
    expect(text.out + r.out).not.toMatch(PII);

    // a new machine: nothing to read before the restore
    const fresh = await cli(['restore', '--from', out, '--force', '--json'], join(dir, 'new-machine', 'data'));
    expect(fresh.code, fresh.err).toBe(0);
    const report = JSON.parse(fresh.out);
    expect(report).toMatchObject({ erasedAgainFromLive: 0, liveErasures: 'unknown', liveStores: { data: 'missing' } });
    expect(report.warning).toMatch(/may be back.*the live data store was missing.*make them again/);
    expect(fresh.err).toMatch(/warning: subjects erased after the backup may be back/);
    const freshText = await cli(['restore', '--from', out, '--force'], join(dir, 'new-machine-2'));
    expect(freshText.code, freshText.err).toBe(0);
    expect(freshText.out).toMatch(/\n {2}warning: subjects erased after the backup may be back/);
    expect(fresh.out + fresh.err + freshText.out).not.toMatch(PII);

    const help = await runCli(['restore', '--help'], env);
    expect(help.out.replace(/\s+/g, ' ')).toMatch(/those erasures cannot be known: the report says so \(liveErasures: unknown/);
    const bad = await cli(['restore', '--from', out, '--force', '--schema', 'Bad-Name']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/error: schema: must be a lower-case PostgreSQL identifier/);
  });

  it('a restore stopped after the stores were replaced: the next command finishes its reconcile before it shows anyone, and a second restore includes it', async () => {
    const where = join(dir, 'stopped', 'data');
    const out = join(dir, 'stopped-backup');
    const id = await backedUpThenErased(where, out);
    const stores = resolveStores({ dataDir: where, database: join(where, 'custos.db') });
    // `custos restore` killed after the stores were overwritten, before it opened them: what it leaves behind
    await restoreBackup(out, stores, { force: true, masterKey: env.CUSTOS_MASTER_KEY });
    expect(readdirSync(join(where, 'restore-pending')).some((f) => f.endsWith('.json'))).toBe(true);
    const show = await cli(['subjects', 'show', id, '--purpose', 'support', '--json'], where);
    expect(show.code).toBe(1);
    expect(JSON.parse(show.out).status).toBe('erased');
    expect(show.err).toMatch(/^finished the pending reconcile of a restore \(data and keys\) that stopped before it: erasures made since the backup were made again\n {2}1 subject\(s\) the live store had erased before the restore were erased again\n/);
    expect(show.out + show.err).not.toMatch(PII);
    expect(existsSync(join(where, 'restore-pending'))).toBe(false);
    expect((await cli(['subjects', 'show', id, '--purpose', 'support', '--json'], where)).err).not.toMatch(/reconcile/);

    // stopped again, then restored again: the second restore reads stores that no longer know the erasure
    await restoreBackup(out, stores, { force: true, masterKey: env.CUSTOS_MASTER_KEY });
    const r = await cli(['restore', '--from', out, '--force', '--json'], where);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ erasedAgainFromLive: 1, liveErasures: 'checked', interruptedRestores: 1 });
    expect(r.err).toBe('');
    const shown = await cli(['subjects', 'show', id, '--purpose', 'support', '--json'], where);
    expect(JSON.parse(shown.out).status).toBe('erased');
    await restoreBackup(out, stores, { force: true, masterKey: env.CUSTOS_MASTER_KEY });
    const text = await cli(['restore', '--from', out, '--force'], where);
    expect(text.out).toMatch(/\n {2}1 earlier restore\(s\) stopped before their reconcile were reconciled too\n {2}1 subject\(s\) the live store had erased/);
  });

  it('a policy with changes not yet announced does not stop the reconcile: erasures made since the backup are made again', async () => {
    const where = join(dir, 'unannounced', 'data');
    const out = join(dir, 'unannounced-backup');
    const id = await backedUpThenErased(where, out);
    // a material change (email addresses also for analytics), not announced: serve and the other commands refuse it
    const changed = join(dir, 'changed.policy.yaml');
    writeFileSync(changed, readFileSync(EXAMPLE, 'utf8').replace(/(  email:\n(?:    [^\n]*\n)*?    purposes: \[)([^\]]*)\]/, (_m, head: string, list: string) => `${head}${list}, analytics]`));
    const withChanged = { ...env, CUSTOS_POLICY: changed };
    expect((await runCli(['keys', 'list', '--data-dir', where], withChanged)).err).toMatch(/policy_change_not_announced/);
    const r = await runCli(['restore', '--from', out, '--force', '--json', '--data-dir', where], withChanged);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ erasedAgainFromLive: 1, liveErasures: 'checked' });
  });

  it('a restore with a wrong master key stops before anything is replaced; the same restore with the right key still erases again what the live stores had erased', async () => {
    const where = join(dir, 'wrong-key', 'data');
    const out = join(dir, 'wrong-key-backup');
    const id = await backedUpThenErased(where, out);
    const wrong = await runCli(['restore', '--from', out, '--force', '--data-dir', where], { ...env, CUSTOS_MASTER_KEY: randomBytes(32).toString('base64') });
    expect(wrong.code, wrong.err).toBe(1);
    expect(wrong.err).toMatch(/^error: the master key does not match the key store of the backup.*replaced nothing/);
    expect(wrong.out + wrong.err).not.toMatch(PII);
    // nothing was replaced: the erasure stands in the live stores
    const c = await open(where);
    try {
      expect((await c.vault.status(id)).status).toBe('erased');
    } finally {
      await c.close();
    }
    const right = await cli(['restore', '--from', out, '--force', '--json'], where);
    expect(right.code, right.err).toBe(0);
    expect(JSON.parse(right.out)).toMatchObject({ erasedAgainFromLive: 1, liveErasures: 'checked' });
  });

  it('a restore onto a new machine without a master key asks for the key of the store the backup was taken from, not for custos init', async () => {
    const out = join(dir, 'no-key-backup');
    expect((await cli(['backup', '--out', out])).code).toBe(0);
    const fresh = join(dir, 'no-key-machine', 'data');
    for (const [flags, whose] of [
      [[], 'the store the backup was taken from'],
      [['--data-only'], 'the key store kept here'],
    ] as const) {
      const r = await runCli(['restore', '--from', out, ...flags, '--data-dir', fresh], { ...env, CUSTOS_MASTER_KEY: undefined });
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain(`error: no master key: set CUSTOS_MASTER_KEY to the master key of ${whose}`);
      expect(r.err).toContain(join(fresh, 'master.key'));
      expect(r.err).toMatch(/a new key from "custos init" cannot open .*\[master_key_required\]\n$/);
      expect(r.err).not.toMatch(/run "custos init"/);
    }
    expect(existsSync(fresh)).toBe(false);
    // the other commands say there are no stores there, and how to make them
    const keys = await runCli(['keys', 'list', '--data-dir', fresh], { ...env, CUSTOS_MASTER_KEY: undefined });
    expect(keys.err).toMatch(/holds no Custos data store: custos init creates the stores.*\[store_exists\]/);
  });
});
