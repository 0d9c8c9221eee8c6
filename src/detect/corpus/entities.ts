/**
 * Entity generators for the labelled corpus: realistic emails, phone numbers, links, messenger handles
 * and identifiers, and the ways people disguise them in each of the five languages. Phone numbers are
 * drawn at random and kept only when libphonenumber-js says they are real numbers; cards, IBANs and
 * identification numbers get correct check digits.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from './prng.js';
import type { FindingType } from '../types.js';

export type Lang = 'en' | 'ja' | 'ko' | 'ru' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'ja', 'ko', 'ru', 'vi'];

/** A generated surface form: what is written in the message, and whether it was disguised. */
export interface Surface {
  text: string;
  obfuscated: boolean;
  how?: string;
}

// ---- names -------------------------------------------------------------------------------------

const GIVEN: Record<Lang, string[]> = {
  en: ['john', 'emma', 'mike', 'sarah', 'david', 'olivia', 'james', 'lucy', 'tom', 'kate', 'alex', 'chris', 'anna', 'ben'],
  ja: ['yuki', 'haruto', 'sakura', 'kenji', 'aoi', 'ren', 'mei', 'takumi', 'hina', 'sota', 'yui', 'daiki', 'misaki', 'kaito'],
  ko: ['minji', 'jisoo', 'hyunwoo', 'seoyeon', 'jihoon', 'yuna', 'dongha', 'sujin', 'minho', 'eunji', 'taeyang', 'hana'],
  ru: ['ivan', 'olga', 'dmitry', 'anna', 'sergey', 'elena', 'alexey', 'maria', 'nikita', 'daria', 'pavel', 'irina'],
  vi: ['an', 'linh', 'minh', 'trang', 'huy', 'ngoc', 'tuan', 'thao', 'duc', 'hoa', 'quang', 'mai'],
};
const FAMILY: Record<Lang, string[]> = {
  en: ['smith', 'brown', 'wilson', 'taylor', 'clark', 'walker', 'hall', 'young', 'king', 'wright'],
  ja: ['tanaka', 'suzuki', 'sato', 'takahashi', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato'],
  ko: ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim'],
  ru: ['petrov', 'ivanova', 'smirnov', 'kuznetsova', 'popov', 'sokolov', 'lebedeva', 'kozlov', 'novikova', 'morozov'],
  vi: ['nguyen', 'tran', 'le', 'pham', 'hoang', 'vu', 'dang', 'bui', 'do', 'ngo'],
};
const MAIL_DOMAINS: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'gmx.de', 'orange.fr', 'aol.com'],
  ja: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com', 'softbank.ne.jp', 'outlook.jp', 'nifty.com'],
  ko: ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'kakao.com', 'nate.com', 'korea.kr'],
  ru: ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'ya.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'fpt.vn', 'outlook.com', 'vnn.vn', 'hotmail.com', 'viettel.com.vn'],
};

function localPart(r: Rng, lang: Lang): string {
  const g = r.pick(GIVEN[lang]);
  const f = r.pick(FAMILY[lang]);
  switch (r.int(0, 6)) {
    case 0:
      return `${g}.${f}`;
    case 1:
      return `${f}.${g}${r.int(1, 99)}`;
    case 2:
      return `${g}_${f}`;
    case 3:
      return `${g}${r.int(1980, 2009)}`;
    case 4:
      return `${f}${g[0]}`;
    case 5:
      return `${g}-${f}`;
    default:
      return `${g[0]}.${f}${r.int(10, 999)}`;
  }
}

export function handleName(r: Rng, lang: Lang): string {
  const g = r.pick(GIVEN[lang]);
  const f = r.pick(FAMILY[lang]);
  switch (r.int(0, 7)) {
    case 0:
      return `${g}_${f}`;
    case 1:
      return `${f}${g}${r.int(1, 99)}`;
    case 2:
      return `${g}.${f}`;
    case 3:
      return `${g}${r.int(10, 2009)}`;
    case 4:
      return `${f}_${g}_${r.int(1, 9)}`;
    case 5:
      return `${g}${f}`; // no digit or mark: found only after a clear separator
    case 6:
      return `${g}.${r.int(100, 999)}`;
    default:
      return `real_${g}`;
  }
}

