/**
 * The one decision point: (role, purpose, subject state, fields) -> allowed fields, and a reason for
 * each withheld field. Pure: everything it needs is passed in, so it is tested exhaustively and used
 * by every front end the same way.
 *
 * A field is allowed when
 *   1. its category lists the purpose in the policy           (else `category_not_for_purpose`)
 *   2. the actor's role may act for the purpose                (else `role_not_for_purpose`)
 *   3. the subject has not suspended that use (restriction)    (else `restricted`)
 *   4. where the purpose's basis is consent, the subject has granted consent, not withdrawn it, under
 *      a policy version that covered this use                 (else `consent_missing` / `consent_withdrawn`);
 *      where it rests on another basis, and a policy version later than the one the subject's data was
 *      collected under added this use to a category collected before it, the subject has consented
 *      under a version that covers it, when
 *      the policy asks for that (`new_uses: consent`, the default; seed 001: new purposes only after
 *      announcement and consent) and the basis is not one the law itself provides (legal obligation,
 *      vital or public interest)                               (else `new_use_consent_missing`, or
 *      `consent_withdrawn` / `opted_out` after a withdrawal);
 *      where it rests on another basis but offers an opt-out (`opt_out: true`: a newsletter sent on
 *      legitimate interest), the subject has not opted out      (else `opted_out`)
 * and the subject is not erased (else every field is `erased`). The first failing check, in that
 * order, is the reason given.
 */
import { CustosError } from '../errors.js';
import { unknownKeyError } from '../validation.js';
import { newUsesRule, type LegalBasis, type Policy } from '../policy/schema.js';
import { isBuiltIn, type AuditActor } from '../audit/types.js';

