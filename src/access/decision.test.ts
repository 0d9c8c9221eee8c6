import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decide, requirePurpose, WITHHELD_REASONS, type ConsentState, type SubjectState } from './decision.js';
import { loadPolicyFile } from '../policy/load.js';
import { policySchema, type Policy, LEGAL_BASES } from '../policy/schema.js';
import { CustosError } from '../errors.js';
import { EXAMPLE } from '../../test/backends.js';

const policy = loadPolicyFile(EXAMPLE).policy;
const fresh = (over: Partial<SubjectState> = {}): SubjectState => ({ erased: false, restricted: new Set(), consent: { state: 'none' }, collectedUnder: 1, ...over });

describe('access decision', () => {
  it('allows a field whose category lists the purpose, for a role that acts for it', () => {
    expect(decide(policy, 'support', 'support', ['email', 'name'], fresh())).toEqual({ allowed: ['email', 'name'], withheld: [] });
  });

  it('reaches every withheld reason', () => {
    const reasons = new Set<string>();
    const note = (d: ReturnType<typeof decide>) => d.withheld.forEach((w) => reasons.add(w.reason));
    // inquiry email is usable only to answer the inquiry (seed 000)
    note(decide(policy, 'marketing', 'marketing_email', ['inquiry_email'], fresh()));
    expect(decide(policy, 'marketing', 'marketing_email', ['inquiry_email'], fresh()).withheld).toEqual([{ field: 'inquiry_email', reason: 'category_not_for_purpose' }]);
    // server maintenance never reads personal data (seed 000)
    expect(decide(policy, 'server_maintenance', 'support', ['email'], fresh()).withheld[0].reason).toBe('role_not_for_purpose');
    note(decide(policy, 'server_maintenance', 'support', ['email'], fresh()));
    note(decide(policy, 'marketing', 'marketing_email', ['email'], fresh()));
    expect(decide(policy, 'marketing', 'marketing_email', ['email'], fresh()).withheld[0].reason).toBe('consent_missing');
    note(decide(policy, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'withdrawn' } })));
    expect(decide(policy, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'granted', policyVersion: 1 } })).allowed).toEqual(['email']);
    note(decide(policy, 'support', 'support', ['email'], fresh({ restricted: new Set(['*']) })));
    note(decide(policy, 'support', 'support', ['email'], fresh({ erased: true })));
    const li = structuredClone(policy);
    li.purposes.marketing_email = { ...li.purposes.marketing_email, basis: 'legitimate_interest' };
    note(decide(li, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'withdrawn' } })));
    // a use added by version 2, for someone whose data was collected under version 1 (seed 001)
    note(decide(policy, 'support', 'support', ['email'], fresh(), () => 2));
    expect(reasons).toEqual(new Set(WITHHELD_REASONS));
  });

  it('a restriction leaves purposes that survive it (legal claims, tax records)', () => {
    const r = fresh({ restricted: new Set(['*']) });
    expect(decide(policy, 'privacy_officer', 'legal_claims', ['name'], r).allowed).toEqual(['name']);
    expect(decide(policy, 'billing', 'tax_records', ['transactions'], r).allowed).toEqual(['transactions']);
    expect(decide(policy, 'billing', 'payment', ['card'], r).withheld[0].reason).toBe('restricted');
    // a restriction of one purpose leaves the others
    expect(decide(policy, 'support', 'support', ['email'], fresh({ restricted: new Set(['marketing_email']) })).allowed).toEqual(['email']);
    // a use the law requires goes on even when a restriction names it
    expect(decide(policy, 'billing', 'tax_records', ['name'], fresh({ restricted: new Set(['tax_records']) })).allowed).toEqual(['name']);
  });

  it('a consent given under an older policy version does not cover a use added later', () => {
    const granted: ConsentState = { state: 'granted', policyVersion: 1 };
    const coveredSince = (field: string, purpose: string) => (field === 'phone' && purpose === 'marketing_email' ? 2 : 1);
    const p2 = structuredClone(policy);
    p2.categories.phone.purposes.push('marketing_email');
    const d = decide(p2, 'marketing', 'marketing_email', ['email', 'phone'], fresh({ consent: granted }), coveredSince);
    expect(d).toEqual({ allowed: ['email'], withheld: [{ field: 'phone', reason: 'consent_missing' }] });
    expect(decide(p2, 'marketing', 'marketing_email', ['phone'], fresh({ consent: { state: 'granted', policyVersion: 2 } }), coveredSince).allowed).toEqual(['phone']);
  });

  it('a purpose on another basis that offers an opt-out runs until the person opts out, and resumes on a grant', () => {
    const li = structuredClone(policy);
    li.purposes.marketing_email = { ...li.purposes.marketing_email, basis: 'legitimate_interest', opt_out: true };
    expect(decide(li, 'marketing', 'marketing_email', ['email'], fresh()).allowed).toEqual(['email']);
    expect(decide(li, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'withdrawn' } })).withheld).toEqual([{ field: 'email', reason: 'opted_out' }]);
    expect(decide(li, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'granted', policyVersion: 1 } })).allowed).toEqual(['email']);
    // without an opt-out, a withdrawal recorded anyway changes nothing: the basis is not the person's choice
    li.purposes.marketing_email.opt_out = false;
    expect(decide(li, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'withdrawn' } })).allowed).toEqual(['email']);
  });

  it('a use added by a later version applies to data collected before it only with consent under that version (seed 001), whatever its basis, unless the law provides the basis', () => {
    // version 2 made phone numbers usable for support (contract) and fraud prevention (legitimate interest)
    const since = (field: string) => (field === 'phone' ? 2 : 1);
    const before = fresh({ collectedUnder: 1 });
    expect(decide(policy, 'support', 'support', ['email', 'phone'], before, since)).toEqual({ allowed: ['email'], withheld: [{ field: 'phone', reason: 'new_use_consent_missing' }] });
    expect(decide(policy, 'trust_safety', 'fraud_prevention', ['phone'], before, since).withheld).toEqual([{ field: 'phone', reason: 'new_use_consent_missing' }]);
    // a consent given under version 1 is too old; one given under version 2 covers it, until withdrawn
    expect(decide(policy, 'support', 'support', ['phone'], fresh({ collectedUnder: 1, consent: { state: 'granted', policyVersion: 1 } }), since).withheld[0].reason).toBe('new_use_consent_missing');
    expect(decide(policy, 'support', 'support', ['phone'], fresh({ collectedUnder: 1, consent: { state: 'granted', policyVersion: 2 } }), since).allowed).toEqual(['phone']);
    expect(decide(policy, 'support', 'support', ['phone'], fresh({ collectedUnder: 1, consent: { state: 'withdrawn' } }), since).withheld[0].reason).toBe('consent_withdrawn');
    // data collected under version 2 was collected for it: no consent needed
    expect(decide(policy, 'support', 'support', ['phone'], fresh({ collectedUnder: 2 }), since).allowed).toEqual(['phone']);
    // a use that came with its category (the category is new in version 2): no data of it predates the use
    expect(decide(policy, 'support', 'support', ['phone'], before, since, () => 0).allowed).toEqual(['phone']);
    // a legal obligation added later needs no consent (the law provides it)
    expect(decide(policy, 'billing', 'tax_records', ['transactions'], before, () => 2).allowed).toEqual(['transactions']);
    // a policy that announces new uses without asking (new_uses: notice)
    expect(decide({ ...policy, new_uses: 'notice' }, 'support', 'support', ['phone'], before, since).allowed).toEqual(['phone']);
    // an opt-out purpose: a withdrawal reads as the opt-out
    const li = structuredClone(policy);
    li.purposes.marketing_email = { ...li.purposes.marketing_email, basis: 'legitimate_interest', opt_out: true };
    expect(decide(li, 'marketing', 'marketing_email', ['email'], before, () => 2).withheld[0].reason).toBe('new_use_consent_missing');
    expect(decide(li, 'marketing', 'marketing_email', ['email'], fresh({ consent: { state: 'withdrawn' } }), () => 2).withheld[0].reason).toBe('opted_out');
  });

  it('an unknown purpose is an error, never an empty answer', () => {
    expect(() => requirePurpose(policy, 'world_domination')).toThrow(CustosError);
    expect(() => requirePurpose(policy, '')).toThrow(/every access needs a purpose/);
    expect(() => requirePurpose(policy, 'constructor')).toThrow(CustosError);
  });

  it('agrees with an independent computation over random policies, roles, consents and restrictions', () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const arb = fc
      .record({
        nCat: fc.integer({ min: 1, max: 6 }),
        nPur: fc.integer({ min: 1, max: 5 }),
        nRole: fc.integer({ min: 1, max: 4 }),
      })
      .chain(({ nCat, nPur, nRole }) => {
        const cats = ids('c', nCat);
        const purs = ids('p', nPur);
        const roles = ids('r', nRole);
        return fc.record({
          catPurposes: fc.tuple(...cats.map(() => fc.subarray(purs, { minLength: 1 }))),
          rolePurposes: fc.tuple(...roles.map(() => fc.subarray(purs))),
          bases: fc.tuple(...purs.map(() => fc.constantFrom(...LEGAL_BASES))),
          survives: fc.tuple(...purs.map(() => fc.boolean())),
          optOut: fc.tuple(...purs.map(() => fc.boolean())),
          role: fc.constantFrom(...roles, 'nobody'),
          purpose: fc.constantFrom(...purs),
          fields: fc.subarray(cats, { minLength: 1 }),
          erased: fc.boolean(),
          restricted: fc.subarray([...purs, '*']),
          consent: fc.oneof(
            fc.constant<ConsentState>({ state: 'none' }),
            fc.constant<ConsentState>({ state: 'withdrawn' }),
            fc.integer({ min: 1, max: 3 }).map<ConsentState>((v) => ({ state: 'granted', policyVersion: v })),
          ),
          since: fc.integer({ min: 0, max: 3 }),
          collectedUnder: fc.integer({ min: 1, max: 3 }),
          newUses: fc.constantFrom<('consent' | 'notice' | undefined)[]>('consent', 'notice', undefined),
          cats: fc.constant(cats),
          purs: fc.constant(purs),
          roles: fc.constant(roles),
        });
      });
    fc.assert(
      fc.property(arb, (x) => {
        const p: Policy = policySchema.parse({
          version: 'prop',
          controller: { name: 'C', address: 'A', representative: 'R', contact: { email: 'c@example.com' } },
          languages: ['en'],
          governing_language: 'en',
          jurisdictions: ['EU'],
          categories: Object.fromEntries(x.cats.map((c, i) => [c, { kind: 'contact', type: 'text', purposes: x.catPurposes[i], retention: { period: 'P1Y' } }])),
          purposes: Object.fromEntries(x.purs.map((pp, i) => [pp, { basis: x.bases[i], survives_restriction: x.survives[i], opt_out: x.optOut[i] }])),
          roles: Object.fromEntries(x.roles.map((r, i) => [r, { purposes: x.rolePurposes[i] }])),
          ...(x.newUses ? { new_uses: x.newUses } : {}),
        });
        const state: SubjectState = { erased: x.erased, restricted: new Set(x.restricted), consent: x.consent, collectedUnder: x.collectedUnder };
        // a use added after the subject's data was collected needs consent, unless the policy says notice or the law provides the basis
        const newUse = x.newUses !== 'notice' && !['legal_obligation', 'vital_interest', 'public_interest'].includes(x.bases[x.purs.indexOf(x.purpose)]) && x.collectedUnder < x.since;
        const d = decide(p, x.role, x.purpose, x.fields, state, () => x.since);
        // independent computation, written from the rule as stated, field by field
        const pi = x.purs.indexOf(x.purpose);
        for (const f of x.fields) {
          const ci = x.cats.indexOf(f);
          const ri = x.roles.indexOf(x.role);
          const expected =
            x.erased
              ? 'erased'
              : !x.catPurposes[ci].includes(x.purpose)
                ? 'category_not_for_purpose'
                : ri < 0 || !x.rolePurposes[ri].includes(x.purpose)
                  ? 'role_not_for_purpose'
                  : !x.survives[pi] && (x.restricted.includes(x.purpose) || x.restricted.includes('*'))
                    ? 'restricted'
                    : x.bases[pi] !== 'consent'
                      ? newUse
                        ? x.consent.state === 'withdrawn'
                          ? x.optOut[pi]
                            ? 'opted_out'
                            : 'consent_withdrawn'
                          : x.consent.state === 'none' || x.consent.policyVersion < x.since
                            ? 'new_use_consent_missing'
                            : null
                        : x.optOut[pi] && x.consent.state === 'withdrawn'
                          ? 'opted_out'
                          : null
                      : x.consent.state === 'withdrawn'
                        ? 'consent_withdrawn'
                        : x.consent.state === 'none' || x.consent.policyVersion < x.since
                          ? 'consent_missing'
                          : null;
          const got = d.withheld.find((w) => w.field === f)?.reason ?? null;
          if (got !== expected) return false;
          if ((expected === null) !== d.allowed.includes(f)) return false;
        }
        return d.allowed.length + d.withheld.length === x.fields.length;
      }),
      { numRuns: 2000 },
    );
  });
});
