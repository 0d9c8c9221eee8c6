/**
 * Blind held-out set: templates and generators written on 2 December 2026 by someone who had not read the
 * detector's rules (nor its tests, its evaluation or its documentation), only the specification of what
 * it must find and this corpus folder. Lines built from these carry `split: "heldout"`; they replaced the
 * held-out set of 2 December (templates-heldout.ts), which is a development set now.
 *
 * Besides new message shapes, the set has its own entity generators (`blindEntity`): about half of the
 * entities come from entities.ts as before, the other half from the writers below, which give written
 * forms the older generators do not (other spellings and spacings of the at/dot words, other groupings of
 * spaced or spelled digits, spelled and written digits mixed, full width in part only, look-alike letters
 * elsewhere and from other alphabets, zero-width characters at the separators, links split at other
 * points), all within the disguises the detector is specified to see through. Hard negatives use new
 * fillers (`blindFiller`): invoice numbers, public holidays, exam and student numbers, seats, score
 * tables, @-mentions of people, file paths, decimals, ordinals, distances and sizes, timestamps, product
 * codes, hashtags, flight numbers, equations, exercise references, extensions, numbers in words.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, card, email, entity, fullWidth, handleName, iban, ip, luhn, myNumber, myNumberCheckDigit, phoneDigits, rrn, url, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND_POSITIVE: Record<Lang, string[]> = {
  en: [
    '{PHONE} ← my cell, text before you call pls 🙏',
    'Hi Ms. Carter! The app keeps crashing 😩 could we do tomorrow on Skype instead? I am {HANDLE} there',
    "ok last msg on here. email {EMAIL}, whatsapp {PHONE}. the site takes 25% so let's deal direct",
    'For the {AMOUNT} deposit: card {CARD}, exp 09/28. Please delete this msg after!',
    'Sorry to bother you — my email changed, the new one is {EMAIL}.',
    'Speaking club is on Discord, add me ({HANDLE}) and I will invite you. Next one {DATE} at {TIME}',
    'My worksheets are all here:\n{URL}\nfree for my students :)',
    'can you message me on Telegram? {HANDLE@}',
    'Bank details for invoice {INVOICE}:\nIBAN: {IBAN}\nName: Laura Bennett',
    'Mark, the class Minecraft server is {IP} (port 25565) see you at {TIME}!',
    '{URL} ← sign up there with code TUTOR10, it is cheaper than here',
    'WeChat: {HANDLE}\nKakao: {HANDLE}\n(whichever you use!)',
    "I'm moving to my own site next month: {URL}. Same price, no platform fee.",
    'hey! u on insta? im {HANDLE@} 😄',
    'Please call the office on {PHONE} or write to {EMAIL}, they handle refunds.',
    'Viber or WhatsApp, both on {PHONE}.',
    'LINE id: {HANDLE} - add me and I will send the audio file',
  ],
  ja: [
    '先生、来週からは直接やり取りしませんか？LINEのIDは{HANDLE}です🙇‍♀️',
    '{PHONE}\n↑私の携帯です。夜9時以降ならいつでも大丈夫です',
    'メールはこちらにお願いします→{EMAIL}（迷惑メールに入るかもです💦）',
    '教材のPDFは{URL}に置いておきました。パスワードは前回と同じです。',
    'インスタ（{HANDLE@}）で毎日単語を投稿してるので、よかったら見てください！',
    '振込先はこちらです。\nIBAN：{IBAN}\n（ドイツの口座です）',
    '書類のマイナンバーの欄は{MYNUM}でお願いします。',
    'スカイプ名は{HANDLE}です。{DATE}の{TIME}にかけますね',
    'お急ぎの場合は事務局（{PHONE}）までご連絡ください。',
    'ディスコードのサーバーはこちら {URL}\n私のユーザー名は{HANDLE}です',
    'カード払いでお願いします。番号は{CARD}です。',
    'テレグラム→{HANDLE@}\nワッツアップ→{PHONE}',
    '年末調整の書類用です。マイナンバー：{MYNUM}',
    'ゲーム部のサーバーIP：{IP}　ポートはいつもの',
    '新しいホームページができました！{URL}　感想ください😊',
    'gmailに変えました：{EMAIL}。古いアドレスはもう見ていません。',
    'カカオトーク使ってます？ID {HANDLE} です',
    'ＬＩＮＥやってます、{HANDLE}で検索してね',
  ],
  ko: [
    '선생님 앞으로는 카톡으로 해요~ 아이디 {HANDLE} 입니다 😊',
    '{PHONE} 제 번호예요! 수업 전에 문자 주세요',
    '과제는 {EMAIL}로 보내 주시면 돼요. 파일명에 이름 꼭 써 주세요!',
    '오픈채팅방 링크예요 {URL} 비번은 수업 때 알려드릴게요',
    '인스타 {HANDLE@} 여기서 매일 표현 하나씩 올려요ㅎㅎ',
    '주민등록번호 {RRN} (세금 신고용이에요)',
    '텔레그램 아이디: {HANDLE}\n왓츠앱: {PHONE}',
    '강사 등록 서류에 주민번호 {RRN} 적었어요~ 확인 부탁드려요',
    '환불은 이 카드로 해 주세요: {CARD}',
    '해외 계좌라서 IBAN으로 보낼게요 → {IBAN}',
    '마인크래프트 서버 주소 {IP} 접속해 보세요!',
    '급한 일 있으시면 사무실 {PHONE}으로 연락 주세요.',
    '제 홈페이지예요: {URL}. 여기서 직접 예약하면 수수료 없어요',
    '스카이프 닉네임은 {HANDLE}이고, 메일은 {EMAIL}이에요',
    '위챗 {HANDLE} 추가해 주세요~ 중국 친구들도 있어요',
    '디스코드 {HANDLE} 로 들어와요!! {TIME}에 시작',
    '바이버도 돼요 {PHONE}',
    '라인 ID는 {HANDLE}! 일본 가면 라인 써요',
  ],
  ru: [
    'Добрый вечер! Давайте дальше в телеграме, я там {HANDLE@}',
    '{PHONE} — это мой рабочий, пишите в любое время',
    'Домашку можно скинуть на почту {EMAIL}, так удобнее',
    'Материалы лежат тут: {URL} (пароль скажу на уроке)',
    'Реквизиты для перевода:\nIBAN {IBAN}\nПолучатель: Анна Соколова',
    'Оплатить можно картой {CARD}, комиссию беру на себя',
    'Если что, мой вотсап {PHONE}, вайбер тот же',
    'Ник в дискорде — {HANDLE}, заходите после {TIME}',
    'IP нашего сервера для разговорного клуба: {IP}',
    'У меня теперь свой сайт {URL}, там занятия без комиссии платформы',
    'Скайп: {HANDLE}. Почта: {EMAIL}.',
    'инстаграм {HANDLE@} — там видео с уроков',
    'Позвоните в офис школы {PHONE}, они оформят возврат',
    'ВиЧат {HANDLE}, если будете в Китае',
    'Напишите мне в телегу, ссылка {URL}',
    'новая почта — {EMAIL}!! старую взломали',
    'ватсап: {PHONE}\nтелеграм: {HANDLE@}',
  ],
  vi: [
    'Cô ơi, mình học qua Zalo cho tiện nha, nick Zalo em là {HANDLE}',
    '{PHONE} là số của em, cô gọi sau 8h tối giúp em nhé',
    'Bài tập em gửi vào mail {EMAIL} rồi ạ',
    'Tài liệu thầy để ở đây: {URL}',
    'follow insta mình nha {HANDLE@} 😆',
    'Chuyển khoản quốc tế thì dùng IBAN này: {IBAN}',
    'Em thanh toán bằng thẻ {CARD} được không ạ?',
    'Server Minecraft của lớp: {IP}',
    'Liên hệ văn phòng trung tâm {PHONE} để được hoàn tiền nhé.',
    'Web riêng của mình {URL}, đăng ký ở đó không mất phí sàn',
    'Skype: {HANDLE} | Email: {EMAIL}',
    'Nhắn Telegram cho mình: {HANDLE@}',
    'Zalo/Viber: {PHONE}',
    'WeChat của em là {HANDLE} ạ',
    'vào nhóm Discord nha {URL}\nnick mình là {HANDLE}',
    'mail mới của em: {EMAIL} ạ, mail cũ bị khoá rồi',
    'Facebook: {HANDLE} (ảnh đại diện con mèo 🐱)',
  ],
};

export const BLIND_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Invoice {INVOICE} for {AMOUNT} is attached, please pay before {HOLIDAY}.',
    'No class on {HOLIDAY}, it is a holiday here 🎉',
    'Your exam number is {EXAMID}, seat {SEAT}. Bring two pencils!',
    'Scores this week:\n{TABLE}',
    '{PEOPLE} and {PEOPLE}, great debate today 👏',
    'saved it as {PATH}, will upload after dinner',
    'The answer is {DEC}, not {DEC} - check your rounding.',
    'This is my {ORDINAL} lesson with you and I already feel more confident!',
    'I ran {UNIT} this morning so I am a bit slow today lol',
    '[{STAMP}] recording started\n[{STAMP}] recording stopped',
    'The headset I ordered is model {SKU}, the video file is {MEASURE} so I will share a link later.',
    'Posted the idiom list with {HASHTAG} {HASHTAG}',
    'Flight {FLIGHT} is delayed 2h, I might join from the airport.',
    'Q7: {EXPR} - is my answer {NUM} right?',
    'Please do {ABBR} and {ABBR} in the workbook.',
    'My student number is {STUDENTID} now, and the front desk is ext. {EXT} if you need them.',
    'I listened to it {WORDNUM} times and still missed the last line 😅',
  ],
  ja: [
    '請求書番号{INVOICE}、金額は{AMOUNT}です。',
    '{HOLIDAY}は祝日なのでレッスンはお休みです。',
    '受験番号は{EXAMID}、座席は{SEAT}でした。',
    '今週の結果です\n{TABLE}',
    '{PEOPLE} さん、今日の発表よかったです！',
    'ファイルは{PATH}に保存しました。',
    '答えは{DEC}ですか？それとも{DEC}ですか？',
    '{ORDINAL}のレッスン、ありがとうございました。',
    '今朝{UNIT}走ったので眠いです😪',
    '録画ログ：\n{STAMP} 開始\n{STAMP} 終了',
    '買ったイヤホンの型番は{SKU}です。動画は{MEASURE}あるので後で送ります。',
    '今日の勉強記録 {HASHTAG} {HASHTAG}',
    '{FLIGHT}便で帰国するので、{DATE}は休みます。',
    '{EXPR}の解き方がわかりません。',
    '問題集の{ABBR}と{ABBR}をやっておいてください。',
    '学籍番号は{STUDENTID}です。受付は内線{EXT}です。',
    '{WORDNUM}回聞き直しましたが、最後が聞き取れません。',
  ],
  ko: [
    '청구서 번호 {INVOICE}, 금액 {AMOUNT} 입금 확인했습니다.',
    '{HOLIDAY}은 공휴일이라 수업 없어요~',
    '수험번호 {EXAMID}, 좌석 {SEAT}이에요.',
    '이번 주 점수표\n{TABLE}',
    '{PEOPLE} 님 오늘 발표 최고였어요👍',
    '파일은 {PATH}에 저장했어요.',
    '정답이 {DEC}인가요 {DEC}인가요?',
    '오늘이 벌써 {ORDINAL} 수업이네요!',
    '아침에 {UNIT} 뛰어서 피곤해요ㅠ',
    '녹화 기록\n{STAMP} 시작\n{STAMP} 종료',
    '산 이어폰 모델명이 {SKU}예요. 영상은 {MEASURE}라서 링크로 드릴게요.',
    '오늘 공부 인증 {HASHTAG} {HASHTAG}',
    '{FLIGHT} 편으로 귀국해서 {DATE}은 쉴게요.',
    '{EXPR} 이 문제 풀이 좀 알려 주세요.',
    '학번이 {STUDENTID}로 바뀌었어요. 행정실은 내선 {EXT}번이에요.',
    '토픽 {COUNTDOWN}! 화이팅 💪',
    '{WORDNUM} 번 더 들어 볼게요.',
  ],
  ru: [
    'Счёт {INVOICE} на сумму {AMOUNT} оплачен.',
    '{HOLIDAY} — выходной, занятия не будет.',
    'Ваш экзаменационный номер {EXAMID}, {SEAT}.',
    'Результаты за неделю:\n{TABLE}',
    '{PEOPLE}, {PEOPLE}, отличная дискуссия сегодня!',
    'Сохранил в {PATH}, вечером загружу.',
    'Ответ {DEC} или {DEC}? У меня не сходится.',
    'Это уже {ORDINAL} урок, а я всё путаю падежи 😅',
    'Утром пробежал {UNIT}, так что немного сонный.',
    'Лог записи:\n{STAMP} старт\n{STAMP} стоп',
    'Наушники модели {SKU} пришли. Видео весит {MEASURE}, скину ссылкой.',
    'Выложила конспект {HASHTAG} {HASHTAG}',
    'Рейс {FLIGHT} задерживается, подключусь из аэропорта.',
    'Не понимаю, как решить {EXPR}.',
    'Сделайте {ABBR} и {ABBR} из сборника.',
    'Номер студенческого: {STUDENTID}. Деканат — добавочный {EXT}.',
    'Повторите слова {WORDNUM} раза вслух.',
  ],
  vi: [
    'Hoá đơn {INVOICE}, số tiền {AMOUNT}, hạn thanh toán {DATE}.',
    '{HOLIDAY} được nghỉ lễ nên lớp mình nghỉ nha.',
    'Số báo danh {EXAMID}, ghế {SEAT}.',
    'Điểm tuần này:\n{TABLE}',
    '{PEOPLE} ơi, hôm nay thuyết trình hay lắm!',
    'Mình lưu ở {PATH} rồi, tối up lên.',
    'Đáp án là {DEC} hay {DEC} vậy thầy?',
    'Đây là buổi học {ORDINAL} của em rồi!',
    'Sáng nay em chạy {UNIT} nên hơi mệt.',
    'Nhật ký ghi hình:\n{STAMP} bắt đầu\n{STAMP} kết thúc',
    'Tai nghe mã {SKU} về rồi nha. Video nặng {MEASURE} nên em gửi link sau.',
    'Học xong bài hôm nay {HASHTAG} {HASHTAG}',
    'Chuyến {FLIGHT} bị trễ, em vào học muộn chút.',
    'Bài {EXPR} giải sao vậy cô?',
    'Làm {ABBR} và {ABBR} trong sách bài tập nhé.',
    'Mã số sinh viên của em là {STUDENTID}, phòng đào tạo số máy lẻ {EXT}.',
    'Nghe lại {WORDNUM} lần là nhớ.',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letter = (r: Rng) => UPPER[r.int(0, UPPER.length - 1)];

const GUARD_REGIONS: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR', 'ES', 'IT'];

/** Whether a code-like filler happens to be a real phone, card or My Number: such fillers are drawn again. */
function real(s: string): boolean {
  for (const m of s.normalize('NFKC').matchAll(/\d(?:[ .\-/]?\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (d.length >= 13 && d.length <= 19 && luhn(d)) return true;
    if (d.length === 12 && myNumberCheckDigit(d) === d[11]) return true;
    if (d.length >= 9 && d.length <= 12) for (const region of GUARD_REGIONS) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
  }
  return false;
}

function clean(gen: () => string): string {
  for (;;) {
    const s = gen();
    if (!real(s)) return s;
  }
}

/** Full width on part of a string only. */
function fullWidthPart(r: Rng, s: string): { text: string; part: string } {
  const chars = [...s];
  const way = r.int(0, 2);
  if (way === 0 && /\d/.test(s)) return { text: chars.map((c) => (/\d/.test(c) ? fullWidth(c) : c)).join(''), part: 'digits' };
  if (way === 1 && /[.@\-_:/]/.test(s)) return { text: chars.map((c) => (/[.@\-_:/]/.test(c) ? fullWidth(c) : c)).join(''), part: 'marks' };
  const cut = r.int(1, chars.length - 1);
  return r.chance(0.5) ? { text: fullWidth(chars.slice(0, cut).join('')) + chars.slice(cut).join(''), part: 'head' } : { text: chars.slice(0, cut).join('') + fullWidth(chars.slice(cut).join('')), part: 'tail' };
}

/** Zero-width characters placed at the separators (after @, around dots, between digit groups). */
function zeroWidthAtSeparators(r: Rng, s: string): string {
  const chars = [...s];
  let out = '';
  let put = 0;
  chars.forEach((c, i) => {
    out += c;
    if (i < chars.length - 1 && /[.@\-_ :/]/.test(c) && r.chance(0.8)) {
      out += r.pick(ZW);
      put++;
    }
  });
  if (put === 0) {
    const at = r.int(1, chars.length - 1);
    out = chars.slice(0, at).join('') + r.pick(ZW) + chars.slice(at).join('');
  }
  return out;
}

/** Look-alike letters from the Greek and Cyrillic alphabets, including ones the older generator never uses. */
const GREEK_CYR: Record<string, string[]> = {
  o: ['ο', 'о'],
  v: ['ν'],
  p: ['ρ', 'р'],
  i: ['ι', 'і'],
  k: ['κ'],
  u: ['υ'],
  x: ['χ'],
  s: ['ѕ'],
  j: ['ј'],
  h: ['һ'],
  d: ['ԁ'],
  l: ['ӏ'],
  w: ['ԝ'],
  q: ['ԛ'],
  a: ['а'],
  e: ['е'],
  c: ['с'],
  y: ['у'],
  A: ['Α', 'А'],
  B: ['Β', 'В'],
  E: ['Ε', 'Е'],
  H: ['Η', 'Н'],
  I: ['Ι'],
  K: ['Κ', 'К'],
  M: ['Μ', 'М'],
  N: ['Ν'],
  O: ['Ο', 'О'],
  P: ['Ρ', 'Р'],
  T: ['Τ', 'Т'],
  X: ['Χ', 'Х'],
  Z: ['Ζ'],
};
const RARE = new Set(['v', 'k', 'u', 'x', 's', 'j', 'h', 'd', 'l', 'w', 'q']);

function lookalikes(r: Rng, s: string, from = 0, to = s.length): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < Math.min(to, chars.length); i++) if (GREEK_CYR[chars[i]]) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  // Prefer letters the older generator never swaps.
  const rare = idx.filter((i) => RARE.has(chars[i]) || chars[i] !== chars[i].toLowerCase());
  const pool = rare.length && r.chance(0.7) ? rare : idx;
  const n = r.int(1, Math.min(3, pool.length));
  const done = new Set<number>();
  for (let k = 0; k < n; k++) {
    const i = r.pick(pool);
    if (done.has(i)) continue;
    done.add(i);
    chars[i] = r.pick(GREEK_CYR[chars[i]]);
  }
  return { text: chars.join(''), n: done.size };
}

