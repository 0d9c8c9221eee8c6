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
 *      where it rests on another basis but offers an opt-out (`opt_out: true`: a newsletter sent on
 *      legitimate interest), the subject has not opted out      (else `opted_out`)
 * and the subject is not erased (else every field is `erased`). The first failing check, in that
 * order, is the reason given.
 */
import { CustosError } from '../errors.js';
import type { Policy } from '../policy/schema.js';

export const WITHHELD_REASONS = ['erased', 'category_not_for_purpose', 'role_not_for_purpose', 'restricted', 'consent_missing', 'consent_withdrawn', 'opted_out'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export type ConsentState = { state: 'granted'; policyVersion: number } | { state: 'withdrawn' } | { state: 'none' };

export interface SubjectState {
  erased: boolean;
  /** Purposes suspended by a restriction; `'*'` suspends every purpose that does not survive restriction. */
  restricted: ReadonlySet<string>;
  /** Consent state for the purpose asked about. */
  consent: ConsentState;
}

/** The state of an erased subject: every field is withheld as erased. */
export const ERASED_STATE: SubjectState = { erased: true, restricted: new Set<string>(), consent: { state: 'none' } };

export interface Decision {
  allowed: string[];
  withheld: { field: string; reason: WithheldReason }[];
}

/**
 * Whether the subject's consent events decide this purpose: consent-based purposes, and purposes on
 * another basis that offer an opt-out (a withdrawal is the opt-out, a later grant resumes).
 */
export function choiceMatters(p: Policy['purposes'][string]): boolean {
  return p.basis === 'consent' || p.opt_out === true;
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

/** Checks that each name is a category of the policy. `pathOf` names the offending input (`fields[2]`, `fields.shoe`). */
export function requireFields(policy: Policy, fields: readonly unknown[], pathOf: (name: unknown, i: number) => string = (_n, i) => `fields[${i}]`): string[] {
  fields.forEach((f, i) => {
    if (typeof f !== 'string' || !Object.hasOwn(policy.categories, f))
      throw new CustosError('CUSTOS_UNKNOWN_FIELD', `${pathOf(f, i)}: not a category of the policy`, [
        { field: pathOf(f, i), rule: 'category_declared', message: 'is not a category declared in the policy' },
      ]);
  });
  return fields as string[];
}

/**
 * `coveredSince(field, purpose)`: the policy version (ordinal) from which this use of the field was
 * declared. A consent given under an earlier version does not cover it.
 */
export function decide(
  policy: Policy,
  role: string,
  purpose: string,
  fields: readonly string[],
  subject: SubjectState,
  coveredSince: (field: string, purpose: string) => number = () => 0,
): Decision {
  const p = policy.purposes[purpose];
  const roleOk = Object.hasOwn(policy.roles, role) && policy.roles[role].purposes.includes(purpose);
  const restricted = subject.restricted.has(purpose) || (subject.restricted.has('*') && !p.survives_restriction);
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
    } else if (p.opt_out && subject.consent.state === 'withdrawn') reason = 'opted_out';
    if (reason) withheld.push({ field, reason });
    else allowed.push(field);
  }
  return { allowed, withheld };
}
