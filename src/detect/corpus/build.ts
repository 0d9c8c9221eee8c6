/**
 * Builds the labelled detection corpus (`corpus.jsonl` beside this file) from templates and entity
 * generators. Every span is the position where the generator inserted the entity, computed while the
 * message is assembled, never written by hand. Seeded, so the output is reproducible:
 *
 *   npx tsx src/detect/corpus/build.ts            # writes src/detect/corpus/corpus.jsonl
 *
 * Per language, from the development templates: 56 hard negatives, 54 positives with at least one
 * disguised entity, 40 plain positives; from the later templates (held out until 2 December 2026, then
 * development lines), from the templates of 2 December (templates-heldout.ts, held out on 2 December 2026
 * until the blind set of the same day replaced it, development lines since) and from the development templates written after
 * them (templates-more.ts): 20, 20 and 10 each. Then the blind set of 2 December 2026 (templates-blind.ts),
 * written by someone who had not read the rules, with its own entity generators and fillers: 24 hard
 * negatives, 24 disguised and 12 plain positives per language, held out until the blind set of 3 December
 * 2026 replaced it, development lines since. Then that second blind set (templates-blind2.ts), written on
 * 3 December 2026 by someone who had not read the rules, nor the tests, evaluation or documentation, with
 * its own entity generators and fillers: 24 hard negatives, 24 disguised and 12 plain positives per
 * language, held out until the third blind set of the same day replaced it, development lines since.
 * Then that third blind set (templates-blind3.ts), written on 3 December 2026 by someone who had not read
 * the rules, nor the tests, evaluation or documentation, with its own entity generators and fillers: 40
 * hard negatives, 40 disguised and 20 plain positives per language, held out until the fourth blind set of
 * the same day replaced it, development lines since. Then that fourth blind set (templates-blind4.ts),
 * written on 3 December 2026 by someone who had not read the rules, nor the tests, evaluation or
 * documentation, with its own entity generators and fillers: 40 hard negatives, 40 disguised and 20 plain
 * positives per language, held out until the fifth blind set of 3 December 2026 replaced it, development
 * lines since. Then that fifth blind set (templates-blind5.ts), written on 3 December 2026 by someone who
 * had not read the rules, nor the tests, evaluation or documentation, with its own entity generators and
 * fillers: 40 hard negatives, 40 disguised and 20 plain positives per language, held out until the sixth
 * blind set of 3 December 2026 replaced it, development lines since. Then that sixth blind set
 * (templates-blind6.ts), written on 3 December 2026 by someone who had not read the rules, nor the tests,
 * evaluation or documentation, with its own entity generators and fillers: 40 hard negatives, 40 disguised
 * and 20 plain positives per language, held out until the seventh blind set of 3 December 2026 replaced it,
 * development lines since. Then that seventh blind set (templates-blind7.ts), written on 3 December 2026
 * by someone who had not read the rules, nor the tests, evaluation or documentation, with its own entity
 * generators and fillers: 40 hard negatives, 40 disguised and 20 plain positives per language, held out
 * until the eighth blind set of 3 December 2026 replaced it, development lines since. Then that eighth
 * blind set (templates-blind8.ts), written on 3 December 2026 by someone who had not read the rules, nor
 * the tests, evaluation or documentation, with its own entity generators and fillers: 40 hard negatives,
 * 40 disguised and 20 plain positives per language, held out until the ninth blind set of 3 December 2026
 * replaced it, development lines since. Then that ninth blind set (templates-blind9.ts), written on 3
 * December 2026 by someone who had not read the rules, nor the tests, evaluation or documentation, with its
 * own entity generators and fillers: 40 hard negatives, 40 disguised and 20 plain positives per language,
 * held out until the tenth blind set of 3 December 2026 replaced it, development lines since. Then that
 * tenth blind set (templates-blind10.ts), written on 3 December 2026 by someone who had not read the rules,
 * nor the tests, evaluation or documentation, with its own entity generators and fillers: 40 hard
 * negatives, 40 disguised and 20 plain positives per language, held out until the eleventh blind set of 3
 * December 2026 replaced it, development lines since. Then that eleventh blind set
 * (templates-blind11.ts), written on 3 December 2026 by someone who had not read the rules, nor the tests,
 * evaluation or documentation, with its own entity generators and fillers: 40 hard negatives, 40 disguised
 * and 20 plain positives per language, held out until the twelfth blind set of 3 December 2026 replaced
 * it, development lines since. Then that twelfth blind set (templates-blind12.ts), written on 3 December
 * 2026 by someone who had not read the rules, nor the tests, evaluation or documentation, with its own
 * entity generators and fillers: 40 hard negatives, 40 disguised and 20 plain positives per language, held
 * out until the thirteenth blind set of 3 December 2026 replaced it, development lines since. Then that
 * thirteenth blind set (templates-blind13.ts), written on 3 December 2026 by someone who had not read the
 * rules, nor the tests, evaluation or documentation, with its own entity generators and fillers: 40 hard
 * negatives, 40 disguised and 20 plain positives per language, held out until the fourteenth blind set of
 * 3 December 2026 replaced it, development lines since. Then that fourteenth blind set
 * (templates-blind14.ts), written on 3 December 2026 by someone who had not read the rules, nor the tests,
 * evaluation or documentation, with its own entity generators and fillers: 40 hard negatives, 40 disguised
 * and 20 plain positives per language, held out until the fifteenth blind set of 4 December 2026 replaced
 * it, development lines since. Then that fifteenth blind set (templates-blind15.ts), written on 4 December
 * 2026 by someone who had not read the rules, nor the tests, evaluation or documentation, with its own
 * entity generators and fillers: 40 hard negatives, 40 disguised and 20 plain positives per language, held
 * out until the sixteenth blind set of 4 December 2026 replaced it, development lines since. Last, that
 * sixteenth blind set (templates-blind16.ts), written on 4 December 2026 by someone who had not read the
 * rules, nor the tests, evaluation or documentation, with its own entity generators and fillers: 40 hard
 * negatives, 40 disguised and 20 plain positives per language, the only `heldout` lines.
 * Each group has its own seed, so adding one leaves the lines of the others unchanged.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { FindingType } from '../types.js';
import { rng, type Rng } from './prng.js';
import { LANGS, entity, type Lang, type Surface } from './entities.js';
import { NEGATIVE, POSITIVE } from './templates.js';
import { LATER_NEGATIVE, LATER_POSITIVE } from './templates-later.js';
import { MORE_NEGATIVE, MORE_POSITIVE } from './templates-more.js';
import { HELDOUT_NEGATIVE, HELDOUT_POSITIVE } from './templates-heldout.js';
import { BLIND_NEGATIVE, BLIND_POSITIVE, blindEntity, blindFiller } from './templates-blind.js';
import { BLIND2_NEGATIVE, BLIND2_POSITIVE, blind2Entity, blind2Filler } from './templates-blind2.js';
import { BLIND3_NEGATIVE, BLIND3_POSITIVE, blind3Entity, blind3Filler } from './templates-blind3.js';
import { BLIND4_NEGATIVE, BLIND4_POSITIVE, blind4Entity, blind4Filler } from './templates-blind4.js';
import { BLIND5_NEGATIVE, BLIND5_POSITIVE, blind5Entity, blind5Filler } from './templates-blind5.js';
import { BLIND6_NEGATIVE, BLIND6_POSITIVE, blind6Entity, blind6Filler } from './templates-blind6.js';
import { BLIND7_NEGATIVE, BLIND7_POSITIVE, blind7Entity, blind7Filler } from './templates-blind7.js';
import { BLIND8_NEGATIVE, BLIND8_POSITIVE, blind8Entity, blind8Filler } from './templates-blind8.js';
import { BLIND9_NEGATIVE, BLIND9_POSITIVE, blind9Entity, blind9Filler } from './templates-blind9.js';
import { BLIND10_NEGATIVE, BLIND10_POSITIVE, blind10Entity, blind10Filler } from './templates-blind10.js';
import { BLIND11_NEGATIVE, BLIND11_POSITIVE, blind11Entity, blind11Filler } from './templates-blind11.js';
import { BLIND12_NEGATIVE, BLIND12_POSITIVE, blind12Entity, blind12Filler } from './templates-blind12.js';
import { BLIND13_NEGATIVE, BLIND13_POSITIVE, blind13Entity, blind13Filler } from './templates-blind13.js';
import { BLIND14_NEGATIVE, BLIND14_POSITIVE, blind14Entity, blind14Filler } from './templates-blind14.js';
import { BLIND15_NEGATIVE, BLIND15_POSITIVE, blind15Entity, blind15Filler } from './templates-blind15.js';
import { BLIND16_NEGATIVE, BLIND16_POSITIVE, blind16Entity, blind16Filler } from './templates-blind16.js';

export interface CorpusSpan {
  type: FindingType;
  start: number;
  end: number;
  /** How the entity was disguised, when it was. */
  how?: string;
}

