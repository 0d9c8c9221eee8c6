/**
 * Numbers with a check digit or a fixed structure: CREDIT_CARD (Luhn and issuer prefix), IBAN
 * (mod 97 and country length), JP_MY_NUMBER (check digit), KR_RRN (birth date, sex digit, context).
 */
import type { Candidate } from '../types.js';
import { IBAN_HEAD, isReferenceNumber, timetable } from './context.js';
import { RRN_BACK_SEP } from '../words.js';

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes and lengths (`^(5[1-5]|2[2-7])` and the like, read as numbers from the first digits). */
function issuerFits(d: string): boolean {
  const n = d.length;
  const p2 = (d.charCodeAt(0) - 48) * 10 + (d.charCodeAt(1) - 48);
  const p3 = p2 * 10 + (d.charCodeAt(2) - 48);
  const p4 = p3 * 10 + (d.charCodeAt(3) - 48);
  if (p2 >= 40 && p2 <= 49) return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p2 >= 22 && p2 <= 27)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38) return n === 14 || n === 16;
  if (p4 === 3528 || p4 === 3529 || (p3 >= 353 && p3 <= 358)) return n >= 16 && n <= 19;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 && n <= 19;
  if (p2 === 62) return n >= 16 && n <= 19;
  if (p4 === 5018 || p4 === 5020 || p4 === 5038 || p4 === 6304 || p4 === 6759 || (p4 >= 6761 && p4 <= 6763)) return n >= 12 && n <= 19;
  if (p4 >= 2200 && p4 <= 2204) return n === 16; // Mir
  if (p4 === 9704) return n === 16 || n === 19; // NAPAS, Vietnam's domestic cards
  return false;
}

/** Groups of digits as cards are printed. */
const PRINTED = new Set(['4-4-4-4', '4-6-5', '4-6-4', '4-4-4-4-3', '4-4-4-1', '4-4-5', '4-4-4-3', '4-4-4-2', '4-6', '4-4-4-4-2']);

/**
 * Digits with spaces, dashes, slashes or line breaks between them (`4111 1111 1111 1111`, `3554 - 1194 - …`, `4851/5408/…`), groups of digits
 * joined by dots (`5279.5224.7641.9938`, `4098 . 3067 . 5515 . 2481`), or groups of four to six digits
 * each written with dots between (`2.2.0.4 4.9.4.5 …`, `3.8.3.8 0.8.3.4.2.3 2.9.0.4`), or all the
 * digits with dots between.
 */
const CARD = /(?<![\d.-])(?:\d(?:[ \u3000~/\r\n-]{0,3}\d){12,18}(?!\d)|\d{4}(?: ?\. ?\d{2,6}){1,4}(?!\d| ?\. ?\d)|\d(?:\.\d){3,5}(?:[ -]{1,3}\d(?:\.\d){3,5}){2,4}(?![\d.])|\d(?:\.\d){12,18}(?![\d.]))/g;

/** A card written four digits a line. */
const CARD_LINES = /^\d{4}(?:\r?\n\d{4}){2,3}(?:\r?\n\d{1,4})?$/;

export function findCards(t: string, out: Candidate[]): void {
  CARD.lastIndex = 0;
  for (let m = CARD.exec(t); m; m = CARD.exec(t)) {
    // The groups of digits the separators make (the match starts and ends with a digit); a card on lines of
    // its own has four digits a line, and a match that reads on past a line otherwise (a column of numbers)
    // ends there.
    let s = m[0];
    let nl = s.indexOf('\n');
    if (nl >= 0 && !CARD_LINES.test(s)) s = s.slice(0, nl).replace(/\D+$/, '');
    else nl = -1;
    const ends: number[] = [];
    const lens: number[] = [];
    for (let k = 0; k < s.length; ) {
      let e = k;
      while (e < s.length && s.charCodeAt(e) >= 0x30 && s.charCodeAt(e) <= 0x39) e++;
      if (e === k) {
        k++;
        continue;
      }
      ends.push(e);
      lens.push(e - k);
      k = e;
    }
    // The whole match, or the longest run of its first groups, that is a card: a number after the card
    // may have joined it (`4539 1488 0343 6467 - 090-1234-5678`). None: tried again from the second
    // group, as a number before the card may have joined it (`+7 912 345-67-89 - 4539 1488 0343 6467`).
    const g = cardGroups(s, ends, lens);
    if (g === 0) {
      // (a card may start on the line after)
      if (ends.length > 1) CARD.lastIndex = m.index + ends[0];
      else if (nl >= 0) CARD.lastIndex = m.index + nl + 1;
      continue;
    }
    const end = m.index + ends[g - 1];
    // the groups of an IBAN that failed its check ("FR49 4040 6765 6828 3247 8682 938"): no card inside it
    if (IBAN_HEAD.test(t.slice(Math.max(0, m.index - 6), m.index))) {
      CARD.lastIndex = end;
      continue;
    }
    out.push({ type: 'CREDIT_CARD', start: m.index, end, score: 0.95, rule: 'card.luhn' });
    CARD.lastIndex = end;
  }
}

