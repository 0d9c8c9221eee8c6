import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { statSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describeBackends, makeEnv, type Backend, type Env } from '../../test/backends.js';
import { AuditLog, checkCheckpointSignature, checkpointPayload, type AuditLogOptions } from './log.js';
import { canonicalEntry, canonicalEntryText, canonicalJson, chainHash, entryHash, GENESIS_HASH } from './canonical.js';
import type { AuditEntryInput, Checkpoint, StoredAuditEntry } from './types.js';
import { openStores, type Stores } from './test-fixtures/stores.js';
import { SqliteDb } from '../store/sqlite.js';

const read = (i: number, extra: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  actor: { keyId: `key_${i % 3}`, role: 'support' },
  action: 'subject.read',
  purpose: 'support',
  subjectId: `subject-${i % 5}`,
  fields: ['email', 'name'],
  outcome: i % 4 === 0 ? 'denied' : 'allowed',
  reason: i % 4 === 0 ? 'email: no consent' : undefined,
  details: { request: `r${i}`, count: i, flags: ['a', 'b'] },
  ...extra,
});

describe('canonical JSON', () => {
  it('sorts keys, drops undefined members and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 1.5, y: 'é"' } })).toBe('{"a":[true,null,"x"],"b":1,"d":{"y":"é\\"","z":1.5}}');
  });

  it('hashes are SHA-256 in lowercase hex of the previous hash followed by the canonical text (a known answer)', () => {
    // printf '%s' "$(printf '0%.0s' {1..64}){\"action\":\"subject.read\",\"seq\":1}" | sha256sum
    expect(chainHash(GENESIS_HASH, '{"action":"subject.read","seq":1}')).toBe('ebe3dd5d4c41f6aa5eaa5a12e35ab1d175c460fa0f19f98ebfcdc1b51b10f3ad');
  });

  it('the writer’s fast form equals the reference form for any entry', () => {
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const details = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string())));
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.nat(),
          time: fc.string(),
          actor: fc.record({ keyId: fc.string(), role: fc.string() }),
          action: fc.string(),
          purpose: opt(fc.string()),
          subjectRef: opt(fc.string()),
          fields: opt(fc.array(fc.string())),
          outcome: fc.constantFrom('allowed', 'denied', 'ok', 'failed' as const),
          reason: opt(fc.string()),
          details: opt(details),
        }),
        (e) => {
          const fast = canonicalEntryText({
            seq: e.seq,
            time: e.time,
            keyId: e.actor.keyId,
            role: e.actor.role,
            action: e.action,
            purpose: e.purpose ?? null,
            subjectRef: e.subjectRef ?? null,
            fields: e.fields ? canonicalJson(e.fields) : null,
            outcome: e.outcome,
            reason: e.reason ?? null,
            details: e.details ? canonicalJson(e.details) : null,
          });
          expect(fast).toBe(canonicalEntry(e));
        },
      ),
    );
  });
});

