/**
 * Sixth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"` (they replaced the fifth blind set of 3 December,
 * templates-blind5.ts) until the seventh blind set of the same day (templates-blind7.ts) replaced them; they
 * are development lines now.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages:
 * talk of moving off the platform to save its fee, notes from parents, teachers' advertisements with
 * bullet marks, scam and spam messages (fake grants, fake debts), profile bios copied in, curricula vitae,
 * invoices, screenshots transcribed as text, lists of several contact details, warnings about people
 * impersonating a teacher, several entities in one message, entities at the very start or the very end,
 * inside brackets and quotation marks of each script (「」, （）, 【】, "", '', «», “”), run into particles,
 * emoji and the punctuation of each script. Messenger ids have a large share of the positives, in all five
 * languages, introduced in many ways (before or after the messenger's name, with verbs of adding, finding,
 * searching, following, writing, with the name first or the id first, in lists and in quotes), the
 * messengers named by fillers of their own for each platform in each language and script, with the slang
 * and abbreviations of each language (Russian names in the prepositional case too). All entities come from
 * the writers below (`blind6Entity`), none from the older sets: phone numbers of Japan (mobiles, IP phones,
 * landlines with two-, three- and four-digit area codes, free dial and navi dial), Korea (mobiles, internet
 * phones, landlines of every region, the eight-digit business numbers), Vietnam (mobiles, landlines of
 * cities and provinces, hotlines), Russia (mobiles, landlines with three- and four-digit area codes,
 * 8-800), the US (toll-free too), the UK (mobiles, landlines with area codes of every length, 03 and 0800
 * numbers) and EU countries the earlier sets used little (Austria, Belgium, Portugal, Czechia, Hungary,
 * Romania, Greece, Denmark, Sweden, Poland, Italian and Dutch mobiles) besides the larger ones, each drawn
 * at random and kept only when libphonenumber-js says the number is valid for its country and its written
 * form reads back as the same number; links on personal-page, course, booking, file-sharing and CV sites;
 * bare domains of newer generic, city and country top-level domains and internationalised ones (.コム,
 * .みんな, .한국, .닷컴, .рф, .рус, .москва, .онлайн, .сайт, .орг, Vietnamese labels); messenger links and
 * invites (t.me, wa.me, chat.whatsapp.com, line.me, lin.ee, open.kakao.com, pf.kakao.com, qr.kakao.com,
 * zalo.me, m.me, discord.gg, discord.com/invite, join.skype.com, u.wechat.com, invite.viber.com, vk.me);
 * ids in the style of each platform (LINE, Telegram with and without its @, bot names, Instagram, KakaoTalk,
 * Skype live: ids, Discord names old and new, WeChat wxid_ ids, Facebook user names); cards of Visa,
 * Mastercard (both ranges), Amex, Discover, Diners, JCB, UnionPay, Mir, Maestro, RuPay, Troy and NAPAS
 * (Luhn); IPv4 and IPv6 addresses (full, compressed, leading zeros, IPv4-mapped, link-local, unique-local,
 * upper case); IBANs of more than forty countries in Europe, the Middle East, Africa and the Americas (mod 97,
 * with the registry lengths); My Numbers and resident registration numbers with their check digits.
 * Disguises stay within the specification: NFKC forms (full width, whole or in part, ideographic spaces,
 * long dashes, and the styled mathematical digits and letters of copied bios), Cyrillic and Greek
 * look-alikes, zero-width characters, digits apart by spaces, dots, dashes or words, digits spelled one by
 * one in each language (kanji with 〇 and 零, katakana readings, 공 and 영, ноль and нуль, không, each
 * digit, by group or mixed with written and full-width groups), at and dot written out in each language
 * (with the common misspelling 엣, capitals and several bracket styles) and e-mails and links split by
 * spaces. Hard negatives (`blind6Filler`): invoices, curricula vitae and timetables without contact
 * details, warnings about impersonators and platform rules that name the messengers with no handle, error
 * messages with session ids (UUIDs), bill splits, app versions and builds, headset models, talk about the
 * at and dot words and the dot-com bubble, classmates @-mentioned, parcel tracking numbers, exam bands,
 * file names, ISBNs, rescheduled dates and times, last four digits of a card, receipt and order numbers,
 * postal addresses, homework equations, sale codes, time zones, Japanese invoice registration numbers,
 * partial Korean resident numbers, Vietnamese prices in the billions, idioms and counting songs with digit
 * words, and reminders never to send card numbers or identification numbers in the chat.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, parts, myNumberCheckDigit, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND6_POSITIVE: Record<Lang, string[]> = {
  en: [
    "{TGATQ} — that's me on {TGN}. Text me there, I answer faster than on here",
    "Leo's dad here. The platform is fine for lessons, but for scheduling please use my {WAN}: {MOBQ}, or email {MAILQ}",
    '🇬🇧 Certified ESL teacher | 9 yrs | IELTS & business English\n📅 Book direct, no commission: {DOMQ}\n💬 {LINEN} ID: {LINEIDQ}',
    'Congratulations! Your account was selected for a $500 study grant. To claim it, message our coordinator on {TGN} {TGATQ} within 24 hours.',
    "[copied from my profile because the app cut it off]\nHi, I'm Wren 👋 find me on {IGN} ({IGQ}) and {DCN} ({DCQ})",
    'CURRICULUM VITAE\nImogen Hollis\nPhone: {TELQ}\nEmail: {MAILQ}\nPortfolio: {WEBQ}',
    'INVOICE {INVNOQ}\nBill to: the Calloway family\nAmount due: {MONEYQ}\nPay to IBAN: {IBANQ}\nQuestions? {OFFMAILQ}',
    '(text from the screenshot, sorry about the formatting)\nTel {TELQ}\n{SKN} {SKQ}\nWeb {DOMQ}',
    'if we do it outside the app I can go down to {PRICEQ}. Add me on {KKN}, my ID is "{KKQ}"',
    "Do you have {WXN}? The QR code won't scan from a screenshot, so just search {WXQ}",
    'honestly the 20% fee kills me. {VBN} or {WAN} on {MOBQ}, or {SKN}: {SKQ}. your call',
    "My son's teacher recommended you. Could you call me? {TELQ} (evenings are best). — Delia Ashby",
    'Group chat for the Saturday kids → {CHATQ} (the link dies on Friday)',
    "Can't upload the photo of the card, so I'm typing it: {CARDQ}. Expiry and CVC I'll tell you on the call",
    'The vocab game runs on my home server: {IPQ} — if that fails, try {IPQ}',
    'Found you! I\'m "{DCQ}" on {DCN}, just sent a friend request 🙌',
    '{FBN}: {FBQ}\n{IGN}: {IGQ}\n{TGN}: {TGATQ}',
    'add me on {LINEN} pls → {LINEIDQ} ←',
    'The Japanese office needs my individual number (My Number) for the withholding slip: {MYNQ}',
    'For the contract with the Seoul branch they want my Korean resident registration number: {RRNQ}',
    'Reminder for tomorrow 🔔 If the app fails, call the front desk ({OFFQ}) or ping me on {TGN} — {TGQ}',
    'could you email me the recording? {MAILQ}. thx!!',
    "I've moved everything to {WEBQ} — free worksheets and booking in one place",
    '{IGN} DMs are open: {IGQ}📸',
    "Sorry for the spam, I'm collecting study buddies 😅 {WAN} {MOBQ} / {TGN} {TGATQ} / mail {MAILQ}",
    "My {WXN} is {WXQ} and my mum's is {WXQ}. Please add both, she's the one who pays",
    'Someone asked me for money "on behalf of" you on {TGN}... is your handle really {TGATQ}? I want to make sure it is not a scam',
    'Refund details: account holder B. Fenwick, IBAN {IBANQ}',
    "(please don't share) home: {TELQ} · mobile: {MOBQ}",
    'Zoom is blocked at my office, so {SKN} it is. Look me up: {SKQ}',
    'You can find me on {IGN} under {IGQ}, I post a phrase a day',
    '{DCN} username is {DCQ} now, the old account got hacked',
    '{MAILQ} is the best way to reach me, I never check the app notifications',
    '({KKQ}) ← my {KKN}, in case you need me over the holidays',
    '[Contact]\n{LINEN}: {LINEIDQ}\nPhone: {TELQ}',
  ],
  ja: [
    '{TGATQ}←{TGN}です。こっちの方が返信早いです',
    '{LINEIDQ}で{LINEN}検索してください🙏',
    '娘がお世話になっております、母の加奈子です。日程のご相談は{LINEN}（ID：{LINEIDQ}）か携帯{TELQ}までお願いいたします。',
    '【ネイティブ講師のマンツーマン英会話】\n✔ 初回無料\n✔ 手数料なしの直接予約はこちら▶{DOMQ}\n✔ お問い合わせ：{OFFMAILQ}',
    '【重要】お客様のアカウントに未払いのレッスン料があります。本日中に{CHATQ}からご連絡ください。ご連絡がない場合は法的手続きに移ります。',
    'プロフィールに書ききれなかったのでこちらに👇\n📷{IGN}：{IGQ}\n🎮{DCN}：{DCQ}',
    '履歴書\n氏名：藤田 栞\n電話：{TELQ}\nメール：{MAILQ}\nポートフォリオ：{WEBQ}',
    '請求書（{INVNOQ}）\nご請求金額：{MONEYQ}\nお振込先（海外口座）IBAN：{IBANQ}\nお問い合わせ：{OFFMAILQ}',
    '（スクショの文字を貼ります、崩れてたらすみません）\nTEL {TELQ}\n{SKN} {SKQ}\nHP {DOMQ}',
    'アプリの外なら1回{PRICEQ}でできます。{KKN}のIDは『{KKQ}』です',
    '{WXN}やってますか？QRがスクショだと読めないので「{WXQ}」で検索してください',
    '手数料高すぎます…{WAN}か{VBN}で{MOBQ}、もしくは{SKN}「{SKQ}」でお願いします',
    '息子の担任の先生からご紹介いただきました。お電話いただけますか？{TELQ}（夜なら出られます）',
    '土曜クラスのグループはこちら→{CHATQ}（金曜で期限切れになります）',
    'カードの写真が送れないので手打ちします：{CARDQ}',
    '{DCN}で「{DCQ}」にフレンド申請送りました！',
    '{FBN}：{FBQ}\n{IGN}：{IGQ}\n{TGN}：{TGATQ}',
    '{LINEN}追加してね→{LINEIDQ}←',
    '源泉徴収票の作成にマイナンバーが必要とのことなので、お送りします：{MYNQ}',
    '韓国支社との契約に住民登録番号（주민등록번호）が要るそうです。{RRNQ}で合っていますか？',
    '明日のリマインドです🔔 アプリが落ちたら受付（{OFFQ}）か{TGN}の{TGQ}へ',
    '録音データ、{MAILQ}に送ってもらえますか？',
    '教材とご予約は全部{WEBQ}に移しました',
    '{IGN}のDM開放してます！{IGQ}📸',
    '勉強仲間募集中です😅 {WAN} {MOBQ}／{TGN} {TGATQ}／メール {MAILQ}',
    '私の{WXN}は{WXQ}、母のは{WXQ}です。支払いは母がします',
    '{TGN}で先生を名乗る人からお金を貸してと連絡が来ました…先生のIDは{TGATQ}で合ってますか？詐欺じゃないか心配です',
    '返金先：名義 SUGIYAMA AKARI、IBAN {IBANQ}',
    '（他の人には教えないでください）自宅：{TELQ}・携帯：{MOBQ}',
    '会社のPCだとZoomが使えないので{SKN}で。IDは{SKQ}です',
    '{IGN}は{IGQ}って名前でやってます、毎日ひとことフレーズ投稿中',
    '{DCN}のユーザー名変えました→{DCQ}（前のアカウントは乗っ取られました）',
    'メールアドレス：{MAILQ}。件名に「体験レッスン」と入れてください',
    '【連絡先】{LINEN}：{LINEIDQ}／電話：{TELQ}',
    'マイナンバー（個人番号）を手で書き写したので読みにくいかもしれません。{MYNQ}',
  ],
  ko: [
    '{TGATQ} ← 제 {TGN} 아이디예요. 여기보다 답장 빨라요',
    '{KKQ} 로 {KKN} 친추 부탁드려요🙏',
    '안녕하세요 하윤이 엄마예요. 일정 조율은 {KKN} ID {KKQ} 아니면 제 폰 {TELQ} 로 연락 주세요.',
    '[원어민 1:1 회화]\n✔ 첫 수업 무료\n✔ 수수료 없는 직접 예약 ▶ {DOMQ}\n✔ 문의: {OFFMAILQ}',
    '[긴급] 회원님 계정에서 미납 수업료가 확인되었습니다. 오늘 안에 {CHATQ} 로 문의하지 않으면 법적 조치가 진행됩니다.',
    '프로필에 다 못 써서 여기 남겨요👇\n📷 {IGN}: {IGQ}\n🎮 {DCN}: {DCQ}',
    '이력서\n성명: 권하린\n연락처: {TELQ}\n이메일: {MAILQ}\n포트폴리오: {WEBQ}',
    '청구서 ({INVNOQ})\n청구 금액: {MONEYQ}\n해외 계좌 IBAN: {IBANQ}\n문의: {OFFMAILQ}',
    '(캡처 글자 그대로 옮겨요, 깨져도 이해해 주세요)\nTEL {TELQ}\n{SKN} {SKQ}\nHP {DOMQ}',
    '앱 밖에서 하면 회당 {PRICEQ}에 해 드릴게요. {KKN} 아이디는 "{KKQ}"예요',
    "{WXN} 하세요? QR이 캡처로는 안 찍혀서 '{WXQ}' 검색해 주세요",
    '수수료 너무 비싸요… {WAN}이나 {VBN} {MOBQ}, 아니면 {SKN} {SKQ}로 해요',
    '아이 담임 선생님 소개로 연락드려요. 통화 가능하실까요? {TELQ} (저녁엔 받아요)',
    '토요반 단톡 링크 → {CHATQ} (금요일에 만료돼요)',
    '카드 사진이 안 올라가서 직접 적을게요: {CARDQ}',
    '{DCN}에서 "{DCQ}"로 친구 신청 보냈어요!',
    '{FBN}: {FBQ}\n{IGN}: {IGQ}\n{TGN}: {TGATQ}',
    '{LINEN} 추가해 주세요 → {LINEIDQ} ←',
    '연말정산 서류에 주민등록번호가 필요하다고 하셔서요: {RRNQ}',
    '일본 회사 계약서에 My Number(마이넘버)가 필요하대요: {MYNQ}',
    '내일 리마인드🔔 앱 안 되면 사무실({OFFQ})이나 {TGN} {TGQ}로 연락 주세요',
    '녹음 파일 {MAILQ}로 보내 주실 수 있나요?',
    '자료랑 예약은 전부 {WEBQ}로 옮겼어요',
    '{IGN} DM 열어 뒀어요! {IGQ}📸',
    '스터디 메이트 구해요😅 {WAN} {MOBQ} / {TGN} {TGATQ} / 메일 {MAILQ}',
    '제 {WXN} 아이디는 {WXQ}, 엄마 건 {WXQ}예요. 결제는 엄마가 하실 거예요',
    '{TGN}에서 선생님이라는 사람이 돈을 빌려 달래요… 선생님 아이디 {TGATQ} 맞아요? 사기 같아서요',
    '환불 계좌: 예금주 SHIN HARIN, IBAN {IBANQ}',
    '(다른 사람한테는 알려주지 마세요) 집: {TELQ} · 휴대폰: {MOBQ}',
    '회사 컴퓨터로는 줌이 안 돼서 {SKN}로 해요. 아이디 {SKQ}',
    '{IGN}에서 {IGQ} 치면 나와요, 매일 표현 하나씩 올려요',
    '{DCN} 닉 바꿨어요 → {DCQ} (예전 계정은 해킹당했어요)',
    '이메일: {MAILQ}. 제목에 "체험 수업"이라고 써 주세요',
    '[연락처] {LINEN}: {LINEIDQ} / 전화: {TELQ}',
    '주민번호 뒷자리까지 다 적어야 되나요? 일단 {RRNQ} 이렇게 적었어요',
  ],
  ru: [
    '{TGATQ} — это я в {TGP}. Пишите туда, там отвечаю быстрее',
    'Добавьте меня в {SKN}, ник {SKQ}',
    'Здравствуйте, я мама Вероники. По расписанию удобнее в {WAN}: {MOBQ}, или на почту {MAILQ}',
    '🇬🇧 Английский с носителем | 10 лет опыта | ЕГЭ/IELTS\n📅 Запись напрямую, без комиссии: {DOMQ}\n💬 {TGN}: {TGATQ}',
    'Поздравляем! Ваш аккаунт выбран для получения гранта на обучение 50 000 ₽. Чтобы получить его, напишите куратору в {TGN} {TGATQ} в течение 24 часов.',
    '[скопировала из профиля, там обрезалось]\nПривет, я Алиса 👋 {IGN}: {IGQ}, {DCN}: {DCQ}',
    'РЕЗЮМЕ\nСорокина Полина\nТелефон: {TELQ}\nE-mail: {MAILQ}\nПортфолио: {WEBQ}',
    'СЧЁТ {INVNOQ}\nК оплате: {MONEYQ}\nIBAN получателя: {IBANQ}\nВопросы: {OFFMAILQ}',
    '(текст со скриншота, извините за форматирование)\nТел. {TELQ}\n{SKN} {SKQ}\nСайт {DOMQ}',
    'Если мимо платформы, могу за {PRICEQ}. {KKN} — «{KKQ}»',
    'У вас есть {WXN}? QR со скрина не сканируется, ищите «{WXQ}»',
    'Комиссия 20% — это грабёж. {WAN} и {VBN}: {MOBQ}, или {SKN}: {SKQ}',
    'Мне вас посоветовала учительница сына. Перезвоните, пожалуйста: {TELQ} (лучше вечером). — Ева Федорова',
    'Чат субботней группы → {CHATQ} (ссылка сгорит в пятницу)',
    'Фото карты не грузится, пишу вручную: {CARDQ}',
    'Кинул заявку в {DCP}, я там «{DCQ}» 🙌',
    '{FBN}: {FBQ}\n{IGN}: {IGQ}\n{TGN}: {TGATQ}',
    'Добавьте в {LINEN} → {LINEIDQ} ←',
    'Для договора с японским офисом нужен мой индивидуальный номер (My Number, マイナンバー): {MYNQ}',
    'Для визы в Корею просят регистрационный номер резидента (주민등록번호): {RRNQ}',
    'Напоминаю про завтра 🔔 Если приложение упадёт — звоните на ресепшен ({OFFQ}) или пишите в {TGP}: {TGQ}',
    'Скиньте запись на {MAILQ}, пожалуйста!',
    'Всё перенесла на {WEBQ} — бесплатные листы и запись на урок в одном месте',
    'В {IGP} директ открыт: {IGQ}📸',
    'Ищу партнёров по учёбе 😅 {WAN} {MOBQ} / {TGN} {TGATQ} / почта {MAILQ}',
    'Мой {WXN} — {WXQ}, мамин — {WXQ}, добавьте оба, платить будет мама',
    'Мне в {TGP} написал кто-то от вашего имени и просит деньги в долг… ваш ник точно {TGATQ}? Боюсь мошенников',
    'Реквизиты для возврата: получатель Орлов Марк, IBAN {IBANQ}',
    '(никому не пересылайте) домашний: {TELQ} · мобильный: {MOBQ}',
    'На рабочем компе зум заблокирован, так что {SKN}. Ищите меня: {SKQ}',
    'В {IGP} я под ником {IGQ}, выкладываю по фразе в день',
    'Сменил ник в {DCP}: теперь {DCQ} (старый аккаунт взломали)',
    '{MAILQ} — пишите сюда, в приложении уведомления не приходят',
    '{VBN} и {WAN} на одном номере: {MOBQ}',
    '[Контакты]\n{LINEN}: {LINEIDQ}\nТелефон: {TELQ}',
  ],
  vi: [
    '{TGATQ} là {TGN} của em nha cô, nhắn bên đó em rep nhanh hơn',
    'kb {LINEN} với em nha: {LINEIDQ}',
    'Chào cô, em là mẹ của bé Bảo. Có gì cô nhắn {ZLN} cho em qua số {MOBQ} hoặc mail {MAILQ} nhé.',
    '🇬🇧 Giáo viên bản ngữ | 8 năm kinh nghiệm | IELTS 8.5\n📅 Đặt lịch trực tiếp, không mất phí sàn: {DOMQ}\n💬 {ZLN}: {MOBQ}',
    'CHÚC MỪNG! Tài khoản của bạn được chọn nhận học bổng 5.000.000đ. Liên hệ ngay {TGN} {TGATQ} trong 24h để nhận thưởng!',
    '[copy từ profile vì bị cắt]\nHi mình là Vy 👋 {IGN}: {IGQ} | {DCN}: {DCQ}',
    'SƠ YẾU LÝ LỊCH\nHọ tên: Trịnh Khánh Vy\nSĐT: {TELQ}\nEmail: {MAILQ}\nPortfolio: {WEBQ}',
    'HOÁ ĐƠN {INVNOQ}\nSố tiền: {MONEYQ}\nIBAN nhận tiền: {IBANQ}\nThắc mắc: {OFFMAILQ}',
    '(chữ trong ảnh chụp màn hình, bị lỗi định dạng cô thông cảm)\nĐT {TELQ}\n{SKN} {SKQ}\nWeb {DOMQ}',
    'Học ngoài app thì em lấy {PRICEQ}/buổi thôi. {KKN} em là “{KKQ}” nha',
    'Cô có {WXN} không ạ? Mã QR chụp màn hình không quét được, cô tìm “{WXQ}” giúp em',
    'Phí sàn 20% cao quá cô ơi… {ZLN} hay {VBN} đều là {MOBQ}, hoặc {SKN} {SKQ} nha',
    'Em được cô chủ nhiệm của con giới thiệu. Thầy gọi lại giúp em được không ạ? {TELQ} (buổi tối)',
    'Nhóm lớp thứ Bảy nè → {CHATQ} (link hết hạn thứ Sáu)',
    'Ảnh thẻ không gửi được nên em gõ tay: {CARDQ}',
    'Em gửi lời mời kết bạn {DCN} rồi, tên em là “{DCQ}” 🙌',
    '{FBN}: {FBQ}\n{IGN}: {IGQ}\n{TGN}: {TGATQ}',
    'add {LINEN} em nha → {LINEIDQ} ←',
    'Công ty bên Nhật cần mã số cá nhân My Number (マイナンバー) của em để làm phiếu khấu trừ thuế: {MYNQ}',
    'Hồ sơ visa Hàn cần số đăng ký cư trú (주민등록번호) của em: {RRNQ}',
    'Nhắc lịch mai nha 🔔 app lỗi thì gọi lễ tân ({OFFQ}) hoặc nhắn {TGN} {TGQ}',
    'Cô gửi file ghi âm vào {MAILQ} giúp em với ạ',
    'Thầy chuyển hết tài liệu với lịch học sang {WEBQ} rồi nha',
    'ib {IGN} mình nha {IGQ}📸',
    'Tìm bạn học chung 😅 {ZLN} {MOBQ} / {TGN} {TGATQ} / mail {MAILQ}',
    '{WXN} của em là {WXQ}, của mẹ em là {WXQ}, mẹ em sẽ chuyển tiền',
    'Có người nhắn {TGN} tự xưng là cô rồi hỏi mượn tiền… tài khoản của cô đúng là {TGATQ} không ạ? Em sợ lừa đảo',
    'Thông tin hoàn tiền: chủ TK PHAN BAO, IBAN {IBANQ}',
    '(đừng gửi cho ai nha) nhà: {TELQ} · di động: {MOBQ}',
    'Máy công ty chặn Zoom nên mình học qua {SKN} nha. Tìm em: {SKQ}',
    'Lên {IGN} tìm {IGQ} là ra nha, ngày nào mình cũng đăng một câu',
    'Em đổi tên {DCN} rồi, giờ là {DCQ} (acc cũ bị hack)',
    '{MAILQ} là mail em hay dùng nhất ạ',
    '{FBN} em là {FBQ}, cô kb giúp em nha',
    '[Liên hệ]\n{LINEN}: {LINEIDQ}\nSĐT: {TELQ}',
  ],
};

export const BLIND6_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Invoice {INVNOQ}: 8 lessons ({LESSONRANGEQ}), total {MONEYQ}, due {DATEQ}. Thank you!',
    'CV summary: BA English {YEARRANGEQ}, CELTA (Pass A), TOEIC {TOEICQ}, {NUMQ} years teaching teens',
    '(copied from the screenshot)\nMON {TIMERQ} Grammar\nWED {TIMERQ} Speaking\nRoom {ROOMQ} · Lesson {LESSONIDQ}',
    'Heads up: someone on Telegram is pretending to be our school and asking for a "registration fee". We never ask for money there, so just block and report.',
    "I read the rules: no WhatsApp, LINE or email outside the platform. Totally fine by me, let's keep everything here 👍",
    '🇬🇧 Native teacher · {NUMQ} yrs · {RATINGQ}★ ({REVIEWSQ} reviews) · trial lesson {PRICEQ}',
    'The whiteboard keeps failing: "Error {ERRQ} (session {UUIDQ})". Should I reinstall?',
    'Dinner after the speaking club came to {MONEYQ} for {NUMQ} people. I paid the bill, so just bring cash next time',
    'Updated to {VERQ} and {VERQ} and still no sound 😩 tried build {BUILDQ} as well',
    'Headset: {MODELQ}. Mic: {MODELQ}. Is that good enough for the speaking test?',
    'We read about the dot-com bubble today. My dad says back then everyone wanted a name ending in ".com" lol',
    'Fun fact for class: "@" is "at" in English, "собака" (dog) in Russian, "골뱅이" (sea snail) in Korean and "a còng" in Vietnamese!',
    '{MENTIONQ} can you send the notes to {MENTIONQ}? and {MENTIONQ} still owes me a pen 😂',
    'Books shipped! Tracking {TRACKQ}, should be there by {DATEQ}',
    'Mock IELTS: L {BANDQ} / R {BANDQ} / W {BANDQ} / S {BANDQ} → overall {BANDQ}',
    'Attached: {FILEQ}, {FILEQ} and {FILEQ}',
    'Course book: ISBN {ISBNQ}, we start at {PAGEQ}',
    'Could we move {DATEQ} {CLOCKQ} to {DATEQ} {CLOCKQ}? Parents evening 🙈',
    'Paid with the card ending {LASTFOURQ}, receipt {RECEIPTQ}',
    "The sign-up form says a phone number must have 11 digits but mine has 10?? I'll just skip that field",
    'Our new campus is at {ADDRQ}. Parking is behind the building',
    'Can you check my homework? {MATHQ}',
    'Please never send card numbers, bank details or passwords in the chat. The payment page is the safe way.',
    '🔥 BLACK FRIDAY 🔥 50% off every course until {DATEQ}! Code {CODEQ} at checkout. Limited seats!!',
    "It's {CLOCKQ} here in {CITYQ} right now. What time is it where you are? I always mix up the time difference",
    'Order {ORDERQ}: 10-lesson pack, {MONEYQ}, status PAID ✅',
    'Counting game with the little ones: one, two, three, four… then they shout TEN and fall over 😂',
    'KakaoTalk logs me out after every update, so I will check messages here for now',
    'Scholarship results: {PERCENTQ} of applicants passed, the cut-off was {CUTOFFQ}/100',
  ],
  ja: [
    '請求書番号{INVNOQ}、8回分（{LESSONRANGEQ}）で合計{MONEYQ}です。お支払期限は{DATEQ}です',
    '経歴：{YEARRANGEQ} 英文科、CELTA取得、TOEIC {TOEICQ}点、指導歴{NUMQ}年',
    '（スクショの内容です）\n月 {TIMERQ} 文法\n水 {TIMERQ} スピーキング\n教室 {ROOMQ}・レッスン番号 {LESSONIDQ}',
    '【ご注意】LINEで当教室を名乗り「入会金」を請求するアカウントが確認されています。当教室がLINEでお支払いをお願いすることはありません。',
    '規約読みました。LINEやメールの交換はダメなんですね、了解です👍 ここでやりとりしましょう',
    '🇬🇧ネイティブ講師｜指導歴{NUMQ}年｜評価{RATINGQ}（{REVIEWSQ}件）｜体験レッスン{PRICEQ}',
    'ホワイトボードが開けません。「エラー {ERRQ}（セッション {UUIDQ}）」と表示されます',
    '打ち上げ代は{NUMQ}人で{MONEYQ}でした。立て替えたので次回お願いします',
    '{VERQ}と{VERQ}に更新しても音が出ません😩 ビルド{BUILDQ}も試しました',
    '使っているヘッドセットは{MODELQ}、マイクは{MODELQ}です',
    '今日の英語の授業で、「@」は「アットマーク」、「.」は「ドット」と読むと習いました',
    '今日の四字熟語：一石二鳥、三寒四温、八方美人、十人十色',
    '{MENTIONQ}さん、ノートを{MENTIONQ}さんにも送ってもらえますか？',
    '教材を発送しました。お問い合わせ番号{TRACKQ}、{DATEQ}着予定です',
    '模試の結果：L {BANDQ}／R {BANDQ}／W {BANDQ}／S {BANDQ} → 総合{BANDQ}',
    '{FILEQ}と{FILEQ}、{FILEQ}を添付しました',
    'テキストはISBN {ISBNQ}、{PAGEQ}から始めます',
    '{DATEQ}の{CLOCKQ}を{DATEQ}の{CLOCKQ}に変更できますか？保護者会がありまして🙈',
    '末尾{LASTFOURQ}のカードで支払いました。領収書番号は{RECEIPTQ}です',
    '電話番号の欄、11桁じゃないと登録できないみたいです。アプリの不具合でしょうか',
    '新しい教室の住所は{ADDRQ}です。駐車場は裏にあります',
    '宿題の確認をお願いします：{MATHQ}',
    'カード番号や口座情報、パスワードはチャットで送らないでください。お支払いは決済ページからお願いします',
    '🔥ブラックフライデー🔥 全コース50%オフ！{DATEQ}まで、クーポンコード{CODEQ}をご利用ください',
    'こちら{CITYQ}は今{CLOCKQ}です。そちらは何時ですか？時差がいつも分からなくなります',
    '注文番号{ORDERQ}：10回パック、{MONEYQ}、支払い済み✅',
    'マイナンバーはチャットでは送らないでください。書類は簡易書留でお願いします',
    '適格請求書発行事業者の登録番号は{TNUMQ}です（領収書に記載済み）',
    'カカオトークはアップデートのたびにログアウトされるので、しばらくここで連絡します',
  ],
  ko: [
    '청구서 번호 {INVNOQ}, 8회분({LESSONRANGEQ}) 합계 {MONEYQ}, 납부 기한 {DATEQ}입니다',
    '경력: {YEARRANGEQ} 영문과, CELTA 취득, 토익 {TOEICQ}점, 강의 경력 {NUMQ}년',
    '(캡처 내용이에요)\n월 {TIMERQ} 문법\n수 {TIMERQ} 회화\n강의실 {ROOMQ} · 수업 번호 {LESSONIDQ}',
    '[주의] 카톡으로 저희 학원을 사칭해서 "등록비"를 요구하는 계정이 있어요. 학원은 카톡으로 돈을 요구하지 않습니다.',
    '규칙 읽었어요. 카톡이나 이메일 교환은 안 되는 거죠? 알겠습니다👍 여기서 얘기해요',
    '🇬🇧원어민 강사 | 경력 {NUMQ}년 | 평점 {RATINGQ} (후기 {REVIEWSQ}개) | 체험 수업 {PRICEQ}',
    '화이트보드가 안 열려요. "오류 {ERRQ} (세션 {UUIDQ})" 이렇게 떠요',
    '회식비가 {NUMQ}명 해서 {MONEYQ} 나왔어요. 제가 냈으니까 다음에 주세요',
    '{VERQ}, {VERQ}로 업데이트해도 소리가 안 나요😩 빌드 {BUILDQ}도 해 봤어요',
    '헤드셋은 {MODELQ}, 마이크는 {MODELQ} 써요',
    '오늘 영어 시간에 @는 "골뱅이" 말고 "앳"이라고 읽고, 점(.)은 "닷"이라고 읽는다고 배웠어요',
    '오늘의 사자성어: 일석이조, 삼고초려, 구사일생, 십중팔구',
    '{MENTIONQ} 님, 노트 {MENTIONQ} 님한테도 보내 주실 수 있어요?',
    '교재 발송했어요. 운송장 {TRACKQ}, {DATEQ} 도착 예정',
    '모의 IELTS: L {BANDQ} / R {BANDQ} / W {BANDQ} / S {BANDQ} → 전체 {BANDQ}',
    '{FILEQ}, {FILEQ}, {FILEQ} 첨부했어요',
    '교재 ISBN {ISBNQ}, {PAGEQ}부터 해요',
    '{DATEQ} {CLOCKQ} 수업을 {DATEQ} {CLOCKQ}로 옮길 수 있을까요? 학부모 상담이 있어서요🙈',
    '끝자리 {LASTFOURQ} 카드로 결제했어요. 영수증 번호 {RECEIPTQ}',
    '전화번호 칸이 11자리가 아니면 가입이 안 돼요. 앱 오류인가요?',
    '새 학원 주소는 {ADDRQ}입니다. 주차는 건물 뒤에 하시면 돼요',
    '숙제 확인 부탁드려요: {MATHQ}',
    '카드 번호, 계좌 정보, 비밀번호는 채팅으로 보내지 마세요. 결제는 결제 페이지에서 해 주세요',
    '🔥블랙프라이데이🔥 전 강좌 50% 할인! {DATEQ}까지, 쿠폰 코드 {CODEQ}',
    '여기 {CITYQ}는 지금 {CLOCKQ}예요. 거기는 몇 시예요? 시차가 항상 헷갈려요',
    '주문번호 {ORDERQ}: 10회권, {MONEYQ}, 결제 완료✅',
    '서류에는 주민번호 앞자리 {RRNFRONTQ}만 적으면 된대요. 뒷자리는 학원에서 직접 확인한대요',
    '주민등록번호는 절대 채팅으로 보내지 마세요! 서류는 방문해서 작성해요',
    '라인 업데이트하고 나서 계속 로그아웃돼서 당분간 여기서 연락할게요',
  ],
  ru: [
    'Счёт {INVNOQ}: 8 занятий ({LESSONRANGEQ}), итого {MONEYQ}, оплатить до {DATEQ}',
    'Кратко о себе: МГУ, {YEARRANGEQ}, CELTA, IELTS {BANDQ}, опыт {NUMQ} лет',
    '(со скриншота)\nПн {TIMERQ} грамматика\nСр {TIMERQ} разговорная практика\nАуд. {ROOMQ} · урок {LESSONIDQ}',
    'Осторожно: в Телеграме кто-то представляется нашей школой и просит «взнос за регистрацию». Мы никогда не просим деньги в мессенджерах — блокируйте и жалуйтесь.',
    'Прочитала правила: никаких вотсапов, телеграмов и почты вне платформы. Без проблем, общаемся здесь 👍',
    '🇬🇧 Носитель языка · опыт {NUMQ} лет · рейтинг {RATINGQ} ({REVIEWSQ} отзывов) · пробный урок {PRICEQ}',
    'Доска не открывается: «Ошибка {ERRQ} (сессия {UUIDQ})». Переустановить?',
    'Посиделки после клуба на {NUMQ} человек вышли в {MONEYQ}, я заплатила, отдадите в следующий раз',
    'Обновил {VERQ} и {VERQ}, а звука всё равно нет 😩 сборку {BUILDQ} тоже пробовал',
    'Гарнитура {MODELQ}, микрофон {MODELQ} — для устной части сойдёт?',
    'Символ @ по-русски называют «собакой», а точку в адресе сайта читают «точка» — рассказала сегодня ученикам',
    'Семеро одного не ждут, а у меня ещё сто пятьдесят задач 😅 Один в поле не воин!',
    '{MENTIONQ}, скинь конспект {MENTIONQ}, пожалуйста. А {MENTIONQ} должен мне ручку 😂',
    'Учебники отправила, трек {TRACKQ}, будут к {DATEQ}',
    'Пробный IELTS: L {BANDQ} / R {BANDQ} / W {BANDQ} / S {BANDQ} → итог {BANDQ}',
    'Прикрепила {FILEQ}, {FILEQ} и {FILEQ}',
    'Учебник: ISBN {ISBNQ}, начинаем с {PAGEQ}',
    'Можно перенести {DATEQ} {CLOCKQ} на {DATEQ} {CLOCKQ}? У меня родительское собрание 🙈',
    'Оплатила картой, последние цифры {LASTFOURQ}, чек {RECEIPTQ}',
    'В форме написано, что в номере должно быть 11 цифр, а у меня 10?? Пропущу это поле',
    'Новый адрес школы: {ADDRQ}. Парковка во дворе',
    'Проверьте, пожалуйста: {MATHQ}',
    'Никогда не присылайте в чат номер карты, реквизиты или пароли — оплата только через платёжную страницу',
    '🔥 ЧЁРНАЯ ПЯТНИЦА 🔥 −50% на все курсы до {DATEQ}! Промокод {CODEQ}',
    'У меня в {CITYQ} сейчас {CLOCKQ}. А у вас сколько? Вечно путаюсь с разницей во времени',
    'Заказ {ORDERQ}: пакет из 10 уроков, {MONEYQ}, оплачен ✅',
    'ИНН и ОГРН школы есть на сайте в разделе «Реквизиты», в чат их не дублирую',
    'Вайбер после обновления постоянно вылетает, так что пока пишу только сюда',
    'Ноль ошибок в диктанте! Девять из десяти — это уже успех',
  ],
  vi: [
    'Hoá đơn {INVNOQ}: 8 buổi ({LESSONRANGEQ}), tổng {MONEYQ}, hạn thanh toán {DATEQ}',
    'Tóm tắt CV: Cử nhân Ngôn ngữ Anh {YEARRANGEQ}, CELTA, IELTS {BANDQ}, {NUMQ} năm kinh nghiệm',
    '(chữ trong ảnh chụp màn hình)\nT2 {TIMERQ} Ngữ pháp\nT4 {TIMERQ} Luyện nói\nPhòng {ROOMQ} · Buổi {LESSONIDQ}',
    'Cảnh báo: có người trên Zalo giả danh trung tâm và đòi “phí ghi danh”. Trung tâm không bao giờ thu tiền qua Zalo, mọi người chặn và báo cáo nhé.',
    'Em đọc nội quy rồi ạ: không trao đổi Zalo, Facebook hay email ngoài nền tảng. Mình học trên đây nha cô 👍',
    '🇬🇧 GV bản ngữ · {NUMQ} năm kinh nghiệm · {RATINGQ}★ ({REVIEWSQ} đánh giá) · học thử {PRICEQ}',
    'Bảng trắng không mở được: “Lỗi {ERRQ} (phiên {UUIDQ})”. Em cài lại app nha?',
    'Đi ăn sau buổi CLB {NUMQ} người hết {MONEYQ}, em trả trước rồi, lần sau gửi lại em nha',
    'Em cập nhật {VERQ} với {VERQ} mà vẫn không có tiếng 😩 thử cả bản {BUILDQ} rồi',
    'Tai nghe em là {MODELQ}, mic là {MODELQ}, thi nói dùng được không cô?',
    'Ký tự @ tiếng Việt gọi là “a còng”, còn dấu . đọc là “chấm” — hôm nay cô giải thích cho lớp nè',
    'Học bổng tổng trị giá {BIGVNDQ} cho học viên mới, đăng ký trước {DATEQ}',
    '{MENTIONQ} gửi vở ghi cho {MENTIONQ} với, {MENTIONQ} còn nợ tui cây bút 😂',
    'Sách gửi rồi nha, mã vận đơn {TRACKQ}, dự kiến tới {DATEQ}',
    'Thi thử IELTS: L {BANDQ} / R {BANDQ} / W {BANDQ} / S {BANDQ} → overall {BANDQ}',
    'Em gửi kèm {FILEQ}, {FILEQ} với {FILEQ}',
    'Giáo trình: ISBN {ISBNQ}, bắt đầu từ {PAGEQ}',
    'Cô dời buổi {DATEQ} {CLOCKQ} sang {DATEQ} {CLOCKQ} được không ạ? Em họp phụ huynh 🙈',
    'Em trả bằng thẻ đuôi {LASTFOURQ}, mã biên lai {RECEIPTQ}',
    'Form đăng ký bắt số điện thoại phải 11 số mà số em có 10 số?? Em bỏ trống ô đó nha',
    'Cơ sở mới của trung tâm ở {ADDRQ}, gửi xe phía sau toà nhà',
    'Cô xem giúp em bài này: {MATHQ}',
    'Tuyệt đối không gửi số thẻ, số tài khoản hay mật khẩu qua tin nhắn nha, thanh toán trên trang thanh toán thôi',
    '🔥 BLACK FRIDAY 🔥 giảm 50% tất cả khoá học đến {DATEQ}! Nhập mã {CODEQ}',
    'Bên em ở {CITYQ} giờ là {CLOCKQ}, bên cô mấy giờ rồi ạ? Em hay bị lẫn múi giờ',
    'Đơn hàng {ORDERQ}: gói 10 buổi, {MONEYQ}, đã thanh toán ✅',
    'Bài hát “Một con vịt” lớp em hát tới “hai cái cánh” là cười lăn 😂 Năm nay bé mới bốn tuổi',
    'Zalo em mới cập nhật là bị đăng xuất hoài, nên tạm thời em nhắn trên đây nha cô',
    'Chấm bài xong rồi nha: điểm cao nhất {MARKQ}, thấp nhất {MARKQ}',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const cap6 = (w: string) => w[0].toUpperCase() + w.slice(1);
const cjk6 = (lang: Lang) => lang === 'ja' || lang === 'ko';
const KEY6 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key6 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY6)).join('');
const hex6 = (r: Rng, n: number) => [...Array(n)].map(() => '0123456789abcdef'[r.int(0, 15)]).join('');
const low6 = (r: Rng, n: number) => [...Array(n)].map(() => 'abcdefghijklmnopqrstuvwxyz0123456789'[r.int(0, 35)]).join('');
const ZW_RE6 = /[\u200b\u200c\u200d\u2060\ufeff]/g;

const grp6 = (s: string, sizes: number[], sep: string) => parts(s, sizes).join(sep);

/** Full width on the characters that match only. */
function fwOnly6(s: string, which: RegExp): string {
  return [...s].map((c) => (which.test(c) ? fullWidth(c) : c)).join('');
}

