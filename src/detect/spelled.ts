/**
 * Word-level normalisation: what users spell out to get a contact detail past a filter.
 *
 * - "at" and "dot" written as words or in brackets, in the five languages: `(at)`, `[dot]`, `アット`,
 *   `ドット`, `앳`, `골뱅이`, `점`, `собака`, `точка`, `a còng`, `chấm`, and spaces around `@` and `.`;
 * - digits spelled out one by one: "zero nine zero", 〇九〇 / 零, 공일공 / 영일영, "ноль девять",
 *   "không chín", mixed with ordinary digits.
 *
 * A rewrite happens only where it could be part of a contact detail (an address-like word on both
 * sides of "at"/"dot", a run of at least seven digits), so ordinary prose ("meet at five", "one or two
 * lessons") is left alone. Rewrites keep the offset map (see normalise.ts).
 */
import { lazy } from '../lazy.js';

const tldts = lazy<typeof import('tldts')>('tldts');
import { applyRewrites, type Normalised, type Rewrite } from './normalise.js';
import { endTest } from './at-end.js';
import { triggers, T } from './triggers.js';
import { AT_WORDS, WORD_WRAPS, JOIN_WORDS, CJK_DASH_WORDS, CJK_AT_WORDS, CJK_DIGIT_WORDS, CJK_DOT_COM_WORDS, DOT_COM_WORD, CJK_DOT_WORDS, CLOSE_CLASS, COMMON_TLDS, DASH_WORDS, IDN_TLDS, IDN_TLD_WORD, SCRIPT_TLDS, DIGIT_DOT_WORDS, DIGIT_WORDS, DOT_WORDS, DIGIT_PARTICLES, MAIL_PROVIDERS, OPEN_CLASS, PLUS_WORDS, SAID_TLDS, SINGLE_CHAR_DIGITS, SLASH_WORDS, WEAK_KANA_DIGITS } from './words.js';
import { AT_STAND_INS, LOOKALIKE_DIGIT, accentedRunBefore, isAsciiAlnum, isAsciiLetter, isLocal, isSpace, lineFrom, schemeHostBefore, spacedLetter, wwwBefore } from './chars.js';
import { sortFew } from './overlap.js';
import { namesPlatform, platformJustBefore } from './recognisers/messenger.js';
import { icannSuffix } from './recognisers/domain.js';
import { luhn } from './recognisers/numbers.js';

/** Bracketed forms are unambiguous: `(at)`, `[dot]`, `{at}`, `（アット）`, `〔at〕`, `[.]`. */
const BRACKETED = new RegExp(
  String.raw`\s*${OPEN_CLASS}\s*(?:(${AT_WORDS}|@)|(${DOT_WORDS}|\.))\s*${CLOSE_CLASS}\s*`,
  'giu',
);
/** Bare word forms, and spaces around `@`, `.` and `/` (before a '/' at least); confirmed by context before rewriting. */
export const WORDY = new RegExp(
  String.raw`\s*(?<![\p{L}\p{N}])(${AT_WORDS})(?![\p{L}\p{N}])\s*|\s*(?<![\p{L}\p{N}])(${DOT_WORDS})(?![\p{L}\p{N}])\s*|\s+(?:(${SLASH_WORDS})\s+|(/)\s*)|\s+(@)\s*|(?<=\S)(@)\s+|\s+(\.)\s*|(\.)\s+`,
  'giu',
);
/**
 * WORDY may start at any space, so a global search tries it at every position of the message (in
 * Unicode mode, with lookbehinds): that was the costliest expression of the scanner. A match always
 * has a symbol word or `@`, `.`, `/` right after its leading spaces, so `nextWordy` finds those
 * anchors with a plain search and tries WORDY (sticky) only from the spaces before each one. It
 * returns the same matches as `WORDY.exec` in a loop.
 */
const WORDY_AT = new RegExp(WORDY.source, 'iuy');
const WORDY_ANCHOR = new RegExp(`${AT_WORDS}|${DOT_WORDS}|${SLASH_WORDS}|[@./]`, 'giu');
/** The first match of WORDY starting at or after `from`. */
export function nextWordy(t: string, from: number): RegExpExecArray | null {
  let a = from;
  for (;;) {
    WORDY_ANCHOR.lastIndex = a;
    const anchor = WORDY_ANCHOR.exec(t);
    if (!anchor) return null;
    a = anchor.index;
    let s = a;
    while (s > from && isSpace(t.charCodeAt(s - 1))) s--;
    if (s === a && !wordyMayStart(t, a)) {
      a++;
      continue;
    }
    for (; s <= a; s++) {
      WORDY_AT.lastIndex = s;
      const m = WORDY_AT.exec(t);
      if (m) return m;
    }
    a++;
  }
}
/**
 * Whether WORDY may match at the anchor `a` itself (no spaces before it to start from): `/` never
 * does (it needs spaces before it), `@` and `.` need a space after them, and a word needs no letter
 * or number before it (WORDY's lookbehind). Most anchors are none of these: "at" inside "that", the
 * dot of "gmail.com".
 */
function wordyMayStart(t: string, a: number): boolean {
  const c = t.charCodeAt(a);
  if (c === 0x2f) return false;
  if (c === 0x40 || c === 0x2e) return a + 1 < t.length && isSpace(t.charCodeAt(a + 1));
  const b = codePointBefore(t, a, 0);
  return b < 0 || (props(b) & P_LETTER_NUMBER) === 0;
}
/**
 * Kana and Hangul "at" and "dot" words. CJK words are written without spaces, so they may touch the words
 * around them, a Latin label on either side too (`cafe점naver점com`).
 */
const CJK_WORDY = new RegExp(`(${CJK_AT_WORDS})|(${CJK_DOT_WORDS})`, 'gu');

/**
 * A cheap test (no lookbehind, no Unicode mode) that some rewrite below may apply: a bracketed symbol
 * word, a spaced `@`, `.`, `/` or `://`, or a symbol word right after an address-like character.
 */
const WORD_PREFILTER = new RegExp(
  [
    String.raw`${OPEN_CLASS}\s*(?:${AT_WORDS}|${DOT_WORDS}|@|\.)\s*${CLOSE_CLASS}`,
    String.raw`\s@|\S@\s|\s\.[\s\w\u0400-\u04ff]|\s\/[\s\w]|\s:\s*\/\s*\/|:\s+\/\s*\/|:\/\s+\/`,
    String.raw`\.\s+(?:${[...COMMON_TLDS].join('|')})\b|:\/\/[A-Za-z0-9.-]+\.\s+[a-z]|\bwww\.\s+[a-z0-9]`,
    String.raw`[A-Za-z0-9_+\-~*]\s*(?:${AT_WORDS}|${DOT_WORDS}|${SLASH_WORDS})`,
    String.raw`(?:${DOT_WORDS})\s*${CLOSE_CLASS}?\s*(?:${IDN_TLDS}|${SCRIPT_TLDS})`,
  ].join('|'),
  'i',
);

/**
 * Something that may end a local part or a domain label, just before the "at"/"dot":
 * `/[A-Za-z0-9_\-+]$/` on the character before `s`.
 */
function tailBefore(t: string, s: number): boolean {
  if (s <= 0) return false;
  const c = t.charCodeAt(s - 1);
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x2b;
}
/** A domain-like word after "at": label, then a dot in some form, then a letter, or a dot word and a domain said in Cyrillic (`yandex точка ру`). */
const DOMAIN_AHEAD = new RegExp(
  String.raw`^\s*[A-Za-z0-9][A-Za-z0-9\-]*(?:(?:\s*\.\s*|\s*${OPEN_CLASS}\s*(?:${DOT_WORDS}|\.)\s*${CLOSE_CLASS}\s*|[\s_~*-]*(?:${DOT_WORDS})[\s_~*-]*)[A-Za-z]|\s*(?:${DOT_WORDS})\s*(?:${Object.keys(SAID_TLDS).join('|')})(?![\p{L}\p{N}])|\s*(?:${CJK_DOT_COM_WORDS}))`,
  'iu',
);
/** Labels and dots whose last label is a number (`callum.penhaligon.240`): a handle's shape, no domain's. */
const NUMBER_LABEL_AHEAD = /^\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.\d+(?![A-Za-z0-9.-])/;
/** A mail service's name alone after "at" ("yuki.tanaka at gmail"): see `addressLike`. */
const PROVIDER_AHEAD = new RegExp(String.raw`^\s*(?:${MAIL_PROVIDERS.join('|')})(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])`, 'i');
/**
 * Before "at" and a bare mail service: a local part that is not an ordinary word or a number, a letter
 * with a digit, a dot or an underscore inside ("yuki.tanaka", "kenji88"), so that "I'm at gmail", "works
 * at yahoo" and "room 101 at daum" stay prose; or any word starting with a letter when a word for mail
 * comes just before it ("email: kenji at gmail", "メールは kenji アット gmail").
 */
function addressLike(t: string, s: number): boolean {
  let r = s;
  while (r > 0 && isLocal(t.charCodeAt(r - 1))) r--;
  const local = t.slice(r, s);
  if (!/^[A-Za-z]/.test(local)) return false;
  return /[0-9]|[A-Za-z0-9][._][A-Za-z0-9]/.test(local) || MAIL_WORD_BEFORE.test(t.slice(Math.max(0, r - 24), r));
}
/** Whether what ends at `s` is one or two letters after an apostrophe ("form's", "we're"): a word's end, no local part. */
function contractionBefore(t: string, s: number): boolean {
  let r = s;
  while (r > 0 && s - r <= 2 && isLocal(t.charCodeAt(r - 1))) r--;
  const a = r > 0 ? t.charCodeAt(r - 1) : 0;
  return s - r <= 2 && (a === 0x27 || a === 0x2019);
}
/** A word for mail, and what may come between it and the address ("e-mail me at:", "メールは", "почта -"). */
const MAIL_WORD_BEFORE = /(?:e-?mail|mail|メール|메일|почт[аыуе]|thư)(?:\s*(?:address|アドレス|주소))?(?:\s+(?:me|của mình|của em|của tôi))?\s*(?:[:：\-—=→]|は|는|은|là|is)?\s*$/iu;
/** After "at": a domain, or a mail service's name alone after an address-like local part. */
function mailAhead(t: string, s: number, rest: string): boolean {
  return DOMAIN_AHEAD.test(rest) || (PROVIDER_AHEAD.test(rest) && addressLike(t, s));
}
/**
 * A web host after "at": no mail domain starts with `www`, nor has a path after it ("now at calendly.com/name",
 * "at vimeo . com/134463").
 */
