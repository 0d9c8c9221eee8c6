/**
 * The basis check of a provision, the static part (what the policy and the registry say; the
 * per-person part, consent and stop requests, is checked by the access layer at provision time).
 *
 *   consent        a third party, for a consent-based purpose it is registered for, only the
 *                  categories it is registered for; each person's consent is checked per person
 *   entrustment    a processor with a recorded agreement, for its declared purposes and categories
 *                  (APPI Art. 27(5)(i): not a third-party provision, but recorded too)
 *   law, court_order, vital_interest, public_health, public_authority, legal_rights
 *                  the legal exceptions (APPI Art. 27(1) i-iv; seed 001): no consent, but a
 *                  reference (the law's article, the order's number, the case file) is required
 */
import type { Policy } from '../policy/schema.js';
import type { ErrorDetail } from '../errors.js';
import type { RecipientInfo, RecipientSnapshot } from './recipients.js';

export const EXCEPTION_BASES = ['law', 'court_order', 'vital_interest', 'public_health', 'public_authority', 'legal_rights'] as const;
export const PROVISION_BASES = ['consent', 'entrustment', ...EXCEPTION_BASES] as const;
export type ExceptionBasis = (typeof EXCEPTION_BASES)[number];
export type ProvisionBasis = (typeof PROVISION_BASES)[number];

export const EXCEPTION_LABELS: Record<ExceptionBasis, string> = {
  law: 'based on laws and regulations (APPI Art. 27(1)(i))',
  court_order: 'a court order or warrant (APPI Art. 27(1)(i))',
  vital_interest: 'protection of life, body or property when consent is difficult to obtain (APPI Art. 27(1)(ii))',
  public_health: 'public health or the sound growth of children when consent is difficult to obtain (APPI Art. 27(1)(iii))',
  public_authority: 'cooperation with a public authority performing duties prescribed by law (APPI Art. 27(1)(iv))',
  legal_rights: 'establishing, exercising or defending legal rights',
};

export const isException = (b: string): b is ExceptionBasis => (EXCEPTION_BASES as readonly string[]).includes(b);

export interface BasisInput {
  /** A registry recipient, or (legal exceptions only) a recipient named for this provision. */
  recipient: RecipientInfo | RecipientSnapshot;
  categories: string[];
  purpose: string;
  basis: ProvisionBasis;
  reference?: string;
}

/** What is missing for this provision, as error details (empty when the static basis holds). */
export function basisProblems(policy: Policy, p: BasisInput): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const r = p.recipient;
  const registered = 'categories' in r;
  if (isException(p.basis)) {
    if (!p.reference || p.reference.trim() === '')
      out.push({ field: 'reference', rule: 'reference_required', message: `a provision on the ${p.basis} exception needs its reference (law article, order number, case file)` });
    return out;
  }
  if (!registered) {
    out.push({ field: 'recipient', rule: 'recipient_not_registered', message: 'only a legal exception allows provision to a recipient that is not in the policy' });
    return out;
  }
  const rec = r as RecipientInfo;
  const outside = p.categories.filter((c) => !rec.categories.includes(c));
  for (const c of outside) out.push({ field: `categories.${c}`, rule: 'category_not_for_recipient', message: `recipient ${rec.id} may not receive category ${c}` });
  if (!rec.purposes.includes(p.purpose)) out.push({ field: 'purpose', rule: 'purpose_not_for_recipient', message: `recipient ${rec.id} is not registered for purpose ${p.purpose}` });
  if (p.basis === 'entrustment') {
    if (rec.type !== 'processor') out.push({ field: 'basis', rule: 'not_a_processor', message: `recipient ${rec.id} is a third party: entrustment needs a processor` });
    else if (!rec.agreement) out.push({ field: 'recipient', rule: 'agreement_missing', message: `processor ${rec.id} has no recorded agreement` });
  } else {
    if (rec.type === 'processor') out.push({ field: 'basis', rule: 'processor_needs_entrustment', message: `recipient ${rec.id} is a processor: data goes to it under its agreement (basis entrustment)` });
    else if (policy.purposes[p.purpose] && policy.purposes[p.purpose].basis !== 'consent')
      out.push({ field: 'purpose', rule: 'consent_purpose_required', message: `purpose ${p.purpose} is not consent-based: provision to a third party needs consent or a legal exception` });
  }
  return out;
}
