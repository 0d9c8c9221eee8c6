/**
 * PHONE: Japanese, Korean, Vietnamese, Russian, US, UK and EU numbers in national and international
 * formats. A cheap scan finds runs of digit groups with at least eight digits; each is validated
 * against the libphonenumber-js metadata (full), trying the regions whose national format the number
 * could have. `validE164` (phone-valid.ts) gives libphonenumber-js's verdict with precompiled patterns.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Candidate } from '../types.js';
import { validE164 } from './phone-valid.js';
import { DATE_SHAPE, DATE_THEN_TIME, IBAN_HEAD, isReferenceNumber, phoneWordAfter, phoneWordBefore, timetable } from './context.js';
import { isAsciiLetter, isSpace } from '../chars.js';

/**
 * A run of digit groups separated by at most five of space (the ideographic one too, a line break), dot, dash, slash,
 * underscore ("010_6320_6424") or brackets ("080 -- 7798 -- 6032", "9 1 9 ... 7 1 7"), by a '|', a '~' or a
 * '*' with a space on either side or none (`064 * 746 * 1549`, `0272~9152~215`; a masked `090-****-5678` is no
 * run), or by a closing bracket alone (Korean area codes: "051)768-5230"); a country code may be in
 * brackets, "(+81) 90-...". It starts after no word and no time's hour ("21:45 07.08.2026": the minutes
 * start no number); after an '=' only when the key names a phone (PHONE_KEY, in `runsIn`).
 */
const RUN = /(?<![\w@#&/%$€£¥₩₫₽+-]|\d[:：])(?:\+\s?|(?<!\d)00\s?|\(\+\d{1,3}\)\s?)?(?:\(\d+\)\s?)?\d+(?:(?:\s?\(0\)\s?|[ \t\r\n\u3000.\-/_]{1,5}| ?[|~*] ?|\)\s?)\(?\d+\)?|\(\d+\)\s?\d+)*/y;

/** The key before an '=' names a phone: `CONTACT_PHONE`, `tel`, `mobile_no`. */
const PHONE_KEY = /(?:phone|tel|mobile|cell|fax)[A-Za-z0-9_.-]*$/i;

/** Regions whose national numbers start with a trunk 0, most likely first for the script of the message. */
const NATIONAL_ZERO: Record<string, CountryCode[]> = {
  ja: ['JP', 'KR', 'VN', 'GB', 'FR', 'DE', 'IT', 'NL', 'BE', 'AT'],
  ko: ['KR', 'JP', 'VN', 'GB', 'FR', 'DE', 'IT', 'NL', 'BE', 'AT'],
  vi: ['VN', 'JP', 'KR', 'GB', 'FR', 'DE', 'IT', 'NL', 'BE', 'AT'],
  other: ['JP', 'KR', 'VN', 'GB', 'FR', 'DE', 'IT', 'NL', 'BE', 'AT'],
};
/**
 * Cheap shape checks on national numbers (length and leading digits), so libphonenumber-js only
 * parses numbers that could belong to the region. They only prune; validity is libphonenumber's call.
 */
const NATIONAL_SHAPE: Partial<Record<CountryCode, RegExp>> = {
  JP: /^0(?:[1-9]\d{8}|[5789]0\d{8}|120\d{6,7}|800\d{7})$/,
  KR: /^0(?:1[016789]\d{7,8}|2\d{7,8}|[3-6][1-5]\d{7,8}|70\d{8}|50\d{8,9})$/,
  VN: /^0(?:[35789]\d{8}|2\d{9})$/,
  GB: /^0[1-9]\d{8,9}$/,
  FR: /^0[1-9]\d{8}$/,
  DE: /^0[1-9]\d{5,12}$/,
  IT: /^0\d{5,10}$/,
  NL: /^0[1-9]\d{8}$/,
  BE: /^0[1-9]\d{7,8}$/,
  AT: /^0[1-9]\d{3,12}$/,
};

/** Vietnamese letters (`/[ăâđ...]/i`, read once into a table by the expression itself). */
const VI_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const VI = new Uint8Array(0x2000);
for (let c = 0x80; c < 0x2000; c++) if (VI_RE.test(String.fromCharCode(c))) VI[c] = 1;

/** The language a message is most likely in, for the order of national readings: kana, Hangul, Vietnamese letters. */
function scriptHint(t: string): string {
  let ko = false;
  let vi = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x3040 && c <= 0x30ff) return 'ja';
    if (c >= 0xac00 && c <= 0xd7af) ko = true;
    else if (c < 0x2000 && VI[c] === 1) vi = true;
  }
  return ko ? 'ko' : vi ? 'vi' : 'other';
}

