/**
 * Due dates of data-subject requests: the law of the subject's jurisdiction, or a stricter promise of
 * the policy, whichever ends first. Computed in the jurisdiction's time zone on its business calendar;
 * a due date is the last millisecond of the due day there. Pure functions: no database, no clock.
 * Sources: docs/deadlines.md.
 */
import { CustosError, invalidInput } from '../errors.js';
import { JURISDICTIONS, REQUEST_TYPES, type Jurisdiction, type Policy } from '../policy/schema.js';
import { addDays, addMonths, calendarFor, memberStateOfZone, type BusinessCalendar, type CalendarOptions } from './calendar.js';

export type RequestType = (typeof REQUEST_TYPES)[number];

export interface PolicyPromise {
  within: number;
  unit: 'business_days' | 'calendar_days';
}
export type PolicyPromises = Partial<Record<RequestType, PolicyPromise>>;

export interface DeadlineOptions extends CalendarOptions {
  /** JP "without delay": the target in calendar days (policy.requests.jp_target_days). Default 14. */
  jpTargetDays?: number;
}

/**
 * The options a policy sets for the deadlines of requests from `jurisdiction`. `filedIn`, the zone a
 * stored request was filed in (`Deadline.timeZone` then), keeps the calendar it was filed under: for EU,
 * the member state of that zone, whatever `controller.country` says now. The policy's extra holidays and
 * workdays are read as they are now: they record days off, not a choice of calendar.
 */
export function deadlineOptions(policy: Policy, jurisdiction: Jurisdiction, filedIn?: string): DeadlineOptions {
  const r = policy.requests;
  const memberState = jurisdiction === 'EU' && filedIn !== undefined ? memberStateOfZone(filedIn) : undefined;
  return {
    jpTargetDays: r.jp_target_days,
    controllerCountry: policy.controller.country,
    ...(memberState !== undefined ? { euMemberState: memberState } : {}),
    extraHolidays: r.extra_holidays[jurisdiction],
    extraWorkdays: r.extra_workdays[jurisdiction],
  };
}

export interface Extension {
  /** The due date once extended. */
  until: string;
  /** The extension must be decided and the person told by then (the end of the first period). */
  noticeBy: string;
  rule: string;
}

export interface Deadline {
  /** ISO instant: the end of the due day in the jurisdiction's time zone. */
  due: string;
  /** US-CA: confirm receipt by then; VN: answer by then, saying how the request will be handled. */
  acknowledgeBy?: string;
  /** The due date the law's extension would give (only when the law, not a promise, governs). */
  extendableBy?: string;
  /** In words, with the source: "KR: 10 days (PIPA Enforcement Decree Art. 41)". */
  rule: string;
  /** What set the due date. */
  basis: 'law' | 'promise';
  requestType: RequestType;
  jurisdiction: Jurisdiction;
  timeZone: string;
  receivedAt: string;
  /** The law's own due date and rule (also when a promise is stricter). */
  law: { due: string; rule: string };
  extension?: Extension;
  /** Set by `extend`. */
  extended?: { from: string; reason: string; at: string };
}

type Span =
  | { kind: 'calendar_days'; n: number; rollForward?: string }
  | { kind: 'business_days'; n: number }
  | { kind: 'months'; n: number; rollForward?: string }
  | { kind: 'same_day' };

interface LawRule {
  span: Span;
  text: string;
  acknowledge?: { n: number; text: string };
  extension?: { span: Span; text: string };
}

const KNOW = new Set<RequestType>(['access', 'purpose_notice', 'correction', 'erasure']);
/** VN: the requests that stop processing (withdrawal of consent, restriction, objection). */
const STOP = new Set<RequestType>(['restriction', 'stop_provision', 'marketing_objection']);

