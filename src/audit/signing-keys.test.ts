import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { rejects } from '../../test/expect.js';
import { runCli } from '../../test/cli.js';
import { deriveKey } from '../crypto/aead.js';
import type { Custos } from '../custos.js';
import type { Db } from '../store/db.js';
import { AuditLog, checkpointPayload } from './log.js';
import { entryHash, GENESIS_HASH } from './canonical.js';
import type { AuditEntryInput, Checkpoint } from './types.js';
import { openStores } from './test-fixtures/stores.js';
import { SIGNING_KEY_RECHECK_MS } from '../consent/receipts.js';

const read = (i: number): AuditEntryInput => ({
  actor: { keyId: 'key_1', role: 'support' },
  action: 'subject.read',
  purpose: 'support',
  subjectId: `subject-${i % 5}`,
  fields: ['email'],
  outcome: 'allowed',
});

/** Someone who can write both stores, without the master key: an Ed25519 key of their own, in the key store. */
async function plantSigningKey(keyDb: Db, opts: { active: boolean }) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'jwk' }).x as string;
  await keyDb.run('INSERT INTO audit_signing_keys (key_id, public_key, private_key, sealed, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?)', [
    'ak_' + randomBytes(8).toString('hex'),
    pub,
    privateKey.export({ format: 'der', type: 'pkcs8' }),
    0,
    opts.active ? Date.now() + 60_000 : 1,
    opts.active ? null : 2,
  ]);
  return { pub, privateKey };
}

/** Rewrites the history from `seq` with valid hashes, and re-signs it with `key`: every stored checkpoint replaced. */
async function rewriteAndResign(c: Custos, seq: number, key: { pub: string; privateKey: import('node:crypto').KeyObject }): Promise<Checkpoint> {
  let prev = GENESIS_HASH;
  for (const e of await c.audit.query({ limit: 10_000 })) {
    const changed = e.seq === seq ? { ...e, reason: 'nothing to see' } : e;
    const hash = entryHash(prev, changed);
    await c.db.run('UPDATE audit_entries SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?', [changed.reason ?? null, prev, hash, e.seq]);
    prev = hash;
  }
  const head = (await c.db.get<{ seq: number }>('SELECT seq FROM audit_head WHERE id = 1'))!;
  await c.db.run('UPDATE audit_head SET hash = ? WHERE id = 1', [prev]);
  const body = { seq: Number(head.seq), hash: prev, time: new Date().toISOString(), publicKey: key.pub };
  const cp: Checkpoint = { ...body, signature: sign(null, Buffer.from(checkpointPayload(body)), key.privateKey).toString('base64url') };
  await c.db.run('DELETE FROM audit_checkpoints');
  await c.db.run('INSERT INTO audit_checkpoints (seq, hash, time, public_key, signature) VALUES (?, ?, ?, ?, ?)', [cp.seq, cp.hash, cp.time, cp.publicKey, cp.signature]);
  return cp;
}