/** Zero-width characters between characters (never before the first or after the last); after: only after such characters. */
function zw6(r: Rng, s: string, lo: number, hi: number, after?: RegExp): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  let slots: number[] = [];
  for (let i = 1; i < chars.length; i++) if (!after || after.test(chars[i - 1])) slots.push(i);
  if (slots.length === 0) slots = [...Array(chars.length - 1)].map((_, i) => i + 1);
  const n = Math.min(r.int(lo, hi), slots.length);
  const at = new Set<number>();
  while (at.size < n) at.add(r.pick(slots));
  const one = r.chance(0.5) ? r.pick(ZW) : null;
  return chars.map((c, i) => (at.has(i) ? (one ?? r.pick(ZW)) : '') + c).join('');
}

/** Cyrillic and Greek look-alikes of Latin letters. */
const LOOK6: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с'],
  d: ['ԁ'],
  e: ['е'],
  h: ['һ'],
  i: ['і'],
  j: ['ј'],
  l: ['ӏ'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  q: ['ԛ'],
  s: ['ѕ'],
  u: ['υ'],
  v: ['ν', 'ѵ'],
  w: ['ԝ'],
  x: ['х', 'χ'],
  y: ['у'],
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  J: ['Ј'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  S: ['Ѕ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['Ү', 'Υ'],
  Z: ['Ζ'],
};

/** Swaps one to max letters of s[from, to) for look-alikes; n: how many were swapped. */
function looks6(r: Rng, s: string, from = 0, to = Infinity, max = 2): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < Math.min(to, chars.length); i++) if (LOOK6[chars[i]]) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  const n = r.int(1, Math.min(max, idx.length));
  const done = new Set<number>();
  while (done.size < n) done.add(r.pick(idx));
  for (const i of done) chars[i] = r.pick(LOOK6[chars[i]]);
  return { text: chars.join(''), n };
}