function lawRule(type: RequestType, j: Jurisdiction, label: string, opts: DeadlineOptions): LawRule {
  switch (j) {
    case 'JP': {
      const n = opts.jpTargetDays ?? 14;
      return { span: { kind: 'calendar_days', n }, text: `JP: without delay (APPI Arts. 33-35); target ${n} days` };
    }
    case 'KR': {
      const art = type === 'access' || type === 'purpose_notice' ? 'Art. 41' : type === 'correction' || type === 'erasure' ? 'Art. 43' : 'Art. 44';
      return { span: { kind: 'calendar_days', n: 10, rollForward: 'Civil Act Art. 161' }, text: `KR: 10 days (PIPA Enforcement Decree ${art})` };
    }
    case 'EU':
    case 'GB': {
      const law = j === 'EU' ? 'GDPR' : 'UK GDPR';
      const roll = j === 'EU' ? 'Regulation 1182/71 Art. 3(4)' : 'ICO guidance';
      return {
        span: { kind: 'months', n: 1, rollForward: roll },
        text: `${label}: one month (${law} Art. 12(3))`,
        extension: { span: { kind: 'months', n: 3, rollForward: roll }, text: `${label}: extended by two further months, with reasons, notified within the first month (${law} Art. 12(3))` },
      };
    }
    case 'US-CA':
      if (KNOW.has(type))
        return {
          span: { kind: 'calendar_days', n: 45 },
          text: 'US-CA: 45 calendar days (Cal. Civ. Code §1798.130(a)(2))',
          acknowledge: { n: 10, text: 'confirm receipt within 10 business days (CCPA Regulations §7021(a))' },
          extension: { span: { kind: 'calendar_days', n: 90 }, text: 'US-CA: extended by 45 days, with notice and reasons within the first 45 days (Cal. Civ. Code §1798.130(a)(2))' },
        };
      return {
        span: { kind: 'business_days', n: 15 },
        text: `US-CA: 15 business days (CCPA Regulations ${type === 'restriction' ? '§7027(g)' : '§7026(f)'})`,
      };
    case 'US':
      return {
        span: { kind: 'calendar_days', n: 45 },
        text: 'US: 45 days (state privacy laws, e.g. Va. Code §59.1-577(B))',
        extension: { span: { kind: 'calendar_days', n: 90 }, text: 'US: extended by 45 days with notice within the first 45 days' },
      };
    case 'RU':
      if (type === 'correction' || type === 'erasure')
        return { span: { kind: 'business_days', n: 7 }, text: `RU: 7 working days (152-FZ Art. 20(3))` };
      if (type === 'marketing_objection') return { span: { kind: 'same_day' }, text: 'RU: immediately (152-FZ Art. 15(2)): by the end of the day of receipt' };
      return {
        span: { kind: 'business_days', n: 10 },
        text: `RU: 10 working days (152-FZ ${type === 'access' || type === 'purpose_notice' ? 'Arts. 14(3), 20(1)' : 'Art. 21(5.1)'})`,
        extension: { span: { kind: 'business_days', n: 15 }, text: 'RU: extended by 5 working days with a reasoned notice (152-FZ Arts. 14(3), 20)' },
      };
    case 'VN': {
      const acknowledge = { n: 2, text: 'answer within 2 working days, saying how the request will be handled (Decree 356/2025/ND-CP)' };
      if (STOP.has(type))
        return {
          span: { kind: 'calendar_days', n: 15 },
          text: 'VN: 15 days (Decree 356/2025/ND-CP: withdrawal of consent, restriction, objection)',
          acknowledge,
          extension: { span: { kind: 'calendar_days', n: 30 }, text: 'VN: extended once by 15 days, with notice to the person (Decree 356/2025/ND-CP)' },
        };
      return { span: { kind: 'calendar_days', n: 10 }, text: 'VN: 10 days, the shortest period Decree 356/2025/ND-CP sets for a request', acknowledge };
    }
    default:
      throw invalidInput('jurisdiction', 'known_jurisdiction', `must be one of ${JURISDICTIONS.join(', ')}`);
  }
}

const promiseSpan = (p: PolicyPromise): Span => (p.unit === 'business_days' ? { kind: 'business_days', n: p.within } : { kind: 'calendar_days', n: p.within });

