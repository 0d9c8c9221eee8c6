/**
 * Rows bound to the master key. A row whose columns grant power (an API key's hash and role, the admin
 * password's hash and its parameters, the public half of a signing key) carries an HMAC-SHA-256 of those
 * columns under a key derived from the master key for that one use (`deriveKey(master, 'custos/...')`).
 * Whoever can write the store but lacks the master key cannot make a row, or change one, so that it
 * passes: such a row is refused. Every process holding the master key derives the same key.
 *
 * A MAC says who wrote a row, not when: a copy of a row that was valid once (taken before a revocation,
 * say) still passes if it is put back. Where that matters, the act is also checked against the audit log,
 * which records it (an API key's revocation, an admin password set or cleared: see `AuditLog.lastEntry`).
 */
import type { Db } from '../store/db.js';
import { toBuffer } from '../store/db.js';
import { migrate, type Migration } from '../store/migrate.js';
import { constantTimeEqual, hmac } from './aead.js';

/** What the audit log says of a row that fails its MAC (`integrity` denials). */
export const UNBOUND_ROW = 'the row does not carry a valid MAC: it was written or changed without the master key';

/** A column value a MAC covers; integers as numbers (PostgreSQL BIGINT arrives as text: convert first). */
export type MacField = string | number | null | Buffer;

/** The MAC of a row of kind `kind` (its table and format version) over `fields`, in a fixed order. */
export function rowMac(key: Buffer, kind: string, fields: readonly MacField[]): Buffer {
  // JSON of a list: unambiguous boundaries; binary values as {b: base64}, never equal to a text value
  return hmac(key, JSON.stringify([kind, ...fields.map((f) => (Buffer.isBuffer(f) ? { b: f.toString('base64') } : f))]));
}

/** Whether `stored` (a BLOB/BYTEA column, possibly NULL) is the MAC of the row, compared in constant time. */
export function rowMacMatches(key: Buffer, kind: string, fields: readonly MacField[], stored: unknown): boolean {
  if (stored == null) return false;
  let mac: Buffer;
  try {
    mac = toBuffer(stored);
  } catch {
    return false;
  }
  return constantTimeEqual(mac, rowMac(key, kind, fields));
}

/**
 * Applies a component's migrations and, in the same transaction, `bind` if this call applied migration
 * `version` (the one that adds the MAC column): rows already in the store get their MAC then, once. The
 * store is trusted at that moment, as it was before the binding existed; a row written later without the
 * master key never gets one. Several processes may start at once: the migration lock lets one do it.
 */
export async function migrateBinding(db: Db, component: string, migrations: readonly Migration[], version: number, bind: (t: Db) => Promise<void>): Promise<void> {
  await db.tx(async (t) => {
    const applied = await migrate(t, component, migrations);
    if (applied.includes(version)) await bind(t);
  });
}