/**
 * The styled mathematical letters and digits of "fancy font" generators, as pasted from profile bios:
 * bold, sans-serif, sans-serif bold and monospace. NFKC turns each back into the plain letter or digit.
 */
const STYLES6: { upper: number; lower: number; digit: number }[] = [
  { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce },
  { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec },
  { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
];
function styled6(r: Rng, s: string, letters = true): string {
  const st = r.pick(STYLES6);
  return [...s]
    .map((c) => {
      const k = c.charCodeAt(0);
      if (k >= 48 && k <= 57) return String.fromCodePoint(st.digit + k - 48);
      if (letters && k >= 65 && k <= 90) return String.fromCodePoint(st.upper + k - 65);
      if (letters && k >= 97 && k <= 122) return String.fromCodePoint(st.lower + k - 97);
      return c;
    })
    .join('');
}

// ---- names -------------------------------------------------------------------------------------

const NAMES6: Record<Lang, { g: string[]; f: string[]; tag: string[] }> = {
  en: { g: ['wren', 'callum', 'imogen', 'soren', 'delia', 'barnaby', 'freya', 'linus', 'marigold', 'oscar', 'juniper', 'rhys'], f: ['ashby', 'brennan', 'calloway', 'darrow', 'fenwick', 'garner', 'hollis', 'lockhart', 'merritt', 'pember', 'radley', 'thorne'], tag: ['english', 'esl', 'tutor', 'grammar', 'ielts'] },
  ja: { g: ['shiori', 'yamato', 'kanon', 'itsuki', 'mio', 'hayato', 'koharu', 'sosuke', 'rin', 'tsubasa', 'akari', 'minato'], f: ['fujita', 'ishikawa', 'okada', 'hasegawa', 'kondo', 'nishimura', 'fukuda', 'endo', 'aoki', 'sugiyama'], tag: ['eigo', 'eikaiwa', 'toeic', 'study', 'nihongo'] },
  ko: { g: ['seojun', 'hayoon', 'doyoon', 'jiwoo', 'siwoo', 'chaewon', 'eunwoo', 'subin', 'harin', 'jiho', 'yeseo', 'gunwoo'], f: ['shin', 'kwon', 'hwang', 'song', 'jeon', 'hong', 'oh', 'seo', 'nam', 'baek'], tag: ['english', 'toeic', 'gongbu', 'ssaem', 'hakwon'] },
  ru: { g: ['matvey', 'vasilisa', 'timofey', 'alisa', 'gleb', 'veronika', 'fedor', 'sofia', 'kirill', 'polina', 'mark', 'eva'], f: ['vorobyov', 'egorova', 'nikitin', 'sorokina', 'orlov', 'tarasova', 'zhukov', 'baranova', 'semyonov', 'fedorova'], tag: ['english', 'ege', 'ielts', 'lingvo', 'teacher'] },
  vi: { g: ['phuong', 'bao', 'khanh', 'tam', 'dung', 'hanh', 'long', 'nhung', 'vy', 'cuong', 'yen', 'thinh'], f: ['dinh', 'truong', 'phan', 'ly', 'cao', 'doan', 'lam', 'trinh', 'kieu', 'ha'], tag: ['english', 'ielts', 'hoctap', 'giasu', 'toeic'] },
};

function who6(r: Rng, lang: Lang): { a: string; b: string; t: string } {
  const { g, f, tag } = NAMES6[lang];
  return { a: r.pick(g), b: r.pick(f), t: r.pick(tag) };
}

// ---- at and dot words --------------------------------------------------------------------------

/** At and dot words of each language, in pairs of the same style (index by index). */
const AT6: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', ' [at] ', '(at)', '[at]', ' {at} ', ' AT ', ' -at- '],
  ja: ['アット', ' アット ', 'あっと', '（アット）', '【アット】', 'アットマーク'],
  ko: ['앳', ' 앳 ', '골뱅이', ' 골뱅이 ', '(골뱅이)', '엣', '[앳]'],
  ru: [' собака ', ' собачка ', '(собака)', ' [собака] ', ' СОБАКА ', '-собака-'],
  vi: [' a còng ', ' a móc ', '(a còng)', ' [a còng] ', ' A CÒNG ', ' a cong '],
};
const DOT6: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', ' [dot] ', '(dot)', '[dot]', ' {dot} ', ' DOT ', ' -dot- '],
  ja: ['ドット', ' ドット ', 'どっと', '（ドット）', '【ドット】', 'ドット'],
  ko: ['점', ' 점 ', '닷', ' 닷 ', '(점)', '쩜', '[점]'],
  ru: [' точка ', ' тчк ', '(точка)', ' [точка] ', ' ТОЧКА ', '-точка-'],
  vi: [' chấm ', ' chấm ', '(chấm)', ' [chấm] ', ' CHẤM ', ' cham '],
};
/** An at word and a dot word of the same style; now and then the English ones in the other languages. */
function atDot6(r: Rng, lang: Lang): [string, string] {
  const l: Lang = lang !== 'en' && r.chance(0.1) ? 'en' : lang;
  const i = r.int(0, AT6[l].length - 1);
  return [AT6[l][i], r.chance(0.8) ? DOT6[l][Math.min(i, DOT6[l].length - 1)] : r.pick(DOT6[l])];
}

// ---- emails ------------------------------------------------------------------------------------

const MAILDOM6: Record<Lang, string[]> = {
  en: ['fastmail.com', 'zoho.com', 'hey.com', 'yahoo.co.uk', 'btinternet.com', 'web.de', 't-online.de', 'libero.it', 'ed.ac.uk', 'outlook.com', 'gmail.com', 'me.com', 'live.com', 'protonmail.com', 'mac.com', 'gmx.net', 'orange.fr', 'telenet.be'],
  ja: ['docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'keio.jp', 'ocn.ne.jp', 'nifty.com', 'biglobe.ne.jp', 'kyoto-u.ac.jp', 'gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'hotmail.co.jp'],
  ko: ['naver.com', 'daum.net', 'hanmail.net', 'nate.com', 'kakao.com', 'snu.ac.kr', 'korea.ac.kr', 'gmail.com', 'hotmail.com', 'dreamwiz.com', 'postech.ac.kr'],
  ru: ['yandex.ru', 'ya.ru', 'mail.ru', 'inbox.ru', 'bk.ru', 'internet.ru', 'rambler.ru', 'gmail.com', 'spbu.ru', 'yandex.by', 'mail.kz', 'outlook.com'],
  vi: ['gmail.com', 'yahoo.com.vn', 'hcmut.edu.vn', 'hust.edu.vn', 'ueh.edu.vn', 'fpt.edu.vn', 'vnpt.vn', 'outlook.com', 'icloud.com', 'hotmail.com'],
};
/** Domains of schools and offices, for their role addresses. */
const SCHOOLDOM6: Record<Lang, string[]> = {
  en: ['{s}.school', '{s}-english.co.uk', '{s}.academy', '{s}tutors.com', '{s}.education', '{s}-lingua.eu'],
  ja: ['{s}-eikaiwa.jp', '{s}.co.jp', '{s}-school.tokyo', '{s}.or.jp', '{s}.osaka'],
  ko: ['{s}.co.kr', '{s}-edu.kr', '{s}academy.com', '{s}.or.kr'],
  ru: ['{s}-school.ru', '{s}.online', '{s}lingua.ru', '{s}.moscow', '{s}.spb.ru'],
  vi: ['{s}.edu.vn', '{s}.com.vn', '{s}english.vn', '{s}.vn'],
};
const SCHOOLNAME6 = ['brightpath', 'oakleaf', 'northstar', 'bluebird', 'sakura', 'hanbit', 'lingvo', 'sunrise', 'maple', 'riverside', 'polyglot', 'wordsmith'];
const ROLE6 = ['info', 'contact', 'office', 'hello', 'booking', 'admin', 'billing', 'support'];

function address6(r: Rng, lang: Lang, office: boolean): { local: string; domain: string } {
  if (office) return { local: r.pick(ROLE6), domain: r.pick(SCHOOLDOM6[lang]).replace('{s}', r.pick(SCHOOLNAME6)) };
  const { a, b, t } = who6(r, lang);
  const local = r.pick([`${a}.${b}`, `${a[0]}.${b}`, `${a}+lessons`, `${a}_${r.int(1985, 2010)}`, `${b}-${t}`, `${cap6(a)}.${cap6(b)}`, `${a}${b}${r.int(1, 99)}`, `${t}.${a}`, `${a}.${b}.${p2(r.int(0, 99))}`, `${b}${a[0]}`, `${a}-${b}`]);
  return { local, domain: r.pick(MAILDOM6[lang]) };
}

