/**
 * Fourth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"` (they replaced the third blind set of 3 December,
 * templates-blind3.ts) until the fifth blind set of the same day (templates-blind5.ts) replaced them; they
 * are development lines now.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages:
 * automatic replies, profile texts, complaints that the platform removed a message, filled-in forms,
 * dictated (speech-to-text) messages, numbers passed on for a relative, corrections of an old number,
 * postscripts, pinned notes, refund requests, signature lines with separators, entities in code marks, at
 * the very start of a message, run into particles, and Vietnamese typed without diacritics. Messengers are
 * named by fillers of their own in each language and script (apps reached by a handle, by an @handle or by
 * a phone number). Its own entity generators (`blind4Entity`: about 85 % of the emails, phone numbers,
 * handles, cards, IP addresses and IBANs, and all the other entities; the rest from templates-blind3.ts):
 * phone numbers of Japan, Korea, Vietnam, Russia, the US, the UK and many EU countries, mobiles, landlines
 * and other services, in national and international written forms, kept only when libphonenumber-js says
 * both the number and its written form are valid; messenger links and group invites; websites with paths
 * and queries; bare domains of real top-level domains, internationalised ones included; Skype, Discord and
 * WeChat ids; cards of several networks and lengths (Luhn); IPv4 and IPv6 addresses; IBANs of many European
 * countries (mod 97); My Numbers and resident registration numbers with their check digits. Disguises stay
 * within the specification: full-width forms (whole, in part, with ideographic spaces and the long-vowel
 * dash), Cyrillic and Greek look-alikes, zero-width characters, digits apart by spaces, dots, dashes or
 * words (the spoken joiners of each language among them), digits spelled one by one in each language
 * (whole, by group, mixed with written or full-width groups), at and dot written out in each language and
 * several bracket styles, and emails and links split by spaces. Hard negatives (`blind4Filler`): the digits
 * of pi, unit prices written with an @, abbreviations with dots, populations and counts, ISBNs and barcodes
 * with their check digits, page ranges, lottery numbers, keyboard shortcuts, ratings, verse references,
 * hardware addresses, chess moves, invoice, exam and flight numbers, app versions and builds, race times,
 * temperatures, file sizes, dates written in kanji numerals, idioms and everyday words that are also digit
 * words, the at and dot words in their everyday senses, classmates @-mentioned, and messengers named with
 * no handle.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, type Lang, type Surface } from './entities.js';
import { blind3Entity } from './templates-blind3.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND4_POSITIVE: Record<Lang, string[]> = {
  en: [
    'Auto-reply: I am away until the 14th. Urgent questions about lessons → {EMAIL} or {PHONE}',
    "About me: CELTA, 8 years teaching teens. The app won't let me put it in my profile, so: {HAPP} {HANDLE}",
    'why did the app delete my message?? all I wrote was my email, {EMAIL}',
    'Name: Theo Palmer\nLevel: B1\nBest way to reach me: {PHONE}',
    '(voice typing, sorry if it comes out weird) my email is {EMAIL} and my cell is {PHONE}',
    'My brother teaches maths and asked me to pass on his number: {PHONE}. Tell him I sent you!',
    'not {PHONE}, that was my old one. use {PHONE} from now on',
    'P.S. the invite for the weekend conversation club: {LINKX}',
    '📌 pinned: all lesson recordings are now at {WEBX}',
    'Could you refund the cancelled lesson to my account instead? {IBAN}, name Ruby Hayes',
    'the {AAPP} account is {HANDLE@}, it is private so send a request first',
    'Skype → {SKYPEX} (I only use it for lessons with adults)',
    'gaming night with the students on Friday lol. Discord: {DISCX}',
    'WeChat ID {WXID}; my parents in Guangzhou use it too',
    'I put every worksheet on {BAREX}, no sign-up needed',
    "is it ok if I pay with this card? {CARD} I'll send the expiry date separately",
    'Zoom keeps kicking me out, can you whitelist my IP? {IP}',
    'Add me: {NAPP} {MOBILE}',
    '{EMAIL} ← my school email, please use that one for the certificate',
    "Hi! It's Isla from the Tuesday group. Mum wants to talk to you on {NAPP}, her number is {MOBILE}",
    'The Japanese payroll office needs my My Number: {MYNUM}. Please keep it private!',
    'For the Korean visa form I need my resident registration number (주민등록번호) — is this the right format? {RRN}',
    'Best,\nHazel Foster, CELTA\n{PHONE} | {EMAIL} | {BAREX}',
    'copy it exactly, the app breaks the formatting: `{EMAIL}`',
    'the old group chat is full, here is the new one: {LINKX}',
  ],
  ja: [
    '【自動返信】12月14日まで不在にしております。お急ぎの方は{EMAIL}または{PHONE}までご連絡ください。',
    'プロフィールに書けないのでここに書いておきます。{HAPP}→{HANDLE}',
    'なんでメッセージ消されたんだろう…メアド書いただけなのに。{EMAIL}',
    '氏名：石川 凜\nレベル：中級\n連絡先：{PHONE}',
    '（音声入力なので変だったらすみません）メールは{EMAIL}、電話は{PHONE}です',
    '兄も英語を教えていて、番号を渡してほしいと言われました→{PHONE}',
    '{PHONE}は古い番号でした！正しくは{PHONE}です',
    '追伸：週末の会話クラブの招待リンクです {LINKX}',
    '📌録画はすべて{WEBX}に置いてあります',
    'キャンセル分はこちらの口座に返金していただけますか？{IBAN}（名義 AOKI RIN）',
    '{AAPP}は{HANDLE@}です。鍵アカなのでリクエストください',
    'スカイプは「{SKYPEX}」です（大人の生徒さん専用）',
    '金曜は生徒たちとゲーム大会です笑 ディスコード：{DISCX}',
    'WeChatのIDは{WXID}です。中国の家族も使っています',
    '教材は全部{BAREX}に置きました。登録不要です',
    'このカードで払ってもいいですか？{CARD}　有効期限は別で送ります',
    'Zoomにつながらないので、このIPを許可してもらえますか：{IP}',
    '{NAPP}で追加してください！{MOBILE}',
    '{EMAIL}←学校のメアドです。修了証はこちらに送ってください',
    '火曜クラスの前田です。母が{NAPP}で先生とお話ししたいそうなので番号を送ります：{MOBILE}',
    '年末調整でマイナンバーが必要とのことなので…{MYNUM}です。取り扱いにはご注意ください',
    '前田 蒼\n――――\n{PHONE}｜{EMAIL}｜{BAREX}',
    'LINEのIDは{HANDLE}です！見つからなかったら電話番号{MOBILE}で検索してください',
    '新しいグループはこちら→{LINKX}（前のは満員になりました）',
  ],
  ko: [
    '[자동응답] 12월 14일까지 부재중입니다. 급한 일은 {EMAIL} 또는 {PHONE}로 연락 주세요',
    '프로필에는 못 적게 되어 있어서 여기 남겨요. {HAPP} {HANDLE}',
    '메일 주소 하나 적었다고 메시지가 지워졌어요ㅠ {EMAIL}',
    '이름: 한서아\n레벨: 중급\n연락처: {PHONE}',
    '(음성 입력이라 이상해도 이해해 주세요) 메일은 {EMAIL}, 전화는 {PHONE}입니다',
    '오빠도 영어 가르치는데 번호 전해 달래요 → {PHONE}',
    '{PHONE}은 예전 번호예요! 지금은 {PHONE}입니다',
    'P.S. 주말 회화 모임 초대 링크예요 {LINKX}',
    '📌 녹화본은 전부 {WEBX}에 올려 뒀어요',
    '취소된 수업료는 이 계좌로 환불해 주실 수 있나요? {IBAN} (예금주 SEO HAEUN)',
    '{AAPP} 계정은 {HANDLE@}예요. 비공개라 팔로우 요청 먼저 보내 주세요',
    '스카이프는 {SKYPEX}예요 (성인반 전용)',
    '금요일에 애들이랑 게임해요ㅋㅋ 디스코드 {DISCX}',
    '위챗 ID는 {WXID}예요, 중국에 있는 가족도 써요',
    '자료는 다 {BAREX}에 있어요. 가입 안 해도 돼요',
    '이 카드로 결제해도 될까요? {CARD} 유효기간은 따로 보낼게요',
    '줌이 자꾸 끊겨서요, 제 IP 허용해 주실 수 있나요? {IP}',
    '{NAPP}에서 추가해 주세요! {MOBILE}',
    '{EMAIL} ← 학교 메일이에요. 수료증은 여기로 보내 주세요',
    '화요일 반 서준이 엄마예요. {NAPP}에서 선생님이랑 통화하고 싶어서 번호 남겨요: {MOBILE}',
    '연말정산용으로 주민등록번호 보내요: {RRN} 확인하시면 지워 주세요',
    '권도현 드림\n—\n{PHONE} · {EMAIL} · {BAREX}',
    '학원 등록 신청서\n성명: 송예은\n주민번호: {RRN}\n연락처: {PHONE}',
    '카톡 아이디 {HANDLE}로 검색해 보세요! 안 나오면 {MOBILE}로 추가하시면 돼요',
    '새 단톡방 여기요 → {LINKX} (전에 거는 꽉 찼어요)',
  ],
  ru: [
    'Автоответ: до 14 декабря меня не будет. Срочные вопросы — на {EMAIL} или по телефону {PHONE}',
    'В профиле контакты писать нельзя, поэтому тут: {HAPP} {HANDLE}',
    'Почему удалили сообщение? Я же только почту написал: {EMAIL}',
    'ФИО: Орлова Полина\nУровень: B2\nКонтакт: {PHONE}',
    '(надиктовала голосом, извините, если криво) почта {EMAIL}, телефон {PHONE}',
    'Брат тоже репетитор, просил передать его номер: {PHONE}',
    'Не {PHONE}, это старый. Правильный — {PHONE}',
    'P.S. ссылка-приглашение в разговорный клуб: {LINKX}',
    '📌 Все записи уроков теперь тут: {WEBX}',
    'Верните, пожалуйста, деньги за отменённый урок на счёт {IBAN} (получатель Белов Артём)',
    '{AAPP}: {HANDLE@}, аккаунт закрытый, кидайте запрос',
    'Скайп — {SKYPEX} (только для взрослых учеников)',
    'В пятницу играем с учениками 😄 Дискорд: {DISCX}',
    'Вичат: {WXID}, родители в Китае тоже им пользуются',
    'Все материалы выложил на {BAREX}, регистрация не нужна',
    'Можно оплатить этой картой? {CARD} Срок действия пришлю отдельно',
    'Зум не пускает, добавьте мой IP в белый список: {IP}',
    'Добавляйтесь в {NAPP}: {MOBILE}',
    '{EMAIL} — это учебная почта, сертификат лучше туда',
    'Здравствуйте, это мама Глеба из вторничной группы. Мой {NAPP}: {MOBILE}, напишите, когда удобно',
    'С уважением,\nЯна Сорокина\n{PHONE} | {EMAIL} | {BAREX}',
    'Если в Телеграме не найдёте {HANDLE@}, ищите по номеру {MOBILE}',
    'Сервер для домашки: {IP}, а сайт курса — {WEBX}',
    'Новая группа, старая переполнена: {LINKX}',
  ],
  vi: [
    '[Tự động trả lời] Cô nghỉ tới 14/12. Việc gấp liên hệ {EMAIL} hoặc {PHONE} nhé',
    'Trang cá nhân không cho ghi nên em để ở đây: {HAPP} {HANDLE}',
    'Sao tin nhắn của em bị xoá vậy, em chỉ ghi mail thôi mà: {EMAIL}',
    'Họ tên: Trương Bảo Vy\nTrình độ: B1\nLiên hệ: {PHONE}',
    '(em nói bằng giọng nói nên có sai thì cô thông cảm) mail em là {EMAIL}, sđt {PHONE} ạ',
    'Anh trai em cũng dạy tiếng Anh, nhờ em gửi số của anh ấy: {PHONE}',
    '{PHONE} là số cũ rồi ạ, số đúng là {PHONE}',
    'Tái bút: link mời vào CLB nói tiếng Anh cuối tuần {LINKX}',
    '📌 Video các buổi học cô để hết ở {WEBX}',
    'Buổi bị huỷ cô hoàn tiền vào tài khoản này giúp em nha: {IBAN} (tên LY NGAN)',
    '{AAPP} của em là {HANDLE@}, tài khoản riêng tư nên cô gửi yêu cầu trước nha',
    'Skype của thầy: {SKYPEX} (chỉ dùng cho lớp người lớn)',
    'Thứ Sáu chơi game với cả lớp nè 😆 Discord: {DISCX}',
    'WeChat ID {WXID}, nhà em bên Quảng Châu cũng dùng',
    'Tài liệu cô để hết trên {BAREX}, không cần đăng ký',
    'Em trả bằng thẻ này được không cô? {CARD} hạn dùng em gửi sau',
    'Zoom không vào được, thầy cho IP này vào danh sách trắng giúp em: {IP}',
    'Kết bạn {NAPP} với em nha: {MOBILE}',
    '{EMAIL} là mail trường em, chứng chỉ cô gửi vào đây giúp em',
    'Em là mẹ bé Khang lớp thứ Ba. Cô nhắn {NAPP} cho em qua số {MOBILE} nhé',
    'Thân,\nĐinh Phúc\n{PHONE} | {EMAIL} | {BAREX}',
    'sdt cua e la {PHONE}, co goi sau 8h toi nha',
    'Zalo em tên Bảo Vy, tìm không ra thì cô thêm bằng số {MOBILE} nha',
    'Nhóm cũ đầy rồi, vào nhóm mới nha mọi người: {LINKX}',
  ],
};

export const BLIND4_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Quick check for my maths homework: pi is {PIX}, right? I always mix up the last digits, and the test is on {WEEKDAYX}',
    'Notebooks are {UNITATX} at the campus shop, cheaper than online',
    'Speaking test is {WEEKDAYX} at {CLOCKX} in Room B (i.e. the one next to the library), so bring your I.D., pencils etc.',
    '{MENTIONX} said the listening part was {SCOREX}, but {MENTIONX} thinks it was harder than last year lol',
    "My Instagram is private and I don't add students there, sorry! Let's keep it to this chat, {WEEKDAYX} at {CLOCKX}?",
    'For my essay: Tokyo has about {POPX} people and Seoul about {POPX}. Are those numbers right?',
    'Reading for next week: ISBN {ISBNX}, {PAGESX}',
    'My numbers for the lottery this week: {LOTTOX} 🤞 if I win, lessons are on me',
    'To type the accents on Windows use {KEYSX}',
    'Rated {RATINGX} by {COUNTX} students, thank you all so much!!',
    'The verse we talked about is {VERSEX}, and the poem is on {PAGESX}',
    'The barcode on the back of the workbook is {EANX}, in case the shop asks',
    "Router says MAC {MACX} and it still won't join the classroom wifi",
    'Chess club recap: {CHESSX}… and I resigned on move {NUMX} 😭',
    'Invoice {INVOICEX} is due {DATEX}, total {MONEYX}',
    'Flight {FLIGHTX} lands at {CLOCKX}, seat {SEATX}. I might be a bit late',
    'Updating to {VERX} fixed the echo (build {BUILDX})',
    'She ran the 100 m in {RUNX} at sports day, her best time ever',
    'It is {TEMPX} with {PCTX} humidity, so no lesson in the park today',
    'Meet at the café at the station? Dot, my sister, is coming too. The recording is {FILEX} ({SIZEX})',
  ],
  ja: [
    '今日は{KANJIDATEX}。七五三の写真を撮りに行ってきました',
    '四六時中勉強しているのに模試は{SCOREX}でした…一石二鳥の勉強法ってないですか？次の模試は{DATEX}です',
    'ノートを単価{UNITATX}で{NUMX}冊注文しました',
    'インスタは鍵アカなので、生徒さんとはここでやりとりさせてください。次回は{WEEKDAYX}の{CLOCKX}で',
    '{MENTIONX}さんが円周率を{PIX}まで覚えたそうです笑',
    '教材のJANコードは{EANX}です。書店で聞いてみてください',
    '受験番号は{EXAMNOX}、会場は{ROOMX}でした',
    'アットホームな教室です。水玉（ドット）柄のカーテンが目印！{WEEKDAYX}の{CLOCKX}にお待ちしています',
    '請求書番号{INVOICEX}、お支払期限は{DATEX}、金額は{MONEYX}です',
    '新幹線の{SEATX}に座っています。{CLOCKX}には着きます',
    'アプリを{VERX}にしたら音が戻りました（ビルド{BUILDX}）',
    '本日の気温{TEMPX}、湿度{PCTX}。今日はオンラインにしましょう',
    'ISBN {ISBNX}、{PAGESX}を予習してきてください',
    '宝くじの番号は{LOTTOX}です。当たったら授業料おごります笑',
    'アクセント記号のショートカットは{KEYSX}です。一覧は{PAGESX}に載っています',
    '評価{RATINGX}（{COUNTX}件）ありがとうございます！',
    '「いち、に、さん」は漢字で一、二、三です。宿題は{PAGESX}です',
    'ディスコードは入れてないんです、ごめんなさい。LINEも親の許可が必要で…{WEEKDAYX}もここでお願いします',
    'ファイル名は{FILEX}、容量は{SIZEX}です',
    '人口は東京が約{POPX}人、大阪が約{POPX}人で合っていますか？',
  ],
  ko: [
    '일이 많아서 오늘은 수업 못 할 것 같아요. {WEEKDAYX} {CLOCKX} 괜찮으세요?',
    '삼일절이라 학원 쉬어요. 다음 수업은 {DATEX} 예정이에요',
    '점심 먹고 {CLOCKX}에 봬요. 지난번에는 {SCOREX} 받았어요',
    '인스타는 비공개라서 학생들은 안 받아요ㅠ 여기서만 연락해요. {WEEKDAYX}에 봐요',
    '{MENTIONX} 님이랑 {MENTIONX} 님 말하기 {SCOREX} 받았대요!',
    '교재 바코드 {EANX} 이걸로 주문하시면 돼요',
    '수험번호 {EXAMNOX}, 고사장은 {ROOMX}입니다',
    '청구서 {INVOICEX}, 납부 기한 {DATEX}, 금액 {MONEYX}',
    'KTX {SEATX}에 앉아 있어요. {CLOCKX}쯤 도착해요',
    '앱을 {VERX}로 업데이트했더니 소리가 나와요 (빌드 {BUILDX})',
    '오늘 기온 {TEMPX}, 습도 {PCTX}라서 온라인으로 해요',
    'ISBN {ISBNX}, {PAGESX} 예습해 오세요',
    '이번 주 로또 번호 {LOTTOX} 당첨되면 수업료 제가 낼게요ㅋㅋ',
    '악센트 단축키: {KEYSX}',
    '별점 {RATINGX}, 후기 {COUNTX}개 감사합니다!',
    '원주율을 {PIX}까지 외웠어요ㅋㅋ {MENTIONX} 님은 더 길게 외웠대요',
    '닷새 동안 매일 단어 {NUMX}개씩 외우기! 어제는 골뱅이무침 먹으면서 외웠어요ㅋㅋ',
    '파일 이름은 {FILEX}, 용량은 {SIZEX}예요',
    '카톡은 안 해요, 부모님이 폰 검사하셔서요. 다음 수업 {DATEX} 맞죠?',
    '서울 인구가 {POPX}명쯤 맞나요? 에세이에 쓰려고요',
  ],
  ru: [
    'Проверьте, пожалуйста: число пи — это {PIX}? Вечно путаю последние цифры',
    'В Москве примерно {POPX} жителей, в Питере {POPX} — в сочинении так и писать?',
    'Собака правда съела мою тетрадь 😅 Сдам в {WEEKDAYX} к {CLOCKX}',
    'Инстаграм у меня закрытый, учеников туда не добавляю. Давайте тут: в {WEEKDAYX} в {CLOCKX}?',
    '{MENTIONX} и {MENTIONX} написали аудирование на {SCOREX}!',
    'Штрихкод учебника {EANX}, если в магазине спросят',
    'Счёт-фактура {INVOICEX}, оплатить до {DATEX}, сумма {MONEYX}',
    'Еду в поезде, место {SEATX}, буду к {CLOCKX}',
    'Обновил приложение до {VERX}, сборка {BUILDX} — эхо пропало',
    'Один-два раза в неделю по {NUMX} мин. — так нормально?',
    'На улице {TEMPX}, влажность {PCTX}, так что урок не в парке',
    'ISBN {ISBNX}, читаем {PAGESX}',
    'Мои номера в лотерее: {LOTTOX} 🤞',
    'Ударения в ворде ставлю так: {KEYSX}, вся инструкция на {PAGESX}',
    'Рейтинг {RATINGX}, отзывов {COUNTX} — спасибо всем!',
    'Разбор партии: {CHESSX}… сдался на {NUMX}-м ходу 😭',
    'MAC-адрес роутера {MACX}, а к школьному вайфаю всё равно не подключается',
    'Рейс {FLIGHTX}, прилёт в {CLOCKX}, могу немного опоздать',
    'С моей точки зрения, стометровка за {RUNX} — это отлично',
    'Файл {FILEX}, весит {SIZEX}',
  ],
  vi: [
    'Ba mẹ cho em học thêm {NUMX} buổi nữa, năm nay em thi {EXAMX}',
    'Em không có Zalo ạ, ba mẹ không cho dùng. Mình học trên đây nha cô, {WEEKDAYX} lúc {CLOCKX}',
    'Một hai ba dô! Lớp mình đậu {PCTX} rồi 🎉',
    'Insta của em để riêng tư, em không kết bạn với học viên ạ. Hẹn cô {WEEKDAYX} nha',
    '{MENTIONX} với {MENTIONX} thi nghe được {SCOREX} luôn!',
    'Mã vạch sách: {EANX}, cô đưa nhà sách xem là có',
    'Hoá đơn {INVOICEX}, hạn thanh toán {DATEX}, tổng cộng {MONEYX}',
    'Chuyến bay {FLIGHTX}, ghế {SEATX}, hạ cánh lúc {CLOCKX}',
    'Cập nhật app lên {VERX} là hết bị vọng tiếng (bản dựng {BUILDX})',
    'Hôm nay {TEMPX}, độ ẩm {PCTX}, nên học online thôi',
    'ISBN {ISBNX}, đọc trước {PAGESX} nha',
    'Số vé số của em: {LOTTOX}, trúng là em bao cả lớp 😆',
    'Phím tắt gõ dấu trên máy: {KEYSX}',
    'Đánh giá {RATINGX} từ {COUNTX} học viên, cảm ơn mọi người!',
    'Số pi em thuộc tới {PIX} rồi nè',
    'Cô chấm xong {NUMX} bài rồi, còn lại mai cô chấm tiếp nha',
    'Em sinh năm {YEARX}, năm nay thi vào lớp 10 ạ',
    'Dân số Hà Nội khoảng {POPX} người đúng không cô?',
    'File {FILEX} nặng {SIZEX} nên gửi lâu',
    'Lớp mình mặc áo chấm bi đi chụp kỷ yếu, hẹn {CLOCKX} {WEEKDAYX} nha',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const cjk = (lang: Lang) => lang === 'ja' || lang === 'ko';
const KEYCHARS = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key4 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEYCHARS)).join('');
const hex4 = (r: Rng, n: number) => [...Array(n)].map(() => '0123456789abcdef'[r.int(0, 15)]).join('');
const ZW_RE = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Cuts a string into groups of the given sizes (the rest, if any, in one more group). */
function chunks(s: string, sizes: number[]): string[] {
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
const grp = (s: string, sizes: number[], sep: string) => chunks(s, sizes).join(sep);

/** Full width on the characters that match only. */
function fwOnly(s: string, which: RegExp): string {
  return [...s].map((c) => (which.test(c) ? fullWidth(c) : c)).join('');
}

/** Zero-width characters put between characters (never before the first or after the last). */
function zwInside(r: Rng, s: string, lo: number, hi: number, where?: RegExp): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  const slots: number[] = [];
  for (let i = 1; i < chars.length; i++) if (!where || where.test(chars[i - 1])) slots.push(i);
  if (slots.length === 0) for (let i = 1; i < chars.length; i++) slots.push(i);
  const n = Math.min(r.int(lo, hi), slots.length);
  const at = new Set<number>();
  while (at.size < n) at.add(r.pick(slots));
  const one = r.chance(0.5) ? r.pick(ZW) : null;
  return chars.map((c, i) => (at.has(i) ? (one ?? r.pick(ZW)) : '') + c).join('');
}

