/**
 * Second blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carry `split: "heldout"`; they replaced the blind set of 2 December
 * (templates-blind.ts), which is a development set now.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages
 * (greetings, complaints about the platform fee, several contact details in one message, line breaks,
 * emoji, slang names of the messengers in every script). Its own entity generators (`blind2Entity`: about
 * 60 % of the entities in the older slots and all in the new ones; the rest from entities.ts and
 * templates-blind.ts): phone numbers of more
 * regions and written forms (Japanese brackets, German slashes, dotted Vietnamese groups, EU numbers in
 * international form, landlines), drawn at random and kept only when libphonenumber-js says they are
 * valid; messenger links (invite links, wa.me with text, open chat links) and websites of other shapes
 * (IDN hosts, new gTLDs, short links); cards of more networks (Luhn), IPv4/IPv6 of more shapes, IBANs of
 * more countries (mod 97), My Numbers and resident registration numbers with their check digits. The
 * disguises stay within what the detector is specified to see through, in written forms the older
 * generators do not use: at/dot words inside brackets of every kind (full-width ones too), half-width
 * katakana, capitalised words, one word with the other mark left as is; digits spelled in each language
 * mixed digit by digit with written ones; dot words and dash-like characters between digit groups;
 * full width on random characters only; zero-width characters between every digit; look-alike letters
 * in top-level domains and link hosts; spaces around the separators of emails and links. Hard negatives
 * (`blind2Filler`) are full of look-alikes: lesson and ticket numbers, timetable rows, chapter and page
 * references, bill splits, body and paper measurements, placeholder and invalid phone-like numbers,
 * masked card numbers, equations, year ranges, train and seat numbers, score lines, versions, video
 * timestamps, discount codes, room numbers, @-mentions of classmates, messengers named with no handle,
 * and the at/dot words used in their everyday sense (a dog, a point of view, grading, polka dots).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, entity, fullWidth, luhn, luhnComplete, myNumberCheckDigit, type Lang, type Surface } from './entities.js';
import { blindEntity } from './templates-blind.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND2_POSITIVE: Record<Lang, string[]> = {
  en: [
    'hey!! can we talk outside the app? my number is {PHONE} 📱 text me first pls',
    'Teacher, I sent the essay to your gmail but it bounced 😭 is it {EMAIL}?',
    'ok so the platform takes 30%... just add me on whatsapp {WAPHONE} and we can do weekly lessons for $20',
    'I made a group for the IELTS kids → {MLINK}\njoin before Friday!',
    'my Discord is {HANDLE} if u wanna practice speaking tonight',
    "Can I pay you directly? Here's my card so you can charge it: {CARD} (exp 11/27, cvv in next msg)",
    'For the transfer use\n{IBAN}\nref: lessons Nov',
    'I built my own booking page, {URL} , you can schedule there without fees',
    'snap is blocked here so insta it is: {HANDLE@}',
    'Emergency contact (my mum): {PHONE}\nmy email: {EMAIL}',
    "the remote desktop thing needs my IP? it's {IP}",
    'Skype: {HANDLE}\nphone: {PHONE}\nmail: {EMAIL}\nany works ✌️',
    'The agency in Tokyo asked for my My Number for payroll, it is {MYNUM} - is it safe to send here?',
    "Sorry I'm late!! Telegram me instead: {HANDLE@} — this chat lags so bad",
    'found the teacher edition pdf lol {URL}',
    'Viber {WAPHONE} (same number on WhatsApp)',
    "LINE ID → {HANDLE} (I'm in Osaka till March)",
    "Hi, it's Sam's dad. Please send the invoices to {EMAIL} and call me on {PHONE} if anything comes up.",
    'WeChat ID: {HANDLE}, my students in Shanghai all use it',
    'the vocab bot runs on my server {IP}, ping me on Discord ({HANDLE}) if it dies',
  ],
  ja: [
    '先生〜！このアプリ通知こないので、LINEで話しませんか？ID：{HANDLE}',
    '電話番号です👉{PHONE}\n平日の19時以降なら出られます',
    '資料はこちらからダウンロードできます🙆‍♀️ {URL}',
    'メアド変わりました！ {EMAIL} です。よろしくお願いします🙇',
    'グループ作ったので入ってください→ {MLINK}',
    '源泉徴収の手続きに必要なので、個人番号（マイナンバー）を送ります：{MYNUM}',
    'クレカで先払いします。{CARD} 有効期限は03/29です',
    '海外送金の場合はこちらの口座へ\n{IBAN}',
    'インスタのアカウント {HANDLE@} フォローしてね✨',
    'ワッツアップは {WAPHONE} です、今ドイツにいるので',
    'ディスコードのID {HANDLE} で探してください～',
    '自宅サーバーのアドレスは {IP} です。つながらなかったら教えて',
    'スカイプ：{HANDLE}\nメール：{EMAIL}\nどちらでも大丈夫です',
    'テレグラムやってます？ {HANDLE@} です',
    '急ぎの連絡は {PHONE}（携帯）か {EMAIL} までお願いします',
    '個人レッスンのHP作りました → {URL} 手数料がかからないのでこっちで予約してもらえると助かります',
    'カカオトークのIDは {HANDLE} だよ〜韓国の友達に教わった',
    'フェイスブックで {HANDLE} って検索したら出てきます',
    'バイバーの番号：{WAPHONE}',
    'マイナンバーカードの番号、{MYNUM} で合ってますか？書類に書くので確認お願いします',
  ],
  ko: [
    '쌤 여기 수수료 너무 비싸요ㅠㅠ 카톡 아이디 {HANDLE} 로 연락 주세요!',
    '제 폰 번호 {PHONE} 이에요~ 문자 먼저 주세요 ㅎㅎ',
    '숙제 파일 {EMAIL} 으로 보냈어요 확인 부탁드려요🙏',
    '오픈톡 만들었어요 {MLINK} 여기로 들어오세요!',
    '연말정산 때문에 주민번호 필요하시다고 해서요: {RRN}',
    '카드 결제할게요 {CARD} 유효기간 08/28',
    '해외 송금 계좌(IBAN): {IBAN}',
    '인스타 {HANDLE@} 팔로우 해 주세요 매일 단어 올려요',
    '왓츠앱 번호 {WAPHONE} 이에요 지금 독일이라',
    '디스코드 {HANDLE} 추가해 주세요!! 스터디 방 있어요',
    '게임 서버 IP {IP} 로 들어오면 돼요',
    '라인: {HANDLE}\n이메일: {EMAIL}',
    '텔레그램 {HANDLE@} 으로 메시지 주세요, 여긴 잘 안 봐요',
    '제 블로그에 자료 다 있어요 {URL}',
    '학원 사무실 {PHONE}, 원장님 메일 {EMAIL}',
    '계약서에 넣을 주민등록번호예요 {RRN} 확인 부탁드려요',
    '스카이프 아이디는 {HANDLE} 입니다',
    '위챗 ID {HANDLE} / 바이버 {WAPHONE}',
    '페이스북 메신저로 연락 주세요 {HANDLE}',
    '잘로 번호는 {PHONE} (베트남 친구가 알려줬어요)',
  ],
  ru: [
    'Здравствуйте! Давайте перейдём в телеграм, мой ник {HANDLE@}',
    'Мой номер {PHONE}, звоните после шести',
    'Скиньте, пожалуйста, задание на {EMAIL} 🙏',
    'Вот ссылка на наш чат: {MLINK}',
    'Оплачу напрямую, карта {CARD}, срок 07/27',
    'Для перевода из Европы:\n{IBAN}\nполучатель Ирина В.',
    'Мой сайт с материалами {URL} — там можно записаться без комиссии',
    'Вотсап {WAPHONE}, вайбер на том же номере',
    'Инстаграм: {HANDLE@} 📸',
    'Ник в Дискорде {HANDLE}, добавляйтесь',
    'IP сервера для практики: {IP}, логин дам на уроке',
    'Скайп {HANDLE}\nпочта {EMAIL}\nтелефон {PHONE}',
    'Лайн у меня тоже есть, айди {HANDLE}',
    'Если не дозвонитесь на {PHONE}, пишите на {EMAIL}',
    'Канал с разборами ошибок: {URL}',
    'вичат {HANDLE} (для студентов из Китая)',
    'фейсбук {HANDLE}, там удобнее переписываться',
    'Телега: {HANDLE@}',
    'Какао ток {HANDLE}, я сейчас в Сеуле',
  ],
  vi: [
    'Cô ơi mình kết bạn Zalo nói chuyện cho tiện nha, Zalo em {PHONE}',
    'sđt của em {PHONE} ạ, thầy gọi giờ nào cũng được',
    'Em gửi bài luận qua mail {EMAIL} rồi, cô check giúp em với 🥺',
    'Nhóm học chung nè mọi người ơi 👉 {MLINK}',
    'Em trả bằng thẻ nha thầy: {CARD}, hết hạn 12/26',
    'Số tài khoản quốc tế (IBAN) của cô: {IBAN}',
    'Trang web riêng của thầy {URL} , đặt lịch ở đây khỏi mất phí sàn',
    'WhatsApp của mình: {WAPHONE}',
    'Insta: {HANDLE@} ❤️ follow lại nha',
    'Discord mình là {HANDLE}, tối nay vào luyện nói không?',
    'IP máy chủ của lớp là {IP}',
    'Skype {HANDLE} — Email {EMAIL} — ĐT {PHONE}',
    'Telegram: {HANDLE@}\nViber: {WAPHONE}',
    'Nếu cần gấp thì gọi văn phòng {PHONE} hoặc email {EMAIL} nhé',
    'Link tài liệu nè {URL}',
    'Facebook: {HANDLE} (avatar áo vàng)',
    'Kakao của em là {HANDLE} ạ, em đang ở Hàn',
    'LINE ID: {HANDLE}, tháng sau em qua Nhật',
    'WeChat {HANDLE} nha cô',
  ],
};

export const BLIND2_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Lesson {LESSONNO} recap: we covered {CHAPTER}. Homework is {CHAPTER} 📚',
    "I can't do LINE or WhatsApp sorry, my parents check my phone 😅 let's stay on here",
    'Timetable for next week:\n{TIMETABLE}',
    'We paid {BILL} for the group class, so that is fair',
    'The example in the textbook is {FAKEPHONE}, but that is not a real number right?',
    "Meet at the library at 5? I'll be in {ROOMNO}. And please dot your i's in the essay lol",
    '{MENTIONED} you got {SCORELINE} on the mock, amazing!!',
    'My support ticket is {TICKET}, they said the refund takes 5-7 days',
    'Can you check this one: {MATH} ?',
    'I worked in Seoul {YEARS} and then moved to Hanoi',
    'Paid with the card ending {MASKEDCARD}, the receipt says {BILL}',
    'My train leaves {TRAIN}, so I will join from my phone if the wifi holds',
    'Describing ourselves homework: I am {BODY} and I have a dog called Dot 🐶',
    'Updated the app to {VERSIONX}, the mic works now 🎉 see you at {TIME}',
    'The answer is in the video at {CLOCK}, and the second one around {CLOCK}',
    'Use code {DISCOUNT} at checkout, it is 20% off this month',
  ],
  ja: [
    '第{LESSONNO}回のまとめ：{CHAPTER}をやりました。宿題は{CHAPTER}です📚',
    'すみません、LINEは親に止められてるので、ここでお願いします🙏',
    '来週の時間割です\n{TIMETABLE}',
    'グループレッスン代、{BILL}でした',
    '教科書の例の {FAKEPHONE} って実在する番号じゃないですよね？',
    'アットホームな雰囲気の教室でした！明日は{ROOMNO}です',
    '{MENTIONED} さん模試{SCORELINE}すごい！！',
    'サポートの問い合わせ番号は{TICKET}です。返金は1週間ほどかかるそうです',
    'この問題わかりません：{MATH}',
    '{YEARS}は大阪に住んでいました',
    '末尾{MASKEDCARD}のカードで払いました。領収書は{BILL}です',
    '{TRAIN}なので、移動中にスマホから参加します',
    '自己紹介の宿題：身長は{BODY}です。ドット柄のシャツが好きです',
    'アプリを{VERSIONX}に更新したらマイクが直りました🎉 {TIME}にお願いします',
    '答えは動画の{CLOCK}あたり、もう一つは{CLOCK}です',
    'クーポンコード{DISCOUNT}で今月20%オフだそうです',
  ],
  ko: [
    '{LESSONNO}회차 정리: {CHAPTER} 했어요. 숙제는 {CHAPTER}예요📚',
    '카톡은 부모님이 보셔서 안 돼요ㅠ 그냥 여기서 해요',
    '다음 주 시간표예요\n{TIMETABLE}',
    '그룹 수업비 {BILL} 냈어요',
    '교재 예문에 나온 {FAKEPHONE} 진짜 번호 아니죠?',
    '점심 먹고 {ROOMNO}에서 만나요! 지난번 시험 85점 받았어요',
    '{MENTIONED} 모의고사 {SCORELINE} 대박!!',
    '고객센터 문의 번호 {TICKET}이고 환불은 일주일 걸린대요',
    '이 문제 모르겠어요: {MATH}',
    '{YEARS} 동안 부산에 살았어요',
    '끝자리 {MASKEDCARD} 카드로 결제했어요. 영수증 {BILL}',
    '{TRAIN}이라 이동 중에 폰으로 들어갈게요',
    '자기소개 숙제: 키는 {BODY}이고 장점은 성실함이에요',
    '앱을 {VERSIONX}로 업데이트하니까 마이크 돼요🎉 {TIME}에 봬요',
    '정답은 영상 {CLOCK}쯤, 두 번째는 {CLOCK}에 나와요',
    '쿠폰 코드 {DISCOUNT} 쓰면 이번 달 20% 할인이래요',
  ],
  ru: [
    'Итоги урока {LESSONNO}: прошли {CHAPTER}. Домашка — {CHAPTER} 📚',
    'В вотсапе и телеге меня нет, давайте здесь, так проще',
    'Расписание на следующую неделю:\n{TIMETABLE}',
    'За групповое занятие заплатили {BILL}',
    'В учебнике пример номера {FAKEPHONE}, он же ненастоящий?',
    'С моей точки зрения, точка с запятой тут не нужна. Встречаемся в {ROOMNO}',
    '{MENTIONED}, у тебя {SCORELINE} за пробник, круто!!',
    'Номер обращения в поддержку {TICKET}, возврат до 7 дней',
    'Не получается решить: {MATH}',
    '{YEARS} жила в Казани, потом переехала',
    'Оплатила картой с окончанием {MASKEDCARD}, в чеке {BILL}',
    'У меня {TRAIN}, подключусь с телефона',
    'Домашнее задание «о себе»: рост {BODY}, у меня есть собака Жучка 🐶',
    'Обновила приложение до {VERSIONX}, микрофон заработал 🎉 до встречи в {TIME}',
    'Ответ в видео на {CLOCK}, второй — около {CLOCK}',
    'Промокод {DISCOUNT} даёт скидку 20% в этом месяце',
  ],
  vi: [
    'Tóm tắt buổi {LESSONNO}: học {CHAPTER}. Bài tập về nhà là {CHAPTER} 📚',
    'Em không dùng Zalo với Messenger đâu ạ, mình học trên đây thôi cô',
    'Lịch học tuần sau nè\n{TIMETABLE}',
    'Lớp nhóm đóng {BILL} nha mọi người',
    'Số {FAKEPHONE} trong sách là số ví dụ thôi đúng không thầy?',
    'Cô chấm bài xong rồi, nhớ thêm dấu chấm cuối câu nha. Mai học ở {ROOMNO}',
    '{MENTIONED} thi thử được {SCORELINE} đỉnh quá!!',
    'Mã yêu cầu hỗ trợ của em là {TICKET}, hoàn tiền mất 7 ngày',
    'Bài này giải sao vậy thầy: {MATH}',
    'Em sống ở Đà Nẵng {YEARS} rồi mới vào Sài Gòn',
    'Em trả bằng thẻ đuôi {MASKEDCARD}, hoá đơn {BILL}',
    'Em đi {TRAIN} nên vào học bằng điện thoại nha',
    'Bài giới thiệu bản thân: em cao {BODY}, thích áo chấm bi',
    'Cập nhật app lên {VERSIONX} là mic chạy rồi 🎉 hẹn cô lúc {TIME}',
    'Đáp án ở phút {CLOCK} trong video, câu hai khoảng {CLOCK}',
    'Nhập mã {DISCOUNT} được giảm 20% tháng này',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const ALNUM = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(ALNUM)).join('');

/** Cuts a string of digits into groups of the given sizes (the rest, if any, in one more group). */
function cut(s: string, groups: number[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const g of groups) {
    if (k >= s.length) break;
    out.push(s.slice(k, k + g));
    k += g;
  }
  if (k < s.length) out.push(s.slice(k));
  return out;
}

