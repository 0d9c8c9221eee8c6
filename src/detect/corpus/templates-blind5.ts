/**
 * Fifth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"` (they replaced the fourth blind set of 3 December,
 * templates-blind4.ts) until the sixth blind set of the same day (templates-blind6.ts) replaced them; they
 * are development lines now.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages:
 * forwarded e-mails with their headers, pasted group-chat logs with timestamps, reviews, calendar and
 * booking confirmations, double-charge disputes, homework hand-ins, late-running notes, pasted tables,
 * messages with typos, auto-transcribed voice messages, messages sent to the wrong chat, messages forwarded
 * from a channel, requests to save a contact, hashtags, exam-proctoring complaints, referrals of a friend,
 * code-switching (romanised Japanese in English, English words in Korean, Russian and Vietnamese, Korean
 * terms in Russian and Vietnamese) and emoji right against an entity. Messengers are named by fillers of
 * their own in each language and script (Russian ones in the prepositional case too). All entities come
 * from the writers below (`blind5Entity`), none from the older sets: phone numbers of Japan (mobiles, IP
 * phones, landlines of several cities, navi dial and free dial), Korea (mobiles, internet phones, landlines,
 * the eight-digit business numbers), Vietnam (mobiles, landlines, hotlines), Russia (mobiles, city numbers,
 * 8-800), the US (toll-free too), the UK (mobiles, city landlines, freephone) and EU countries the earlier
 * sets left out (Finland, Slovakia, Slovenia, Croatia, Bulgaria, the Baltic states, Luxembourg, Malta,
 * Cyprus) besides the larger ones, written nationally or internationally (with + or with the 00 prefix),
 * each drawn at random and kept only when libphonenumber-js says the number is valid for its country and its
 * written form reads back as the same number; websites with paths and queries on builder and course
 * platforms; bare domains of newer generic and city top-level domains, second-level domains of each
 * country, internationalised ones; messenger links (t.me, wa.me, line.me, lin.ee, open.kakao.com,
 * qr.kakao.com, pf.kakao.com, zalo.me, m.me, ig.me, vk.me, viber.click, discord.gg, join.skype.com,
 * weixin.qq.com); handles of several styles, Skype, Discord, WeChat ids and Facebook user names; cards of
 * Visa, Mastercard (both ranges), Amex, Discover, Diners, JCB, Maestro, UnionPay, Mir and NAPAS (Luhn);
 * IPv4 and IPv6 addresses (full, with leading zeros, compressed, link-local, upper-case); IBANs of about
 * thirty-five countries, EU and beyond (mod 97, with the registry lengths); My Numbers and resident (or
 * alien) registration numbers with their check digits. Disguises stay within the specification: full-width
 * forms (whole, digits only, marks only, ideographic spaces, long dashes), Cyrillic and Greek look-alikes,
 * zero-width characters, digits apart by spaces, dots, dashes or words, regrouped digits, digits spelled one
 * by one in each language (whole, by group, in one run, mixed with written or full-width groups, the plus
 * sign said as a word, Vietnamese now and then without its diacritics), at and dot written out in each
 * language in several bracket styles and in capitals, bracketed at signs and dots, and e-mails and links
 * split by spaces. Hard negatives (`blind5Filler`): instalment plans, order numbers of online shops, parcel
 * tracking numbers, algebra, number sequences and physics homework, body and paper measurements, meeting
 * points, gift-card codes, card numbers that fail Luhn, textbook IBANs that fail mod 97, reference numbers
 * that fail the My Number check digit, Korean business registration numbers, Russian and Vietnamese tax
 * numbers of schools, app and OS versions, exam results with their parts, file names (some ending in
 * top-level domains), kaomoji with at signs, coordinates, exchange rates, time and date ranges, chapter
 * references, old and new ISBNs, licence plates, postcodes, serial numbers, video-meeting ids, proverbs and
 * everyday words that are also digit words, the at and dot words in their everyday senses, classmates
 * @-mentioned, and messengers named with no handle.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, parts, myNumberCheckDigit, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND5_POSITIVE: Record<Lang, string[]> = {
  en: [
    '---------- Forwarded message ---------\nFrom: Nora Quinn <{MAILV}>\nSubject: Re: trial lesson\n\nHi! Yes, Thursday works. Call me on {TELV} if anything changes.',
    "[18:02] Felix: who has the link for the {APPV} group?\n[18:03] Maeve: just add me, I'm {IDV} there",
    '★★★★★ Best tutor I have had. She also runs a blog, {DOMV} , full of free exercises',
    'Trial lesson: Thu {CLOCKV}\nWhere: {WEBV}\nOrganizer: {MAILV}',
    "I was charged twice for Monday 😤 Please send the extra back to {IBANV} (Rowan Hale) and I'll cancel the dispute",
    'essay is up on {WEBV} — if the link is dead I can email it from {MAILV}',
    'running ~10 min late, the bus broke down 🚌 if you need me: {TELV}',
    'sensei, my LINE wa {IDV} desu, yoroshiku onegaishimasu 🙇',
    '📞{TELV}📞 ← new number, the old one was stolen with my bag',
    'Name | Phone | Email\nKenji Ueda | {TELV} | {MAILV}',
    'my emial is {MAILV} sory for the late repley, exams 😵',
    '[voice message, auto-transcribed] hi it is Tessa again so my number is {TELV} call me after school okay',
    "am I allowed to send my {APPV} here? it's {IDV} 🙈 delete if not",
    'vocab night in Minecraft! server {IPV}, voice chat on Discord: {DISCV}',
    'My own site is cheaper, no platform fee: {DOMV} ($18 instead of $25)',
    'The school VPN gives me {IPV} and then the portal blocks it. IT says I should send the address to my teacher?',
    'Please charge the 10-lesson pack to this card: {CARDV} (name: Grace Lin, expiry in the next message)',
    'The Tokyo branch needs my Japanese individual number (My Number) for the contract: {MYNV}',
    'The Korean visa form asks for my resident registration number (RRN): {RRNV} — is the format right?',
    'oops wrong chat 😅 that was for my sister. She is on {NUMAPPV} at {MOBV} if you want to ask her yourself',
    'Forwarded from English Club:\nJoin our new chat here → {CHATV}',
    'Booking confirmed ✔\nTeacher: Ms. Ward\nContact: {MAILV}\nLesson link: {WEBV}',
    "can you save my number as 'Iris (IELTS)'? {TELV}",
    'WeChat {WXV} / Skype {SKYV} — whichever works better in your country',
    'FB: {FBV} (profile pic with the guitar)',
    '#studygram 📚 follow my notes account on {ATAPPV}: {ATIDV}',
    'ProctorU flagged my IP {IPV} as "outside the region" lol, can you tell them I am in Leeds?',
    "my friend wants lessons too! her email is {MAILV} and she's {IDV} on {APPV}",
    'the invite expires in 24h → {CHATV}',
    'Refund to my EU account please:\n{IBANV}\nthe BIC is in the PDF',
    'Our school office is on {OFFICEV} (weekdays), they can move the lesson for you',
  ],
  ja: [
    '---------- Forwarded message ---------\nFrom: 上田 健二 <{MAILV}>\n件名: Re: 体験レッスン\n\n木曜で大丈夫です。何かあれば{TELV}までお電話ください。',
    '[18:02] 陽菜: {APPV}のグループのリンク持ってる人いる？\n[18:03] 健太: 私を追加して！IDは{IDV}だよ',
    '★★★★★ とても分かりやすい先生です。ブログ {DOMV} にも無料の練習問題があります',
    '体験レッスン：木曜{CLOCKV}\n場所：{WEBV}\n主催者：{MAILV}',
    '月曜分が二重に引き落とされました😤 差額はこちらに返金してください：{IBANV}（名義 MORITA HARUKA）',
    '作文は {WEBV} にアップしました。開けなければ{MAILV}から送ります',
    'バスが故障して10分ほど遅れます🚌 何かあれば{TELV}へ',
    '先生、my LINE ID is {IDV} です！よろしくお願いします🙇‍♀️',
    '📞{TELV}📞 ←新しい番号です。前のはカバンごと盗まれました',
    '名前｜電話｜メール\n上田 健二｜{TELV}｜{MAILV}',
    'めーるあどれすは{MAILV}です、へんしんおそくなってすみません',
    '【音声入力】えっと、森田です、番号は{TELV}です、学校のあとに電話ください',
    'ここに{APPV}のID書いてもいいのかな…{IDV}です🙈 ダメなら消してください',
    'マイクラで単語ナイト！サーバーは{IPV}、ボイスはディスコードで：{DISCV}',
    '自分のサイトの方が手数料がない分安いです：{DOMV} （1回2,500円）',
    '年末調整の書類にマイナンバーが必要とのことなので送ります。{MYNV}',
    'このカードで10回パックをお願いします：{CARDV}（名義 IMAI SHO）',
    '間違えて送っちゃいました😅 妹あてでした。妹の{NUMAPPV}は{MOBV}です',
    '転送：英語クラブより\n新しいグループはこちら→{CHATV}',
    '予約確定✔\n講師：ウォード先生\n連絡先：{MAILV}\nレッスンURL：{WEBV}',
    '「ナナミ（英検）」で登録しておいてください→{TELV}',
    'WeChat：{WXV}／Skype：{SKYV} 使いやすい方で',
    'フェイスブックは{FBV}です（ギターの写真のやつ）',
    '#英語垢 ノート用のアカウントです、{ATAPPV}で{ATIDV}をフォローしてね',
    '試験監督ソフトにIP（{IPV}）が海外判定されました笑',
    '友だちもレッスン受けたいそうです！メールは{MAILV}、{APPV}は{IDV}です',
    '招待リンクは24時間で切れます→{CHATV}',
    'マイナンバー通知カードの写真がうまく撮れないので手入力します：{MYNV}',
    '事務所の番号です：{OFFICEV}（平日のみ）',
  ],
  ko: [
    '---------- Forwarded message ---------\n보낸 사람: 문가은 <{MAILV}>\n제목: Re: 체험 수업\n\n목요일 괜찮아요. 변동 있으면 {TELV}로 전화 주세요.',
    '[18:02] 다연: {APPV} 단톡 링크 있는 사람?\n[18:03] 현준: 나 추가해 {IDV}',
    '★★★★★ 설명 진짜 잘해 주세요. 블로그 {DOMV} 에도 무료 자료 많아요',
    '체험 수업: 목 {CLOCKV}\n장소: {WEBV}\n주최: {MAILV}',
    '월요일 수업료가 두 번 결제됐어요😤 차액은 이 계좌로 돌려주세요: {IBANV} (예금주 MOON GAEUN)',
    '에세이 {WEBV} 에 올렸어요. 링크 안 열리면 {MAILV}로 보낼게요',
    '버스 고장나서 10분 정도 늦어요🚌 급하면 {TELV}',
    '쌤 제 Kakao ID는 {IDV} 입니당 ㅎㅎ',
    '📞{TELV}📞 ← 새 번호예요. 예전 폰은 가방이랑 같이 도난당했어요',
    '이름 | 전화 | 이메일\n류소희 | {TELV} | {MAILV}',
    '메일 주쇼는 {MAILV} 입니당 답장 늦어서 죄송해요ㅠ',
    '[음성 메시지 받아쓰기] 어 선생님 저 예린인데요 제 번호 {TELV} 로 학교 끝나고 전화 주세요',
    '여기 {APPV} 아이디 적어도 되나요? {IDV} 요🙈 안 되면 지워 주세요',
    '마크로 단어 게임해요! 서버 {IPV}, 보이스는 디코에서: {DISCV}',
    '제 사이트로 하면 수수료 없어서 더 싸요: {DOMV} (회당 3만 원)',
    '연말정산 서류에 주민등록번호가 필요하대서 보내요 {RRNV}',
    '10회권 이 카드로 결제해 주세요: {CARDV} (명의 BAE TAEMIN)',
    '헐 톡방 잘못 보냈어요😅 동생한테 보낸 거예요. 동생 {NUMAPPV} 번호는 {MOBV} 로 하면 돼요',
    '영어 스터디방에서 전달:\n새 오픈채팅 → {CHATV}',
    '예약 확정 ✔\n강사: 워드 선생님\n연락처: {MAILV}\n수업 링크: {WEBV}',
    "'예린(토익)'으로 저장해 주세요 {TELV}",
    '위챗 {WXV} / 스카이프 {SKYV} 편한 걸로요',
    '페북은 {FBV} 입니다 (기타 든 사진)',
    '#공스타그램 필기 계정이에요 {ATAPPV} {ATIDV} 팔로우 해 주세요',
    '시험 감독 프로그램이 제 IP {IPV} 를 해외로 잡아요ㅋㅋ',
    '친구도 수업 듣고 싶대요! 메일은 {MAILV}, {APPV} 아이디는 {IDV} 입니다',
    '초대 링크 24시간 뒤에 만료돼요 → {CHATV}',
    '외국인등록번호도 주민번호랑 형식 같나요? 제 거는 {RRNV} 입니다',
    '학원 대표번호 {OFFICEV} 로 전화하시면 상담 가능해요',
  ],
  ru: [
    '---------- Forwarded message ---------\nОт: Ксения Гусева <{MAILV}>\nТема: Re: пробный урок\n\nЧетверг подходит. Если что-то изменится — звоните {TELV}.',
    '[18:02] Богдан: кто знает ник Миланы в {APPINV}?\n[18:03] Милана: я тут) {IDV}',
    '★★★★★ Объясняет понятно, а ещё у неё блог {DOMV} — там куча бесплатных упражнений',
    'Пробный урок: чт {CLOCKV}\nГде: {WEBV}\nОрганизатор: {MAILV}',
    'За понедельник списали дважды 😤 Верните, пожалуйста, разницу на {IBANV} (получатель Титов Лев)',
    'Сочинение выложила на {WEBV} — если ссылка не откроется, пришлю с {MAILV}',
    'Автобус сломался, опаздываю минут на 10 🚌 если что: {TELV}',
    'мой insta — {ATIDV}, там конспекты',
    '📞{TELV}📞 ← новый номер, старый украли вместе с сумкой',
    'Имя | Телефон | Почта\nЗлата Зуева | {TELV} | {MAILV}',
    'моя пчота {MAILV} извените что долго не отвечала',
    '[голосовое, расшифровка] алло это Таисия ещё раз короче мой номер {TELV} перезвоните после школы',
    'а можно сюда написать мой {APPV}? {IDV} 🙈 если нельзя — удалите',
    'Словарный вечер в майнкрафте! сервер {IPV}, голос в Дискорде: {DISCV}',
    'У меня на сайте дешевле, без комиссии платформы: {DOMV} (1 500 ₽ вместо 2 000)',
    'Школа в Сеуле просит корейский регистрационный номер (주민등록번호) для договора: {RRNV}',
    'Спишите, пожалуйста, пакет из 10 уроков с этой карты: {CARDV} (держатель ULYANA MAKAROVA)',
    'ой, не в тот чат 😅 это сестре было. Её {NUMAPPV}: {MOBV}, если хотите, спросите сами',
    'Переслано из «English Club»:\nНовый чат тут → {CHATV}',
    'Запись подтверждена ✔\nПреподаватель: Анна Уорд\nКонтакт: {MAILV}\nСсылка на урок: {WEBV}',
    'Запишите меня как «Ксюша (ЕГЭ)»: {TELV}',
    'Вичат {WXV} / Скайп {SKYV} — как вам удобнее',
    'Фейсбук: {FBV} (на аватарке с гитарой)',
    '#английский 📚 мой аккаунт с конспектами в {ATAPPINV}: {ATIDV}',
    'Прокторинг ругается, что мой IP {IPV} «из другого региона» 🙄',
    'Подруга тоже хочет заниматься! почта {MAILV}, {APPV}: {IDV}',
    'Ссылка-приглашение сгорит через 24 часа → {CHATV}',
    'Оплачу из-за границы, мой счёт для возврата:\n{IBANV}',
    'Телефон офиса школы {OFFICEV}, звоните в будни',
  ],
  vi: [
    '---------- Forwarded message ---------\nTừ: Võ Thu Uyên <{MAILV}>\nTiêu đề: Re: học thử\n\nThứ Năm được ạ. Có gì thay đổi cô gọi em qua {TELV} nha.',
    '[18:02] Khoa: ai có link nhóm {APPV} không?\n[18:03] Uyên: add tui nè, {IDV}',
    '★★★★★ Cô dạy dễ hiểu lắm. Cô còn có blog {DOMV} nhiều bài tập miễn phí',
    'Học thử: thứ Năm {CLOCKV}\nỞ đâu: {WEBV}\nNgười tổ chức: {MAILV}',
    'Buổi thứ Hai bị trừ tiền 2 lần 😤 cô hoàn phần dư vào {IBANV} giúp em (tên LUONG HIEU)',
    'Bài luận em up lên {WEBV} rồi, không mở được thì em gửi từ {MAILV}',
    'Xe buýt hư, em trễ 10 phút 🚌 có gì gọi {TELV} nha',
    'ib zalo e nha c, {MOBV}, e rep nhanh hơn trên đây',
    '📞{TELV}📞 ← số mới của em, máy cũ bị giật mất rồi',
    'Tên | SĐT | Email\nMai Giang | {TELV} | {MAILV}',
    'mai của em là {MAILV} ạ, sory cô em rep trễ',
    '[tin nhắn thoại đã chuyển thành văn bản] alo cô ơi em Thư nè số em là {TELV} cô gọi lại sau giờ học giúp em',
    'Em ghi {APPV} ở đây được không cô? {IDV} 🙈 không được thì cô xoá giúp em',
    'Tối nay chơi Minecraft học từ vựng nha! server {IPV}, voice trên Discord: {DISCV}',
    'Học qua web của cô rẻ hơn, không mất phí sàn: {DOMV} (250k/buổi)',
    'Công ty ở Nhật cần mã số cá nhân My Number của em để làm hợp đồng: {MYNV}',
    'Cô trừ gói 10 buổi vào thẻ này giúp em: {CARDV} (tên trên thẻ TA SON)',
    'Ơ em gửi nhầm nhóm 😅 tin đó cho em gái em. Zalo của nó là {MOBV}, cô hỏi trực tiếp cũng được',
    'Chuyển tiếp từ nhóm English Club:\nNhóm mới ở đây → {CHATV}',
    'Đặt lịch thành công ✔\nGiáo viên: cô Ward\nLiên hệ: {MAILV}\nLink học: {WEBV}',
    "Cô lưu số em là 'Giang IELTS' nha: {TELV}",
    'WeChat {WXV} / Skype {SKYV}, cô tiện cái nào cũng được',
    'Face em: {FBV} (ảnh đại diện cầm đàn guitar)',
    '#họctiếnganh acc ghi chú của em nè, {ATAPPV}: {ATIDV}',
    'Phần mềm thi báo IP {IPV} của em ở nước ngoài 😂',
    'Bạn em cũng muốn học! mail bạn ấy {MAILV}, {APPV}: {IDV}',
    'Link mời hết hạn sau 24h nha → {CHATV}',
    'Em đang làm ở Hàn, hồ sơ cần số đăng ký người nước ngoài (외국인등록번호): {RRNV}',
    'Hotline trung tâm {OFFICEV}, gọi giờ hành chính nha',
  ],
};

export const BLIND5_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Paid for the 10-pack: {INSTALLV}. Order {ORDERV} went through, all good',
    'The parcel with the workbooks is on its way, tracking {TRACKV}, should arrive {DATEV}',
    'Homework Q4: {MATHV} — is that right? And Q5: {MATHV}',
    'What comes next in {SEQV}? I am stuck 😅',
    'For the "describe yourself" task: I am {MEASUREV}. Is that how you say it?',
    'We meet at {PLACEV} at {CLOCKV}, I will wear a red scarf',
    "The gift card code {GIFTV} doesn't work, the shop says it is invalid",
    "I typed {FAKECARDV} and checkout keeps saying 'invalid card number' 🙄 I'll ask my dad",
    'The textbook example IBAN is {FAKEIBANV}, why does the exercise say it is wrong?',
    'Zoom crashed again. {ZOOMV} — oh wait that is the old meeting, ignore',
    'Updated everything: {VERSIONV} and {VERSIONV}, the mic still crackles',
    'Got my results!! {SCOREV} 🎉',
    'Sent you {FILEV} and {FILEV}, the second one is the newer version',
    "{MENTIONV} {MENTIONV} don't forget the quiz on {DATEV} (@ {CLOCKV}, not earlier!)",
    "I don't have Telegram or WhatsApp, only this app and Zoom. Is that ok for {DATEV}?",
    'my face when I saw the grammar test {KAOMOJIV}',
    'The taxi plate is {PLATEV}, I am at the back door',
    'Coordinates for the picnic: {COORDV} — bring snacks!',
    'Exchange rate today: {FXV}, so the lesson is about {PRICEV} for you',
    'Physics question: {PHYSV} — how do I get the units right?',
    'Lesson slot {TIMERANGEV}, holiday break {DATERANGEV}',
    'Read {CHAPTERV}, and do {CHAPTERV} for Friday',
    'Is ISBN {ISBNOLDV} the same book as {ISBNNEWV}?',
    "Serial number on the headset: {SERIALV}. The shop wants it for the warranty",
    "On the dot at {CLOCKV}! Dot is my cat's name btw, she'll be on camera at the start 🐱",
    'She counted "one, two, three" and then forgot four lol, she is only three',
    'Postcode for the book delivery is {POSTV}, flat {NUMV}',
    'I ran the 5k at {PACEV}, nine to five job tomorrow though 😴',
  ],
  ja: [
    '10回パックは{INSTALLV}にしました。注文番号は{ORDERV}です',
    '教材を発送しました。追跡番号{TRACKV}、{DATEV}着予定です',
    '数学の宿題です：{MATHV}　これで合ってますか？',
    '数列{SEQV}の次は何ですか？',
    '自己紹介の宿題：{MEASUREV}です',
    '{PLACEV}で{CLOCKV}に待ち合わせしましょう',
    'ギフトカードのコード{GIFTV}が使えませんでした…',
    'カード番号{FAKECARDV}を入れたら「無効なカード番号」と出ます。親に聞いてみます',
    '受付番号は{FAKEMYNV}です。マイナンバーではありません笑',
    'Zoomが落ちました。{ZOOMV}は前回のものでした、無視してください',
    'アプリを{APPVERV}に、OSを{OSVERV}に更新しました',
    '結果出ました！{SCOREV}🎉',
    '{FILEV}と{FILEV}を送りました',
    '{MENTIONV} {MENTIONV} {DATEV}の小テスト忘れずに！',
    'LINEもインスタもやってないので、ここでお願いします🙏 {DATEV}は大丈夫です',
    '文法テストの結果を見た時の顔{KAOMOJIV}',
    '一期一会、七転び八起き、十人十色――今日習ったことわざです。三日坊主にならないように頑張ります',
    '公園の入口の座標は{COORDV}です',
    '今日のレートは{FXV}なので、レッスン代は{PRICEV}くらいです',
    '物理の質問です：{PHYSV}',
    'レッスン枠は{TIMERANGEV}、冬休みは{DATERANGEV}です',
    '{CHAPTERV}を読んで、{CHAPTERV}をやってきてください',
    'ISBN {ISBNOLDV}（旧版）と{ISBNNEWV}（新版）は同じ内容ですか？',
    'ナンバー{PLATEV}のタクシーに乗っています',
    '郵便番号は{POSTV}です',
    'ヘッドセットのシリアル番号は{SERIALV}、保証に必要だそうです',
    'ドット柄のワンピースで行きます！生徒に「アットマークってどう打つの？」と聞かれました笑',
    '{MENTIONV}さん、{SCOREV}だったそうです！',
  ],
  ko: [
    '10회권 {INSTALLV} 결제했어요. 주문번호 {ORDERV}',
    '교재 보냈어요. 운송장 번호 {TRACKV}, {DATEV} 도착 예정',
    '수학 숙제: {MATHV} 맞나요?',
    '수열 {SEQV} 다음 수가 뭐예요?',
    '자기소개 숙제: {MEASUREV}',
    '{PLACEV}에서 {CLOCKV}에 만나요',
    '기프티콘 코드 {GIFTV}가 안 돼요ㅠ',
    '카드 번호 {FAKECARDV} 넣으니까 유효하지 않은 카드래요',
    '영수증에 학원 사업자등록번호 {BIZNOV} 적어 주세요',
    '줌 회의 {ZOOMV}은 지난번 거예요, 무시하세요',
    '앱 {APPVERV}, 폰 {OSVERV} 로 업데이트했어요',
    '결과 나왔어요!! {SCOREV} 🎉',
    '{FILEV}랑 {FILEV} 보냈어요',
    '{MENTIONV} {MENTIONV} {DATEV} 쪽지시험 잊지 마!',
    '카톡 안 해요, 인스타도 없어요ㅠ 그냥 여기서 얘기해요',
    '문법 시험 결과 보고 표정 {KAOMOJIV}',
    '일요일 점심에 삼계탕 먹고 칠판 정리했어요. 구월부터 팔월까지 일 년 동안 열심히 할게요',
    '공원 입구 좌표 {COORDV} 여기예요',
    '오늘 환율: {FXV}. 수업료는 {PRICEV} 정도예요',
    '물리 질문: {PHYSV}',
    '수업 시간 {TIMERANGEV}, 방학 {DATERANGEV}',
    '{CHAPTERV} 읽고 {CHAPTERV} 풀어 오세요',
    '택시 번호판 {PLATEV}이에요, 뒷문 쪽에 있어요',
    '우편번호 {POSTV}로 보내 주세요',
    '헤드셋 시리얼 번호 {SERIALV}',
    '선생님 사진 보니까 앳된 얼굴이시네요ㅎㅎ 점수는 85점이었어요, 점점 오르고 있어요!',
    '{MENTIONV} 님 {SCOREV} 축하해요',
    '구 공 일 번 버스 타고 가요, 닷새 뒤에 봬요',
  ],
  ru: [
    'Оплатила пакет из 10 уроков: {INSTALLV}. Номер заказа {ORDERV}',
    'Учебники отправила, трек-номер {TRACKV}, придут к {DATEV}',
    'Домашка по алгебре: {MATHV} — верно?',
    'Какое следующее число: {SEQV}?',
    'Задание «о себе»: {MEASUREV}',
    'Встречаемся: {PLACEV}, в {CLOCKV}',
    'Код подарочной карты {GIFTV} не проходит',
    'Ввожу номер карты {FAKECARDV}, а сайт пишет «неверный номер карты»',
    'В учебнике пример IBAN {FAKEIBANV}, а в упражнении сказано, что он неверный — почему?',
    'Зум опять вылетел. {ZOOMV} — это старая встреча, не обращайте внимания',
    'Обновил приложение до {APPVERV}, систему до {OSVERV}',
    'Результаты пришли! {SCOREV} 🎉',
    'Отправила {FILEV} и {FILEV}',
    '{MENTIONV} {MENTIONV} не забудьте про тест {DATEV}!',
    'Телеграма и Вотсапа у меня нет, только Зум. Можно так?',
    'Моё лицо после теста {KAOMOJIV}',
    'Семь раз отмерь, один раз отрежь — это про мои сочинения. Ноль ошибок в этот раз!',
    'Координаты места для пикника: {COORDV}',
    'Курс сегодня {FXV}, так что урок выходит примерно {PRICEV}',
    'Вопрос по физике: {PHYSV}',
    'Занятия {TIMERANGEV}, каникулы {DATERANGEV}',
    'Прочитайте {CHAPTERV} и сделайте {CHAPTERV}',
    'Такси {PLATEV}, стою у второго подъезда',
    'Индекс для посылки {POSTV}',
    'Серийный номер наушников {SERIALV}, нужен для гарантии',
    'Собачка на молнии рюкзака сломалась, а точка на карте была не там 🙈',
    'ИНН школы для чека: {INNV}',
    '{MENTIONV}, поздравляю с {SCOREV}!',
  ],
  vi: [
    'Em đóng gói 10 buổi {INSTALLV}, mã đơn {ORDERV}',
    'Sách gửi rồi nha, mã vận đơn {TRACKV}, dự kiến {DATEV} tới',
    'Bài toán: {MATHV} đúng không cô?',
    'Dãy số {SEQV}, số tiếp theo là gì ạ?',
    'Giới thiệu bản thân: {MEASUREV}',
    'Hẹn ở {PLACEV} lúc {CLOCKV} nha',
    'Mã thẻ quà tặng {GIFTV} không dùng được',
    'Em nhập số thẻ {FAKECARDV} mà web báo sai số thẻ',
    'Sách ví dụ IBAN là {FAKEIBANV} mà bài tập nói sai, sao vậy cô?',
    'Zoom lại văng. {ZOOMV} là phòng cũ, cô bỏ qua nha',
    'Cập nhật app lên {APPVERV}, máy lên {OSVERV} rồi',
    'Có điểm rồi!! {SCOREV} 🎉',
    'Em gửi {FILEV} với {FILEV} rồi ạ',
    '{MENTIONV} {MENTIONV} nhớ {DATEV} kiểm tra 15 phút nha',
    'Em không xài Zalo với Messenger, học trên đây thôi ạ',
    'Mặt em lúc xem điểm ngữ pháp {KAOMOJIV}',
    'Ba em năm nay bốn mươi chín tuổi, còn em mười sáu. Không biết năm sau có đậu không nữa',
    'Tọa độ chỗ picnic: {COORDV}',
    'Tỷ giá hôm nay {FXV}, nên học phí khoảng {PRICEV}',
    'Câu hỏi vật lý: {PHYSV}',
    'Giờ học {TIMERANGEV}, nghỉ Tết {DATERANGEV}',
    'Đọc {CHAPTERV} rồi làm {CHAPTERV} nha cả lớp',
    'Xe biển số {PLATEV}, em đứng ở cổng sau',
    'Mã bưu chính {POSTV}',
    'Số serial tai nghe {SERIALV}',
    'Bánh cuốn chấm nước mắm ngon lắm cô ơi, hôm nay thi nói em được chấm 9 điểm nên tự thưởng',
    'Mã số thuế trung tâm: {MSTV}',
    '{MENTIONV} được {SCOREV} kìa!',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const cjk = (lang: Lang) => lang === 'ja' || lang === 'ko';
const KEY5 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key5 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY5)).join('');
const hex5 = (r: Rng, n: number) => [...Array(n)].map(() => '0123456789abcdef'[r.int(0, 15)]).join('');
const ZW_RE5 = /[\u200b\u200c\u200d\u2060\ufeff]/g;

const grp5 = (s: string, sizes: number[], sep: string) => parts(s, sizes).join(sep);

/** Full width on the characters that match only. */
function fwWhere(s: string, which: RegExp): string {
  return [...s].map((c) => (which.test(c) ? fullWidth(c) : c)).join('');
}