export interface CorpusLine {
  id: string;
  lang: Lang;
  text: string;
  spans: CorpusSpan[];
  /** At least one entity is disguised. */
  obfuscated: boolean;
  /** A line without entities, full of things that look like them. */
  hardNegative: boolean;
  /**
   * `dev`: templates the rules were developed against, and the former held-out sets (templates-later.ts
   * until 2 December 2026, templates-heldout.ts until the blind set replaced it, the blind set of 2 December
   * 2026, templates-blind.ts, held out until the blind set of 3 December 2026 replaced it, that blind set
   * of 3 December 2026, templates-blind2.ts, held out until the third blind set of the same day replaced it,
   * that third blind set, templates-blind3.ts, held out until the fourth blind set of the same day
   * replaced it, that fourth blind set, templates-blind4.ts, held out until the fifth blind set of 3
   * December 2026 replaced it, that fifth blind set, templates-blind5.ts, held out until the sixth blind
   * set of 3 December 2026 replaced it, that sixth blind set, templates-blind6.ts, held out until the
   * seventh blind set of 3 December 2026 replaced it, that seventh blind set, templates-blind7.ts, held
   * out until the eighth blind set of 3 December 2026 replaced it, that eighth blind set,
   * templates-blind8.ts, held out until the ninth blind set of 3 December 2026 replaced it, that ninth
   * blind set, templates-blind9.ts, held out until the tenth blind set of 3 December 2026 replaced it,
   * that tenth blind set, templates-blind10.ts, held out until the eleventh blind set of 3 December 2026
   * replaced it, that eleventh blind set, templates-blind11.ts, held out until the twelfth blind set of
   * 3 December 2026 replaced it, that twelfth blind set, templates-blind12.ts, held out until the
   * thirteenth blind set of 3 December 2026 replaced it, that thirteenth blind set, templates-blind13.ts,
   * held out until the fourteenth blind set of 3 December 2026 replaced it, that fourteenth blind set,
   * templates-blind14.ts, held out until the fifteenth blind set of 4 December 2026 replaced it, and that
   * fifteenth blind set, templates-blind15.ts, held out until the sixteenth blind set of 4 December 2026
   * replaced it, development lines since);
   * `heldout`: the sixteenth blind set of 4 December 2026 (templates-blind16.ts), written by someone who
   * had not read the rules, nor the tests, evaluation or documentation, never tuned on.
   */
  split: 'dev' | 'heldout';
}

