/**
 * Character-level normalisation with an offset map back to the original text.
 *
 * One pass over the input folds what users do to hide contact details at the level of single
 * characters: compatibility forms (NFKC: full-width digits and letters, ＠, circled digits), zero-width
 * and invisible characters (dropped), dash and dot variants, and Cyrillic or Greek look-alike letters
 * inside words that also contain Latin letters (`gmаil` with a Cyrillic а). Russian, Greek, Japanese,
 * Korean and Vietnamese words are left as they are, so the word-level rules can still read them.
 *
 * For every character of the normalised string the map records the range of the original text it came
 * from (`start[i]`, `end[i]`), so a span found in the normalised text maps back to exact JavaScript
 * string indices of what the user wrote.
 */
import { SINGLE_CHAR_DIGITS } from './words.js';

/** A normalised view of a text. `start`/`end` are null when the text is its own normal form. */
export interface Normalised {
  text: string;
  start: number[] | null;
  end: number[] | null;
}

/**
 * Characters removed outright: zero-width spaces and joiners, word joiner, BOM, soft hyphen, etc.; the
 * emoji and text presentation selectors and the enclosing keycap, so a keycap digit is its digit
 * (`0️⃣7️⃣0️⃣` is 0 U+FE0F U+20E3 7 ...).
 */
function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    isPresentationMark(c) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0x180e ||
    c === 0x034f ||
    (c >= 0x202a && c <= 0x202e)
  );
}

/** The text and emoji presentation selectors and the enclosing keycap: they belong to the character before them. */
const isPresentationMark = (c: number) => c === 0xfe0e || c === 0xfe0f || c === 0x20e3;

/**
 * Marks that belong to the preceding base character: Vietnamese tone marks when decomposed, and the kana
 * voiced sound marks, also the half-width ones (`ﾄﾞｯﾄ`: NFKC makes `ド` of `ﾄﾞ` only when they go together).
 */
function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x3099 && c <= 0x309a) || c === 0xff9e || c === 0xff9f;
}

/** Dashes and minus signs folded to ASCII '-' (the emoji ➖ too), and the Hangul vowel ㅡ that Korean writers type for a dash (`영칠영ㅡ사팔사영`). */
function isDash(c: number): boolean {
  return c === 0x2796 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212 || c === 0xff0d || c === 0xfe63 || c === 0x3161;
}

/** Cyrillic and Greek letters that look like Latin ones, folded only inside mixed-script words. */
/** Latin look-alike of a Cyrillic or Greek letter (all below 0x530), 0 for none. */
const CONFUSABLE = new Uint16Array(0x530);
const CONFUSABLE_PAIRS =
  'аa еe оo рp сc уy хx іi јj ѕs ԁd ӏl кk һh ԛq ԝw ' +
  'АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS ѵv ѴV ' +
  'αa οo νv ρp ιi κk υu τt χx ςc ωw ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX';
for (const pair of CONFUSABLE_PAIRS.split(' ')) if (pair.length === 2) CONFUSABLE[pair.charCodeAt(0)] = pair.charCodeAt(1);
const confusable = (c: number) => (c < 0x530 ? CONFUSABLE[c] : 0);

const nfkcCache = new Map<string, string>();
function nfkc(s: string): string {
  let r = nfkcCache.get(s);
  if (r === undefined) {
    r = s.normalize('NFKC');
    if (nfkcCache.size < 4096) nfkcCache.set(s, r);
  }
  return r;
}


/**
 * NFKC of each BMP code point when it is a single BMP code point (0xffff when it expands or is a
 * surrogate), built once on first use so the hot loop is a table read.
 */
let FOLD: Uint16Array | null = null;
function foldTable(): Uint16Array {
  if (FOLD) return FOLD;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = 0xffff;
      continue;
    }
    const f = String.fromCharCode(c).normalize('NFKC');
    t[c] = f.length === 1 ? f.charCodeAt(0) : 0xffff;
  }
  t[0xffff] = 0xffff;
  // the emoji ➕, as a keycap-digit number's plus (➕8️⃣4️⃣)
  t[0x2795] = 0x2b;
  // Hangul letters typed alone (ㅋㅋ, ㅠㅠ, ㅋㅌ for KakaoTalk) stay as typed: NFKC's conjoining forms help no rule
  for (let c = 0x3131; c <= 0x318e; c++) t[c] = c;
  FOLD = t;
  return t;
}


// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** 〇 零 一 … 九: the kanji a phone number is spelled with (the Han ones of the single-character digits). */
const KANJI_DIGITS = new Set(Object.keys(SINGLE_CHAR_DIGITS).filter((ch) => /\p{sc=Han}/u.test(ch)).map((ch) => ch.charCodeAt(0)));
/**
 * The katakana prolonged sound mark `ー` stands for a dash between digits: after an ASCII digit
 * (`090ー1234ー5678`), or between kanji digits (`〇九〇ー一二三四ー五六七八`), which no word has.
 */
function dashMark(prev: number, next: number): boolean {
  return isAsciiDigit(prev) || (KANJI_DIGITS.has(prev) && (KANJI_DIGITS.has(next) || isAsciiDigit(next)));
}
const isDigitChar = (c: number) => isAsciiDigit(c) || KANJI_DIGITS.has(c) || (c >= 0xff10 && c <= 0xff19);
/**
 * `の`, as a phone number's dash is read in Japanese (`03の6872の0309`, `03 の 6872 の 0309`): after a
 * digit and before three, a space allowed on either side (`2025/12/03の18:30`, a date and a time, keeps
 * it). `prev` and `prev2`: the two characters before it.
 */
export const NO = 0x306e;
const isBlank = (c: number) => c === 0x20 || c === 0x3000;
function digitJoin(prev: number, prev2: number, text: string, j: number): boolean {
  const d = isBlank(prev) ? prev2 : prev;
  if (!(isAsciiDigit(d) || KANJI_DIGITS.has(d))) return false;
  let k = j < text.length && isBlank(text.charCodeAt(j)) ? j + 1 : j;
  const from = k;
  while (k < text.length && k - from < 3 && isDigitChar(text.charCodeAt(k))) k++;
  return k - from === 3;
}
/** A middle dot (`·`, the katakana `・` and its half-width `･`): a phone number's dash between digits (`646·517·8691`, `090・8063・9503`). */
const isMiddleDot = (c: number) => c === 0xb7 || c === 0x30fb || c === 0xff65;
/**
 * A middle dot after an ASCII letter or digit and before a small ASCII letter: a host's dot (`waseda・jp`,
 * `gmail·com`); between capitals it parts the items of a list (`HTML・CSS`).
 */
const middleDotIsDot = (prev: number, next: number, text: string, j: number) => (isAsciiLetter(prev) || isAsciiDigit(prev)) && next >= 0x61 && next <= 0x7a && DOT_TLD_AHEAD.test(text.slice(j, j + 4));
/** After such a dot: a country's code or .com, .net, .org, then no letter (`photo・video`, `aws・gcp` are lists). */
const DOT_TLD_AHEAD = /^(?:[a-z]{2}|com|net|org)(?![A-Za-z])/;
/** The wave dash `〜` and the full-width tilde `～`, which a Japanese keyboard types for a range (`10～12時`). */
const isWave = (c: number) => c === 0x301c || c === 0xff5e;
/** The length of the run of digits (isDigitChar) of `text` that starts at `i` and goes `step` (1 or -1), at most `max`. */
function digitsFrom(text: string, i: number, step: number, max: number): number {
  let n = 0;
  while (n < max && i >= 0 && i < text.length && isDigitChar(text.charCodeAt(i))) {
    n++;
    i += step;
  }
  return n;
}
/**
 * A wave dash at `i` is a phone number's dash when it is one of two between three digit groups
 * (`090～1234～5678`), each of two digits or more: a range has one (`10～12時`, `2024～2025年`).
 */
function waveJoin(text: string, i: number): boolean {
  const before = digitsFrom(text, i - 1, -1, 6);
  const after = digitsFrom(text, i + 1, 1, 6);
  if (before < 2 || after < 2) return false;
  // the first of the two: a group of at most five digits, the second wave, two digits or more
  if (after <= 5 && isWave(text.charCodeAt(i + 1 + after)) && digitsFrom(text, i + 2 + after, 1, 2) === 2) return true;
  // the second: the same behind it
  return before <= 5 && isWave(text.charCodeAt(i - 1 - before)) && digitsFrom(text, i - 2 - before, -1, 2) === 2;
}
/** The lead surrogate of an emoji (U+1F000-1FBFF: 🌸, 🔸, 🎀...). */
const isEmojiLead = (c: number) => c >= 0xd83c && c <= 0xd83e;
/**
 * An emoji at `i` stands for a dash between the groups of a number (`096🌸273🌸9305`, `06 🔸 2671 🔸 3100`,
 * `GB14🎀BARC🎀6068`): a digit on one side and a digit or an ASCII letter on the other, a space allowed on each.
 */
