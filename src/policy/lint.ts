/**
 * Policy lint: what the declared jurisdictions do not allow. Each finding names the rule, its
 * severity, the jurisdiction whose law it is about (when one is), a message about this policy and an
 * explanation citing the law. `custos policy check` prints them with their line and column.
 *
 * The cross-reference rules (`rules.ts`) say whether the file is coherent; lint says whether what it
 * declares may be done where it is done. Where a lint rule restates a cross-reference rule with the
 * law behind it (special-care data, retention, processor agreements) it supersedes that rule's finding
 * at the same place.
 */
import { REQUEST_TYPES, type Policy, type Jurisdiction } from './schema.js';
import { isSpecialCareId, type Finding } from './rules.js';
import { dueDate, promiseDue } from '../requests/deadlines.js';

export interface LintFinding extends Finding {
  /** Why this is not allowed, with the provision it comes from. */
  explanation: string;
}

export interface LintRule {
  id: string;
  severity: 'error' | 'warning';
  /** The jurisdictions it applies in; empty: wherever the policy applies. */
  jurisdictions: readonly Jurisdiction[];
  summary: string;
  /** A cross-reference rule whose finding at the same place this rule replaces. */
  supersedes?: string;
}

type Law = Partial<Record<Jurisdiction, string>>;

const DEEMED_CONSENT: Law = {
  EU: 'GDPR Art. 4(11) and Art. 7 with Recital 32: consent is a clear affirmative act; silence, pre-ticked boxes or inactivity, such as continuing to use a service after a notice, are not consent.',
  KR: 'PIPA Art. 22: consent must be obtained so that the data subject clearly recognises what they agree to, separately for each matter; continued use after a notice is not consent.',
  VN: 'Law No. 91/2025/QH15 on Personal Data Protection and Decree 356/2025/ND-CP: consent must be voluntary, clear and verifiable (in writing, by voice, by ticking a box, by a reply); silence, no response or a default choice set by the controller is not consent.',
};

const MARKETING_OPT_OUT: Law = {
  JP: 'Act on Regulation of Transmission of Specified Electronic Mail Art. 3-4: marketing mail needs prior consent and must tell recipients how to refuse further mail; sending stops on refusal.',
  KR: 'PIPA Art. 37 and Network Act Art. 50: the data subject may demand suspension of processing for marketing at any time, and advertising messages must offer a free way to refuse.',
  EU: 'GDPR Art. 21(2)-(3): the data subject may object at any time to processing for direct marketing, after which the data may no longer be used for it; ePrivacy Directive Art. 13(2) requires an opt-out in every message.',
  'US-CA': 'CCPA §1798.120 and §1798.135: consumers may opt out of the sale or sharing of their personal information for cross-context behavioural advertising.',
  US: 'CAN-SPAM Act, 15 U.S.C. §7704(a)(3)-(5): commercial email must include a working opt-out mechanism, honoured within 10 business days.',
  RU: 'Federal Law 38-FZ "On Advertising" Art. 18(1): advertising by telecommunication networks needs the recipient\'s prior consent and must stop at once at the recipient\'s request.',
  VN: 'Law No. 91/2025/QH15 on Personal Data Protection Art. 28 (advertising services): personal data is used for advertising only with the subject\'s consent, and the subject must be able to refuse further advertising.',
  GB: 'UK GDPR Art. 21(2)-(3) and PECR reg. 22: the data subject may object to direct marketing at any time, and every marketing message must offer a simple way to refuse.',
};

const PROVISION_BASIS: Law = {
  JP: 'APPI Art. 27(1): personal data may be provided to a third party only with the person\'s prior consent or under the exceptions listed there (laws and regulations, protection of life, body or property, public health, cooperation with state affairs, academic research); a contract with the person or the controller\'s interest is not one of them.',
  KR: 'PIPA Art. 17(1): personal information may be provided to a third party with the subject\'s consent or in the cases of Art. 15(1) subparagraphs 2, 3 and 5 to 7; performance of a contract with the subject (subparagraph 4) is not among them.',
};