const WWW_AHEAD = new RegExp(String.raw`^\s*(?:www\s*(?:\.|${OPEN_CLASS}|(?:${DOT_WORDS}))|[A-Za-z0-9-]+(?:\s?\.\s?[A-Za-z0-9-]+)+\/[A-Za-z0-9])`, 'iu');
/**
 * A determiner and a plain word before "at" ("a page at learnloop.education", "the team at acme.com"), or a
 * word for signing up or being found ("sign-up at x.co.uk", "contact us at acme.com"), or a verb ("the form is at
 * wordwall . net /play/…"): a place, no mailbox.
 */
const PLACE_BEFORE = /(?:^|\s)(?:(?:a|an|the|my|our|his|her|their|your|this|that|its)\s+[a-z]+|sign[- ]?up|register|apply|available|online|us|is|are|was|were)\s*$/i;
const LABEL_AHEAD = new RegExp(
  String.raw`^\s*([A-Za-z0-9][A-Za-z0-9-]*(?![A-Za-z0-9-])|[\p{L}\p{N}][\p{L}\p{N}-]*(?![\p{L}\p{N}-]))(\s*(?:\.|${OPEN_CLASS}|@|[-_~*]?(?<![\p{L}])(?:${DOT_WORDS}|${AT_WORDS})(?![\p{L}])|(?<=[A-Za-z0-9])(?:${CJK_DOT_WORDS}|${CJK_AT_WORDS})))?`,
  'iu',
);
/** The domain of an address just before, its '@' and dots perhaps spaced (`a @ live . com`), or its "at" a word (`x a móc yahoo.com`). */
const MAIL_DOMAIN_BEHIND = new RegExp(String.raw`(?:@|[A-Za-z0-9_+-]\s*(?<![\p{L}\p{N}])(?:${AT_WORDS})(?![\p{L}\p{N}]))\s?[\w-]+(?:\s?\.\s?[\w-]+)+$`, 'iu');
/** A host just before " / " or "slash": a label, a dot in some form, a top-level label. */
export const HOST_BEHIND = new RegExp(String.raw`[\p{L}\p{N}](?:\s*\.\s*|\s*${OPEN_CLASS}\s*(?:${DOT_WORDS}|\.)\s*${CLOSE_CLASS}\s*|\s+(?:${DOT_WORDS})\s+|(?:${DOT_WORDS}))[\p{L}]{2,}$`, 'iu');
const hostBehind = endTest(HOST_BEHIND);
/**
 * A label before ". " that reads as a domain label, not a capitalised sentence word; after a dot, a label
 * of two characters at least after another ("taemin-pyo.co. kr", not "e.g. com").
 */
export const LABEL_BEHIND = /(?:(?:^|[^\p{Script=Latin}\p{N}._-])[a-z0-9][a-z0-9-]*|[a-z0-9-]{2}\.[a-z0-9][a-z0-9-]+)$/u;
const labelBehind = endTest(LABEL_BEHIND);

/** A host that `www` starts, its dots spaced or not, up to the end ("www. tenpoint" before ". academy/trial"). */
const WWW_HOST_BEFORE = /(?<![A-Za-z0-9.-])www(?:\s?\.\s?[a-z0-9-]+)+$/i;
const wwwHostBefore = endTest(WWW_HOST_BEFORE);

const tldCache = new Map<string, boolean>();
function isTld(label: string): boolean {
  const l = label.toLowerCase();
  let r = tldCache.get(l);
  if (r === undefined) {
    const p = tldts().parse(`x.${l}`);
    r = p.isIcann === true && p.publicSuffix === l;
    if (tldCache.size < 10000) tldCache.set(l, r);
  }
  return r;
}

/** After a "dot": the next label is a real TLD, or another dot follows it (a subdomain). */
function dotAhead(rest: string, strict: boolean): boolean {
  const m = LABEL_AHEAD.exec(rest);
  if (!m) return false;
  if (m[2]) return true;
  return strict ? COMMON_TLDS.has(m[1]) : isTld(m[1]);
}

function collectSymbolRewrites(t: string, out: Rewrite[], flags: number): void {
  if (!WORD_PREFILTER.test(t)) return;
  if (flags & SYMBOL_BRACKET) collectBracketed(t, out);
  if (flags & SYMBOL_SPACED) {
    collectSpaced(t, out);
    collectLetterSpaced(t, out);
    collectSpacedScheme(t, out);
    collectDotCom(t, out);
  }
  if (flags & SYMBOL_CJK) collectCjk(t, out);
}

/**
 * Whether the dot word at `s` (`rest` after it) stands between numbers: left to the rules of numbers and
 * addresses, which read it as written (`100 점 67 점 164 점 182`: ip.ts; `10 dot 0 dot 0 dot 1`: SEP).
 */
function betweenNumbers(t: string, s: number, rest: string): boolean {
  return /^\s*\d/.test(rest) && /\d\s*$/.test(t.slice(Math.max(0, s - 4), s));
}

/** `(at)`, `[dot]`, `（アット）`, `〔at〕`. */
function collectBracketed(t: string, out: Rewrite[]): void {
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(t); m; m = BRACKETED.exec(t)) {
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (tailBefore(t, m.index) ? !/^[A-Za-z0-9]/.test(rest) : !(m[2] !== undefined && idnDot(t, m.index, rest))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, to: m[1] !== undefined ? '@' : '.' });
  }
}

/** DOT_COM_WORD after a label and a space or two ("tutorhub dotcom", "ivan at gmail DOTCOM"; a name in capitals, "Kim Dotcom", is none). */
const DOT_COM = new RegExp(String.raw`(?<=[A-Za-z0-9])\s{1,2}(?:${DOT_COM_WORD}|${DOT_COM_WORD.toUpperCase()})(?![\p{L}\p{N}])`, 'gu');
/** The word in its everyday sense: after an article, a preposition or a time ("the dotcom bubble", "made millions in dotcom"), or before what it names. */
const DOT_COM_ERA_BEFORE = /(?:^|[^A-Za-z0-9])(?:the|a|an|of|in|at|on|for|to|from|with|like|during|and|or|this|that|my|our|his|her|their|your|its|early|late|big|old|first|post|pre|failed|former)$/i;
const DOT_COM_ERA_AFTER = /^\s*(?:bubble|boom|bust|era|crash|compan(?:y|ies)|startups?|days|age|mania|years|millionaires?|burst|collapse|frenzy|stocks?|heyday|craze|wave|hype|dreams?|business(?:es)?|firms?)(?![A-Za-z])/i;
/** ".com" said as one word after a label: the spaces before it and the word become `.com`. */
function collectDotCom(t: string, out: Rewrite[]): void {
  DOT_COM.lastIndex = 0;
  for (let m = DOT_COM.exec(t); m; m = DOT_COM.exec(t)) {
    const e = m.index + m[0].length;
    if (DOT_COM_ERA_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index)) || DOT_COM_ERA_AFTER.test(t.slice(e, e + 16))) continue;
    out.push({ start: m.index, end: e, to: '.com' });
  }
}