function emojiJoin(text: string, i: number): boolean {
  let p = i - 1;
  if (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  let q = i + 2;
  if (text.charCodeAt(q) === 0xfe0f) q++;
  if (q < text.length && isBlank(text.charCodeAt(q))) q++;
  if (p < 0 || q >= text.length) return false;
  const a = text.charCodeAt(p);
  const b = text.charCodeAt(q);
  const da = isDigitChar(a);
  const db = isDigitChar(b);
  return (da || db) && (da || isAsciiLetter(a)) && (db || isAsciiLetter(b));
}
/**
 * Characters that continue a "word" for the purpose of the mixed-script check. Not '/': a host of
 * another script is not mixed with the Latin letters of its scheme or path (`https://пример.рф/lessons`).
 */
const isWordish = (c: number) =>
  isAsciiLetter(c) || isAsciiDigit(c) || c === 0x2e || c === 0x40 || c === 0x5f || c === 0x2d || c === 0x2b || c > 0x7f;
const isCyrGreek = (c: number) => (c >= 0x0370 && c <= 0x03ff) || (c >= 0x0400 && c <= 0x04ff) || (c >= 0x0500 && c <= 0x052f);

/** Whether a fold changes what a recogniser reads: not for full-width punctuation such as ！？「」 and the ideographic space. */
function relevantFold(c: number, f: number): boolean {
  if (f === c) return false;
  if (f >= 0x80) return true;
  return (f >= 0x30 && f <= 0x39) || (f >= 0x41 && f <= 0x5a) || (f >= 0x61 && f <= 0x7a) || f === 0x40 || f === 0x2e || f === 0x2d || f === 0x5f || f === 0x2b || f === 0x2f || f === 0x3a || f === 0x28 || f === 0x29 || f === 0x3d || f === 0x3e || f === 0x23;
}

// What a non-ASCII BMP code unit means to `needsWork`, built with the fold table.
const N_BREAK = 0; // ends a word for the mixed-script check (CJK, Hangul, punctuation, ...)
const N_WORK = 1; // needs folding: invisible, combining, dash, or a fold a recogniser reads
const N_LATIN = 2; // Latin letter with diacritics: continues a word
const N_CONFUSABLE = 3; // Cyrillic or Greek look-alike of a Latin letter
const N_CYRGREEK = 4; // other Cyrillic or Greek: continues a word
const N_SPECIAL = 5; // ideographic full stop, prolonged sound mark, emoji: depends on the neighbours
const N_SURROGATE = 6; // skipped
let NEED: Uint8Array | null = null;
function needTable(): Uint8Array {
  if (NEED) return NEED;
  const fold = foldTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) {
    let k: number;
    if (isInvisible(c) || isCombining(c) || isDash(c)) k = N_WORK;
    else if (c === 0x3002 || c === 0xff61 || c === 0x318d || c === 0x30fc || c === NO || isWave(c) || isMiddleDot(c)) k = N_SPECIAL;
    // the lead surrogate of the Mathematical Alphanumeric Symbols (U+1D400-1D7FF: 𝗐𝗋𝖾𝗇𝟤𝟢, the styled letters and digits
    // of "fancy font" generators), which NFKC folds to ASCII
    else if (c === 0xd835) k = N_WORK;
    else if (isEmojiLead(c)) k = N_SPECIAL;
    else if (c >= 0xd800 && c <= 0xdfff) k = N_SURROGATE;
    else if (relevantFold(c, fold[c])) k = N_WORK;
    else if (isCyrGreek(c)) k = confusable(c) !== 0 ? N_CONFUSABLE : N_CYRGREEK;
    else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) k = N_LATIN;
    else k = N_BREAK;
    t[c] = k;
  }
  NEED = t;
  return t;
}

/**
 * What each code unit means to `needsWork`, for the character pass (triggers.ts), which reads every
 * character anyway and so can tell, without a pass of its own, that a message needs no folding:
 * FOLD_WORK for a character that needs folding wherever it is, FOLD_CONFUSABLE for a Cyrillic or Greek
 * look-alike (it needs folding only in a word with an ASCII letter), FOLD_SPECIAL for the ideographic
 * full stop and the prolonged sound mark (it depends on the neighbours, as in `needsWork`).
 */
