/**
 * Business-day calendars per jurisdiction, from the public holidays of `date-holidays`, and local-date
 * arithmetic in the jurisdiction's time zone. Pure functions: no database, no clock.
 *
 * A business day is Monday to Friday and not a public holiday (`type: public` in date-holidays, with
 * multi-day holidays such as Tết or Chuseok expanded day by day). Bank holidays and observances do not
 * count. Days that a government moves by decree are not in date-holidays: Russia's are built in for the
 * years whose decree is known (DECREED_DAYS); add others with `extraHolidays` / `extraWorkdays`.
 */
import type Holidays from 'date-holidays';
import { lazy } from '../lazy.js';
import { invalidInput } from '../errors.js';
import type { Jurisdiction } from '../policy/schema.js';
import { Lru } from '../lru.js';

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface CalendarOverrides {
  /** Extra days off (decreed transfers, company closures), `YYYY-MM-DD`. */
  extraHolidays?: readonly string[];
  /** Weekend days that are working days (decreed transfers), `YYYY-MM-DD`. */
  extraWorkdays?: readonly string[];
}

export interface CalendarOptions extends CalendarOverrides {
  /** For EU: the member state whose holidays and time zone apply (ISO 3166-1 alpha-2). Default: the controller's country if it is a member state, else DE. */
  euMemberState?: string;
  /** The controller's country (policy.controller.country). */
  controllerCountry?: string;
}

/** EU member states: time zone of the capital. */
export const EU_MEMBER_STATES: Record<string, string> = {
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', CY: 'Asia/Nicosia', CZ: 'Europe/Prague', DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn', ES: 'Europe/Madrid', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GR: 'Europe/Athens',
  HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IT: 'Europe/Rome', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga', MT: 'Europe/Malta', NL: 'Europe/Amsterdam', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm', SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava',
};

/** The member state whose zone `timeZone` is (each has its own capital's), or undefined. */
export function memberStateOfZone(timeZone: string): string | undefined {
  return Object.keys(EU_MEMBER_STATES).find((ms) => EU_MEMBER_STATES[ms] === timeZone);
}

interface CalendarSpec {
  /** Shown in rules: `JP`, `US-CA`, `EU (DE)`. */
  label: string;
  country: string;
  state?: string;
  timeZone: string;
}

function specOf(jurisdiction: Jurisdiction, opts: CalendarOptions): CalendarSpec {
  switch (jurisdiction) {
    case 'JP':
      return { label: 'JP', country: 'JP', timeZone: 'Asia/Tokyo' };
    case 'KR':
      return { label: 'KR', country: 'KR', timeZone: 'Asia/Seoul' };
    case 'VN':
      return { label: 'VN', country: 'VN', timeZone: 'Asia/Ho_Chi_Minh' };
    case 'RU':
      return { label: 'RU', country: 'RU', timeZone: 'Europe/Moscow' };
    case 'US-CA':
      return { label: 'US-CA', country: 'US', state: 'CA', timeZone: 'America/Los_Angeles' };
    case 'US':
      return { label: 'US', country: 'US', timeZone: 'America/New_York' };
    case 'GB':
      return { label: 'GB', country: 'GB', state: 'ENG', timeZone: 'Europe/London' };
    case 'EU': {
      const ms = opts.euMemberState ?? (opts.controllerCountry && EU_MEMBER_STATES[opts.controllerCountry] ? opts.controllerCountry : 'DE');
      if (!EU_MEMBER_STATES[ms]) throw invalidInput('euMemberState', 'eu_member_state', `must be an EU member state code: ${Object.keys(EU_MEMBER_STATES).join(', ')}`);
      return { label: `EU (${ms})`, country: ms, timeZone: EU_MEMBER_STATES[ms] };
    }
    default:
      throw invalidInput('jurisdiction', 'known_jurisdiction', 'must be one of JP, KR, EU, US-CA, US, RU, VN, GB');
  }
}

/**
 * Days a government moves by decree, which date-holidays does not know, per jurisdiction and year: days
 * off (`off`) and weekend days made working days (`work`). A year not listed has only date-holidays'
 * holidays: its due dates may be off by the decree's transfers, either way (a working Saturday makes them
 * late). Callers' `extraHolidays` / `extraWorkdays` win over these.
 *
 * Russia (Labour Code Art. 112: the January holidays that fall on a weekend go where the yearly decree
 * puts them, and it may move other days off too):
 *  - 2025: Government Decree No. 1335 of 4 October 2024;
 *  - 2026: Government Decree of 24 September 2025; 9 March and 11 May because 8 March is a Sunday and
 *    9 May a Saturday (Art. 112: the next working day is off).
 */
export const DECREED_DAYS: Partial<Record<Jurisdiction, Record<number, { off: readonly LocalDate[]; work: readonly LocalDate[] }>>> = {
  RU: {
    2025: { off: ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31'], work: ['2025-11-01'] },
    2026: { off: ['2026-01-09', '2026-03-09', '2026-05-11', '2026-12-31'], work: [] },
  },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDates(field: string, list: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const d of list ?? []) {
    if (typeof d !== 'string' || !DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw invalidInput(field, 'date', 'must list dates as YYYY-MM-DD');
    out.add(d);
  }
  return out;
}

/** `YYYY-MM-DD` of a UTC-midnight epoch. */
const iso = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);
const epoch = (d: LocalDate): number => Date.parse(`${d}T00:00:00Z`);

export function addDays(d: LocalDate, n: number): LocalDate {
  return iso(epoch(d) + n * 86_400_000);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier): the inverse of `addDays`. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((epoch(to) - epoch(from)) / 86_400_000);
}

