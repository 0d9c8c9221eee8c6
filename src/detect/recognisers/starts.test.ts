import { describe, expect, it } from 'vitest';
import { rng } from '../corpus/prng.js';
import { laterStarts as u } from './url.js';
import { localStarts as e } from './email.js';

/** The matches of a search from the start of the text: [start, end] of each. */
function fromStart(re: RegExp, t: string, from = 0): number[][] {
  const g = new RegExp(re.source, re.flags.replace('y', '').replace('g', '') + 'g');
  const out: number[][] = [];
  g.lastIndex = from;
  for (let m = g.exec(t); m; m = g.exec(t)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The matches of a sticky expression tried at each start `next` gives, going on from the end of each match. */
function atStarts(re: RegExp, t: string, next: (t: string, from: number) => number): number[][] {
  const out: number[][] = [];
  for (let r = next(t, 0); r >= 0; ) {
    re.lastIndex = r;
    const m = re.exec(t);
    r = next(t, m ? re.lastIndex : r + 1);
    if (m) out.push([m.index, re.lastIndex]);
  }
  return out;
}

const PIECES = [
  'a', 'b', 'Z', '0', '9', '.', '.', '-', '_', '%', '+', '@', '@', '/', ':', ' ', '\n', '!', '(', ')', '..', '-.', 'x'.repeat(63),
  'com', 'ru', '.jp', 'co.uk', 'gmail.com', 'mail.ru', 'ex.com/a?b', 'ok.so', 'v1.2', 'a.b.c', 'sub.ex.co.uk/p',
  'http://', 'HTTPS://', 'hxxp://', 'h**ps://', 'ftp://', 'httpſ://', 'xhttp://', '1.2.3.4', '[::1]', '://',
  'www.', 'WWW.', 'wwww.', 'line:', 'tg://x', 'fb-messenger://x', 'skype:live:abc?chat', 'zalo:abc?call', 'xline:a?add',
  't.me', ' t.me / ivan', 'lin.ee/', 'open.kakao.com', 'discord.gg / abc', '3/1', 'ME/', ' / ',
  'пример', '.рф', 'рф', '例え', 'テスト', '한국', '.한국', 'ä', 'ö.de', '𝐀', '😀', '。',
];

describe('expressions searched from later than the start of the text', () => {
  it('find what a search from the start finds, on 30,000 random texts', () => {
    const r = rng(17);
    const differ: string[] = [];
    const found = { email: 0, bare: 0, scheme: 0, app: 0, www: 0, idn: 0, spaced: 0 };
    const check = (name: keyof typeof found, t: string, expected: number[][], got: number[][]) => {
      found[name] += expected.length;
      if (JSON.stringify(expected) !== JSON.stringify(got)) differ.push(`${name} ${JSON.stringify(t)}`);
    };
    for (let i = 0; i < 30_000; i++) {
      let t = '';
      const len = r.int(1, 12);
      for (let k = 0; k < len; k++) t += r.pick(PIECES);
      check('email', t, fromStart(e.ASCII_EMAIL, t), atStarts(e.ASCII_EMAIL, t, e.localStart));
      check('email', t, fromStart(e.IDN_EMAIL, t), atStarts(e.IDN_EMAIL, t, e.localStart));
      check('bare', t, fromStart(u.BARE_ASCII, t), atStarts(u.BARE_ASCII, t, u.bareStart));
      for (const [name, re, from] of [
        ['scheme', u.SCHEME_URL, u.schemeFrom(t)],
        ['app', u.APP_URL, u.appFrom(t)],
        ['www', u.WWW_URL, u.wwwAt(t)],
        ['idn', u.BARE_IDN, u.idnFrom(t)],
      ] as const) {
        check(name, t, fromStart(re, t), from < 0 ? [] : fromStart(re, t, from));
      }
      const spaced = fromStart(u.MESSENGER_SPACED, t);
      check('spaced', t, spaced, u.spacedLinkSlash(t) ? spaced : []);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // each search finds matches in some of the texts
    for (const [name, n] of Object.entries(found)) expect(n, name).toBeGreaterThan(200);
  });
});