function email6(r: Rng, lang: Lang, obfuscate: boolean, office = false): Surface {
  const { local, domain } = address6(r, lang, office);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: addr, obfuscated: false };
  const labels = domain.split('.');
  const way = r.int(0, 12);
  if (way <= 2) {
    const [at, dot] = atDot6(r, lang);
    const loc = lang === 'en' && local.includes('.') && r.chance(0.35) ? local.split('.').join(dot) : local;
    return { text: `${loc}${at}${labels.join(dot)}`, obfuscated: true, how: 'at and dot words' };
  }
  if (way === 3) {
    const [at] = atDot6(r, lang);
    return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word' };
  }
  if (way === 4) {
    const [, dot] = atDot6(r, lang);
    return { text: `${local}@${labels.join(dot)}`, obfuscated: true, how: 'dot words' };
  }
  if (way === 5) {
    const k = r.int(0, 3);
    const text = k === 0 ? `${local} @ ${domain}` : k === 1 ? `${local} @ ${labels.join(' . ')}` : k === 2 ? `${local.split('.').join(' . ')} @ ${labels.join(' . ')}` : `${local} @${domain}`;
    return { text, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 6) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: `${local}＠${domain}`, obfuscated: true, how: 'full-width at sign' };
    return { text: `${local}＠${labels.join('．')}`, obfuscated: true, how: 'full-width at sign and dots' };
  }
  if (way === 7) {
    const inLocal = r.chance(0.5);
    const c = inLocal ? looks6(r, local) : looks6(r, labels[0]);
    if (c.n > 0) return { text: inLocal ? `${c.text}@${domain}` : `${local}@${[c.text, ...labels.slice(1)].join('.')}`, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 7 || way === 8) return { text: zw6(r, addr, 1, 3), obfuscated: true, how: 'zero-width characters' };
  if (way === 9) return { text: styled6(r, addr), obfuscated: true, how: 'styled letters (NFKC)' };
  if (way === 10 && !cjk6(lang)) {
    const [at, dot] = { en: [' AT ', ' DOT '], ru: [' СОБАКА ', ' ТОЧКА '], vi: [' A CÒNG ', ' CHẤM '] }[lang as 'en' | 'ru' | 'vi'];
    return { text: `${local.toUpperCase()}${at}${labels.map((x) => x.toUpperCase()).join(dot)}`, obfuscated: true, how: 'capitals with at and dot words' };
  }
  if (way === 10) {
    const [at, dot] = atDot6(r, lang);
    return { text: `${fullWidth(local)}${at}${labels.map(fullWidth).join(dot)}`, obfuscated: true, how: 'full-width with at and dot words' };
  }
  if (way === 11) {
    const [at, dot] = atDot6(r, lang);
    const c = looks6(r, local, 0, Infinity, 1);
    return { text: `${c.text}${at}${labels.join(dot)}`, obfuscated: true, how: c.n ? 'look-alikes with at and dot words' : 'at and dot words' };
  }
  const [at, dot] = atDot6(r, lang);
  return { text: zw6(r, `${local}${at}${labels.join(dot)}`, 1, 2), obfuscated: true, how: 'at and dot words with zero-width characters' };
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape6 {
  region: CountryCode;
  cc: string;
  /** Trunk prefix written before the significant number in national form ('' when none). */
  trunk: string;
  /** One a messenger can be registered to. */
  mobile: boolean;
  sig: (r: Rng) => string;
  /** National written forms, from the national digits (trunk included). */
  nat: ((n: string) => string)[];
  /** International written forms, from the significant number (none: written nationally only). */
  intl: ((s: string) => string)[];
  /** Groups of the national digits, for the disguises. */
  groups: (n: string) => number[];
}

const dg6 = (r: Rng, n: number) => r.digits(n);
const one6 = (r: Rng, xs: string[]) => r.pick(xs);
const nz6 = (r: Rng) => String(r.int(2, 9));

const JP_AREA2 = ['3', '6'];
const JP_AREA3 = ['11', '22', '25', '43', '44', '45', '48', '52', '75', '78', '82', '92', '96', '98'];
const JP_AREA4 = ['466', '422', '742', '263', '857', '276', '537'];
function jpArea6(n: string): number {
  const s = n.slice(1);
  if (JP_AREA2.some((a) => s.startsWith(a) && !JP_AREA3.some((b) => s.startsWith(b)) && !JP_AREA4.some((b) => s.startsWith(b)))) return 2;
  if (JP_AREA4.some((a) => s.startsWith(a))) return 4;
  return 3;
}
const jpLandGroups = (n: string) => (jpArea6(n) === 2 ? [2, 4, 4] : jpArea6(n) === 3 ? [3, 3, 4] : [4, 2, 4]);

const KR_AREA = ['31', '32', '33', '41', '42', '43', '44', '51', '52', '53', '54', '55', '61', '62', '63', '64'];
const krLandGroups = (n: string) => {
  const a = n.startsWith('02') ? 2 : 3;
  return [a, n.length - a - 4, 4];
};

const VN_PROV = ['236', '225', '292', '234', '258', '251', '274', '203', '220'];
const vnLandGroups = (n: string) => (/^02[48]/.test(n) ? [3, 4, 4] : [4, 3, 4]);

const RU_AREA3 = ['495', '499', '812', '343', '383', '863', '846', '831', '843', '861', '423'];
const RU_AREA4 = ['4012', '3812', '4212', '8142', '4852', '3842'];
const ruRest6 = (rest: string) => (rest.length === 7 ? `${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}` : `${rest.slice(0, 2)}-${rest.slice(2, 4)}-${rest.slice(4)}`);
const ruAreaLen = (s: string) => (RU_AREA4.some((a) => s.startsWith(a)) ? 4 : 3);

const US_NPA = ['212', '213', '305', '312', '415', '503', '512', '617', '702', '713', '801', '808', '907', '919', '971', '980', '385', '458', '564', '669', '747', '929'];
const US_TOLL = ['800', '888', '877', '866', '855', '844', '833'];

const GB_AREA2 = ['20', '23', '24', '28', '29'];
const GB_AREA3 = ['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161', '191'];
const GB_AREA4 = ['1223', '1865', '1904', '1273', '1225'];
const gbLandGroups = (n: string) => (GB_AREA2.some((a) => n.startsWith('0' + a)) ? [3, 4, 4] : GB_AREA4.some((a) => n.startsWith('0' + a)) ? [5, 6] : [4, 3, 4]);

const SHAPES6: Record<string, Shape6> = {
  JP_MOB: {
    region: 'JP', cc: '81', trunk: '0', mobile: true,
    sig: (r) => one6(r, ['90', '80', '70']) + r.int(1, 9) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 4, 4], '-'), (n) => grp6(n, [3, 4, 4], ' '), (n) => n, (n) => `(${n.slice(0, 3)})${n.slice(3, 7)}-${n.slice(7)}`, (n) => grp6(n, [3, 4, 4], '-')],
    intl: [(s) => `+81 ${grp6(s, [2, 4, 4], ' ')}`, (s) => `+81-${grp6(s, [2, 4, 4], '-')}`, (s) => `+81(0)${grp6(s, [2, 4, 4], '-')}`, (s) => `+81${s}`],
    groups: () => [3, 4, 4],
  },
  JP_IP: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => '50' + r.int(1, 9) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 4, 4], '-')],
    intl: [(s) => `+81 ${grp6(s, [2, 4, 4], '-')}`],
    groups: () => [3, 4, 4],
  },
  JP_LAND: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => {
      const k = r.int(0, 9);
      if (k <= 2) return one6(r, JP_AREA2) + nz6(r) + dg6(r, 7);
      if (k <= 7) return one6(r, JP_AREA3) + nz6(r) + dg6(r, 5);
      return one6(r, JP_AREA4) + nz6(r) + dg6(r, 4);
    },
    nat: [(n) => grp6(n, jpLandGroups(n), '-'), (n) => { const [a, b, c] = parts(n, jpLandGroups(n)); return `${a}(${b})${c}`; }],
    intl: [(s) => `+81 ${grp6(s, jpLandGroups('0' + s).map((g, i) => (i === 0 ? g - 1 : g)), ' ')}`],
    groups: jpLandGroups,
  },
  JP_FREE: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.6) ? '120' + dg6(r, 6) : '800' + nz6(r) + dg6(r, 6)),
    nat: [(n) => (n.startsWith('0120') ? grp6(n, [4, 3, 3], '-') : grp6(n, [4, 3, 4], '-'))],
    intl: [],
    groups: (n) => (n.startsWith('0120') ? [4, 3, 3] : [4, 3, 4]),
  },
  JP_NAVI: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => '570' + dg6(r, 6),
    nat: [(n) => grp6(n, [4, 3, 3], '-')],
    intl: [],
    groups: () => [4, 3, 3],
  },
  KR_MOB: {
    region: 'KR', cc: '82', trunk: '0', mobile: true,
    sig: (r) => '10' + nz6(r) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 4, 4], '-'), (n) => grp6(n, [3, 4, 4], ' '), (n) => grp6(n, [3, 4, 4], '.'), (n) => n, (n) => grp6(n, [3, 4, 4], '-')],
    intl: [(s) => `+82 ${grp6(s, [2, 4, 4], '-')}`, (s) => `+82 ${grp6(s, [2, 4, 4], ' ')}`, (s) => `+82-${grp6(s, [2, 4, 4], '-')}`, (s) => `+82${s}`],
    groups: () => [3, 4, 4],
  },
  KR_070: {
    region: 'KR', cc: '82', trunk: '0', mobile: false,
    sig: (r) => '70' + nz6(r) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 4, 4], '-')],
    intl: [(s) => `+82 ${grp6(s, [2, 4, 4], '-')}`],
    groups: () => [3, 4, 4],
  },
  KR_LAND: {
    region: 'KR', cc: '82', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.35) ? '2' + nz6(r) + dg6(r, r.chance(0.7) ? 7 : 6) : one6(r, KR_AREA) + nz6(r) + dg6(r, r.chance(0.6) ? 6 : 5)),
    nat: [(n) => grp6(n, krLandGroups(n), '-'), (n) => { const [a, b, c] = parts(n, krLandGroups(n)); return `(${a}) ${b}-${c}`; }, (n) => grp6(n, krLandGroups(n), ' ')],
    intl: [(s) => `+82 ${grp6(s, krLandGroups('0' + s).map((g, i) => (i === 0 ? g - 1 : g)), '-')}`],
    groups: krLandGroups,
  },
  KR_UAN: {
    region: 'KR', cc: '82', trunk: '', mobile: false,
    sig: (r) => one6(r, ['1588', '1577', '1544', '1566', '1600', '1661', '1670', '1688', '1899']) + dg6(r, 4),
    nat: [(n) => grp6(n, [4, 4], '-')],
    intl: [],
    groups: () => [4, 4],
  },
  VN_MOB: {
    region: 'VN', cc: '84', trunk: '0', mobile: true,
    sig: (r) => one6(r, ['32', '33', '34', '35', '36', '37', '38', '39', '52', '56', '58', '59', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98']) + dg6(r, 7),
    nat: [(n) => grp6(n, [4, 3, 3], ' '), (n) => grp6(n, [4, 3, 3], '.'), (n) => grp6(n, [3, 3, 4], ' '), (n) => n, (n) => grp6(n, [4, 3, 3], '-'), (n) => grp6(n, [3, 3, 4], '.')],
    intl: [(s) => `+84 ${grp6(s, [3, 3, 3], ' ')}`, (s) => `+84 ${grp6(s, [2, 3, 4], ' ')}`, (s) => `+84${s}`, (s) => `+84-${grp6(s, [3, 3, 3], '-')}`],
    groups: () => [4, 3, 3],
  },
  VN_LAND: {
    region: 'VN', cc: '84', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.6) ? one6(r, ['24', '28']) + one6(r, ['3', '6', '7']) + dg6(r, 7) : one6(r, VN_PROV) + one6(r, ['3', '6']) + dg6(r, 6)),
    nat: [(n) => grp6(n, vnLandGroups(n), ' '), (n) => grp6(n, vnLandGroups(n), '.'), (n) => { const [a, b, c] = parts(n, vnLandGroups(n)); return `(${a}) ${b} ${c}`; }],
    intl: [(s) => `+84 ${grp6(s, vnLandGroups('0' + s).map((g, i) => (i === 0 ? g - 1 : g)), ' ')}`],
    groups: vnLandGroups,
  },
  VN_HOT: {
    region: 'VN', cc: '84', trunk: '', mobile: false,
    sig: (r) => one6(r, ['1900', '1800']) + dg6(r, 4),
    nat: [(n) => grp6(n, [4, 4], ' '), (n) => grp6(n, [4, 4], '.'), (n) => n],
    intl: [],
    groups: () => [4, 4],
  },
  RU_MOB: {
    region: 'RU', cc: '7', trunk: '8', mobile: true,
    sig: (r) => '9' + one6(r, ['01', '02', '04', '08', '11', '12', '13', '14', '16', '18', '19', '21', '22', '23', '24', '25', '28', '29', '30', '37', '51', '52', '60', '61', '62', '63', '64', '65', '67', '68', '80', '82', '83', '84', '86', '87', '88', '89', '91', '92', '93', '94', '95', '96', '97', '98']) + dg6(r, 7),
    nat: [(n) => `8 (${n.slice(1, 4)}) ${ruRest6(n.slice(4))}`, (n) => `8 ${grp6(n.slice(1), [3, 3, 2, 2], ' ')}`, (n) => `8-${grp6(n.slice(1), [3, 3, 2, 2], '-')}`, (n) => n, (n) => `8${n.slice(1, 4)}${n.slice(4, 7)}${n.slice(7)}`],
    intl: [(s) => `+7 (${s.slice(0, 3)}) ${ruRest6(s.slice(3))}`, (s) => `+7 ${s.slice(0, 3)} ${ruRest6(s.slice(3))}`, (s) => `+7-${grp6(s, [3, 3, 2, 2], '-')}`, (s) => `+7${s}`, (s) => `+7 ${grp6(s, [3, 3, 2, 2], ' ')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  RU_LAND: {
    region: 'RU', cc: '7', trunk: '8', mobile: false,
    sig: (r) => (r.chance(0.6) ? one6(r, RU_AREA3) + nz6(r) + dg6(r, 6) : one6(r, RU_AREA4) + nz6(r) + dg6(r, 5)),
    nat: [(n) => { const a = ruAreaLen(n.slice(1)); return `8 (${n.slice(1, 1 + a)}) ${ruRest6(n.slice(1 + a))}`; }, (n) => { const a = ruAreaLen(n.slice(1)); return `8 ${n.slice(1, 1 + a)} ${ruRest6(n.slice(1 + a))}`; }],
    intl: [(s) => { const a = ruAreaLen(s); return `+7 (${s.slice(0, a)}) ${ruRest6(s.slice(a))}`; }, (s) => { const a = ruAreaLen(s); return `+7 ${s.slice(0, a)} ${ruRest6(s.slice(a))}`; }],
    groups: (n) => (ruAreaLen(n.slice(1)) === 4 ? [1, 4, 2, 2, 2] : [1, 3, 3, 2, 2]),
  },
  RU_FREE: {
    region: 'RU', cc: '7', trunk: '8', mobile: false,
    sig: (r) => '800' + one6(r, ['1', '2', '3', '5', '7']) + dg6(r, 6),
    nat: [(n) => `8 800 ${ruRest6(n.slice(4))}`, (n) => `8-800-${grp6(n.slice(4), [3, 2, 2], '-')}`],
    intl: [],
    groups: () => [1, 3, 3, 2, 2],
  },
  US: {
    region: 'US', cc: '1', trunk: '', mobile: true,
    sig: (r) => one6(r, US_NPA) + nz6(r) + dg6(r, 6),
    nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => grp6(n, [3, 3, 4], '-'), (n) => grp6(n, [3, 3, 4], '.'), (n) => grp6(n, [3, 3, 4], ' '), (n) => `1-${grp6(n, [3, 3, 4], '-')}`, (n) => `1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`],
    intl: [(s) => `+1 ${grp6(s, [3, 3, 4], ' ')}`, (s) => `+1 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`, (s) => `+1-${grp6(s, [3, 3, 4], '-')}`, (s) => `+1${s}`],
    groups: () => [3, 3, 4],
  },
  US_FREE: {
    region: 'US', cc: '1', trunk: '', mobile: false,
    sig: (r) => one6(r, US_TOLL) + nz6(r) + dg6(r, 6),
    nat: [(n) => `1-${grp6(n, [3, 3, 4], '-')}`, (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => `1 ${grp6(n, [3, 3, 4], ' ')}`],
    intl: [(s) => `+1 ${grp6(s, [3, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  GB_MOB: {
    region: 'GB', cc: '44', trunk: '0', mobile: true,
    sig: (r) => '7' + one6(r, ['4', '5', '7', '8', '9']) + dg6(r, 8),
    nat: [(n) => grp6(n, [5, 6], ' '), (n) => grp6(n, [5, 3, 3], ' '), (n) => n],
    intl: [(s) => `+44 ${grp6(s, [4, 6], ' ')}`, (s) => `+44 (0)${grp6(s, [4, 6], ' ')}`, (s) => `+44 ${grp6(s, [4, 3, 3], ' ')}`, (s) => `+44${s}`],
    groups: () => [5, 3, 3],
  },
  GB_LAND: {
    region: 'GB', cc: '44', trunk: '0', mobile: false,
    sig: (r) => {
      const k = r.int(0, 9);
      if (k <= 3) return one6(r, GB_AREA2) + one6(r, ['3', '7', '8', '9']) + dg6(r, 7);
      if (k <= 7) return one6(r, GB_AREA3) + nz6(r) + dg6(r, 6);
      return one6(r, GB_AREA4) + nz6(r) + dg6(r, 5);
    },
    nat: [(n) => grp6(n, gbLandGroups(n), ' ')],
    intl: [(s) => `+44 ${grp6(s, gbLandGroups('0' + s).map((g, i) => (i === 0 ? g - 1 : g)), ' ')}`],
    groups: gbLandGroups,
  },
  GB_OFF: {
    region: 'GB', cc: '44', trunk: '0', mobile: false,
    sig: (r) => one6(r, ['300', '303', '333', '345', '800', '808']) + nz6(r) + dg6(r, 6),
    nat: [(n) => grp6(n, [4, 3, 4], ' ')],
    intl: [],
    groups: () => [4, 3, 4],
  },
  AT: {
    region: 'AT', cc: '43', trunk: '0', mobile: true,
    sig: (r) => '6' + one6(r, ['50', '60', '64', '76', '99', '81', '88']) + dg6(r, 7),
    nat: [(n) => grp6(n, [4, 7], ' ')],
    intl: [(s) => `+43 ${grp6(s, [3, 7], ' ')}`, (s) => `+43 ${grp6(s, [3, 3, 2, 2], ' ')}`, (s) => `+43${s}`],
    groups: () => [4, 3, 4],
  },
  BE: {
    region: 'BE', cc: '32', trunk: '0', mobile: true,
    sig: (r) => '4' + one6(r, ['6', '7', '8', '9']) + dg6(r, 7),
    nat: [(n) => grp6(n, [4, 2, 2, 2], ' ')],
    intl: [(s) => `+32 ${grp6(s, [3, 2, 2, 2], ' ')}`, (s) => `+32${s}`],
    groups: () => [4, 2, 2, 2],
  },
  PT: {
    region: 'PT', cc: '351', trunk: '', mobile: true,
    sig: (r) => '9' + one6(r, ['1', '2', '3', '6']) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 3, 3], ' ')],
    intl: [(s) => `+351 ${grp6(s, [3, 3, 3], ' ')}`, (s) => `+351${s}`],
    groups: () => [3, 3, 3],
  },
  CZ: {
    region: 'CZ', cc: '420', trunk: '', mobile: true,
    sig: (r) => one6(r, ['60', '70', '72', '73', '77', '79']) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 3, 3], ' ')],
    intl: [(s) => `+420 ${grp6(s, [3, 3, 3], ' ')}`, (s) => `+420${s}`],
    groups: () => [3, 3, 3],
  },
  HU: {
    region: 'HU', cc: '36', trunk: '06', mobile: true,
    sig: (r) => one6(r, ['20', '30', '31', '50', '70']) + dg6(r, 7),
    nat: [(n) => `06 ${grp6(n.slice(2), [2, 3, 4], ' ')}`],
    intl: [(s) => `+36 ${grp6(s, [2, 3, 4], ' ')}`, (s) => `+36-${grp6(s, [2, 3, 4], '-')}`],
    groups: () => [2, 2, 3, 4],
  },
  RO: {
    region: 'RO', cc: '40', trunk: '0', mobile: true,
    sig: (r) => '7' + one6(r, ['2', '3', '4', '5', '6', '7']) + dg6(r, 7),
    nat: [(n) => grp6(n, [4, 3, 3], ' ')],
    intl: [(s) => `+40 ${grp6(s, [3, 3, 3], ' ')}`, (s) => `+40${s}`],
    groups: () => [4, 3, 3],
  },
  GR: {
    region: 'GR', cc: '30', trunk: '', mobile: true,
    sig: (r) => '69' + one6(r, ['0', '3', '4', '5', '7', '8', '9']) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 3, 4], ' ')],
    intl: [(s) => `+30 ${grp6(s, [3, 3, 4], ' ')}`, (s) => `+30${s}`],
    groups: () => [3, 3, 4],
  },
  DK: {
    region: 'DK', cc: '45', trunk: '', mobile: true,
    sig: (r) => one6(r, ['20', '21', '22', '25', '26', '27', '28', '29', '30', '31', '40', '41', '42', '50', '51', '52', '53', '60', '61', '71', '81', '91', '93']) + dg6(r, 6),
    nat: [(n) => grp6(n, [2, 2, 2, 2], ' ')],
    intl: [(s) => `+45 ${grp6(s, [2, 2, 2, 2], ' ')}`, (s) => `+45 ${grp6(s, [4, 4], ' ')}`],
    groups: () => [2, 2, 2, 2],
  },
  SE: {
    region: 'SE', cc: '46', trunk: '0', mobile: true,
    sig: (r) => '7' + one6(r, ['0', '2', '3', '6', '9']) + dg6(r, 7),
    nat: [(n) => `${n.slice(0, 3)}-${grp6(n.slice(3), [3, 2, 2], ' ')}`],
    intl: [(s) => `+46 ${grp6(s, [2, 3, 2, 2], ' ')}`, (s) => `+46${s}`],
    groups: () => [3, 3, 2, 2],
  },
  PL: {
    region: 'PL', cc: '48', trunk: '', mobile: true,
    sig: (r) => one6(r, ['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 3, 3], ' '), (n) => grp6(n, [3, 3, 3], '-')],
    intl: [(s) => `+48 ${grp6(s, [3, 3, 3], ' ')}`, (s) => `+48${s}`, (s) => `+48-${grp6(s, [3, 3, 3], '-')}`],
    groups: () => [3, 3, 3],
  },
  IT: {
    region: 'IT', cc: '39', trunk: '', mobile: true,
    sig: (r) => '3' + one6(r, ['20', '28', '33', '35', '38', '39', '40', '45', '47', '49', '66', '77', '80', '91', '93']) + dg6(r, 7),
    nat: [(n) => grp6(n, [3, 7], ' '), (n) => grp6(n, [3, 3, 4], ' ')],
    intl: [(s) => `+39 ${grp6(s, [3, 3, 4], ' ')}`, (s) => `+39 ${grp6(s, [3, 7], ' ')}`],
    groups: () => [3, 3, 4],
  },
  NL: {
    region: 'NL', cc: '31', trunk: '0', mobile: true,
    sig: (r) => '6' + r.int(1, 5) + dg6(r, 7),
    nat: [(n) => `${n.slice(0, 2)}-${n.slice(2)}`, (n) => `${n.slice(0, 2)} ${grp6(n.slice(2), [4, 4], ' ')}`],
    intl: [(s) => `+31 6 ${s.slice(1)}`, (s) => `+31 6 ${grp6(s.slice(1), [4, 4], ' ')}`],
    groups: () => [2, 4, 4],
  },
  FR: {
    region: 'FR', cc: '33', trunk: '0', mobile: true,
    sig: (r) => one6(r, ['6', '7']) + dg6(r, 8),
    nat: [(n) => grp6(n, [2, 2, 2, 2, 2], ' '), (n) => grp6(n, [2, 2, 2, 2, 2], '.')],
    intl: [(s) => `+33 ${grp6(s, [1, 2, 2, 2, 2], ' ')}`, (s) => `+33${s}`],
    groups: () => [2, 2, 2, 2, 2],
  },
  DE: {
    region: 'DE', cc: '49', trunk: '0', mobile: true,
    sig: (r) => one6(r, ['151', '152', '157', '159', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179']) + dg6(r, r.chance(0.6) ? 7 : 8),
    nat: [(n) => `${n.slice(0, 4)} ${n.slice(4)}`, (n) => `${n.slice(0, 4)}/${n.slice(4)}`],
    intl: [(s) => `+49 ${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+49 (0)${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+49${s}`],
    groups: (n) => [4, 4, n.length - 8],
  },
  ES: {
    region: 'ES', cc: '34', trunk: '', mobile: true,
    sig: (r) => one6(r, ['6', '7']) + dg6(r, 8),
    nat: [(n) => `${n.slice(0, 3)} ${grp6(n.slice(3), [2, 2, 2], ' ')}`],
    intl: [(s) => `+34 ${s.slice(0, 3)} ${grp6(s.slice(3), [2, 2, 2], ' ')}`, (s) => `+34 ${grp6(s, [3, 3, 3], ' ')}`],
    groups: () => [3, 3, 3],
  },
  IE: {
    region: 'IE', cc: '353', trunk: '0', mobile: true,
    sig: (r) => '8' + one6(r, ['3', '5', '6', '7', '9']) + nz6(r) + dg6(r, 6),
    nat: [(n) => grp6(n, [3, 3, 4], ' ')],
    intl: [(s) => `+353 ${grp6(s, [2, 3, 4], ' ')}`, (s) => `+353${s}`],
    groups: () => [3, 3, 4],
  },
};

/** Numbers people give as their own. */
const MIX6: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_LAND', 'AT', 'BE', 'PT', 'CZ', 'HU', 'RO', 'GR', 'DK', 'SE', 'PL', 'IT', 'NL', 'FR', 'DE', 'ES', 'IE', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_LAND', 'JP_LAND', 'JP_IP', 'US', 'GB_MOB', 'KR_MOB', 'DE', 'SE'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_LAND', 'KR_LAND', 'KR_070', 'JP_MOB', 'US', 'VN_MOB', 'PL', 'AT'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_LAND', 'RU_LAND', 'DE', 'CZ', 'PL', 'GR', 'US', 'GB_MOB'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_LAND', 'VN_LAND', 'KR_MOB', 'JP_MOB', 'US', 'PT', 'HU', 'RO'],
};
/** Numbers of offices and schools. */
const OFFICE6: Record<Lang, string[]> = {
  en: ['US_FREE', 'US_FREE', 'GB_OFF', 'GB_OFF', 'GB_LAND', 'US'],
  ja: ['JP_FREE', 'JP_NAVI', 'JP_LAND', 'JP_LAND'],
  ko: ['KR_UAN', 'KR_UAN', 'KR_LAND', 'KR_070'],
  ru: ['RU_FREE', 'RU_LAND', 'RU_LAND'],
  vi: ['VN_HOT', 'VN_HOT', 'VN_LAND'],
};
const HOME6: Partial<Record<Lang, CountryCode>> = { ja: 'JP', ko: 'KR', ru: 'RU', vi: 'VN' };

interface Drawn6 {
  shape: Shape6;
  sig: string;
  national: string;
}

/** A number libphonenumber-js says is valid for its country (and one a messenger can use, when asked). */
function drawPhone6(r: Rng, lang: Lang, mobile = false, office = false): Drawn6 {
  for (let k = 0; k < 100000; k++) {
    const shape = SHAPES6[r.pick((office ? OFFICE6 : MIX6)[lang])];
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
  throw new Error('no valid phone number drawn');
}

/** Whether a written form reads back, by libphonenumber-js, as the same valid number of the same country. */
function readsBack6(text: string, d: Drawn6): boolean {
  const p = text.startsWith('+') ? parsePhoneNumberFromString(text) : text.startsWith('00') ? parsePhoneNumberFromString(text, 'GB') : parsePhoneNumberFromString(text, d.shape.region);
  return !!p && p.isValid() && String(p.nationalNumber) === d.sig && p.countryCallingCode === d.shape.cc && p.country === d.shape.region;
}

const DIG6: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};
/** Japanese digits as read aloud, in katakana. */
const KANA6 = ['ゼロ', 'イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ', 'キュウ'];
const VI_BARE6 = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];

/** Spells digits one by one: a word per digit, the zero word, the case and the joiner fixed per number. */
function speller6(r: Rng, lang: Lang): { spell: (digits: string) => string; how: string } {
  let words = [...DIG6[lang]];
  let joiner = ' ';
  let how = 'spelled digits';
  if (lang === 'en') {
    words[0] = r.pick(['zero', 'zero', 'oh']);
    joiner = r.pick([' ', ' ', '-', ', ']);
    if (r.chance(0.15)) words = words.map((w) => w.toUpperCase());
  } else if (lang === 'ja') {
    if (r.chance(0.3)) {
      words = [...KANA6];
      if (r.chance(0.5)) words[9] = 'キュー';
      joiner = r.pick(['', '・']);
      how = 'digits read aloud in katakana';
    } else {
      words[0] = r.pick(['〇', '〇', '零']);
      joiner = r.chance(0.85) ? '' : ' ';
      how = 'kanji digits';
    }
  } else if (lang === 'ko') {
    words[0] = r.pick(['공', '공', '영']);
    joiner = r.chance(0.85) ? '' : ' ';
  } else if (lang === 'ru') {
    words[0] = r.pick(['ноль', 'ноль', 'нуль']);
    joiner = r.pick([' ', ' ', '-']);
    if (r.chance(0.2)) words = words.map((w, i) => (i === 0 ? cap6(w) : w));
  } else {
    if (r.chance(0.15)) {
      words = [...VI_BARE6];
      how = 'spelled digits without diacritics';
    } else if (r.chance(0.25)) words[7] = 'bẩy';
    joiner = r.pick([' ', ' ', '-']);
  }
  return { spell: (d) => [...d].map((c) => words[Number(c)]).join(joiner), how };
}

/** Between spelled groups. */
const SPELL_SEP6: Record<Lang, string[]> = {
  en: ['  ', ', ', ' - ', '. '],
  ja: ['、', ' ', '－', 'の', '・'],
  ko: [' ', ', ', '-', '에 '],
  ru: [', ', ' ', ' - ', ' — '],
  vi: [' ', ', ', ' - ', '. '],
};
/** Words between written digit groups. */
const JOIN6: Record<Lang, string[]> = {
  en: [' dash ', ' hyphen ', ' then '],
  ja: ['の', 'ハイフン', 'ダッシュ', ' ハイフン '],
  ko: ['에 ', ' 다시 ', ' 하이픈 '],
  ru: [' тире ', ' дефис ', ' черточка '],
  vi: [' gạch ', ' gạch ngang ', ' rồi '],
};
const PLUS6: Partial<Record<Lang, string>> = { en: 'plus', ru: 'плюс', ja: 'プラス', ko: '플러스' };

/** A phone number; mobile: one a messenger can be registered to; office: one of an office or a school. */
function phone6(r: Rng, lang: Lang, obfuscate: boolean, mobile = false, office = false): Surface {
  const d = drawPhone6(r, lang, mobile, office);
  const { shape, sig, national } = d;
  const foreign = lang !== 'en' && shape.region !== HOME6[lang];
  const abroad = lang === 'en' && shape.region !== 'US' && shape.region !== 'GB';
  const intl = shape.intl.length > 0 && (foreign || abroad || r.chance(0.3));
  let written = '';
  for (let k = 0; k < 30 && !written; k++) {
    let w = intl ? r.pick(shape.intl)(sig) : r.pick(shape.nat)(national);
    if (intl && lang === 'en' && abroad && r.chance(0.2)) w = w.replace(/^\+/, '00');
    if (readsBack6(w, d)) written = w;
  }
  if (!written) written = intl ? `+${shape.cc}${sig}` : national;
  if (!obfuscate) return { text: written, obfuscated: false };
  const digits = intl ? sig : national;
  const gs = shape.groups(national);
  const sizes = intl
    ? (() => {
        const x = [...gs];
        x[0] -= shape.trunk.length;
        return x.filter((v) => v > 0);
      })()
    : gs;
  const groups = parts(digits, sizes);
  const plus = intl ? `+${shape.cc} ` : '';
  const way = r.int(0, 13);
  if (way <= 1) {
    const sp = speller6(r, lang);
    return { text: plus + groups.map(sp.spell).join(r.pick(SPELL_SEP6[lang])), obfuscated: true, how: sp.how };
  }
  if (way === 2) {
    const sp = speller6(r, lang);
    return { text: plus + sp.spell(groups.join('')), obfuscated: true, how: `${sp.how} in one run` };
  }
  if (way === 3) {
    const sp = speller6(r, lang);
    const first = r.chance(0.5);
    return { text: plus + groups.map((g, i) => ((i % 2 === 0) === first ? sp.spell(g) : g)).join(cjk6(lang) ? r.pick([' ', '-']) : r.pick([' ', ', '])), obfuscated: true, how: 'spelled and written groups' };
  }
  if (way === 4) {
    const inner = r.pick([' ', '.', '-', ' ']);
    const outer = inner === ' ' ? r.pick(['  ', ' - ', '   ']) : r.pick([' ', ` ${inner} `]);
    return { text: plus + groups.map((g) => [...g].join(inner)).join(outer), obfuscated: true, how: 'separated digits' };
  }
  if (way === 5) {
    // Regrouped in threes from the end, or in pairs after the first group.
    const all = groups.join('');
    const rest = all.slice(groups[0].length);
    const text = r.chance(0.5) ? [groups[0], ...(rest.match(/.{1,2}/g) ?? [])].join(r.pick([' ', '.', '-'])) : (all.match(/.{1,3}/g) ?? []).join(r.pick([' ', '.', '-']));
    return { text: plus + text, obfuscated: true, how: 'digits regrouped' };
  }
  if (way === 6) return { text: plus + groups.join(r.pick(JOIN6[lang])), obfuscated: true, how: 'words between groups' };
  if (way === 7) {
    const k = r.int(0, 3);
    if (k === 0) return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: fwOnly6(written, /\d/), obfuscated: true, how: 'full-width digits' };
    if (k === 2 && lang === 'ja') return { text: (intl ? `＋${fullWidth(shape.cc)} ` : '') + groups.map(fullWidth).join(r.pick(['ー', '－', '―'])), obfuscated: true, how: 'full-width with long dashes' };
    return { text: (intl ? `＋${fullWidth(shape.cc)}　` : '') + groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  }
  if (way === 8) return { text: zw6(r, written, 2, 5, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 9) {
    const sp = speller6(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: plus + groups.map((g, i) => (i === k ? fullWidth(g) : sp.spell(g))).join(cjk6(lang) ? r.pick(['　', ' ', '－']) : r.pick([' ', ', '])), obfuscated: true, how: 'spelled and full-width groups' };
  }
  if (way === 10) {
    const sp = speller6(r, lang);
    return { text: plus + groups.map((g, i) => (i === 0 ? g : sp.spell(g))).join(cjk6(lang) ? ' ' : r.pick([' ', ', '])), obfuscated: true, how: 'partly spelled' };
  }
  if (way === 11 && intl && PLUS6[lang]) {
    const sp = speller6(r, lang);
    return { text: `${PLUS6[lang]} ${sp.spell(shape.cc)}${cjk6(lang) ? ' ' : r.pick([', ', ' '])}${groups.map(sp.spell).join(r.pick(SPELL_SEP6[lang]))}`, obfuscated: true, how: 'spelled digits with the plus word' };
  }
  if (way === 12) return { text: styled6(r, written, false), obfuscated: true, how: 'styled digits (NFKC)' };
  return { text: zw6(r, plus + groups.map((g) => [...g].join(' ')).join('  '), 1, 3, /\d/), obfuscated: true, how: 'separated digits and zero-width characters' };
}

// ---- links -------------------------------------------------------------------------------------

/** Links with a path: personal pages, course and booking sites, shared files, CV sites. */
const WEB6: Record<Lang, string[]> = {
  en: ['{hh}.notion.site/Lesson-Plans-{x}', '{hh}.wixsite.com/english', 'about.me/{h}', 'www.linkedin.com/in/{hh}-{x}', 'ko-fi.com/{h}', 'www.buymeacoffee.com/{h}', '{hh}.gumroad.com/l/{k}', 'stan.store/{h}', 'beacons.ai/{h}', 'quizlet.com/{n}/ielts-vocab-flash-cards/', 'kahoot.it/challenge/{n}', 'www.youtube.com/watch?v={k}', 'vimeo.com/{n}', 'drive.google.com/file/d/{k}/view?usp=sharing', 'www.dropbox.com/s/{k}/homework.pdf?dl=0', 'tidycal.com/{h}/trial', 'whereby.com/{hh}', 'meet.jit.si/{K}', 'substack.com/@{h}'],
  ja: ['{hh}.hatenablog.com/entry/2026/12/03/{n}', 'coubic.com/{h}', 'reserva.be/{h}', '{hh}.stores.jp/items/{x}', 'mosh.jp/{h}', 'www.street-academy.com/steachers/{n}', 'www.youtube.com/@{h}', 'ameblo.jp/{h}/entry-{n}.html', 'tayori.com/form/{x}', 'forms.gle/{k}', 'x.com/{h}/status/{n}', 'www.tiktok.com/@{h}', '{ij}.jp/lesson'],
  ko: ['brunch.co.kr/@{h}/{n}', 'post.naver.com/{h}', 'taling.me/Talent/Detail/{n}', 'moaform.com/q/{k}', 'class101.net/products/{k}', 'www.youtube.com/@{h}', 'blog.naver.com/{h}/{n}', 'kmong.com/gig/{n}', 'booking.naver.com/booking/13/bizes/{n}', '{ik}.kr/{h}'],
  ru: ['vk.cc/{k}', 'rutube.ru/video/{x}/', 'disk.yandex.ru/d/{k}', 'forms.yandex.ru/u/{x}/', 'stepik.org/course/{n}/promo', 'ok.ru/group/{n}', '{hh}.getcourse.ru/teach/control', 'tenchat.ru/{h}', 'hh.ru/resume/{x}', 'www.youtube.com/@{h}', '{ir}.рф/{h}', 'profi.ru/profile/{K}'],
  vi: ['www.facebook.com/groups/{n}', 'www.tiktok.com/@{h}/video/{n}', 'shope.ee/{k}', 'docs.google.com/spreadsheets/d/{k}/edit', 'www.topcv.vn/xem-cv/{x}', 'hocmai.vn/khoa-hoc-truc-tuyen/{n}', 'www.youtube.com/@{h}', 'giasu{g}.com/lich-hoc', 'www.{hh}.edu.vn/tuyen-sinh', '{iv}.vn/{h}'],
};
/** Bare domains: newer generic, city and country top-level domains, internationalised ones. */
const DOM6: Record<Lang, string[]> = {
  en: ['{hh}.school', '{hh}.education', '{hh}.guru', '{hh}.live', '{hh}.space', '{hh}.club', '{hh}.blog', 'learnwith{g}.link', '{hh}.one', '{hh}.pro', 'talkwith{g}.fyi', '{hh}.today', '{hh}.world', '{hh}.site', '{hh}.co', '{hh}.co.uk', '{hh}.org.uk', '{hh}.eu', '{hh}.ca', '{hh}.com.au', 'www.{hh}.uk'],
  ja: ['{hh}.co.jp', '{hh}.ne.jp', '{hh}.osaka', '{hh}.kyoto', '{ij}.jp', '{ij}.コム', '{ij}.com', 'www.{hh}.jp', '{hh}.tokyo', '{ij}.みんな', '{hh}.nagoya'],
  ko: ['{hh}.co.kr', '{hh}.kr', '{ik}.한국', '{ik}.닷컴', '{ik}.닷넷', '{hh}.or.kr', 'www.{hh}.kr', '{hh}.academy', '{ik}.com', '{hh}.pe.kr'],
  ru: ['{hh}.ru', '{hh}.su', '{hh}.spb.ru', '{ir}.рф', '{ir}.рус', '{ir}.москва', '{ir}.онлайн', '{ir}.сайт', '{ir}.орг', '{hh}.moscow', '{hh}.online', '{hh}.by', '{hh}.uz'],
  vi: ['{hh}.vn', '{hh}.com.vn', '{hh}.edu.vn', '{hh}.io.vn', '{hh}.net.vn', '{iv}.vn', '{iv}.com.vn', '{hh}.online', 'www.{hh}.vn'],
};
/** Messenger links and invites. */
const CHAT6: Record<Lang, string[]> = {
  en: ['t.me/{t}', 't.me/+{k}', 'telegram.me/{t}', 'wa.me/{w}', 'wa.me/message/{K}', 'chat.whatsapp.com/{k}', 'line.me/ti/p/~{h}', 'discord.com/invite/{k}', 'discord.gg/{k}', 'join.skype.com/{k}', 'u.wechat.com/{k}', 'invite.viber.com/?g2={k}', 'm.me/{h}', 'www.instagram.com/{h}/', 'open.kakao.com/o/g{k}'],
  ja: ['line.me/ti/p/~{h}', 'line.me/R/ti/p/@{h}', 'lin.ee/{k}', 'line.me/ti/g2/{k}', 't.me/{t}', 'discord.gg/{k}', 'www.instagram.com/{h}/', 'wa.me/{w}'],
  ko: ['open.kakao.com/o/s{k}', 'open.kakao.com/o/g{k}', 'open.kakao.com/me/{h}', 'pf.kakao.com/_{k}', 'qr.kakao.com/talk/{k}', 't.me/{t}', 'discord.gg/{k}', 'line.me/ti/p/~{h}'],
  ru: ['t.me/{t}', 't.me/+{k}', 't.me/joinchat/{k}', 'wa.me/{w}', 'discord.gg/{k}', 'invite.viber.com/?g2={k}', 'vk.me/join/{k}', 'chat.whatsapp.com/{k}'],
  vi: ['zalo.me/{z}', 'zalo.me/g/{k}', 'm.me/{h}', 't.me/{t}', 'wa.me/{w}', 'www.facebook.com/{h}', 'discord.gg/{k}'],
};

/** Internationalised labels of each script for the domains. */
const IDN6 = {
  ij: ['えいごのもり', '英会話ルーム', 'ことばの教室', 'おやこえいご', 'にほんごひろば', '英語塾'],
  ik: ['영어공부방', '한국어교실', '토익스쿨', '회화클럽', '영어도서관'],
  ir: ['английский-онлайн', 'репетитор-москва', 'говорим-свободно', 'уроки-речи', 'школа-лингва'],
  iv: ['tiếnganhgiaotiếp', 'họcnhanh', 'ngoạingữviệt', 'giasưtiếnghàn', 'tiếngnhậtvui'],
};

function fillLink6(r: Rng, lang: Lang, pattern: string): string {
  const { a, b, t } = who6(r, lang);
  const base = r.pick([`${a}-${b}`, `${a}${b}`, `${t}-with-${a}`, `${a}-${t}`, `${b}${t}`, `${a}${r.int(1, 99)}`]);
  const h = r.pick([`${a}.${b}`, `${a}_${t}`, `${a}${b}${r.int(1, 99)}`, `${t}with${a}`, `${b}_${a}`]);
  let w = '';
  let z = '';
  if (pattern.includes('{w}')) {
    const d = drawPhone6(r, lang, true);
    w = d.shape.cc + d.sig;
  }
  if (pattern.includes('{z}')) {
    for (;;) {
      const d = drawPhone6(r, 'vi', true);
      if (d.shape.region === 'VN') {
        z = d.national;
        break;
      }
    }
  }
  let out = pattern
    .replace('{hh}', base)
    .replace('{h}', h)
    .replace('{t}', h.replace(/[.-]/g, '_'))
    .replace('{g}', a)
    .replace('{k}', key6(r, r.int(8, 12)))
    .replace('{K}', key6(r, 12).toUpperCase())
    .replace('{x}', hex6(r, r.pick([12, 16, 24, 32])))
    .replace('{w}', w)
    .replace('{z}', z)
    .replace('{ij}', r.pick(IDN6.ij))
    .replace('{ik}', r.pick(IDN6.ik))
    .replace('{ir}', r.pick(IDN6.ir))
    .replace('{iv}', r.pick(IDN6.iv));
  while (out.includes('{n}')) out = out.replace('{n}', String(r.int(100000, 99999999)));
  return out;
}

function url6(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'dom' | 'chat'): Surface {
  const site = fillLink6(r, lang, r.pick(kind === 'chat' ? CHAT6[lang] : kind === 'dom' ? DOM6[lang] : WEB6[lang]));
  const scheme = kind === 'dom' ? (r.chance(0.1) ? 'https://' : '') : kind === 'chat' ? (r.chance(0.35) ? 'https://' : '') : r.chance(0.55) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  let way = r.int(0, 10);
  if (idn && (way === 6 || way === 9)) way = r.int(0, 3);
  // The Korean IDN top-level domains .닷컴 and .닷넷 hold the dot word itself: no dot words around them.
  if (host.includes('닷') && (way <= 1 || way === 6 || way === 7 || way === 8)) way = r.int(2, 5);
  if (way <= 1) return { text: scheme + labels.join(r.pick(DOT6[lang])) + path, obfuscated: true, how: 'dot words in the host' };
  if (way === 2) return { text: scheme + labels.join(r.pick(['[.]', '(.)', '{.}', '[.]'])) + path, obfuscated: true, how: 'bracketed dots' };
  if (way === 3) {
    const sp = r.pick([' . ', ' .', '. ']);
    const p = path && r.chance(0.4) ? ' / ' + path.slice(1) : path;
    return { text: scheme + labels.join(sp) + p, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 4) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: scheme + fullWidth(host) + path, obfuscated: true, how: 'full-width host' };
    return { text: fwOnly6(plain, /[./:]/), obfuscated: true, how: 'full-width marks' };
  }
  if (way === 5) return { text: scheme + zw6(r, host, 1, 3) + path, obfuscated: true, how: 'zero-width characters in the host' };
  if (way === 6) {
    const i = labels[0] === 'www' && labels.length > 2 ? 1 : 0;
    const c = looks6(r, labels[i]);
    if (c.n > 0) {
      const ls = [...labels];
      ls[i] = c.text;
      return { text: scheme + ls.join('.') + path, obfuscated: true, how: 'look-alike letters in the host' };
    }
    return { text: scheme + labels.join(r.pick(DOT6[lang])) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 7 && scheme) return { text: scheme + ' ' + labels.join(' . ') + path, obfuscated: true, how: 'split by spaces after the scheme' };
  if (way === 7 && cjk6(lang)) return { text: labels.map(fullWidth).join(r.pick(DOT6[lang])) + path, obfuscated: true, how: 'full-width host with dot words' };
  if (way === 8 && path) {
    const c = looks6(r, path, 1);
    if (c.n > 0) return { text: scheme + labels.join(r.pick(DOT6[lang])) + c.text, obfuscated: true, how: 'dot words and look-alikes in the path' };
  }
  if (way === 9) return { text: styled6(r, plain), obfuscated: true, how: 'styled letters (NFKC)' };
  return { text: zw6(r, plain, 2, 4, /[./]/), obfuscated: true, how: 'zero-width characters after the marks' };
}

// ---- messenger ids -----------------------------------------------------------------------------

/** Draws an id until one keeps within its platform's rules: at least min letters or digits, at most max characters. */
function fit6(r: Rng, min: number, max: number, gen: () => string): string {
  for (;;) {
    const h = gen();
    if (h.length <= max && h.replace(/[^a-z0-9]/gi, '').length >= min) return h;
  }
}

function lineId6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  return fit6(r, 4, 20, () => r.pick([`${a}${b[0]}${r.int(10, 99)}`, `${a}.${b}`, `${a}_${p2(r.int(0, 99))}`, `${b}-${a}`, `${a}${r.int(1990, 2012)}`, `${t}.${a}`, `${a}__${r.int(1, 9)}`, `${b}.${a}.${t}`]));
}

function telegram6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  return fit6(r, 5, 32, () => r.pick([`${a}_${b}`, `${a}${b}${r.int(1, 99)}`, `${cap6(a)}${cap6(b)}`, `${a}_${t}`, `${t}_with_${a}`, `${b}_${a}_bot`, `${a}${r.int(1990, 2010)}`, `${cap6(t)}${cap6(a)}`]));
}