/** A top-level domain said in Cyrillic letters (SAID_TLDS), a word of its own, at the start. */
const SAID_TLD = new RegExp(`^(?:${Object.keys(SAID_TLDS).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A scheme and its `://` with spaces beside its characters ("http : // linktr. ee/x"), a host after it. */
const SPACED_SCHEME = /(?<![A-Za-z])(https?)( *: *\/ *\/ *)(?=[A-Za-z0-9])/gi;

/** The spaces of a scheme's `://` removed. */
function collectSpacedScheme(t: string, out: Rewrite[]): void {
  SPACED_SCHEME.lastIndex = 0;
  for (let m = SPACED_SCHEME.exec(t); m; m = SPACED_SCHEME.exec(t)) if (m[2] !== '://') out.push({ start: m.index + m[1].length, end: m.index + m[0].length, to: '://' });
}

/** The segments of a path, each after a slash, spaces beside it or not, at the end of a text. */
const PATH_BEHIND = /(?:\s*\/\s*[A-Za-z0-9_~.%+-]+)+$/;

/** A label, ". " and a word after it (the first group): a host when the word is one of CHAIN_TLDS. */
const LABEL_THEN_TLD = /^[a-z0-9-]+\. ([a-z]+)\b/;
/** Very common top-level domains that are no English words. */
const CHAIN_TLDS = new Set(['com', 'net', 'org', 'io', 'jp', 'kr', 'ru', 'vn', 'dev', 'app']);

/** Words "at", "dot", "slash", and spaced '@', '.', '/'. */
function collectSpaced(t: string, out: Rewrite[]): void {
  for (let m = nextWordy(t, 0); m; m = nextWordy(t, m.index + m[0].length)) {
    let s = m.index;
    let e = s + m[0].length;
    // a word between two dashes, underscores, tildes or asterisks ("imogen-teach -at- libero.it", "gmail_dot_com",
    // "x ~at~ ucl"): they and the spaces beside them are part of it
    if ((m[1] !== undefined || m[2] !== undefined) && s > 0 && WORD_WRAPS.includes(t[s - 1]) && t[e] === t[s - 1]) {
      s--;
      e++;
      while (s > 0 && t.charCodeAt(s - 1) === 0x20) s--;
      while (t.charCodeAt(e) === 0x20) e++;
    }
    const before = t.slice(Math.max(0, s - 1), s);
    const rest = t.slice(e, e + 80);
    // A spaced dot may follow a non-Latin label ("пример . рф"), and so may a dot word before a top-level
    // domain of another script ("урок-английского ТОЧКА москва"); everything else needs an ASCII one.
    const idn = m[2] !== undefined && !tailBefore(t, s) && idnDot(t, s, rest);
    if (!tailBefore(t, s) && !idn && !(m[7] !== undefined && /\s\.\s/.test(m[0]) && /[\p{L}\p{N}]/u.test(before))) continue;
    if (m[1] !== undefined || m[5] !== undefined || m[6] !== undefined) {
      // "at": needs a local part before and a domain after (and not an address already, nor a web
      // address: "my profile at www.verbling.com").
      if (!mailAhead(t, s, rest) || /^\s*[^\s@]*@/.test(rest) || WWW_AHEAD.test(rest)) continue;
      // a handle after a spaced '@' ("I'm @ callum.penhaligon.240 on FB"): its last label a number, no domain's
      if (m[1] === undefined && NUMBER_LABEL_AHEAD.test(rest)) continue;
      if (m[1] !== undefined && PLACE_BEFORE.test(t.slice(Math.max(0, s - 24), s))) continue;
      // the end of a word after an apostrophe ("the booking form's at x.site", "we're at"): no local part
      if (contractionBefore(t, s)) continue;
      // a space before the '@' only: an address's local part before it ("uyen.study @gmail.com"), not a word ("follow us @x.jp")
      if (m[5] !== undefined && m[0].endsWith('@') && !addressLike(t, s)) continue;
      out.push({ start: s, end: e, to: '@' });
    } else if (m[2] !== undefined) {
      // a top-level domain said in Cyrillic letters after an ASCII label ("yandex точка ру"): the dot and the domain
      const said = tailBefore(t, s) ? SAID_TLD.exec(rest) : null;
      if (said) {
        out.push({ start: s, end: e + said[0].length, to: `.${SAID_TLDS[said[0].toLowerCase()]}` });
        continue;
      }
      // After a word with diacritics only a common top-level domain: "áo chấm bi" is a polka-dot shirt, not `áo.bi`.
      if (!idn && !dotAhead(rest, accentedRunBefore(t, s))) continue;
      if (betweenNumbers(t, s, rest)) continue;
      out.push({ start: s, end: e, to: '.' });
    } else if (m[3] !== undefined || m[4] !== undefined) {
      // " / ", " /" or "slash" right after a host, or after a path on one: "t.me / name", "padlet . com /name",
      // "t . me / joinchat / x".
      if (!/^[A-Za-z0-9~@_+]/.test(rest)) continue;
      const behind = t.slice(Math.max(0, s - 60), s);
      if (!hostBehind(behind) && !hostBehind(behind.replace(PATH_BEHIND, ''))) continue;
      // an address's domain has no path: the slash after it parts a list ("x@outlook.com / 0131 274 9868")
      if (MAIL_DOMAIN_BEHIND.test(behind)) continue;
      out.push({ start: s, end: e, to: '/' });
    } else if (m[7] !== undefined) {
      // " ." or " . ": a dot with a space before it is not punctuation. Between digit groups it is left
      // to the number rules, which read it as written (`8628 . 5066 . 9190`: no host has a label of digits alone there).
      if (isDigit(t.charCodeAt(s - 1)) && /^\d/.test(rest)) continue;
      if (!dotAhead(rest, false)) continue;
      out.push({ start: s, end: e, to: '.' });
    } else if (m[8] !== undefined) {
      // ". " is usually the end of a sentence; only a very common TLD right after it counts, or any
      // real one after a host a scheme or `www` starts ("http://discord. gg/x", "www. tenpoint. academy").
      const lab = /^([a-z0-9]+)\b/.exec(rest);
      if (!lab) continue;
      // "www. taemin-pyo": the label after it needs nothing more
      const www = wwwBefore(t, s);
      // (or, after a label with a digit or a hyphen, a label that ". " and a very common TLD follow in turn:
      // "hyeonjun2006. oopy. io"; not "tired. then. me")
      const chained = CHAIN_TLDS.has(LABEL_THEN_TLD.exec(rest)?.[1] ?? '') && /[a-z]*[\d-][a-z\d-]*$/i.test(t.slice(Math.max(0, s - 40), s));
      if (!www && !chained && !(COMMON_TLDS.has(lab[1]) || ((schemeHostBefore(t, s) || wwwHostBefore(t.slice(Math.max(0, s - 60), s))) && isTld(lab[1])))) continue;
      // and the word before must look like a domain label (of a host too: "taemin-pyo.co. kr"), not a capitalised sentence word.
      if (!labelBehind(t.slice(Math.max(0, s - 40), s))) continue;
      out.push({ start: s, end: e, to: '.' });
    }
    void e;
  }
}

/**
 * An address written a character at a time, `y u k i @ g m a i l . c o m`, which a word may start or
 * end (`y u k i @ gmail.com`, `yuki @ g m a i l . c o m`): single characters, each followed by one space;
 * a word of another script or a mark may touch it (`s o h e e @ nate.com에서`, `..., nate.com.`).
 */
const LETTER_SPACED = /(?<![A-Za-z0-9._@-])(?:[A-Za-z0-9._-]{2,} (?=[@.] ))?(?:[A-Za-z0-9_@.-] ){3,}(?:[A-Za-z0-9_-]|(?<=[@.] )[A-Za-z0-9._-]*[A-Za-z0-9_-])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/g;
/**
 * What the characters joined must be: an address or a host, whose domain is a mail service's name alone
 * (addresses only) or ends in a TLD after a label of two characters or more ("U . S . A . is" is no host).
 */
const JOINED = /^(?:[A-Za-z0-9][A-Za-z0-9._+-]*@)?(?:[A-Za-z0-9-]+\.)*?([A-Za-z0-9-]+)(?:\.([A-Za-z0-9-]+))?$/;

/**
 * The spaces of a letter-spaced address removed, when at least three of its letters or digits stand
 * alone. A word in it touches an `@` or a `.` that stands alone, so an address or a host always has a
 * spaced symbol, which the character pass flags (triggers.ts).
 */
function collectLetterSpaced(t: string, out: Rewrite[]): void {
  LETTER_SPACED.lastIndex = 0;
  for (let m = LETTER_SPACED.exec(t); m; m = LETTER_SPACED.exec(t)) {
    const parts = m[0].split(' ');
    let single = 0;
    for (const p of parts) if (p.length === 1 && /[A-Za-z0-9]/.test(p)) single++;
    if (single < 3) continue;
    const joined = JOINED.exec(parts.join(''));
    if (!joined) continue;
    const [all, label, tld] = joined;
    if (tld ? label.length < 2 || !isTld(tld) : !(all.includes('@') && MAIL_PROVIDERS.includes(label.toLowerCase()))) continue;
    for (let k = m.index; k < m.index + m[0].length; k++) if (t.charCodeAt(k) === 0x20) out.push({ start: k, end: k + 1, to: '' });
  }
}

const CJK_DOT_COM = new RegExp(`(?:${CJK_DOT_COM_WORDS})`, 'y');

/** What a dot word after a label of another script than Latin may be followed by (IDN_TLD_WORD). */
const IDN_TLD_AHEAD = new RegExp(`^\\s*${IDN_TLD_WORD}`, 'iu');
/**
 * Whether a dot word at `s`, followed by `rest`, joins a label of another script than Latin before it
 * (spaces between allowed) to a top-level domain of one after it: `урок-английского ТОЧКА москва`.
 */
function idnDot(t: string, s: number, rest: string): boolean {
  let k = s;
  while (k > 0 && isSpace(t.charCodeAt(k - 1))) k--;
  const c = k > 0 ? t.charCodeAt(k - 1) : 0;
  return c >= 0x80 && /[\p{L}\p{N}]/u.test(t[k - 1]) && IDN_TLD_AHEAD.test(rest);
}

/** Kana and Hangul "at" and "dot", which may touch the words around them. */
function collectCjk(t: string, out: Rewrite[]): void {
  CJK_WORDY.lastIndex = 0;
  for (let m = CJK_WORDY.exec(t); m; m = CJK_WORDY.exec(t)) {
    let s = m.index;
    const e = s + m[0].length;
    CJK_DOT_COM.lastIndex = s;
    const com = m[2] !== undefined ? CJK_DOT_COM.exec(t) : null;
    if (com) {
      // ".com" as one word ends a domain, also after a space (`minsu@naver 닷컴`)
      while (s > 0 && isSpace(t.charCodeAt(s - 1))) s--;
      if (tailBefore(t, s)) out.push({ start: s, end: m.index + com[0].length, to: '.com' });
      continue;
    }
    const rest = t.slice(e, e + 80);
    if (!tailBefore(t, s)) {
      // a dot word between a label of another script and a top-level domain of one (`にほんご教室ドットみんな`),
      // with the spaces around it (`にほんご教室 ドット みんな`)
      if (m[2] === undefined || !idnDot(t, s, rest)) continue;
      let a = s;
      while (a > 0 && isSpace(t.charCodeAt(a - 1))) a--;
      let b = e;
      while (b < t.length && isSpace(t.charCodeAt(b))) b++;
      out.push({ start: a, end: b, to: '.' });
      continue;
    }
    if (m[1] !== undefined ? !mailAhead(t, s, rest) : !dotAhead(rest, false)) continue;
    if (m[2] !== undefined && betweenNumbers(t, s, rest)) continue;
    out.push({ start: s, end: e, to: m[1] !== undefined ? '@' : '.' });
  }
}

const { SPELLED_DIGITS, SYMBOL_WORDS, SYMBOL_BRACKET, SYMBOL_SPACED, SYMBOL_CJK } = T;

// ---- digits spelled out -------------------------------------------------------------------------

const WORD_ALT = Object.keys(DIGIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Longest first: a reading that another one starts (ニ of ニー) comes after it. */
const CJK_WORD_ALT = Object.keys(CJK_DIGIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const CHAR_CLASS = Object.keys(SINGLE_CHAR_DIGITS).join('');
const WEAK_KANA = Object.keys(WEAK_KANA_DIGITS).join('');
/** A reading of WEAK_KANA_DIGITS between kana digit words, perhaps beside others of them, a space, a dash or の apart at most. */
const KANA_SEP = String.raw`(?:[\s-]|\s?の\s?)?`;
const WEAK_KANA_TOKEN = String.raw`(?<=(?:${CJK_WORD_ALT})(?:${KANA_SEP}[${WEAK_KANA}])*${KANA_SEP})[${WEAK_KANA}](?=(?:${KANA_SEP}[${WEAK_KANA}])*${KANA_SEP}(?:${CJK_WORD_ALT}))`;
// The kana reading さん (3) is the honorific after a name in Han or katakana letters (`小川さん〇 八 二…`).
// A spelled digit char is not a digit when a Hangul or Han letter that is not a digit follows it
// (`이에요`: the particle, not "2"), unless that is the particle "(으)로" ("to": `...칠구으로 전화 주세요`),
// which ends the word (`팔로우`, "follow", is no 8).
const TOKEN = String.raw`(?:\d+|(?<![\p{L}\p{N}])(?:${WORD_ALT})(?!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L})|(?!(?<=[\p{sc=Han}\p{sc=Katakana}])さん)(?:${CJK_WORD_ALT})|[${CHAR_CLASS}](?!(?![${CHAR_CLASS}]|(?:${DIGIT_PARTICLES.join('|')})(?![\p{sc=Hangul}\p{sc=Han}]))[\p{sc=Hangul}\p{sc=Han}])|${WEAK_KANA_TOKEN})`;
/** Words that stand for a separator between digit groups: a dash, or a dot (rewritten as a dash: no decimal number, no IP address is meant). */
const SEP_WORDS = `${DASH_WORDS}|${DIGIT_DOT_WORDS}`;
const SEP = String.raw`(?:[\s,、・\-.()/|]{0,4}|[\s(\[]*(?:(?<![\p{L}])(?:${SEP_WORDS})(?![\p{L}])|${CJK_DASH_WORDS})[\s)\]]*|\s?에\s{1,2}|\s?の\s?)`;
/** The separators of SEP of one character of a script without spaces: Korean 에 and Japanese の read between groups. */
const SEP_CHARS = ['에', 'の'];
export const DIGIT_RUN = new RegExp(String.raw`${TOKEN}(?:${SEP}${TOKEN})+`, 'giu');
/** A word for "plus" and the spaces after it, at the end (PLUS_WORDS): see `plusBefore`. */
const PLUS_BEFORE = new RegExp(String.raw`(?:${PLUS_WORDS})\s{0,2}$`, 'iu');
/**
 * The word for "plus" and the spaces after it that end `t` before `ms`, or null: a word of its own, after
 * no letter of a script written with spaces ("surplus" is none); Japanese and Korean may touch the word
 * before it (`固定電話プラス`).
 */
function plusBefore(t: string, ms: number): RegExpExecArray | null {
  const plus = PLUS_BEFORE.exec(t.slice(Math.max(0, ms - 8), ms));
  if (!plus) return null;
  const b = t.charCodeAt(ms - plus[0].length - 1);
  return isAsciiLetter(b) || spacedLetter(b) ? null : plus;
}
/** One separator word: a dash word, or a dot word (group 1). */
const DASH_ONE = new RegExp(String.raw`[\s(\[]*(?:(?<![\p{L}])(?:${DASH_WORDS}|(${DIGIT_DOT_WORDS}))(?![\p{L}])|${CJK_DASH_WORDS})[\s)\]]*`, 'giu');
const COMMA_ONE = /\s*(?:[,、・|]|\.{2,})\s*|\s+\/\s+/g;
/** Four groups of one to three digits joined by dot words alone: an IPv4 address (`10 chấm 240 chấm 4 chấm 29`). */
const IP_BY_WORDS = new RegExp(String.raw`^\d{1,3}(?:\s*(?<![\p{L}])(?:${DIGIT_DOT_WORDS})(?![\p{L}])\s*\d{1,3}){3}$`, 'iu');
export const TOKEN_ONE = new RegExp(TOKEN, 'giu');
/** Cheap test: three number tokens in a row, at least one of them spelled (no lookbehind, no Unicode mode). */
const FAST_TOKEN = `(?:\\d+|${WORD_ALT}|(?:${CJK_WORD_ALT})[${WEAK_KANA}]*|[${CHAR_CLASS}])`;
const FAST_SEP = `(?:[\\s,、・\\-.()/|]{0,4}|[\\s(\\[]*(?:${SEP_WORDS})[\\s)\\]]*|\\s?에\\s{1,2}|\\s?の\\s?)`;
const NUMBER_PREFILTER = new RegExp(`${FAST_TOKEN}${FAST_SEP}${FAST_TOKEN}${FAST_SEP}${FAST_TOKEN}`, 'i');
const HAS_SPELLED = new RegExp(`${WORD_ALT}|${CJK_WORD_ALT}|${SEP_WORDS}|[${CHAR_CLASS}]|에\\s`, 'i');

/** The digit a spelled token stands for, by the token in lower case (words, kana, Han and Hangul). */
const DIGIT_OF = new Map<string, string>([...Object.entries(DIGIT_WORDS), ...Object.entries(CJK_DIGIT_WORDS), ...Object.entries(WEAK_KANA_DIGITS), ...Object.entries(SINGLE_CHAR_DIGITS)]);
/** Cheap test that DASH_ONE may match (case folding without the Unicode flag agrees on these words). */
const DASH_ANY = new RegExp(SEP_WORDS, 'i');

const DIGIT_RUN_AT = new RegExp(DIGIT_RUN.source, 'iuy');
/** The end of the run `nextRun` found last. */
export function runEnd(): number {
  return DIGIT_RUN_AT.lastIndex;
}

// ---- TOKEN read by hand ---------------------------------------------------------------------------

/**
 * `\p{L}`, `[\p{L}\p{N}]`, `[\p{sc=Hangul}\p{sc=Han}]` and the scripts written without spaces (Han, kana,
 * Hangul) of a code point (bits), read from the expressions with TOKEN's flags (case-insensitive, a class
 * also takes what folds to its members).
 */
const P_LETTER = 1;
const P_LETTER_NUMBER = 2;
const P_HAN_HANGUL = 4;
const P_KNOWN = 8;
const P_UNSPACED = 16;
const LETTER = /^\p{L}$/iu;
const LETTER_NUMBER = /^[\p{L}\p{N}]$/iu;
const HAN_HANGUL = /^[\p{sc=Hangul}\p{sc=Han}]$/iu;
const UNSPACED = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/iu;
function propsOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    P_KNOWN |
    (LETTER.test(ch) ? P_LETTER : 0) |
    (LETTER_NUMBER.test(ch) ? P_LETTER_NUMBER : 0) |
    (HAN_HANGUL.test(ch) ? P_HAN_HANGUL : 0) |
    (UNSPACED.test(ch) ? P_UNSPACED : 0)
  );
}
/** The properties of the code units met so far (0: not looked up yet). */
const PROPS = new Uint8Array(0x10000);
function props(cp: number): number {
  if (cp > 0xffff) return propsOf(cp);
  let b = PROPS[cp];
  if (b === 0) PROPS[cp] = b = propsOf(cp);
  return b;
}
/** The code point that ends before `p` in `t` read from `from` on (-1 at `from`): what a lookbehind reads. */
function codePointBefore(t: string, p: number, from: number): number {
  if (p <= from) return -1;
  const c = t.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p - 2 >= from) {
    const h = t.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}
/** The code point that starts at `p` in `t` read up to `to` (-1 at `to`): what a lookahead reads. */
function codePointAt(t: string, p: number, to: number): number {
  if (p >= to) return -1;
  const c = t.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
    const l = t.charCodeAt(p + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return (c - 0xd800) * 0x400 + (l - 0xdc00) + 0x10000;
  }
  return c;
}
/** Code units of the code point at `p` (a search in Unicode mode moves on by code points). */
export function codePointLength(t: string, p: number, to: number): number {
  const c = t.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
    const l = t.charCodeAt(p + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return 2;
  }
  return 1;
}

/** The digit words (lower case) as code units, by their first letter. */
const WORDS_BY_FIRST = new Map<number, number[][]>();
for (const w of Object.keys(DIGIT_WORDS)) {
  const codes = Array.from(w, (ch) => ch.charCodeAt(0));
  let list = WORDS_BY_FIRST.get(codes[0]);
  if (!list) WORDS_BY_FIRST.set(codes[0], (list = []));
  list.push(codes);
}
/**
 * For each code unit, the letter of the digit words it matches case-insensitively in Unicode mode
 * (simple case folding: `A` and `a`, `ſ` and `s`, `Ё` and `ё`), 0 for none; built on first use from
 * the expressions themselves: a class of those letters, then each letter alone. And what a token
 * starting with the code unit can be (START_*).
 */
let FOLD_TO: Uint16Array | null = null;
let START: Uint8Array | null = null;
const START_DIGIT = 1;
const START_WORD = 2;
const START_KANA = 3;
const START_CHAR = 4;
/** The single-character digits (CHAR_CLASS). */
const CHAR_DIGIT = new Set(Array.from(CHAR_CLASS, (ch) => ch.charCodeAt(0)));
/** The kana digit words (CJK_DIGIT_WORDS), by first character, longest first (as in CJK_WORD_ALT). */
const CJK_WORD_BY_FIRST = new Map<number, string[]>();
for (const w of CJK_WORD_ALT.split('|')) {
  const list = CJK_WORD_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  CJK_WORD_BY_FIRST.set(w.charCodeAt(0), list);
}
function buildTables(): void {
  const letters = [...new Set(Object.keys(DIGIT_WORDS).join(''))];
  const esc = (ch: string) => ch.replace(/[\\\]^-]/g, '\\$&');
  const any = new RegExp(`^[${letters.map(esc).join('')}]$`, 'iu');
  const each = letters.map((ch) => [ch.charCodeAt(0), new RegExp(`^[${esc(ch)}]$`, 'iu')] as const);
  const fold = new Uint16Array(0x10000);
  const start = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!any.test(ch)) continue;
    for (const [l, re] of each) {
      if (re.test(ch)) {
        fold[c] = l;
        if (WORDS_BY_FIRST.has(l)) start[c] = START_WORD;
        break;
      }
    }
  }
  for (let c = 0x30; c <= 0x39; c++) start[c] = START_DIGIT;
  for (const c of CJK_WORD_BY_FIRST.keys()) start[c] = START_KANA;
  for (const c of CHAR_DIGIT) start[c] = START_CHAR;
  FOLD_TO = fold;
  START = start;
}

