import { describe, expect, it } from 'vitest';
import { WORDY, nextWordy } from './spelled.js';

describe('the anchored search for spelled-out symbols', () => {
  it('finds the same matches as the plain global search, on seeded random texts', () => {
    let seed = 5;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
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
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) t += pieces[Math.floor(next() * pieces.length)];
      const a = plain(t);
      matches += a.length;
      if (a.join('|') !== anchored(t).join('|')) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(matches).toBeGreaterThan(10000);
  });
});
