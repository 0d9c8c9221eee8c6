/**
 * Third-party provision, entrustment to processors, and receipt of data from third parties.
 *
 * `disclose(...)` checks the basis (consent per person, a processor's agreement and declared
 * categories, or a legal exception with its reference), honours stop-provision requests, reads the
 * data through the access layer, records one ledger entry (APPI Art. 29 fields) with a link row per
 * person, audits `disclosure.create` per person, and returns the data for the application to hand
 * over. Anything short of a basis is refused before any data is read, naming what is missing.
 *
 * Stop-provision requests are restrictions with purpose `third_party_provision`
 * (`custos.restrictions.add(subjectId, 'third_party_provision', reason)`, or `stopProvision` here):
 * they stop every consent-based provision to a third party; they do not stop entrustment to a
 * processor (not a provision) nor a legal exception (the law prevails).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db, Param } from '../store/db.js';
import { insertRows, toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import type { Policy } from '../policy/schema.js';
import type { Vault } from '../vault/vault.js';
import type { Subjects } from '../access/subjects.js';
import { PROVISION, SYSTEM } from '../access/subjects.js';
import type { Restrictions } from '../access/restrictions.js';
import type { Actor } from '../access/keys.js';
import type { AuditEntryInput, AuditWriter } from '../audit/types.js';
import { CustosError, invalidInput, notFound, type ErrorDetail } from '../errors.js';
import { parseInput } from '../validation.js';
import { assertNotFuture, dateInstant, parseDate } from '../dates.js';
import { DISCLOSURE_MIGRATIONS } from './schema.js';
import { recipientInfo, listRecipients, mayManageDisclosures, snapshotOf, type RecipientInfo, type RecipientSnapshot } from './recipients.js';
import { basisProblems, EXCEPTION_LABELS, isException, PROVISION_BASES, type ProvisionBasis } from './basis.js';
import { addDuration } from '../policy/duration.js';
import { csvLine } from '../csv.js';
import { exportStats, type StatsExport, type StatsInput } from './stats.js';
import { processingRecords, type ProcessingRecords } from './records.js';

export const STOP_PROVISION_PURPOSE = 'third_party_provision';
export const MAX_SUBJECTS_PER_CALL = 10_000;

const idText = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be a lower-case identifier');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const adhocRecipientSchema = z.strictObject({
  type: z.enum(['public_authority', 'third_party', 'other']).default('public_authority'),
  name: text(300),
  address: text(500).optional(),
  representative: text(300).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code').optional(),
});

export const discloseSchema = z.strictObject({
  subjects: z.array(z.string().min(1).max(100)).min(1).max(MAX_SUBJECTS_PER_CALL),
  recipient: z.union([idText, adhocRecipientSchema]),
  categories: z.array(z.string().min(1).max(64)).min(1).max(200),
  purpose: idText,
  /** Default: `entrustment` for a processor, `consent` for a third party. */
  basis: z.enum(PROVISION_BASES).optional(),
  /** The law's article, the order's number, the case file: required for a legal exception. */
  reference: text(500).optional(),
  /** Continue a ledger entry (bulk provision to one recipient over a period): same recipient, items, purpose and basis. */
  continues: z.string().regex(/^dsc_[a-z0-9]{20}$/, 'must be a ledger entry id').optional(),
});
export type DiscloseInput = z.input<typeof discloseSchema>;

export const receiptSchema = z.strictObject({
  provider: z.strictObject({
    name: text(300),
    address: text(500),
    representative: text(300).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code').optional(),
  }),
  /** How the provider obtained the data (APPI Art. 30(1)(ii)). */
  acquisition: text(1000),
  /** The receiver checked the provider's identity and how it obtained the data (seed 002). */
  acquisitionConfirmed: z.boolean(),
  /** The provider obtained the persons' consent to this provision. */
  consentConfirmed: z.boolean().default(false),
  subjects: z.array(z.string().min(1).max(100)).min(1).max(MAX_SUBJECTS_PER_CALL),
  categories: z.array(z.string().min(1).max(64)).min(1).max(200),
  purpose: idText.optional(),
  reference: text(500).optional(),
  receivedAt: dateInstant().optional(),
});
export type ReceiptInput = z.input<typeof receiptSchema>;

export type LedgerKind = 'provision' | 'entrustment' | 'anonymised';

export interface LedgerEntry {
  disclosureId: string;
  kind: LedgerKind;
  recipient: RecipientSnapshot;
  /** Items provided: category names (or, for anonymised statistics, the table's dimensions). */
  categories: string[];
  purpose: string;
  basis: string;
  /** Consent, or the legal exception, in words. */
  basisText: string;
  reference?: string;
  subjectCount: number;
  period: { from: string; to: string };
  recordedAt: string;
  recordedBy: { keyId: string; role: string };
  retainUntil: string;
}

