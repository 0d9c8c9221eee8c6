/**
 * Third blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carry `split: "heldout"`; they replaced the second blind set of 3 December
 * (templates-blind2.ts), which is a development set now.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages: quoted
 * replies, corrections of an earlier message, signature blocks, bullet lists, Markdown links, notes from
 * parents, entities inside quotation marks and brackets of each script, at the start or the end of a
 * message, run into particles and punctuation; the messengers named in each language and script by a
 * filler of their own (handle apps, apps reached by a phone number, apps whose handles take an @). Its own
 * entity generators (`blind3Entity`: about 70 % of the entities in the older slots and all in the new ones;
 * the rest from entities.ts and templates-blind2.ts, leaving out written forms the specification does not
 * name): phone numbers of Japan, Korea, Vietnam, Russia, the US, the UK and more EU countries, mobiles and
 * landlines, national and international forms, drawn at random and kept only when libphonenumber-js says
 * they are valid; messengers given by phone number; messenger links and invite links; bare domains of
 * real top-level domains, internationalised ones included; Skype ids of the live: kind and Discord names
 * with and without the old four-digit tag; cards of several networks and lengths (Luhn); IPv4 and IPv6
 * addresses; IBANs of many EU countries (mod 97); My Numbers and resident registration numbers with
 * their check digits. Disguises stay within the specification: full-width forms (whole, in part, with
 * ideographic spaces), Cyrillic and Greek look-alikes, zero-width characters (single and in runs), digits
 * apart by spaces, dots, dashes or words, digits spelled one by one in each language (mixed with written
 * groups, or with full-width ones), at and dot written out in each language in several bracket styles,
 * and emails and links split by spaces at random separators. Hard negatives (`blind3Filler`): file names
 * whose extensions are also top-level domains, licence keys, time zones with offsets, clock times with an
 * @ for "at", section numbers, counts with thousand separators, subscription and lesson prices (some
 * full-width), numbers written as words, classmates @-mentioned, device and OS build strings, match
 * scores, masked placeholders, library names with dots, booking references, timestamps, colour codes,
 * commit hashes, fractions, screen resolutions, dates, messengers named with no handle, and the at and dot
 * words of each language in their everyday senses.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, entity, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, type Lang, type Surface } from './entities.js';
import { blind2Entity } from './templates-blind2.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND3_POSITIVE: Record<Lang, string[]> = {
  en: [
    '> when could we do a trial lesson?\nany day this week! {PAPP} is quickest: {MSGPHONE}',
    'oops, typo in my last message. the right email is {EMAIL}',
    'Kind regards,\nOliver Harris\nTel. {PHONE}\n{SITE}',
    "Things to bring on Monday:\n• workbook\n• headphones\n• your {APP} name (mine's {HANDLE}) so I can send the audio",
    '[my booking page]({URL}) ← book through there next time, no commission',
    "This is Maya's mum. She is ill today, sorry. Please reschedule by email ({EMAIL}) or call me on {PHONE}.",
    "{HANDLE@} on {ATAPP}, message me there instead 🙂",
    "couldn't join the group? try this invite again: {CHATLINK}",
    'Transfer details → {IBAN} (account name D. Campbell)',
    'The listening lab proxy is {IP}; if it times out, try {IP} instead.',
    'my {APP} is {HANDLE} — the one with the cat picture',
    'Add me on Skype, my id is {SKYPEID}',
    "I'm {DTAG} on Discord, add me and I'll invite you to the speaking club",
    'Sorry for the slow reply!! My phone died. For the next few days reach me at {PHONE} or {EMAIL}',
    'My website is finally live: {SITE} 🎉 tell me what you think',
    "your homework link won't open for me, is it {URL}?",
    "I've got a new number: {PHONE} (the old one is gone)",
    'text me on {PAPP} at {MSGPHONE}, I check it way more than this app',
    'Is {EMAIL} still your address? My message bounced.',
    "I know we're not meant to share this here, but my card is {CARD}; can you just take the fee?",
    'The school in Osaka wants my My Number for the contract: {MYNUM}. Is that normal?',
    'Kakao: {HANDLE} / LINE: {HANDLE}',
  ],
  ja: [
    '＞体験レッスンはいつできますか？\n今週ならいつでも！{PAPP}が一番早いです：{MSGPHONE}',
    'すみません、さっきのメアド間違えてました💦 正しくは{EMAIL}です',
    'よろしくお願いいたします。\n――――――\n三浦英会話教室\nTEL：{PHONE}\nHP：{SITE}',
    '明日の持ち物\n・テキスト\n・イヤホン\n・{APP}のID（私のは{HANDLE}です）',
    '手数料なしの予約ページはこちら👉{URL}',
    '母です。娘が熱を出したので今日はお休みさせてください。ご連絡はメール（{EMAIL}）か電話（{PHONE}）でお願いします。',
    '{ATAPP}は「{HANDLE@}」で検索してください🙏',
    'グループに入れなかったら、もう一度こちらから→{CHATLINK}',
    '振込先（海外の口座です）：{IBAN}\n名義：ミウラ ハルカ',
    '報酬の支払調書に必要とのことなので、マイナンバーをお伝えします：{MYNUM}',
    '{APP}の名前は{HANDLE}です（猫のアイコン）',
    'スカイプのIDはこちらです→{SKYPEID}',
    'ディスコードは{DTAG}です！フレンド申請お願いします',
    '返信遅れてすみません、スマホが壊れてました。しばらくは電話{PHONE}かメール{EMAIL}にお願いします',
    'ホームページ完成しました🎉 {SITE} 感想もらえたら嬉しいです',
    '宿題のリンクが開けませんでした。{URL} で合ってますか？',
    '番号が変わりました。新しい番号は {PHONE} です（前のは解約しました）',
    'このアプリより{PAPP}のほうをよく見るので、{MSGPHONE} に送ってください',
    '{EMAIL} 宛てに送ったのですが、届いてますか？',
    'カード番号をお送りします。{CARD}（名義：OKAMOTO NAO）',
    '練習用サーバーのIPは「{IP}」です。つながらない時は言ってください',
    'LINE：{HANDLE}\nカカオ：{HANDLE}\nどちらでも大丈夫です',
    '書類の記入例です。氏名：岡本 奈緒、個人番号：{MYNUM}、住所は省略で大丈夫です',
  ],
  ko: [
    '> 체험 수업 언제 가능해요?\n이번 주 아무 때나요! 제일 빠른 건 {PAPP} 번호예요: {MSGPHONE}',
    '아 방금 메일 주소 오타 났어요ㅠ {EMAIL} 이게 맞아요',
    '감사합니다.\n--\n보라영어교습소 원장\nTel. {PHONE}\n{SITE}',
    '내일 준비물\n- 교재\n- 이어폰\n- {APP} 아이디 (제 건 {HANDLE} 예요)',
    '수수료 없는 예약 페이지예요 👉 {URL}',
    '민재 엄마입니다. 애가 열이 나서 오늘 수업은 쉴게요. 메일 {EMAIL} 이나 전화 {PHONE} 으로 연락 주세요.',
    '{ATAPP}에서 {HANDLE@} 검색하시면 나와요',
    '단톡방 링크 다시 보내요 → {CHATLINK}',
    '해외 계좌 정보: {IBAN} (예금주 YOO SORA)',
    '세금 처리 때문에 주민등록번호 보내 드려요 {RRN} 확인하시면 메시지 지워 주세요',
    '{APP} 이름은 {HANDLE} 이에요 프사는 강아지',
    '스카이프 아이디 알려 드릴게요 → {SKYPEID}',
    '디코 {DTAG} 친추 해 주세요!!',
    '답장 늦어서 죄송해요, 폰이 고장 났어요. 당분간 {PHONE} 아니면 {EMAIL} 로 연락 주세요',
    '홈페이지 열었어요🎉 {SITE} 구경 오세요',
    '숙제 링크가 안 열려요. {URL} 맞나요?',
    '번호 바뀌었어요, 새 번호는 {PHONE} 입니다',
    '{PAPP} 번호 {MSGPHONE} 로 보내 주세요, 여기보다 자주 봐요',
    '카드로 결제할게요 {CARD} (유효기간은 따로 보낼게요)',
    '제 컴퓨터 IP가 {IP} 인데 수업 때 화면 공유가 안 돼요',
    '학원 등록 서류에 주민번호 {RRN} 적었어요. 맞는지 봐 주세요',
    '카톡: {HANDLE}\n라인: {HANDLE}\n둘 다 돼요',
    '> 주민번호 앞자리만 보내면 되나요?\n아뇨, 전체 다요: {RRN}',
  ],
  ru: [
    '> Когда можно пробный урок?\nХоть завтра! Быстрее всего в {PAPP}: {MSGPHONE}',
    'Ой, в почте опечатка, правильно так: {EMAIL}',
    'С уважением,\nЕкатерина Фролова\nтел. {PHONE}\n{SITE}',
    'К понедельнику нужно:\n— учебник\n— наушники\n— ник для связи ({APP}: {HANDLE})',
    'Записывайтесь через мою страницу, там без комиссии → {URL}',
    'Здравствуйте, это мама Вани. Он заболел и сегодня не придёт. Пишите на {EMAIL} или звоните: {PHONE}.',
    '{ATAPP} — {HANDLE@}, пишите туда',
    'Ссылка на группу, если первая не сработала: {CHATLINK}',
    'Реквизиты (счёт в европейском банке): {IBAN}, получатель Осипова В.',
    '{APP}: {HANDLE} (на аватарке кот)',
    'Мой Skype: {SKYPEID}',
    'В дискорде я {DTAG}, добавляйтесь',
    'Простите, что пропала, телефон сломался. Пока пишите на {EMAIL} или звоните на {PHONE}.',
    'Сделала свой сайт 🎉 {SITE} — буду рада отзывам',
    'Ссылка на домашку не открывается, это «{URL}»?',
    'Сменила номер, новый — {PHONE}',
    'Пишите в {PAPP}, номер {MSGPHONE}',
    'Почта {EMAIL} ещё актуальна? Письмо вернулось',
    'Карта для оплаты: {CARD}',
    'Адрес сервера для практики: {IP} (порт скажу отдельно)',
    'ТГ: {HANDLE@}\nпочта: {EMAIL}',
    'Лайн — {HANDLE}, Вичат — {HANDLE}',
  ],
  vi: [
    '> Khi nào học thử được ạ?\nTuần này lúc nào cũng được nha! Nhắn {PAPP} cho nhanh: {MSGPHONE}',
    'Ơ em gõ nhầm mail, mail đúng là {EMAIL} ạ',
    'Trân trọng,\nHồ Thị Lan\nĐT: {PHONE}\nWeb: {SITE}',
    'Mai mang theo:\n- sách\n- tai nghe\n- nick {APP} của mình (của cô là {HANDLE})',
    'Đặt lịch ở trang này không mất phí nha 👉 {URL}',
    'Chào cô, em là mẹ bé Nhi. Hôm nay bé bị sốt nên xin nghỉ, cô liên hệ qua mail {EMAIL} hoặc gọi {PHONE} giúp em nhé.',
    'Tìm {HANDLE@} trên {ATAPP} là ra nha',
    'Link nhóm đây, lúc nãy gửi bị lỗi: {CHATLINK}',
    'Thông tin chuyển khoản quốc tế: {IBAN} (chủ TK: LUU MY)',
    'Nick {APP} của thầy là {HANDLE} nhé, ảnh đại diện con chó',
    'Skype của cô: {SKYPEID}',
    'Discord mình là {DTAG}, kết bạn đi',
    'Xin lỗi rep muộn, điện thoại em bị hỏng. Tạm thời liên hệ {PHONE} hoặc {EMAIL} nha',
    'Web mới của cô nè 🎉 {SITE}',
    'Link bài tập không mở được, có phải {URL} không ạ?',
    'Em đổi số rồi, số mới là {PHONE}, số cũ bỏ rồi ạ',
    '{PAPP} của em: {MSGPHONE}, cô nhắn bên đó nha',
    'Mail {EMAIL} cô còn dùng không ạ? Em gửi bị trả về',
    'Em trả bằng thẻ nha: {CARD}',
    'Địa chỉ server luyện nghe: {IP}',
    'Zalo: {MSGPHONE}\nFB: {HANDLE}',
    'Line {HANDLE} / WeChat {HANDLE} đều được ạ',
  ],
};

export const BLIND3_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Lesson notes are in {FILELIKE}, and the answer key is {FILELIKE}.',
    "Unlock code for the e-book: {LICENSE} (it's single use)",
    "I'm on {TZ}, so 8pm for you is {CLOCKTIME} for me",
    "Meet @ {CLOCKTIME} then? I'll bring the {EXAMREF} book",
    "We're up to {SECTION} of the grammar guide, and the word list has {BIGCOUNT} entries lol",
    'The plan is {PLANPRICE}, and the first {NUMWORD} weeks are free',
    "I don't use {APP} anymore, my parents made me delete it. Let's keep chatting here 🙂",
    '{CLASSMATE} and {CLASSMATE} both got {SCORE} on the speaking test!',
    'My device: {DEVICE}. Could that be why the audio cuts out?',
    'Our team lost {MATCH}, so I am a bit sad today 😅',
    'The app hid part of my message and now it just says {MASKED}. weird',
    'For the project we are using {TECH} and {TECH}, is that ok?',
    'Booking ref {BOOKREF}, my flight leaves {ISOTIME}',
    'Colours for the slides: {HEX} and {HEX} 🎨',
    "I'll be at the station at {CLOCKTIME}, you'll spot me, I'm the one in the polka dot scarf 😄",
    'Commit {COMMIT} fixed the bug in the flashcard app',
    'I need {NUMWORD} more minutes, sorry!',
    '{FRACTION} of the class passed, amazing',
    'My screen is {RESOLUTION}, so the slides look blurry',
    'Rescheduled to {MAKEUPDATE}, the fee is still {LESSONPRICE}',
  ],
  ja: [
    'レッスンのメモは{FILELIKE}、解答は{FILELIKE}に入れました',
    '電子書籍の引き換えコード：{LICENSE}（1回のみ有効）',
    'こちらは{TZ}なので、そちらの20時はこちらの{CLOCKTIME}です',
    'では{CLOCKTIME}に！{EXAMREF}の問題集を持っていきます',
    '文法書は{SECTION}まで進みました。単語リストは全部で{BIGCOUNT}語あります笑',
    'プランは{PLANPRICE}で、最初の{NUMWORD}週間は無料です',
    '{APP}はもう使ってないんです…親に消されました。ここで続けましょう🙂',
    '{CLASSMATE}さんと{CLASSMATE}さん、スピーキングテスト{SCORE}でした！',
    '使ってる端末は{DEVICE}です。音が途切れるのはそのせいかも',
    '応援してたチーム、{MATCH}で負けました😅',
    'アプリにメッセージの一部を隠されて「{MASKED}」って表示になりました',
    '課題は{TECH}と{TECH}で作ろうと思ってます',
    '予約番号{BOOKREF}、出発は{ISOTIME}です',
    'スライドの色は{HEX}と{HEX}にします🎨',
    'アットホームな教室で、ドット絵の教材もかわいかったです。受講料は{FWPRICE}でした',
    '単語アプリのバグは{COMMIT}のコミットで直りました',
    'あと{NUMWORD}分だけ待ってください！',
    'クラスの{FRACTION}が合格しました🎉',
    '画面が{RESOLUTION}なので、スライドがぼやけます',
    '{MAKEUPDATE}の振替、料金は{FWPRICE}で大丈夫ですか？',
  ],
  ko: [
    '수업 메모는 {FILELIKE}, 답지는 {FILELIKE} 에 있어요',
    '전자책 쿠폰 코드: {LICENSE} (1회용)',
    '저는 {TZ} 라서 거기 저녁 8시가 여기는 {CLOCKTIME} 이에요',
    '그럼 {CLOCKTIME}에 봬요! {EXAMREF} 문제집 챙겨 갈게요',
    '문법책 {SECTION}까지 했어요. 단어장은 총 {BIGCOUNT}개래요ㅋㅋ',
    '요금제는 {PLANPRICE} 이고 매달 자동 결제돼요',
    '{APP} 이제 안 써요 부모님이 지우라고 하셔서요ㅠ 여기서 얘기해요🙂',
    '{CLASSMATE} 님이랑 {CLASSMATE} 님 말하기 시험 {SCORE} 받았대요!',
    '제 기기가 {DEVICE} 인데 그래서 소리가 끊기나 봐요',
    '응원하던 팀이 {MATCH}로 졌어요😅',
    '앱이 메시지 일부를 가려서 "{MASKED}"로 보여요 ㅋㅋ',
    '과제는 {TECH}랑 {TECH}로 만들려고요',
    '예약 번호 {BOOKREF}, 출발 {ISOTIME}',
    '발표 자료 색은 {HEX}랑 {HEX}로 할게요🎨',
    '3점 차로 졌지만 점심은 맛있었어요. 닷새 뒤에 다시 도전! 참가비는 {FWPRICE} 냈어요',
    '단어 앱 버그는 커밋 {COMMIT}에서 고쳤어요',
    '{NUMWORD} 분만 기다려 주세요!',
    '우리 반 {FRACTION}가 합격했어요🎉',
    '화면이 {RESOLUTION}라서 슬라이드가 흐려요',
    '보강은 {MAKEUPDATE} 괜찮으세요? 수업료는 {LESSONPRICE} 그대로예요',
  ],
  ru: [
    'Конспект урока в {FILELIKE}, ответы в {FILELIKE}',
    'Код активации электронной книги: {LICENSE} (одноразовый)',
    'У меня {TZ}, так что ваши 20:00 — это мои {CLOCKTIME}',
    'Тогда в {CLOCKTIME}! Возьму сборник {EXAMREF}',
    'Дошли до {SECTION}, а в словаре всего {BIGCOUNT} слов 😅',
    'Тариф {PLANPRICE}, первые {NUMWORD} недели бесплатно',
    '{APP} у меня больше нет, родители удалили. Давайте тут 🙂',
    '{CLASSMATE} и {CLASSMATE} написали устный тест на {SCORE}!',
    'Устройство у меня — {DEVICE}, может, поэтому звук прерывается',
    'Наши проиграли {MATCH}, настроение так себе 😅',
    'Приложение скрыло часть сообщения, теперь там «{MASKED}»',
    'Проект делаем на {TECH} и {TECH}, можно?',
    'Номер брони {BOOKREF}, вылет {ISOTIME}',
    'Цвета для презентации: {HEX} и {HEX} 🎨',
    'С моей точки зрения, собака — лучший друг студента. Точка.',
    'Баг в приложении с карточками починили в коммите {COMMIT}',
    'Подождите ещё {NUMWORD} минуты, пожалуйста!',
    '{FRACTION} группы сдали экзамен 🎉',
    'Экран {RESOLUTION}, поэтому слайды мутные',
    'Перенесли на {MAKEUPDATE}, стоимость та же — {LESSONPRICE}',
  ],
  vi: [
    'Ghi chú buổi học trong {FILELIKE}, đáp án trong {FILELIKE} nha',
    'Mã kích hoạt sách điện tử: {LICENSE} (chỉ dùng 1 lần)',
    'Em ở {TZ} nên 20h bên cô là {CLOCKTIME} bên em',
    'Vậy hẹn {CLOCKTIME} nha! Em mang sách {EXAMREF}',
    'Lớp mình học tới {SECTION} rồi, cả sổ từ vựng có khoảng {BIGCOUNT} từ 😅',
    'Gói học {PLANPRICE}, {NUMWORD} tuần đầu miễn phí',
    'Em không xài {APP} nữa, bố mẹ bắt xoá rồi. Mình nói trên đây nha 🙂',
    '{CLASSMATE} với {CLASSMATE} thi nói được {SCORE} luôn!',
    'Máy em là {DEVICE}, chắc vì vậy mà tiếng bị rè',
    'Đội em thua {MATCH} rồi, buồn ghê 😅',
    'App che mất một phần tin nhắn, giờ chỉ hiện “{MASKED}”',
    'Dự án em làm bằng {TECH} với {TECH} được không thầy?',
    'Mã đặt chỗ {BOOKREF}, bay lúc {ISOTIME}',
    'Màu cho slide: {HEX} và {HEX} 🎨',
    'Bài này cô chấm {SCORE}, chỗ dấu chấm phẩy em dùng chưa đúng nha',
    'Lỗi app flashcard đã sửa ở commit {COMMIT}',
    'Chờ em thêm {NUMWORD} phút nữa nha!',
    '{FRACTION} lớp đậu rồi 🎉',
    'Màn hình {RESOLUTION} nên slide bị mờ',
    'Học bù vào {MAKEUPDATE}, học phí vẫn {LESSONPRICE} nha',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const ALNUM3 = [...'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const code = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(ALNUM3)).join('');
const cjk = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** Cuts a string into groups of the given sizes (the rest, if any, in one more group). */
function split3(s: string, sizes: number[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const g of sizes) {
    if (k >= s.length) break;
    out.push(s.slice(k, k + g));
    k += g;
  }
  if (k < s.length) out.push(s.slice(k));
  return out;
}