const PROCESSOR_AGREEMENT: Law = {
  EU: 'GDPR Art. 28(3): processing by a processor is governed by a contract or other legal act, in writing, setting out its subject matter, duration, nature, purpose and the controller\'s instructions.',
  GB: 'UK GDPR Art. 28(3): processing by a processor is governed by a written contract setting out the controller\'s instructions.',
  KR: 'PIPA Art. 26(1): outsourcing the processing of personal information must be done by a document stating the purpose, the technical and managerial safeguards, restrictions on re-outsourcing and supervision.',
  JP: 'APPI Art. 25: a business entrusting the handling of personal data must supervise the entrusted party; a written agreement on safe management is how that supervision is set up (PPC Guidelines 3-4-4).',
  VN: 'Law No. 91/2025/QH15 on Personal Data Protection: the processor processes personal data only under a contract or agreement with the controller, within what it sets out.',
  RU: 'Federal Law 152-FZ Art. 6(3): another person may process personal data on the operator\'s instruction only under a contract that lists the processing, its purposes and the duty to keep the data confidential and secure.',
  'US-CA': 'CCPA §1798.100(d) and §1798.140(ag): a service provider receives personal information only under a written contract limiting its use to the specified business purposes.',
};

const TRANSFER_INFO: Law = {
  JP: 'APPI Art. 28: providing personal data to a recipient in a foreign country needs consent given with information on that country, its personal-information protection system and the recipient\'s measures, unless the country is recognised by the PPC (EEA, UK) or the recipient keeps equivalent measures; the notice must carry that information.',
  KR: 'PIPA Art. 28-8: transfers abroad must be disclosed with the destination country, the time and method of transfer, the recipient and its contact, the items, the purpose and retention, and how to refuse.',
  EU: 'GDPR Art. 44-46: personal data may go to a country outside the EEA only under an adequacy decision or appropriate safeguards (standard contractual clauses, binding corporate rules, certification), which Art. 13(1)(f) requires the notice to name.',
};

const SPECIAL_CARE: Law = {
  JP: 'APPI Art. 20(2): special-care-required personal information (race, creed, social status, medical history, criminal record, having been a victim of crime) may not be acquired without prior consent, and never by opt-out provision (Art. 27(2)); seed 002 promises it is never collected.',
  EU: 'GDPR Art. 9(1): processing data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic, biometric, health, sex life or sexual orientation is prohibited unless an Art. 9(2) exception applies.',
  KR: 'PIPA Art. 23: sensitive information (ideology, belief, union or party membership, political views, health, sex life, genetic and criminal record data, biometric and racial or ethnic data) may be processed only with separate consent or where a law requires it.',
  VN: 'Law No. 91/2025/QH15 on Personal Data Protection and Decree 356/2025/ND-CP Art. 4: sensitive personal data (political and religious views, health, racial or ethnic origin, genetic and biometric data, sex life, crimes and violations of law...) needs the subject to be told that it is sensitive, and stronger safeguards.',
  RU: 'Federal Law 152-FZ Art. 10: special categories (race, nationality, political views, religious or philosophical beliefs, health, intimate life) may not be processed except in the cases listed there.',
  'US-CA': 'CCPA §1798.121 and §1798.140(ae): sensitive personal information may be limited by the consumer and must be disclosed as such.',
  GB: 'UK GDPR Art. 9(1): special category data may be processed only under an Art. 9(2) condition.',
};

const RETENTION: Law = {
  EU: 'GDPR Art. 5(1)(e) and Art. 13(2)(a): data is kept no longer than necessary, and the notice states the storage period or the criteria for it.',
  GB: 'UK GDPR Art. 5(1)(e) and Art. 13(2)(a): data is kept no longer than necessary, and the notice states the storage period.',
  KR: 'PIPA Art. 21(1) and Art. 30(1): data is destroyed without delay when its retention period ends, and the privacy policy states the retention period of each item.',
  JP: 'APPI Art. 22: personal data that is no longer needed must be deleted without delay; without a period nothing tells when that is.',
  VN: 'Law No. 91/2025/QH15 on Personal Data Protection: personal data is stored only for as long as its purpose needs, and the notice states the storage period.',
  RU: 'Federal Law 152-FZ Art. 5(7): personal data is kept no longer than its purposes require and destroyed when they are achieved.',
  'US-CA': 'CCPA §1798.100(a)(3): the notice at collection states how long each category of personal information is kept.',
};

const RRN =
  'PIPA Art. 24-2: resident registration numbers may be processed only where a law, a presidential decree or a rule of a constitutional body specifically requires or permits it, or to protect life, body or property in an emergency; the data subject\'s consent is not enough. The law relied on must be named (legal_basis_reference).';