function instagram6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  return fit6(r, 3, 30, () => r.pick([`${a}.${b}`, `${a}__${b}`, `${a}.${t}`, `${b}.${a}.${p2(r.int(0, 99))}`, `_${a}_${b}_`.replace(/_$/, '_x'), `${t}.with.${a}`, `${a}${b}.${r.int(1, 99)}`, `${a}.studies`]));
}

function kakao6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  return fit6(r, 4, 20, () => r.pick([`${a}${r.int(100, 9999)}`, `${a}_${b}`, `${b}${a}${r.int(1, 99)}`, `${a}.${b}${r.int(1, 99)}`, `${t}_${a}`, `${b}-${a}`]));
}

function skype6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  return r.pick([`live:.cid.${hex6(r, 16)}`, `live:${a}_${r.int(1, 999)}`, `live:.cid.${hex6(r, 16)}`, `${a}.${b}${r.int(1, 99)}`, `${b}_${a}`, `${a}.${b}.${t}`]);
}

function discord6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  if (r.chance(0.25)) return `${cap6(a)}${r.chance(0.5) ? cap6(b) : ''}#${r.int(1, 9)}${r.digits(3)}`;
  return fit6(r, 2, 32, () => r.pick([`${a}.${b}`, `${a}_${r.int(10, 999)}`, `_${a}.${b}_`, `${t}.${a}`, `${a}${b}`, `${b}_${a}${r.int(1, 9)}`]));
}

