/**
 * Consent actions and marketing preferences, on one source of truth: the consent events of the
 * `consent_events` history. A marketing preference *is* the consent state of a marketing purpose:
 * each channel (email, SMS, push, in-app) maps to the purpose that declares it (`channel:` in the
 * policy), other marketing purposes (recommendations) are named by their purpose id. "May I send
 * marketing email to S?" is answered by the access decision itself, so the preference and every read
 * of S's data for that purpose always agree.
 */
import { CustosError, invalidInput } from '../errors.js';
import { unknownKeyError } from '../validation.js';
import type { Language, Policy } from '../policy/schema.js';
import { LANGUAGES } from '../policy/schema.js';
import type { PolicyVersion } from '../policy/versions.js';
import { subjectErased, Vault } from '../vault/vault.js';
import type { AuditWriter } from '../audit/types.js';
import type { Actor } from '../access/keys.js';
import { consentDecides, decide, newUseNeedsConsent, type ConsentState, type Decision } from '../access/decision.js';
import { SYSTEM, type Subjects } from '../access/subjects.js';
import { CONSENT_METHODS, type ConsentEvent, type ConsentMethod, type ConsentStore } from './store.js';
import { receiptPayload, type Receipts } from './receipts.js';
import { randomUUID } from 'node:crypto';

