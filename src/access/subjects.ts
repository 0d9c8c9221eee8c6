/**
 * Purpose-bound, audited access to subjects: what applications, staff and front ends call. Every
 * read, write, search and erasure names an actor and a purpose, passes the decision point, and leaves
 * an audit entry (with field names, never values) before it returns.
 */
import { requireNoIdentifiers } from '../detect/detect.js';
import { canonicalJson } from '../audit/canonical.js';
import { CustosError, invalidInput } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { subjectFoundUnderAge, subjectNotFound, Vault, type CreateSubjectInput, type StoredRecord, type SubjectColumn } from '../vault/vault.js';
import type { AuditEntryInput, AuditWriter } from '../audit/types.js';
import type { ConsentReader } from '../consent/store.js';
import type { Restrictions } from './restrictions.js';
import type { Actor } from './keys.js';
import { consentDecides, decide, ERASED_STATE, mayPerform, requireFields, requirePurpose, type Decision, type SubjectState, type WithheldReason } from './decision.js';

export interface AuditSink extends AuditWriter {
  /** Erasure: the log keeps its entries but no longer points at the people. */
  forgetSubjects(subjectIds: readonly string[]): Promise<unknown>;
}

export interface AccessContext {
  actor: Actor;
  purpose: string;
  /** Set only by the disclosure ledger (a symbol: no JSON input can carry it). */
  [PROVISION]?: true;
}

/**
 * Marks a read made by the disclosure ledger while it records a provision. Data for a purpose that a
 * third-party recipient is registered for leaves only that way, so that every provision is in the ledger.
 */
export const PROVISION: unique symbol = Symbol('custos.provision');

/** A value computed once per policy object and purpose (a policy in force is never changed in place). */
function perPolicyAndPurpose<T>(compute: (policy: Policy, purpose: string) => T): (policy: Policy, purpose: string) => T {
  const cache = new WeakMap<Policy, Map<string, T>>();
  return (policy, purpose) => {
    let byPurpose = cache.get(policy);
    if (!byPurpose) cache.set(policy, (byPurpose = new Map()));
    let v = byPurpose.get(purpose);
    if (v === undefined) byPurpose.set(purpose, (v = compute(policy, purpose)));
    return v;
  };
}

const provisionPurposes = new WeakMap<Policy, ReadonlySet<string>>();
/** Purposes a third-party recipient (not a processor) is registered for. */
export function provisionPurposesOf(policy: Policy): ReadonlySet<string> {
  let set = provisionPurposes.get(policy);
  if (!set) {
    set = new Set(Object.values(policy.recipients ?? {}).flatMap((r) => (r.type === 'third_party' ? r.purposes : [])));
    provisionPurposes.set(policy, set);
  }
  return set;
}

export interface ReadResult {
  id: string;
  purpose: string;
  fields: Record<string, unknown>;
  withheld: { field: string; reason: WithheldReason }[];
}

export { SYSTEM } from '../audit/types.js';
import { SYSTEM } from '../audit/types.js';

/**
 * What an erasure kept of a subject, and why (filled by the requests module's legal holds): data kept
 * under a hold (category, hold, until when, the law, how many records), the holds that kept nothing (none
 * of the categories they exist for held anything), and public content kept without its author.
 */
export interface KeptOnErasure {
  kept: { category: string; hold: string; until: string; reason: string; records?: number }[];
  notHeld: { hold: string; reason: 'no_records'; records: string[] }[];
  deattributed: { category: string; count: number }[];
}

/** A subject erased, with what its erasure kept when holds were applied (`keepHeld`). */
/** An erased subject: when (the first time, for one erased before: `alreadyErased`), and what holds kept. */
export type ErasedSubject = { id: string; erasedAt: string; alreadyErased?: true } & Partial<KeptOnErasure>;

export interface EraseOptions {
  actor: Actor;
  reason: string;
  /**
   * Keep what the policy's legal holds cover before the data goes (default true: every erasure, by the
   * API, the SDK or a request, keeps it). False where it is kept already or nothing is left to keep.
   */
  keepHeld?: boolean;
  /** Called once writes to the subjects have stopped; the ids it returns are not erased (retention). */
  spare?: (ids: readonly string[]) => Promise<readonly string[]>;
}

export class Subjects {
  constructor(
    private readonly vault: Vault,
    private readonly policy: () => Policy,
    private readonly consent: ConsentReader,
    private readonly restrictions: Restrictions,
    private readonly audit: AuditSink,
    /** First policy version from which a use (category, purpose) is declared. */
    private readonly coveredSince: (category: string, purpose: string) => number,
    /** What each subject-scoped module forgets on erasure (consents, restrictions, ...). */
    private readonly erasureHooks: ((subjectIds: readonly string[]) => Promise<void>)[] = [],
    /** The version that added a use to a category collected before it, else 0 (see `decide`). */
    private readonly newUseSince: (category: string, purpose: string) => number = coveredSince,
  ) {}