// ---- names -------------------------------------------------------------------------------------

const NAMES: Record<Lang, { given: string[]; family: string[] }> = {
  en: { given: ['grace', 'liam', 'noah', 'chloe', 'harry', 'ella', 'oscar', 'mia', 'jack', 'amy', 'zoe', 'felix'], family: ['evans', 'moore', 'hughes', 'carter', 'bennett', 'price', 'turner', 'reed', 'fox', 'shaw'] },
  ja: { given: ['riko', 'shun', 'nanami', 'yuto', 'kana', 'hayato', 'ayaka', 'ryo', 'kokoro', 'itsuki'], family: ['ogawa', 'fujita', 'inoue', 'kimura', 'hayashi', 'shimizu', 'mori', 'ikeda', 'okada', 'maeda'] },
  ko: { given: ['seojun', 'haeun', 'doyun', 'jiwoo', 'yejin', 'junseo', 'chaewon', 'siwoo', 'jiho', 'soyeon'], family: ['han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'song', 'baek', 'nam'] },
  ru: { given: ['artem', 'ksenia', 'maxim', 'polina', 'egor', 'vera', 'kirill', 'alina', 'timur', 'sofia'], family: ['volkov', 'orlova', 'zaitsev', 'belova', 'fedorov', 'egorova', 'vinogradov', 'pavlova', 'gusev', 'tarasova'] },
  vi: { given: ['khanh', 'phuong', 'long', 'yen', 'bao', 'nhung', 'dat', 'vy', 'hieu', 'giang'], family: ['truong', 'ly', 'phan', 'dinh', 'duong', 'ha', 'mai', 'lam', 'cao', 'trinh'] },
};

function myHandleName(r: Rng, lang: Lang): string {
  const g = r.pick(NAMES[lang].given);
  const f = r.pick(NAMES[lang].family);
  switch (r.int(0, 6)) {
    case 0:
      return `${g}.${f}.${p2(r.int(0, 99))}`;
    case 1:
      return `${g}_sensei`;
    case 2:
      return `${f}${g}_official`;
    case 3:
      return `its_${g}${r.int(1, 99)}`;
    case 4:
      return `${g}${f[0]}${r.int(100, 999)}`;
    case 5:
      return `${g}__${f}`;
    default:
      return `${f}.${g}`;
  }
}

const MY_MAIL_DOMAINS: Record<Lang, string[]> = {
  en: ['fastmail.com', 'live.com', 'btinternet.com', 'me.com', 'pm.me', 'web.de', 'laposte.net', 'mail.com', 'ed.ac.uk'],
  ja: ['i.softbank.jp', 'au.com', 'ybb.ne.jp', 'ocn.ne.jp', 'biglobe.ne.jp', 'gmail.com', 'keio.jp', 'icloud.com'],
  ko: ['naver.com', 'hotmail.com', 'korea.ac.kr', 'snu.ac.kr', 'daum.net', 'gmail.com', 'kakao.com'],
  ru: ['yandex.com', 'mail.ru', 'internet.ru', 'edu.hse.ru', 'gmail.com', 'rambler.ru', 'yandex.ru'],
  vi: ['gmail.com', 'hcmut.edu.vn', 'vnu.edu.vn', 'yahoo.com', 'icloud.com', 'fpt.edu.vn', 'outlook.com.vn'],
};

function myAddress(r: Rng, lang: Lang): { local: string; domain: string } {
  const g = r.pick(NAMES[lang].given);
  const f = r.pick(NAMES[lang].family);
  const local = r.pick([`${g}.${f}+tutor`, `${f}${p2(r.int(0, 99))}`, `${g}${f[0]}.lessons`, `${g}-${f}-${r.int(1, 9)}`, `${f}.${g}`, `${g}${r.int(1990, 2010)}`, `${g[0]}${f}`]);
  return { local, domain: r.pick(MY_MAIL_DOMAINS[lang]) };
}

// ---- at/dot words, other spellings --------------------------------------------------------------

const MY_AT_DOT: Record<Lang, { at: string[]; dot: string[] }> = {
  en: { at: [' (AT) ', ' [ at ] ', ' {at} ', ' <at> ', '(at)', ' At '], dot: [' (DOT) ', ' [ dot ] ', ' {dot} ', ' <dot> ', '(dot)', ' Dot '] },
  ja: { at: ['ｱｯﾄ', ' ｱｯﾄﾏｰｸ ', 'アットマーク', '（アット）', ' あっと '], dot: ['ﾄﾞｯﾄ', ' ﾄﾞｯﾄ ', '（ドット）', ' どっと ', 'ドット'] },
  ko: { at: ['엣', ' 엣 ', '(골뱅이)', ' 앳 ', '[앳]'], dot: ['쩜', ' 쩜 ', '(점)', '[닷]', ' 점 '] },
  ru: { at: [' СОБАКА ', ' [собака] ', '(собачка)', ' Собака ', ' собака '], dot: [' ТОЧКА ', ' [точка] ', ' тчк. ', ' Точка ', ' точка '] },
  vi: { at: [' A CÒNG ', '(a cong)', ' [a còng] ', ' A còng ', ' a còng '], dot: [' CHẤM ', '(cham)', ' [chấm] ', ' Chấm ', ' chấm '] },
};
/** Words of another language (mostly English) for one of the two, as mixed-language users write. */
const OTHER_AT_DOT: Record<Lang, { at: string[]; dot: string[] }> = {
  en: { at: [' at '], dot: [' dot '] },
  ja: { at: [' at ', 'アット', '(at)'], dot: [' dot ', 'ドット', '.'] },
  ko: { at: [' at ', '앳', '@'], dot: [' dot ', '점', '.'] },
  ru: { at: [' at ', ' собака ', '@'], dot: [' dot ', ' точка ', '.'] },
  vi: { at: [' at ', ' a còng ', '@'], dot: [' dot ', ' chấm ', '.'] },
};

// ---- emails ------------------------------------------------------------------------------------

function blindEmail(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { local, domain } = r.chance(0.5) ? myAddress(r, lang) : splitAddress(email(r, lang, false).text);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.15) ? addr.toUpperCase() : addr, obfuscated: false };
  const way = r.int(0, 7);
  if (way <= 1) {
    const w = MY_AT_DOT[lang];
    return { text: `${local}${r.pick(w.at)}${domain.split('.').join(r.pick(w.dot))}`, obfuscated: true, how: 'at-dot words, other spellings' };
  }
  if (way === 2) {
    const mine = MY_AT_DOT[lang];
    const other = OTHER_AT_DOT[lang];
    const atMine = r.chance(0.5);
    const at = r.pick(atMine ? mine.at : other.at);
    const dot = r.pick(atMine ? other.dot : mine.dot);
    const single = at === '@' || dot === '.';
    return { text: `${local}${at}${domain.split('.').join(dot)}`, obfuscated: true, how: single ? 'at-dot words, other spellings' : 'at-dot words, mixed spellings' };
  }
  if (way === 3) {
    const parts = domain.split('.');
    const tld = parts.pop();
    const host = parts.join('.');
    const forms = [`${local} @${domain}`, `${local}@ ${domain}`, `${local}@${host} .${tld}`, `${local} @${host}. ${tld}`, `${local}@ ${host} . ${tld}`];
    return { text: r.pick(forms), obfuscated: true, how: 'split by spaces at other points' };
  }
  if (way === 4) {
    const form = r.int(0, 2);
    const text = form === 0 ? `${fullWidth(local)}@${domain}` : form === 1 ? `${local}＠${domain}` : `${local}@${fullWidth(domain)}`;
    return { text, obfuscated: true, how: 'partly full-width' };
  }
  if (way === 5) {
    const inDomain = r.chance(0.6);
    const l = inDomain ? { text: local, n: 0 } : lookalikes(r, local);
    const d = inDomain || l.n === 0 ? lookalikes(r, domain) : { text: domain, n: 0 };
    if (l.n + d.n === 0) return { text: zeroWidthAtSeparators(r, addr), obfuscated: true, how: 'zero-width at separators' };
    return { text: `${l.text}@${d.text}`, obfuscated: true, how: d.n > 0 ? 'look-alikes in the domain' : 'look-alikes, Greek and other Cyrillic' };
  }
  if (way === 6) return { text: zeroWidthAtSeparators(r, addr), obfuscated: true, how: 'zero-width at separators' };
  const at = { en: ' at ', ja: 'アット', ko: '앳', ru: ' собака ', vi: ' a còng ' }[lang];
  return { text: `${fullWidth(local)}${at}${domain}`, obfuscated: true, how: 'full-width with at word' };
}