export const CHANNELS = ['email', 'sms', 'push', 'in_app'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ConsentActionInput {
  event: 'grant' | 'withdraw';
  purposes: string[];
  method: ConsentMethod;
  language?: string;
  /** Non-identifying evidence (truncated IP, browser family); the HTTP API derives it from the request. */
  evidence?: Record<string, string>;
}

export interface ConsentActionResult {
  events: ConsentEvent[];
  receiptId: string;
  /** The signed consent receipt (compact JWS). */
  receipt: string;
}

export type PreferenceState = 'opted_in' | 'opted_out' | 'not_set';

export interface Preference {
  purpose: string;
  channel?: Channel;
  state: PreferenceState;
  /** When the current state was recorded. */
  since?: string;
}

export type MaySendReason = 'consent_granted' | 'not_opted_out' | 'channel_not_declared' | Decision['withheld'][number]['reason'];

export interface MaySendAnswer {
  allowed: boolean;
  reason: MaySendReason;
  purpose?: string;
}

/**
 * A use that a later policy version added to a category the person's data was collected in, which applies
 * to them only with their consent (seed 001, `new_uses: consent`), and their answer so far.
 */
export interface NewUse {
  purpose: string;
  /** The categories of the person's data it would use: those whose use for the purpose came after collection. */
  categories: string[];
  /** The policy version (ordinal) that added it (the latest, where versions added it to several categories). */
  addedIn: number;
  /** `awaiting`: not answered under a version that declares it; `declined`: withdrawn (not asked again). */
  state: 'awaiting' | 'consented' | 'declined';
  /** When the answer was recorded. */
  since?: string;
}

export const NEW_USE_ANSWERS = ['consent', 'decline'] as const;
export type NewUseAnswer = (typeof NEW_USE_ANSWERS)[number];

export interface PreferencesDeps {
  policy: () => Policy;
  version: () => PolicyVersion;
  store: ConsentStore;
  vault: Vault;
  /** First policy version from which a (category, purpose) use is declared. */
  coveredSince: (category: string, purpose: string) => number;
  /** The version that added a use to a category collected before it, else 0 (see `decide`). */
  newUseSince: (category: string, purpose: string) => number;
  audit: AuditWriter;
  receipts: Receipts;
  subjects: Subjects;
}

/** The role under which the subject-side decision is taken when no actor asks (the SDK's `maySend`). */
const PREFERENCE_ROLE = '__preferences';

type PreferenceKeys = ReadonlyMap<string, { purpose: string; channel?: Channel }>;

/** What `maySend` derives from a policy, computed once per policy object (a policy in force is never changed in place). */
interface PolicyDerived {
  keys: PreferenceKeys;
  /** The categories declared for each marketing purpose. */
  fields: Map<string, readonly string[]>;
}

const derived = new WeakMap<Policy, PolicyDerived>();

function derive(policy: Policy): PolicyDerived {
  let d = derived.get(policy);
  if (d) return d;
  const keys = new Map<string, { purpose: string; channel?: Channel }>();
  for (const [id, p] of Object.entries(policy.purposes)) {
    if (!p.marketing) continue;
    const key = p.channel ?? id;
    if (!keys.has(key)) keys.set(key, { purpose: id, ...(p.channel ? { channel: p.channel } : {}) });
  }
  const fields = new Map<string, readonly string[]>();
  for (const { purpose } of keys.values())
    fields.set(
      purpose,
      Object.entries(policy.categories)
        .filter(([, c]) => c.purposes.includes(purpose))
        .map(([id]) => id),
    );
  d = { keys, fields };
  derived.set(policy, d);
  return d;
}

export class Preferences {
  constructor(private readonly d: PreferencesDeps) {}

  /** Preference keys: the channel of a channel purpose, else the purpose id. */
  keys(): Map<string, { purpose: string; channel?: Channel }> {
    return new Map(derive(this.d.policy()).keys);
  }

  private async activeSubject(subjectId: string): Promise<{ jurisdiction: string; collectedUnder: number }> {
    if (typeof subjectId !== 'string' || subjectId.length === 0 || subjectId.length > 100) throw invalidInput('subjectId', 'subject_id', 'must be a subject id');
    const s = await this.d.vault.status(subjectId, { also: { collected_under: Vault.collectedUnderColumn } });
    if (s.status === 'erased') throw subjectErased();
    return { jurisdiction: s.jurisdiction, collectedUnder: Vault.collectedUnderOf(s.also?.collected_under) };
  }

  private validate(input: ConsentActionInput): void {
    const policy = this.d.policy();
    if (input.event !== 'grant' && input.event !== 'withdraw') throw invalidInput('event', 'consent_event', 'must be grant or withdraw');
    if (!Array.isArray(input.purposes) || input.purposes.length === 0) throw invalidInput('purposes', 'purposes_required', 'name at least one purpose');
    input.purposes.forEach((p, i) => {
      if (typeof p !== 'string' || !Object.hasOwn(policy.purposes, p))
        throw new CustosError('CUSTOS_UNKNOWN_PURPOSE', `purposes[${i}]: not a purpose declared in the policy`, [{ field: `purposes[${i}]`, rule: 'purpose_declared', message: 'is not a purpose declared in the policy' }]);
      // (a purpose on another basis takes consent where a later version added a use of it: seed 001)
      if (!consentDecides(policy, p, this.d.newUseSince))
        throw invalidInput(`purposes[${i}]`, 'consent_basis', `purpose ${p} rests on ${policy.purposes[p].basis}, not on consent, offers no opt-out and has no use added since the first policy version: there is nothing to grant or withdraw`);
    });
    if (new Set(input.purposes).size !== input.purposes.length) throw invalidInput('purposes', 'duplicate_purpose', 'a purpose is listed twice');
    if (!CONSENT_METHODS.includes(input.method)) throw invalidInput('method', 'consent_method', `must be one of ${CONSENT_METHODS.join(', ')}`);
    if (input.language !== undefined && !LANGUAGES.includes(input.language as Language)) throw invalidInput('language', 'language', `must be one of ${LANGUAGES.join(', ')}`);
  }

  /**
   * Grants or withdraws consent to purposes, tied to the policy version in force, and returns the
   * signed receipt. Withdrawal takes effect on the next access decision (no cache in between).
   */
  async record(subjectId: string, input: ConsentActionInput, actor: Actor = SYSTEM): Promise<ConsentActionResult> {
    this.validate(input);
    const subject = await this.activeSubject(subjectId);
    const version = this.d.version();
    const policy = this.d.policy();
    const receiptId = `cr_${randomUUID()}`;
    const newUses = Object.fromEntries(input.purposes.map((p) => [p, this.newUseCategories(p, subject.collectedUnder)]));
    let jws = '';
    const events = await this.d.store.recordAll(
      subjectId,
      input.purposes.map((purpose) => ({
        purpose,
        event: input.event,
        policyVersion: version.ordinal,
        method: input.method,
        ...(input.language ? { language: input.language } : {}),
        ...(input.evidence ? { evidence: input.evidence } : {}),
      })),
      async (evs) => {
        jws = await this.d.receipts.sign(receiptPayload(policy, version, { id: subjectId, jurisdiction: subject.jurisdiction }, evs, receiptId, newUses));
        return { receiptId, eventType: input.event === 'grant' ? 'consent_given' : 'consent_withdrawn', jws };
      },
    );
    await this.d.audit.append({
      actor: { keyId: actor.keyId, role: actor.role },
      action: input.event === 'grant' ? 'consent.grant' : 'consent.withdraw',
      subjectId,
      outcome: 'ok',
      details: { purposes: input.purposes, method: input.method, policyVersion: version.ordinal, receiptId },
    });
    return { events, receiptId, receipt: jws };
  }

  grant(subjectId: string, purposes: string[], opts: Omit<ConsentActionInput, 'event' | 'purposes'>, actor?: Actor): Promise<ConsentActionResult> {
    return this.record(subjectId, { ...opts, event: 'grant', purposes }, actor);
  }

  withdraw(subjectId: string, purposes: string[], opts: Omit<ConsentActionInput, 'event' | 'purposes'>, actor?: Actor): Promise<ConsentActionResult> {
    return this.record(subjectId, { ...opts, event: 'withdraw', purposes }, actor);
  }

  /** The subject's consent history (append-only), oldest first, with the receipts issued. Audited. */
  async history(subjectId: string, actor: Actor = SYSTEM): Promise<{ events: ConsentEvent[]; receipts: { receiptId: string; eventType: string; jws: string; at: string }[] }> {
    await this.d.vault.status(subjectId);
    const [events, receipts] = await Promise.all([this.d.store.history(subjectId), this.d.store.receipts(subjectId)]);
    await this.d.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'consent.history', subjectId, outcome: 'ok', details: { events: events.length } });
    return { events, receipts };
  }

  /** Whether the person's choice lets every use of the purpose run (as the access decision would). */
  private covered(purpose: string, state: ConsentState, collectedUnder: number): boolean {
    const policy = this.d.policy();
    const p = policy.purposes[purpose];
    const cats = Object.entries(policy.categories).filter(([, c]) => c.purposes.includes(purpose));
    const consented = (cat: string) => state.state === 'granted' && state.policyVersion >= this.d.coveredSince(cat, purpose);
    if (p.basis !== 'consent') {
      // a purpose on another basis with an opt-out runs until the person opts out, except a use added after
      // the person's data was collected, which needs their consent (seed 001)
      if (state.state === 'withdrawn') return false;
      return !newUseNeedsConsent(policy, p) || cats.every(([cat]) => this.d.newUseSince(cat, purpose) <= collectedUnder || consented(cat));
    }
    return cats.every(([cat]) => consented(cat));
  }

  /**
   * The uses added after the person's data was collected that need their consent (`decide` withholds them
   * as `new_use_consent_missing` until then), with their answer. Consent-based purposes are asked for
   * anyway (`consent_missing`), and marketing purposes in the marketing preferences, so neither is listed.
   */
  async newUses(subjectId: string): Promise<NewUse[]> {
    const { collectedUnder } = await this.activeSubject(subjectId);
    const policy = this.d.policy();
    const history = await this.d.store.history(subjectId);
    const out: NewUse[] = [];
    for (const [purpose, p] of Object.entries(policy.purposes)) {
      if (p.marketing) continue;
      const categories = this.newUseCategories(purpose, collectedUnder);
      if (categories.length === 0) continue;
      const last = history.filter((e) => e.purpose === purpose).at(-1);
      const state: NewUse['state'] =
        last?.event === 'withdraw' ? 'declined' : last && categories.every((c) => last.policyVersion >= this.d.coveredSince(c, purpose)) ? 'consented' : 'awaiting';
      out.push({ purpose, categories, addedIn: Math.max(...categories.map((c) => this.d.newUseSince(c, purpose))), state, ...(state !== 'awaiting' ? { since: last!.at } : {}) });
    }
    return out;
  }

  /**
   * The person's answer to a new use: `consent` grants it under the version in force, so the decision lets
   * the use through; `decline` records a withdrawal, so it stays withheld and is not asked again (a person
   * who said no does not expect the question at every visit; with an opt-out purpose, declining is the
   * opt-out). An answer can be changed later (a consent withdrawn as easily as it was given, GDPR Art. 7(3)).
   * Either way a signed receipt, and the audit entry of `record`.
   */
  async answerNewUse(
    subjectId: string,
    purpose: string,
    answer: NewUseAnswer,
    opts: { method: ConsentMethod; language?: string; evidence?: Record<string, string> },
    actor: Actor = SYSTEM,
  ): Promise<ConsentActionResult> {
    if (!NEW_USE_ANSWERS.includes(answer)) throw invalidInput('answer', 'new_use_answer', `must be one of ${NEW_USE_ANSWERS.join(', ')}`);
    if (typeof purpose !== 'string' || !Object.hasOwn(this.d.policy().purposes, purpose))
      throw new CustosError('CUSTOS_UNKNOWN_PURPOSE', 'purpose: not a purpose declared in the policy', [{ field: 'purpose', rule: 'purpose_declared', message: 'is not a purpose declared in the policy' }]);
    const use = (await this.newUses(subjectId)).find((u) => u.purpose === purpose);
    if (!use)
      throw new CustosError('CUSTOS_CONFLICT', 'purpose: no use of this purpose awaits the person\'s consent', [
        { field: 'purpose', rule: 'new_use_awaiting', message: 'no use of this purpose was added after the person\'s data was collected' },
      ]);
    if (use.state === (answer === 'consent' ? 'consented' : 'declined'))
      throw new CustosError('CUSTOS_CONFLICT', 'answer: already the person\'s answer for this purpose', [{ field: 'answer', rule: 'answer_unchanged', message: 'is already the person\'s answer for this purpose' }]);
    return this.record(subjectId, { ...opts, event: answer === 'consent' ? 'grant' : 'withdraw', purposes: [purpose] }, actor);
  }

  /** Marketing preferences: one entry per channel and per other marketing purpose. */
  async get(subjectId: string): Promise<Record<string, Preference>> {
    const { collectedUnder } = await this.activeSubject(subjectId);
    const history = await this.d.store.history(subjectId);
    const out: Record<string, Preference> = {};
    for (const [key, { purpose, channel }] of this.keys()) {
      const last = history.filter((e) => e.purpose === purpose).at(-1);
      const state: ConsentState = !last ? { state: 'none' } : last.event === 'grant' ? { state: 'granted', policyVersion: last.policyVersion } : { state: 'withdrawn' };
      out[key] = {
        purpose,
        ...(channel ? { channel } : {}),
        state: state.state === 'withdrawn' ? 'opted_out' : this.covered(purpose, state, collectedUnder) ? 'opted_in' : 'not_set',
        ...(last ? { since: last.at } : {}),
      };
    }
    return out;
  }

  /**
   * Sets preferences (`{ email: false }` is the newsletter opt-out, `{ email: true }` resumes it).
   * Only changes are recorded; each kind of change (grants, withdrawals) returns its receipt.
   */
  async set(
    subjectId: string,
    changes: Record<string, boolean>,
    opts: { method: ConsentMethod; language?: string; evidence?: Record<string, string> },
    actor: Actor = SYSTEM,
  ): Promise<{ preferences: Record<string, Preference>; receipts: string[] }> {
    const keys = this.keys();
    const entries = Object.entries(changes ?? {});
    if (entries.length === 0) throw invalidInput('preferences', 'preferences_required', `name at least one of ${[...keys.keys()].join(', ')}`);
    for (const [k, v] of entries) {
      if (!keys.has(k)) throw unknownKeyError('preferences', 'preference_declared', `be a marketing channel or purpose of the policy: ${[...keys.keys()].join(', ')}`);
      if (typeof v !== 'boolean') throw invalidInput(`preferences.${k}`, 'wrong_type', 'must be true or false');
    }
    const current = await this.get(subjectId);
    const grants = entries.filter(([k, v]) => v && current[k].state !== 'opted_in').map(([k]) => keys.get(k)!.purpose);
    const withdrawals = entries.filter(([k, v]) => !v && current[k].state !== 'opted_out').map(([k]) => keys.get(k)!.purpose);
    const receipts: string[] = [];
    if (grants.length > 0) receipts.push((await this.record(subjectId, { ...opts, event: 'grant', purposes: grants }, actor)).receipt);
    if (withdrawals.length > 0) receipts.push((await this.record(subjectId, { ...opts, event: 'withdraw', purposes: withdrawals }, actor)).receipt);
    return { preferences: await this.get(subjectId), receipts };
  }

  /**
   * "May I send marketing on this channel to S?" (`'email'`, `'sms'`, `'push'`, `'in_app'`, or a
   * marketing purpose such as `'recommendations'`). With an actor, the full access decision for the
   * actor's role (audited as `subject.check`); without, the subject side of it: erasure, restriction,
   * consent under a policy version that covers the use (audited as `preferences.may_send`).
   */
  async maySend(subjectId: string, channel: Channel | string, actor?: Actor): Promise<MaySendAnswer> {
    const policy = this.d.policy();
    const known = derive(policy);
    const entry = known.keys.get(channel);
    if (!entry) {
      if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel))
        throw invalidInput('channel', 'channel', `must be one of ${[...CHANNELS, ...[...this.keys().keys()].filter((k) => !(CHANNELS as readonly string[]).includes(k))].join(', ')}`);
      await this.d.vault.status(subjectId);
      return { allowed: false, reason: 'channel_not_declared' };
    }
    const purpose = entry.purpose;
    const fields = [...known.fields.get(purpose)!];
    let d: Decision;
    let collectedUnder: number | undefined;
    if (actor) {
      d = await this.d.subjects.check(subjectId, { actor, purpose, fields });
    } else {
      const state = await this.d.subjects.state(subjectId, purpose);
      const erased = state.erased;
      collectedUnder = state.collectedUnder;
      const asked: Policy = { ...policy, roles: { ...policy.roles, [PREFERENCE_ROLE]: { purposes: [purpose], operations: [] } } };
      d = decide(asked, PREFERENCE_ROLE, purpose, fields, state, this.d.coveredSince, this.d.newUseSince);
      await this.d.audit.append({
        actor: { keyId: SYSTEM.keyId, role: SYSTEM.role },
        action: 'preferences.may_send',
        purpose,
        ...(erased ? {} : { subjectId }),
        fields,
        outcome: d.allowed.length > 0 ? 'allowed' : 'denied',
        ...(d.withheld[0] ? { reason: d.withheld[0].reason } : {}),
      });
    }
    if (fields.length === 0) return { allowed: false, reason: 'category_not_for_purpose', purpose };
    if (d.allowed.length === 0) return { allowed: false, reason: d.withheld[0].reason, purpose };
    return { allowed: true, reason: (await this.consentLets(subjectId, purpose, d.allowed, collectedUnder)) ? 'consent_granted' : 'not_opted_out', purpose };
  }

  /**
   * The categories whose use for `purpose`, on a basis other than consent, a policy version later than the
   * one the person's data was collected under added: those run only with the person's consent (seed 001,
   * see `decide`), so a grant of the purpose is, for them, consent to that new use.
   */
  private newUseCategories(purpose: string, collectedUnder: number): string[] {
    const policy = this.d.policy();
    const p = policy.purposes[purpose];
    if (p.basis === 'consent' || !newUseNeedsConsent(policy, p)) return [];
    return Object.entries(policy.categories)
      .filter(([c, cat]) => cat.purposes.includes(purpose) && this.d.newUseSince(c, purpose) > collectedUnder)
      .map(([c]) => c);
  }

  /**
   * Whether the person's consent is what lets fields `allowed` be used: the purpose rests on consent, or one
   * of them is a new use for this person. `collectedUnder` is read only when the policy has such a use.
   */
  private async consentLets(subjectId: string, purpose: string, allowed: readonly string[], collectedUnder?: number): Promise<boolean> {
    if (this.d.policy().purposes[purpose].basis === 'consent') return true;
    if (!this.newUseCategories(purpose, 0).some((c) => allowed.includes(c))) return false;
    collectedUnder ??= (await this.activeSubject(subjectId)).collectedUnder;
    return this.newUseCategories(purpose, collectedUnder).some((c) => allowed.includes(c));
  }
}