/** Adds months the way EU Regulation 1182/71 Art. 3(2)(c) counts them: same day number, or the last day of a shorter month. */
export function addMonths(d: LocalDate, n: number): LocalDate {
  const [y, m, day] = d.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = total % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return iso(Date.UTC(ty, tm, Math.min(day, last)));
}

export function weekday(d: LocalDate): number {
  return new Date(epoch(d)).getUTCDay();
}

/** One formatter per time zone: making one costs far more than using it. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of `timeZone` at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  let f = offsetFormats.get(timeZone);
  if (!f) offsetFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):?(\d{2})?$/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The local date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  return iso(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000).slice(0, 10);
}

/** The instant at which a local time on a local date happens in `timeZone` (DST-aware). */
export function zonedInstant(d: LocalDate, timeZone: string, hms: [number, number, number, number] = [0, 0, 0, 0]): Date {
  const [y, m, day] = d.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, day, ...hms);
  let t = wall - offsetMinutes(wall, timeZone) * 60_000;
  t = wall - offsetMinutes(t, timeZone) * 60_000;
  return new Date(t);
}

/** The last millisecond of a local date in `timeZone`. */
export function endOfDay(d: LocalDate, timeZone: string): Date {
  return new Date(zonedInstant(addDays(d, 1), timeZone).getTime() - 1);
}

const loadHolidays = lazy<typeof Holidays>('date-holidays');

export class BusinessCalendar {
  readonly label: string;
  readonly timeZone: string;
  private readonly holidaySpec: CalendarSpec;
  private hdLoaded?: Holidays;
  private readonly years = new Map<number, Set<string>>();
  private readonly extraHolidays: Set<string>;
  private readonly extraWorkdays: Set<string>;

  constructor(readonly jurisdiction: Jurisdiction, opts: CalendarOptions = {}) {
    const s = specOf(jurisdiction, opts);
    this.label = s.label;
    this.timeZone = s.timeZone;
    this.holidaySpec = s;
    this.extraHolidays = checkDates('extraHolidays', opts.extraHolidays);
    this.extraWorkdays = checkDates('extraWorkdays', opts.extraWorkdays);
    for (const year of Object.values(DECREED_DAYS[jurisdiction] ?? {})) {
      for (const d of year.off) if (!this.extraWorkdays.has(d)) this.extraHolidays.add(d);
      for (const d of year.work) if (!this.extraHolidays.has(d)) this.extraWorkdays.add(d);
    }
  }

  /** The holiday tables, read the first time a year's holidays are needed. */
  private hd(): Holidays {
    const s = this.holidaySpec;
    const Ctor = loadHolidays();
    return (this.hdLoaded ??= s.state ? new Ctor(s.country, s.state) : new Ctor(s.country));
  }

  /** Public holidays of a year as local dates (multi-day holidays expanded). */
  holidays(year: number): Set<string> {
    let set = this.years.get(year);
    if (!set) {
      set = new Set();
      for (const h of this.hd().getHolidays(year)) {
        if (h.type !== 'public') continue;
        const first = h.date.slice(0, 10);
        const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
        for (let i = 0; i < days; i++) set.add(addDays(first, i));
      }
      this.years.set(year, set);
    }
    return set;
  }

  isHoliday(d: LocalDate): boolean {
    return this.extraHolidays.has(d) || this.holidays(Number(d.slice(0, 4))).has(d);
  }

  isBusinessDay(d: LocalDate): boolean {
    if (this.extraWorkdays.has(d)) return true;
    const wd = weekday(d);
    return wd !== 0 && wd !== 6 && !this.isHoliday(d);
  }

  /** The `n`-th business day after `d` (the day `d` itself is not counted). */
  addBusinessDays(d: LocalDate, n: number): LocalDate {
    let cur = d;
    for (let left = n; left > 0; ) {
      cur = addDays(cur, 1);
      if (this.isBusinessDay(cur)) left--;
    }
    return cur;
  }

  /** `d` if it is a business day, else the next business day. */
  onOrAfter(d: LocalDate): LocalDate {
    let cur = d;
    while (!this.isBusinessDay(cur)) cur = addDays(cur, 1);
    return cur;
  }

  localDate(instant: Date): LocalDate {
    return localDate(instant, this.timeZone);
  }

  endOfDay(d: LocalDate): Date {
    return endOfDay(d, this.timeZone);
  }
}

/** Calendars kept; the least recently used goes first. */
export const CALENDAR_LIMIT = 64;
const calendars = new Lru<BusinessCalendar>(CALENDAR_LIMIT);

/**
 * The business calendar of a jurisdiction. Calendars are kept (a few dozen at most): working out a year's
 * holidays takes milliseconds (tens for Vietnam's lunar ones), and every due date needs them.
 */
export function calendarFor(jurisdiction: Jurisdiction, opts: CalendarOptions = {}): BusinessCalendar {
  const key = JSON.stringify([specOf(jurisdiction, opts).label, opts.extraHolidays ?? [], opts.extraWorkdays ?? []]);
  let cal = calendars.get(key);
  if (!cal) {
    cal = new BusinessCalendar(jurisdiction, opts);
    calendars.set(key, cal);
  }
  return cal;
}