/** Counting up or down (`1 2 3 4 5 6 7 8 9 10`, `0123456789`): a list or a placeholder, no one's number. */
const COUNTING_UP = '01234567891011121314';
const COUNTING_DOWN = '109876543210';

/** The start of a Korean or Vietnamese service number of eight digits (the character pass opens the rule for these only: triggers.ts). */
const SERVICE = /^1[5689]/;
/**
 * A Korean service number as Korean businesses write it: four digits from 15, 16 or 18, a dash, four digits;
 * both in hundreds is a range (`1600-1800`, `연봉 1800-2000`).
 */
const KR_SERVICE = /^1[568]\d\d-\d{4}$/;
const HUNDREDS_RANGE = /^\d\d00-\d\d00$/;
const koreanService = (written: string) => KR_SERVICE.test(written) && !HUNDREDS_RANGE.test(written);

/** The rule that accepts `digits` as a phone number, or null. */
function validate(digits: string, plus: boolean, grouped: boolean, hint: string): string | null {
  const n = digits.length;
  if (COUNTING_UP.includes(digits) || COUNTING_DOWN.includes(digits)) return null;
  if (plus) {
    if (n < 8 || n > 15) return null;
    // Calling codes shared by several countries (+1, +7, +44) make a plain parse try each of them;
    // the main country first is much cheaper and settles most numbers.
    const main = digits[0] === '1' ? 'US' : digits[0] === '7' ? 'RU' : digits.startsWith('44') ? 'GB' : null;
    if (main) {
      const cc = main === 'GB' ? 2 : 1;
      if (validE164(digits.slice(cc), main) === '+' + digits) return 'phone.international';
    }
    return validE164('+' + digits) ? 'phone.international' : null;
  }
  if (n >= 10 && digits.startsWith('00')) {
    return validE164('+' + digits.slice(2)) ? 'phone.international' : null;
  }
  // Korean and Vietnamese service numbers (1588-1234, 1900 0727): eight digits in groups, in a message of that script.
  if (n === 8) return grouped && SERVICE.test(digits) && (hint === 'ko' || hint === 'vi') && validE164(digits, hint === 'ko' ? 'KR' : 'VN') ? 'phone.national' : null;
  if (n < 9 || n > 12) return null;
  const c0 = digits.charCodeAt(0);
  if (c0 === 0x30) {
    for (const r of NATIONAL_ZERO[hint]) {
      if (!NATIONAL_SHAPE[r]!.test(digits)) continue;
      if (validE164(digits, r)) return 'phone.national';
    }
    return null;
  }
  if (c0 === 0x38 && n === 11) {
    return validE164(digits, 'RU') ? 'phone.national' : null;
  }
  if (c0 === 0x37 && n === 11) {
    return grouped && validE164('+' + digits) ? 'phone.international' : null;
  }
  if (n === 10 || (n === 11 && c0 === 0x31)) {
    if ((grouped || n === 11) && validE164(digits, 'US')) return 'phone.national';
  }
  // Spanish and Italian mobiles without a trunk zero; only when written in groups.
  if (grouped && n === 9) {
    for (const r of ['ES', 'PL'] as CountryCode[]) {
      if (validE164(digits, r)) return 'phone.national';
    }
  }
  if (grouped && n === 10 && c0 === 0x33) {
    if (validE164(digits, 'IT')) return 'phone.national';
  }
  return null;
}

// Digit groups of the run in progress (single-threaded; reused): start, end, and whether the
// gap before each group holds a space.
const gS: number[] = [];
const gE: number[] = [];
const gCut: boolean[] = [];
/** Digits in groups [0, k). */
const gSum: number[] = [0];
/** Number of groups. */
let gN = 0;
/** How many groups of four digits start the run, when at least four do (0 otherwise). */
let lead4 = 0;

/** Characters a run may hold: digits, '+', white space, brackets, '.', '-', '/', '_', '|', '*', '~'. */
function inRun(c: number): boolean {
  return (c >= 0x28 && c <= 0x39 && c !== 0x2c) || c === 0x7c || c === 0x5f || c === 0x7e || isSpace(c);
}