export const LINT_RULES: readonly LintRule[] = [
  { id: 'deemed_consent', severity: 'error', jurisdictions: ['EU', 'KR', 'VN'], summary: 'a consent-based purpose whose consent is deemed from continued use (seed 004) instead of given by an affirmative act' },
  { id: 'marketing_without_opt_out', severity: 'error', jurisdictions: ['JP', 'KR', 'EU', 'US-CA', 'US', 'RU', 'VN', 'GB'], summary: 'a marketing purpose without `opt_out: true`' },
  { id: 'provision_without_basis', severity: 'error', jurisdictions: ['JP', 'KR'], summary: 'a third-party recipient that receives data for a purpose whose basis does not permit provision to third parties' },
  { id: 'processor_without_agreement', severity: 'error', jurisdictions: ['EU', 'GB', 'KR', 'JP', 'VN', 'RU', 'US-CA'], summary: 'a processor without a written agreement (reference and date)', supersedes: 'processor_without_agreement' },
  { id: 'foreign_transfer_info', severity: 'error', jurisdictions: ['JP', 'KR', 'EU'], summary: 'a recipient outside the controller\'s country without transfer information (safeguard; for Japan also the country\'s protection system)' },
  { id: 'special_care_data', severity: 'error', jurisdictions: ['JP', 'EU', 'KR', 'VN', 'RU', 'US-CA', 'GB'], summary: 'a category holding special-care (sensitive) data', supersedes: 'special_care_forbidden' },
  { id: 'kr_rrn_without_legal_basis', severity: 'error', jurisdictions: ['KR'], summary: 'a category of Korean resident registration numbers without the law that permits collecting them' },
  { id: 'retention_missing', severity: 'error', jurisdictions: ['EU', 'GB', 'KR', 'JP', 'VN', 'RU', 'US-CA'], summary: 'a category without a retention period', supersedes: 'retention_required' },
  { id: 'controller_country_missing', severity: 'warning', jurisdictions: [], summary: 'recipients are declared but the controller has no country, so cross-border transfers cannot be told apart' },
  { id: 'promise_longer_than_law', severity: 'warning', jurisdictions: ['KR', 'EU', 'GB', 'US-CA', 'US', 'RU', 'VN'], summary: 'a request promise that gives more time than a declared jurisdiction\'s law' },
];

/** Requests received on these days (Mondays across a year) decide whether a promise is longer than a law: on all of them. */
const PROMISE_CHECK_DAYS = ['2030-01-14', '2030-04-15', '2030-07-15', '2030-10-14'].map((d) => new Date(`${d}T03:00:00Z`));

const RULES = new Map(LINT_RULES.map((r) => [r.id, r]));

