import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicy, loadPolicyFile } from './load.js';
import { CustosError } from '../errors.js';
import { highestMinimumAge, minimumAgeFor } from './minimum-age.js';
import { EXAMPLE } from '../../test/backends.js';

const source = readFileSync(EXAMPLE, 'utf8');

/** Line (1-based) of the first occurrence of `needle` in `text`, computed, never typed by hand. */
function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`test setup: "${needle}" not in the policy`);
  return text.slice(0, i).split('\n').length;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not in the policy`);
  return text.replace(from, to);
}

describe('policy', () => {
  it('the example policy loads', () => {
    const { policy } = loadPolicyFile(EXAMPLE);
    expect(policy.governing_language).toBe('ja');
    expect(policy.languages).toEqual(['en', 'ja', 'ko', 'ru', 'vi']);
    expect(policy.jurisdictions).toEqual(['JP', 'KR', 'EU', 'US-CA', 'RU', 'VN']);
    for (const c of ['name', 'address', 'phone', 'email', 'birth_date', 'gender', 'card', 'bank_account', 'identity_document', 'transactions', 'ip_address', 'device_data', 'voluntary_profile', 'login_id', 'password_hash', 'messages', 'reviews'])
      expect(policy.categories[c], c).toBeDefined();
    for (const r of ['support', 'billing', 'marketing', 'trust_safety', 'server_maintenance', 'privacy_officer', 'auditor']) expect(policy.roles[r], r).toBeDefined();
    for (const r of ['zoom', 'vimeo', 'google_calendar', 'google_analytics', 'adobe_analytics', 'clicktale', 'payment_processor', 'mail_provider'])
      expect(policy.recipients[r], r).toBeDefined();
    expect(policy.categories.inquiry_email.purposes).toEqual(['inquiry_reply']);
    expect(policy.roles.server_maintenance.purposes).toEqual([]);
    expect(policy.promises.erasure).toEqual({ within: 3, unit: 'business_days' });
    expect(policy.legal_holds.tax_records.period).toBe('P7Y');
  });

  // Each broken policy: a change to the example, the rule it must break, and the text whose line the error points at.
  const broken: { name: string; from: string; to: string; rule: string; at: string }[] = [
    { name: 'unknown purpose in a category', from: 'purposes: [inquiry_reply]', to: 'purposes: [inquiry_reply, spam]', rule: 'unknown_purpose', at: 'purposes: [inquiry_reply, spam]' },
    { name: 'unknown category for a recipient', from: 'categories: [name, email, card, transactions]', to: 'categories: [name, email, card, shoe_size]', rule: 'unknown_category', at: 'categories: [name, email, card, shoe_size]' },
    { name: 'purpose without legal basis', from: 'analytics:              { basis: consent,', to: 'analytics:              {', rule: 'required', at: 'analytics:              {' },
    { name: 'unknown legal basis', from: 'payouts:                { basis: contract', to: 'payouts:                { basis: because', rule: 'not_allowed_value', at: 'payouts:                { basis: because' },
    { name: 'role acting for an undeclared purpose', from: 'billing:           { purposes: [payment, payouts, tax_records] }', to: 'billing:           { purposes: [payment, payouts, tax_evasion] }', rule: 'unknown_purpose', at: 'billing:           { purposes: [payment, payouts, tax_evasion] }' },
    { name: 'recipient without country', from: '    name: Vimeo.com, Inc.\n    country: US\n', to: '    name: Vimeo.com, Inc.\n', rule: 'required', at: '  vimeo:' },
    { name: 'category without retention', from: '    purposes: [inquiry_reply]\n    retention: { period: P6M, after: collection }\n', to: '    purposes: [inquiry_reply]\n', rule: 'retention_required', at: '  inquiry_email:' },
    { name: 'special-care category declared by kind', from: '  login_id:                      # seed 003', to: '  hobbies:\n    kind: special-care\n    type: text\n    purposes: [account]\n    retention: { period: P1Y }\n  login_id:                      # seed 003', rule: 'special_care_forbidden', at: '  hobbies:' },
    { name: 'special-care category declared by name', from: '  login_id:                      # seed 003', to: '  religion:\n    kind: voluntary\n    type: text\n    purposes: [account]\n    retention: { period: P1Y }\n  login_id:                      # seed 003', rule: 'special_care_forbidden', at: '  religion:' },
    { name: 'duplicate category id', from: '  login_id:                      # seed 003', to: '  email:\n    kind: contact\n    type: email\n    purposes: [account]\n    retention: { period: P1Y }\n  login_id:                      # seed 003', rule: 'duplicate_id', at: '  email:\n    kind: contact\n    type: email\n    purposes: [account]\n    retention: { period: P1Y }\n  login_id' },
    { name: 'duplicate purpose in a list', from: 'purposes: [inquiry_reply]', to: 'purposes: [inquiry_reply, inquiry_reply]', rule: 'duplicate_id', at: 'purposes: [inquiry_reply, inquiry_reply]' },
    { name: 'governing language not among languages', from: 'languages: [en, ja, ko, ru, vi]', to: 'languages: [en, ko, ru, vi]', rule: 'governing_language_not_listed', at: 'governing_language: ja' },
    { name: 'unsupported language', from: 'languages: [en, ja, ko, ru, vi]', to: 'languages: [en, ja, ko, ru, vi, xx]', rule: 'not_allowed_value', at: 'languages: [en, ja, ko, ru, vi, xx]' },
    { name: 'bad retention duration', from: 'retention: { period: P6M, after: collection }', to: 'retention: { period: six months, after: collection }', rule: 'format', at: 'retention: { period: six months' },
    { name: 'unknown key (typo)', from: '    type: enum\n', to: '    typo: enum\n    type: enum\n', rule: 'unknown_key', at: '    typo: enum' },
    { name: 'enum without values', from: '    values: [female, male, other, unspecified]\n', to: '', rule: 'enum_values_required', at: '    type: enum' },
    { name: 'legal hold for a purpose that is not a legal obligation', from: '    purpose: tax_records\n    period: P7Y', to: '    purpose: support\n    period: P7Y', rule: 'hold_purpose_basis', at: '    purpose: support\n    period: P7Y' },
    { name: 'legal hold records outside the categories it keeps', from: '    records: [transactions]', to: '    records: [messages]', rule: 'hold_records_held', at: '    records: [messages]' },
    { name: 'birth date category of the wrong type', from: 'birth_date_category: birth_date', to: 'birth_date_category: name', rule: 'birth_date_type', at: 'birth_date_category: name' },
    { name: 'minimum age for a jurisdiction Custos does not know (a member state, not EU)', from: '    KR: 14 ', to: '    KR: 14\n    DE: 16 ', rule: 'unknown_jurisdiction', at: '    DE: 16' },
    { name: 'minimum age for a jurisdiction the policy does not declare', from: '    KR: 14 ', to: '    KR: 14\n    GB: 13 ', rule: 'unknown_jurisdiction', at: '    GB: 13' },
    { name: 'minimum age for a jurisdiction out of range', from: '    KR: 14 ', to: '    KR: 40 ', rule: 'too_big', at: '    KR: 40' },
    { name: 'invalid controller email', from: 'email: privacy@tutoring.example', to: 'email: privacy-at-tutoring', rule: 'format', at: 'email: privacy-at-tutoring' },
    { name: 'YAML syntax error', from: 'default_jurisdiction: JP', to: 'default_jurisdiction: [JP', rule: 'yaml_syntax', at: 'default_jurisdiction: [JP' },
    { name: 'extra holiday that is not a date', from: 'promises:                       # stricter than the law', to: "requests:\n  extra_holidays: { RU: ['9 May 2027'] }\npromises:                       # stricter than the law", rule: 'format', at: "RU: ['9 May 2027']" },
    { name: 'a recipient name that is not well-formed text (a NUL character)', from: '    name: Vimeo.com, Inc.', to: '    name: "Vimeo.com\\0, Inc."', rule: 'well_formed_text', at: '    name: "Vimeo.com' },
    { name: 'recipient category outside its purposes', from: "    categories: [name]\n    purposes: [lesson_delivery]", to: "    categories: [card]\n    purposes: [lesson_delivery]", rule: 'recipient_purpose_mismatch', at: '    categories: [card]' },
  ];

  it.each(broken)('a broken policy fails: $name', ({ from, to, rule, at }) => {
    const text = replaceOnce(source, from, to);
    let err: unknown;
    try {
      parsePolicy(text, 'broken.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CustosError);
    const e = err as CustosError;
    expect(e.code).toBe('CUSTOS_POLICY_INVALID');
    const hit = e.details.find((d) => d.rule === rule);
    expect(hit, `rule ${rule} among ${e.details.map((d) => d.rule).join(', ')}`).toBeDefined();
    expect(hit!.file).toBe('broken.yaml');
    const expectedLine = lineOf(text, at);
    // YAML syntax errors can be reported where the parser notices them: on the line or the next.
    if (rule === 'yaml_syntax') expect(hit!.line).toBeGreaterThanOrEqual(expectedLine);
    else expect(hit!.line).toBe(expectedLine);
    expect(hit!.column).toBeGreaterThan(0);
    expect(e.message).toMatch(/^broken\.yaml:\d+:\d+: /);
  });

  it('minimum age: one age for all, or an age of its own for a jurisdiction; an unknown code is an error naming the field', () => {
    const single = parsePolicy(replaceOnce(source, /  by_jurisdiction:.*\n    KR: 14.*\n/.exec(source)![0], ''), 'single.yaml');
    expect(single.minimum_age).toEqual({ years: 13, birth_date_category: 'birth_date' });
    expect(['JP', 'KR', 'EU', 'US-CA', 'RU', 'VN'].map((j) => minimumAgeFor(single, j as never))).toEqual([13, 13, 13, 13, 13, 13]);
    const { policy } = loadPolicyFile(EXAMPLE);
    expect(['JP', 'KR', 'EU', 'US-CA', 'RU', 'VN'].map((j) => minimumAgeFor(policy, j as never))).toEqual([13, 14, 13, 13, 13, 13]);
    expect(highestMinimumAge(policy)).toBe(14);

    const e = (() => {
      try {
        parsePolicy(replaceOnce(source, '    KR: 14 ', '    KR: 14\n    DE: 16\n    GB: 13 '), 'ages.yaml');
      } catch (x) {
        return x as CustosError;
      }
      throw new Error('expected an error');
    })();
    expect(e.details.map((d) => [d.field, d.rule])).toEqual([
      ['minimum_age.by_jurisdiction.DE', 'unknown_jurisdiction'],
      ['minimum_age.by_jurisdiction.GB', 'unknown_jurisdiction'],
    ]);
    expect(e.details[0].message).toMatch(/"DE" is not a jurisdiction: use one of JP, KR, EU, .*EU member states are the one jurisdiction EU/);
    expect(e.details[1].message).toBe('"GB" is not among jurisdictions');
  });

  it('at least 15 broken policies are checked', () => {
    expect(broken.length).toBeGreaterThanOrEqual(15);
  });
});
