import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analysePolicy } from './load.js';
import { lintPolicy, combineFindings, LINT_RULES } from './lint.js';
import { crossReferenceFindings, isSpecialCareId } from './rules.js';
import { EXAMPLE } from '../../test/backends.js';

const source = readFileSync(EXAMPLE, 'utf8');

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`test setup: "${needle}" not in the policy`);
  return text.slice(0, i).split('\n').length;
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: "${from}" not in the policy`);
  return next;
}

const newCategory = (id: string, extra: string) =>
  replaceOnce(source, /\n  login_id:/, `\n  ${id}:\n    kind: identity\n    type: text\n${extra}    purposes: [identity_verification]\n    retention: { period: P30D, after: collection }\n  login_id:`);

describe('policy lint', () => {
  it('the example policy has no lint findings', () => {
    const a = analysePolicy(source, 'example.yaml');
    expect(a.errors).toEqual([]);
    expect(lintPolicy(a.policy!)).toEqual([]);
  });

  // Each case: a policy made to break one rule, the jurisdictions it must name, and the text whose line it points at.
  const cases: { rule: string; name: string; text: () => string; jurisdictions: (string | undefined)[]; at: string }[] = [
    {
      rule: 'deemed_consent',
      name: 'analytics consent deemed from continued use',
      text: () => replaceOnce(source, /analytics:(\s+)\{ basis: consent,/, 'analytics:$1{ basis: consent, consent_method: deemed,'),
      jurisdictions: ['EU', 'KR', 'VN'],
      at: 'consent_method: deemed',
    },
    {
      rule: 'marketing_without_opt_out',
      name: 'recommendations without an opt-out',
      text: () => replaceOnce(source, /(recommendations:\s+\{ basis: consent, marketing: true), opt_out: true,/, '$1,'),
      jurisdictions: ['JP', 'KR', 'EU', 'US-CA', 'RU', 'VN'],
      at: '  recommendations: ',
    },
    {
      rule: 'provision_without_basis',
      name: 'a third party receiving data for a contract purpose',
      text: () => replaceOnce(source, /(    categories: \[name, email\]\n    purposes: )\[third_party_provision\]/, '$1[support]'),
      jurisdictions: ['JP', 'KR'],
      at: 'purposes: [support]',
    },
    {
      rule: 'processor_without_agreement',
      name: 'a processor without an agreement',
      text: () => replaceOnce(source, /    agreement: \{ reference: DPA-2024-VIMEO[^\n]*\n/, ''),
      jurisdictions: ['EU', 'KR', 'JP', 'VN', 'RU', 'US-CA'],
      at: '  vimeo:',
    },
    {
      rule: 'foreign_transfer_info',
      name: 'a foreign recipient without transfer information',
      text: () => replaceOnce(source, /(  vimeo:\n(?:    [^\n]*\n)*?)    transfer:[^\n]*\n/, '$1'),
      jurisdictions: ['JP', 'KR', 'EU'],
      at: '  vimeo:',
    },
    {
      rule: 'foreign_transfer_info',
      name: 'a foreign recipient with a safeguard but no information on its country (APPI Art. 28)',
      text: () => replaceOnce(source, /(  vimeo:\n(?:    [^\n]*\n)*?    transfer: )[^\n]*\n/, '$1{ safeguard: equivalent_measures }\n'),
      jurisdictions: ['JP'],
      at: '  vimeo:',
    },
    {
      rule: 'special_care_data',
      name: 'a category of religious beliefs',
      text: () => newCategory('religion', ''),
      jurisdictions: ['JP', 'EU', 'KR', 'VN', 'RU', 'US-CA'],
      at: '  religion:',
    },
    {
      rule: 'kr_rrn_without_legal_basis',
      name: 'Korean resident registration numbers without the law that permits them',
      text: () => newCategory('resident_number', '    identifier_scheme: kr_rrn\n'),
      jurisdictions: ['KR'],
      at: '  resident_number:',
    },
    {
      rule: 'retention_missing',
      name: 'a category without retention',
      text: () => replaceOnce(source, /(  inquiry_email:[^\n]*\n(?:    [^\n]*\n)*?)    retention: [^\n]*\n/, '$1'),
      jurisdictions: ['EU', 'KR', 'JP', 'VN', 'RU', 'US-CA'],
      at: '  inquiry_email:',
    },
    {
      rule: 'controller_country_missing',
      name: 'a controller without a country',
      text: () => replaceOnce(source, '  country: JP\n  contact:', '  contact:'),
      jurisdictions: [undefined],
      at: 'controller:',
    },
    {
      rule: 'promise_longer_than_law',
      name: 'access promised within 30 calendar days, where Korea and Vietnam give 10 days and Russia 10 working days',
      text: () => replaceOnce(source, /(\n  erasure: \{ within: 3, unit: business_days \}[^\n]*)/, '$1\n  access: { within: 30, unit: calendar_days }'),
      jurisdictions: ['KR', 'RU', 'VN'],
      at: 'access: { within: 30',
    },
  ];

  it.each(cases)('$rule fires: $name', ({ rule, text, jurisdictions, at }) => {
    const t = text();
    const a = analysePolicy(t, 'broken.yaml');
    expect(a.policy, a.errors.map((e) => e.message).join('; ')).toBeDefined();
    const found = a.place(lintPolicy(a.policy!)).filter((f) => f.rule === rule);
    expect(found.map((f) => f.jurisdiction)).toEqual(jurisdictions);
    const spec = LINT_RULES.find((r) => r.id === rule)!;
    for (const f of found) {
      expect(f.severity).toBe(spec.severity);
      expect(f.line).toBe(lineOf(t, at));
      expect(f.column).toBeGreaterThan(0);
      expect(f.file).toBe('broken.yaml');
      expect(f.explanation.length).toBeGreaterThan(40);
      expect(f.message.length).toBeGreaterThan(10);
    }
    // Nothing else breaks: the edit is about this rule only (the cross-reference rule it restates aside).
    const others = lintPolicy(a.policy!).filter((f) => f.rule !== rule);
    expect(others.map((f) => f.rule)).toEqual([]);
  });

  it('every lint rule has a case that makes it fire', () => {
    for (const r of LINT_RULES) expect(cases.some((c) => c.rule === r.id), r.id).toBe(true);
  });

  it('a kr_rrn category with its legal basis named passes', () => {
    const t = newCategory('resident_number', '    identifier_scheme: kr_rrn\n    legal_basis_reference: Act on Real Name Financial Transactions Art. 3\n');
    expect(lintPolicy(analysePolicy(t).policy!)).toEqual([]);
  });

  it('a lint finding replaces the cross-reference finding it restates at the same place', () => {
    const t = newCategory('religion', '');
    const a = analysePolicy(t);
    const cross = crossReferenceFindings(a.policy!);
    expect(cross.some((f) => f.rule === 'special_care_forbidden')).toBe(true);
    const all = combineFindings(cross, lintPolicy(a.policy!));
    expect(all.some((f) => f.rule === 'special_care_forbidden')).toBe(false);
    expect(all.filter((f) => f.rule === 'special_care_data').length).toBe(6);
  });
});

describe('special-care category ids', () => {
  it('are recognised in plural and derived forms, and among other words; ordinary ids are not', () => {
    for (const id of ['religious_beliefs', 'beliefs', 'nationality', 'mental_condition', 'disabilities', 'criminal_convictions', 'trade_union_membership', 'biometric_template', 'sexual_orientation', 'racial_origin', 'health_records'])
      expect(isSpecialCareId(id), id).toBe(true);
    for (const id of ['email', 'trace_id', 'billing_address', 'unionpay_token', 'lesson_history', 'device_os', 'sex', 'healthy_snack_choice'])
      expect(isSpecialCareId(id), id).toBe(false);
  });
});