  /** Run before every erasure that keeps what a legal hold covers (see `eraseMany`'s `keepHeld`); reports what it kept per subject. */
  private readonly keepHooks: ((subjectIds: readonly string[]) => Promise<ReadonlyMap<string, KeptOnErasure>>)[] = [];
  keepBeforeErasure(keep: (subjectIds: readonly string[]) => Promise<ReadonlyMap<string, KeptOnErasure>>): void {
    this.keepHooks.push(keep);
  }

  private async forget(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const hook of this.erasureHooks) await hook(ids);
    await this.audit.forgetSubjects(ids);
    await this.vault.completeErasure(ids);
  }

  /** Finishes erasures a crash cut short (their keys may be gone already): run by retention. */
  async finishInterruptedErasures(dryRun = false): Promise<number> {
    const ids = await this.vault.interruptedErasures();
    // (their data may be unreadable already: what a hold covers was kept when they began)
    if (!dryRun) await this.eraseMany(ids, { actor: SYSTEM, reason: 'interrupted erasure finished', keepHeld: false });
    return ids.length;
  }

  private singleValued(): string[] {
    return Object.entries(this.policy().categories)
      .filter(([, c]) => !c.multiple)
      .map(([id]) => id);
  }

  private actorOf(ctx: AccessContext): Actor {
    const a = ctx?.actor;
    if (!a || typeof a.keyId !== 'string' || typeof a.role !== 'string') throw invalidInput('actor', 'actor_required', 'every access names an actor (key id and role)');
    return a;
  }

  private entry(actor: Actor, action: string, purpose: string | undefined, subjectId: string | undefined, fields: string[], outcome: AuditEntryInput['outcome'], reason?: string, details?: AuditEntryInput['details']): AuditEntryInput {
    return { actor: { keyId: actor.keyId, role: actor.role }, action, purpose, subjectId, fields, outcome, ...(reason ? { reason } : {}), ...(details ? { details } : {}) };
  }

  /** Whether the subject's consent events can decide the purpose (see `consentDecides`). */
  private readonly consentDecides = perPolicyAndPurpose((policy, purpose) => consentDecides(policy, purpose, this.newUseSince));

  /**
   * What a decision needs to know of the subject, as columns of the vault's statement (one round trip);
   * frozen, so that the vault keeps its statements.
   */
  private readonly stateColumns = (purpose: string) => this.stateColumnsOf(this.policy(), purpose);
  private readonly stateColumnsOf = perPolicyAndPurpose((policy, purpose): Readonly<Record<string, SubjectColumn>> => {
    const base = { restricted: frozenColumn(this.restrictions.purposesColumn), collected_under: frozenColumn(Vault.collectedUnderColumn) };
    return Object.freeze(this.consentDecides(policy, purpose) ? { ...base, consent: frozenColumn(this.consent.stateColumn(purpose)) } : base);
  });

  private stateOf(also: Record<string, unknown> = {}): SubjectState {
    return {
      erased: false,
      restricted: this.restrictions.purposesOf(also.restricted),
      consent: 'consent' in also ? this.consent.stateOf(also.consent) : { state: 'none' },
      collectedUnder: Vault.collectedUnderOf(also.collected_under),
    };
  }

  /** What a decision about the subject for the purpose needs to know (erased, restrictions, consent), in one statement. */
  async state(id: string, purpose: string): Promise<SubjectState> {
    const status = await this.vault.status(id, { also: this.stateColumns(purpose) });
    return status.status === 'erased' ? ERASED_STATE : this.stateOf(status.also);
  }

  /** As `state`, but an erased subject reads as not erased: record reads leave that to the vault, which refuses them. */
  private async subjectState(id: string, purpose: string): Promise<SubjectState> {
    return this.stateOf((await this.vault.status(id, { also: this.stateColumns(purpose) })).also);
  }

  /** The decision alone, without reading data: "may I use these fields of S for P?". Audited. */
  async check(id: string, opts: AccessContext & { fields?: string[] }): Promise<Decision> {
    const actor = this.actorOf(opts);
    const policy = this.policy();
    const purpose = requirePurpose(policy, opts.purpose);
    const fields = opts.fields ? requireFields(policy, opts.fields) : Object.keys(policy.categories);
    const state = await this.state(id, purpose);
    const d = decide(policy, actor.role, purpose, fields, state, this.coveredSince, this.newUseSince);
    await this.audit.append(this.entry(actor, 'subject.check', purpose, state.erased ? undefined : id, fields, d.allowed.length > 0 ? 'allowed' : 'denied', state.erased ? 'erased' : undefined, state.erased ? undefined : withheldDetail(d)));
    return d;
  }

  /** Reads the fields allowed for the purpose; each withheld field comes with its reason. */
  async read(id: string, opts: AccessContext & { fields?: string[] }): Promise<ReadResult> {
    const actor = this.actorOf(opts);
    const policy = this.policy();
    const purpose = requirePurpose(policy, opts.purpose);
    const fields = opts.fields ? requireFields(policy, opts.fields) : this.singleValued();
    await this.provisionOnly(actor, 'subject.read', purpose, id, fields, opts);
    let decision: Decision;
    let values: Record<string, unknown> = {};
    try {
      // The subject's state and its ciphertext are fetched together; only allowed fields are decrypted.
      const stored = await this.vault.fetch(id, { fields, also: this.stateColumns(purpose) });
      decision = decide(policy, actor.role, purpose, fields, this.stateOf(stored.also), this.coveredSince, this.newUseSince);
      if (decision.allowed.length > 0) values = (await stored.open(decision.allowed)).fields;
      // a subject whose key is gone (an old data copy restored) is erased, even when nothing was allowed
      else await stored.open([]);
    } catch (e) {
      if (e instanceof CustosError && e.code === 'CUSTOS_SUBJECT_ERASED') {
        decision = decide(policy, actor.role, purpose, fields, ERASED_STATE);
        values = {};
      } else {
        if (e instanceof CustosError && e.code === 'CUSTOS_NOT_FOUND')
          await this.audit.append(this.entry(actor, 'subject.read', purpose, undefined, fields, 'failed', 'not_found'));
        throw e;
      }
    }
    // An erased subject is named in no new entry: its reference mapping is gone and must stay gone.
    const erased = decision.withheld.some((w) => w.reason === 'erased');
    await this.audit.append(
      this.entry(actor, 'subject.read', purpose, erased ? undefined : id, decision.allowed, decision.allowed.length > 0 ? 'allowed' : 'denied', erased ? 'erased' : undefined, erased ? undefined : withheldDetail(decision)),
    );
    return { id, purpose, fields: values, withheld: decision.withheld };
  }

  /** Data for a provision purpose is read only by the disclosure ledger (see PROVISION); any other read is refused and audited. */
  private async provisionOnly(actor: Actor, action: string, purpose: string, id: string, fields: string[], opts: AccessContext): Promise<void> {
    if (opts[PROVISION] || !provisionPurposesOf(this.policy()).has(purpose)) return;
    await this.audit.append(this.entry(actor, action, purpose, id, fields, 'denied', 'provision_through_ledger'));
    throw new CustosError('CUSTOS_POLICY_VIOLATION', `data for purpose ${purpose} goes to third parties only through the disclosure ledger (POST /v1/disclosures), which records the provision`, [
      { field: 'purpose', rule: 'provision_through_ledger', message: `purpose ${purpose} is a provision to third parties: provide through the disclosure ledger` },
    ]);
  }

  /** Writes need a purpose too: every field's category must allow it, and the role must act for it. */
  private async authoriseWrite(actor: Actor, action: string, purpose: string, fields: string[], subjectId?: string): Promise<void> {
    const policy = this.policy();
    const roleOk = Object.hasOwn(policy.roles, actor.role) && policy.roles[actor.role].purposes.includes(purpose);
    const bad = fields.filter((f) => !policy.categories[f]?.purposes.includes(purpose));
    if (roleOk && bad.length === 0) return;
    const reason = !roleOk ? 'role_not_for_purpose' : 'category_not_for_purpose';
    await this.audit.append(this.entry(actor, action, purpose, subjectId, fields, 'denied', reason));
    throw new CustosError(
      'CUSTOS_POLICY_VIOLATION',
      !roleOk ? `role ${actor.role} may not act for purpose ${purpose}` : `purpose ${purpose} is not declared for: ${bad.join(', ')}`,
      !roleOk
        ? [{ field: 'purpose', rule: reason, message: `role ${actor.role} may not act for purpose ${purpose}` }]
        : bad.map((f) => ({ field: `fields.${f}`, rule: reason, message: `category ${f} is not declared for purpose ${purpose}` })),
    );
  }

  /**
   * A write to an existing subject is a use of the data for the purpose: what the person decided holds
   * as for reads (a restriction, a withdrawn or missing consent, an opt-out), and a write it stops is
   * refused and audited. (Corrections the person asks for go through `correct`, outside any purpose.)
   */
  private async authoriseSubjectWrite(actor: Actor, action: string, purpose: string, fields: string[], subjectId: string): Promise<void> {
    // The subject first (an id of no one is not found, 404): a refusal's entry names the subject it was
    // about, and an id that names no one, perhaps a caller's own identifier, must not be kept in the log.
    // An erased subject's refusal names no one either; the vault refuses the write itself (410).
    const state = await this.state(subjectId, purpose);
    await this.authoriseWrite(actor, action, purpose, fields, state.erased ? undefined : subjectId);
    if (state.erased) return;
    const d = decide(this.policy(), actor.role, purpose, fields, state, this.coveredSince, this.newUseSince);
    const stop = d.withheld[0];
    if (!stop) return;
    await this.audit.append(this.entry(actor, action, purpose, subjectId, fields, 'denied', stop.reason));
    throw new CustosError(
      'CUSTOS_POLICY_VIOLATION',
      `the subject's data may not be written for purpose ${purpose}: ${stop.reason}`,
      d.withheld.map((w) => ({ field: `fields.${w.field}`, rule: w.reason, message: `may not be written for purpose ${purpose}: ${w.reason.replace(/_/g, ' ')}` })),
    );
  }

  async create(input: CreateSubjectInput, opts: AccessContext): Promise<{ id: string; created: boolean }> {
    const actor = this.actorOf(opts);
    const purpose = requirePurpose(this.policy(), opts.purpose);
    const fields = Object.keys(input?.fields ?? {});
    requireFields(this.policy(), fields, 'keys of fields');
    await this.authoriseWrite(actor, 'subject.create', purpose, fields);
    let r: { id: string; created: boolean };
    try {
      r = await this.vault.create(input);
    } catch (e) {
      throw await this.childFound(e, actor, 'subject.create', purpose, fields);
    }
    await this.audit.append(this.entry(actor, r.created ? 'subject.create' : 'subject.create_existing', purpose, r.id, r.created ? fields : [], 'ok'));
    return r;
  }

  /**
   * Creates many subjects (bulk import): the role must act for the purpose (checked once); each input
   * whose fields the purpose does not cover, or whose values are invalid, gets its own error while the
   * others go in (one transaction per store). One audit entry per subject, as with `create`, so the
   * subject's access export stays complete.
   */
  async createMany(inputs: readonly CreateSubjectInput[], opts: AccessContext): Promise<({ id: string; created: boolean } | { error: unknown })[]> {
    const actor = this.actorOf(opts);
    const policy = this.policy();
    const purpose = requirePurpose(policy, opts.purpose);
    if (!Array.isArray(inputs)) throw invalidInput('inputs', 'array', 'must be an array of subjects');
    const roleOk = Object.hasOwn(policy.roles, actor.role) && policy.roles[actor.role].purposes.includes(purpose);
    if (!roleOk) await this.authoriseWrite(actor, 'subject.create', purpose, []);
    const results: ({ id: string; created: boolean } | { error: unknown } | null)[] = inputs.map(() => null);
    const allowed: { input: CreateSubjectInput; i: number }[] = [];
    let denied = 0;
    inputs.forEach((input, i) => {
      const names = typeof input?.fields === 'object' && input.fields !== null ? Object.keys(input.fields) : [];
      // Unknown names are left to the vault, which reports them as such.
      const bad = names.filter((f) => Object.hasOwn(policy.categories, f) && !policy.categories[f].purposes.includes(purpose));
      if (bad.length === 0) return void allowed.push({ input, i });
      denied++;
      results[i] = {
        error: new CustosError(
          'CUSTOS_POLICY_VIOLATION',
          `purpose ${purpose} is not declared for: ${bad.join(', ')}`,
          bad.map((f) => ({ field: `fields.${f}`, rule: 'category_not_for_purpose', message: `category ${f} is not declared for purpose ${purpose}` })),
        ),
      };
    });
    if (denied > 0) await this.audit.append(this.entry(actor, 'subject.create', purpose, undefined, [], 'denied', 'category_not_for_purpose', { count: denied }));
    const created = allowed.length > 0 ? await this.vault.createMany(allowed.map((a) => a.input)) : [];
    const entries: AuditEntryInput[] = [];
    created.forEach((r, k) => {
      const { input, i } = allowed[k];
      results[i] = r;
      if ('error' in r) return;
      entries.push(this.entry(actor, r.created ? 'subject.create' : 'subject.create_existing', purpose, r.id, r.created ? Object.keys(input.fields ?? {}) : [], 'ok'));
    });
    if (entries.length > 0) await this.audit.appendMany(entries);
    // an input under the external id of a subject on file that shows them under the minimum age
    for (const [k, r] of created.entries())
      if ('error' in r && subjectFoundUnderAge(r.error))
        results[allowed[k].i] = { error: await this.childFound(r.error, actor, 'subject.create', purpose, Object.keys(allowed[k].input.fields ?? {})) };
    return results as ({ id: string; created: boolean } | { error: unknown })[];
  }

  /**
   * Closes the subject's account (the contract ends): retention periods `after: account_closed` and
   * `after: contract_end` start now. Needs a role with the erase operation (or Custos itself); the
   * reason is a short code (`user_request`, `contract_end`, `inactive`), kept in the audit entry.
   */
  async close(id: string, opts: { actor: Actor; reason: string }): Promise<{ closedAt: string }> {
    const actor = this.actorOf({ actor: opts?.actor, purpose: '' });
    if (typeof opts.reason !== 'string' || !/^[a-z][a-z0-9_.:-]{0,63}$/.test(opts.reason))
      throw invalidInput('reason', 'reason_code', 'must be a short code such as user_request, contract_end or inactive (lower-case letters, digits, _ . : -; up to 64)');
    await this.authoriseErase(actor, [id], 'subject.close');
    const r = await this.vault.close(id);
    await this.audit.append(this.entry(actor, 'subject.close', undefined, id, [], 'ok', opts.reason));
    return r;
  }

  async update(id: string, fields: Record<string, unknown>, opts: AccessContext): Promise<{ updated: string[] }> {
    const actor = this.actorOf(opts);
    const purpose = requirePurpose(this.policy(), opts.purpose);
    if (typeof fields !== 'object' || fields === null) throw invalidInput('fields', 'object', 'must be an object of field -> value');
    const names = Object.keys(fields);
    requireFields(this.policy(), names, 'keys of fields');
    await this.authoriseSubjectWrite(actor, 'subject.update', purpose, names, id);
    let r: { updated: string[] };
    try {
      r = await this.vault.update(id, fields);
    } catch (e) {
      throw await this.childFound(e, actor, 'subject.update', purpose, names);
    }
    await this.audit.append(this.entry(actor, 'subject.update', purpose, id, r.updated, 'ok'));
    return r;
  }

  async addRecord(id: string, category: string, value: unknown, opts: AccessContext): Promise<{ recordId: string }> {
    const actor = this.actorOf(opts);
    const purpose = requirePurpose(this.policy(), opts.purpose);
    requireFields(this.policy(), [category], () => 'category');
    await this.authoriseSubjectWrite(actor, 'record.create', purpose, [category], id);
    let r: { recordId: string };
    try {
      r = await this.vault.addRecord(id, category, value);
    } catch (e) {
      throw await this.childFound(e, actor, 'record.create', purpose, [category]);
    }
    await this.audit.append(this.entry(actor, 'record.create', purpose, id, [category], 'ok'));
    return r;
  }

  /** Records of a multi-valued category, if the purpose allows it; streamed in pages. */
  async records(id: string, category: string, opts: AccessContext & { limit?: number }): Promise<StoredRecord[]> {
    const actor = this.actorOf(opts);
    const policy = this.policy();
    const purpose = requirePurpose(policy, opts.purpose);
    requireFields(policy, [category], () => 'category');
    const limit = opts.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    await this.provisionOnly(actor, 'record.read', purpose, id, [category], opts);
    const d = decide(policy, actor.role, purpose, [category], await this.subjectState(id, purpose), this.coveredSince, this.newUseSince);
    if (d.allowed.length === 0) {
      await this.audit.append(this.entry(actor, 'record.read', purpose, id, [category], 'denied', d.withheld[0].reason));
      throw new CustosError('CUSTOS_POLICY_VIOLATION', `${category} is withheld for purpose ${purpose}: ${d.withheld[0].reason}`, [
        { field: 'category', rule: d.withheld[0].reason, message: `withheld for purpose ${purpose}` },
      ]);
    }
    const out: StoredRecord[] = [];
    for await (const r of this.vault.records(id, category)) {
      out.push(r);
      if (out.length >= limit) break;
    }
    await this.audit.append(this.entry(actor, 'record.read', purpose, id, [category], 'allowed', undefined, { count: out.length }));
    return out;
  }

  /**
   * Every record of a multi-valued category, streamed page by page (constant memory), if the purpose
   * allows it: the decision is taken and a denial audited before the first record; the read is audited
   * with its count when the stream ends (or is abandoned).
   */
  async *recordStream(id: string, category: string, opts: AccessContext): AsyncGenerator<StoredRecord> {
    const actor = this.actorOf(opts);
    const policy = this.policy();
    const purpose = requirePurpose(policy, opts.purpose);
    requireFields(policy, [category], () => 'category');
    await this.provisionOnly(actor, 'record.read', purpose, id, [category], opts);
    const d = decide(policy, actor.role, purpose, [category], await this.subjectState(id, purpose), this.coveredSince, this.newUseSince);
    if (d.allowed.length === 0) {
      await this.audit.append(this.entry(actor, 'record.read', purpose, id, [category], 'denied', d.withheld[0].reason));
      throw new CustosError('CUSTOS_POLICY_VIOLATION', `${category} is withheld for purpose ${purpose}: ${d.withheld[0].reason}`, [
        { field: 'category', rule: d.withheld[0].reason, message: `withheld for purpose ${purpose}` },
      ]);
    }
    let count = 0;
    try {
      for await (const r of this.vault.records(id, category)) {
        count++;
        yield r;
      }
    } finally {
      await this.audit.append(this.entry(actor, 'record.read', purpose, id, [category], 'allowed', undefined, { count }));
    }
  }

  /**
   * Search by email or phone in one category: `category` when given, else the policy's identifying
   * category of that kind (`lookupCategory`). Only that category's values match (a contact form's reply
   * address is not an account's email), and the purpose must be declared for it and the role act for
   * the purpose. The audit entry names the category searched, never the value.
   */
  async find(by: { email?: string; phone?: string; category?: string }, opts: AccessContext): Promise<string[]> {
    const actor = this.actorOf(opts);
    const policy = this.policy();
    const purpose = requirePurpose(policy, opts.purpose);
    const kind = by?.email !== undefined ? 'email' : by?.phone !== undefined ? 'phone' : null;
    if (!kind) throw invalidInput('email', 'search_key', 'give an email or a phone number to search by');
    if (by.email !== undefined && by.phone !== undefined) throw invalidInput('phone', 'one_search_key', 'give an email or a phone number, not both');
    const category = lookupCategory(policy, kind, by.category);
    const roleOk = Object.hasOwn(policy.roles, actor.role) && policy.roles[actor.role].purposes.includes(purpose);
    if (!roleOk || !policy.categories[category].purposes.includes(purpose)) {
      const reason = !roleOk ? 'role_not_for_purpose' : 'category_not_for_purpose';
      await this.audit.append(this.entry(actor, 'subject.search', purpose, undefined, [category], 'denied', reason));
      throw new CustosError('CUSTOS_POLICY_VIOLATION', `search by ${category} is not allowed for purpose ${purpose}: ${reason}`, [
        { field: by.category !== undefined ? 'category' : kind, rule: reason, message: `search by ${category} is not allowed for purpose ${purpose}` },
      ]);
    }
    const ids = kind === 'email' ? await this.vault.findByEmail(by.email!, [category]) : await this.vault.findByPhone(by.phone!, undefined, [category]);
    await this.audit.append(this.entry(actor, 'subject.search', purpose, undefined, [category], 'allowed', undefined, { results: ids.length }));
    return ids;
  }

  /**
   * Correction or addition asked for by the person (a right, not a processing purpose): validated like
   * any write, the old value not kept, audited against the request.
   *
   * Only as part of a correction request being carried out. Subjects cannot read the request store (it
   * belongs to the requests module), so the request service hands over `grant`: a statement sealed under
   * the person's own data key (`vault.sealFor`, label `correction-grant:<requestId>`), which it writes only
   * when staff approve or fulfil a correction, or the policy fulfils one, and which names the request, the
   * fields and their values, the actor and a time limit (the request's claim). The seal binds it to this
   * subject and this request id: a made-up request id, another person's grant, other fields or values, an
   * expired grant or another actor are refused, and audited as denied. The actor must also be Custos
   * itself, the operator's CLI or a role with the `manage_requests` operation.
   */
  async correct(id: string, fields: Record<string, unknown>, opts: { actor: Actor; requestId: string; grant?: Uint8Array | null }): Promise<{ updated: string[] }> {
    const actor = this.actorOf({ actor: opts?.actor, purpose: '' });
    if (typeof fields !== 'object' || fields === null) throw invalidInput('fields', 'object', 'must be an object of field -> value');
    requireFields(this.policy(), Object.keys(fields), 'keys of fields');
    const names = Object.keys(fields);
    const refuse = async (rule: string, message: string, field = 'requestId'): Promise<never> => {
      await this.audit.append({ ...this.entry(actor, 'subject.correct', undefined, typeof id === 'string' ? id : undefined, names, 'denied', rule), details: { requestId: String(opts?.requestId ?? '').slice(0, 64) } });
      throw new CustosError('CUSTOS_FORBIDDEN', `correction refused: ${message}`, [{ field, rule, message }]);
    };
    if (!mayPerform(this.policy(), actor, 'manage_requests')) await refuse('operation_not_for_role', 'corrections are carried out by a role with the manage_requests operation', 'actor');
    if (typeof opts.requestId !== 'string' || opts.requestId === '' || opts.requestId.length > 64 || opts.grant == null)
      await refuse('approved_correction', 'a correction is carried out only for an approved correction request of this person');
    // same members in any order, same values: the form the grant was sealed from (a value canonical JSON cannot hold matches nothing)
    const canonical = (v: unknown): string | null => {
      try {
        return canonicalJson(v);
      } catch {
        return null;
      }
    };
    let grant: { requestId?: unknown; type?: unknown; fields?: unknown; actor?: unknown; until?: unknown } | null = null;
    try {
      grant = await this.vault.openFor(id, `correction-grant:${opts.requestId}`, opts.grant);
    } catch {
      grant = null; // sealed for another subject or request, or not sealed by Custos at all
    }
    if (
      !grant ||
      grant.requestId !== opts.requestId ||
      grant.type !== 'correction' ||
      grant.actor !== actor.keyId ||
      typeof grant.until !== 'number' ||
      grant.until < Date.now() ||
      canonical(grant.fields) === null ||
      canonical(grant.fields) !== canonical(fields)
    )
      await refuse('approved_correction', 'the request is not an approved correction request of this person naming these fields and values');
    let r: { updated: string[] };
    try {
      r = await this.vault.update(id, fields);
    } catch (e) {
      throw await this.childFound(e, actor, 'subject.correct', undefined, names, { requestId: opts.requestId });
    }
    await this.audit.append({ ...this.entry(actor, 'subject.correct', undefined, id, r.updated, 'ok'), details: { requestId: opts.requestId } });
    return r;
  }

  /**
   * Refuses (audited, naming each subject on file) an actor that may not erase: erasure needs Custos itself,
   * the CLI's operator or a role with the `erase` operation. Callers that write before erasing (an erasure
   * request keeps held data first) ask this before they start.
   */
  async authoriseErase(actor: Actor, ids: readonly string[], action: string): Promise<void> {
    if (mayPerform(this.policy(), actor, 'erase')) return;
    // each refusal names its subject if it is one on file (as `authoriseSubjectWrite`)
    const onFile = await this.vault.activeJurisdictions(ids);
    await this.audit.appendMany(ids.map((id) => this.entry(actor, action, undefined, onFile.has(id) ? id : undefined, [], 'denied', 'operation_not_for_role')));
    throw new CustosError('CUSTOS_FORBIDDEN', `role ${actor.role} may not erase subjects`, [{ field: 'actor', rule: 'operation_not_for_role', message: 'erasure needs a role with the erase operation' }]);
  }

  /**
   * Erasure by crypto-shredding; the audit log keeps the entry but forgets who it was about. The result
   * says what the legal holds kept, and why (`kept`, `notHeld`, `deattributed`; absent with `keepHeld: false`).
   */
  async erase(id: string, opts: EraseOptions): Promise<Omit<ErasedSubject, 'id'>> {
    if (typeof id !== 'string') throw subjectNotFound();
    const { erased } = await this.eraseMany([id], opts);
    if (erased.length === 0) throw subjectNotFound();
    const { id: _id, ...rest } = erased[0];
    return rest;
  }

  /**
   * `erase` for many subjects at once (bulk erasure, retention): one statement or transaction per step
   * for all of them, one audit entry per subject. Ids of no subject come back in `notFound`.
   */
  async eraseMany(ids: readonly string[], opts: EraseOptions): Promise<{ erased: ErasedSubject[]; notFound: string[] }> {
    const actor = this.actorOf({ actor: opts?.actor, purpose: '' });
    if (typeof opts.reason !== 'string' || opts.reason.trim() === '' || opts.reason.length > 500)
      throw invalidInput('reason', 'reason_required', 'must say why (1-500 characters)');
    requireNoIdentifiers('reason', opts.reason);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw invalidInput('ids', 'array', 'must be an array of subject ids');
    await this.authoriseErase(actor, ids, 'subject.erase');
    const kept = new Map<string, KeptOnErasure>();
    if (opts.keepHeld !== false) for (const keep of this.keepHooks) for (const [id, k] of await keep(ids)) kept.set(id, k);
    const r = await this.vault.eraseMany(ids, opts.reason.trim(), opts.spare);
    await this.audit.appendMany(r.erased.map((e) => this.entry(actor, 'subject.erase', undefined, e.id, [], 'ok', e.alreadyErased ? 'already_erased' : undefined)));
    await this.forget(r.erased.map((e) => e.id));
    return { erased: r.erased.map((e) => ({ ...e, ...kept.get(e.id) })), notFound: r.notFound };
  }

  /** Seed 000: data found to be a child's is erased at once, with the reason recorded. */
  async markAsChild(id: string, opts: { actor: Actor; reason: string }): Promise<{ erasedAt: string }> {
    const actor = this.actorOf({ actor: opts?.actor, purpose: '' });
    if (typeof opts?.reason === 'string') requireNoIdentifiers('reason', opts.reason);
    await this.authoriseErase(actor, [id], 'subject.mark_child');
    return this.eraseAsChild(id, opts.reason, this.entry(actor, 'subject.mark_child', undefined, id, [], 'ok'));
  }

  /** The one path of a child's data: erased at once (nothing kept under holds), audited, forgotten by every module. */
  private async eraseAsChild(id: string, reason: string, entry: AuditEntryInput): Promise<{ erasedAt: string }> {
    const r = await this.vault.markAsChild(id, reason);
    await this.audit.append(entry);
    await this.forget([id]);
    return r;
  }

  /**
   * A write refused because its birth date shows a subject on file under the minimum age (seed 000: "deleted
   * at once when found"). Nothing of the write was stored; the refusal is audited against the writer, and
   * the subject is erased as a child's data (as `markAsChild`), by Custos itself: the writer's role needs no
   * erase operation, since the policy, not the writer, decides. Returns the error to throw: CUSTOS_UNDER_AGE
   * naming the field and the rule, and `erased_as_child` saying the subject is gone. Any other error is
   * returned as it is.
   */
  private async childFound(e: unknown, actor: Actor, action: string, purpose: string | undefined, fields: string[], details?: AuditEntryInput['details']): Promise<unknown> {
    const id = subjectFoundUnderAge(e);
    if (!id || !(e instanceof CustosError)) return e;
    await this.audit.append(this.entry(actor, action, purpose, id, fields, 'denied', 'minimum_age', details));
    await this.eraseAsChild(
      id,
      `a write (${action}) showed the subject under the minimum age`,
      this.entry(SYSTEM, 'subject.mark_child', undefined, id, [], 'ok', 'minimum_age', { cause: action, by: actor.keyId }),
    );
    return new CustosError('CUSTOS_UNDER_AGE', `${e.message}; the subject on file was erased at once as a child's data`, [
      ...e.details,
      { field: 'subject', rule: 'erased_as_child', message: 'the subject was found to be under the minimum age: the write is refused and everything stored about them was erased at once, as data found to be a child\'s' },
    ]);
  }
}