/**
 * The time zone of the deadlines of requests from `jurisdiction` (`Deadline.timeZone`): a due date is a
 * calendar day there, whatever the zone of whoever reads it.
 */
export function deadlineTimeZone(jurisdiction: Jurisdiction, opts: CalendarOptions = {}): string {
  return calendarFor(checkJurisdiction(jurisdiction), opts).timeZone;
}

/** When a policy's promise ends for a request received at `receivedAt` in `jurisdiction`, on its calendar. */
export function promiseDue(promise: PolicyPromise, jurisdiction: Jurisdiction, receivedAt: Date, opts: DeadlineOptions = {}): string {
  const cal = calendarFor(checkJurisdiction(jurisdiction), opts);
  return endOf(promiseSpan(checkPromise('promise', promise)), receivedAt, cal).at.toISOString();
}

/** The end of a span counted from `received` on `cal`, with a note when the last day was moved. */
function endOf(span: Span, received: Date, cal: BusinessCalendar): { at: Date; note?: string } {
  const day = cal.localDate(received);
  switch (span.kind) {
    case 'same_day':
      return { at: cal.endOfDay(day) };
    case 'business_days':
      return { at: cal.endOfDay(cal.addBusinessDays(day, span.n)) };
    case 'calendar_days':
    case 'months': {
      const last = span.kind === 'months' ? addMonths(day, span.n) : addDays(day, span.n);
      if (!span.rollForward) return { at: cal.endOfDay(last) };
      const moved = cal.onOrAfter(last);
      return moved === last ? { at: cal.endOfDay(last) } : { at: cal.endOfDay(moved), note: `the last day is not a working day: moved to ${moved} (${span.rollForward})` };
    }
  }
}

function checkType(t: unknown): RequestType {
  if (typeof t !== 'string' || !(REQUEST_TYPES as readonly string[]).includes(t)) throw invalidInput('requestType', 'request_type', `must be one of ${REQUEST_TYPES.join(', ')}`);
  return t as RequestType;
}

function checkJurisdiction(j: unknown): Jurisdiction {
  if (typeof j !== 'string' || !(JURISDICTIONS as readonly string[]).includes(j)) throw invalidInput('jurisdiction', 'known_jurisdiction', `must be one of ${JURISDICTIONS.join(', ')}`);
  return j as Jurisdiction;
}

function checkInstant(field: string, v: unknown): Date {
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw invalidInput(field, 'iso_datetime', 'must be a date-time');
  return d;
}

function checkPromise(type: string, p: unknown): PolicyPromise {
  const o = p as PolicyPromise;
  if (!o || !Number.isInteger(o.within) || o.within < 1 || o.within > 366 || (o.unit !== 'business_days' && o.unit !== 'calendar_days'))
    throw invalidInput(`promises.${type}`, 'promise', 'must be { within: 1-366, unit: business_days | calendar_days }');
  return o;
}

/**
 * The due date of a request of `type` from a subject in `jurisdiction`, received at `receivedAt`: the
 * law's, or the policy's promise for that type when it ends earlier.
 */