export interface ReceiptRecord {
  receiptId: string;
  provider: { name: string; address: string; representative?: string; country?: string };
  acquisition: string;
  acquisitionConfirmed: true;
  consentConfirmed: boolean;
  categories: string[];
  purpose?: string;
  reference?: string;
  subjectCount: number;
  receivedAt: string;
  recordedAt: string;
  recordedBy: { keyId: string; role: string };
  retainUntil: string;
}

export interface ReleasedData {
  subjectId: string;
  fields: Record<string, unknown>;
  /** Records of multi-valued categories (transactions, ...), by category. */
  records?: Record<string, { recordId: string; createdAt: string; value: unknown }[]>;
}

export interface DisclosureResult {
  disclosure: LedgerEntry;
  data: ReleasedData[];
}

export interface LedgerQuery {
  from?: string | Date;
  to?: string | Date;
  recipient?: string;
  kind?: LedgerKind;
  limit?: number;
}

type LedgerRow = {
  disclosure_id: string;
  kind: LedgerKind;
  recipient_json: string;
  categories: string;
  purpose: string;
  basis: string;
  reference: string | null;
  subject_count: number;
  period_from: number;
  period_to: number;
  actor_key: string;
  actor_role: string;
  created_at: number;
  retain_until: number;
};

type ReceiptRow = {
  receipt_id: string;
  provider_json: string;
  acquisition: string;
  categories: string;
  purpose: string | null;
  consent_confirmed: number;
  reference: string | null;
  subject_count: number;
  received_from: number;
  actor_key: string;
  actor_role: string;
  created_at: number;
  retain_until: number;
};

const LEDGER_COLUMNS =
  'l.disclosure_id, l.kind, l.recipient_json, l.categories, l.purpose, l.basis, l.reference, l.subject_count, l.period_from, l.period_to, l.actor_key, l.actor_role, l.created_at, l.retain_until';
const RECEIPT_COLUMNS =
  'r.receipt_id, r.provider_json, r.acquisition, r.categories, r.purpose, r.consent_confirmed, r.reference, r.subject_count, r.received_from, r.actor_key, r.actor_role, r.created_at, r.retain_until';

export function basisText(basis: string): string {
  if (basis === 'consent') return "the person's consent";
  if (basis === 'entrustment') return 'entrustment to a processor under a written agreement (APPI Art. 27(5)(i))';
  if (basis === 'anonymised') return 'anonymised statistics (no personal data)';
  return isException(basis) ? EXCEPTION_LABELS[basis] : basis;
}

function toEntry(r: LedgerRow): LedgerEntry {
  return {
    disclosureId: r.disclosure_id,
    kind: r.kind,
    recipient: JSON.parse(r.recipient_json),
    categories: JSON.parse(r.categories),
    purpose: r.purpose,
    basis: r.basis,
    basisText: basisText(r.basis),
    ...(r.reference ? { reference: r.reference } : {}),
    subjectCount: toInt(r.subject_count),
    period: { from: new Date(toInt(r.period_from)).toISOString(), to: new Date(toInt(r.period_to)).toISOString() },
    recordedAt: new Date(toInt(r.created_at)).toISOString(),
    recordedBy: { keyId: r.actor_key, role: r.actor_role },
    retainUntil: new Date(toInt(r.retain_until)).toISOString(),
  };
}

function toReceipt(r: ReceiptRow): ReceiptRecord {
  return {
    receiptId: r.receipt_id,
    provider: JSON.parse(r.provider_json),
    acquisition: r.acquisition,
    acquisitionConfirmed: true,
    consentConfirmed: toInt(r.consent_confirmed) === 1,
    categories: JSON.parse(r.categories),
    ...(r.purpose ? { purpose: r.purpose } : {}),
    ...(r.reference ? { reference: r.reference } : {}),
    subjectCount: toInt(r.subject_count),
    receivedAt: new Date(toInt(r.received_from)).toISOString(),
    recordedAt: new Date(toInt(r.created_at)).toISOString(),
    recordedBy: { keyId: r.actor_key, role: r.actor_role },
    retainUntil: new Date(toInt(r.retain_until)).toISOString(),
  };
}

const newId = (prefix: string) => `${prefix}_${randomBytes(15).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 20)}`;

function instantOf(field: string, v: string | Date | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!(v instanceof Date)) return parseDate(field, v).getTime();
  if (Number.isNaN(v.getTime())) throw invalidInput(field, 'date', 'must be a valid date');
  return v.getTime();
}