/** Full width on some characters only, drawn at random (at least one). */
function fullWidthSome(r: Rng, s: string, which: RegExp = /[!-~]/): string {
  const chars = [...s];
  const idx = chars.map((c, i) => (which.test(c) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return fullWidth(s);
  const chosen = new Set<number>();
  const n = Math.max(1, Math.floor(idx.length * (0.3 + 0.4 * r.next())));
  while (chosen.size < n) chosen.add(r.pick(idx));
  const out = chars.map((c, i) => (chosen.has(i) ? fullWidth(c) : c)).join('');
  return out === s ? fullWidth(s) : out;
}

/** A zero-width character after every character of the given class (not after the last one). */
function zeroWidthEvery(r: Rng, s: string, after: RegExp): string {
  const chars = [...s];
  const one = r.chance(0.6) ? r.pick(ZW) : null;
  let out = '';
  let put = 0;
  chars.forEach((c, i) => {
    out += c;
    if (i < chars.length - 1 && after.test(c)) {
      out += one ?? r.pick(ZW);
      put++;
    }
  });
  if (put === 0) return chars[0] + r.pick(ZW) + chars.slice(1).join('');
  return out;
}

/** Cyrillic and Greek look-alikes of Latin letters. */
const LOOK: Record<string, string[]> = {
  a: ['а'],
  c: ['с'],
  e: ['е'],
  i: ['і', 'ι'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  v: ['ν'],
  h: ['һ'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
};

/** Swaps one or two letters between from and to (code-point indices) for look-alikes; n is how many. */
function lookAlike(r: Rng, s: string, from = 0, to = Infinity): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < Math.min(to, chars.length); i++) if (LOOK[chars[i]]) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  const n = r.int(1, Math.min(2, idx.length));
  const done = new Set<number>();
  while (done.size < n) {
    const i = r.pick(idx);
    if (done.has(i)) continue;
    done.add(i);
    chars[i] = r.pick(LOOK[chars[i]]);
  }
  return { text: chars.join(''), n };
}

// ---- names -------------------------------------------------------------------------------------

const PEOPLE2: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['hannah', 'ethan', 'sophie', 'ryan', 'megan', 'luke', 'isla', 'owen', 'ruby', 'adam', 'nina', 'leo'], f: ['morgan', 'baker', 'cooper', 'ward', 'palmer', 'fisher', 'gray', 'ellis', 'hunt', 'lloyd'] },
  ja: { g: ['tomoya', 'saki', 'kenta', 'yuna', 'shota', 'airi', 'naoki', 'mio', 'koji', 'emi'], f: ['aoki', 'matsumoto', 'yamada', 'sasaki', 'yamaguchi', 'abe', 'ishikawa', 'hasegawa', 'kondo', 'endo'] },
  ko: { g: ['minseo', 'jaehyun', 'subin', 'woojin', 'dahye', 'hyejin', 'sungmin', 'eunbi', 'jinwoo', 'nari'], f: ['yang', 'moon', 'son', 'bae', 'heo', 'noh', 'jeon', 'gong', 'byun', 'chae'] },
  ru: { g: ['anton', 'marina', 'roman', 'tatiana', 'oleg', 'natalia', 'denis', 'yulia', 'gleb', 'lidia'], f: ['smirnova', 'kovalev', 'morozova', 'volkova', 'nikolaev', 'medvedev', 'zhukov', 'romanova', 'belov', 'antonova'] },
  vi: { g: ['thanh', 'huong', 'khoa', 'diep', 'phuc', 'ngan', 'tam', 'loan', 'vinh', 'uyen'], f: ['vo', 'huynh', 'luong', 'quach', 'kieu', 'chu', 'doan', 'trieu', 'tong', 'khuc'] },
};
const SUFFIX: Record<Lang, string[]> = {
  en: ['eng', 'tutor', 'speaks', 'ielts', 'teach'],
  ja: ['nihongo', 'sensei', 'eigo', 'jp', 'study'],
  ko: ['hangul', 'ssem', 'kor', 'study', 'eng'],
  ru: ['rus', 'eng', 'teacher', 'lingvo', 'tutor'],
  vi: ['tienganh', 'hoc', 'vn', 'english', 'ielts'],
};