/** Zero-width characters between characters (never before the first or after the last); after: only after such characters. */
function zwIn(r: Rng, s: string, lo: number, hi: number, after?: RegExp): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  let slots: number[] = [];
  for (let i = 1; i < chars.length; i++) if (!after || after.test(chars[i - 1])) slots.push(i);
  if (slots.length === 0) slots = [...Array(chars.length - 1)].map((_, i) => i + 1);
  const n = Math.min(r.int(lo, hi), slots.length);
  const at = new Set<number>();
  while (at.size < n) at.add(r.pick(slots));
  const same = r.chance(0.6) ? r.pick(ZW) : null;
  return chars.map((c, i) => (at.has(i) ? (same ?? r.pick(ZW)) : '') + c).join('');
}

/** Close Cyrillic and Greek look-alikes of Latin letters. */
const LOOK5: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с', 'ϲ'],
  d: ['ԁ'],
  e: ['е'],
  h: ['һ'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
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
  Y: ['Ү', 'Υ'],
};

/** Swaps one to max letters of s[from, to) for look-alikes; n: how many. */
function looks5(r: Rng, s: string, from = 0, to = Infinity, max = 2): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < Math.min(to, chars.length); i++) if (LOOK5[chars[i]]) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  const n = r.int(1, Math.min(max, idx.length));
  const done = new Set<number>();
  while (done.size < n) done.add(r.pick(idx));
  for (const i of done) chars[i] = r.pick(LOOK5[chars[i]]);
  return { text: chars.join(''), n };
}