// ---- disguises ---------------------------------------------------------------------------------

export function fullWidth(s: string): string {
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    o += c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch;
  }
  return o;
}

/** Zero-width characters. */
export const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
export function zeroWidth(r: Rng, s: string): string {
  const chars = [...s];
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) {
    const at = r.int(1, chars.length - 1);
    chars.splice(at, 0, r.pick(ZW));
  }
  return chars.join('');
}

const LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
export function confusable(r: Rng, s: string): string {
  const chars = [...s];
  const idx = chars.map((c, i) => (LOOKALIKE[c] ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return s;
  const n = r.int(1, Math.min(2, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    chars[i] = LOOKALIKE[chars[i]] ?? chars[i];
  }
  return chars.join('');
}

/** "at" and "dot" words per language. */
const AT_DOT: Record<Lang, { at: string[]; dot: string[] }> = {
  en: { at: [' at ', ' (at) ', '[at]', ' [at] ', '(at)', ' @ ', ' AT '], dot: [' dot ', ' (dot) ', '[dot]', '(.)', '[.]', ' . ', ' DOT '] },
  ja: { at: ['アット', ' アット ', '＠', '(at)', 'あっと'], dot: ['ドット', ' ドット ', '．', '。', 'どっと'] },
  ko: { at: ['앳', ' 앳 ', '골뱅이', ' 골뱅이 ', '(at)'], dot: ['점', ' 점 ', '닷', ' 닷 ', '(dot)'] },
  ru: { at: [' собака ', '(собака)', ' собачка ', ' (at) ', '@'], dot: [' точка ', '(точка)', ' тчк ', ' dot ', '.'] },
  vi: { at: [' a còng ', ' a cong ', '(a còng)', ' (at) ', '@'], dot: [' chấm ', ' cham ', '(chấm)', ' dot ', '.'] },
};

export function email(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const addr = `${localPart(r, lang)}@${r.pick(MAIL_DOMAINS[lang])}`;
  if (!obfuscate) return { text: r.chance(0.1) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr, obfuscated: false };
  const way = r.int(0, 9);
  const [local, domain] = addr.split('@');
  const words = AT_DOT[lang];
  if (way <= 3) {
    const at = r.pick(words.at);
    const dot = r.pick(words.dot);
    const d = domain.split('.').join(dot);
    const l = lang === 'en' && r.chance(0.3) ? local.split('.').join(' dot ') : local;
    return { text: `${l}${at}${d}`, obfuscated: true, how: 'at-dot words' };
  }
  if (way === 4) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
  if (way === 5) return { text: zeroWidth(r, addr), obfuscated: true, how: 'zero-width' };
  if (way === 6) return { text: confusable(r, addr), obfuscated: true, how: 'confusables' };
  if (way === 7) return { text: `${local} @ ${domain.split('.').join(' . ')}`, obfuscated: true, how: 'split by spaces' };
  if (way === 8) return { text: `${local} @ ${domain}`, obfuscated: true, how: 'split by spaces' };
  return { text: `${local}${r.pick(words.at)}${domain}`, obfuscated: true, how: 'at word' };
}

// ---- phones ------------------------------------------------------------------------------------

interface PhoneShape {
  region: CountryCode;
  /** national digits generator */
  national: (r: Rng) => string;
  /** format national digits */
  formats: ((d: string) => string)[];
}

const PHONE_SHAPES: Record<string, PhoneShape> = {
  JP: {
    region: 'JP',
    national: (r) => r.pick(['090', '080', '070']) + r.digits(8),
    formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `+81 ${d.slice(1, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+81-${d.slice(1, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `(${d.slice(0, 3)}) ${d.slice(3, 7)}-${d.slice(7)}`],
  },
  JP_LAND: {
    region: 'JP',
    national: (r) => '03' + r.pick(['3', '5', '6']) + r.digits(7),
    formats: [(d) => `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, (d) => `+81 3 ${d.slice(2, 6)} ${d.slice(6)}`],
  },
  KR: {
    region: 'KR',
    national: (r) => '010' + r.int(2, 9) + r.digits(7),
    formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `+82 10-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+82 ${d.slice(1, 3)} ${d.slice(3, 7)} ${d.slice(7)}`],
  },
  KR_LAND: {
    region: 'KR',
    national: (r) => '02' + r.int(2, 9) + r.digits(6),
    formats: [(d) => `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`],
  },
  VN: {
    region: 'VN',
    national: (r) => r.pick(['090', '091', '093', '096', '097', '098', '086', '088', '070', '077', '032', '035']) + r.digits(7),
    formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => d, (d) => `+84 ${d.slice(1, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`, (d) => `+84${d.slice(1)}`],
  },
  RU: {
    region: 'RU',
    national: (r) => '9' + r.pick(['12', '15', '16', '21', '25', '26', '85', '03', '05', '77', '99']) + r.digits(7),
    formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`, (d) => `+7${d}`, (d) => `8-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`],
  },
  US: {
    region: 'US',
    national: (r) => String(r.int(2, 9)) + r.digits(2) + String(r.int(2, 9)) + r.digits(6),
    formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, (d) => `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)} ${d.slice(6)}`],
  },
  GB: {
    region: 'GB',
    national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8),
    formats: [(d) => `${d.slice(0, 5)} ${d.slice(5)}`, (d) => `+44 ${d.slice(1, 5)} ${d.slice(5)}`, (d) => d, (d) => `+44 (0)${d.slice(1, 5)} ${d.slice(5)}`],
  },
  GB_LAND: {
    region: 'GB',
    national: (r) => '020' + r.pick(['7', '8']) + r.digits(7),
    formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+44 20 ${d.slice(3, 7)} ${d.slice(7)}`],
  },
  DE: {
    region: 'DE',
    national: (r) => '015' + r.pick(['1', '2', '7', '9']) + r.digits(7),
    formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `+49 ${d.slice(1, 4)} ${d.slice(4)}`, (d) => `+49 (0) ${d.slice(1, 4)} ${d.slice(4)}`],
  },
  FR: {
    region: 'FR',
    national: (r) => '0' + r.pick(['6', '7']) + r.digits(8),
    formats: [(d) => d.replace(/(\d\d)(?=\d)/g, '$1 '), (d) => `+33 ${d[1]} ${d.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`, (d) => d.replace(/(\d\d)(?=\d)/g, '$1.')],
  },
  ES: {
    region: 'ES',
    national: (r) => r.pick(['6', '7']) + r.digits(8),
    formats: [(d) => `+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`],
  },
  IT: {
    region: 'IT',
    national: (r) => '3' + r.pick(['33', '35', '39', '47', '48', '49']) + r.digits(7),
    formats: [(d) => `+39 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`],
  },
};

