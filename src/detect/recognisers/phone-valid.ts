/**
 * Phone number validity with precompiled patterns.
 *
 * `parsePhoneNumberFromString(text, country)?.isValid()` from libphonenumber-js is the reference for
 * what a valid number is, but it builds a new RegExp from the metadata for every pattern it tests
 * (a dozen per number), which made it the largest cost of the scanner. This module follows the same
 * steps on the same metadata (libphonenumber-js/metadata.max.json, so an upgrade of the library
 * updates both) for the only inputs the scanner gives it, ASCII digits with or without a leading
 * `+`, and compiles each pattern once. `phone-valid.test.ts` checks that it agrees with the library.
 *
 * The steps, as in libphonenumber-js 1.x `parse()` (v2) and `isValidNumber()`:
 * 1. the country calling code: after `+`, after the default country's IDD prefix (`010` in Japan), or
 *    at the start of a national number when only that reading is valid (`8190…` with Japan);
 * 2. the national number: the national prefix for parsing is stripped (with its transform rule)
 *    unless that makes the number invalid or of an impossible length;
 * 3. the exact country among those sharing the calling code (+1, +7, +44): leading digits or a number type;
 * 4. valid when the national number matches the country's national pattern and one type pattern
 *    (fixed line, mobile, toll free...) whose possible lengths include its length.
 */
import { lazy } from '../../lazy.js';

/** A numbering plan in the compressed metadata format (version 4). */
type Plan = [
  callingCode: string,
  idd: string,
  nationalPattern: string,
  possibleLengths: number[] | undefined,
  formats: unknown,
  nationalPrefix: string | undefined,
  formattingRule: unknown,
  prefixForParsing: string | undefined,
  transformRule: string | undefined,
  optional: unknown,
  leadingDigits: string | undefined,
  types: ([string, number[]?] | 0 | undefined)[] | undefined,
];
interface MetadataJson {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, Plan>;
  nonGeographic?: Record<string, Plan>;
}

const meta = lazy<MetadataJson>('libphonenumber-js/metadata.max.json');

// Pattern text -> compiled regexes, built on first use (the metadata holds a few thousand patterns,
// a scan touches a few dozen).
const whole = new Map<string, RegExp>();
const prefix = new Map<string, RegExp>();
function matchesEntirely(text: string, pattern: string): boolean {
  let re = whole.get(pattern);
  if (!re) whole.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re.test(text);
}
function prefixRe(pattern: string): RegExp {
  let re = prefix.get(pattern);
  if (!re) prefix.set(pattern, (re = new RegExp(`^(?:${pattern})`)));
  return re;
}

/**
 * What `^(?:pattern)` can match, read from the pattern when it is made of digits, digit classes,
 * alternatives and non-capturing groups alone (the leading digits of the countries that share a
 * calling code, the national and international prefixes of most): then a test is a lookup, and
 * the expression runs only where its match is needed.
 */
interface PrefixInfo {
  pattern: string;
  /** The pattern matches this string of digits alone. */
  literal: string | null;
  /** Every match starts with these digits. */
  lead: string;
  /** All the strings it matches, by length (empty: not a pattern of that kind, the expression decides). */
  lengths: number[];
  sets: Set<string>[];
}
const prefixInfos = new Map<string, PrefixInfo>();
function prefixInfo(pattern: string): PrefixInfo {
  let info = prefixInfos.get(pattern);
  if (info) return info;
  const strings = expand(pattern);
  const lengths: number[] = [];
  const sets: Set<string>[] = [];
  let lead = '';
  if (strings) {
    for (const x of strings) {
      let k = lengths.indexOf(x.length);
      if (k < 0) {
        k = lengths.push(x.length) - 1;
        sets.push(new Set());
      }
      sets[k].add(x);
    }
    lead = strings[0];
    for (const x of strings) while (!x.startsWith(lead)) lead = lead.slice(0, -1);
  }
  info = { pattern, literal: strings && strings.length === 1 ? strings[0] : null, lead, lengths, sets };
  prefixInfos.set(pattern, info);
  return info;
}

