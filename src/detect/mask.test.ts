import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detect, mask, maskMany, normalise } from './index.js';
import { loadCorpus } from './eval.js';

describe('offsets point into the original text', () => {
  it('text.slice(start, end) is the entity as written, disguise included, on every corpus line', () => {
    for (const line of loadCorpus()) {
      for (const f of detect(line.text)) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(line.text.length);
        expect(f.end).toBeGreaterThan(f.start);
      }
      for (const g of line.spans.filter((s) => s.how)) {
        const hit = detect(line.text).find((f) => f.type === g.type && f.start === g.start && f.end === g.end);
        if (hit) expect(line.text.slice(hit.start, hit.end)).toBe(line.text.slice(g.start, g.end));
      }
    }
  });

  it('maps full-width, zero-width and spelled forms back exactly', () => {
    const text = 'LINE: ｔａｎａｋａ＿８８ / 〇九〇一二三四五六七八 / ta\u200bnaka (at) gmail (dot) com';
    const spans = detect(text).map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(['ｔａｎａｋａ＿８８', '〇九〇一二三四五六七八', 'ta\u200bnaka (at) gmail (dot) com']);
  });

  it('the normal form maps every character to a range of the original', () => {
    const text = 'ｔｅｌ：〇九〇ー１２３４ー５６７８、mail: ivаn собака mail точка ru';
    const v = normalise(text);
    expect(v.start).not.toBeNull();
    for (let i = 0; i < v.text.length; i++) {
      expect(v.start![i]).toBeLessThan(v.end![i]);
      if (i) expect(v.start![i]).toBeGreaterThanOrEqual(v.start![i - 1]);
    }
  });
});

describe('mask', () => {
  it('replaces each finding with its label', () => {
    expect(mask('mail tanaka@gmail.com or call 090-1234-5678').text).toBe('mail [EMAIL] or call [PHONE]');
  });
  it('keeps the length with asterisks and drops the span with remove', () => {
    const text = 'LINE ID: tanaka_88 ok';
    expect(mask(text, { style: 'asterisks' }).text).toBe('LINE ID: ********* ok');
    expect(mask(text, { style: 'remove' }).text).toBe('LINE ID:  ok');
  });
  it('refuses an unknown style', () => {
    expect(() => mask('x', { style: 'bold' as never })).toThrow(/style/);
  });

  const entity = fc.constantFrom(
    'tanaka.yuki@gmail.com',
    'kim (at) naver (dot) com',
    '090-1234-5678',
    '+7 912 345-67-89',
    'italki.com',
    't.me/ivan_88',
    '〇九〇一二三四五六七八',
    '4539 1488 0343 6467',
    'ｔａｎａｋａ＠ｇｍａｉｌ．ｃｏｍ',
  );
  const filler = fc.constantFrom(' hello ', ' 연락 주세요 ', ' пишите ', ' nhé ', 'です。', ' and ', '\n', ' — ');

  it('removes every detected entity and changes nothing outside the spans (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, entity), { minLength: 1, maxLength: 5 }), filler, (parts, tail) => {
        const text = parts.map(([f, e]) => f + e).join('') + tail;
        const { text: masked, findings } = mask(text, { style: 'asterisks' });
        // Lengths are kept, so every position outside a span is compared one to one.
        expect(masked.length).toBe(text.length);
        const inside = new Uint8Array(text.length);
        for (const f of findings) inside.fill(1, f.start, f.end);
        for (let i = 0; i < text.length; i++) {
          if (inside[i]) expect(masked[i]).toBe('*');
          else expect(masked[i]).toBe(text[i]);
        }
        // No entity survives masking.
        expect(detect(mask(text).text)).toEqual([]);
        for (const [, e] of parts) expect(mask(text).text.includes(e)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('maskMany', () => {
  it('masks each text as mask does, in order, and refuses an unknown style', () => {
    const texts = loadCorpus()
      .slice(0, 300)
      .map((l) => l.text);
    for (const style of ['label', 'asterisks', 'remove'] as const) expect(maskMany(texts, { style })).toEqual(texts.map((t) => mask(t, { style })));
    expect(() => maskMany(texts, { style: 'blur' as never })).toThrow(/style/);
  });
});
