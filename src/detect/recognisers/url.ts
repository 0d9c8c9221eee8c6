/**
 * URL: addresses with a scheme (including `hxxp` defanged ones and messenger app schemes), `www.`
 * hosts, bare domains under a real top-level domain, internationalised domains, and messenger link
 * forms (t.me/..., line.me/..., wa.me/..., open.kakao.com/...).
 */
import type { Candidate } from '../types.js';
import { icannSuffix, icannSuffixOfLower, MESSENGER_HOSTS, plausibleBareHost } from './domain.js';
import { trimIdnHost } from './email.js';
import { triggers, T } from '../triggers.js';
import { isSpace } from '../chars.js';
import { SITE_LABEL } from '../words.js';

const { BARE_HOST, COLON, HOST_DOT, NON_ASCII_DOT } = T;

const HOST = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,24}`;
/**
 * A path, query or fragment: printable ASCII but the characters a URL never holds unencoded (`"`, `<`, `>`,
 * `\`, `^`, `` ` ``, `{`, `|`, `}`: an HTML attribute's quote or a LaTeX argument's brace ends the link), and
 * letters of the scripts written with spaces between words (Latin with diacritics, Greek, Cyrillic:
 * `/wiki/Москва`, `/khoá-học`). Not CJK or Hangul, which a sentence glues to the link
 * (`https://example.com/pathをご覧ください`).
 */
const PATH_CHARS = String.raw`\x21\x23-\x3b\x3d\x3f-\x5b\x5d\x5f\x61-\x7a\x7e\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff`;
const PATH = String.raw`(?:[/?#][${PATH_CHARS}]*)?`;
const SCHEME_URL = new RegExp(String.raw`\b(?:https?|hxxps?|h\*\*ps?|ttps?|ftp):\/\/(${HOST}|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?${PATH}`, 'giu');
const APP_URL = /\b(?:tg|line|kakaotalk|kakaoplus|whatsapp|weixin|viber|zalo|fb-messenger|discord|instagram|skype):(?:\/\/[\x21-\x7e]+|[A-Za-z0-9._:-]+\?(?:chat|call|add)\b)/gi;
const WWW_URL = new RegExp(String.raw`(?<![\p{L}\p{N}.@/-])www\.(${HOST})(?::\d{1,5})?${PATH}`, 'giu');
/**
 * Tried only at chosen starts (sticky): see `bareStart`. Not after a letter of a script written with
 * spaces (`bücher.de` is an internationalised host, not `cher.de`), as CJK and Hangul may be; nor after
 * a colon after an ASCII character, but for one after a word for a website (SITE_LABELS:
 * `HP:shosensei.com`); a colon after another script introduces (`安いです：kaito96.nagoya`, NFKC's ':').
 */
const BARE_ASCII = new RegExp(
  String.raw`(?<![A-Za-z0-9@._\-/\u00c0-\u024f\u1e00-\u1eff\u0370-\u04ff])(?<!(?<!${SITE_LABEL})(?<=[\x00-\x7f]):)((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,23})(?![A-Za-z0-9-]|@|\.[A-Za-z0-9])(?::\d{2,5})?(?:\/[${PATH_CHARS}]*)?`,
  'y',
);
const BARE_IDN = new RegExp(String.raw`(?<![\p{L}\p{N}@._/-])(${HOST})(?:\/[\x21-\x7e\p{L}\p{N}]*)?`, 'gu');
/** Where WWW_URL may first match: `t.search(/www\./i)`. */
function wwwAt(t: string): number {
  for (let i = t.indexOf('.', 3); i >= 0; i = t.indexOf('.', i + 1)) {
    if ((t.charCodeAt(i - 1) | 0x20) === 0x77 && (t.charCodeAt(i - 2) | 0x20) === 0x77 && (t.charCodeAt(i - 3) | 0x20) === 0x77) return i - 3;
  }
  return -1;
}
const MESSENGER_SPACED = /(?<![A-Za-z0-9.])(t\.me|telegram\.me|wa\.me|line\.me|lin\.ee|open\.kakao\.com|zalo\.me|m\.me|ig\.me|discord\.gg)\s*\/\s*(?:\+|~)?[A-Za-z0-9_\-.~+]{2,64}/gi;

/**
 * Whether MESSENGER_SPACED may match: a '/' with, before it and any spaces, the end of one of its
 * hosts (`me`, `ee`, `om`, `gg`, in any case). Dates (3/1) and the paths of other links have none.
 */