function wechat6(r: Rng, lang: Lang): string {
  const { a, b } = who6(r, lang);
  return fit6(r, 6, 20, () => r.pick([`wxid_${low6(r, 14)}`, `${a}_${b}${r.int(10, 99)}`, `${cap6(a)}_${r.int(1990, 2010)}`, `${a}${b}-wx`, `${b}${a}${r.int(100, 999)}`]));
}

function facebook6(r: Rng, lang: Lang): string {
  const { a, b, t } = who6(r, lang);
  return fit6(r, 5, 50, () => r.pick([`${a}.${b}.${r.int(1, 999)}`, `${a}${b}${r.int(10, 99)}`, `${b}.${a}`, `${a}.${b}.${t}`, `${t}.${a}.${b}`]));
}

/** Disguises an id; keep: how many leading characters stay as they are (an @, live:, wxid_). */
function disguiseId6(r: Rng, h: string, keep: number): Surface {
  const way = r.int(0, 8);
  if (way === 0) return { text: h.slice(0, keep) + fullWidth(h.slice(keep)), obfuscated: true, how: 'full-width' };
  if (way === 1) {
    const t = h.slice(0, keep) + fwOnly6(h.slice(keep), /[\d_.#:-]/);
    if (t !== h) return { text: t, obfuscated: true, how: 'full-width digits and marks' };
  }
  if (way <= 2) {
    const c = looks6(r, h, keep);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 3) {
    const c = looks6(r, h, keep, Infinity, 1);
    if (c.n > 0) return { text: zw6(r, c.text, 1, 2), obfuscated: true, how: 'look-alikes and zero-width characters' };
  }
  if (way === 4 && h.startsWith('@')) return { text: '＠' + (r.chance(0.4) ? fullWidth(h.slice(1)) : h.slice(1)), obfuscated: true, how: 'full-width at sign' };
  if (way === 5) {
    const c = looks6(r, h, keep, Infinity, 4);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 6) return { text: h.slice(0, keep) + styled6(r, h.slice(keep)), obfuscated: true, how: 'styled letters (NFKC)' };
  if (way === 7) {
    const c = looks6(r, h, keep, Infinity, 1);
    if (c.n > 0) return { text: h.slice(0, keep) + fullWidth([...c.text].slice(keep).join('')), obfuscated: true, how: 'full-width and look-alikes' };
  }
  return { text: zw6(r, h, 1, 3), obfuscated: true, how: 'zero-width characters' };
}

type IdKind = 'line' | 'tg' | 'tg@' | 'ig' | 'kakao' | 'skype' | 'discord' | 'wechat' | 'fb';

function id6(r: Rng, lang: Lang, obfuscate: boolean, kind: IdKind): Surface {
  let h: string;
  switch (kind) {
    case 'line':
      h = lineId6(r, lang);
      break;
    case 'tg':
      h = (r.chance(0.5) ? '@' : '') + telegram6(r, lang);
      break;
    case 'tg@':
      h = '@' + telegram6(r, lang);
      break;
    case 'ig':
      h = (r.chance(0.7) ? '@' : '') + instagram6(r, lang);
      break;
    case 'kakao':
      h = kakao6(r, lang);
      break;
    case 'skype':
      h = skype6(r, lang);
      break;
    case 'discord':
      h = discord6(r, lang);
      break;
    case 'wechat':
      h = wechat6(r, lang);
      break;
    default:
      h = facebook6(r, lang);
  }
  if (!obfuscate) return { text: h, obfuscated: false };
  const keep = h.startsWith('@') ? 1 : h.startsWith('live:.cid.') ? 10 : h.startsWith('live:') ? 5 : h.startsWith('wxid_') ? 5 : 0;
  return disguiseId6(r, h, keep);
}

// ---- numbers with check digits -----------------------------------------------------------------

const CARDS6: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'maestro', 'rupay', 'troy'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'diners', 'unionpay'],
  ko: ['visa', 'mc', 'mc2', 'amex', 'jcb', 'unionpay', 'discover'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay', 'maestro', 'troy'],
  vi: ['napas', 'napas', 'visa', 'mc', 'jcb', 'unionpay', 'amex'],
};

function cardDigits6(r: Rng, lang: Lang): string {
  switch (r.pick(CARDS6[lang])) {
    case 'visa':
      return luhnComplete(r, '4' + r.digits(5), r.chance(0.9) ? 16 : 19);
    case 'mc':
      return luhnComplete(r, String(r.int(51, 55)) + r.digits(4), 16);
    case 'mc2':
      return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 'amex':
      return luhnComplete(r, r.pick(['34', '37']), 15);
    case 'discover':
      return luhnComplete(r, r.pick(['6011', '644', '645', '646', '647', '648', '649', '65']), 16);
    case 'diners':
      return luhnComplete(r, r.pick(['36', '300', '301', '302', '303', '304', '305', '38', '39']), 14);
    case 'jcb':
      return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 'unionpay':
      return luhnComplete(r, '62' + r.int(10, 88), r.pick([16, 16, 19]));
    case 'mir':
      return luhnComplete(r, '220' + r.int(0, 4), 16);
    case 'maestro':
      return luhnComplete(r, r.pick(['5018', '5020', '5038', '6304', '6759', '6761', '6763']), r.pick([16, 18, 19]));
    case 'rupay':
      return luhnComplete(r, r.pick(['60', '6521', '6522', '8172', '508']), 16);
    case 'troy':
      return luhnComplete(r, '9792', 16);
    default:
      return luhnComplete(r, '9704' + p2(r.int(0, 99)), r.pick([16, 19]));
  }
}

function card6(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const d = cardDigits6(r, lang);
  const groups = d.length === 15 ? parts(d, [4, 6, 5]) : d.length === 14 ? parts(d, [4, 6, 4]) : parts(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d, groups.join(' ')]), obfuscated: false };
  const way = r.int(0, 9);
  if (way === 0) return { text: fullWidth(groups.join(r.pick([' ', '-', '']))), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fwOnly6(groups.join(' '), /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: groups.join(r.pick([' . ', '.', ' - ', '  '])), obfuscated: true, how: 'groups apart by marks' };
  if (way === 4) return { text: zw6(r, groups.join(r.pick([' ', ''])), 3, 6, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 5) {
    const sp = speller6(r, lang);
    return { text: groups.map(sp.spell).join(cjk6(lang) ? r.pick([' ', '、']) : r.pick([', ', ' - ', '  '])), obfuscated: true, how: `${sp.how} (card)` };
  }
  if (way === 6) {
    const sp = speller6(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k ? sp.spell(g) : g)).join(r.pick([' ', ' - '])), obfuscated: true, how: 'one group spelled' };
  }
  if (way === 7) return { text: groups.join(r.pick(JOIN6[lang])), obfuscated: true, how: 'words between groups' };
  if (way === 8) return { text: styled6(r, groups.join(' '), false), obfuscated: true, how: 'styled digits (NFKC)' };
  if (cjk6(lang)) return { text: groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  return { text: zw6(r, groups.map((g) => [...g].join(' ')).join('  '), 2, 4, /\d/), obfuscated: true, how: 'separated digits and zero-width characters' };
}