/**
 * How many of the first groups of `s` (ending at `ends`, of lengths `lens`) make a card, the most
 * first (0: none): 13 to 19 digits of a known issuer passing Luhn, grouped the way cards are printed
 * (PRINTED) or one or two digits at a time, or in one group.
 */
function cardGroups(s: string, ends: number[], lens: number[]): number {
  for (let g = ends.length; g >= 1; g--) {
    let n = 0;
    let oneByOne = true;
    let shape = '';
    for (let k = 0; k < g; k++) {
      n += lens[k];
      if (lens[k] > 2) oneByOne = false;
      shape += k === 0 ? String(lens[k]) : '-' + lens[k];
    }
    if (n < 13 || n > 19) continue;
    if (g > 1 && !PRINTED.has(shape) && !oneByOne) continue;
    const digits = digitsOf(s.slice(0, ends[g - 1]));
    if (issuerFits(digits) && luhn(digits)) return g;
  }
  return 0;
}

const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18,
  DO: 28, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23,
  IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24,
  TR: 26, UA: 29, VG: 24, XK: 20,
};

export function ibanValid(compact: string): boolean {
  const len = IBAN_LENGTH[compact.slice(0, 2)];
  if (!len || compact.length !== len) return false;
  const re = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

/**
 * A country code, check digits, then the account, with up to three spaces or dashes, or a dot, slash or dash with
 * a space on either side, between characters; a space may part the first four too ("E S 0 2   5 4 9 3"). Written
 * in small letters too ("de25 8517 ..."), when the country code is not a word of its own before a number ("at 12").
 */
const IBAN = /(?<![A-Za-z0-9])([A-Za-z] ?[A-Za-z]) ?(\d ?\d)((?:(?:[ -]{0,3}| ?[./-] ?)[A-Za-z0-9]){11,30})/g;
/** Two small letters that are words of their own before a number ("at 12"), not an IBAN's country code unless the check digits touch them. */
const SMALL_WORDS = new Set(['ad', 'al', 'at', 'be', 'do', 'is', 'it', 'li', 'me', 'mt', 'no', 'pk', 'sa', 'se']);
/** By `(a - 65) * 26 + (b - 65)` of the capitals: 1 for a country's code, 2 for one that may be written small too (not in SMALL_WORDS). */
const HEAD = new Uint8Array(26 * 26);
for (const cc of Object.keys(IBAN_LENGTH)) HEAD[(cc.charCodeAt(0) - 65) * 26 + cc.charCodeAt(1) - 65] = SMALL_WORDS.has(cc.toLowerCase()) ? 1 : 2;
/**
 * Whether the letters `a`, `b` (code units) may be an IBAN's country code: both capitals, or both small (`de25 …`),
 * and no word where a space follows them (`glued`: the check digits follow with none, `is1141…`).
 */
export function ibanHead(a: number, b: number, glued: boolean): boolean {
  if (a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a) return HEAD[(a - 0x41) * 26 + b - 0x41] !== 0;
  return a >= 0x61 && a <= 0x7a && b >= 0x61 && b <= 0x7a && HEAD[(a - 0x61) * 26 + b - 0x61] >= (glued ? 1 : 2);
}

export function findIbans(t: string, out: Candidate[]): void {
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(t); m; m = IBAN.exec(t)) {
    const head = m[1];
    const small = head.charCodeAt(0) >= 0x61;
    // capitals, or two small letters side by side that are not a word
    const country = small ? (head.length === 2 && ibanHead(head.charCodeAt(0), head.charCodeAt(1), m[0].charCodeAt(2) !== 0x20) ? head.toUpperCase() : '') : head.length === 2 ? head : head[0] + head[2];
    const len = IBAN_LENGTH[country];
    if (!len) {
      IBAN.lastIndex = m.index + 1;
      continue;
    }
    // Take exactly the country's length of characters, skipping separators.
    let k = 0;
    let got = 0;
    const s = m[0];
    let compact = '';
    while (k < s.length && got < len) {
      const c = s[k];
      if (c !== ' ' && c !== '-' && c !== '.' && c !== '/') {
        compact += c;
        got++;
      }
      k++;
    }
    // the account's letters in the case of the country code
    // (written small, an account of digits only: `ba 39 tuoi roi …` is Vietnamese typed without accents)
    if (got === len && (small ? /^[a-z]{2}\d+$/.test(compact) : !/[a-z]/.test(compact)) && ibanValid(small ? compact.toUpperCase() : compact) && !/^[A-Za-z0-9]/.test(t.slice(m.index + k, m.index + k + 1))) {
      out.push({ type: 'IBAN', start: m.index, end: m.index + k, score: 0.97, rule: 'iban.mod97' });
      IBAN.lastIndex = m.index + k;
    } else IBAN.lastIndex = m.index + 1;
  }
}

