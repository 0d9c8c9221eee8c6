/**
 * The one strict reader of dates given by people: CLI flags, HTTP query and body fields. A date is
 * `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time with a time zone (`2030-01-31T12:00:00Z`,
 * `2030-01-31T21:00+09:00`). Unlike `Date.parse`, nothing rolls over: every part must format back to
 * what was given (2030-02-31 is refused, not read as 3 March), and the year must be plausible. Errors
 * name the field with rule `date` and never repeat the value.
 */
import { z } from 'zod';
import { invalidInput } from './errors.js';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const DAY_MS = 86_400_000;

export interface DateRules {
  /** Only `YYYY-MM-DD` (no time of day). */
  dateOnly?: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

const shapeMessage = (r: DateRules) =>
  r.dateOnly
    ? `must be a date YYYY-MM-DD that exists, from ${MIN_YEAR} to ${MAX_YEAR}`
    : `must be a date YYYY-MM-DD or an ISO 8601 date-time with a time zone (2030-01-31T12:00:00Z), that exists, from ${MIN_YEAR} to ${MAX_YEAR}`;

/** The instant a date text names, or why it names none. */
export function checkDate(text: unknown, rules: DateRules = {}): { ok: true; date: Date } | { ok: false; message: string } {
  const bad = { ok: false as const, message: shapeMessage(rules) };
  if (typeof text !== 'string') return bad;
  const m = DATE.exec(text) ?? (rules.dateOnly ? null : DATE_TIME.exec(text));
  if (!m) return bad;
  const [y, mo, d, h = 0, mi = 0, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x))) as number[];
  if (y < MIN_YEAR || y > MAX_YEAR) return bad;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  // the round trip: the calendar and the clock read back exactly what was written
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== mo - 1 || local.getUTCDate() !== d || local.getUTCHours() !== h || local.getUTCMinutes() !== mi || local.getUTCSeconds() !== s) return bad;
  let offset = 0;
  if (m[8] !== undefined && m[8] !== 'Z') {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 14 || om > 59) return bad;
    offset = (m[8][0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return { ok: true, date: new Date(local.getTime() - offset) };
}

/** Parses a date given for `field`, or throws CUSTOS_INVALID_INPUT (rule `date`). */
export function parseDate(field: string, text: unknown, rules: DateRules = {}): Date {
  const r = checkDate(text, rules);
  if (!r.ok) throw invalidInput(field, 'date', r.message);
  return r.date;
}

/** As `parseDate`, for an optional value. */
export function optionalDate(field: string, text: string | undefined, rules: DateRules = {}): Date | undefined {
  return text === undefined ? undefined : parseDate(field, text, rules);
}

/** Something that happened (received, reported): at most a day after `now` (clocks and time zones differ); rule `not_in_future`. */
export function assertNotFuture(field: string, at: Date | number, now: Date): void {
  const t = typeof at === 'number' ? at : at.getTime();
  if (t > now.getTime() + DAY_MS) throw invalidInput(field, 'not_in_future', 'must not be in the future (more than a day from now)');
}

/** A date field of a request (zod): the text, checked strictly; the error's rule is `date`. */
export function dateText(rules: DateRules = {}) {
  return z.string().superRefine((s, ctx) => {
    const r = checkDate(s, rules);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { rule: 'date' } });
  });
}

/** As `dateText`, read as milliseconds since the epoch. */
export function dateInstant(rules: DateRules = {}) {
  return dateText(rules).transform((s) => (checkDate(s, rules) as { date: Date }).date.getTime());
}
