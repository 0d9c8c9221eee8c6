/**
 * One cheap pass over a normalised message that says which rules can possibly fire.
 *
 * Most messages hold no contact detail, and most of those that do hold one kind. Every recogniser
 * needs some character to be there (an `@` for an email, eight digits close together for a phone,
 * a dot between a letter or digit and a letter for a host name...), and every word-level rule needs
 * one of its words (a spelled digit, "at" or "dot", a messenger's name), so a single loop over the
 * character codes, with no allocation, lets the scanner skip the regular expressions that cannot
 * match. Words are recognised by a hash of their lower-case letters, computed as the loop goes.
 *
 * Each flag is a necessary condition of the rule it gates, never a sufficient one: the rules keep all
 * their checks, so skipping changes speed, not findings.
 */
import {
  AT_WORDS, WORD_WRAPS, X_HANDLE_AHEAD, DOT_COM_WORD, JOIN_WORDS, SITE_LABEL, IDN_TLD_WORD, CLOSE_CLASS, CJK_DIGIT_WORDS, CJK_NAMES, COMMON_TLDS, CYRILLIC_STEMS, DASH_WORDS, DIGIT_DOT_WORDS, DIGIT_WORDS, DOT_WORDS, LATIN_NAMES, MAIL_NAMES, MAIL_PROVIDERS, VI_NAMES, OPEN_BRACKETS, PARTICLE_FIRST, EH, RRN_BACK_SEP, SINGLE_CHAR_DIGITS, SLASH_WORDS, WEAK_KANA_DIGITS,
} from './words.js';
import { FOLD_CONFUSABLE, FOLD_SPECIAL, NO, foldCandidates, specialNeedsWork } from './normalise.js';
import { accentedRunBefore, isAsciiAlnum, isAsciiLetter, isAtStandIn, isDigitLookalike, isSpace, schemeHostBefore, wwwBefore } from './chars.js';
import { endTest } from './at-end.js';
import { ibanHead } from './recognisers/numbers.js';

/**
 * The flags (bits). Callers copy them into module constants (`const { AT } = T`): read through an
 * import binding they cost a property access each time.
 */
export const T = {
  AT: 1, // '@': emails
  DIGITS8: 2, // 9 digits (8 after '+' or from 15, 16, 18, 19), at most 5 characters between consecutive ones, all of them \s ( ) . - / _ |, or a '*' or '~' with a digit on either side, spaces between perhaps: phones (the fewest digits the rule accepts)
  CARD_DIGITS: 4, // 13 digits with at most three of ' ', '-' and '~', or one '.' among them, between consecutive ones: cards
  HOST_DOT: 8, // a letter or digit, '.', a letter: www. and bare hosts
  COLON: 16, // ':': schemes, app links, IPv6
  IBAN: 32, // two capital letters and two digits: IBANs
  IPV4: 64, // three dots between digits: IPv4
  NON_ASCII_DOT: 128, // a dot beside a non-ASCII character or after a label with a Latin letter with diacritics, and a run of characters a host name may hold with a non-ASCII one and a dot between two of them: internationalised hosts
  SPELLED_DIGITS: 256, // seven digits, two of them spelled (words, kana, Han or Hangul; a word of a number read in groups counts as three), or a spelled dash: spelled.ts, digits
  SYMBOL_WORDS: 512, // "at", "dot", "slash" as words or in brackets, a spaced '@', '.' or '/': spelled.ts, symbols
  MESSENGER: 1024, // the name of a messenger or social platform: messenger.ts
  // Which of the symbol rules of spelled.ts can fire (SYMBOL_WORDS is set with each):
  SYMBOL_BRACKET: 2048, // an opening bracket after an address-like character: "(at)", "[dot]"
  SYMBOL_SPACED: 4096, // a word "at", "dot" or "slash", a spaced '@', '.' or '/'
  SYMBOL_CJK: 8192, // "at" or "dot" in kana or Hangul after an address-like character
  COLONS: 16384, // two ':': IPv6
  BARE_HOST: 32768, // a HOST_DOT dot in a run of [A-Za-z0-9._-] that follows no '@', '/' or ':' (but a website's label's, `HP:`): bare hosts
  // Not a rule: a character that may need folding (normalise.ts, needsWork): without it the message
  // is its own normal form, and the scanner skips the folding pass.
  FOLD: 65536,
  // With FOLD, from a first pass asked to stop there (`triggers(t, true)`): a character that needs
  // folding wherever it is. The text is not its own normal form, so its other flags do not matter.
  FOLD_SURE: 131072,
  // The digit groups of the other numbers with a fixed structure (the groups are whole runs of digits):
  MY_NUMBER_DIGITS: 262144, // a group of 12, three of 4 joined by the same ' ' or '-', or 12 digits one by one: My Numbers
  RRN_DIGITS: 524288, // a group of 13, or one of 6 and one of 7 with one to three spaces or '-' between, or the back part named, or 13 digits one by one: RRNs
  // Not a rule: 8 digits as DIGITS8 counts them, from any first digit. In a text a rewrite or a fold changed, digits may have
  // been said or written otherwise, and eight of them may be a number (phone.ts, spelledNumber): detect.ts opens DIGITS8 then.
  EIGHT: 2097152,
  STAND_IN: 1048576, // a letter that looks like a digit (O, o, l, I, Cyrillic О, о, З, з) right before or after a group of digits, a comma between a host's labels before a path (`wa, me/…`, seen at the slash), an '@' in quotes, a symbol after a word that may stand for an '@' (`#`, `★`), a word that may join a number's groups (JOIN_WORDS) after a number: spelled.ts, rewriteStandIns
} as const;
/**
 * The same flags as a `const enum`, which the compilers replace by the numbers: this pass reads them
 * for every character, and a module constant is a load and a check each time.
 */
const enum F {
  AT = 1,
  DIGITS8 = 2,
  CARD_DIGITS = 4,
  HOST_DOT = 8,
  COLON = 16,
  IBAN = 32,
  IPV4 = 64,
  NON_ASCII_DOT = 128,
  SPELLED_DIGITS = 256,
  SYMBOL_WORDS = 512,
  MESSENGER = 1024,
  SYMBOL_BRACKET = 2048,
  SYMBOL_SPACED = 4096,
  SYMBOL_CJK = 8192,
  COLONS = 16384,
  BARE_HOST = 32768,
  FOLD = 65536,
  FOLD_SURE = 131072,
  MY_NUMBER_DIGITS = 262144,
  RRN_DIGITS = 524288,
  STAND_IN = 1048576,
  EIGHT = 2097152,
  SPACED = SYMBOL_WORDS | SYMBOL_SPACED,
  CJK_SYMBOL = SYMBOL_WORDS | SYMBOL_CJK,
  BRACKET = SYMBOL_WORDS | SYMBOL_BRACKET,
}

// ---- word tables --------------------------------------------------------------------------------

