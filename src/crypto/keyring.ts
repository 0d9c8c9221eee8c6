/**
 * The keyring: master key -> versioned key-encryption keys (HKDF) -> per-subject data keys, wrapped
 * with AES-256-GCM and kept in the key store, apart from the data. Destroying a subject's data key
 * is erasure by crypto-shredding: every copy of its ciphertext, backups included, becomes unreadable.
 */

import type { Db } from '../store/db.js';
import { insertRows, runForKeys, toBuffer, toInt, valuesForKeys } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import { KEY_MIGRATIONS } from '../store/schema.js';
import { CustosError } from '../errors.js';
import { Lru } from '../lru.js';
import { blindIndexOf, constantTimeEqual, deriveKey, hmac, open, randomFromPool, seal } from './aead.js';

export interface DataKey {
  key: Buffer;
  version: number;
}

const VERIFIER_LABEL = 'custos/kek-verifier';
const CACHE_LIMIT = 20_000;

/**
 * A data key as the cache keeps it: in memory of its own. A small Buffer shares an 8 KB block with whatever
 * was allocated beside it (values being sealed or just decrypted), and one sent from the import's prepare
 * thread arrives with a copy of its whole block: a cached key would keep those bytes alive.
 */
const own = (dk: DataKey): DataKey => {
  const key = Buffer.allocUnsafeSlow(dk.key.length);
  dk.key.copy(key);
  return { key, version: dk.version };
};

/** A new subject's data key (version 1), made before the subject is stored (see `createDataKeys`). */
export const newDataKey = (): DataKey => ({ key: randomFromPool(32), version: 1 });

const kekOf = (master: Buffer, version: number) => deriveKey(master, `custos/kek/v${version}`);

/**
 * Whether `master` is the master key of a key store whose key-encryption key versions have these
 * verifiers (every version, retired ones too, as `Keyring.open` checks). Also used before a restore
 * replaces anything, against the key store it will leave in place (backup.ts).
 */
export function masterKeyMatches(master: Buffer, versions: readonly { version: number; verifier: Buffer }[]): boolean {
  return versions.every((v) => constantTimeEqual(v.verifier, hmac(kekOf(master, v.version), VERIFIER_LABEL)));
}

export const WRONG_MASTER_KEY_MESSAGE = 'the master key does not match this key store: check CUSTOS_MASTER_KEY or the key file; nothing was changed';

export class Keyring {
  private readonly keks = new Map<number, Buffer>();
  private readonly cache = new Lru<DataKey>(CACHE_LIMIT);
  private currentVersion = 1;
  readonly blindIndexKey: Buffer;

  private constructor(
    readonly store: Db,
    private readonly master: Buffer,
  ) {
    this.blindIndexKey = deriveKey(master, 'custos/blind-index/v1');
  }

  /**
   * Opens the keyring on a key store. The first open creates KEK version 1; later opens check the
   * master key against each active version's verifier and fail, changing nothing, when it differs.
   */
  static async open(store: Db, master: Buffer): Promise<Keyring> {
    await migrate(store, 'keyring', KEY_MIGRATIONS);
    const k = new Keyring(store, master);
    const versions = await store.all<{ version: number; verifier: unknown; retired_at: unknown }>(
      'SELECT version, verifier, retired_at FROM kek_versions ORDER BY version',
    );
    if (versions.length === 0) {
      await store.run('INSERT INTO kek_versions (version, verifier, created_at) VALUES (?, ?, ?)', [1, k.verifier(1), Date.now()]);
      k.currentVersion = 1;
      return k;
    }
    if (!masterKeyMatches(master, versions.map((v) => ({ version: toInt(v.version), verifier: toBuffer(v.verifier) }))))
      throw new CustosError('CUSTOS_WRONG_MASTER_KEY', WRONG_MASTER_KEY_MESSAGE);
    for (const v of versions) if (v.retired_at == null) k.currentVersion = Math.max(k.currentVersion, toInt(v.version));
    return k;
  }