describeBackends('audit log', (backend: Backend) => {
  let env: Env;
  let custos: Stores;
  let log: AuditLog;
  const logs: AuditLog[] = [];
  const stores: Stores[] = [];
  /** Every env a test made (a test may start afresh more than once): each is cleaned up. */
  const envs: Env[] = [];

  async function fresh(opts: AuditLogOptions = {}): Promise<AuditLog> {
    env = await makeEnv(backend);
    envs.push(env);
    custos = await openStores(env);
    stores.push(custos);
    log = await AuditLog.open(custos.db, custos.keyDb, opts);
    logs.push(log);
    return log;
  }
  async function filled(n = 20): Promise<AuditLog> {
    await fresh();
    await log.appendMany(Array.from({ length: n }, (_, i) => read(i + 1)));
    return log;
  }
  afterEach(async () => {
    for (const l of logs.splice(0)) await l.close().catch(() => undefined);
    for (const s of stores.splice(0)) await s.close();
    for (const e of envs.splice(0)) await e.cleanup();
  });

  const all = async () => log.query({ limit: 10_000 });

  it('numbers entries 1..n without gaps and chains each to the one before', async () => {
    await filled(20);
    const entries = await all();
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const e of entries) {
      expect(e.prevHash).toBe(prev);
      expect(entryHash(prev, e)).toBe(e.hash);
      prev = e.hash;
    }
    expect(entries[0].subjectRef).toMatch(/^sr_/);
    expect(JSON.stringify(entries)).not.toContain('subject-');
    expect(await log.verify()).toMatchObject({ ok: true, entries: 20, lastSeq: 20, lastHash: prev });
  });

  it('rejects a malformed entry without writing anything', async () => {
    await fresh();
    await expect(log.append({ ...read(1), outcome: 'maybe' as never })).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT' });
    await expect(log.append({ ...read(1), details: { n: Number.NaN } })).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT' });
    expect(await log.verify()).toMatchObject({ ok: true, entries: 0 });
  });

  it('detects one changed byte in an entry', async () => {
    await filled();
    await custos.db.run('UPDATE audit_entries SET reason = ? WHERE seq = ?', ['email: no consenT', 8]);
    expect(await log.verify()).toMatchObject({ ok: false, seq: 8, kind: 'hash_mismatch' });
  });

  it('detects a deleted entry', async () => {
    await filled();
    await custos.db.run('DELETE FROM audit_entries WHERE seq = ?', [7]);
    expect(await log.verify()).toMatchObject({ ok: false, seq: 7, kind: 'missing_entry' });
  });

  it('detects two swapped entries', async () => {
    await filled();
    await custos.db.run('UPDATE audit_entries SET seq = -1 WHERE seq = 7');
    await custos.db.run('UPDATE audit_entries SET seq = 7 WHERE seq = 8');
    await custos.db.run('UPDATE audit_entries SET seq = 8 WHERE seq = -1');
    expect(await log.verify()).toMatchObject({ ok: false, seq: 7, kind: 'order' });
  });

  it('detects an inserted entry, even one whose own hash is valid', async () => {
    await filled();
    const before = (await log.query({ afterSeq: 5, limit: 1 }))[0];
    await custos.db.run('UPDATE audit_entries SET seq = seq + 1000000 WHERE seq >= 7');
    await custos.db.run('UPDATE audit_entries SET seq = seq - 999999 WHERE seq >= 1000000');
    const forged = { ...before, seq: 7, reason: 'forged', prevHash: before.hash };
    const hash = entryHash(before.hash, forged);
    await custos.db.run(
      'INSERT INTO audit_entries (seq, time, actor_key_id, actor_role, action, purpose, subject_ref, fields, outcome, reason, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [7, forged.time, forged.actor.keyId, forged.actor.role, forged.action, forged.purpose!, forged.subjectRef!, canonicalJson(forged.fields), forged.outcome, forged.reason, canonicalJson(forged.details), before.hash, hash],
    );
    expect(await log.verify()).toMatchObject({ ok: false, seq: 7, kind: 'order' });
  });

  it('detects a truncated tail with an exported checkpoint', async () => {
    await filled();
    const cp = await log.checkpoint();
    expect(cp.seq).toBe(20);
    const kept = (await log.query({ afterSeq: 14, limit: 1 }))[0];
    await custos.db.run('DELETE FROM audit_entries WHERE seq > ?', [15]);
    await custos.db.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [15, kept.hash]);
    await custos.db.run('DELETE FROM audit_checkpoints');
    expect(await log.verify()).toMatchObject({ ok: true, lastSeq: 15 }); // cut cleanly: only a checkpoint kept elsewhere shows it
    expect(await log.verify({ checkpoint: cp })).toMatchObject({ ok: false, seq: 16, kind: 'truncated' });
  });

  it('detects a truncated tail from the stored checkpoints and the head', async () => {
    await filled();
    await log.checkpoint();
    await custos.db.run('DELETE FROM audit_entries WHERE seq > ?', [15]);
    expect(await log.verify()).toMatchObject({ ok: false, seq: 16, kind: 'truncated' });
  });

  async function rewriteFrom(seq: number): Promise<void> {
    let prev = GENESIS_HASH;
    for (const e of await all()) {
      const changed: StoredAuditEntry = e.seq === seq ? { ...e, reason: 'nothing to see' } : e;
      const hash = entryHash(prev, changed);
      await custos.db.run('UPDATE audit_entries SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?', [changed.reason ?? null, prev, hash, e.seq]);
      prev = hash;
    }
    await custos.db.run('UPDATE audit_head SET hash = ? WHERE id = 1', [prev]);
  }

  it('detects a whole chain rewritten with valid hashes, by the checkpoints', async () => {
    await filled();
    const cp = await log.checkpoint();
    await rewriteFrom(3);
    // the stored checkpoint, signed before the rewrite, no longer matches
    expect(await log.verify()).toMatchObject({ ok: false, seq: 20, kind: 'checkpoint_mismatch' });
    // with the stored checkpoints gone, the exported one still catches it
    await custos.db.run('DELETE FROM audit_checkpoints');
    expect(await log.verify()).toMatchObject({ ok: true });
    expect(await log.verify({ checkpoint: cp })).toMatchObject({ ok: false, seq: 20, kind: 'checkpoint_mismatch' });
  });

  it('detects checkpoints signed by another key or with a changed signature', async () => {
    await filled();
    const cp = await log.checkpoint();
    await rewriteFrom(3);
    const head = (await all()).at(-1)!;
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const body = { seq: 20, hash: head.hash, time: cp.time, publicKey: publicKey.export({ format: 'jwk' }).x as string };
    const forged: Checkpoint = { ...body, signature: sign(null, Buffer.from(checkpointPayload(body)), privateKey).toString('base64url') };
    expect(checkCheckpointSignature(forged)).toEqual({ ok: true }); // valid in itself, but not this log's key
    await custos.db.run('DELETE FROM audit_checkpoints');
    await custos.db.run('INSERT INTO audit_checkpoints (seq, hash, time, public_key, signature) VALUES (?, ?, ?, ?, ?)', [20, forged.hash, forged.time, forged.publicKey, forged.signature]);
    expect(await log.verify()).toMatchObject({ ok: false, seq: 20, kind: 'bad_signature' });
    const bent = { ...cp, signature: cp.signature.slice(0, -2) + (cp.signature.endsWith('AA') ? 'BA' : 'AA') };
    expect(await log.verify({ checkpoint: bent })).toMatchObject({ ok: false, seq: 20, kind: 'bad_signature' });
    expect(await log.verify({ checkpoint: forged })).toMatchObject({ ok: false, seq: 20, kind: 'bad_signature' });
  });

  it('group-commits 10,000 concurrent appends into a valid chain', async () => {
    await fresh();
    const t0 = performance.now();
    const acks = await Promise.all(Array.from({ length: 10_000 }, (_, i) => log.append(read(i))));
    const ms = performance.now() - t0;
    const seqs = acks.map((a) => a.seq).sort((a, b) => a - b);
    expect(seqs[0]).toBe(1);
    expect(seqs[9_999]).toBe(10_000);
    expect(new Set(seqs).size).toBe(10_000);
    expect(log.stats.transactions).toBeLessThan(100);
    expect(log.stats.entries).toBe(10_000);
    const t1 = performance.now();
    const result = await log.verify();
    const vms = performance.now() - t1;
    expect(result).toMatchObject({ ok: true, entries: 10_000, lastSeq: 10_000 });
    console.log(
      `[${backend}] 10,000 appends in ${ms.toFixed(0)} ms (${Math.round(10_000 / (ms / 1000))}/s) in ${log.stats.transactions} transactions; verify ${Math.round(10_000 / (vms / 1000))} entries/s`,
    );
  });

  /** A second log on the same store, through its own connection (another writer). */
  async function secondWriter(): Promise<AuditLog> {
    await fresh();
    const second = await openStores(env);
    stores.push(second);
    const other = await AuditLog.open(second.db, custos.keyDb);
    logs.push(other);
    return other;
  }

  it('keeps one chain when two writers share a store', async () => {
    const other = await secondWriter();
    await Promise.all([
      ...Array.from({ length: 500 }, (_, i) => log.append(read(i))),
      ...Array.from({ length: 500 }, (_, i) => other.append(read(i, { actor: { keyId: 'other', role: 'support' } }))),
    ]);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 1000 });
  });

  it('keeps one chain when two writers interleave many small batches (each chains onto batches still in flight)', async () => {
    const other = await secondWriter();
    await Promise.all([log.append(read(0)), other.append(read(0))]); // both writer threads are up
    const acks: Promise<{ seq: number }>[] = [];
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 4; i++) acks.push(log.append(read(round * 4 + i)), other.append(read(round * 4 + i, { actor: { keyId: 'other', role: 'support' } })));
      await new Promise((r) => setTimeout(r, 1));
    }
    const seqs = (await Promise.all(acks)).map((a) => a.seq);
    expect(new Set(seqs).size).toBe(800);
    expect(Math.max(...seqs)).toBe(802);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 802 });
    // both wrote about the same five subjects, creating their references concurrently: one reference each, every entry found by it
    let found = 0;
    for (let k = 0; k < 5; k++) found += (await other.query({ subjectId: `subject-${k}`, limit: 10_000 })).length;
    expect(found).toBe(802);
  });

  it.runIf(backend === 'sqlite')('keeps the write-ahead log bounded while both connections write', async () => {
    await fresh();
    const { statSync } = await import('node:fs');
    const wal = `${(custos.db as import('../store/sqlite.js').SqliteDb).file}-wal`;
    await custos.db.exec('CREATE TABLE wal_filler (id INTEGER PRIMARY KEY, data BLOB)');
    // 40 MB through this thread's connection, each MB followed by an audited change on the writer thread's
    for (let i = 0; i < 40; i++) {
      await custos.db.run('INSERT INTO wal_filler (data) VALUES (?)', [Buffer.alloc(1 << 20, i)]);
      await log.append(read(i));
    }
    // a checkpoint lets the log start again from its beginning: it stays near the 1,000-page threshold
    expect(statSync(wal).size).toBeLessThan(12 << 20);
  });

  it.runIf(backend === 'sqlite')('commits the batches that queued for the writer thread in one transaction, in order', async () => {
    await fresh();
    await log.append(read(0)); // the writer thread is up
    const before = { ...log.stats };
    const acks = Array.from({ length: 3000 }, (_, i) => log.append(read(i)));
    // one entry per turn of the event loop: each goes as its own batch while the large ones commit
    for (let t = 0; t < 12; t++) {
      await new Promise((r) => setImmediate(r));
      acks.push(log.append(read(t)));
    }
    const seqs = (await Promise.all(acks)).map((a) => a.seq);
    expect(seqs).toEqual(seqs.slice().sort((a, b) => a - b));
    const batches = log.stats.batches - before.batches;
    const transactions = log.stats.transactions - before.transactions;
    expect(batches).toBeGreaterThan(10);
    expect(transactions).toBeLessThan(batches);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 3013 });
  });

  it('never slips entries into another module’s open transaction', async () => {
    await fresh();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const other = custos.db.tx(async (t) => {
      await t.run("INSERT INTO audit_alerts (id, rule, actor_key_id, role, window_start, window_end, count, created_at) VALUES ('x', 'r', 'k', 'r', 'a', 'b', 1, 'c')");
      await gate;
      throw new Error('rolled back');
    });
    const acked = log.append(read(1));
    await new Promise((r) => setTimeout(r, 20));
    release();
    await expect(other).rejects.toThrow('rolled back');
    expect(await acked).toEqual({ seq: 1 });
    expect(await log.verify()).toMatchObject({ ok: true, entries: 1 });
  });

  it('signs the tail on close', async () => {
    await filled(5);
    await log.close();
    expect((await log.latestCheckpoint())?.seq).toBe(5);
  });

  it('writes signed checkpoints every N entries', async () => {
    await fresh({ checkpointEvery: 100 });
    for (let i = 0; i < 5; i++) await log.appendMany(Array.from({ length: 60 }, (_, j) => read(j)));
    const cp = (await log.latestCheckpoint())!;
    expect(cp.seq).toBeGreaterThanOrEqual(200);
    expect(checkCheckpointSignature(cp, await log.trustedKeys())).toEqual({ ok: true });
    expect(cp.publicKey).toBe(log.publicKey);
    const r = await log.verify();
    expect(r.ok && r.checkpoints).toBeGreaterThanOrEqual(2);
  });

  it('keeps the checkpoint signing key in the key store only', async () => {
    await fresh();
    const inKeys = await custos.keyDb.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_signing_keys');
    expect(Number(inKeys!.n)).toBe(1);
    const tables = await custos.db
      .all<{ name: string }>(
        custos.db.dialect === 'postgres'
          ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
          : "SELECT name FROM sqlite_master WHERE type = 'table'",
      )
      .then((r) => r.map((x) => x.name));
    expect(tables).not.toContain('audit_signing_keys');
    // reopening uses the same key
    const again = await AuditLog.open(custos.db, custos.keyDb);
    logs.push(again);
    expect(again.publicKey).toBe(log.publicKey);
  });

  it('disassociates a subject on erasure and still verifies', async () => {
    await fresh();
    await log.appendMany([read(1, { subjectId: 'alice' }), read(2, { subjectId: 'bob' }), read(3, { subjectId: 'alice' })]);
    const ref = (await log.refOf('alice'))!;
    expect(ref).toMatch(/^sr_/);
    expect(await log.subjectRef('alice')).toBe(ref);
    expect((await log.query({ subjectId: 'alice' })).map((e) => e.seq)).toEqual([1, 3]);
    expect(await log.forgetSubject('alice')).toBe(true);
    expect(await log.refOf('alice')).toBeUndefined();
    expect(await log.query({ subjectId: 'alice' })).toEqual([]);
    const still = await custos.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entries WHERE subject_ref = ?', [ref]);
    expect(Number(still!.n)).toBe(2);
    const mapped = await custos.db.get('SELECT subject_id FROM audit_subject_refs WHERE ref = ?', [ref]);
    expect(mapped).toBeUndefined();
    expect(await log.verify()).toMatchObject({ ok: true, entries: 3 });
    // a later entry about the same id gets a new, unrelated reference
    await log.append(read(4, { subjectId: 'alice' }));
    expect(await log.refOf('alice')).not.toBe(ref);
    expect(await log.refOf('nobody')).toBeUndefined();
  });

  it('a subject forgotten by another process on the store is found by no query here, though this process knew its reference', async () => {
    const other = await secondWriter();
    await log.appendMany([read(1, { subjectId: 'alice' }), read(2, { subjectId: 'alice' }), read(3, { subjectId: 'bob' })]);
    expect((await log.query({ subjectId: 'alice' })).map((e) => e.seq)).toEqual([1, 2]);
    // the erasure runs in another server, or in the CLI
    expect(await other.forgetSubject('alice')).toBe(true);
    expect(await log.query({ subjectId: 'alice' })).toEqual([]);
    expect(await log.refOf('alice')).toBeUndefined();
    expect((await log.query({ subjectId: 'bob' })).map((e) => e.seq)).toEqual([3]);
  });

  it('an erasure amid a stream of appends: entries before it lose the link, entries after it get a new reference', async () => {
    for (const known of [true, false]) {
      await fresh();
      if (known) await log.append(read(0, { subjectId: 'alice' }));
      const old = await log.refOf('alice');
      // other traffic keeps batches in flight while the erasure runs
      const traffic = Array.from({ length: 300 }, (_, i) => log.append(read(i, { subjectId: `other-${i % 7}` })));
      const before = Array.from({ length: 5 }, (_, i) => log.append(read(i, { subjectId: 'alice' })));
      await new Promise((r) => setImmediate(r));
      const before2 = [log.append(read(9, { subjectId: 'alice' }))];
      const forgot = log.forgetSubject('alice');
      const after = Array.from({ length: 3 }, (_, i) => log.append(read(i, { subjectId: 'alice' })));
      await Promise.all([...traffic, ...before, ...before2, forgot, ...after]);
      const found = await log.query({ subjectId: 'alice', limit: 1000 });
      expect(found.length).toBe(3);
      const now = (await log.refOf('alice'))!;
      if (old) expect(now).not.toBe(old);
      expect(new Set(found.map((e) => e.subjectRef))).toEqual(new Set([now]));
      const mappings = await custos.db.all<{ ref: string }>('SELECT ref FROM audit_subject_refs WHERE subject_id = ?', ['alice']);
      expect(mappings).toEqual([{ ref: now }]);
      expect(await log.verify()).toMatchObject({ ok: true });
    }
  });

  it('answers queries by subject, actor, action and time', async () => {
    let t = Date.parse('2030-01-01T00:00:00Z');
    await fresh({ now: () => new Date((t += 60_000)) });
    for (let i = 1; i <= 30; i++) await log.append(read(i, i % 10 === 0 ? { action: 'alert.test', subjectId: undefined } : {}));
    expect((await log.query({ actor: 'key_1' })).every((e) => e.actor.keyId === 'key_1')).toBe(true);
    expect((await log.query({ action: 'alert.*' })).map((e) => e.seq)).toEqual([10, 20, 30]);
    expect((await log.query({ action: 'subject.read', limit: 5 })).length).toBe(5);
    const window = await log.query({ since: '2030-01-01T00:05:00Z', until: '2030-01-01T00:10:00Z' });
    expect(window.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9]);
    expect((await log.query({ afterSeq: 28 })).map((e) => e.seq)).toEqual([29, 30]);
    await expect(log.query({ since: 'yesterday' })).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT' });
    await expect(log.query({ limit: 0 })).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT' });
  });

  it('stores any text as it was given: quotes, backslashes, braces, commas, NULL, newlines, emoji', async () => {
    await fresh();
    await log.append(read(1));
    const awkward = ['say "hi"', 'a\\b', '{x,y}', 'NULL', '', 'line\nbreak', 'タブ\t😀', "it's", ' padded '];
    await log.appendMany(
      // one subject already referenced: on PostgreSQL the batch takes the one-statement path (arrays per column)
      awkward.map((text) => read(1, { actor: { keyId: text || 'k', role: 'support' }, reason: text || undefined, purpose: text || undefined, details: { text, list: [text, text], none: null } })),
    );
    const stored = await log.query({ afterSeq: 1, limit: 100 });
    expect(stored.map((e) => e.details)).toEqual(awkward.map((text) => ({ text, list: [text, text], none: null })));
    expect(stored.map((e) => e.reason ?? '')).toEqual(awkward);
    expect(stored.map((e) => e.actor.keyId)).toEqual(awkward.map((t) => t || 'k'));
    expect(await log.verify()).toMatchObject({ ok: true, entries: 1 + awkward.length });
  });

  // on SQLite both commit paths index in bulk: the writer thread, and the connection itself (writerThread: false)
  it.each([true, false])('queries by subject agree with a scan of every entry, in the part indexed in bulk and in the tail after it (writer thread: %s)', async (writerThread) => {
    let t = Date.parse('2030-01-01T00:00:00Z');
    await fresh({ subjectIndexLag: 7, writerThread, now: () => new Date((t += 1000)) });
    const people = ['alice', 'bob', 'carol'];
    const entry = (i: number) =>
      read(i, { subjectId: people[i % 3], actor: { keyId: `key_${i % 4}`, role: 'support' }, action: i % 5 === 0 ? 'subject.update' : 'subject.read' });
    await log.appendMany(Array.from({ length: 120 }, (_, i) => entry(i)));
    for (let i = 120; i < 180; i++) await log.append(entry(i));
    await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(entry(180 + i))));
    for (let i = 220; i < 223; i++) await log.append(entry(i)); // fewer than the lag: these stay in the tail
    if (backend === 'sqlite') {
      const mark = await custos.db.get<{ seq: number; indexed_seq: number }>('SELECT seq, indexed_seq FROM audit_head WHERE id = 1');
      expect(Number(mark!.indexed_seq)).toBe(220);
      expect(Number(mark!.seq)).toBe(223);
    }
    const everything = await all();
    const queries = [{}, { actor: 'key_1' }, { action: 'subject.update' }, { since: '2030-01-01T00:01:00.000Z', until: '2030-01-01T00:03:00.000Z' }];
    for (const subjectId of people)
      for (const extra of queries) {
        const ref = await log.refOf(subjectId);
        const expected = everything.filter(
          (e) =>
            e.subjectRef === ref &&
            (!('actor' in extra) || e.actor.keyId === extra.actor) &&
            (!('action' in extra) || e.action === extra.action) &&
            (!('since' in extra) || (e.time >= extra.since! && e.time < extra.until!)),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(await log.query({ subjectId, ...extra, limit: 10_000 })).toEqual(expected);
        // page by page, as an access export reads them
        const paged: StoredAuditEntry[] = [];
        for (let after = 0; ; ) {
          const page = await log.query({ subjectId, ...extra, afterSeq: after, limit: 4 });
          if (page.length === 0) break;
          paged.push(...page);
          after = page[page.length - 1].seq;
        }
        expect(paged).toEqual(expected);
      }
  });

  it.runIf(backend === 'sqlite')('a store from before the bulk subject index is migrated to it, and answers the same', async () => {
    await fresh();
    await log.appendMany(Array.from({ length: 50 }, (_, i) => read(i)));
    const before = await log.query({ subjectId: 'subject-2', limit: 1000 });
    await log.close();
    // the version 1 layout: an index on the entries, no bulk index, no mark
    await custos.db.exec(
      "DROP TABLE audit_subject_index; ALTER TABLE audit_head DROP COLUMN indexed_seq; CREATE INDEX audit_entries_by_subject ON audit_entries (subject_ref, seq); DELETE FROM custos_migrations WHERE component = 'audit' AND version = 2",
    );
    const again = await AuditLog.open(custos.db, custos.keyDb);
    logs.push(again);
    expect(await custos.db.get("SELECT name FROM sqlite_master WHERE name = 'audit_entries_by_subject'")).toBeUndefined();
    expect(Number((await custos.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_subject_index'))!.n)).toBe(50);
    expect(await again.query({ subjectId: 'subject-2', limit: 1000 })).toEqual(before);
    expect(before.length).toBe(10);
  });

  it('a batch about 1,500 subjects never seen gives each its own reference, kept by later entries', async () => {
    await fresh();
    const about = (round: number) => Array.from({ length: 1500 }, (_, i) => read(i, { subjectId: `new-${i}`, details: { round } }));
    await log.appendMany(about(1));
    await log.appendMany(about(2));
    const refs = new Set<string>();
    for (const i of [0, 1, 777, 1499]) {
      const mine = await log.query({ subjectId: `new-${i}`, limit: 10 });
      expect(mine.map((e) => e.details)).toEqual([{ round: 1 }, { round: 2 }]);
      expect(mine[0].subjectRef).toBe(await log.refOf(`new-${i}`));
      expect(mine[1].subjectRef).toBe(mine[0].subjectRef);
      refs.add(mine[0].subjectRef!);
    }
    expect(refs.size).toBe(4);
    const v = await log.verify();
    expect(v.ok && v.entries).toBe(3000);
  });

  it('exports JSON Lines an auditor can re-verify, and CSV', async () => {
    await filled(2500);
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (d: Buffer) => (text += d.toString('utf8')));
    expect(await log.export({ format: 'jsonl' }, sink)).toBe(2500);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as StoredAuditEntry);
    let prev = GENESIS_HASH;
    for (const e of lines) {
      expect(entryHash(prev, e)).toBe(e.hash);
      prev = e.hash;
    }
    text = '';
    const csv = new PassThrough();
    csv.on('data', (d: Buffer) => (text += d.toString('utf8')));
    expect(await log.export({ format: 'csv', since: '2000-01-01', until: '2999-01-01' }, csv)).toBe(2500);
    const rows = text.trim().split('\n');
    expect(rows[0]).toBe('seq,time,actor_key_id,actor_role,action,purpose,subject_ref,fields,outcome,reason,details,prev_hash,hash');
    expect(rows.length).toBe(2501);
  });
});

describe('audit log on a SQLite file', () => {
  it('the writer thread checkpoints the WAL, not the data connection in its own commits; the connection again once the log is closed', async () => {
    const env = await makeEnv('sqlite');
    const stores = await openStores(env);
    try {
      const raw = (stores.db as SqliteDb).raw;
      const log = await AuditLog.open(stores.db, stores.keyDb);
      expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      // the data connection writes far past the default threshold (1,000 pages), each write audited
      await stores.db.exec('CREATE TABLE filler (x BLOB)');
      for (let i = 0; i < 10; i++) {
        await stores.db.tx(async (t) => {
          for (let k = 0; k < 100; k++) await t.run('INSERT INTO filler (x) VALUES (?)', [randomBytes(8192)]);
        });
        await log.append(read(i + 1));
      }
      // the thread's commits copied the WAL into the database file
      expect(statSync(env.database).size).toBeGreaterThan(4 * 1024 * 1024);
      await log.close();
      expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    } finally {
      await stores.close();
      await env.cleanup();
    }
  });
});