function splitAddress(a: string): { local: string; domain: string } {
  const i = a.lastIndexOf('@');
  return { local: a.slice(0, i), domain: a.slice(i + 1) };
}

// ---- phones ------------------------------------------------------------------------------------

const WORDS: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};
const ZERO_ALT: Record<Lang, string> = { en: 'oh', ja: '零', ko: '영', ru: 'нуль', vi: 'không' };
const VI_PLAIN = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];

function spell(r: Rng, lang: Lang, digits: string, opts: { plainVi?: boolean; joiner?: string } = {}): string {
  const zero = r.chance(0.3) ? ZERO_ALT[lang] : WORDS[lang][0];
  const table = opts.plainVi ? VI_PLAIN : lang === 'vi' && r.chance(0.3) ? WORDS.vi.map((w, i) => (i === 7 ? 'bẩy' : w)) : WORDS[lang];
  const cjk = lang === 'ja' || lang === 'ko';
  const joiner = opts.joiner ?? (cjk ? '' : ' ');
  return [...digits].map((c) => (c === '0' && !opts.plainVi ? zero : table[Number(c)])).join(joiner);
}

/** The usual groups of a national number, by region. */
function natGroups(region: CountryCode, nat: string): number[] {
  const n = nat.length;
  if (region === 'RU') return [1, 3, 3, 2, 2];
  if (region === 'FR') return [2, 2, 2, 2, 2];
  if (region === 'GB') return [5, n - 5];
  if (region === 'DE') return [4, n - 4];
  if (region === 'VN') return [4, 3, 3];
  if (region === 'ES') return [3, 3, 3];
  if (region === 'KR' && n === 9) return [2, 3, 4];
  if (region === 'JP' && nat.startsWith('03')) return [2, 4, 4];
  if (n === 11) return [3, 4, 4];
  if (n === 10) return [3, 3, 4];
  return [n];
}

