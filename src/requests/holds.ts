/**
 * Legal holds and de-attribution at erasure (seed 002): records the law requires (tax records) are kept
 * after the person's data is erased, sealed under a hold key of their own, readable only for the hold's
 * purpose by a role that acts for it, and purged when the hold ends. Public content (reviews) stays,
 * without its author.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { toBuffer, toInt } from '../store/db.js';
import { open, seal } from '../crypto/aead.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Vault } from '../vault/vault.js';
import { holdRecordsOf, type Policy } from '../policy/schema.js';
import type { Actor } from '../access/keys.js';
import type { AuditSink } from '../access/subjects.js';
import { CustosError } from '../errors.js';
import { requirePurpose } from '../access/decision.js';
import { addDuration } from '../policy/duration.js';

export interface KeptItem {
  category: string;
  hold: string;
  until: string;
  /** Why: the law the hold cites (its `reference`), else its description. */
  reason: string;
  /** For a multi-valued category (transactions): how many records were kept. */
  records?: number;
}

/** A hold that kept nothing of the person, and why: none of the categories it exists for held anything. */
export interface HoldNotApplied {
  hold: string;
  reason: 'no_records';
  /** The categories the hold exists for (`holdRecordsOf`), all empty for this person. */
  records: string[];
}

export class LegalHolds {
  private readonly holdKey: Buffer;
  private readonly contentKey: Buffer;
  constructor(
    private readonly db: Db,
    keyring: Keyring,
    private readonly vault: Vault,
    private readonly audit: AuditSink,
    private readonly policy: () => Policy,
  ) {
    this.holdKey = keyring.derive('legal-hold/v1');
    this.contentKey = keyring.derive('public-content/v1');
  }

  /**
   * Before erasure: copies the held categories' data under the hold key. A hold applies to the person
   * only when one of the categories it exists for (`holdRecordsOf`: its `records`, else its multi-valued
   * categories) holds something: someone with no transaction on record has no tax record to keep, so
   * their name and address are erased with the rest (reported in `notApplied`). A hold of single-valued
   * categories only keeps each of them that holds a value. `present`: the categories the person holds
   * data in (`Vault.categoriesWithData`); the others are not read.
   */
  async keep(subjectId: string, now: Date, present: ReadonlySet<string>): Promise<{ kept: KeptItem[]; notApplied: HoldNotApplied[] }> {
    const p = this.policy();
    const kept: KeptItem[] = [];
    const notApplied: HoldNotApplied[] = [];
    const rows: [string, string, string, string, Buffer, number, number][] = [];
    for (const [hold, h] of Object.entries(p.legal_holds)) {
      const until = addDuration(now, h.period);
      const reason = h.reference ?? (typeof h.description === 'string' ? h.description : (h.description?.en ?? hold));
      const anchors = holdRecordsOf(p, h);
      const notHeld: HoldNotApplied = { hold, reason: 'no_records', records: anchors };
      // none of what the hold exists for holds anything: it keeps nothing of the person, and nothing is read
      if (anchors.length > 0 && !anchors.some((c) => present.has(c))) {
        notApplied.push(notHeld);
        continue;
      }
      // what the person has in each held category: a single value, or the records of a multi-valued one
      // (read only where `present` says there is something)
      const single = h.categories.filter((c) => p.categories[c] && !p.categories[c].multiple && present.has(c));
      const values = single.length > 0 ? (await this.vault.read(subjectId, single)).fields : {};
      const records = new Map<string, { createdAt: string; value: unknown }[]>();
      for (const category of h.categories.filter((c) => p.categories[c]?.multiple)) {
        const list: { createdAt: string; value: unknown }[] = [];
        if (present.has(category)) for await (const r of this.vault.records(subjectId, category)) list.push({ createdAt: r.createdAt, value: r.value });
        records.set(category, list);
      }
      // (and what it exists for may have gone meanwhile)
      if (anchors.length > 0 && !anchors.some((c) => (records.get(c)?.length ?? 0) > 0 || values[c] !== undefined)) {
        notApplied.push(notHeld);
        continue;
      }
      const put = (category: string, value: unknown) => {
        const itemId = randomUUID();
        rows.push([subjectId, itemId, hold, category, seal(this.holdKey, Buffer.from(JSON.stringify(value)), `${subjectId}|${itemId}|${hold}|${category}`), until.getTime(), now.getTime()]);
      };
      for (const [category, value] of Object.entries(values)) {
        put(category, value);
        kept.push({ category, hold, until: until.toISOString(), reason });
      }
      for (const [category, list] of records) {
        for (const r of list) put(category, r);
        if (list.length > 0) kept.push({ category, hold, until: until.toISOString(), reason, records: list.length });
      }
    }
    if (rows.length > 0)
      await this.db.tx(async (t) => {
        for (const r of rows)
          await t.run('INSERT INTO held_data (subject_id, item_id, hold, category, ciphertext, held_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', r);
      });
    return { kept, notApplied };
  }

