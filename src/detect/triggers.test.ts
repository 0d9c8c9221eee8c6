import { describe, expect, it } from 'vitest';
import { scan } from './detect.js';
import { messageStream } from './corpus/build.js';
import { loadCorpus } from './eval.js';
import { normaliseChars } from './normalise.js';
import { T, triggers } from './triggers.js';
import { rng } from './corpus/prng.js';

/** Pieces that open or close the gates of the character pass, inserted at random places. */
const PIECES = [
  'at', ' at ', '(at)', '[dot]', ' dot ', 'アット', 'ドット', '점', '골뱅이', 'собака', 'точка', 'chấm', 'a còng', 'zero', 'one', 'two', 'nine', 'oh',
  'ноль', 'девять', 'không', 'chín', '〇', '九', '공', '일', '칠', 'dash', 'ハイフン', 'тире', 'gạch', 'LINE', 'line ID', 'Skype', 'tg', 'WhatsApp',
  "what's app", 'we chat', 'カカオ', '카톡', 'телеге', 'инсту', '@', '.', ' . ', '. ', '/', ' / ', 'slash', '://', 'www.', '.com', '.рф', '例え.jp',
  '900101 - 1234568', 'không chín ba, hai hai sáu 1', '공일공-1234-5678', 'zero nine zero (1234) 5678', '〇九〇、一二三四', 'ゼロ90 ', '8001011\u30002345678', '4111-1111 1111-1111', '12:34:56', '::', '\u200b', '\uff10', '\uff20', '\uff0e', 'а', 'о', '\u3002', 'ー', '−', '090', '1234', '5678', '+81 ', '(0)', '4111 1111 1111 1111',
  'DE89 3704 0044 0532 0130 00', '192.168.0.1', 'fe80::1', '\u00a0', '\u3000', 'ſ', 'K', 'İ', '\u0301', 'Ω', '2024-05-12', 'v1.2.3', ':',
  'order ', '円', 'マイナンバー', '주민번호 ', 'Ｌｉｎｅ', 'ｔｇ', 'Telegram', 'телеграм', 'xтелеграм', 'éline', 'one2', 'ONE', 'KHÔNG', 'Один', 'ᲃри',
  // what may follow a spelled "at" or "dot" (triggers.ts, symbolMayRewrite)
  'ivan at gmaildotcom', 'ivan AT gmail DOT com', ' at host.com', ' at the cafe', ' at x (dot) com', ' at x[.]com', 'at gmail ТОЧКА ru', 'at mail ᲃчк ru',
  'at gmail chấm com', 'at gmail cham com', 'at ab-cd . ef', ' at 9 pm', ' dot com', ' dot 9', ' dot .', 'x9점', '9점.', '점 com', 'x 점 y', 'a アット gmail.com', 'x앳y.com', 'kim 닷 com',
  ' at 10.0.0.1', 'at host. com', 'at x. 9',
  // digit groups around the gates of phones (nine digits, eight after '+'), cards, My Numbers and RRNs
  '12345678', '+1234567 8', '+ 12345678', '(+81)1234 5678', '1234 5678 9012', '1234-5678-9012', '1234 5678-9012', '123456789012', '1234567890123',
  '123456-1234567', '123456 - 1234567', '주민번호 900101 뒷자리 1234568', '123456 뒤: 1234567', ' 뒷자리 ', '123456\u3000-\u30001234567', '1 2 3 4 5 6 7 8 9 0 1 2 3', '4111  1111  1111  1111', '4111---1111', '4222222222222', '4222 2222 22222',
  // several platform names, in several scripts
  'kakao talk', 'whats app ID x', 'LINE or Skype: abc12', 'телеграм и ватсап', 'カカオ、ライン', 'Zalo Facebook',
  // a mail service named before an address's local part, or as its host
  'Gmail: ', 'gmail ', 'x.gmail', '@yahoo', 'naver', 'é yandex: a.b', ' at gmail', ' at naver,',
  // "dot com" as one word; an address a character at a time
  '＝', 'ID＝x_1', '＞', '＃1234', ' ➜ ', '아뒤 ', '친구추가 ', '友達追加', 'kết bạn ',
  '닷컴', ' 닷컴', 'ドットコム', 'x ドットコム', ' 앳 naver 닷컴', 'y u k i @ ', ' @ g m a i l . c o m', 'a b c . j p', 'k e n @ gmail', 'w w w . ',
  // brackets of other kinds; hosts and local parts with diacritics; dotted cards; digits one by one; "I am", the next line
  '〔at〕', '«dot»', '《.》', '｛at｝', '‹', '⟨dot⟩', 'ễ', 'é.de', 'bücher.de', 'học-tiếng.vn', 'nguyễn.an@x.com', 'áo chấm bi', '5279.5224.7641.9938',
  '4 1 4 8 5 9 7 4 9 7 6 2', '9 0 1 2 2 3 - 1 3 7 7 9 1 1', 'IP:fe80::1', ' の ', '03 の 6872', 'I am ', '\n', '\nID: ', 'nick mình là ', '私のユーザー名は',
  // a dot word between digit groups
  '090 dot 1234 dot 5678', ' chấm 345', 'ドット1234', ' 닷 2345', ' точка 67', '8 chấm 5',
  // wave dashes, two between digit groups or one; a bracketed handle after "add me"
  '090～1234～5678', '〜', '～', '12～34', '１２〜３４〜５６', 'add me (kate)', '「x_1」',
];