// ---- names -------------------------------------------------------------------------------------

const NAMES5: Record<Lang, { g: string[]; f: string[]; tag: string[] }> = {
  en: { g: ['nora', 'felix', 'maeve', 'rowan', 'iris', 'jasper', 'elsie', 'miles', 'poppy', 'ezra', 'tessa', 'hugo'], f: ['quinn', 'harper', 'doyle', 'ellis', 'marsh', 'whitaker', 'hale', 'pryce', 'sutton', 'frost', 'kerr', 'nolan'], tag: ['tutor', 'learns', 'esl', 'writes', 'reads'] },
  ja: { g: ['haruka', 'kaito', 'yuna', 'riku', 'nanami', 'sho', 'emi', 'kouki', 'ayane', 'ryota', 'chihiro', 'naoki'], f: ['morita', 'ueda', 'kikuchi', 'noguchi', 'sakamoto', 'murakami', 'arai', 'matsuda', 'imai', 'kudo'], tag: ['eikaiwa', 'benkyo', 'juken', 'eiken', 'nihongo'] },
  ko: { g: ['dayeon', 'hyunjun', 'gaeun', 'minseok', 'sohee', 'jaewon', 'yerin', 'taemin', 'bora', 'sungho'], f: ['yang', 'ko', 'moon', 'ryu', 'bae', 'heo', 'noh', 'ahn', 'gong', 'pyo'], tag: ['gongbu', 'english', 'toeic', 'ssaem', 'study'] },
  ru: { g: ['arseniy', 'ksenia', 'bogdan', 'milana', 'yaroslav', 'taisia', 'lev', 'ulyana', 'savva', 'zlata'], f: ['gusev', 'kiseleva', 'titov', 'medvedeva', 'makarov', 'zaitseva', 'frolov', 'belyaeva', 'komarov', 'zueva'], tag: ['eng', 'oge', 'ege', 'repetitor', 'langs'] },
  vi: { g: ['khoa', 'uyen', 'nhat', 'thu', 'hieu', 'giang', 'vinh', 'my', 'son', 'anh'], f: ['vo', 'huynh', 'mai', 'chau', 'ta', 'luong', 'quach', 'tong', 'la', 'thai'], tag: ['ielts', 'hocbai', 'english', 'study', 'toeic'] },
};

/** A messenger handle: letters, digits, dots, underscores or hyphens, at least six letters or digits. */
function handle5(r: Rng, lang: Lang): string {
  const { g, f, tag } = NAMES5[lang];
  const a = r.pick(g);
  const b = r.pick(f);
  const yy = p2(r.int(0, 99));
  let h: string;
  switch (r.int(0, 11)) {
    case 0:
      h = `${a}${b}${r.int(2, 98)}`;
      break;
    case 1:
      h = `${a}_${yy}`;
      break;
    case 2:
      h = `${a}.${b}.${r.int(1, 9)}`;
      break;
    case 3:
      h = `the.${a}`;
      break;
    case 4:
      h = `${a}__${b}`;
      break;
    case 5:
      h = `${b}${a[0]}${r.int(100, 999)}`;
      break;
    case 6:
      h = `${r.pick(['mr', 'ms', 'miss'])}_${b}`;
      break;
    case 7:
      h = `${a}-${b}`;
      break;
    case 8:
      h = `${a}_${r.pick(tag)}`;
      break;
    case 9:
      h = `${cap(a)}${cap(b)}`;
      break;
    case 10:
      h = `${a}.${yy}`;
      break;
    default:
      h = `${a}${r.int(10, 99)}x`;
  }
  while (h.replace(/[^a-z0-9]/gi, '').length < 6) h += String(r.int(0, 9));
  return h;
}

// ---- at and dot words --------------------------------------------------------------------------

const AT5: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', '[at]', ' {at} ', ' <at> ', ' AT ', '(at)', ' [at] '],
  ja: ['アット', 'あっと', 'アットマーク', '（アット）', '[アット]', ' アット '],
  ko: ['앳', '골뱅이', '(골뱅이)', '[앳]', ' 앳 ', ' 골뱅이 '],
  ru: [' собака ', ' собачка ', '(собака)', '[собака]', ' СОБАКА ', ' {собака} '],
  vi: [' a còng ', ' a móc ', '(a còng)', ' A còng ', ' [a còng] ', ' a cong '],
};
const DOT5: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', '[dot]', ' {dot} ', ' <dot> ', ' DOT ', '(dot)', ' [dot] '],
  ja: ['ドット', 'どっと', '（ドット）', '[ドット]', ' ドット ', 'ドット'],
  ko: ['점', '닷', '쩜', '(점)', ' 점 ', ' 닷 '],
  ru: [' точка ', ' тчк ', '(точка)', '[точка]', ' ТОЧКА ', ' {точка} '],
  vi: [' chấm ', ' cham ', '(chấm)', '[chấm]', ' Chấm ', ' chấm '],
};
/** An at word and a dot word of the same style, now and then the English ones. */
function atDot5(r: Rng, lang: Lang): [string, string] {
  const l: Lang = lang !== 'en' && r.chance(0.12) ? 'en' : lang;
  const i = r.int(0, AT5[l].length - 1);
  return [AT5[l][i], r.chance(0.75) ? DOT5[l][i] : r.pick(DOT5[l])];
}

// ---- emails ------------------------------------------------------------------------------------

const DOMAINS5: Record<Lang, string[]> = {
  en: ['proton.me', 'pm.me', 'tuta.io', 'duck.com', 'gmx.co.uk', 'sky.com', 'virginmedia.com', 'posteo.de', 'seznam.cz', 'wp.pl', 'laposte.net', 'free.fr', 'ucl.ac.uk', 'mail.com', 'gmail.com', 'outlook.ie'],
  ja: ['i.softbank.jp', 'au.com', 'ymobile.ne.jp', 'so-net.ne.jp', 'u-tokyo.ac.jp', 'waseda.jp', 'gmail.com', 'yahoo.co.jp', 'icloud.com', 'ezweb.ne.jp', 'jcom.zaq.ne.jp'],
  ko: ['naver.com', 'hanmail.net', 'kakao.com', 'gmail.com', 'yonsei.ac.kr', 'kaist.ac.kr', 'nate.com', 'daum.net', 'ewhain.net', 'icloud.com'],
  ru: ['yandex.ru', 'yandex.kz', 'mail.ru', 'bk.ru', 'list.ru', 'gmail.com', 'edu.hse.ru', 'ukr.net', 'rambler.ru', 'inbox.lv', 'icloud.com'],
  vi: ['gmail.com', 'yahoo.com', 'outlook.com.vn', 'vnu.edu.vn', 'hcmus.edu.vn', 'fpt.com', 'viettel.vn', 'icloud.com', 'ftu.edu.vn'],
};

function address5(r: Rng, lang: Lang): { local: string; domain: string } {
  const { g, f, tag } = NAMES5[lang];
  const a = r.pick(g);
  const b = r.pick(f);
  const local = r.pick([`${a}.${b}`, `${a}${b[0]}.${p2(r.int(0, 99))}`, `${b}.${a}+tutor`, `${a}_${b}_${r.int(1, 9)}`, `${cap(a)}.${cap(b)}`, `${a}-${p2(r.int(0, 99))}`, `${a}${b}${r.int(1, 99)}`, `hello.${a}`, `${a}.${b}.${r.pick(tag)}`, `${a}${p2(r.int(0, 99))}${b[0]}`, `${r.int(1, 9)}${a}${b}`]);
  return { local, domain: r.pick(DOMAINS5[lang]) };
}

