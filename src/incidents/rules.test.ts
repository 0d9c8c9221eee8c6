import { describe, expect, it } from 'vitest';
import { dutiesFor, jpTriggers, krReportTriggers, languageOf, reminderTimes, type IncidentFacts } from './rules.js';

const discovered = new Date('2030-03-01T09:00:00.000Z');
const plus = (h: number) => new Date(discovered.getTime() + h * 3_600_000).toISOString();
const facts = (f: Partial<IncidentFacts> = {}): IncidentFacts => ({
  discoveredAt: discovered,
  specialCare: false,
  financial: false,
  malicious: false,
  encrypted: false,
  uniqueIdentifiers: false,
  affected: 10,
  ...f,
});

describe('JP (APPI Art. 26, PPC Rules Art. 7 and 8): report table per trigger', () => {
  const cases: [string, Partial<IncidentFacts>, { required: boolean; finalDays?: number; reasons: string[] }][] = [
    ['no trigger: 10 persons, ordinary data', {}, { required: false, reasons: ['no_trigger'] }],
    ['special-care data, even one person', { specialCare: true, affected: 1 }, { required: true, finalDays: 30, reasons: ['special_care'] }],
    ['risk of property damage (financial)', { financial: true }, { required: true, finalDays: 30, reasons: ['financial'] }],
    ['unauthorised purpose (malicious): final report in 60 days', { malicious: true }, { required: true, finalDays: 60, reasons: ['malicious'] }],
    ['exactly 1,000 persons: not "more than 1,000"', { affected: 1000 }, { required: false, reasons: ['no_trigger'] }],
    ['1,001 persons', { affected: 1001 }, { required: true, finalDays: 30, reasons: ['over_1000_persons'] }],
    ['strongly encrypted special-care data: exempt', { specialCare: true, encrypted: true }, { required: false, reasons: ['exempt_encrypted', 'special_care'] }],
    ['several triggers at once', { malicious: true, financial: true, affected: 5000 }, { required: true, finalDays: 60, reasons: ['financial', 'malicious', 'over_1000_persons'] }],
  ];
  for (const [name, f, want] of cases)
    it(name, () => {
      const d = dutiesFor('JP', facts(f))!;
      const [pre, fin] = d.authority;
      expect(pre.stage).toBe('preliminary');
      expect(fin.stage).toBe('final');
      expect(pre.required).toBe(want.required);
      expect(fin.required).toBe(want.required);
      expect(d.people.required).toBe(want.required);
      expect(pre.reasons).toEqual(want.reasons);
      // preliminary "promptly": the 3-5 day window
      expect(pre.expectedFrom).toBe(plus(3 * 24));
      expect(pre.dueAt).toBe(plus(5 * 24));
      if (want.finalDays) expect(fin.dueAt).toBe(plus(want.finalDays * 24));
    });

  it('lists the four triggers', () => {
    expect(jpTriggers(facts({ specialCare: true, financial: true, malicious: true, affected: 1001 }))).toEqual(['special_care', 'financial', 'malicious', 'over_1000_persons']);
  });
});

describe('EU / GB (GDPR Art. 33, 34)', () => {
  const cases: [string, Partial<IncidentFacts>, { authority: boolean; people: boolean }][] = [
    ['any breach: the authority within 72 hours; persons only at high risk', {}, { authority: true, people: false }],
    ['special-care data: high risk, persons too', { specialCare: true }, { authority: true, people: true }],
    ['malicious access to financial data: high risk', { malicious: true, financial: true }, { authority: true, people: true }],
    ['controller assesses high risk', { highRisk: true }, { authority: true, people: true }],
    ['controller assesses no high risk despite a flag', { financial: true, highRisk: false }, { authority: true, people: false }],
    ['encrypted: unlikely to result in a risk, persons exempt (Art. 34(3)(a))', { specialCare: true, encrypted: true }, { authority: false, people: false }],
  ];
  for (const j of ['EU', 'GB'] as const)
    for (const [name, f, want] of cases)
      it(`${j}: ${name}`, () => {
        const d = dutiesFor(j, facts(f))!;
        expect(d.authority).toHaveLength(1);
        expect(d.authority[0].required).toBe(want.authority);
        expect(d.authority[0].dueAt).toBe(plus(72));
        expect(d.people.required).toBe(want.people);
        expect(d.authority[0].source).toContain('Art. 33');
      });
});

