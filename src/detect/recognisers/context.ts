/**
 * Words around a number that say what it is: an order, lesson, invoice or booking reference, a price,
 * an ISBN, a version. Used to keep such numbers from being taken for phone numbers or IDs.
 */
import { endTest } from '../at-end.js';
import { isSpace } from '../chars.js';

/**
 * A reference word right before the number, with at most a few words such as "number", "No.", ":" between.
 * The Japanese and Korean words for a booking (予約, 예약) count only with "number" or "code" after them:
 * alone they say whom to call for bookings (`예약 010-5306-2784`).
 */
export const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:#|№|\b(?:no|nr|n°)\.?|\b(?:order|zakaz|invoice|ref(?:erence)?|tracking|ticket|booking|reservation|confirmation|receipt|transaction|lesson|course|class|student|member|account|item|product|sku|case|isbn(?:-1[03])?|issn|doi|version|ver|build|room|page|zip(?:code)?|post\s?code|postal|code|serial|model|id)\b(?:\s*(?:number|no\.?|nr\.?|id|code|#))?|予約(?:番号|No\.?|ID|コード)|(?:注文|レッスン|請求|伝票|問い合わせ|会員|受付|管理|商品|品番|郵便|整理|お問合せ|ビルド|バージョン|追跡|配送|お届け)(?:番号|No\.?|ID|コード)?|예약\s?(?:번호|코드|ID)|(?:주문|레슨|수업|송장|결제|회원|상품|우편|강의|접수|빌드|버전|운송장|택배)\s?(?:번호|코드|ID)?|(?:заказ|сч[её]т|накладн|бронир|урок|курс|билет|чек|квитанц|артикул|индекс|верси|сборк|трек|бик|кпп|инн|огрн|окпо|оквэд|снилс)[а-яё]*(?:\s*(?:номер|№))?|(?:đơn hàng|mã đơn|mã số thuế(?:\s+(?:trung tâm|công ty))?|mst|mã|hóa đơn|hoá đơn|số báo danh|sbd|đặt chỗ|bài học|buổi học|khóa học|lớp|vé|phiên bản)(?:\s*(?:số|#))?)\s*[:：#№]?\s*$`,
  'iu',
);
/** `REFERENCE_BEFORE.test`, matched backwards from the end (at-end.ts). */
const referenceBefore = endTest(REFERENCE_BEFORE);

/** Words that name the number as a phone number anyway: they beat the reference words. */
const PHONE_WORDS = /(?:phone|tel|call|mobile|cell|hotline|whats\s?app|viber|zalo|line|kakao|telegram|sms|text me|電話|携帯|でんわ|連絡|전화|연락|핸드폰|휴대폰|폰|번호로|대표\s?번호|상담|телефон|тел|звон|номер телефона|мобильн|горяч|số điện thoại|sđt|sdt|điện thoại|gọi|liên hệ|nhắn|tổng đài)/iu;
/** A country code and check digits just before, as an IBAN starts (`FR49 `): the groups after it are an IBAN's, a card's or a phone number's never. */
export const IBAN_HEAD = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ -]?$/;

/** Whether a word for a phone or a call stands in the 40 characters before `s`. */
export function phoneWordBefore(t: string, s: number): boolean {
  return PHONE_WORDS.test(t.slice(Math.max(0, s - 40), s));
}
/** Whether one stands in the 16 characters after `e`. */
export function phoneWordAfter(t: string, e: number): boolean {
  return PHONE_WORDS.test(t.slice(e, e + 16));
}

/** Currency signs, and codes that are whole words (not the end of "amateur"), before a number. */
export const CURRENCY_BEFORE = /(?:[$€£¥₩₫₽]|(?<!\p{L})(?:usd|eur|jpy|krw|vnd|rub)|円|元)\s*$/iu;
const currencyBefore = endTest(CURRENCY_BEFORE);
/**
 * After a number: currency signs, units and stems ("руб" of рублей), and words in Latin letters that
 * must end there ("đ" is a price, "để" is "in order to"; "won", not "wonderful").
 */
const CURRENCY_AFTER = /^\s*(?:[$€£¥₩₫₽]|円|원|руб|р\.|万|억|만|(?:đồng|đ|dong|vnd|yen|won|usd|eur|dollars?|euros?|pounds?)(?!\p{L}))/iu;

/** True when the number at [s, e) of `t` is a reference, price or similar, not a phone or ID. */
/**
 * The characters that may end a match of CURRENCY_BEFORE before its spaces (bit 1) and start one of
 * CURRENCY_AFTER after its spaces (bit 2), found by the same case-insensitive matching, built on
 * first use. A number with neither beside it skips both expressions.
 */
let CURRENCY_EDGE: Uint8Array | null = null;
function currencyEdge(): Uint8Array {
  if (CURRENCY_EDGE) return CURRENCY_EDGE;
  const last = /^(?:[$€£¥₩₫₽]|d|r|y|w|b|円|元)$/iu; // usd eur jpy krw vnd rub
  const first = /^(?:[$€£¥₩₫₽]|円|원|р|₫|đ|d|v|y|w|u|e|p|万|억|만)$/iu; // руб р. đồng dong vnd yen won usd eur dollars euros pounds
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    table[c] = (last.test(ch) ? 1 : 0) | (first.test(ch) ? 2 : 0);
  }
  return (CURRENCY_EDGE = table);
}

export function isReferenceNumber(t: string, s: number, e: number): boolean {
  const edge = currencyEdge();
  const from = Math.max(0, s - 24);
  let i = s;
  while (i > from && isSpace(t.charCodeAt(i - 1))) i--;
  let j = e;
  const to = Math.min(t.length, e + 8);
  while (j < to && isSpace(t.charCodeAt(j))) j++;
  const before = t.slice(from, s);
  if (i > from && edge[t.charCodeAt(i - 1)] & 1 && currencyBefore(before)) return true;
  if (j < to && edge[t.charCodeAt(j)] & 2 && CURRENCY_AFTER.test(t.slice(e, to))) return true;
  // Phone words first: they decide alone when present (most numbers that reach this point are
  // phone numbers said to be one), and their expression is cheaper than the reference words'.
  if (phoneWordBefore(t, s)) return false;
  return referenceBefore(before);
}

/** Times of day in four digits joined by tildes (`0900~1200~1800`, `0930 ~ 1730`): a timetable, no number. */
const TIMES = /^(?:[01]\d|2[0-3])[0-5]\d(?:\s?~\s?(?:[01]\d|2[0-3])[0-5]\d)+$/;
export const timetable = (s: string) => TIMES.test(s);

/** Dates: 2024-05-12, 2024/5/12, 12.05.2024, 05/12/2024 (optionally followed by a time). */
export const DATE_SHAPE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
/** A date with a time after it ("2026-11-30 12:00", "30.11.2026 9:45"): the run of digits stops at the clock's colon. */
export const DATE_THEN_TIME = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[ T]\d{1,2}$/;