/** Full width on the characters that match only. */
function fwWhere(s: string, which: RegExp): string {
  return [...s].map((c) => (which.test(c) ? fullWidth(c) : c)).join('');
}

/** Zero-width characters at a few random places inside (never first or last), now and then two in a row. */
function zwSprinkle(r: Rng, s: string, lo = 1, hi = 4): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  const n = r.int(lo, Math.min(hi, chars.length - 1));
  const at = new Set<number>();
  while (at.size < n) at.add(r.int(1, chars.length - 1));
  let out = '';
  chars.forEach((c, i) => {
    if (at.has(i)) out += r.chance(0.25) ? r.pick(ZW) + r.pick(ZW) : r.pick(ZW);
    out += c;
  });
  return out;
}

/** Cyrillic and Greek letters that look like Latin ones. */
const LOOK3: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с'],
  e: ['е'],
  i: ['і', 'ι'],
  j: ['ј'],
  k: ['κ'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  u: ['υ'],
  v: ['ν'],
  x: ['х', 'χ'],
  y: ['у'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['Υ', 'У'],
  Z: ['Ζ'],
};

/** Swaps one to three letters (within [from, to)) for look-alikes; n is how many were swapped. */
function confuse3(r: Rng, s: string, from = 0, to = Infinity, max = 3): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < Math.min(to, chars.length); i++) if (LOOK3[chars[i]]) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  const n = r.int(1, Math.min(max, idx.length));
  const done = new Set<number>();
  while (done.size < n) done.add(r.pick(idx));
  for (const i of done) chars[i] = r.pick(LOOK3[chars[i]]);
  return { text: chars.join(''), n };
}

// ---- names -------------------------------------------------------------------------------------

const NAMES3: Record<Lang, { g: string[]; f: string[]; tag: string[] }> = {
  en: { g: ['oliver', 'amelia', 'jacob', 'freya', 'henry', 'poppy', 'george', 'maya', 'samuel', 'evie', 'daniel', 'lily'], f: ['harris', 'robinson', 'lewis', 'scott', 'green', 'adams', 'mitchell', 'campbell', 'roberts', 'phillips'], tag: ['lessons', 'english', 'talks', 'class', 'prep'] },
  ja: { g: ['haruka', 'yusuke', 'mana', 'kazuki', 'nao', 'riku', 'chihiro', 'sho', 'asuka', 'tsubasa'], f: ['fujii', 'okamoto', 'murata', 'nishimura', 'sakamoto', 'ueda', 'morita', 'hara', 'kudo', 'miura'], tag: ['benkyo', 'eikaiwa', 'nihongo', 'juku', 'lesson'] },
  ko: { g: ['seohyun', 'minjae', 'yerin', 'hyunjin', 'gaeun', 'dohyun', 'sora', 'taemin', 'bora', 'jiwon'], f: ['ryu', 'shim', 'ko', 'min', 'yoo', 'kwak', 'seong', 'pyo', 'hong', 'ahn'], tag: ['gongbu', 'english', 'hanguk', 'class', 'tutor'] },
  ru: { g: ['vlad', 'ekaterina', 'mikhail', 'sveta', 'andrey', 'oksana', 'igor', 'zhenya', 'stas', 'lera'], f: ['sidorov', 'frolova', 'makarov', 'kiseleva', 'komarov', 'zaitseva', 'titov', 'grigorieva', 'lazarev', 'osipova'], tag: ['english', 'repetitor', 'uroki', 'lingua', 'school'] },
  vi: { g: ['nam', 'hanh', 'son', 'lan', 'kien', 'nhi', 'trung', 'my', 'hung', 'chi'], f: ['ho', 'ta', 'lai', 'mac', 'quan', 'thai', 'la', 'van', 'ninh', 'luu'], tag: ['hoctap', 'english', 'ielts', 'giasu', 'tienganh'] },
};

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** A messenger handle: letters, digits, underscores and dots, never ending in a dot and a word (like a domain name). */
function handle3(r: Rng, lang: Lang): string {
  const { g, f, tag } = NAMES3[lang];
  const a = r.pick(g);
  const b = r.pick(f);
  switch (r.int(0, 9)) {
    case 0:
      return `${a}.${b}_${p2(r.int(0, 99))}`;
    case 1:
      return `${a}${p2(r.int(0, 99))}${b[0]}`;
    case 2:
      return `${b}_${a}`;
    case 3:
      return `${a}_${r.pick(tag)}`;
    case 4:
      return `${cap(a)}${cap(b)}`;
    case 5:
      return `${a}.${r.int(1988, 2010)}`;
    case 6:
      return `${a[0]}${b}${r.int(1, 9)}${r.int(0, 9)}`;
    case 7:
      return `${r.pick(tag)}.${a}_${b[0]}`;
    case 8:
      return `${a}__${b}`;
    default:
      return `${cap(a)}_${cap(b)}${r.int(1, 9)}`;
  }
}