/**
 * The end of the match of TOKEN at `p` in `t` read as the string `t.slice(from, to)` (lookarounds
 * see nothing outside it), -1 when TOKEN does not match there. The alternatives start with
 * different characters (digits, letters of the word lists, kana, Han and Hangul), so at most one can
 * match at a place, and of the words at most one: each is followed by something that is no letter,
 * and no word is another one followed by letters.
 */
export function tokenEnd(t: string, p: number, from: number, to: number): number {
  if (START === null) buildTables();
  const c = t.charCodeAt(p);
  switch (START![c]) {
    case START_DIGIT: {
      // \d+
      let e = p + 1;
      while (e < to && t.charCodeAt(e) >= 0x30 && t.charCodeAt(e) <= 0x39) e++;
      return e;
    }
    case START_WORD: {
      // (?<![\p{L}\p{N}])(?:WORD_ALT)(?!(?![Han, kana, Hangul])\p{L}): no letter after the word but one of a
      // script written without spaces ("nine-four-six-sixです"); the lookbehind first, as most letters are inside a word
      const b = codePointBefore(t, p, from);
      if (b >= 0 && props(b) & P_LETTER_NUMBER) return -1;
      const fold = FOLD_TO!;
      for (const w of WORDS_BY_FIRST.get(fold[c])!) {
        const e = p + w.length;
        if (e > to) continue;
        let k = 1;
        while (k < w.length && fold[t.charCodeAt(p + k)] === w[k]) k++;
        if (k < w.length) continue;
        const a = codePointAt(t, e, to);
        if (a >= 0 && (props(a) & (P_LETTER | P_UNSPACED)) === P_LETTER) continue;
        return e;
      }
      return -1;
    }
    case START_KANA: {
      // the honorific after a name in Han or katakana letters (`小川さん`, `マリアさん`) is no 3
      if (c === 0x3055 && t.charCodeAt(p + 1) === 0x3093 && p + 2 <= to && HAN_KATAKANA.test(String.fromCodePoint(Math.max(0, codePointBefore(t, p, from))))) return -1;
      // CJK_WORD_ALT: the first that matches, as the alternation takes it
      for (const kana of CJK_WORD_BY_FIRST.get(c)!) if (p + kana.length <= to && t.startsWith(kana, p)) return p + kana.length;
      // then WEAK_KANA_TOKEN, with its lookarounds (rare: read by the expression)
      return WEAK_KANA.includes(t[p]) && weakKanaAt(t, p, from, to) ? p + 1 : -1;
    }
    case START_CHAR: {
      // [CHAR_CLASS](?!(?![CHAR_CLASS]|(?:DIGIT_PARTICLES)(?![\p{sc=Hangul}\p{sc=Han}]))[\p{sc=Hangul}\p{sc=Han}])
      const a = codePointAt(t, p + 1, to);
      if (a < 0 || CHAR_DIGIT.has(a) || !(props(a) & P_HAN_HANGUL)) return p + 1;
      // a particle (DIGIT_PARTICLES, the first that matches), and no Hangul or Han letter after it
      for (const w of DIGIT_PARTICLES) {
        if (p + 1 + w.length > to || !t.startsWith(w, p + 1)) continue;
        const b = codePointAt(t, p + 1 + w.length, to);
        return b >= 0 && props(b) & P_HAN_HANGUL ? -1 : p + 1;
      }
      return -1;
    }
    default:
      return -1;
  }
}