/** Cyrillic and Greek letters that look like Latin ones. */
const LOOK4: Record<string, string[]> = {
  a: ['а', 'α'],
  b: ['Ь'],
  c: ['с', 'ϲ'],
  d: ['ԁ'],
  e: ['е'],
  h: ['һ'],
  i: ['і'],
  j: ['ј'],
  k: ['κ'],
  n: ['п'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  t: ['т'],
  u: ['υ'],
  v: ['ν'],
  w: ['ѡ'],
  x: ['х', 'χ'],
  y: ['у', 'γ'],
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
  Y: ['Υ', 'Ү'],
  Z: ['Ζ'],
};
// Only the close look-alikes: the rougher ones (Ь for b, п for n, т for t, ѡ for w, γ for y) are left out.
const ROUGH = new Set(['Ь', 'п', 'т', 'ѡ', 'γ']);

/** Swaps one to max letters (code points within [from, to)) for look-alikes; n is how many were swapped. */
function lookalike(r: Rng, s: string, from = 0, to = Infinity, max = 2): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < Math.min(to, chars.length); i++) if (LOOK4[chars[i]]?.some((c) => !ROUGH.has(c))) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  const n = r.int(1, Math.min(max, idx.length));
  const done = new Set<number>();
  while (done.size < n) done.add(r.pick(idx));
  for (const i of done) chars[i] = r.pick(LOOK4[chars[i]].filter((c) => !ROUGH.has(c)));
  return { text: chars.join(''), n };
}

