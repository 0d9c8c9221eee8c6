/**
 * API keys. A key is shown once (`ck_<id>_<secret>`); only a SHA-256 of its 256-bit secret is stored,
 * compared in constant time. Each key acts in one role of the policy.
 *
 * Each row is bound to the master key: a MAC (key derived from the master key) over the key id, the
 * hash, the role and the revocation time. A row planted or edited by someone who can write the data
 * store but lacks the master key (a hash of their own secret, another role, a revocation undone) does
 * not authenticate; it is answered as an unknown key and recorded in the audit log (`key.authenticate`,
 * denied, reason `integrity`). A MAC shows who wrote a row, not when: a copy of the row from before its
 * revocation, put back, carries a valid one. So a row that reads as not revoked is also checked against
 * the audit log, where the revocation is recorded (`key.revoke`); to revive the key, the log must be cut
 * back too, which its exported checkpoints show.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';
import { toBuffer, toInt } from '../store/db.js';
import type { Migration } from '../store/migrate.js';
import { invalidInput, notFound } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import type { AuditWriter } from '../audit/types.js';
import type { AuditLog } from '../audit/log.js';
import { migrateBinding, rowMac, rowMacMatches, UNBOUND_ROW } from '../crypto/row-mac.js';

/**
 * The `api_keys` table is created by the access migrations (access/schema.ts); its binding to the master
 * key is this component's. Migration 1 adds the MAC column and, in the same transaction, computes the MAC
 * of every key already there (see ApiKeys.migrate).
 */
export const API_KEY_MIGRATIONS: Migration[] = [
  { version: 1, name: 'api keys bound to the master key', sql: 'ALTER TABLE api_keys ADD COLUMN mac BLOB;' },
];

/** What the MAC of an API key row covers; a new format gets a new kind. */
const MAC_KIND = 'api_keys/v1';

const macFields = (keyId: string, secretHash: Buffer, role: string, revokedAt: number | null) => [keyId, secretHash, role, revokedAt];
/** The stored hash; a value that is not binary (not written by Custos) as no bytes, so that its MAC fails. */
const storedHash = (v: unknown): Buffer => (Buffer.isBuffer(v) || v instanceof Uint8Array ? toBuffer(v) : Buffer.alloc(0));

/** The details of a key's `key.revoke` entry, as written and as looked for (matched as text: one shape for both). */
const revoked = (keyId: string) => ({ keyId });

/** How a key row failed its check. */
type Tampering = 'tampered' | 'rolled_back';
const PROBLEMS: Record<Tampering, string> = {
  tampered: UNBOUND_ROW,
  rolled_back: 'the row reads as not revoked, but the audit log records the revocation of the key: an older copy of the row was put back',
};

export interface Actor {
  keyId: string;
  role: string;
  name?: string;
}

export interface ApiKeyInfo {
  keyId: string;
  name: string;
  role: string;
  createdAt: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

const TOKEN = /^ck_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** The key id of a well-formed key (`ck_<id>_<secret>`), not a secret; undefined for anything else. */
export const keyIdOf = (token: unknown): string | undefined => (typeof token === 'string' ? TOKEN.exec(token)?.[1] : undefined);

/** SHA-256 of the secret (one-shot: no Hash object per request). */
const hashSecret = (secret: string): Buffer => hash('sha256', secret, 'buffer');

/**
 * How long a key verified against the store is trusted without looking at its row again. A key revoked
 * here stops working at once; one revoked by another process (`custos keys revoke`, another server on
 * the same store) stops within this time.
 */
export const KEY_RECHECK_MS = 1000;
/** `last_used_at` is written at most this often per key and process. */
const LAST_USED_EVERY_MS = 60_000;

export class ApiKeys {
  private readonly seen = new Map<string, { actor: Actor; hash: Buffer; checkedAt: number }>();
  /** When this process last wrote each key's `last_used_at`. */
  private readonly usedAt = new Map<string, number>();
  /** Revocations made by this process: a lookup that began before one is not cached (it read the key as valid). */
  private revocations = 0;
  /** Key ids whose row failed its MAC, and when that was last recorded here (once a minute per key and process). */
  private readonly tampered = new Map<string, number>();
  /**
   * `macKey`: derived from the master key for this use only (`deriveKey(master, 'custos/api-key-mac/v1')`,
   * `keyring.derive('api-key-mac/v1')`); every process on the store derives the same.
   */
  constructor(
    private readonly db: Db,
    private readonly policy: () => Policy,
    private readonly audit: AuditWriter & Pick<AuditLog, 'lastEntry' | 'query'>,
    private readonly macKey: Buffer,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (macKey.length !== 32) throw new TypeError('the API key MAC key must be 32 bytes');
  }

