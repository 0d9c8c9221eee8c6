/**
 * Restrictions (suspension of use): while one is active, the subject's data is used for no purpose
 * except those that survive restriction (storage, legal claims). `purpose = '*'` suspends all.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { runForKeys, toInt } from '../store/db.js';
import { lockLiveSubject, type SubjectColumn } from '../vault/vault.js';
import { invalidInput } from '../errors.js';
import { requireNoIdentifiers } from '../detect/detect.js';
import { ID_PATTERN } from '../policy/schema.js';

export interface Restriction {
  restrictionId: string;
  purpose: string;
  reason?: string;
  createdAt: string;
}

export class Restrictions {
  /** `purposes` as a column of the vault's statement (see Vault.fetch); read it back with `purposesOf`. */
  readonly purposesColumn: SubjectColumn;

  constructor(private readonly db: Db) {
    const list = db.dialect === 'postgres' ? "string_agg(purpose, ' ')" : "group_concat(purpose, ' ')";
    this.purposesColumn = { sql: `(SELECT ${list} FROM restrictions r WHERE r.subject_id = s.subject_id AND r.lifted_at IS NULL)` };
  }

  async add(subjectId: string, purpose = '*', reason?: string): Promise<Restriction> {
    // a purpose is a policy identifier (read back from a space-separated list, see purposesColumn)
    if (typeof purpose !== 'string' || !(purpose === '*' || ID_PATTERN.test(purpose)))
      throw invalidInput('purpose', 'purpose_id', "must be a purpose id (lower-case letters, digits and _) or '*'");
    if (reason !== undefined) {
      if (typeof reason !== 'string' || reason.length > 500) throw invalidInput('reason', 'reason_length', 'must be text of at most 500 characters');
      requireNoIdentifiers('reason', reason);
    }
    const restrictionId = randomUUID();
    const now = Date.now();
    await this.db.tx(async (t) => {
      await lockLiveSubject(t, subjectId);
      await t.run('INSERT INTO restrictions (subject_id, restriction_id, purpose, reason, created_at) VALUES (?, ?, ?, ?, ?)', [subjectId, restrictionId, purpose, reason ?? null, now]);
    });
    return { restrictionId, purpose, reason, createdAt: new Date(now).toISOString() };
  }

  async lift(subjectId: string, restrictionId?: string): Promise<number> {
    const r = restrictionId
      ? await this.db.run('UPDATE restrictions SET lifted_at = ? WHERE subject_id = ? AND restriction_id = ? AND lifted_at IS NULL', [Date.now(), subjectId, restrictionId])
      : await this.db.run('UPDATE restrictions SET lifted_at = ? WHERE subject_id = ? AND lifted_at IS NULL', [Date.now(), subjectId]);
    return r.changes;
  }

  async active(subjectId: string): Promise<Restriction[]> {
    const rows = await this.db.all<{ restriction_id: string; purpose: string; reason: string | null; created_at: number }>(
      'SELECT restriction_id, purpose, reason, created_at FROM restrictions WHERE subject_id = ? AND lifted_at IS NULL ORDER BY created_at',
      [subjectId],
    );
    return rows.map((r) => ({ restrictionId: r.restriction_id, purpose: r.purpose, ...(r.reason ? { reason: r.reason } : {}), createdAt: new Date(toInt(r.created_at)).toISOString() }));
  }

  async purposes(subjectId: string): Promise<Set<string>> {
    const rows = await this.db.all<{ purpose: string }>('SELECT purpose FROM restrictions WHERE subject_id = ? AND lifted_at IS NULL', [subjectId]);
    return new Set(rows.map((r) => r.purpose));
  }

  purposesOf(value: unknown): Set<string> {
    return new Set(typeof value === 'string' && value ? value.split(' ') : []);
  }

  async forget(subjectIds: readonly string[]): Promise<void> {
    await runForKeys(this.db, 'DELETE FROM restrictions WHERE subject_id', [], subjectIds);
  }
}