function email5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { local, domain } = address5(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.06) ? addr.toUpperCase() : addr, obfuscated: false };
  const labels = domain.split('.');
  const way = r.int(0, 11);
  if (way <= 2) {
    const [at, dot] = atDot5(r, lang);
    return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at and dot words' };
  }
  if (way === 3) {
    const [at] = atDot5(r, lang);
    return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word, dots kept' };
  }
  if (way === 4) {
    const [, dot] = atDot5(r, lang);
    return { text: `${local}@${labels.join(dot)}`, obfuscated: true, how: 'dot words, at sign kept' };
  }
  if (way === 5) {
    const k = r.int(0, 3);
    const text = k === 0 ? `${local} @ ${domain}` : k === 1 ? `${local}@ ${domain}` : k === 2 ? `${local} @${domain}` : `${local} @ ${labels.join(' . ')}`;
    return { text, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 6) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: local + '＠' + domain, obfuscated: true, how: 'full-width at sign' };
    return { text: fwWhere(addr, /[@.]/), obfuscated: true, how: 'full-width marks' };
  }
  if (way === 7) {
    const inLocal = r.chance(0.5);
    const c = inLocal ? looks5(r, local) : looks5(r, labels[0]);
    if (c.n > 0) return { text: inLocal ? `${c.text}@${domain}` : `${local}@${c.text}${domain.slice(labels[0].length)}`, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 7 || way === 8) return { text: zwIn(r, addr, 2, 4), obfuscated: true, how: 'zero-width characters' };
  if (way === 9 && (lang === 'en' || lang === 'ru' || lang === 'vi')) {
    // Dictated in capitals (voice typing with caps lock, or shouting).
    const at = { en: ' AT ', ru: ' СОБАКА ', vi: ' A CÒNG ' }[lang];
    const dot = { en: ' DOT ', ru: ' ТОЧКА ', vi: ' CHẤM ' }[lang];
    return { text: `${local.toUpperCase()}${at}${labels.map((x) => x.toUpperCase()).join(dot)}`, obfuscated: true, how: 'capitals with at and dot words' };
  }
  if (way === 9 || way === 10) {
    return { text: `${local}[@]${labels.join(r.pick(['[.]', '(.)']))}`, obfuscated: true, how: 'bracketed at sign and dots' };
  }
  if (cjk(lang)) {
    // Typed with the IME on: full-width letters and the words of the language.
    const [at, dot] = atDot5(r, lang);
    return { text: `${fullWidth(local)}${at}${labels.map(fullWidth).join(dot)}`, obfuscated: true, how: 'full-width with at and dot words' };
  }
  const [at, dot] = atDot5(r, lang);
  const c = looks5(r, labels[0], 0, Infinity, 1);
  return { text: `${local}${at}${[c.text, ...labels.slice(1)].join(dot)}`, obfuscated: true, how: c.n ? 'look-alikes with at and dot words' : 'at and dot words' };
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape5 {
  region: CountryCode;
  cc: string;
  /** Trunk prefix written before the significant number in national form ('' when none). */
  trunk: string;
  sig: (r: Rng) => string;
  /** National written forms, from the national digits (trunk included). */
  nat: ((n: string) => string)[];
  /** International written forms, from the significant number (none: written nationally only). */
  intl: ((s: string) => string)[];
  /** Groups of the national digits, for the disguises. */
  groups: (n: string) => number[];
  mobile: boolean;
  /** In English, also written with the 00 prefix. */
  idd00?: boolean;
}

const dg5 = (r: Rng, n: number) => r.digits(n);
const from = (r: Rng, xs: string[]) => r.pick(xs);

/** A shape for an EU mobile written mostly internationally. */
function eu(region: CountryCode, cc: string, trunk: string, sig: (r: Rng) => string, natSizes: number[], intlSizes: number[]): Shape5 {
  return {
    region, cc, trunk, mobile: true, idd00: true, sig,
    nat: [(n) => grp5(n, natSizes, ' ')],
    intl: [(s) => `+${cc} ${grp5(s, intlSizes, ' ')}`, (s) => `+${cc}${s}`, (s) => `+${cc}-${grp5(s, intlSizes, '-')}`],
    groups: () => natSizes,
  };
}

const SHAPES5: Record<string, Shape5> = {
  JP_MOB: {
    region: 'JP', cc: '81', trunk: '0', mobile: true,
    sig: (r) => from(r, ['90', '80', '70']) + r.int(1, 9) + dg5(r, 7),
    nat: [(n) => grp5(n, [3, 4, 4], '-'), (n) => grp5(n, [3, 4, 4], ' '), (n) => grp5(n, [3, 4, 4], '.'), (n) => n],
    intl: [(s) => `+81 ${grp5(s, [2, 4, 4], '-')}`, (s) => `+81 ${grp5(s, [2, 4, 4], ' ')}`, (s) => `+81${s}`],
    groups: () => [3, 4, 4],
  },
  JP_IP: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => '50' + r.int(1, 9) + dg5(r, 7),
    nat: [(n) => grp5(n, [3, 4, 4], '-')],
    intl: [(s) => `+81 ${grp5(s, [2, 4, 4], ' ')}`],
    groups: () => [3, 4, 4],
  },
  JP_LAND: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.4) ? from(r, ['3', '6']) + r.int(2, 7) + dg5(r, 7) : from(r, ['92', '52', '11', '45', '75', '22']) + r.int(2, 9) + dg5(r, 6)),
    nat: [(n) => (/^0[36]/.test(n) ? grp5(n, [2, 4, 4], '-') : grp5(n, [3, 3, 4], '-')), (n) => (/^0[36]/.test(n) ? `${n.slice(0, 2)}(${n.slice(2, 6)})${n.slice(6)}` : `${n.slice(0, 3)}(${n.slice(3, 6)})${n.slice(6)}`)],
    intl: [(s) => `+81 ${/^[36]/.test(s) ? grp5(s, [1, 4, 4], ' ') : grp5(s, [2, 3, 4], ' ')}`],
    groups: (n) => (/^0[36]/.test(n) ? [2, 4, 4] : [3, 3, 4]),
  },
  JP_NAVI: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => '570' + dg5(r, 6),
    nat: [(n) => grp5(n, [4, 3, 3], '-')],
    intl: [],
    groups: () => [4, 3, 3],
  },
  JP_FREE: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.5) ? '120' + r.int(1, 9) + dg5(r, 5) : '800' + r.int(1, 9) + dg5(r, 6)),
    nat: [(n) => (n.startsWith('0120') ? grp5(n, [4, 3, 3], '-') : grp5(n, [4, 3, 4], '-'))],
    intl: [],
    groups: (n) => (n.startsWith('0120') ? [4, 3, 3] : [4, 3, 4]),
  },
  KR_MOB: {
    region: 'KR', cc: '82', trunk: '0', mobile: true,
    sig: (r) => '10' + r.int(2, 9) + dg5(r, 7),
    nat: [(n) => grp5(n, [3, 4, 4], '-'), (n) => grp5(n, [3, 4, 4], ' '), (n) => grp5(n, [3, 4, 4], '.'), (n) => n],
    intl: [(s) => `+82 ${grp5(s, [2, 4, 4], '-')}`, (s) => `+82 ${grp5(s, [2, 4, 4], ' ')}`, (s) => `+82${s}`, (s) => `+82-${grp5(s, [2, 4, 4], '-')}`],
    groups: () => [3, 4, 4],
  },
  KR_VOIP: {
    region: 'KR', cc: '82', trunk: '0', mobile: false,
    sig: (r) => '70' + r.int(2, 9) + dg5(r, 7),
    nat: [(n) => grp5(n, [3, 4, 4], '-'), (n) => grp5(n, [3, 4, 4], ' ')],
    intl: [(s) => `+82 ${grp5(s, [2, 4, 4], '-')}`],
    groups: () => [3, 4, 4],
  },
  KR_LAND: {
    region: 'KR', cc: '82', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.4) ? '2' + r.int(2, 9) + dg5(r, r.chance(0.7) ? 7 : 6) : from(r, ['31', '32', '51', '53', '62', '42', '33']) + r.int(2, 9) + dg5(r, r.chance(0.6) ? 6 : 7)),
    nat: [(n) => { const a = n.startsWith('02') ? 2 : 3; return `${n.slice(0, a)}-${grp5(n.slice(a), [n.length - a - 4, 4], '-')}`; }, (n) => { const a = n.startsWith('02') ? 2 : 3; return `(${n.slice(0, a)}) ${grp5(n.slice(a), [n.length - a - 4, 4], '-')}`; }],
    intl: [(s) => { const a = s.startsWith('2') ? 1 : 2; return `+82 ${s.slice(0, a)} ${grp5(s.slice(a), [s.length - a - 4, 4], ' ')}`; }],
    groups: (n) => { const a = n.startsWith('02') ? 2 : 3; return [a, n.length - a - 4, 4]; },
  },
  KR_UAN: {
    region: 'KR', cc: '82', trunk: '', mobile: false,
    sig: (r) => from(r, ['1588', '1577', '1644', '1661', '1599', '1544']) + dg5(r, 4),
    nat: [(n) => grp5(n, [4, 4], '-')],
    intl: [],
    groups: () => [4, 4],
  },
  VN_MOB: {
    region: 'VN', cc: '84', trunk: '0', mobile: true,
    sig: (r) => from(r, ['32', '34', '36', '38', '39', '56', '58', '70', '76', '77', '79', '81', '83', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98']) + dg5(r, 7),
    nat: [(n) => grp5(n, [4, 3, 3], ' '), (n) => grp5(n, [4, 3, 3], '.'), (n) => grp5(n, [3, 3, 4], ' '), (n) => n, (n) => grp5(n, [4, 3, 3], '-')],
    intl: [(s) => `+84 ${grp5(s, [3, 3, 3], ' ')}`, (s) => `+84 ${grp5(s, [2, 3, 4], ' ')}`, (s) => `+84${s}`, (s) => `+84-${grp5(s, [3, 3, 3], '-')}`],
    groups: () => [4, 3, 3],
  },
  VN_LAND: {
    region: 'VN', cc: '84', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.6) ? from(r, ['24', '28']) + from(r, ['3', '6', '7']) + dg5(r, 7) : from(r, ['236', '292', '225', '251']) + from(r, ['3', '6']) + dg5(r, 6)),
    nat: [(n) => grp5(n, [n.length === 11 && /^02[48]/.test(n) ? 3 : 4, 4, 4], ' '), (n) => grp5(n, [n.length === 11 && /^02[48]/.test(n) ? 3 : 4, 4, 4], '.')],
    intl: [(s) => `+84 ${grp5(s, [/^2[48]/.test(s) ? 2 : 3, 4, 4], ' ')}`],
    groups: (n) => [/^02[48]/.test(n) ? 3 : 4, 4, 4],
  },
  VN_HOT: {
    region: 'VN', cc: '84', trunk: '', mobile: false,
    sig: (r) => '1900' + dg5(r, 4),
    nat: [(n) => grp5(n, [4, 4], ' '), (n) => grp5(n, [4, 4], '.')],
    intl: [],
    groups: () => [4, 4],
  },
  RU_MOB: {
    region: 'RU', cc: '7', trunk: '8', mobile: true,
    sig: (r) => '9' + from(r, ['03', '06', '09', '10', '15', '17', '20', '26', '27', '31', '33', '44', '50', '53', '58', '69', '77', '78', '81', '85', '90', '99']) + dg5(r, 7),
    nat: [(n) => `8 ${n.slice(1, 4)} ${n.slice(4, 7)}-${n.slice(7, 9)}-${n.slice(9)}`, (n) => `8(${n.slice(1, 4)})${n.slice(4, 7)}-${n.slice(7, 9)}-${n.slice(9)}`, (n) => n, (n) => `8-${grp5(n.slice(1), [3, 3, 2, 2], '-')}`, (n) => `8 ${grp5(n.slice(1), [3, 3, 2, 2], ' ')}`],
    intl: [(s) => `+7 ${s.slice(0, 3)} ${s.slice(3, 6)}-${s.slice(6, 8)}-${s.slice(8)}`, (s) => `+7(${s.slice(0, 3)})${s.slice(3)}`, (s) => `+7 ${grp5(s, [3, 3, 2, 2], ' ')}`, (s) => `+7${s}`, (s) => `+7 (${s.slice(0, 3)}) ${grp5(s.slice(3), [3, 2, 2], ' ')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  RU_LAND: {
    region: 'RU', cc: '7', trunk: '8', mobile: false,
    sig: (r) => from(r, ['495', '499', '812', '383', '343', '846', '863', '843']) + r.int(2, 3) + dg5(r, 6),
    nat: [(n) => `8 (${n.slice(1, 4)}) ${n.slice(4, 7)}-${n.slice(7, 9)}-${n.slice(9)}`, (n) => `8 ${grp5(n.slice(1), [3, 3, 2, 2], ' ')}`],
    intl: [(s) => `+7 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6, 8)}-${s.slice(8)}`, (s) => `+7 ${grp5(s, [3, 3, 2, 2], ' ')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  RU_FREE: {
    region: 'RU', cc: '7', trunk: '8', mobile: false,
    sig: (r) => '800' + from(r, ['1', '2', '3', '5', '7']) + dg5(r, 6),
    nat: [(n) => `8 800 ${n.slice(4, 7)}-${n.slice(7, 9)}-${n.slice(9)}`, (n) => `8-800-${grp5(n.slice(4), [3, 2, 2], '-')}`],
    intl: [],
    groups: () => [1, 3, 3, 2, 2],
  },
  US: {
    region: 'US', cc: '1', trunk: '', mobile: true,
    sig: (r) => from(r, ['206', '214', '224', '281', '347', '404', '469', '516', '602', '612', '626', '628', '630', '650', '718', '720', '737', '773', '832', '929']) + r.int(2, 9) + dg5(r, 6),
    nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => grp5(n, [3, 3, 4], '-'), (n) => grp5(n, [3, 3, 4], '.'), (n) => `1-${grp5(n, [3, 3, 4], '-')}`, (n) => grp5(n, [3, 3, 4], ' ')],
    intl: [(s) => `+1 ${grp5(s, [3, 3, 4], ' ')}`, (s) => `+1-${grp5(s, [3, 3, 4], '-')}`, (s) => `+1 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`, (s) => `+1${s}`, (s) => `+1.${grp5(s, [3, 3, 4], '.')}`],
    groups: () => [3, 3, 4],
  },
  US_FREE: {
    region: 'US', cc: '1', trunk: '', mobile: false,
    sig: (r) => from(r, ['800', '833', '844', '855', '866', '877', '888']) + r.int(2, 9) + dg5(r, 6),
    nat: [(n) => `1-${grp5(n, [3, 3, 4], '-')}`, (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => `1 ${grp5(n, [3, 3, 4], ' ')}`],
    intl: [(s) => `+1 ${grp5(s, [3, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  GB_MOB: {
    region: 'GB', cc: '44', trunk: '0', mobile: true, idd00: true,
    sig: (r) => '7' + from(r, ['4', '5', '7', '8', '9']) + dg5(r, 8),
    nat: [(n) => grp5(n, [5, 6], ' '), (n) => grp5(n, [5, 3, 3], ' '), (n) => n],
    intl: [(s) => `+44 ${grp5(s, [4, 6], ' ')}`, (s) => `+44 (0)${grp5(s, [4, 3, 3], ' ')}`, (s) => `+44${s}`],
    groups: () => [5, 3, 3],
  },
  GB_LAND: {
    region: 'GB', cc: '44', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.5) ? from(r, ['161', '131', '113', '117']) + r.int(2, 9) + dg5(r, 6) : r.chance(0.5) ? '29' + from(r, ['20', '21', '22']) + dg5(r, 6) : '28' + from(r, ['90', '91', '95']) + dg5(r, 6)),
    nat: [(n) => (/^01/.test(n) ? grp5(n, [4, 3, 4], ' ') : grp5(n, [3, 4, 4], ' '))],
    intl: [(s) => (/^1/.test(s) ? `+44 ${grp5(s, [3, 3, 4], ' ')}` : `+44 ${grp5(s, [2, 4, 4], ' ')}`)],
    groups: (n) => (/^01/.test(n) ? [4, 3, 4] : [3, 4, 4]),
  },
  GB_FREE: {
    region: 'GB', cc: '44', trunk: '0', mobile: false,
    sig: (r) => '800' + r.int(0, 9) + dg5(r, 6),
    nat: [(n) => grp5(n, [4, 3, 4], ' ')],
    intl: [],
    groups: () => [4, 3, 4],
  },
  FI: eu('FI', '358', '0', (r) => from(r, ['40', '41', '44', '45', '50']) + dg5(r, 7), [3, 3, 4], [2, 3, 4]),
  SK: eu('SK', '421', '0', (r) => '9' + from(r, ['01', '02', '03', '04', '05', '06', '07', '08', '10', '11', '14', '15', '16', '17', '18', '40', '44', '48', '49']) + dg5(r, 6), [4, 3, 3], [3, 3, 3]),
  SI: eu('SI', '386', '0', (r) => from(r, ['30', '31', '40', '41', '51', '64', '68', '70', '71']) + dg5(r, 6), [3, 3, 3], [2, 3, 3]),
  HR: eu('HR', '385', '0', (r) => '9' + from(r, ['1', '2', '5', '7', '8', '9']) + dg5(r, 7), [3, 3, 4], [2, 3, 4]),
  BG: eu('BG', '359', '0', (r) => from(r, ['87', '88', '89', '98']) + dg5(r, 7), [4, 3, 3], [3, 3, 3]),
  LT: eu('LT', '370', '8', (r) => '6' + dg5(r, 7), [1, 3, 5], [3, 5]),
  LV: eu('LV', '371', '', (r) => '2' + dg5(r, 7), [4, 4], [4, 4]),
  EE: eu('EE', '372', '', (r) => '5' + dg5(r, 7), [4, 4], [4, 4]),
  LU: eu('LU', '352', '', (r) => '6' + from(r, ['21', '28', '61', '68', '91']) + dg5(r, 6), [3, 3, 3], [3, 3, 3]),
  MT: eu('MT', '356', '', (r) => from(r, ['79', '99', '77']) + dg5(r, 6), [4, 4], [4, 4]),
  CY: eu('CY', '357', '', (r) => '9' + from(r, ['6', '7', '9']) + dg5(r, 6), [2, 6], [2, 6]),
  IE: eu('IE', '353', '0', (r) => from(r, ['83', '85', '86', '87', '89']) + r.int(2, 9) + dg5(r, 6), [3, 3, 4], [2, 3, 4]),
  DE: eu('DE', '49', '0', (r) => from(r, ['151', '152', '155', '157', '159', '160', '162', '163', '170', '171', '172', '175', '176', '177', '178', '179']) + dg5(r, r.chance(0.6) ? 7 : 8), [4, 8], [3, 8]),
  FR: eu('FR', '33', '0', (r) => from(r, ['6', '7']) + dg5(r, 8), [2, 2, 2, 2, 2], [1, 2, 2, 2, 2]),
  NL: eu('NL', '31', '0', (r) => '6' + r.int(1, 5) + dg5(r, 7), [2, 4, 4], [1, 4, 4]),
  ES: eu('ES', '34', '', (r) => from(r, ['6', '7']) + dg5(r, 8), [3, 3, 3], [3, 2, 2, 2]),
  IT_LAND: {
    region: 'IT', cc: '39', trunk: '', mobile: false, idd00: true,
    sig: (r) => '06' + dg5(r, r.chance(0.5) ? 7 : 8),
    nat: [(n) => `${n.slice(0, 2)} ${n.slice(2)}`],
    intl: [(s) => `+39 ${s.slice(0, 2)} ${grp5(s.slice(2), [4, 4], ' ')}`],
    groups: (n) => [2, 4, n.length - 6],
  },
  PL_LAND: {
    region: 'PL', cc: '48', trunk: '', mobile: false, idd00: true,
    sig: (r) => '22' + r.int(2, 8) + dg5(r, 6),
    nat: [(n) => `${n.slice(0, 2)} ${grp5(n.slice(2), [3, 2, 2], ' ')}`],
    intl: [(s) => `+48 ${s.slice(0, 2)} ${grp5(s.slice(2), [3, 2, 2], ' ')}`],
    groups: () => [2, 3, 2, 2],
  },
};

/** Numbers people give as their own (mobiles, home and internet phones). */
const MIX5: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_LAND', 'IE', 'FI', 'SK', 'SI', 'HR', 'BG', 'LT', 'LV', 'EE', 'LU', 'MT', 'CY', 'DE', 'FR', 'NL', 'ES', 'IT_LAND', 'PL_LAND', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_IP', 'JP_LAND', 'JP_LAND', 'US', 'GB_MOB', 'KR_MOB', 'FI'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_VOIP', 'KR_LAND', 'KR_LAND', 'JP_MOB', 'US', 'VN_MOB', 'SK'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_LAND', 'RU_LAND', 'DE', 'LV', 'LT', 'EE', 'FI', 'CY', 'US'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_LAND', 'VN_LAND', 'KR_MOB', 'JP_MOB', 'US', 'FR', 'HR'],
};
/** Numbers of offices and schools: landlines, free dial and business numbers. */
const OFFICE_MIX5: Record<Lang, string[]> = {
  en: ['US_FREE', 'US_FREE', 'GB_FREE', 'GB_LAND', 'US', 'IT_LAND', 'PL_LAND'],
  ja: ['JP_NAVI', 'JP_FREE', 'JP_LAND', 'JP_LAND'],
  ko: ['KR_UAN', 'KR_UAN', 'KR_LAND', 'KR_VOIP'],
  ru: ['RU_FREE', 'RU_LAND', 'RU_LAND'],
  vi: ['VN_HOT', 'VN_LAND', 'VN_LAND'],
};

const HOME5: Partial<Record<Lang, CountryCode>> = { ja: 'JP', ko: 'KR', ru: 'RU', vi: 'VN' };

interface Drawn5 {
  shape: Shape5;
  sig: string;
  national: string;
}

/** A number libphonenumber-js says is valid for its country (and one a messenger can use, when asked). */
function drawPhone5(r: Rng, lang: Lang, mobile = false, office = false): Drawn5 {
  for (;;) {
    const shape = SHAPES5[r.pick((office ? OFFICE_MIX5 : MIX5)[lang])];
    if (mobile && !shape.mobile) continue;
    const sig = shape.sig(r);
    const p = parsePhoneNumberFromString(`+${shape.cc}${sig}`);
    if (!p || !p.isValid() || p.country !== shape.region) continue;
    if (mobile && !['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(p.getType() ?? '')) continue;
    const national = shape.trunk + sig;
    const q = parsePhoneNumberFromString(national, shape.region);
    if (!q || !q.isValid() || String(q.nationalNumber) !== sig) continue;
    return { shape, sig, national };
  }
}

/** Whether a written form reads back, by libphonenumber-js, as the same valid number of the same country. */
function readsBack5(text: string, d: Drawn5): boolean {
  const p = text.startsWith('+') ? parsePhoneNumberFromString(text) : text.startsWith('00') ? parsePhoneNumberFromString(text, 'GB') : parsePhoneNumberFromString(text, d.shape.region);
  return !!p && p.isValid() && String(p.nationalNumber) === d.sig && p.countryCallingCode === d.shape.cc && p.country === d.shape.region;
}

const DIG5: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};
const VI_BARE5 = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];
const ZERO5: Record<Lang, string[]> = { en: ['zero', 'oh', 'zero'], ja: ['〇', '零', 'ゼロ', '〇'], ko: ['공', '영', '공'], ru: ['ноль', 'ноль', 'нуль'], vi: ['không'] };

/** Spells digits one by one; bare: Vietnamese typed without diacritics. Zero word, case and joiner fixed per number. */
function speller5(r: Rng, lang: Lang, bare = false): (digits: string) => string {
  const zero = bare ? 'khong' : r.pick(ZERO5[lang]);
  const words = bare ? VI_BARE5 : DIG5[lang];
  const upper = !cjk(lang) && r.chance(0.12);
  const joiner = cjk(lang) ? (r.chance(0.85) ? '' : ' ') : r.pick([' ', ' ', ' ', '-']);
  return (digits) =>
    [...digits]
      .map((c, i) => {
        const w = c === '0' ? zero : words[Number(c)];
        return upper && i === 0 ? cap(w) : w;
      })
      .join(joiner);
}

/** Between spelled groups. */
const SPELL_SEP5: Record<Lang, string[]> = {
  en: [' ', ', ', ' - ', '... '],
  ja: ['、', ' ', '－', 'の', '―'],
  ko: [' ', ', ', '-', '에 '],
  ru: [', ', ' ', ' - ', ' — '],
  vi: [' ', ', ', ' - ', '. '],
};
/** Words between written digit groups. */
const JOIN5: Record<Lang, string[]> = {
  en: [' dash ', ' hyphen ', ' dot '],
  ja: ['の', 'ハイフン', ' ハイフン ', 'ダッシュ'],
  ko: ['에 ', ' 다시 ', ' 하이픈 ', ' 대시 '],
  ru: [' тире ', ' дефис ', ' точка '],
  vi: [' gạch ', ' gạch ngang ', ' chấm '],
};
const PLUS5: Partial<Record<Lang, string>> = { en: 'plus', ru: 'плюс' };

/** A phone number; mobile: one a messenger can be registered to; office: one of an office or a school. */
function phone5(r: Rng, lang: Lang, obfuscate: boolean, mobile = false, office = false): Surface {
  const d = drawPhone5(r, lang, mobile, office);
  const { shape, sig, national } = d;
  const foreign = lang !== 'en' && shape.region !== HOME5[lang];
  const abroad = lang === 'en' && shape.region !== 'US' && shape.region !== 'GB';
  const intl = shape.intl.length > 0 && (foreign || abroad || r.chance(0.3));
  let written = '';
  for (let k = 0; k < 20 && !written; k++) {
    let w = intl ? r.pick(shape.intl)(sig) : r.pick(shape.nat)(national);
    if (intl && lang === 'en' && shape.idd00 && r.chance(0.25)) w = w.replace(/^\+/, '00');
    if (readsBack5(w, d)) written = w;
  }
  if (!written) written = intl ? `+${shape.cc}${sig}` : national;
  if (!obfuscate) return { text: written, obfuscated: false };
  const digits = intl ? sig : national;
  const gs = shape.groups(national);
  const sizes = intl ? (() => { const x = [...gs]; x[0] -= shape.trunk.length; return x.filter((v) => v > 0); })() : gs;
  const groups = parts(digits, sizes);
  const plus = intl ? `+${shape.cc} ` : '';
  const bare = lang === 'vi' && r.chance(0.15);
  const way = r.int(0, 12);
  if (way <= 1) {
    const sp = speller5(r, lang, bare);
    return { text: plus + groups.map(sp).join(r.pick(SPELL_SEP5[lang])), obfuscated: true, how: bare ? 'spelled digits without diacritics' : 'spelled digits' };
  }
  if (way === 2) {
    const sp = speller5(r, lang, bare);
    return { text: plus + sp(groups.join('')), obfuscated: true, how: 'spelled digits in one run' };
  }
  if (way === 3) {
    const sp = speller5(r, lang);
    const first = r.chance(0.5);
    return { text: plus + groups.map((g, i) => ((i % 2 === 0) === first ? sp(g) : g)).join(cjk(lang) ? r.pick([' ', '-']) : r.pick([' ', ', '])), obfuscated: true, how: 'spelled and written groups' };
  }
  if (way === 4) {
    const inner = r.pick([' ', '.', '-', ' ']);
    const outer = inner === ' ' ? r.pick(['  ', ' - ', '   ']) : r.pick([' ', '  ']);
    return { text: plus + groups.map((g) => [...g].join(inner)).join(outer), obfuscated: true, how: 'separated digits' };
  }
  if (way === 5) {
    // Regrouped: the first group kept, the rest in pairs.
    const rest = digits.slice(groups[0].length);
    const pairs = rest.match(/.{1,2}/g) ?? [];
    const sep = r.pick([' ', '.', ' ']);
    return { text: plus + [groups[0], ...pairs].join(sep), obfuscated: true, how: 'digits regrouped in pairs' };
  }
  if (way === 6) return { text: plus + groups.join(r.pick(JOIN5[lang])), obfuscated: true, how: 'words between groups' };
  if (way === 7) {
    const k = r.int(0, 3);
    if (k === 0) return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: fwWhere(written, /\d/), obfuscated: true, how: 'full-width digits' };
    if (k === 2 && lang === 'ja') return { text: (intl ? `＋${fullWidth(shape.cc)} ` : '') + groups.map(fullWidth).join(r.pick(['ー', '－', '―'])), obfuscated: true, how: 'full-width with long dashes' };
    return { text: (intl ? `＋${fullWidth(shape.cc)}　` : '') + groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  }
  if (way === 8) return { text: zwIn(r, written, 3, 6, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 9) {
    const sp = speller5(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: plus + groups.map((g, i) => (i === k ? fullWidth(g) : sp(g))).join(cjk(lang) ? r.pick(['　', ' ', '－']) : r.pick([' ', ', '])), obfuscated: true, how: 'spelled and full-width groups' };
  }
  if (way === 10) {
    // First group written, the rest spelled.
    const sp = speller5(r, lang, bare);
    return { text: plus + groups.map((g, i) => (i === 0 ? g : sp(g))).join(cjk(lang) ? ' ' : r.pick([' ', ', '])), obfuscated: true, how: 'partly spelled' };
  }
  if (way === 11 && intl && PLUS5[lang]) {
    // Dictated from the plus sign on.
    const sp = speller5(r, lang);
    return { text: `${PLUS5[lang]} ${sp(shape.cc)}${r.pick([', ', ' '])}${groups.map(sp).join(r.pick(SPELL_SEP5[lang]))}`, obfuscated: true, how: 'spelled digits with the plus word' };
  }
  // Digits apart by spaces, with zero-width characters as well.
  return { text: zwIn(r, plus + groups.map((g) => [...g].join(' ')).join('  '), 1, 3, /\d/), obfuscated: true, how: 'separated digits and zero-width characters' };
}

// ---- links -------------------------------------------------------------------------------------

const WEB5: Record<Lang, string[]> = {
  en: ['{hh}.teachable.com/courses/ielts-writing', 'www.{hh}.academy/book', 'cal.com/{h}/trial-lesson', 'app.box.com/s/{k}', 'www.canva.com/design/{K}/view', 'wordwall.net/play/{n}/{n}', 'www.loom.com/share/{k}', 'forms.office.com/r/{k}', '{hh}.github.io/vocab', 'gamma.app/docs/{k}', 'www.{hh}.school/timetable?week=49', 'bit.ly/{k}'],
  ja: ['{hh}.studio.site/lesson', 'peatix.com/event/{n}', 'connpass.com/event/{n}/', 'www.{hh}.tokyo/price', 'lit.link/{h}', 'docs.google.com/forms/d/e/{k}/viewform', '{hh}.base.shop', 'えいご教室.jp/about', 'www.instagram.com/p/{k}/', 'note.com/{h}/m/m{k}'],
  ko: ['smartstore.naver.com/{h}', 'cafe.naver.com/{h}/{n}', 'www.{hh}.co.kr/board/view?no={n}', 'litt.ly/{h}', 'www.classu.co.kr/class/{n}', 'zep.us/play/{k}', 'padlet.com/{h}/{k}', '영어교실.한국/{h}', 'www.{hh}.kr/qna', 'linktr.ee/{h}'],
  ru: ['{hh}.tilda.ws/price', 'taplink.cc/{h}', 'www.{hh}.ru/zapis', 'dzen.ru/a/{k}', 'cloud.mail.ru/public/{k}', 'www.youtube.com/shorts/{k}', 'онлайн-школа.рф/{h}', 'уроки.дети/{h}', 'vk.com/wall-{n}_{n}', 'skyeng.ru/teachers/{n}'],
  vi: ['www.facebook.com/{h}/posts/{n}', 'tiki.vn/{hh}-p{n}.html', 'shopee.vn/product/{n}/{n}', 'www.{hh}.edu.vn/dang-ky', 'forms.gle/{k}', 'bit.ly/{k}', 'tiếngviệt.vn/{h}', 'www.tiktok.com/@{h}', 'padlet.com/{h}/{k}', 'drive.google.com/drive/folders/{k}'],
};
const DOM5: Record<Lang, string[]> = {
  en: ['{hh}.academy', '{hh}.study', '{hh}.courses', '{g}teaches.xyz', 'learnwith{g}.io', '{hh}.coach', '{hh}.training', 'www.{hh}.me', '{g}-{f}.ie', '{hh}.page', '{hh}.tips', '{hh}.ninja'],
  ja: ['{hh}.jp', '{hh}.nagoya', '{hh}.yokohama', 'eigo-{g}.com', 'www.{hh}.or.jp', '{ij}.jp', '{ij}.みんな', '{hh}.tokyo', '{g}-english.net'],
  ko: ['{hh}.or.kr', '{hh}.pe.kr', '{g}eng.kr', 'www.{hh}.co.kr', '{hh}.io', '{ik}.kr', '{ik}.한국', '{hh}.studio'],
  ru: ['{hh}.ru', '{hh}.su', '{hh}.tatar', '{ir}.москва', '{ir}.дети', '{hh}.by', '{hh}.kz', 'www.{hh}.msk.ru', '{ir}.рус', '{ir}.рф'],
  vi: ['{hh}.vn', '{hh}.edu.vn', '{hh}.net.vn', '{hh}.org.vn', '{iv}.vn', 'hoctienghan.com.vn', '{hh}.online', '{g}{f}.tech'],
};
const CHAT5: Record<Lang, string[]> = {
  en: ['t.me/{t}', 't.me/{t}?start=trial', 'telegram.me/{t}', 'wa.me/{w}', 'api.whatsapp.com/send?phone={w}', 'chat.whatsapp.com/{k}', 'line.me/ti/p/{k}', 'm.me/{h}', 'discord.gg/{k}', 'join.skype.com/invite/{k}', 'ig.me/m/{h}', 'viber.click/{w}', 'weixin.qq.com/r/{k}'],
  ja: ['line.me/ti/p/{k}', 'line.me/R/ti/p/%40{h}', 'line.me/ti/g2/{k}', 'lin.ee/{k}', 't.me/{t}', 'discord.gg/{k}', 'ig.me/m/{h}', 'wa.me/{w}'],
  ko: ['open.kakao.com/o/s{k}', 'open.kakao.com/o/g{k}', 'qr.kakao.com/talk/{k}', 'pf.kakao.com/_{k}/chat', 'line.me/R/ti/p/~{h}', 't.me/{t}', 'discord.gg/{k}'],
  ru: ['t.me/{t}', 't.me/+{k}', 't.me/{t}/12', 'wa.me/{w}', 'vk.me/{h}', 'viber.click/{w}', 'discord.gg/{k}', 'invite.viber.com/?g2={k}'],
  vi: ['zalo.me/{z}', 'zalo.me/g/{k}', 'm.me/{h}', 'www.messenger.com/t/{h}', 't.me/{t}', 'wa.me/{w}', 'fb.me/{h}'],
};

/** Internationalised labels of each script for the bare domains. */
const IDN5 = {
  ij: ['えいごのへや', 'にほんご', 'えいかいわ', '英会話教室', 'おうちえいご', 'はじめての英語'],
  ik: ['영어학원', '과외', '영어회화', '토익공부', '한국어교실'],
  ir: ['репетитор', 'английский', 'языки', 'уроки-английского', 'школа-речи'],
  iv: ['tiếngnhật', 'tiếnganh', 'họctiếnghàn', 'giasutiếnganh', 'ngoạingữ'],
};

function fillLink5(r: Rng, lang: Lang, pattern: string): string {
  const name = handle5(r, lang).toLowerCase();
  const h = name.replace(/-/g, '_');
  const hh = name.replace(/[._]+/g, '-').replace(/^-|-$/g, '');
  const { g, f } = NAMES5[lang];
  let w = '';
  let z = '';
  if (pattern.includes('{w}')) {
    const d = drawPhone5(r, lang, true);
    w = d.shape.cc + d.sig;
  }
  if (pattern.includes('{z}')) {
    for (;;) {
      const d = drawPhone5(r, 'vi', true);
      if (d.shape.region === 'VN') {
        z = d.national;
        break;
      }
    }
  }
  let out = pattern
    .replace('{hh}', hh)
    .replace('{h}', h)
    .replace('{t}', name.replace(/[.-]/g, '_'))
    .replace('{g}', r.pick(g))
    .replace('{f}', r.pick(f))
    .replace('{k}', key5(r, r.int(8, 12)))
    .replace('{K}', key5(r, 11).toUpperCase())
    .replace('{w}', w)
    .replace('{z}', z)
    .replace('{ij}', r.pick(IDN5.ij))
    .replace('{ik}', r.pick(IDN5.ik))
    .replace('{ir}', r.pick(IDN5.ir))
    .replace('{iv}', r.pick(IDN5.iv));
  while (out.includes('{n}')) out = out.replace('{n}', String(r.int(100000, 9999999)));
  return out;
}

function url5(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'dom' | 'chat'): Surface {
  const site = fillLink5(r, lang, r.pick(kind === 'chat' ? CHAT5[lang] : kind === 'dom' ? DOM5[lang] : WEB5[lang]));
  const scheme = kind === 'dom' ? '' : kind === 'chat' ? (r.chance(0.3) ? 'https://' : '') : r.chance(0.5) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  let way = r.int(0, 9);
  if (idn && way === 6) way = r.int(0, 3);
  if (way <= 1) {
    return { text: scheme + labels.join(r.pick(DOT5[lang])) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 2) {
    return { text: scheme + labels.join(r.pick(['[.]', '(.)', '{.}', '[.]'])) + path, obfuscated: true, how: 'bracketed dots' };
  }
  if (way === 3) {
    const sp = r.pick([' . ', ' .', '. ']);
    const p = path && r.chance(0.35) ? ' /' + path.slice(1) : path;
    return { text: scheme + labels.join(sp) + p, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 4) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: scheme + fullWidth(host) + path, obfuscated: true, how: 'full-width host' };
    return { text: fwWhere(plain, /[./:]/), obfuscated: true, how: 'full-width marks' };
  }
  if (way === 5) return { text: scheme + zwIn(r, host, 1, 3) + path, obfuscated: true, how: 'zero-width characters in the host' };
  if (way === 6) {
    const i = labels[0] === 'www' && labels.length > 2 ? 1 : 0;
    const c = looks5(r, labels[i]);
    if (c.n > 0) {
      const ls = [...labels];
      ls[i] = c.text;
      return { text: scheme + ls.join('.') + path, obfuscated: true, how: 'look-alike letters in the host' };
    }
    return { text: scheme + labels.join(r.pick(DOT5[lang])) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 7 && scheme) return { text: scheme + ' ' + labels.join(' . ') + path, obfuscated: true, how: 'split by spaces after the scheme' };
  if (way === 7 && cjk(lang)) return { text: labels.map(fullWidth).join(r.pick(DOT5[lang])) + path, obfuscated: true, how: 'full-width host with dot words' };
  if (way === 8 && path) {
    // Look-alikes in the path (a handle) and a dot word in the host.
    const c = looks5(r, path, 1);
    if (c.n > 0) return { text: scheme + labels.join(r.pick(DOT5[lang])) + c.text, obfuscated: true, how: 'dot words and look-alikes in the path' };
  }
  return { text: zwIn(r, plain, 2, 5, /[./]/), obfuscated: true, how: 'zero-width characters after the marks' };
}

// ---- messenger ids -----------------------------------------------------------------------------

/** Disguises an id; keep: how many leading characters stay as they are (an @ or a live: prefix). */
function disguiseId5(r: Rng, h: string, keep: number): Surface {
  const way = r.int(0, 6);
  if (way === 0) return { text: h.slice(0, keep) + fullWidth(h.slice(keep)), obfuscated: true, how: 'full-width' };
  if (way === 1) {
    const t = h.slice(0, keep) + fwWhere(h.slice(keep), /[\d_.#-]/);
    if (t !== h) return { text: t, obfuscated: true, how: 'full-width digits and marks' };
  }
  if (way <= 2) {
    const c = looks5(r, h, keep);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 3) {
    const c = looks5(r, h, keep, Infinity, 1);
    if (c.n > 0) return { text: zwIn(r, c.text, 1, 2), obfuscated: true, how: 'look-alikes and zero-width characters' };
  }
  if (way === 4 && h.startsWith('@')) return { text: '＠' + (r.chance(0.4) ? fullWidth(h.slice(1)) : h.slice(1)), obfuscated: true, how: 'full-width at sign' };
  if (way === 5 && /[a-z]/.test(h)) {
    const c = looks5(r, h, keep, Infinity, 3);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  return { text: zwIn(r, h, 1, 3), obfuscated: true, how: 'zero-width characters' };
}

function id5(r: Rng, lang: Lang, obfuscate: boolean, at: boolean): Surface {
  const h = at ? '@' + handle5(r, lang).replace(/[.-]/g, '_') : handle5(r, lang);
  if (!obfuscate) return { text: h, obfuscated: false };
  return disguiseId5(r, h, at ? 1 : 0);
}

function skype5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES5[lang];
  const k = r.int(0, 3);
  const id = k === 0 ? `live:.cid.${hex5(r, 16)}` : k === 1 ? `live:${r.pick(g)}.${r.pick(f)}_${r.int(1, 99)}` : k === 2 ? `${r.pick(g)}.${r.pick(f)}.skype` : `${r.pick(f)}-${r.pick(g)}${r.int(1, 9)}`;
  if (!obfuscate) return { text: id, obfuscated: false };
  return disguiseId5(r, id, id.startsWith('live:') ? 5 : 0);
}

function discord5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES5[lang];
  const old = r.chance(0.3);
  const id = old ? `${cap(r.pick(g))}${r.pick(['', cap(r.pick(f))])}#${r.int(1, 9)}${r.digits(3)}` : r.pick([`${r.pick(g)}.${r.pick(f)}`, `${r.pick(g)}_${r.pick(f)}_`, `${r.pick(g)}${r.int(100, 999)}`, `_${r.pick(g)}.${r.int(10, 99)}`, `${r.pick(f)}.${r.pick(g)}.dev`]);
  if (!obfuscate) return { text: id, obfuscated: false };
  if (old && r.chance(0.3)) return { text: id.replace('#', '＃'), obfuscated: true, how: 'full-width hash' };
  return disguiseId5(r, id, 0);
}

function wechat5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES5[lang];
  const k = r.int(0, 3);
  const low = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
  const id = k === 0 ? `wxid_${[...Array(r.pick([12, 14]))].map(() => r.pick(low)).join('')}` : k === 1 ? `${r.pick(g)}_${r.pick(f)}${r.int(10, 99)}` : k === 2 ? `${cap(r.pick(g))}-${r.int(1990, 2010)}` : `${r.pick(g)}${r.pick(f)}_wx`;
  if (!obfuscate) return { text: id, obfuscated: false };
  return disguiseId5(r, id, id.startsWith('wxid_') ? 5 : 0);
}

function facebook5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES5[lang];
  const id = r.pick([`${r.pick(g)}.${r.pick(f)}.${r.int(1990, 2010)}`, `${r.pick(g)}${r.pick(f)}.${r.int(1, 99)}`, `${r.pick(f)}.${r.pick(g)}`, `${r.pick(g)}.${r.pick(f)}.teacher`]);
  if (!obfuscate) return { text: id, obfuscated: false };
  return disguiseId5(r, id, 0);
}