export const FOLD_WORK = 1;
export const FOLD_CONFUSABLE = 2;
export const FOLD_SPECIAL = 4;
let FOLD_CANDIDATES: Uint8Array | null = null;
export function foldCandidates(): Uint8Array {
  if (FOLD_CANDIDATES) return FOLD_CANDIDATES;
  const need = needTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) {
    const k = need[c];
    t[c] = k === N_WORK ? FOLD_WORK : k === N_CONFUSABLE ? FOLD_CONFUSABLE : k === N_SPECIAL ? FOLD_SPECIAL : 0;
  }
  return (FOLD_CANDIDATES = t);
}

/** Whether the special character at `i` (FOLD_SPECIAL) makes `needsWork` true. */
export function specialNeedsWork(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x30fc) return i > 0 && dashMark(text.charCodeAt(i - 1), i + 1 < text.length ? text.charCodeAt(i + 1) : 0);
  if (c === NO) return i > 0 && digitJoin(text.charCodeAt(i - 1), i > 1 ? text.charCodeAt(i - 2) : 0, text, i + 1);
  if (isWave(c)) return waveJoin(text, i);
  if (isMiddleDot(c)) return i > 0 && ((isDigitChar(text.charCodeAt(i - 1)) && isDigitChar(text.charCodeAt(i + 1))) || middleDotIsDot(text.charCodeAt(i - 1), text.charCodeAt(i + 1), text, i + 1));
  if (isEmojiLead(c)) return emojiJoin(text, i);
  return i > 0 && i + 1 < text.length && text.charCodeAt(i - 1) < 0x80 && isAsciiLetter(text.charCodeAt(i + 1));
}

/**
 * A cheap scan without allocation: does any character need folding? Most messages in Japanese,
 * Korean, Russian or Vietnamese need none, and get the identity view.
 */
function needsWork(text: string): boolean {
  // ASCII needs no work: start at the first other character, and take up the word it is in.
  let i = text.search(NON_ASCII);
  if (i < 0) return false;
  const n = text.length;
  const need = needTable();
  let wordLatin = false;
  let wordConf = false;
  for (let w = i - 1; w >= 0; w--) {
    const c = text.charCodeAt(w);
    if (!isWordish(c)) break;
    if (isAsciiLetter(c)) wordLatin = true;
  }
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLetter(c)) wordLatin = true;
      else if (!isWordish(c)) wordLatin = wordConf = false;
      if (wordLatin && wordConf) return true;
      continue;
    }
    switch (need[c]) {
      case N_WORK:
        return true;
      case N_SPECIAL:
        if (specialNeedsWork(text, i)) return true;
        // Neither a dot nor a dash here: an ordinary character for the word check.
        if (c === 0x30fc || c === NO || isWave(c) || isMiddleDot(c) || isEmojiLead(c)) wordLatin = wordConf = false;
        break;
      case N_CONFUSABLE:
        wordConf = true;
        if (wordLatin) return true;
        break;
      case N_CYRGREEK:
      case N_LATIN:
      case N_SURROGATE:
        break;
      default:
        wordLatin = wordConf = false;
    }
  }
  return false;
}

// State of the pass in progress (single-threaded; module variables rather than closures, which
// would be allocated on every call).
let out: number[] = [];
let st: number[] = [];
let en: number[] = [];
/**
 * Whether `st`/`en` hold the map. Until a character maps to other than itself (most folds replace
 * one character by one), they are not written: the map so far is the identity.
 */
let mapped = false;
let wordStart = 0;
let wordLatin = false;
let wordConfusable = false;

function push(code: number, s: number, e: number): void {
  if (!mapped) {
    if (s === out.length && e === s + 1) {
      out.push(code);
      return;
    }
    startMap();
  }
  out.push(code);
  st.push(s);
  en.push(e);
}

/** Writes the identity map of the characters so far. */
function startMap(): void {
  for (let k = 0; k < out.length; k++) {
    st.push(k);
    en.push(k + 1);
  }
  mapped = true;
}

/** Ends the current word: folds its confusables when it mixes scripts. */
function endWord(): void {
  const len = out.length;
  if (wordLatin && wordConfusable) {
    for (let k = wordStart; k < len; k++) {
      const m = confusable(out[k]);
      if (m !== 0) out[k] = m;
    }
  }
  wordStart = len;
  wordLatin = false;
  wordConfusable = false;
}