export function dueDate(type: RequestType, jurisdiction: Jurisdiction, receivedAt: Date | string, promises: PolicyPromises = {}, opts: DeadlineOptions = {}): Deadline {
  const t = checkType(type);
  const j = checkJurisdiction(jurisdiction);
  const received = checkInstant('receivedAt', receivedAt);
  if (opts.jpTargetDays !== undefined && (!Number.isInteger(opts.jpTargetDays) || opts.jpTargetDays < 1 || opts.jpTargetDays > 60))
    throw invalidInput('jpTargetDays', 'range', 'must be an integer from 1 to 60');
  const cal = calendarFor(j, opts);
  const law = lawRule(t, j, cal.label, opts);
  const lawEnd = endOf(law.span, received, cal);
  const lawText = lawEnd.note ? `${law.text}; ${lawEnd.note}` : law.text;
  const promise = promises?.[t] !== undefined ? checkPromise(t, promises[t]) : undefined;
  let basis: Deadline['basis'] = 'law';
  let due = lawEnd.at;
  let rule = lawText;
  if (promise) {
    const p = endOf(promiseSpan(promise), received, cal);
    if (p.at.getTime() < lawEnd.at.getTime()) {
      basis = 'promise';
      due = p.at;
      rule = `policy promise: ${t} within ${promise.within} ${promise.unit === 'business_days' ? `business days (${cal.label} calendar)` : 'calendar days'}, stricter than ${lawText}`;
    }
  }
  const out: Deadline = {
    due: due.toISOString(),
    rule,
    basis,
    requestType: t,
    jurisdiction: j,
    timeZone: cal.timeZone,
    receivedAt: received.toISOString(),
    law: { due: lawEnd.at.toISOString(), rule: lawText },
  };
  if (law.acknowledge) {
    out.acknowledgeBy = cal.endOfDay(cal.addBusinessDays(cal.localDate(received), law.acknowledge.n)).toISOString();
    out.rule += `; ${law.acknowledge.text}`;
  }
  if (law.extension && basis === 'law') {
    const ext = endOf(law.extension.span, received, cal);
    out.extendableBy = ext.at.toISOString();
    out.extension = { until: ext.at.toISOString(), noticeBy: lawEnd.at.toISOString(), rule: ext.note ? `${law.extension.text}; ${ext.note}` : law.extension.text };
  }
  return out;
}

/**
 * Extends a deadline as the law allows: EU/GB by two months, US-CA and US by 45 days, RU by 5 working
 * days, VN by 15 days (requests that stop processing). Needs a reason, and must be decided before the
 * first period ends. Refused where the law has no extension, or where a stricter promise governs.
 */
export function extend(deadline: Deadline, input: { reason: string; at?: Date | string }): Deadline {
  if (typeof input?.reason !== 'string' || input.reason.trim().length === 0 || input.reason.length > 1000)
    throw invalidInput('reason', 'reason_required', 'an extension needs a reason (1-1000 characters)');
  const at = checkInstant('at', input.at ?? new Date());
  if (deadline.extended) throw new CustosError('CUSTOS_CONFLICT', 'the deadline was extended already', [{ field: 'deadline', rule: 'extended_once', message: 'a deadline is extended once' }]);
  if (deadline.basis === 'promise')
    throw invalidInput('deadline', 'promise_binding', 'the policy promises a shorter time for this request type; an extension would break the promise');
  if (!deadline.extension) throw invalidInput('deadline', 'not_extendable', `the law of ${deadline.jurisdiction} has no extension for ${deadline.requestType} requests`);
  if (at.getTime() > Date.parse(deadline.extension.noticeBy))
    throw invalidInput('at', 'extension_too_late', 'an extension must be decided and notified before the first period ends');
  return {
    ...deadline,
    due: deadline.extension.until,
    extendableBy: undefined,
    extension: undefined,
    rule: `${deadline.rule}; ${deadline.extension.rule}`,
    extended: { from: deadline.due, reason: input.reason.trim(), at: at.toISOString() },
  };
}

/**
 * For a stored request: the extended due date, or why no extension is available, by the rules `extend`
 * names: the law has none (`not_extendable`), a stricter promise governs — `currentDue` is earlier than
 * the law's (`promise_binding`) — or the first period is over (`extension_too_late`).
 */
export function extendDueDate(
  type: RequestType,
  jurisdiction: Jurisdiction,
  receivedAt: Date,
  currentDue: Date,
  now: Date,
  opts: DeadlineOptions = {},
): { due: string; rule: string } | { refused: 'not_extendable' | 'promise_binding' | 'extension_too_late' } {
  const d = dueDate(type, jurisdiction, receivedAt, {}, opts);
  if (!d.extension) return { refused: 'not_extendable' };
  if (currentDue.getTime() < Date.parse(d.law.due)) return { refused: 'promise_binding' };
  if (now.getTime() > Date.parse(d.extension.noticeBy)) return { refused: 'extension_too_late' };
  return { due: d.extension.until, rule: d.extension.rule };
}