  /**
   * Adds the MAC column and binds the keys already in the store, in one transaction, once (run on open,
   * after the access migrations). The store is trusted at that moment, as it was before the binding: a
   * row planted earlier gets a MAC too, one planted later never does.
   */
  static async migrate(db: Db, macKey: Buffer): Promise<void> {
    await migrateBinding(db, 'api-keys', API_KEY_MIGRATIONS, 1, async (t) => {
      const rows = await t.all<{ key_id: string; role: string; secret_hash: unknown; revoked_at: number | string | null }>('SELECT key_id, role, secret_hash, revoked_at FROM api_keys');
      for (const r of rows) {
        const mac = rowMac(macKey, MAC_KIND, macFields(r.key_id, toBuffer(r.secret_hash), r.role, r.revoked_at == null ? null : toInt(r.revoked_at)));
        await t.run('UPDATE api_keys SET mac = ? WHERE key_id = ?', [mac, r.key_id]);
      }
    });
  }

  private mac(keyId: string, secretHash: Buffer, role: string, revokedAt: number | null): Buffer {
    return rowMac(this.macKey, MAC_KIND, macFields(keyId, secretHash, role, revokedAt));
  }

  /** Creates a key for a role; the key is returned once and never stored. `by` is who asked. */
  async create(input: { name: string; role: string }, by: Actor): Promise<{ key: string; info: ApiKeyInfo }> {
    if (typeof input.name !== 'string' || !/^[\p{L}\p{N} ._-]{1,80}$/u.test(input.name))
      throw invalidInput('name', 'key_name', 'must be 1-80 letters, digits, spaces, dots, dashes or underscores');
    if (typeof input.role !== 'string' || !Object.hasOwn(this.policy().roles, input.role))
      throw invalidInput('role', 'role_declared', `must be a role of the policy: ${Object.keys(this.policy().roles).join(', ')}`);
    const keyId = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12).padEnd(12, '0');
    const secret = randomBytes(32).toString('base64url');
    const now = Date.now();
    const secretHash = hashSecret(secret);
    await this.db.run('INSERT INTO api_keys (key_id, name, role, secret_hash, created_at, mac) VALUES (?, ?, ?, ?, ?, ?)', [
      keyId, input.name, input.role, secretHash, now, this.mac(keyId, secretHash, input.role, null),
    ]);
    await this.audit.append({ actor: { keyId: by.keyId, role: by.role }, action: 'key.create', outcome: 'ok', details: { keyId, role: input.role } });
    return { key: `ck_${keyId}_${secret}`, info: { keyId, name: input.name, role: input.role, createdAt: new Date(now).toISOString() } };
  }

  /** The keys; one whose row reads as not revoked but whose revocation the audit log records (a row put back) is listed as revoked, when the log says. */
  async list(): Promise<ApiKeyInfo[]> {
    return this.infos();
  }

  /** The keys, or the one key `keyId` (see `list`). */
  private async infos(keyId?: string): Promise<ApiKeyInfo[]> {
    const rows = await this.db.all<{ key_id: string; name: string; role: string; created_at: number; revoked_at: number | null; last_used_at: number | null }>(
      `SELECT key_id, name, role, created_at, revoked_at, last_used_at FROM api_keys${keyId === undefined ? '' : ' WHERE key_id = ?'} ORDER BY created_at, key_id`,
      keyId === undefined ? [] : [keyId],
    );
    const inLog = rows.some((r) => r.revoked_at == null) ? await this.revokedInLog() : new Map<string, string>();
    return rows.map((r) => {
      const revokedAt = r.revoked_at != null ? new Date(toInt(r.revoked_at)).toISOString() : inLog.get(r.key_id);
      return {
        keyId: r.key_id,
        name: r.name,
        role: r.role,
        createdAt: new Date(toInt(r.created_at)).toISOString(),
        ...(revokedAt !== undefined ? { revokedAt } : {}),
        ...(r.last_used_at != null ? { lastUsedAt: new Date(toInt(r.last_used_at)).toISOString() } : {}),
      };
    });
  }

  /** The keys whose revocation the audit log records, with its time (one pass over the revocations). */
  private async revokedInLog(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const limit = 10_000;
    for (let after = 0; ; ) {
      const page = await this.audit.query({ action: 'key.revoke', afterSeq: after, limit });
      for (const e of page) if (typeof e.details?.keyId === 'string') out.set(e.details.keyId, e.time);
      if (page.length < limit) return out;
      after = page[page.length - 1].seq;
    }
  }

  /** Revokes a key at once; the row's MAC is computed again over its revocation time (undoing it by hand fails the MAC). */
  async revoke(keyId: string, by: Actor): Promise<ApiKeyInfo> {
    const at = Date.now();
    const r = await this.db.tx(async (t) => {
      const row = await t.get<{ role: string; secret_hash: unknown }>(
        `SELECT role, secret_hash FROM api_keys WHERE key_id = ? AND revoked_at IS NULL${t.dialect === 'postgres' ? ' FOR UPDATE' : ''}`,
        [keyId],
      );
      if (!row) return { changes: 0 };
      // a row that failed its MAC is revoked too (and bound as revoked: it stays refused)
      return t.run('UPDATE api_keys SET revoked_at = ?, mac = ? WHERE key_id = ? AND revoked_at IS NULL', [at, this.mac(keyId, storedHash(row.secret_hash), row.role, at), keyId]);
    });
    this.revocations++;
    this.seen.delete(keyId);
    const [info] = await this.infos(keyId);
    if (!info) throw notFound('API key', 'keyId');
    if (r.changes > 0) await this.audit.append({ actor: { keyId: by.keyId, role: by.role }, action: 'key.revoke', outcome: 'ok', details: revoked(keyId) });
    return info;
  }