/** Lower case of a UTF-16 code unit below 0x2000 (the letters of the word lists), the unit itself otherwise. */
const LOWER = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const s = String.fromCharCode(c);
  let l = s.toLowerCase();
  // Case-insensitive matching also equates letters whose upper cases are equal (ſ and s).
  if (l === s) {
    const u = s.toUpperCase();
    if (u.length === 1 && u !== s) l = u.toLowerCase();
  }
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
}
function lower(c: number): number {
  return c < 0x2000 ? LOWER[c] : c;
}
function step(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}
function hashOf(w: string): number {
  let h = 7;
  for (let i = 0; i < w.length; i++) h = step(h, lower(w.charCodeAt(i)));
  return h;
}

// What a word means, by the hash of its lower-case letters. A hash collision only opens a gate needlessly.
const enum W {
  DIGIT = 1, // a spelled digit (a whole run of list letters, or CJK)
  DASH = 2, // a spelled dash
  SYMBOL_AT = 4, // "at" or "dot": needs an address-like character before it
  SLASH = 8, // "slash"
  TLD = 16, // a common top-level domain (after ". ")
  NAME = 32, // a messenger's name: a whole run of ASCII letters, or CJK
  STEM = 64, // a Russian messenger stem: the start of a run of Russian letters
  STEM2 = 128, // the first two letters of a Russian messenger stem
  AT = 256, // "at" (with W.SYMBOL_AT): rewritten only before a domain (spelled.ts, DOMAIN_AHEAD)
  DOT = 512, // "dot" (with W.SYMBOL_AT): rewritten only before a label (spelled.ts, LABEL_AHEAD)
  MAIL = 1024, // a mail service's name: a platform's name when no '@' or '.' is before it (messenger.ts)
  DIGIT_DOT = 2048, // a "dot" that may stand between digit groups (spelled.ts, SEP)
  JOIN = 4096, // the first word of a JOIN_WORDS phrase: after a number, maybe a number's groups said one after another
  PART = 8192, // (with DIGIT) a word of a number read in groups, which says up to three digits (words.ts, PARTS)
  DOT_COM = 16384, // "dotcom", a dot and its top-level domain in one word: needs an address-like character before it (spelled.ts, collectDotCom)
}

/** Open-addressing hash table from word hashes to W bits. */
const enum Slots {
  N = 1024,
  MASK = 1023,
}
const slotKey = new Int32Array(Slots.N);
const slotVal = new Uint16Array(Slots.N);
function slotOf(h: number): number {
  return (h ^ (h >>> 13)) & Slots.MASK;
}
function wordBits(h: number): number {
  for (let i = slotOf(h); slotVal[i] !== 0; i = (i + 1) & Slots.MASK) if (slotKey[i] === h) return slotVal[i];
  return 0;
}
function addHash(h: number, kind: number): void {
  let i = slotOf(h);
  while (slotVal[i] !== 0 && slotKey[i] !== h) i = (i + 1) & Slots.MASK;
  slotKey[i] = h;
  slotVal[i] |= kind;
}
/** Words of the lists written in kana, Han or Hangul, by first character: matched anywhere. */
const CJK_WORDS = new Map<number, { word: string; kind: number }[]>();
function addCjk(w: string, kind: number): void {
  const c = w.charCodeAt(0);
  let list = CJK_WORDS.get(c);
  if (!list) CJK_WORDS.set(c, (list = []));
  list.push({ word: w, kind });
}
function isCjkStart(c: number): boolean {
  return c >= 0x3000;
}
/** Multi-word entries of the lists by the hash of their last word: the words before it and a space or a dash ("на " of "на собаке"). */
const LEADING = new Map<number, string>();
/** Adds a word of a list: CJK ones are matched anywhere, others by their last run of letters. */
function addListWord(w: string, kind: number): void {
  if (isCjkStart(w.charCodeAt(0))) return addCjk(w, kind);
  // Multi-word entries ("a còng", "a-còng", "gạch ngang"): the last word is a whole run of letters in the text.
  const parts = w.split(/[ -]/);
  const h = hashOf(parts[parts.length - 1]);
  addHash(h, kind);
  if (parts.length > 1) LEADING.set(h, w.slice(0, w.length - parts[parts.length - 1].length));
}
for (const w of AT_WORDS.split('|')) addListWord(w, W.SYMBOL_AT | W.AT);
for (const w of DOT_WORDS.split('|')) addListWord(w, W.SYMBOL_AT | W.DOT);
addListWord(DOT_COM_WORD, W.DOT_COM);
for (const w of SLASH_WORDS.split('|')) addListWord(w, W.SLASH);
for (const w of DASH_WORDS.split('|')) addListWord(w, W.DASH);
for (const w of DIGIT_DOT_WORDS.split('|')) addListWord(w, W.DIGIT_DOT);
for (const [w, said] of Object.entries(DIGIT_WORDS)) addListWord(w, said.length === 1 && said >= '0' && said <= '9' ? W.DIGIT : W.DIGIT | W.PART);
for (const w of JOIN_WORDS.split('|')) addHash(hashOf(w.split(' ')[0]), W.JOIN);
for (const w of Object.keys(CJK_DIGIT_WORDS)) addCjk(w, W.DIGIT);
// (the weak ones count wherever they stand: the pass may open more than spelled.ts then rewrites, never less)
for (const w of Object.keys(WEAK_KANA_DIGITS)) addCjk(w, W.DIGIT);
for (const w of COMMON_TLDS) addHash(hashOf(w), W.TLD);
for (const w of [...CJK_NAMES, '엑스']) addCjk(w, W.NAME);
for (const w of CYRILLIC_STEMS) {
  addHash(hashOf(w), W.STEM);
  addHash(hashOf(w.slice(0, 2)), W.STEM2);
}
// Latin names may hold an optional space or apostrophe ("whats app", "what's app"): each way of
// writing one ends with a whole run of ASCII letters, which is what the pass looks for.
for (const name of LATIN_NAMES) {
  let forms = [name];
  for (const [opt, as] of [
    ['\\s?', ' '],
    ["'?", "'"],
  ]) {
    forms = forms.flatMap((f) => (f.includes(opt) ? [f.replace(opt, ''), f.replace(opt, as)] : [f]));
  }
  for (const f of forms) addHash(hashOf(/[a-z]+$/.exec(f)![0]), W.NAME);
}
for (const w of MAIL_NAMES) addHash(hashOf(w), W.MAIL);
// Vietnamese names by their last word ("lê" of "tê lê"), which may have diacritics
for (const w of VI_NAMES) addListWord(w, W.NAME);
/** After X (Twitter) or 엑스: an '@' handle, a colon before it perhaps (messenger.ts, X_NAME). */
const X_HANDLE = new RegExp(`^${X_HANDLE_AHEAD}`);
/**
 * Whether the run of `len` ASCII letters ending at `end`, with word bits `b`, names a platform: a
 * messenger's name, or a mail service's that is not the host of an address or a link (`Gmail: x`, not
 * `x@gmail.com`).
 */
function nameWord(t: string, b: number, end: number, len: number): boolean {
  if (b & W.NAME) return true;
  if ((b & W.MAIL) === 0) return false;
  const c = end - len > 0 ? t.charCodeAt(end - len - 1) : 0;
  return c !== 0x40 && c !== 0x2e;
}