const V6PRE6 = ['2001:4860', '2404:6800', '2a03:2880', '2606:4700', '2001:240', '2400:2410', '2001:2d8', '2001:ee0', '2405:4800', '2a02:6b8', '2a00:1450', '2600:1f18', '2c0f:fb50'];

function ip6(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 9);
  const h = () => r.int(1, 0xffff).toString(16);
  let text: string;
  if (kind <= 2) text = `${r.pick([5, 31, 46, 59, 81, 95, 103, 109, 118, 123, 133, 139, 151, 175, 180, 185, 203, 211, 220, 222])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 3) text = r.pick([`192.168.${r.int(0, 50)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
  else if (kind === 4) {
    const pre = r.pick(V6PRE6);
    text = `${pre}:${[...Array(8 - pre.split(':').length)].map(h).join(':')}`;
  } else if (kind === 5) text = [r.pick(['2001', '2404', '2a02']), '0' + hex6(r, 3), ...[...Array(6)].map(() => r.pick(['0000', '00' + hex6(r, 2), hex6(r, 4)]))].join(':');
  else if (kind === 6) text = `${r.pick(V6PRE6)}:${h()}::${h()}${r.chance(0.5) ? ':' + h() : ''}`;
  else if (kind === 7) text = `::ffff:${r.pick([31, 59, 81, 118, 175, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 8) text = r.pick([`fe80::${[...Array(4)].map(h).join(':')}`, `fd${hex6(r, 2)}:${hex6(r, 4)}:${hex6(r, 4)}::${h()}`]);
  else text = `${r.pick(V6PRE6)}:${h()}::${h()}:${h()}`.toUpperCase();
  if (!obfuscate) return { text, obfuscated: false };
  const v6 = text.includes(':');
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  if (way === 1 && !v6) return { text: text.split('.').join(r.pick(DOT6[lang])), obfuscated: true, how: 'dot words' };
  if (way === 2 && !v6) return { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
  if (way === 3) return { text: fwOnly6(text, /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 4 && v6) return { text: text.replace(/:/g, '：'), obfuscated: true, how: 'full-width colons' };
  if (way === 5) return { text: styled6(r, text, false), obfuscated: true, how: 'styled digits (NFKC)' };
  return { text: zw6(r, text, 2, 4), obfuscated: true, how: 'zero-width characters' };
}

/** BBAN layouts: n digits, a upper-case letters, c letters or digits (lengths as in the IBAN registry). */
const IBAN6: Record<string, string> = {
  AT: '16n', BE: '12n', CZ: '20n', DK: '14n', SE: '20n', HU: '24n', RO: '4a16c', GR: '7n16c', PT: '21n', PL: '24n',
  IT: '1a10n12c', FR: '10n11c2n', ES: '20n', DE: '18n', CH: '5n12c', NO: '11n', IS: '22n', FO: '14n', GL: '14n',
  AL: '8n16c', ME: '18n', RS: '18n', MK: '3n10c2n', BA: '16n', XK: '16n', QA: '4a21c', KW: '4a22c', BH: '4a14c',
  JO: '4a4n18c', EG: '25n', BR: '23n1a1c', PK: '4a16c', TN: '20n', MU: '4a19n3a', CR: '18n', DO: '4c20n', LB: '4n20c',
  PS: '4a21c', GT: '4c20c', SV: '4a20n', UA: '6n19c', KZ: '3n13c', GE: '2a16n', NL: '4a10n', GB: '4a14n', IE: '4a14n',
};
const IBAN_MIX6: Record<Lang, string[]> = {
  en: ['AT', 'BE', 'CZ', 'DK', 'SE', 'HU', 'RO', 'GR', 'PT', 'PL', 'IS', 'FO', 'GL', 'AL', 'ME', 'RS', 'MK', 'BA', 'XK', 'QA', 'KW', 'BH', 'JO', 'EG', 'BR', 'PK', 'TN', 'MU', 'CR', 'DO', 'LB', 'PS', 'GT', 'SV', 'GB', 'IE'],
  ja: ['DE', 'FR', 'NL', 'CH', 'AT', 'BE', 'SE', 'DK', 'IT', 'ES', 'QA', 'GB'],
  ko: ['DE', 'FR', 'NL', 'CH', 'AT', 'PT', 'CZ', 'PL', 'KW', 'BH', 'GB'],
  ru: ['UA', 'KZ', 'GE', 'RS', 'ME', 'AL', 'CZ', 'PL', 'HU', 'RO', 'GR', 'DE', 'BA'],
  vi: ['DE', 'FR', 'NL', 'CH', 'CZ', 'PL', 'HU', 'SE', 'DK', 'QA', 'JO'],
};
const BANKS6: Record<string, string[]> = { NL: ['INGB', 'ABNA', 'RABO', 'TRIO'], GB: ['BARC', 'LOYD', 'MONZ', 'HBUK'], IE: ['AIBK', 'BOFI'], RO: ['BTRL', 'RNCB', 'INGB'], QA: ['QNBA', 'DOHB'], KW: ['NBOK', 'CBKU'], BH: ['NBOB', 'BBKU'], JO: ['CBJO', 'ARAB'], PK: ['SCBL', 'HABB'], MU: ['BOMM', 'MCBL'], PS: ['PALS'], GE: ['TB', 'BG'], SV: ['CENR'] };
const UP6 = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function bban6(r: Rng, c: string): string {
  let bban = '';
  let first = true;
  for (const m of IBAN6[c].matchAll(/(\d+)([anc])/g)) {
    const k = Number(m[1]);
    if (m[2] === 'n') bban += c === 'CR' && first ? '0' + r.digits(k - 1) : r.digits(k);
    else if (m[2] === 'a') bban += first && BANKS6[c] && BANKS6[c][0].length === k ? r.pick(BANKS6[c]) : c === 'MU' && !first ? 'MUR' : [...Array(k)].map(() => UP6[r.int(0, UP6.length - 1)]).join('');
    else bban += [...Array(k)].map(() => (r.chance(0.85) ? String(r.int(0, 9)) : UP6[r.int(0, UP6.length - 1)])).join('');
    first = false;
  }
  return bban;
}

function ibanText6(r: Rng, lang: Lang): string {
  const c = r.pick(IBAN_MIX6[lang]);
  const bban = bban6(r, c);
  const iban = c + p2(98 - mod97(bban + c + '00')) + bban;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  return iban;
}

function iban6(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const iban = ibanText6(r, lang);
  const groups = iban.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.65) ? groups.join(' ') : iban, obfuscated: false };
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(r.chance(0.5) ? groups.join(' ') : iban), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: fwOnly6(groups.join(' '), /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 2) return { text: zw6(r, groups.join(' '), 3, 6), obfuscated: true, how: 'zero-width characters' };
  if (way === 3) return { text: groups.join(r.pick(['-', ' - ', '.', ' . '])), obfuscated: true, how: 'dashes or dots between groups' };
  if (way === 4) return { text: `${iban.slice(0, 4)} ${(iban.slice(4).match(/.{1,3}/g) ?? []).join(' ')}`, obfuscated: true, how: 'regrouped in threes' };
  if (way === 5) return { text: groups.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'every other group full-width' };
  return { text: groups.map((g) => (/^\d+$/.test(g) ? [...g].join(' ') : g)).join('  '), obfuscated: true, how: 'separated digits' };
}

function myNumber6(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const groups = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const sp = speller6(r, lang);
  const way = r.int(0, 7);
  if (way === 0) return { text: fullWidth(r.pick([d, groups.join('-'), groups.join(' ')])), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map(sp.spell).join(lang === 'ja' ? r.pick(['、', ' ', '－']) : ', '), obfuscated: true, how: sp.how };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zw6(r, groups.join(r.pick([' ', '-', ''])), 2, 5, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: groups.map((g, i) => (i === 1 ? sp.spell(g) : lang === 'ja' ? fullWidth(g) : g)).join(lang === 'ja' ? '　' : ' '), obfuscated: true, how: 'middle group spelled' };
  if (way === 5) return { text: lang === 'ja' ? groups.map(fullWidth).join(r.pick(['ー', '－'])) : fwOnly6(groups.join('-'), /\d/), obfuscated: true, how: 'full-width groups' };
  if (way === 6) return { text: styled6(r, groups.join(' '), false), obfuscated: true, how: 'styled digits (NFKC)' };
  return { text: groups.join(r.pick(JOIN6[lang])), obfuscated: true, how: 'words between groups' };
}

function rrn6(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const year = r.int(1962, 2009);
  const month = r.int(1, 12);
  const day = r.int(1, [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);
  const front = p2(year % 100) + p2(month) + p2(day);
  // Citizens 1-4, foreign residents 5-8 (the alien registration number has the same shape).
  const alien = lang === 'ko' ? r.chance(0.1) : r.chance(0.5);
  const sex = (year >= 2000 ? (alien ? 7 : 3) : alien ? 5 : 1) + r.int(0, 1);
  const body = front + String(sex) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const a = d.slice(0, 6);
  const b = d.slice(6);
  if (!obfuscate) return { text: r.pick([`${a}-${b}`, `${a}-${b}`, d, `${a} ${b}`]), obfuscated: false };
  const sp = speller6(r, lang);
  const joins = JOIN6[lang];
  const way = r.int(0, 7);
  if (way === 0) return { text: fullWidth(`${a}-${b}`), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: `${sp.spell(a)}${r.pick([' - ', ...joins])}${sp.spell(b)}`, obfuscated: true, how: sp.how };
  if (way === 2) return { text: `${[...a].join(' ')} - ${[...b].join(' ')}`, obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zw6(r, `${a}-${b}`, 2, 4, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: `${sp.spell(a)} ${b}`, obfuscated: true, how: 'front part spelled' };
  if (way === 5) return { text: fwOnly6(`${a}-${b}`, /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 6) return { text: `${a}－${fullWidth(b)}`, obfuscated: true, how: 'back part full-width' };
  return { text: `${a}${r.pick(joins)}${b}`, obfuscated: true, how: 'word between the parts' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface Blind6Entity {
  type: FindingType;
  surface: Surface;
}

/**
 * An entity for a slot of these templates, null for a filler slot. MAILQ: an e-mail of a person; OFFMAILQ: a
 * role address of a school or an office; TELQ: a phone number of a person; MOBQ: a number a messenger can
 * use; OFFQ: a number of an office or a school; WEBQ: a link with a path; DOMQ: a bare domain; CHATQ: a
 * messenger link or invite; LINEIDQ, TGQ (with or without its @), TGATQ (with it), IGQ, KKQ, SKQ, DCQ, WXQ,
 * FBQ: ids of LINE, Telegram, Instagram, KakaoTalk, Skype, Discord, WeChat and Facebook; CARDQ, IPQ,
 * IBANQ, MYNQ, RRNQ. All from the writers above.
 */
export function blind6Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind6Entity | null {
  switch (slot) {
    case 'MAILQ':
      return { type: 'EMAIL', surface: email6(r, lang, obfuscate) };
    case 'OFFMAILQ':
      return { type: 'EMAIL', surface: email6(r, lang, obfuscate, true) };
    case 'TELQ':
      return { type: 'PHONE', surface: phone6(r, lang, obfuscate) };
    case 'MOBQ':
      return { type: 'PHONE', surface: phone6(r, lang, obfuscate, true) };
    case 'OFFQ':
      return { type: 'PHONE', surface: phone6(r, lang, obfuscate, false, true) };
    case 'WEBQ':
      return { type: 'URL', surface: url6(r, lang, obfuscate, 'web') };
    case 'DOMQ':
      return { type: 'URL', surface: url6(r, lang, obfuscate, 'dom') };
    case 'CHATQ':
      return { type: 'URL', surface: url6(r, lang, obfuscate, 'chat') };
    case 'LINEIDQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'line') };
    case 'TGQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'tg') };
    case 'TGATQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'tg@') };
    case 'IGQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'ig') };
    case 'KKQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'kakao') };
    case 'SKQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'skype') };
    case 'DCQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'discord') };
    case 'WXQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'wechat') };
    case 'FBQ':
      return { type: 'MESSENGER_ID', surface: id6(r, lang, obfuscate, 'fb') };
    case 'CARDQ':
      return { type: 'CREDIT_CARD', surface: card6(r, lang, obfuscate) };
    case 'IPQ':
      return { type: 'IP_ADDRESS', surface: ip6(r, lang, obfuscate) };
    case 'IBANQ':
      return { type: 'IBAN', surface: iban6(r, lang, obfuscate) };
    case 'MYNQ':
      return { type: 'JP_MY_NUMBER', surface: myNumber6(r, lang, obfuscate) };
    case 'RRNQ':
      return { type: 'KR_RRN', surface: rrn6(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- hard-negative fillers ---------------------------------------------------------------------

/** The countries of the five languages, the US and the UK: any run of digits is checked against them. */
const HOME_GUARD6: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB'];
/** Other European countries: checked for runs written with a leading 0, as their national numbers are. */
const EU_GUARD6: CountryCode[] = ['FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'PT', 'SE', 'IE', 'CZ', 'HU', 'RO', 'GR', 'DK', 'FI', 'SK', 'SI', 'HR', 'BG', 'LT', 'LV', 'EE', 'MT', 'CY', 'CH', 'NO', 'AT', 'DE'];

function rrnShaped6(d: string): boolean {
  if (d.length !== 13) return false;
  const m = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (m < 1 || m > 12 || day < 1 || day > 31 || !/[1-8]/.test(d[6])) return false;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * w[i];
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

const TLD_GUARD6 = /(?<![\w-])[a-z0-9-]+\.(com|net|org|io|jp|kr|vn|ru|me|co|uk|de|app|dev|site|online|info|ai|tv|ly|gg|to|so|us|cc|by|kz|ua|su|fr|es|it|nl|eu|pl|xyz|top|link|live|pro|biz|edu|school|academy|shop|store|blog|club|one|page|tech)(?![\w-])/i;

/** Whether a filler happens to hold something of the listed kinds (ip4: whether dotted quads count): such fillers are drawn again. */
function holds6(s: string, ip4 = true): boolean {
  const t = s.normalize('NFKC').replace(ZW_RE6, '');
  if (ip4 && /(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/.test(t)) return true;
  if (/::|([0-9a-f]{1,4}:){4,}/i.test(t)) return true;
  if (/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(t)) return true;
  if (TLD_GUARD6.test(t)) return true;
  for (const m of t.matchAll(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g)) if (mod97(m[0].slice(4) + m[0].slice(0, 4)) === 1) return true;
  for (const m of t.matchAll(/\+?\d(?:[ .\-/()–]{0,2}\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (m[0].startsWith('+') && parsePhoneNumberFromString(m[0])?.isValid()) return true;
    if (d.startsWith('00') && parsePhoneNumberFromString('+' + d.slice(2))?.isValid()) return true;
    for (let i = 0; i < d.length; i++) {
      for (let j = i + 12; j <= Math.min(d.length, i + 19); j++) if (luhn(d.slice(i, j))) return true;
      if (i + 12 <= d.length && myNumberCheckDigit(d.slice(i, i + 11)) === d[i + 11]) return true;
      if (i + 13 <= d.length && rrnShaped6(d.slice(i, i + 13))) return true;
    }
    if (d.length >= 7 && d.length <= 15) {
      for (const region of HOME_GUARD6) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
      if (d.startsWith('0') && !d.startsWith('00')) for (const region of EU_GUARD6) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
    }
  }
  return false;
}

function safe6(gen: () => string, ip4 = true): string {
  for (let k = 0; k < 5000; k++) {
    const s = gen();
    if (!holds6(s, ip4)) return s;
  }
  throw new Error('no safe filler');
}

/** The messengers' names, per platform and language; the *P slots are Russian prepositional forms. */
const APPS6: Record<string, Record<Lang, string[]>> = {
  LINEN: { en: ['LINE', 'Line', 'line'], ja: ['LINE', 'ライン', 'LINE', 'Line'], ko: ['라인', 'LINE', '라인'], ru: ['Лайн', 'LINE', 'лайн'], vi: ['Line', 'LINE', 'line'] },
  TGN: { en: ['Telegram', 'telegram', 'TG', 'tg', 'Tele'], ja: ['テレグラム', 'Telegram', 'テレグラム'], ko: ['텔레그램', '텔레', 'Telegram', '텔레그램'], ru: ['Телеграм', 'телеграм', 'Telegram', 'ТГ', 'тг', 'телега'], vi: ['Telegram', 'Tele', 'tele', 'telegram'] },
  IGN: { en: ['Instagram', 'insta', 'IG', 'ig', 'Insta'], ja: ['インスタ', 'Instagram', 'インスタグラム', 'IG'], ko: ['인스타', '인스타그램', 'Instagram', '인스타'], ru: ['Инстаграм', 'инста', 'инст', 'Instagram'], vi: ['Insta', 'IG', 'ig', 'Instagram', 'ins'] },
  KKN: { en: ['KakaoTalk', 'Kakao', 'kakao', 'KakaoTalk'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk'], ko: ['카톡', '카카오톡', '카카오', '카톡'], ru: ['КакаоТок', 'Какао', 'KakaoTalk'], vi: ['Kakao', 'KakaoTalk', 'kakao'] },
  SKN: { en: ['Skype', 'skype'], ja: ['スカイプ', 'Skype'], ko: ['스카이프', 'Skype'], ru: ['Скайп', 'скайп', 'Skype'], vi: ['Skype', 'skype'] },
  DCN: { en: ['Discord', 'discord'], ja: ['ディスコード', 'ディスコ', 'Discord'], ko: ['디코', '디스코드', 'Discord'], ru: ['Дискорд', 'дискорд', 'Discord', 'дс'], vi: ['Discord', 'discord'] },
  WXN: { en: ['WeChat', 'Wechat', 'wechat', 'Weixin'], ja: ['WeChat', 'ウィーチャット', '微信'], ko: ['위챗', 'WeChat', '위챗'], ru: ['Вичат', 'вичат', 'WeChat'], vi: ['WeChat', 'Wechat', 'wechat'] },
  FBN: { en: ['Facebook', 'FB', 'fb', 'facebook'], ja: ['フェイスブック', 'Facebook', 'FB'], ko: ['페북', '페이스북', 'Facebook'], ru: ['Фейсбук', 'фейсбук', 'ФБ', 'Facebook'], vi: ['Facebook', 'FB', 'fb', 'Face', 'face'] },
  WAN: { en: ['WhatsApp', 'Whatsapp', 'WA', 'whatsapp'], ja: ['WhatsApp', 'ワッツアップ', 'WhatsApp'], ko: ['왓츠앱', 'WhatsApp', '왓츠앱'], ru: ['вотсап', 'ватсап', 'вацап', 'WhatsApp', 'WA'], vi: ['WhatsApp', 'Whatsapp', 'whatsapp'] },
  VBN: { en: ['Viber', 'viber'], ja: ['Viber', 'バイバー'], ko: ['바이버', 'Viber'], ru: ['вайбер', 'Вайбер', 'вибер', 'Viber'], vi: ['Viber', 'viber'] },
  ZLN: { en: ['Zalo'], ja: ['Zalo', 'ザロ'], ko: ['잘로', 'Zalo'], ru: ['Зало', 'Zalo'], vi: ['Zalo', 'zalo', 'ZL', 'zl', 'Zalo'] },
  TGP: { en: ['Telegram'], ja: ['テレグラム'], ko: ['텔레그램'], ru: ['телеге', 'тг', 'ТГ', 'Телеграме', 'телеграме', 'Telegram'], vi: ['Telegram'] },
  IGP: { en: ['Instagram'], ja: ['インスタ'], ko: ['인스타'], ru: ['инсте', 'инстаграме', 'Инсте', 'Инстаграме'], vi: ['Insta'] },
  DCP: { en: ['Discord'], ja: ['ディスコード'], ko: ['디코'], ru: ['дискорде', 'Дискорде', 'дс', 'Discord'], vi: ['Discord'] },
};

const MENTION6: Record<Lang, string[]> = {
  en: ['@wren', '@callum_r', '@Imogen', '@soren.d', '@freya', '@linus22', '@Oscar', '@juniper_h'],
  ja: ['@しおり', '@yamato_k', '@かのん', '@itsuki', '@澪', '@hayato_f', '@koharu', '@湊'],
  ko: ['@서준', '@hayoon', '@도윤', '@jiwoo_k', '@채원', '@eunwoo', '@수빈', '@harin_s'],
  ru: ['@Матвей', '@vasilisa_e', '@Тимофей', '@alisa', '@Глеб', '@veronika_t', '@Фёдор', '@kirill'],
  vi: ['@Phương', '@bao_tran', '@Khánh', '@tam.le', '@Dũng', '@hanh', '@Nhung', '@cuong_p'],
};
let recentMentions6: string[] = [];
let lastModel6 = '';
let lastFile6 = '';
let lastVer6 = -1;

const MON_EN6 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_RU6 = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function isbn6(r: Rng, lang: Lang): string {
  const body = lang === 'ko' && r.chance(0.5) ? '97911' : '978' + r.pick({ en: ['0', '1'], ja: ['4'], ko: ['89'], ru: ['5'], vi: ['604'] }[lang]);
  const d0 = body + r.digits(12 - body.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d0.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  const d = d0 + String((10 - (sum % 10)) % 10);
  const g = body.length - 3;
  return `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 8)}-${d.slice(8, 12)}-${d.slice(12)}`;
}

/** Fillers for the slots of these templates (hard negatives and the messengers' names); null for a slot it does not know. */
export function blind6Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS6[slot]) return r.pick(APPS6[slot][lang]);
  switch (slot) {
    case 'PRICEQ':
      return r.pick({ en: [`$${n(15, 30)}/hr`, `£${n(14, 28)} an hour`, `€${n(18, 30)}`], ja: [`${n(2, 4)},${r.pick(['000', '500'])}円`, `¥${n(2, 4)},${r.pick(['200', '800'])}`], ko: [`${n(2, 5)}만 원`, `₩${n(25, 45)},000`], ru: [`${n(1, 2)} ${r.pick(['000', '200', '500'])} ₽`, `${n(10, 25)}00 рублей`], vi: [`${n(2, 4)}00k`, `${n(200, 450)}.000đ`] }[lang]);
    case 'INVNOQ':
      return safe6(() => r.pick({ en: [`INV-2026-${p2(n(1, 12))}${p2(n(1, 28))}`, `#2026-${n(100, 999)}`, `TS-${n(1000, 9999)}`], ja: [`No. 2026-${n(100, 999)}`, `第${n(100, 999)}号`, `INV-${n(1000, 9999)}`], ko: [`No. 2026-${n(100, 999)}`, `INV-${n(1000, 9999)}`], ru: [`№ ${n(10, 999)}/26`, `№ ${n(1000, 9999)}`], vi: [`số ${n(100, 999)}/2026`, `HĐ-${n(1000, 9999)}`] }[lang]));
    case 'MONEYQ':
      return r.pick({ en: [`$${n(40, 900)}.00`, `£${n(30, 600)}`, `€${n(40, 800)},${r.pick(['00', '50'])}`], ja: [`${n(3, 90)},${r.pick(['000', '500', '800'])}円`, `¥${n(3, 90)},${r.pick(['000', '400'])}`], ko: [`${n(10, 99)},${r.pick(['000', '500'])}원`, `${n(3, 60)}만 원`], ru: [`${n(2, 60)} ${r.pick(['000', '500', '400'])} ₽`, `${n(1500, 9900)} руб.`], vi: [`${n(2, 9)}.${r.pick(['000', '500', '200'])}.000đ`, `${n(200, 900)}k`] }[lang]);
    case 'LESSONRANGEQ': {
      const a = n(1, 9);
      const b = n(20, 28);
      return { en: `Nov ${a} – Nov ${b}`, ja: `11/${a}〜11/${b}`, ko: `11/${a}~11/${b}`, ru: `${a}–${b} ноября`, vi: `${a}/11 - ${b}/11` }[lang];
    }
    case 'DATEQ': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${MON_EN6[m - 1]} ${d}`, `${d} ${MON_EN6[m - 1]}`, `${m}/${d}`], ja: [`${m}月${d}日`, `${m}/${d}（${r.pick(['月', '水', '金', '土'])}）`], ko: [`${m}월 ${d}일`, `${m}/${d}(${r.pick(['월', '수', '금', '토'])})`], ru: [`${d} ${MON_RU6[m - 1]}`, `${p2(d)}.${p2(m)}`], vi: [`${d}/${m}`, `ngày ${d} tháng ${m}`] }[lang]);
    }
    case 'YEARRANGEQ': {
      const a = n(2008, 2016);
      return r.pick([`${a}–${a + 4}`, `(${a}–${a + 4})`, `${a}-${a + 4}`]);
    }
    case 'TOEICQ':
      return String(n(80, 99) * 10 - r.pick([0, 5]));
    case 'NUMQ':
      return String(n(3, 15));
    case 'TIMERQ': {
      const h = n(16, 20);
      return `${h}:${r.pick(['00', '30'])}–${h + 1}:${r.pick(['00', '30'])}`;
    }
    case 'ROOMQ':
      return r.pick([`B-${n(101, 409)}`, `${n(2, 9)}F-${n(1, 12)}`, `${n(201, 512)}`, `A${n(1, 9)}`]);
    case 'LESSONIDQ':
      return safe6(() => r.pick([`L-${n(10, 99)}`, `#${n(10, 48)}/48`, `U${n(1, 12)}-L${n(1, 6)}`]));
    case 'RATINGQ':
      return `4.${n(6, 9)}`;
    case 'REVIEWSQ':
      return r.pick([String(n(40, 999)), `1,${n(100, 999)}`]);
    case 'ERRQ':
      return safe6(() => r.pick([`E${n(100, 999)}`, `0x80${hex6(r, 6).toUpperCase()}`, `WB-${n(10, 99)}`, `ERR_${r.pick(['SOCKET_TIMEOUT', 'CANVAS_SYNC', 'AUTH_EXPIRED'])}`]));
    case 'UUIDQ':
      return safe6(() => `${hex6(r, 8)}-${hex6(r, 4)}-4${hex6(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex6(r, 3)}-${hex6(r, 12)}`);
    case 'VERQ': {
      const mk = [
        () => `Zoom ${n(5, 6)}.${n(0, 4)}.${n(1, 12)} (${n(40000, 59999)})`,
        () => `Chrome ${n(130, 133)}.0.${n(6700, 6999)}.${n(30, 140)}`,
        () => `Safari ${n(17, 18)}.${n(0, 6)}`,
        () => `iOS ${n(17, 18)}.${n(0, 6)}.${n(1, 2)}`,
        () => `Windows 11 ${r.pick(['23H2', '24H2'])}`,
        () => `macOS ${n(14, 15)}.${n(1, 7)}`,
      ];
      let k = lastVer6;
      while (k === lastVer6) k = n(0, mk.length - 1);
      lastVer6 = k;
      return safe6(mk[k]);
    }
    case 'BUILDQ':
      return safe6(() => r.pick([`${n(26100, 26200)}.${n(1000, 4999)}`, `${n(24, 25)}${p2(n(1, 12))}${p2(n(1, 28))}`, `b${n(1000, 9999)}`]));
    case 'MODELQ': {
      let m = lastModel6;
      while (m === lastModel6) m = r.pick(['Sony WH-1000XM5', 'AirPods Pro 2', 'Jabra Evolve2 65', 'HyperX Cloud III', 'Blue Yeti X', 'Shure MV7+', 'Logitech H390', 'Sony WF-1000XM4', 'Rode NT-USB Mini', 'Razer Seiren Mini']);
      lastModel6 = m;
      return m;
    }
    case 'CLOCKQ': {
      const h = n(7, 21);
      const m = r.pick(['00', '15', '30', '45']);
      return r.pick({ en: [`${h > 12 ? h - 12 : h}:${m}${h >= 12 ? 'pm' : 'am'}`, `${h}:${m}`], ja: [`${h}:${m}`, `${h}時${m === '00' ? '' : m + '分'}`], ko: [`${h}:${m}`, `${h > 12 ? '오후 ' + (h - 12) : '오전 ' + h}시${m === '30' ? ' 반' : ''}`], ru: [`${h}:${m}`], vi: [`${h}h${m === '00' ? '' : m}`, `${h}:${m}`] }[lang]);
    }
    case 'MENTIONQ': {
      let w = r.pick(MENTION6[lang]);
      while (recentMentions6.includes(w)) w = r.pick(MENTION6[lang]);
      recentMentions6 = [w, ...recentMentions6].slice(0, 2);
      return w;
    }
    case 'TRACKQ':
      return safe6(() => r.pick({ en: [`${r.pick(['LX', 'RM', 'CP'])}${r.digits(9)}GB`, `1Z${key6(r, 6).toUpperCase()}${r.digits(8)}`], ja: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `${r.pick(['EJ', 'LX'])}${r.digits(9)}JP`], ko: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `${r.pick(['EE', 'RR'])}${r.digits(9)}KR`], ru: [`${r.pick(['RA', 'RB', 'LP'])}${r.digits(9)}RU`, `${n(10, 80)}${r.digits(12)}`], vi: [`GHN${key6(r, 6).toUpperCase()}`, `${r.pick(['EB', 'EG'])}${r.digits(9)}VN`, `SPXVN${r.digits(12)}`] }[lang]));
    case 'BANDQ':
      return `${n(5, 8)}.${r.pick(['0', '5'])}`;
    case 'FILEQ': {
      let f = lastFile6;
      while (f === lastFile6) f = r.pick(['cv_final_v2.pdf', 'invoice_1203.pdf', 'Unit 12 - listening.mp3', 'speaking_mock.m4a', 'timetable_Dec.xlsx', 'essay (2).docx', 'scan_20261203.png', 'vocab.apkg', 'flashcards.csv', 'lesson_plan.ai', 'story.mov', 'homework.zip', 'feedback.txt', 'slides_v3.key']);
      lastFile6 = f;
      return f;
    }
    case 'ISBNQ':
      return safe6(() => isbn6(r, lang));
    case 'PAGEQ':
      return r.pick({ en: [`p. ${n(12, 90)}`, `page ${n(10, 80)}`], ja: [`${n(12, 90)}ページ`, `p.${n(10, 40)}`], ko: [`${n(12, 90)}쪽`, `p.${n(10, 40)}`], ru: [`${n(12, 90)}-й страницы`, `${n(2, 12)}-го урока`], vi: [`trang ${n(12, 90)}`, `Unit ${n(1, 12)}`] }[lang]);
    case 'LASTFOURQ':
      return r.digits(4);
    case 'RECEIPTQ':
      return safe6(() => r.pick([`R-${n(10000, 99999)}`, `${n(100, 999)}-${n(100, 999)}`, `RC${n(1000, 9999)}`]));
    case 'ADDRQ':
      return r.pick({
        en: [`${n(2, 180)} Hollis Road, Leeds LS${n(1, 9)} ${n(1, 9)}AB`, `${n(2, 90)} King Street, 2nd floor`, `Unit ${n(2, 12)}, Riverside Business Park`],
        ja: [`東京都渋谷区神南${n(1, 2)}-${n(1, 20)}-${n(1, 9)} ${n(2, 8)}階`, `大阪市北区梅田${n(1, 3)}-${n(1, 9)}-${n(1, 20)}`, `札幌市中央区北${n(1, 5)}条西${n(1, 9)}丁目`],
        ko: [`서울시 마포구 양화로 ${n(10, 180)}, ${n(2, 9)}층`, `부산시 해운대구 센텀중앙로 ${n(10, 99)}`, `대전시 유성구 대학로 ${n(10, 300)}`],
        ru: [`ул. Пушкина, д. ${n(2, 60)}, офис ${n(101, 420)}`, `пр. Мира, ${n(10, 120)}, 3 этаж`, `Невский пр., д. ${n(2, 150)}`],
        vi: [`${n(12, 300)} Nguyễn Trãi, Q.${n(1, 12)}, TP.HCM`, `${n(2, 99)} Trần Duy Hưng, Cầu Giấy, Hà Nội`, `tầng ${n(2, 9)}, toà nhà Sky, Q. Hải Châu, Đà Nẵng`],
      }[lang]);
    case 'MATHQ':
      return r.pick(['2x − 7 = 15, so x = 11', 'x² + 6x + 9 = 0 → x = −3', '3/4 + 5/6 = 19/12', '12% of 850 = 102', '(a + b)² = a² + 2ab + b²', '√196 = 14', '7! = 5040', 'y = 3x − 2, slope 3, intercept −2']);
    case 'CODEQ':
      return r.pick(['WINTER26', 'BF50', 'BLACKFRIDAY', 'NEWSTUDENT', 'XMAS-2026', 'STUDY4LESS']);
    case 'CITYQ':
      return r.pick({ en: ['Tokyo', 'Seoul', 'Osaka', 'Busan'], ja: ['ロンドン', 'シドニー', 'バンクーバー', 'ダブリン'], ko: ['런던', '시드니', '토론토', '오클랜드'], ru: ['Новосибирске', 'Иркутске', 'Екатеринбурге', 'Калининграде'], vi: ['Melbourne', 'Seoul', 'Tokyo', 'Berlin'] }[lang]);
    case 'ORDERQ':
      return safe6(() => r.pick([`#A${n(10000, 99999)}`, `ORD-${n(100, 999)}-${key6(r, 4).toUpperCase()}`, `2026-${n(1000, 9999)}`]));
    case 'PERCENTQ':
      return `${n(20, 80)}%`;
    case 'CUTOFFQ':
      return String(n(55, 85));
    case 'MARKQ':
      return `${n(5, 9)},${r.pick(['0', '25', '5', '75'])}`;
    case 'TNUMQ':
      return safe6(() => `T${n(1, 9)}${r.digits(12)}`);
    case 'RRNFRONTQ': {
      const y = n(70, 99);
      const m = n(1, 12);
      return `${y}${p2(m)}${p2(n(1, 28))}`;
    }
    case 'BIGVNDQ':
      return safe6(() => r.pick([`${n(1, 2)}.${r.pick(['200', '500', '000'])}.000.000đ`, `${n(1, 2)}.${r.pick(['200', '500', '000'])}.000.000 VND`]), false);
    default:
      return null;
  }
}
