import { describe, expect, it } from 'vitest';
import { foldChars, normaliseChars } from './normalise.js';
import { T, triggers } from './triggers.js';
import { rng } from './corpus/prng.js';

/** Texts from pieces that fold (full-width forms, look-alikes, invisible and combining marks, dashes) and pieces that do not. */
function texts(count: number, seed: number): string[] {
  const pieces = [
    'a', 'gmail', '.', '@', '-', '_', ' ', '1', '09', 'а', 'е', 'о', 'ο', 'ρ', 'п', 'я', 'é', 'ấ', 'ſ', 'K', '日本', 'は', 'ー', '。', '｡', '、', '　',
    '\u00a0', '\u200b', '\u00ad', '\u0301', '\u3099', '０', '９', 'ｇ', '＠', '．', '：', '（', '—', '−', '№', '①', 'ﬁ', '㈱', '😀', '\ud835\udc00',
    '\ud83d', 'x\u0301', 'Ё', '가', '！', '™', 'の', '〇', '123', 'ﾄ', 'ﾞ', 'ﾟ',
  ];
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = r.int(1, 10);
    for (let j = 0; j < n; j++) t += r.pick(pieces);
    out.push(t);
  }
  return out;
}

describe('the character pass of normalisation', () => {
  it('leaves out only an offset map that is the identity', () => {
    let identity = 0;
    let mapped = 0;
    for (const x of texts(20_000, 7)) {
      const full = normaliseChars(x);
      const lean = normaliseChars(x, false);
      expect(lean.text).toBe(full.text);
      if (lean.start === null) {
        if (full.start !== null) {
          identity++;
          expect(full.start).toEqual(full.text.split('').map((_, k) => k));
          expect(full.end).toEqual(full.text.split('').map((_, k) => k + 1));
        }
      } else {
        mapped++;
        expect(lean.start).toEqual(full.start);
        expect(lean.end).toEqual(full.end);
      }
    }
    expect(identity).toBeGreaterThan(1000);
    expect(mapped).toBeGreaterThan(1000);
  });

  it('folds a text the character pass stops at (FOLD_SURE): it needs folding, and foldChars is the whole pass', () => {
    let sure = 0;
    for (const x of texts(20_000, 11)) {
      if (!(triggers(x, true) & T.FOLD_SURE)) continue;
      sure++;
      const v = normaliseChars(x);
      expect(v.start).not.toBeNull();
      expect(foldChars(x)).toEqual(v);
    }
    expect(sure).toBeGreaterThan(5000);
  });
});