  get kekVersion(): number {
    return this.currentVersion;
  }

  private kek(version: number): Buffer {
    let key = this.keks.get(version);
    if (!key) {
      key = kekOf(this.master, version);
      this.keks.set(version, key);
    }
    return key;
  }

  private verifier(version: number): Buffer {
    return hmac(this.kek(version), VERIFIER_LABEL);
  }

  /**
   * Creates the data keys of new subjects, in one transaction, wrapped under the newest KEK version in
   * the key store (read in the transaction: another process may have rotated since this one opened).
   * `keys`: the keys themselves, made where the values were sealed (`newDataKey`, on the import's thread or not).
   */
  async createDataKeys(subjectIds: readonly string[], keys: readonly DataKey[]): Promise<void> {
    const now = Date.now();
    await this.store.tx(async (t) => {
      const v = await this.currentKek(t);
      const rows = subjectIds.map((id, i) => [id, keys[i].version, v, seal(this.kek(v), keys[i].key, `dek|${id}|${keys[i].version}|${v}`), now]);
      await insertRows(t, 'data_keys', ['subject_id', 'dek_version', 'kek_version', 'wrapped', 'created_at'], rows, '', ['text', 'integer', 'integer', 'bytea', 'bigint']);
    });
    subjectIds.forEach((id, i) => this.cache.set(id, own(keys[i])));
  }

  /**
   * The newest active KEK version. On PostgreSQL its row is share-locked until the transaction ends, so
   * a rotation retiring it waits for keys being wrapped under it, and rewraps them after (see rotate).
   */
  private async currentKek(t: Db): Promise<number> {
    const row = await t.get<{ version: number }>(
      `SELECT version FROM kek_versions WHERE retired_at IS NULL ORDER BY version DESC LIMIT 1${t.dialect === 'postgres' ? ' FOR SHARE' : ''}`,
    );
    if (row) this.currentVersion = toInt(row.version);
    return this.currentVersion;
  }