/** `prefixRe(pattern).test(text)`. */
export function prefixTest(pattern: string, text: string): boolean {
  return prefixTestOf(prefixInfo(pattern), text);
}
function prefixTestOf(info: PrefixInfo, text: string): boolean {
  if (info.lengths.length === 0) return prefixRe(info.pattern).test(text);
  if (!text.startsWith(info.lead)) return false;
  for (let k = 0; k < info.lengths.length; k++) {
    const n = info.lengths[k];
    if (text.length >= n && info.sets[k].has(n === text.length ? text : text.slice(0, n))) return true;
  }
  return false;
}

/** The length of the match of `prefixRe(pattern)` in `text` (a pattern without capturing groups), -1 for none. */
export function prefixMatchLength(pattern: string, text: string): number {
  const info = prefixInfo(pattern);
  if (!text.startsWith(info.lead)) return -1;
  if (info.literal !== null) return info.literal.length;
  const m = prefixRe(pattern).exec(text);
  return m ? m[0].length : -1;
}

/**
 * The strings a pattern of digits, classes of digits, alternatives and non-capturing groups matches;
 * null for any other pattern (quantifiers, capturing groups, escapes) or one that matches too many.
 */
function expand(pattern: string): string[] | null {
  let i = 0;
  const LIMIT = 2000;
  const alternatives = (): string[] | null => {
    let out = sequence();
    while (out && pattern[i] === '|') {
      i++;
      const next = sequence();
      out = next && out.length + next.length <= LIMIT ? out.concat(next) : null;
    }
    return out;
  };
  const sequence = (): string[] | null => {
    let acc = [''];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const a = atom();
      if (!a || acc.length * a.length > LIMIT) return null;
      const next: string[] = [];
      for (const x of acc) for (const y of a) next.push(x + y);
      acc = next;
    }
    return acc;
  };
  const quantified = () => i < pattern.length && '?*+{'.includes(pattern[i]);
  const atom = (): string[] | null => {
    const c = pattern[i];
    let out: string[] | null = null;
    if (c >= '0' && c <= '9') {
      i++;
      out = [c];
    } else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) return null;
      const body = pattern.slice(i + 1, end);
      if (!/^(?:[0-9](?:-[0-9])?)+$/.test(body)) return null;
      const set = new Set<string>();
      for (const m of body.matchAll(/([0-9])(?:-([0-9]))?/g)) for (let d = Number(m[1]); d <= Number(m[2] ?? m[1]); d++) set.add(String(d));
      i = end + 1;
      out = [...set];
    } else if (pattern.startsWith('(?:', i)) {
      i += 3;
      out = alternatives();
      if (!out || pattern[i] !== ')') return null;
      i++;
    }
    return out && !quantified() ? out : null;
  };
  const all = alternatives();
  return all && i === pattern.length ? all : null;
}

/** The countries of a calling code (none for non-geographic codes such as +800). */
function countriesOf(callingCode: string): string[] | undefined {
  const list = meta().country_calling_codes[callingCode];
  if (!list || (list.length === 1 && list[0].length === 3)) return undefined;
  return list;
}
function hasCallingCode(callingCode: string): boolean {
  return countriesOf(callingCode) !== undefined || meta().nonGeographic?.[callingCode] !== undefined;
}
/** The plan used for a calling code: its main country's, or the non-geographic one. */
function planOfCallingCode(callingCode: string): Plan | undefined {
  const list = countriesOf(callingCode);
  return list ? meta().countries[list[0]] : meta().nonGeographic?.[callingCode];
}

/**
 * `getNumberType(...) !== undefined`: the national pattern matches, and so does the pattern of one
 * type (fixed line, mobile, toll free, ...) whose possible lengths include the number's length. The
 * library tests the types one by one; here the types possible at each length are joined into one
 * pattern, with the national pattern as a lookahead, so a number costs a single test.
 */
