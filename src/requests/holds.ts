/**
 * Legal holds and de-attribution at erasure (seed 002): records the law requires (tax records) are kept
 * after the person's data is erased, sealed under a hold key of their own, readable only for the hold's
 * purpose by a role that acts for it, and purged when the hold ends. Public content (reviews) stays,
 * without its author.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Param } from '../store/db.js';
import { insertRows, toBuffer, toInt } from '../store/db.js';
import { open, seal } from '../crypto/aead.js';
import type { Keyring } from '../crypto/keyring.js';
import type { HeldValues, Vault } from '../vault/vault.js';
import { holdRecordsOf, type LegalHold, type Policy } from '../policy/schema.js';
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

/**
 * What `keep` and `deattribute` prepare (sealed already) for `store`: the rows of held data and of
 * de-attributed content, of one person or of every person of a bulk erasure.
 */
export interface HeldRows {
  held: Param[][];
  content: Param[][];
}

export const heldRows = (): HeldRows => ({ held: [], content: [] });

/** What an erasure keeps of a person is worked out from (`LegalHolds.dataOf`). */
export interface ErasureData {
  /** The categories of the holds and the public content the person holds data in. */
  present: ReadonlySet<string>;
  /** Their values, read when the person has something to keep (else none). */
  values: HeldValues;
}

/** Whether `category` is public content that an erasure keeps without the person (multi-valued: posts, reviews). */
const isPublicContent = (p: Policy, category: string): boolean => p.categories[category]?.kind === 'public-content' && p.categories[category].multiple;

const NOTHING: ReadonlySet<string> = new Set();
const NO_VALUES: HeldValues = { fields: {}, records: new Map() };

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
   * What `keep` and `deattribute` work from, for each of these subjects (active, about to be erased): the
   * categories of the legal holds and the public content it holds data in, found for them all in one look
   * (`Vault.categoriesWithData`), and the values of those categories for the subjects that have something
   * to keep, read together (`Vault.valuesOf`). Most subjects of a bulk erasure have nothing: nothing of
   * theirs is read.
   */
  async dataOf(subjectIds: readonly string[]): Promise<Map<string, ErasureData>> {
    const p = this.policy();
    const categories = new Set(Object.values(p.legal_holds).flatMap((h) => h.categories));
    for (const category of Object.keys(p.categories)) if (isPublicContent(p, category)) categories.add(category);
    const read = [...categories].filter((c) => Object.hasOwn(p.categories, c));
    const present = await this.vault.categoriesWithData(subjectIds, read);
    const values = await this.vault.valuesOf([...present].filter(([, has]) => this.somethingToKeep(has)).map(([id]) => id), read);
    return new Map(subjectIds.map((id) => [id, { present: present.get(id) ?? NOTHING, values: values.get(id) ?? NO_VALUES }]));
  }

  /** Whether a person holding data in `present` has any to keep: public content, or a category of a hold that applies to them. */
  private somethingToKeep(present: ReadonlySet<string>): boolean {
    const p = this.policy();
    for (const category of present) if (isPublicContent(p, category)) return true;
    return Object.values(p.legal_holds).some((h) => this.applies(h, present) && h.categories.some((c) => present.has(c)));
  }

  /** Whether hold `h` applies to a person holding data in `present`: one of the categories it exists for (`holdRecordsOf`) holds something, or it exists for none in particular. */
  private applies(h: LegalHold, present: ReadonlySet<string>): boolean {
    const anchors = holdRecordsOf(this.policy(), h);
    return anchors.length === 0 || anchors.some((c) => present.has(c));
  }

  /**
   * Before erasure: copies the held categories' data under the hold key (into `rows`, which `store`
   * stores). A hold applies to the person only when one of the categories it exists for
   * (`holdRecordsOf`: its `records`, else its multi-valued categories) holds something: someone with no
   * transaction on record has no tax record to keep, so their name and address are erased with the rest
   * (reported in `notApplied`). A hold of single-valued categories only keeps each of them that holds a
   * value. `data`: what `dataOf` found of the person.
   */
  keep(subjectId: string, now: Date, data: ErasureData, rows: HeldRows): { kept: KeptItem[]; notApplied: HoldNotApplied[] } {
    const p = this.policy();
    const kept: KeptItem[] = [];
    const notApplied: HoldNotApplied[] = [];
    for (const [hold, h] of Object.entries(p.legal_holds)) {
      if (!this.applies(h, data.present)) {
        notApplied.push({ hold, reason: 'no_records', records: holdRecordsOf(p, h) });
        continue;
      }
      const until = addDuration(now, h.period);
      const reason = h.reference ?? (typeof h.description === 'string' ? h.description : (h.description?.en ?? hold));
      const put = (category: string, value: unknown) => {
        const itemId = randomUUID();
        rows.held.push([subjectId, itemId, hold, category, seal(this.holdKey, Buffer.from(JSON.stringify(value)), `${subjectId}|${itemId}|${hold}|${category}`), until.getTime(), now.getTime()]);
      };
      // what the person has in each held category: a single value, or the records of a multi-valued one
      for (const category of h.categories.filter((c) => p.categories[c] && !p.categories[c].multiple)) {
        if (!Object.hasOwn(data.values.fields, category)) continue;
        put(category, data.values.fields[category]);
        kept.push({ category, hold, until: until.toISOString(), reason });
      }
      for (const category of h.categories.filter((c) => p.categories[c]?.multiple)) {
        const list = data.values.records.get(category) ?? [];
        for (const r of list) put(category, r);
        if (list.length > 0) kept.push({ category, hold, until: until.toISOString(), reason, records: list.length });
      }
    }
    return { kept, notApplied };
  }

  /** Stores what `keep` and `deattribute` prepared, for one person or a whole bulk erasure, in one transaction. */
  async store(rows: HeldRows): Promise<void> {
    if (rows.held.length === 0 && rows.content.length === 0) return;
    await this.db.tx(async (t) => {
      await insertRows(t, 'held_data', ['subject_id', 'item_id', 'hold', 'category', 'ciphertext', 'held_until', 'created_at'], rows.held);
      await insertRows(t, 'deattributed_content', ['content_id', 'category', 'ciphertext', 'created_at'], rows.content);
    });
  }

  /** Before erasure: public content leaves the person, kept without any link to them (into `rows`; `data` as for `keep`). */
  deattribute(data: ErasureData, rows: HeldRows): { category: string; count: number }[] {
    const p = this.policy();
    const out: { category: string; count: number }[] = [];
    for (const category of Object.keys(p.categories)) {
      if (!isPublicContent(p, category)) continue;
      const list = data.values.records.get(category) ?? [];
      for (const r of list) {
        const contentId = randomUUID();
        rows.content.push([contentId, category, seal(this.contentKey, Buffer.from(JSON.stringify(r.value)), `content|${contentId}|${category}`), Date.parse(r.createdAt)]);
      }
      if (list.length > 0) out.push({ category, count: list.length });
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