// ---- character classes --------------------------------------------------------------------------

/** Letters of the Latin (with Vietnamese) and Cyrillic word lists; every one is a letter (\p{L}). */
function isListLetterRaw(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x400 && c <= 0x481) ||
    (c >= 0x48a && c <= 0x52f)
  );
}
/** `[а-яё]`. */
function isRussianRaw(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || c === 0x451;
}

/** The opening brackets of the bracketed forms (spelled.ts, BRACKETED). */
const OPEN = new Set(Array.from(OPEN_BRACKETS, (ch) => ch.charCodeAt(0)));

// Classes of the code units below 0x2000. Letters count case-insensitively: a letter that matches a
// list letter in any case is one (`Ё`, and `ᲃ`, which matches `т`).
const enum C {
  LIST = 1, // a letter of the Latin, Vietnamese or Cyrillic lists
  RUSSIAN = 2, // [а-яё], any case
  ASCII = 4, // A-Z, a-z
  SPACE = 8, // \s
  TAIL = 16, // [A-Za-z0-9_+-]: may end a local part or a label before a spelled "at" or "dot"
  OPEN = 32, // an opening bracket of the bracketed forms in ASCII: ( [ { <
  FOLD = 64, // may need folding (foldCandidates of normalise.ts; set with it, on first use)
}
const CLASS = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  let k = 0;
  if (isListLetterRaw(c) || isListLetterRaw(LOWER[c])) k |= C.LIST;
  if (isRussianRaw(LOWER[c])) k |= C.RUSSIAN;
  if (isAsciiLetter(c)) k |= C.ASCII;
  if (isSpace(c)) k |= C.SPACE;
  if (isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2b) k |= C.TAIL;
  if (c < 0x80 && OPEN.has(c)) k |= C.OPEN;
  CLASS[c] = k;
}
// Classes of kana, Han and Hangul (0x3000-0xd7ff).
const enum K {
  DIGIT = 1, // a Han or Hangul digit
  WORD = 2, // first character of a CJK word of the lists
  HAN = 4, // Han or Hangul letter (a superset is fine: it only keeps a digit character from counting)
  OPEN = 8, // an opening bracket of the bracketed forms among these: 【 「 『 〔 〈 《 〖 〘
  OTHER = 16, // the ideographic space, comma and middle dot (a space, a separator in spelled numbers)
  WORD1 = 32, // a CJK word of the lists of one character
  FOLD = 64, // may need folding (as C.FOLD)
}
const CJK = new Uint8Array(0xd800 - 0x3000);
function cjkAdd(c: number, k: number): void {
  CJK[c - 0x3000] |= k;
}
for (const d of Object.keys(SINGLE_CHAR_DIGITS)) cjkAdd(d.charCodeAt(0), K.DIGIT);
for (const c of CJK_WORDS.keys()) cjkAdd(c, K.WORD);
/**
 * The first two characters of the CJK words of two characters or more, hashed into a table: where a
 * pair is not in it, no such word starts (most kana, Han and Hangul that start a word are ordinary
 * characters where they are: は, 하, 이). A collision only sends a character to the full check.
 */
const PAIRS = new Uint8Array(4096);
function pairKey(c: number, d: number): number {
  return (Math.imul(c, 31) + d) & 4095;
}
for (const [c, list] of CJK_WORDS) {
  for (const w of list) {
    if (w.word.length === 1) cjkAdd(c, K.WORD1);
    else PAIRS[pairKey(c, w.word.charCodeAt(1))] = 1;
  }
}
for (const [lo, hi] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7af]]) for (let c = lo; c <= hi; c++) cjkAdd(c, K.HAN);
for (const c of OPEN) if (c >= 0x3000 && c < 0xd800) cjkAdd(c, K.OPEN);
cjkAdd(0x3000, K.OTHER);
cjkAdd(0x3001, K.OTHER);
cjkAdd(0x30fb, K.OTHER); // ・ between kana readings (`ハチ・イチ`)
/** First characters of "at" and "dot" in any of the lists (lower case), and '@', '.'. */
const SYMBOL_START = new Set<number>([0x40, 0x2e]);
for (const w of [...AT_WORDS.split('|'), ...DOT_WORDS.split('|')]) SYMBOL_START.add(lower(w.charCodeAt(0)));
/** After an opening bracket: spaces, then '@', '.' or the first letter of "at" or "dot" (BRACKETED in spelled.ts). */
function symbolInBracket(t: string, i: number): boolean {
  while (i < t.length && isSpaceFast(t.charCodeAt(i))) i++;
  return i < t.length && SYMBOL_START.has(lower(t.charCodeAt(i)));
}
function cjkClass(c: number): number {
  return c >= 0x3000 && c < 0xd800 ? CJK[c - 0x3000] : 0;
}
/**
 * Whether a Han or Hangul digit or the first character of a CJK word (`j`: its classes but K.HAN)
 * is an ordinary character where it is, followed by `d`: a digit followed by another Han or Hangul
 * letter (`이에요`), a first character no word of the lists starts with here (PAIRS).
 */
function cjkPlain(j: number, c: number, d: number): boolean {
  if (j & ~(K.DIGIT | K.WORD)) return false;
  if (j & K.WORD && PAIRS[pairKey(c, d)] !== 0) return false;
  if (j & K.DIGIT && digitBefore(d)) return false;
  return true;
}
/**
 * Whether a single-character digit followed by `d` may be a digit (spelled.ts, TOKEN): `d` is no Han or
 * Hangul letter, or is a digit, or may start a particle (DIGIT_PARTICLES).
 */
function digitBefore(d: number): boolean {
  const dk = cjkClass(d);
  return (dk & K.HAN) === 0 || (dk & K.DIGIT) !== 0 || PARTICLE_FIRST.has(d);
}

/** The second digit of a Korean or Vietnamese service number (15xx, 16xx, 18xx, 19xx): dates and times (12/15, 14:00) have others. */
function serviceSecond(c: number): boolean {
  return c === 0x35 || c === 0x36 || c === 0x38 || c === 0x39;
}

/** 점, "dot" and "point" in Korean. */
const JEOM = 0xc810;
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isTail(c: number): boolean {
  return c < 0x80 && (CLASS[c] & C.TAIL) !== 0;
}
/**
 * Whether an address-like character comes before the words that lead the multi-word entry whose last
 * word, of hash `h`, starts at `start` (`x на собаке`: the 'x'), a space between them.
 */
function tailBeforeLeading(t: string, h: number, start: number): boolean {
  const lead = LEADING.get(h);
  if (lead === undefined) return false;
  const s = start - lead.length;
  if (s < 2 || !isSpaceFast(t.charCodeAt(s - 1)) || t.slice(s, start).toLowerCase() !== lead) return false;
  let k = s - 1;
  while (k > 0 && isSpaceFast(t.charCodeAt(k))) k--;
  return isTail(t.charCodeAt(k));
}
/**
 * Whether the word at `start` follows a WORD_WRAPS character that follows an address-like one or a label in
 * another script, spaces between (`x ~at~`, `東京~dot~com`).
 */