/**
 * A run holds only the characters of `inRun`, so it lies within one stretch of them. The expression
 * runs only in stretches with eight digits (the fewest `validate` accepts: 8 to 15 after '+', 9 to 12
 * otherwise), from the start of the stretch,
 * which finds the runs of a search from the start of the text that lie there: none of them reaches
 * into the stretch from before it. `spelled`: whether digits may have been said in words in the text
 * (`spelledNumber` looks for them only then).
 */
export function findPhones(t: string, out: Candidate[], spelled = true): void {
  let hint: string | undefined;
  const n = t.length;
  let from = 0; // the end of the last stretch
  while (from < n) {
    // A stretch without a digit needs no look: go to the next digit, and back to the start of its stretch.
    let d = from;
    while (d < n && (t.charCodeAt(d) - 0x30) >>> 0 > 9) d++;
    if (d === n) break;
    let s = d;
    while (s > from && inRun(t.charCodeAt(s - 1))) s--;
    let e = d;
    let nd = 0;
    for (; e < n; e++) {
      const c = t.charCodeAt(e);
      if (c >= 0x30 && c <= 0x39) nd++;
      else if (!inRun(c)) break;
    }
    if (nd >= 8) hint = runsIn(t, s, e, out, hint, spelled);
    from = e;
  }
}

/**
 * The next run that starts in [from, to) of `t` (null: none), RUN.lastIndex at its end. RUN is tried only
 * where a run can start, a '+', a '(' or a digit after no digit, and never past `to`: a search left to go on
 * through the text would take the square of its length where runs are refused again and again (x/0901234567 …).
 */
function nextRun(t: string, from: number, to: number): RegExpExecArray | null {
  for (let p = from; p < to; p++) {
    const c = t.charCodeAt(p);
    if (c >= 0x30 && c <= 0x39 ? p > 0 && (t.charCodeAt(p - 1) - 0x30) >>> 0 <= 9 : c !== 0x2b && c !== 0x28) continue;
    RUN.lastIndex = p;
    const m = RUN.exec(t);
    if (m) return m;
  }
  return null;
}

/** The runs that start in [from, to) of `t` (they end there too). Returns the script hint (see searchGroups). */
function runsIn(t: string, from: number, to: number, out: Candidate[], hint: string | undefined, spelled: boolean): string | undefined {
  for (let m = nextRun(t, from, to); m; m = nextRun(t, RUN.lastIndex, to)) {
    // The run is [base, end) of `t`, read in place (no slice of it).
    const base = m.index;
    const end = RUN.lastIndex;
    // Cheap check first: eight digits at least.
    let nd = 0;
    for (let k = base; k < end; k++) {
      const c = t.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) nd++;
    }
    if (nd < 8) continue;
    // "+44 (0)20 ...": the bracketed trunk zero is not dialled from abroad.
    const trunk = t.charCodeAt(base) === 0x2b ? /^\+\s?\d{1,3}\s?\(0\)/.exec(m[0]) : null;
    const skip = trunk ? base + trunk[0].length - 2 : -1;
    gN = 0;
    for (let k = base; k < end; ) {
      const c = t.charCodeAt(k);
      if (c < 0x30 || c > 0x39) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < end && t.charCodeAt(e) >= 0x30 && t.charCodeAt(e) <= 0x39) e++;
      if (k !== skip) {
        // A shorter sub-run may only start or end where the run has a space (a date or count beside
        // the number), never inside a dotted or dashed group (10.0.19045.3803).
        let cut = false;
        if (gN > 0) for (let x = gE[gN - 1]; x < k && !cut; x++) cut = isSpace(t.charCodeAt(x));
        gS[gN] = k;
        gE[gN] = e;
        gCut[gN] = cut;
        gSum[gN + 1] = gSum[gN] + (e - k);
        gN++;
      }
      k = e;
    }
    // a last group glued to a word is no part of the number ("+358409627172 | 5ulya@...": an address's first digit; `0175_830_7597_b`)
    if (gN > 1 && (isAsciiLetter(t.charCodeAt(gE[gN - 1])) || t.charCodeAt(gE[gN - 1]) === 0x5f)) gN--;
    if (numberList(t, base) || barcode(t) || timetable(m[0])) continue;
    // after '=', a value of a key that names a phone only (`CONTACT_PHONE=512-378-3830`; not `id=12345678`)
    if (t.charCodeAt(base - 1) === 0x3d && !PHONE_KEY.test(t.slice(Math.max(0, base - 33), base - 1))) continue;
    // the groups of an IBAN that failed its check ("HU62 0513 5421 3307 ..."): no number starts inside them
    if (gE[0] - gS[0] === 4 && IBAN_HEAD.test(t.slice(Math.max(0, base - 5), base))) continue;
    // Four groups of four digits or more at the start (a card, a tracking number): no number starts inside them.
    lead4 = 0;
    while (lead4 < gN && gE[lead4] - gS[lead4] === 4 && (lead4 === 0 || gS[lead4] - gE[lead4 - 1] <= 3)) lead4++;
    if (lead4 < 4) lead4 = 0;
    const found = out.length;
    if (lineBreakOnly(t, base)) hint = searchGroups(t, base, 0, gN - 1, out, hint);
    else {
      // A line break between groups only where the number is written one group a line: in a list
      // ("1. 06(6117)7898\n2. ..."), each line's number is its own.
      for (let lo = 0, k = 1; k <= gN; k++) {
        if (k < gN && !lineBreakIn(t, gE[k - 1], gS[k])) continue;
        hint = searchGroups(t, base, lo, k - 1, out, hint);
        lo = k;
      }
    }
    if (out.length === found && spelled) spelledNumber(t, out);
  }
  return hint;
}