  /** The actor a bearer token stands for, or null (unknown, malformed or revoked: no difference is shown). */
  async authenticate(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const m = TOKEN.exec(token);
    if (!m) return null;
    const [, keyId, secret] = m;
    const digest = hashSecret(secret);
    const now = this.now().getTime();
    const cached = this.seen.get(keyId);
    if (cached && now - cached.checkedAt < KEY_RECHECK_MS) return timingSafeEqual(cached.hash, digest) ? cached.actor : null;
    const revocations = this.revocations;
    const row = await this.boundRow(keyId);
    if (typeof row === 'string' || row.revoked) {
      this.seen.delete(keyId);
      // written without the master key, or put back from before its revocation: an unknown key to the
      // caller, an integrity failure in the log
      if (row === 'tampered' || row === 'rolled_back') await this.reportTampered(keyId, now, row);
      return null;
    }
    const stored = row.hash;
    if (stored.length !== digest.length || !timingSafeEqual(stored, digest)) return null;
    const actor = { keyId, role: row.role, name: row.name };
    if (revocations === this.revocations) this.seen.set(keyId, { actor, hash: stored, checkedAt: now });
    await this.used(keyId, now);
    return actor;
  }

  /**
   * The actor of a key that signed in before (an admin console session names the key, never its secret),
   * looked up in the store each time, never from this process's cache: null once the key is revoked (here
   * or by any other process), unknown, or its row fails its check. A use like a Bearer request's.
   */
  async activeActor(keyId: string): Promise<Actor | null> {
    const now = this.now().getTime();
    const row = await this.boundRow(keyId);
    if (typeof row === 'string' || row.revoked) {
      if (row === 'tampered' || row === 'rolled_back') await this.reportTampered(keyId, now, row);
      return null;
    }
    await this.used(keyId, now);
    return { keyId, role: row.role, name: row.name };
  }

  /** Records the key's use in `last_used_at`, at most once a minute per key and process. */
  private async used(keyId: string, now: number): Promise<void> {
    const last = this.usedAt.get(keyId);
    if (last !== undefined && now - last < LAST_USED_EVERY_MS) return;
    if (this.usedAt.size >= 10_000) this.usedAt.clear();
    this.usedAt.set(keyId, now);
    await this.db.run('UPDATE api_keys SET last_used_at = ? WHERE key_id = ?', [now, keyId]);
  }

  /**
   * Whether the key still vouches for the subject tokens it issued: not revoked, its row intact, and its
   * role still granted `subject_tokens`. (Looked up each time: a token is used a few times, a key is not.)
   */
  async mayIssueSubjectTokens(keyId: string): Promise<boolean> {
    const row = await this.boundRow(keyId);
    if (typeof row === 'string' || row.revoked) return false;
    return this.policy().roles[row.role]?.operations.includes('subject_tokens') ?? false;
  }

  /**
   * The key's row as stored, once its MAC holds: `tampered` when it does not, `rolled_back` when it reads
   * as not revoked but the audit log records the key's revocation, `missing` when there is none.
   */
  private async boundRow(keyId: string): Promise<{ name: string; role: string; hash: Buffer; revoked: boolean } | 'missing' | Tampering> {
    const row = await this.db.get<{ name: string; role: string; secret_hash: unknown; revoked_at: number | string | null; mac: unknown }>(
      'SELECT name, role, secret_hash, revoked_at, mac FROM api_keys WHERE key_id = ?',
      [keyId],
    );
    if (!row) return 'missing';
    const hash = storedHash(row.secret_hash);
    if (!rowMacMatches(this.macKey, MAC_KIND, macFields(keyId, hash, row.role, row.revoked_at == null ? null : toInt(row.revoked_at)), row.mac)) return 'tampered';
    if (row.revoked_at == null && (await this.audit.lastEntry('key.revoke', revoked(keyId)))) {
      // read again: a revocation that committed after the row was read is no rollback (its entry follows its row)
      const again = await this.db.get<{ revoked_at: number | string | null }>('SELECT revoked_at FROM api_keys WHERE key_id = ?', [keyId]);
      if (again?.revoked_at == null) return 'rolled_back';
      return { name: row.name, role: row.role, hash, revoked: true };
    }
    return { name: row.name, role: row.role, hash, revoked: row.revoked_at != null };
  }

  /** Records a key row that failed its check: an audit entry, at most once a minute per key and process. */
  private async reportTampered(keyId: string, now: number, how: Tampering): Promise<void> {
    const last = this.tampered.get(keyId);
    if (last !== undefined && now - last < LAST_USED_EVERY_MS) return;
    if (this.tampered.size >= 10_000) this.tampered.clear();
    this.tampered.set(keyId, now);
    await this.audit.append({
      actor: { keyId: 'anonymous', role: 'public' },
      action: 'key.authenticate',
      outcome: 'denied',
      reason: 'integrity',
      details: { keyId, table: 'api_keys', problem: PROBLEMS[how] },
    });
  }
}