// ---- numbers with check digits -----------------------------------------------------------------

const CARDS5: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners', 'maestro', 'unionpay'],
  ja: ['jcb', 'jcb', 'visa', 'mc2', 'amex', 'diners', 'unionpay'],
  ko: ['visa', 'mc', 'mc2', 'amex', 'jcb', 'unionpay'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay', 'maestro'],
  vi: ['napas', 'napas', 'visa', 'mc', 'jcb', 'unionpay'],
};

function cardDigits5(r: Rng, lang: Lang): string {
  switch (r.pick(CARDS5[lang])) {
    case 'visa':
      return luhnComplete(r, '4' + r.int(0, 9) + r.int(0, 9), r.chance(0.9) ? 16 : 19);
    case 'mc':
      return luhnComplete(r, String(r.int(51, 55)), 16);
    case 'mc2':
      return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 'amex':
      return luhnComplete(r, r.pick(['34', '37']), 15);
    case 'discover':
      return luhnComplete(r, r.pick(['6011', '644', '645', '647', '649', '65']), 16);
    case 'diners':
      return luhnComplete(r, r.pick(['36', '300', '305', '38']), 14);
    case 'maestro':
      return luhnComplete(r, r.pick(['6759', '6763', '5018', '5020', '5893']), r.pick([16, 18, 19]));
    case 'jcb':
      return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 'unionpay':
      return luhnComplete(r, '62' + r.int(10, 88), r.pick([16, 19]));
    case 'mir':
      return luhnComplete(r, '220' + r.int(0, 4), 16);
    default:
      return luhnComplete(r, '9704' + p2(r.int(0, 99)), r.pick([16, 19]));
  }
}

