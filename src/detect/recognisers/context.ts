/**
 * Words around a number that say what it is: an order, lesson, invoice or booking reference, a price,
 * an ISBN, a version. Used to keep such numbers from being taken for phone numbers or IDs.
 */

/** A reference word right before the number, with at most a few words such as "number", "No.", ":" between. */
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:#|№|\b(?:no|nr|n°)\.?|\b(?:order|invoice|ref(?:erence)?|tracking|ticket|booking|reservation|confirmation|receipt|transaction|lesson|course|class|student|member|account|item|product|sku|case|isbn(?:-1[03])?|issn|doi|version|ver|build|room|page|zip|postal|code|serial|model|id)\b(?:\s*(?:number|no\.?|nr\.?|id|code|#))?|(?:注文|予約|レッスン|請求|伝票|問い合わせ|会員|受付|管理|商品|品番|郵便|整理|お問合せ)(?:番号|No\.?|ID|コード)?|(?:주문|예약|레슨|수업|송장|결제|회원|상품|우편|강의|접수)\s?(?:번호|코드|ID)?|(?:заказ|сч[её]т|накладн|бронир|урок|курс|билет|чек|квитанц|артикул|индекс|верси)[а-яё]*(?:\s*(?:номер|№))?|(?:đơn hàng|mã đơn|mã|hóa đơn|hoá đơn|đặt chỗ|bài học|buổi học|khóa học|lớp|vé|phiên bản)(?:\s*(?:số|#))?)\s*[:：#№]?\s*$`,
  'iu',
);

/** Words that name the number as a phone number anyway: they beat the reference words. */
const PHONE_WORDS = /(?:phone|tel|call|mobile|cell|whats\s?app|viber|zalo|line|kakao|telegram|sms|text me|電話|携帯|でんわ|連絡|전화|연락|핸드폰|휴대폰|폰|번호로|телефон|тел|звон|номер телефона|мобильн|số điện thoại|sđt|sdt|điện thoại|gọi|liên hệ|nhắn)/iu;

const CURRENCY_BEFORE = /(?:[$€£¥₩₫₽]|usd|eur|jpy|krw|vnd|rub|円|元)\s*$/iu;
const CURRENCY_AFTER = /^\s*(?:[$€£¥₩₫₽]|円|원|руб|р\.|₫|đ|đồng|dong|vnd|yen|won|usd|eur|dollars?|euros?|pounds?|万|억|만)/iu;

/** True when the number at [s, e) of `t` is a reference, price or similar, not a phone or ID. */
export function isReferenceNumber(t: string, s: number, e: number): boolean {
  const before = t.slice(Math.max(0, s - 24), s);
  const after = t.slice(e, e + 8);
  if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) return true;
  // Phone words first: they decide alone when present (most numbers that reach this point are
  // phone numbers said to be one), and their expression is cheaper than the reference words'.
  if (PHONE_WORDS.test(t.slice(Math.max(0, s - 40), s))) return false;
  return REFERENCE_BEFORE.test(before);
}

/** Dates: 2024-05-12, 2024/5/12, 12.05.2024, 05/12/2024 (optionally followed by a time). */
export const DATE_SHAPE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