// ---- at and dot words --------------------------------------------------------------------------

/** Pairs of at and dot words of one style, per language. */
const ATDOT3: Record<Lang, [string, string][]> = {
  en: [[' at ', ' dot '], [' (at) ', ' (dot) '], [' [at] ', ' [dot] '], [' AT ', ' DOT '], ['(at)', '(dot)'], ['[at]', '[dot]'], [' {at} ', ' {dot} '], [' At ', ' Dot ']],
  ja: [['アット', 'ドット'], [' アット ', ' ドット '], ['（アット）', '（ドット）'], ['あっと', 'どっと'], ['【アット】', '【ドット】'], ['アットマーク', 'ドット'], ['(アット)', '(ドット)']],
  ko: [['앳', '점'], [' 앳 ', ' 점 '], ['(앳)', '(점)'], ['골뱅이', '닷'], [' 골뱅이 ', ' 닷 '], ['[앳]', '[점]'], ['（골뱅이）', '（점）']],
  ru: [[' собака ', ' точка '], [' (собака) ', ' (точка) '], [' [собака] ', ' [точка] '], [' СОБАКА ', ' ТОЧКА '], [' собачка ', ' точка '], ['(собака)', '(точка)'], [' Собака ', ' Точка ']],
  vi: [[' a còng ', ' chấm '], [' (a còng) ', ' (chấm) '], [' [a còng] ', ' [chấm] '], [' a cong ', ' cham '], [' A CÒNG ', ' CHẤM '], ['(a còng)', '(chấm)'], [' A còng ', ' Chấm ']],
};

/** A pair of at/dot words: mostly the message's language, sometimes English words in another language's message. */
function atDot(r: Rng, lang: Lang): [string, string] {
  if (lang !== 'en' && r.chance(0.2)) return r.pick(ATDOT3.en);
  return r.pick(ATDOT3[lang]);
}

// ---- emails ------------------------------------------------------------------------------------

