import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePolicy } from './load.js';
import { diffPolicies, compareDurations, CHANGE_KINDS } from './diff.js';
import { EXAMPLE } from '../../test/backends.js';
import type { Policy } from './schema.js';

const source = readFileSync(EXAMPLE, 'utf8');
const base = parsePolicy(source, 'base.yaml');

function edited(from: string, to: string) {
  if (!source.includes(from)) throw new Error(`test setup: "${from}" not in the policy`);
  return parsePolicy(source.replace(from, to), 'edited.yaml');
}

describe('policy diff', () => {
  it('the same policy has no changes', () => {
    expect(diffPolicies(base, base).changes).toEqual([]);
  });

  // Each row: an edit of the example and the (kind, class) pairs the diff must report — and nothing else.
  const table: { name: string; from: string; to: string; mutate?: (p: Policy) => void; expect: [string, 'material' | 'minor'][] }[] = [
    { name: 'a new purpose for a category', from: 'purposes: [inquiry_reply]\n', to: 'purposes: [inquiry_reply, analytics]\n', expect: [['category_purpose_added', 'material']] },
    { name: 'a purpose removed from a category', from: 'purposes: [account, recommendations]', to: 'purposes: [account]', expect: [['category_purpose_removed', 'minor']] },
    {
      name: 'a new category collected',
      from: '  login_id:                      # seed 003',
      to: '  nickname:\n    kind: voluntary\n    type: text\n    purposes: [account]\n    retention: { period: P1Y }\n  login_id:                      # seed 003',
      expect: [['category_added', 'material']],
    },
    { name: 'a category no longer collected', from: '', to: '', mutate: (p) => void delete p.categories.gender, expect: [['category_removed', 'minor']] },
    { name: 'longer retention', from: 'retention: { period: P6M, after: collection }', to: 'retention: { period: P1Y, after: collection }', expect: [['retention_longer', 'material']] },
    { name: 'shorter retention', from: 'retention: { period: P6M, after: collection }', to: 'retention: { period: P3M, after: collection }', expect: [['retention_shorter', 'minor']] },
    { name: 'retention running from a later event', from: 'retention: { period: P6M, after: collection }', to: 'retention: { period: P6M, after: account_closed }', expect: [['retention_longer', 'material']] },
    { name: 'retention in days against months (P6M -> P183D, may be longer)', from: 'retention: { period: P6M, after: collection }', to: 'retention: { period: P183D, after: collection }', expect: [['retention_changed', 'material']] },
    { name: 'retention clearly shorter in other units (P6M -> P90D)', from: 'retention: { period: P6M, after: collection }', to: 'retention: { period: P90D, after: collection }', expect: [['retention_shorter', 'minor']] },
    {
      name: 'a new recipient',
      from: '      - { name: "adid", category: advertising, duration: P1Y, party: third }\n',
      to: '      - { name: "adid", category: advertising, duration: P1Y, party: third }\n  survey_tool:\n    type: processor\n    name: Example Surveys Inc.\n    country: US\n    agreement: { reference: SURV-1, date: "2026-01-01" }\n    transfer: { safeguard: contract_clauses }\n    categories: [email]\n    purposes: [support]\n',
      expect: [['recipient_added', 'material']],
    },
    { name: 'a recipient receives a new category', from: '    categories: [name]\n    purposes: [lesson_delivery]', to: '    categories: [name, email]\n    purposes: [lesson_delivery]', expect: [['recipient_category_added', 'material']] },
    { name: 'a recipient in a new country', from: '    name: ClickTale Ltd.\n    country: IL', to: '    name: ClickTale Ltd.\n    country: US', expect: [['country_added', 'material']] },
    { name: 'storage in a new country', from: '    purposes: [inquiry_reply]\n    retention: { period: P6M, after: collection }', to: '    purposes: [inquiry_reply]\n    retention: { period: P6M, after: collection }\n    storage_countries: [JP, SG]', expect: [['country_added', 'material'], ['country_added', 'material']] },
    { name: 'a basis changed away from consent', from: 'analytics:              { basis: consent,', to: 'analytics:              { basis: legitimate_interest,', expect: [['basis_changed_from_consent', 'material']] },
    { name: 'a basis changed to consent', from: 'inquiry_reply:          { basis: legitimate_interest,', to: 'inquiry_reply:          { basis: consent,', expect: [['basis_changed', 'minor']] },
    { name: 'consent deemed by continued use', from: 'analytics:              { basis: consent,', to: 'analytics:              { basis: consent, consent_method: deemed,', expect: [['consent_deemed', 'material']] },
    { name: 'a purpose description reworded', from: 'Customer support, ja: カスタマーサポート', to: 'Help with your account, ja: カスタマーサポート', expect: [['purpose_details_changed', 'minor']] },
    { name: 'a processor becomes a third party', from: '    type: processor\n    name: Vimeo.com, Inc.', to: '    type: third_party\n    name: Vimeo.com, Inc.', expect: [['recipient_became_third_party', 'material']] },
    { name: 'a processor agreement renewed', from: 'DPA-2024-VIMEO, date: "2024-04-01"', to: 'DPA-2026-VIMEO, date: "2026-04-01"', expect: [['recipient_details_changed', 'minor']] },
    { name: 'the controller contact changed', from: 'email: privacy@tutoring.example', to: 'email: dpo@tutoring.example', expect: [['controller_changed', 'minor']] },
    { name: 'a role gains a purpose (internal)', from: 'billing:           { purposes: [payment, payouts, tax_records] }', to: 'billing:           { purposes: [payment, payouts, tax_records, support] }', expect: [['role_changed', 'minor']] },
    { name: 'the erasure promise made slower', from: 'erasure: { within: 3, unit: business_days }', to: 'erasure: { within: 10, unit: business_days }', expect: [['promise_weakened', 'material']] },
    { name: 'the erasure promise made faster', from: 'erasure: { within: 3, unit: business_days }', to: 'erasure: { within: 2, unit: business_days }', expect: [['promise_strengthened', 'minor']] },
    { name: 'a younger minimum age', from: 'years: 13', to: 'years: 10', expect: [['minimum_age_lowered', 'material']] },
    { name: 'an older minimum age', from: 'years: 13', to: 'years: 15', expect: [['minimum_age_raised', 'minor']] },
    { name: 'a younger minimum age in one jurisdiction', from: '    KR: 14 ', to: '    KR: 12 ', expect: [['minimum_age_lowered', 'material']] },
    { name: 'an older minimum age in one jurisdiction', from: '    KR: 14 ', to: '    KR: 16 ', expect: [['minimum_age_raised', 'minor']] },
    { name: 'an age of its own for a jurisdiction, older than the rest', from: '    KR: 14 ', to: '    KR: 14\n    EU: 16 ', expect: [['minimum_age_raised', 'minor']] },
    { name: 'an age of its own for a jurisdiction, younger than the rest', from: '    KR: 14 ', to: '    KR: 14\n    US-CA: 12 ', expect: [['minimum_age_lowered', 'material']] },
    { name: 'a jurisdiction back to the general age, which is younger', from: '  by_jurisdiction:              # another age where the subject\'s jurisdiction asks for it\n    KR: 14 ', to: '  # ', expect: [['minimum_age_lowered', 'material']] },
    { name: 'the same ages written out per jurisdiction', from: '    KR: 14 ', to: '    KR: 14\n    JP: 13 ', expect: [] },
    { name: 'a legal hold kept longer', from: '    period: P7Y\n    reference', to: '    period: P10Y\n    reference', expect: [['legal_hold_extended', 'material']] },
    { name: 'a legal hold applied to everyone, not only to people with transactions', from: '    records: [transactions]', to: '    records: [transactions, name]', expect: [['legal_hold_extended', 'material']] },
    { name: 'purposes added later apply to data already held after notice only', from: 'new_uses: consent', to: 'new_uses: notice', expect: [['new_uses_by_notice', 'material']] },
    { name: 'new_uses unset reads as consent', from: 'new_uses: consent\n', to: '', expect: [] },
    { name: 'a new cookie', from: '      - { name: "s_vi", category: analytics, duration: P2Y, party: third }', to: '      - { name: "s_vi", category: analytics, duration: P2Y, party: third }\n      - { name: "s_fid", category: analytics, duration: P2Y, party: third }', expect: [['cookie_added', 'minor']] },
    { name: 'the visit log kept longer', from: 'telemetry:                     # seed 000: the technical fields of each visit, kept 90 days\n  retention: P90D', to: 'telemetry:\n  retention: P1Y', expect: [['retention_longer', 'material']] },
    { name: 'a fee for access requests', from: '', to: '', mutate: (p) => void (p.requests.fees = [{ type: 'access', amount: 1000, currency: 'JPY' }]), expect: [['fee_added', 'material']] },
    { name: 'analytics cookies standing for a new purpose', from: 'analytics: { purposes: [analytics] }', to: 'analytics: { purposes: [analytics, recommendations] }', expect: [['cookie_purpose_added', 'material']] },
    { name: 'a section the diff does not know yet', from: '', to: '', mutate: (p) => void ((p as Record<string, unknown>).future_section = { x: 1 }), expect: [['section_changed', 'material']] },
  ];

  it.each(table)('$name', ({ from, to, mutate, expect: expected }) => {
    const next = mutate ? structuredClone(base) : edited(from, to);
    mutate?.(next);
    const d = diffPolicies(base, next);
    expect(d.changes.map((c) => [c.kind, c.class])).toEqual(expected);
    expect(d.material.length).toBe(expected.filter(([, k]) => k === 'material').length);
    for (const c of d.changes) {
      expect(c.class).toBe(CHANGE_KINDS[c.kind]);
      expect(c.message.length).toBeGreaterThan(0);
    }
  });

  it('reverse of a material change is minor (removals never need consent)', () => {
    const next = edited('purposes: [inquiry_reply]\n', 'purposes: [inquiry_reply, analytics]\n');
    expect(diffPolicies(next, base).changes.map((c) => c.class)).toEqual(['minor']);
  });

  it('purposes added later needing consent again is minor', () => {
    expect(diffPolicies(edited('new_uses: consent', 'new_uses: notice'), base).changes.map((c) => [c.kind, c.class])).toEqual([['new_uses_by_consent', 'minor']]);
  });

  it('a legal hold applied to fewer people keeps less (minor)', () => {
    const wider = edited('    records: [transactions]', '    records: [transactions, name]');
    expect(diffPolicies(wider, base).changes.map((c) => [c.kind, c.class])).toEqual([['legal_hold_reduced', 'minor']]);
    // without records, a hold of transactions applies to the people who have any (its multi-valued categories)
    expect(diffPolicies(base, edited(source.split('\n').find((l) => l.startsWith('    records: [transactions]'))! + '\n', '')).changes).toEqual([]);
  });

  it('a new purpose for a category names the category and the purpose', () => {
    const next = edited('purposes: [inquiry_reply]\n', 'purposes: [inquiry_reply, analytics]\n');
    expect(diffPolicies(base, next).changes[0]).toMatchObject({ category: 'inquiry_email', purpose: 'analytics', path: ['categories', 'inquiry_email', 'purposes', 1] });
  });

  it('a change of one jurisdiction\'s minimum age names the jurisdiction, the ages and the place in the file', () => {
    const next = edited('    KR: 14 ', '    KR: 12 ');
    expect(diffPolicies(base, next).changes).toEqual([
      { kind: 'minimum_age_lowered', class: 'material', path: ['minimum_age', 'by_jurisdiction', 'KR'], message: 'minimum age in KR lowered from 14 to 12', jurisdiction: 'KR', before: '14', after: '12' },
    ]);
    // `years` going up leaves KR's own age as it was: only the jurisdictions that follow `years` change
    expect(diffPolicies(base, edited('years: 13', 'years: 14')).changes.map((c) => [c.kind, c.path.join('.')])).toEqual([['minimum_age_raised', 'minimum_age']]);
  });

  it('durations compare by calendar, undecided when months meet days', () => {
    expect(compareDurations('P1Y', 'P12M')).toBe(0);
    expect(compareDurations('P1Y', 'P13M')).toBe(1);
    expect(compareDurations('P1M', 'P30D')).toBe(null);
    expect(compareDurations('P1M', 'P32D')).toBe(1);
    expect(compareDurations('P1Y', 'P2W')).toBe(-1);
    expect(compareDurations('P1Y1D', 'P1Y')).toBe(-1);
  });
});