/** A handle; dots only before digits, so that no handle ends like a domain name. */
function handle2(r: Rng, lang: Lang): string {
  const g = r.pick(PEOPLE2[lang].g);
  const f = r.pick(PEOPLE2[lang].f);
  const s = r.pick(SUFFIX[lang]);
  switch (r.int(0, 8)) {
    case 0:
      return `${g}_${f}`;
    case 1:
      return `${g}.${f}${r.int(1, 99)}`;
    case 2:
      return `${s}_with_${g}`;
    case 3:
      return `${f}${g}${p2(r.int(0, 99))}`;
    case 4:
      return `${g}${s}`;
    case 5:
      return `${g}__${r.int(1990, 2011)}`;
    case 6:
      return `${g[0]}${f}_${s}`;
    case 7:
      return `${f}.${g}.${r.int(1, 9)}`;
    default:
      return `${g}_${f}_${r.int(10, 99)}`;
  }
}

// ---- emails ------------------------------------------------------------------------------------

const MAIL2: Record<Lang, string[]> = {
  en: ['googlemail.com', 'hey.com', 'tutanota.com', 'zoho.com', 'msn.com', 'comcast.net', 'free.fr', 'libero.it', 't-online.de', 'yahoo.co.uk', 'gmail.com', 'outlook.com'],
  ja: ['yahoo.co.jp', 'so-net.ne.jp', 'plala.or.jp', 'gmail.com', 'docomo.ne.jp', 'outlook.jp', 'nifty.com', 'icloud.com'],
  ko: ['naver.com', 'hanmail.net', 'nate.com', 'gmail.com', 'yonsei.ac.kr', 'kaist.ac.kr', 'daum.net'],
  ru: ['yandex.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'ya.ru', 'spbu.ru', 'gmail.com', 'rambler.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'hust.edu.vn', 'ueh.edu.vn', 'ymail.com', 'outlook.com', 'hotmail.com'],
};

