/** IP_ADDRESS: IPv4 dotted quads (not version strings or longer dotted numbers) and IPv6 (node:net). */
import { isIPv6 } from 'node:net';
import type { Candidate } from '../types.js';
import { triggers, T } from '../triggers.js';
import { endTest } from '../at-end.js';

const { COLONS, IPV4 } = T;

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const V4 = new RegExp(String.raw`(?<![\d.]|[vV]|\d\.)${OCTET}(?:\.${OCTET}){3}(?!\.?\d)`, 'g');
const V6 = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:|::?)(?:[0-9A-Fa-f]{0,4}:){1,7}[0-9A-Fa-f]{0,4}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![0-9A-Za-z:])/g;
/** IPv6 with a space beside some of its colons (`2A01: 2C3B: 4D5E :: 850F: 84AE`): read without the spaces. */
const V6_SPACED = /(?<![0-9A-Za-z:])[0-9A-Fa-f]{1,4}(?: ?::? ?[0-9A-Fa-f]{1,4}){2,7}(?![0-9A-Za-z:])/g;
/**
 * The same with spaces beside the dots, or the Korean word 점 for them, the same between each pair of
 * octets (`192 . 168 . 0 . 1`, `192. 168. 0. 1`, `100 점 67 점 164 점 182`), and no 점 after the last
 * (`90점 85점 70점 60점`: scores).
 */
const V4_SPACED = new RegExp(String.raw`(?<![\d.]|\d\s?\.\s?)${OCTET}( \. ?|\. | ?점 ?)${OCTET}\1${OCTET}\1${OCTET}(?!\s?\.?\s?\d|\s?점)`, 'g');
/** What says a spaced quad is an address: "IP", a server, an address, in the five languages, shortly before it. */
const IP_CONTEXT = /(?:\bIP|\bVPN|サーバ|서버|сервер|адрес|máy chủ|địa chỉ|server|address|アドレス|주소)/iu;
export const VERSION_BEFORE = /(?:(?<![A-Za-z])(?:version|ver\.?|v|build|release)|バージョン|버전|версия|верс\.|phiên bản)\s*$/iu;
const versionBefore = endTest(VERSION_BEFORE);

/** `flags`: the triggers of `t` (triggers.ts), when the caller has them. */
export function findIps(t: string, out: Candidate[], flags = triggers(t)): void {
  if (flags & IPV4) {
    V4.lastIndex = 0;
    for (let m = V4.exec(t); m; m = V4.exec(t)) {
      if (versionBefore(t.slice(Math.max(0, m.index - 14), m.index))) continue;
      out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'ip.v4' });
    }
    V4_SPACED.lastIndex = 0;
    for (let m = V4_SPACED.exec(t); m; m = V4_SPACED.exec(t)) {
      // (and an octet of three digits: `10. 20. 30. 40` is a list). Said to be an address: by a word
      // before it, by spaces on both sides of each dot, which no list or sentence has, or by an address
      // found before it in the message (`192.168.5.24, 태블릿은 172. 17. 80. 178`).
      if (!/\d{3}/.test(m[0])) continue;
      if (m[1] !== ' . ' && !IP_CONTEXT.test(t.slice(Math.max(0, m.index - 40), m.index)) && !out.some((c) => c.type === 'IP_ADDRESS' && c.end <= m!.index)) continue;
      out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'ip.v4' });
    }
  }
  if (flags & COLONS) {
    V6.lastIndex = 0;
    for (let m = V6.exec(t); m; m = V6.exec(t)) {
      let s = m[0];
      let start = m.index;
      // A colon glued before the address ("IP:fe80::1") is a label's, not the address's.
      if (s.charCodeAt(0) === 0x3a && s.charCodeAt(1) !== 0x3a) {
        s = s.slice(1);
        start++;
      }
      // (a letter right before it is a word's: `std::vector`)
      if (v6Address(s) && !/[A-Za-z]/.test(t[start - 1] ?? '')) out.push({ type: 'IP_ADDRESS', start, end: start + s.length, score: 0.9, rule: 'ip.v6' });
    }
    V6_SPACED.lastIndex = 0;
    for (let m = V6_SPACED.exec(t); m; m = V6_SPACED.exec(t)) {
      // (written without spaces, V6 above has it; a digit in it: no words of hex letters, `dead :: beef`)
      if (m[0].indexOf(' ') < 0 || !/\d/.test(m[0])) continue;
      if (v6Address(m[0].replace(/ /g, ''))) out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'ip.v6' });
    }
  }
}

/** An IPv6 address, not a time or a score ("12:30:45"): a hex letter, "::" or 8 groups; a hex digit at least (not "::" alone). */
function v6Address(s: string): boolean {
  if (!isIPv6(s) || !/[0-9a-fA-F]/.test(s)) return false;
  return /[a-fA-F]/.test(s) || s.includes('::') || s.split(':').length >= 8;
}
