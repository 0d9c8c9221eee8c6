/**
 * API keys. A key is shown once (`ck_<id>_<secret>`); only a SHA-256 of its 256-bit secret is stored,
 * compared in constant time. Each key acts in one role of the policy.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';
import { toBuffer, toInt } from '../store/db.js';
import { invalidInput, notFound } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import type { AuditWriter } from '../audit/types.js';

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
  private readonly seen = new Map<string, { actor: Actor; hash: Buffer; checkedAt: number; usedAt: number }>();
  /** Revocations made by this process: a lookup that began before one is not cached (it read the key as valid). */
  private revocations = 0;
  constructor(
    private readonly db: Db,
    private readonly policy: () => Policy,
    private readonly audit: AuditWriter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a key for a role; the key is returned once and never stored. `by` is who asked. */
  async create(input: { name: string; role: string }, by: Actor): Promise<{ key: string; info: ApiKeyInfo }> {
    if (typeof input.name !== 'string' || !/^[\p{L}\p{N} ._-]{1,80}$/u.test(input.name))
      throw invalidInput('name', 'key_name', 'must be 1-80 letters, digits, spaces, dots, dashes or underscores');
    if (typeof input.role !== 'string' || !Object.hasOwn(this.policy().roles, input.role))
      throw invalidInput('role', 'role_declared', `must be a role of the policy: ${Object.keys(this.policy().roles).join(', ')}`);
    const keyId = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12).padEnd(12, '0');
    const secret = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.db.run('INSERT INTO api_keys (key_id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)', [keyId, input.name, input.role, hashSecret(secret), now]);
    await this.audit.append({ actor: { keyId: by.keyId, role: by.role }, action: 'key.create', outcome: 'ok', details: { keyId, role: input.role } });
    return { key: `ck_${keyId}_${secret}`, info: { keyId, name: input.name, role: input.role, createdAt: new Date(now).toISOString() } };
  }

  async list(): Promise<ApiKeyInfo[]> {
    const rows = await this.db.all<{ key_id: string; name: string; role: string; created_at: number; revoked_at: number | null; last_used_at: number | null }>(
      'SELECT key_id, name, role, created_at, revoked_at, last_used_at FROM api_keys ORDER BY created_at, key_id',
    );
    return rows.map((r) => ({
      keyId: r.key_id,
      name: r.name,
      role: r.role,
      createdAt: new Date(toInt(r.created_at)).toISOString(),
      ...(r.revoked_at != null ? { revokedAt: new Date(toInt(r.revoked_at)).toISOString() } : {}),
      ...(r.last_used_at != null ? { lastUsedAt: new Date(toInt(r.last_used_at)).toISOString() } : {}),
    }));
  }

  async revoke(keyId: string, by: Actor): Promise<ApiKeyInfo> {
    const r = await this.db.run('UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL', [Date.now(), keyId]);
    this.revocations++;
    this.seen.delete(keyId);
    const info = (await this.list()).find((k) => k.keyId === keyId);
    if (!info) throw notFound('API key');
    if (r.changes > 0) await this.audit.append({ actor: { keyId: by.keyId, role: by.role }, action: 'key.revoke', outcome: 'ok', details: { keyId } });
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
    const row = await this.db.get<{ name: string; role: string; secret_hash: unknown; revoked_at: number | null }>(
      'SELECT name, role, secret_hash, revoked_at FROM api_keys WHERE key_id = ?',
      [keyId],
    );
    if (!row || row.revoked_at != null) {
      this.seen.delete(keyId);
      return null;
    }
    const stored = toBuffer(row.secret_hash);
    if (stored.length !== digest.length || !timingSafeEqual(stored, digest)) return null;
    const actor = { keyId, role: row.role, name: row.name };
    const usedAt = cached && now - cached.usedAt < LAST_USED_EVERY_MS ? cached.usedAt : now;
    if (revocations === this.revocations) this.seen.set(keyId, { actor, hash: stored, checkedAt: now, usedAt });
    if (usedAt === now) await this.db.run('UPDATE api_keys SET last_used_at = ? WHERE key_id = ?', [now, keyId]);
    return actor;
  }
}