describe('KR (PIPA Art. 34, Decree Art. 39, 40)', () => {
  const cases: [string, Partial<IncidentFacts>, { report: boolean; reasons: string[] }][] = [
    ['999 persons, ordinary data: persons only', { affected: 999 }, { report: false, reasons: ['no_trigger'] }],
    ['1,000 persons: report', { affected: 1000 }, { report: true, reasons: ['1000_or_more_persons'] }],
    ['one person, sensitive information: report', { affected: 1, specialCare: true }, { report: true, reasons: ['sensitive_information'] }],
    ['one person, unique identifiers: report', { affected: 1, uniqueIdentifiers: true }, { report: true, reasons: ['unique_identifiers'] }],
    ['hacking: report', { malicious: true }, { report: true, reasons: ['unauthorised_access'] }],
    ['encryption does not exempt', { affected: 2000, encrypted: true }, { report: true, reasons: ['1000_or_more_persons'] }],
  ];
  for (const [name, f, want] of cases)
    it(name, () => {
      const d = dutiesFor('KR', facts(f))!;
      expect(d.authority[0].required).toBe(want.report);
      expect(d.authority[0].reasons).toEqual(want.reasons);
      expect(d.authority[0].dueAt).toBe(plus(72));
      expect(d.people.required).toBe(true);
      expect(d.people.dueAt).toBe(plus(72));
    });
  it('lists the report triggers', () => {
    expect(krReportTriggers(facts({ affected: 1000, specialCare: true, uniqueIdentifiers: true, malicious: true }))).toHaveLength(4);
  });
});

describe('RU (152-FZ Art. 21 part 3.1)', () => {
  it('Roskomnadzor within 24 hours, investigation results within 72 hours, for any incident', () => {
    for (const f of [{}, { encrypted: true }, { affected: 1 }]) {
      const d = dutiesFor('RU', facts(f))!;
      expect(d.authority.map((a) => [a.stage, a.required, a.dueAt])).toEqual([
        ['initial', true, plus(24)],
        ['investigation', true, plus(72)],
      ]);
      expect(d.people.required).toBe(false);
    }
  });
});

describe('VN and US-CA', () => {
  it('VN: the Ministry of Public Security within 72 hours', () => {
    const d = dutiesFor('VN', facts())!;
    expect(d.authority[0]).toMatchObject({ required: true, dueAt: plus(72), source: 'Law No. 91/2025/QH15 on Personal Data Protection; Decree 356/2025/ND-CP' });
  });
  it('US-CA: residents without unreasonable delay; the Attorney General above 500; encrypted exempt', () => {
    expect(dutiesFor('US-CA', facts({ affected: 500 }))!.authority[0].required).toBe(false);
    expect(dutiesFor('US-CA', facts({ affected: 501 }))!.authority[0].required).toBe(true);
    expect(dutiesFor('US-CA', facts({ affected: 501 }))!.people.required).toBe(true);
    expect(dutiesFor('US-CA', facts({ affected: 501, encrypted: true }))!.people.required).toBe(false);
  });
  it('US (federal): no general rule', () => {
    expect(dutiesFor('US', facts())).toBeNull();
  });
});

describe('reminders and languages', () => {
  it('reminds before each deadline, never before the discovery', () => {
    expect(reminderTimes(discovered, new Date(plus(24))).map((d) => d.toISOString())).toEqual([plus(18), plus(23)]);
    expect(reminderTimes(discovered, new Date(plus(72))).map((d) => d.toISOString())).toEqual([plus(48), plus(66)]);
    expect(reminderTimes(discovered, new Date(plus(30 * 24))).map((d) => d.toISOString())).toEqual([plus(27 * 24), plus(29 * 24)]);
    expect(reminderTimes(discovered, new Date(plus(2)))).toEqual([new Date(plus(1))]);
  });
  it('notices go in the jurisdiction’s main language', () => {
    expect(['JP', 'KR', 'RU', 'VN', 'EU', 'US-CA'].map((j) => languageOf(j as never))).toEqual(['ja', 'ko', 'ru', 'vi', 'en', 'en']);
  });
});