const byLength = new Map<Plan, (RegExp | null)[]>();
function hasNumberType(nn: string, plan: Plan): boolean {
  let table = byLength.get(plan);
  if (!table) byLength.set(plan, (table = []));
  const n = nn.length;
  let re = table[n];
  if (re === undefined) {
    const alts: string[] = [];
    for (const t of plan[11] ?? []) {
      if (!t || !t[0]) continue;
      const lengths = t[1] || plan[3];
      if (lengths && lengths.indexOf(n) < 0) continue;
      alts.push(`(?:${t[0]})`);
    }
    re = table[n] = alts.length ? new RegExp(`^(?=(?:${plan[2]})$)(?:${alts.join('|')})$`) : null;
  }
  return re !== null && re.test(nn);
}

/** The countries of a calling code with their plans and leading digits, in order (by the list of the metadata). */
interface CountryEntry {
  country: string;
  plan: Plan;
  leading: PrefixInfo | null;
}
const entriesOf = new Map<string[], CountryEntry[]>();
/**
 * Whether the country the last call of `countryByNationalNumber` (or `countryByCallingCode`) found was
 * decided by a number type of its plan: the national number then has a type there, which is
 * `validE164`'s verdict (read right after the call).
 */
let byType = false;
function countryByNationalNumber(nn: string, countries: string[]): string | undefined {
  let entries = entriesOf.get(countries);
  if (!entries) {
    entries = countries.map((country) => {
      const plan = meta().countries[country];
      return { country, plan, leading: plan[10] ? prefixInfo(plan[10]) : null };
    });
    entriesOf.set(countries, entries);
  }
  byType = false;
  for (const e of entries) {
    if (e.leading) {
      // `search(...) === 0`: a match at the start (the leftmost match is at 0 exactly when one starts there).
      if (nn && prefixTestOf(e.leading, nn)) return e.country;
    } else if (hasNumberType(nn, e.plan)) {
      byType = true;
      return e.country;
    }
  }
  return undefined;
}
// The last answer of countryByCallingCode: validE164 asks the same question (calling code and
// national number) twice in a row, once to check the length of the national number, once for the
// country (for +1, +7, +44 that tests the leading digits or number types of each country in turn).
let lastCode = '';
let lastNn = '';
let lastCountry: string | undefined;
let lastByType = false;
function countryByCallingCode(callingCode: string, nn: string): string | undefined {
  byType = false;
  const list = countriesOf(callingCode);
  if (!list) return undefined;
  if (list.length === 1) return list[0];
  if (callingCode === lastCode && nn === lastNn) {
    byType = lastByType;
    return lastCountry;
  }
  lastCountry = countryByNationalNumber(nn, list);
  lastByType = byType;
  lastCode = callingCode;
  lastNn = nn;
  return lastCountry;
}