function address2(r: Rng, lang: Lang): { local: string; domain: string } {
  const g = r.pick(PEOPLE2[lang].g);
  const f = r.pick(PEOPLE2[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${f}${p2(r.int(0, 99))}`, `${f}_${g}`, `${g}.${r.pick(SUFFIX[lang])}`, `${g}${r.int(1, 999)}`, `hello.${g}`, `${g[0]}${f}.${r.int(1985, 2008)}`, `${g}-${r.pick(SUFFIX[lang])}`]);
  return { local, domain: r.pick(MAIL2[lang]) };
}

/** At and dot words of each language, in several spellings. */
const ATW: Record<Lang, string[]> = {
  en: ['at', 'AT', 'At'],
  ja: ['アット', 'あっと', 'ｱｯﾄ', 'アットマーク'],
  ko: ['골뱅이', '앳', '엣'],
  ru: ['собака', 'собачка', 'СОБАКА'],
  vi: ['a còng', 'A còng', 'a cong', 'A CÒNG'],
};
const DOTW: Record<Lang, string[]> = {
  en: ['dot', 'DOT', 'Dot'],
  ja: ['ドット', 'どっと', 'ﾄﾞｯﾄ'],
  ko: ['점', '닷', '쩜'],
  ru: ['точка', 'ТОЧКА', 'тчк'],
  vi: ['chấm', 'cham', 'CHẤM'],
};
const BRACKETS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
  ['（', '）'],
  ['［', '］'],
  ['【', '】'],
  ['', ''],
];

/** A word for at or dot, in a bracket style and with a spacing, the same style for both in one address. */
function wrapper(r: Rng, lang: Lang): (w: string) => string {
  const [o, c] = r.pick(BRACKETS);
  const cjk = lang === 'ja' || lang === 'ko';
  // Bare words need spaces around them, except in Japanese and Korean, where they are often run in.
  const out = o ? r.pick(['', ' ', ' ']) : cjk ? r.pick(['', ' ']) : ' ';
  const inner = o && r.chance(0.25) ? ' ' : '';
  // Latin words run into Latin names could not be read back: those always get spaces.
  return (w) => {
    const o2 = !o && /[A-Za-z]/.test(w) ? ' ' : out;
    return `${o2}${o}${inner}${w}${inner}${c}${o2}`;
  };
}

function email2(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { local, domain } = address2(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.1) ? addr[0].toUpperCase() + addr.slice(1) : addr, obfuscated: false };
  const way = r.int(0, 9);
  const labels = domain.split('.');
  if (way <= 2) {
    // Both marks written as words, in brackets of one style; sometimes the words of another language.
    const w = wrapper(r, lang);
    const other = lang !== 'en' && r.chance(0.2);
    const at = r.pick(other ? ATW.en : ATW[lang]);
    const dot = r.pick(other ? DOTW.en : DOTW[lang]);
    return { text: `${local}${w(at)}${labels.join(w(dot))}`, obfuscated: true, how: 'at-dot words in brackets' };
  }
  if (way === 3) {
    // Only one of the two written as a word.
    const w = wrapper(r, lang);
    if (r.chance(0.5)) return { text: `${local}${w(r.pick(ATW[lang]))}${domain}`, obfuscated: true, how: 'at word only' };
    return { text: `${local}@${labels.join(w(r.pick(DOTW[lang])))}`, obfuscated: true, how: 'dot word only' };
  }
  if (way === 4) {
    const sp = () => r.pick([' ', '  ', ' ']);
    const forms = [`${local}${sp()}@${sp()}${labels.join(`${sp()}.${sp()}`)}`, `${local}@${labels.join(' .')}`, `${local} @${labels.join('. ')}`, `${local}@${labels.slice(0, -1).join('.')} . ${labels[labels.length - 1]}`];
    return { text: r.pick(forms), obfuscated: true, how: 'split by spaces around the marks' };
  }
  if (way === 5) {
    const form = r.int(0, 2);
    if (form === 0) return { text: `${local}＠${labels.join('．')}`, obfuscated: true, how: 'full-width marks' };
    if (form === 1) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    return { text: fullWidthSome(r, addr), obfuscated: true, how: 'full width on random characters' };
  }
  if (way === 6) {
    // Look-alikes in the domain name (the provider or the top-level domain).
    const at = r.chance(0.5) ? labels.length - 1 : 0;
    const l = lookAlike(r, labels[at]);
    if (l.n > 0) {
      const ls = [...labels];
      ls[at] = l.text;
      return { text: `${local}@${ls.join('.')}`, obfuscated: true, how: 'look-alikes in the domain' };
    }
    const m = lookAlike(r, local);
    if (m.n > 0) return { text: `${m.text}@${domain}`, obfuscated: true, how: 'look-alikes in the local part' };
  }
  if (way === 7) return { text: zeroWidthEvery(r, addr, r.chance(0.5) ? /[@.]/ : /[^@.]/), obfuscated: true, how: 'zero-width characters throughout' };
  if (way === 8) {
    // At word with full-width letters in the local part.
    const w = wrapper(r, lang);
    return { text: `${fullWidth(local)}${w(r.pick(ATW[lang]))}${domain}`, obfuscated: true, how: 'full-width local part with at word' };
  }
  // A dot word in the local part as well, as some people write every mark out.
  const w = wrapper(r, lang);
  const dotw = r.pick(DOTW[lang]);
  const l = local.includes('.') ? local.split('.').join(w(dotw)) : local;
  return { text: `${l}${w(r.pick(ATW[lang]))}${labels.join(w(dotw))}`, obfuscated: true, how: 'every mark written out' };
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape2 {
  region: CountryCode;
  cc: string;
  /** Trunk prefix of the national form ('' when there is none). */
  trunk: string;
  /** The national significant number (no trunk prefix, no country code). */
  sig: (r: Rng) => string;
  /** National written forms, from the national digits (trunk prefix included); none: written internationally only. */
  nat: ((n: string) => string)[];
  /** International written forms, from the significant number. */
  intl: ((s: string) => string)[];
  /** Groups of the national digits, for the disguises. */
  groups: (n: string) => number[];
}

const j = (s: string, sizes: number[], sep: string) => cut(s, sizes).join(sep);
const dig = (r: Rng, n: number) => r.digits(n);

const SHAPES2: Record<string, Shape2> = {
  JP_MOB: {
    region: 'JP',
    cc: '81',
    trunk: '0',
    sig: (r) => r.pick(['90', '80', '70']) + r.int(1, 9) + dig(r, 7),
    nat: [(n) => `${n.slice(0, 3)}(${n.slice(3, 7)})${n.slice(7)}`, (n) => j(n, [3, 4, 4], ' '), (n) => j(n, [3, 4, 4], '-'), (n) => `(${n.slice(0, 3)})${n.slice(3, 7)}-${n.slice(7)}`],
    intl: [(s) => `+81 ${j(s, [2, 4, 4], ' ')}`, (s) => `+81${j(s, [2, 4, 4], '-')}`, (s) => `+81 ${s}`],
    groups: () => [3, 4, 4],
  },
  JP_LAND: {
    region: 'JP',
    cc: '81',
    trunk: '0',
    sig: (r) => r.pick(['3', '6']) + r.int(2, 9) + dig(r, 7),
    nat: [(n) => `${n.slice(0, 2)}(${n.slice(2, 6)})${n.slice(6)}`, (n) => j(n, [2, 4, 4], '-'), (n) => j(n, [2, 4, 4], ' ')],
    intl: [(s) => `+81 ${j(s, [1, 4, 4], ' ')}`, (s) => `+81-${j(s, [1, 4, 4], '-')}`],
    groups: () => [2, 4, 4],
  },
  JP_LAND3: {
    region: 'JP',
    cc: '81',
    trunk: '0',
    sig: (r) => r.pick(['45', '52', '92', '11', '75', '78']) + r.int(2, 9) + dig(r, 6),
    nat: [(n) => `${n.slice(0, 3)}(${n.slice(3, 6)})${n.slice(6)}`, (n) => j(n, [3, 3, 4], '-')],
    intl: [(s) => `+81 ${j(s, [2, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  KR_MOB: {
    region: 'KR',
    cc: '82',
    trunk: '0',
    sig: (r) => '10' + r.int(2, 9) + dig(r, 7),
    nat: [(n) => j(n, [3, 4, 4], '.'), (n) => j(n, [3, 4, 4], ' '), (n) => j(n, [3, 4, 4], '-'), (n) => n],
    intl: [(s) => `+82 ${j(s, [2, 4, 4], ' ')}`, (s) => `+82-${j(s, [2, 4, 4], '-')}`, (s) => `+82 ${j(s, [2, 8], '-')}`, (s) => `+82${s}`],
    groups: () => [3, 4, 4],
  },
  KR_LAND: {
    region: 'KR',
    cc: '82',
    trunk: '0',
    sig: (r) => r.chance(0.5) ? '2' + r.int(2, 9) + dig(r, 7) : r.pick(['31', '32', '51', '53', '62']) + r.int(2, 9) + dig(r, 6),
    nat: [(n) => (n.startsWith('02') ? j(n, [2, 4, 4], '-') : j(n, [3, 3, 4], '-')), (n) => (n.startsWith('02') ? `(${n.slice(0, 2)}) ${j(n.slice(2), [4, 4], '-')}` : `(${n.slice(0, 3)}) ${j(n.slice(3), [3, 4], '-')}`)],
    intl: [(s) => `+82 ${s.startsWith('2') ? j(s, [1, 4, 4], ' ') : j(s, [2, 3, 4], ' ')}`],
    groups: (n) => (n.startsWith('02') ? [2, 4, 4] : [3, 3, 4]),
  },
  VN_MOB: {
    region: 'VN',
    cc: '84',
    trunk: '0',
    sig: (r) => r.pick(['32', '33', '34', '35', '36', '37', '38', '39', '56', '58', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98']) + dig(r, 7),
    nat: [(n) => j(n, [4, 3, 3], '.'), (n) => j(n, [3, 3, 4], ' '), (n) => j(n, [4, 3, 3], '-'), (n) => n, (n) => j(n, [4, 6], ' ')],
    intl: [(s) => `+84 ${j(s, [3, 3, 3], ' ')}`, (s) => `+84-${j(s, [2, 3, 4], '-')}`, (s) => `(+84) ${s}`, (s) => `+84.${j(s, [3, 3, 3], '.')}`],
    groups: () => [4, 3, 3],
  },
  VN_LAND: {
    region: 'VN',
    cc: '84',
    trunk: '0',
    sig: (r) => r.pick(['24', '28']) + r.pick(['3', '6', '7']) + dig(r, 7),
    nat: [(n) => j(n, [3, 4, 4], ' '), (n) => `(${n.slice(0, 3)}) ${j(n.slice(3), [4, 4], ' ')}`, (n) => j(n, [3, 4, 4], '.')],
    intl: [(s) => `+84 ${j(s, [2, 4, 4], ' ')}`],
    groups: () => [3, 4, 4],
  },
  RU_MOB: {
    region: 'RU',
    cc: '7',
    trunk: '8',
    sig: (r) => '9' + r.pick(['01', '02', '04', '10', '11', '13', '14', '17', '19', '20', '22', '23', '28', '29', '50', '51', '52', '58', '60', '61', '62', '63', '64', '65', '67', '68', '80', '81', '82', '83', '84', '86', '88', '89', '91', '93', '95', '96', '97', '98']) + dig(r, 7),
    nat: [(n) => `8 ${j(n.slice(1), [3, 3, 2, 2], ' ')}`, (n) => `8(${n.slice(1, 4)})${j(n.slice(4), [3, 2, 2], '-')}`, (n) => `8-${n.slice(1, 4)}-${n.slice(4)}`, (n) => `8 ${n.slice(1, 4)} ${n.slice(4)}`],
    intl: [(s) => `+7-${j(s, [3, 3, 2, 2], '-')}`, (s) => `+7(${s.slice(0, 3)})${s.slice(3)}`, (s) => `+7 ${j(s, [3, 3, 4], ' ')}`, (s) => `+7 (${s.slice(0, 3)}) ${j(s.slice(3), [3, 2, 2], ' ')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  RU_LAND: {
    region: 'RU',
    cc: '7',
    trunk: '8',
    sig: (r) => r.pick(['495', '499', '812', '343', '383', '843']) + r.int(2, 9) + dig(r, 6),
    nat: [(n) => `8 (${n.slice(1, 4)}) ${j(n.slice(4), [3, 2, 2], '-')}`, (n) => `8(${n.slice(1, 4)})${n.slice(4)}`],
    intl: [(s) => `+7 (${s.slice(0, 3)}) ${j(s.slice(3), [3, 2, 2], '-')}`, (s) => `+7 ${j(s, [3, 3, 2, 2], ' ')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  US: {
    region: 'US',
    cc: '1',
    trunk: '',
    sig: (r) => r.pick(['212', '646', '415', '310', '312', '617', '206', '512', '305', '702', '917', '718', '213', '503', '404', '303']) + r.int(2, 9) + dig(r, 6),
    nat: [(n) => `(${n.slice(0, 3)})${n.slice(3, 6)}-${n.slice(6)}`, (n) => j(n, [3, 3, 4], ' '), (n) => `1-${j(n, [3, 3, 4], '-')}`, (n) => `${n.slice(0, 3)}/${n.slice(3, 6)}-${n.slice(6)}`],
    intl: [(s) => `+1 ${j(s, [3, 3, 4], ' ')}`, (s) => `+1-${j(s, [3, 3, 4], '-')}`, (s) => `+1${s}`],
    groups: () => [3, 3, 4],
  },
  GB_MOB: {
    region: 'GB',
    cc: '44',
    trunk: '0',
    sig: (r) => '7' + r.pick(['4', '5', '7', '8', '9']) + dig(r, 8),
    nat: [(n) => j(n, [5, 3, 3], ' '), (n) => j(n, [5, 6], '-'), (n) => j(n, [4, 3, 4], ' ')],
    intl: [(s) => `+44 ${j(s, [4, 3, 3], ' ')}`, (s) => `+44${s}`, (s) => `+44 (0)${j(s, [4, 6], ' ')}`, (s) => `+44-${j(s, [4, 6], '-')}`],
    groups: () => [5, 3, 3],
  },
  GB_LAND: {
    region: 'GB',
    cc: '44',
    trunk: '0',
    sig: (r) => (r.chance(0.6) ? '20' + r.pick(['3', '7', '8']) + dig(r, 7) : '161' + r.int(2, 9) + dig(r, 6)),
    nat: [(n) => (n.startsWith('020') ? `(020) ${j(n.slice(3), [4, 4], ' ')}` : `(0161) ${j(n.slice(4), [3, 4], ' ')}`), (n) => (n.startsWith('020') ? j(n, [3, 4, 4], ' ') : j(n, [4, 3, 4], ' '))],
    intl: [(s) => `+44 ${s.startsWith('20') ? j(s, [2, 4, 4], ' ') : j(s, [3, 3, 4], ' ')}`],
    groups: (n) => (n.startsWith('020') ? [3, 4, 4] : [4, 3, 4]),
  },
  DE: {
    region: 'DE',
    cc: '49',
    trunk: '0',
    sig: (r) => r.pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179']) + dig(r, r.chance(0.7) ? 7 : 8),
    nat: [(n) => `${n.slice(0, 4)}/${n.slice(4)}`, (n) => `${n.slice(0, 4)} ${j(n.slice(4), [3, 2, 2, 2], ' ')}`.trim(), (n) => `${n.slice(0, 4)}-${n.slice(4)}`],
    intl: [(s) => `+49 ${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+49 (0)${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+49-${s.slice(0, 3)}-${s.slice(3)}`, (s) => `+49${s}`],
    groups: (n) => [4, n.length - 4],
  },
  FR: {
    region: 'FR',
    cc: '33',
    trunk: '0',
    sig: (r) => r.pick(['6', '7', '1']) + dig(r, 8),
    nat: [(n) => j(n, [2, 2, 2, 2, 2], '-'), (n) => j(n, [2, 2, 2, 2, 2], ' '), (n) => j(n, [2, 2, 2, 2, 2], '.')],
    intl: [(s) => `+33 (0)${s[0]} ${j(s.slice(1), [2, 2, 2, 2], ' ')}`, (s) => `+33${s}`, (s) => `+33 ${s[0]} ${j(s.slice(1), [2, 2, 2, 2], ' ')}`],
    groups: () => [2, 2, 2, 2, 2],
  },
  ES: {
    region: 'ES',
    cc: '34',
    trunk: '',
    sig: (r) => r.pick(['6', '7']) + dig(r, 8),
    nat: [(n) => j(n, [3, 2, 2, 2], ' '), (n) => j(n, [3, 3, 3], '-')],
    intl: [(s) => `+34 ${j(s, [3, 3, 3], '-')}`, (s) => `+34 ${s}`],
    groups: () => [3, 3, 3],
  },
  IT: {
    region: 'IT',
    cc: '39',
    trunk: '',
    sig: (r) => '3' + r.pick(['20', '28', '33', '35', '38', '40', '45', '47', '48', '49', '66', '89', '91', '93']) + dig(r, 7),
    nat: [(n) => j(n, [3, 7], ' '), (n) => j(n, [3, 3, 4], '-')],
    intl: [(s) => `+39 ${j(s, [3, 3, 4], ' ')}`, (s) => `+39 ${j(s, [3, 7], ' ')}`],
    groups: () => [3, 3, 4],
  },
  NL: {
    region: 'NL',
    cc: '31',
    trunk: '0',
    sig: (r) => '6' + r.int(1, 5) + dig(r, 7),
    nat: [(n) => `${n.slice(0, 2)}-${n.slice(2)}`, (n) => `${n.slice(0, 2)} ${j(n.slice(2), [2, 2, 2, 2], ' ')}`],
    intl: [(s) => `+31 ${s[0]} ${j(s.slice(1), [4, 4], ' ')}`, (s) => `+31 (0)${s[0]} ${s.slice(1)}`],
    groups: () => [2, 4, 4],
  },
  PL: { region: 'PL', cc: '48', trunk: '', sig: (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88']) + dig(r, 7), nat: [], intl: [(s) => `+48 ${j(s, [3, 3, 3], ' ')}`, (s) => `+48-${j(s, [3, 3, 3], '-')}`], groups: () => [3, 3, 3] },
  PT: { region: 'PT', cc: '351', trunk: '', sig: (r) => r.pick(['91', '92', '93', '96']) + dig(r, 7), nat: [], intl: [(s) => `+351 ${j(s, [3, 3, 3], ' ')}`, (s) => `+351 ${s}`], groups: () => [3, 3, 3] },
  AT: { region: 'AT', cc: '43', trunk: '0', sig: (r) => r.pick(['664', '660', '676', '650', '699']) + dig(r, 7), nat: [], intl: [(s) => `+43 ${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+43 (0)${s.slice(0, 3)} ${s.slice(3)}`], groups: (n) => [4, n.length - 4] },
  IE: { region: 'IE', cc: '353', trunk: '0', sig: (r) => r.pick(['83', '85', '86', '87', '89']) + r.int(2, 9) + dig(r, 6), nat: [], intl: [(s) => `+353 ${j(s, [2, 3, 4], ' ')}`, (s) => `+353-${j(s, [2, 7], '-')}`], groups: () => [3, 3, 4] },
  BE: { region: 'BE', cc: '32', trunk: '0', sig: (r) => r.pick(['470', '471', '472', '475', '476', '477', '478', '479', '484', '485', '486', '487', '488', '489', '495', '496', '497', '498', '499']) + dig(r, 6), nat: [], intl: [(s) => `+32 ${s.slice(0, 3)} ${j(s.slice(3), [2, 2, 2], ' ')}`], groups: () => [4, 2, 2, 2] },
  SE: { region: 'SE', cc: '46', trunk: '0', sig: (r) => r.pick(['70', '72', '73', '76', '79']) + dig(r, 7), nat: [], intl: [(s) => `+46 ${s.slice(0, 2)} ${j(s.slice(2), [3, 2, 2], ' ')}`, (s) => `+46 ${s.slice(0, 2)}-${s.slice(2)}`], groups: () => [3, 3, 2, 2] },
};

const MIX2: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_LAND', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'PT', 'AT', 'IE', 'BE', 'SE', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_LAND', 'JP_LAND3', 'US', 'KR_MOB', 'GB_MOB', 'DE'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_LAND', 'KR_LAND', 'US', 'JP_MOB', 'VN_MOB', 'DE'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_LAND', 'RU_LAND', 'DE', 'GB_MOB', 'US', 'PL', 'IT'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_LAND', 'KR_MOB', 'JP_MOB', 'US', 'DE'],
};

interface Drawn {
  shape: Shape2;
  sig: string;
  /** National digits with the trunk prefix; null when the number is written internationally only. */
  national: string | null;
}

/** A phone number valid for its region by libphonenumber-js, both as a national and as an international number. */
function drawPhone(r: Rng, lang: Lang, intlOnly = false): Drawn {
  for (;;) {
    const shape = SHAPES2[r.pick(MIX2[lang])];
    const sig = shape.sig(r);
    const intl = parsePhoneNumberFromString(`+${shape.cc}${sig}`);
    if (!intl || !intl.isValid() || intl.country !== shape.region) continue;
    if (shape.nat.length === 0 || intlOnly) return { shape, sig, national: null };
    const nat = shape.trunk + sig;
    const p = parsePhoneNumberFromString(nat, shape.region);
    if (!p || !p.isValid() || String(p.nationalNumber) !== sig) continue;
    return { shape, sig, national: nat };
  }
}

const DIGIT_WORDS: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};
const ZERO_WORDS: Record<Lang, string[]> = { en: ['zero', 'oh', 'zero'], ja: ['〇', '零', 'ゼロ'], ko: ['공', '영'], ru: ['ноль', 'ноль'], vi: ['không', 'không'] };
const cjkLang = (lang: Lang) => lang === 'ja' || lang === 'ko';

function capitalise(r: Rng, lang: Lang): (w: string) => string {
  if (cjkLang(lang)) return (w) => w;
  const way = r.int(0, 5);
  if (way === 0) return (w) => w[0].toUpperCase() + w.slice(1);
  if (way === 1 && lang !== 'vi') return (w) => w.toUpperCase();
  return (w) => w;
}

/** Spells each digit of a group; the zero word is chosen once per number. */
function speller(r: Rng, lang: Lang): (g: string) => string {
  const zero = r.pick(ZERO_WORDS[lang]);
  const cap = capitalise(r, lang);
  const cjk = cjkLang(lang);
  const joiner = cjk ? (r.chance(0.8) ? '' : ' ') : r.pick([' ', ' ', '-']);
  return (g) => [...g].map((c) => cap(c === '0' ? zero : DIGIT_WORDS[lang][Number(c)])).join(joiner);
}

function phone2(r: Rng, lang: Lang, obfuscate: boolean, intlOnly = false): Surface {
  const d = drawPhone(r, lang, intlOnly);
  const { shape, sig, national } = d;
  const useNat = national !== null && (intlOnly ? false : r.chance(0.65));
  const written = useNat ? r.pick(shape.nat)(national!) : r.pick(shape.intl)(sig);
  if (!obfuscate) return { text: written, obfuscated: false };
  const cjk = cjkLang(lang);
  const digits = useNat ? national! : sig;
  const groups = useNat ? cut(digits, shape.groups(digits)) : cut(digits, shape.groups(shape.trunk + digits).map((g, i) => (i === 0 ? g - shape.trunk.length : g)).filter((g) => g > 0));
  const prefix = useNat ? '' : `+${shape.cc} `;
  const way = r.int(0, 9);
  if (way <= 1) {
    // Every digit spelled; groups apart.
    const sp = speller(r, lang);
    const sep = cjk ? r.pick([' ', '－', '-', '、']) : r.pick([', ', ' / ', ' - ', ' | ', '... ']);
    return { text: prefix + groups.map(sp).join(sep), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 2) {
    // Spelled and written digits mixed one by one.
    const sp = speller(r, lang);
    const chars = [...digits];
    const spelled = chars.map(() => r.chance(0.5));
    if (spelled.filter(Boolean).length < 3) for (let i = 0; i < 3; i++) spelled[i * 2] = true;
    if (spelled.filter((x) => !x).length < 3) for (let i = 0; i < 3; i++) spelled[i * 2 + 1] = false;
    const parts = chars.map((c, i) => (spelled[i] ? sp(c) : c));
    let text = '';
    parts.forEach((p, i) => {
      if (i > 0) text += cjk && (spelled[i] || spelled[i - 1]) ? (r.chance(0.7) ? '' : ' ') : spelled[i] || spelled[i - 1] ? ' ' : r.chance(0.2) ? ' ' : '';
      text += p;
    });
    return { text: prefix + text, obfuscated: true, how: 'spelled and written digits mixed one by one' };
  }
  if (way === 3) {
    // Dot words between the groups, as numbers written with dots are read out.
    const w = { en: r.pick([' dot ', ' (dot) ', ' DOT ']), ja: r.pick(['ドット', ' ドット ', 'どっと']), ko: r.pick([' 점 ', '점', ' 쩜 ']), ru: r.pick([' точка ', ' (точка) ']), vi: r.pick([' chấm ', ' cham ', ' (chấm) ']) }[lang];
    return { text: prefix + groups.join(w), obfuscated: true, how: 'dot words between groups' };
  }
  if (way === 4) {
    // Dash-like characters that are not the ASCII hyphen.
    const dash = r.pick(lang === 'ja' ? ['ー', '−', '‐', '―', '–'] : ['–', '—', '−', '‐']);
    return { text: prefix + groups.join(dash), obfuscated: true, how: 'dash-like characters' };
  }
  if (way === 5) {
    const f = r.int(0, 2);
    if (f === 0) return { text: fullWidthSome(r, written, /\d/), obfuscated: true, how: 'full width on random digits' };
    if (f === 1 && useNat && shape.region === 'JP') return { text: fullWidth(`(${groups[0]})${groups.slice(1).join('-')}`), obfuscated: true, how: 'full-width with brackets' };
    return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
  }
  if (way === 6) return { text: zeroWidthEvery(r, written, /\d/), obfuscated: true, how: 'zero-width between every digit' };
  if (way === 7) {
    // Every digit apart by dots or spaces, the groups by a wider gap.
    const inner = r.pick(['.', ' ', ' . ']);
    const outer = r.pick(['  ', ' - ', ' / ', '   ']);
    return { text: prefix + groups.map((g) => [...g].join(inner)).join(outer), obfuscated: true, how: 'separated digits, groups apart' };
  }
  if (way === 8) {
    // The last groups spelled, the first written.
    const sp = speller(r, lang);
    const k = r.int(1, groups.length - 1);
    const sep = cjk ? r.pick([' ', '-']) : r.pick([' ', ', ', ' - ']);
    return { text: prefix + groups.map((g, i) => (i < k ? g : sp(g))).join(sep), obfuscated: true, how: 'written then spelled groups' };
  }
  // Words of the message's own language between groups.
  const w = { en: r.pick([' dash ', ' hyphen ', ' (dash) ']), ja: r.pick(['ハイフン', 'ﾊｲﾌﾝ', ' ハイフン ']), ko: r.pick([' 다시 ', ' 하이픈 ', '하이픈']), ru: r.pick([' тире ', ' ТИРЕ ', ' дефис ']), vi: r.pick([' gạch ', ' gạch ngang ', ' gạch nối ']) }[lang];
  return { text: prefix + groups.join(w), obfuscated: true, how: 'words between groups' };
}

// ---- links -------------------------------------------------------------------------------------

const SITES2: Record<Lang, string[]> = {
  en: ['www.lingoloft.com', 'speakeasy-english.co.uk/book', 'notion.so/{h}/Lesson-Notes-{k}', 'tinyurl.com/{k}', 'wetransfer.com/downloads/{k}', 'www.dropbox.com/s/{k}/unit4.pdf', 'ko-fi.com/{h}', 'buymeacoffee.com/{h}', 'wordwall.net/play/{n}', '{hh}.carrd.co', 'english-with-{hh}.com', 'calendar.app.google/{k}'],
  ja: ['www.{hh}-eikaiwa.jp', 'x.gd/{k}', 'note.com/{h}/n/n{k}', 'www.youtube.com/watch?v={k}', '英会話教室.com', 'nihongo.tokyo/lesson', '{hh}.studio.site', 'eikaiwa-{hh}.net', 'ameblo.jp/{hh}/entry-{n}.html', '日本語レッスン.jp/trial'],
  ko: ['naver.me/{k}', 'blog.naver.com/{h}/2233{n}', 'han-geul.kr', '영어과외.kr', 'www.ssem-english.co.kr', 'tally.so/r/{k}', 'toss.me/{h}', '{hh}.notion.site', 'youtube.com/@{h}', '한국어교실.com/class'],
  ru: ['vk.cc/{k}', 'clck.ru/{k}', 'vk.com/club{n}', 'english-{hh}.ru', 'учимся-вместе.рф', 'cloud.mail.ru/public/{k}', 'teletype.in/@{h}', 'boosty.to/{h}', 'курсы-английского.рус', 'школа-английского.онлайн'],
  vi: ['bit.ly/{k}', 'giasu-{hh}.edu.vn', 'luyenthi-ielts.vn/khoa-hoc', 'forms.office.com/r/{k}', 'họctiếnganh.vn', 'm.facebook.com/{h}', 'www.tiktok.com/@{h}/video/7{n}', 'sachhoc.com.vn', '{hh}.blogspot.com', 'tiếng-nhật-online.vn/lop-n3'],
};
const MLINKS2: Record<Lang, string[]> = {
  en: ['t.me/+{k}', 'wa.me/{w}', 'wa.me/{w}?text=Hello', 'chat.whatsapp.com/{k}', 'discord.gg/{k}', 'm.me/{h}', 'ig.me/m/{h}', 'instagram.com/{h}', 't.me/{h}', 'fb.me/{h}'],
  ja: ['line.me/ti/g/{k}', 'line.me/ti/p/{k}', 'line.me/ti/p/~{h}', 't.me/joinchat/{k}', 'discord.gg/{k}', 'instagram.com/{h}', 'wa.me/{w}'],
  ko: ['open.kakao.com/o/s{k}', 'open.kakao.com/o/g{k}', 'open.kakao.com/me/{h}', 'line.me/ti/g/{k}', 'discord.gg/{k}', 't.me/{h}', 'instagram.com/{h}'],
  ru: ['t.me/{h}', 't.me/+{k}', 'telegram.me/{h}', 't.me/joinchat/{k}', 'wa.me/{w}', 'chat.whatsapp.com/{k}', 'discord.gg/{k}', 'vk.me/{h}'],
  vi: ['zalo.me/g/{k}', 'zalo.me/{w}', 'm.me/{h}', 'fb.me/{h}', 't.me/{h}', 'wa.me/{w}', 'discord.gg/{k}', 'chat.zalo.me/{k}'],
};

function fillLink(r: Rng, lang: Lang, pattern: string): string {
  const name = handle2(r, lang);
  const h = name.replace(/\./g, '_');
  const hh = name.replace(/[._]+/g, '-');
  let w = '';
  if (pattern.includes('{w}')) {
    const d = drawPhone(r, lang, true);
    w = d.shape.cc + d.sig;
  }
  return pattern.replace('{hh}', hh).replace('{h}', h).replace('{k}', key(r, r.int(8, 12))).replace('{n}', String(r.int(100000, 99999999))).replace('{w}', w);
}

function url2(r: Rng, lang: Lang, obfuscate: boolean, messengerOnly = false): Surface {
  const messenger = messengerOnly || r.chance(0.3);
  const site = fillLink(r, lang, r.pick(messenger ? MLINKS2[lang] : SITES2[lang]));
  const scheme = site.startsWith('www.') ? r.pick(['', '', 'https://']) : r.chance(messenger ? 0.3 : 0.45) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  const way = r.int(0, 7);
  if (way <= 1 || (idn && way >= 5)) {
    const w = wrapper(r, lang);
    const dot = r.pick(lang !== 'en' && r.chance(0.3) ? DOTW.en : DOTW[lang]);
    return { text: scheme + labels.join(w(dot)) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 2) {
    const forms: string[] = [labels.join(' . '), labels.join(' .'), labels.join('. ')].map((h) => scheme + h + path);
    if (path) forms.push(`${scheme}${host} ${path}`, `${scheme}${labels.join(' . ')} ${path.replace(/^\//, '/ ')}`);
    if (scheme) forms.push(`${scheme} ${labels.join(' . ')}${path}`);
    return { text: r.pick(forms), obfuscated: true, how: 'split by spaces' };
  }
  if (way === 3) {
    const f = r.int(0, 2);
    if (f === 0) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    if (f === 1) return { text: scheme + fullWidth(host) + path, obfuscated: true, how: 'full-width host' };
    return { text: fullWidthSome(r, plain), obfuscated: true, how: 'full width on random characters' };
  }
  if (way === 4) {
    const at = r.chance(0.5) ? labels.length - 1 : labels[0] === 'www' ? 1 : 0;
    const l = lookAlike(r, labels[at]);
    if (l.n > 0) {
      const ls = [...labels];
      ls[at] = l.text;
      return { text: scheme + ls.join('.') + path, obfuscated: true, how: 'look-alikes in the host' };
    }
    const m = lookAlike(r, host);
    if (m.n > 0) return { text: scheme + m.text + path, obfuscated: true, how: 'look-alikes in the host' };
  }
  if (way === 5) return { text: scheme + labels.join(r.pick(['(.)', '[.]', '（.）', ' [.] '])) + path, obfuscated: true, how: 'bracketed dots' };
  if (way === 6) return { text: scheme + zeroWidthEvery(r, host, /[^.]/) + path, obfuscated: true, how: 'zero-width characters in the host' };
  return { text: zeroWidthEvery(r, plain, /[./:]/), obfuscated: true, how: 'zero-width characters at the separators' };
}

// ---- handles -----------------------------------------------------------------------------------

function handleSurface(r: Rng, lang: Lang, obfuscate: boolean, at: boolean): Surface {
  const name = handle2(r, lang);
  const h = (at ? '@' : '') + name;
  if (!obfuscate) return { text: h, obfuscated: false };
  const way = r.int(0, 4);
  if (way === 0) return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fullWidthSome(r, h), obfuscated: true, how: 'full width on random characters' };
  if (way === 2) {
    const l = lookAlike(r, h);
    if (l.n > 0) return { text: l.text, obfuscated: true, how: 'look-alikes' };
  }
  if (way === 3 && /[_.]/.test(name)) return { text: (at ? '@' : '') + name.replace(/_/g, '＿').replace(/\./g, '．'), obfuscated: true, how: 'full-width marks' };
  return { text: zeroWidthEvery(r, h, r.chance(0.5) ? /[^@]/ : /[@_.\d]/), obfuscated: true, how: 'zero-width characters' };
}

// ---- numbers with check digits -----------------------------------------------------------------

const CARD_MIX: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners'],
  ja: ['visa', 'jcb', 'jcb', 'mc', 'amex'],
  ko: ['visa', 'mc', 'mc2', 'unionpay', 'amex'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay'],
  vi: ['visa', 'mc', 'jcb', 'napas', 'amex'],
};

function cardDigits(r: Rng, lang: Lang): string {
  switch (r.pick(CARD_MIX[lang])) {
    case 'visa':
      return luhnComplete(r, '4' + r.int(0, 9), 16);
    case 'mc':
      return luhnComplete(r, String(r.int(51, 55)), 16);
    case 'mc2':
      return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 'amex':
      return luhnComplete(r, r.pick(['34', '37']), 15);
    case 'jcb':
      return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 'discover':
      return luhnComplete(r, r.pick(['6011', '65']), 16);
    case 'diners':
      return luhnComplete(r, '36', 14);
    case 'unionpay':
      return luhnComplete(r, '62' + r.int(10, 99), 16);
    case 'mir':
      return luhnComplete(r, '220' + r.int(0, 4), 16);
    default:
      return luhnComplete(r, '9704', 16);
  }
}

function card2(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const d = cardDigits(r, lang);
  const groups = d.length === 15 ? cut(d, [4, 6, 5]) : d.length === 14 ? cut(d, [4, 6, 4]) : cut(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d, groups.join('  ')]), obfuscated: false };
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fullWidthSome(r, groups.join(' '), /\d/), obfuscated: true, how: 'full width on random digits' };
  if (way === 2) return { text: zeroWidthEvery(r, d, /\d/), obfuscated: true, how: 'zero-width between every digit' };
  if (way === 3) return { text: groups.join(r.pick(['.', ' . ', ' – ', '/'])), obfuscated: true, how: 'other separators between groups' };
  if (way === 4) return { text: groups.map((g) => [...g].join(' ')).join(r.pick(['   ', ' - '])), obfuscated: true, how: 'separated digits, groups apart' };
  if (way === 5) {
    const sp = speller(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k ? sp(g) : g)).join(cjkLang(lang) ? ' ' : r.pick([' ', ', '])), obfuscated: true, how: 'one group spelled' };
  }
  return { text: cut(d, [2, 3, 3, 3, 3, 2]).join(' '), obfuscated: true, how: 'regrouped digits' };
}

function ip2(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const hex = (lo = 1) => r.int(lo, 0xffff).toString(16);
  const kind = r.int(0, 5);
  let text: string;
  if (kind === 0) text = `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 1) text = `${r.pick([31, 46, 77, 85, 91, 103, 118, 125, 138, 146, 178, 185, 203, 211])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 2) text = `192.168.${r.pick([0, 1, 1, 10, 100])}.${r.int(2, 254)}`;
  else if (kind === 3) text = [r.pick(['2001', '2a00', '2404', '2600', '2a02']), ...[...Array(7)].map(() => hex(0).padStart(4, '0'))].join(':');
  else if (kind === 4) text = `${r.pick(['2404:6800', '2a00:1450', '2001:4860', '2606:4700'])}:${hex()}:${hex()}::${hex()}`;
  else text = `2001:${r.pick(['DB8', 'db8'])}:${hex().toUpperCase()}:${hex().toUpperCase()}::${hex().toUpperCase()}`;
  if (!obfuscate) return { text, obfuscated: false };
  const v6 = text.includes(':');
  const way = r.int(0, 4);
  if (way === 0) return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fullWidthSome(r, text), obfuscated: true, how: 'full width on random characters' };
  if (way === 2 && !v6) {
    const w = wrapper(r, lang);
    return { text: text.split('.').join(w(r.pick(DOTW[lang]))), obfuscated: true, how: 'dot words' };
  }
  if (way === 3 && !v6) return { text: text.split('.').join(r.pick([' . ', '[.]', ' [.] ', '(.)'])), obfuscated: true, how: 'spaced or bracketed dots' };
  return { text: zeroWidthEvery(r, text, v6 ? /:/ : /[.\d]/), obfuscated: true, how: 'zero-width characters' };
}

/** BBAN shapes: n digits, a upper-case letters. */
const IBAN2: [string, string][] = [
  ['DE', '18n'],
  ['FR', '23n'],
  ['GB', '4a14n'],
  ['ES', '20n'],
  ['NL', '4a10n'],
  ['IT', '1a22n'],
  ['BE', '12n'],
  ['AT', '16n'],
  ['PL', '24n'],
  ['PT', '21n'],
  ['CH', '17n'],
  ['IE', '4a14n'],
  ['SE', '20n'],
  ['FI', '14n'],
  ['LT', '16n'],
];
const BANKS: Record<string, string[]> = { GB: ['LOYD', 'MIDL', 'NWBK', 'BUKB'], NL: ['ABNA', 'INGB', 'RABO', 'SNSB'], IE: ['AIBK', 'BOFI'], IT: ['X', 'A', 'K'] };

function ibanCheck2(country: string, bban: string): string {
  let rem = 0;
  for (const ch of bban + country + '00') {
    const v = parseInt(ch, 36);
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return p2(98 - rem);
}

function iban2(r: Rng, obfuscate: boolean): Surface {
  const [c, shape] = r.pick(IBAN2);
  let bban = '';
  for (const m of shape.matchAll(/(\d+)([an])/g)) bban += m[2] === 'n' ? r.digits(Number(m[1])) : BANKS[c] ? r.pick(BANKS[c]) : '';
  const iban = c + ibanCheck2(c, bban) + bban;
  const groups = iban.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.65) ? groups.join(' ') : iban, obfuscated: false };
  const way = r.int(0, 3);
  if (way === 0) return { text: fullWidth(groups.join(' ')), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fullWidthSome(r, groups.join(' ')), obfuscated: true, how: 'full width on random characters' };
  if (way === 2) return { text: zeroWidthEvery(r, iban, /./), obfuscated: true, how: 'zero-width between every character' };
  return { text: groups.join(r.pick([' - ', '  ', '.'])), obfuscated: true, how: 'other separators between groups' };
}

function myNumber2(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = String(r.int(1, 9)) + r.digits(10);
  const d = base + myNumberCheckDigit(base);
  const groups = cut(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(r.chance(0.5) ? d : groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'full-width' };
  if (way === 1) {
    const sp = speller(r, 'ja');
    return { text: groups.map(sp).join(r.pick([' ', '－', '・'])), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 2) {
    const sp = speller(r, 'ja');
    const chars = [...d];
    const spelled = chars.map((_, i) => i % 4 === 1 || (i % 4 !== 3 && r.chance(0.5)));
    return { text: chars.map((c, i) => (spelled[i] ? sp(c) : c)).join(''), obfuscated: true, how: 'spelled and written digits mixed one by one' };
  }
  if (way === 3) return { text: zeroWidthEvery(r, d, /\d/), obfuscated: true, how: 'zero-width between every digit' };
  if (way === 4) return { text: groups.join(r.pick(['ー', '–', '−'])), obfuscated: true, how: 'dash-like characters' };
  return { text: [...d].join(r.pick([' ', '.'])), obfuscated: true, how: 'separated digits' };
}

function rrn2(r: Rng, obfuscate: boolean): Surface {
  const year = r.int(1962, 2006);
  const front = p2(year % 100) + p2(r.int(1, 12)) + p2(r.int(1, 28));
  const body = front + String((year >= 2000 ? 3 : 1) + r.int(0, 1)) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const a = d.slice(0, 6);
  const b = d.slice(6);
  if (!obfuscate) return { text: r.pick([`${a}-${b}`, `${a}-${b}`, `${a} ${b}`, d]), obfuscated: false };
  const way = r.int(0, 5);
  const sp = speller(r, 'ko');
  if (way === 0) return { text: fullWidth(`${a}-${b}`), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: `${a}-${sp(b)}`, obfuscated: true, how: 'back part spelled' };
  if (way === 2) return { text: `${sp(a)} ${r.pick(['-', '다시', '–'])} ${sp(b)}`, obfuscated: true, how: 'spelled digits' };
  if (way === 3) return { text: [...a].join(' ') + ' - ' + [...b].join(' '), obfuscated: true, how: 'separated digits' };
  if (way === 4) return { text: zeroWidthEvery(r, `${a}-${b}`, /\d/), obfuscated: true, how: 'zero-width between every digit' };
  return { text: `${fullWidthSome(r, a, /\d/)}${r.pick(['－', '—', '–'])}${b}`, obfuscated: true, how: 'full width on random digits, dash-like character' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface Blind2Entity {
  type: FindingType;
  surface: Surface;
}

function ownEntity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind2Entity | null {
  switch (slot) {
    case 'EMAIL':
      return { type: 'EMAIL', surface: email2(r, lang, obfuscate) };
    case 'PHONE':
      return { type: 'PHONE', surface: phone2(r, lang, obfuscate) };
    case 'WAPHONE':
      return { type: 'PHONE', surface: phone2(r, lang, obfuscate, true) };
    case 'URL':
      return { type: 'URL', surface: url2(r, lang, obfuscate) };
    case 'MLINK':
      return { type: 'URL', surface: url2(r, lang, obfuscate, true) };
    case 'HANDLE':
      return { type: 'MESSENGER_ID', surface: handleSurface(r, lang, obfuscate, false) };
    case 'HANDLE@':
      return { type: 'MESSENGER_ID', surface: handleSurface(r, lang, obfuscate, true) };
    case 'CARD':
      return { type: 'CREDIT_CARD', surface: card2(r, lang, obfuscate) };
    case 'IP':
      return { type: 'IP_ADDRESS', surface: ip2(r, lang, obfuscate) };
    case 'IBAN':
      return { type: 'IBAN', surface: iban2(r, obfuscate) };
    case 'MYNUM':
      return { type: 'JP_MY_NUMBER', surface: myNumber2(r, lang, obfuscate) };
    case 'RRN':
      return { type: 'KR_RRN', surface: rrn2(r, obfuscate) };
    default:
      return null;
  }
}

const OLDER_SLOTS = new Set(['EMAIL', 'PHONE', 'URL', 'HANDLE', 'HANDLE@', 'CARD', 'IP', 'IBAN', 'MYNUM', 'RRN']);

/**
 * An entity for a slot of these templates, null for a filler slot. About 60 % of the older slots' entities
 * and all of the new slots' (WAPHONE: a number given as a messenger account, MLINK: a messenger link)
 * come from the writers above; the rest from entities.ts and templates-blind.ts. Older handles that end
 * like a domain name (name.kim) are drawn again from the writers above.
 */
export function blind2Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind2Entity | null {
  if (!OLDER_SLOTS.has(slot)) return ownEntity(r, lang, slot, obfuscate);
  const roll = r.next();
  if (roll < 0.6) return ownEntity(r, lang, slot, obfuscate);
  const e = roll < 0.85 ? entity(r, lang, slot, obfuscate) : blindEntity(r, lang, slot, obfuscate);
  if (e && e.type === 'MESSENGER_ID' && /\.[a-z]+$/i.test(e.surface.text.normalize('NFKC'))) return ownEntity(r, lang, slot, obfuscate);
  // An older written form with a space at either end (a spelled tail that came out empty) is drawn again too.
  if (e && /^\s|\s$/.test(e.surface.text)) return ownEntity(r, lang, slot, obfuscate);
  return e;
}

// ---- hard-negative fillers ---------------------------------------------------------------------

const GUARD2: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'PT', 'AT', 'IE', 'BE', 'SE', 'CH'];

/** Whether a filler happens to hold something real (a valid phone, card, My Number, RRN or IPv4 address): such fillers are drawn again. */
function realThing(s: string): boolean {
  const t = s.normalize('NFKC');
  if (/(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/.test(t)) return true;
  for (const m of t.matchAll(/\+?\d(?:[ .\-/()–]{0,2}\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (m[0].startsWith('+') && parsePhoneNumberFromString(m[0])?.isValid()) return true;
    if (d.length >= 13 && d.length <= 19 && luhn(d)) return true;
    if (d.length === 12 && myNumberCheckDigit(d) === d[11]) return true;
    if (d.length >= 7 && d.length <= 13) for (const region of GUARD2) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
  }
  return false;
}

function clean2(gen: () => string): string {
  for (let k = 0; k < 1000; k++) {
    const s = gen();
    if (!realThing(s)) return s;
  }
  throw new Error('no clean filler');
}

const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const upper = (r: Rng) => UP[r.int(0, UP.length - 1)];

const CLASSMATES: Record<Lang, string[]> = {
  en: ['Hannah', 'Ethan', 'sophie_r', 'Owen', 'Ruby', 'nina', 'Leo', 'Megan'],
  ja: ['さき', '健太', 'Airi', 'みお', '直樹', 'emi_chan', 'ゆな'],
  ko: ['민서', '재현', 'subin', '다혜', '성민', '은비', 'jinwoo'],
  ru: ['Марина', 'Роман', 'oleg', 'Таня', 'Денис', 'Юля', 'gleb'],
  vi: ['Thanh', 'Hương', 'khoa', 'Diệp', 'Phúc', 'Ngân', 'vinh'],
};

const WEEK: Record<Lang, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ja: ['月', '火', '水', '木', '金', '土', '日'],
  ko: ['월', '화', '수', '목', '금', '토', '일'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  vi: ['Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7', 'CN'],
};
const SUBJECT: Record<Lang, string[]> = {
  en: ['Speaking', 'Grammar', 'Writing', 'IELTS mock', 'Vocab review'],
  ja: ['会話', '文法', '作文', 'JLPT対策', '聴解'],
  ko: ['회화', '문법', '작문', '토픽 모의고사', '듣기'],
  ru: ['разговорная практика', 'грамматика', 'письмо', 'пробный ЕГЭ', 'аудирование'],
  vi: ['Nghe nói', 'Ngữ pháp', 'Viết', 'Thi thử IELTS', 'Từ vựng'],
};

/** Fillers for the hard-negative slots of these templates; null for a slot it does not know. */
export function blind2Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  switch (slot) {
    case 'LESSONNO':
      return { en: r.pick([`#${n(100, 9999)}`, `${n(2, 48)}`, `no. ${n(10, 300)}`]), ja: `${n(2, 80)}`, ko: `${n(2, 80)}`, ru: r.pick([`№${n(2, 300)}`, `${n(2, 80)}`]), vi: r.pick([`${n(2, 80)}`, `số ${n(2, 300)}`]) }[lang];
    case 'CHAPTER': {
      const c = n(1, 15);
      const p = n(10, 240);
      const k = n(2, 9);
      return r.pick(
        {
          en: [`ch. ${c}, pp. ${p}–${p + k}`, `Unit ${c}, p. ${p}`, `pages ${p}-${p + k}`, `Ex. ${c}.${n(1, 9)} on p. ${p}`],
          ja: [`第${c}章（p.${p}〜${p + k}）`, `${p}ページから${p + k}ページ`, `問題${c}-${n(1, 9)}（P.${p}）`],
          ko: [`${c}과 ${p}~${p + k}쪽`, `${c}장 p.${p}`, `${p}-${p + k}페이지`],
          ru: [`главу ${c}, с. ${p}–${p + k}`, `упр. ${n(1, 40)} на с. ${p}`, `§${c}, стр. ${p}-${p + k}`],
          vi: [`chương ${c}, trang ${p}-${p + k}`, `bài ${c} trang ${p}`, `unit ${c} (tr. ${p}–${p + k})`],
        }[lang],
      );
    }
    case 'TIMETABLE': {
      const days = [...WEEK[lang]];
      const rows: string[] = [];
      for (let i = 0, m = n(2, 4); i < m; i++) {
        const day = days.splice(n(0, days.length - 1), 1)[0];
        const start = n(14, 40) * 30;
        const stop = start + r.pick([60, 90]);
        const hm = (t: number) => `${Math.floor(t / 60)}:${p2(t % 60)}`;
        const h = hm(start).replace(/:.*/, '');
        const mm = p2(start % 60);
        const end = hm(stop);
        const span = lang === 'vi' ? `${h}h${mm}–${end.replace(':', 'h')}` : `${h}:${mm}${r.pick(['–', '-', '〜', '~'])}${end}`;
        rows.push(`${day}${lang === 'vi' ? ':' : ''} ${span} ${r.pick(SUBJECT[lang])}`);
      }
      return rows.join('\n');
    }
    case 'BILL': {
      const k = n(2, 6);
      const each = { en: n(12, 60), ja: n(15, 60) * 100, ko: n(10, 60) * 1000, ru: n(5, 40) * 100, vi: n(8, 50) * 10 }[lang];
      const total = each * k;
      const th = (x: number) => x.toLocaleString('en-US');
      return {
        en: r.pick([`$${total} split ${k} ways = $${each} each`, `£${total}.00 total (${k} of us, £${each} each)`]),
        ja: r.pick([`${th(total)}円を${k}人で割って${th(each)}円ずつ`, `合計${th(total)}円（1人${th(each)}円）`]),
        ko: r.pick([`${th(total)}원 (${k}명이서 ${th(each)}원씩)`, `총 ${total / 10000}만 원, 1인당 ${th(each)}원`]),
        ru: r.pick([`${total.toLocaleString('ru-RU')} ₽ на ${k} человек, по ${each} ₽`, `${total} руб. — по ${each} с каждого`]),
        vi: r.pick([`${total}k chia ${k} người, mỗi người ${each}k`, `${(total * 1000).toLocaleString('de-DE')}đ cho ${k} bạn`]),
      }[lang];
    }
    case 'FAKEPHONE':
      return clean2(() =>
        r.pick(
          {
            en: [`555-01${p2(n(0, 99))}`, `123-456-${r.digits(4)}`, '(000) 000-0000', '+1 (XXX) XXX-XXXX', `(555) 0${r.digits(2)}`],
            ja: ['090-XXXX-XXXX', '000-0000-0000', `090-${r.digits(4)}-${r.digits(3)}`, '03-XXXX-XXXX', `0X0-${r.digits(4)}-XXXX`],
            ko: ['010-XXXX-XXXX', '010-0000-0000', `010-${r.digits(3)}-${r.digits(3)}`, '02-XXX-XXXX', `010-****-${r.digits(4)}`],
            ru: ['+7 (XXX) XXX-XX-XX', '8 (000) 000-00-00', `+7 900 ${r.digits(3)}-${r.digits(2)}`, `8-9XX-${r.digits(3)}-XX-XX`],
            vi: ['09xx xxx xxx', '0000 000 000', `09${r.digits(2)} ${r.digits(3)} ${r.digits(2)}`, `0${r.digits(3)}.***.***`],
          }[lang],
        ),
      );
    case 'ROOMNO':
      return r.pick(
        {
          en: [`Room ${n(101, 1520)}`, `study room B-${n(1, 40)}`, `room ${n(2, 9)}${upper(r)}`],
          ja: [`${n(101, 1208)}号室`, `${upper(r)}棟${n(101, 520)}教室`, `第${n(1, 9)}会議室`],
          ko: [`${n(101, 1208)}호`, `${n(1, 9)}동 ${n(101, 520)}호`, `${n(1, 9)}층 세미나실`],
          ru: [`аудитории ${n(101, 520)}`, `кабинете ${n(2, 45)}`, `ауд. ${n(1, 5)}-${n(10, 40)}`],
          vi: [`phòng ${n(101, 520)}`, `phòng ${upper(r)}${n(1, 9)}-${n(101, 520)}`, `tầng ${n(2, 9)} phòng ${n(1, 20)}`],
        }[lang],
      );
    case 'MENTIONED':
      return '@' + r.pick(CLASSMATES[lang]);
    case 'SCORELINE': {
      const x = n(55, 98);
      return r.pick(
        {
          en: [`${x}/100`, `Band ${r.pick(['6.0', '6.5', '7.0', '7.5'])}`, `${n(600, 985)}/990`, `${x} points`],
          ja: [`${x}点`, `${n(100, 180)}/180`, `偏差値${n(45, 72)}`],
          ko: [`${x}점`, `${n(150, 300)}/300`, `${n(3, 6)}급`],
          ru: [`${x} баллов`, `${x}/100`, `${n(3, 5)} из 5`],
          vi: [`${n(5, 9)},${r.pick(['0', '5'])} điểm`, `${x}/100`, `IELTS ${r.pick(['6.0', '6.5', '7.0'])}`],
        }[lang],
      );
    }
    case 'TICKET':
      return clean2(() => r.pick([`#${r.digits(6)}`, `CS-${n(2024, 2026)}-${r.digits(6)}`, `TK${r.digits(7)}`, `${upper(r)}${upper(r)}-${r.digits(5)}`, lang === 'ru' ? `№ ${r.digits(6)}` : `REQ${r.digits(6)}`]));
    case 'MATH': {
      const a = n(2, 19);
      const b = n(2, 19);
      const c = n(1, 9);
      return r.pick([`(${c}x − ${a})(x + ${b}) = 0`, `${a * 3} × ${b * 2} = ${a * b * 6}`, `${a}/${b} + ${c}/${b + 1}`, `log₂ ${2 ** c} = ${c}`, `2^${c + 5} = ${2 ** (c + 5)}`, `y = ${a}x + ${b}, x = ${c}`, `√${a * a} + ${b}² = ?`]);
    }
    case 'YEARS': {
      const y1 = n(1995, 2016);
      const y2 = y1 + n(2, 8);
      return r.pick(
        {
          en: [`from ${y1} to ${y2}`, `${y1}–${y2}`, `(${y1}-${y2})`],
          ja: [`${y1}年から${y2}年まで`, `${y1}〜${y2}年`, `${y1}-${y2}年`],
          ko: [`${y1}년부터 ${y2}년까지`, `${y1}~${y2}년`, `${y1}-${y2}년`],
          ru: [`С ${y1} по ${y2} год`, `В ${y1}–${y2} гг.`, `В ${y1}-${y2} годах`],
          vi: [`từ ${y1} đến ${y2}`, `${y1}-${y2}`, `giai đoạn ${y1}–${y2}`],
        }[lang],
      );
    }
    case 'MASKEDCARD': {
      const last = r.digits(4);
      return r.pick([last, `**** ${last}`, `•••• ${last}`, `XXXX-XXXX-XXXX-${last}`, `*${last}`, `**** **** **** ${last}`]);
    }
    case 'TRAIN': {
      const hh = n(6, 21);
      const mm = p2(n(0, 59));
      return {
        en: r.pick([`at ${hh}:${mm} from platform ${n(1, 14)}`, `at ${hh}:${mm} (coach ${n(1, 12)}, seat ${n(1, 60)}${r.pick(['A', 'B', 'C', 'D'])})`]),
        ja: r.pick([`のぞみ${n(1, 250)}号 ${hh}:${mm}発 ${n(1, 16)}号車${n(1, 20)}番${r.pick(['A', 'B', 'C', 'D', 'E'])}席`, `${hh}時${mm}分発の新幹線`]),
        ko: r.pick([`KTX ${n(1, 180)} 열차 ${hh}:${mm} 출발, ${n(1, 18)}호차 ${n(1, 15)}${r.pick(['A', 'B', 'C', 'D'])}석`, `${hh}시 ${mm}분 기차`]),
        ru: r.pick([`поезд ${n(1, 199)}${r.pick(['А', 'Ж', 'С', 'Й'])} в ${hh}:${mm}, вагон ${n(1, 16)}, место ${n(1, 54)}`, `«Сапсан» в ${hh}:${mm}`]),
        vi: r.pick([`tàu SE${n(1, 22)} lúc ${hh}h${mm}, toa ${n(1, 12)} giường ${n(1, 40)}`, `xe khách ${hh}h${mm}`]),
      }[lang];
    }
    case 'BODY': {
      const cm = n(150, 190);
      const kg = n(42, 95);
      return {
        en: r.pick([`${cm} cm and ${kg} kg`, `5'${n(1, 11)}" (${cm} cm)`]),
        ja: r.pick([`${cm}cm、体重は${kg}kg`, `${cm}.${n(0, 9)}センチ`]),
        ko: r.pick([`${cm}cm, 몸무게는 ${kg}kg`, `${cm}.${n(0, 9)}센티`]),
        ru: r.pick([`${cm} см, вес ${kg} кг`, `${(cm / 100).toFixed(2).replace('.', ',')} м`]),
        vi: r.pick([`1m${cm - 100}, nặng ${kg} kg`, `${cm} cm`]),
      }[lang];
    }
    case 'VERSIONX':
      return r.pick([`v${n(1, 9)}.${n(0, 30)}.${n(0, 12)}`, `${n(3, 18)}.${n(0, 9)}.${n(0, 9)} (build ${n(1000, 9999)})`, `${n(1, 6)}.${n(0, 20)}.${n(0, 9)}-beta.${n(1, 5)}`, `${n(2024, 2026)}.${n(1, 12)}`]);
    case 'CLOCK':
      return r.pick([`${n(0, 45)}:${p2(n(0, 59))}`, `${n(1, 2)}:${p2(n(0, 59))}:${p2(n(0, 59))}`]);
    case 'DISCOUNT':
      return r.pick([`SPRING${n(10, 30)}`, `WELCOME${n(5, 20)}`, `TUTOR-${upper(r)}${upper(r)}${n(10, 99)}`, `NEWYEAR${n(2025, 2027)}`]);
    default:
      return null;
  }
}
