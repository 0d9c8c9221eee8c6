/**
 * The recipients registry: third parties and processors declared in the policy, with what each may
 * receive. A snapshot of the recipient is stored with each ledger entry (it is not personal data), so
 * the ledger keeps saying who received data even after the policy changes.
 */
import type { Policy } from '../policy/schema.js';
import { notFound } from '../errors.js';
import { mayPerform } from '../access/decision.js';

export interface RecipientSnapshot {
  /** Registry id; absent for a recipient named only for one legal-exception provision (a court, the police). */
  id?: string;
  type: 'processor' | 'third_party' | 'public_authority' | 'other';
  name: string;
  address?: string;
  representative?: string;
  country?: string;
  agreement?: { reference: string; date: string };
}

export interface RecipientInfo extends RecipientSnapshot {
  id: string;
  type: 'processor' | 'third_party';
  categories: string[];
  purposes: string[];
  /** Outside the controller's country: a cross-border transfer. */
  crossBorder: boolean;
}

export function listRecipients(policy: Policy): RecipientInfo[] {
  return Object.keys(policy.recipients).map((id) => recipientInfo(policy, id));
}

/** A recipient of the registry; an unknown id is NotFound naming `field`, the input that named it. */
export function recipientInfo(policy: Policy, id: string, field = 'id'): RecipientInfo {
  if (!Object.hasOwn(policy.recipients, id)) throw notFound('recipient', field);
  const r = policy.recipients[id];
  return {
    id,
    type: r.type,
    name: r.name,
    ...(r.address ? { address: r.address } : {}),
    ...(r.representative ? { representative: r.representative } : {}),
    country: r.country,
    ...(r.agreement ? { agreement: { reference: r.agreement.reference, date: r.agreement.date } } : {}),
    categories: [...r.categories],
    purposes: [...r.purposes],
    crossBorder: !!policy.controller.country && r.country !== policy.controller.country,
  };
}

export function snapshotOf(r: RecipientInfo): RecipientSnapshot {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    ...(r.address ? { address: r.address } : {}),
    ...(r.representative ? { representative: r.representative } : {}),
    ...(r.country ? { country: r.country } : {}),
    ...(r.agreement ? { agreement: r.agreement } : {}),
  };
}

/** Custos itself, the CLI operator, or a role with the manage_disclosures operation. */
export function mayManageDisclosures(policy: Policy, actor: { keyId: string; role: string }): boolean {
  return mayPerform(policy, actor, 'manage_disclosures');
}