function spacedLinkSlash(t: string): boolean {
  for (let i = t.indexOf('/'); i >= 0; i = t.indexOf('/', i + 1)) {
    let k = i;
    while (k > 0 && isSpace(t.charCodeAt(k - 1))) k--;
    if (k < 2) continue;
    const a = t.charCodeAt(k - 2) | 0x20;
    const b = t.charCodeAt(k - 1) | 0x20;
    if ((a === 0x6d && b === 0x65) || (a === 0x65 && b === 0x65) || (a === 0x6f && b === 0x6d) || (a === 0x67 && b === 0x67)) return true;
  }
  return false;
}

/** Strips punctuation that ends a sentence rather than the address, unbalanced brackets, and a bracket that opens after it. */
function trimTail(t: string, s: number, e: number): number {
  while (e > s) {
    const c = t[e - 1];
    if ('.,!?;:\'"*([{<'.includes(c)) e--;
    else if (c === ')' || c === ']' || c === '}' || c === '>') {
      const open = c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : '<';
      const body = t.slice(s, e);
      if (body.split(open).length >= body.split(c).length) break;
      e--;
    } else break;
  }
  return e;
}

/** The script of a character for trimIdnStart: Latin (with Vietnamese), Cyrillic, Hangul, other. */
const sc = (c: number) => (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff) ? 1 : c >= 0x400 && c <= 0x52f ? 2 : c >= 0xac00 && c <= 0xd7af ? 3 : 4);

/**
 * In Japanese, written without spaces, where a sentence's words end before a name: after a particle between two
 * letters of Han or katakana (`詳細は|テニス教室`, `申込は|英語の先生`), or after a polite ending or a conjunction
 * (`やってます|やさしい数学`). The last such place, with two characters at least after it.
 */
const JA_WORD_END = /(?<=[\p{sc=Han}\p{sc=Katakana}ー])[はもがをにでへと](?=[\p{sc=Han}\p{sc=Katakana}])|(?:です|ます|ました|でした|って|から|まで|ので)(?=\p{L}{2})/gu;
function jaWordsBefore(label: string): number {
  let cut = 0;
  JA_WORD_END.lastIndex = 0;
  for (let m = JA_WORD_END.exec(label); m; m = JA_WORD_END.exec(label)) cut = m.index + m[0].length;
  return cut;
}

/** Internationalised labels are written in one script; a label that changes script starts later, and one in Japanese after a sentence's words. */
function trimIdnStart(host: string): string {
  const labels = host.split('.');
  const first = labels[0];
  let k = first.length;
  const last = sc(first.charCodeAt(k - 1));
  while (k > 0 && (sc(first.charCodeAt(k - 1)) === last || first[k - 1] === '-')) k--;
  labels[0] = first.slice(k);
  if (last === 4) labels[0] = labels[0].slice(jaWordsBefore(labels[0]));
  for (let i = 1; i < labels.length - 1; i++) {
    const l = labels[i];
    for (let j = 1; j < l.length; j++) if (sc(l.charCodeAt(j)) !== sc(l.charCodeAt(0)) && l[j] !== '-' && !(l.charCodeAt(j) >= 0x30 && l.charCodeAt(j) <= 0x39)) return '';
  }
  return labels.join('.');
}

function hostOk(host: string): string | null {
  let h = host;
  if (/[^\x00-\x7f]/.test(h)) h = trimIdnHost(h);
  return icannSuffix(h) ? h : null;
}

/**
 * Where APP_URL's first colon may be (-1: it cannot match): a colon with an ASCII letter before it
 * (the end of the scheme) and '/' or a character of the handle after it. Times and "ID: name" have
 * neither.
 */
function appColon(t: string): number {
  for (let i = t.indexOf(':'); i >= 0; i = t.indexOf(':', i + 1)) {
    const p = i > 0 ? t.charCodeAt(i - 1) | 0x20 : 0;
    if (p < 0x61 || p > 0x7a) continue;
    const q = t.charCodeAt(i + 1);
    if (q === 0x2f || q === 0x2e || q === 0x5f || q === 0x3a || q === 0x2d || (q >= 0x30 && q <= 0x39) || ((q | 0x20) >= 0x61 && (q | 0x20) <= 0x7a)) return i;
  }
  return -1;
}

/** Where a search for SCHEME_URL may start (-1: it cannot match): its scheme ends at a '://', at most five characters after the start. */
function schemeFrom(t: string): number {
  const i = t.indexOf('://');
  return i < 0 ? -1 : Math.max(0, i - 5);
}