// ---- names -------------------------------------------------------------------------------------

const NAMES4: Record<Lang, { g: string[]; f: string[]; tag: string[] }> = {
  en: { g: ['noah', 'isla', 'leo', 'ruby', 'arthur', 'ivy', 'finn', 'hazel', 'oscar', 'willow', 'theo', 'clara'], f: ['bennett', 'hughes', 'foster', 'barker', 'palmer', 'hayes', 'lloyd', 'gray', 'fisher', 'mason'], tag: ['tutor', 'speaks', 'grammar', 'ielts', 'teach'] },
  ja: { g: ['souta', 'rin', 'hinata', 'koharu', 'itsuki', 'mio', 'yamato', 'akari', 'aoi', 'tsumugi'], f: ['ishikawa', 'maeda', 'fujita', 'ogawa', 'okada', 'hasegawa', 'ishii', 'kondo', 'endo', 'aoki'], tag: ['eigo', 'sensei', 'kaiwa', 'toeic', 'study'] },
  ko: { g: ['jiho', 'seoa', 'eunwoo', 'haeun', 'siwoo', 'chaewon', 'junseo', 'yeeun', 'dohyeon', 'subin'], f: ['han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'song', 'jeon', 'baek', 'nam'], tag: ['ssaem', 'study', 'toeic', 'eng', 'gwaoe'] },
  ru: { g: ['artem', 'polina', 'kirill', 'alisa', 'matvey', 'vera', 'timur', 'sofia', 'gleb', 'yana'], f: ['belov', 'orlova', 'volkov', 'zhukova', 'egorov', 'fedorova', 'nikitin', 'pavlova', 'tarasov', 'sorokina'], tag: ['teacher', 'english', 'ege', 'prepod', 'lingvo'] },
  vi: { g: ['bao', 'vy', 'khang', 'ngan', 'phuc', 'tram', 'dat', 'quynh', 'long', 'yen'], f: ['truong', 'dinh', 'duong', 'cao', 'phan', 'trinh', 'lam', 'ha', 'kieu', 'ly'], tag: ['ielts', 'english', 'hocvui', 'tienganh', 'teacher'] },
};

/** A messenger handle of letters, digits, underscores and dots, at least five characters, never ending in a dot and letters. */
function handle4(r: Rng, lang: Lang, atStyle = false): string {
  const { g, f, tag } = NAMES4[lang];
  const a = r.pick(g);
  const b = r.pick(f);
  const yy = p2(r.int(0, 99));
  let h: string;
  switch (r.int(0, 9)) {
    case 0:
      h = `${a}_${b}${yy}`;
      break;
    case 1:
      h = `${a}.${b[0]}${r.int(10, 99)}`;
      break;
    case 2:
      h = `its${a}${r.int(1, 9)}`;
      break;
    case 3:
      h = `${a}x${b}`;
      break;
    case 4:
      h = `${r.pick(tag)}_${a}`;
      break;
    case 5:
      h = `${cap(a)}${cap(b)}${r.int(1, 99)}`;
      break;
    case 6:
      h = `${a}${r.int(1995, 2011)}`;
      break;
    case 7:
      h = `${b}.${a}_${r.int(1, 9)}`;
      break;
    case 8:
      h = `x${a}_${b}x`;
      break;
    default:
      h = `${a}_${r.pick(tag)}_${b[0]}`;
  }
  if (atStyle) h = h.replace(/\./g, '_');
  while (h.replace(/[^a-z0-9]/gi, '').length < 5) h += String(r.int(0, 9));
  return h;
}

// ---- at and dot words --------------------------------------------------------------------------

const ATDOT4: Record<Lang, [string, string][]> = {
  en: [[' at ', ' dot '], [' (at) ', ' (dot) '], ['[at]', '[dot]'], [' [at] ', ' [dot] '], [' AT ', ' DOT '], ['(at)', '(dot)'], [' at ', ' . ']],
  ja: [['アット', 'ドット'], [' アット ', ' ドット '], ['あっと', 'どっと'], ['アットマーク', 'ドット'], ['（アット）', '（ドット）'], ['[at]', '[dot]'], ['アット', '．']],
  ko: [['앳', '점'], [' 앳 ', ' 점 '], ['골뱅이', '닷'], ['골뱅이', '점'], ['(앳)', '(점)'], [' 골뱅이 ', ' 쩜 '], ['(at)', '(dot)']],
  ru: [[' собака ', ' точка '], [' (собака) ', ' (точка) '], ['[собака]', '[точка]'], [' собачка ', ' точка '], [' СОБАКА ', ' ТОЧКА '], ['(собака)', '(точка)'], [' (at) ', ' (dot) ']],
  vi: [[' a còng ', ' chấm '], [' (a còng) ', ' (chấm) '], [' a cong ', ' cham '], [' a móc ', ' chấm '], ['[a còng]', '[chấm]'], [' A còng ', ' Chấm '], [' (at) ', ' (dot) ']],
};

/** At and dot words for the host of a link or an IP: those of the language, a few English ones. */
const DOTW4: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', '[dot]', ' DOT ', ' [dot] '],
  ja: ['ドット', ' ドット ', 'どっと', '（ドット）', ' dot '],
  ko: ['점', ' 점 ', '닷', ' 닷 ', '(점)', ' dot '],
  ru: [' точка ', ' (точка) ', '[точка]', ' ТОЧКА ', ' dot '],
  vi: [' chấm ', ' (chấm) ', ' cham ', '[chấm]', ' dot '],
};

// ---- emails ------------------------------------------------------------------------------------

const DOMAINS4: Record<Lang, string[]> = {
  en: ['gmail.com', 'yahoo.co.uk', 'fastmail.com', 'zoho.com', 'me.com', 'btinternet.com', 'web.de', 'libero.it', 'hey.com', 'tutanota.com', 'ed.ac.uk', 'outlook.com'],
  ja: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'outlook.jp', 'nifty.com', 'biglobe.ne.jp', 'ocn.ne.jp', 'keio.jp', 'icloud.com'],
  ko: ['naver.com', 'daum.net', 'kakao.com', 'gmail.com', 'hotmail.com', 'snu.ac.kr', 'nate.com', 'korea.ac.kr'],
  ru: ['yandex.ru', 'mail.ru', 'inbox.ru', 'gmail.com', 'ya.ru', 'internet.ru', 'spbu.ru', 'rambler.ru', 'mail.ua'],
  vi: ['gmail.com', 'yahoo.com.vn', 'hotmail.com', 'vnpt.vn', 'ueh.edu.vn', 'hust.edu.vn', 'outlook.com', 'fpt.edu.vn'],
};

function address4(r: Rng, lang: Lang): { local: string; domain: string } {
  const { g, f, tag } = NAMES4[lang];
  const a = r.pick(g);
  const b = r.pick(f);
  const local = r.pick([`${a}.${b}`, `${a}${b[0]}${p2(r.int(0, 99))}`, `${b}_${a}`, `${a}-${b}-${r.int(1, 99)}`, `${a}${r.int(1990, 2012)}`, `${a[0]}${b}`, `${r.pick(tag)}.${a}`, `${a}+lessons`, `${cap(a)}${cap(b)}`, `${a}_${r.int(100, 999)}`, `${a}.${b}.${r.pick(tag)}`]);
  return { local, domain: r.pick(DOMAINS4[lang]) };
}