type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';
function checkLength(nn: string, country: string | undefined, plan: Plan): LengthCheck {
  const lengths = (country ? meta().countries[country] : plan)[3];
  if (!lengths) return 'IS_POSSIBLE';
  const n = nn.length;
  if (lengths[0] === n) return 'IS_POSSIBLE';
  if (lengths[0] > n) return 'TOO_SHORT';
  if (lengths[lengths.length - 1] < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

/** Strips the national prefix (and carrier code) when that leaves a plausible national number. */
function extractNationalNumber(number: string, plan: Plan): string {
  let nn = number;
  const forParsing = plan[7] || plan[5];
  if (number && forParsing) {
    const info = prefixInfo(forParsing);
    if (info.literal !== null) {
      // A prefix of digits alone (`0`, `8`): no groups, nothing to transform.
      if (number.startsWith(info.literal)) nn = number.slice(info.literal.length);
    } else if (number.startsWith(info.lead)) {
      const re = prefixRe(forParsing);
      const m = re.exec(number);
      if (m) {
        const groups = m.length - 1;
        const captured = groups > 0 && m[groups];
        nn = plan[8] && captured ? number.replace(re, plan[8]) : number.slice(m[0].length);
      }
    }
  }
  if (nn !== number) {
    // The national number usually matches the national pattern, which settles this without the
    // second test (of the number with its prefix).
    if (!matchesEntirely(nn, plan[2]) && matchesEntirely(number, plan[2])) return number;
    if (plan[3]) {
      const r = checkLength(nn, countryByCallingCode(plan[0], nn), plan);
      if (r === 'TOO_SHORT' || r === 'INVALID_LENGTH') return number;
    }
  }
  return nn;
}

/** The number after the default country's IDD prefix, unless a 0 follows it. */
function stripIdd(number: string, country: string): string | undefined {
  // The leftmost match when it starts at 0: the match of the pattern anchored there.
  const n = prefixMatchLength(meta().countries[country][1], number);
  if (n < 0) return undefined;
  const rest = number.slice(n);
  if (rest[0] === '0') return undefined;
  return rest;
}

function callingCodeWithoutPlus(number: string, country: string): { cc: string; number: string } | undefined {
  const plan = meta().countries[country];
  const cc = plan[0];
  if (number.indexOf(cc) !== 0) return undefined;
  const shorter = number.slice(cc.length);
  const nnShort = extractNationalNumber(shorter, plan);
  const nnFull = extractNationalNumber(number, plan);
  if ((!matchesEntirely(nnFull, plan[2]) && matchesEntirely(nnShort, plan[2])) || checkLength(nnFull, undefined, plan) === 'TOO_LONG') {
    return { cc, number: shorter };
  }
  return undefined;
}

function extractCallingCode(input: string, defaultCountry: string | undefined): { cc?: string; number?: string } {
  let number = input;
  if (number[0] !== '+') {
    const without = defaultCountry ? stripIdd(number, defaultCountry) : undefined;
    if (without && without !== number) number = '+' + without;
    else {
      if (defaultCountry) {
        const r = callingCodeWithoutPlus(number, defaultCountry);
        if (r) return r;
      }
      return { number };
    }
  }
  if (number[1] === '0') return {};
  for (let i = 2; i - 1 <= 3 && i <= number.length; i++) {
    const cc = number.slice(1, i);
    if (hasCallingCode(cc)) return { cc, number: number.slice(i) };
  }
  return {};
}

/**
 * The E.164 form of `text` (ASCII digits, optionally after one `+`) read with `defaultCountry`, when
 * libphonenumber-js would call it valid; otherwise undefined.
 */
export function validE164(text: string, defaultCountry?: string): string | undefined {
  if (text.length < 2 || text.length > 250) return undefined;
  if (defaultCountry !== undefined && !Object.hasOwn(meta().countries, defaultCountry)) defaultCountry = undefined;
  const ext = extractCallingCode(text, defaultCountry);
  let cc = ext.cc;
  const number = ext.number;
  let country: string | undefined;
  let plan: Plan | undefined;
  if (cc) plan = planOfCallingCode(cc);
  else if (number && defaultCountry) {
    country = defaultCountry;
    plan = meta().countries[defaultCountry];
    cc = plan[0];
  } else return undefined;
  if (!plan || !cc || !number) return undefined;
  const nn = extractNationalNumber(number, plan);
  const exact = countryByCallingCode(cc, nn);
  // A country found by its number types: the number has one of them (the verdict below, asked already).
  const typed = byType;
  if (exact) country = exact;
  if (nn.length < 2 || nn.length > 17) return undefined;
  if (typed) return '+' + cc + nn;
  const validPlan = country ? meta().countries[country] : planOfCallingCode(cc);
  if (!validPlan) return undefined;
  const hasTypes = !!validPlan[11] && validPlan[11].length !== 0;
  const valid = hasTypes ? hasNumberType(nn, validPlan) : matchesEntirely(nn, validPlan[2]);
  return valid ? '+' + cc + nn : undefined;
}