/** The check digit of a 12-digit Japanese individual number (My Number). */
export function myNumberValid(d: string): boolean {
  if (!/^\d{12}$/.test(d)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = d.charCodeAt(11 - n) - 48;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  const check = r <= 1 ? 0 : 11 - r;
  return check === d.charCodeAt(11) - 48;
}

/**
 * Twelve digits, in groups of four with the same separator (a space, `-`, `.`, ` . `), and no more such
 * groups on either side (three of the groups of a card or an IBAN), or written one by one with a space
 * or a dash between (`4 1 4 8 5 9 ...`, an ideographic space between the groups of four too; `0-6-4-5-...`), or
 * a dot (`4.3.2.0.1.9...`).
 */
const MY_NUMBER = /(?<![\d.~-]|\d )(\d{4})( ?[.~-] ?|\s?)(\d{4})\2(\d{4})(?![\d~-]|\.\d|\2\d)|(?<!\d\s?)(?<!\d\s?-\s?)\d(?:\s\d){11}(?!\s?(?:\d|-\s?\d))|(?<![\d-])\d(?:-\d){11}(?![\d-])|(?<![\d.])\d(?:\.\d){11}(?!\.?\d)/g;
const MY_NUMBER_CONTEXT = /(?:マイナンバー|個人番号|my\s?number|マイナ|mynumber|個人番号カード|개인번호|мой номер|личный номер|số cá nhân)/iu;

/** The digits of `s`. */
const digitsOf = (s: string) => s.replace(/\D+/g, '');

export function findMyNumbers(t: string, out: Candidate[]): void {
  MY_NUMBER.lastIndex = 0;
  for (let m = MY_NUMBER.exec(t); m; m = MY_NUMBER.exec(t)) {
    const d = m[1] !== undefined ? m[1] + m[3] + m[4] : digitsOf(m[0]);
    if (!myNumberValid(d)) continue;
    const context = MY_NUMBER_CONTEXT.test(t.slice(Math.max(0, m.index - 48), m.index));
    if (!context && (m[2] === '' || isReferenceNumber(t, m.index, m.index + m[0].length) || timetable(m[0]))) continue;
    out.push({ type: 'JP_MY_NUMBER', start: m.index, end: m.index + m[0].length, score: context ? 0.95 : 0.75, rule: 'jp_my_number.check_digit' });
  }
}

/**
 * Birth date, then the sex digit and six more (a dash or a tilde between perhaps); or the same thirteen digits written one by one with a
 * space between (`9 0 1 2 2 3 - 1 3 7 7 9 1 1`), read through `RRN_DIGITS`.
 */
const RRN = new RegExp(
  String.raw`(?<![\d-])(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\s?[-~]?\s?|${RRN_BACK_SEP})([1-8])(\d{6})(?![\d-])|(?<!\d ?)(?<!\d ?- ?)\d(?: \d){5}(?: {0,2}- {0,2}| )\d(?: \d){6}(?! ?(?:\d|-\s?\d))`,
  'g',
);
const RRN_DIGITS = /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[1-8]\d{6}$/;
const RRN_CONTEXT = /(?:주민등록번호|주민번호|주민 번호|주민등록|외국인\s?등록|RRN|resident registration|alien registration|住民登録番号|外国人登録|регистрационный номер|số đăng ký cư trú)/iu;

function rrnChecksum(d: string): boolean {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * w[i];
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

export function findRrns(t: string, out: Candidate[]): void {
  RRN.lastIndex = 0;
  for (let m = RRN.exec(t); m; m = RRN.exec(t)) {
    const d = m[1] !== undefined ? m[1] + m[2] + m[3] + m[4] + m[5] : digitsOf(m[0]);
    if (m[1] === undefined && !RRN_DIGITS.test(d)) continue;
    const context = RRN_CONTEXT.test(t.slice(Math.max(0, m.index - 40), m.index));
    const hyphen = m[0].includes('-');
    if (!context && !(hyphen && rrnChecksum(d))) continue;
    out.push({ type: 'KR_RRN', start: m.index, end: m.index + m[0].length, score: context ? 0.95 : 0.8, rule: context ? 'kr_rrn.context' : 'kr_rrn.checksum' });
  }
}