/** Pushes one already-NFKC-folded character, tracking words for the confusable fold. */
function pushFolded(pc: number, s0: number, e0: number): void {
  if (pc < 0x80) {
    if (!isWordish(pc)) {
      endWord();
      push(pc, s0, e0);
      wordStart = out.length;
      return;
    }
    if (isAsciiLetter(pc)) wordLatin = true;
  } else if (pc === 0x3000 || pc === 0xa0) {
    endWord();
    push(0x20, s0, e0);
    wordStart = out.length;
    return;
  } else if (isCyrGreek(pc)) {
    if (confusable(pc) !== 0) wordConfusable = true;
  } else if (!(pc >= 0xc0 && pc <= 0x24f) && !(pc >= 0x1e00 && pc <= 0x1eff)) {
    // CJK, Hangul, punctuation: a word boundary for the mixed-script check.
    endWord();
    push(pc, s0, e0);
    wordStart = out.length;
    return;
  }
  push(pc, s0, e0);
}

/**
 * Pass 1: characters. Returns the identity view when nothing needs folding. `identityMap`: whether a
 * folded text whose characters each map to themselves (one replaced by one) gets that map written
 * out (the default) or null, like a text that needs no folding.
 */
export function normaliseChars(text: string, identityMap = true): Normalised {
  if (!needsWork(text)) return { text, start: null, end: null };
  return foldChars(text, identityMap);
}

/**
 * The characters the fold leaves as they are and that end a word for the confusable check (CJK,
 * Hangul, most punctuation and symbols): runs of them are copied with one word end. What `needTable`
 * calls a break, among the characters the fold table keeps.
 */
let PLAIN: Uint8Array | null = null;
function plainTable(): Uint8Array {
  if (PLAIN) return PLAIN;
  const fold = foldTable();
  const need = needTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) if (need[c] === N_BREAK && fold[c] === c) t[c] = 1;
  return (PLAIN = t);
}

/** Pass 1 on a text known to need folding (`needsWork` would say so): see `normaliseChars`. */
export function foldChars(text: string, identityMap = true): Normalised {
  const n = text.length;
  out = [];
  st = [];
  en = [];
  mapped = false;
  wordStart = 0;
  wordLatin = false;
  wordConfusable = false;
  const table = foldTable();
  const plain = PLAIN ?? plainTable();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (plain[c] === 1 && !(i + 1 < n && isCombining(text.charCodeAt(i + 1)))) {
      // A run of characters the fold keeps, each ending the word before it (as pushFolded does).
      endWord();
      let d = c;
      do {
        push(d, i, i + 1);
        if (++i >= n) break;
        d = text.charCodeAt(i);
      } while (plain[d] === 1 && !(i + 1 < n && isCombining(text.charCodeAt(i + 1))));
      wordStart = out.length;
      continue;
    }
    if (c < 0x80) {
      if (!isWordish(c)) {
        endWord();
        push(c, i, i + 1);
        wordStart = out.length;
      } else {
        if (isAsciiLetter(c)) wordLatin = true;
        push(c, i, i + 1);
      }
      i++;
      continue;
    }
    if (isInvisible(c)) {
      // a presentation selector or a keycap belongs to the character before it (a span ending in 1️⃣ takes it)
      if (isPresentationMark(c) && out.length > 0) {
        if (!mapped) startMap();
        en[en.length - 1] = i + 1;
      }
      i++;
      continue;
    }
    // Take one code point plus any combining marks that follow it.
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < n && isCombining(text.charCodeAt(j))) j++;
    if (isDash(c) && j === i + 1) {
      push(0x2d, i, j);
      i = j;
      continue;
    }
    if (isMiddleDot(c) && out.length > 0 && j < n && middleDotIsDot(out[out.length - 1], text.charCodeAt(j), text, j)) {
      push(0x2e, i, j);
      i = j;
      continue;
    }
    if ((c === 0x3002 || c === 0xff61 || c === 0x318d) && j === i + 1) {
      // Ideographic full stop, and the Hangul ㆍ Korean keyboards type for a middle dot: a dot between Latin
      // labels ("gmail。com", "wwwㆍtumblbugㆍcom"), a sentence end or a list's bullet otherwise.
      const prev = out.length > 0 ? out[out.length - 1] : 0;
      const next = j < n ? text.charCodeAt(j) : 0;
      const nextLatin = isAsciiLetter(next) || (next >= 0xff21 && next <= 0xff3a) || (next >= 0xff41 && next <= 0xff5a);
      push((isAsciiLetter(prev) || isAsciiDigit(prev)) && nextLatin ? 0x2e : c, i, j);
      i = j;
      continue;
    }
    if (
      out.length > 0 &&
      ((c === 0x30fc && dashMark(out[out.length - 1], j < n ? text.charCodeAt(j) : 0)) ||
        (c === NO && j === i + 1 && digitJoin(out[out.length - 1], out.length > 1 ? out[out.length - 2] : 0, text, j)) ||
        (isWave(c) && waveJoin(text, i)) ||
        (isMiddleDot(c) && isDigitChar(out[out.length - 1]) && j < n && isDigitChar(text.charCodeAt(j))) ||
        (isEmojiLead(c) && emojiJoin(text, i)))
    ) {
      // Katakana prolonged sound mark used as a dash between digits (090ー1234ー5678), `の` (03の6872の0309), a pair of wave dashes (090～1234～5678), a middle dot (646·517·8691), and an emoji (096🌸273🌸9305).
      push(0x2d, i, j);
      i = j;
      continue;
    }
    let piece: string;
    if (j === i + 1) {
      const m = table[c];
      if (m !== 0xffff) {
        pushFolded(m, i, j);
        i = j;
        continue;
      }
      piece = nfkc(text[i]);
    } else piece = nfkc(text.slice(i, j));
    for (let k = 0; k < piece.length; k++) pushFolded(piece.charCodeAt(k), i, j);
    i = j;
  }
  endWord();
  const codes = out;
  const len = codes.length;
  let s = '';
  const CHUNK = 8192;
  for (let k = 0; k < len; k += CHUNK) s += String.fromCharCode.apply(null, k === 0 && len <= CHUNK ? codes : codes.slice(k, k + CHUNK));
  if (!mapped && identityMap) startMap();
  const result: Normalised = mapped ? { text: s, start: st, end: en } : { text: s, start: null, end: null };
  out = st = en = [];
  return result;
}