/** Whether t[from, to) holds a line break. */
function lineBreakIn(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t.charCodeAt(k) === 0x0a) return true;
  return false;
}

/**
 * Whether no gap between the groups of the run (which starts at `base`) holds a line break, or the run is one
 * number written a group a line: every gap a line break alone (`\n`, `\r\n`), five groups and fifteen digits
 * at most, and a start a number to call has (a '+', a trunk 0 or 8). A column of amounts or scores is none.
 */
function lineBreakOnly(t: string, base: number): boolean {
  let lines = 0;
  for (let k = 1; k < gN; k++) {
    const from = gE[k - 1];
    const gap = gS[k] - from;
    if ((gap === 1 && t.charCodeAt(from) === 0x0a) || (gap === 2 && t.charCodeAt(from) === 0x0d && t.charCodeAt(from + 1) === 0x0a)) lines++;
    else if (lineBreakIn(t, from, gS[k])) return false;
  }
  if (lines === 0) return true;
  if (lines !== gN - 1 || gN > 5 || gSum[gN] > 15) return false;
  const c = t.charCodeAt(gS[0]);
  return t.charCodeAt(base) === 0x2b || c === 0x30 || c === 0x38;
}

/**
 * A run of eight to twelve digits that no numbering plan knows, offered as a number said digit by digit
 * (kept only if three of its digits or more are said in words: `ifSpelled`): someone who spells out "six nine four, six nine
 * two, three eight seven seven" gives a number to call. Not a date, a count, a reference or a price.
 */
function spelledNumber(t: string, out: Candidate[]): void {
  const count = gSum[gN];
  if (count < 8 || count > 12) return;
  const s = gS[0];
  const e = gE[gN - 1];
  let digits = '';
  for (let k = 0; k < gN; k++) digits += t.slice(gS[k], gE[k]);
  // four different digits at least: no run of the same ones ("ニニニニ ゴゴゴゴ サンサンサン")
  if (COUNTING_UP.includes(digits) || COUNTING_DOWN.includes(digits) || new Set(digits).size < 4) return;
  for (let k = 0; k + 2 < gN; k++) if (isDate(t, k)) return;
  if (isReferenceNumber(t, s, e)) return;
  out.push({ type: 'PHONE', start: s, end: e, score: 0.8, rule: 'phone.spelled', ifSpelled: true });
}

/** A barcode as printed under the bars (EAN-13: `5 012759 600344`), its check digit right: no phone number, nor any part of it. */
function barcode(t: string): boolean {
  if (gN !== 3 || gE[0] - gS[0] !== 1 || gE[1] - gS[1] !== 6 || gE[2] - gS[2] !== 6) return false;
  let sum = 0;
  let w = 1;
  for (let k = 0; k < 3; k++) {
    for (let i = gS[k]; i < gE[k]; i++) {
      sum += (t.charCodeAt(i) - 48) * w;
      w = 4 - w;
    }
  }
  return sum % 10 === 0;
}

