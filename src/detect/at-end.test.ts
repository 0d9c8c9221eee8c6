import { describe, expect, it } from 'vitest';
import { endTest } from './at-end.js';

/** A small seeded generator, so a failure names an input that can be replayed. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('endTest: an expression anchored at the end, matched backwards', () => {
  const cases: RegExp[] = [
    /(?:#|№|\b(?:no|nr)\.?|\b(?:order|ref(?:erence)?|id)\b(?:\s*(?:number|no\.?|#))?|(?:注文|予約)(?:番号)?|(?:заказ|сч[её]т)[а-яё]*(?:\s*№)?|(?:mã đơn|mã))\s*[:：#№]?\s*$/iu,
    /(?:[$€£¥₩₫₽]|usd|eur|円)\s*$/iu,
    /(?:^|[\s@/])[a-z0-9][a-z0-9-]*$/,
    /[\p{L}\p{N}](?:\s*\.\s*|\s+dot\s+)[\p{L}]{2,}$/iu,
    /(?:ник|nick|nickname|ID|아이디)\s*(?:в|во|on|の)?\s*$/iu,
    /(?:(?<![A-Za-z])(?:version|ver\.?|v)|верс\.)\s*$/iu,
  ];
  const pieces = ['order', 'Order', 'ORDER #', 'no.', 'nr', 'ref', 'reference', ' number', 'id', 'ID', '注文', '番号', 'заказ', 'счёт', 'ом', ' № ', 'mã', 'mã đơn', ' ', '  ', ':', '：', '#', 'x', 'a', '1', '-', '.', '/', '@', 'usd', '$', '€', '円', 'dot', 'ab', 'Ṡ', 'é', 'ник', 'НИК', 'nick', 'name', ' в ', 'во', ' on', 'の', '아이디', 'version', 'v', 'V', 'ver.', 'верс.', 'xv'];

  it('answers as the expression does on 120,000 random texts', () => {
    const next = rng(3);
    const mismatches: string[] = [];
    for (const re of cases) {
      const test = endTest(re);
      for (let i = 0; i < 20_000; i++) {
        let s = '';
        const len = Math.floor(next() * 6);
        for (let k = 0; k < len; k++) s += pieces[Math.floor(next() * pieces.length)];
        if (test(s) !== re.test(s)) mismatches.push(`/${re.source}/ ${JSON.stringify(s)}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(endTest(cases[0])('your order no. ')).toBe(true);
    expect(endTest(cases[0])('order 12 and')).toBe(false);
  });

  it('refuses expressions it would change', () => {
    expect(() => endTest(/a|b$/)).toThrow();
    expect(() => endTest(/ab/)).toThrow();
    expect(() => endTest(/a$/m)).toThrow();
    expect(() => endTest(/(a)\1$/)).toThrow();
  });
});