function chunk(s: string, groups: number[]): string[] {
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

/** Groups of the number without its trunk prefix, as written after the country code. */
function intlGroups(region: CountryCode, sig: string): number[] {
  const n = sig.length;
  if (region === 'RU') return [3, 3, 2, 2];
  if (region === 'FR') return [1, 2, 2, 2, 2];
  if (region === 'GB') return [4, n - 4];
  if (region === 'DE') return [3, n - 3];
  if (region === 'ES') return [3, 3, 3];
  if ((region === 'JP' || region === 'KR') && n === 10) return [2, 4, 4];
  if (region === 'JP' && n === 9) return [1, 4, 4];
  if (region === 'KR' && n === 8) return [1, 3, 4];
  if (region === 'VN' && n === 9) return [2, 3, 4];
  if (n === 10) return [3, 3, 4];
  return [n];
}

/** Other groupings people use for the same numbers, by region and length (e.g. 090 12345678, 612 34 56 78, 8 916 123 4567). */
function altGroups(region: CountryCode, nat: string): number[][] {
  const n = nat.length;
  if (region === 'RU') return [[1, 3, 7], [1, 3, 3, 4], [4, 3, 4]];
  if (region === 'FR') return [[4, 2, 2, 2], [2, 8]];
  if (region === 'ES') return [[3, 2, 2, 2], [9]];
  if (region === 'IT') return [[3, 7], [3, 4, 3]];
  if (region === 'GB') return nat.startsWith('02') ? [[3, 8], [3, 4, 4]] : [[5, 3, 3], [4, 3, 4]];
  if (region === 'DE') return [[5, n - 5], [4, 3, n - 7]];
  if (region === 'VN') return [[3, 3, 4], [4, 2, 2, 2], [4, 6]];
  if (region === 'US') return [[3, 7], [3, 3, 4]];
  if (region === 'KR' && n === 9) return [[2, 7], [2, 3, 2, 2]];
  if (region === 'JP' && nat.startsWith('03')) return [[2, 8], [2, 2, 2, 4]];
  if (n === 11) return [[3, 8], [3, 2, 2, 2, 2], [4, 3, 4]];
  return [[3, 3, 4], [n]];
}

function regroup(r: Rng, region: CountryCode, nat: string): string[] {
  return chunk(nat, r.pick(altGroups(region, nat)));
}

/** At most three groups, for spelled and written groups in turn. */
function threeGroups(usual: number[]): number[] {
  if (usual.length <= 3) return usual;
  if (usual.length === 4) return [usual[0] + usual[1], usual[2], usual[3]];
  return [usual[0] + usual[1], usual[2], usual.slice(3).reduce((x, y) => x + y, 0)];
}

const GROUP_WORDS: Record<Lang, string[]> = {
  en: [' hyphen ', ' hyphen ', ' dash '],
  ja: ['の', ' の ', 'の'],
  ko: ['에 ', ' 다시 ', '에 '],
  ru: [' дефис ', ' дефис ', ' тире '],
  vi: [' gạch ngang ', ' gạch nối ', ' gạch ngang '],
};

function blindPhone(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const p = phoneDigits(r, lang);
  const nat = p.region === 'RU' ? '8' + p.national : p.national;
  const usual = natGroups(p.region, nat);
  const cjk = lang === 'ja' || lang === 'ko';
  if (!obfuscate) {
    // Written forms people use that the older generator does not: other groupings and separators.
    const parts = r.chance(0.5) ? chunk(nat, usual) : regroup(r, p.region, nat);
    return { text: parts.join(r.pick([' ', '-', '.', ' '])), obfuscated: false };
  }
  const way = r.int(0, 8);
  // Vietnamese and CJK have a form of their own, drawn in place of some of the spelled ones.
  const special = (lang === 'vi' || cjk) && (way === 5 || (way === 3 && r.chance(0.5)));
  if (way === 0) {
    const parts = regroup(r, p.region, nat);
    const seps = [' ', '.', '-', '. ', ' - '];
    const mixed = r.chance(0.4);
    const sep = r.pick(seps);
    return { text: parts.map((g, i) => (i === 0 ? g : (mixed ? r.pick(seps) : sep) + g)).join(''), obfuscated: true, how: 'regrouped digits' };
  }
  if (way === 1) {
    const parts = chunk(nat, usual.length > 3 ? [usual[0] + usual[1], ...usual.slice(2)] : usual);
    const w = r.pick(GROUP_WORDS[lang]);
    return { text: parts.join(w), obfuscated: true, how: 'words between groups' };
  }
  if (way === 2) {
    // Spelled groups alternating with written ones.
    const parts = chunk(nat, threeGroups(usual));
    const startSpelled = r.chance(0.5);
    const text = parts.map((g, i) => ((i % 2 === 0) === startSpelled ? spell(r, lang, g) : g)).join(cjk ? r.pick([' ', '-']) : r.pick([' ', ', ', ' - ']));
    return { text, obfuscated: true, how: 'spelled and written groups mixed' };
  }
  if (way === 3 && !special) {
    const parts = chunk(nat, usual);
    if (cjk) return { text: parts.map((g) => spell(r, lang, g, { joiner: ' ' })).join(r.pick(['  ', ' - ', '、'])), obfuscated: true, how: 'spelled digits, other spacing' };
    const text = parts.map((g) => spell(r, lang, g, { joiner: '-' })).join(r.pick([', ', ' - ', '. ', '... ']));
    return { text, obfuscated: true, how: 'spelled digits, other spacing' };
  }
  if (way === 4) {
    const parsed = parsePhoneNumberFromString(p.national, p.region)!;
    const sig = String(parsed.nationalNumber);
    const groups = chunk(sig, intlGroups(p.region, sig));
    const text = `+${parsed.countryCallingCode} ` + groups.map((g) => spell(r, lang, g)).join(cjk ? ' ' : ', ');
    return { text, obfuscated: true, how: 'country code then spelled digits' };
  }
  if (special && lang === 'vi') {
    const parts = chunk(nat, usual);
    return { text: parts.map((g) => spell(r, lang, g, { plainVi: true })).join(r.pick([' ', ', ', ' - '])), obfuscated: true, how: 'spelled without diacritics' };
  }
  if (special && cjk) {
    // Spelled and full-width digits in one number, as a phone keyboard in CJK mode gives them.
    const parts = chunk(nat, threeGroups(usual));
    const text = parts.map((g, i) => (i % 2 === 1 ? fullWidth(g) : spell(r, lang, g))).join(r.pick(lang === 'ja' ? ['－', '-', '\u3000', 'ー'] : ['－', '-', ' ']));
    return { text, obfuscated: true, how: 'spelled and full-width digits mixed' };
  }
  if (way <= 6) {
    const written = chunk(nat, usual).join(r.pick(['-', ' ']));
    const f = fullWidthPart(r, written);
    if (f.text === written) return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
    return { text: f.text, obfuscated: true, how: 'partly full-width' };
  }
  if (way === 7) return { text: zeroWidthAtSeparators(r, chunk(nat, usual).join(r.pick([' ', '-', '.']))), obfuscated: true, how: 'zero-width at separators' };
  // Every digit apart, groups further apart.
  const parts = chunk(nat, usual);
  return { text: parts.map((g) => [...g].join(r.pick([' ', '.']))).join(r.pick(['   ', ' - ', '  '])), obfuscated: true, how: 'spaced digits, wider groups' };
}

// ---- links -------------------------------------------------------------------------------------

const MY_SITES: Record<Lang, string[]> = {
  en: ['tutorbase.io/{h}', 'www.englishwithgrace.co.uk', '{hh}.github.io', 'forms.gle/{k}', 'drive.google.com/drive/folders/{k}', 'padlet.com/{h}/vocab', 'quizlet.com/user/{h}', 'grammar-garage.net/{h}', 'speakwell.academy'],
  ja: ['{hh}.hatenablog.com', 'lit.link/{h}', 'stand.fm/channels/{k}', 'nihongo-juku.jp/trial', '日本語教室.jp', 'forms.gle/{k}', 'www.street-academy.com/myclass/{n}'],
  ko: ['brunch.co.kr/@{h}', 'litt.ly/{h}', 'class101.net/products/{k}', 'smartstore.naver.com/{h}', '한국어수업.한국', 'forms.gle/{k}', 'm.blog.naver.com/{h}'],
  ru: ['disk.yandex.ru/d/{k}', 'taplink.cc/{h}', 'stepik.org/course/{n}', 'английский-с-нуля.рф', 'урокирусского.онлайн', 'rutube.ru/channel/{n}', 'tutor-{hh}.ru'],
  vi: ['{hh}.wixsite.com/tienganh', 'forms.gle/{k}', 'tiengnhat.edu.vn', 'học-tiếng-anh.vn', 'drive.google.com/file/d/{k}/view', 'www.facebook.com/groups/{n}', 'giasu-{hh}.com'],
};
const MY_MESSENGER_LINKS = ['t.me/{h}', 'telegram.me/{h}', 'line.me/ti/g2/{k}', 'wa.me/{w}', 'api.whatsapp.com/send?phone={w}', 'open.kakao.com/o/g{k}', 'zalo.me/{w}', 'discord.com/invite/{k}', 'vk.me/{h}', 'www.instagram.com/{h}/', 'line.me/R/ti/p/%40{h}'];

function fillSite(r: Rng, lang: Lang, pattern: string): string {
  const name = r.chance(0.5) ? myHandleName(r, lang) : handleName(r, lang);
  const h = name.replace(/\./g, '_');
  const hh = name.replace(/[._]+/g, '-');
  const k = [...Array(r.int(6, 10))].map(() => r.pick([...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join('');
  const n = String(r.int(10000, 999999));
  let w = '';
  if (pattern.includes('{w}')) {
    const p = phoneDigits(r, lang);
    const parsed = parsePhoneNumberFromString(p.national, p.region)!;
    w = `${parsed.countryCallingCode}${parsed.nationalNumber}`;
  }
  return pattern.replace('{hh}', hh).replace('{h}', h).replace('{k}', k).replace('{n}', n).replace('{w}', w);
}

function blindUrl(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  if (r.chance(0.4)) {
    // Half of the links come from the older list of sites.
    const u = url(r, lang, false).text;
    return disguiseUrl(r, lang, u, obfuscate);
  }
  const messenger = r.chance(0.35);
  const site = fillSite(r, lang, r.pick(messenger ? MY_MESSENGER_LINKS : MY_SITES[lang]));
  const scheme = site.startsWith('www.') ? r.pick(['', 'https://']) : r.chance(0.4) ? r.pick(['https://', 'http://']) : '';
  return disguiseUrl(r, lang, scheme + site, obfuscate);
}

function disguiseUrl(r: Rng, lang: Lang, u: string, obfuscate: boolean): Surface {
  if (!obfuscate) return { text: u, obfuscated: false };
  const m = /^(https?:\/\/)?([^/]+)(.*)$/.exec(u)!;
  const scheme = m[1] ?? '';
  const host = m[2];
  const path = m[3];
  const idn = /[^\x00-\x7f]/.test(host);
  const way = r.int(0, 5);
  if (way === 0 || (idn && way >= 3)) {
    const dot = r.pick(MY_AT_DOT[lang].dot.concat(OTHER_AT_DOT[lang].dot.filter((d) => d !== '.')));
    return { text: scheme + host.split('.').join(dot) + path, obfuscated: true, how: 'dot words, other spellings' };
  }
  if (way === 1) {
    const forms: string[] = [];
    if (scheme) forms.push(`${scheme} ${host}${path}`);
    if (path.length > 1) forms.push(`${scheme}${host} ${path}`, `${scheme}${host}${path.replace(/^\/([^/]+)\//, '/$1/ ')}`, `${scheme}${host}/ ${path.slice(1)}`);
    const labels = host.split('.');
    if (labels.length > 2) forms.push(`${scheme}${labels.slice(0, -1).join('.')} .${labels[labels.length - 1]}${path}`, `${scheme}${labels[0]} .${labels.slice(1).join('.')}${path}`);
    forms.push(`${scheme}${labels.slice(0, -1).join('.')}. ${labels[labels.length - 1]}${path}`);
    return { text: r.pick(forms.filter((f) => f !== u)), obfuscated: true, how: 'split by spaces at other points' };
  }
  if (way === 2) {
    const form = r.int(0, 2);
    const text = form === 0 ? scheme + fullWidth(host) + path : form === 1 ? scheme + host.replace(/\./g, '．') + path : scheme + host + fullWidth(path);
    if (text === u) return { text: fullWidth(u), obfuscated: true, how: 'full-width' };
    return { text, obfuscated: true, how: 'partly full-width' };
  }
  if (way === 3) {
    const l = lookalikes(r, host);
    if (l.n > 0) return { text: scheme + l.text + path, obfuscated: true, how: 'look-alikes in the host name' };
  }
  if (way === 5 && !idn) {
    // Look-alikes in the top-level domain or the first label only.
    const labels = host.split('.');
    const at = r.chance(0.5) ? labels.length - 1 : labels[0] === 'www' ? 1 : 0;
    const l = lookalikes(r, labels[at]);
    if (l.n > 0) {
      labels[at] = l.text;
      return { text: scheme + labels.join('.') + path, obfuscated: true, how: 'look-alikes in the host name' };
    }
  }
  return { text: scheme + zeroWidthAtSeparators(r, host + path), obfuscated: true, how: 'zero-width at separators' };
}

// ---- handles -----------------------------------------------------------------------------------

function blindHandle(r: Rng, lang: Lang, obfuscate: boolean, at: boolean): Surface {
  const name = r.chance(0.5) ? myHandleName(r, lang) : handleName(r, lang);
  const h = (at ? '@' : '') + name;
  if (!obfuscate) return { text: h, obfuscated: false };
  const way = r.int(0, 3);
  if (way === 0) {
    if (at && r.chance(0.4)) return { text: '＠' + name, obfuscated: true, how: 'partly full-width' };
    const f = fullWidthPart(r, h);
    if (f.text !== h) return { text: f.text, obfuscated: true, how: 'partly full-width' };
  }
  if (way <= 1) {
    const l = lookalikes(r, h);
    if (l.n > 0) return { text: l.text, obfuscated: true, how: 'look-alikes, Greek and other Cyrillic' };
  }
  if (way === 2) {
    // A capitalised name with a look-alike capital.
    const cap = h.replace(/^(@?)(.)/, (_, a: string, c: string) => a + c.toUpperCase());
    const l = lookalikes(r, cap, at ? 1 : 0, at ? 2 : 1);
    if (l.n > 0) return { text: l.text, obfuscated: true, how: 'look-alike capital' };
    const m = lookalikes(r, h);
    if (m.n > 0) return { text: m.text, obfuscated: true, how: 'look-alikes, Greek and other Cyrillic' };
  }
  return { text: zeroWidthAtSeparators(r, h), obfuscated: true, how: 'zero-width at separators' };
}

// ---- numbers with check digits -----------------------------------------------------------------

const digitsOf = (s: string) => s.replace(/\D/g, '');

function blindCard(r: Rng, obfuscate: boolean): Surface {
  const d = digitsOf(card(r, false).text);
  const groups = d.length === 15 ? chunk(d, [4, 6, 5]) : chunk(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: groups.join(r.pick([' ', '-', '  '])), obfuscated: false };
  const way = r.int(0, 3);
  if (way === 0) return { text: groups.join('.'), obfuscated: true, how: 'dotted groups' };
  if (way === 1) return { text: groups.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'partly full-width' };
  if (way === 2) return { text: groups.map((g) => chunk(g, [2, 2, 2]).join(' ')).join(' - '), obfuscated: true, how: 'regrouped digits' };
  return { text: zeroWidthAtSeparators(r, groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'zero-width at separators' };
}

function blindIp(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const hex = () => r.int(1, 0xffff).toString(16);
  const mine = r.int(0, 4);
  const plain =
    mine === 0
      ? `fe80::${hex()}:${hex()}:${hex()}:${hex()}`
      : mine === 1
        ? `2a02:6b8:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`
        : mine === 2
          ? `${r.int(31, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
          : ip(r, false).text; // the older generator's forms
  const v6 = plain.includes(':');
  if (!obfuscate) return { text: plain, obfuscated: false };
  const way = r.int(0, 3);
  if (way === 0 && !v6) return { text: plain.split('.').join(r.pick([' . ', '. ', ' .'])), obfuscated: true, how: 'split by spaces at other points' };
  if (way === 1 && !v6) {
    const dot = r.pick(MY_AT_DOT[lang].dot.concat(OTHER_AT_DOT[lang].dot.filter((d) => d !== '.')));
    return { text: plain.split('.').join(dot), obfuscated: true, how: 'dot words, other spellings' };
  }
  if (way === 2) {
    const f = fullWidthPart(r, plain);
    if (f.text !== plain) return { text: f.text, obfuscated: true, how: 'partly full-width' };
  }
  return { text: zeroWidthAtSeparators(r, plain), obfuscated: true, how: 'zero-width at separators' };
}

function blindIban(r: Rng, obfuscate: boolean): Surface {
  const compact = iban(r, false).text.replace(/ /g, '');
  const groups = compact.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.5) ? groups.join(' ') : compact, obfuscated: false };
  const way = r.int(0, 2);
  if (way === 0) return { text: groups.join('-'), obfuscated: true, how: 'dashes between groups' };
  if (way === 1) return { text: [...groups.join(' ')].map((c) => (/\d/.test(c) ? fullWidth(c) : c)).join(''), obfuscated: true, how: 'partly full-width' };
  return { text: zeroWidthAtSeparators(r, groups.join(' ')), obfuscated: true, how: 'zero-width at separators' };
}

function blindMyNumber(r: Rng, obfuscate: boolean): Surface {
  const d = digitsOf(myNumber(r, false).text);
  const groups = chunk(d, [4, 4, 4]);
  if (!obfuscate) return { text: groups.join(r.pick([' ', '-', ' '])), obfuscated: false };
  const way = r.int(0, 3);
  if (way === 0) return { text: [...d].join(' '), obfuscated: true, how: 'spaced digits' };
  if (way === 1) return { text: groups.map((g, i) => (i === 1 ? fullWidth(g) : g)).join('-'), obfuscated: true, how: 'partly full-width' };
  if (way === 2) return { text: groups.map((g) => spell(r, 'ja', g)).join(r.pick([' ', '－', '-'])), obfuscated: true, how: 'spelled digits' };
  return { text: zeroWidthAtSeparators(r, groups.join(' ')), obfuscated: true, how: 'zero-width at separators' };
}

function blindRrn(r: Rng, obfuscate: boolean): Surface {
  const d = digitsOf(rrn(r, false).text);
  if (!obfuscate) return { text: r.pick([`${d.slice(0, 6)}-${d.slice(6)}`, `${d.slice(0, 6)} - ${d.slice(6)}`, `${d.slice(0, 6)} ${d.slice(6)}`]), obfuscated: false };
  const way = r.int(0, 3);
  if (way === 0) return { text: `${[...d.slice(0, 6)].join(' ')} - ${[...d.slice(6)].join(' ')}`, obfuscated: true, how: 'spaced digits' };
  if (way === 1) return { text: `${d.slice(0, 6)}－${fullWidth(d.slice(6))}`, obfuscated: true, how: 'partly full-width' };
  if (way === 2) return { text: `${spell(r, 'ko', d.slice(0, 6))}-${d.slice(6)}`, obfuscated: true, how: 'spelled and written groups mixed' };
  return { text: zeroWidthAtSeparators(r, `${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'zero-width at separators' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface BlindEntity {
  type: FindingType;
  surface: Surface;
}

function newEntity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): BlindEntity | null {
  switch (slot) {
    case 'EMAIL':
      return { type: 'EMAIL', surface: blindEmail(r, lang, obfuscate) };
    case 'PHONE':
      return { type: 'PHONE', surface: blindPhone(r, lang, obfuscate) };
    case 'URL':
      return { type: 'URL', surface: blindUrl(r, lang, obfuscate) };
    case 'HANDLE':
      return { type: 'MESSENGER_ID', surface: blindHandle(r, lang, obfuscate, false) };
    case 'HANDLE@':
      return { type: 'MESSENGER_ID', surface: blindHandle(r, lang, obfuscate, true) };
    case 'CARD':
      return { type: 'CREDIT_CARD', surface: blindCard(r, obfuscate) };
    case 'IP':
      return { type: 'IP_ADDRESS', surface: blindIp(r, lang, obfuscate) };
    case 'IBAN':
      return { type: 'IBAN', surface: blindIban(r, obfuscate) };
    case 'MYNUM':
      return { type: 'JP_MY_NUMBER', surface: blindMyNumber(r, obfuscate) };
    case 'RRN':
      return { type: 'KR_RRN', surface: blindRrn(r, obfuscate) };
    default:
      return null;
  }
}

const ENTITY_SLOTS = new Set(['EMAIL', 'PHONE', 'URL', 'HANDLE', 'HANDLE@', 'CARD', 'IP', 'IBAN', 'MYNUM', 'RRN']);

/** An entity for a slot of the blind templates: half from the older generators, half from the writers above; null for a filler slot. */
export function blindEntity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): BlindEntity | null {
  if (!ENTITY_SLOTS.has(slot)) return null;
  return r.chance(0.5) ? entity(r, lang, slot, obfuscate) : newEntity(r, lang, slot, obfuscate);
}

// ---- hard-negative fillers ---------------------------------------------------------------------

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Public holidays: a name and a month with the days it can fall on. */
const HOLIDAYS: Record<Lang, [string, number, number, number][]> = {
  en: [
    ["New Year's Day", 1, 1, 1],
    ['Memorial Day', 5, 25, 31],
    ['the May bank holiday', 5, 1, 7],
    ['the August bank holiday', 8, 25, 31],
    ['Labor Day', 9, 1, 7],
    ['Thanksgiving', 11, 22, 28],
    ['Boxing Day', 12, 26, 26],
    ['Easter Monday', 4, 1, 21],
  ],
  ja: [
    ['文化の日', 11, 3, 3],
    ['勤労感謝の日', 11, 23, 23],
    ['天皇誕生日', 2, 23, 23],
    ['海の日', 7, 15, 21],
    ['敬老の日', 9, 15, 21],
    ['成人の日', 1, 8, 14],
    ['春分の日', 3, 20, 21],
    ['昭和の日', 4, 29, 29],
  ],
  ko: [
    ['개천절', 10, 3, 3],
    ['한글날', 10, 9, 9],
    ['현충일', 6, 6, 6],
    ['어린이날', 5, 5, 5],
    ['광복절', 8, 15, 15],
    ['추석 연휴', 9, 14, 30],
    ['설 연휴', 1, 21, 31],
    ['삼일절', 3, 1, 1],
  ],
  ru: [
    ['День народного единства', 11, 4, 4],
    ['Международный женский день', 3, 8, 8],
    ['День защитника Отечества', 2, 23, 23],
    ['День России', 6, 12, 12],
    ['Праздник весны и труда', 5, 1, 1],
    ['День Победы', 5, 9, 9],
  ],
  vi: [
    ['Quốc khánh', 9, 2, 2],
    ['Giỗ Tổ Hùng Vương', 4, 6, 28],
    ['Ngày Giải phóng miền Nam', 4, 30, 30],
    ['Tết Dương lịch', 1, 1, 1],
    ['Tết Nguyên Đán', 2, 1, 17],
    ['Quốc tế Lao động', 5, 1, 1],
  ],
};

const SKILLS: Record<Lang, string[]> = {
  en: ['Reading', 'Listening', 'Speaking', 'Writing', 'Vocab', 'Grammar'],
  ja: ['読解', '聴解', '文法', '語彙', '作文', '会話'],
  ko: ['듣기', '읽기', '쓰기', '어휘', '문법', '말하기'],
  ru: ['Чтение', 'Аудирование', 'Письмо', 'Говорение', 'Лексика', 'Грамматика'],
  vi: ['Nghe', 'Đọc', 'Viết', 'Nói', 'Từ vựng', 'Ngữ pháp'],
};

const PEOPLE: Record<Lang, string[]> = {
  en: ['Grace', 'Liam', 'Chloe', 'Oscar', 'Mia', 'Felix', 'Zoe', 'Harry', 'Priya', 'Tomasz', 'Ama', 'Diego'],
  ja: ['りこ', '小林', 'Shun', 'ナナミ', '佐々木', 'yuto', '花子', 'Kana'],
  ko: ['김서준', '하은', 'doyun', '지우', '예진', 'Junseo', '박채원', '시우'],
  ru: ['Ксения', 'Артём', 'maxim', 'Полина', 'Егор', 'Вера_К', 'Кирилл', 'alina'],
  vi: ['Khánh', 'Phương', 'long', 'Yến', 'Bảo', 'Nhung', 'Đạt', 'vy'],
};

const FOLDERS: Record<Lang, string[]> = {
  en: ['Documents', 'Homework', 'IELTS prep', 'Lessons'],
  ja: ['デスクトップ', '宿題', 'レッスン', 'JLPT対策'],
  ko: ['바탕화면', '숙제', '수업자료', '토픽'],
  ru: ['Документы', 'Английский', 'Домашка', 'Уроки'],
  vi: ['Tài liệu', 'IELTS', 'Bài tập', 'Học tiếng Anh'],
};
const STEMS = ['essay', 'unit', 'week', 'mock_test', 'speaking', 'notes', 'vocab', 'draft', 'listening'];
const EXTS = ['docx', 'pdf', 'pptx', 'mp4', 'xlsx', 'txt', 'm4a', 'png', 'key', 'pages', 'odt', 'wav'];

const HASH: Record<Lang, string[]> = {
  en: ['IELTS', 'englishpractice', 'studygram', 'phrasalverbs', 'TOEIC', 'grammarnerd', 'learnenglish'],
  ja: ['日本語勉強中', 'JLPT', 'N2', '独学', '英語学習', '勉強垢'],
  ko: ['한국어공부', 'TOPIK', '공스타그램', '영어회화', '오늘공부', '공부기록'],
  ru: ['английский', 'учусь', 'ЕГЭ', 'грамматика', 'english', 'языки'],
  vi: ['tienganh', 'IELTS', 'hoctienghan', 'tuhoc', 'studywithme', 'tiengnhat'],
};
const HASH_TAIL: Record<Lang, (n: number, y: number) => string> = {
  en: (_n, y) => `${y}`,
  ja: (n) => `${n}日目`,
  ko: (n) => `${n}일차`,
  ru: (_n, y) => `${y}`,
  vi: (n) => `ngay${n}`,
};

const AIRLINES: Record<Lang, string[]> = {
  en: ['BA', 'UA', 'AA', 'LH', 'DL', 'EK'],
  ja: ['JL', 'NH', 'MM', 'BC'],
  ko: ['KE', 'OZ', '7C', 'LJ'],
  ru: ['SU', 'S7', 'U6', 'DP'],
  vi: ['VN', 'VJ', 'QH', 'BL'],
};

const EN_NUM = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const JA_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const KO_NATIVE = ['두세', '서너', '너덧', '대여섯', '예닐곱', '여남은', '열댓', '두어'];
const RU_NUM = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'];
const VI_NUM = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

const EN_ORD = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'twentieth'];
const ordinalEn = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** Fillers for the blind hard-negative slots; null for a slot of the older kinds (PRICE, DATE, TIME, NUM...). */
export function blindFiller(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  const y = n(2024, 2027);
  switch (slot) {
    case 'INVOICE':
      return clean(() =>
        r.pick(
          {
            en: [`INV-${y}-${r.digits(5)}`, `${letter(r)}${letter(r)}${y % 100}/${r.digits(4)}`, `#${y}-${p2(n(1, 12))}-${r.digits(3)}`],
            ja: [`INV-${y}${p2(n(1, 12))}-${r.digits(4)}`, `No.${y}-${r.digits(4)}`, `第${y}-${r.digits(3)}号`],
            ko: [`${y}-${p2(n(1, 12))}${p2(n(1, 28))}-${r.digits(3)}`, `INV${y % 100}${r.digits(5)}`, `제${y}-${r.digits(4)}호`],
            ru: [`№ ${r.digits(4)}/${y % 100}`, `СЧ-${r.digits(6)}`, `№${n(1, 999)} от ${p2(n(1, 28))}.${p2(n(1, 12))}.${y}`],
            vi: [`HĐ${r.digits(7)}`, `${r.digits(7)}/HĐ-${y}`, `số ${r.digits(5)}/${y % 100}`],
          }[lang],
        ),
      );
    case 'AMOUNT': {
      const big = n(1, 99);
      const ddd = String(n(0, 999)).padStart(3, '0');
      const cc = p2(n(0, 99));
      return r.pick(
        {
          en: [`$${big},${ddd}.${cc}`, `€${n(10, 999)}.${cc}`, `£${n(10, 999)}.${cc} + VAT`, `USD ${n(20, 900)}.${cc}`],
          ja: [`¥${big},${ddd}（税込）`, `${big},${ddd}円（税込）`, `${n(1, 9)}万${n(1, 9)}千円`, `税抜${n(2, 30)},${ddd}円`],
          ko: [`${big},${ddd}원`, `${n(1, 99)}만 ${n(1, 9)}천원`, `₩${n(1, 9)},${ddd},${ddd}`, `총 ${big}만원`],
          ru: [`${big} ${ddd},${cc} ₽`, `${n(10, 999)} руб. ${cc} коп.`, `${big} ${ddd},${cc} руб.`, `${n(100, 990)} €`],
          vi: [`${n(1, 9)}.${ddd}.${ddd} ₫`, `${n(100, 999)}k`, `${n(1, 20)} triệu ${n(1, 9)}00 nghìn đồng`, `${big}.${ddd} VNĐ`],
        }[lang],
      );
    }
    case 'HOLIDAY': {
      const [name, m, lo, hi] = r.pick(HOLIDAYS[lang]);
      const d = n(lo, hi);
      const withYear = r.chance(0.3);
      return r.pick(
        {
          en: [`${name} (${m}/${d})`, `${name}, ${EN_MONTHS[m - 1]} ${d}`, `${d} ${EN_MONTHS[m - 1]}${withYear ? ' ' + y : ''} (${name})`, name],
          ja: [`${m}月${d}日（${name}）`, `${m}/${d}の${name}`, `${withYear ? y + '年' : ''}${m}月${d}日の${name}`, name],
          ko: [`${m}월 ${d}일 ${name}`, `${name}(${m}/${d})`, `${withYear ? y + '년 ' : ''}${m}월 ${d}일`, name],
          ru: [`${d} ${RU_MONTHS[m - 1]} (${name})`, `${p2(d)}.${p2(m)}${withYear ? '.' + y : ''}`, `${d} ${RU_MONTHS[m - 1]}`, name],
          vi: [`${name} (${d}/${m})`, `Ngày ${d}/${m}${withYear ? '/' + y : ''} (${name})`, `${d}/${m}`, name],
        }[lang],
      );
    }
    case 'EXAMID':
      return clean(() =>
        r.pick(
          {
            en: [`${letter(r)}${y % 100}-${r.digits(5)}`, `IE-${r.digits(6)}`, `${y % 100}${letter(r)}${r.digits(4)}`],
            ja: [`${y % 100}A${r.digits(4)}${r.digits(5)}`, `${r.digits(2)}-${r.digits(4)}`, `${letter(r)}${r.digits(5)}`],
            ko: [`${r.digits(3)}-${r.digits(2)}-${r.digits(4)}`, `${letter(r)}${r.digits(6)}`, `${y % 100}-${r.digits(5)}`],
            ru: [`${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`, `${letter(r)}${r.digits(5)}`, `${y}/${r.digits(4)}`],
            vi: [`${letter(r)}${r.digits(5)}`, `${p2(n(1, 64))}${r.digits(6)}`, `${r.digits(3)}-${r.digits(3)}`],
          }[lang],
        ),
      );
    case 'SEAT':
      return r.pick(
        {
          en: [`${n(1, 40)}${letter(r)}`, `row ${letter(r)}, no. ${n(1, 30)}`, `${letter(r)}-${n(1, 120)} in hall ${n(1, 6)}`],
          ja: [`${letter(r)}列${n(1, 30)}番`, `${n(1, 200)}番`, `${n(1, 5)}階${letter(r)}-${n(1, 60)}`],
          ko: [`${letter(r)}열 ${n(1, 30)}번`, `${n(1, 200)}번`, `${n(1, 5)}층 ${letter(r)}-${n(1, 60)}`],
          ru: [`ряд ${n(1, 25)}, место ${n(1, 40)}`, `место ${n(1, 200)}`, `ауд. ${n(100, 520)}, место ${letter(r)}-${n(1, 60)}`],
          vi: [`dãy ${letter(r)} số ${n(1, 30)}`, `${n(1, 200)}`, `${letter(r)}${n(1, 60)}`],
        }[lang],
      );
    case 'TABLE': {
      const skills = [...SKILLS[lang]];
      const rows = n(3, 4);
      const lines: string[] = [];
      const band = r.chance(0.5);
      const sep = r.pick([': ', ' - ', ' | ', '\t']);
      let total = 0;
      for (let i = 0; i < rows; i++) {
        const s = skills.splice(n(0, skills.length - 1), 1)[0];
        if (band) {
          const b = n(9, 17) / 2;
          lines.push(`${s}${sep}${lang === 'ru' || lang === 'vi' ? String(b.toFixed(1)).replace('.', ',') : b.toFixed(1)}`);
        } else {
          const v = n(10, 30);
          total += v;
          lines.push(`${s}${sep}${v}/30`);
        }
      }
      if (!band) lines.push(`${{ en: 'Total', ja: '合計', ko: '합계', ru: 'Итого', vi: 'Tổng' }[lang]}${sep}${total}/${rows * 30}`);
      return lines.join(r.chance(0.7) ? '\n' : ' · ');
    }
    case 'PEOPLE': {
      const who = r.pick(PEOPLE[lang]);
      return '@' + (r.chance(0.3) && /^[a-z]/i.test(who) ? `${who.toLowerCase()}${r.pick(['', '_', '.'])}${r.pick(NAMES[lang].family)}` : who);
    }
    case 'PATH': {
      const g = r.pick(NAMES[lang].given);
      const folder = r.pick(FOLDERS[lang]);
      const file = `${r.pick(STEMS)}${r.pick(['_', '-', ''])}${n(1, 12)}${r.chance(0.3) ? '_v' + n(2, 5) : ''}.${r.pick(EXTS)}`;
      return r.pick([`C:\\Users\\${g}\\${folder}\\${file}`, `~/Downloads/${file}`, `/home/${g}/${folder}/${file}`, `D:\\${folder}\\${y}\\${file}`, `/Users/${g}/Desktop/${folder}/${file}`]);
    }
    case 'DEC': {
      const s = r.pick([`${n(0, 99)}.${r.digits(2)}`, `0.${r.digits(3)}`, `${n(1, 9)}.${r.digits(4)}`, `-${n(1, 20)}.${r.digits(1)}`]);
      return lang === 'ru' || (lang === 'vi' && r.chance(0.6)) ? s.replace('.', ',') : s;
    }
    case 'ORDINAL': {
      const k = n(2, 60);
      return r.pick(
        {
          en: [ordinalEn(k), ordinalEn(k), EN_ORD[k % EN_ORD.length]],
          ja: [`第${k}回`, `${k}回目`, `${k}回目`],
          ko: [`${k}번째`, `${k}회차`, `${k}번째`],
          ru: [`${k}-й`, `${k}-ый`, `${k}-й`],
          vi: [`thứ ${k}`, `số ${k}`, `thứ ${k}`],
        }[lang],
      );
    }
    case 'UNIT': {
      const whole = n(2, 21);
      const d = n(0, 9);
      return r.pick(
        {
          en: [`${whole}.${d} km`, `${whole} miles`, `${whole}k`, `${whole * 1000} m`],
          ja: [`${whole}キロ`, `${whole}.${d}km`, `${whole}km`, `${whole * 1000}メートル`],
          ko: [`${whole}km`, `${whole}.${d}킬로`, `${whole}키로`, `${whole * 1000}m`],
          ru: [`${whole} км`, `${whole},${d} км`, `${whole},${d} км`, `${whole * 1000} м`],
          vi: [`${whole} km`, `${whole},${d} cây số`, `${whole}km`, `${whole * 1000} mét`],
        }[lang],
      );
    }
    case 'MEASURE': {
      const comma = lang === 'ru' || lang === 'vi';
      const gb = `${n(1, 9)}${comma ? ',' : '.'}${n(0, 9)}`;
      const res = r.pick(['1920×1080', '3840x2160', '1280x720', '2560×1440']);
      return lang === 'ru' ? r.pick([`${gb} ГБ`, `${n(120, 990)} МБ`, `${gb} ГБ (${res})`]) : r.pick([`${gb} GB`, `${n(120, 990)} MB`, `${gb}GB (${res})`]);
    }
    case 'STAMP': {
      const hh = p2(n(7, 22));
      const mi = p2(n(0, 59));
      const ss = p2(n(0, 59));
      const mo = p2(n(1, 12));
      const dd = p2(n(1, 28));
      return r.pick([`${y}-${mo}-${dd} ${hh}:${mi}:${ss}`, `${hh}:${mi}:${ss}`, `${y}-${mo}-${dd}T${hh}:${mi}:${ss}Z`, `${dd}.${mo}.${y} ${hh}:${mi}`, `${y}/${mo}/${dd} ${hh}:${mi}:${ss}.${r.digits(3)}`]);
    }
    case 'SKU':
      return clean(() => r.pick([`${letter(r)}${letter(r)}-${r.digits(4)}-${r.digits(4)}`, `${letter(r)}${letter(r)}-${n(100, 9999)}${letter(r)}${letter(r)}${n(1, 9)}`, `${r.digits(3)}-${r.digits(3)}-${letter(r)}${letter(r)}`, `${letter(r)}${r.digits(4)}/${r.digits(3)}`]));
    case 'HASHTAG': {
      const base = r.pick(HASH[lang]);
      return '#' + base + (r.chance(0.5) ? (/\d$/.test(base) ? '_' : '') + HASH_TAIL[lang](n(1, 365), y) : '');
    }
    case 'FLIGHT':
      return `${r.pick(AIRLINES[lang])}${r.pick(['', ' '])}${n(1, 9999)}`;
    case 'EXPR': {
      const a = n(2, 9);
      const b = n(1, 30);
      const x = n(1, 12);
      const c = a * x + b;
      const s = n(2, 25);
      return r.pick([`${a}x + ${b} = ${c}`, `(${a} + ${b}) × ${x}`, `x² − ${a + x}x + ${a * x} = 0`, `√${s * s} + ${b}`, `${a}/${x + 1} + ${b}/${x + 2}`]);
    }
    case 'ABBR': {
      const k = n(1, 40);
      return r.pick(
        {
          en: [`Ex. ${k}${r.pick(['a', 'b', 'c'])}`, `p. ${k + 10}`, `pp. ${k + 10}–${k + 13}`, `Unit ${n(1, 12)}.${n(1, 6)}`, `Q${k}`],
          ja: [`問${k}`, `P.${k + 10}`, `第${n(1, 12)}章`, `${n(1, 12)}-${n(1, 9)}`],
          ko: [`${n(1, 20)}과`, `p.${k + 10}`, `문제 ${n(1, 12)}-${n(1, 9)}`, `${k}번`],
          ru: [`упр. ${k}`, `с. ${k + 10}`, `№${k}`, `§${n(1, 12)}.${n(1, 9)}`],
          vi: [`bài ${n(1, 12)}.${n(1, 9)}`, `tr. ${k + 10}`, `câu ${k}`, `phần ${n(1, 5)}`],
        }[lang],
      );
    }
    case 'STUDENTID':
      return clean(() =>
        r.pick(
          {
            en: [`${letter(r)}${y % 100}${r.digits(5)}`, `${r.digits(2)}-${r.digits(5)}`, `S${r.digits(7)}`],
            ja: [`${y % 100}${letter(r)}${r.digits(4)}`, `${letter(r)}${y % 100}-${r.digits(4)}`, `${r.digits(7)}`],
            ko: [`${y}${r.digits(5)}`, `${y % 100}-${r.digits(5)}`, `${letter(r)}${r.digits(6)}`],
            ru: [`${r.digits(2)}-${r.pick(['ИЯ', 'ФЛ', 'МО', 'ЛИН'])}-${r.digits(3)}`, `${r.digits(6)}`, `${y % 100}/${r.digits(4)}`],
            vi: [`${y % 100}${r.digits(6)}`, `SV${r.digits(6)}`, `${letter(r)}${letter(r)}${r.digits(5)}`],
          }[lang],
        ),
      );
    case 'EXT':
      return r.digits(n(3, 4)).replace(/^0/, String(n(1, 9)));
    case 'WORDNUM': {
      const k = lang === 'ru' ? n(2, 3) : n(2, 8); // Russian: "два-три раза", not "пять раза"
      return {
        en: r.pick([`${EN_NUM[k]} or ${EN_NUM[k + 1]}`, EN_NUM[k], `${EN_NUM[k]}-${EN_NUM[k + 1]}`]),
        ja: r.pick([`${JA_NUM[k]}、${JA_NUM[k + 1]}`, `${JA_NUM[k]}${JA_NUM[k + 1]}`, `${JA_NUM[k]}`]),
        ko: r.pick(KO_NATIVE),
        ru: r.pick([`${RU_NUM[k]}-${RU_NUM[k + 1]}`, `${RU_NUM[k]}`, `${RU_NUM[k]} или ${RU_NUM[k + 1]}`]),
        vi: r.pick([`${VI_NUM[k]} ${VI_NUM[k + 1]}`, `${VI_NUM[k]}`, `${VI_NUM[k]}, ${VI_NUM[k + 1]}`]),
      }[lang];
    }
    case 'COUNTDOWN':
      return r.pick([`D-${n(1, 120)}`, `D-${n(1, 9)}`, `${n(2, 60)}일 전`]);
    default:
      return null;
  }
}