function wrappedTail(t: string, start: number): boolean {
  let k = start - 1;
  if (k < 1 || !WORD_WRAPS.includes(t[k])) return false;
  while (--k > 0 && isSpaceFast(t.charCodeAt(k)));
  return k >= 0 && (isTail(t.charCodeAt(k)) || isHostChar(t.charCodeAt(k)));
}
function isSpaceFast(c: number): boolean {
  return c < 0x2000 ? (CLASS[c] & C.SPACE) !== 0 : isSpace(c);
}
/** May be a letter or digit beside a dot in a host name (any non-ASCII character but a space may). */
function isHostChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || (c > 0x7f && !isSpaceFast(c));
}

/**
 * Where the last platform name the pass saw starts (-1: none), for the text of its last call: every
 * match of messenger.ts's PLATFORM starts at or before one of these (a name of two words, at its first),
 * so the search for platforms can stop after a match that starts there.
 */
export let lastNameAt = -1;

/** `foldCandidates()` of normalise.ts, read on first use (it is built from the NFKC table). */
let FC: Uint8Array | null = null;
/** Reads the fold candidates, and marks them in the class tables (C.FOLD, K.FOLD). */
function foldTables(): Uint8Array {
  const fc = foldCandidates();
  for (let c = 0x80; c < 0x2000; c++) if (fc[c] !== 0) CLASS[c] |= C.FOLD;
  for (let c = 0x3000; c < 0xd800; c++) if (fc[c] !== 0) CJK[c - 0x3000] |= K.FOLD;
  return (FC = fc);
}
/**
 * What the non-ASCII character at `i` says about folding: 1 when it needs folding whatever its word
 * (with the neighbours of a special character checked as `needsWork` checks them), 2 for a
 * look-alike letter (which needs folding only in a word with an ASCII letter), 0 otherwise.
 */
function foldBits(fc: Uint8Array, t: string, i: number): number {
  const m = fc[t.charCodeAt(i)];
  if (m === 0) return 0;
  if (m === FOLD_CONFUSABLE) return 2;
  if (m === FOLD_SPECIAL) return specialNeedsWork(t, i) ? 1 : 0;
  return 1;
}

/**
 * The flags above for the normalised text `t`. Given a text not normalised yet, FOLD says whether
 * it may need folding: without FOLD it is its own normal form and the flags are those of that form.
 * With `foldExit`, the pass stops at the first character that needs folding wherever it is and
 * returns FOLD | FOLD_SURE alone: the caller folds the text and asks again.
 */