export const WITHHELD_REASONS = ['erased', 'category_not_for_purpose', 'role_not_for_purpose', 'restricted', 'consent_missing', 'consent_withdrawn', 'opted_out', 'new_use_consent_missing'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export type ConsentState = { state: 'granted'; policyVersion: number } | { state: 'withdrawn' } | { state: 'none' };

export interface SubjectState {
  erased: boolean;
  /** Purposes suspended by a restriction; `'*'` suspends every purpose that does not survive restriction. */
  restricted: ReadonlySet<string>;
  /** Consent state for the purpose asked about. */
  consent: ConsentState;
  /** The policy version (ordinal) in force when the subject's data was collected (the subject created). */
  collectedUnder: number;
}

/** The state of an erased subject: every field is withheld as erased. */
export const ERASED_STATE: SubjectState = { erased: true, restricted: new Set<string>(), consent: { state: 'none' }, collectedUnder: 0 };

export interface Decision {
  allowed: string[];
  withheld: { field: string; reason: WithheldReason }[];
}

/** Whether the actor may perform a role operation: a built-in actor (Custos itself, the CLI's operator), or a role the policy grants it to. */
export function mayPerform(policy: Policy, actor: AuditActor | undefined, operation: Policy['roles'][string]['operations'][number]): boolean {
  return isBuiltIn(actor) || (actor !== undefined && Object.hasOwn(policy.roles, actor.role) && policy.roles[actor.role].operations.includes(operation));
}

/**
 * Whether the subject's consent events decide this purpose: consent-based purposes, and purposes on
 * another basis that offer an opt-out (a withdrawal is the opt-out, a later grant resumes).
 */
export function choiceMatters(p: Policy['purposes'][string]): boolean {
  return p.basis === 'consent' || p.opt_out === true;
}

/**
 * Bases the law itself provides, which a later purpose may rest on without the consent of people whose
 * data was collected before it (APPI Art. 18(3): laws and regulations, life, body or property, public
 * health, cooperation with public bodies; GDPR Art. 6(1)(c)-(e) and 6(4)). Consent could not lawfully
 * be made a condition of a legal obligation.
 */
const BASES_WITHOUT_CONSENT: ReadonlySet<LegalBasis> = new Set(['legal_obligation', 'vital_interest', 'public_interest']);

/**
 * Whether a use of purpose `p` that a later policy version added needs the consent of the people whose
 * data predates it (policy `new_uses: consent`, the default). Consent-based purposes need consent anyway.
 */
export function newUseNeedsConsent(policy: Policy, p: Policy['purposes'][string]): boolean {
  return newUsesRule(policy) === 'consent' && !BASES_WITHOUT_CONSENT.has(p.basis);
}

/**
 * Whether the subject's consent events can decide `purpose`: a consent-based purpose or one with an
 * opt-out (`choiceMatters`), or one with a use added to an already collected category by a later policy
 * version, which needs the consent of earlier subjects (`newUseNeedsConsent`). `newUseSince` as for `decide`.
 */
export function consentDecides(policy: Policy, purpose: string, newUseSince: (field: string, purpose: string) => number): boolean {
  const p = policy.purposes[purpose];
  if (choiceMatters(p)) return true;
  if (!newUseNeedsConsent(policy, p)) return false;
  return Object.entries(policy.categories).some(([c, cat]) => cat.purposes.includes(purpose) && newUseSince(c, purpose) > 0);
}

export function requirePurpose(policy: Policy, purpose: unknown): string {
  if (typeof purpose !== 'string' || purpose.length === 0)
    throw new CustosError('CUSTOS_UNKNOWN_PURPOSE', 'purpose: every access needs a purpose', [
      { field: 'purpose', rule: 'purpose_required', message: 'every access needs a purpose' },
    ]);
  if (!Object.hasOwn(policy.purposes, purpose))
    throw new CustosError('CUSTOS_UNKNOWN_PURPOSE', 'purpose: not a purpose declared in the policy', [
      { field: 'purpose', rule: 'purpose_declared', message: 'is not a purpose declared in the policy' },
    ]);
  return purpose;
}

/**
 * Checks that each name is a category of the policy. `pathOf` names the offending input (`fields[2]`,
 * `category`); `'keys of fields'`: the names are the keys of a `fields` object, and an unknown one is
 * reported at `fields` without its text (a key the caller chose may be personal data).
 */
export function requireFields(policy: Policy, fields: readonly unknown[], pathOf: ((name: unknown, i: number) => string) | 'keys of fields' = (_n, i) => `fields[${i}]`): string[] {
  fields.forEach((f, i) => {
    if (typeof f === 'string' && Object.hasOwn(policy.categories, f)) return;
    if (pathOf === 'keys of fields') throw unknownKeyError('fields', 'category_declared', 'be a category declared in the policy', 'CUSTOS_UNKNOWN_FIELD');
    throw new CustosError('CUSTOS_UNKNOWN_FIELD', `${pathOf(f, i)}: not a category of the policy`, [
      { field: pathOf(f, i), rule: 'category_declared', message: 'is not a category declared in the policy' },
    ]);
  });
  return fields as string[];
}

/**
 * `coveredSince(field, purpose)`: the policy version (ordinal) from which this use of the field was
 * declared. A consent given under an earlier version does not cover it. `newUseSince(field, purpose)`:
 * that version when it added the use to a category collected before it, else 0 (the use came with the
 * category, so no data of it predates the use); default: `coveredSince` (every use may be new).
 */
export function decide(
  policy: Policy,
  role: string,
  purpose: string,
  fields: readonly string[],
  subject: SubjectState,
  coveredSince: (field: string, purpose: string) => number = () => 0,
  newUseSince: (field: string, purpose: string) => number = coveredSince,
): Decision {
  const p = policy.purposes[purpose];
  const roleOk = Object.hasOwn(policy.roles, role) && policy.roles[role].purposes.includes(purpose);
  // a use the law requires (survives_restriction) goes on while use is restricted, whatever the restriction names
  const restricted = !p.survives_restriction && (subject.restricted.has(purpose) || subject.restricted.has('*'));
  const allowed: string[] = [];
  const withheld: Decision['withheld'] = [];
  for (const field of fields) {
    let reason: WithheldReason | null = null;
    if (subject.erased) reason = 'erased';
    else if (!policy.categories[field].purposes.includes(purpose)) reason = 'category_not_for_purpose';
    else if (!roleOk) reason = 'role_not_for_purpose';
    else if (restricted) reason = 'restricted';
    else if (p.basis === 'consent') {
      const c = subject.consent;
      if (c.state === 'withdrawn') reason = 'consent_withdrawn';
      else if (c.state === 'none' || c.policyVersion < coveredSince(field, purpose)) reason = 'consent_missing';
    } else if (newUseNeedsConsent(policy, p) && subject.collectedUnder < newUseSince(field, purpose)) {
      // a use added after the subject's data was collected (seed 001): only with consent under a version that declares it
      const c = subject.consent;
      if (c.state === 'withdrawn') reason = p.opt_out ? 'opted_out' : 'consent_withdrawn';
      else if (c.state === 'none' || c.policyVersion < coveredSince(field, purpose)) reason = 'new_use_consent_missing';
    } else if (p.opt_out && subject.consent.state === 'withdrawn') reason = 'opted_out';
    if (reason) withheld.push({ field, reason });
    else allowed.push(field);
  }
  return { allowed, withheld };
}