/** Where a search for APP_URL may start (-1: it cannot match): its scheme is at most twelve characters (fb-messenger) before its colon. */
function appFrom(t: string): number {
  const i = appColon(t);
  return i < 0 ? -1 : Math.max(0, i - 12);
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/** [A-Za-z0-9._-]: the characters a bare host's labels and dots are made of, with '_'. */
const isBareRun = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d;

/**
 * The start of the first run of [A-Za-z0-9._-] that starts at `from` or after and holds a letter or
 * digit, '.' and a letter (-1: none). A match of BARE_ASCII starts only at the start of such a run:
 * its host is made of these characters and holds such a dot, and its look-behind takes none of them
 * before it. So BARE_ASCII tried at each of these starts in turn, going on from the end of each
 * match, finds the matches of a search from the start of the text, without trying every position.
 */
function bareStart(t: string, from: number): number {
  for (let d = t.indexOf('.', from); d >= 0; d = t.indexOf('.', d + 1)) {
    if (!isAsciiAlnum(t.charCodeAt(d - 1)) || ((t.charCodeAt(d + 1) | 0x20) - 0x61) >>> 0 >= 26) continue;
    let r = d - 1;
    while (r > 0 && isBareRun(t.charCodeAt(r - 1))) r--;
    if (r >= from) return r;
    // the rest of this run starts where it does, before `from`: on after its end (each dot read once)
    while (d + 1 < t.length && isBareRun(t.charCodeAt(d + 1))) d++;
  }
  return -1;
}

/**
 * Where a search for BARE_IDN may start (it finds what a search from the start of the text finds):
 * before the first '.', after the last ASCII character there that no host holds (a space, most
 * punctuation). A match's host runs without such a character up to its first dot, which is the
 * first dot of the text when the match starts before it.
 */
function idnFrom(t: string): number {
  let i = t.indexOf('.');
  if (i < 0) return 0;
  while (i > 0) {
    const c = t.charCodeAt(i - 1);
    if (c < 0x80 && !isBareRun(c)) break;
    i--;
  }
  return i;
}

/**
 * A message about attached or uploaded files: a word for attaching or uploading, or a file name with a
 * common extension. There a bare `name.ai` is an Illustrator file (`poster.ai`), not a host under .ai.
 */
const ATTACHED = /attach|upload|添付|上げ|アップ|첨부|업로드|올려|прикреп|загруз|kèm|tải lên|\.(?:docx?|pdf|heic|jpe?g|png|zip|pptx?|xlsx?|mp3|m4a|wav|txt|hwp|psd?|apkg|php|py|rs|js)\b/iu;

/** A word that calls what follows a site, a blog or a portfolio, in the five languages, with at most a few words between. */
const SITE_BEFORE = /(?:(?<![A-Za-z])(?:web\s?site|site|web|blog|homepage|portfolio)(?![A-Za-z])|сайт|блог|портфолио|サイト|ホームページ|ブログ|ポートフォリオ|홈페이지|사이트|블로그|포트폴리오|trang web|trang cá nhân)[^\n]{0,24}$/iu;
/** Whether SITE_BEFORE ends just before `i` of `t`. */
function siteNamedBefore(t: string, i: number): boolean {
  return SITE_BEFORE.test(t.slice(Math.max(0, i - 48), i));
}

/** A scheme split from its host by a space or two (`https:// line.me/x`): the start of the link with it, else `s`. */
const SCHEME_SPACED = /(?:https?|hxxps?|ftp):\/\/[ \t]{1,2}$/i;
function withScheme(t: string, s: number): number {
  if (s < 9 || t.charCodeAt(s - 1) !== 0x20) return s;
  const m = SCHEME_SPACED.exec(t.slice(Math.max(0, s - 11), s));
  return m ? s - m[0].length : s;
}

/** `flags`: the triggers of `t` (triggers.ts), when the caller has them. */
export function findUrls(t: string, out: Candidate[], flags = triggers(t)): void {
  const schemeAt = flags & COLON ? schemeFrom(t) : -1;
  if (schemeAt >= 0) {
    SCHEME_URL.lastIndex = schemeAt;
    for (let m = SCHEME_URL.exec(t); m; m = SCHEME_URL.exec(t)) {
      let end = m.index + m[0].length;
      const host = m[1];
      if (/[^\x00-\x7f]/.test(host)) {
        const h = trimIdnHost(host);
        if (h.length !== host.length) end = m.index + m[0].indexOf(host) + h.length;
      }
      end = trimTail(t, m.index, end);
      out.push({ type: 'URL', start: m.index, end, score: 0.98, rule: 'url.scheme' });
    }
  }
  const appAt = flags & COLON ? appFrom(t) : -1;
  if (appAt >= 0) {
    APP_URL.lastIndex = appAt;
    for (let m = APP_URL.exec(t); m; m = APP_URL.exec(t)) {
      out.push({ type: 'URL', start: m.index, end: trimTail(t, m.index, m.index + m[0].length), score: 0.95, rule: 'url.app' });
    }
  }
  // Hosts need a dot with a letter after it: ASCII, or a non-ASCII one for internationalised names.
  if (!(flags & (HOST_DOT | NON_ASCII_DOT))) return;
  const www = wwwAt(t);
  if (www >= 0) {
    WWW_URL.lastIndex = www;
    for (let m = WWW_URL.exec(t); m; m = WWW_URL.exec(t)) {
      const h = hostOk(m[1]);
      if (!h) continue;
      let end = m.index + m[0].length;
      if (h.length !== m[1].length) end = m.index + 4 + h.length;
      out.push({ type: 'URL', start: withScheme(t, m.index), end: trimTail(t, m.index, end), score: 0.96, rule: 'url.www' });
    }
  }
  if (flags & HOST_DOT) {
    // Messenger links with a space around the slash: a slash first.
    if (spacedLinkSlash(t)) {
      MESSENGER_SPACED.lastIndex = 0;
      for (let m = MESSENGER_SPACED.exec(t); m; m = MESSENGER_SPACED.exec(t)) {
        out.push({ type: 'URL', start: withScheme(t, m.index), end: trimTail(t, m.index, m.index + m[0].length), score: 0.97, rule: 'url.messenger_link' });
      }
    }
    // Bare hosts: a run of host characters that follows no '@', '/' or ':' (BARE_HOST).
    if (flags & BARE_HOST) {
      for (let r = bareStart(t, 0); r >= 0; ) {
        BARE_ASCII.lastIndex = r;
        const m = BARE_ASCII.exec(t);
        r = bareStart(t, m ? BARE_ASCII.lastIndex : r + 1);
        if (!m) continue;
        const host = m[1];
        const hasPath = m[0].length > host.length;
        const lower = host.toLowerCase();
        const isMessenger = MESSENGER_HOSTS.has(lower);
        if (hasPath && !isMessenger) {
          // A path makes a web address likely: a real suffix is enough, but for extensions of files only.
          if (!icannSuffixOfLower(lower) || !plausibleBareHost(host, true, lower)) continue;
        } else if (!isMessenger && (!plausibleBareHost(host, false, lower, siteNamedBefore(t, m.index)) || (lower.endsWith('.ai') && ATTACHED.test(t)))) continue;
        const end = trimTail(t, m.index, m.index + m[0].length);
        out.push({ type: 'URL', start: withScheme(t, m.index), end, score: isMessenger ? 0.97 : hasPath ? 0.9 : 0.85, rule: isMessenger ? 'url.messenger_link' : 'url.bare' });
      }
    }
  }
  // Internationalised bare domains: only when a non-ASCII letter sits next to a dot.
  if (flags & NON_ASCII_DOT) {
    BARE_IDN.lastIndex = idnFrom(t);
    for (let m = BARE_IDN.exec(t); m; m = BARE_IDN.exec(t)) {
      if (!/[^\x00-\x7f]/.test(m[1])) continue;
      const trimmed = trimIdnStart(m[1]);
      if (!trimmed) continue;
      const skip = m[1].length - trimmed.length;
      const h = hostOk(trimmed);
      if (!h || !/[^\x00-\x7f]/.test(h)) continue;
      const start = m.index + skip;
      let end = m.index + m[0].length;
      if (h.length !== trimmed.length) end = start + h.length;
      // As for a bare ASCII host: no file name ("Báo-cáo-tuần.zip"), no two words joined by a missing space ("rồi.To be").
      if (!plausibleBareHost(h, end > start + h.length)) continue;
      out.push({ type: 'URL', start: withScheme(t, start), end: trimTail(t, start, end), score: 0.85, rule: 'url.idn' });
    }
  }
}

/**
 * The expressions searched from later than the start of the text, and where: each search must find
 * what a search from the start finds (starts.test.ts).
 */
export const laterStarts = { SCHEME_URL, schemeFrom, APP_URL, appFrom, WWW_URL, wwwAt, MESSENGER_SPACED, spacedLinkSlash, BARE_ASCII, bareStart, BARE_IDN, idnFrom };