export function triggers(t: string, foldExit = false): number {
  let f = 0;
  const fc = FC ?? foldTables();
  let fold = 0; // bits of foldBits
  let latin = false; // an ASCII letter
  const n = t.length;
  // Digit clusters: digits with at most five other characters between consecutive ones (the phone rule takes ") - ("),
  // each of them one the phone rule lets sit between digits (the shape of /\d(?:[\s().\-/]{0,5}\d){6}/). The
  // phone rule takes nine digits at least, or eight after '+' (which starts its run: a cluster right after it) or
  // starting with 15, 16, 18 or 19 (Korean and Vietnamese service numbers: 1588-1234, 1900 0727).
  let cluster = 0;
  let clusterPlus = false; // the cluster follows '+' (perhaps with a space between): a number in international form
  let clusterEight = false; // that, or the cluster starts with 15, 16, 18 or 19 (a service number): eight digits may be a number
  let lastDigit = -10;
  let digitDots = 0;
  // Digit groups (whole runs of digits), for cards, My Numbers and RRNs:
  let groupEnd = -10; // the end of the last one
  let groupLen = 0; // its length, and that of the one before
  let groupLen2 = 0;
  let groupSep = 0; // the one ' ' or '-' between those two (0: something else)
  let cardRun = 0; // digits of the groups joined by at most three of ' ', '-', '~', '/' and line breaks, or one '.' among them
  let ones = 0; // groups of one digit in a row, joined by at most three spaces or '-' (digits written one by one)
  let dotOnes = 0; // the same joined by a single '.' (`4.3.2.0.1.9...`)
  let lastOdd = -1; // the last character that is none of digit, space, '(', ')', '.', '-', '/', '_', '|' (nor a '*' or '~' between digits)
  let colons = 0;
  let nonAsciiDot = false; // a dot beside a non-ASCII character, or after a label with a Latin letter with diacritics (`bücher.de`)
  // Internationalised hosts: a run of characters a host name may hold (isHostChar, '.', '-') with
  // a non-ASCII one and a dot between two of them (the second may be '-'). Runs are told apart by the index of the character before them.
  let brk = -1; // the last character that ends such a run
  let nonAsciiAt = -1; // the last non-ASCII character of a host name
  let dotBrk = -2; // `brk` when the last host dot was seen
  let idnRun = false;
  // Spelled numbers: a chain of number tokens (digits, spelled digits) with at most four of
  // [\s,、\-.()] between consecutive ones, as DIGIT_RUN in spelled.ts reads them.
  let chainDigits = 0;
  let chainSpelled = 0;
  let lastTokEnd = -10; // end of the last token of the chain
  let lastNonSep = -1; // the last character that is neither in a token nor a separator
  let skipTo = 0; // inside a CJK digit word up to here
  let prevSolid = 0; // the last character that is not a space
  let ibanAt = -10; // just after two capitals that end a run of letters (or two small letters alone), and a space after them
  let ibanSpacedAt = -10; // a space after two capitals written one by one
  let nameAt = -1; // where the last platform name starts (lastNameAt)
  let i = 0;
  while (i < n) {
    let c = t.charCodeAt(i);
    let k = c < 0x2000 ? CLASS[c] : 0;
    if (k & C.LIST) {
      // A run of letters, hashed as it goes; within it, runs of ASCII letters (Latin messenger
      // names) and of Russian letters (stems, checked at every length).
      const start = i;
      const tail = isTail(prevSolid);
      // ASCII letters first, with one hash: while the run is all ASCII, its hash and that of its
      // ASCII run are the same.
      let wHash = 7;
      while (k & C.ASCII) {
        wHash = step(wHash, c | 0x20);
        if (++i >= n) break;
        c = t.charCodeAt(i);
        k = c < 0x2000 ? CLASS[c] : 0;
      }
      let aHash = wHash;
      let aLen = i - start;
      if (aLen !== 0) latin = true;
      let rHash = 7;
      let rLen = 0;
      let rStem = true; // the Russian run so far may start a stem
      if (i < n && k & C.LIST) {
        // A non-ASCII letter follows.
        nonAsciiAt = i;
        if (dotBrk === brk) idnRun = true;
      }
      while (i < n && k & C.LIST) {
        const l = LOWER[c];
        wHash = step(wHash, l);
        if (k & C.ASCII) {
          aHash = step(aHash, l);
          aLen++;
          latin = true;
        } else {
          if (k & C.FOLD) {
            fold |= foldBits(fc, t, i);
            if (fold & 1 && foldExit) return F.FOLD | F.FOLD_SURE;
          }
          if (aLen !== 0) {
            if (aLen >= 2 && aLen <= 9 && nameWord(t, wordBits(aHash), i, aLen)) {
              f |= F.MESSENGER;
              nameAt = i - aLen;
            }
            aHash = 7;
            aLen = 0;
          }
        }
        if (k & C.RUSSIAN) {
          rHash = step(rHash, l);
          if (++rLen >= 2 && rLen <= 9 && rStem) {
            const rb = wordBits(rHash);
            if (rb & W.STEM) {
              f |= F.MESSENGER;
              nameAt = Math.max(nameAt, i + 1 - rLen);
            }
            if (rLen === 2 && (rb & W.STEM2) === 0) rStem = false;
          }
        } else if (rLen !== 0) {
          rHash = 7;
          rLen = 0;
          rStem = true;
        }
        if (++i >= n) break;
        c = t.charCodeAt(i);
        k = c < 0x2000 ? CLASS[c] : 0;
      }
      const len = i - start;
      const b = len >= 2 && len <= 12 ? wordBits(wHash) : len === 1 && (t.charCodeAt(start) | 0x20) === 0x6f ? W.DIGIT : 0;
      // A run all in ASCII has the same hash as its ASCII run.
      if (aLen === len) {
        if (nameWord(t, b, i, len) || (len === 1 && t.charCodeAt(start) === 0x58 && X_HANDLE.test(t.slice(i, i + 6)))) {
          f |= F.MESSENGER;
          nameAt = start;
        }
      } else if (b & W.NAME) {
        // a Vietnamese name's last word (VI_NAMES)
        f |= F.MESSENGER;
        nameAt = start;
      } else if (aLen >= 2 && aLen <= 9 && nameWord(t, wordBits(aHash), i, aLen)) {
        f |= F.MESSENGER;
        nameAt = i - aLen;
      }
      // a "dot" right after a number token, with only separators between (`090 dot 1234`): a separator of digit groups
      if (b & W.DASH || (b & W.DIGIT_DOT && lastNonSep < lastTokEnd)) f |= F.SPELLED_DIGITS;
      if (b & W.JOIN && lastNonSep < lastTokEnd) f |= F.STAND_IN;
      if (b & W.DIGIT) {
        if (start - lastTokEnd > 4 || lastNonSep >= lastTokEnd) chainDigits = chainSpelled = 0;
        // (a word of a number read in groups counts as three, the most it may say: the pass may open more than spelled.ts rewrites, never less)
        chainDigits += b & W.PART ? 3 : 1;
        if (++chainSpelled >= 2 && chainDigits >= 7) f |= F.SPELLED_DIGITS;
        lastTokEnd = i;
      } else lastNonSep = i - 1;
      if ((b & W.SYMBOL_AT && (tail || tailBeforeLeading(t, wHash, start) || wrappedTail(t, start)) && symbolMayRewrite(t, b, i)) || b & W.SLASH || (b & W.DOT && prevSolid >= 0x80 && idnTldAt(t, i)) || (b & W.DOT_COM && tail)) f |= F.SPACED;
      prevSolid = t.charCodeAt(i - 1);
      // (or a country's code alone, a space after it perhaps, in capitals or small letters: "CY 46", "de25", "cy 46")
      if (len >= 2 && isUpper(prevSolid) && isUpper(t.charCodeAt(i - 2))) ibanAt = i;
      if (len === 2 && i < n) {
        const spaced = t.charCodeAt(i) === 0x20;
        if (ibanHead(t.charCodeAt(start), prevSolid, !spaced)) ibanAt = spaced ? i + 1 : i;
      }
      // two capitals written one by one ("E S 0 2 5 4 ..."): maybe an IBAN, if a digit follows after a space
      else if (len === 1 && isUpper(prevSolid) && start >= 2 && t.charCodeAt(start - 1) === 0x20 && isUpper(t.charCodeAt(start - 2)) && (start < 3 || !isAsciiLetter(t.charCodeAt(start - 3))))
        ibanSpacedAt = i + 1;
      lastOdd = i - 1;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      const groupStart = i;
      const prevDigit = lastDigit;
      if (i - lastDigit <= 6 && lastOdd < lastDigit) {
        // a service number's second digit (the first was a 1: see clusterEight)
        if (++cluster === 2 && clusterEight && !clusterPlus && !serviceSecond(c)) clusterEight = false;
      }
      else {
        cluster = 1;
        clusterPlus = i > 0 && (t.charCodeAt(i - 1) === 0x2b || (i > 1 && t.charCodeAt(i - 2) === 0x2b && isSpaceFast(t.charCodeAt(i - 1))));
        clusterEight = clusterPlus || c === 0x31;
      }
      lastDigit = i;
      if (cluster >= 9 || (cluster === 8 && clusterEight)) f |= F.DIGITS8;
      else if (cluster === 8) f |= F.EIGHT;
      if (i - lastTokEnd > 4 || lastNonSep >= lastTokEnd) chainDigits = chainSpelled = 0;
      if (++chainDigits >= 7 && chainSpelled >= 2) f |= F.SPELLED_DIGITS;
      lastTokEnd = i + 1;
      // IBAN: two capitals then two digits ("DE89", "GB29"), or the capitals one by one and a digit ("E S 0 2").
      if ((i === ibanAt + 1 && prevDigit === ibanAt) || i === ibanSpacedAt) f |= F.IBAN;
      // The digits right after it: each is one more in every count, and none resets a chain.
      while (++i < n) {
        c = t.charCodeAt(i);
        if (c < 0x30 || c > 0x39) break;
        if (i === ibanAt + 1 && lastDigit === ibanAt) f |= F.IBAN;
        lastDigit = i;
        if (++cluster === 2 && clusterEight && !clusterPlus && !serviceSecond(c)) clusterEight = false;
        if (cluster >= 9 || (cluster === 8 && clusterEight)) f |= F.DIGITS8;
        else if (cluster === 8) f |= F.EIGHT;
        if (++chainDigits >= 7 && chainSpelled >= 2) f |= F.SPELLED_DIGITS;
      }
      lastTokEnd = i;
      prevSolid = t.charCodeAt(i - 1);
      if (isDigitLookalike(t.charCodeAt(i)) || isDigitLookalike(t.charCodeAt(groupStart - 1))) f |= F.STAND_IN;
      // a plus with spaces on both sides between groups (`0476 + 211 + 502`): JOIN_WORDS' plus
      else if (t.charCodeAt(groupStart - 2) === 0x2b && t.charCodeAt(groupStart - 1) === 0x20 && t.charCodeAt(groupStart - 3) === 0x20 && groupStart - 4 === prevDigit) f |= F.STAND_IN;
      // "d0t": a zero for the o of "dot"
      else if (i === groupStart + 1 && t.charCodeAt(groupStart) === 0x30 && (t.charCodeAt(groupStart - 1) | 0x20) === 0x64 && (t.charCodeAt(i) | 0x20) === 0x74) f |= F.STAND_IN;
      // The group [groupStart, i) and what joins it to the one before (at most three characters).
      const len = i - groupStart;
      const gap = groupStart - groupEnd;
      let sep = 0; // what joins them when it is at most three spaces, dots, dashes or tildes, as a number (My Numbers: the same twice)
      let twoSep = gap <= 3; // at most three, all ' ', the ideographic space, '-', '~', '/' or a line break, or one '.' with spaces or dashes beside it (cards)
      let rrnSep = gap <= 5; // at most five, all \s or '-' (RRNs: `0 2 0 7 0 7  -  4 3 3 ...`)
      if (rrnSep) {
        let dots = 0;
        let code = gap <= 3 ? 1 : 0;
        for (let k = groupEnd; k < groupStart; k++) {
          const d = t.charCodeAt(k);
          if (code !== 0) code = d === 0x2e || d === 0x2d || d === 0x7e || isSpaceFast(d) ? (Math.imul(code, 31) + d) | 0 : 0;
          if (d !== 0x20 && d !== 0x2d && d !== 0x3000 && d !== 0x7e) {
            if (d === 0x2e) dots++;
            else if (d !== 0x2f && d !== 0x0a && d !== 0x0d) twoSep = false;
            if (!isSpaceFast(d)) rrnSep = false;
          }
        }
        if (dots > 1) twoSep = false;
        sep = code;
      }
      ones = len !== 1 ? 0 : rrnSep ? ones + 1 : 1;
      dotOnes = len !== 1 ? 0 : gap === 1 && t.charCodeAt(groupEnd) === 0x2e ? dotOnes + 1 : 1;
      cardRun = twoSep ? cardRun + len : len;
      if (cardRun >= 13) f |= F.CARD_DIGITS;
      if (len === 12 || ones >= 12 || dotOnes >= 12 || (len === 4 && sep !== 0 && sep === groupSep && groupLen === 4 && groupLen2 === 4)) f |= F.MY_NUMBER_DIGITS;
      if (len === 13 || ones >= 13 || (len === 7 && groupLen === 6 && (rrnSep || RRN_WORD_GAP.test(t.slice(groupEnd, groupStart))))) f |= F.RRN_DIGITS;
      groupLen2 = groupLen;
      groupLen = len;
      groupSep = sep;
      groupEnd = i;
      continue;
    }
    if (k & C.SPACE) {
      if (k & C.FOLD) {
        fold |= foldBits(fc, t, i);
        if (fold & 1 && foldExit) return F.FOLD | F.FOLD_SURE;
      }
      brk = i;
      i++;
      continue;
    }
    if (c < 0x80) {
      if (c !== 0x2d) {
        if (c !== 0x2e) brk = i;
        // ('*' and '~' between digits, a space on either side or none: `0272*4498*391`, `010 ~ 6145 ~ 1821`; not a mask's `****`)
        if (c !== 0x2e && c !== 0x2f && c !== 0x28 && c !== 0x29 && c !== 0x7c && c !== 0x5f && !((c === 0x2a || c === 0x7e) && digitBeside(t, i))) lastOdd = i;
      }
      if (c !== 0x2c && c !== 0x2d && c !== 0x2e && c !== 0x28 && c !== 0x29 && c !== 0x5b && c !== 0x5d && c !== 0x2f && c !== 0x7c) lastNonSep = i;
      if (c === 0x40) {
        f |= F.AT;
        // an '@' in quotes after a quoted string and '+' ('x' + '@' + 'y.ru'): spelled.ts, collectQuotedConcat
        if (i > 0 && isQuote(t.charCodeAt(i - 1))) f |= F.STAND_IN;
        // a space after the '@' or before it ("uyen.study @gmail.com")
        if ((i + 1 < n && isSpaceFast(t.charCodeAt(i + 1))) || (i > 0 && isSpaceFast(t.charCodeAt(i - 1)))) f |= F.SPACED;
      } else if (c === 0x3a) f |= ++colons >= 2 ? F.COLON | F.COLONS : F.COLON;
      else if (c === 0x23 && i > 0 && isAsciiAlnum(t.charCodeAt(i - 1)) && isAsciiAlnum(t.charCodeAt(i + 1))) f |= F.STAND_IN;
      else if (c === 0x2e) {
        const p = i > 0 ? t.charCodeAt(i - 1) : 0;
        const q = i + 1 < n ? t.charCodeAt(i + 1) : 0;
        if ((isAsciiLetter(p) || isDigit(p)) && isAsciiLetter(q)) {
          f |= F.HOST_DOT;
          if (!(f & F.BARE_HOST) && bareRun(t, i)) f |= F.BARE_HOST;
        }
        if (p > 0x7f || q > 0x7f) nonAsciiDot = true;
        if (isHostChar(p) && (isHostChar(q) || q === 0x2d)) {
          if (nonAsciiAt > brk) {
            idnRun = true;
            // (a label of another script glued to ASCII letters is cut where the script changes: no need to look)
            if (!nonAsciiDot && accentedRunBefore(t, i)) nonAsciiDot = true;
          } else dotBrk = brk;
        }
        // (a space may stand on either side: `192 . 168 . 0 . 1`, see ip.ts)
        if ((isDigit(p) || (p === 0x20 && i > 1 && isDigit(t.charCodeAt(i - 2)))) && (isDigit(q) || (q === 0x20 && i + 2 < n && isDigit(t.charCodeAt(i + 2)))) && ++digitDots >= 3) f |= F.IPV4;
        // " ." and ". com": a spaced dot.
        if (isSpaceFast(p)) f |= F.SPACED;
        else if (isSpaceFast(q) && !(f & F.SYMBOL_SPACED) && (tldAfter(t, i + 1) || (f & F.COLON && schemeHostBefore(t, i)) || wwwBefore(t, i))) f |= F.SPACED;
      } else if (c === 0x2f) {
        // " / " and " /name": a spaced slash; " ://": a scheme's, spaced
        if (i > 0 && i + 1 < n && (isSpaceFast(t.charCodeAt(i - 1)) || (i > 1 && t.charCodeAt(i - 1) === 0x3a && isSpaceFast(t.charCodeAt(i - 2))))) f |= F.SPACED;
        // a host whose dots are commas before this path (`wa, me/…`)
        if (commaHostBefore(t, i)) f |= F.STAND_IN;
      } else if (k & C.OPEN && (isTail(prevSolid) || prevSolid >= 0x80) && symbolInBracket(t, i + 1)) f |= F.BRACKET;
      prevSolid = c;
      i++;
      continue;
    }
    if (c >= 0x3000 && c < 0xd800) {
      if (fc[c] !== 0) {
        fold |= foldBits(fc, t, i);
        if (fold & 1 && foldExit) return F.FOLD | F.FOLD_SURE;
      }
      if (c === 0x3000) {
        brk = i;
        i++;
        continue;
      }
      nonAsciiAt = i;
      if (dotBrk === brk) idnRun = true;
      // 에 right after a number token (a space between allowed) and before a space: a dash between groups read aloud (spelled.ts, SEP)
      if (c === EH && i - lastTokEnd <= 1 && i + 1 < n && isSpaceFast(t.charCodeAt(i + 1))) {
        f |= F.SPELLED_DIGITS;
        prevSolid = c;
        i++;
        continue;
      }
      // の right after a number token (a space between allowed): a dash between groups read aloud (spelled.ts, SEP); the chain goes on.
      // の次に, の後に ("then") right after digits: a word between a number's groups (JOIN_WORDS, spelled.ts rewriteStandIns)
      if (c === NO && i - lastTokEnd <= 1) {
        if (lastTokEnd === i && lastDigit === i - 1 && (t.startsWith('の次に', i) || t.startsWith('の後に', i))) f |= F.STAND_IN;
        // (a spelled digit, の, then written ones: `ゼロの9012345678`, the dash that lets one spelled digit count)
        if (chainSpelled > 0 && i + 1 < n && isDigit(t.charCodeAt(i + 1))) f |= F.SPELLED_DIGITS;
        prevSolid = c;
        i++;
        continue;
      }
      const j = CJK[c - 0x3000] & ~K.FOLD;
      if ((j & ~K.HAN) === 0 || cjkPlain(j & ~K.HAN, c, i + 1 < n ? t.charCodeAt(i + 1) : 0)) {
        // A run of kana, Han or Hangul with nothing to look at: no bracket, no separator, no
        // digit or word that counts where it is (cjkPlain).
        if (i < skipTo) {
          lastOdd = i;
          prevSolid = c;
          i++;
          continue;
        }
        let e = i + 1;
        while (e < n) {
          const d = t.charCodeAt(e);
          if (d < 0x3000 || d >= 0xd800) break;
          const dk = CJK[d - 0x3000];
          if ((dk & ~K.HAN) !== 0) {
            const dj = dk & ~(K.HAN | K.FOLD);
            if (dj !== 0 && !cjkPlain(dj, d, e + 1 < n ? t.charCodeAt(e + 1) : 0)) break;
            if (dk & K.FOLD) {
              fold |= foldBits(fc, t, e);
              if (fold & 1 && foldExit) return F.FOLD | F.FOLD_SURE;
            }
          }
          e++;
        }
        lastOdd = lastNonSep = e - 1;
        prevSolid = t.charCodeAt(e - 1);
        i = e;
        continue;
      }
      lastOdd = i;
      // A number token here, or a separator (、), leaves the chain of number tokens going.
      let token = j & K.OTHER;
      if (j & K.DIGIT) {
        if (digitBefore(i + 1 < n ? t.charCodeAt(i + 1) : 0)) {
          token = 1;
          if (i - lastTokEnd > 4 || lastNonSep >= lastTokEnd) chainDigits = chainSpelled = 0;
          chainDigits++;
          if (++chainSpelled >= 2 && chainDigits >= 7) f |= F.SPELLED_DIGITS;
          lastTokEnd = i + 1;
        }
      }
      if (j & K.WORD && (j & K.WORD1 || PAIRS[pairKey(c, i + 1 < n ? t.charCodeAt(i + 1) : 0)] !== 0)) {
        let digit = false;
        for (const w of CJK_WORDS.get(c)!) {
          if (!t.startsWith(w.word, i)) continue;
          const b = w.kind;
          // (엑스, X, names a platform before an '@' handle only)
          if (b & W.NAME && (w.word !== '엑스' || X_HANDLE.test(t.slice(i + 2, i + 8)))) {
            f |= F.MESSENGER;
            nameAt = i;
          }
          // one digit a place: the longest reading, as CJK_DIGIT_WORDS lists them longest first (ニ as well
          // as ニー would end the token before the ー, which then breaks the chain)
          if (b & W.DIGIT && !digit) {
            digit = true;
            token = 1;
            if (i - lastTokEnd > 4 || lastNonSep >= lastTokEnd) chainDigits = chainSpelled = 0;
            chainDigits++;
            if (++chainSpelled >= 2 && chainDigits >= 7) f |= F.SPELLED_DIGITS;
            lastTokEnd = skipTo = i + w.word.length;
          }
          if (b & W.DASH || (b & W.DIGIT_DOT && lastNonSep < lastTokEnd)) f |= F.SPELLED_DIGITS;
          // 점 after a digit: maybe a dotted quad read aloud (ip.ts, V4_SPACED)
          if (c === JEOM && isDigit(prevSolid)) f |= F.IPV4;
          if (b & W.SYMBOL_AT && ((isTail(prevSolid) && symbolMayRewrite(t, b, i + w.word.length)) || (b & W.DOT && prevSolid >= 0x80 && idnTldAt(t, i + w.word.length)))) {
            f |= F.CJK_SYMBOL;
            // The spaced form (WORDY) takes the word only between characters that are no letter or number.
            if (!letterOrNumberBefore(t, i) && !letterOrNumberAt(t, i + w.word.length)) f |= F.SPACED;
          }
          if (b & W.SLASH) f |= F.SPACED;
        }
      }
      if (!token && i >= skipTo) lastNonSep = i;
      if (j & K.OPEN && (isTail(prevSolid) || prevSolid >= 0x80) && symbolInBracket(t, i + 1)) f |= F.BRACKET;
      prevSolid = c;
      i++;
      continue;
    }
    // Other characters: punctuation, Greek, symbols, full-width forms, surrogates.
    // a symbol between a word and a host, written for an address's '@' (`x★ocn.ne.jp`): spelled.ts, collectStandInAt
    if (c >= 0x203b && isAtStandIn(c) && isAsciiAlnum(t.charCodeAt(i - 1))) f |= F.STAND_IN;
    if (fc[c] !== 0) {
      fold |= foldBits(fc, t, i);
      if (fold & 1 && foldExit) return F.FOLD | F.FOLD_SURE;
    }
    if (isSpace(c)) {
      brk = i;
      i++;
      continue;
    }
    nonAsciiAt = i;
    if (dotBrk === brk) idnRun = true;
    lastOdd = i;
    if (i >= skipTo) lastNonSep = i;
    if (OPEN.has(c) && isTail(prevSolid) && symbolInBracket(t, i + 1)) f |= F.BRACKET;
    prevSolid = c;
    i++;
  }
  if (nonAsciiDot && idnRun) f |= F.NON_ASCII_DOT;
  if (fold & 1 || (fold & 2 && latin)) f |= F.FOLD;
  lastNameAt = nameAt;
  return f;
}