/** A ledger query's period as instants; a bad date or kind is refused before anything is read or written. */
function checkLedgerQuery(q: LedgerQuery): { from?: number; to?: number } {
  const from = instantOf('from', q.from);
  const to = instantOf('to', q.to);
  if (q.kind !== undefined && !['provision', 'entrustment', 'anonymised'].includes(q.kind)) throw invalidInput('kind', 'not_allowed_value', 'must be provision, entrustment or anonymised');
  return { from, to };
}

export interface DisclosuresDeps {
  db: Db;
  policy: () => Policy;
  vault: Vault;
  subjects: Subjects;
  restrictions: Restrictions;
  audit: AuditWriter;
  now?: () => Date;
}

export class Disclosures {
  private readonly db: Db;
  private readonly policy: () => Policy;
  private readonly now: () => Date;

  constructor(private readonly deps: DisclosuresDeps) {
    this.db = deps.db;
    this.policy = deps.policy;
    this.now = deps.now ?? (() => new Date());
  }

  static async migrate(db: Db): Promise<void> {
    await migrate(db, 'disclosures', DISCLOSURE_MIGRATIONS);
  }

  /** Anonymised statistics for a partner (see stats.ts); recorded in the ledger as an anonymised provision. */
  async stats(input: StatsInput, actor: Actor, opts: { uniform?: () => number } = {}): Promise<StatsExport> {
    return exportStats({ policy: this.policy, vault: this.deps.vault, restrictions: this.deps.restrictions, audit: this.deps.audit, disclosures: this, now: this.now, uniform: opts.uniform }, input, this.actorOf(actor));
  }

  /** Records of processing activities (GDPR Art. 30) from the policy and the registries. */
  records(): ProcessingRecords {
    return processingRecords(this.policy(), this.now());
  }

  /** The recipients registry (third parties and processors of the policy). */
  recipients(): RecipientInfo[] {
    return listRecipients(this.policy());
  }

  recipient(id: string): RecipientInfo {
    return recipientInfo(this.policy(), id);
  }

  /** How long ledger entries and receipt records are kept (policy `disclosure_ledger.retention`, default P3Y). */
  get retention(): string {
    return this.policy().disclosure_ledger?.retention ?? 'P3Y';
  }

  private mayManage(actor: Actor): boolean {
    return mayManageDisclosures(this.policy(), actor);
  }