/** A letter of the Han or katakana script (before the honorific さん, see TOKEN). */
const HAN_KATAKANA = /^[\p{sc=Han}\p{sc=Katakana}]$/u;
const WEAK_KANA_AT = new RegExp(WEAK_KANA_TOKEN, 'uy');
/** Whether WEAK_KANA_TOKEN matches at `p` of `t` read as `t.slice(from, to)`. */
function weakKanaAt(t: string, p: number, from: number, to: number): boolean {
  const part = from === 0 && to === t.length ? t : t.slice(from, to);
  WEAK_KANA_AT.lastIndex = p - from;
  return WEAK_KANA_AT.test(part);
}

/** `SPELLED_CHAR.test(t.slice(from, to))`: a character that is not an ASCII digit nor a plain separator. */
function spelledChar(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x3001 || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29 || c === 0x2f || c === 0x7c || isSpace(c)) continue;
    return true;
  }
  return false;
}

/**
 * The same matches as DIGIT_RUN and TOKEN_ONE in global searches, with fewer expression runs. Both
 * were tried at every position of the message, and this pass was the costliest per message of the
 * scanner. A match of either starts with a token, so `tokenEnd` (TOKEN read by hand: the same
 * lookarounds, the same case-insensitive comparison) finds the positions where one can start; DIGIT_RUN
 * runs (sticky) only there, and the tokens of a run are read by hand. spelled.test.ts compares both
 * with the expressions.
 */
function collectDigitRewrites(t: string, out: Rewrite[]): void {
  if (!HAS_SPELLED.test(t) || !NUMBER_PREFILTER.test(t)) return;
  let p = nextRun(t, 0);
  while (p >= 0) {
    const end = DIGIT_RUN_AT.lastIndex;
    digitRun(t, p, end, out);
    p = nextRun(t, end);
  }
}

/**
 * The next match of DIGIT_RUN at or after `from` (a global search from `from`): its start, with
 * DIGIT_RUN_AT.lastIndex at its end; -1 when there is none.
 */
export function nextRun(t: string, from: number): number {
  const n = t.length;
  for (let p = from; p < n; ) {
    if (tokenEnd(t, p, 0, n) >= 0) {
      DIGIT_RUN_AT.lastIndex = p;
      if (DIGIT_RUN_AT.test(t)) return p;
    }
    p += codePointLength(t, p, n);
  }
  return -1;
}

// The tokens of the run `digitRun` reads (single-threaded, not reentrant: reused rather than allocated per run).
const RUN_STARTS: number[] = [];
const RUN_ENDS: number[] = [];
const RUN_SAYS: (string | undefined)[] = [];
const RUN_VALUES: number[] = [];