/** Whether a digit stands on both sides of `i` of `t`, a space between perhaps. */
function digitBeside(t: string, i: number): boolean {
  const b = t.charCodeAt(i - 1) === 0x20 ? i - 2 : i - 1;
  const a = t.charCodeAt(i + 1) === 0x20 ? i + 2 : i + 1;
  return isDigit(t.charCodeAt(b)) && isDigit(t.charCodeAt(a));
}

/** Quotes around a string: ' " ‘ “ ’ ”. */
const isQuote = (c: number) => c === 0x27 || c === 0x22 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/**
 * Whether the slash at `i` ends a host whose dots are commas (`wa, me/79…`, `www,canva,com/design`): a label of
 * ASCII letters, digits and '-' before it, and before that a comma (a space after it perhaps) after an ASCII
 * letter or digit.
 */
function commaHostBefore(t: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k <= 24 && (isAsciiAlnum(t.charCodeAt(k - 1)) || t.charCodeAt(k - 1) === 0x2d)) k--;
  if (k === i) return false;
  if (t.charCodeAt(k - 1) === 0x20) k--;
  return t.charCodeAt(k - 1) === 0x2c && isAsciiAlnum(t.charCodeAt(k - 2));
}

/** `[\p{L}\p{N}]` on the code point that starts at `j` / ends before `j`. */
const LN_START = /^[\p{L}\p{N}]/u;
const LN_END = /[\p{L}\p{N}]$/u;
function letterOrNumberAt(t: string, j: number): boolean {
  return j < t.length && LN_START.test(t.slice(j, j + 2));
}
function letterOrNumberBefore(t: string, j: number): boolean {
  return j > 0 && LN_END.test(t.slice(Math.max(0, j - 2), j));
}