describeBackends('audit signing keys bound to the master key', (backend) => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv(backend);
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('a history rewritten and re-signed with a key planted in the key store fails verification', async () => {
    const c = await env.open();
    await c.audit.appendMany(Array.from({ length: 20 }, (_, i) => read(i)));
    const real = await c.audit.checkpoint();
    // checkpoints and verification work as before, from another process on the store too
    const other = await env.open();
    expect(await other.audit.verify()).toMatchObject({ ok: true });
    expect(await other.audit.verify({ checkpoint: real })).toMatchObject({ ok: true });
    expect(await other.audit.trustedKeys()).toEqual([c.audit.publicKey]);
    const planted = await plantSigningKey(c.keyDb, { active: false });
    const forged = await rewriteAndResign(c, 3, planted);
    expect(await c.audit.trustedKeys()).toEqual([c.audit.publicKey]);
    for (const v of [await c.audit.verify(), await other.audit.verify()])
      expect(v).toMatchObject({ ok: false, kind: 'bad_signature', message: expect.stringContaining('written without the master key') });
    expect(await c.audit.verify({ checkpoint: forged })).toMatchObject({ ok: false, kind: 'bad_signature' });
    if (backend === 'sqlite') {
      // what the operator runs: custos audit verify
      const cli = await runCli(['audit', 'verify', '--data-dir', env.dataDir, '--database', env.database], { CUSTOS_MASTER_KEY: env.masterKey.toString('hex') });
      expect(cli.code).toBe(1);
      expect(cli.out + cli.err).toContain('bad_signature');
    }
    // the same key with a row that claims to be sealed fares no better
    await c.keyDb.run('UPDATE audit_signing_keys SET sealed = 1 WHERE public_key = ?', [planted.pub]);
    expect(await c.audit.verify()).toMatchObject({ ok: false, kind: 'bad_signature' });
  });

  it('a key store whose current signing key was planted, or is not sealed though a sealing key is configured, does not open', async () => {
    const c = await env.open();
    await c.audit.append(read(1));
    await c.close();
    const raw = await openStores(env);
    try {
      // an unsealed key written by a tool that had the MAC key but no sealing key: bound, but unsealed
      await raw.keyDb.run('UPDATE audit_signing_keys SET retired_at = 1');
      const bare = await AuditLog.open(raw.db, raw.keyDb, { signingKeyMac: deriveKey(env.masterKey, 'custos/audit-signing-key-mac/v1'), writerThread: false });
      expect(bare.publicKey).not.toBe(c.audit.publicKey);
      await bare.close();
      await raw.keyDb.run('UPDATE audit_signing_keys SET retired_at = NULL');
      await rejects(env.open(), 'CUSTOS_INTEGRITY');
      await raw.keyDb.run('DELETE FROM audit_signing_keys WHERE public_key = ?', [bare.publicKey]);
      expect((await env.open()).audit.publicKey).toBe(c.audit.publicKey);
      // a key of one's own, newest and active, so that Custos would sign with it
      await plantSigningKey(raw.keyDb, { active: true });
      await rejects(env.open(), 'CUSTOS_INTEGRITY');
    } finally {
      await raw.close();
    }
  });

  it('signing keys from before the binding are bound (and an unsealed one sealed) at the upgrade; the history still verifies', async () => {
    // a store written without any key binding: the signing key unsealed, the MAC column empty
    const raw = await openStores(env);
    const old = await AuditLog.open(raw.db, raw.keyDb, { writerThread: false });
    await old.appendMany(Array.from({ length: 10 }, (_, i) => read(i)));
    const cp = await old.checkpoint();
    await old.close();
    expect(Number((await raw.keyDb.get<{ sealed: number }>('SELECT sealed FROM audit_signing_keys'))!.sealed)).toBe(0);
    // and at the version before the MAC column
    await raw.keyDb.exec('ALTER TABLE audit_signing_keys DROP COLUMN mac');
    await raw.keyDb.run("DELETE FROM custos_migrations WHERE component = 'audit-keys' AND version > 1");
    await raw.close();
    const c = await env.open();
    expect(c.audit.publicKey).toBe(old.publicKey);
    expect(await c.audit.verify({ checkpoint: cp })).toMatchObject({ ok: true });
    const row = (await c.keyDb.get<{ sealed: number; mac: unknown }>('SELECT sealed, mac FROM audit_signing_keys'))!;
    expect(Number(row.sealed)).toBe(1);
    expect(row.mac).not.toBeNull();
    // after the upgrade a planted key is refused
    const planted = await plantSigningKey(c.keyDb, { active: false });
    await rewriteAndResign(c, 2, planted);
    expect(await c.audit.verify()).toMatchObject({ ok: false, kind: 'bad_signature' });
    await c.close();
    const again = await env.open(); // a later start binds nothing more
    expect(await again.audit.verify()).toMatchObject({ ok: false, kind: 'bad_signature' });
  });
  it('rotating the signing keys: checkpoints and receipts are signed with the new keys, here and in another process on the store; what the old keys signed still verifies', async () => {
    const c = await env.open();
    const other = await env.open(); // another server on the same stores, which read its keys before the rotation
    const id = (await c.vault.create({ fields: { name: 'Ada' } })).id;
    const kid = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString('utf8')).kid as string;
    const grant = async (x: Custos) => (await x.preferences.grant(id, ['marketing_email'], { method: 'api' })).receipt;
    await c.audit.appendMany(Array.from({ length: 10 }, (_, i) => read(i)));
    const before = await c.audit.checkpoint();
    const receipts = [await grant(c), await grant(other)];
    const oldKid = kid(receipts[0]);
    expect(kid(receipts[1])).toBe(oldKid);

    const audit = await c.audit.rotateSigningKey();
    const receipt = await c.receipts.rotateSigningKey();
    expect(audit.retired).toEqual([before.publicKey]);
    expect(audit.publicKey).not.toBe(before.publicKey);
    expect(c.audit.publicKey).toBe(audit.publicKey);
    // the head is checkpointed with the new key at once
    expect((await c.audit.latestCheckpoint())?.publicKey).toBe(audit.publicKey);
    expect(receipt).toEqual({ keyId: expect.stringMatching(/^rk_/), retired: [oldKid] });
    expect(receipt.keyId).not.toBe(oldKid);
    receipts.push(await grant(c));
    expect(kid(receipts[2])).toBe(receipt.keyId);

    // the other process: its next checkpoint is signed with the new key
    await other.audit.appendMany(Array.from({ length: 5 }, (_, i) => read(i)));
    expect((await other.audit.checkpoint()).publicKey).toBe(audit.publicKey);
    // its receipts: the key it holds until it checks again, then the new one
    receipts.push(await grant(other));
    expect(kid(receipts[3])).toBe(oldKid);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + SIGNING_KEY_RECHECK_MS);
      receipts.push(await grant(other));
    } finally {
      vi.useRealTimers();
    }
    expect(kid(receipts[4])).toBe(receipt.keyId);

    // every receipt verifies, in either process; both keys are in the published key set
    for (const x of [c, other]) for (const r of receipts) expect(await x.receipts.verify(r)).toMatchObject({ valid: true });
    expect((await c.receipts.publicJwks()).keys.map((k) => k.kid).sort()).toEqual([oldKid, receipt.keyId].sort());
    // the whole chain verifies with its checkpoints, and the one exported before the rotation
    expect(await c.audit.trustedKeys()).toEqual([before.publicKey, audit.publicKey]);
    for (const x of [c, other]) expect(await x.audit.verify({ checkpoint: before })).toMatchObject({ ok: true });
    // a store opened afterwards signs with the new keys
    const later = await env.open();
    expect(later.audit.publicKey).toBe(audit.publicKey);
    expect(kid(await grant(later))).toBe(receipt.keyId);
  });

  it('custos keys rotate-signing rotates both keys (or the one --only names), says which it retired, and is in the audit log; a bad --only changes nothing', async () => {
    if (backend !== 'sqlite') return;
    const c = await env.open();
    const firstAudit = c.audit.publicKey;
    // a receipt signed, so that there is a receipt key to retire (it is made on first use)
    await c.preferences.grant((await c.vault.create({ fields: { name: 'Ada' } })).id, ['marketing_email'], { method: 'api' });
    await c.close();
    const vars = { CUSTOS_MASTER_KEY: env.masterKey.toString('hex') };
    const flags = ['--data-dir', env.dataDir, '--database', env.database];
    const bad = await runCli(['keys', 'rotate-signing', '--only', 'everything', ...flags], vars);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('only');
    expect(bad.err).toContain('one_of');
    const onlyAudit = await runCli(['keys', 'rotate-signing', '--only', 'audit', '--json', ...flags], vars);
    expect(onlyAudit.code).toBe(0);
    const a = JSON.parse(onlyAudit.out);
    expect(a).toEqual({ audit: { publicKey: expect.any(String), retired: [firstAudit] } });
    const both = await runCli(['keys', 'rotate-signing', ...flags], vars);
    expect(both.code).toBe(0);
    expect(both.out).toMatch(/audit checkpoints: new key \S+ .*1 retired/);
    expect(both.out).toMatch(/consent receipts: new key rk_\w+; 1 retired/);
    const after = await env.open();
    expect(await after.audit.trustedKeys()).toHaveLength(3);
    const entries = await after.audit.query({ action: 'keys.rotate_signing' });
    expect(entries.map((e) => Object.keys(e.details ?? {}).sort())).toEqual([['auditKey', 'auditRetired'], ['auditKey', 'auditRetired', 'receiptKey', 'receiptRetired']]);
    expect(await after.audit.verify()).toMatchObject({ ok: true });
  });
});
