/** Character tests shared by the scanner's modules. */

/**
 * `\s` in Unicode mode. Most characters tested are letters: an ASCII one is answered by the first
 * two comparisons, a kana, Han or Hangul one by the range of the spaces above U+2000.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** [A-Za-z]. */
export function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** [A-Za-z0-9]. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isAsciiLetter(c);
}

/** Whether `c` is a Latin letter with diacritics (Latin-1, Extended-A and B, Extended Additional). */
export function accentedLatin(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * Whether the run of ASCII letters, digits and '-' that ends at `i` (read backwards) reaches a Latin
 * letter with diacritics: an internationalised label whose non-ASCII letters do not touch its end
 * (`bücher`, `học-tiếng-anh`, `áo`).
 */
export function accentedRunBefore(t: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = t.charCodeAt(k);
    if (accentedLatin(c)) return true;
    if (!(isAsciiAlnum(c) || c === 0x2d)) return false;
  }
  return false;
}

/**
 * Whether the characters before `i` of `t` are a host right after a scheme's `://` (`http://discord`):
 * a word of letters, digits, '-' and '.' (at most 64 of them) that `://` starts, perhaps with spaces
 * beside its characters (`http : // linktr`).
 */
export function schemeHostBefore(t: string, i: number): boolean {
  let k = i - 1;
  for (; k >= 0 && i - k <= 64; k--) {
    const c = t.charCodeAt(k);
    if (!(isAsciiAlnum(c) || c === 0x2d || c === 0x2e)) break;
  }
  if (k === i - 1 || i - k > 64) return false;
  for (const c of SCHEME_END) {
    while (k >= 0 && t.charCodeAt(k) === 0x20) k--;
    if (k < 0 || t.charCodeAt(k) !== c) return false;
    k--;
  }
  return true;
}
/** `://` read backwards. */
const SCHEME_END = [0x2f, 0x2f, 0x3a];

/** Whether `www` (any case) ends at `i` of `t`, a word of its own: a host's first label ("www. example.com"). */
export function wwwBefore(t: string, i: number): boolean {
  if (i < 3 || (t.charCodeAt(i - 1) | 0x20) !== 0x77 || (t.charCodeAt(i - 2) | 0x20) !== 0x77 || (t.charCodeAt(i - 3) | 0x20) !== 0x77) return false;
  const b = i > 3 ? t.charCodeAt(i - 4) : 0x20;
  return !(isAsciiAlnum(b) || b === 0x2e || b === 0x2d || b === 0x5f || b >= 0x80);
}

/** Whether `c` is a letter of Latin with diacritics, Greek or Cyrillic: scripts written with spaces between words, like ASCII. */
export function spacedLetter(c: number): boolean {
  return accentedLatin(c) || (c >= 0x370 && c <= 0x4ff);
}

/** [A-Za-z0-9._%+-]: a character of an email address's local part. */
export function isLocal(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** Letters that look like digits, and the digit each is written for: O and o, Cyrillic О and о, Greek Ο and ο (0); l and I (1); Cyrillic З and з (3). */
export const LOOKALIKE_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', О: '0', о: '0', Ο: '0', ο: '0', l: '1', I: '1', З: '3', з: '3' };
const DIGIT_LOOKALIKES = new Uint8Array(0x440);
for (const ch of Object.keys(LOOKALIKE_DIGIT)) DIGIT_LOOKALIKES[ch.charCodeAt(0)] = 1;
/** Whether `c` is a letter of LOOKALIKE_DIGIT (NaN, past the text's end, is none). */
export function isDigitLookalike(c: number): boolean {
  return c < 0x440 && DIGIT_LOOKALIKES[c] === 1;
}

/** Symbols written for an address's '@' and explained beside it: # ★ ☆ ♡ ◎ ※ and the full-width ＃. */
export const AT_STAND_INS = '#★☆♡◎※＃';
const AT_STAND_IN_CODES = new Set(Array.from(AT_STAND_INS, (ch) => ch.charCodeAt(0)));
export function isAtStandIn(c: number): boolean {
  return AT_STAND_IN_CODES.has(c);
}

/**
 * Where the code unit `code` first stands in t[from, to), or -1: `indexOf` that stops at `to`, so that looking
 * near each of many matches costs no more than the window (a search to the end of a long text for each would
 * cost its square).
 */
export function indexIn(t: string, code: number, from: number, to: number): number {
  for (let i = from, e = Math.min(to, t.length); i < e; i++) if (t.charCodeAt(i) === code) return i;
  return -1;
}
/** The first line break in t[from, to), or -1. */
export function newlineIn(t: string, from: number, to: number): number {
  return indexIn(t, 0x0a, from, to);
}
/** Where the line that holds `at` starts, or `from` if it starts before: the same bound looking back. */
export function lineFrom(t: string, from: number, at: number): number {
  for (let i = at; i >= from; i--) if (t.charCodeAt(i) === 0x0a) return i + 1;
  return from;
}
