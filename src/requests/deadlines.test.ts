/**
 * Deadlines per jurisdiction, around holiday weeks. Every expectation is computed here from a calendar
 * written out by hand (that year's public holidays), never from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { CustosError } from '../errors.js';
import { CALENDAR_LIMIT, addDays, calendarFor, daysBetween, memberStateOfZone } from './calendar.js';
import { dueDate, extend, extendDueDate, type Deadline, type PolicyPromises } from './deadlines.js';

/** Hand-written public holidays (weekends are added by `isOff`). */
const HOLIDAYS = {
  // Golden Week 2025: Showa Day, Constitution Day, Greenery Day, Children's Day and its substitute
  JP: ['2025-04-29', '2025-05-03', '2025-05-04', '2025-05-05', '2025-05-06'],
  // Gaecheonjeol, Chuseok (3 days) and its substitute, Hangul Day
  KR: ['2025-10-03', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08', '2025-10-09'],
  // Tết Nguyên Đán 2026: 16-20 February
  VN: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  // New Year holidays and Christmas, 1-8 January 2026, and 9 January (3 January moved there by decree)
  RU: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'],
  // California state holidays in November 2025: Veterans Day, Thanksgiving, the day after
  'US-CA': ['2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25', '2026-01-01'],
  // Germany (federal) 2025: Good Friday, Easter Monday, Christmas
  EU: ['2025-04-18', '2025-04-21', '2025-12-25', '2025-12-26', '2026-01-01'],
} as const;

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const next = (d: string) => new Date(day(d).getTime() + 86_400_000).toISOString().slice(0, 10);
const isOff = (j: keyof typeof HOLIDAYS, d: string) => [0, 6].includes(day(d).getUTCDay()) || (HOLIDAYS[j] as readonly string[]).includes(d);
/** The n-th working day after d, from the hand-written calendar. */
function nthWorkingDay(j: keyof typeof HOLIDAYS, d: string, n: number): string {
  let cur = d;
  while (n > 0) {
    cur = next(cur);
    if (!isOff(j, cur)) n--;
  }
  return cur;
}
/** End of a local day as an instant, for a fixed UTC offset in hours (none of these dates is near a DST change). */
const endOf = (d: string, offsetHours: number) => new Date(day(next(d)).getTime() - offsetHours * 3600_000 - 1).toISOString();

const ERASURE_3BD: PolicyPromises = { erasure: { within: 3, unit: 'business_days' } };

describe('business calendars', () => {
  it('counts business days over Golden Week, Chuseok, Tết, the Russian New Year holidays and Thanksgiving', () => {
    const cases: [keyof typeof HOLIDAYS, 'JP' | 'KR' | 'VN' | 'RU' | 'US-CA' | 'EU', string, number][] = [
      ['JP', 'JP', '2025-04-25', 5],
      ['JP', 'JP', '2025-05-01', 2],
      ['KR', 'KR', '2025-10-01', 3],
      ['KR', 'KR', '2025-10-02', 1],
      ['VN', 'VN', '2026-02-13', 3],
      ['VN', 'VN', '2026-02-12', 1],
      ['RU', 'RU', '2025-12-31', 1],
      ['RU', 'RU', '2026-01-05', 10],
      ['US-CA', 'US-CA', '2025-11-26', 1],
      ['US-CA', 'US-CA', '2025-11-07', 3],
      ['EU', 'EU', '2025-04-17', 1],
    ];
    for (const [hol, j, d, n] of cases) expect(calendarFor(j).addBusinessDays(d, n), `${j} ${d} +${n}`).toBe(nthWorkingDay(hol, d, n));
    // spot checks of the hand-written calendars themselves
    expect(nthWorkingDay('VN', '2026-02-13', 3)).toBe('2026-02-25');
    expect(nthWorkingDay('KR', '2025-10-02', 1)).toBe('2025-10-10');
    expect(nthWorkingDay('US-CA', '2025-11-26', 1)).toBe('2025-12-01');
  });

  it('knows the Russian decrees of 2025 and 2026, and takes extra days off and working days', () => {
    const ru = calendarFor('RU');
    // 2026: 3 January moved to Friday 9 January, 4 January to Thursday 31 December; 9 May is a Saturday, so Monday 11 May is off
    for (const d of ['2026-01-09', '2026-05-11', '2026-12-31', '2026-03-09']) expect(ru.isBusinessDay(d), d).toBe(false);
    // 2025: Sunday 23 February moved to 8 May (so Monday 24 February was worked), Saturday 1 November worked for Monday 3 November
    for (const d of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31']) expect(ru.isBusinessDay(d), d).toBe(false);
    expect(ru.isBusinessDay('2025-02-24')).toBe(true);
    expect(ru.isBusinessDay('2025-11-01')).toBe(true);
    // ten working days from Monday 20 October 2025 end on the working Saturday
    expect(dueDate('access', 'RU', '2025-10-20T10:00:00+03:00').due).toBe(endOf('2025-11-01', 3));
    // a caller's lists win over the decree, and cover the years no decree is known for
    expect(calendarFor('RU', { extraWorkdays: ['2026-01-09'] }).isBusinessDay('2026-01-09')).toBe(true);
    expect(calendarFor('RU', { extraHolidays: ['2027-05-10'] }).isBusinessDay('2027-05-10')).toBe(false);
    expect(calendarFor('RU', { extraWorkdays: ['2027-01-10'] }).isBusinessDay('2027-01-10')).toBe(true);
    expect(() => calendarFor('RU', { extraHolidays: ['9 Jan'] })).toThrow(CustosError);
  });

  it('counts calendar days between local dates, over month and year ends, a leap day and a change of summer time', () => {
    expect(daysBetween('2026-12-02', '2026-12-03')).toBe(1);
    expect(daysBetween('2026-12-03', '2026-12-03')).toBe(0);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-03', '2026-12-01')).toBe(-2);
    for (const n of [-40, 0, 1, 45, 400]) expect(daysBetween('2025-10-19', addDays('2025-10-19', n))).toBe(n);
  });

  it('tells the member state of an EU zone, and no other', () => {
    expect(memberStateOfZone('Europe/Berlin')).toBe('DE');
    expect(memberStateOfZone('Europe/Helsinki')).toBe('FI');
    expect(memberStateOfZone('Asia/Nicosia')).toBe('CY');
    expect(memberStateOfZone('Europe/London')).toBeUndefined();
    expect(memberStateOfZone('Asia/Tokyo')).toBeUndefined();
  });

  it('keeps a bounded number of calendars: the least recently used one goes first', () => {
    const day = (i: number) => new Date(Date.UTC(2031, 0, 1 + i)).toISOString().slice(0, 10);
    const used = calendarFor('JP', { extraHolidays: ['2030-12-30'] });
    const unused = calendarFor('JP', { extraHolidays: ['2030-12-31'] });
    for (let i = 0; i < CALENDAR_LIMIT; i++) {
      calendarFor('KR', { extraHolidays: [day(i)] });
      expect(calendarFor('JP', { extraHolidays: ['2030-12-30'] })).toBe(used);
    }
    expect(calendarFor('JP', { extraHolidays: ['2030-12-31'] })).not.toBe(unused);
  });
});

describe('due dates', () => {
  const cases: { name: string; type: Parameters<typeof dueDate>[0]; j: Parameters<typeof dueDate>[1]; at: string; promises?: PolicyPromises; due: string; basis: 'law' | 'promise'; rule: RegExp }[] = [
    // JP, Asia/Tokyo (UTC+9), Golden Week 2025
    { name: 'JP erasure on the eve of Golden Week: the 3-business-day promise', type: 'erasure', j: 'JP', at: '2025-04-28T10:00:00+09:00', promises: ERASURE_3BD, due: endOf(nthWorkingDay('JP', '2025-04-28', 3), 9), basis: 'promise', rule: /policy promise: erasure within 3 business days \(JP calendar\), stricter than JP: without delay/ },
    { name: 'JP erasure in Golden Week', type: 'erasure', j: 'JP', at: '2025-05-01T09:00:00+09:00', promises: ERASURE_3BD, due: endOf('2025-05-08', 9), basis: 'promise', rule: /promise/ },
    { name: 'JP: 00:30 in Tokyo is already the next day', type: 'erasure', j: 'JP', at: '2025-04-30T15:30:00Z', promises: ERASURE_3BD, due: endOf(nthWorkingDay('JP', '2025-05-01', 3), 9), basis: 'promise', rule: /promise/ },
    { name: 'JP access: target 14 days', type: 'access', j: 'JP', at: '2025-04-28T10:00:00+09:00', due: endOf('2025-05-12', 9), basis: 'law', rule: /^JP: without delay \(APPI Arts\. 33-35\); target 14 days$/ },
    // KR, Asia/Seoul (UTC+9), Chuseok 2025
    { name: 'KR access: the 10th day falls in Chuseok and moves to the next working day', type: 'access', j: 'KR', at: '2025-09-26T10:00:00+09:00', due: endOf('2025-10-10', 9), basis: 'law', rule: /^KR: 10 days \(PIPA Enforcement Decree Art\. 41\); the last day is not a working day: moved to 2025-10-10/ },
    { name: 'KR erasure before Chuseok: the law is stricter than the promise', type: 'erasure', j: 'KR', at: '2025-10-02T10:00:00+09:00', promises: ERASURE_3BD, due: endOf('2025-10-13', 9), basis: 'law', rule: /^KR: 10 days \(PIPA Enforcement Decree Art\. 43\)/ },
    { name: 'KR erasure after Chuseok: the promise wins', type: 'erasure', j: 'KR', at: '2025-10-13T10:00:00+09:00', promises: ERASURE_3BD, due: endOf(nthWorkingDay('KR', '2025-10-13', 3), 9), basis: 'promise', rule: /promise/ },
    // VN, Asia/Ho_Chi_Minh (UTC+7), Tết 2026
    { name: 'VN erasure before Tết: 10 calendar days beat 3 business days', type: 'erasure', j: 'VN', at: '2026-02-13T09:00:00+07:00', promises: ERASURE_3BD, due: endOf('2026-02-23', 7), basis: 'law', rule: /^VN: 10 days, the shortest period Decree 356\/2025\/ND-CP sets/ },
    { name: 'VN restriction: 15 days', type: 'restriction', j: 'VN', at: '2026-02-10T09:00:00+07:00', due: endOf('2026-02-25', 7), basis: 'law', rule: /^VN: 15 days \(Decree 356\/2025\/ND-CP: withdrawal of consent, restriction, objection\)/ },
    { name: 'VN marketing objection at 23:30 before Tết: 3 business days beat 15 days', type: 'marketing_objection', j: 'VN', at: '2026-02-13T23:30:00+07:00', promises: { marketing_objection: { within: 3, unit: 'business_days' } }, due: endOf(nthWorkingDay('VN', '2026-02-13', 3), 7), basis: 'promise', rule: /stricter than VN: 15 days/ },
    { name: 'VN access with a 1-calendar-day promise', type: 'access', j: 'VN', at: '2026-02-13T09:00:00+07:00', promises: { access: { within: 1, unit: 'calendar_days' } }, due: endOf('2026-02-14', 7), basis: 'promise', rule: /promise/ },
    // RU, Europe/Moscow (UTC+3), New Year holidays 2026
    { name: 'RU access received in the New Year holidays: 10 working days', type: 'access', j: 'RU', at: '2026-01-05T10:00:00+03:00', due: endOf(nthWorkingDay('RU', '2026-01-05', 10), 3), basis: 'law', rule: /^RU: 10 working days \(152-FZ Arts\. 14\(3\), 20\(1\)\)$/ },
    { name: 'RU erasure: 7 working days, the promise is stricter', type: 'erasure', j: 'RU', at: '2025-12-31T10:00:00+03:00', promises: ERASURE_3BD, due: endOf(nthWorkingDay('RU', '2025-12-31', 3), 3), basis: 'promise', rule: /stricter than RU: 7 working days/ },
    { name: 'RU correction: 7 working days', type: 'correction', j: 'RU', at: '2025-12-31T10:00:00+03:00', due: endOf(nthWorkingDay('RU', '2025-12-31', 7), 3), basis: 'law', rule: /^RU: 7 working days \(152-FZ Art\. 20\(3\)\)$/ },
    // US-CA, America/Los_Angeles (UTC-8 in November), Thanksgiving 2025
    { name: 'US-CA access: 45 calendar days', type: 'access', j: 'US-CA', at: '2025-11-20T10:00:00-08:00', due: endOf('2026-01-04', -8), basis: 'law', rule: /^US-CA: 45 calendar days/ },
    { name: 'US-CA erasure over Thanksgiving: the promise wins', type: 'erasure', j: 'US-CA', at: '2025-11-26T10:00:00-08:00', promises: ERASURE_3BD, due: endOf(nthWorkingDay('US-CA', '2025-11-26', 3), -8), basis: 'promise', rule: /promise/ },
    { name: 'US-CA opt-out of sharing: 15 business days', type: 'stop_provision', j: 'US-CA', at: '2025-11-20T10:00:00-08:00', due: endOf(nthWorkingDay('US-CA', '2025-11-20', 15), -8), basis: 'law', rule: /^US-CA: 15 business days \(CCPA Regulations §7026\(f\)\)$/ },
    // EU (Germany), Europe/Berlin (UTC+1 in winter, +2 in summer)
    { name: 'EU access on 31 January: one month ends on the last day of February', type: 'access', j: 'EU', at: '2025-01-31T10:00:00+01:00', due: endOf('2025-02-28', 1), basis: 'law', rule: /^EU \(DE\): one month \(GDPR Art\. 12\(3\)\)$/ },
    { name: 'EU access: a month ending on Easter Monday moves to Tuesday', type: 'access', j: 'EU', at: '2025-03-21T10:00:00+01:00', due: endOf('2025-04-22', 2), basis: 'law', rule: /moved to 2025-04-22 \(Regulation 1182\/71 Art\. 3\(4\)\)/ },
    { name: 'EU erasure at Christmas: 3 business days beat one month', type: 'erasure', j: 'EU', at: '2025-12-23T10:00:00+01:00', promises: ERASURE_3BD, due: endOf(nthWorkingDay('EU', '2025-12-23', 3), 1), basis: 'promise', rule: /stricter than EU \(DE\): one month/ },
  ];
  for (const c of cases)
    it(c.name, () => {
      const d = dueDate(c.type, c.j, c.at, c.promises ?? {});
      expect(d.due).toBe(c.due);
      expect(d.basis).toBe(c.basis);
      expect(d.rule).toMatch(c.rule);
    });

  it('US-CA: acknowledge within 10 business days, answer in 45 days, extendable to 90', () => {
    const d = dueDate('access', 'US-CA', '2025-11-20T10:00:00-08:00');
    expect(d.acknowledgeBy).toBe(endOf(nthWorkingDay('US-CA', '2025-11-20', 10), -8));
    expect(d.acknowledgeBy).toBe(endOf('2025-12-08', -8));
    expect(d.extendableBy).toBe(endOf('2026-02-18', -8));
    expect(d.rule).toContain('confirm receipt within 10 business days (CCPA Regulations §7021(a))');
    // the acknowledgement stands when a promise governs the answer
    expect(dueDate('erasure', 'US-CA', '2025-11-26T10:00:00-08:00', ERASURE_3BD).acknowledgeBy).toBe(endOf(nthWorkingDay('US-CA', '2025-11-26', 10), -8));
  });

  it('VN: answer within 2 working days in every case, over Tết too', () => {
    const access = dueDate('access', 'VN', '2026-02-13T09:00:00+07:00');
    expect(access.acknowledgeBy).toBe(endOf(nthWorkingDay('VN', '2026-02-13', 2), 7));
    expect(access.acknowledgeBy).toBe(endOf('2026-02-24', 7));
    expect(access.rule).toContain('answer within 2 working days, saying how the request will be handled (Decree 356/2025/ND-CP)');
    expect(dueDate('restriction', 'VN', '2026-02-10T09:00:00+07:00').acknowledgeBy).toBe(endOf('2026-02-12', 7));
    // the answer is still due when a stricter promise governs the request itself
    expect(dueDate('erasure', 'VN', '2026-02-10T09:00:00+07:00', { erasure: { within: 1, unit: 'business_days' } }).acknowledgeBy).toBe(endOf('2026-02-12', 7));
  });

  it('JP target days come from the policy', () => {
    expect(dueDate('access', 'JP', '2025-04-28T10:00:00+09:00', {}, { jpTargetDays: 7 }).due).toBe(endOf('2025-05-05', 9));
  });

  it('EU uses the configured member state, else the controller country when it is one', () => {
    // 2025-05-29 is Ascension Day in Germany and France; 14 July is a holiday in France only
    const fr = dueDate('access', 'EU', '2025-06-14T10:00:00+02:00', {}, { euMemberState: 'FR' });
    expect(fr.due).toBe(endOf('2025-07-15', 2));
    expect(fr.rule).toMatch(/^EU \(FR\)/);
    expect(dueDate('access', 'EU', '2025-06-14T10:00:00+02:00', {}, { controllerCountry: 'DE' }).due).toBe(endOf('2025-07-14', 2));
    expect(dueDate('access', 'EU', '2025-06-14T10:00:00+02:00', {}, { controllerCountry: 'JP' }).rule).toMatch(/^EU \(DE\)/);
  });

  it('returns instants at the end of the due day in the jurisdiction, across a DST change', () => {
    // Berlin moves to summer time on 2025-03-30: the end of 2025-04-22 is 21:59:59.999Z
    expect(dueDate('access', 'EU', '2025-03-21T10:00:00+01:00').due).toBe('2025-04-22T21:59:59.999Z');
    // Los Angeles: the end of 4 January 2026 (PST) is 07:59:59.999Z on the 5th
    expect(dueDate('access', 'US-CA', '2025-11-20T10:00:00-08:00').due).toBe('2026-01-05T07:59:59.999Z');
  });

  it('refuses unknown types, jurisdictions, dates and malformed promises with field and rule', () => {
    const rule = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as CustosError).details[0].rule;
      }
      return 'no error';
    };
    expect(rule(() => dueDate('delete' as never, 'JP', '2025-01-01'))).toBe('request_type');
    expect(rule(() => dueDate('access', 'XX' as never, '2025-01-01'))).toBe('known_jurisdiction');
    expect(rule(() => dueDate('access', 'JP', 'yesterday'))).toBe('iso_datetime');
    expect(rule(() => dueDate('access', 'JP', '2025-01-01', { access: { within: 0, unit: 'business_days' } }))).toBe('promise');
    expect(rule(() => dueDate('access', 'EU', '2025-01-01', {}, { euMemberState: 'CH' }))).toBe('eu_member_state');
  });
});

