import { describe, expect, it } from 'vitest';
import { detect, detectMany } from './detect.js';
import { messageStream } from './corpus/build.js';
import { loadCorpus } from './eval.js';
import { CustosError } from '../errors.js';

/** Texts that take each path of the scan: folding, spelled-out rewrites, several platform names, none. */
const EDGES = [
  '',
  'hello there, see you tomorrow',
  'ｔａｎａｋａ＠ｇｍａｉｌ．ｃｏｍ',
  'call ０９０−１２３４−５６７８',
  'mail: ivan at gmail dot com',
  'zero nine zero, one two three four, five six seven eight',
  '〇九〇、一二三四、五六七八',
  'không chín ba, hai hai sáu 1234',
  'LINE: tanaka_88 and Skype: ivan.petrov77',
  'LINE: abc123',
  'WhatsApp +44 20 7946 0958, Telegram @ivan_p',
  'телеграм: ivan_p, почта: ivаn@mаil.ru',
  'カカオ: kim_99、ライン: tanaka88',
  '4111 1111 1111 1111',
  'DE89 3704 0044 0532 0130 00',
  '900101-1234567',
  '1234 5678 9012',
  'fe80::1 and 192.168.0.1',
  'https://example.com/a?b=c',
  'Meet at the cafe at 9',
  '\u200b\u200b',
  ' ',
];

/** A few thousand messages: the labelled corpus, the bench's generator, and the edge cases above between them. */
function texts(): string[] {
  const out = loadCorpus().map((l) => l.text);
  let k = 0;
  for (const m of messageStream(5)) {
    out.push(m);
    if (k % 97 === 0) out.push(EDGES[(k / 97) % EDGES.length]);
    if (++k >= 3000) break;
  }
  return out.concat(EDGES);
}

describe('detectMany', () => {
  it('finds in each text of a batch exactly what detect finds in it alone, whatever the batch size', () => {
    const all = texts();
    const alone = all.map((t) => JSON.stringify(detect(t)));
    // (the comparison is not between empty answers: most texts hold something to find)
    expect(alone.filter((f) => f !== '[]').length).toBeGreaterThan(all.length / 2);
    for (const size of [1, 7, 256, all.length]) {
      const differ: string[] = [];
      for (let s = 0; s < all.length; s += size) {
        const batch = all.slice(s, s + size);
        const many = detectMany(batch);
        expect(many).toHaveLength(batch.length);
        many.forEach((f, k) => {
          if (JSON.stringify(f) !== alone[s + k]) differ.push(batch[k]);
        });
      }
      expect(differ.slice(0, 5)).toEqual([]);
    }
  });

  it('keeps the state of each message apart: platform names, folds and rewrites of one do not touch another', () => {
    // The platform search of each message stops at its own last name; the batches put messages
    // whose last name starts elsewhere after and before it.
    const batch = [EDGES[8], EDGES[9], EDGES[2], EDGES[4], EDGES[1], EDGES[8], '', EDGES[11], EDGES[12], EDGES[9]];
    expect(detectMany(batch)).toEqual(batch.map((t) => detect(t)));
    expect(detectMany([EDGES[8], EDGES[9]])[0].map((f) => f.type)).toEqual(['MESSENGER_ID', 'MESSENGER_ID']);
    expect(detectMany([...batch].reverse())).toEqual([...batch].reverse().map((t) => detect(t)));
  });

  it('returns an empty list for an empty batch and for empty texts', () => {
    expect(detectMany([])).toEqual([]);
    expect(detectMany(['', ''])).toEqual([[], []]);
  });

  it('refuses a batch that is not an array, or holds a value that is not a string, naming the field', () => {
    const refusal = (input: unknown) => {
      try {
        detectMany(input as string[]);
      } catch (e) {
        expect(e).toBeInstanceOf(CustosError);
        const err = e as CustosError;
        return { code: err.code, message: err.message, details: err.details };
      }
      throw new Error('not refused');
    };
    expect(refusal('one text')).toEqual({
      code: 'CUSTOS_INVALID_INPUT',
      message: 'texts: must be an array of strings',
      details: [{ field: 'texts', rule: 'type', message: 'must be an array of strings' }],
    });
    expect(refusal(['a', 'b', 'c', 42])).toEqual({
      code: 'CUSTOS_INVALID_INPUT',
      message: 'texts[3]: must be a string',
      details: [{ field: 'texts[3]', rule: 'type', message: 'must be a string' }],
    });
    expect(refusal([null]).details[0].field).toBe('texts[0]');
  });
});
