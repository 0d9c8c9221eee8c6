import { describe, expect, it } from 'vitest';
import { endTest } from './at-end.js';
import { rng } from './corpus/prng.js';
import { CURRENCY_BEFORE, REFERENCE_BEFORE } from './recognisers/context.js';
import { VERSION_BEFORE } from './recognisers/ip.js';
import { HOST_END, NAMING_BEFORE } from './recognisers/messenger.js';
import { HOST_BEHIND, LABEL_BEHIND } from './spelled.js';

describe('endTest: an expression anchored at the end, matched backwards', () => {
  // The expressions the scanner matches backwards, as shipped.
  const cases: RegExp[] = [REFERENCE_BEFORE, CURRENCY_BEFORE, LABEL_BEHIND, HOST_BEHIND, NAMING_BEFORE, HOST_END, VERSION_BEFORE];
  const pieces = ['order', 'Order', 'ORDER #', 'no.', 'nr', 'ref', 'reference', ' number', 'id', 'ID', '注文', '番号', 'заказ', 'счёт', 'ом', ' № ', 'mã', 'mã đơn', ' ', '  ', ':', '：', '#', 'x', 'a', '1', '-', '.', '/', '@', 'usd', '$', '€', '円', 'dot', 'ab', 'Ṡ', 'é', 'ник', 'НИК', 'nick', 'name', ' в ', 'во', ' on', 'の', '아이디', 'version', 'v', 'V', 'ver.', 'верс.', 'xv',
    'invoice', 'Booking', 'isbn-13', 'n°', ' code', 'レッスン', 'No.', '주문', ' 번호', 'накладная', ' номер', 'đơn hàng', ' số', 'jpy', '元', 'rub',
    '.com', '.ru', '.jp', 'COM', '.', ' . ', ' dot ', 'dot', '(dot)', '[.]', 'chấm', 'точка', 'gmail', 'ex-ample', 'X1',
    'логин', 'username', 'アカウント', ' на ', ' in ', 'build', 'release', 'バージョン', '버전', 'версия', 'phiên bản', 'Ver'];

  it('answers as each expression does on 20,000 random texts', () => {
    const r = rng(3);
    const mismatches: string[] = [];
    for (const re of cases) {
      const test = endTest(re);
      let matched = 0;
      for (let i = 0; i < 20_000; i++) {
        let s = '';
        const len = r.int(0, 5);
        for (let k = 0; k < len; k++) s += r.pick(pieces);
        const expected = re.test(s);
        if (expected) matched++;
        if (test(s) !== expected) mismatches.push(`/${re.source}/ ${JSON.stringify(s)}`);
      }
      // each expression matches some of the texts and not others
      expect(matched, re.source).toBeGreaterThan(500);
      expect(matched, re.source).toBeLessThan(19_500);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(endTest(REFERENCE_BEFORE)('your order no. ')).toBe(true);
    expect(endTest(REFERENCE_BEFORE)('order 12 and')).toBe(false);
  });

  it('refuses expressions it would change', () => {
    expect(() => endTest(/a|b$/)).toThrow();
    expect(() => endTest(/ab/)).toThrow();
    expect(() => endTest(/a$/m)).toThrow();
    expect(() => endTest(/(a)\1$/)).toThrow();
  });
});
