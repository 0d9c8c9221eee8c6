/**
 * Restrictions (suspension of use): while one is active, the subject's data is used for no purpose
 * except those that survive restriction (storage, legal claims). `purpose = '*'` suspends all.
 * Adding one and lifting one are both in the audit log (`restriction.add`, `restriction.lift`), by
 * whoever did it: the suspension of a use and its end are changes to how the person's data is used.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { runForKeys, toInt, valuesForKeys } from '../store/db.js';
import { lockLiveSubject, type SubjectColumn } from '../vault/vault.js';
import { invalidInput } from '../errors.js';
import { requireNoIdentifiers } from '../detect/detect.js';
import { ID_PATTERN, type Policy } from '../policy/schema.js';
import { SYSTEM, type AuditActor, type AuditWriter } from '../audit/types.js';

export interface Restriction {
  restrictionId: string;
  purpose: string;
  reason?: string;
  createdAt: string;
}

export class Restrictions {
  /** `purposes` as a column of the vault's statement (see Vault.fetch); read it back with `purposesOf`. */
  readonly purposesColumn: SubjectColumn;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly policy: () => Policy,
  ) {
    const list = db.dialect === 'postgres' ? "string_agg(purpose, ' ')" : "group_concat(purpose, ' ')";
    this.purposesColumn = { sql: `(SELECT ${list} FROM restrictions r WHERE r.subject_id = s.subject_id AND r.lifted_at IS NULL)` };
  }

  /** Restricts `purpose` ('*': every use that does not survive restriction); audited as `restriction.add`. */
  async add(subjectId: string, purpose = '*', reason?: string, actor: AuditActor = SYSTEM): Promise<Restriction> {
    // a purpose is a policy identifier (read back from a space-separated list, see purposesColumn)
    if (typeof purpose !== 'string' || !(purpose === '*' || ID_PATTERN.test(purpose)))
      throw invalidInput('purpose', 'purpose_id', "must be a purpose id (lower-case letters, digits and _) or '*'");
    if (purpose !== '*' && Object.hasOwn(this.policy().purposes, purpose) && this.policy().purposes[purpose].survives_restriction)
      throw invalidInput('purpose', 'purpose_survives_restriction', 'is a use the law requires (such as tax records), which goes on while use is restricted');
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
    // (the reason is free text: it stays with the restriction, never in the permanent log)
    await this.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'restriction.add', subjectId, outcome: 'ok', details: { restrictionId, restricts: purpose } });
    return { restrictionId, purpose, reason, createdAt: new Date(now).toISOString() };
  }

  /**
   * Lifts the subject's active restrictions (or the one given); returns how many. Audited as
   * `restriction.lift` naming the restrictions lifted and what they restricted, like their adding; a
   * lift that finds nothing active changes nothing and writes nothing.
   */
  async lift(subjectId: string, restrictionId?: string, actor: AuditActor = SYSTEM): Promise<number> {
    const one = restrictionId !== undefined;
    const lifted = await this.db.tx(async (t) => {
      const rows = await t.all<{ restriction_id: string; purpose: string }>(
        `SELECT restriction_id, purpose FROM restrictions WHERE subject_id = ? AND lifted_at IS NULL${one ? ' AND restriction_id = ?' : ''} ORDER BY created_at`,
        one ? [subjectId, restrictionId] : [subjectId],
      );
      const now = Date.now();
      const done: typeof rows = [];
      // each row read is lifted by its id (one lifted meanwhile by another process is not counted twice)
      for (const r of rows)
        if ((await t.run('UPDATE restrictions SET lifted_at = ? WHERE subject_id = ? AND restriction_id = ? AND lifted_at IS NULL', [now, subjectId, r.restriction_id])).changes > 0) done.push(r);
      return done;
    });
    if (lifted.length > 0)
      await this.audit.append({
        actor: { keyId: actor.keyId, role: actor.role },
        action: 'restriction.lift',
        subjectId,
        outcome: 'ok',
        details: { restrictionIds: lifted.map((r) => r.restriction_id), restricts: lifted.map((r) => r.purpose) },
      });
    return lifted.length;
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

  /** The purposes restricted now for each of `subjectIds` that has any (one statement per page of ids). */
  async purposesFor(subjectIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    const rows = await valuesForKeys(this.db, 'SELECT subject_id, purpose FROM restrictions WHERE lifted_at IS NULL AND subject_id', [], subjectIds);
    for (const [id, purpose] of rows as [string, string][]) {
      let set = out.get(id);
      if (!set) out.set(id, (set = new Set()));
      set.add(purpose);
    }
    return out;
  }

  purposesOf(value: unknown): Set<string> {
    return new Set(typeof value === 'string' && value ? value.split(' ') : []);
  }

  async forget(subjectIds: readonly string[]): Promise<void> {
    await runForKeys(this.db, 'DELETE FROM restrictions WHERE subject_id', [], subjectIds);
  }
}