const SLOT = /\{([A-Z]+@?)\}/g;

function isbn13(r: Rng): string {
  const body = '978' + r.pick(['4', '89', '5', '604', '0', '1']) ;
  let d = body + r.digits(12 - body.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  d += String((10 - (sum % 10)) % 10);
  const g = body.length - 3;
  return `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 8)}-${d.slice(8, 12)}-${d.slice(12)}`;
}

/** Fillers for hard-negative slots: prices, dates, order numbers and the like, per language. */
function negativeFiller(r: Rng, lang: Lang, slot: string): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  const ddd = () => String(n(0, 999)).padStart(3, '0');
  switch (slot) {
    case 'PRICE':
      return r.pick(
        {
          en: [`$${n(10, 90)}.00`, `€${n(10, 60)},99`, `£${n(12, 80)}`, `${n(2, 9)},${ddd()} yen`, `$${n(1, 9)},${ddd()}`],
          ja: [`${n(1, 30)},${ddd()}円`, `¥${n(1, 30)},${ddd()}`, `${n(1, 9)}万円`, `${n(1, 9)}${ddd()}円`],
          ko: [`${n(10, 99)},${ddd()}원`, `₩${n(10, 99)},${ddd()}`, `${n(1, 9)}만 원`, `${n(1, 2)},${ddd()},${ddd()}원`],
          ru: [`${n(1, 9)} ${ddd()} ₽`, `${n(1, 9)}${ddd()} руб.`, `${n(1, 9)} ${ddd()} рублей`, `${n(10, 90)} ${ddd()} ₽`],
          vi: [`${n(100, 900)}.000đ`, `${n(1, 9)}.${ddd()}.000 VND`, `${n(1, 9)}.${ddd()}.000 đồng`, `${n(100, 500)}.000 đ`],
        }[lang],
      );
    case 'DATE': {
      const y = n(2023, 2026);
      const m = n(1, 12);
      const d = n(1, 28);
      const p2 = (x: number) => String(x).padStart(2, '0');
      return r.pick(
        {
          en: [`${y}-${p2(m)}-${p2(d)}`, `${p2(d)}/${p2(m)}/${y}`, `${m}/${d}`, `May ${d}`, `${m}/${d}/${y}`],
          ja: [`${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`, `${y}年${m}月${d}日`, `${y}-${p2(m)}-${p2(d)}`],
          ko: [`${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`, `${y}년 ${m}월 ${d}일`, `${y}-${p2(m)}-${p2(d)}`],
          ru: [`${p2(d)}.${p2(m)}.${y}`, `${d} мая`, `${p2(d)}.${p2(m)}`, `${y}-${p2(m)}-${p2(d)}`],
          vi: [`${p2(d)}/${p2(m)}/${y}`, `ngày ${d}/${m}`, `${d}-${m}-${y}`, `${p2(d)}.${p2(m)}.${y}`],
        }[lang],
      );
    }
    case 'TIME':
      return r.pick([`${n(7, 22)}:${r.pick(['00', '15', '30', '45'])}`, `${n(7, 11)}:00-${n(12, 13)}:30`, lang === 'vi' ? `${n(7, 22)}h${r.pick(['00', '30'])}` : lang === 'ja' ? `午後${n(1, 9)}時` : `${n(1, 11)} pm`]);
    case 'ORDER':
      return r.pick([`#${r.digits(10)}`, `A-${n(2023, 2026)}-${r.digits(5)}`, `${n(2023, 2026)}${String(n(1, 12)).padStart(2, '0')}${String(n(1, 28)).padStart(2, '0')}-${r.digits(4)}`, r.digits(13), `${r.digits(8)}`, `#${r.digits(7)}`]);
    case 'ISBN':
      return isbn13(r);
    case 'VERSION':
      return r.pick([`${n(3, 6)}.${n(0, 20)}.${n(0, 15)}`, `v${n(1, 4)}.${n(0, 12)}.${n(0, 9)}`, `10.0.${n(19041, 22631)}.${n(1000, 4000)}`, `${n(15, 18)}.${n(0, 6)}.${n(1, 3)}`, `3.${n(8, 13)}`]);
    case 'SCORE':
      return r.pick([`${n(5, 9)}.${r.pick(['0', '5'])}/10`, `${n(60, 100)}/100`, `${n(600, 990)}`, `${n(5, 8)}.${r.pick(['0', '5'])}`, `${n(100, 180)}/180`]);
    case 'FILE':
      return r.pick(['homework.pdf', 'lesson3.mp3', 'slides.pptx', 'script.py', 'README.md', 'recording.mov', 'photos.zip', 'essay_final.docx', 'notes.txt', 'vocab_list.xlsx', 'words.csv', 'unit5_answers.pdf', 'audio_0512.m4a', 'IMG_4821.jpg', 'setup.sh']);
    case 'MENTION':
      return '@' + r.pick(['yuki', 'Minji', 'ivan_p', 'lan.nguyen', 'teacher_kate', 'sakura88', 'dmitry', 'hana_kim', 'Tom']);
    case 'ROOM':
      return r.pick([`${n(100, 999)}-${String(n(0, 9999)).padStart(4, '0')}`, `${n(1, 12)}0${n(1, 9)}`, `B-${n(100, 499)}`, `${n(100, 999)}`]);
    case 'NUM':
      return String(n(2, 150));
    case 'DECIMAL':
      return `${n(1, 40)}.${n(1, 9)}`;
    case 'BIGNUM':
      return `${n(10, 13)} ${ddd()} ${ddd()}`;
    // (the kinds below only in the held-out templates of 2 December)
    case 'RANGE':
      return r.pick([`${n(10, 99)}-${n(100, 199)}`, `${n(100, 199)}–${n(200, 299)}`, `${n(2015, 2020)}-${n(2021, 2026)}`, `${n(1, 9)}-${n(10, 30)}`]);
    case 'PERCENT':
      return r.pick([`${n(5, 60)}%`, `${n(1, 99)}.${n(1, 9)}%`, `${n(10, 50)} %`]);
    case 'TEMP':
      return r.pick([`${n(25, 38)}°C`, `-${n(2, 25)}°C`, `${n(70, 99)}°F`, `${n(20, 35)}.${n(0, 9)}℃`]);
    case 'COORD':
      return r.pick([`${n(10, 59)}.${r.digits(4)}, ${n(100, 139)}.${r.digits(4)}`, `${n(10, 59)}.${r.digits(6)},${n(30, 139)}.${r.digits(6)}`, `${n(10, 59)}°${n(10, 59)}′N ${n(30, 139)}°${n(10, 59)}′E`]);
    case 'MODEL':
      return r.pick([`iPhone ${n(11, 16)} Pro`, `Galaxy S${n(20, 24)}`, `ThinkPad X1 Gen ${n(5, 11)}`, `RTX ${r.pick(['3060', '4070', '4090'])}`, `Pixel ${n(6, 9)}a`, `MacBook Air M${n(1, 3)}`]);
    case 'POSTAL':
      return {
        en: r.pick([`SW1A ${n(1, 9)}AA`, `${r.digits(5)}`, `${r.digits(5)}-${r.digits(4)}`]),
        ja: `〒${r.digits(3)}-${r.digits(4)}`,
        ko: r.digits(5),
        ru: `${n(101, 199)}${r.digits(3)}`,
        vi: `${n(10, 99)}0000`,
      }[lang];
    case 'DURATION':
      return r.pick([`${n(1, 2)}:${String(n(0, 59)).padStart(2, '0')}:${String(n(0, 59)).padStart(2, '0')}`, `${n(20, 59)}:${String(n(0, 59)).padStart(2, '0')}`, `${n(1, 3)}h ${n(5, 55)}m`]);
    case 'TRACK':
      return r.pick([`${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `RR${r.digits(9)}RU`, `1Z${r.digits(6)}${r.pick(['A', 'B', 'X'])}${r.digits(9)}`, `${r.digits(12)}`, `EE${r.digits(9)}KR`]);
    default:
      throw new Error(`unknown slot ${slot}`);
  }
}

type EntityMaker = (r: Rng, lang: Lang, slot: string, obfuscate: boolean) => { type: FindingType; surface: Surface } | null;
type FillerMaker = (r: Rng, lang: Lang, slot: string) => string;

type Composed = { text: string; spans: CorpusSpan[]; obfuscated: boolean };

/** Assembles one message from a template, recording where each entity lands. */
export function compose(r: Rng, lang: Lang, template: string, obfuscate: boolean): Composed {
  return assemble(r, lang, template, obfuscate, entity, negativeFiller);
}

type Quota = { negatives: number; obfuscated: number; plain: number };
type OwnFiller = (r: Rng, lang: Lang, slot: string) => string | null;

/** A blind set: its templates, its own entity generators and fillers, and how many lines of each kind per language. */
interface BlindSet {
  positive: Record<Lang, string[]>;
  negative: Record<Lang, string[]>;
  entity: EntityMaker;
  filler: OwnFiller;
  quota: Quota;
}
const SMALL: Quota = { negatives: 24, obfuscated: 24, plain: 12 };
const FULL: Quota = { negatives: 40, obfuscated: 40, plain: 20 };
/** The blind sets in the order they were written (see the top of this file); the last is the held-out one. */
const BLIND_SETS: BlindSet[] = [
  { positive: BLIND_POSITIVE, negative: BLIND_NEGATIVE, entity: blindEntity, filler: blindFiller, quota: SMALL },
  { positive: BLIND2_POSITIVE, negative: BLIND2_NEGATIVE, entity: blind2Entity, filler: blind2Filler, quota: SMALL },
  { positive: BLIND3_POSITIVE, negative: BLIND3_NEGATIVE, entity: blind3Entity, filler: blind3Filler, quota: FULL },
  { positive: BLIND4_POSITIVE, negative: BLIND4_NEGATIVE, entity: blind4Entity, filler: blind4Filler, quota: FULL },
  { positive: BLIND5_POSITIVE, negative: BLIND5_NEGATIVE, entity: blind5Entity, filler: blind5Filler, quota: FULL },
  { positive: BLIND6_POSITIVE, negative: BLIND6_NEGATIVE, entity: blind6Entity, filler: blind6Filler, quota: FULL },
  { positive: BLIND7_POSITIVE, negative: BLIND7_NEGATIVE, entity: blind7Entity, filler: blind7Filler, quota: FULL },
  { positive: BLIND8_POSITIVE, negative: BLIND8_NEGATIVE, entity: blind8Entity, filler: blind8Filler, quota: FULL },
  { positive: BLIND9_POSITIVE, negative: BLIND9_NEGATIVE, entity: blind9Entity, filler: blind9Filler, quota: FULL },
  { positive: BLIND10_POSITIVE, negative: BLIND10_NEGATIVE, entity: blind10Entity, filler: blind10Filler, quota: FULL },
  { positive: BLIND11_POSITIVE, negative: BLIND11_NEGATIVE, entity: blind11Entity, filler: blind11Filler, quota: FULL },
  { positive: BLIND12_POSITIVE, negative: BLIND12_NEGATIVE, entity: blind12Entity, filler: blind12Filler, quota: FULL },
  { positive: BLIND13_POSITIVE, negative: BLIND13_NEGATIVE, entity: blind13Entity, filler: blind13Filler, quota: FULL },
  { positive: BLIND14_POSITIVE, negative: BLIND14_NEGATIVE, entity: blind14Entity, filler: blind14Filler, quota: FULL },
  { positive: BLIND15_POSITIVE, negative: BLIND15_NEGATIVE, entity: blind15Entity, filler: blind15Filler, quota: FULL },
  { positive: BLIND16_POSITIVE, negative: BLIND16_NEGATIVE, entity: blind16Entity, filler: blind16Filler, quota: FULL },
];

/**
 * Assembles a message of blind set `k`: its own entity generators; its own fillers, then those of the sets
 * before it, latest first, then the first templates' fillers for the older slots.
 */
function composeBlind(k: number): typeof compose {
  const fillers = BLIND_SETS.slice(0, k + 1)
    .reverse()
    .map((b) => b.filler);
  const filler: FillerMaker = (r, lang, slot) => {
    for (const f of fillers) {
      const v = f(r, lang, slot);
      if (v != null) return v;
    }
    return negativeFiller(r, lang, slot);
  };
  return (r, lang, template, obfuscate) => assemble(r, lang, template, obfuscate, BLIND_SETS[k].entity, filler);
}

function assemble(r: Rng, lang: Lang, template: string, obfuscate: boolean, makeEntity: EntityMaker, makeFiller: FillerMaker): Composed {
  let text = '';
  const spans: CorpusSpan[] = [];
  let obfuscated = false;
  let pos = 0;
  let first = true;
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(template); m; m = SLOT.exec(template)) {
    text += template.slice(pos, m.index);
    pos = m.index + m[0].length;
    const slot = m[1];
    const disguise = obfuscate && (first || r.chance(0.5));
    const e = makeEntity(r, lang, slot, disguise);
    if (!e) {
      text += makeFiller(r, lang, slot);
      continue;
    }
    first = false;
    const start = text.length;
    text += e.surface.text;
    const span: CorpusSpan = { type: e.type, start, end: text.length };
    if (e.surface.obfuscated) {
      span.how = e.surface.how;
      obfuscated = true;
    }
    spans.push(span);
  }
  text += template.slice(pos);
  return { text, spans, obfuscated };
}

export interface BuildOptions {
  seed?: number;
}

function addLines(r: Rng, lines: CorpusLine[], lang: Lang, split: CorpusLine['split'], pos: string[], neg: string[], quota: Quota, make: typeof compose = compose): void {
  let k = lines.filter((l) => l.lang === lang).length;
  const id = () => `${lang}-${String(++k).padStart(3, '0')}`;
  for (let i = 0; i < quota.negatives; i++) {
    const c = make(r, lang, neg[i % neg.length], false);
    lines.push({ id: id(), lang, text: c.text, spans: [], obfuscated: false, hardNegative: true, split });
  }
  let made = 0;
  while (made < quota.obfuscated) {
    const c = make(r, lang, r.pick(pos), true);
    if (!c.obfuscated) continue;
    lines.push({ id: id(), lang, text: c.text, spans: c.spans, obfuscated: true, hardNegative: false, split });
    made++;
  }
  for (let i = 0; i < quota.plain; i++) {
    const c = make(r, lang, pos[i % pos.length], false);
    lines.push({ id: id(), lang, text: c.text, spans: c.spans, obfuscated: false, hardNegative: false, split });
  }
}

export function buildCorpus(opts: BuildOptions = {}): CorpusLine[] {
  const r = rng(opts.seed ?? 20240512);
  const lines: CorpusLine[] = [];
  for (const lang of LANGS) addLines(r, lines, lang, 'dev', POSITIVE[lang], NEGATIVE[lang], { negatives: 56, obfuscated: 54, plain: 40 });
  const later = rng((opts.seed ?? 20240512) + 1);
  for (const lang of LANGS) addLines(later, lines, lang, 'dev', LATER_POSITIVE[lang], LATER_NEGATIVE[lang], { negatives: 20, obfuscated: 20, plain: 10 });
  const h = rng((opts.seed ?? 20240512) + 2);
  // Held out on 2 December 2026 until the blind set below, written the same day, replaced it.
  for (const lang of LANGS) addLines(h, lines, lang, 'dev', HELDOUT_POSITIVE[lang], HELDOUT_NEGATIVE[lang], { negatives: 20, obfuscated: 20, plain: 10 });
  const more = rng((opts.seed ?? 20240512) + 3);
  for (const lang of LANGS) addLines(more, lines, lang, 'dev', MORE_POSITIVE[lang], MORE_NEGATIVE[lang], { negatives: 20, obfuscated: 20, plain: 10 });
  // The blind sets, each with its own seed: each held out until the next replaced it, development lines
  // since; the last, the only held-out lines.
  BLIND_SETS.forEach((b, k) => {
    const br = rng((opts.seed ?? 20240512) + 4 + k);
    const split = k === BLIND_SETS.length - 1 ? 'heldout' : 'dev';
    const make = composeBlind(k);
    for (const lang of LANGS) addLines(br, lines, lang, split, b.positive[lang], b.negative[lang], b.quota, make);
  });
  return lines;
}

/** Endless mixed five-language messages (labels dropped), for the benchmark. */
export function* messageStream(seed: number): Generator<string> {
  const r = rng(seed);
  for (;;) {
    const lang = r.pick(LANGS);
    const roll = r.next();
    if (roll < 0.5) yield compose(r, lang, r.pick(NEGATIVE[lang]), false).text;
    else yield compose(r, lang, r.pick(POSITIVE[lang]), roll < 0.7).text;
  }
}

export const CORPUS_PATH = join(dirname(fileURLToPath(import.meta.url)), 'corpus.jsonl');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lines = buildCorpus();
  writeFileSync(CORPUS_PATH, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const neg = lines.filter((l) => l.hardNegative).length;
  const obf = lines.filter((l) => l.obfuscated).length;
  const held = lines.filter((l) => l.split === 'heldout').length;
  process.stdout.write(`${lines.length} lines (${held} held out), ${obf} obfuscated (${((100 * obf) / lines.length).toFixed(1)} %), ${neg} hard negatives (${((100 * neg) / lines.length).toFixed(1)} %) -> ${CORPUS_PATH}\n`);
}
