/**
 * Which fields a person may correct through a request, and the checks of a request's details. One rule
 * for the privacy center's form (`GET /v1/privacy/catalog` marks the fields `correctable`) and for the
 * server (`Intakes.start`, `Requests.file`), so the server never accepts what the form does not offer.
 */
import { checkEach, invalidInput } from '../errors.js';
import { requireWellFormedText, unknownKeyError } from '../validation.js';
import type { Category, Policy, RequestType } from '../policy/schema.js';
import { normaliseValue, phoneRegion } from '../vault/values.js';
import type { Jurisdiction } from '../policy/schema.js';

/** Categories the privacy center lists at all: never special-care data (not collected) nor credentials. */
export function listedInCenter(c: Category): boolean {
  return c.kind !== 'special-care' && c.kind !== 'credential';
}

/**
 * What a person can state themselves: a listed, single-valued category that is not device or usage data.
 * Credentials (login id, password hash) are changed in the application's own sign-in flow, records
 * (messages, transactions) are not "values" to correct, device and usage data are observed, not stated.
 */
export function correctable(c: Category | undefined): boolean {
  return !!c && listedInCenter(c) && !c.multiple && c.kind !== 'device' && c.kind !== 'usage';
}

/** Email and phone categories: the identifiers the privacy center and lookups go by. */
export function isIdentifier(c: Category | undefined): boolean {
  return c?.type === 'email' || c?.type === 'phone';
}

/** The email or phone field a correction's details change, if any (at most one, see `checkRequestDetails`). */
export function identifierChanged(policy: Policy, type: RequestType, details: unknown): string | undefined {
  if (type !== 'correction' || !details || typeof details !== 'object') return undefined;
  const fields = (details as { fields?: unknown }).fields;
  if (!fields || typeof fields !== 'object') return undefined;
  return Object.keys(fields).find((name) => Object.hasOwn(policy.categories, name) && isIdentifier(policy.categories[name]));
}

/** The keys of a request's details, by type (none for the others). */
const DETAIL_KEYS: Partial<Record<RequestType, readonly string[]>> = { correction: ['fields'], restriction: ['purposes'] };

/**
 * Checks a request's details. `jurisdiction` is the subject's once known (filing): then values are
 * validated as they will be stored; before that (the privacy center's start, where nothing about the
 * person may be looked up) phone numbers are left to the filing, since national numbers are read in the
 * person's own region. Errors name the field and the rule, never the value.
 */
export function checkRequestDetails(policy: Policy, type: RequestType, details: unknown, jurisdiction?: Jurisdiction): void {
  if (details !== undefined && (typeof details !== 'object' || details === null || Array.isArray(details)))
    throw invalidInput('details', 'object', 'must be an object');
  const d = details as Record<string, unknown> | undefined;
  requireWellFormedText('details', d);
  // what each type's details may hold (the values a correction proposes, the purposes a restriction stops),
  // nothing else: free keys would be stored (sealed) and shown to staff, and make each request one of its own
  const allowed = DETAIL_KEYS[type] ?? [];
  if (d && Object.keys(d).some((k) => !allowed.includes(k)))
    throw unknownKeyError('details', 'details_key', allowed.length > 0 ? `be ${allowed.join(' or ')}, the details of a ${type} request` : `be absent: a ${type} request takes no details`);
  if (type === 'correction') {
    const fields = d?.fields;
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields) || Object.keys(fields).length === 0)
      throw invalidInput('details.fields', 'correction_fields', 'a correction names the fields to correct and their new values');
    // each new email or phone is proven by a code sent to it before it is written: one per request
    if (Object.keys(fields).filter((name) => Object.hasOwn(policy.categories, name) && isIdentifier(policy.categories[name])).length > 1)
      throw invalidInput('details.fields', 'one_identifier_per_correction', 'a correction changes one email address or phone number at a time: each is confirmed with its own code');
    checkEach(Object.entries(fields), ([name, value]) => {
      const path = `details.fields.${name}`;
      const c = Object.hasOwn(policy.categories, name) ? policy.categories[name] : undefined;
      if (!c) throw unknownKeyError('details.fields', 'category_declared', 'be a correctable field of the policy');
      if (!correctable(c)) throw invalidInput(path, 'category_declared', 'is not a correctable field of the policy');
      if (c.type === 'phone' && jurisdiction === undefined) return;
      normaliseValue(path, c, value, phoneRegion(jurisdiction));
    });
  }
  if (type === 'restriction' && d?.purposes !== undefined) {
    const ps = d.purposes;
    if (!Array.isArray(ps) || ps.some((p) => typeof p !== 'string' || !Object.hasOwn(policy.purposes, p)))
      throw invalidInput('details.purposes', 'purpose_declared', 'must list purposes declared in the policy');
    if (ps.some((p) => policy.purposes[p as string].survives_restriction))
      throw invalidInput('details.purposes', 'purpose_survives_restriction', 'names a use the law requires (such as tax records), which goes on while use is restricted');
  }
}