/** The rewrites of the run [ms, me) of `t` (a match of DIGIT_RUN), when it is a spelled number. */
function digitRun(t: string, ms: number, me: number, out: Rewrite[]): void {
  // Plain digits and separators ("2024-05-12", "090 1234 5678") have nothing to rewrite.
  if (!spelledChar(t, ms, me)) return;
  const local: Rewrite[] = [];
  let digits = 0;
  let spelled = 0;
  // Gaps of one space or dash inside groups of up to seven single-digit tokens (`nine one nine five`),
  // and whether the run has a gap of another kind (`6754 nine`, `oh, five`, `two... one`): see below.
  const tight: number[] = [];
  let grouped = false;
  let prevEnd = -1;
  let prevSingle = false;
  let groupGaps = 0; // the one-character gaps of the group so far, the last ones of `gaps`
  let groupLen = 0;
  const gaps: number[] = [];
  const endGroup = () => {
    if (groupLen <= 7) for (let g = gaps.length - groupGaps; g < gaps.length; g++) tight.push(gaps[g]);
    groupGaps = groupLen = 0;
  };
  // The tokens of the run, as TOKEN_ONE finds them in `t.slice(ms, me)`, and what each says (DIGIT_OF: a
  // digit, or a part of a number read in groups; undefined for written digits).
  const starts = RUN_STARTS;
  const ends = RUN_ENDS;
  const says = RUN_SAYS;
  starts.length = ends.length = says.length = 0;
  let parts = false; // a word of a number read in groups among them
  for (let k = ms; k < me; ) {
    const e = tokenEnd(t, k, ms, me);
    if (e < 0) {
      k += codePointLength(t, k, me);
      continue;
    }
    starts.push(k);
    ends.push(e);
    const c = t.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) says.push(undefined);
    else {
      const tok = t.slice(k, e);
      // Keys are in lower case, and tokens mostly are: looked up as written first (toLowerCase of a
      // non-ASCII word is a call into ICU).
      const said = DIGIT_OF.get(tok) ?? DIGIT_OF.get(tok.toLowerCase());
      if (said !== undefined && !isDigit(said.charCodeAt(0))) parts = true;
      says.push(said);
    }
    k = e;
  }
  // What each token says, as a number, in order, and the groups read as numbers: all round ("hai trăm, ba
  // trăm", "десять, двадцать"), all doubles ("double five, double six"), or counting ("mot hai … chin muoi")
  // say amounts, scores or a count, no number to call.
  const values = RUN_VALUES;
  values.length = 0;
  let groups = 0;
  let round = 0;
  let doubles = 0;
  for (let x = 0; x < starts.length; ) {
    const k = starts[x];
    const c = t.charCodeAt(k);
    // a number read in groups ("девятьсот шесть", "ba trăm lẻ tám") is one token, of its digits
    const group = parts ? compound(says, x) : null;
    const e = ends[x + (group ? group.words : 1) - 1];
    const single = !group && (!(c >= 0x30 && c <= 0x39) || e - k === 1);
    if (prevEnd >= 0) {
      const gap = k - prevEnd;
      const g = t.charCodeAt(prevEnd);
      if (prevSingle && single && (gap === 0 || (gap === 1 && (g === 0x20 || g === 0x3000 || g === 0x2d)))) {
        if (gap === 1) {
          gaps.push(prevEnd);
          groupGaps++;
        }
      } else {
        grouped = true;
        endGroup();
      }
    }
    groupLen++;
    prevEnd = e;
    prevSingle = single;
    if (group) {
      digits += group.digits.length;
      spelled += group.words;
      local.push({ start: k, end: e, to: group.digits });
      values.push(Number(group.digits));
      groups++;
      if (group.digits.endsWith('0')) round++;
      if (says[x]![0] === 'D') doubles++;
      x += group.words;
      continue;
    }
    const d = says[x];
    if (c >= 0x30 && c <= 0x39) {
      digits += e - k;
      values.push(Number(t.slice(k, e)));
    } else if (d !== undefined && isDigit(d.charCodeAt(0))) {
      digits++;
      spelled++;
      local.push({ start: k, end: e, to: d });
      values.push(Number(d));
    }
    x++;
  }
  if (groups >= 2 && (round === groups || doubles === groups)) return;
  if (values.length >= 5 && counting(values)) return;
  const run = t.slice(ms, me);
  if (IP_BY_WORDS.test(run) && run.split(/\D+/).every((g) => Number(g) <= 255)) {
    DASH_ONE.lastIndex = 0;
    for (let k = DASH_ONE.exec(run); k; k = DASH_ONE.exec(run)) out.push({ start: ms + k.index, end: ms + k.index + k[0].length, to: '.' });
    return;
  }
  let dashes = 0;
  // 에 and の between groups (SEP): a dash
  for (const word of SEP_CHARS)
    for (let k = run.indexOf(word); k >= 0; k = run.indexOf(word, k + 1)) {
      dashes++;
      local.push({ start: ms + k, end: ms + k + 1, to: '-' });
    }
  if (DASH_ANY.test(run)) {
    DASH_ONE.lastIndex = 0;
    for (let k = DASH_ONE.exec(run); k; k = DASH_ONE.exec(run)) {
      const s = ms + k.index;
      const e = s + k[0].length;
      // a dot word beside a single written digit is a decimal point ("8 chấm 5, 9 chấm 25": scores)
      if (k[1] !== undefined && (oneDigitBefore(t, s) || oneDigitAfter(t, e))) continue;
      dashes++;
      local.push({ start: s, end: e, to: '-' });
    }
  }
  // Phone numbers and card numbers have at least seven digits; two spelled digits (or a spelled
  // dash) make the spelling deliberate. Counting ("one two three four five six seven") is not a number.
  if (digits < 7 || (spelled < 2 && dashes < 1)) return;
  let spelledValue = '';
  for (const l of local) if (l.to !== '-') spelledValue += l.to;
  if (spelledValue.length >= 5 && ('0123456789'.includes(spelledValue) || '9876543210'.includes(spelledValue))) return;
  // "Plus" right before the run: its '+'.
  const plus = plusBefore(t, ms);
  if (plus) local.push({ start: ms - plus[0].length, end: ms, to: '+' });
  // Commas, middle dots and spaced slashes between spelled groups ("không chín ba, hai hai sáu", "ハチ・イチ", "three-five / nine-…") become plain spaces.
  COMMA_ONE.lastIndex = 0;
  for (let k = COMMA_ONE.exec(run); k; k = COMMA_ONE.exec(run)) local.push({ start: ms + k.index, end: ms + k.index + k[0].length, to: ' ' });
  // A run the writer split into groups (by commas, dashes, ellipses, or written groups of digits around
  // the spelled ones): the digits of each group are joined (`6754 nine one nine five 6108` is read as
  // `6754 9195 6108`, `four-three-six-oh, five-…` as `4360 5…`), so the groups read as written ones.
  // Digits spelled one by one with nothing else between them stay apart, as written digits would.
  endGroup();
  if (grouped) for (const g of tight) local.push({ start: g, end: g + 1, to: '' });
  // one by one: a spread of a run as long as the text would overflow the stack
  for (const l of local) out.push(l);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Whether `values` count up or down by one, the last perhaps apart ("one two three four five", "mot hai ba …
 * tam chin muoi": without diacritics, "chin muoi" reads as ninety as well as nine and ten).
 */
function counting(values: readonly number[]): boolean {
  const step = values[1] - values[0];
  if (step !== 1 && step !== -1) return false;
  for (let k = 2; k < values.length - 1; k++) if (values[k] - values[k - 1] !== step) return false;
  return true;
}

/** A digit word's digit (1 to 9), or a unit said only after tens (`U`: mốt, lam), or null. */
function unitOf(said: string | undefined): string | null {
  if (said === undefined) return null;
  if (said.length === 1) return said !== '0' && isDigit(said.charCodeAt(0)) ? said : null;
  return said[0] === 'U' ? said[1] : null;
}
const isDigitWord = (said: string | undefined) => said !== undefined && said.length === 1 && isDigit(said.charCodeAt(0));

/**
 * The number read in groups that starts at token `x` of a run (`says`: what each token says, DIGIT_WORDS),
 * as its digits and the count of its words, or null: Russian hundreds, tens and units or a teen ("девятьсот
 * шесть", 906; "двадцать семь", 27; "тринадцать", 13); Vietnamese hundreds, tens and units ("ba trăm lẻ tám",
 * 308; "tám trăm ba mươi tư", 834; "bảy mươi mốt", 71; "mười lăm", 15); "double" or "triple" and a digit.
 */
function compound(says: readonly (string | undefined)[], x: number): { digits: string; words: number } | null {
  const v = says[x];
  if (v === undefined) return null;
  const n = says[x + 1];
  switch (v[0]) {
    case 'H': {
      if (n?.[0] === 'N') return { digits: v[1] + n.slice(1), words: 2 };
      if (n?.[0] === 'T') {
        const u = plainUnit(says[x + 2]);
        return u ? { digits: v[1] + n[1] + u, words: 3 } : { digits: v[1] + n[1] + '0', words: 2 };
      }
      const u = plainUnit(n);
      return u ? { digits: v[1] + '0' + u, words: 2 } : { digits: v[1] + '00', words: 1 };
    }
    case 'T': {
      const u = plainUnit(n);
      return u ? { digits: v[1] + u, words: 2 } : { digits: v[1] + '0', words: 1 };
    }
    case 'N':
      return { digits: v.slice(1), words: 1 };
    case 'M':
    case 'X':
      // mười, or mươi after no digit (written without diacritics, the two are one word)
      return tens(says, x);
    case 'D':
      return isDigitWord(n) ? { digits: n!.repeat(Number(v[1])), words: 2 } : null;
  }
  if (!isDigitWord(v)) return null;
  // a digit, then trăm (and lẻ and a unit, or tens), or mươi
  if (n === 'C') {
    const z = says[x + 2];
    const u = plainUnit(says[x + 3]);
    if ((z === 'Z' || z === '0') && u) return { digits: v + '0' + u, words: 4 };
    const t = tens(says, x + 2);
    return t ? { digits: v + t.digits, words: 2 + t.words } : { digits: v + '00', words: 2 };
  }
  return tens(says, x);
}

/** Vietnamese tens from token `y`: a digit and mươi, or mười (or mươi alone), then perhaps a unit; or null. */
function tens(says: readonly (string | undefined)[], y: number): { digits: string; words: number } | null {
  const d = says[y];
  if (isDigitWord(d) && says[y + 1] === 'M') {
    const u = unitOf(says[y + 2]);
    return u ? { digits: d + u, words: 3 } : { digits: d + '0', words: 2 };
  }
  if (d === 'X' || d === 'M') {
    const u = unitOf(says[y + 1]);
    return u ? { digits: '1' + u, words: 2 } : { digits: '10', words: 1 };
  }
  return null;
}

/** A digit word's digit, 1 to 9 (no unit said only after tens). */
const plainUnit = (said: string | undefined) => (said !== undefined && said.length === 1 ? unitOf(said) : null);

/** Whether a group of exactly one ASCII digit ends at `s`. */
function oneDigitBefore(t: string, s: number): boolean {
  return s >= 1 && isDigit(t.charCodeAt(s - 1)) && !(s >= 2 && isDigit(t.charCodeAt(s - 2)));
}
/** Whether a group of exactly one ASCII digit starts at `e`. */
function oneDigitAfter(t: string, e: number): boolean {
  return e < t.length && isDigit(t.charCodeAt(e)) && !(e + 1 < t.length && isDigit(t.charCodeAt(e + 1)));
}

/** By start, the longer of two at the same start first. */
const byStartLongest = (a: Rewrite, b: Rewrite) => a.start - b.start || b.end - a.end;

/** `rewrites` sorted by start, each that overlaps one kept before it left out (the first, the longest, wins). */
function apart(rewrites: Rewrite[]): Rewrite[] {
  sortFew(rewrites, byStartLongest);
  let w = 0;
  for (let r = 0; r < rewrites.length; r++) if (w === 0 || rewrites[r].start >= rewrites[w - 1].end) rewrites[w++] = rewrites[r];
  rewrites.length = w;
  return rewrites;
}

/**
 * Pass 2: rewrites spelled-out symbols and digits, composing the offset map of pass 1. `flags`: the
 * triggers of `v.text` (triggers.ts), when the caller has them.
 */
export function rewriteSpelled(v: Normalised, flags = triggers(v.text)): Normalised {
  const rewrites: Rewrite[] = [];
  if (flags & SYMBOL_WORDS) collectSymbolRewrites(v.text, rewrites, flags);
  if (flags & SPELLED_DIGITS) collectDigitRewrites(v.text, rewrites);
  if (rewrites.length === 0) return v;
  sortFew(rewrites, byStartLongest);
  return applyRewrites(v, rewrites);
}

/**
 * The marks of a handle said in words between its parts (`kelp under score rafferty`, `@arkady подчёркивание
 * ryabinin`, `ryuseiアンダーバーyuzu`, `siwoo(언더바)han닷60`, `quentinheron dot 97`, `ksenia точка yuzu`): an
 * underscore, or a dot. Groups: 1 an underscore word spaced as words are, 2 a dot word so, 3 and 4 the same
 * in kana or Hangul, which touch the words around them.
 */
const SAID_MARK = /(under\s?score|нижн(?:ее|ий)\s+(?:подч[её]ркивание|пробел)|подч[её]ркивание|gạch\s+(?:dưới|chân)|gach\s+duoi)|(dot|точка|chấm)|(アンダーバー|アンダースコア|언더바|언더스코어)|(ドット|てん|닷)/giu;
/** Cheap tests (no Unicode mode, no lookbehind) that SAID_MARK and SPACED_HANDLE may match. */
const SAID_MARK_ANY = /under ?score|нижн|подч|gạch|gach|dot|точка|chấm|アンダー|언더|ドット|てん|닷/i;
const SPACED_ANY = /(?:[A-Za-z0-9._] ){4}/;
/** The characters of a handle's part before a said mark (read backwards from it). */
const isPartChar = (c: number) => isAsciiAlnum(c) || c === 0x5f || c === 0x2e || c === 0x2d || c === 0x40;
const isOpen = (c: number) => c === 0x28 || c === 0x5b || c === 0xff08;
const isClose = (c: number) => c === 0x29 || c === 0x5d || c === 0xff09;
/** A space within a line, between a handle's part and a said mark. */
const isGap = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

/**
 * A handle written a character at a time (`h i n a t a 1 9 9 4`, `@ y u z u _ b y _ c o r d e l i a`): eight
 * single characters or more, each followed by one space but the last.
 */
const SPACED_HANDLE = /(?<![A-Za-z0-9._@-])(?:@ )?(?:[A-Za-z0-9._] ){4,}[A-Za-z0-9._](?![A-Za-z0-9._@-])/g;
/** Whether a platform's name and a colon stand right before `i` (`Line: o t i s 8 3`), spaces after the colon perhaps. */
function nameColonBefore(t: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isGap(t.charCodeAt(k))) k--;
  return k > 0 && (t.charCodeAt(k) === 0x3a || t.charCodeAt(k) === 0xff1a) && platformJustBefore(t, k);
}

/** The alphabet: letters spaced out in its order are a list ("a b c d e f g h"), no handle. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/**
 * An '@' and spaces before a handle (`тг @ ninaclover`, `Insta: @ sprout_by_giang`), after no word in ASCII
 * letters or digits (`meet @ starbucks` is a place, `john @ gmail.com` an address).
 */