function email4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { local, domain } = address4(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.1) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr, obfuscated: false };
  const labels = domain.split('.');
  const pair = () => (lang !== 'en' && r.chance(0.15) ? r.pick(ATDOT4.en) : r.pick(ATDOT4[lang]));
  const way = r.int(0, 11);
  if (way <= 2) {
    const [at, dot] = pair();
    return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at and dot words' };
  }
  if (way === 3) {
    // Every mark written out, the dots of the local part too.
    const [at, dot] = pair();
    if (local.includes('.')) return { text: `${local.split('.').join(dot)}${at}${labels.join(dot)}`, obfuscated: true, how: 'every mark written out' };
    return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at and dot words' };
  }
  if (way === 4) {
    const [at] = pair();
    return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word, dots kept' };
  }
  if (way === 5) {
    // Split by spaces: around the @, around the dots, or both.
    const k = r.int(0, 2);
    const around = (s: string) => ` ${s} `;
    const text = k === 0 ? `${local}${around('@')}${domain}` : k === 1 ? `${local}@${labels.join(around('.'))}` : `${local}${around('@')}${labels.join(around('.'))}`;
    return { text, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 6) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: fullWidth(local) + '＠' + domain, obfuscated: true, how: 'full-width local part and at sign' };
    return { text: local + fwOnly('@' + domain, /[@.]/), obfuscated: true, how: 'full-width marks' };
  }
  if (way === 7) {
    const inLocal = r.chance(0.5);
    const c = inLocal ? lookalike(r, local) : lookalike(r, labels[0]);
    if (c.n > 0) return { text: inLocal ? `${c.text}@${domain}` : `${local}@${c.text}${domain.slice(labels[0].length)}`, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 8) return { text: zwInside(r, addr, 2, 4), obfuscated: true, how: 'zero-width characters' };
  if (way === 9) {
    // A zero-width character on each side of the at sign, dots written out.
    const [, dot] = pair();
    const z = r.pick(ZW);
    return { text: `${local}${z}@${z}${labels.join(dot)}`, obfuscated: true, how: 'zero-width around the at sign and dot words' };
  }
  if (way === 10 && cjk(lang)) {
    // Typed with the IME on: full-width letters and the words of the language.
    const [at, dot] = pair();
    return { text: `${fullWidth(local)}${at}${labels.map(fullWidth).join(dot)}`, obfuscated: true, how: 'full-width with at and dot words' };
  }
  // Look-alikes in the provider name and an at word.
  const [at, dot] = pair();
  const c = lookalike(r, labels[0], 0, Infinity, 1);
  return { text: `${local}${at}${[c.text, ...labels.slice(1)].join(r.chance(0.5) ? dot : '.')}`, obfuscated: true, how: c.n ? 'look-alikes and at word' : 'at word' };
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape4 {
  region: CountryCode;
  cc: string;
  /** Trunk prefix written before the national significant number ('' when none). */
  trunk: string;
  sig: (r: Rng) => string;
  /** National written forms, from the national digits (trunk included). */
  nat: ((n: string) => string)[];
  /** International written forms, from the significant number. */
  intl: ((s: string) => string)[];
  /** Groups of the national digits, for the disguises. */
  groups: (n: string) => number[];
  mobile: boolean;
}

const dg = (r: Rng, n: number) => r.digits(n);

const SHAPES4: Record<string, Shape4> = {
  JP_MOB: {
    region: 'JP', cc: '81', trunk: '0', mobile: true,
    sig: (r) => r.pick(['90', '80', '70']) + r.int(1, 9) + dg(r, 7),
    nat: [(n) => grp(n, [3, 4, 4], '-'), (n) => `${n.slice(0, 3)}(${n.slice(3, 7)})${n.slice(7)}`, (n) => grp(n, [3, 4, 4], ' '), (n) => n],
    intl: [(s) => `+81 ${grp(s, [2, 4, 4], ' ')}`, (s) => `+81-${grp(s, [2, 4, 4], '-')}`, (s) => `+81 (0)${grp(s, [2, 4, 4], '-')}`],
    groups: () => [3, 4, 4],
  },
  JP_LAND: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.5) ? r.pick(['3', '6']) + r.int(3, 6) + dg(r, 7) : r.pick(['52', '92', '22', '78', '11']) + r.int(2, 9) + dg(r, 6)),
    nat: [(n) => (/^0[36]/.test(n) ? grp(n, [2, 4, 4], '-') : grp(n, [3, 3, 4], '-')), (n) => (/^0[36]/.test(n) ? `${n.slice(0, 2)}(${n.slice(2, 6)})${n.slice(6)}` : `${n.slice(0, 3)}(${n.slice(3, 6)})${n.slice(6)}`)],
    intl: [(s) => `+81 ${/^[36]/.test(s) ? grp(s, [1, 4, 4], ' ') : grp(s, [2, 3, 4], ' ')}`],
    groups: (n) => (/^0[36]/.test(n) ? [2, 4, 4] : [3, 3, 4]),
  },
  JP_FREE: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => '120' + r.int(1, 9) + dg(r, 5),
    nat: [(n) => grp(n, [4, 3, 3], '-')],
    intl: [(s) => `+81 ${grp(s, [3, 3, 3], ' ')}`],
    groups: () => [4, 3, 3],
  },
  KR_MOB: {
    region: 'KR', cc: '82', trunk: '0', mobile: true,
    sig: (r) => '10' + r.int(2, 9) + dg(r, 7),
    nat: [(n) => grp(n, [3, 4, 4], '-'), (n) => grp(n, [3, 4, 4], ' '), (n) => grp(n, [3, 4, 4], '.'), (n) => n],
    intl: [(s) => `+82 ${grp(s, [2, 4, 4], ' ')}`, (s) => `+82-${grp(s, [2, 4, 4], '-')}`, (s) => `+82 (0)${grp(s, [2, 4, 4], '-')}`],
    groups: () => [3, 4, 4],
  },
  KR_LAND: {
    region: 'KR', cc: '82', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.4) ? '2' + r.int(2, 9) + dg(r, 7) : r.chance(0.5) ? r.pick(['31', '51', '62', '64']) + r.int(2, 9) + dg(r, 6) : '70' + r.int(2, 9) + dg(r, 7)),
    nat: [(n) => { const a = n.startsWith('02') ? 2 : 3; return `${n.slice(0, a)}-${grp(n.slice(a), [n.length - a - 4, 4], '-')}`; }, (n) => { const a = n.startsWith('02') ? 2 : 3; return `(${n.slice(0, a)}) ${grp(n.slice(a), [n.length - a - 4, 4], '-')}`; }],
    intl: [(s) => { const a = s.startsWith('2') ? 1 : 2; return `+82 ${s.slice(0, a)}-${grp(s.slice(a), [s.length - a - 4, 4], '-')}`; }],
    groups: (n) => { const a = n.startsWith('02') ? 2 : 3; return [a, n.length - a - 4, 4]; },
  },
  VN_MOB: {
    region: 'VN', cc: '84', trunk: '0', mobile: true,
    sig: (r) => r.pick(['32', '33', '35', '37', '39', '52', '58', '70', '77', '78', '79', '81', '82', '84', '85', '86', '89', '90', '91', '92', '93', '94', '96', '97', '98', '99']) + dg(r, 7),
    nat: [(n) => grp(n, [4, 3, 3], ' '), (n) => grp(n, [4, 3, 3], '.'), (n) => grp(n, [3, 3, 4], ' '), (n) => grp(n, [4, 3, 3], '-'), (n) => n, (n) => grp(n, [4, 6], ' ')],
    intl: [(s) => `+84 ${grp(s, [3, 3, 3], ' ')}`, (s) => `+84 ${grp(s, [2, 3, 4], ' ')}`, (s) => `+84${s}`, (s) => `(+84) ${grp(s, [3, 3, 3], '.')}`],
    groups: () => [4, 3, 3],
  },
  VN_LAND: {
    region: 'VN', cc: '84', trunk: '0', mobile: false,
    sig: (r) => r.pick(['24', '28']) + r.pick(['3', '6', '7']) + dg(r, 7),
    nat: [(n) => grp(n, [3, 4, 4], ' '), (n) => `(${n.slice(0, 3)}) ${grp(n.slice(3), [4, 4], '.')}`],
    intl: [(s) => `+84 ${grp(s, [2, 4, 4], ' ')}`],
    groups: () => [3, 4, 4],
  },
  RU_MOB: {
    region: 'RU', cc: '7', trunk: '8', mobile: true,
    sig: (r) => '9' + r.pick(['01', '02', '04', '08', '11', '13', '14', '18', '19', '22', '23', '24', '28', '29', '30', '36', '37', '38', '39', '51', '52', '60', '61', '62', '63', '64', '65', '67', '68', '80', '82', '83', '84', '86', '87', '88', '89', '91', '92', '93', '94', '95', '96', '97', '98']) + dg(r, 7),
    nat: [(n) => `8 ${n.slice(1, 4)} ${grp(n.slice(4), [3, 2, 2], ' ')}`, (n) => `8(${n.slice(1, 4)})${grp(n.slice(4), [3, 2, 2], '-')}`, (n) => `8-${grp(n.slice(1), [3, 3, 2, 2], '-')}`, (n) => n],
    intl: [(s) => `+7 (${s.slice(0, 3)}) ${grp(s.slice(3), [3, 2, 2], '-')}`, (s) => `+7 ${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+7 ${grp(s, [3, 3, 2, 2], ' ')}`, (s) => `+7-${grp(s, [3, 3, 2, 2], '-')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  RU_LAND: {
    region: 'RU', cc: '7', trunk: '8', mobile: false,
    sig: (r) => r.pick(['495', '499', '812', '843', '846', '861']) + r.int(2, 9) + dg(r, 6),
    nat: [(n) => `8 (${n.slice(1, 4)}) ${grp(n.slice(4), [3, 2, 2], '-')}`],
    intl: [(s) => `+7 (${s.slice(0, 3)}) ${grp(s.slice(3), [3, 2, 2], '-')}`, (s) => `+7 ${grp(s, [3, 3, 2, 2], '-')}`],
    groups: () => [1, 3, 3, 2, 2],
  },
  US: {
    region: 'US', cc: '1', trunk: '', mobile: true,
    sig: (r) => r.pick(['205', '212', '213', '262', '305', '312', '315', '319', '385', '415', '423', '503', '510', '512', '571', '617', '646', '702', '703', '754', '786', '801', '917', '941', '973']) + r.int(2, 9) + dg(r, 6),
    nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => grp(n, [3, 3, 4], '-'), (n) => grp(n, [3, 3, 4], '.'), (n) => grp(n, [3, 3, 4], ' ')],
    intl: [(s) => `+1 ${grp(s, [3, 3, 4], ' ')}`, (s) => `+1 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`, (s) => `+1-${grp(s, [3, 3, 4], '-')}`],
    groups: () => [3, 3, 4],
  },
  GB_MOB: {
    region: 'GB', cc: '44', trunk: '0', mobile: true,
    sig: (r) => '7' + r.pick(['4', '5', '7', '8', '9']) + dg(r, 8),
    nat: [(n) => grp(n, [5, 6], ' '), (n) => grp(n, [5, 3, 3], ' '), (n) => n],
    intl: [(s) => `+44 ${grp(s, [4, 6], ' ')}`, (s) => `+44 (0) ${grp(s, [4, 3, 3], ' ')}`, (s) => `+44${s}`],
    groups: () => [5, 3, 3],
  },
  GB_LAND: {
    region: 'GB', cc: '44', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.5) ? '20' + r.pick(['3', '7', '8']) + dg(r, 7) : r.pick(['121', '151', '141', '117', '118']) + r.int(2, 9) + dg(r, 6)),
    nat: [(n) => (n.startsWith('020') ? grp(n, [3, 4, 4], ' ') : grp(n, [4, 3, 4], ' '))],
    intl: [(s) => (s.startsWith('20') ? `+44 ${grp(s, [2, 4, 4], ' ')}` : `+44 ${grp(s, [3, 3, 4], ' ')}`)],
    groups: (n) => (n.startsWith('020') ? [3, 4, 4] : [4, 3, 4]),
  },
  DE_MOB: {
    region: 'DE', cc: '49', trunk: '0', mobile: true,
    sig: (r) => r.pick(['151', '152', '157', '160', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179']) + dg(r, r.chance(0.6) ? 7 : 8),
    nat: [(n) => `${n.slice(0, 4)} ${n.slice(4)}`, (n) => `${n.slice(0, 4)}/${n.slice(4)}`, (n) => `${n.slice(0, 4)} ${grp(n.slice(4), [3, 4], ' ')}`],
    intl: [(s) => `+49 ${s.slice(0, 3)} ${s.slice(3)}`, (s) => `+49 (0)${s.slice(0, 3)} ${s.slice(3)}`],
    groups: (n) => [4, 3, n.length - 7],
  },
  DE_LAND: {
    region: 'DE', cc: '49', trunk: '0', mobile: false,
    sig: (r) => r.pick(['30', '40', '89', '69']) + r.int(2, 9) + dg(r, 7),
    nat: [(n) => `${n.slice(0, 3)} ${n.slice(3)}`, (n) => `${n.slice(0, 3)}/${grp(n.slice(3), [4, 4], ' ')}`],
    intl: [(s) => `+49 ${s.slice(0, 2)} ${s.slice(2)}`],
    groups: () => [3, 4, 4],
  },
  FR: {
    region: 'FR', cc: '33', trunk: '0', mobile: true,
    sig: (r) => r.pick(['6', '7']) + dg(r, 8),
    nat: [(n) => grp(n, [2, 2, 2, 2, 2], ' '), (n) => grp(n, [2, 2, 2, 2, 2], '.'), (n) => grp(n, [2, 2, 2, 2, 2], '-')],
    intl: [(s) => `+33 ${s[0]} ${grp(s.slice(1), [2, 2, 2, 2], ' ')}`, (s) => `+33 (0)${s[0]} ${grp(s.slice(1), [2, 2, 2, 2], ' ')}`],
    groups: () => [2, 2, 2, 2, 2],
  },
  ES: {
    region: 'ES', cc: '34', trunk: '', mobile: true,
    sig: (r) => r.pick(['6', '7']) + dg(r, 8),
    nat: [(n) => grp(n, [3, 3, 3], ' '), (n) => grp(n, [3, 2, 2, 2], ' ')],
    intl: [(s) => `+34 ${grp(s, [3, 3, 3], ' ')}`, (s) => `+34 ${grp(s, [3, 2, 2, 2], ' ')}`],
    groups: () => [3, 3, 3],
  },
  IT: {
    region: 'IT', cc: '39', trunk: '', mobile: true,
    sig: (r) => '3' + r.pick(['20', '27', '29', '30', '33', '34', '35', '36', '38', '39', '40', '46', '47', '48', '49', '50', '51', '66', '77', '80', '88', '89', '92']) + dg(r, 7),
    nat: [(n) => grp(n, [3, 3, 4], ' '), (n) => `${n.slice(0, 3)} ${n.slice(3)}`],
    intl: [(s) => `+39 ${grp(s, [3, 3, 4], ' ')}`, (s) => `+39 ${s.slice(0, 3)} ${s.slice(3)}`],
    groups: () => [3, 3, 4],
  },
  NL: {
    region: 'NL', cc: '31', trunk: '0', mobile: true,
    sig: (r) => '6' + r.int(1, 5) + dg(r, 7),
    nat: [(n) => `${n.slice(0, 2)}-${n.slice(2)}`, (n) => `${n.slice(0, 2)} ${grp(n.slice(2), [2, 2, 2, 2], ' ')}`],
    intl: [(s) => `+31 6 ${s.slice(1)}`, (s) => `+31 6 ${grp(s.slice(1), [2, 2, 2, 2], ' ')}`],
    groups: () => [2, 4, 4],
  },
  BE: {
    region: 'BE', cc: '32', trunk: '0', mobile: true,
    sig: (r) => '4' + r.pick(['60', '65', '66', '67', '68', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '84', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95', '96', '97', '98', '99']) + dg(r, 6),
    nat: [(n) => `${n.slice(0, 4)} ${grp(n.slice(4), [2, 2, 2], ' ')}`, (n) => `${n.slice(0, 4)}/${grp(n.slice(4), [2, 2, 2], '.')}`],
    intl: [(s) => `+32 ${s.slice(0, 3)} ${grp(s.slice(3), [2, 2, 2], ' ')}`],
    groups: () => [4, 2, 2, 2],
  },
  PL: {
    region: 'PL', cc: '48', trunk: '', mobile: true,
    sig: (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + dg(r, 7),
    nat: [(n) => grp(n, [3, 3, 3], ' '), (n) => grp(n, [3, 3, 3], '-')],
    intl: [(s) => `+48 ${grp(s, [3, 3, 3], ' ')}`],
    groups: () => [3, 3, 3],
  },
  PT: {
    region: 'PT', cc: '351', trunk: '', mobile: true,
    sig: (r) => r.pick(['91', '92', '93', '96']) + dg(r, 7),
    nat: [(n) => grp(n, [3, 3, 3], ' ')],
    intl: [(s) => `+351 ${grp(s, [3, 3, 3], ' ')}`],
    groups: () => [3, 3, 3],
  },
  AT: {
    region: 'AT', cc: '43', trunk: '0', mobile: true,
    sig: (r) => r.pick(['650', '660', '664', '676', '677', '678', '680', '681', '688', '699']) + dg(r, 7),
    nat: [(n) => `${n.slice(0, 4)} ${n.slice(4)}`, (n) => `${n.slice(0, 4)}/${n.slice(4)}`],
    intl: [(s) => `+43 ${s.slice(0, 3)} ${s.slice(3)}`],
    groups: (n) => [4, 3, n.length - 7],
  },
  SE: {
    region: 'SE', cc: '46', trunk: '0', mobile: true,
    sig: (r) => r.pick(['70', '72', '73', '76', '79']) + dg(r, 7),
    nat: [(n) => `${n.slice(0, 3)}-${grp(n.slice(3), [3, 2, 2], ' ')}`],
    intl: [(s) => `+46 ${s.slice(0, 2)} ${grp(s.slice(2), [3, 2, 2], ' ')}`],
    groups: () => [3, 3, 2, 2],
  },
  IE: {
    region: 'IE', cc: '353', trunk: '0', mobile: true,
    sig: (r) => r.pick(['83', '85', '86', '87', '89']) + r.int(2, 9) + dg(r, 6),
    nat: [(n) => grp(n, [3, 3, 4], ' ')],
    intl: [(s) => `+353 ${grp(s, [2, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  CZ: {
    region: 'CZ', cc: '420', trunk: '', mobile: true,
    sig: (r) => r.pick(['601', '602', '603', '604', '605', '606', '607', '608', '720', '721', '722', '723', '724', '725', '728', '730', '731', '732', '733', '734', '736', '737', '739', '770', '773', '774', '775', '776', '777']) + dg(r, 6),
    nat: [(n) => grp(n, [3, 3, 3], ' ')],
    intl: [(s) => `+420 ${grp(s, [3, 3, 3], ' ')}`],
    groups: () => [3, 3, 3],
  },
  HU: {
    region: 'HU', cc: '36', trunk: '06', mobile: true,
    sig: (r) => r.pick(['20', '30', '70']) + dg(r, 7),
    nat: [(n) => `${n.slice(0, 2)} ${n.slice(2, 4)} ${grp(n.slice(4), [3, 4], ' ')}`],
    intl: [(s) => `+36 ${s.slice(0, 2)} ${grp(s.slice(2), [3, 4], ' ')}`],
    groups: () => [2, 2, 3, 4],
  },
  RO: {
    region: 'RO', cc: '40', trunk: '0', mobile: true,
    sig: (r) => '7' + r.pick(['2', '3', '4', '5', '6']) + r.int(0, 9) + dg(r, 6),
    nat: [(n) => grp(n, [4, 3, 3], ' ')],
    intl: [(s) => `+40 ${grp(s, [3, 3, 3], ' ')}`],
    groups: () => [4, 3, 3],
  },
  GR: {
    region: 'GR', cc: '30', trunk: '', mobile: true,
    sig: (r) => '69' + r.pick(['3', '4', '5', '7', '8', '9']) + dg(r, 7),
    nat: [(n) => grp(n, [3, 3, 4], ' ')],
    intl: [(s) => `+30 ${grp(s, [3, 3, 4], ' ')}`],
    groups: () => [3, 3, 4],
  },
  DK: {
    region: 'DK', cc: '45', trunk: '', mobile: true,
    sig: (r) => r.pick(['2', '3', '4', '5', '6']) + r.int(0, 9) + dg(r, 6),
    nat: [(n) => grp(n, [2, 2, 2, 2], ' ')],
    intl: [(s) => `+45 ${grp(s, [2, 2, 2, 2], ' ')}`],
    groups: () => [2, 2, 2, 2],
  },
};

const MIX4: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_LAND', 'DE_MOB', 'DE_LAND', 'FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'PT', 'AT', 'SE', 'IE', 'CZ', 'HU', 'RO', 'GR', 'DK', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_LAND', 'JP_LAND', 'JP_FREE', 'US', 'KR_MOB', 'GB_MOB', 'DE_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_LAND', 'KR_LAND', 'JP_MOB', 'US', 'VN_MOB', 'FR'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_LAND', 'RU_LAND', 'DE_MOB', 'PL', 'CZ', 'US', 'GB_MOB', 'ES'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_LAND', 'KR_MOB', 'JP_MOB', 'US', 'DE_MOB', 'IT'],
};

const HOME4: Partial<Record<Lang, CountryCode>> = { ja: 'JP', ko: 'KR', ru: 'RU', vi: 'VN' };

interface Drawn4 {
  shape: Shape4;
  sig: string;
  national: string;
}

/** A number libphonenumber-js says is valid for its region (and a mobile one when asked). */
function drawPhone4(r: Rng, lang: Lang, mobile = false): Drawn4 {
  for (;;) {
    const shape = SHAPES4[r.pick(MIX4[lang])];
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

/** Whether a plain written form reads back, by libphonenumber-js, as the same valid number. */
function readsBack(text: string, d: Drawn4): boolean {
  const p = text.startsWith('+') ? parsePhoneNumberFromString(text) : parsePhoneNumberFromString(text, d.shape.region);
  return !!p && p.isValid() && String(p.nationalNumber) === d.sig && p.countryCallingCode === d.shape.cc;
}

const DIGW4: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};
const ZERO4: Record<Lang, string[]> = { en: ['zero', 'oh', 'zero'], ja: ['〇', '零', '〇'], ko: ['공', '영', '공'], ru: ['ноль', 'ноль', 'нуль'], vi: ['không'] };

/** Spells digits one by one: zero word, case and the joiner inside a group chosen once per number. */
function speller(r: Rng, lang: Lang): (digits: string) => string {
  const zero = r.pick(ZERO4[lang]);
  const upper = lang === 'en' || lang === 'ru' || lang === 'vi' ? r.chance(0.15) : false;
  const joiner = cjk(lang) ? (r.chance(0.8) ? '' : ' ') : r.pick([' ', ' ', ' ', '-']);
  return (digits) =>
    [...digits]
      .map((c, i) => {
        const w = c === '0' ? zero : DIGW4[lang][Number(c)];
        return upper && i === 0 ? cap(w) : w;
      })
      .join(joiner);
}

/** Between spelled groups. */
const SPELL_SEP4: Record<Lang, string[]> = {
  en: [', ', ' - ', ' ', ' / ', '... '],
  ja: ['、', ' ', 'の', '－', 'ー'],
  ko: [' ', ', ', '에 ', '-'],
  ru: [', ', ' - ', ' ', ' — '],
  vi: [' - ', ', ', ' ', '. '],
};
/** Words between written digit groups. */
const JOIN_WORD4: Record<Lang, string[]> = {
  en: [' dash ', ' hyphen ', ' dash '],
  ja: ['の', 'ハイフン', ' ハイフン '],
  ko: ['에 ', ' 다시 ', ' 하이픈 '],
  ru: [' тире ', ' дефис '],
  vi: [' gạch ', ' gạch ngang '],
};

/** A phone number; mobile: one a messenger can be registered to. */
function phone4(r: Rng, lang: Lang, obfuscate: boolean, intlShare = 0.3, mobile = false): Surface {
  const d = drawPhone4(r, lang, mobile);
  const { shape, sig, national } = d;
  // Outside English, numbers of other countries are written internationally; in English, numbers outside the US and
  // the UK mostly so (a national number of a small country, with nothing else to go on, would be anyone's guess).
  const foreign = lang !== 'en' && shape.region !== HOME4[lang];
  const abroad = lang === 'en' && shape.region !== 'US' && shape.region !== 'GB';
  const intl = foreign || r.chance(abroad ? 0.85 : intlShare);
  let written = '';
  for (let k = 0; k < 20 && !written; k++) {
    const w = intl ? r.pick(shape.intl)(sig) : r.pick(shape.nat)(national);
    if (readsBack(w, d)) written = w;
  }
  if (!written) written = intl ? `+${shape.cc}${sig}` : national;
  if (!obfuscate) return { text: written, obfuscated: false };
  const digits = intl ? sig : national;
  const gs = shape.groups(national);
  const sizes = intl ? (() => { const x = [...gs]; x[0] -= shape.trunk.length; return x.filter((v) => v > 0); })() : gs;
  const groups = chunks(digits, sizes);
  const plus = intl ? `+${shape.cc} ` : '';
  const way = r.int(0, 11);
  if (way <= 1) {
    const sp = speller(r, lang);
    return { text: plus + groups.map(sp).join(r.pick(SPELL_SEP4[lang])), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 2) {
    // Spelled in one run, no break between the groups.
    const sp = speller(r, lang);
    return { text: plus + sp(groups.join('')), obfuscated: true, how: 'spelled digits in one run' };
  }
  if (way === 3) {
    // Written and spelled groups in turn, starting with either.
    const sp = speller(r, lang);
    const first = r.chance(0.5);
    return { text: plus + groups.map((g, i) => ((i % 2 === 0) === first ? sp(g) : g)).join(lang === 'ja' ? r.pick([' ', '-', '、']) : lang === 'ko' ? r.pick([' ', '-', ', ']) : r.pick([' ', ', ', ' - '])), obfuscated: true, how: 'spelled and written groups' };
  }
  if (way === 4) {
    // Every digit apart.
    const inner = r.pick([' ', '.', '-', ' ']);
    const outer = inner === ' ' ? r.pick(['  ', ' / ', ' | ']) : r.pick([' ', '  ']);
    return { text: plus + groups.map((g) => [...g].join(inner)).join(outer), obfuscated: true, how: 'separated digits' };
  }
  if (way === 5) {
    return { text: plus + groups.join(r.pick(JOIN_WORD4[lang])), obfuscated: true, how: 'words between groups' };
  }
  if (way === 6) {
    const k = r.int(0, 3);
    if (k === 0) return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: fwOnly(written, /\d/), obfuscated: true, how: 'full-width digits' };
    if (k === 2 && lang === 'ja') return { text: (intl ? `＋${fullWidth(shape.cc)} ` : '') + groups.map(fullWidth).join(r.pick(['ー', '－', '―'])), obfuscated: true, how: 'full-width with long dashes' };
    return { text: (intl ? `＋${fullWidth(shape.cc)}　` : '') + groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  }
  if (way === 7) return { text: zwInside(r, written, 3, 6, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 8) {
    // Dot words between groups.
    return { text: plus + groups.join(r.pick(DOTW4[lang])), obfuscated: true, how: 'dot words between groups' };
  }
  if (way === 9) {
    // Spelled groups with full-width written ones.
    const sp = speller(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: plus + groups.map((g, i) => (i === k ? fullWidth(g) : sp(g))).join(cjk(lang) ? r.pick(['　', ' ', '－']) : r.pick([' ', ', '])), obfuscated: true, how: 'spelled and full-width groups' };
  }
  if (way === 10) {
    // Digits apart, with zero-width characters as well.
    return { text: zwInside(r, plus + groups.map((g) => [...g].join(' ')).join('  '), 1, 3, /\d/), obfuscated: true, how: 'separated digits and zero-width characters' };
  }
  // Only the last group spelled (as if the app were checked only for the start).
  const sp = speller(r, lang);
  return { text: plus + groups.map((g, i) => (i === groups.length - 1 ? sp(g) : g)).join(cjk(lang) ? '-' : r.pick([' ', '-'])), obfuscated: true, how: 'last group spelled' };
}

// ---- links -------------------------------------------------------------------------------------

const WEB4: Record<Lang, string[]> = {
  en: ['www.{hh}-english.com/lessons', 'calendly.com/{h}/trial', '{hh}.carrd.co', 'www.notion.so/{hh}/Lesson-Notes-{k}', 'drive.google.com/drive/folders/{k}', 'www.youtube.com/watch?v={k}', 'padlet.com/{h}/{k}', 'quizlet.com/user/{h}/sets', 'tinyurl.com/{k}', 'www.dropbox.com/s/{k}/notes.pdf', 'linktr.ee/{h}', 'www.etsy.com/shop/{H}'],
  ja: ['www.{hh}-eigo.jp/lesson', 'ameblo.jp/{h}/entry-12{n}.html', 'note.com/{h}/n/n{k}', 'coconala.com/services/{n}', '{hh}.stores.jp', '{hh}.hatenablog.com/entry/lesson', 'forms.gle/{k}', 'x.com/{h}/status/17{n}', 'www.youtube.com/@{h}', 'えいご部屋.jp/{h}'],
  ko: ['blog.naver.com/{h}', 'm.blog.naver.com/{h}/22{n}', 'brunch.co.kr/@{h}', 'class101.net/products/{k}', 'www.{hh}-eng.co.kr/reserve', 'forms.gle/{k}', 'youtu.be/{k}', 'tally.so/r/{k}', '영어과외.kr/{h}'],
  ru: ['vk.com/{h}', 'vk.com/club{n}', 'www.{hh}-english.ru/raspisanie', 'stepik.org/course/{n}', 'teletype.in/@{h}/{k}', 'disk.yandex.ru/d/{k}', 'rutube.ru/video/{k}/', 'forms.gle/{k}', 'курсы-английского.рф/{h}'],
  vi: ['www.facebook.com/groups/{n}', 'fb.com/{h}', 'docs.google.com/document/d/{k}/edit', 'www.{hh}.edu.vn/lich-hoc', 'www.tiktok.com/@{h}/video/73{n}', 'youtube.com/@{h}', 'forms.gle/{k}', 'drive.google.com/file/d/{k}/view', 'họctiếnganh.vn/{h}'],
};
const BARE4: Record<Lang, string[]> = {
  en: ['{hh}.school', '{g}{f}.co', 'speakwith{g}.com', '{hh}-tutor.net', '{g}learns.app', 'www.{hh}.org.uk', '{hh}.education', 'talk{g}.online', '{hh}.blog'],
  ja: ['{hh}.jp', '{g}-eikaiwa.net', 'www.{hh}.co.jp', 'えいご塾.jp', '{hh}.tokyo', '{g}nihongo.com', 'おうち英語.みんな', '{hh}.osaka'],
  ko: ['{hh}.kr', 'www.{hh}.co.kr', '{g}english.com', '{hh}.net', '영어공부방.kr', '공부방.한국', '{g}ssaem.co.kr'],
  ru: ['{hh}.ru', 'английский-онлайн.рф', '{hh}.moscow', '{hh}.online', 'www.{hh}.su', 'уроки-английского.москва', '{g}-{f}.site'],
  vi: ['{hh}.vn', '{hh}.com.vn', '{g}{f}.net', 'www.{hh}.vn', 'tiếnganhvui.vn', '{hh}.site', 'hoc{g}.com'],
};
const LINKS4: Record<Lang, string[]> = {
  en: ['t.me/{t}', 't.me/+{k}', 'wa.me/{w}', 'wa.me/{w}?text=Hi%20teacher', 'chat.whatsapp.com/{k}', 'discord.gg/{k}', 'discord.com/invite/{k}', 'join.skype.com/{k}', 'ig.me/m/{h}', 'm.me/{h}', 'line.me/ti/g2/{k}', 'line.me/R/ti/p/~{h}'],
  ja: ['line.me/ti/p/~{h}', 'line.me/R/ti/p/@{h}', 'line.me/ti/g2/{k}', 'lin.ee/{k}', 't.me/{t}', 'discord.gg/{k}', 'ig.me/m/{h}', 'wa.me/{w}'],
  ko: ['open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}', 'open.kakao.com/me/{h}', 'pf.kakao.com/_{k}', 'line.me/ti/p/~{h}', 'discord.gg/{k}', 't.me/{t}'],
  ru: ['t.me/{t}', 't.me/+{k}', 't.me/joinchat/{k}', 'telegram.me/{t}', 'wa.me/{w}', 'vk.me/{h}', 'discord.gg/{k}', 'invite.viber.com/?g2={k}'],
  vi: ['zalo.me/{z}', 'zalo.me/g/{k}', 'm.me/{h}', 'wa.me/{w}', 't.me/{t}', 'www.facebook.com/messages/t/{n}', 'discord.gg/{k}'],
};

function fillLink4(r: Rng, lang: Lang, pattern: string): string {
  const name = handle4(r, lang).toLowerCase();
  const h = name.replace(/\./g, '_');
  const hh = name.replace(/[._]+/g, '-').replace(/^-|-$/g, '');
  const { g, f } = NAMES4[lang];
  let w = '';
  let z = '';
  if (pattern.includes('{w}')) {
    const d = drawPhone4(r, lang, true);
    w = d.shape.cc + d.sig;
  }
  if (pattern.includes('{z}')) {
    for (;;) {
      const d = drawPhone4(r, 'vi', true);
      if (d.shape.region === 'VN') {
        z = d.national;
        break;
      }
    }
  }
  return pattern
    .replace('{hh}', hh)
    .replace('{h}', h)
    .replace('{H}', hh.split('-').map(cap).join(''))
    .replace('{t}', name.replace(/\./g, '_').padEnd(5, '0'))
    .replace('{g}', r.pick(g))
    .replace('{f}', r.pick(f))
    .replace('{k}', key4(r, r.int(8, 12)))
    .replace('{n}', String(r.int(100000, 9999999)))
    .replace('{w}', w)
    .replace('{z}', z);
}

function url4(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'bare' | 'link'): Surface {
  const site = fillLink4(r, lang, r.pick(kind === 'link' ? LINKS4[lang] : kind === 'bare' ? BARE4[lang] : WEB4[lang]));
  const scheme = kind === 'bare' ? '' : kind === 'link' ? (r.chance(0.35) ? 'https://' : '') : r.chance(0.45) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  let way = r.int(0, 8);
  if (idn && (way === 5 || way === 6)) way = r.int(0, 2);
  if (way <= 1) {
    const dot = r.pick(DOTW4[lang]);
    return { text: scheme + labels.join(dot) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 2) {
    // Spaces around the dots of the host, and now and then around the first slash.
    const sp = r.pick([' . ', ' .', '. ']);
    const p = path && r.chance(0.4) ? ' / ' + path.slice(1) : path;
    return { text: scheme + labels.join(sp) + p, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 3) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: scheme + fullWidth(host) + path, obfuscated: true, how: 'full-width host' };
    return { text: scheme + host.replace(/\./g, '．') + path.replace(/\//g, '／'), obfuscated: true, how: 'full-width dots and slashes' };
  }
  if (way === 4) {
    // Zero-width characters in the host.
    return { text: scheme + zwInside(r, host, 1, 3) + path, obfuscated: true, how: 'zero-width characters in the host' };
  }
  if (way === 5) {
    const i = labels[0] === 'www' && labels.length > 2 ? 1 : 0;
    const c = lookalike(r, labels[i]);
    if (c.n > 0) {
      const ls = [...labels];
      ls[i] = c.text;
      return { text: scheme + ls.join('.') + path, obfuscated: true, how: 'look-alike letters in the host' };
    }
  }
  if (way === 5 || way === 6) {
    // Look-alikes in the path (the handle of a messenger link), and a dot word.
    const c = lookalike(r, path, 1);
    const dot = r.pick(DOTW4[lang]);
    if (c.n > 0) return { text: scheme + labels.join(dot) + c.text, obfuscated: true, how: 'dot word and look-alikes in the path' };
    return { text: scheme + labels.join(dot) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 7 && scheme) {
    return { text: scheme.replace('://', ':// ') + labels.join(' . ') + path, obfuscated: true, how: 'split by spaces after the scheme' };
  }
  if (way === 7 && cjk(lang)) {
    const dot = r.pick(DOTW4[lang]);
    return { text: labels.map(fullWidth).join(dot) + path, obfuscated: true, how: 'full-width host with dot words' };
  }
  // Whole link with a zero-width character after every dot and slash.
  return { text: zwInside(r, plain, 2, 5, /[./]/), obfuscated: true, how: 'zero-width characters after the marks' };
}

// ---- messenger ids -----------------------------------------------------------------------------

function disguiseId(r: Rng, h: string, skip: number): Surface {
  const way = r.int(0, 5);
  if (way === 0) return { text: h.slice(0, skip) + fullWidth(h.slice(skip)), obfuscated: true, how: 'full-width' };
  if (way === 1) {
    const t = h.slice(0, skip) + fwOnly(h.slice(skip), /[\d_.#]/);
    if (t !== h) return { text: t, obfuscated: true, how: 'full-width digits and marks' };
  }
  if (way === 1 || way === 2) {
    const c = lookalike(r, h, skip);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 3) {
    const c = lookalike(r, h, skip, Infinity, 1);
    if (c.n > 0) return { text: zwInside(r, c.text, 1, 2), obfuscated: true, how: 'look-alikes and zero-width characters' };
  }
  if (way === 4 && h.startsWith('@')) return { text: '＠' + (r.chance(0.5) ? fullWidth(h.slice(1)) : h.slice(1)), obfuscated: true, how: 'full-width at sign' };
  return { text: zwInside(r, h, 1, 3), obfuscated: true, how: 'zero-width characters' };
}

function messengerHandle(r: Rng, lang: Lang, obfuscate: boolean, at: boolean): Surface {
  const h = (at ? '@' : '') + handle4(r, lang, at);
  if (!obfuscate) return { text: h, obfuscated: false };
  return disguiseId(r, h, at ? 1 : 0);
}

function skype4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const k = r.int(0, 3);
  const id = k === 0 ? `live:.cid.${hex4(r, 16)}` : k === 1 ? `live:${handle4(r, lang).toLowerCase()}` : k === 2 ? `live:.cid.${hex4(r, r.pick([14, 15]))}` : handle4(r, lang).toLowerCase().replace(/\./g, '_');
  if (!obfuscate) return { text: id, obfuscated: false };
  return disguiseId(r, id, id.startsWith('live:') ? 5 : 0);
}

function discord4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES4[lang];
  const tagged = r.chance(0.45);
  const id = tagged ? `${r.pick([cap(r.pick(g)), cap(r.pick(g)) + cap(r.pick(f)), r.pick(g) + '_' + r.pick(f)])}#${r.int(1, 9)}${r.digits(3)}` : r.pick([`${r.pick(g)}.${r.pick(f)}_`, `${r.pick(g)}_${r.int(10, 99)}`, `${r.pick(g)}${r.pick(f)}.${r.int(1, 999)}`, `${r.pick(g)}__${r.pick(f)[0]}`]);
  if (!obfuscate) return { text: id, obfuscated: false };
  if (tagged && r.chance(0.3)) return { text: id.replace('#', '＃'), obfuscated: true, how: 'full-width hash' };
  return disguiseId(r, id, 0);
}

function wechat4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { g, f } = NAMES4[lang];
  const k = r.int(0, 2);
  const lower = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
  const id = k === 0 ? `wxid_${[...Array(14)].map(() => r.pick(lower)).join('')}` : k === 1 ? `${r.pick(g)}_${r.pick(f)}${r.int(1, 99)}` : `${r.pick(g)}-${r.int(1990, 2010)}`;
  if (!obfuscate) return { text: id, obfuscated: false };
  return disguiseId(r, id, id.startsWith('wxid_') ? 5 : 0);
}

// ---- numbers with check digits -----------------------------------------------------------------

const CARDS4: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'maestro', 'diners'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'diners'],
  ko: ['visa', 'mc', 'amex', 'jcb', 'unionpay', 'mc2'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay', 'maestro'],
  vi: ['visa', 'mc', 'jcb', 'napas', 'amex', 'unionpay'],
};

function cardDigits4(r: Rng, lang: Lang): string {
  switch (r.pick(CARDS4[lang])) {
    case 'visa':
      return luhnComplete(r, '4' + r.int(0, 9), r.chance(0.9) ? 16 : 19);
    case 'mc':
      return luhnComplete(r, String(r.int(51, 55)), 16);
    case 'mc2':
      return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 'amex':
      return luhnComplete(r, r.pick(['34', '37']), 15);
    case 'discover':
      return luhnComplete(r, r.pick(['6011', '65', '644', '649']), 16);
    case 'maestro':
      return luhnComplete(r, r.pick(['6759', '6761', '5018', '5038']), r.pick([16, 18, 19]));
    case 'diners':
      return luhnComplete(r, r.pick(['300', '305', '36', '38']), 14);
    case 'jcb':
      return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 'unionpay':
      return luhnComplete(r, '62' + r.int(10, 89), r.pick([16, 19]));
    case 'mir':
      return luhnComplete(r, '220' + r.int(0, 4), 16);
    default:
      return luhnComplete(r, '9704' + r.int(10, 99), r.pick([16, 19]));
  }
}

function card4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const d = cardDigits4(r, lang);
  const groups = d.length === 15 ? chunks(d, [4, 6, 5]) : d.length === 14 ? chunks(d, [4, 6, 4]) : chunks(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d, groups.join(' ')]), obfuscated: false };
  const way = r.int(0, 7);
  if (way === 0) return { text: fullWidth(groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: groups.join(r.pick([' . ', ' - ', '.', ' / '])), obfuscated: true, how: 'groups apart by marks' };
  if (way === 4) return { text: zwInside(r, groups.join(r.pick([' ', ''])), 3, 7, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 5) {
    const sp = speller(r, lang);
    return { text: groups.map(sp).join(cjk(lang) ? r.pick([' ', '、']) : r.pick([', ', ' - ', ' '])), obfuscated: true, how: 'spelled digits' };
  }
  if (way === 6) {
    const sp = speller(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k ? sp(g) : g)).join(r.pick([' ', ' - '])), obfuscated: true, how: 'one group spelled' };
  }
  return { text: groups.join(r.pick(JOIN_WORD4[lang])), obfuscated: true, how: 'words between groups' };
}

function ip4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 7);
  const h = () => r.int(0, 0xffff).toString(16);
  let text: string;
  if (kind <= 1) text = `${r.pick([5, 31, 46, 77, 81, 91, 95, 103, 113, 118, 121, 125, 133, 141, 175, 180, 185, 203, 210, 211, 218, 222])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  else if (kind === 2) text = `192.168.${r.int(0, 99)}.${r.int(2, 254)}`;
  else if (kind === 3) text = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  else if (kind === 4) text = `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`;
  else if (kind === 5) {
    const pre = r.pick(['2001:db8', '2404:6800', '2a00:1450', '2406:da14', '2620:0:2d0']);
    text = `${pre}:${[...Array(8 - pre.split(':').length)].map(h).join(':')}`;
  }
  else if (kind === 6) text = `${r.pick(['2001:268', '240b:10', '2001:e60', '2a02:6b8', '2405:4800'])}:${h()}::${h()}:${h()}`;
  else text = ['2' + hex4(r, 3), ...[...Array(7)].map(() => hex4(r, 4))].join(':').toUpperCase();
  if (!obfuscate) return { text, obfuscated: false };
  const v6 = text.includes(':');
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  if (way === 1 && !v6) return { text: text.split('.').join(r.pick(DOTW4[lang])), obfuscated: true, how: 'dot words' };
  if (way === 2 && !v6) return { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
  if (way === 3) return { text: fwOnly(text, /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 4 && !v6) return { text: zwInside(r, text.split('.').join(' . '), 1, 2), obfuscated: true, how: 'split by spaces and zero-width characters' };
  return { text: zwInside(r, text, 2, 4), obfuscated: true, how: 'zero-width characters' };
}

/** BBAN layouts: n digits, a upper-case letters, c letters or digits. */
const IBAN4: [string, string][] = [
  ['DE', '18n'], ['FR', '10n11c2n'], ['ES', '20n'], ['IT', '1a10n12c'], ['NL', '4a10n'], ['BE', '12n'], ['AT', '16n'], ['PL', '24n'], ['PT', '21n'],
  ['IE', '4a14n'], ['LU', '3n13c'], ['FI', '14n'], ['SE', '20n'], ['DK', '14n'], ['CZ', '20n'], ['SK', '20n'], ['HU', '24n'], ['GR', '7n16c'],
  ['HR', '17n'], ['SI', '15n'], ['EE', '16n'], ['LT', '16n'], ['LV', '4a13c'], ['RO', '4a16c'], ['BG', '4a6n8c'], ['CY', '8n16c'], ['MT', '4a5n18c'],
  ['CH', '5n12c'], ['NO', '11n'], ['GB', '4a14n'], ['IS', '22n'], ['LI', '5n12c'],
];
const BANKS4: Record<string, string[]> = { NL: ['INGB', 'ABNA', 'RABO', 'TRIO', 'BUNQ'], IE: ['AIBK', 'BOFI', 'IPBS'], GB: ['BARC', 'MIDL', 'LOYD', 'NWBK', 'MONZ'], RO: ['BTRL', 'INGB', 'RZBR'], LV: ['HABA', 'PARX'], BG: ['BNBG', 'STSA', 'FINV'], MT: ['MALT', 'VALL', 'APSB'] };
const UP4 = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function ibanText4(r: Rng): string {
  const [c, shape] = r.pick(IBAN4);
  let bban = '';
  for (const m of shape.matchAll(/(\d+)([anc])/g)) {
    const k = Number(m[1]);
    if (m[2] === 'n') bban += r.digits(k);
    else if (m[2] === 'a') bban += BANKS4[c] && k === 4 ? r.pick(BANKS4[c]) : [...Array(k)].map(() => UP4[r.int(0, UP4.length - 1)]).join('');
    else bban += [...Array(k)].map(() => (r.chance(0.75) ? String(r.int(0, 9)) : UP4[r.int(0, UP4.length - 1)])).join('');
  }
  const iban = c + p2(98 - mod97(bban + c + '00')) + bban;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  return iban;
}

function iban4(r: Rng, obfuscate: boolean): Surface {
  const iban = ibanText4(r);
  const groups = iban.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.65) ? groups.join(' ') : iban, obfuscated: false };
  const way = r.int(0, 4);
  if (way === 0) return { text: fullWidth(r.chance(0.5) ? groups.join(' ') : iban), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'every other group full-width' };
  if (way === 2) return { text: zwInside(r, groups.join(' '), 3, 6), obfuscated: true, how: 'zero-width characters' };
  if (way === 3) return { text: groups.join(r.pick(['-', ' - ', '.', ' . '])), obfuscated: true, how: 'dashes or dots between groups' };
  return { text: groups.map((g) => (/^\d+$/.test(g) ? [...g].join(' ') : g)).join('  '), obfuscated: true, how: 'separated digits' };
}

function myNumber4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const groups = chunks(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const way = r.int(0, 5);
  const sp = speller(r, lang === 'en' ? 'en' : 'ja');
  if (way === 0) return { text: fullWidth(r.pick([d, groups.join('-'), groups.join(' ')])), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map(sp).join(lang === 'en' ? ', ' : r.pick(['、', ' ', '－', 'ー'])), obfuscated: true, how: 'spelled digits' };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zwInside(r, groups.join(r.pick([' ', '-', ''])), 2, 5, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: groups.map((g, i) => (i === 1 ? sp(g) : lang === 'ja' ? fullWidth(g) : g)).join(lang === 'ja' ? '　' : ' '), obfuscated: true, how: 'middle group spelled' };
  return { text: groups.join(r.pick(JOIN_WORD4[lang])), obfuscated: true, how: 'words between groups' };
}

function rrn4(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const year = r.int(1962, 2009);
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
  if (!obfuscate) return { text: r.pick([`${a}-${b}`, `${a}-${b}`, d, `${a} ${b}`]), obfuscated: false };
  const ko = lang === 'ko';
  const sp = speller(r, ko ? 'ko' : 'en');
  const joins = ko ? ['에 ', ' 다시 ', ' 하이픈 '] : [' dash ', ' hyphen '];
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(`${a}-${b}`), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: `${sp(a)}${r.pick([' - ', ...joins])}${sp(b)}`, obfuscated: true, how: 'spelled digits' };
  if (way === 2) return { text: `${[...a].join(' ')} - ${[...b].join(' ')}`, obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zwInside(r, `${a}-${b}`, 2, 4, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: `${a}-${sp(b)}`, obfuscated: true, how: 'back part spelled' };
  return { text: `${a}${r.pick(joins)}${b}`, obfuscated: true, how: 'word between the parts' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface Blind4Entity {
  type: FindingType;
  surface: Surface;
}

function ownEntity4(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind4Entity | null {
  switch (slot) {
    case 'EMAIL':
      return { type: 'EMAIL', surface: email4(r, lang, obfuscate) };
    case 'PHONE':
      return { type: 'PHONE', surface: phone4(r, lang, obfuscate) };
    case 'MOBILE':
      return { type: 'PHONE', surface: phone4(r, lang, obfuscate, lang === 'vi' || lang === 'ko' ? 0.25 : 0.55, true) };
    case 'URL':
    case 'WEBX':
      return { type: 'URL', surface: url4(r, lang, obfuscate, 'web') };
    case 'BAREX':
      return { type: 'URL', surface: url4(r, lang, obfuscate, 'bare') };
    case 'LINKX':
      return { type: 'URL', surface: url4(r, lang, obfuscate, 'link') };
    case 'HANDLE':
      return { type: 'MESSENGER_ID', surface: messengerHandle(r, lang, obfuscate, false) };
    case 'HANDLE@':
      return { type: 'MESSENGER_ID', surface: messengerHandle(r, lang, obfuscate, true) };
    case 'SKYPEX':
      return { type: 'MESSENGER_ID', surface: skype4(r, lang, obfuscate) };
    case 'DISCX':
      return { type: 'MESSENGER_ID', surface: discord4(r, lang, obfuscate) };
    case 'WXID':
      return { type: 'MESSENGER_ID', surface: wechat4(r, lang, obfuscate) };
    case 'CARD':
      return { type: 'CREDIT_CARD', surface: card4(r, lang, obfuscate) };
    case 'IP':
      return { type: 'IP_ADDRESS', surface: ip4(r, lang, obfuscate) };
    case 'IBAN':
      return { type: 'IBAN', surface: iban4(r, obfuscate) };
    case 'MYNUM':
      return { type: 'JP_MY_NUMBER', surface: myNumber4(r, lang, obfuscate) };
    case 'RRN':
      return { type: 'KR_RRN', surface: rrn4(r, lang, obfuscate) };
    default:
      return null;
  }
}

/** Slots of these templates that may also be drawn from the third blind set's generators. */
const SHARED4 = new Set(['EMAIL', 'PHONE', 'HANDLE', 'HANDLE@', 'CARD', 'IP', 'IBAN']);

/**
 * An entity for a slot of these templates, null for a filler slot. About 85 % of the entities of the
 * shared slots and all of the others (MOBILE: a number given for a messenger, WEBX: a link with a path,
 * BAREX: a bare domain, LINKX: a messenger link, SKYPEX, DISCX, WXID: ids of Skype, Discord and WeChat,
 * MYNUM, RRN) come from the writers above; the rest from templates-blind3.ts, drawn again from the writers
 * above when a disguise was asked for and none came.
 */
export function blind4Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind4Entity | null {
  if (SHARED4.has(slot) && r.chance(0.15)) {
    const e = blind3Entity(r, lang, slot, obfuscate);
    if (e && (!obfuscate || e.surface.obfuscated)) return e;
  }
  return ownEntity4(r, lang, slot, obfuscate);
}

// ---- hard-negative fillers ---------------------------------------------------------------------

const GUARD4: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'PT', 'AT', 'SE', 'IE', 'CZ', 'HU', 'RO', 'GR', 'DK', 'FI', 'CH', 'NO'];

function rrnLike(d: string): boolean {
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
function risky(s: string): boolean {
  const t = s.normalize('NFKC').replace(ZW_RE, '');
  if (/(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/.test(t)) return true;
  if (/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(t)) return true;
  if (/\b[a-z0-9-]+\.(com|net|org|io|jp|kr|vn|ru|me|co|uk|de|app|dev|site|online)\b/i.test(t)) return true;
  for (const m of t.matchAll(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g)) if (mod97(m[0].slice(4) + m[0].slice(0, 4)) === 1) return true;
  for (const m of t.matchAll(/\+?\d(?:[ .\-/()–]{0,2}\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (m[0].startsWith('+') && parsePhoneNumberFromString(m[0])?.isValid()) return true;
    if (d.length >= 12 && d.length <= 19 && luhn(d)) return true;
    if (d.length === 12 && myNumberCheckDigit(d) === d[11]) return true;
    if (rrnLike(d)) return true;
    // German and Austrian numbers take almost any long run of digits (barcodes too): those two only up to eleven digits.
    if (d.length >= 7 && d.length <= 13) for (const region of GUARD4) if ((d.length <= 11 || (region !== 'DE' && region !== 'AT')) && parsePhoneNumberFromString(d, region)?.isValid()) return true;
  }
  return false;
}

function safe(gen: () => string): string {
  for (let k = 0; k < 2000; k++) {
    const s = gen();
    if (!risky(s)) return s;
  }
  throw new Error('no safe filler');
}

const HAPP4: Record<Lang, string[]> = {
  en: ['LINE', 'Line', 'Skype', 'Telegram', 'TG', 'KakaoTalk', 'Kakao', 'WeChat', 'Instagram', 'insta', 'IG', 'Facebook', 'FB', 'Discord'],
  ja: ['LINE', 'ライン', 'スカイプ', 'テレグラム', 'カカオトーク', 'WeChat', 'ウィーチャット', 'インスタ', 'Instagram', 'フェイスブック', 'Facebook', 'ディスコード', 'Discord'],
  ko: ['라인', '스카이프', '텔레그램', '텔레', '카톡', '카카오톡', '위챗', '인스타', '인스타그램', '페이스북', '페북', '디스코드', '디코'],
  ru: ['Лайн', 'Скайп', 'Телеграм', 'Телега', 'ТГ', 'Какао', 'Вичат', 'Инстаграм', 'Инста', 'Фейсбук', 'Дискорд', 'Skype', 'Discord'],
  vi: ['Line', 'Skype', 'Tele', 'Telegram', 'Kakao', 'KakaoTalk', 'WeChat', 'Insta', 'IG', 'Facebook', 'FB', 'Face', 'Discord'],
};
const AAPP4: Record<Lang, string[]> = {
  en: ['Telegram', 'Instagram', 'insta', 'TG', 'IG'],
  ja: ['テレグラム', 'インスタ', 'Telegram', 'Instagram', 'インスタグラム'],
  ko: ['텔레그램', '인스타', '텔레', '인스타그램'],
  ru: ['Телеграм', 'Инстаграм', 'Тг', 'Инста', 'Телега'],
  vi: ['Telegram', 'Insta', 'Instagram', 'Tele', 'IG'],
};
const NAPP4: Record<Lang, string[]> = {
  en: ['WhatsApp', 'Whatsapp', 'Viber', 'Zalo', 'Telegram', 'WhatsApp'],
  ja: ['WhatsApp', 'ワッツアップ', 'バイバー', 'Viber', 'LINE', 'テレグラム'],
  ko: ['카톡', '카카오톡', '왓츠앱', '바이버', '잘로', '텔레그램'],
  ru: ['WhatsApp', 'Вотсап', 'Ватсап', 'Вайбер', 'Viber', 'Телеграм'],
  vi: ['Zalo', 'zalo', 'Zalo', 'Viber', 'WhatsApp', 'Telegram'],
};

const MENTION4: Record<Lang, string[]> = {
  en: ['@Arthur', '@ivy_m', '@finn', '@Clara.B', '@oscar', '@willow_w', '@Theo', '@ruby'],
  ja: ['@蒼', '@hinata', '@こはる', '@itsuki_o', '@澪', '@akari', '@大和', '@tsumugi'],
  ko: ['@지호', '@seoa', '@은우', '@haeun_k', '@시우', '@chaewon', '@준서', '@subin'],
  ru: ['@Артём', '@polina_o', '@Кирилл', '@alisa', '@Вера', '@timur_t', '@Глеб', '@sofia'],
  vi: ['@Bảo', '@vy_tran', '@Khang', '@ngan.le', '@Phúc', '@tram', '@Đạt', '@quynh'],
};
let lastMention4 = '';

const MONTHS_EN4 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_RU4 = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const KANJI_D = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const kanjiNum = (n: number): string => (n < 10 ? KANJI_D[n] : (n >= 20 ? KANJI_D[Math.floor(n / 10)] : '') + '十' + (n % 10 ? KANJI_D[n % 10] : ''));

const PI_DIGITS = '3.14159265358979323846264338327';

function ean13(prefix: string, r: Rng): string {
  const body = prefix + r.digits(12 - prefix.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
}

/** Fillers for the slots of these templates (hard negatives and the messenger names); null for a slot it does not know. */
export function blind4Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  switch (slot) {
    case 'HAPP':
      return r.pick(HAPP4[lang]);
    case 'AAPP':
      return r.pick(AAPP4[lang]);
    case 'NAPP':
      return r.pick(NAPP4[lang]);
    case 'PIX':
      return safe(() => {
        // Pi to a few more places than most people know, now and then grouped by five after the point.
        const s = PI_DIGITS.slice(0, r.int(8, 30));
        return r.chance(0.4) ? s.slice(0, 7) + ' ' + s.slice(7) : s;
      });
    case 'UNITATX':
      return lang === 'ja' ? `@${n(1, 9) * 110}円` : r.pick([`${n(2, 5)} @ $${n(1, 4)}.${r.pick(['25', '50', '99'])} each`, `@ £${n(1, 3)}.${r.pick(['20', '50', '75'])} each`, `${n(3, 6)} for $${n(5, 9)} (@ $${n(1, 2)}.${r.pick(['50', '80'])})`]);
    case 'CLOCKX': {
      const h = n(7, 21);
      const m = r.pick(['00', '15', '30', '45']);
      return r.pick(
        {
          en: [`${h > 12 ? h - 12 : h}.${m}${h >= 12 ? 'pm' : 'am'}`, `${h}:${m}`, `half past ${h > 12 ? h - 12 : h}`, `${h > 12 ? h - 12 : h}${h >= 12 ? ' p.m.' : ' a.m.'}`],
          ja: [`${h}時${m === '00' ? '' : m + '分'}`, `${h}:${m}`, `夕方${n(4, 6)}時`],
          ko: [`오후 ${n(1, 9)}시${m === '00' ? '' : m === '30' ? ' 반' : ` ${m}분`}`, `${h}:${m}`, `저녁 ${n(6, 9)}시`],
          ru: [`${h}.${m}`, `${h}:${m}`, `${n(7, 11)} утра`, `${n(5, 9)} вечера`],
          vi: [`${h}g${m}`, `${h}h${m === '00' ? '' : m}`, `${n(7, 10)} giờ tối`],
        }[lang],
      );
    }
    case 'WEEKDAYX':
      return r.pick({ en: ['Monday', 'Wednesday', 'Thursday', 'Saturday', 'next Tue'], ja: ['月曜', '水曜日', '木曜', '土曜日', '来週の火曜'], ko: ['월요일', '수요일', '목요일', '토요일', '다음 주 화요일'], ru: ['понедельник', 'среду', 'четверг', 'субботу', 'пятницу'], vi: ['thứ Hai', 'thứ Tư', 'thứ Năm', 'thứ Bảy', 'Chủ nhật'] }[lang]);
    case 'MENTIONX': {
      let who = r.pick(MENTION4[lang]);
      while (who === lastMention4) who = r.pick(MENTION4[lang]);
      lastMention4 = who;
      return who;
    }
    case 'SCOREX': {
      const x = n(55, 98);
      return r.pick(
        {
          en: [`${n(18, 30)}/30`, `${x}%`, `Band ${r.pick(['6.0', '6.5', '7.5'])}`, `${n(31, 40)} out of 40`],
          ja: [`${x}点`, `偏差値${n(45, 68)}`, `${r.pick(['A', 'B', 'C'])}判定`, `${n(120, 180)}/180`],
          ko: [`${x}점`, `${n(1, 4)}등급`, `${n(150, 200)}/200`],
          ru: [`${x} баллов`, `${n(25, 32)} из 32`, `«${n(4, 5)}»`],
          vi: [`${n(5, 9)}.${r.pick(['0', '5'])} điểm`, `${n(25, 40)}/40`, `${x}/100`],
        }[lang],
      );
    }
    case 'POPX': {
      return safe(() => {
        const x = n(2_100_000, 14_200_000);
        return r.pick(
          {
            en: [x.toLocaleString('en-US'), `${(x / 1e6).toFixed(1)} million`],
            ja: [x.toLocaleString('en-US'), `${Math.round(x / 10000)}万`],
            ko: [x.toLocaleString('en-US'), `${Math.round(x / 10000)}만`],
            ru: [x.toLocaleString('ru-RU').replace(/\u00a0/g, ' '), `${(x / 1e6).toFixed(1).replace('.', ',')} млн`],
            vi: [x.toLocaleString('de-DE'), `${(x / 1e6).toFixed(1).replace('.', ',')} triệu`],
          }[lang],
        );
      });
    }
    case 'ISBNX':
      return safe(() => {
        const body = '978' + r.pick(['4', '89', '5', '604', '0', '1', '604']);
        let d = body + r.digits(12 - body.length);
        let sum = 0;
        for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
        d += String((10 - (sum % 10)) % 10);
        const g = body.length - 3;
        return r.chance(0.7) ? `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 9)}-${d.slice(9, 12)}-${d.slice(12)}` : d;
      });
    case 'PAGESX': {
      const a = n(12, 240);
      const b = a + n(3, 20);
      return r.pick({ en: [`pp. ${a}–${b}`, `pages ${a}-${b}`, `p. ${a}`], ja: [`${a}〜${b}ページ`, `p.${a}-${b}`], ko: [`${a}~${b}쪽`, `${a}-${b}페이지`], ru: [`с. ${a}–${b}`, `стр. ${a}-${b}`], vi: [`trang ${a}-${b}`, `tr. ${a}–${b}`] }[lang]);
    }
    case 'LOTTOX':
      return safe(() => {
        const set = new Set<number>();
        while (set.size < 6) set.add(n(1, 45));
        const xs = [...set].sort((a, b) => a - b).map((x) => (r.chance(0.5) ? p2(x) : String(x)));
        return xs.join(r.pick([' ', ', ', '-', ' - ']));
      });
    case 'KEYSX':
      return r.pick(['Ctrl + Alt + E', 'Alt+0233', 'Ctrl+Shift+U, 301', 'Option + E', 'Win + .', 'Alt + 0769', 'Ctrl + Shift + 7']);
    case 'RATINGX':
      return r.pick([`${n(45, 49) / 10}★`, `★${n(45, 50) / 10}`, `${n(450, 499) / 100}/5`, `${n(45, 49) / 10} out of 5`]);
    case 'COUNTX':
      return r.pick([String(n(40, 999)), n(1000, 9999).toLocaleString('en-US')]);
    case 'VERSEX':
      return r.pick([`John ${n(1, 21)}:${n(1, 40)}`, `Psalm ${n(1, 150)}:${n(1, 12)}`, `Matthew ${n(1, 28)}:${n(1, 20)}-${n(21, 30)}`, `Sonnet ${n(1, 154)}, line ${n(1, 14)}`]);
    case 'EANX':
      return safe(() => {
        const d = ean13(r.pick({ en: ['50', '0', '978'], ja: ['49', '45'], ko: ['880'], ru: ['460', '461'], vi: ['893'] }[lang]), r);
        return r.chance(0.5) ? d : `${d[0]} ${d.slice(1, 7)} ${d.slice(7)}`;
      });
    case 'MACX':
      return [...Array(6)].map(() => hex4(r, 2).toUpperCase()).join(r.pick([':', '-']));
    case 'CHESSX':
      return r.pick(['1.e4 e5 2.Nf3 Nc6 3.Bb5 a6', '1. d4 Nf6 2. c4 e6 3. Nc3 Bb4', '1.e4 c5 2.Nf3 d6 3.d4 cxd4', '1. c4 e5 2. g3 Nf6', '1.d4 d5 2.c4 c6 3.Nf3 Nf6']);
    case 'NUMX':
      return String(n(2, 48));
    case 'INVOICEX':
      return safe(() => r.pick([`INV-${n(2025, 2026)}-${p2(n(1, 99))}${n(100, 999)}`, `№ ${n(100, 9999)}/${n(24, 26)}`, `HĐ${r.digits(7)}`, `#${n(2025, 2026)}${p2(n(1, 12))}-${n(1000, 9999)}`, `No.${r.digits(6)}`]));
    case 'DATEX': {
      const y = n(2025, 2027);
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${MONTHS_EN4[m - 1]} ${d}`, `${p2(d)}/${p2(m)}/${y}`, `${y}-${p2(m)}-${p2(d)}`], ja: [`${y}年${m}月${d}日`, `${m}/${d}`], ko: [`${y}년 ${m}월 ${d}일`, `${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}.`], ru: [`${p2(d)}.${p2(m)}.${y}`, `${d} ${MONTHS_RU4[m - 1]}`], vi: [`${p2(d)}/${p2(m)}/${y}`, `ngày ${d} tháng ${m}`] }[lang]);
    }
    case 'MONEYX':
      return r.pick(
        {
          en: [`$${n(40, 400)}.${r.pick(['00', '50', '99'])}`, `£${n(60, 900)}`, `€${n(1, 2)},${n(100, 999)}.00`],
          ja: [`${n(3, 98)},${r.pick(['000', '500', '800'])}円`, `¥${n(12, 180)},000`],
          ko: [`${n(50, 990)},000원`, `${n(10, 99)}만 원`],
          ru: [`${n(2, 48)} ${n(100, 999)} ₽`, `${n(1500, 9900)} руб.`],
          vi: [`${n(1, 9)}.${n(100, 999)}.000đ`, `${n(200, 950)}.000 VND`],
        }[lang],
      );
    case 'FLIGHTX':
      return `${r.pick(['NH', 'JL', 'KE', 'OZ', 'VN', 'VJ', 'SU', 'BA', 'LH'])} ${n(10, 999)}`;
    case 'SEATX':
      return r.pick({ en: [`${n(10, 48)}${r.pick(['A', 'C', 'D', 'K'])}`], ja: [`${n(1, 16)}号車${n(1, 20)}${r.pick(['A', 'B', 'C', 'D', 'E'])}席`], ko: [`${n(1, 18)}호차 ${n(1, 14)}${r.pick(['A', 'B', 'C', 'D'])}석`], ru: [`${n(1, 54)}, вагон ${n(1, 16)}`], vi: [`${n(10, 40)}${r.pick(['A', 'C', 'D', 'F'])}`] }[lang]);
    case 'VERX':
      return r.pick([`${n(2, 9)}.${n(0, 20)}.${n(0, 9)}`, `v${n(1, 6)}.${n(0, 12)}`, `${n(17, 18)}.${n(0, 6)}.${n(1, 3)}`, `${n(5, 9)}.${n(0, 9)}.${n(0, 9)}-beta`]);
    case 'BUILDX':
      return r.pick([`${n(22, 26)}${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G'])}${n(100, 350)}`, `10.0.${n(19041, 26100)}.${n(1000, 5000)}`, `${n(120, 132)}.0.${n(6000, 6800)}.${n(50, 199)}`]);
    case 'RUNX':
      return lang === 'ru' ? `${n(11, 15)},${n(0, 9)} с` : lang === 'ja' ? `${n(11, 15)}.${n(0, 9)}秒` : `${n(11, 15)}.${p2(n(0, 99))} s`;
    case 'TEMPX':
      return r.pick([`${n(-12, 36)}°C`, `${n(10, 34)}℃`, `${n(40, 95)}°F`]);
    case 'PCTX':
      return r.pick([`${n(20, 95)}%`, `${n(20, 95)} %`]);
    case 'FILEX':
      return r.pick(['lesson12_recording.m4a', 'speaking_test_final.mp4', 'IMG_20261203_1842.HEIC', 'vocab_unit7.xlsx', 'essay_draft3.docx', 'listening_part2.wav', 'homework_scan.pdf', 'kanji_N3_list.csv']);
    case 'SIZEX':
      return lang === 'ru' ? r.pick([`${n(2, 90)},${n(1, 9)} МБ`, `${n(1, 4)},${n(1, 9)} ГБ`]) : r.pick([`${n(2, 900)} MB`, `${n(1, 4)}.${n(1, 9)} GB`, `${n(100, 999)} KB`]);
    case 'KANJIDATEX': {
      const m = n(1, 12);
      const d = n(1, 28);
      return `二〇二${r.pick(['五', '六'])}年${kanjiNum(m)}月${kanjiNum(d)}日`;
    }
    case 'EXAMNOX':
      return safe(() => (lang === 'ko' ? r.pick([`${n(1, 40)}${r.pick(['A', 'B'])}${r.digits(4)}`, `${r.digits(3)}-${r.digits(3)}`]) : r.pick([`${n(10, 99)}${r.pick(['A', 'B', 'K'])}${r.digits(4)}`, `${r.pick(['N2', 'N3', 'N1'])}-${r.digits(5)}`])));
    case 'ROOMX':
      return r.pick({ en: [`room ${n(100, 499)}`], ja: [`${n(1, 9)}号館${n(101, 509)}教室`, `第${n(1, 5)}会場`], ko: [`${n(1, 9)}층 ${n(1, 12)}호실`, `본관 ${n(101, 409)}호`], ru: [`аудитория ${n(100, 499)}`], vi: [`phòng ${n(101, 509)}`] }[lang]);
    case 'EXAMX':
      return r.pick(['IELTS', 'vào lớp 10', 'TOEIC', 'THPT quốc gia', 'JLPT N3']);
    case 'YEARX':
      return String(n(2008, 2012));
    default:
      return null;
  }
}