const PHONE_MIX: Record<Lang, string[]> = {
  en: ['US', 'US', 'GB', 'GB_LAND', 'DE', 'FR', 'ES', 'IT', 'JP', 'KR', 'VN', 'RU'],
  ja: ['JP', 'JP', 'JP', 'JP_LAND', 'US', 'KR'],
  ko: ['KR', 'KR', 'KR', 'KR_LAND', 'JP', 'US'],
  ru: ['RU', 'RU', 'RU', 'DE', 'GB', 'US'],
  vi: ['VN', 'VN', 'VN', 'VN', 'JP', 'KR', 'US'],
};

/** A real phone number (valid for its region) and its written form. */
export function phoneDigits(r: Rng, lang: Lang): { formatted: string; national: string; region: CountryCode } {
  for (;;) {
    const key = r.pick(PHONE_MIX[lang]);
    const shape = PHONE_SHAPES[key];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    return { formatted: r.pick(shape.formats)(d), national: d, region: shape.region };
  }
}

const SPELLED: Record<Lang, string[][]> = {
  en: [['zero', 'oh'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零', 'ゼロ'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};

/** Digits spelled out one by one; CJK digits are written without spaces inside a group. */
function spellDigits(r: Rng, lang: Lang, digits: string, groups: number[]): string {
  const zero = r.pick(SPELLED[lang][0]);
  const word = (c: string) => (c === '0' ? zero : SPELLED[lang][Number(c)][0]);
  const cjk = lang === 'ja' || lang === 'ko';
  const parts: string[] = [];
  let k = 0;
  for (const g of groups) {
    const chunk = digits.slice(k, k + g);
    k += g;
    parts.push([...chunk].map(word).join(cjk ? '' : ' '));
  }
  const sep = cjk ? r.pick([' ', '-', ' ']) : r.pick([' ', ', ', ' - ', '  ']);
  return parts.join(sep);
}

function groupsOf(national: string): number[] {
  const n = national.length;
  if (n === 11) return [3, 4, 4];
  if (n === 10) return [3, 3, 4];
  return [n];
}

export function phone(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const p = phoneDigits(r, lang);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  const way = r.int(0, 9);
  const nat = p.region === 'RU' ? '8' + p.national : p.national;
  if (way <= 2) return { text: spellDigits(r, lang, nat, groupsOf(nat)), obfuscated: true, how: 'spelled digits' };
  if (way === 3) {
    // half spelled, half digits
    const g = groupsOf(nat);
    const head = nat.slice(0, g[0]);
    const rest = nat.slice(g[0]);
    return { text: `${head} ${spellDigits(r, lang, rest, g.slice(1))}`, obfuscated: true, how: 'partly spelled' };
  }
  if (way === 4) return { text: [...nat].join(r.pick([' ', ' ', '.', '-', ' '])), obfuscated: true, how: 'separated digits' };
  if (way === 5) return { text: fullWidth(p.formatted).replace(/－/g, lang === 'ja' ? r.pick(['－', 'ー', '―']) : '－'), obfuscated: true, how: 'full-width' };
  if (way === 6) return { text: zeroWidth(r, p.formatted), obfuscated: true, how: 'zero-width' };
  if (way === 7) {
    const dash = { en: ' dash ', ja: 'ハイフン', ko: ' 하이픈 ', ru: ' тире ', vi: ' gạch ' }[lang];
    const grouped = nat.replace(/^(\d{3})(\d{3,4})(\d{4})$/, `$1${dash}$2${dash}$3`);
    return { text: grouped, obfuscated: true, how: 'dash words' };
  }
  if (way === 8) return { text: nat.replace(/(\d{3,4})(?=\d{4})/g, '$1  ').replace(/(\d)(?=\d)/g, '$1 '), obfuscated: true, how: 'spaced digits' };
  return { text: nat.replace(/^(\d{3})(\d{3,4})(\d{4})$/, '$1 . $2 . $3'), obfuscated: true, how: 'dotted groups' };
}

// ---- links -------------------------------------------------------------------------------------

const SITES: Record<Lang, string[]> = {
  en: ['italki.com', 'preply.com', 'www.verbling.com', 'zoom.us/j/83492017753', 'meet.google.com/xkd-pqrt-wmz', 'bit.ly/3kTqZ9a', 'youtu.be/dQw4w9WgXcQ', 'docs.google.com/document/d/1AbCdEf', 'calendly.com/{h}/30min', 'www.patreon.com/{h}', 'linktr.ee/{h}', '{h}.substack.com', 'github.com/{h}', 'paypal.me/{h}'],
  ja: ['ameblo.jp/{h}', 'note.com/{h}', 'www.ne.jp/asahi/{h}', 'coconala.com/users/123456', 'lancers.jp', 'www.mercari.com/jp/', 'twitter.com/{h}', 'x.com/{h}', 'peraichi.com/landing_pages/view/{h}', '{h}.jimdofree.com', 'studio.site'],
  ko: ['blog.naver.com/{h}', 'cafe.naver.com/englishstudy', 'naver.me/GkTz3xQa', 'www.tistory.com', '{h}.tistory.com', 'kmong.com/gig/123456', 'www.soomgo.com', 'band.us/@{h}', 'linktr.ee/{h}'],
  ru: ['vk.com/{h}', 'vk.com/id48213377', 'ok.ru/profile/575123456', 'profi.ru', 'www.avito.ru/moskva/uslugi', 'yandex.ru/q/', 'repetitor.ru', 'пример.рф', 'репетитор-онлайн.рф', 'школа-языков.рф/курсы', 'dzen.ru/{h}'],
  vi: ['facebook.com/{h}', 'fb.com/{h}', 'www.youtube.com/@{h}', 'tiktok.com/@{h}', 'dantri.com.vn', 'giasu.vn', 'www.gia-su-tieng-anh.vn', 'shopee.vn/{h}', 'tienganh123.com', 'sites.google.com/view/{h}'],
};
const MESSENGER_LINKS = ['t.me/{h}', 'line.me/ti/p/~{h}', 'line.me/R/ti/p/@{h}', 'wa.me/{n}', 'open.kakao.com/o/s{k}', 'zalo.me/{n}', 'discord.gg/{k}', 'instagram.com/{h}', 'm.me/{h}', 'lin.ee/{k}'];

function fill(r: Rng, lang: Lang, pattern: string): string {
  const name = handleName(r, lang);
  // Host names take hyphens, not underscores or dots.
  const h = pattern.includes('{h}.') ? name.replace(/[._]/g, '-') : name.replace(/\./g, '_');
  const k = [...Array(7)].map(() => r.pick([...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join('');
  return pattern.replace('{h}', h).replace('{k}', k).replace('{n}', phoneDigits(r, lang).national.replace(/^0/, r.pick(['81', '84', '82'])));
}

export function url(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const messenger = r.chance(0.35);
  const site = fill(r, lang, r.pick(messenger ? MESSENGER_LINKS : SITES[lang]));
  const idn = /[^\x00-\x7f]/.test(site);
  const scheme = !messenger && !site.startsWith('www.') && r.chance(0.35) ? r.pick(['https://', 'http://']) : messenger && r.chance(0.3) ? 'https://' : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const [host, ...pathParts] = site.split('/');
  const path = pathParts.length ? '/' + pathParts.join('/') : '';
  const way = r.int(0, 8);
  if (idn && way <= 4) return { text: scheme + host.split('.').join(' . ') + path, obfuscated: true, how: 'split by spaces' };
  if (way <= 2) {
    const dot = r.pick(AT_DOT[lang].dot);
    return { text: host.split('.').join(dot) + (path ? path.replace(/^\//, r.chance(0.5) ? '/' : ' / ') : ''), obfuscated: true, how: 'dot words' };
  }
  if (way === 3) return { text: host.split('.').join(r.pick(['[.]', '(.)', ' . '])) + path, obfuscated: true, how: 'bracketed dot' };
  if (way === 4) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
  if (way === 5) return { text: zeroWidth(r, plain), obfuscated: true, how: 'zero-width' };
  if (way === 6) return { text: confusable(r, plain), obfuscated: true, how: 'confusables' };
  if (way === 7) return { text: 'hxxps://' + site, obfuscated: true, how: 'defanged scheme' };
  return { text: host.split('.').join(' . ') + (path ? ' ' + path.replace(/^\//, '/ ') : ''), obfuscated: true, how: 'split by spaces' };
}

// ---- handles -----------------------------------------------------------------------------------

export function handle(r: Rng, lang: Lang, obfuscate: boolean, at = false): Surface {
  const h = (at ? '@' : '') + handleName(r, lang);
  if (!obfuscate) return { text: h, obfuscated: false };
  const way = r.int(0, 2);
  if (way === 0) return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: zeroWidth(r, h), obfuscated: true, how: 'zero-width' };
  return { text: confusable(r, h), obfuscated: true, how: 'confusables' };
}

// ---- numbers with check digits -----------------------------------------------------------------

/** Whether a string of digits passes the Luhn check (cards); kept apart from the detector's, so that no bug there can shape the labels. */
export function luhn(d: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let x = d.charCodeAt(i) - 48;
    if (dbl) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** `prefix`, random digits, and the Luhn check digit: a card number of `len` digits. */
export function luhnComplete(r: Rng, prefix: string, len: number): string {
  const d = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhn(d + c)) return d + c;
  throw new Error('unreachable: one check digit always fits');
}

export function card(r: Rng, obfuscate: boolean): Surface {
  const kind = r.int(0, 3);
  const d = kind === 0 ? luhnComplete(r, '4', 16) : kind === 1 ? luhnComplete(r, String(r.int(51, 55)), 16) : kind === 2 ? luhnComplete(r, '35' + r.int(28, 89), 16) : luhnComplete(r, r.pick(['34', '37']), 15);
  const grouped = d.length === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (!obfuscate) return { text: r.pick([grouped, grouped.replace(/ /g, '-'), d]), obfuscated: false };
  const way = r.int(0, 2);
  if (way === 0) return { text: fullWidth(grouped), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: [...d].join(' '), obfuscated: true, how: 'spaced digits' };
  return { text: zeroWidth(r, grouped), obfuscated: true, how: 'zero-width' };
}

export function ip(r: Rng, obfuscate: boolean): Surface {
  const v6 = r.chance(0.3);
  const text = v6
    ? `2001:db8:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`
    : r.pick([`192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
}

const IBAN_SPEC: [string, number][] = [
  ['DE', 18],
  ['FR', 23],
  ['GB', 18],
  ['ES', 20],
  ['NL', 14],
  ['IT', 23],
];
/** The remainder mod 97 of `s` read as an IBAN's digits (letters as 10-35, either case). */
export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = parseInt(ch, 36);
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem;
}
function ibanCheck(country: string, bban: string): string {
  return String(98 - mod97(bban + country + '00')).padStart(2, '0');
}
/** `s` cut into groups of the given sizes (the rest, if any, in one more group). */
export function parts(s: string, sizes: number[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const g of sizes) {
    if (k >= s.length) break;
    if (g <= 0) continue;
    out.push(s.slice(k, k + g));
    k += g;
  }
  if (k < s.length) out.push(s.slice(k));
  return out;
}
export function iban(r: Rng, obfuscate: boolean): Surface {
  const [c, n] = r.pick(IBAN_SPEC);
  let bban = r.digits(n);
  if (c === 'GB') bban = r.pick(['NWBK', 'BARC', 'HBUK']) + r.digits(14);
  if (c === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10);
  if (c === 'IT') bban = 'X' + r.digits(22);
  const iban = c + ibanCheck(c, bban) + bban;
  const spaced = iban.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.6) ? spaced : iban, obfuscated: false };
  return { text: fullWidth(spaced), obfuscated: true, how: 'full-width' };
}

/** The check digit of a My Number's first eleven digits. */
export function myNumberCheckDigit(base: string): string {
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (base.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const rem = sum % 11;
  return String(rem <= 1 ? 0 : 11 - rem);
}

export function myNumber(r: Rng, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const text = r.pick([`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`, d]);
  if (!obfuscate) return { text, obfuscated: false };
  return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
}

export function rrn(r: Rng, obfuscate: boolean): Surface {
  const yy = String(r.int(60, 99)).padStart(2, '0');
  const mm = String(r.int(1, 12)).padStart(2, '0');
  const dd = String(r.int(1, 28)).padStart(2, '0');
  const body = yy + mm + dd + r.pick(['1', '2']) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = r.chance(0.8) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
  if (!obfuscate) return { text, obfuscated: false };
  return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
}

// ---- the entity slots of the templates ---------------------------------------------------------

/** The entity for a template slot ({EMAIL}, {PHONE}, {HANDLE@}...), null for a filler slot. */
export function entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  switch (slot) {
    case 'EMAIL':
      return { type: 'EMAIL', surface: email(r, lang, obfuscate) };
    case 'PHONE':
      return { type: 'PHONE', surface: phone(r, lang, obfuscate) };
    case 'URL':
      return { type: 'URL', surface: url(r, lang, obfuscate) };
    case 'HANDLE':
      return { type: 'MESSENGER_ID', surface: handle(r, lang, obfuscate) };
    case 'HANDLE@':
      return { type: 'MESSENGER_ID', surface: handle(r, lang, obfuscate, true) };
    case 'CARD':
      return { type: 'CREDIT_CARD', surface: card(r, obfuscate) };
    case 'IP':
      return { type: 'IP_ADDRESS', surface: ip(r, obfuscate) };
    case 'IBAN':
      return { type: 'IBAN', surface: iban(r, obfuscate) };
    case 'MYNUM':
      return { type: 'JP_MY_NUMBER', surface: myNumber(r, obfuscate) };
    case 'RRN':
      return { type: 'KR_RRN', surface: rrn(r, obfuscate) };
    default:
      return null;
  }
}