describe('the character pass (triggers.ts)', () => {
  it('skips only rules that cannot fire: the findings are those of running every rule', () => {
    const r = rng(11);
    const texts = loadCorpus().map((l) => l.text);
    let k = 0;
    for (const m of messageStream(3)) {
      texts.push(m);
      if (++k >= 3000) break;
    }
    // digits joined by the widest separators the phone rule takes: ") - (" between groups
    texts.push('+1 (212) - (736) - (5000)', '+44 (20) - (7946) - (0958)', 'call +81 (90) - (1234) - (5678) tonight');
    // a spelled digit before the particle "(으)로", which is a Hangul letter
    texts.push('zero 1234 5678 팔로 연락', '공일공 1234 567팔으로 전화');
    // a dot word in square brackets between spelled digits
    texts.push('Viber 070. four four [dot]seven eight - four six eight eight');
    // a wrapped dot word after a label in another script; one spelled digit joined by の to written ones
    texts.push('site: 東京~dot~com', 'サイトは café*dot*com', '電話はゼロの9012345678', 'visit tutorhub dotcom', 'ivan at gmail  DOTCOM', 'é dotcom', '_ dotcom');
    for (const t of texts.slice(0, 6000)) {
      let x = t;
      const edits = r.int(1, 4);
      for (let j = 0; j < edits; j++) {
        const p = r.int(0, x.length);
        x = x.slice(0, p) + r.pick(PIECES) + x.slice(p);
      }
      texts.push(x);
    }
    const differ: string[] = [];
    let found = 0;
    for (const t of texts) {
      const gated = scan(t, true);
      found += gated.length;
      if (JSON.stringify(gated) !== JSON.stringify(scan(t, false))) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(found).toBeGreaterThan(texts.length / 3);
  });

  it('says FOLD whenever the folding pass would change the text', () => {
    // Each piece needs folding in some place (a full-width digit, a zero-width space, a look-alike in
    // a Latin word, an ideographic full stop between Latin labels, a prolonged sound mark after a
    // digit); the bases put it in such places and in others.
    const pieces = ['\uff10', '\u200b', '\u00ad', 'а', 'о', 'е', '\u3002', '\uff61', 'ー', '−', '\u2013', '\u0301', 'ſ', 'K', '\uff20', '\u3000', '\u00a0', '①', 'ｇ', 'ℓ'];
    const bases = ['gmail com', 'ab12', '090 1234', 'почта', 'メール', '전화 010', 'x', '', '例え jp'];
    const r = rng(5);
    const missed: string[] = [];
    let folded = 0;
    let skipped = 0;
    for (let i = 0; i < 20_000; i++) {
      let x = r.pick(bases);
      for (let j = 0; j < 3; j++) {
        const p = r.int(0, x.length);
        x = x.slice(0, p) + r.pick(pieces) + x.slice(p);
      }
      const needs = normaliseChars(x).start !== null;
      const fold = (triggers(x) & T.FOLD) !== 0;
      if (needs) folded++;
      if (!fold) skipped++;
      if (needs && !fold) missed.push(x);
    }
    expect(missed.slice(0, 5)).toEqual([]);
    // Both outcomes occur, and the gate lets some texts skip the folding pass.
    expect(folded).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(500);
    expect(triggers('plain ascii text') & T.FOLD).toBe(0);
    expect(triggers('これは日本語です。') & T.FOLD).toBe(0);
    expect(triggers('почта ivan') & T.FOLD).not.toBe(0); // look-alike letters and an ASCII letter
    expect(triggers('０９０') & T.FOLD).not.toBe(0);
  });
});