  private async requireManager(actor: Actor, action: string, why: string): Promise<void> {
    if (this.mayManage(actor)) return;
    await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action, outcome: 'denied', reason: 'operation_not_for_role' });
    throw new CustosError('CUSTOS_FORBIDDEN', `role ${actor.role} may not ${why}`, [{ field: 'actor', rule: 'operation_not_for_role', message: `${why} needs a role with the manage_disclosures operation` }]);
  }

  private actorOf(actor: Actor): Actor {
    if (!actor || typeof actor.keyId !== 'string' || typeof actor.role !== 'string') throw invalidInput('actor', 'actor_required', 'every provision names an actor (key id and role)');
    return actor;
  }

  /**
   * Provides data of `subjects` to a recipient. Succeeds for all persons or for none: each person
   * lacking a basis is named (by position in `subjects`) with what is missing.
   */
  async disclose(raw: DiscloseInput, actorIn: Actor): Promise<DisclosureResult> {
    const actor = this.actorOf(actorIn);
    const input = parseInput(discloseSchema, raw, 'body');
    const policy = this.policy();
    const subjects = [...new Set(input.subjects)];
    input.categories.forEach((c, i) => {
      if (!Object.hasOwn(policy.categories, c))
        throw new CustosError('CUSTOS_UNKNOWN_FIELD', `categories[${i}]: not a category of the policy`, [{ field: `categories[${i}]`, rule: 'category_declared', message: 'is not a category declared in the policy' }]);
    });
    const categories = [...new Set(input.categories)];
    const recipient: RecipientInfo | RecipientSnapshot = typeof input.recipient === 'string' ? recipientInfo(policy, input.recipient, 'recipient') : { ...input.recipient };
    const registered = 'categories' in recipient;
    const basis: ProvisionBasis = input.basis ?? (registered && recipient.type === 'processor' ? 'entrustment' : 'consent');
    const exception = isException(basis);
    const kind: LedgerKind = basis === 'entrustment' ? 'entrustment' : 'provision';
    const recipientRef = registered ? (recipient as RecipientInfo).id : 'unregistered';
    const deny = async (reason: string, details: ErrorDetail[], extra: AuditEntryInput['details'] = {}): Promise<never> => {
      await this.deps.audit.append({
        actor: { keyId: actor.keyId, role: actor.role },
        action: 'disclosure.create',
        purpose: exception ? undefined : input.purpose,
        fields: categories,
        outcome: 'denied',
        reason,
        details: { recipient: recipientRef, basis, subjects: subjects.length, ...extra },
      });
      throw new CustosError('CUSTOS_POLICY_VIOLATION', `provision refused: ${details[0].message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`, details.slice(0, 100));
    };

    const problems = basisProblems(policy, { recipient, categories, purpose: input.purpose, basis, reference: input.reference });
    if (problems.length > 0) await deny(problems[0].rule, problems);
    if (!exception && !Object.hasOwn(policy.purposes, input.purpose))
      throw new CustosError('CUSTOS_UNKNOWN_PURPOSE', 'purpose: not a purpose declared in the policy', [{ field: 'purpose', rule: 'purpose_declared', message: 'is not a purpose declared in the policy' }]);
    if (exception) await this.requireManager(actor, 'disclosure.create', `provide data on the ${basis} exception`);

    let continued: LedgerRow | undefined;
    if (input.continues) {
      continued = await this.db.get<LedgerRow>(`SELECT ${LEDGER_COLUMNS} FROM disclosure_ledger l WHERE l.disclosure_id = ?`, [input.continues]);
      // (an entry whose retention has ended is as good as purged)
      if (!continued || continued.kind === 'anonymised' || toInt(continued.retain_until) <= this.now().getTime()) throw notFound('ledger entry', 'continues');
      const same =
        (continued.recipient_json && JSON.parse(continued.recipient_json).id) === (registered ? (recipient as RecipientInfo).id : undefined) &&
        continued.purpose === input.purpose &&
        continued.basis === basis &&
        (continued.reference ?? undefined) === input.reference &&
        JSON.stringify([...JSON.parse(continued.categories)].sort()) === JSON.stringify([...categories].sort());
      if (!same || !registered) throw invalidInput('continues', 'entry_mismatch', 'a continued entry must have the same registered recipient, items, purpose, basis and reference');
    }

    // Per person: consent, stop requests, erasure; nothing is read until every person passes.
    const single = categories.filter((c) => !policy.categories[c].multiple);
    const multiple = categories.filter((c) => policy.categories[c].multiple);
    const refused: ErrorDetail[] = [];
    for (let i = 0; i < subjects.length; i++) {
      const id = subjects[i];
      const field = `subjects[${input.subjects.indexOf(id)}]`;
      try {
        if (exception) {
          const s = await this.deps.vault.status(id);
          if (s.status === 'erased') refused.push({ field, rule: 'erased', message: `${field}: the person has been erased` });
          continue;
        }
        if (kind === 'provision') {
          const stopped = await this.deps.restrictions.purposes(id);
          if (stopped.has(STOP_PROVISION_PURPOSE)) {
            refused.push({ field, rule: 'provision_stopped', message: `${field}: the person asked to stop provision to third parties` });
            continue;
          }
        }
        const d = await this.deps.subjects.check(id, { actor, purpose: input.purpose, fields: categories });
        if (d.withheld.length > 0) {
          const reasons = [...new Set(d.withheld.map((w) => w.reason))];
          for (const reason of reasons) {
            const cats = d.withheld.filter((w) => w.reason === reason).map((w) => w.field);
            refused.push({ field, rule: reason, message: `${field}: ${reason.replace(/_/g, ' ')} (${reason === 'consent_missing' || reason === 'consent_withdrawn' ? `consent to ${input.purpose}` : cats.join(', ')})` });
          }
        }
      } catch (e) {
        if (e instanceof CustosError && e.code === 'CUSTOS_NOT_FOUND') refused.push({ field, rule: 'not_found', message: `${field}: no such subject` });
        else throw e;
      }
    }
    if (refused.length > 0) await deny(refused[0].rule, refused, { refused: new Set(refused.map((r) => r.field)).size, reasons: [...new Set(refused.map((r) => r.rule))] });

    // Read through the access layer (the purpose's decision applies again) or, on a legal exception, as Custos itself.
    const data: ReleasedData[] = [];
    for (const id of subjects) {
      const out: ReleasedData = { subjectId: id, fields: {} };
      if (exception) {
        if (single.length > 0) out.fields = (await this.deps.vault.read(id, single)).fields;
        for (const c of multiple) {
          const list: NonNullable<ReleasedData['records']>[string] = [];
          for await (const r of this.deps.vault.records(id, c)) {
            list.push({ recordId: r.recordId, createdAt: r.createdAt, value: r.value });
            if (list.length >= 10_000) break;
          }
          (out.records ??= {})[c] = list;
        }
      } else {
        if (single.length > 0) {
          const r = await this.deps.subjects.read(id, { actor, purpose: input.purpose, fields: single, [PROVISION]: true });
          if (r.withheld.length > 0) {
            const w = r.withheld[0];
            await deny(w.reason, [{ field: `subjects[${input.subjects.indexOf(id)}]`, rule: w.reason, message: `${w.field} was withheld while providing: ${w.reason}` }]);
          }
          out.fields = r.fields;
        }
        for (const c of multiple) {
          const recs = await this.deps.subjects.records(id, c, { actor, purpose: input.purpose, limit: 10_000, [PROVISION]: true });
          (out.records ??= {})[c] = recs.map((r) => ({ recordId: r.recordId, createdAt: r.createdAt, value: r.value }));
        }
      }
      data.push(out);
    }

    // The ledger: one entry (or the continued one), one link row per person.
    const now = this.now().getTime();
    const snapshot: RecipientSnapshot = registered ? snapshotOf(recipient as RecipientInfo) : (recipient as RecipientSnapshot);
    const disclosureId = continued?.disclosure_id ?? newId('dsc');
    const retainUntil = addDuration(now, this.retention).getTime();
    await this.db.tx(async (t) => {
      if (!continued)
        await t.run(
          'INSERT INTO disclosure_ledger (disclosure_id, kind, recipient_id, recipient_json, categories, purpose, basis, reference, subject_count, period_from, period_to, actor_key, actor_role, created_at, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [disclosureId, kind, snapshot.id ?? null, JSON.stringify(snapshot), JSON.stringify(categories), input.purpose, basis, input.reference ?? null, 0, now, now, actor.keyId, actor.role, now, retainUntil],
        );
      // a continued entry must still be kept (a retention purge may have taken it since it was read);
      // extending it first also holds its row until this provision is recorded
      else if ((await t.run('UPDATE disclosure_ledger SET retain_until = ? WHERE disclosure_id = ? AND retain_until > ?', [retainUntil, disclosureId, now])).changes !== 1)
        throw notFound('ledger entry', 'continues');
      const added = await insertRows(t, 'disclosure_subjects', ['subject_id', 'disclosure_id', 'provided_at'], subjects.map((s) => [s, disclosureId, now]), 'ON CONFLICT DO NOTHING');
      // (retain_until is set already: by the insert, or by the continuation's check above)
      await t.run('UPDATE disclosure_ledger SET subject_count = subject_count + ?, period_to = ? WHERE disclosure_id = ?', [added, now, disclosureId]);
    });
    await this.deps.audit.appendMany(
      subjects.map((s) => ({
        actor: { keyId: actor.keyId, role: actor.role },
        action: 'disclosure.create',
        purpose: input.purpose,
        subjectId: s,
        fields: categories,
        outcome: 'ok' as const,
        // the legal reference is free text that may name the person: it stays in the ledger entry, which
        // has its own retention, and never goes into the permanent log (the ledger id leads to it)
        details: { disclosureId, recipient: recipientRef, basis, kind, ...(exception ? { readAs: 'system' } : {}) },
      })),
    );
    const entry = await this.entry(disclosureId);
    return { disclosure: entry, data };
  }

  async entry(disclosureId: string): Promise<LedgerEntry> {
    const r = await this.db.get<LedgerRow>(`SELECT ${LEDGER_COLUMNS} FROM disclosure_ledger l WHERE l.disclosure_id = ?`, [disclosureId]);
    if (!r) throw notFound('ledger entry');
    return toEntry(r);
  }

  /** Records an anonymised-statistics export as a provision without personal data (no persons linked). */
  async recordAnonymised(p: { recipient?: RecipientSnapshot; items: string[]; reference?: string }, actor: Actor): Promise<LedgerEntry> {
    const now = this.now().getTime();
    const disclosureId = newId('dsc');
    await this.db.run(
      'INSERT INTO disclosure_ledger (disclosure_id, kind, recipient_id, recipient_json, categories, purpose, basis, reference, subject_count, period_from, period_to, actor_key, actor_role, created_at, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        disclosureId,
        'anonymised',
        p.recipient?.id ?? null,
        JSON.stringify(p.recipient ?? { type: 'other', name: '(not named)' }),
        JSON.stringify(p.items),
        'anonymised_statistics',
        'anonymised',
        p.reference ?? null,
        0,
        now,
        now,
        actor.keyId,
        actor.role,
        now,
        addDuration(now, this.retention).getTime(),
      ],
    );
    return this.entry(disclosureId);
  }

  /** Ledger entries whose period overlaps [from, to], oldest first. */
  async list(q: LedgerQuery = {}): Promise<LedgerEntry[]> {
    const out: LedgerEntry[] = [];
    const limit = q.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    for await (const e of this.entries(q)) {
      out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** All ledger entries matching the query, in pages (constant memory). */
  async *entries(q: LedgerQuery = {}): AsyncGenerator<LedgerEntry> {
    const { from, to } = checkLedgerQuery(q);
    let after: [number, string] = [-1, ''];
    for (;;) {
      const where = ['(l.period_to > ? OR (l.period_to = ? AND l.disclosure_id > ?))'];
      const params: Param[] = [after[0], after[0], after[1]];
      if (from !== undefined) where.push('l.period_to >= ?'), params.push(from);
      if (to !== undefined) where.push('l.period_from <= ?'), params.push(to);
      if (q.recipient) where.push('l.recipient_id = ?'), params.push(q.recipient);
      if (q.kind) where.push('l.kind = ?'), params.push(q.kind);
      const rows = await this.db.all<LedgerRow>(`SELECT ${LEDGER_COLUMNS} FROM disclosure_ledger l WHERE ${where.join(' AND ')} ORDER BY l.period_to, l.disclosure_id LIMIT 500`, params);
      for (const r of rows) yield toEntry(r);
      if (rows.length < 500) return;
      const last = rows[rows.length - 1];
      after = [toInt(last.period_to), last.disclosure_id];
    }
  }

  /** The persons of a ledger entry (a maintenance/export read across all persons). */
  private async *subjectsOf(disclosureId: string): AsyncGenerator<string> {
    let after = '';
    for (;;) {
      const rows = await this.db.all<{ subject_id: string }>('SELECT subject_id FROM disclosure_subjects WHERE disclosure_id = ? AND subject_id > ? ORDER BY subject_id LIMIT 1000', [disclosureId, after]);
      for (const r of rows) yield r.subject_id;
      if (rows.length < 1000) return;
      after = rows[rows.length - 1].subject_id;
    }
  }

  /** The columns of the regulator CSV (docs/disclosures.md). */
  static readonly CSV_COLUMNS = [
    'disclosure_id',
    'kind',
    'period_from',
    'period_to',
    'recipient_id',
    'recipient_type',
    'recipient_name',
    'recipient_address',
    'recipient_representative',
    'recipient_country',
    'agreement_reference',
    'agreement_date',
    'subject_count',
    'subject_ids',
    'items',
    'purpose',
    'basis',
    'basis_text',
    'basis_reference',
    'recorded_at',
    'recorded_by',
    'retain_until',
  ] as const;

  /** Writes the ledger for [from, to] as CSV (one row per entry; persons by subject id, `;`-separated). Returns the number of entries. */
  async exportCsv(q: LedgerQuery, write: (chunk: string) => void | Promise<void>, actor: Actor): Promise<number> {
    // the query is checked before the header is written: a bad one leaves no output behind
    checkLedgerQuery(q);
    await this.requireManager(this.actorOf(actor), 'disclosure.export', 'export the provision ledger');
    let n = 0;
    await write(csvLine([...Disclosures.CSV_COLUMNS]));
    for await (const e of this.entries(q)) {
      const ids: string[] = [];
      for await (const s of this.subjectsOf(e.disclosureId)) ids.push(s);
      await write(
        csvLine([
          e.disclosureId,
          e.kind,
          e.period.from,
          e.period.to,
          e.recipient.id ?? '',
          e.recipient.type,
          e.recipient.name,
          e.recipient.address,
          e.recipient.representative,
          e.recipient.country,
          e.recipient.agreement?.reference,
          e.recipient.agreement?.date,
          e.subjectCount,
          ids.join(';'),
          e.categories.join(';'),
          e.purpose,
          e.basis,
          e.basisText,
          e.reference,
          e.recordedAt,
          `${e.recordedBy.keyId} (${e.recordedBy.role})`,
          e.retainUntil,
        ]),
      );
      n++;
    }
    await this.deps.audit.append({
      actor: { keyId: actor.keyId, role: actor.role },
      action: 'disclosure.export',
      outcome: 'ok',
      details: { entries: n, from: q.from ? new Date(instantOf('from', q.from)!).toISOString() : null, to: q.to ? new Date(instantOf('to', q.to)!).toISOString() : null },
    });
    return n;
  }

  /** The person's ledger entries (for their access export): every provision of their data, newest first. */
  async forSubject(subjectId: string): Promise<LedgerEntry[]> {
    const rows = await this.db.all<LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM disclosure_subjects s JOIN disclosure_ledger l ON l.disclosure_id = s.disclosure_id WHERE s.subject_id = ? ORDER BY l.period_to DESC, l.disclosure_id`,
      [subjectId],
    );
    return rows.map(toEntry);
  }

  /** The person's received-data records (for their access export). */
  async receivedForSubject(subjectId: string): Promise<ReceiptRecord[]> {
    const rows = await this.db.all<ReceiptRow>(
      `SELECT ${RECEIPT_COLUMNS} FROM received_subjects s JOIN received_records r ON r.receipt_id = s.receipt_id WHERE s.subject_id = ? ORDER BY r.received_from DESC, r.receipt_id`,
      [subjectId],
    );
    return rows.map(toReceipt);
  }

  /** Seed 001/002: a person's request to stop provision to third parties (a restriction on `third_party_provision`). */
  async stopProvision(subjectId: string, reason: string, actor: Actor): Promise<{ restrictionId: string }> {
    // (refused for an unknown or erased subject by the restriction itself, before anything is audited)
    const r = await this.deps.restrictions.add(subjectId, STOP_PROVISION_PURPOSE, reason, actor);
    await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'disclosure.stop', purpose: STOP_PROVISION_PURPOSE, subjectId, outcome: 'ok', details: { restrictionId: r.restrictionId } });
    return { restrictionId: r.restrictionId };
  }

  /** APPI Art. 30 / seed 002: records data received from a third party, after checking how the provider obtained it. */
  async recordReceipt(raw: ReceiptInput, actorIn: Actor): Promise<ReceiptRecord> {
    const actor = this.actorOf(actorIn);
    const input = parseInput(receiptSchema, raw, 'body');
    if (input.receivedAt !== undefined) assertNotFuture('receivedAt', input.receivedAt, this.now());
    const policy = this.policy();
    input.categories.forEach((c, i) => {
      if (!Object.hasOwn(policy.categories, c))
        throw new CustosError('CUSTOS_UNKNOWN_FIELD', `categories[${i}]: not a category of the policy`, [{ field: `categories[${i}]`, rule: 'category_declared', message: 'is not a category declared in the policy' }]);
    });
    if (input.purpose !== undefined && !Object.hasOwn(policy.purposes, input.purpose))
      throw new CustosError('CUSTOS_UNKNOWN_PURPOSE', 'purpose: not a purpose declared in the policy', [{ field: 'purpose', rule: 'purpose_declared', message: 'is not a purpose declared in the policy' }]);
    await this.requireManager(actor, 'disclosure.receive', 'record received data');
    if (!input.acquisitionConfirmed) {
      await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'disclosure.receive', fields: input.categories, outcome: 'denied', reason: 'acquisition_not_confirmed' });
      throw new CustosError('CUSTOS_POLICY_VIOLATION', 'acquisitionConfirmed: data from a third party is accepted only after checking how the provider obtained it', [
        { field: 'acquisitionConfirmed', rule: 'acquisition_not_confirmed', message: "confirm the provider's identity and how it obtained the data (APPI Art. 30)" },
      ]);
    }
    const subjects = [...new Set(input.subjects)];
    const missing: ErrorDetail[] = [];
    for (const id of subjects) {
      const field = `subjects[${input.subjects.indexOf(id)}]`;
      try {
        if ((await this.deps.vault.status(id)).status === 'erased') missing.push({ field, rule: 'erased', message: `${field}: the person has been erased` });
      } catch (e) {
        if (e instanceof CustosError && e.code === 'CUSTOS_NOT_FOUND') missing.push({ field, rule: 'not_found', message: `${field}: no such subject` });
        else throw e;
      }
    }
    if (missing.length > 0) throw new CustosError('CUSTOS_NOT_FOUND', `${missing[0].message}${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''}`, missing.slice(0, 100));
    const now = this.now().getTime();
    const receivedAt = input.receivedAt ?? now;
    const receiptId = newId('rcv');
    const categories = [...new Set(input.categories)];
    const retainUntil = addDuration(Math.max(receivedAt, now), this.retention).getTime();
    await this.db.tx(async (t) => {
      await t.run(
        'INSERT INTO received_records (receipt_id, provider_json, acquisition, categories, purpose, consent_confirmed, reference, subject_count, received_from, received_to, actor_key, actor_role, created_at, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [receiptId, JSON.stringify(input.provider), input.acquisition, JSON.stringify(categories), input.purpose ?? null, input.consentConfirmed ? 1 : 0, input.reference ?? null, subjects.length, receivedAt, receivedAt, actor.keyId, actor.role, now, retainUntil],
      );
      await insertRows(t, 'received_subjects', ['subject_id', 'receipt_id'], subjects.map((s) => [s, receiptId]));
    });
    await this.deps.audit.appendMany(
      subjects.map((s) => ({ actor: { keyId: actor.keyId, role: actor.role }, action: 'disclosure.receive', purpose: input.purpose, subjectId: s, fields: categories, outcome: 'ok' as const, details: { receiptId } })),
    );
    return this.receipt(receiptId);
  }

  async receipt(receiptId: string): Promise<ReceiptRecord> {
    const r = await this.db.get<ReceiptRow>(`SELECT ${RECEIPT_COLUMNS} FROM received_records r WHERE r.receipt_id = ?`, [receiptId]);
    if (!r) throw notFound('receipt record');
    return toReceipt(r);
  }

  async listReceipts(q: { from?: string | Date; to?: string | Date; limit?: number } = {}): Promise<ReceiptRecord[]> {
    const from = instantOf('from', q.from);
    const to = instantOf('to', q.to);
    const limit = q.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    const where: string[] = ['1 = 1'];
    const params: Param[] = [];
    if (from !== undefined) where.push('r.received_to >= ?'), params.push(from);
    if (to !== undefined) where.push('r.received_from <= ?'), params.push(to);
    const rows = await this.db.all<ReceiptRow>(`SELECT ${RECEIPT_COLUMNS} FROM received_records r WHERE ${where.join(' AND ')} ORDER BY r.received_from, r.receipt_id LIMIT ?`, [...params, limit]);
    return rows.map(toReceipt);
  }

  /** Ledger entries and receipt records whose retention has ended at `now` (what a purge would remove). */
  async countExpired(now: Date = this.now()): Promise<{ ledger: number; received: number }> {
    const l = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM disclosure_ledger WHERE retain_until <= ?', [now.getTime()]);
    const r = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM received_records WHERE retain_until <= ?', [now.getTime()]);
    return { ledger: toInt(l?.n ?? 0), received: toInt(r?.n ?? 0) };
  }

  /** The retention job's hook: `(now, dryRun)` -> entries and records purged (or that a run would purge). */
  readonly retentionPurge = async (now: Date, dryRun: boolean): Promise<number> => {
    const r = dryRun ? await this.countExpired(now) : await this.purgeExpired(now);
    return r.ledger + r.received;
  };

  /**
   * Purges ledger entries and receipt records whose retention ended before `now`, with their link
   * rows. Called by the retention job; returns what went.
   */
  async purgeExpired(now: Date = this.now()): Promise<{ ledger: number; received: number }> {
    const cutoff = now.getTime();
    let ledger = 0;
    let received = 0;
    for (;;) {
      const ids = (await this.db.all<{ disclosure_id: string }>('SELECT disclosure_id FROM disclosure_ledger WHERE retain_until <= ? ORDER BY disclosure_id LIMIT 200', [cutoff])).map((r) => r.disclosure_id);
      if (ids.length === 0) break;
      await this.db.tx(async (t) => {
        // only entries still expired: a provision continuing one since it was listed has extended it
        const marks = ids.map(() => '?').join(', ');
        const gone = (await t.all<{ disclosure_id: string }>(`DELETE FROM disclosure_ledger WHERE disclosure_id IN (${marks}) AND retain_until <= ? RETURNING disclosure_id`, [...ids, cutoff])).map((r) => r.disclosure_id);
        if (gone.length > 0) await t.run(`DELETE FROM disclosure_subjects WHERE disclosure_id IN (${gone.map(() => '?').join(', ')})`, gone);
        ledger += gone.length;
      });
    }
    for (;;) {
      const ids = (await this.db.all<{ receipt_id: string }>('SELECT receipt_id FROM received_records WHERE retain_until <= ? ORDER BY receipt_id LIMIT 200', [cutoff])).map((r) => r.receipt_id);
      if (ids.length === 0) break;
      await this.db.tx(async (t) => {
        const marks = ids.map(() => '?').join(', ');
        await t.run(`DELETE FROM received_subjects WHERE receipt_id IN (${marks})`, ids);
        received += (await t.run(`DELETE FROM received_records WHERE receipt_id IN (${marks})`, ids)).changes;
      });
    }
    if (ledger + received > 0)
      await this.deps.audit.append({ actor: { keyId: SYSTEM.keyId, role: SYSTEM.role }, action: 'disclosure.purge', outcome: 'ok', details: { ledger, received, before: now.toISOString() } });
    return { ledger, received };
  }
}