/** Whether a write was refused because it showed its subject under the minimum age, and the subject was erased as a child. */
export function erasedAsChild(e: unknown): boolean {
  return e instanceof CustosError && e.code === 'CUSTOS_UNDER_AGE' && e.details.some((d) => d.rule === 'erased_as_child');
}

/**
 * The category a search by email or phone looks in: `asked` (a single-valued category of that type), or
 * by default the identifying one: the category named `email` (`phone`) when the policy has it with that
 * type, else the policy's only single-valued category of that type. With several and none named so,
 * the caller names one.
 */
export function lookupCategory(policy: Policy, kind: 'email' | 'phone', asked?: unknown): string {
  const candidates = Object.entries(policy.categories)
    .filter(([, c]) => c.type === kind && !c.multiple)
    .map(([id]) => id);
  if (asked !== undefined) {
    if (typeof asked !== 'string' || !Object.hasOwn(policy.categories, asked))
      throw new CustosError('CUSTOS_UNKNOWN_FIELD', 'category: not a category of the policy', [{ field: 'category', rule: 'category_declared', message: 'is not a category declared in the policy' }]);
    if (!candidates.includes(asked)) throw invalidInput('category', 'lookup_category', `a search by ${kind} looks in a single-valued ${kind} category: ${candidates.join(', ') || 'the policy has none'}`);
    return asked;
  }
  if (candidates.includes(kind)) return kind;
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) throw invalidInput(kind, 'search_key', `the policy has no ${kind} category to search`);
  throw invalidInput('category', 'category_required', `the policy has several ${kind} categories: name the one to search (${candidates.join(', ')})`);
}

/** A frozen copy of a column (the vault builds a statement once for frozen columns only). */
function frozenColumn(c: SubjectColumn): SubjectColumn {
  return Object.freeze({ sql: c.sql, ...(c.params ? { params: Object.freeze([...c.params]) } : {}) });
}

function withheldDetail(d: Decision): AuditEntryInput['details'] | undefined {
  return d.withheld.length > 0 ? { withheld: d.withheld.map((w) => `${w.field}:${w.reason}`) } : undefined;
}