/**
 * The spelled "dots" (DOT_WORDS) of one character, and the first two characters of the others in
 * every case, each pair as one number (`pairCode`): what a slice of the text, lower-cased, is
 * looked up as, without the slice. Only characters below U+2000 lower-case into these words'
 * letters (the kana have no case).
 */
const DOT_ONE = new Set<number>();
const DOT_PAIRS = new Set<number>();
function pairCode(c: number, d: number): number {
  return c * 0x10000 + d;
}
{
  const cases = (ch: string): number[] => {
    const all = [ch.charCodeAt(0)];
    for (let c = 0; c < 0x2000; c++) if (String.fromCharCode(c).toLowerCase() === ch && c !== all[0]) all.push(c);
    return all;
  };
  for (const w of DOT_WORDS.split('|')) {
    const start = w.slice(0, 2).toLowerCase();
    if (start.length === 1) DOT_ONE.add(start.charCodeAt(0));
    else for (const c of cases(start[0])) for (const d of cases(start[1])) DOT_PAIRS.add(pairCode(c, d));
  }
}
/** Whether a spelled "dot" may start at `k` (any case). */
function dotWordAt(t: string, k: number): boolean {
  const c = t.charCodeAt(k);
  return DOT_ONE.has(c) || (k + 1 < t.length && DOT_PAIRS.has(pairCode(c, t.charCodeAt(k + 1))));
}