/**
 * Six or more numbers below 100, mostly of two digits, each greater than the one before, and no '+'
 * (`02 - 22 - 27 - 40 - 41 - 45`): lottery numbers or a list, not a phone number, nor is any part of them.
 * (A number in pairs, `06 12 34 56 78`, has five.)
 */
function numberList(t: string, base: number): boolean {
  if (gN < 6 || t.charCodeAt(base) === 0x2b) return false;
  let two = 0;
  let last = -1;
  for (let k = 0; k < gN; k++) {
    const len = gE[k] - gS[k];
    if (len > 2) return false;
    const v = len === 1 ? t.charCodeAt(gS[k]) - 48 : (t.charCodeAt(gS[k]) - 48) * 10 + t.charCodeAt(gS[k] + 1) - 48;
    if (v <= last) return false;
    last = v;
    if (len === 2) two++;
  }
  return 2 * two >= gN;
}

/**
 * Whether the run is one long number written in groups, which holds no phone number (`070 949 5538 7629`,
 * `835 669 6636 6`): sixteen digits at most, every group joined to the next by one space, and no word
 * after the last ("090 1234 5678 2 times" is a number and a count).
 */
function oneLongNumber(t: string): boolean {
  if (gSum[gN] > 16) return false;
  for (let k = 1; k < gN; k++) if (gS[k] - gE[k - 1] !== 1 || t.charCodeAt(gE[k - 1]) !== 0x20) return false;
  const e = gE[gN - 1];
  const after = e < t.length ? t[e] : '';
  return !/\p{L}/u.test(after) && !(after === ' ' && /\p{L}/u.test(t[e + 1] ?? ''));
}

/** Whether groups `k` and `k + 1` are single digits with one space between them (not a line break). */
function oneByOne(t: string, k: number): boolean {
  return gE[k] - gS[k] === 1 && gE[k + 1] - gS[k + 1] === 1 && gS[k + 1] - gE[k] === 1 && t.charCodeAt(gE[k]) !== 0x0a;
}

/** The values of groups `k` to `k + 2`, if each is joined to the next by the same single '-', '/' or '.'. */
function dateParts(t: string, k: number): number[] | null {
  const sep = t.charCodeAt(gE[k]);
  if ((sep !== 0x2d && sep !== 0x2f && sep !== 0x2e) || gS[k + 1] - gE[k] !== 1 || gS[k + 2] - gE[k + 1] !== 1 || t.charCodeAt(gE[k + 1]) !== sep) return null;
  return [0, 1, 2].map((x) => Number(t.slice(gS[k + x], gE[k + x])));
}

/**
 * Whether groups `k` to `k + 2` are a date (2026-04-01, 01-04-2026, 4/1/2026, 01.04.2026): no phone number
 * holds one, so a run with one and more groups beside it ("01-04-2026. 59 buổi") is no number either.
 */