function card5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const d = cardDigits5(r, lang);
  const groups = d.length === 15 ? parts(d, [4, 6, 5]) : d.length === 14 ? parts(d, [4, 6, 4]) : parts(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d, groups.join(' ')]), obfuscated: false };
  const way = r.int(0, 8);
  if (way === 0) return { text: fullWidth(groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fwWhere(groups.join(' '), /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: groups.join(r.pick([' . ', '.', ' - ', '–'])), obfuscated: true, how: 'groups apart by marks' };
  if (way === 4) return { text: zwIn(r, groups.join(r.pick([' ', ''])), 3, 7, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 5) {
    const sp = speller5(r, lang);
    return { text: groups.map(sp).join(cjk(lang) ? r.pick([' ', '、']) : r.pick([', ', ' - ', ' '])), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 6) {
    const sp = speller5(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k ? sp(g) : g)).join(r.pick([' ', ' - '])), obfuscated: true, how: 'one group spelled' };
  }
  if (way === 7) return { text: groups.join(r.pick(JOIN5[lang])), obfuscated: true, how: 'words between groups' };
  if (cjk(lang)) return { text: groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  return { text: zwIn(r, groups.map((g) => [...g].join(' ')).join('  '), 2, 4, /\d/), obfuscated: true, how: 'separated digits and zero-width characters' };
}

const V6PRE = ['2400:cb00', '2606:4700', '2a02:6b8', '2001:4860', '2404:6800', '2001:ee0', '2402:800', '2001:2d8', '240d:1a', '2a00:1fa0', '2400:4050', '2a01:4f8'];

function ip5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 8);
  const h = () => r.int(1, 0xffff).toString(16);
  let text: string;
  if (kind <= 1) text = `${r.pick([14, 27, 37, 42, 58, 61, 78, 84, 89, 93, 101, 112, 116, 126, 150, 171, 176, 188, 194, 202, 213, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 2) text = `192.168.${r.pick([0, 1, 1, 10, 31, 100])}.${r.int(2, 254)}`;
  else if (kind === 3) text = `${r.pick(['10', '100'])}.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  else if (kind === 4) {
    const pre = r.pick(V6PRE);
    text = `${pre}:${[...Array(8 - pre.split(':').length)].map(h).join(':')}`;
  } else if (kind === 5) {
    // Every group written with its leading zeros.
    text = ['2001', '0' + hex5(r, 3), ...[...Array(6)].map(() => r.pick(['0000', '00' + hex5(r, 2), hex5(r, 4)]))].join(':');
  } else if (kind === 6) text = `${r.pick(V6PRE)}:${h()}::${h()}${r.chance(0.5) ? ':' + h() : ''}`;
  else if (kind === 7) text = `fe80::${[...Array(4)].map(h).join(':')}`;
  else text = `${r.pick(V6PRE)}:${h()}::${h()}:${h()}`.toUpperCase();
  if (!obfuscate) return { text, obfuscated: false };
  const v6 = text.includes(':');
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  if (way === 1 && !v6) return { text: text.split('.').join(r.pick(DOT5[lang])), obfuscated: true, how: 'dot words' };
  if (way === 2 && !v6) return { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
  if (way === 3) return { text: fwWhere(text, /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 4 && v6) return { text: text.replace(/:/g, '：'), obfuscated: true, how: 'full-width colons' };
  return { text: zwIn(r, text, 2, 4), obfuscated: true, how: 'zero-width characters' };
}

/** BBAN layouts: n digits, a upper-case letters, c letters or digits (lengths as in the IBAN registry). */
const IBAN5: Record<string, string> = {
  FI: '14n', SK: '20n', SI: '15n', HR: '17n', EE: '16n', LT: '16n', LU: '3n13c', MT: '4a5n18c', CY: '8n16c', BG: '4a6n8c', MC: '10n11c2n',
  SM: '1a10n12c', AD: '8n12c', GI: '4a15c', NO: '11n', IS: '22n', LI: '5n12c', CH: '5n12c', UA: '6n19c', KZ: '3n13c', GE: '2a16n',
  TR: '5n1z16c', AE: '3n16n', SA: '2n18c', IL: '19n', BY: '4c4n16c', MD: '2c18c', AZ: '4a20c', DE: '18n', FR: '10n11c2n', NL: '4a10n',
  ES: '20n', BE: '12n', PT: '21n', IE: '4a14n', GB: '4a14n', PL: '24n', LV: '4a13c',
};
const IBAN_MIX5: Record<Lang, string[]> = {
  en: ['FI', 'SK', 'SI', 'HR', 'EE', 'LT', 'LU', 'MT', 'CY', 'BG', 'MC', 'SM', 'AD', 'GI', 'NO', 'IS', 'LI', 'CH', 'IE', 'GB', 'TR', 'AE', 'IL'],
  ja: ['DE', 'FR', 'NL', 'CH', 'FI', 'LU', 'BE', 'ES', 'GB', 'NO'],
  ko: ['DE', 'FR', 'NL', 'CH', 'SK', 'SI', 'PT', 'IE', 'GB', 'AE'],
  ru: ['UA', 'KZ', 'GE', 'BY', 'MD', 'AZ', 'LV', 'LT', 'EE', 'CY', 'DE', 'TR', 'PL'],
  vi: ['DE', 'FR', 'NL', 'CH', 'HR', 'BG', 'PL', 'BE', 'SA', 'FI'],
};
const BANKS5: Record<string, string[]> = { GB: ['BARC', 'MONZ', 'SRLG', 'NWBK'], IE: ['AIBK', 'BOFI', 'REVO'], NL: ['INGB', 'ABNA', 'BUNQ', 'KNAB'], GI: ['NWBK', 'GIBB'], MT: ['MALT', 'VALL'], BG: ['UNCR', 'STSA'], AZ: ['NABZ', 'IBAZ'], GE: ['TB', 'BG'], LV: ['HABA', 'RIKO'] };
const UP5 = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function bban5(r: Rng, c: string): string {
  let bban = '';
  for (const m of IBAN5[c].matchAll(/(\d+)([ancz])/g)) {
    const k = Number(m[1]);
    if (m[2] === 'n') bban += r.digits(k);
    else if (m[2] === 'z') bban += '0'.repeat(k);
    else if (m[2] === 'a') bban += BANKS5[c] && BANKS5[c][0].length === k ? r.pick(BANKS5[c]) : [...Array(k)].map(() => UP5[r.int(0, UP5.length - 1)]).join('');
    else bban += [...Array(k)].map(() => (r.chance(0.8) ? String(r.int(0, 9)) : UP5[r.int(0, UP5.length - 1)])).join('');
  }
  return bban;
}

function ibanText5(r: Rng, lang: Lang): string {
  const c = r.pick(IBAN_MIX5[lang]);
  const bban = bban5(r, c);
  const iban = c + p2(98 - mod97(bban + c + '00')) + bban;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  return iban;
}

function iban5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const iban = ibanText5(r, lang);
  const groups = iban.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.65) ? groups.join(' ') : iban, obfuscated: false };
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(r.chance(0.5) ? groups.join(' ') : iban), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'every other group full-width' };
  if (way === 2) return { text: zwIn(r, groups.join(' '), 3, 6), obfuscated: true, how: 'zero-width characters' };
  if (way === 3) return { text: groups.join(r.pick(['-', ' - ', '.', ' . '])), obfuscated: true, how: 'dashes or dots between groups' };
  if (way === 4) return { text: fwWhere(groups.join(' '), /\d/), obfuscated: true, how: 'full-width digits' };
  return { text: groups.map((g) => (/^\d+$/.test(g) ? [...g].join(' ') : g)).join('  '), obfuscated: true, how: 'separated digits' };
}

function myNumber5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const groups = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const sp = speller5(r, lang === 'ja' ? 'ja' : lang === 'vi' ? 'vi' : 'en');
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(r.pick([d, groups.join('-'), groups.join(' ')])), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map(sp).join(lang === 'ja' ? r.pick(['、', ' ', '－']) : ', '), obfuscated: true, how: 'spelled digits' };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zwIn(r, groups.join(r.pick([' ', '-', ''])), 2, 5, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: groups.map((g, i) => (i === 2 ? sp(g) : lang === 'ja' ? fullWidth(g) : g)).join(lang === 'ja' ? '　' : ' '), obfuscated: true, how: 'last group spelled' };
  if (way === 5) return { text: lang === 'ja' ? groups.map(fullWidth).join(r.pick(['ー', '－'])) : fwWhere(groups.join('-'), /\d/), obfuscated: true, how: 'full-width groups' };
  return { text: groups.join(r.pick(JOIN5[lang])), obfuscated: true, how: 'words between groups' };
}