const DOMAINS3: Record<Lang, string[]> = {
  en: ['gmail.com', 'yahoo.com', 'protonmail.com', 'icloud.com', 'outlook.com', 'live.co.uk', 'posteo.de', 'sky.com', 'att.net', 'wanadoo.fr', 'seznam.cz', 'students.ucl.ac.uk'],
  ja: ['gmail.com', 'yahoo.co.jp', 'au.com', 'i.softbank.jp', 'ezweb.ne.jp', 'hotmail.co.jp', 'jcom.home.ne.jp', 'icloud.com', 'infoseek.jp'],
  ko: ['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'nate.com', 'korea.com', 'yonsei.ac.kr', 'hanmir.com'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'bk.ru', 'list.ru', 'rambler.ru', 'yandex.by', 'hse.ru', 'icloud.com'],
  vi: ['gmail.com', 'yahoo.com', 'yahoo.com.vn', 'outlook.com.vn', 'vnu.edu.vn', 'hcmus.edu.vn', 'fpt.com.vn', 'icloud.com'],
};

function address3(r: Rng, lang: Lang): { local: string; domain: string } {
  const { g, f, tag } = NAMES3[lang];
  const a = r.pick(g);
  const b = r.pick(f);
  const local = r.pick([`${a}.${b}`, `${a}${b}${p2(r.int(0, 99))}`, `${b}.${a[0]}`, `${a}+${r.pick(tag)}`, `${a}_${b}${r.int(1, 9)}`, `${a}-${b}`, `${a}${r.int(100, 999)}`, `${cap(a)}.${cap(b)}`, `${r.pick(tag)}.${a}`]);
  return { local, domain: r.pick(DOMAINS3[lang]) };
}

function email3(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { local, domain } = address3(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: addr, obfuscated: false };
  const labels = domain.split('.');
  const way = r.int(0, 10);
  if (way <= 1) {
    const [at, dot] = atDot(r, lang);
    return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at and dot words' };
  }
  if (way === 2) {
    const [at] = atDot(r, lang);
    return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word only' };
  }
  if (way === 3) {
    const [, dot] = atDot(r, lang);
    return { text: `${local}@${labels.join(dot)}`, obfuscated: true, how: 'dot words only' };
  }
  if (way === 4) {
    // Spaces on either side or both sides of each separator, at least one somewhere.
    const sp = () => r.pick(['', ' ', ' ', '  ']);
    for (;;) {
      const text = `${local}${sp()}@${sp()}${labels.map((l, i) => (i === 0 ? l : `${sp()}.${sp()}${l}`)).join('')}`;
      if (text !== addr) return { text, obfuscated: true, how: 'split by spaces at the separators' };
    }
  }
  if (way === 5) {
    const f = r.int(0, 2);
    if (f === 0) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    if (f === 1) return { text: fwWhere(addr, /[@.]/), obfuscated: true, how: 'full-width marks' };
    return { text: `${local}@${fullWidth(domain)}`, obfuscated: true, how: 'full-width domain' };
  }
  if (way === 6) {
    // Zero-width characters inside the provider name and the local part.
    return { text: `${zwSprinkle(r, local, 1, 2)}@${zwSprinkle(r, labels[0], 1, 2)}${domain.slice(labels[0].length)}`, obfuscated: true, how: 'zero-width characters inside the words' };
  }
  if (way === 7) {
    const inDomain = r.chance(0.5);
    const c = inDomain ? confuse3(r, labels[0]) : confuse3(r, local);
    if (c.n > 0) return { text: inDomain ? `${local}@${c.text}${domain.slice(labels[0].length)}` : `${c.text}@${domain}`, obfuscated: true, how: inDomain ? 'look-alikes in the provider name' : 'look-alikes in the local part' };
  }
  if (way === 8) {
    // Look-alikes in the local part and an at word.
    const c = confuse3(r, local, 0, Infinity, 2);
    const [at] = atDot(r, lang);
    return { text: `${c.text}${at}${domain}`, obfuscated: true, how: c.n ? 'look-alikes and at word' : 'at word only' };
  }
  if (way === 9) {
    const [at, dot] = atDot(r, lang);
    return { text: `${zwSprinkle(r, local, 1, 2)}${at}${labels.join(dot)}`, obfuscated: true, how: 'zero-width characters and at-dot words' };
  }
  // Full-width letters with the words of the language, as typed with an IME; every dot written out.
  const [at, dot] = atDot(r, lang);
  const l = local.split('.').join(dot);
  return cjk(lang)
    ? { text: `${fullWidth(l)}${at}${labels.map(fullWidth).join(dot)}`, obfuscated: true, how: 'full-width with at-dot words' }
    : { text: `${l}${at}${labels.join(dot)}`, obfuscated: true, how: 'every mark written out' };
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape3 {
  region: CountryCode;
  cc: string;
  trunk: string;
  sig: (r: Rng) => string;
  nat: ((n: string) => string)[];
  intl: ((s: string) => string)[];
  /** Groups of the national digits (trunk included). */
  groups: (n: string) => number[];
}

const g3 = (s: string, sizes: number[], sep: string) => split3(s, sizes).join(sep);
const d3 = (r: Rng, n: number) => r.digits(n);
const restOf = (n: string, lead: number[]) => [...lead, n.length - lead.reduce((x, y) => x + y, 0)];

const SHAPES3: Record<string, Shape3> = {
  JP_MOB: {
    region: 'JP', cc: '81', trunk: '0',
    sig: (r) => r.pick(['90', '80', '70']) + r.int(1, 9) + d3(r, 7),
    nat: [(n) => g3(n, [3, 4, 4], '-'), (n) => g3(n, [3, 4, 4], ' '), (n) => n, (n) => g3(n, [3, 4, 4], '.')],
    intl: [(s) => `+81 (0)${g3(s, [2, 4, 4], '-')}`, (s) => `+81 ${g3(s, [2, 4, 4], ' ')}`, (s) => `(+81) ${g3(s, [2, 4, 4], '-')}`, (s) => `+81${s}`],
    groups: () => [3, 4, 4],
  },
  JP_IP: {
    region: 'JP', cc: '81', trunk: '0',
    sig: (r) => '50' + r.int(1, 9) + d3(r, 7),
    nat: [(n) => g3(n, [3, 4, 4], '-'), (n) => g3(n, [3, 4, 4], ' ')],
    intl: [(s) => `+81 ${g3(s, [2, 4, 4], ' ')}`],
    groups: () => [3, 4, 4],
  },
  JP_LAND: {
    region: 'JP', cc: '81', trunk: '0',
    sig: (r) => (r.chance(0.5) ? r.pick(['3', '6']) + r.int(2, 9) + d3(r, 7) : r.pick(['52', '92', '11', '75', '45']) + r.int(2, 9) + d3(r, 6)),
    nat: [(n) => (n.length === 10 && /^0[36]/.test(n) ? g3(n, [2, 4, 4], '-') : g3(n, [3, 3, 4], '-')), (n) => (/^0[36]/.test(n) ? `(${n.slice(0, 2)}) ${g3(n.slice(2), [4, 4], '-')}` : `(${n.slice(0, 3)}) ${g3(n.slice(3), [3, 4], '-')}`)],
    intl: [(s) => `+81 ${/^[36]/.test(s) ? g3(s, [1, 4, 4], ' ') : g3(s, [2, 3, 4], ' ')}`, (s) => `+81-${/^[36]/.test(s) ? g3(s, [1, 4, 4], '-') : g3(s, [2, 3, 4], '-')}`],
    groups: (n) => (/^0[36]/.test(n) ? [2, 4, 4] : [3, 3, 4]),
  },
  KR_MOB: {
    region: 'KR', cc: '82', trunk: '0',
    sig: (r) => '10' + r.int(2, 9) + d3(r, 7),
    nat: [(n) => g3(n, [3, 4, 4], '-'), (n) => g3(n, [3, 4, 4], ' '), (n) => n, (n) => g3(n, [3, 4, 4], '.')],
    intl: [(s) => `+82 ${g3(s, [2, 4, 4], '-')}`, (s) => `+82 (0)${g3(s, [2, 4, 4], ' ')}`, (s) => `+82-${g3(s, [2, 4, 4], '-')}`, (s) => `(+82) ${g3(s, [2, 4, 4], ' ')}`],
    groups: () => [3, 4, 4],
  },
  KR_LAND: {
    region: 'KR', cc: '82', trunk: '0',
    sig: (r) => (r.chance(0.5) ? '2' + r.int(2, 9) + d3(r, r.chance(0.5) ? 6 : 7) : r.pick(['31', '32', '51', '42', '53']) + r.int(2, 9) + d3(r, r.chance(0.5) ? 6 : 7)),
    nat: [(n) => { const a = n.startsWith('02') ? 2 : 3; return `${n.slice(0, a)}-${g3(n.slice(a), [n.length - a - 4, 4], '-')}`; }, (n) => { const a = n.startsWith('02') ? 2 : 3; return `(${n.slice(0, a)}) ${g3(n.slice(a), [n.length - a - 4, 4], '-')}`; }],
    intl: [(s) => { const a = s.startsWith('2') ? 1 : 2; return `+82 ${s.slice(0, a)} ${g3(s.slice(a), [s.length - a - 4, 4], ' ')}`; }],
    groups: (n) => { const a = n.startsWith('02') ? 2 : 3; return [a, n.length - a - 4, 4]; },
  },
  VN_MOB: {
    region: 'VN', cc: '84', trunk: '0',
    sig: (r) => r.pick(['32', '34', '36', '38', '39', '56', '70', '76', '79', '81', '83', '85', '86', '88', '90', '91', '93', '94', '96', '97', '98']) + d3(r, 7),
    nat: [(n) => g3(n, [4, 3, 3], ' '), (n) => g3(n, [4, 3, 3], '.'), (n) => g3(n, [3, 3, 4], ' '), (n) => n, (n) => g3(n, [4, 3, 3], '-')],
    intl: [(s) => `+84 ${g3(s, [2, 3, 4], ' ')}`, (s) => `+84 ${g3(s, [3, 3, 3], ' ')}`, (s) => `+84-${g3(s, [3, 3, 3], '-')}`, (s) => `+84${s}`],
    groups: () => [4, 3, 3],
  },
  VN_LAND: {
    region: 'VN', cc: '84', trunk: '0',
    sig: (r) => r.pick(['28', '24']) + r.pick(['3', '6', '7']) + d3(r, 7),
    nat: [(n) => g3(n, [3, 4, 4], ' '), (n) => `(${n.slice(0, 3)}) ${g3(n.slice(3), [4, 4], ' ')}`],
    intl: [(s) => `+84 ${g3(s, [2, 4, 4], ' ')}`],
    groups: () => [3, 4, 4],
  },
  RU_MOB: {
    region: 'RU', cc: '7', trunk: '8',
    sig: (r) => '9' + r.pick(['03', '05', '06', '09', '10', '12', '15', '16', '17', '20', '21', '25', '26', '27', '31', '50', '53', '58', '77', '81', '85', '99']) + d3(r, 7),
    nat: [(n) => `8 ${n.slice(1, 4)} ${n.slice(4, 7)}-${g3(n.slice(7), [2, 2], '-')}`, (n) => `8-${g3(n.slice(1), [3, 3, 2, 2], '-')}`, (n) => `8 (${n.slice(1, 4)}) ${g3(n.slice(4), [3, 2, 2], ' ')}`, (n) => n],
    intl: [(s) => `+7 ${s.slice(0, 3)} ${s.slice(3, 6)}-${g3(s.slice(6), [2, 2], '-')}`, (s) => `+7 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${g3(s.slice(6), [2, 2], '-')}`, (s) => `+7-${g3(s, [3, 3, 4], '-')}`, (s) => `+7${s}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  RU_LAND: {
    region: 'RU', cc: '7', trunk: '8',
    sig: (r) => r.pick(['495', '499', '812', '383', '343']) + r.int(2, 9) + d3(r, 6),
    nat: [(n) => `8 (${n.slice(1, 4)}) ${n.slice(4, 7)}-${g3(n.slice(7), [2, 2], '-')}`],
    intl: [(s) => `+7 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${g3(s.slice(6), [2, 2], '-')}`, (s) => `+7 ${g3(s, [3, 3, 2, 2], ' ')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  US: {
    region: 'US', cc: '1', trunk: '',
    sig: (r) => r.pick(['201', '202', '206', '214', '248', '267', '303', '314', '347', '404', '408', '425', '469', '480', '602', '612', '626', '713', '720', '737', '818', '832', '860', '929', '971']) + r.int(2, 9) + d3(r, 6),
    nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => g3(n, [3, 3, 4], '-'), (n) => g3(n, [3, 3, 4], '.'), (n) => `1-${g3(n, [3, 3, 4], '-')}`],
    intl: [(s) => `+1 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`, (s) => `+1 ${g3(s, [3, 3, 4], '-')}`, (s) => `+1.${g3(s, [3, 3, 4], '.')}`],
    groups: (n) => (n.length === 11 ? [1, 3, 3, 4] : [3, 3, 4]),
  },
  GB_MOB: {
    region: 'GB', cc: '44', trunk: '0',
    sig: (r) => '7' + r.pick(['3', '4', '5', '7', '8', '9']) + d3(r, 8),
    nat: [(n) => g3(n, [5, 6], ' '), (n) => g3(n, [5, 3, 3], '-'), (n) => n],
    intl: [(s) => `+44 ${g3(s, [4, 6], ' ')}`, (s) => `+44 (0)${g3(s, [4, 3, 3], ' ')}`, (s) => `+44${s}`],
    groups: () => [5, 3, 3],
  },
  GB_LAND: {
    region: 'GB', cc: '44', trunk: '0',
    sig: (r) => (r.chance(0.5) ? '20' + r.pick(['3', '7', '8']) + d3(r, 7) : r.pick(['113', '131', '161', '117']) + r.int(2, 9) + d3(r, 6)),
    nat: [(n) => (n.startsWith('020') ? g3(n, [3, 4, 4], ' ') : g3(n, [4, 3, 4], ' '))],
    intl: [(s) => (s.startsWith('20') ? `+44 ${g3(s, [2, 4, 4], ' ')}` : `+44 (0)${g3(s, [3, 3, 4], ' ')}`)],
    groups: (n) => (n.startsWith('020') ? [3, 4, 4] : [4, 3, 4]),
  },
  DE_MOB: {
    region: 'DE', cc: '49', trunk: '0',
    sig: (r) => r.pick(['151', '152', '155', '157', '159', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179']) + d3(r, r.chance(0.6) ? 7 : 8),
    nat: [(n) => `${n.slice(0, 4)} ${n.slice(4)}`, (n) => `${n.slice(0, 4)}-${n.slice(4)}`, (n) => `(${n.slice(0, 4)}) ${g3(n.slice(4), [3, 3], ' ')}`],
    intl: [(s) => `+49 ${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+49 (0)${s.slice(0, 3)} ${g3(s.slice(3), [4], ' ')}`, (s) => `+49-${s.slice(0, 3)}-${s.slice(3)}`],
    groups: (n) => restOf(n, [4, 3]),
  },
  DE_LAND: {
    region: 'DE', cc: '49', trunk: '0',
    sig: (r) => r.pick(['30', '89', '40']) + r.int(2, 9) + d3(r, 7),
    nat: [(n) => `${n.slice(0, 3)} ${n.slice(3)}`, (n) => `(${n.slice(0, 3)}) ${g3(n.slice(3), [4, 4], ' ')}`],
    intl: [(s) => `+49 ${s.slice(0, 2)} ${s.slice(2)}`],
    groups: (n) => restOf(n, [3, 4]),
  },
  FR: {
    region: 'FR', cc: '33', trunk: '0',
    sig: (r) => r.pick(['6', '7', '1']) + d3(r, 8),
    nat: [(n) => g3(n, [2, 2, 2, 2, 2], ' '), (n) => g3(n, [2, 2, 2, 2, 2], '.'), (n) => n],
    intl: [(s) => `+33 ${s[0]} ${g3(s.slice(1), [2, 2, 2, 2], ' ')}`, (s) => `+33 (0)${s[0]} ${g3(s.slice(1), [2, 2, 2, 2], ' ')}`, (s) => `+33${s}`],
    groups: () => [2, 2, 2, 2, 2],
  },
  ES: {
    region: 'ES', cc: '34', trunk: '',
    sig: (r) => (r.chance(0.8) ? r.pick(['6', '7']) + d3(r, 8) : r.pick(['91', '93']) + d3(r, 7)),
    nat: [(n) => g3(n, [3, 3, 3], ' '), (n) => (n.startsWith('9') ? g3(n, [2, 3, 2, 2], ' ') : g3(n, [3, 2, 2, 2], ' '))],
    intl: [(s) => `+34 ${g3(s, [3, 3, 3], ' ')}`, (s) => `(+34) ${s}`],
    groups: () => [3, 3, 3],
  },
  IT: {
    region: 'IT', cc: '39', trunk: '',
    sig: (r) => (r.chance(0.75) ? '3' + r.pick(['20', '24', '28', '29', '31', '33', '34', '35', '38', '39', '40', '45', '47', '48', '49', '66', '88', '91', '93']) + d3(r, 7) : r.pick(['06', '02']) + d3(r, 8)),
    nat: [(n) => (n.startsWith('0') ? g3(n, [2, 4, 4], ' ') : g3(n, [3, 3, 4], ' ')), (n) => (n.startsWith('0') ? `${n.slice(0, 2)}/${n.slice(2)}` : `${n.slice(0, 3)}-${n.slice(3)}`)],
    intl: [(s) => `+39 ${s.startsWith('0') ? g3(s, [2, 4, 4], ' ') : g3(s, [3, 3, 4], ' ')}`],
    groups: (n) => (n.startsWith('0') ? [2, 4, 4] : [3, 3, 4]),
  },
  NL: {
    region: 'NL', cc: '31', trunk: '0',
    sig: (r) => '6' + r.int(1, 5) + d3(r, 7),
    nat: [(n) => `${n.slice(0, 2)}-${n.slice(2)}`, (n) => `${n.slice(0, 2)} ${g3(n.slice(2), [4, 4], ' ')}`],
    intl: [(s) => `+31 6 ${g3(s.slice(1), [4, 4], ' ')}`, (s) => `+31 (0)6 ${s.slice(1)}`],
    groups: () => [2, 4, 4],
  },
  PL: {
    region: 'PL', cc: '48', trunk: '',
    sig: (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + d3(r, 7),
    nat: [(n) => g3(n, [3, 3, 3], ' ')],
    intl: [(s) => `+48 ${g3(s, [3, 3, 3], ' ')}`, (s) => `+48 ${g3(s, [3, 3, 3], '-')}`],
    groups: () => [3, 3, 3],
  },
  CZ: {
    region: 'CZ', cc: '420', trunk: '',
    sig: (r) => r.pick(['601', '602', '603', '604', '605', '606', '607', '608', '702', '720', '721', '731', '732', '737', '739', '775', '776', '777']) + d3(r, 6),
    nat: [(n) => g3(n, [3, 3, 3], ' ')],
    intl: [(s) => `+420 ${g3(s, [3, 3, 3], ' ')}`],
    groups: () => [3, 3, 3],
  },
  GR: {
    region: 'GR', cc: '30', trunk: '',
    sig: (r) => '69' + r.pick(['3', '4', '5', '7', '8', '9']) + d3(r, 7),
    nat: [(n) => g3(n, [3, 3, 4], ' ')],
    intl: [(s) => `+30 ${g3(s, [3, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  FI: {
    region: 'FI', cc: '358', trunk: '0',
    sig: (r) => r.pick(['40', '41', '44', '45', '50']) + d3(r, 7),
    nat: [(n) => g3(n, [3, 3, 4], ' ')],
    intl: [(s) => `+358 ${g3(s, [2, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  SE: {
    region: 'SE', cc: '46', trunk: '0',
    sig: (r) => r.pick(['70', '72', '73', '76']) + d3(r, 7),
    nat: [(n) => `${n.slice(0, 3)}-${g3(n.slice(3), [3, 2, 2], ' ')}`],
    intl: [(s) => `+46 ${s.slice(0, 2)} ${g3(s.slice(2), [3, 2, 2], ' ')}`],
    groups: () => [3, 3, 2, 2],
  },
  PT: {
    region: 'PT', cc: '351', trunk: '',
    sig: (r) => r.pick(['91', '92', '93', '96']) + d3(r, 7),
    nat: [(n) => g3(n, [3, 3, 3], ' ')],
    intl: [(s) => `+351 ${g3(s, [3, 3, 3], ' ')}`],
    groups: () => [3, 3, 3],
  },
  AT: {
    region: 'AT', cc: '43', trunk: '0',
    sig: (r) => r.pick(['664', '660', '676', '650', '699', '681', '688']) + d3(r, 7),
    nat: [(n) => `${n.slice(0, 4)} ${n.slice(4)}`],
    intl: [(s) => `+43 ${s.slice(0, 3)} ${s.slice(3)}`],
    groups: (n) => restOf(n, [4, 3]),
  },
  IE: {
    region: 'IE', cc: '353', trunk: '0',
    sig: (r) => r.pick(['83', '85', '86', '87', '89']) + r.int(2, 9) + d3(r, 6),
    nat: [(n) => g3(n, [3, 3, 4], ' ')],
    intl: [(s) => `+353 ${g3(s, [2, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
};

const MIX3: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_LAND', 'DE_MOB', 'DE_LAND', 'FR', 'ES', 'IT', 'NL', 'PL', 'CZ', 'GR', 'FI', 'SE', 'PT', 'AT', 'IE', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_IP', 'JP_LAND', 'JP_LAND', 'US', 'KR_MOB', 'GB_MOB', 'FR'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_LAND', 'KR_LAND', 'JP_MOB', 'US', 'VN_MOB', 'DE_MOB'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_LAND', 'RU_LAND', 'DE_MOB', 'FI', 'GB_MOB', 'US', 'CZ', 'IT'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_LAND', 'KR_MOB', 'JP_MOB', 'US', 'DE_MOB', 'FR'],
};

interface Drawn3 {
  shape: Shape3;
  sig: string;
  /** National digits (trunk prefix included). */
  national: string;
}

/** A number valid for its region by libphonenumber-js, as an international and as a national number. */
function drawPhone3(r: Rng, lang: Lang, mobile = false): Drawn3 {
  for (;;) {
    const key = r.pick(MIX3[lang]);
    if (mobile && /LAND|JP_IP/.test(key)) continue;
    const shape = SHAPES3[key];
    const sig = shape.sig(r);
    const intl = parsePhoneNumberFromString(`+${shape.cc}${sig}`);
    if (!intl || !intl.isValid() || intl.country !== shape.region) continue;
    if (mobile && !['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(intl.getType() ?? '')) continue;
    const national = shape.trunk + sig;
    const p = parsePhoneNumberFromString(national, shape.region);
    if (!p || !p.isValid() || String(p.nationalNumber) !== sig) continue;
    return { shape, sig, national };
  }
}

const DIGITS3: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};
const ZEROS3: Record<Lang, string[]> = { en: ['zero', 'oh'], ja: ['〇', '零'], ko: ['공', '영'], ru: ['ноль', 'ноль', 'нуль'], vi: ['không'] };

/** A speller for one number: the zero word, the case and the joiner inside a group are chosen once. */
function spell3(r: Rng, lang: Lang): (digits: string) => string {
  const zero = r.pick(ZEROS3[lang]);
  const upper = !cjk(lang) && r.chance(0.2);
  const joiner = cjk(lang) ? (r.chance(0.75) ? '' : ' ') : r.pick([' ', ' ', ' ', '-']);
  return (digits) =>
    [...digits]
      .map((c) => {
        const w = c === '0' ? zero : DIGITS3[lang][Number(c)];
        return upper ? cap(w) : w;
      })
      .join(joiner);
}

const SPELLED_SEP: Record<Lang, string[]> = {
  en: [', ', ' - ', ' — ', '. ', ' / '],
  ja: ['、', ' ', '－', 'の', '　'],
  ko: [' ', '-', ', ', '　'],
  ru: [', ', ' - ', ' — ', '. '],
  vi: [' - ', ', ', '. ', ' '],
};
const DASH_WORD: Record<Lang, string[]> = {
  en: [' dash ', ' hyphen '],
  ja: ['ハイフン', 'の', ' ハイフン '],
  ko: [' 다시 ', ' 하이픈 '],
  ru: [' тире ', ' дефис '],
  vi: [' gạch ', ' gạch ngang '],
};
const DOT_WORD: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) '],
  ja: ['ドット', ' ドット '],
  ko: [' 점 ', '점'],
  ru: [' точка ', ' (точка) '],
  vi: [' chấm ', ' (chấm) '],
};

const HOME: Partial<Record<Lang, CountryCode>> = { ja: 'JP', ko: 'KR', ru: 'RU', vi: 'VN' };

/** A phone number; mobile: one a messenger can be registered to. Outside English, numbers of other countries are written internationally. */
function phone3(r: Rng, lang: Lang, obfuscate: boolean, intlShare = 0.35, mobile = false): Surface {
  const { shape, sig, national } = drawPhone3(r, lang, mobile);
  const foreign = lang !== 'en' && shape.region !== HOME[lang];
  const intl = r.chance(intlShare) || foreign;
  const written = intl ? r.pick(shape.intl)(sig) : r.pick(shape.nat)(national);
  if (!obfuscate) return { text: written, obfuscated: false };
  // The digits to disguise and their groups; an international number keeps its +code in digits.
  const digits = intl ? sig : national;
  const natGroups = shape.groups(national);
  const groupSizes = intl ? (() => {
    const gs = [...natGroups];
    gs[0] -= shape.trunk.length;
    return gs.filter((x) => x > 0);
  })() : natGroups;
  const groups = split3(digits, groupSizes);
  const prefix = intl ? `+${shape.cc} ` : '';
  const way = r.int(0, 10);
  if (way <= 1) {
    const sp = spell3(r, lang);
    return { text: prefix + groups.map(sp).join(r.pick(SPELLED_SEP[lang])), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 2) {
    // Some groups spelled, some written, at least one of each.
    const sp = spell3(r, lang);
    let mask = groups.map(() => r.chance(0.5));
    if (mask.every(Boolean)) mask[0] = false;
    if (!mask.some(Boolean)) mask[mask.length - 1] = true;
    return { text: prefix + groups.map((g, i) => (mask[i] ? sp(g) : g)).join(cjk(lang) ? r.pick([' ', '-']) : r.pick([' ', ', ', ' - '])), obfuscated: true, how: 'spelled and written groups' };
  }
  if (way === 3) {
    // Every digit apart: one separator inside the groups, a wider one between them.
    const inner = r.pick([' ', '.', '-']);
    const outer = r.pick(inner === ' ' ? ['   ', ' - ', ' . '] : inner === '.' ? [' ', ' - ', '  '] : [' ', '  ', ' . ']);
    return { text: prefix + groups.map((g) => [...g].join(inner)).join(outer), obfuscated: true, how: 'separated digits' };
  }
  if (way === 4) {
    const f = r.int(0, 2);
    if (f === 0) return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
    if (f === 1) return { text: fwWhere(written, /\d/), obfuscated: true, how: 'full-width digits' };
    return { text: (intl ? `＋${fullWidth(shape.cc)}　` : '') + groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  }
  if (way === 5) return { text: zwSprinkle(r, written, 2, 5), obfuscated: true, how: 'zero-width characters' };
  if (way === 6) {
    // Dash words between groups, digits of each group apart by spaces or together.
    const w = r.pick(DASH_WORD[lang]);
    const spaced = !cjk(lang) && r.chance(0.4);
    return { text: prefix + groups.map((g) => (spaced ? [...g].join(' ') : g)).join(w), obfuscated: true, how: 'dash words between groups' };
  }
  if (way === 7) {
    const w = r.pick(DOT_WORD[lang]);
    return { text: prefix + groups.join(w), obfuscated: true, how: 'dot words between groups' };
  }
  if (way === 8) {
    // Only the middle groups spelled.
    const sp = spell3(r, lang);
    if (groups.length >= 3) {
      const sep = cjk(lang) ? r.pick([' ', '-']) : r.pick([' ', ' - ']);
      return { text: prefix + groups.map((g, i) => (i > 0 && i < groups.length - 1 ? sp(g) : g)).join(sep), obfuscated: true, how: 'middle groups spelled' };
    }
    return { text: prefix + groups.map(sp).join(r.pick(SPELLED_SEP[lang])), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 9) {
    // Spelled groups alternating with full-width ones.
    const sp = spell3(r, lang);
    return { text: prefix + groups.map((g, i) => (i % 2 === 0 ? sp(g) : fullWidth(g))).join(cjk(lang) ? r.pick(['－', ' ', '　']) : ' '), obfuscated: true, how: 'spelled and full-width groups' };
  }
  // Full width and zero-width characters together.
  return { text: zwSprinkle(r, fullWidth(written), 1, 3), obfuscated: true, how: 'full-width and zero-width characters' };
}

// ---- links -------------------------------------------------------------------------------------

const SITES3: Record<Lang, string[]> = {
  en: ['www.talkfluent.co/{h}', 'cal.com/{h}/trial-lesson', 'www.canva.com/design/{k}/view', 'gumroad.com/l/{k}', 'www.loom.com/share/{k}', 'sites.google.com/view/{hh}-english', '{hh}.teachable.com/courses', 'www.skool.com/{hh}', 'englishhub.academy/{h}', 'forms.office.com/e/{k}'],
  ja: ['timerex.net/s/{h}/{k}', 'peatix.com/event/{n}', '{hh}.base.shop', 'mosh.jp/{h}', 'www.{hh}-nihongo.com/trial', 'www.street-academy.com/steachers/{n}', 'lit.link/{h}', 'オンライン英会話.jp/{h}', 'note.com/{h}/m/m{k}'],
  ko: ['{hh}.imweb.me', 'taling.me/{h}', 'inf.run/{k}', 'blog.naver.com/{h}/22{n}', 'www.{hh}-korean.kr/booking', 'smartstore.naver.com/{h}', 'form.naver.com/response/{k}', '과외선생님.com/{h}', 'litt.ly/{h}'],
  ru: ['{hh}.tilda.ws', 'www.{hh}-school.ru/zapis', 'vk.com/wall-{n}_{n}', 'skillbox.ru/course/{h}', 'dzen.ru/a/{k}', 'disk.yandex.ru/i/{k}', 'репетитор.москва/{h}', 'английский.рус/урок', 'forms.yandex.ru/u/{k}'],
  vi: ['{hh}.com.vn/khoa-hoc', 'tailieu.vn/doc/{k}', 'docs.google.com/forms/d/e/{k}/viewform', 'sites.google.com/view/{hh}', 'www.facebook.com/{h}', 'shopee.vn/{h}', 'youtube.com/@{h}', 'học-cùng-cô.vn/lich', 'tiktok.com/@{h}'],
};
const BARE3: Record<Lang, string[]> = {
  en: ['{hh}-english.com', 'learnwith{g}.co.uk', '{hh}.academy', '{g}teaches.io', 'www.{hh}.dev', '{hh}-tutoring.org', 'www.{g}{f}.me'],
  ja: ['{hh}-eikaiwa.jp', '{g}sensei.com', 'www.{hh}.tokyo', 'えいごのへや.com', 'にほんご教室.みんな', '{g}-juku.co.jp'],
  ko: ['{hh}-korean.kr', 'www.{hh}.co.kr', '{g}ssem.com', '영어공부방.com', '한국어.한국', '{hh}.me'],
  ru: ['{hh}-english.ru', 'английский-для-всех.рф', '{hh}.online', 'www.{hh}.su', 'урок-английского.москва', '{g}{f}.pro'],
  vi: ['{hh}.edu.vn', 'hoc{g}.vn', 'www.{hh}.com.vn', 'họctiếngnhật.vn', '{hh}.io.vn', 'giasu{g}.net'],
};
const CHAT3: Record<Lang, string[]> = {
  en: ['t.me/{h}', 'telegram.me/{h}', 'wa.me/{w}', 'api.whatsapp.com/send/?phone={w}', 'chat.whatsapp.com/invite/{k}', 'join.skype.com/invite/{k}', 'invite.viber.com/?g2={k}', 'discord.gg/{k}', 'www.instagram.com/{h}/', 'm.me/{h}', 'u.wechat.com/{k}', 'line.me/R/ti/p/@{h}'],
  ja: ['line.me/R/ti/p/%40{h}', 'line.me/ti/p/{k}', 'page.line.me/{h}', 'lin.ee/{k}', 't.me/{h}', 'discord.gg/{k}', 'instagram.com/{h}', 'wa.me/{w}'],
  ko: ['open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}', 'qr.kakao.com/talk/{k}', 'pf.kakao.com/_{k}', 'line.me/ti/p/{k}', 'discord.gg/{k}', 't.me/{h}'],
  ru: ['t.me/{h}', 't.me/+{k}', 'telegram.me/joinchat/{k}', 'wa.me/{w}', 'vk.me/{h}', 'invite.viber.com/?g2={k}', 'discord.gg/{k}'],
  vi: ['zalo.me/{w}', 'zalo.me/g/{k}', 'm.me/{h}', 'www.facebook.com/{h}', 'wa.me/{w}', 't.me/{h}', 'invite.viber.com/?g2={k}'],
};

function fillLink3(r: Rng, lang: Lang, pattern: string): string {
  const name = handle3(r, lang).toLowerCase();
  const h = name.replace(/\./g, '_');
  const hh = name.replace(/[._]+/g, '-');
  const { g, f } = NAMES3[lang];
  let w = '';
  if (pattern.includes('{w}')) {
    const d = drawPhone3(r, lang, true);
    w = d.shape.cc + d.sig;
  }
  return pattern
    .replace('{hh}', hh)
    .replace('{h}', h)
    .replace('{g}', r.pick(g))
    .replace('{f}', r.pick(f))
    .replace('{k}', code(r, r.int(8, 12)))
    .replace(/\{n\}/g, () => String(r.int(10000, 9999999)))
    .replace('{w}', w);
}

function url3(r: Rng, lang: Lang, obfuscate: boolean, kind: 'site' | 'bare' | 'chat'): Surface {
  const site = fillLink3(r, lang, r.pick(kind === 'chat' ? CHAT3[lang] : kind === 'bare' ? BARE3[lang] : SITES3[lang]));
  const scheme = kind === 'bare' ? '' : site.startsWith('www.') ? r.pick(['', 'https://']) : r.chance(0.35) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  let way = r.int(0, 7);
  if (idn && way >= 3 && way !== 5) way = r.int(0, 1);
  if (way <= 1) {
    const [, dot] = atDot(r, lang);
    return { text: scheme + labels.join(dot) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 2) {
    // Spaces at random separators: the dots of the host, the first slash, after the scheme.
    const sp = () => r.pick(['', '', ' ']);
    for (;;) {
      const s1 = scheme ? scheme + sp() : '';
      const h = labels.map((l, i) => (i === 0 ? l : `${sp()}.${sp()}${l}`)).join('');
      const p = path ? `${sp()}/${sp()}${path.slice(1)}` : '';
      const text = s1 + h + p;
      if (text !== plain && !/^\s|\s$/.test(text)) return { text, obfuscated: true, how: 'split by spaces' };
    }
  }
  if (way === 3) {
    const f = r.int(0, 2);
    if (f === 0) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    if (f === 1) return { text: scheme + fullWidth(host) + path, obfuscated: true, how: 'full-width host' };
  }
  if (way === 3 || way === 5) return { text: scheme + host.replace(/\./g, '．') + path, obfuscated: true, how: 'full-width dots' };
  if (way === 4) {
    const i = labels[0] === 'www' && labels.length > 2 ? 1 : 0;
    const c = confuse3(r, labels[i], 0, Infinity, 2);
    if (c.n > 0) {
      const ls = [...labels];
      ls[i] = c.text;
      return { text: scheme + ls.join('.') + path, obfuscated: true, how: 'look-alikes in the host' };
    }
  }
  if (way === 6 && cjk(lang)) {
    // Full-width host with dot words, as typed with an IME.
    const [, dot] = atDot(r, lang);
    return { text: scheme + labels.map(fullWidth).join(dot) + path, obfuscated: true, how: 'full-width host with dot words' };
  }
  return { text: scheme + zwSprinkle(r, host, 1, 3) + path, obfuscated: true, how: 'zero-width characters in the host' };
}

// ---- handles -----------------------------------------------------------------------------------

function disguiseHandle(r: Rng, h: string, at: boolean): Surface {
  const way = r.int(0, 4);
  if (way === 0) return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
  if (way === 1) {
    const f = r.int(0, 2);
    const t = f === 0 ? fwWhere(h, /[\d_.#:]/) : f === 1 && at ? '＠' + h.slice(1) : fullWidth(h.slice(0, Math.ceil(h.length / 2))) + h.slice(Math.ceil(h.length / 2));
    if (t !== h) return { text: t, obfuscated: true, how: 'partly full-width' };
  }
  if (way === 2 || way === 1) {
    const c = confuse3(r, h, at ? 1 : 0);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alikes' };
  }
  if (way === 3) {
    const c = confuse3(r, h, at ? 1 : 0, Infinity, 1);
    if (c.n > 0) return { text: zwSprinkle(r, c.text, 1, 2), obfuscated: true, how: 'look-alikes and zero-width characters' };
  }
  return { text: zwSprinkle(r, h, 1, 3), obfuscated: true, how: 'zero-width characters' };
}

function handleSurface3(r: Rng, lang: Lang, obfuscate: boolean, at: boolean): Surface {
  const h = (at ? '@' : '') + handle3(r, lang);
  if (!obfuscate) return { text: h, obfuscated: false };
  return disguiseHandle(r, h, at);
}

const hex = (r: Rng, n: number) => [...Array(n)].map(() => '0123456789abcdef'[r.int(0, 15)]).join('');

function skypeId(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const way = r.int(0, 2);
  const id = way === 0 ? `live:.cid.${hex(r, 16)}` : way === 1 ? `live:${handle3(r, lang).toLowerCase()}` : `live:.cid.${hex(r, 14)}`;
  if (!obfuscate) return { text: id, obfuscated: false };
  // The look-alikes and full width go to the part after "live:".
  const pick = r.int(0, 2);
  if (pick === 0) return { text: 'live:' + fullWidth(id.slice(5)), obfuscated: true, how: 'full-width' };
  if (pick === 1) {
    const c = confuse3(r, id, 5);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alikes' };
  }
  return { text: zwSprinkle(r, id, 1, 3), obfuscated: true, how: 'zero-width characters' };
}

function discordName(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES3[lang];
  const tagged = r.chance(0.6);
  const id = tagged ? `${r.pick([cap(r.pick(g)), r.pick(g) + '_' + r.pick(f)[0], cap(r.pick(g)) + cap(r.pick(f))])}#${r.int(1, 9)}${r.digits(3)}` : handle3(r, lang).toLowerCase();
  if (!obfuscate) return { text: id, obfuscated: false };
  if (tagged && r.chance(0.3)) return { text: id.replace('#', '＃').replace(/\d/g, (c) => fullWidth(c)), obfuscated: true, how: 'full-width tag' };
  return disguiseHandle(r, id, false);
}

// ---- numbers with check digits -----------------------------------------------------------------

const CARDS3: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners', 'maestro'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'diners'],
  ko: ['visa', 'mc', 'mc2', 'amex', 'unionpay', 'jcb'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay19', 'maestro'],
  vi: ['visa', 'mc', 'jcb', 'napas', 'unionpay', 'amex'],
};

function cardDigits3(r: Rng, lang: Lang): string {
  switch (r.pick(CARDS3[lang])) {
    case 'visa':
      return luhnComplete(r, '4' + r.int(1, 9), 16);
    case 'mc':
      return luhnComplete(r, String(r.int(51, 55)), 16);
    case 'mc2':
      return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 'amex':
      return luhnComplete(r, r.pick(['34', '37']), 15);
    case 'discover':
      return luhnComplete(r, r.pick(['6011', '644', '65']), 16);
    case 'diners':
      return luhnComplete(r, r.pick(['36', '38']), 14);
    case 'maestro':
      return luhnComplete(r, r.pick(['6759', '5018', '5020']), r.pick([16, 19]));
    case 'jcb':
      return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 'unionpay':
      return luhnComplete(r, '62' + r.int(12, 88), 16);
    case 'unionpay19':
      return luhnComplete(r, '62' + r.int(12, 88), 19);
    case 'mir':
      return luhnComplete(r, '220' + r.int(0, 4), 16);
    default:
      return luhnComplete(r, '9704', r.pick([16, 19]));
  }
}

function card3(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const d = cardDigits3(r, lang);
  const groups = d.length === 15 ? split3(d, [4, 6, 5]) : d.length === 14 ? split3(d, [4, 6, 4]) : split3(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'full-width' };
  if (way === 1) {
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k || r.chance(0.3) ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'some groups full-width' };
  }
  if (way === 2) return { text: groups.map((g) => [...g].join(' ')).join(r.pick([' - ', '   ', ' / '])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: groups.join(r.pick(['.', ' . ', ' - '])), obfuscated: true, how: 'dots or spaced dashes between groups' };
  if (way === 4) return { text: zwSprinkle(r, groups.join(r.pick([' ', '-', ''])), 3, 6), obfuscated: true, how: 'zero-width characters' };
  if (way === 5) {
    const sp = spell3(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k ? sp(g) : g)).join(cjk(lang) ? ' ' : r.pick([' ', ', '])), obfuscated: true, how: 'one group spelled' };
  }
  return { text: groups.map((g) => [...g].join('.')).join(' '), obfuscated: true, how: 'dotted digits' };
}

function ip3(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 6);
  const h4 = () => r.int(0, 0xffff).toString(16);
  let text: string;
  if (kind === 0) text = `${r.pick([45, 62, 89, 94, 109, 151, 176, 188, 202, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 1) text = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  else if (kind === 2) text = `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  else if (kind === 3) text = `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  else if (kind === 4) text = `${r.pick(['2001:0db8', '2a01:04f8', '2400:cb00', '2600:1f18', '2804:14c'])}:${[...Array(6)].map(() => h4()).join(':')}`;
  else if (kind === 5) text = `${r.pick(['2a03:2880', '2001:4860', '240d:1a', '2402:800'])}:${h4()}::${h4()}`;
  else text = `fe80::${h4()}:${h4()}:${h4()}${r.chance(0.5) ? `:${h4()}` : ''}`.toUpperCase().replace('FE80', r.pick(['fe80', 'FE80']));
  if (!obfuscate) return { text, obfuscated: false };
  const v6 = text.includes(':');
  const way = r.int(0, 4);
  if (way === 0) return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  if (way === 1 && !v6) {
    const [, dot] = atDot(r, lang);
    return { text: text.split('.').join(dot), obfuscated: true, how: 'dot words' };
  }
  if (way === 2 && !v6) return { text: text.split('.').join(r.pick([' . ', '. ', ' .'])), obfuscated: true, how: 'split by spaces' };
  if (way === 3) return { text: fwWhere(text, v6 ? /:/ : /\./), obfuscated: true, how: 'full-width separators' };
  return { text: zwSprinkle(r, text, 2, 4), obfuscated: true, how: 'zero-width characters' };
}

/** BBAN shapes: n digits, a upper-case letters, c letters or digits. */
const IBAN3: [string, string][] = [
  ['DE', '18n'], ['FR', '23n'], ['GB', '4a14n'], ['ES', '20n'], ['IT', '1a10n12c'], ['NL', '4a10n'], ['BE', '12n'], ['AT', '16n'],
  ['CH', '5n12c'], ['PL', '24n'], ['PT', '21n'], ['IE', '4a14n'], ['LU', '3n13c'], ['DK', '14n'], ['FI', '14n'], ['NO', '11n'],
  ['SE', '20n'], ['CZ', '20n'], ['SK', '20n'], ['HU', '24n'], ['RO', '4a16c'], ['GR', '7n16c'], ['HR', '17n'], ['SI', '15n'],
  ['EE', '16n'], ['LT', '16n'], ['LV', '4a13c'], ['BG', '4a6n8c'], ['CY', '8n16c'], ['MT', '4a5n18c'],
];
const BANK3: Record<string, string[]> = { GB: ['BARC', 'LOYD', 'HBUK', 'NWBK'], NL: ['INGB', 'ABNA', 'RABO', 'KNAB'], IE: ['BOFI', 'AIBK'], RO: ['BTRL', 'RNCB', 'BRDE'], LV: ['HABA', 'UNLA'], BG: ['UNCR', 'BNBG'], MT: ['VALL', 'MALT'] };
const UPPER3 = 'ABCDEFGHJKLMNPRSTUVWXYZ';

function ibanText3(r: Rng): string {
  const [c, shape] = r.pick(IBAN3);
  let bban = '';
  for (const m of shape.matchAll(/(\d+)([anc])/g)) {
    const k = Number(m[1]);
    if (m[2] === 'n') bban += r.digits(k);
    else if (m[2] === 'a') bban += BANK3[c] && k === 4 ? r.pick(BANK3[c]) : [...Array(k)].map(() => UPPER3[r.int(0, UPPER3.length - 1)]).join('');
    else bban += [...Array(k)].map(() => (r.chance(0.8) ? String(r.int(0, 9)) : UPPER3[r.int(0, UPPER3.length - 1)])).join('');
  }
  const check = p2(98 - mod97(bban + c + '00'));
  const iban = c + check + bban;
  if (mod97(bban + c + check) !== 1) throw new Error('bad IBAN');
  return iban;
}

function iban3(r: Rng, obfuscate: boolean): Surface {
  const iban = ibanText3(r);
  const groups = iban.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.6) ? groups.join(' ') : iban, obfuscated: false };
  const way = r.int(0, 4);
  if (way === 0) return { text: fullWidth(groups.join(' ')), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fwWhere(groups.join(' '), r.chance(0.5) ? /[A-Z]/ : /\d/), obfuscated: true, how: 'partly full-width' };
  if (way === 2) return { text: zwSprinkle(r, groups.join(r.pick([' ', ''])), 2, 5), obfuscated: true, how: 'zero-width characters' };
  if (way === 3) return { text: groups.join(r.pick([' - ', '-', '.'])), obfuscated: true, how: 'dashes or dots between groups' };
  return { text: groups.map((g, i) => (i === 0 || /[A-Z]/.test(g) ? g : [...g].join(' '))).join('   '), obfuscated: true, how: 'separated digits' };
}

function myNumber3(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = String(r.int(1, 9)) + r.digits(10);
  const d = base + myNumberCheckDigit(base);
  const groups = split3(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const way = r.int(0, 5);
  const sp = spell3(r, lang === 'en' ? 'en' : 'ja');
  if (way === 0) return { text: fullWidth(r.pick([d, groups.join('-'), groups.join(' ')])), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map(sp).join(r.pick(['－', ' ', '・', '　'])), obfuscated: true, how: 'spelled digits' };
  if (way === 2) return { text: groups.map((g) => [...g].join(' ')).join(r.pick(['  ', ' - '])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zwSprinkle(r, groups.join(r.pick(['-', ' ', ''])), 2, 4), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: groups.join(r.pick(['.', ' . '])), obfuscated: true, how: 'dots between groups' };
  const k = r.int(0, 2);
  return { text: groups.map((g, i) => (i === k ? sp(g) : lang === 'ja' && r.chance(0.5) ? fullWidth(g) : g)).join(r.pick(['－', '-', ' '])), obfuscated: true, how: 'one group spelled' };
}

function rrn3(r: Rng, obfuscate: boolean): Surface {
  const year = r.int(1958, 2008);
  const month = r.int(1, 12);
  const day = r.int(1, [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);
  const front = p2(year % 100) + p2(month) + p2(day);
  const body = front + String((year >= 2000 ? 3 : 1) + r.int(0, 1)) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const a = d.slice(0, 6);
  const b = d.slice(6);
  if (!obfuscate) return { text: r.pick([`${a}-${b}`, `${a}-${b}`, `${a} - ${b}`, d]), obfuscated: false };
  const sp = spell3(r, 'ko');
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(`${a}-${b}`), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: `${sp(a)} ${r.pick(['-', '다시', '하이픈'])} ${sp(b)}`, obfuscated: true, how: 'spelled digits' };
  if (way === 2) return { text: `${[...a].join(' ')}  -  ${[...b].join(' ')}`, obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zwSprinkle(r, `${a}-${b}`, 2, 4), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: `${sp(a)}-${b}`, obfuscated: true, how: 'front part spelled' };
  return { text: `${fullWidth(a)}-${r.chance(0.5) ? b : fullWidth(b)}`, obfuscated: true, how: 'partly full-width' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface Blind3Entity {
  type: FindingType;
  surface: Surface;
}

function ownEntity3(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind3Entity | null {
  switch (slot) {
    case 'EMAIL':
      return { type: 'EMAIL', surface: email3(r, lang, obfuscate) };
    case 'PHONE':
      return { type: 'PHONE', surface: phone3(r, lang, obfuscate) };
    case 'MSGPHONE':
      return { type: 'PHONE', surface: phone3(r, lang, obfuscate, lang === 'vi' ? 0.4 : 0.7, true) };
    case 'URL':
      return { type: 'URL', surface: url3(r, lang, obfuscate, r.chance(0.25) ? 'chat' : 'site') };
    case 'SITE':
      return { type: 'URL', surface: url3(r, lang, obfuscate, 'bare') };
    case 'CHATLINK':
      return { type: 'URL', surface: url3(r, lang, obfuscate, 'chat') };
    case 'HANDLE':
      return { type: 'MESSENGER_ID', surface: handleSurface3(r, lang, obfuscate, false) };
    case 'HANDLE@':
      return { type: 'MESSENGER_ID', surface: handleSurface3(r, lang, obfuscate, true) };
    case 'SKYPEID':
      return { type: 'MESSENGER_ID', surface: skypeId(r, lang, obfuscate) };
    case 'DTAG':
      return { type: 'MESSENGER_ID', surface: discordName(r, lang, obfuscate) };
    case 'CARD':
      return { type: 'CREDIT_CARD', surface: card3(r, lang, obfuscate) };
    case 'IP':
      return { type: 'IP_ADDRESS', surface: ip3(r, lang, obfuscate) };
    case 'IBAN':
      return { type: 'IBAN', surface: iban3(r, obfuscate) };
    case 'MYNUM':
      return { type: 'JP_MY_NUMBER', surface: myNumber3(r, lang, obfuscate) };
    case 'RRN':
      return { type: 'KR_RRN', surface: rrn3(r, obfuscate) };
    default:
      return null;
  }
}

const OLDER_SLOTS3 = new Set(['EMAIL', 'PHONE', 'URL', 'HANDLE', 'HANDLE@', 'CARD', 'IP', 'IBAN', 'MYNUM', 'RRN']);
const ZW_RE = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/**
 * Whether an entity from the older generators fits this set: no written form outside the specification
 * (defanged schemes, dots as a bracketed symbol), no space at either end, no handle ending like a domain
 * name, and, when a disguise was asked for, a written form that differs from the plain one.
 */
function fits(e: Blind3Entity | null): e is Blind3Entity {
  if (!e) return false;
  const t = e.surface.text;
  if (/^\s|\s$/.test(t)) return false;
  if (e.surface.how === 'defanged scheme' || /hxxp/i.test(t)) return false;
  if (/\[\.\]|\(\.\)|（\.）/.test(t)) return false;
  const n = t.normalize('NFKC').replace(ZW_RE, '');
  if (e.type === 'MESSENGER_ID' && /\.[a-z]+$/i.test(n)) return false;
  if (e.surface.obfuscated) {
    if (e.type === 'EMAIL' && /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(t)) return false;
    if (e.type === 'PHONE' && /^\+?\d+$/.test(t)) return false;
  }
  return true;
}

/**
 * An entity for a slot of these templates, null for a filler slot. About 70 % of the older slots'
 * entities and all of the new slots' (MSGPHONE: a number given as a messenger account, SITE: a bare domain,
 * CHATLINK: a messenger link, SKYPEID, DTAG: a Discord name) come from the writers above; the rest from
 * entities.ts and templates-blind2.ts, drawn again from the writers above when they do not fit.
 */
export function blind3Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind3Entity | null {
  if (!OLDER_SLOTS3.has(slot)) return ownEntity3(r, lang, slot, obfuscate);
  // The older generators spell these in Japanese and Korean whatever the message's language.
  if ((slot === 'MYNUM' && lang !== 'ja') || (slot === 'RRN' && lang !== 'ko')) return ownEntity3(r, lang, slot, obfuscate);
  const roll = r.next();
  if (roll < 0.7) return ownEntity3(r, lang, slot, obfuscate);
  const e = roll < 0.85 ? entity(r, lang, slot, obfuscate) : blind2Entity(r, lang, slot, obfuscate);
  return fits(e) ? e : ownEntity3(r, lang, slot, obfuscate);
}

// ---- hard-negative fillers ---------------------------------------------------------------------

const GUARD3: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'CZ', 'GR', 'FI', 'SE', 'PT', 'AT', 'IE', 'BE', 'CH', 'DK', 'NO'];

function rrnValid(d: string): boolean {
  if (d.length !== 13) return false;
  const m = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (m < 1 || m > 12 || day < 1 || day > 31 || !/[1-8]/.test(d[6])) return false;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * w[i];
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** Whether a filler happens to hold a real entity (phone, card, My Number, RRN, IPv4, IBAN, email): such fillers are drawn again. */
function holdsEntity(s: string): boolean {
  const t = s.normalize('NFKC').replace(ZW_RE, '');
  if (/(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/.test(t)) return true;
  if (/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(t)) return true;
  for (const m of t.matchAll(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g)) if (mod97(m[0].slice(4) + m[0].slice(0, 4)) === 1) return true;
  for (const m of t.matchAll(/\+?\d(?:[ .\-/()–—]{0,2}\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (m[0].startsWith('+') && parsePhoneNumberFromString(m[0])?.isValid()) return true;
    if (d.length >= 13 && d.length <= 19 && luhn(d)) return true;
    if (d.length === 12 && myNumberCheckDigit(d) === d[11]) return true;
    if (rrnValid(d)) return true;
    if (d.length >= 8 && d.length <= 13) for (const region of GUARD3) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
  }
  return false;
}

function clean3(gen: () => string): string {
  for (let k = 0; k < 1000; k++) {
    const s = gen();
    if (!holdsEntity(s)) return s;
  }
  throw new Error('no clean filler');
}

const APPS: Record<Lang, string[]> = {
  en: ['LINE', 'Skype', 'Telegram', 'KakaoTalk', 'Kakao', 'WeChat', 'Instagram', 'IG', 'Facebook', 'Discord', 'insta', 'telegram', 'Line'],
  ja: ['LINE', 'ライン', 'スカイプ', 'Skype', 'テレグラム', 'カカオトーク', 'カカオ', 'WeChat', 'ウィーチャット', 'インスタ', 'インスタグラム', 'フェイスブック', 'Facebook', 'ディスコード', 'Discord'],
  ko: ['라인', 'LINE', '스카이프', '텔레그램', '텔레', '카톡', '카카오톡', '위챗', '인스타', '인스타그램', '페이스북', '페북', '디스코드', '디코'],
  ru: ['Лайн', 'LINE', 'Скайп', 'скайп', 'Телеграм', 'телега', 'ТГ', 'КакаоТок', 'Вичат', 'WeChat', 'Инстаграм', 'инста', 'Фейсбук', 'Дискорд', 'дискорд'],
  vi: ['Line', 'Skype', 'Telegram', 'Tele', 'Kakao', 'KakaoTalk', 'WeChat', 'Insta', 'Instagram', 'Facebook', 'FB', 'Face', 'Discord'],
};
const AT_APPS: Record<Lang, string[]> = {
  en: ['Telegram', 'Instagram', 'insta', 'TG', 'IG'],
  ja: ['テレグラム', 'インスタ', 'Telegram', 'Instagram'],
  ko: ['텔레그램', '인스타', '텔레', '인스타그램'],
  ru: ['Телеграм', 'Инстаграм', 'Тг', 'Инста'],
  vi: ['Telegram', 'Insta', 'Instagram', 'Tele'],
};
const PHONE_APPS: Record<Lang, string[]> = {
  en: ['WhatsApp', 'Viber', 'Zalo', 'Telegram', 'whatsapp'],
  ja: ['WhatsApp', 'ワッツアップ', 'バイバー', 'Viber', 'テレグラム'],
  ko: ['왓츠앱', '바이버', '잘로', '텔레그램', 'WhatsApp'],
  ru: ['WhatsApp', 'вотсап', 'ватсап', 'Вайбер', 'Телеграм', 'Зало'],
  vi: ['Zalo', 'zalo', 'WhatsApp', 'Viber', 'Telegram'],
};

const FILE_STEMS = ['week3_notes', 'answer_key_unit5', 'speaking_demo', 'flashcards', 'grades_term2', 'vocab_quiz', 'backup', 'lesson_plan', 'essay_v2', 'listening_part4', 'kanji_drill', 'mock_test_b'];
const FILE_EXTS = ['.zip', '.mov', '.md', '.py', '.sh', '.pdf', '.docx', '.mp4', '.zip', '.mov', '.md'];

const CLASSMATES3: Record<Lang, string[]> = {
  en: ['@Freya', '@sam_h', 'Poppy', '@george.p', '@Evie', 'Jacob', '@maya_07', '@dan'],
  ja: ['@はるか', '@yusuke', 'まな', '@kazuki_k', '@りく', 'ちひろ', '@asuka99', '@翼'],
  ko: ['@서현', '@minjae', '예린', '@hyunjin_', '@가은', '도현', '@sora_k', '@보라'],
  ru: ['@Влад', '@katya_f', 'Миша', '@Света', '@andrey', 'Оксана', '@igor_t', '@Лера'],
  vi: ['@Nam', '@hanh.ta', 'Sơn', '@Lan', '@kien_99', 'Nhi', '@Trung', '@My'],
};

const EXAMS3: Record<Lang, string[]> = {
  en: ['IELTS Academic', 'TOEFL iBT', 'Cambridge B2 First', 'SAT', 'Trinity ISE II'],
  ja: ['JLPT N2', '英検準1級', 'TOEIC L&R', '日本留学試験', 'IELTS'],
  ko: ['TOPIK II', '토익 스피킹', 'JLPT N3', '수능 영어', '텝스'],
  ru: ['ЕГЭ по английскому', 'ОГЭ', 'IELTS', 'ТРКИ-1', 'Cambridge C1'],
  vi: ['IELTS', 'TOEIC 4 kỹ năng', 'JLPT N3', 'VSTEP B2', 'HSK 4'],
};

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KANJI_NUM = (n: number): string => {
  const u = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return u[n];
  return (n >= 20 ? u[Math.floor(n / 10)] : '') + '十' + u[n % 10];
};

let lastMate = '';

/** Fillers for the slots of these templates (hard negatives and the messenger names); null for a slot it does not know. */
export function blind3Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  switch (slot) {
    case 'APP':
      return r.pick(APPS[lang]);
    case 'ATAPP':
      return r.pick(AT_APPS[lang]);
    case 'PAPP':
      return r.pick(PHONE_APPS[lang]);
    case 'FILELIKE':
      return r.pick(FILE_STEMS) + r.pick(FILE_EXTS);
    case 'LICENSE':
      return clean3(() => [...Array(5)].map(() => { let g = code(r, 5).toUpperCase(); if (!/[A-Z]/.test(g)) g = 'K' + g.slice(1); return g; }).join('-'));
    case 'TZ':
      return r.pick(['UTC+9', 'GMT+7', 'UTC−5', 'UTC+3', 'JST (UTC+9)', 'KST', 'ICT (GMT+7)', 'MSK (UTC+3)', 'CET (UTC+1)', 'UTC+09:00', 'GMT-8']);
    case 'CLOCKTIME': {
      const h = n(6, 22);
      const m = r.pick(['00', '15', '30', '45']);
      return r.pick(
        {
          en: [`${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? 'pm' : 'am'}`, `${h}:${m}`, `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`],
          ja: [`${h}時${m === '30' ? '半' : m === '00' ? '' : m + '分'}`, `${h}:${m}`, `午後${n(1, 9)}時`, `朝${n(6, 9)}時${m}分`],
          ko: [`오후 ${n(1, 9)}시${m === '30' ? ' 반' : ''}`, `${h}:${m}`, `아침 ${n(6, 9)}시 ${m}분`, `새벽 ${n(1, 4)}시`],
          ru: [`${h}:${m}`, `${n(6, 9)} утра`, `${n(1, 9)} вечера`, 'полночь'],
          vi: [`${h}h${m}`, `${n(6, 9)} giờ sáng`, `${h}:${m}`, `${n(6, 10)} giờ tối`],
        }[lang],
      );
    }
    case 'EXAMREF':
      return r.pick(EXAMS3[lang]);
    case 'SECTION': {
      const a = n(2, 14);
      const b = n(1, 9);
      return r.pick(
        {
          en: [`§${a}.${b}`, `chapter ${a}.${b}`, `unit ${a} (${b}${r.pick(['a', 'b', 'c'])})`, `section ${a}.${b}.${n(1, 5)}`],
          ja: [`第${a}章${b}節`, `§${a}.${b}`, `ユニット${a}`, `第${a}課`],
          ko: [`${a}장 ${b}절`, `§${a}.${b}`, `${a}과`, `${a}단원`],
          ru: [`§ ${a}.${b}`, `главы ${a}.${b}`, `урока ${a}`, `раздела ${a}.${b}.${n(1, 5)}`],
          vi: [`mục ${a}.${b}`, `chương ${a}`, `bài ${a}`, `phần ${a}.${b}.${n(1, 5)}`],
        }[lang],
      );
    }
    case 'BIGCOUNT': {
      const x = n(1200, 98000);
      return { en: x.toLocaleString('en-US'), ja: r.chance(0.5) ? x.toLocaleString('en-US') : `約${Math.round(x / 10000) || 1}万`, ko: x.toLocaleString('en-US'), ru: x.toLocaleString('ru-RU'), vi: x.toLocaleString('de-DE') }[lang];
    }
    case 'PLANPRICE':
      return r.pick(
        {
          en: [`$${n(9, 29)}.99/month`, `£${n(5, 19)}.99 a month`, `€${n(8, 25)}/mo`],
          ja: [`月額${n(1, 4)},${r.pick(['480', '980', '200', '500'])}円`, `年額${n(12, 39)},800円`],
          ko: [`월 ${n(9, 49)},900원`, `연 ${n(19, 39)}만 원`],
          ru: [`${n(4, 19)}90 ₽ в месяц`, `${n(1, 3)} ${n(1, 9)}90 ₽/мес`],
          vi: [`${n(99, 499)}.000đ/tháng`, `${n(1, 3)}.${n(1, 9)}90.000 VND/năm`],
        }[lang],
      );
    case 'LESSONPRICE':
      return r.pick(
        {
          en: [`$${n(18, 45)}`, `£${n(15, 40)} per hour`, `€${n(20, 50)}`],
          ja: [`${n(2, 6)},${r.pick(['000', '500'])}円`, `1回${n(2, 6)},000円`],
          ko: [`${n(25, 80)},000원`, `회당 ${n(3, 8)}만 원`],
          ru: [`${n(1, 3)} ${n(0, 9)}00 ₽`, `${n(12, 30)}00 руб. за урок`],
          vi: [`${n(150, 450)}.000đ`, `${n(2, 5)}00k/buổi`],
        }[lang],
      );
    case 'FWPRICE':
      return fullWidth(lang === 'ko' ? `${n(15, 60)},000원` : `${n(1, 9)},${r.pick(['500', '980', '000', '200'])}円`);
    case 'NUMWORD':
      return r.pick({ en: ['two', 'three', 'four', 'five', 'ten'], ja: ['二', '三', '四', '五', '十'], ko: ['오', '십', '십오', '이십'], ru: ['две', 'три', 'четыре'], vi: ['hai', 'ba', 'bốn', 'năm', 'mười'] }[lang]);
    case 'CLASSMATE': {
      // Two classmates in one message are two people.
      let who = r.pick(CLASSMATES3[lang]);
      while (who === lastMate) who = r.pick(CLASSMATES3[lang]);
      lastMate = who;
      return who;
    }
    case 'SCORE': {
      const x = n(62, 99);
      return r.pick(
        {
          en: [`${x}/100`, `Band ${r.pick(['6.5', '7.0', '7.5', '8.0'])}`, `${n(20, 30)}/30`, r.pick(['A-', 'B+', 'A'])],
          ja: [`${x}点`, `${n(20, 30)}/30`, `${r.pick(['A', 'B+', 'S'])}判定`],
          ko: [`${x}점`, `${n(5, 6)}급`, `${n(150, 200)}/200`],
          ru: [`${x} баллов`, `${n(4, 5)}`, `${n(20, 30)} из 30`],
          vi: [`${n(6, 9)}.${r.pick(['0', '5'])} điểm`, `${x}/100`, `${n(6, 9)} điểm`],
        }[lang],
      );
    }
    case 'DEVICE':
      return clean3(() =>
        r.pick([
          `MacBook Air M${n(1, 3)} (macOS ${n(13, 15)}.${n(0, 6)}.${n(1, 2)})`,
          `ThinkPad T14 Gen ${n(2, 5)}, Windows 11 ${n(22, 24)}H2`,
          `Chromebook, ChromeOS ${n(120, 130)}.0.${n(6000, 6999)}.${n(100, 250)}`,
          `Pixel ${n(6, 9)} (Android ${n(13, 15)}, build ${r.pick(['UP1A', 'TQ3A', 'AP2A'])}.${n(230101, 241231)}.${p2(n(1, 30))}${n(0, 9)})`,
          `iPad ${r.pick(['Air', 'mini', 'Pro'])} (iPadOS ${n(16, 18)}.${n(0, 6)}.${n(1, 2)})`,
          `Surface Pro ${n(7, 11)}, build ${n(19041, 26100)}.${n(1000, 4999)}`,
        ]),
      );
    case 'MATCH':
      return r.pick([`${n(0, 2)}:${n(3, 5)}`, `${n(0, 1)}-${n(2, 4)}`, `${n(88, 99)}–${n(100, 112)}`, `${n(1, 2)}-${n(3, 4)} (${n(21, 25)}-${n(26, 28)})`]);
    case 'MASKED':
      return r.pick(
        {
          en: ['[contact removed]', '***', '[hidden by the app]', '•••• •••• ••••', '***-***-****'],
          ja: ['[連絡先は非表示]', '***', '●●●-●●●●-●●●●', '＊＊＊＊', '[非表示]'],
          ko: ['[숨김 처리됨]', '***-****-****', '●●●●', '[연락처 삭제됨]', '***'],
          ru: ['[скрыто]', '***', '+7 *** ***-**-**', '[контакт удалён]', '•••••'],
          vi: ['[đã ẩn]', '***', '09** *** ***', '[liên hệ bị xoá]', '•••••'],
        }[lang],
      );
    case 'TECH':
      return r.pick(['Node.js', 'Vue.js', 'Chart.js', 'Three.js', 'Python 3.12', 'React 18.3', 'Next.js 14', 'Flutter 3.22', 'D3.js', 'Express.js']);
    case 'BOOKREF':
      return [...Array(6)].map(() => r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join('');
    case 'ISOTIME': {
      const y = n(2025, 2026);
      const m = n(1, 12);
      const d = n(1, 28);
      const hh = p2(n(5, 23));
      const mm = p2(n(0, 59));
      return r.pick([`${y}-${p2(m)}-${p2(d)}T${hh}:${mm}`, `${y}-${p2(m)}-${p2(d)} ${hh}:${mm}`, { en: `${MONTH_EN[m - 1]} ${d}, ${hh}:${mm}`, ja: `${m}/${d} ${hh}:${mm}`, ko: `${m}/${d} ${hh}:${mm}`, ru: `${d} ${MONTH_RU[m - 1]} в ${hh}:${mm}`, vi: `${hh}h${mm} ngày ${d}/${m}` }[lang]]);
    }
    case 'HEX':
      return '#' + hex(r, 6).toUpperCase();
    case 'COMMIT':
      return clean3(() => {
        const h = hex(r, r.pick([7, 8, 10]));
        return /[a-f]/.test(h) ? h : 'a' + h.slice(1);
      });
    case 'FRACTION':
      return r.pick(['2/3', '3/4', '4/5', '80%', '9/10', '7/12']);
    case 'RESOLUTION':
      return r.pick(['1366×768', '1280x720', '1920 x 1080', '2560×1600', '1440×900', '3840x2160']);
    case 'MAKEUPDATE': {
      const m = n(1, 12);
      const d = n(1, 28);
      const wd = n(0, 6);
      return r.pick(
        {
          en: [`${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][wd]} ${m}/${d}`, `${MONTH_EN[m - 1]} ${d}`, `${d} ${MONTH_EN[m - 1]}`],
          ja: [`${KANJI_NUM(m)}月${KANJI_NUM(d)}日（${'日月火水木金土'[wd]}）`, `${m}/${d}（${'日月火水木金土'[wd]}）`, '来週の木曜'],
          ko: [`${m}월 ${d}일(${'일월화수목금토'[wd]})`, '다음 주 목요일', `${m}/${d} ${'일월화수목금토'[wd]}요일`],
          ru: [`${p2(d)}.${p2(m)} (${['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'][wd]})`, `${d} ${MONTH_RU[m - 1]}`, `четверг, ${d}-е`],
          vi: [`thứ Năm ${d}/${m}`, `ngày ${d} tháng ${m}`, `${p2(d)}/${p2(m)}`],
        }[lang],
      );
    }
    default:
      return null;
  }
}