/** After a "dot": spaces or closing brackets, then a top-level domain of another script (spelled.ts, idnDot). */
const IDN_TLD_AT = new RegExp(String.raw`(?:\s|${CLOSE_CLASS})*${IDN_TLD_WORD}`, 'iuy');
function idnTldAt(t: string, i: number): boolean {
  IDN_TLD_AT.lastIndex = i;
  return IDN_TLD_AT.test(t);
}

/** What may stand between the two parts of a resident registration number besides spaces and '-' (numbers.ts). */
const RRN_WORD_GAP = new RegExp(`^(?:${RRN_BACK_SEP})$`);

/**
 * Whether a spelled "at" or "dot" ending at `end` may be rewritten (`b`: its word bits): what
 * spelled.ts requires after it, read loosely. After "at" (DOMAIN_AHEAD) a label of ASCII letters, digits
 * and '-', then, after spaces, '.' and a letter, an opening bracket or a "dot" word (a "dot" may also end the label:
 * "gmaildotcom"); after "dot" (LABEL_AHEAD) a letter or number. "Meet at the cafe", "점수는 9.9점." have
 * neither, and skip the spelled-symbol pass.
 */
const PROVIDERS = new Set(MAIL_PROVIDERS);
const PROVIDER_LONGEST = Math.max(...MAIL_PROVIDERS.map((p) => p.length));
function symbolMayRewrite(t: string, b: number, end: number): boolean {
  const n = t.length;
  let j = end;
  // (a dash, an underscore, a tilde or an asterisk after the word too: "-at-", "_dot_", "~at~", WORD_WRAPS)
  while (j < n && (isSpaceFast(t.charCodeAt(j)) || WORD_WRAPS.includes(t[j]))) j++;
  if (b & W.DOT && letterOrNumberAt(t, j)) return true;
  if (!(b & W.AT) || j >= n || !isAsciiAlnum(t.charCodeAt(j))) return false;
  let k = j + 1;
  while (k < n && (isAsciiAlnum(t.charCodeAt(k)) || t.charCodeAt(k) === 0x2d)) k++;
  // a mail service's name alone ("yuki.tanaka at gmail"; spelled.ts, PROVIDER_AHEAD)
  if (k - j <= PROVIDER_LONGEST && PROVIDERS.has(t.slice(j, k).toLowerCase())) return true;
  // The start of a "dot" inside the label ("gmaildotcom", "schấm"): the label can stop before it.
  for (let x = j; x + 1 < k; x++) if (dotWordAt(t, x)) return true;
  while (k < n && isSpaceFast(t.charCodeAt(k))) k++;
  if (k >= n) return false;
  const c = t.charCodeAt(k);
  if (c === 0x2e) {
    // `\s*\.\s*[A-Za-z]` (case-insensitive: ſ and the Kelvin sign too): "at 10.0.0.1" has none.
    k++;
    while (k < n && isSpaceFast(t.charCodeAt(k))) k++;
    const d = t.charCodeAt(k);
    return isAsciiLetter(d) || d === 0x17f || d === 0x212a;
  }
  return OPEN.has(c) || dotWordAt(t, k);
}

/**
 * Whether the run of [A-Za-z0-9._-] around index `i` follows no '@', '/' or ':'. A bare host starts
 * where such a run starts (url.ts, BARE_ASCII: none of these characters may precede it).
 */
function bareRun(t: string, i: number): boolean {
  let k = i;
  for (; k > 0; k--) {
    const c = t.charCodeAt(k - 1);
    if (!(isAsciiLetter(c) || isDigit(c) || c === 0x2e || c === 0x5f || c === 0x2d)) break;
  }
  if (k === 0) return true;
  const b = t.charCodeAt(k - 1);
  return b !== 0x40 && b !== 0x2f && (b !== 0x3a || (k > 1 && t.charCodeAt(k - 2) > 0x7f) || siteColon(t.slice(Math.max(0, k - 12), k)));
}
const siteColon = endTest(new RegExp(`${SITE_LABEL}:$`));

/** After ". ": spaces, then a common top-level domain in lower case as a whole word. */
function tldAfter(t: string, i: number): boolean {
  const n = t.length;
  while (i < n && isSpaceFast(t.charCodeAt(i))) i++;
  let h = 7;
  let k = i;
  while (k < n && t.charCodeAt(k) >= 0x61 && t.charCodeAt(k) <= 0x7a) h = step(h, t.charCodeAt(k++));
  return k > i && (wordBits(h) & W.TLD) !== 0;
}