export function lintPolicy(p: Policy): LintFinding[] {
  const out: LintFinding[] = [];
  const declared = new Set<string>(p.jurisdictions);
  /** One finding per declared jurisdiction that has a provision for the rule. */
  const perJurisdiction = (rule: string, law: Law, path: Finding['path'], message: string, atKey = false, always: Jurisdiction[] = []) => {
    const spec = RULES.get(rule)!;
    for (const j of spec.jurisdictions) {
      const text = law[j];
      if (!text || (!declared.has(j) && !always.includes(j))) continue;
      out.push({ rule, severity: spec.severity, jurisdiction: j, path, message, explanation: text, atKey });
    }
  };

  for (const [pid, purpose] of Object.entries(p.purposes)) {
    const at = ['purposes', pid];
    if (purpose.basis === 'consent' && purpose.consent_method === 'deemed')
      perJurisdiction('deemed_consent', DEEMED_CONSENT, [...at, 'consent_method'], `purpose "${pid}" rests on consent deemed from continued use`);
    if (purpose.marketing && !purpose.opt_out)
      perJurisdiction('marketing_without_opt_out', MARKETING_OPT_OUT, at, `marketing purpose "${pid}" offers no opt-out (set opt_out: true)`, true);
  }

  for (const [rid, r] of Object.entries(p.recipients)) {
    const at = ['recipients', rid];
    if (r.type === 'third_party') {
      r.purposes.forEach((pid, i) => {
        const basis = p.purposes[pid]?.basis;
        if (!basis) return;
        const jp = basis === 'contract' || basis === 'legitimate_interest';
        const kr = basis === 'contract';
        const law: Law = { ...(jp ? { JP: PROVISION_BASIS.JP } : {}), ...(kr ? { KR: PROVISION_BASIS.KR } : {}) };
        perJurisdiction('provision_without_basis', law, [...at, 'purposes', i], `third party "${rid}" receives data for "${pid}", whose basis (${basis}) does not permit provision to a third party`);
      });
    }
    if (r.type === 'processor' && !r.agreement)
      perJurisdiction('processor_without_agreement', PROCESSOR_AGREEMENT, at, `processor "${rid}" has no agreement reference: contractors must be bound in writing (seeds 001, 002)`, true);
    const home = p.controller.country;
    if (home && r.country !== home) {
      const missing: Law = {};
      if (!r.transfer || (r.transfer.safeguard !== 'adequacy' && !r.transfer.country_info)) missing.JP = TRANSFER_INFO.JP;
      if (!r.transfer) {
        missing.KR = TRANSFER_INFO.KR;
        missing.EU = TRANSFER_INFO.EU;
      }
      const what = r.transfer ? 'no information on the protection system of its country (transfer.country_info)' : 'no transfer information (transfer.safeguard, transfer.country_info)';
      perJurisdiction('foreign_transfer_info', missing, at, `recipient "${rid}" in ${r.country} is outside the controller's country (${home}) and has ${what}`, true);
    }
  }
  if (!p.controller.country && Object.keys(p.recipients).length > 0)
    out.push({
      rule: 'controller_country_missing',
      severity: 'warning',
      path: ['controller'],
      atKey: true,
      message: 'the controller has no country: which recipients are abroad cannot be checked',
      explanation: 'Cross-border transfer rules (APPI Art. 28, PIPA Art. 28-8, GDPR Art. 44-46) depend on where the controller is; set controller.country to an ISO 3166-1 code.',
    });

  // A promise longer than a law is harmless for due dates (the earlier one governs), but the notice shows the promise.
  const promiseRule = RULES.get('promise_longer_than_law')!;
  const calendar = { controllerCountry: p.controller.country };
  for (const type of REQUEST_TYPES) {
    const promise = p.promises[type];
    if (!promise) continue;
    for (const j of promiseRule.jurisdictions) {
      if (!declared.has(j)) continue;
      const laws = PROMISE_CHECK_DAYS.map((day) => dueDate(type, j, day, {}, calendar));
      if (!laws.every((law, i) => promiseDue(promise, j, PROMISE_CHECK_DAYS[i], calendar) > law.due)) continue;
      const unit = promise.unit === 'business_days' ? 'business days' : 'calendar days';
      out.push({
        rule: promiseRule.id,
        severity: promiseRule.severity,
        jurisdiction: j,
        path: ['promises', type],
        message: `the promise for ${type} requests (within ${promise.within} ${unit}) gives more time than the law of ${j}`,
        explanation: `${laws[0].law.rule}. Custos answers requests from ${j} by the law's date anyway, but the privacy notice shows the promise, and would tell people there of a longer time than their law gives them.`,
        atKey: true,
      });
    }
  }

  for (const [cid, c] of Object.entries(p.categories)) {
    const at = ['categories', cid];
    if (c.kind === 'special-care' || isSpecialCareId(cid))
      perJurisdiction('special_care_data', SPECIAL_CARE, at, `category "${cid}" is special-care data (beliefs, race, health, criminal record, ...)`, true);
    if (c.identifier_scheme === 'kr_rrn' && !c.legal_basis_reference)
      perJurisdiction('kr_rrn_without_legal_basis', { KR: RRN }, at, `category "${cid}" holds Korean resident registration numbers without a legal_basis_reference`, true, ['KR']);
    if (!c.retention) perJurisdiction('retention_missing', RETENTION, at, `category "${cid}" has no retention period`, true);
  }
  return out;
}

/** Cross-reference findings, minus those a lint finding at the same place restates, plus the lint findings. */
export function combineFindings(crossReference: readonly Finding[], lint: readonly LintFinding[]): (Finding & { explanation?: string })[] {
  const key = (rule: string, path: Finding['path']) => `${rule}\u0000${path.join('\u0000')}`;
  const superseded = new Set(lint.flatMap((f) => (RULES.get(f.rule)?.supersedes ? [key(RULES.get(f.rule)!.supersedes!, f.path)] : [])));
  return [...crossReference.filter((f) => !superseded.has(key(f.rule, f.path))), ...lint];
}