/** A rewrite of the range [start, end) of a normalised text into `to` (each output char maps to the whole range). */
export interface Rewrite {
  start: number;
  end: number;
  to: string;
}

/**
 * Applies non-overlapping rewrites (sorted by start) to a normalised view and composes the offset maps,
 * so the result still maps to the original text.
 */
export function applyRewrites(base: Normalised, rewrites: Rewrite[]): Normalised {
  if (rewrites.length === 0) return base;
  const src = base.text;
  const n = src.length;
  // The length of the result, so the offset maps are written by index into arrays of that size.
  let len = 0;
  let pos = 0;
  for (const r of rewrites) {
    if (r.start < pos) continue; // overlapping rewrite: first one wins
    len += r.start - pos + r.to.length;
    pos = r.end;
  }
  len += n - pos;
  const st: number[] = new Array<number>(len);
  const en: number[] = new Array<number>(len);
  const bs = base.start;
  const be = base.end;
  // The pieces are joined at the end: one flat string (concatenation would build a tree of them).
  const parts: string[] = [];
  let w = 0;
  pos = 0;
  for (const r of rewrites) {
    if (r.start < pos) continue;
    parts.push(src.slice(pos, r.start), r.to);
    w = copyMap(bs, be, pos, r.start, st, en, w);
    const s0 = bs ? bs[r.start] : r.start;
    const e0 = be ? be[r.end - 1] : r.end;
    for (let k = 0; k < r.to.length; k++) {
      st[w] = s0;
      en[w++] = e0;
    }
    pos = r.end;
  }
  parts.push(src.slice(pos));
  copyMap(bs, be, pos, n, st, en, w);
  return { text: parts.join(''), start: st, end: en };
}

/**
 * Writes the offsets of characters [from, to) of a view (identity when it has no map) at `w` of
 * `st` and `en`; returns the index after them.
 */
function copyMap(bs: number[] | null, be: number[] | null, from: number, to: number, st: number[], en: number[], w: number): number {
  if (bs && be) {
    for (let k = from; k < to; k++) {
      st[w] = bs[k];
      en[w++] = be[k];
    }
  } else if (!bs && !be) {
    for (let k = from; k < to; k++) {
      st[w] = k;
      en[w++] = k + 1;
    }
  } else {
    for (let k = from; k < to; k++) {
      st[w] = bs ? bs[k] : k;
      en[w++] = be ? be[k] : k + 1;
    }
  }
  return w;
}

/** Maps a span [s, e) of a normalised view back to original string indices. */
export function toOriginal(v: Normalised, s: number, e: number): [number, number] {
  if (!v.start || !v.end) return [s, e];
  return [v.start[s], v.end[e - 1]];
}