const SPACED_AT = /(?<![A-Za-z0-9._-][ \t]*)@[ \t]+(?=[A-Za-z0-9_])/g;
/** A handle's characters. */
const HANDLE_RUN = /[A-Za-z0-9._-]+/y;

/** A letter of a script other than Latin that Russian, Japanese and Korean are written in. */
const OTHER_SCRIPT = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Cheap test for BROKEN_HANDLE: a mark or a digit, then a space between two characters of a handle within a few characters. */
const BROKEN_ANY = /[0-9_.][A-Za-z0-9._-]{0,12} [A-Za-z0-9]|[A-Za-z0-9] [A-Za-z0-9._-]{0,11}[0-9_.]/;
/** Two runs of a handle's characters one space apart (`yuto_kudo.8 3`, `efiml vova8`, `tidal_soyu l`). */
const BROKEN_HANDLE = /(?<![A-Za-z0-9._@/:-])(@?[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?) ([A-Za-z0-9][A-Za-z0-9._-]{0,11})(?![A-Za-z0-9._@/:-])/g;
/** Latin words that chats in other scripts put after a handle ("kenta_99 ok?"), a number's digits, a version (`iOS 17.0.2`). */
const NOT_A_PART = /^(?:ok|okay|pls|plz|please|thx|thanks|lol|or|and|id|pm|am|dm|me|is|at|on|in|to|vs|[\d-]{5,}|v?\d+(?:\.\d+)+)$/i;
/** What may follow a handle broken by a space: the end, a line break, a mark that ends a phrase, a letter of another script. */
const BROKEN_AFTER = /^(?:$|\s*\n|[,、。!?！？)）]| ?[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/;

/** How far back `collectBrokenHandles` reads a pair's line for another script. */
const LINE_BACK = 240;
/**
 * A handle broken by a space in a message in Russian, Japanese or Korean (`Signalもやってます、yuto_kudo.8 3で`, `Ник в
 * дискорде efiml vova8, заходи`): two runs of a handle's characters, a letter and a mark ('_', '.', a digit) in them, no
 * Latin letter on either side (a space, then another script, or a mark), a platform named before them on their
 * line; the space taken out. Sentences in Latin letters, where two words side by side are the rule, have none.
 */
function collectBrokenHandles(t: string, rewrites: Rewrite[]): void {
  BROKEN_HANDLE.lastIndex = 0;
  for (let m = BROKEN_HANDLE.exec(t); m; m = BROKEN_HANDLE.exec(t)) {
    const [all, a, b] = m;
    // (a product and its model, `iPhone 15`, `Huawei P30`, `F1 2024`: a plain first part needs a longer second with a letter;
    // digits alone after a first part with '_' or '.' only)
    if ((!/[0-9_.]/.test(a) && !(b.length >= 4 && /[A-Za-z]/.test(b))) || (/^\d+$/.test(b) && !/[_.]/.test(a))) continue;
    if (!/[0-9_.]/.test(all) || !/[A-Za-z]/.test(all) || NOT_A_PART.test(a) || NOT_A_PART.test(b) || namesPlatform(a) || namesPlatform(b)) continue;
    let k = m.index - 1;
    while (k >= 0 && isGap(t.charCodeAt(k))) k--;
    if (k >= 0 && isAsciiLetter(t.charCodeAt(k))) continue;
    const end = m.index + all.length;
    if (!BROKEN_AFTER.test(t.slice(end, end + 2))) continue;
    // (the line read back LINE_BACK characters at most: a line of many such pairs is read in linear time)
    const lineStart = lineFrom(t, Math.max(0, m.index - LINE_BACK), m.index);
    if (!OTHER_SCRIPT.test(t.slice(lineStart, Math.min(t.length, end + 40))) || !namesPlatform(t.slice(Math.max(lineStart, m.index - 40), m.index))) continue;
    rewrites.push({ start: m.index + a.length, end: m.index + a.length + 1, to: '' });
  }
}

/**
 * Pass 3, where a platform is named: a handle disguised as no address or link is, its underscores and dots
 * said in words (`collectSaidMarks`), its characters spaced out (SPACED_HANDLE, four letters at least), a
 * space after its '@' (SPACED_AT: before a handle with a mark, a digit, '_' or '.', or right after a platform's
 * name or a colon), or a space inside it in a message in another script (`collectBrokenHandles`), rewritten as
 * the handle reads.
 */
export function rewriteHandles(v: Normalised): Normalised {
  const t = v.text;
  SAID_MARK.lastIndex = 0;
  SPACED_HANDLE.lastIndex = 0;
  SPACED_AT.lastIndex = 0;
  const said = SAID_MARK_ANY.test(t) ? SAID_MARK.exec(t) : null;
  const spaced = SPACED_ANY.test(t) ? SPACED_HANDLE.exec(t) : null;
  const at = t.indexOf('@') >= 0 ? SPACED_AT.exec(t) : null;
  const broken = BROKEN_ANY.test(t) && OTHER_SCRIPT.test(t);
  if ((!said && !spaced && !at && !broken) || !namesPlatform(t)) return v;
  const rewrites: Rewrite[] = [];
  for (let m = at; m; m = SPACED_AT.exec(t)) {
    const h = m.index + m[0].length;
    HANDLE_RUN.lastIndex = h;
    const handle = HANDLE_RUN.exec(t)![0];
    if (/[0-9_.]/.test(handle) || /[:：]\s*$/.test(t.slice(Math.max(0, m.index - 4), m.index)) || platformJustBefore(t, m.index))
      rewrites.push({ start: m.index, end: h, to: '@' });
  }
  for (let m = spaced; m; m = SPACED_HANDLE.exec(t)) {
    const joined = m[0].replace(/ /g, '');
    // (eight characters at least, or five after a platform's name and a colon, a digit among them)
    if (joined.length < 8 && !(/\d/.test(joined) && nameColonBefore(t, m.index))) continue;
    // four letters at least, a small one among them (words spelled out in capitals, "L I T E R A L L Y", are
    // emphasis), and no run of the alphabet ("a b c d e f g h")
    if ((joined.match(/[A-Za-z]/g)?.length ?? 0) >= 4 && /[a-z]/.test(joined) && !ALPHABET.includes(joined.toLowerCase()))
      rewrites.push({ start: m.index, end: m.index + m[0].length, to: joined });
  }
  if (said) collectSaidMarks(t, said, rewrites);
  if (broken) collectBrokenHandles(t, rewrites);
  if (rewrites.length === 0) return v;
  // (a mark said inside a spaced handle: the spaced handle's rewrite holds it)
  return applyRewrites(v, apart(rewrites));
}

/**
 * A handle's underscores and dots said in words between its parts, from the match `m` of SAID_MARK on: between
 * two parts in ASCII letters and digits (a word in brackets too: `(언더바)`); an underscore said at the end
 * of a handle too (`@ha chấm vy gạch dưới`). "dot" and "chấm", which sentences have between words ("polka
 * dot dress"), only where the parts have a handle's marks: a digit, an '@' first, an underscore, or another
 * mark said before.
 */
function collectSaidMarks(t: string, m: RegExpExecArray | null, rewrites: Rewrite[]): void {
  let lastEnd = -1;
  for (; m; m = SAID_MARK.exec(t)) {
    const spaced = m[1] !== undefined || m[2] !== undefined;
    const under = m[1] !== undefined || m[3] !== undefined;
    const ms = m.index;
    const me = ms + m[0].length;
    // a spaced word stands alone: no letter glued to it ("dotted", "anecdot")
    if (spaced && (/\p{L}/u.test(t[ms - 1] ?? '') || /\p{L}/u.test(t[me] ?? ''))) continue;
    // before it: spaces, perhaps a bracket, then the part
    let l = ms;
    while (l > 0 && isGap(t.charCodeAt(l - 1))) l--;
    if (l > 0 && isOpen(t.charCodeAt(l - 1))) l--;
    while (l > 0 && isGap(t.charCodeAt(l - 1))) l--;
    if (spaced && l === ms) continue;
    const partEnd = l;
    let ps = partEnd;
    while (ps > 0 && isPartChar(t.charCodeAt(ps - 1))) ps--;
    if (ps === partEnd || !isAsciiAlnum(t.charCodeAt(partEnd - 1))) continue;
    const left = t.slice(ps, partEnd);
    if (!/[A-Za-z]/.test(left)) continue;
    // after it: perhaps a bracket, spaces, then the next part
    let r = me;
    if (r < t.length && isClose(t.charCodeAt(r))) r++;
    while (r < t.length && isGap(t.charCodeAt(r))) r++;
    if (spaced && r === me && r < t.length) continue;
    let re = r;
    while (re < t.length && (isAsciiAlnum(t.charCodeAt(re)) || t.charCodeAt(re) === 0x5f)) re++;
    const right = t.slice(r, re);
    // (after a word spaced from it, a part of one character is no handle's: "kids under score 5", "v2 точка 5")
    if (spaced && right.length === 1) continue;
    if (right === '') {
      // an underscore at a handle's end, before no word
      if (!under || /\p{L}/u.test(t[r] ?? '')) continue;
      let end = me;
      if (end < t.length && isClose(t.charCodeAt(end))) end++;
      rewrites.push({ start: partEnd, end, to: '_' });
      lastEnd = end;
      continue;
    }
    const weakDot = m[2] !== undefined && m[2].toLowerCase() !== 'точка';
    if (weakDot && !(/[0-9_]/.test(left + right) || left.charCodeAt(0) === 0x40 || lastEnd >= ps)) continue;
    // before a dot, a part of three characters at least ("v2 dot release" is a version)
    if (!under && left.length < 3) continue;
    rewrites.push({ start: partEnd, end: r, to: under ? '_' : '.' });
    lastEnd = r;
    SAID_MARK.lastIndex = r;
  }
}

// ---- characters written for others ------------------------------------------------------------------

/** "dot" with a zero for its o (`discord d0t gg`), rewritten as the word. */
const DOT_ZERO = /(?<![\p{L}\p{N}_])[dD]0[tT](?![\p{L}\p{N}_])/gu;
function collectDotZero(t: string, out: Rewrite[]): void {
  DOT_ZERO.lastIndex = 0;
  for (let m = DOT_ZERO.exec(t); m; m = DOT_ZERO.exec(t)) out.push({ start: m.index + 1, end: m.index + 2, to: t[m.index] === 'd' ? 'o' : 'O' });
}

/** A word of digits and letters that look like them (`O7989`, `25l`, `6oI98656199`, `99З5`; one with a digit, checked apart). */
const DIGITS_AND_LOOKALIKES = new RegExp(String.raw`(?<![\p{L}\p{N}_])[0-9${Object.keys(LOOKALIKE_DIGIT).join('')}]+(?![\p{L}\p{N}_])`, 'gu');
/** Characters that join a number's groups: spaces, dashes, dots, brackets, slashes, a plus. */
const JOINS = /^[\s\-.()/+]{0,3}$/;

/**
 * Letters written for digits inside a number (`O7989 25l 636`, `+791436499З5`, `97o4 l80l 4544 7983`), each
 * rewritten as its digit: in a word of digits with such letters, no more of them than digits, in a number of
 * eight digits or more with the groups beside it (joined by JOINS); a word of letters alone ("lol", "I") is none,
 * and two words ending in `l` are amounts in litres ("100l 200l 500l").
 */
function collectLookalikeDigits(t: string, out: Rewrite[]): void {
  const words: [number, number, number][] = []; // start, end, look-alike letters
  DIGITS_AND_LOOKALIKES.lastIndex = 0;
  for (let m = DIGITS_AND_LOOKALIKES.exec(t); m; m = DIGITS_AND_LOOKALIKES.exec(t)) {
    let letters = 0;
    for (const ch of m[0]) if (LOOKALIKE_DIGIT[ch] !== undefined) letters++;
    if (letters < m[0].length) words.push([m.index, m.index + m[0].length, letters]);
  }
  for (let a = 0; a < words.length; ) {
    // the number: words joined by JOINS
    let b = a + 1;
    while (b < words.length && JOINS.test(t.slice(words[b - 1][1], words[b][0]))) b++;
    let len = 0;
    let some = false;
    let tooMany = false;
    let units = 0; // words of digits and a final `l`: litres ("100l 200l")
    for (let k = a; k < b; k++) {
      const [s, e, letters] = words[k];
      len += e - s;
      if (letters * 2 > e - s) tooMany = true;
      if (letters > 0) some = true;
      if (letters === 1 && t[e - 1] === 'l') units++;
    }
    if (some && !tooMany && units < 2 && len >= 8) {
      for (let k = a; k < b; k++) {
        for (let x = words[k][0]; x < words[k][1]; x++) {
          const d = LOOKALIKE_DIGIT[t[x]];
          if (d !== undefined) out.push({ start: x, end: x + 1, to: d });
        }
      }
    }
    a = b;
  }
}

/** A host's labels joined by commas, a space after each perhaps, before a path (`wa, me/79…`, `https://www,canva,com/design`). */
const COMMA_HOST = /(?:(?<=:\/\/)|(?<![A-Za-z0-9.,@/-]))[A-Za-z0-9-]+(?:, ?[A-Za-z0-9-]+)+(?=\/[A-Za-z0-9?+~_])/g;
/** The endings a host with spaces after its commas may have: a sentence has other words there ("yes, no/maybe"). */
const COMMA_SPACED_ENDINGS = new Set(['com', 'net', 'org', 'me', 'ly', 'gg', 'io', 'co', 'ru', 'jp', 'kr', 'vn', 'ee']);

/**
 * Commas written for a host's dots before a path (`wa, me/994704313974`, `https://www,canva,com/design/…`, `bit,
 * ly/x`): the labels joined by dots must end in a real top-level domain; with spaces after the commas, one of
 * the most common endings.
 */
function collectCommaHosts(t: string, out: Rewrite[]): void {
  COMMA_HOST.lastIndex = 0;
  for (let m = COMMA_HOST.exec(t); m; m = COMMA_HOST.exec(t)) {
    const labels = m[0].split(/, ?/);
    const last = labels[labels.length - 1].toLowerCase();
    if (!icannSuffix(labels.join('.').toLowerCase())) continue;
    if (m[0].includes(' ') && !COMMA_SPACED_ENDINGS.has(last)) continue;
    for (let k = m[0].indexOf(','); k >= 0; k = m[0].indexOf(',', k + 1)) {
      const s = m.index + k;
      out.push({ start: s, end: t.charCodeAt(s + 1) === 0x20 ? s + 2 : s + 1, to: '.' });
    }
  }
}

/** An address as strings joined by '+' in code: `'serafima1983' + '@' + 'rambler.ru'`, `"bao.lam" + "@hotmail.com"`. */
const QUOTED_CONCAT = /(['"‘“])([A-Za-z0-9._%+-]+)['"’”]\s*\+\s*['"‘“](@[A-Za-z0-9.-]*)['"’”](?:\s*\+\s*['"‘“]([A-Za-z0-9.-]+)['"’”])?/g;

/** An address written as strings joined by '+', rewritten as the address (the quotes and pluses dropped). */
function collectQuotedConcat(t: string, out: Rewrite[]): void {
  QUOTED_CONCAT.lastIndex = 0;
  for (let m = QUOTED_CONCAT.exec(t); m; m = QUOTED_CONCAT.exec(t)) {
    const address = m[2] + m[3] + (m[4] ?? '');
    if (/@[A-Za-z0-9-]+\.[A-Za-z]{2,}/.test(address)) out.push({ start: m.index, end: m.index + m[0].length, to: address });
  }
}

/** A word, a symbol that stands for an '@' (AT_STAND_INS), a host: `tidal.ryusei12★ocn.ne.jp`, `udoan#vnpt.vn`. */
const STAND_IN_AT = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*([${AT_STAND_INS}])((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])`, 'g');
/** A symbol of STAND_IN_AT anywhere (cheap test). */
const AT_STAND_IN = new RegExp(`[${AT_STAND_INS}]`);
/**
 * The '@' (not a mention's: no letter or digit after it) or a word for it, where a message says what the
 * symbol stands for ("★になってたら＠に", "замените на собаку"); and the symbol itself or its name there.
 */
const AT_NAMED = /[@＠](?![A-Za-z0-9])|собак|a còng|a cong|アット|あっと|골뱅이|골뱅|at sign|at-sign/iu;
const SYMBOL_NAMED = new RegExp(`[${AT_STAND_INS}]|решётк|решетк|hash|sharp|シャープ|샵|dấu thăng|星|별|star`, 'iu');

/**
 * A symbol written for an address's '@', between a word and a real host, where the message names the '@' and
 * the symbol elsewhere, to say what to put back: the symbol rewritten as '@'.
 */
function collectStandInAt(t: string, out: Rewrite[]): void {
  STAND_IN_AT.lastIndex = 0;
  for (let m = STAND_IN_AT.exec(t); m; m = STAND_IN_AT.exec(t)) {
    if (!icannSuffix(m[2].toLowerCase())) continue;
    const end = m.index + m[0].length;
    const rest = t.slice(0, m.index) + ' ' + t.slice(end);
    if (!AT_NAMED.test(rest) || !SYMBOL_NAMED.test(rest)) continue;
    const s = m.index + m[0].indexOf(m[1]);
    out.push({ start: s, end: s + m[1].length, to: '@' });
  }
}

/** A word of JOIN_WORDS, commas beside it perhaps, or a plus with spaces on both sides (`0476 + 211 + 502`). */
const JOIN = String.raw`\s*,?\s*(?:(?<![\p{L}])(?:${JOIN_WORDS})(?![\p{L}])|(?<=\s)\+(?=\s))\s*,?\s*`;
/** Groups of digits joined by JOIN: three groups at least. */
const JOINED_GROUPS = new RegExp(String.raw`(?<!\d)\d+(?:${JOIN}\d+){2,}`, 'giu');
const JOINER = new RegExp(JOIN, 'giu');

/**
 * A number said a group at a time with words between ("07843 and then 459 and then 846", "84852, затем 71,
 * затем 10, затем 65", "3870 then 3057 then 6600", "5247の次に8590の次に…"), or pluses (`0476 + 211 + 502`):
 * three groups at least, eight digits at least, from a trunk 0 or 8 or after a '+', or a My Number's groups,
 * or a card's; the words rewritten as spaces.
 */
function collectJoinedGroups(t: string, out: Rewrite[]): void {
  JOINED_GROUPS.lastIndex = 0;
  for (let m = JOINED_GROUPS.exec(t); m; m = JOINED_GROUPS.exec(t)) {
    // a start a number to call has (a trunk 0 or 8, a '+'), or a My Number's three groups of four, not all
    // round: "1200 then 3400 then 5600 units" are amounts
    const c = m[0].charCodeAt(0);
    const groups = m[0].match(/\d+/g)!;
    const digits = groups.join('');
    const myNumber = groups.length === 3 && groups.every((g) => g.length === 4) && !groups.every((g) => g.endsWith('00'));
    // (or a card's groups: 13 to 19 digits that pass its check)
    // (not between pluses: amounts summed)
    const card = digits.length >= 13 && digits.length <= 19 && !m[0].includes('+') && luhn(digits);
    if (!(c === 0x30 || c === 0x38 || t.charCodeAt(m.index - 1) === 0x2b || myNumber || card)) continue;
    if (digits.length < 8) continue;
    JOINER.lastIndex = 0;
    for (let j = JOINER.exec(m[0]); j; j = JOINER.exec(m[0])) out.push({ start: m.index + j.index, end: m.index + j.index + j[0].length, to: ' ' });
  }
}

/**
 * Characters written for others, where the character pass saw one (STAND_IN, triggers.ts): letters for a
 * number's digits (`collectLookalikeDigits`), a zero for the o of "dot" (`collectDotZero`), commas for a host's dots (`collectCommaHosts`), an address as
 * strings joined by '+' (`collectQuotedConcat`), a symbol for its '@' (`collectStandInAt`), words between a
 * number's groups (`collectJoinedGroups`).
 */
export function rewriteStandIns(v: Normalised): Normalised {
  const t = v.text;
  const rewrites: Rewrite[] = [];
  collectLookalikeDigits(t, rewrites);
  collectDotZero(t, rewrites);
  if (t.indexOf(',') >= 0) collectCommaHosts(t, rewrites);
  if (t.indexOf('@') >= 0) collectQuotedConcat(t, rewrites);
  if (AT_STAND_IN.test(t)) collectStandInAt(t, rewrites);
  collectJoinedGroups(t, rewrites);
  if (rewrites.length === 0) return v;
  return applyRewrites(v, apart(rewrites));
}