  /**
   * What `keep` and `deattribute` need to know first: for each of these subjects, the categories of the
   * legal holds and the public content it holds data in (one look for them all; see `Vault.categoriesWithData`).
   */
  async present(subjectIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const p = this.policy();
    const read = new Set(Object.values(p.legal_holds).flatMap((h) => h.categories));
    for (const [category, c] of Object.entries(p.categories)) if (c.kind === 'public-content' && c.multiple) read.add(category);
    return this.vault.categoriesWithData(subjectIds, [...read].filter((c) => Object.hasOwn(p.categories, c)));
  }

  /** Before erasure: public content leaves the person, kept without any link to them (`present` as for `keep`). */
  async deattribute(subjectId: string, present: ReadonlySet<string>): Promise<{ category: string; count: number }[]> {
    const p = this.policy();
    const out: { category: string; count: number }[] = [];
    for (const [category, c] of Object.entries(p.categories)) {
      if (c.kind !== 'public-content' || !c.multiple || !present.has(category)) continue;
      let count = 0;
      for await (const r of this.vault.records(subjectId, category)) {
        const contentId = randomUUID();
        await this.db.run('INSERT INTO deattributed_content (content_id, category, ciphertext, created_at) VALUES (?, ?, ?, ?)', [
          contentId,
          category,
          seal(this.contentKey, Buffer.from(JSON.stringify(r.value)), `content|${contentId}|${category}`),
          Date.parse(r.createdAt),
        ]);
        count++;
      }
      if (count > 0) out.push({ category, count });
    }
    return out;
  }

  /** Held data, only for the hold's own purpose, by a role that acts for it. Audited. */
  async read(subjectId: string, opts: { actor: Actor; purpose: string }): Promise<{ hold: string; category: string; value: unknown; heldUntil: string }[]> {
    const p = this.policy();
    const purpose = requirePurpose(p, opts.purpose);
    const holds = Object.entries(p.legal_holds).filter(([, h]) => h.purpose === purpose).map(([id]) => id);
    const roleOk = p.roles[opts.actor.role]?.purposes.includes(purpose) ?? false;
    if (holds.length === 0 || !roleOk) {
      await this.audit.append({ actor: opts.actor, action: 'hold.read', purpose, outcome: 'denied', reason: holds.length === 0 ? 'purpose_not_a_hold' : 'role_not_for_purpose' });
      throw new CustosError('CUSTOS_POLICY_VIOLATION', 'held data is readable only for the purpose of its legal hold', [
        { field: 'purpose', rule: holds.length === 0 ? 'purpose_not_a_hold' : 'role_not_for_purpose', message: 'held data is readable only for its hold purpose, by a role that acts for it' },
      ]);
    }
    const rows = await this.db.all<{ item_id: string; hold: string; category: string; ciphertext: unknown; held_until: number }>(
      `SELECT item_id, hold, category, ciphertext, held_until FROM held_data WHERE subject_id = ? AND hold IN (${holds.map(() => '?').join(', ')}) ORDER BY created_at, item_id`,
      [subjectId, ...holds],
    );
    const out = rows.map((r) => {
      const plain = open(this.holdKey, toBuffer(r.ciphertext), `${subjectId}|${r.item_id}|${r.hold}|${r.category}`);
      if (!plain) throw new CustosError('CUSTOS_INTEGRITY', 'held data does not authenticate');
      return { hold: r.hold, category: r.category, value: JSON.parse(plain.toString('utf8')), heldUntil: new Date(toInt(r.held_until)).toISOString() };
    });
    await this.audit.append({ actor: opts.actor, action: 'hold.read', purpose, outcome: 'allowed', fields: [...new Set(out.map((o) => o.category))], details: { items: out.length } });
    return out;
  }

  /** When a hold ends, its data goes (run by retention). */
  async purgeExpired(now: Date, dryRun = false): Promise<number> {
    const t = now.getTime();
    if (dryRun) return toInt((await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM held_data WHERE held_until < ?', [t]))?.n ?? 0);
    return (await this.db.run('DELETE FROM held_data WHERE held_until < ?', [t])).changes;
  }
}
