import { describe, expect, it } from 'vitest';
import { DIGIT_RUN, TOKEN_ONE, WORDY, codePointLength, nextRun, nextWordy, runEnd, tokenEnd } from './spelled.js';
import { CJK_DIGIT_WORDS, DASH_WORDS, DIGIT_WORDS, SINGLE_CHAR_DIGITS, WEAK_KANA_DIGITS } from './words.js';
import { rng } from './corpus/prng.js';

describe('the anchored search for spelled-out symbols', () => {
  it('finds the same matches as the plain global search, on seeded random texts', () => {
    const r = rng(5);
    const pieces = ['at', 'AT', ' ', '  ', '\u3000', '\t', '\n', '\u00a0', '.', '@', '/', 'dot', 'DOT', 'slash', 'x', 'gmail', 'com', 'a còng', 'chấm', 'точка', 'ТЧК', 'ドット', 'アット', '점', '1', 'é', '(', ')', 'cat', 'dots'];
    const plain = (t: string) => {
      const out: string[] = [];
      WORDY.lastIndex = 0;
      for (let m = WORDY.exec(t); m; m = WORDY.exec(t)) out.push(`${m.index}:${m[0]}:${m.slice(1).join(',')}`);
      return out;
    };
    const anchored = (t: string) => {
      const out: string[] = [];
      for (let m = nextWordy(t, 0); m; m = nextWordy(t, m.index + m[0].length)) out.push(`${m.index}:${m[0]}:${m.slice(1).join(',')}`);
      return out;
    };
    const differ: string[] = [];
    let matches = 0;
    for (let i = 0; i < 20000; i++) {
      let t = '';
      const n = r.int(1, 12);
      for (let j = 0; j < n; j++) t += r.pick(pieces);
      const a = plain(t);
      matches += a.length;
      if (a.join('|') !== anchored(t).join('|')) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(matches).toBeGreaterThan(10000);
  });
});

describe('spelled digits read by hand', () => {
  // Digit words in several cases and forms (ſ and the Kelvin sign fold to s and k), near misses,
  // separators, letters of the scripts around them, combining marks and surrogates.
  const words = [...Object.keys(DIGIT_WORDS), ...Object.keys(CJK_DIGIT_WORDS), ...Object.keys(WEAK_KANA_DIGITS), ...Object.keys(SINGLE_CHAR_DIGITS), ...DASH_WORDS.split('|')];
  const pieces = [' ', '  ', '   ', ',', '、', '-', '.', '(', ')', '\u3000', '\u00a0', '1', '23', '456', 'x', 'é', 'ы', '日', '이', '에요', '으로', '로', '으', '로우', '입니다', '예요', '은', '까지', '를요', '\u0345', '\u0301', '😀', '\ud83d', '②', 'ᲀ', 'ı', 'İ'];
  const r = rng(9);
  const vary = (w: string) => {
    const x = r.next();
    if (x < 0.2) return w.toUpperCase();
    if (x < 0.3) return w[0].toUpperCase() + w.slice(1);
    if (x < 0.35) return w.replace(/s/g, 'ſ').replace(/k/g, '\u212a');
    if (x < 0.4) return w.slice(0, -1);
    if (x < 0.45) return w + 'x';
    return w;
  };
  const texts: string[] = [];
  for (let i = 0; i < 20000; i++) {
    let t = '';
    const n = r.int(1, 12);
    for (let j = 0; j < n; j++) t += r.chance(0.5) ? vary(r.pick(words)) : r.pick(pieces);
    texts.push(t);
  }

  it('finds the runs of DIGIT_RUN (nextRun: TOKEN by hand, the expression only where a token starts)', () => {
    const differ: string[] = [];
    let runs = 0;
    for (const t of texts) {
      const want: string[] = [];
      DIGIT_RUN.lastIndex = 0;
      for (let m = DIGIT_RUN.exec(t); m; m = DIGIT_RUN.exec(t)) want.push(`${m.index}:${m[0].length}`);
      const got: string[] = [];
      for (let p = nextRun(t, 0); p >= 0; p = nextRun(t, runEnd())) got.push(`${p}:${runEnd() - p}`);
      runs += want.length;
      if (want.join() !== got.join()) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(runs).toBeGreaterThan(5000);
  });

  it('reads the tokens of TOKEN_ONE in any part of a text (tokenEnd)', () => {
    const differ: string[] = [];
    let tokens = 0;
    for (const t of texts) {
      const from = r.int(0, t.length);
      const to = r.int(from, t.length);
      const part = t.slice(from, to);
      const want: string[] = [];
      TOKEN_ONE.lastIndex = 0;
      for (let m = TOKEN_ONE.exec(part); m; m = TOKEN_ONE.exec(part)) want.push(`${m.index}:${m[0].length}`);
      const got: string[] = [];
      for (let k = from; k < to; ) {
        const e = tokenEnd(t, k, from, to);
        if (e < 0) k += codePointLength(t, k, to);
        else {
          got.push(`${k - from}:${e - k}`);
          k = e;
        }
      }
      tokens += want.length;
      if (want.join() !== got.join()) differ.push(part);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(tokens).toBeGreaterThan(5000);
  });
});