function rrn5(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const year = r.int(1965, 2008);
  const month = r.int(1, 12);
  const day = r.int(1, [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);
  const front = p2(year % 100) + p2(month) + p2(day);
  // Citizens 1-4, foreign residents 5-8 (the alien registration number has the same shape).
  const alien = lang !== 'ko' ? r.chance(0.6) : r.chance(0.15);
  const sex = (year >= 2000 ? (alien ? 7 : 3) : alien ? 5 : 1) + r.int(0, 1);
  const body = front + String(sex) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const a = d.slice(0, 6);
  const b = d.slice(6);
  if (!obfuscate) return { text: r.pick([`${a}-${b}`, `${a}-${b}`, d, `${a} ${b}`]), obfuscated: false };
  const ko = lang === 'ko';
  const sp = speller5(r, ko ? 'ko' : 'en');
  const joins = ko ? ['에 ', ' 다시 ', ' 하이픈 '] : [' dash ', ' hyphen '];
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(`${a}-${b}`), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: `${sp(a)}${r.pick([' - ', ...joins])}${sp(b)}`, obfuscated: true, how: 'spelled digits' };
  if (way === 2) return { text: `${[...a].join(' ')} - ${[...b].join(' ')}`, obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zwIn(r, `${a}-${b}`, 2, 4, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: `${sp(a)} ${b}`, obfuscated: true, how: 'front part spelled' };
  if (way === 5) return { text: fwWhere(`${a}-${b}`, /\d/), obfuscated: true, how: 'full-width digits' };
  return { text: `${a}${r.pick(joins)}${b}`, obfuscated: true, how: 'word between the parts' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface Blind5Entity {
  type: FindingType;
  surface: Surface;
}

/**
 * An entity for a slot of these templates, null for a filler slot. MAILV: an e-mail; TELV: a phone number of
 * a person; MOBV: a number a messenger can use; OFFICEV: a number of an office or a school; WEBV: a link with a path; DOMV: a bare domain; CHATV: a messenger
 * link; IDV and ATIDV: a handle without and with its @; SKYV, DISCV, WXV, FBV: ids of Skype, Discord,
 * WeChat and Facebook; CARDV, IPV, IBANV, MYNV, RRNV. All from the writers above.
 */
export function blind5Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind5Entity | null {
  switch (slot) {
    case 'MAILV':
      return { type: 'EMAIL', surface: email5(r, lang, obfuscate) };
    case 'TELV':
      return { type: 'PHONE', surface: phone5(r, lang, obfuscate) };
    case 'MOBV':
      return { type: 'PHONE', surface: phone5(r, lang, obfuscate, true) };
    case 'OFFICEV':
      return { type: 'PHONE', surface: phone5(r, lang, obfuscate, false, true) };
    case 'WEBV':
      return { type: 'URL', surface: url5(r, lang, obfuscate, 'web') };
    case 'DOMV':
      return { type: 'URL', surface: url5(r, lang, obfuscate, 'dom') };
    case 'CHATV':
      return { type: 'URL', surface: url5(r, lang, obfuscate, 'chat') };
    case 'IDV':
      return { type: 'MESSENGER_ID', surface: id5(r, lang, obfuscate, false) };
    case 'ATIDV':
      return { type: 'MESSENGER_ID', surface: id5(r, lang, obfuscate, true) };
    case 'SKYV':
      return { type: 'MESSENGER_ID', surface: skype5(r, lang, obfuscate) };
    case 'DISCV':
      return { type: 'MESSENGER_ID', surface: discord5(r, lang, obfuscate) };
    case 'WXV':
      return { type: 'MESSENGER_ID', surface: wechat5(r, lang, obfuscate) };
    case 'FBV':
      return { type: 'MESSENGER_ID', surface: facebook5(r, lang, obfuscate) };
    case 'CARDV':
      return { type: 'CREDIT_CARD', surface: card5(r, lang, obfuscate) };
    case 'IPV':
      return { type: 'IP_ADDRESS', surface: ip5(r, lang, obfuscate) };
    case 'IBANV':
      return { type: 'IBAN', surface: iban5(r, lang, obfuscate) };
    case 'MYNV':
      return { type: 'JP_MY_NUMBER', surface: myNumber5(r, lang, obfuscate) };
    case 'RRNV':
      return { type: 'KR_RRN', surface: rrn5(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- hard-negative fillers ---------------------------------------------------------------------

/** The countries of the five languages, the US and the UK: any run of digits is checked against them. */
const HOME_GUARD5: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB'];
/**
 * Other European countries, for the English lines only: checked for runs written with a leading 0, as their
 * national numbers are. Germany, Austria and Luxembourg are left out: their plans take almost any run of
 * digits after a 0.
 */
const EU_GUARD5: CountryCode[] = ['FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'PT', 'SE', 'IE', 'CZ', 'HU', 'RO', 'GR', 'DK', 'FI', 'SK', 'SI', 'HR', 'BG', 'LT', 'LV', 'EE', 'MT', 'CY', 'CH', 'NO'];

function rrnShaped(d: string): boolean {
  if (d.length !== 13) return false;
  const m = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (m < 1 || m > 12 || day < 1 || day > 31 || !/[1-8]/.test(d[6])) return false;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * w[i];
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** Whether a filler happens to hold something of the listed kinds: such fillers are drawn again. */
function holds5(s: string, lang: Lang): boolean {
  const t = s.normalize('NFKC').replace(ZW_RE5, '');
  if (/(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/.test(t)) return true;
  if (/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(t)) return true;
  if (/\b[a-z0-9-]+\.(com|net|org|io|jp|kr|vn|ru|me|co|uk|de|app|dev|site|online|info|ai|tv|ly|gg|to|so|us|cc|by|kz|ua|su)\b/i.test(t)) return true;
  for (const m of t.matchAll(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g)) if (mod97(m[0].slice(4) + m[0].slice(0, 4)) === 1) return true;
  for (const m of t.matchAll(/\+?\d(?:[ .\-/()–]{0,2}\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (m[0].startsWith('+') && parsePhoneNumberFromString(m[0])?.isValid()) return true;
    if (d.length >= 12 && d.length <= 19 && luhn(d)) return true;
    if (d.length === 12 && myNumberCheckDigit(d) === d[11]) return true;
    if (rrnShaped(d)) return true;
    if (d.length >= 7 && d.length <= 13) {
      for (const region of HOME_GUARD5) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
      if (lang === 'en' && d.startsWith('0') && !d.startsWith('00')) for (const region of EU_GUARD5) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
    }
  }
  return false;
}

function safe5(lang: Lang, gen: () => string): string {
  for (let k = 0; k < 3000; k++) {
    const s = gen();
    if (!holds5(s, lang)) return s;
  }
  throw new Error('no safe filler');
}

const APP5: Record<Lang, string[]> = {
  en: ['LINE', 'Line', 'Kakao', 'KakaoTalk', 'Telegram', 'TG', 'Instagram', 'insta', 'IG', 'Facebook', 'FB', 'Skype', 'WeChat', 'Discord'],
  ja: ['LINE', 'ライン', 'カカオ', 'カカオトーク', 'テレグラム', 'インスタ', 'Instagram', 'フェイスブック', 'スカイプ', 'ウィーチャット', '微信', 'ディスコード', 'ディスコ'],
  ko: ['라인', '카톡', '카카오톡', '텔레', '텔레그램', '인스타', '디코', '디스코드', '스카이프', '위챗', '페북', '페이스북'],
  ru: ['Телеграм', 'тг', 'ТГ', 'Инстаграм', 'инста', 'Дискорд', 'Скайп', 'Вичат', 'Лайн', 'Какао', 'Фейсбук', 'Telegram'],
  vi: ['Zalo', 'zalo', 'Tele', 'tele', 'Insta', 'IG', 'Face', 'FB', 'Line', 'Kakao', 'Skype', 'Discord', 'WeChat'],
};
/** Russian names in the prepositional case ("в ..."). */
const APP_IN_RU = ['Телеграме', 'телеге', 'тг', 'Скайпе', 'Дискорде', 'инсте', 'Лайне', 'Вичате', 'Какао', 'Фейсбуке'];
const AT_IN_RU = ['Телеграме', 'телеге', 'тг', 'инсте', 'Инстаграме'];
const ATAPP5: Record<Lang, string[]> = {
  en: ['Telegram', 'TG', 'insta', 'IG', 'Instagram'],
  ja: ['テレグラム', 'インスタ', 'Instagram', 'Telegram', 'インスタグラム'],
  ko: ['텔레그램', '텔레', '인스타', '인스타그램'],
  ru: ['Телеграм', 'ТГ', 'Инста', 'Инстаграм', 'Телега'],
  vi: ['Tele', 'Telegram', 'Insta', 'IG', 'Instagram'],
};
const NUMAPP5: Record<Lang, string[]> = {
  en: ['WhatsApp', 'whatsapp', 'Viber', 'WhatsApp', 'Telegram'],
  ja: ['WhatsApp', 'ワッツアップ', 'LINE', 'ライン', 'バイバー', 'Viber'],
  ko: ['카톡', '왓츠앱', '바이버', '잘로', '라인'],
  ru: ['вотсап', 'WhatsApp', 'Ватсап', 'вайбер', 'Viber', 'Телеграм'],
  vi: ['Zalo', 'zalo', 'Viber', 'WhatsApp', 'Tele'],
};

const MENTION5: Record<Lang, string[]> = {
  en: ['@nora', '@felix_q', '@Maeve', '@rowan.h', '@iris', '@jasper22', '@Elsie', '@miles_e'],
  ja: ['@はるか', '@kaito_m', '@ゆな', '@riku', '@七海', '@sho_u', '@emi', '@航輝'],
  ko: ['@다연', '@hyunjun', '@가은', '@minseok_y', '@소희', '@jaewon', '@예린', '@taemin'],
  ru: ['@Арсений', '@ksenia_k', '@Богдан', '@milana', '@Ярослав', '@taisia_t', '@Лев', '@zlata'],
  vi: ['@Khoa', '@uyen_vo', '@Nhật', '@thu.huynh', '@Hiếu', '@giang', '@Vinh', '@my_chau'],
};
let lastMention5 = '';
let lastFile5 = '';

const MON_EN5 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_RU5 = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A number of points with the Russian noun in the right form. */
function ruPoints(x: number): string {
  const a = x % 10;
  const b = x % 100;
  return `${x} ${b >= 11 && b <= 14 ? 'баллов' : a === 1 ? 'балл' : a >= 2 && a <= 4 ? 'балла' : 'баллов'}`;
}

function isbn13_5(r: Rng, lang: Lang): string {
  const body = '978' + r.pick({ en: ['0', '1'], ja: ['4'], ko: ['89', '11'], ru: ['5'], vi: ['604'] }[lang]);
  const d0 = body + r.digits(12 - body.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d0.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  const d = d0 + String((10 - (sum % 10)) % 10);
  const g = body.length - 3;
  return `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 9)}-${d.slice(9, 12)}-${d.slice(12)}`;
}

function isbn10_5(r: Rng, lang: Lang): string {
  const grp = r.pick({ en: ['0', '1'], ja: ['4'], ko: ['89'], ru: ['5'], vi: ['604'] }[lang]);
  const d0 = grp + r.digits(9 - grp.length);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d0.charCodeAt(i) - 48) * (10 - i);
  const c = (11 - (sum % 11)) % 11;
  const check = c === 10 ? 'X' : String(c);
  const pub = r.int(2, 4);
  return `${grp}-${d0.slice(grp.length, grp.length + pub)}-${d0.slice(grp.length + pub)}-${check}`;
}

/** Fillers for the slots of these templates (hard negatives and the messenger names); null for a slot it does not know. */
export function blind5Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  switch (slot) {
    case 'APPV':
      return r.pick(APP5[lang]);
    case 'APPINV':
      return r.pick(APP_IN_RU);
    case 'ATAPPV':
      return r.pick(ATAPP5[lang]);
    case 'ATAPPINV':
      return r.pick(AT_IN_RU);
    case 'NUMAPPV':
      return r.pick(NUMAPP5[lang]);
    case 'CLOCKV': {
      const h = n(8, 21);
      const m = r.pick(['00', '15', '30', '45']);
      return r.pick(
        {
          en: [`${h > 12 ? h - 12 : h}:${m}${h >= 12 ? 'pm' : 'am'}`, `${h}:${m}`, `${h > 12 ? h - 12 : h}${h >= 12 ? ' pm' : ' am'}`],
          ja: [`${h}時${m === '00' ? '' : m + '分'}`, `${h}:${m}`, `午後${n(1, 8)}時`],
          ko: [`오후 ${n(1, 8)}시${m === '30' ? ' 반' : ''}`, `${h}:${m}`, `저녁 ${n(6, 9)}시`],
          ru: [`${h}:${m}`, `${n(5, 9)} вечера`],
          vi: [`${h}h${m === '00' ? '' : m}`, `${h}:${m}`, `${n(6, 9)} giờ tối`],
        }[lang],
      );
    }
    case 'DATEV': {
      const y = n(2026, 2027);
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${MON_EN5[m - 1]} ${d}`, `${d} ${MON_EN5[m - 1]}`, `${y}-${p2(m)}-${p2(d)}`], ja: [`${m}月${d}日`, `${m}/${d}`], ko: [`${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`], ru: [`${d} ${MON_RU5[m - 1]}`, `${p2(d)}.${p2(m)}`], vi: [`ngày ${d}/${m}`, `${p2(d)}/${p2(m)}`] }[lang]);
    }
    case 'INSTALLV':
      return r.pick(
        {
          en: [`3 payments of $${n(40, 90)}.99`, `4 × £${n(30, 60)}.50`, `€${n(100, 200)} now + €${n(100, 200)} in January`],
          ja: [`月々${n(2, 9)},${r.pick(['480', '980', '800'])}円×12回`, `3回払い（1回${n(5, 9)},${r.pick(['800', '900'])}円）`],
          ko: [`3개월 할부 (월 ${n(30, 90)},900원)`, `무이자 ${r.pick([2, 3, 6])}개월 할부`],
          ru: [`3 платежа по ${n(2, 9)} 990 ₽`, `рассрочка на 6 мес., ${n(1, 4)} ${n(100, 900)} ₽/мес`],
          vi: [`trả góp 3 kỳ, mỗi kỳ ${n(1, 3)}.${n(100, 900)}.000đ`, `chia 2 lần, mỗi lần ${n(5, 9)}00k`],
        }[lang],
      );
    case 'ORDERV':
      return safe5(lang, () =>
        r.pick(
          {
            en: [`${n(111, 114)}-${r.digits(7)}-${r.digits(7)}`, `#${n(3, 4)}${r.digits(9)}`, `${p2(n(10, 27))}-${r.digits(5)}-${r.digits(5)}`],
            ja: [`${n(249, 250)}-${r.digits(7)}-${r.digits(7)}`, `m${r.digits(11)}`, `${r.digits(6)}-2026${p2(n(1, 12))}${p2(n(1, 28))}-${r.digits(10)}`],
            ko: [`2026${p2(n(1, 12))}${p2(n(1, 28))}${r.digits(7)}`, `${r.digits(16)}`, `C${r.digits(12)}`],
            ru: [`${r.digits(8)}-${r.digits(4)}-${n(1, 3)}`, `${r.digits(10)}`, `№ ${r.digits(8)}`],
            vi: [`2612${p2(n(1, 28))}${key5(r, 8).toUpperCase()}`, `${r.digits(9)}`, `DH${r.digits(8)}`],
          }[lang],
        ),
      );
    case 'TRACKV':
      return safe5(lang, () =>
        r.pick(
          {
            en: [`9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `1Z${key5(r, 6).toUpperCase()}${r.digits(10)}`, `${r.pick(['AB', 'RT', 'LX'])}${r.digits(9)}GB`],
            ja: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `${r.pick(['EJ', 'RR', 'LX'])}${r.digits(9)}JP`],
            ko: [`${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `${r.digits(13)}`],
            ru: [`${n(10, 80)}${r.digits(12)}`, `RA${r.digits(9)}RU`, `${r.digits(10)}`],
            vi: [`GHN${key5(r, 8).toUpperCase()}`, `EB${r.digits(9)}VN`, `${r.pick(['8', '7'])}${r.digits(11)}`],
          }[lang],
        ),
      );
    case 'MATHV':
      return r.pick(['3x + 7 = 22, so x = 5', 'x² − 5x + 6 = 0 → x = 2 or x = 3', '2^10 = 1024', '√144 = 12', '17 × 23 = 391', '(2/3) ÷ (4/9) = 3/2', 'log₂ 256 = 8', 'sin²θ + cos²θ = 1', '1 + 2 + … + 100 = 5050', '0.125 = 1/8', '45% of 360 = 162', '3(x − 4) = 2x + 1 → x = 13']);
    case 'SEQV':
      return safe5(lang, () => r.pick(['1, 1, 2, 3, 5, 8, 13, …', '2, 3, 5, 7, 11, 13, …', '1, 4, 9, 16, 25, …', '3, 6, 12, 24, …', '100, 81, 64, 49, …', '1, 3, 6, 10, 15, …', '2, 6, 18, 54, …']));
    case 'MEASUREV': {
      const cm = n(150, 190);
      const kg = n(42, 85);
      return r.pick(
        {
          en: [`${cm} cm tall and about ${kg} kg`, `5 ft ${n(1, 11)} in`, `${cm} cm, shoe size ${n(36, 45)}`],
          ja: [`身長${cm}cm、体重${kg}kg`, `身長${cm}.${n(0, 9)}cm、靴は${n(22, 28)}.5cm`],
          ko: [`키 ${cm}cm, 몸무게 ${kg}kg`, `키 ${cm}cm, 신발 ${n(22, 28)}0mm`],
          ru: [`рост ${cm} см, вес ${kg} кг`, `рост ${cm} см, размер обуви ${n(36, 45)}`],
          vi: [`em cao ${Math.floor(cm / 100)}m${cm % 100}, nặng ${kg}kg`, `cao ${cm} cm, nặng ${kg} kg`],
        }[lang],
      );
    }
    case 'PLACEV':
      return r.pick(
        {
          en: ['the main gate of the library', 'exit 7 of the station', 'the café on the corner, by the bus stop', 'platform 4'],
          ja: ['新宿駅南口', '渋谷駅ハチ公口', '図書館の正門', '3番出口'],
          ko: ['강남역 11번 출구', '홍대입구역 9번 출구', '도서관 정문', '2호선 시청역'],
          ru: ['м. Курская, выход 3', 'у главного входа в библиотеку', 'у памятника Пушкину', 'ТЦ «Европейский», 2 этаж'],
          vi: ['cổng chính thư viện', 'Nhà thờ Đức Bà', 'quán cà phê đầu hẻm', 'bến xe buýt số 2'],
        }[lang],
      );
    case 'GIFTV':
      return safe5(lang, () =>
        r.pick([
          `${key5(r, 4).toUpperCase()}-${key5(r, 4).toUpperCase()}-${key5(r, 4).toUpperCase()}-${key5(r, 4).toUpperCase()}`,
          `${key5(r, 5).toUpperCase()}-${key5(r, 5).toUpperCase()}-${key5(r, 5).toUpperCase()}`,
          (() => {
            let d = '';
            do d = r.digits(16);
            while (luhn(d));
            return d.replace(/(\d{4})(?=\d)/g, '$1 ');
          })(),
        ]),
      );
    case 'FAKECARDV':
      return safe5(lang, () => {
        let d = '';
        do d = r.pick(['4', '5', '35']) + r.digits(r.chance(0.5) ? 15 : 14);
        while (d.length !== 16 || luhn(d));
        return r.chance(0.6) ? d.replace(/(\d{4})(?=\d)/g, '$1 ') : d;
      });
    case 'FAKEIBANV':
      return safe5(lang, () => {
        const c = r.pick(['DE', 'FR', 'ES', 'NL', 'GB', 'IT', 'BE', 'PL']);
        const shape = c === 'IT' ? '1a10n12c' : IBAN5[c];
        let bban = '';
        for (const m of shape.matchAll(/(\d+)([anc])/g)) {
          const k = Number(m[1]);
          bban += m[2] === 'n' ? r.digits(k) : m[2] === 'a' ? [...Array(k)].map(() => UP5[r.int(0, UP5.length - 1)]).join('') : r.digits(k);
        }
        const good = 98 - mod97(bban + c + '00');
        let check = good;
        while (check === good) check = n(2, 98);
        const iban = c + p2(check) + bban;
        return iban.match(/.{1,4}/g)!.join(' ');
      });
    case 'FAKEMYNV':
      return safe5(lang, () => {
        let d = '';
        do d = r.digits(12);
        while (myNumberCheckDigit(d.slice(0, 11)) === d[11]);
        return r.pick([`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`]);
      });
    case 'BIZNOV':
      return safe5(lang, () => `${n(101, 899)}-${p2(n(1, 99))}-${r.digits(5)}`);
    case 'INNV':
      return safe5(lang, () => `${r.pick(['77', '78', '54', '66', '16'])}${r.digits(8)}`);
    case 'MSTV':
      return safe5(lang, () => `${r.pick(['01', '03', '04'])}${r.digits(8)}`);
    case 'ZOOMV':
      return safe5(lang, () => `Meeting ID ${n(810, 899)} ${r.digits(4)} ${r.digits(4)}, Passcode ${key5(r, 6)}`);
    case 'APPVERV':
      return safe5(lang, () => r.pick([`Zoom ${n(6, 6)}.${n(0, 3)}.${n(1, 12)} (${n(40000, 59999)})`, `KakaoTalk ${n(10, 11)}.${n(0, 9)}.${n(0, 9)}`, `Telegram ${n(10, 11)}.${n(0, 9)}.${n(0, 9)}`, `LINE ${n(14, 15)}.${n(0, 20)}.${n(0, 3)}`, `Anki ${n(24, 25)}.${p2(n(1, 11))}`, `Chrome ${n(128, 131)}.0.${n(6500, 6800)}.${n(30, 140)}`]));
    case 'OSVERV':
      return safe5(lang, () => r.pick([`iOS ${n(17, 18)}.${n(0, 6)}.${n(1, 2)}`, `Android ${n(13, 15)} (AP${n(1, 4)}A.${n(24, 25)}${p2(n(1, 12))}${p2(n(1, 28))}.0${p2(n(1, 30))})`, `Windows 11 24H2 (26100.${n(1000, 2999)})`, `macOS ${n(14, 15)}.${n(1, 7)}`, `HarmonyOS ${n(3, 4)}.${n(0, 2)}`, `One UI ${n(6, 7)}.${n(0, 1)}`]));
    case 'VERSIONV':
      return safe5(lang, () => r.pick([`iOS ${n(17, 18)}.${n(0, 6)}.${n(1, 2)}`, `Android ${n(13, 15)} (AP${n(1, 4)}A.${n(24, 25)}${p2(n(1, 12))}${p2(n(1, 28))}.0${p2(n(1, 30))})`, `Chrome ${n(128, 131)}.0.${n(6500, 6800)}.${n(30, 140)}`, `Python 3.${n(11, 13)}.${n(0, 9)}`, `Node v${n(20, 22)}.${n(1, 19)}.0`, `Zoom ${n(6, 6)}.${n(0, 3)}.${n(1, 12)} (${n(40000, 59999)})`, `Windows 11 24H2 (26100.${n(1000, 2999)})`, `macOS ${n(14, 15)}.${n(1, 7)}`, `KakaoTalk ${n(10, 11)}.${n(0, 9)}.${n(0, 9)}`, `Telegram ${n(10, 11)}.${n(0, 9)}.${n(0, 9)}`]));
    case 'SCOREV':
      return r.pick(
        {
          en: [`IELTS ${n(6, 8)}.${r.pick(['0', '5'])} (L ${n(6, 9)}.0 / R ${n(6, 9)}.5 / W ${n(5, 7)}.5 / S ${n(6, 8)}.0)`, `TOEFL ${n(85, 115)}/120`, `Duolingo English Test ${n(110, 150)}`, `SAT ${n(12, 15)}${r.pick(['00', '10', '50', '80'])}`],
          ja: [`TOEIC ${n(6, 9)}${r.pick(['05', '40', '65', '90'])}点（L${n(300, 495)} R${n(300, 495)}）`, `英検準1級 CSEスコア${n(2300, 2600)}`, `JLPT N2 合格（${n(90, 180)}/180）`],
          ko: [`토익 ${n(7, 9)}${r.pick(['05', '45', '70', '90'])}점`, `토플 ${n(85, 115)}점`, `오픽 ${r.pick(['IM2', 'IM3', 'IH', 'AL'])}`, `수능 영어 ${n(1, 3)}등급`],
          ru: [`ЕГЭ по английскому — ${ruPoints(n(70, 100))}`, `IELTS ${n(6, 8)}.${r.pick(['0', '5'])}`, `ОГЭ «${n(4, 5)}»`],
          vi: [`IELTS ${n(6, 8)}.${r.pick(['0', '5'])} (Nghe ${n(6, 9)}.0, Đọc ${n(6, 9)}.5, Viết ${n(5, 7)}.0, Nói ${n(6, 7)}.5)`, `THPT môn Anh ${n(7, 9)}.${n(0, 9)}`, `TOEIC ${n(6, 9)}${r.pick(['00', '50', '85'])}`],
        }[lang],
      );
    case 'FILEV': {
      let file = lastFile5;
      while (file === lastFile5) file = r.pick(['Unit7_homework (1).pdf', 'IMG_0423.HEIC', 'Screen Recording 2026-12-03 at 19.42.11.mov', 'voice-note-1203.m4a', 'essay_FINAL_v3.docx', 'scan0001.jpg', 'vocab_week9.zip', 'mock_test.py', 'notes.md', 'shadowing_track05.mp3', 'slides_week8.key', 'lesson9.pages']);
      lastFile5 = file;
      return file;
    }
    case 'MENTIONV': {
      let who = r.pick(MENTION5[lang]);
      while (who === lastMention5) who = r.pick(MENTION5[lang]);
      lastMention5 = who;
      return who;
    }
    case 'KAOMOJIV':
      return r.pick(['(@_@)', '(＠_＠;)', '@_@', '(・_・;)', '(^_^;)', '(-_-;)', 'orz', '(。_。)', '(；一_一)']);
    case 'PLATEV':
      return safe5(lang, () =>
        r.pick(
          {
            en: [`${r.pick(['AB', 'LR', 'YK', 'MA'])}${n(51, 75)} ${key5(r, 3).toUpperCase().replace(/[0-9]/g, 'X')}`, `7${key5(r, 3).toUpperCase().replace(/[0-9]/g, 'K')}${r.digits(3)}`],
            ja: [`品川 ${n(300, 399)} さ ${p2(n(10, 99))}-${p2(n(10, 99))}`, `横浜 ${n(500, 599)} あ ${p2(n(10, 99))}-${p2(n(10, 99))}`],
            ko: [`${n(11, 99)}가 ${r.digits(4)}`, `${n(101, 399)}나 ${r.digits(4)}`],
            ru: [`А${r.digits(3)}ВС ${r.pick(['77', '97', '177', '197', '78'])}`, `Х${r.digits(3)}ХХ ${r.pick(['50', '150', '190'])}`],
            vi: [`51F-${r.digits(3)}.${r.digits(2)}`, `30A-${r.digits(3)}.${r.digits(2)}`, `29H1-${r.digits(3)}.${r.digits(2)}`],
          }[lang],
        ),
      );
    case 'COORDV':
      return safe5(lang, () => {
        const [la, lo] = { en: [51, 0], ja: [35, 139], ko: [37, 126], ru: [55, 37], vi: [21, 105] }[lang];
        return r.pick([`${la}.${r.digits(4)}, ${lo}.${r.digits(4)}`, `${la}.${r.digits(4)}° N, ${lo}.${r.digits(4)}° ${lo === 0 ? 'W' : 'E'}`]);
      });
    case 'FXV':
      return r.pick({ en: [`$1 = ¥${n(140, 155)}.${n(1, 9)}`, `£1 = $1.${n(20, 35)}`], ja: [`1ドル=${n(140, 155)}.${n(1, 9)}円`, `1ユーロ=${n(155, 170)}円`], ko: [`1달러 = ${n(1, 1)},${n(320, 420)}원`, `100엔 = ${n(880, 960)}원`], ru: [`1 $ = ${n(85, 100)},${n(1, 9)} ₽`, `1 € = ${n(95, 110)},${n(1, 9)} ₽`], vi: [`1 USD = ${n(24, 26)}.${n(100, 900)} VND`, `1 EUR = ${n(26, 28)}.${n(100, 900)}đ`] }[lang]);
    case 'PRICEV':
      return r.pick({ en: [`$${n(15, 35)}/hr`, `€${n(20, 30)},50`, `£${n(18, 30)}`], ja: [`${n(2, 5)},${r.pick(['000', '500', '800'])}円（税込）`, `¥${n(2, 5)},${r.pick(['200', '300'])}`], ko: [`회당 ${n(2, 6)}만 원`, `₩${n(20, 60)},000`], ru: [`${n(1, 3)} ${r.pick(['000', '500'])} ₽`, `${n(1000, 2900)} руб.`], vi: [`${n(2, 6)}00k/buổi`, `${n(200, 600)}.000đ`] }[lang]);
    case 'PHYSV':
      return r.pick(['v = 12 m/s, t = 3.5 s, a = ?', 'F = ma = 2.0 kg × 9.8 m/s² = 19.6 N', 'E = mc², c = 3.0 × 10⁸ m/s', 'λ = 650 nm → f ≈ 4.6 × 10¹⁴ Hz', 'R = 4.7 kΩ, I = 20 mA, U = ?', 'p = ρgh = 1000 × 9.8 × 2.5']);
    case 'TIMERANGEV':
      return r.pick({ en: [`${n(5, 8)}–${n(9, 10)}.30pm`, `${n(17, 19)}:00–${n(20, 21)}:30 GMT`], ja: [`${n(18, 20)}:00〜${n(21, 22)}:00（日本時間）`, `午後${n(5, 7)}時〜${n(8, 9)}時半`], ko: [`오후 ${n(5, 7)}시~${n(8, 9)}시 반`, `${n(18, 20)}:00~${n(21, 22)}:00`], ru: [`с ${n(17, 19)}:00 до ${n(20, 21)}:30 (МСК)`, `${n(17, 19)}:30–${n(20, 21)}:00`], vi: [`${n(18, 19)}h–${n(20, 21)}h30`, `${n(18, 19)}:00 - ${n(20, 21)}:30`] }[lang]);
    case 'DATERANGEV': {
      const d1 = n(18, 24);
      const d2 = n(2, 9);
      return r.pick({ en: [`Dec ${d1} – Jan ${d2}`, `${d1}/12–${d2}/01`], ja: [`12/${d1}〜1/${d2}`, `12月${d1}日〜1月${d2}日`], ko: [`12월 ${d1}일~1월 ${d2}일`, `12.${d1}~1.${d2}`], ru: [`${d1}.12–${p2(d2)}.01`, `с ${d1} декабря по ${d2} января`], vi: [`${d1}/12 - ${p2(d2)}/01`, `từ ${d1}/12 đến ${d2}/1`] }[lang]);
    }
    case 'CHAPTERV': {
      const ex = n(1, 9);
      return r.pick({ en: [`Unit ${n(1, 12)}.${n(1, 6)}`, `§${n(1, 9)}.${n(1, 9)}`, `exercises ${ex}a–${ex}d`, `pp. ${n(20, 90)}–${n(91, 140)}`], ja: [`第${n(1, 12)}章${n(1, 5)}節`, `p.${n(20, 90)}〜${n(91, 140)}`, `練習問題${n(1, 9)}-${n(1, 9)}`], ko: [`${n(1, 12)}과 ${n(1, 9)}번`, `${n(20, 90)}~${n(91, 140)}쪽`, `Unit ${n(1, 12)}`], ru: [`§${n(1, 30)}`, `упр. ${n(1, 12)}.${n(1, 20)}`, `с. ${n(20, 90)}–${n(91, 140)}`], vi: [`bài ${n(1, 12)}.${n(1, 6)}`, `trang ${n(20, 90)}-${n(91, 140)}`, `Unit ${n(1, 12)}`] }[lang]);
    }
    case 'ISBNOLDV':
      return safe5(lang, () => isbn10_5(r, lang));
    case 'ISBNNEWV':
      return safe5(lang, () => isbn13_5(r, lang));
    case 'POSTV':
      return safe5(lang, () => ({ en: r.pick([`SW1A ${n(1, 9)}AA`, `EH${n(1, 9)} ${n(1, 9)}YZ`, `${n(10001, 10299)}`]), ja: `〒${r.pick(['150', '530', '060', '812', '460'])}-00${p2(n(1, 99))}`, ko: `0${n(1, 6)}${r.digits(3)}`, ru: `${r.pick(['190', '630', '620', '420', '101'])}0${p2(n(0, 99))}`, vi: r.pick(['700000', '100000', '550000', '900000']) })[lang]);
    case 'SERIALV':
      return safe5(lang, () => r.pick([`C02${key5(r, 9).toUpperCase()}`, `SN R58M${key5(r, 7).toUpperCase()}`, `S/N ${n(1, 9)}K${r.digits(4)}A${r.digits(4)}`, `FVF${key5(r, 9).toUpperCase()}`]));
    case 'NUMV':
      return String(n(2, 48));
    case 'PACEV':
      return `${n(4, 6)}:${p2(n(0, 59))} /km`;
    default:
      return null;
  }
}
