/** EMAIL: local part, `@`, a host under a real top-level domain (ASCII or internationalised). */
import type { Candidate } from '../types.js';
import { icannSuffix } from './domain.js';
import { isLocal, spacedLetter } from '../chars.js';
import { MAIL_PROVIDERS } from '../words.js';

// Tried only where a local part starts (sticky): see `localStart`.
const ASCII_EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/y;
const IDN_EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,24})/uy;

/** A mail service's name alone as the host (`kenji@naver`, and "yuki.tanaka at gmail" after spelled.ts). */
const PROVIDER_EMAIL = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:${MAIL_PROVIDERS.join('|')})(?![A-Za-z0-9_-]|\.[A-Za-z0-9])`, 'iy');

/**
 * The start of the run of local-part characters right before the first '@' after `from` whose run
 * starts at `from` or after (-1: none). Both expressions match only from such a start: the local
 * part is made of these characters up to the '@', and the look-behind takes none of them before it.
 * So an expression tried at each of these starts in turn, going on from the end of each match, finds
 * the matches of a search from the start of the text, without trying every position.
 */
function localStart(t: string, from: number): number {
  for (let a = t.indexOf('@', from); a >= 0; a = t.indexOf('@', a + 1)) {
    let r = a;
    while (r > 0 && isLocal(t.charCodeAt(r - 1))) r--;
    if (r < a && r >= from) return r;
  }
  return -1;
}

/**
 * Where the local part that the expressions start at `s` (after their ASCII look-behind) really starts:
 * an internationalised local part runs on back over letters with diacritics, Greek or Cyrillic and the
 * local-part characters between them (`nguyễn.an@gmail.com`, not `n.an@gmail.com`).
 */
function localFrom(t: string, s: number): number {
  let k = s;
  while (k > 0 && spacedLetter(t.charCodeAt(k - 1))) {
    k--;
    while (k > 0 && (isLocal(t.charCodeAt(k - 1)) || spacedLetter(t.charCodeAt(k - 1)))) k--;
  }
  return k;
}

export function findEmails(t: string, out: Candidate[]): void {
  if (t.indexOf('@') < 0) return;
  for (let r = localStart(t, 0); r >= 0; ) {
    ASCII_EMAIL.lastIndex = r;
    const m = ASCII_EMAIL.exec(t);
    if (!m) {
      PROVIDER_EMAIL.lastIndex = r;
      const p = PROVIDER_EMAIL.exec(t);
      r = localStart(t, p ? PROVIDER_EMAIL.lastIndex : r + 1);
      if (p) out.push({ type: 'EMAIL', start: localFrom(t, p.index), end: PROVIDER_EMAIL.lastIndex, score: 0.9, rule: 'email.provider' });
      continue;
    }
    r = localStart(t, ASCII_EMAIL.lastIndex);
    let host = m[1];
    let end = m.index + m[0].length;
    // A trailing label may be a sentence word glued on ("gmail.com.Thanks"): shorten to a real host.
    while (!icannSuffix(host) && host.indexOf('.') !== host.lastIndexOf('.')) {
      const cut = host.length - host.lastIndexOf('.');
      host = host.slice(0, host.lastIndexOf('.'));
      end -= cut;
    }
    if (!icannSuffix(host)) continue;
    out.push({ type: 'EMAIL', start: localFrom(t, m.index), end, score: 0.97, rule: 'email.address' });
  }
  // Internationalised domains only when a non-ASCII letter follows an @.
  if (!nonAsciiAfterAt(t)) return;
  for (let r = localStart(t, 0); r >= 0; ) {
    IDN_EMAIL.lastIndex = r;
    const m = IDN_EMAIL.exec(t);
    r = localStart(t, m ? IDN_EMAIL.lastIndex : r + 1);
    if (!m) continue;
    const host = trimIdnHost(m[1]);
    if (!/[^\x00-\x7f]/.test(host) || !icannSuffix(host)) continue;
    const end = m.index + m[0].length - (m[1].length - host.length);
    out.push({ type: 'EMAIL', start: localFrom(t, m.index), end, score: 0.93, rule: 'email.idn' });
  }
}

/** `/@[^\s]*[^\x00-\x7f]/.test(t)`: a non-ASCII character after an '@' with no space between. */
function nonAsciiAfterAt(t: string): boolean {
  for (let i = t.indexOf('@'); i >= 0; ) {
    let j = i + 1;
    for (; j < t.length; j++) {
      const c = t.charCodeAt(j);
      // Any non-ASCII character ends the match (a non-ASCII space too); an ASCII space stops it.
      if (c >= 0x80) return true;
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) break;
    }
    // (an '@' before the space reads the same characters up to it)
    i = t.indexOf('@', j);
  }
  return false;
}

/** Cuts a host whose last label runs into the following words of another script ("пример.рфи", "例え.jpです"). */
export function trimIdnHost(host: string): string {
  const dot = host.lastIndexOf('.');
  if (dot < 0) return host;
  const last = host.slice(dot + 1);
  const script = scriptOf(last.charCodeAt(0));
  let k = 1;
  while (k < last.length && scriptOf(last.charCodeAt(k)) === script) k++;
  return host.slice(0, dot + 1 + k);
}

function scriptOf(c: number): number {
  if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) return 1; // Latin (with Vietnamese)
  if (c >= 0x0400 && c <= 0x052f) return 2; // Cyrillic
  if (c >= 0xac00 && c <= 0xd7af) return 3; // Hangul
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) return 4; // Japanese
  return 5;
}

/** The expressions tried only where a local part starts, and those starts: for starts.test.ts. */
export const localStarts = { ASCII_EMAIL, IDN_EMAIL, localStart };