  /**
   * Crypto-shredding: the data keys are gone, and with them every copy of the subjects' ciphertext.
   * Many at once (erasure, rollback of a failed batch).
   */
  async destroyDataKeys(subjectIds: readonly string[]): Promise<void> {
    for (const id of subjectIds) this.cache.delete(id);
    await runForKeys(this.store, 'DELETE FROM data_keys WHERE subject_id', [], subjectIds);
    // SQLite zeroes deleted rows (secure_delete, see sqlite.ts), but the WAL's older frames still hold
    // them: it is checkpointed and emptied now (best effort: a reader on another connection can delay it)
    if (this.store.dialect === 'sqlite') await this.store.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  /** Of these subjects, those whose data key is in the key store (one statement for them all; no key is unwrapped). */
  async keyed(subjectIds: readonly string[]): Promise<Set<string>> {
    const rows = await valuesForKeys(this.store, 'SELECT subject_id FROM data_keys WHERE subject_id', [], subjectIds);
    return new Set(rows.map((r) => r[0] as string));
  }

  /** The subject's data key, or null when it has been destroyed (the subject is erased). */
  async dataKey(subjectId: string): Promise<DataKey | null> {
    const hit = this.cache.get(subjectId);
    if (hit) return hit;
    const row = await this.store.get<{ dek_version: number; kek_version: number; wrapped: unknown }>(
      'SELECT dek_version, kek_version, wrapped FROM data_keys WHERE subject_id = ?',
      [subjectId],
    );
    return row ? this.unwrap(subjectId, row.dek_version, row.kek_version, row.wrapped) : null;
  }

  /** As `dataKey` for each of these subjects, those not cached read in one statement; a destroyed key is left out. */
  async dataKeys(subjectIds: readonly string[]): Promise<Map<string, DataKey>> {
    const out = new Map<string, DataKey>();
    const missing: string[] = [];
    for (const id of subjectIds) {
      const hit = this.cache.get(id);
      if (hit) out.set(id, hit);
      else missing.push(id);
    }
    for (const [id, dv, kv, wrapped] of await valuesForKeys(this.store, 'SELECT subject_id, dek_version, kek_version, wrapped FROM data_keys WHERE subject_id', [], missing))
      out.set(id as string, this.unwrap(id as string, dv, kv, wrapped));
    return out;
  }

  /** A stored data key unwrapped (and cached); an integrity error when it does not authenticate. */
  private unwrap(subjectId: string, dekVersion: unknown, kekVersion: unknown, wrapped: unknown): DataKey {
    const dv = toInt(dekVersion);
    const kv = toInt(kekVersion);
    const key = open(this.kek(kv), toBuffer(wrapped), `dek|${subjectId}|${dv}|${kv}`);
    if (!key) throw new CustosError('CUSTOS_INTEGRITY', 'a data key does not authenticate: the key store was altered');
    const dk = own({ key, version: dv });
    this.cache.set(subjectId, dk);
    return dk;
  }

  /**
   * Key rotation: a new KEK version; every data key is rewrapped under it in batches (reads go on,
   * since a data key's value does not change), then older versions are retired.
   */
  async rotate(onProgress?: (done: number, total: number) => void): Promise<{ version: number; rewrapped: number }> {
    const next = (await this.store.get<{ v: number }>('SELECT MAX(version) AS v FROM kek_versions'))!.v;
    const version = toInt(next) + 1;
    await this.store.run('INSERT INTO kek_versions (version, verifier, created_at) VALUES (?, ?, ?)', [version, this.verifier(version), Date.now()]);
    this.currentVersion = version;
    const total = toInt((await this.store.get<{ n: number }>('SELECT COUNT(*) AS n FROM data_keys WHERE kek_version < ?', [version]))!.n);
    let done = await this.rewrapBelow(version, 0, total, onProgress);
    // waits (PostgreSQL) for transactions still wrapping keys under an older version, then rewraps those too
    await this.store.run('UPDATE kek_versions SET retired_at = ? WHERE version < ? AND retired_at IS NULL', [Date.now(), version]);
    done = await this.rewrapBelow(version, done, total, onProgress);
    return { version, rewrapped: done };
  }

  /** Rewraps every data key under a version below `version`, in batches; returns `done` plus the keys rewrapped. */
  private async rewrapBelow(version: number, done: number, total: number, onProgress?: (done: number, total: number) => void): Promise<number> {
    for (;;) {
      const batch = await this.store.all<{ subject_id: string; dek_version: number; kek_version: number; wrapped: unknown }>(
        'SELECT subject_id, dek_version, kek_version, wrapped FROM data_keys WHERE kek_version < ? ORDER BY subject_id LIMIT 500',
        [version],
      );
      if (batch.length === 0) return done;
      await this.store.tx(async (t) => {
        for (const r of batch) {
          const dv = toInt(r.dek_version);
          const kv = toInt(r.kek_version);
          const key = open(this.kek(kv), toBuffer(r.wrapped), `dek|${r.subject_id}|${dv}|${kv}`);
          if (!key) throw new CustosError('CUSTOS_INTEGRITY', 'a data key does not authenticate: the key store was altered');
          await t.run('UPDATE data_keys SET kek_version = ?, wrapped = ? WHERE subject_id = ? AND kek_version = ?', [
            version,
            seal(this.kek(version), key, `dek|${r.subject_id}|${dv}|${version}`),
            r.subject_id,
            kv,
          ]);
        }
      });
      done += batch.length;
      onProgress?.(done, Math.max(total, done));
    }
  }

  /** A purpose-specific key derived from the master key (HKDF), e.g. to seal the audit signing key. */
  derive(label: string): Buffer {
    return deriveKey(this.master, `custos/${label}`);
  }

  blindIndex(kind: string, normalised: string): string {
    return blindIndexOf(this.blindIndexKey, kind, normalised);
  }
}
