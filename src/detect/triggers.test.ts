import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from './detect.js';
import { CORPUS_PATH, messageStream } from './corpus/build.js';

/** Pieces that open or close the gates of the character pass, inserted at random places. */
const PIECES = [
  'at', ' at ', '(at)', '[dot]', ' dot ', 'アット', 'ドット', '점', '골뱅이', 'собака', 'точка', 'chấm', 'a còng', 'zero', 'one', 'two', 'nine', 'oh',
  'ноль', 'девять', 'không', 'chín', '〇', '九', '공', '일', '칠', 'dash', 'ハイフン', 'тире', 'gạch', 'LINE', 'line ID', 'Skype', 'tg', 'WhatsApp',
  "what's app", 'we chat', 'カカオ', '카톡', 'телеге', 'инсту', '@', '.', ' . ', '. ', '/', ' / ', 'slash', '://', 'www.', '.com', '.рф', '例え.jp',
  '900101 - 1234568', 'không chín ba, hai hai sáu 1', '공일공-1234-5678', 'zero nine zero (1234) 5678', '〇九〇、一二三四', 'ゼロ90 ', '8001011\u30002345678', '4111-1111 1111-1111', '12:34:56', '::', '\u200b', '\uff10', '\uff20', '\uff0e', 'а', 'о', '\u3002', 'ー', '−', '090', '1234', '5678', '+81 ', '(0)', '4111 1111 1111 1111',
  'DE89 3704 0044 0532 0130 00', '192.168.0.1', 'fe80::1', '\u00a0', '\u3000', 'ſ', 'K', 'İ', '\u0301', 'Ω', '2024-05-12', 'v1.2.3', ':',
  'order ', '円', 'マイナンバー', '주민번호 ', 'Ｌｉｎｅ', 'ｔｇ', 'Telegram', 'телеграм', 'xтелеграм', 'éline', 'one2', 'ONE', 'KHÔNG', 'Один', 'ᲃри',
];

describe('the character pass (triggers.ts)', () => {
  it('skips only rules that cannot fire: the findings are those of running every rule', () => {
    let seed = 11;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
    const texts = readFileSync(CORPUS_PATH, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let k = 0;
    for (const m of messageStream(3)) {
      texts.push(m);
      if (++k >= 3000) break;
    }
    // digits joined by the widest separators the phone rule takes: ") - (" between groups
    texts.push('+1 (212) - (736) - (5000)', '+44 (20) - (7946) - (0958)', 'call +81 (90) - (1234) - (5678) tonight');
    for (const t of texts.slice(0, 6000)) {
      let x = t;
      const edits = 1 + Math.floor(next() * 4);
      for (let j = 0; j < edits; j++) {
        const p = Math.floor(next() * (x.length + 1));
        x = x.slice(0, p) + PIECES[Math.floor(next() * PIECES.length)] + x.slice(p);
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
});