function isDate(t: string, k: number): boolean {
  const p = dateParts(t, k);
  if (!p) return false;
  const [a, b, c] = p;
  // a year of four digits (two are a pair of a French number's: 06.24.81)
  const yearLast = gE[k + 2] - gS[k + 2] === 4;
  if (gE[k] - gS[k] === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31 && gE[k + 2] - gS[k + 2] <= 2;
  return yearLast && gE[k] - gS[k] <= 2 && gE[k + 1] - gS[k + 1] <= 2 && a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/**
 * The most groups `searchGroups` reads at once: a longer run (thousands of numbers in a row, which no
 * message has) is read a stretch at a time, so that its time grows with its length, not with the square.
 */
const STRETCH = 48;

/**
 * Tries the whole run of groups [lo, hi], then shorter sub-runs (a date or a count may sit next to
 * the number, or two numbers may be joined by a dash); then the parts left on either side. Returns
 * the script hint, computed on first need. A run of more than STRETCH groups is read a stretch at a
 * time, each from the end of the number found in the one before, or overlapping it by 14 groups (a
 * number has 15 at most), so that any number of 15 groups or fewer lies whole in some stretch.
 */
function searchGroups(t: string, base: number, lo: number, hi: number, out: Candidate[], hint: string | undefined): string | undefined {
  while (lo <= hi) {
    const top = Math.min(hi, lo + STRETCH - 1);
    const j = searchStretch(t, base, lo, top, out, hint);
    hint = stretchHint;
    if (j >= 0) lo = j + 1;
    else if (top === hi) break;
    else lo = top - 13;
  }
  return hint;
}

/** The script hint as `searchStretch` left it. */
let stretchHint: string | undefined;

/**
 * The longest number in groups [lo, hi] (the first of them, if several), and those in the groups left before it
 * (searchGroups); where it ends (its last group), or -1 when there is none. The script hint is left in `stretchHint`.
 */
function searchStretch(t: string, base: number, lo: number, hi: number, out: Candidate[], hint: string | undefined): number {
  const last = gN - 1;
  stretchHint = hint;
  // (a window of more than fifteen groups has more than fifteen digits, more than any number has)
  for (let len = Math.min(hi - lo + 1, 15); len >= 1; len--) {
    for (let i = lo; i + len - 1 <= hi; i++) {
      const j = i + len - 1;
      if ((i > 0 && !gCut[i]) || (j < last && !gCut[j + 1]) || (i > 0 && i < lead4)) continue;
      // Nor where the digits are written one by one: "1 2 3 4 5 6 7 8 9 1 0 1 2" is one run of them.
      if ((i > 0 && oneByOne(t, i - 1)) || (j < last && oneByOne(t, j))) continue;
      const count = gSum[j + 1] - gSum[i];
      if (count < 8 || count > 15) continue;
      let s = gS[i];
      const e = gE[j];
      // A '+' (perhaps with a space after it) or '(' right before the first group, within the run.
      let lead = 0;
      let plus = false;
      const c1 = s - 1 >= base ? t.charCodeAt(s - 1) : -1;
      const c2 = s - 2 >= base ? t.charCodeAt(s - 2) : -1;
      if (c2 === 0x2b && isSpace(c1)) {
        lead = 2;
        plus = true;
      } else if (c1 === 0x2b) {
        lead = 1;
        plus = true;
      } else if (c1 === 0x28) lead = 1;
      // the country code in brackets: "(+81) 90-8868-2699"
      if (plus && s - lead - 1 >= base && t.charCodeAt(s - lead - 1) === 0x28) lead++;
      s -= lead;
      // A date has three groups and at most eight digits; a time (12:30, 9.45) has at most four
      // digits, which the count of seven rules out.
      if (len === 3 && count <= 8 && DATE_SHAPE.test(t.slice(s, e))) continue;
      if (len > 3 && (isDate(t, i) || isDate(t, j - 2))) continue;
      // Two groups joined by one dot are a decimal number (a coordinate, a measure); a phone number
      // written with dots has three groups or more (555.123.4567, 0901.234.567).
      if (len === 2 && gE[i] + 1 === gS[j] && t.charCodeAt(gE[i]) === 0x2e) continue;
      if (len === 4 && t.charCodeAt(e) === 0x3a && DATE_THEN_TIME.test(t.slice(s, e))) continue;
      // The digits of the groups, sliced only now (most runs are tried once, as a whole).
      let digits = t.slice(gS[i], gE[i]);
      for (let k = i + 1; k <= j; k++) digits += t.slice(gS[k], gE[k]);
      hint ??= scriptHint(t);
      const rule = validate(digits, plus, len > 1, hint);
      if (!rule) continue;
      if (!plus && isReferenceNumber(t, s, e)) continue;
      if ((i > 0 || j < last) && !plus && oneLongNumber(t)) continue;
      // a service number of eight digits only where the text says it is one to call ("대표번호", "hotline", "(1588-1782)로 연락 주세요"),
      // or a Korean one in its own shape (1544-0652: what a Korean business gives as its number)
      if (!plus && count === 8 && !phoneWordBefore(t, s) && !phoneWordAfter(t, e) && !(hint === 'ko' && koreanService(t.slice(s, e)))) continue;
      let end = e;
      if (t.charCodeAt(end) === 0x29) {
        const text = t.slice(s, e);
        if (text.includes('(') && !text.includes(')')) end++;
      }
      out.push({ type: 'PHONE', start: s, end, score: rule === 'phone.international' ? 0.95 : 0.9, rule });
      stretchHint = i > lo ? searchGroups(t, base, lo, i - 1, out, hint) : hint;
      return j;
    }
  }
  stretchHint = hint;
  return -1;
}