describe('extensions', () => {
  const rule = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as CustosError).details[0].rule;
    }
    return 'no error';
  };

  it('EU: two more months, with a reason, decided within the first month', () => {
    const d = dueDate('access', 'EU', '2025-01-31T10:00:00+01:00');
    expect(d.extension?.noticeBy).toBe(d.due);
    const e: Deadline = extend(d, { reason: 'many requests received at once', at: '2025-02-10T09:00:00Z' });
    // three months after 31 January: 30 April (a Wednesday), summer time
    expect(e.due).toBe(endOf('2025-04-30', 2));
    expect(e.extended).toEqual({ from: d.due, reason: 'many requests received at once', at: '2025-02-10T09:00:00.000Z' });
    expect(e.rule).toContain('extended by two further months');
    expect(rule(() => extend(e, { reason: 'again', at: '2025-02-11T00:00:00Z' }))).toBe('extended_once');
    expect(rule(() => extend(d, { reason: 'late', at: '2025-03-01T12:00:00Z' }))).toBe('extension_too_late');
    expect(rule(() => extend(d, { reason: '  ', at: '2025-02-10T09:00:00Z' }))).toBe('reason_required');
  });

  it('US-CA: 45 more days; RU: 5 more working days', () => {
    const ca = extend(dueDate('access', 'US-CA', '2025-11-20T10:00:00-08:00'), { reason: 'complex request', at: '2025-12-01T00:00:00Z' });
    expect(ca.due).toBe(endOf('2026-02-18', -8));
    const ru = dueDate('access', 'RU', '2026-01-05T10:00:00+03:00');
    const first = nthWorkingDay('RU', '2026-01-05', 10);
    expect(extend(ru, { reason: 'archive must be searched', at: '2026-01-10T00:00:00Z' }).due).toBe(endOf(nthWorkingDay('RU', first, 5), 3));
  });

  it('VN: a request to stop processing is extended once by 15 days, before the first 15 end', () => {
    const d = dueDate('stop_provision', 'VN', '2026-02-10T09:00:00+07:00');
    expect(d.due).toBe(endOf('2026-02-25', 7));
    expect(d.extendableBy).toBe(endOf('2026-03-12', 7));
    const e = extend(d, { reason: 'three processors must stop', at: '2026-02-20T00:00:00Z' });
    expect(e.due).toBe(endOf('2026-03-12', 7));
    expect(e.rule).toContain('VN: extended once by 15 days');
    expect(rule(() => extend(d, { reason: 'late', at: '2026-02-26T00:00:00Z' }))).toBe('extension_too_late');
  });

  it('is refused where the law has none, and where a stricter promise governs', () => {
    expect(rule(() => extend(dueDate('access', 'JP', '2025-04-28T10:00:00+09:00'), { reason: 'x', at: '2025-04-29T00:00:00Z' }))).toBe('not_extendable');
    expect(rule(() => extend(dueDate('access', 'KR', '2025-09-26T10:00:00+09:00'), { reason: 'x', at: '2025-09-27T00:00:00Z' }))).toBe('not_extendable');
    expect(rule(() => extend(dueDate('access', 'VN', '2026-02-10T09:00:00+07:00'), { reason: 'x', at: '2026-02-11T00:00:00Z' }))).toBe('not_extendable');
    expect(rule(() => extend(dueDate('erasure', 'EU', '2025-12-23T10:00:00+01:00', ERASURE_3BD), { reason: 'x', at: '2025-12-23T12:00:00Z' }))).toBe('promise_binding');
  });

  it('extendDueDate answers for a stored request', () => {
    const received = new Date('2025-01-31T10:00:00+01:00');
    const d = dueDate('access', 'EU', received);
    expect(extendDueDate('access', 'EU', received, new Date(d.due), new Date('2025-02-10T00:00:00Z'))).toMatchObject({ due: endOf('2025-04-30', 2) });
    expect(extendDueDate('access', 'EU', received, new Date(d.due), new Date('2025-03-05T00:00:00Z'))).toEqual({ refused: 'extension_too_late' });
    expect(extendDueDate('access', 'JP', received, new Date(d.due), new Date('2025-02-01T00:00:00Z'))).toEqual({ refused: 'not_extendable' });
    const promised = dueDate('erasure', 'EU', received, ERASURE_3BD);
    expect(extendDueDate('erasure', 'EU', received, new Date(promised.due), new Date('2025-02-01T00:00:00Z'))).toEqual({ refused: 'promise_binding' });
  });
});
