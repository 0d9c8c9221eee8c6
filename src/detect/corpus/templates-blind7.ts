/**
 * Seventh blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the sixth blind set of 3 December
 * (templates-blind6.ts), until the eighth blind set of 3 December 2026 (templates-blind8.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages:
 * late-night messages, exam-season panic, homework photos described in words, payment screenshots typed
 * out, teachers' weekly timetables, coordination of group classes, reference letters, lost property,
 * passing on a friend's or a relative's contact, corrections of a mistyped number or id, messages that mix
 * two languages, emoji-heavy teenage messages, and very formal ones (keigo, 존댓말, formal Russian,
 * Vietnamese honorifics). Messenger ids are about a third of the entities, in all five languages, the
 * messengers named by fillers of their own in each language and script (Russian ones in the prepositional
 * case too). All entities come from the writers below (`blind7Entity`), none from the older sets: phone
 * numbers of Japan (mobiles, 050 IP phones, landlines with two- and three-digit area codes, free dial),
 * Korea (mobiles, landlines of Seoul and the provinces, 070, the eight-digit business numbers), Vietnam
 * (mobiles, landlines, hotlines), Russia (mobiles, city numbers, 8-800), the US (toll-free too), the UK
 * (mobiles, London, city and town landlines) and EU countries (Finland, Estonia, Lithuania, Latvia,
 * Slovakia, Slovenia, Croatia, Bulgaria, Luxembourg, Malta, Cyprus, Germany, France, Spain, Italy, the
 * Netherlands, Poland, Ireland), drawn at random and kept only when libphonenumber-js says the number is
 * valid for its country and its written form reads back as the same number; links to homework, quiz,
 * design, form and video sites; bare domains of newer generic, city and country top-level domains
 * (.study, .courses, .coach, .how, .yokohama, .okinawa, .moe, .kim, .tatar, .id.vn ...) and
 * internationalised ones (.みんな, .世界, .コム, .한국, .рф, .рус, .дети, .ком, Vietnamese labels); messenger
 * links (t.me, telegram.dog, wa.me, api.whatsapp.com, line.me, lin.ee, liff.line.me, open.kakao.com,
 * pf.kakao.com, zalo.me, m.me, ig.me, fb.me, vk.me, viber.click, discord.gg, weixin.qq.com); ids in the
 * style of each platform; cards of Visa, Mastercard (both ranges), Amex, JCB, Discover, Diners, UnionPay,
 * Mir, Maestro and NAPAS (Luhn); IPv4 addresses (public, private, shared address space, some followed by a
 * port) and IPv6 ones (full, compressed, NAT64, unique-local, link-local, upper case); IBANs of the smaller
 * EU states and of Liechtenstein, Monaco, San Marino, Andorra, Gibraltar, the Gulf, Israel, Turkey,
 * Azerbaijan, Moldova and Belarus besides the larger ones (mod 97, registry lengths); My Numbers and
 * resident registration numbers with their check digits. Disguises stay within the specification: NFKC
 * forms (full width whole or in part, full-width at signs, dots and hyphens, ideographic spaces), Cyrillic
 * and Greek look-alikes, zero-width characters, digits apart by spaces, dots, dashes or words, digits
 * spelled one by one in each language (〇 and 零, 공 and 영, whole, by group or mixed with written groups,
 * now and then in English inside another language), at and dot written out in each language, and e-mails
 * and links split by spaces. Hard negatives (`blind7Filler`): exam timetables with candidate and seat
 * numbers, typed-out payment confirmations with transaction references, weekly timetables, group sizes,
 * lost property without contact details, corrections of times and pages, scores and bands of several
 * exams, chemical equations, exchange rates, student ids and class names, recording timestamps, file names
 * whose extensions are also top-level domains, versions, ISBNs, order and tracking numbers, addresses,
 * classmates @-mentioned, messengers named with no id, idioms with digit words, and reminders not to send
 * card or identification numbers in the chat.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------

export const BLIND7_POSITIVE: Record<Lang, string[]> = {
  en: [
    "sorry it's 2am 😵 can't sleep before the exam. if you're up, {TGY} me: {TGZ}",
    'FINAL IS TOMORROW AND I UNDERSTAND NOTHING 😭😭 pls call {MOBZ} even for 10 min',
    "[photo: workbook p. 42, exercises 3-5 circled in red] it won't upload here so I emailed it to you from {MAILZ}",
    'Payment screenshot (typed out, the image will not attach):\nBeneficiary: Posy Blythe\nIBAN {IBANZ}\nStatus: completed',
    'My week 🗓\nMon/Wed: B1 group\nTue/Thu: private lessons\nFri: office hours on {SKY} ({SKZ})\nSat/Sun: off',
    "For the Saturday group I'm setting up a {WAY} chat. Text your name to {MOBZ} and I'll add you",
    'To whom it may concern,\nI have tutored Otis Ingram for two years and recommend him without reservation. I can be contacted at {MAILZ} or on {TELZ}.\nYours faithfully,\nHazel Abernathy',
    "Someone left a blue pencil case in room 4 after Thursday's class. If it's yours, call the front desk on {OFFZ}",
    "my friend Nell wants lessons too! her {IGY} is {IGZ}, she's shy so maybe you message first?",
    "wait I spelled it wrong 🤦 it's {DCZ} on {DCY}, not what I wrote before",
    'sorry, one digit was wrong. the right number is {TELZ}',
    'arigato sensei!! next time I will renraku you on {LINEY} → {LINEZ}',
    'omg ur the best 🥹🫶✨ add me on {IGY} {IGZ} 💅💅',
    'Dear Ms Abernathy,\nI should be most grateful if you would send the invoice to {MAILZ}. Should you require anything further, I may be reached on {TELZ}.\nYours sincerely,\nQuentin Hargreaves',
    'The payment page keeps timing out. Could you charge this card manually? {CARDZ}',
    "Our school's VPN gateway is {IPZ}; please add it to the allowlist before Monday's mock exam",
    'Minecraft English club server: {IPFZ}:25565 (bring your vocab list)',
    "I'm starting at an eikaiwa in Nagoya and HR wants my My Number (個人番号) for payroll: {MYNZ}",
    'The Korean visa agency asked me to confirm my resident registration number: {RRNZ}',
    "Here's the mock exam I made: {WEBZ} (time yourself, 45 minutes)",
    'my new tutoring site is up!! {DOMZ} (my brother built it lol)',
    'Study group invite for finals week: {CHATZ}',
    'My aunt in Chengdu wants lessons for her son; her {WXY} is {WXZ}',
    "My Korean roommate can help you with pronunciation, she's {KKZ} on {KKY}",
    'I lost your number when my phone broke 😩 is your {FBY} still {FBZ}?',
    '{LINEY} ID of the Osaka homestay family: {LINEZ} (they speak a little English)',
    'My grandmother only uses {VBY}, her number is {MOBZ}. She wants to say thank you!',
    'All my contacts in one place 👇\n📧 {MAILZ}\n📱 {TELZ}\n💬 {TGY} {TGZ}',
    "Daily listening drills go out on my {TGY} channel, DM {TGZ} and I'll add you",
    'exam-season study room on {DCY} every night at 10, my name there is {DCZ}',
    'I typed {TGZ} earlier but it is actually {TGZ} on {TGY}, sorry!!',
    'The Vietnamese exchange student asked for a way to reach you; her {ZLY} is {MOBZ}',
    "Paying for the whole term at once 💳 typed from the photo of the card: {CARDZ}, name on card M. Dunmore",
    'For the group class fund please transfer to my account: {IBANZ} (Rowan Kettering). 12 of you so far!',
    'Remote-desktop help for the speaking software: my laptop shows {IPZ} on the network page',
    "Mum says use her card instead of mine, it's {CARDZ} 🙏 she'll text you the code",
  ],
  ja: [
    '夜分遅くに失礼します🙇 明日の試験が不安で眠れません…もし起きていたら{LINEY}にご連絡ください。IDは{LINEZ}です',
    '共通テスト前日なのに長文が全然読めません😭😭 5分でいいので{MOBZ}にお電話いただけませんか',
    '【写真：ワーク42ページ、大問3に赤丸】こちらに画像が送れないので、{MAILZ}から先生のアドレスに送りました',
    '振込完了画面を書き写します\n受取人：MIYAZAKI KOTONE\nIBAN：{IBANZ}\n状態：完了',
    '今週の予定です🗓\n月・水：グループ\n火・木：個別\n金：{SKY}で質問対応（{SKZ}）\n土日：お休み',
    '土曜クラスの連絡用に{WAY}グループを作ります。参加希望の方は{MOBZ}までお名前をSMSでお送りください',
    '推薦状\n上記の者は二年間当方にて英語を学び、誠実に努力いたしました。ご不明な点がございましたら{MAILZ}または{TELZ}までお問い合わせくださいませ。',
    '木曜の授業のあと教室に青いペンケースの忘れ物がありました。お心当たりの方は受付（{OFFZ}）までご連絡ください',
    '友達の紗菜も先生の授業を受けたいそうです！{IGY}は{IGZ}です、人見知りなので先生から声をかけてもらえると嬉しいです',
    'すみません、さっきのIDは打ち間違いでした🙇 正しくは{DCY}の{DCZ}です',
    '番号が一桁違っていました🙏 正しくは{TELZ}です',
    'Thank you sensei!! 次からは{TGY}で連絡しますね → {TGZ}',
    '先生まじ神🥹🫶✨ {IGY}フォローして〜 {IGZ} 💅💅',
    '拝啓 時下ますますご清祥のこととお慶び申し上げます。請求書は{MAILZ}宛にお送りいただけますと幸いに存じます。ご不明な点がございましたら{TELZ}までご連絡賜りますようお願い申し上げます。敬具',
    '決済ページが何度もタイムアウトしてしまいます。恐れ入りますが、こちらのカードで決済をお願いできますでしょうか。{CARDZ}',
    '学校のVPNのゲートウェイは{IPZ}です。月曜の模試までに許可リストに追加しておいてください',
    '英語部のマイクラサーバー：{IPFZ}:25565 単語帳持ってきてね',
    '年末調整の書類にマイナンバーを記入する欄があったので、念のためお送りします。{MYNZ}',
    '個人番号カードの番号を教えてほしいと言われたのですが、これで合っていますか？{MYNZ}',
    '韓国の語学堂の申請書に外国人登録番号（住民登録番号の形式）を書く欄がありました：{RRNZ}',
    '作った模試はこちらです：{WEBZ} 45分で解いてみてください',
    '教室のホームページができました！{DOMZ}（弟が作ってくれました笑）',
    '期末テスト前の勉強会グループはこちら→{CHATZ}',
    '中国にいる叔母が息子の英語を見てほしいそうです。{WXY}は{WXZ}です',
    '韓国人のルームメイトが発音を手伝ってくれるそうです、{KKY}のIDは{KKZ}です',
    'スマホが壊れて先生の連絡先が消えちゃいました😩 {FBY}はまだ{FBZ}ですか？',
    'ホームステイ先のお母さんは{WAY}しか使わないそうです。番号は{MOBZ}です',
    '連絡先まとめ👇\n📧 {MAILZ}\n📱 {TELZ}\n💬 {LINEY} {LINEZ}',
    '毎朝のリスニング課題は{TGY}で配信しています。参加希望の方は{TGZ}までDMをどうぞ',
    'テスト期間中は毎晩22時から{DCY}で自習室やってます！私は{DCZ}です',
    'さっき{LINEZ}って送りましたが、正しい{LINEY}のIDは{LINEZ}でした、失礼しました',
    '父が先生に直接お礼を言いたいそうです。父の{LINEY}は{LINEZ}、携帯は{MOBZ}です',
    '一学期分まとめてお支払いします💳 カードの写真から書き写しました：{CARDZ}',
    'グループレッスン代はこちらの口座にお振込みください：{IBANZ}（名義 MORITA NAGISA）',
    'リモートでソフトの設定を見ていただきたいです。ネットワーク画面には{IPZ}と出ています',
    '母のカードで払ってと言われました、{CARDZ}です🙏',
  ],
  ko: [
    '늦은 시간에 죄송해요😭 내일 시험인데 잠이 안 와요… 혹시 깨어 계시면 {KKY} 주세요 ({KKZ})',
    '수능 D-1인데 빈칸 추론 하나도 모르겠어요ㅠㅠㅠ 5분만 {MOBZ}로 전화 주시면 안 될까요',
    '[사진: 워크북 42쪽, 3번 문제에 빨간 동그라미] 여기로 사진이 안 올라가서 {MAILZ}에서 선생님 메일로 보냈어요',
    '이체 완료 화면 옮겨 적어요\n받는 분: AHN SEOAH\nIBAN: {IBANZ}\n상태: 완료',
    '이번 주 일정이에요🗓\n월·수: 그룹\n화·목: 개인 수업\n금: {SKY} 질문 받기 ({SKZ})\n주말: 휴무',
    '토요반 연락용 {KKY} 단톡방 만들게요. 들어오실 분은 {MOBZ}로 이름 문자 주세요',
    '추천서\n위 학생은 2년간 본인에게 영어를 배우며 성실히 노력하였습니다. 문의 사항은 {MAILZ} 또는 {TELZ}로 연락 주시기 바랍니다.',
    '목요일 수업 후 강의실에 파란 필통 두고 가신 분 계세요? 안내 데스크({OFFZ})로 연락 주세요',
    '제 친구 다인이도 수업 듣고 싶대요! {IGY} 아이디는 {IGZ}인데 낯가려서 선생님이 먼저 연락해 주시면 좋겠어요',
    '아까 아이디 오타였어요ㅠ {DCY}는 {DCZ}가 맞아요',
    '번호 한 자리 틀렸어요🙏 정확한 번호는 {TELZ}입니다',
    'Thank you 쌤!! 다음부터는 {TGY}에서 연락할게요 → {TGZ}',
    '쌤 진짜 최고🥹🫶✨ {IGY} 맞팔해요 {IGZ} 💅💅',
    '선생님, 바쁘신 와중에 연락드려 송구합니다. 청구서는 {MAILZ}로 보내 주시면 감사하겠습니다. 추가로 확인하실 사항이 있으시면 {TELZ}로 연락 주시기 바랍니다.',
    '결제 페이지가 계속 시간 초과돼요. 죄송하지만 이 카드로 직접 결제해 주실 수 있을까요? {CARDZ}',
    '학원 VPN 게이트웨이는 {IPZ}예요. 월요일 모의고사 전에 허용 목록에 추가해 주세요',
    '영어 동아리 마크 서버 주소: {IPFZ}:25565 단어장 챙겨 오세요',
    '연말정산 서류에 주민등록번호 적는 칸이 있어서요, {RRNZ} 맞게 적은 건지 봐 주실래요?',
    '보험 가입 때문에 아이 주민번호가 필요하다고 하셔서 보내드립니다: {RRNZ}',
    '일본 회사 입사 서류에 마이넘버(個人番号)를 적어야 한대요: {MYNZ}',
    '제가 만든 모의고사예요: {WEBZ} 45분 재고 풀어 보세요',
    '공부방 홈페이지 열었어요! {DOMZ} (동생이 만들어 줬어요ㅋㅋ)',
    '기말고사 스터디 오픈채팅 → {CHATZ}',
    '중국에 계신 이모가 사촌동생 영어 봐 주실 수 있냐고 하세요. {WXY} 아이디는 {WXZ}예요',
    '일본 홈스테이 가족 {LINEY} 아이디예요: {LINEZ} (영어 조금 하세요)',
    '폰 고장 나서 연락처 다 날아갔어요😩 {FBY} 아직 {FBZ} 맞으세요?',
    '호주 홈스테이 맘은 {WAY}만 쓰신대요. 번호는 {MOBZ}예요',
    '연락처 정리👇\n📧 {MAILZ}\n📱 {TELZ}\n💬 {KKY} {KKZ}',
    '매일 아침 리스닝 과제는 {TGY} 채널로 보내요. 참여하실 분은 {TGZ}로 DM 주세요',
    '시험 기간엔 매일 밤 10시에 {DCY}에서 캠스터디 해요! 저는 {DCZ}예요',
    '아까 {KKZ}라고 보냈는데 {KKY} 아이디 {KKZ}가 맞아요, 죄송해요',
    '아빠가 선생님께 직접 감사 인사 드리고 싶으시대요. 아빠 {KKY} 아이디는 {KKZ}, 번호는 {MOBZ}예요',
    '한 학기 수강료 한 번에 결제할게요💳 카드 사진 보고 옮겨 적었어요: {CARDZ}',
    '그룹 수업료는 이 계좌로 보내 주세요: {IBANZ} (예금주 YANG ARIN)',
    '원격으로 프로그램 설정 좀 봐 주세요. 네트워크 화면에 {IPZ} 이렇게 떠요',
    '엄마 카드로 결제하래요, 번호는 {CARDZ}예요🙏',
  ],
  ru: [
    'Простите, что так поздно 🙈 Не могу уснуть перед экзаменом… Если не спите, напишите в {TGPY}: {TGZ}',
    'ЕГЭ ЗАВТРА, а я ничего не понимаю 😭😭 Позвоните, пожалуйста, хоть на 5 минут: {MOBZ}',
    '[фото: рабочая тетрадь, стр. 42, упр. 3 обведено красным] Сюда не грузится, отправила вам с почты {MAILZ}',
    'Перепечатываю скрин перевода:\nПолучатель: ROMANOV LEV\nIBAN: {IBANZ}\nСтатус: исполнен',
    'Моё расписание на неделю 🗓\nПн/Ср: группа\nВт/Чт: индивидуально\nПт: консультации в {SKY} ({SKZ})\nСб/Вс: выходной',
    'Для субботней группы создам чат в {WAY}. Пришлите своё имя на {MOBZ}, я добавлю',
    'РЕКОМЕНДАТЕЛЬНОЕ ПИСЬМО\nНастоящим подтверждаю, что Зайцева Кира занималась у меня английским языком в течение двух лет. По всем вопросам прошу обращаться по адресу {MAILZ} или по телефону {TELZ}.',
    'После четверговой группы в кабинете забыли синий пенал. Чей — звоните администратору: {OFFZ}',
    'Моя подруга Агата тоже хочет заниматься! Её {IGY}: {IGZ}, она стесняется, напишите ей первой, пожалуйста',
    'Ой, в нике опечатка 🙈 Правильно в {DCPY}: {DCZ}',
    'Извините, ошиблась в одной цифре. Верный номер: {TELZ}',
    'Thanks a lot!! Next time пишите мне в {TGPY}, so much faster → {TGZ}',
    'вы лучшая 🥹🫶✨ подпишитесь в {IGPY} {IGZ} 💅💅',
    'Уважаемая Ульяна Сергеевна! Будьте добры, направьте счёт на адрес {MAILZ}. В случае возникновения вопросов я доступен по телефону {TELZ}. С уважением, Р. Макаров',
    'Платёжная страница зависает. Не могли бы вы списать оплату вручную с этой карты? {CARDZ}',
    'Шлюз школьного VPN: {IPZ}, добавьте его в белый список до пробного экзамена',
    'Сервер английского клуба в майнкрафте: {IPFZ}:25565, приносите словарики',
    'Устраиваюсь в языковую школу в Нагое, бухгалтерия просит мой My Number (個人番号): {MYNZ}',
    'Корейское агентство просит подтвердить мой регистрационный номер резидента (주민등록번호): {RRNZ}',
    'Вот пробный вариант, который я составила: {WEBZ} (засеките 45 минут)',
    'Мой сайт наконец заработал! {DOMZ} (брат сделал 😄)',
    'Группа подготовки к сессии: {CHATZ}',
    'Тётя из Харбина хочет занятия для сына, её {WXY}: {WXZ}',
    'Моя соседка-кореянка поможет с произношением, её {KKY}: {KKZ}',
    'Телефон сломался, контакты пропали 😩 ваш {FBY} всё ещё {FBZ}?',
    '{LINEY} семьи, у которой я буду жить в Осаке: {LINEZ} (немного говорят по-английски)',
    'Бабушка пользуется только {VBY}, её номер {MOBZ}. Хочет поблагодарить вас лично!',
    'Все мои контакты 👇\n📧 {MAILZ}\n📱 {TELZ}\n💬 {TGY} {TGZ}',
    'Ежедневные аудирования выкладываю в своём канале в {TGPY}, пишите {TGZ}, добавлю',
    'В сессию каждый вечер в 22:00 сидим в войсе в {DCPY}, мой ник {DCZ}',
    'Я написала {TGZ}, но правильно в {TGPY}: {TGZ}, простите!',
    'Папа хочет лично поблагодарить вас. Его {TGY}: {TGZ}, телефон {MOBZ}',
    'Оплачу сразу весь семестр 💳 переписала с фото карты: {CARDZ}',
    'Деньги за групповые занятия переводите на мой счёт: {IBANZ} (получатель Belov Savva)',
    'Помогите настроить программу удалённо: в сетевых настройках у меня {IPZ}',
    'Мама сказала платить её картой: {CARDZ} 🙏',
  ],
  vi: [
    'Em xin lỗi nhắn muộn ạ 🙈 mai thi mà em không ngủ được… cô còn thức thì nhắn {ZLY} em nha: {MOBZ}',
    'MAI THI THPT RỒI MÀ EM CHƯA HIỂU GÌ 😭😭 cô gọi em 5 phút thôi được không ạ {MOBZ}',
    '[ảnh: sách bài tập trang 42, bài 3 khoanh đỏ] em không gửi ảnh ở đây được nên đã gửi từ mail {MAILZ} sang mail cô rồi ạ',
    'Em chép lại ảnh chụp màn hình chuyển khoản ạ\nNgười nhận: HUYNH KHOA\nIBAN: {IBANZ}\nTrạng thái: thành công',
    'Lịch tuần này của thầy 🗓\nT2/T4: lớp nhóm\nT3/T5: kèm riêng\nT6: giải đáp qua {SKY} ({SKZ})\nT7/CN: nghỉ',
    'Lớp thứ Bảy mình lập nhóm {WAY} nha, ai muốn vào thì nhắn tên cho cô qua số {MOBZ}',
    'THƯ GIỚI THIỆU\nTôi xác nhận em Lưu Quỳnh đã theo học tiếng Anh với tôi trong hai năm và luôn chăm chỉ. Mọi thắc mắc xin vui lòng liên hệ {MAILZ} hoặc {TELZ}.',
    'Sau buổi học thứ Năm có bạn để quên hộp bút màu xanh ở phòng học. Ai là chủ thì gọi lễ tân {OFFZ} nhé',
    'Bạn em là Diệp cũng muốn học ạ! {IGY} của bạn ấy là {IGZ}, bạn hơi ngại nên cô nhắn trước giúp em nha',
    'À em gõ nhầm ID rồi ạ 🙈 {DCY} đúng là {DCZ}',
    'Em xin lỗi, sai một số ạ. Số đúng là {TELZ}',
    'Thank you cô nhiều nha!! lần sau em nhắn {TGY} cho nhanh → {TGZ}',
    'cô đỉnh quá trời 🥹🫶✨ follow {IGY} em nha {IGZ} 💅💅',
    'Kính gửi Thầy, con xin phép làm phiền Thầy ạ. Kính mong Thầy gửi hoá đơn về địa chỉ {MAILZ}. Nếu cần thêm thông tin, Thầy vui lòng liên hệ con qua số {TELZ}. Con cảm ơn Thầy ạ.',
    'Trang thanh toán cứ bị treo ạ. Cô trừ tiền giúp em bằng thẻ này được không ạ? {CARDZ}',
    'Cổng VPN của trung tâm là {IPZ}, thêm vào danh sách cho phép trước buổi thi thử thứ Hai nha',
    'Server Minecraft CLB tiếng Anh: {IPFZ}:25565 nhớ mang sổ từ vựng nha',
    'Em sắp làm ở trường tiếng Anh ở Nagoya, phòng nhân sự xin số My Number (個人番号) của em: {MYNZ}',
    'Trung tâm du học Hàn hỏi số đăng ký cư trú (주민등록번호) của em: {RRNZ}',
    'Đề thi thử em tự soạn nè: {WEBZ} bấm giờ 45 phút nha',
    'Web dạy học của cô chạy rồi nè! {DOMZ} (em trai cô làm giúp 😄)',
    'Nhóm ôn thi cuối kỳ: {CHATZ}',
    'Dì em ở Quảng Châu muốn cô dạy cho con dì, {WXY} của dì là {WXZ}',
    'Bạn cùng phòng người Hàn của em có thể giúp luyện phát âm, {KKY} bạn ấy là {KKZ}',
    'Điện thoại em hư mất hết danh bạ 😩 {FBY} của cô vẫn là {FBZ} hả cô?',
    '{LINEY} của gia đình homestay ở Osaka: {LINEZ} (họ nói được chút tiếng Anh)',
    'Bà em chỉ dùng {VBY} thôi, số là {MOBZ}. Bà muốn cảm ơn cô ạ!',
    'Liên hệ của em 👇\n📧 {MAILZ}\n📱 {TELZ}\n💬 {TGY} {TGZ}',
    'Bài nghe mỗi sáng thầy gửi trên kênh {TGY}, ai muốn vào thì DM {TGZ}',
    'Mùa thi tối nào 10h cũng học chung trên {DCY} nha, tên em là {DCZ}',
    'Em gửi nhầm {FBZ}, {FBY} đúng của em là {FBZ} ạ',
    'Ba em muốn cảm ơn cô trực tiếp ạ. {ZLY} của ba là {MOBZ}, còn {FBY} là {FBZ}',
    'Em đóng luôn học phí cả kỳ ạ 💳 em chép từ ảnh thẻ: {CARDZ}',
    'Học phí lớp nhóm mọi người chuyển vào tài khoản này nha: {IBANZ} (chủ TK GIANG THU)',
    'Thầy xem giúp em cài phần mềm từ xa với ạ, trong mục mạng máy em hiện {IPZ}',
    'Mẹ em bảo trả bằng thẻ của mẹ: {CARDZ} ạ 🙏',
  ],
};

export const BLIND7_NEGATIVE: Record<Lang, string[]> = {
  en: [
    "it's 2am and I'm still on question 14 of the past paper 😵 see you at {TIMEW}",
    'Exam timetable: Paper 1 {DATEW} {TIMEW}, Paper 2 {DATEW} {TIMEW}. Candidate number {CANDW}, seat {SEATW}',
    '[photo of page {PAGEW}, exercises {EXRANGEW}] I think I got number {NUMW} wrong',
    'Payment screenshot typed out: Amount {PRICEW} · Ref {REFW} · {DATEW} · Status: completed ✅',
    'Weekly schedule: Mon {TIMERW} B1 · Wed {TIMERW} B2 · Fri {TIMERW} IELTS · Sun off',
    'Group class: {COUNTW} students confirmed, {COUNTW} on the waitlist. Room {ROOMW}',
    'Reference letter draft attached ({FILEW}). She scored {SCOREW} on the final and came to {COUNTW} of 40 lessons.',
    'Lost & found: a grey scarf, a {MODELW} charger and a Casio calculator were left in room {ROOMW}',
    "My friend asked about lessons but she'll sign up on the app herself, so no need to swap contacts 🙂",
    'typo in my last msg: I meant {TIMEW}, not {TIMEW} 🙈',
    'Correction: the homework is exercises {EXRANGEW} on page {PAGEW}, not page {PAGEW}',
    'sensei, kyou no lesson wa {TIMEW} kara desu ka? I forgot lol',
    'omg {SCOREW} on the mock!!! 🥳🥳🎉 thank u {MENTIONW} and {MENTIONW} for the flashcards',
    'Dear Mr Hargreaves, I am writing to confirm that the fee of {PRICEW} for {COUNTW} lessons has been settled. Kind regards',
    'Please never share card numbers or bank details in this chat; the platform will never ask for them.',
    'The projector in room {ROOMW} needs firmware {VERW} before the group class',
    'Version check: app {VERW}, browser {VERW}. Still cannot hear you',
    'ISBN {ISBNW} is the new edition; the old one has different page numbers',
    'Order {ORDERW} for the workbook has shipped, tracking {TRACKW}',
    'Score breakdown: Listening {BANDW}, Reading {BANDW}, Writing {BANDW}, Speaking {BANDW}',
    'Attached {FILEW} and {FILEW}. The audio is {DURW} long',
    "Telegram, WhatsApp and LINE are all blocked on the school network, so we'll stick to this chat.",
    'Chemistry homework: {CHEMW}. Is that balanced?',
    'The speaking club meets at {ADDRW}, {DATEW} at {TIMEW}.',
    'Exam-season stats: {COUNTW} flashcards in {COUNTW} days 📚 streak of {COUNTW}!',
    'Exchange rate today: 1 USD = {RATEW} JPY, so the lesson comes to about {PRICEW}',
    'Student ID {STUIDW}, class {CLASSW}. Please use these on the consent form',
    'At {TSW} in the recording I mix up affect and effect again',
    'Three strikes and you are out, but two heads are better than one 😄 (idioms for Thursday)',
  ],
  ja: [
    '夜中の2時なのにまだ過去問の14番です😵 明日は{TIMEW}にお願いします',
    '試験日程：一次 {DATEW} {TIMEW}、二次 {DATEW} {TIMEW}、受験番号 {CANDW}、座席 {SEATW}',
    '【写真：{PAGEW}ページの大問{NUMW}】ここの答えが合っているか不安です',
    '振込画面を書き写しました：金額 {PRICEW}・受付番号 {REFW}・{DATEW}・完了✅',
    '今週の予定：月 {TIMERW} 英検2級／水 {TIMERW} TOEIC／金 {TIMERW} 個別',
    'グループクラスは{COUNTW}名確定、キャンセル待ち{COUNTW}名です。教室は{ROOMW}です',
    '推薦状の下書きを添付しました（{FILEW}）。期末テストは{SCOREW}点でした',
    '忘れ物：グレーのマフラー、{MODELW}の充電器、関数電卓が{ROOMW}に残っていました',
    '友達も体験レッスンを受けたいそうですが、アプリから自分で申し込むそうなので連絡先の交換は不要です🙂',
    'さっきの訂正です：{TIMEW}ではなく{TIMEW}でした🙈',
    '訂正：宿題は{PAGEW}ページの{EXRANGEW}です',
    "Today's lesson、何時からでしたっけ？{TIMEW}？ごめんなさい忘れちゃいました",
    '模試{SCOREW}点取れた〜！！🥳🎉 {MENTIONW}と{MENTIONW}のおかげ🙏',
    '拝啓 {COUNTW}回分の受講料{PRICEW}のお支払いを確認いたしました。今後ともよろしくお願い申し上げます。敬具',
    'カード番号や口座情報は絶対にチャットで送らないでください。運営がそれを尋ねることはありません',
    'アプリ{VERW}、ブラウザ{VERW}でも音が出ません',
    'ISBN {ISBNW}が新版です。旧版とはページ番号が違います',
    'ワークの注文{ORDERW}が発送されました。追跡番号{TRACKW}',
    '英検の結果：リーディング{CSEW}、リスニング{CSEW}、ライティング{CSEW}',
    '{FILEW}と{FILEW}を添付しました。音声は{DURW}です',
    '学校のWi-FiだとLINEもWhatsAppもつながらないので、このチャットで続けましょう',
    '化学の宿題：{CHEMW} これで係数合ってますか？',
    '勉強会は{ADDRW}で、{DATEW}の{TIMEW}からです',
    '今日の四字熟語は「一期一会」「七転八起」「十人十色」です',
    '為替が1ドル{RATEW}円なので、レッスン代はだいたい{PRICEW}です',
    '学籍番号{STUIDW}、クラス{CLASSW}です。同意書にはこちらを書いてください',
    '録音の{TSW}あたりで発音が崩れています',
    'マイナンバーの提出は郵送でお願いします。チャットには書かないでください',
    'プロジェクターのファームウェアを{VERW}に更新してから授業を始めます',
  ],
  ko: [
    '새벽 2시인데 아직 기출 14번이에요😵 내일 {TIMEW}에 봬요',
    '시험 일정: 1교시 {DATEW} {TIMEW}, 2교시 {DATEW} {TIMEW}, 수험번호 {CANDW}, 좌석 {SEATW}',
    '[사진: {PAGEW}쪽 {NUMW}번] 여기 답 맞는지 모르겠어요',
    '이체 화면 옮겨 적어요: 금액 {PRICEW} · 거래번호 {REFW} · {DATEW} · 완료✅',
    '이번 주: 월 {TIMERW} 토익 / 수 {TIMERW} 회화 / 금 {TIMERW} 개인 수업',
    '그룹반 {COUNTW}명 확정, 대기 {COUNTW}명이에요. 강의실 {ROOMW}',
    '추천서 초안 첨부했어요({FILEW}). 기말 {SCOREW}점이었어요',
    '분실물: 회색 목도리, {MODELW} 충전기, 공학용 계산기가 {ROOMW}에 있었어요',
    '친구도 체험 수업 듣고 싶대요. 앱에서 직접 신청한대서 연락처 교환은 안 해도 돼요🙂',
    '아까 거 정정: {TIMEW} 말고 {TIMEW}예요🙈',
    '정정: 숙제는 {PAGEW}쪽 {EXRANGEW}번이에요',
    'Today lesson 몇 시였죠? {TIMEW}? 까먹었어요ㅠ',
    '모의고사 {SCOREW}점 나왔어요!!🥳🎉 {MENTIONW} {MENTIONW} 고마워',
    '선생님, {COUNTW}회 수강료 {PRICEW} 입금 확인하였습니다. 앞으로도 잘 부탁드립니다.',
    '카드 번호나 계좌 정보는 절대 채팅으로 보내지 마세요. 운영팀은 그런 걸 묻지 않습니다',
    '앱 {VERW}, 브라우저 {VERW}인데도 소리가 안 나요',
    'ISBN {ISBNW}가 개정판이에요. 구판이랑 쪽수가 달라요',
    '교재 주문 {ORDERW} 발송됐어요. 운송장 {TRACKW}',
    '토익 점수: LC {TOEICPW} / RC {TOEICPW}',
    '{FILEW}, {FILEW} 첨부했어요. 음성은 {DURW}예요',
    '학교 와이파이에서는 카톡이랑 라인이 다 막혀서 여기서 계속 얘기해요',
    '화학 숙제: {CHEMW} 계수 맞아요?',
    '스터디는 {ADDRW}에서 {DATEW} {TIMEW}에 해요',
    '오늘의 사자성어: 일취월장, 삼삼오오, 십중팔구',
    '환율이 1달러 {RATEW}원이라 수업료는 대략 {PRICEW} 정도예요',
    '학번 {STUIDW}, 반 {CLASSW}이에요. 동의서에는 이걸 적어 주세요',
    '녹음 {TSW}쯤에서 발음이 무너져요',
    '서류에는 주민번호 앞자리 {RRNFW}만 적고 뒷자리는 비워 두세요',
    '주민등록번호나 카드 번호는 채팅으로 보내지 마시고 방문해서 작성해 주세요',
  ],
  ru: [
    'Два часа ночи, а я всё ещё на 14-м задании 😵 до завтра, в {TIMEW}',
    'Расписание экзаменов: {DATEW} в {TIMEW}, аудитория {ROOMW}, место {SEATW}, номер бланка {CANDW}',
    '[фото стр. {PAGEW}, упр. {EXRANGEW}] в номере {NUMW} точно ошибка?',
    'Скрин оплаты: сумма {PRICEW} · номер операции {REFW} · {DATEW} · исполнен ✅',
    'Неделя: Пн {TIMERW} ОГЭ · Ср {TIMERW} разговорный · Пт {TIMERW} индивидуально',
    'В группе {COUNTW} человек, ещё {COUNTW} в листе ожидания. Кабинет {ROOMW}',
    'Черновик рекомендации во вложении ({FILEW}). За итоговый тест {SCOREW} баллов',
    'Потеряшки: серый шарф, зарядка {MODELW} и калькулятор остались в кабинете {ROOMW}',
    'Подруга тоже хочет на пробный урок, запишется сама через приложение, контакты не нужны 🙂',
    'Поправка: не {TIMEW}, а {TIMEW} 🙈',
    'Исправление: домашка на стр. {PAGEW}, упр. {EXRANGEW}',
    'Sorry, во сколько today урок? {TIMEW}? забыла',
    '{SCOREW} баллов на пробнике!!! 🥳🎉 спасибо {MENTIONW} и {MENTIONW} за карточки',
    'Уважаемая Таисия Андреевна! Подтверждаю оплату {COUNTW} занятий на сумму {PRICEW}. С уважением',
    'Никогда не отправляйте в чат номер карты и реквизиты, платформа их никогда не запрашивает',
    'Приложение {VERW}, браузер {VERW}, а звука всё равно нет',
    'ISBN {ISBNW}: новое издание, страницы не совпадают со старым',
    'Заказ {ORDERW} с рабочей тетрадью отправлен, трек {TRACKW}',
    'Баллы: аудирование {BANDW}, чтение {BANDW}, письмо {BANDW}, говорение {BANDW}',
    'Прикрепила {FILEW} и {FILEW}, аудио длится {DURW}',
    'В школьной сети заблокированы Телеграм, Вотсап и Скайп, так что общаемся здесь',
    'Химия: {CHEMW}. Коэффициенты правильные?',
    'Разговорный клуб: {ADDRW}, {DATEW} в {TIMEW}',
    'Семь раз отмерь, один раз отрежь. Девятый вал, седьмое небо 😄',
    'Курс сегодня {RATEW} ₽ за доллар, так что урок выходит примерно {PRICEW}',
    'Номер студенческого {STUIDW}, группа {CLASSW}. Пишите это в согласии',
    'На {TSW} в записи я путаю affect и effect',
    'ИНН школы и реквизиты есть в договоре, в чат их не пишу',
    'Проектору нужна прошивка {VERW}, иначе не видит ноутбук',
  ],
  vi: [
    '2h sáng rồi mà em vẫn đang làm câu 14 đề cũ 😵 mai học lúc {TIMEW} nha cô',
    'Lịch thi: {DATEW} lúc {TIMEW}, phòng {ROOMW}, SBD {CANDW}, ghế {SEATW}',
    '[ảnh trang {PAGEW}, bài {EXRANGEW}] câu {NUMW} em làm sai phải không cô',
    'Em chép lại ảnh chuyển khoản: số tiền {PRICEW} · mã GD {REFW} · {DATEW} · thành công ✅',
    'Lịch tuần: T2 {TIMERW} IELTS · T4 {TIMERW} giao tiếp · T6 {TIMERW} kèm riêng',
    'Lớp nhóm đã chốt {COUNTW} bạn, {COUNTW} bạn đang chờ. Phòng {ROOMW}',
    'Bản nháp thư giới thiệu em gửi kèm ({FILEW}). Bài cuối kỳ em được {SCOREW} điểm',
    'Đồ thất lạc: khăn quàng xám, sạc {MODELW} và máy tính Casio để quên ở phòng {ROOMW}',
    'Bạn em cũng muốn học thử nhưng bạn tự đăng ký trên app, không cần trao đổi liên lạc đâu ạ 🙂',
    'Em sửa lại: không phải {TIMEW} mà là {TIMEW} ạ 🙈',
    'Đính chính: bài tập là bài {EXRANGEW} trang {PAGEW}',
    'Cô ơi today lesson mấy giờ ạ? {TIMEW} hả? em quên mất',
    'Thi thử được {SCOREW} điểm nè!!! 🥳🎉 cảm ơn {MENTIONW} với {MENTIONW} nha',
    'Kính gửi Thầy, con xin xác nhận đã chuyển học phí {COUNTW} buổi là {PRICEW}. Con cảm ơn Thầy ạ.',
    'Tuyệt đối không gửi số thẻ hay số tài khoản qua tin nhắn, nền tảng không bao giờ hỏi mấy thông tin đó',
    'App {VERW}, trình duyệt {VERW} mà vẫn không nghe được tiếng',
    'ISBN {ISBNW} là bản mới, số trang khác bản cũ',
    'Đơn {ORDERW} sách bài tập đã giao cho đơn vị vận chuyển, mã vận đơn {TRACKW}',
    'Điểm: Nghe {BANDW}, Đọc {BANDW}, Viết {BANDW}, Nói {BANDW}',
    'Em gửi kèm {FILEW} và {FILEW}, file ghi âm dài {DURW}',
    'Wifi trường chặn Zalo với Messenger rồi nên mình nói chuyện ở đây nha',
    'Bài hoá: {CHEMW} cân bằng vậy đúng chưa cô?',
    'CLB nói tiếng Anh họp ở {ADDRW}, {DATEW} lúc {TIMEW}',
    'Một nghề cho chín còn hơn chín nghề 😄 cô hay nói câu này',
    'Tỷ giá hôm nay 1 USD = {RATEW} đồng nên học phí khoảng {PRICEW}',
    'MSSV {STUIDW}, lớp {CLASSW}, ghi vào giấy đồng ý giúp em nha',
    'Ở phút {TSW} trong bản ghi em nhầm affect với effect',
    'CCCD với số tài khoản em sẽ nộp trực tiếp ở trung tâm, không gửi qua đây ạ',
    'Máy chiếu phòng {ROOMW} phải cập nhật firmware {VERW} mới chạy được',
  ],
};

// ---- small helpers -----------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const cap7 = (w: string) => w[0].toUpperCase() + w.slice(1);
const cjk7 = (lang: Lang) => lang === 'ja' || lang === 'ko';
const KEY7 = [...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key7 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY7)).join('');
const hex7 = (r: Rng, n: number) => [...Array(n)].map(() => '0123456789abcdef'[r.int(0, 15)]).join('');
const low7 = (r: Rng, n: number) => [...Array(n)].map(() => 'abcdefghijklmnopqrstuvwxyz0123456789'[r.int(0, 35)]).join('');
const nz7 = (r: Rng) => String(r.int(2, 9));
const ZW_RE7 = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Cuts a string into groups of the given sizes (the rest, if any, in one more group). */
function cut7(s: string, sizes: number[]): string[] {
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

/** Full width on the characters that match only. */
function fwSome7(s: string, which: RegExp): string {
  return [...s].map((c) => (which.test(c) ? fullWidth(c) : c)).join('');
}

/** Zero-width characters between characters (never first or last); after: only after characters that match. */
function zw7(r: Rng, s: string, lo: number, hi: number, after?: RegExp): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  let slots: number[] = [];
  for (let i = 1; i < chars.length; i++) if (!after || after.test(chars[i - 1])) slots.push(i);
  if (slots.length === 0) slots = [...Array(chars.length - 1)].map((_, i) => i + 1);
  const n = Math.max(1, Math.min(r.int(lo, hi), slots.length));
  const at = new Set<number>();
  while (at.size < n) at.add(r.pick(slots));
  return chars.map((c, i) => (at.has(i) ? r.pick(ZW) : '') + c).join('');
}

/** Cyrillic and Greek look-alikes of Latin letters. */
const LOOK7: Record<string, string[]> = {
  a: ['а', 'α'],
  c: ['с'],
  e: ['е'],
  i: ['і', 'ι'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  h: ['һ'],
  A: ['А', 'Α'],
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

/** Swaps one to max letters of s[from, to) for look-alikes; n: how many were swapped. */
function looks7(r: Rng, s: string, from = 0, max = 2): { text: string; n: number } {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = from; i < chars.length; i++) if (LOOK7[chars[i]]) idx.push(i);
  if (idx.length === 0) return { text: s, n: 0 };
  const n = r.int(1, Math.min(max, idx.length));
  const done = new Set<number>();
  while (done.size < n) done.add(r.pick(idx));
  for (const i of done) chars[i] = r.pick(LOOK7[chars[i]]);
  return { text: chars.join(''), n };
}

// ---- names -------------------------------------------------------------------------------------

const NAMES7: Record<Lang, { g: string[]; f: string[]; tag: string[] }> = {
  en: { g: ['hazel', 'ezra', 'posy', 'milo', 'clem', 'jasper', 'nell', 'rowan', 'tabby', 'quentin', 'ivy', 'otis'], f: ['abernathy', 'blythe', 'crowley', 'dunmore', 'eastwood', 'fairbairn', 'gillespie', 'hargreaves', 'ingram', 'kettering', 'loveday', 'pennington'], tag: ['study', 'phonics', 'essays', 'satprep', 'reads'] },
  ja: { g: ['kotone', 'riku', 'hinata', 'asahi', 'tsumugi', 'haruki', 'nagisa', 'kou', 'sana', 'eito', 'mahiro', 'yuzuki'], f: ['miyazaki', 'morita', 'ueda', 'ishii', 'maeda', 'ogawa', 'murakami', 'sakamoto', 'kimura', 'hayashi'], tag: ['eiken', 'juken', 'benkyo', 'jlpt', 'eigo'] },
  ko: { g: ['seoah', 'junseo', 'arin', 'hajun', 'yerin', 'minjun', 'sohee', 'taeyoon', 'dain', 'woojin', 'nayeon', 'siyoon'], f: ['moon', 'yang', 'ahn', 'ryu', 'han', 'bae', 'noh', 'ha', 'yoo', 'son'], tag: ['suneung', 'toefl', 'yeongeo', 'opic', 'gongbu'] },
  ru: { g: ['arseniy', 'milana', 'yaroslav', 'ulyana', 'bogdan', 'zlata', 'savva', 'taisia', 'lev', 'kira', 'rodion', 'agata'], f: ['belov', 'gromova', 'danilov', 'zaitseva', 'kalinin', 'lazareva', 'makarov', 'osipova', 'romanov', 'titova'], tag: ['oge', 'ege', 'angl', 'lingua', 'prep'] },
  vi: { g: ['khoa', 'my', 'hieu', 'nga', 'phat', 'quynh', 'son', 'thu', 'vinh', 'xuan', 'diep', 'tien'], f: ['huynh', 'vo', 'duong', 'luu', 'mai', 'quach', 'ton', 'chau', 'la', 'giang'], tag: ['thpt', 'ielts', 'tienganh', 'hocbai', 'giasu'] },
};

function who7(r: Rng, lang: Lang): { a: string; b: string; t: string } {
  const { g, f, tag } = NAMES7[lang];
  return { a: r.pick(g), b: r.pick(f), t: r.pick(tag) };
}

// ---- at and dot words --------------------------------------------------------------------------

/** At and dot words of each language, in pairs of the same style (index by index). */
const AT7: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', ' [at] ', '(at)', '[at]', ' AT '],
  ja: ['アット', ' アット ', '(at)', 'あっと', '＠'],
  ko: ['앳', ' 앳 ', '(at)', '골뱅이', ' 골뱅이 '],
  ru: [' собака ', '(собака)', ' (at) ', ' собачка ', ' [собака] '],
  vi: [' a còng ', '(a còng)', ' (at) ', ' a cong ', ' [a còng] '],
};
const DOT7: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', ' [dot] ', '(dot)', '[dot]', ' DOT '],
  ja: ['ドット', ' ドット ', '(dot)', 'どっと', 'ドット'],
  ko: ['점', ' 점 ', '(dot)', '닷', ' 닷 '],
  ru: [' точка ', '(точка)', ' (dot) ', ' тчк ', ' [точка] '],
  vi: [' chấm ', '(chấm)', ' (dot) ', ' cham ', ' [chấm] '],
};
function atDot7(r: Rng, lang: Lang): [string, string] {
  const i = r.int(0, AT7[lang].length - 1);
  return [AT7[lang][i], r.chance(0.85) ? DOT7[lang][i] : r.pick(DOT7[lang])];
}

// ---- emails ------------------------------------------------------------------------------------

const MAILDOM7: Record<Lang, string[]> = {
  en: ['posteo.de', 'tuta.io', 'pm.me', 'sky.com', 'virginmedia.com', 'btinternet.com', 'seznam.cz', 'wp.pl', 'ox.ac.uk', 'ucl.ac.uk', 'gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com', 'hotmail.co.uk', 'ymail.com'],
  ja: ['au.com', 'i.softbank.jp', 'docomo.ne.jp', 'gmail.com', 'yahoo.co.jp', 'icloud.com', 'tsukuba.ac.jp', 'waseda.jp', 'outlook.jp', 'nifty.com', 'so-net.ne.jp'],
  ko: ['naver.com', 'daum.net', 'hanmail.net', 'kakao.com', 'gmail.com', 'yonsei.ac.kr', 'kaist.ac.kr', 'nate.com', 'icloud.com'],
  ru: ['yandex.ru', 'mail.ru', 'list.ru', 'gmail.com', 'bk.ru', 'hse.ru', 'msu.ru', 'yandex.com', 'rambler.ru', 'internet.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'vnu.edu.vn', 'hcmus.edu.vn', 'fpt.com', 'outlook.com', 'icloud.com', 'yahoo.com'],
};
/** Domains of schools and offices (new generic, city and country top-level domains). */
const SCHOOLDOM7: Record<Lang, string[]> = {
  en: ['{s}.study', '{s}.courses', '{s}.coach', '{s}.training', '{s}.college', '{s}.org.uk'],
  ja: ['{s}.tokyo', '{s}.yokohama', '{s}.okinawa', '{s}.co.jp', '{s}.or.jp'],
  ko: ['{s}.school', '{s}.ac.kr', '{s}.co.kr', '{s}.or.kr'],
  ru: ['{s}.moscow', '{s}.tatar', '{s}.ru', '{s}.su', '{s}.spb.ru'],
  vi: ['{s}.edu.vn', '{s}.vn', '{s}.com.vn', '{s}.academy'],
};
const SCHOOLNAME7 = ['owlbridge', 'inkwell', 'lanternhouse', 'fieldnotes', 'tidewater', 'kestrel', 'foxglove', 'seedling', 'compassrose', 'quillhouse'];
const ROLE7 = ['frontdesk', 'enquiries', 'accounts', 'lessons', 'team', 'reception'];

function address7(r: Rng, lang: Lang): { local: string; domain: string } {
  if (r.chance(0.2)) return { local: r.pick(ROLE7), domain: r.pick(SCHOOLDOM7[lang]).replace('{s}', r.pick(SCHOOLNAME7)) };
  const { a, b, t } = who7(r, lang);
  const local = r.pick([`${a}.${b}`, `${a}${b[0]}`, `${b}.${a}${r.int(1, 99)}`, `${a}_${t}`, `${t}.${b}`, `${a}-${b}-${r.int(10, 99)}`, `${a}${r.int(2001, 2012)}`, `${a[0]}${b}`, `${cap7(a)}.${cap7(b)}`, `${a}.${b}+school`]);
  return { local, domain: r.pick(MAILDOM7[lang]) };
}

function email7(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const { local, domain } = address7(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: addr, obfuscated: false };
  const labels = domain.split('.');
  const way = r.int(0, 10);
  if (way <= 2) {
    const [at, dot] = atDot7(r, lang);
    return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at and dot words' };
  }
  if (way === 3) {
    const [at] = atDot7(r, lang);
    return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word' };
  }
  if (way === 4) {
    const [, dot] = atDot7(r, lang);
    return { text: `${local}@${labels.join(dot)}`, obfuscated: true, how: 'dot words' };
  }
  if (way === 5) {
    const k = r.int(0, 2);
    const text = k === 0 ? `${local} @ ${domain}` : k === 1 ? `${local} @ ${labels.join(' . ')}` : `${local}@ ${labels.join(' .')}`;
    return { text, obfuscated: true, how: 'split by spaces' };
  }
  if (way === 6) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: `${local}＠${labels.join('．')}`, obfuscated: true, how: 'full-width at sign and dots' };
    return { text: `${fullWidth(local)}@${domain}`, obfuscated: true, how: 'full-width local part' };
  }
  if (way === 7) {
    const inLocal = r.chance(0.6);
    const c = inLocal ? looks7(r, local) : looks7(r, labels[0]);
    if (c.n > 0) return { text: inLocal ? `${c.text}@${domain}` : `${local}@${[c.text, ...labels.slice(1)].join('.')}`, obfuscated: true, how: 'look-alike letters' };
    return { text: zw7(r, addr, 1, 3), obfuscated: true, how: 'zero-width characters' };
  }
  if (way === 8) return { text: zw7(r, addr, 1, 3), obfuscated: true, how: 'zero-width characters' };
  if (way === 9) {
    const [at, dot] = atDot7(r, lang);
    const c = looks7(r, local, 0, 1);
    return { text: `${c.text}${at}${labels.join(dot)}`, obfuscated: true, how: c.n ? 'look-alikes with at and dot words' : 'at and dot words' };
  }
  // An at word of the language, the dots of the domain left as they are, and a zero-width character in the name.
  const [at] = atDot7(r, lang);
  return { text: `${zw7(r, local, 1, 1)}${at}${domain}`, obfuscated: true, how: 'at word with a zero-width character' };
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape7 {
  region: CountryCode;
  cc: string;
  /** Trunk prefix written before the significant number in national form ('' when none). */
  trunk: string;
  /** One a messenger can be registered to. */
  mobile: boolean;
  sig: (r: Rng) => string;
  /** Groups of the national digits (trunk included). */
  groups: (n: string) => number[];
  /** Written national forms besides the grouped ones. */
  nat?: ((n: string) => string)[];
  /** Written international forms besides the grouped ones; null: written nationally only. */
  intl?: ((s: string) => string)[] | null;
}

const ruForms7 = (n: string): string[] => {
  const [t, a, b, c, d] = cut7(n, [1, 3, 3, 2, 2]);
  return [`${t} (${a}) ${b}-${c}-${d}`, `${t} ${a} ${b}-${c}-${d}`, `${t}-${a}-${b}-${c}-${d}`, n];
};
const ruIntl7 = (s: string): string[] => {
  const [a, b, c, d] = cut7(s, [3, 3, 2, 2]);
  return [`+7 (${a}) ${b}-${c}-${d}`, `+7 ${a} ${b} ${c} ${d}`, `+7${s}`, `+7-${a}-${b}-${c}-${d}`];
};
const RU_NAT7 = [0, 1, 2, 3].map((i) => (n: string) => ruForms7(n)[i]);
const RU_INTL7 = [0, 1, 2, 3].map((i) => (s: string) => ruIntl7(s)[i]);
const US_NPA7 = ['212', '415', '617', '312', '206', '303', '512', '646', '702', '808', '919', '971', '404', '213', '718', '650', '347', '469', '503', '602', '720', '614', '818', '929'];
const GB_AREA3 = ['161', '121', '113', '131', '141', '117', '114'];
const gbGroups7 = (n: string) => (n.startsWith('02') ? [3, 4, 4] : GB_AREA3.includes(n.slice(1, 4)) ? [4, 3, 4] : n.startsWith('07') ? [5, 6] : [5, 6]);

const SHAPES7: Record<string, Shape7> = {
  JP_MOB: { region: 'JP', cc: '81', trunk: '0', mobile: true, sig: (r) => r.pick(['90', '80', '70']) + r.digits(8), groups: () => [3, 4, 4], nat: [(n) => `(${n.slice(0, 3)})${n.slice(3, 7)}-${n.slice(7)}`] },
  JP_050: { region: 'JP', cc: '81', trunk: '0', mobile: false, sig: (r) => '50' + r.digits(8), groups: () => [3, 4, 4] },
  JP_LAND: {
    region: 'JP', cc: '81', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.5) ? r.pick(['3', '6']) + nz7(r) + r.digits(7) : r.pick(['11', '22', '45', '52', '75', '78', '82', '92']) + nz7(r) + r.digits(6)),
    groups: (n) => (n[1] === '3' || n[1] === '6' ? [2, 4, 4] : [3, 3, 4]),
    nat: [(n) => { const [a, b, c] = cut7(n, n[1] === '3' || n[1] === '6' ? [2, 4, 4] : [3, 3, 4]); return `${a}(${b})${c}`; }],
  },
  JP_FREE: { region: 'JP', cc: '81', trunk: '0', mobile: false, sig: (r) => (r.chance(0.6) ? '120' + r.digits(6) : '800' + nz7(r) + r.digits(6)), groups: (n) => (n.startsWith('0120') ? [4, 3, 3] : [4, 3, 4]), intl: null },
  KR_MOB: { region: 'KR', cc: '82', trunk: '0', mobile: true, sig: (r) => '10' + nz7(r) + r.digits(7), groups: () => [3, 4, 4] },
  KR_LAND: {
    region: 'KR', cc: '82', trunk: '0', mobile: false,
    sig: (r) => (r.chance(0.4) ? '2' + nz7(r) + r.digits(r.chance(0.7) ? 7 : 6) : r.pick(['31', '32', '33', '41', '42', '43', '44', '51', '52', '53', '54', '55', '61', '62', '63', '64']) + nz7(r) + r.digits(r.chance(0.6) ? 7 : 6)),
    groups: (n) => (n.startsWith('02') ? [2, n.length - 6, 4] : [3, n.length - 7, 4]),
    nat: [(n) => { const [a, b, c] = cut7(n, n.startsWith('02') ? [2, n.length - 6, 4] : [3, n.length - 7, 4]); return `(${a}) ${b}-${c}`; }],
  },
  KR_070: { region: 'KR', cc: '82', trunk: '0', mobile: false, sig: (r) => '70' + nz7(r) + r.digits(7), groups: () => [3, 4, 4] },
  KR_UAN: { region: 'KR', cc: '82', trunk: '', mobile: false, sig: (r) => r.pick(['1588', '1577', '1644', '1522', '1661', '1600']) + r.digits(4), groups: () => [4, 4], intl: null },
  VN_MOB: {
    region: 'VN', cc: '84', trunk: '0', mobile: true,
    sig: (r) => r.pick(['32', '33', '34', '36', '38', '39', '56', '58', '70', '76', '77', '79', '81', '83', '85', '86', '88', '89', '90', '91', '93', '94', '96', '97', '98']) + r.digits(7),
    groups: () => [4, 3, 3],
    nat: [(n) => cut7(n, [3, 3, 4]).join(' '), (n) => cut7(n, [3, 3, 4]).join('.')],
    intl: [(s) => `+84 ${cut7(s, [2, 3, 4]).join(' ')}`, (s) => `+84 ${cut7(s, [3, 3, 3]).join(' ')}`],
  },
  VN_LAND: { region: 'VN', cc: '84', trunk: '0', mobile: false, sig: (r) => r.pick(['24', '28']) + r.pick(['3', '6', '7']) + r.digits(7), groups: () => [3, 4, 4], nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 7)} ${n.slice(7)}`] },
  VN_HOT: { region: 'VN', cc: '84', trunk: '', mobile: false, sig: (r) => r.pick(['1900', '1800']) + r.digits(4), groups: () => [4, 4], intl: null },
  RU_MOB: {
    region: 'RU', cc: '7', trunk: '8', mobile: true,
    sig: (r) => '9' + r.pick(['03', '05', '09', '10', '12', '15', '16', '17', '20', '26', '27', '31', '50', '58', '77', '81', '85', '96', '99']) + r.digits(7),
    groups: () => [1, 3, 3, 2, 2], nat: RU_NAT7, intl: RU_INTL7,
  },
  RU_LAND: {
    region: 'RU', cc: '7', trunk: '8', mobile: false,
    sig: (r) => r.pick(['495', '499', '812', '343', '383', '846', '863']) + nz7(r) + r.digits(6),
    groups: () => [1, 3, 3, 2, 2], nat: RU_NAT7, intl: RU_INTL7,
  },
  RU_FREE: { region: 'RU', cc: '7', trunk: '8', mobile: false, sig: (r) => '800' + r.pick(['100', '200', '250', '300', '500', '550', '700', '775']) + r.digits(4), groups: () => [1, 3, 3, 2, 2], nat: RU_NAT7, intl: null },
  US: {
    region: 'US', cc: '1', trunk: '', mobile: true,
    sig: (r) => { for (;;) { const x = nz7(r) + r.digits(2); if (x !== '555') return r.pick(US_NPA7) + x + r.digits(4); } },
    groups: () => [3, 3, 4],
    nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => `1-${cut7(n, [3, 3, 4]).join('-')}`],
    intl: [(s) => `+1 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`],
  },
  US_FREE: { region: 'US', cc: '1', trunk: '', mobile: false, sig: (r) => r.pick(['800', '833', '844', '855', '866', '877', '888']) + nz7(r) + r.digits(6), groups: () => [3, 3, 4], nat: [(n) => `1-${cut7(n, [3, 3, 4]).join('-')}`, (n) => `1 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`], intl: null },
  GB_MOB: { region: 'GB', cc: '44', trunk: '0', mobile: true, sig: (r) => '7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), groups: () => [5, 6], nat: [(n) => cut7(n, [5, 3, 3]).join(' ')], intl: [(s) => `+44 (0)${s.slice(0, 4)} ${s.slice(4)}`] },
  GB_LAND: {
    region: 'GB', cc: '44', trunk: '0', mobile: false,
    sig: (r) => { const k = r.int(0, 2); return k === 0 ? '20' + r.pick(['3', '7', '8']) + r.digits(7) : k === 1 ? r.pick(GB_AREA3) + nz7(r) + r.digits(6) : '1' + r.pick(['865', '223', '904', '273']) + nz7(r) + r.digits(5); },
    groups: gbGroups7,
  },
  FI: { region: 'FI', cc: '358', trunk: '0', mobile: true, sig: (r) => r.pick(['40', '41', '44', '45', '50']) + r.digits(7), groups: () => [3, 3, 4] },
  EE: { region: 'EE', cc: '372', trunk: '', mobile: true, sig: (r) => '5' + r.digits(7), groups: () => [4, 4] },
  LT: { region: 'LT', cc: '370', trunk: '8', mobile: true, sig: (r) => '6' + r.digits(7), groups: () => [1, 3, 5] },
  LV: { region: 'LV', cc: '371', trunk: '', mobile: true, sig: (r) => '2' + r.digits(7), groups: () => [2, 3, 3] },
  SK: { region: 'SK', cc: '421', trunk: '0', mobile: true, sig: (r) => '9' + r.pick(['01', '02', '03', '04', '05', '10', '11', '14', '15', '16', '17', '18', '40', '44', '48', '49']) + r.digits(6), groups: () => [4, 3, 3] },
  SI: { region: 'SI', cc: '386', trunk: '0', mobile: true, sig: (r) => r.pick(['30', '31', '40', '41', '51', '64', '68', '69', '70', '71']) + r.digits(6), groups: () => [3, 3, 3] },
  HR: { region: 'HR', cc: '385', trunk: '0', mobile: true, sig: (r) => '9' + r.pick(['1', '2', '5', '7', '8', '9']) + r.digits(7), groups: () => [3, 3, 4] },
  BG: { region: 'BG', cc: '359', trunk: '0', mobile: true, sig: (r) => '8' + r.pick(['7', '8', '9']) + r.digits(7), groups: () => [3, 3, 4] },
  LU: { region: 'LU', cc: '352', trunk: '', mobile: true, sig: (r) => '6' + r.pick(['21', '28', '61', '91', '51', '71']) + r.digits(6), groups: () => [3, 3, 3] },
  MT: { region: 'MT', cc: '356', trunk: '', mobile: true, sig: (r) => r.pick(['79', '99', '77']) + r.digits(6), groups: () => [4, 4] },
  CY: { region: 'CY', cc: '357', trunk: '', mobile: true, sig: (r) => '9' + r.pick(['4', '5', '6', '7', '9']) + r.digits(6), groups: () => [2, 3, 3] },
  DE: { region: 'DE', cc: '49', trunk: '0', mobile: true, sig: (r) => r.pick(['151', '152', '157', '159', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179']) + r.digits(r.chance(0.6) ? 7 : 8), groups: (n) => [4, n.length - 4] },
  FR: { region: 'FR', cc: '33', trunk: '0', mobile: true, sig: (r) => r.pick(['6', '7']) + r.digits(8), groups: () => [2, 2, 2, 2, 2] },
  ES: { region: 'ES', cc: '34', trunk: '', mobile: true, sig: (r) => r.pick(['6', '7']) + r.digits(8), groups: () => [3, 3, 3] },
  IT: { region: 'IT', cc: '39', trunk: '', mobile: true, sig: (r) => '3' + r.pick(['20', '28', '33', '38', '40', '47', '49', '66', '80', '91']) + r.digits(7), groups: () => [3, 3, 4] },
  NL: { region: 'NL', cc: '31', trunk: '0', mobile: true, sig: (r) => '6' + r.int(1, 5) + r.digits(7), groups: () => [2, 4, 4] },
  PL: { region: 'PL', cc: '48', trunk: '', mobile: true, sig: (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + r.digits(7), groups: () => [3, 3, 3] },
  IE: { region: 'IE', cc: '353', trunk: '0', mobile: true, sig: (r) => '8' + r.pick(['3', '5', '6', '7', '9']) + nz7(r) + r.digits(6), groups: () => [3, 3, 4] },
};

const MIX7: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_LAND', 'FI', 'EE', 'LT', 'LV', 'SK', 'SI', 'HR', 'BG', 'LU', 'MT', 'CY', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'IE', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_050', 'JP_LAND', 'JP_LAND', 'US', 'GB_MOB', 'KR_MOB', 'FI'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_LAND', 'KR_LAND', 'KR_070', 'JP_MOB', 'US', 'VN_MOB', 'DE'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_LAND', 'RU_LAND', 'LV', 'LT', 'EE', 'DE', 'US', 'BG'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_LAND', 'VN_LAND', 'KR_MOB', 'JP_MOB', 'US', 'SK', 'CY'],
};
const OFFICE7: Record<Lang, string[]> = {
  en: ['US_FREE', 'US_FREE', 'GB_LAND', 'GB_LAND', 'US'],
  ja: ['JP_FREE', 'JP_LAND', 'JP_LAND', 'JP_050'],
  ko: ['KR_UAN', 'KR_UAN', 'KR_LAND', 'KR_070'],
  ru: ['RU_FREE', 'RU_LAND', 'RU_LAND'],
  vi: ['VN_HOT', 'VN_LAND', 'VN_LAND'],
};
const HOME7: Partial<Record<Lang, CountryCode>> = { ja: 'JP', ko: 'KR', ru: 'RU', vi: 'VN' };

interface Drawn7 {
  shape: Shape7;
  sig: string;
  national: string;
}

/** A number libphonenumber-js says is valid for its country (and one a messenger can use, when asked). */
function drawPhone7(r: Rng, lang: Lang, kind: 'any' | 'mobile' | 'office'): Drawn7 {
  for (let k = 0; k < 100000; k++) {
    const shape = SHAPES7[r.pick((kind === 'office' ? OFFICE7 : MIX7)[lang])];
    if (kind === 'mobile' && !shape.mobile) continue;
    const sig = shape.sig(r);
    const p = parsePhoneNumberFromString(`+${shape.cc}${sig}`);
    if (!p || !p.isValid() || p.country !== shape.region) continue;
    if (kind === 'mobile' && !['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(p.getType() ?? '')) continue;
    const national = shape.trunk + sig;
    const q = parsePhoneNumberFromString(national, shape.region);
    if (!q || !q.isValid() || String(q.nationalNumber) !== sig) continue;
    return { shape, sig, national };
  }
  throw new Error('no valid phone number drawn');
}

/** Whether a written form reads back, by libphonenumber-js, as the same valid number of the same country. */
function readsBack7(text: string, d: Drawn7): boolean {
  const p = text.startsWith('+') ? parsePhoneNumberFromString(text) : parsePhoneNumberFromString(text, d.shape.region);
  return !!p && p.isValid() && String(p.nationalNumber) === d.sig && p.countryCallingCode === d.shape.cc && p.country === d.shape.region;
}

const DIG7: Record<Lang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ja: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  ko: ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
};

/** Spells digits one by one: a word per digit, the zero word and the joiner fixed per number; now and then in English. */
function speller7(r: Rng, lang: Lang): { spell: (digits: string) => string; how: string; words: Lang } {
  const l: Lang = lang !== 'en' && r.chance(0.1) ? 'en' : lang;
  const words = [...DIG7[l]];
  let joiner = ' ';
  let how = l === lang ? 'spelled digits' : 'spelled digits in English';
  if (l === 'en') {
    words[0] = r.pick(['zero', 'zero', 'oh']);
    joiner = r.pick([' ', ' ', '-']);
    if (r.chance(0.1)) words.forEach((w, i) => (words[i] = w.toUpperCase()));
  } else if (l === 'ja') {
    words[0] = r.pick(['〇', '〇', '零']);
    joiner = r.chance(0.9) ? '' : ' ';
    how = 'kanji digits';
  } else if (l === 'ko') {
    words[0] = r.pick(['공', '공', '영']);
    joiner = r.chance(0.9) ? '' : ' ';
  } else if (l === 'ru') {
    joiner = r.pick([' ', ' ', '-']);
  } else {
    joiner = ' ';
  }
  return { spell: (d) => [...d].map((c) => words[Number(c)]).join(joiner), how, words: l };
}

/** Between spelled groups. */
const SPELL_SEP7: Record<Lang, string[]> = {
  en: [', ', ' - ', '  ', ' / '],
  ja: ['、', ' ', '－', 'の'],
  ko: [' ', ', ', '-'],
  ru: [', ', ' - ', '  '],
  vi: [', ', ' - ', '  ', ' '],
};
/** Words between written digit groups. */
const JOIN7: Record<Lang, string[]> = {
  en: [' dash ', ' hyphen ', ' then '],
  ja: ['ハイフン', 'の', ' ハイフン '],
  ko: [' 다시 ', '에 ', ' 하이픈 '],
  ru: [' тире ', ' дефис '],
  vi: [' gạch ', ' gạch ngang '],
};

function phone7(r: Rng, lang: Lang, obfuscate: boolean, kind: 'any' | 'mobile' | 'office'): Surface {
  const d = drawPhone7(r, lang, kind);
  const { shape, sig, national } = d;
  const foreign = lang !== 'en' && shape.region !== HOME7[lang];
  const abroad = lang === 'en' && shape.region !== 'US' && shape.region !== 'GB';
  const intl = shape.intl !== null && (foreign || abroad || r.chance(0.3));
  const gs = shape.groups(national);
  const isizes = (() => {
    const x = [...gs];
    x[0] -= shape.trunk.length;
    return x.filter((v) => v > 0);
  })();
  const candidates = intl
    ? [`+${shape.cc} ${cut7(sig, isizes).join(' ')}`, `+${shape.cc}-${cut7(sig, isizes).join('-')}`, `+${shape.cc}${sig}`, ...(shape.intl ?? []).map((f) => f(sig))]
    : [cut7(national, gs).join('-'), cut7(national, gs).join(' '), national, ...(shape.nat ?? []).map((f) => f(national))];
  let written = '';
  for (let k = 0; k < 30 && !written; k++) {
    const w = r.pick(candidates);
    if (readsBack7(w, d)) written = w;
  }
  if (!written) written = intl ? `+${shape.cc}${sig}` : national;
  if (!obfuscate) return { text: written, obfuscated: false };
  const groups = intl ? cut7(sig, isizes) : cut7(national, gs);
  const plus = intl ? `+${shape.cc} ` : '';
  const way = r.int(0, 10);
  if (way <= 1) {
    const sp = speller7(r, lang);
    return { text: plus + groups.map(sp.spell).join(r.pick(SPELL_SEP7[sp.words])), obfuscated: true, how: sp.how };
  }
  if (way === 2) {
    const sp = speller7(r, lang);
    return { text: plus + sp.spell(groups.join('')), obfuscated: true, how: `${sp.how} in one run` };
  }
  if (way === 3) {
    const sp = speller7(r, lang);
    const first = r.chance(0.5);
    return { text: plus + groups.map((g, i) => ((i % 2 === 0) === first ? sp.spell(g) : g)).join(cjk7(lang) ? r.pick([' ', '-']) : r.pick([' ', ', '])), obfuscated: true, how: 'spelled and written groups' };
  }
  if (way === 4) {
    const inner = r.pick([' ', '.', '-']);
    const outer = inner === ' ' ? r.pick(['  ', ' / ', '   ']) : ` ${inner} `;
    return { text: plus + groups.map((g) => [...g].join(inner)).join(outer), obfuscated: true, how: 'separated digits' };
  }
  if (way === 5) return { text: plus + groups.join(r.pick(JOIN7[lang])), obfuscated: true, how: 'words between groups' };
  if (way === 6) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(written), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: fwSome7(written, /\d/), obfuscated: true, how: 'full-width digits' };
    return { text: (intl ? `＋${fullWidth(shape.cc)}　` : '') + groups.map(fullWidth).join(r.pick(['　', '－'])), obfuscated: true, how: 'full-width groups' };
  }
  if (way === 7) return { text: zw7(r, written, 2, 4, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 8) {
    const sp = speller7(r, lang);
    return { text: plus + groups.map((g, i) => (i === 0 ? g : sp.spell(g))).join(cjk7(lang) ? ' ' : r.pick([' ', ', '])), obfuscated: true, how: 'partly spelled' };
  }
  if (way === 9) return { text: plus + groups.join('.'), obfuscated: true, how: 'dots between groups' };
  return { text: zw7(r, plus + groups.join(' '), 1, 2, /\d/).replace(/\d/g, (c) => (r.chance(0.3) ? fullWidth(c) : c)), obfuscated: true, how: 'zero-width characters and some full-width digits' };
}

// ---- links -------------------------------------------------------------------------------------

/** Links with a path: homework, quiz, design, form and video sites. */
const WEB7: Record<Lang, string[]> = {
  en: ['{hh}.study/mock-exams/{n}', 'www.{hh}.courses/ielts/week-{d}', 'padlet.com/{t}/{k}', 'www.canva.com/design/{K}/view', 'wordwall.net/resource/{n}', 'forms.office.com/r/{k}', 'www.loom.com/share/{x}', '{hh}.github.io/flashcards/', 'classroom.google.com/c/{k}', 'edpuzzle.com/media/{x}', 'quizizz.com/join?gc={n}', 'www.notion.so/{hh}-{x}'],
  ja: ['{hh}.tokyo/lesson/{n}', 'note.com/{t}/n/n{x}', 'www.youtube.com/shorts/{k}', 'docs.google.com/forms/d/e/{k}/viewform', 'lit.link/{t}', 'potofu.me/{t}', 'www.instagram.com/p/{k}/', 'classroom.google.com/c/{k}', '{ij}.みんな/lesson', 'www.{hh}.jp/schedule/{d}'],
  ko: ['{hh}.school/class/{n}', 'litt.ly/{t}', 'inf.run/{k}', 'www.instagram.com/p/{k}/', 'naver.me/{k}', 'm.blog.naver.com/{t}/{n}', 'padlet.com/{t}/{k}', 'forms.gle/{k}', '{ik}.한국/class', 'www.{hh}.co.kr/board/{n}'],
  ru: ['{hh}.moscow/kursy/{n}', 'vk.com/wall-{n}_{d}', 'taplink.cc/{t}', 'www.youtube.com/shorts/{k}', 'docs.google.com/document/d/{k}/edit', 'skysmart.ru/homework/{x}', 'wordwall.net/ru/resource/{n}', 'disk.yandex.ru/i/{k}', '{ir}.рф/kursy', 'www.{hh}.ru/raspisanie'],
  vi: ['{hh}.edu.vn/lich-hoc/{n}', 'www.facebook.com/share/p/{k}/', 'quizizz.com/join?gc={n}', 'azota.vn/de-thi/{k}', 'forms.gle/{k}', 'www.tiktok.com/@{t}/video/{n}', 'olm.vn/chu-de/{x}', '{iv}.vn/khoa-hoc', 'www.{hh}.com.vn/tuyen-sinh'],
};
/** Bare domains: newer generic, city and country top-level domains, internationalised ones. */
const DOM7: Record<Lang, string[]> = {
  en: ['{hh}.study', '{hh}.courses', '{hh}.coach', '{hh}.training', '{hh}.tips', '{hh}.how', '{hh}.zone', '{hh}.rocks', '{hh}.fun', '{hh}.art', '{hh}.page', '{hh}.dev', '{hh}.me', '{hh}.ie', '{hh}.nz', '{hh}.university', '{hh}.college', 'www.{hh}.io'],
  ja: ['{hh}.yokohama', '{hh}.okinawa', '{hh}.moe', '{hh}.tokyo', '{hh}.jp', '{hh}.co.jp', '{ij}.みんな', '{ij}.世界', '{ij}.コム', '{ij}.jp', 'www.{hh}.ne.jp'],
  ko: ['{hh}.kim', '{hh}.ne.kr', '{hh}.pe.kr', '{hh}.kr', '{hh}.co.kr', '{ik}.한국', '{ik}.kr', '{ik}.com', '{hh}.study', 'www.{hh}.ne.kr'],
  ru: ['{hh}.tatar', '{hh}.moscow', '{hh}.ru', '{hh}.su', '{hh}.msk.ru', '{ir}.рф', '{ir}.рус', '{ir}.дети', '{ir}.ком', '{ir}.онлайн', '{hh}.kz', 'www.{hh}.ru'],
  vi: ['{hh}.vn', '{hh}.com.vn', '{hh}.edu.vn', '{hh}.id.vn', '{hh}.info.vn', '{iv}.vn', '{hh}.asia', '{hh}.academy', 'www.{hh}.vn'],
};
/** Messenger links and invites. */
const CHAT7: Record<Lang, string[]> = {
  en: ['t.me/{t}', 'telegram.dog/{t}', 'wa.me/{w}', 'api.whatsapp.com/send?phone={w}', 'line.me/ti/p/~{t}', 'discord.gg/{k}', 'ig.me/m/{t}', 'm.me/{t}', 'open.kakao.com/o/g{k}', 'weixin.qq.com/r/{k}', 'fb.me/{t}'],
  ja: ['line.me/ti/p/~{t}', 'line.me/R/ti/p/@{t}', 'lin.ee/{k}', 'liff.line.me/{n}-{k}', 't.me/{t}', 'discord.gg/{k}', 'ig.me/m/{t}'],
  ko: ['open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}', 'pf.kakao.com/_{k}', 'line.me/ti/p/~{t}', 't.me/{t}', 'discord.gg/{k}', 'ig.me/m/{t}'],
  ru: ['t.me/{t}', 't.me/+{k}', 'telegram.me/{t}', 'wa.me/{w}', 'api.whatsapp.com/send?phone={w}', 'vk.me/{t}', 'discord.gg/{k}', 'viber.click/{w}'],
  vi: ['zalo.me/{z}', 'zalo.me/g/{k}', 'm.me/{t}', 'www.messenger.com/t/{t}', 't.me/{t}', 'wa.me/{w}', 'fb.me/{t}'],
};

/** Internationalised labels of each script for the domains. */
const IDN7 = {
  ij: ['えいごの木', 'ことば塾', 'はなまる英語', '英検道場', 'おうち英会話'],
  ik: ['영어놀이터', '말하기학교', '수능영어', '한글배움터'],
  ir: ['учим-английский', 'репетиторы-онлайн', 'говорим-легко', 'школа-речи'],
  iv: ['họctiếnganh', 'tiếngnhậtdễ', 'ônthiielts', 'giasưgiỏi'],
};

function fillLink7(r: Rng, lang: Lang, pattern: string): string {
  const { a, b, t } = who7(r, lang);
  const hh = r.pick([`${a}-${b}`, `${t}-with-${a}`, `${a}${t}`, `${b}-${t}`, `${a}-${t}-club`, `${t}${r.int(2, 99)}`]);
  const tg = r.pick([`${a}_${b}`, `${t}_${a}`, `${a}${b}${r.int(1, 99)}`, `${b}_${t}`, `${a}_${t}_${r.int(1, 9)}`]);
  let out = pattern.replace('{hh}', hh).replace('{t}', tg).replace('{k}', key7(r, r.int(8, 11))).replace('{K}', key7(r, 11).toUpperCase()).replace('{x}', hex7(r, r.pick([12, 16, 24]))).replace('{d}', String(r.int(1, 12)));
  if (out.includes('{w}')) {
    const d = drawPhone7(r, lang, 'mobile');
    out = out.replace('{w}', d.shape.cc + d.sig);
  }
  if (out.includes('{z}')) {
    for (;;) {
      const d = drawPhone7(r, 'vi', 'mobile');
      if (d.shape.region === 'VN') {
        out = out.replace('{z}', d.national);
        break;
      }
    }
  }
  out = out.replace('{ij}', r.pick(IDN7.ij)).replace('{ik}', r.pick(IDN7.ik)).replace('{ir}', r.pick(IDN7.ir)).replace('{iv}', r.pick(IDN7.iv));
  while (out.includes('{n}')) out = out.replace('{n}', String(r.int(100000, 99999999)));
  return out;
}

function url7(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'dom' | 'chat'): Surface {
  const site = fillLink7(r, lang, r.pick(kind === 'chat' ? CHAT7[lang] : kind === 'dom' ? DOM7[lang] : WEB7[lang]));
  const scheme = kind === 'dom' ? (r.chance(0.15) ? r.pick(['https://', 'http://']) : '') : kind === 'chat' ? (r.chance(0.3) ? 'https://' : '') : r.chance(0.5) ? 'https://' : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  let way = r.int(0, 8);
  if (idn && way === 4) way = 0;
  if (way <= 1) return { text: scheme + labels.join(r.pick(DOT7[lang])) + path, obfuscated: true, how: 'dot words in the host' };
  if (way === 2) {
    const sp = r.pick([' . ', ' .', '. ']);
    return { text: scheme + labels.join(sp) + (path && r.chance(0.4) ? ' ' + path : path), obfuscated: true, how: 'split by spaces' };
  }
  if (way === 3) {
    const k = r.int(0, 2);
    if (k === 0) return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    if (k === 1) return { text: scheme + labels.map(fullWidth).join('.') + path, obfuscated: true, how: 'full-width host' };
    return { text: fwSome7(plain, /[./]/), obfuscated: true, how: 'full-width dots and slashes' };
  }
  if (way === 4) {
    const i = labels[0] === 'www' && labels.length > 2 ? 1 : 0;
    const c = looks7(r, labels[i]);
    if (c.n > 0) {
      const ls = [...labels];
      ls[i] = c.text;
      return { text: scheme + ls.join('.') + path, obfuscated: true, how: 'look-alike letters in the host' };
    }
    return { text: scheme + labels.join(r.pick(DOT7[lang])) + path, obfuscated: true, how: 'dot words in the host' };
  }
  if (way === 5) return { text: scheme + zw7(r, host, 1, 3) + path, obfuscated: true, how: 'zero-width characters in the host' };
  if (way === 6) return { text: zw7(r, plain, 2, 4, /[./]/), obfuscated: true, how: 'zero-width characters after the marks' };
  if (way === 7 && cjk7(lang)) return { text: labels.map(fullWidth).join(r.pick(DOT7[lang])) + path, obfuscated: true, how: 'full-width host with dot words' };
  return { text: scheme + labels.join(' . ') + (path ? ' ' + path.replace(/^\//, '/ ') : ''), obfuscated: true, how: 'split by spaces' };
}

// ---- messenger ids -----------------------------------------------------------------------------

/** Draws an id until one keeps within its platform's rules: at least min letters or digits, at most max characters. */
function fit7(min: number, max: number, gen: () => string): string {
  for (;;) {
    const h = gen();
    if (h.length <= max && h.replace(/[^a-z0-9]/gi, '').length >= min) return h;
  }
}

type IdKind = 'line' | 'tg' | 'ig' | 'kakao' | 'skype' | 'discord' | 'wechat' | 'fb';

function idText7(r: Rng, lang: Lang, kind: IdKind): string {
  const { a, b, t } = who7(r, lang);
  switch (kind) {
    case 'line':
      return fit7(4, 20, () => r.pick([`${a}.${t}`, `${a}-${b[0]}${r.int(1, 99)}`, `${b}${a}${p2(r.int(1, 31))}`, `${t}_${a}`, `${a}0${r.int(1, 9)}${r.int(10, 28)}`, `${a}.${b}`]));
    case 'tg':
      return (r.chance(0.5) ? '@' : '') + fit7(5, 32, () => r.pick([`${a}_${b}`, `${cap7(a)}_${cap7(t)}`, `${t}_${a}${r.int(1, 99)}`, `${a}${b}_${t}`, `${b}_${a}_${r.int(2001, 2012)}`, `${a}_notes_bot`, `${t}${cap7(a)}`]));
    case 'ig':
      return (r.chance(0.6) ? '@' : '') + fit7(3, 30, () => r.pick([`${a}.${b}`, `${a}_.${t}`, `${t}.by.${a}`, `${a}.${b}_${r.int(1, 99)}`, `_${a}${b}`, `${a}.${t}.daily`, `${b}__${a}`]));
    case 'kakao':
      return fit7(4, 20, () => r.pick([`${a}${r.int(1000, 9999)}`, `${a}_${t}`, `${b}.${a}`, `${t}${a}${r.int(1, 9)}`, `${a}-${b}${r.int(1, 99)}`]));
    case 'skype':
      return r.pick([`live:.cid.${hex7(r, 16)}`, `live:${a}.${b}_${r.int(1, 99)}`, `${a}.${b}.${t}`, `${t}_${a}${r.int(1, 99)}`]);
    case 'discord':
      if (r.chance(0.2)) return `${cap7(a)}${cap7(t)}#${r.int(1, 9)}${r.digits(3)}`;
      return fit7(2, 32, () => r.pick([`${a}.${t}`, `${a}_${b}_`, `${t}${a}${r.int(1, 99)}`, `${a}_${t}.${r.int(1, 9)}`, `_${a}.${b}`, `${b}.${a}${r.int(1, 9)}`]));
    case 'wechat':
      return fit7(6, 20, () => r.pick([`wxid_${low7(r, 14)}`, `${a}${b}${r.int(100, 999)}`, `${cap7(a)}_${t}`, `${a}-${b}-${r.int(1, 99)}`]));
    default:
      return fit7(5, 50, () => r.pick([`${a}.${b}.${r.int(1, 99)}`, `${t}.${a}`, `${a}${b}.${t}`, `${cap7(a)}.${cap7(b)}`, `${a}.${b}${r.int(100, 999)}`]));
  }
}

function id7(r: Rng, lang: Lang, obfuscate: boolean, kind: IdKind): Surface {
  const h = idText7(r, lang, kind);
  if (!obfuscate) return { text: h, obfuscated: false };
  const keep = h.startsWith('@') ? 1 : h.startsWith('live:.cid.') ? 10 : h.startsWith('live:') ? 5 : h.startsWith('wxid_') ? 5 : 0;
  const way = r.int(0, 6);
  if (way === 0) return { text: h.slice(0, keep) + fullWidth(h.slice(keep)), obfuscated: true, how: 'full-width' };
  if (way === 1 && h.startsWith('@')) return { text: '＠' + h.slice(1), obfuscated: true, how: 'full-width at sign' };
  if (way <= 2) {
    const c = looks7(r, h, keep, 2);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  if (way === 3) {
    const c = looks7(r, h, keep, 1);
    if (c.n > 0) return { text: zw7(r, c.text, 1, 2), obfuscated: true, how: 'look-alikes and zero-width characters' };
  }
  if (way === 4) {
    const t = h.slice(0, keep) + fwSome7(h.slice(keep), /[\d_.#:-]/);
    if (t !== h) return { text: t, obfuscated: true, how: 'full-width digits and marks' };
  }
  if (way === 5) {
    const c = looks7(r, h, keep, 4);
    if (c.n > 0) return { text: c.text, obfuscated: true, how: 'look-alike letters' };
  }
  return { text: zw7(r, h, 1, 3), obfuscated: true, how: 'zero-width characters' };
}

// ---- numbers with check digits -----------------------------------------------------------------

const CARDS7: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners', 'maestro', 'jcb', 'unionpay'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'diners', 'mc2'],
  ko: ['visa', 'mc', 'mc2', 'amex', 'jcb', 'unionpay', 'visa'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay', 'maestro'],
  vi: ['napas', 'visa', 'visa', 'mc', 'jcb', 'unionpay', 'amex'],
};

function cardDigits7(r: Rng, lang: Lang): string {
  switch (r.pick(CARDS7[lang])) {
    case 'visa':
      return luhnComplete(r, '4' + r.digits(5), 16);
    case 'mc':
      return luhnComplete(r, String(r.int(51, 55)) + r.digits(4), 16);
    case 'mc2':
      return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 'amex':
      return luhnComplete(r, r.pick(['34', '37']), 15);
    case 'discover':
      return luhnComplete(r, r.pick(['6011', '644', '645', '649', '65']), 16);
    case 'diners':
      return luhnComplete(r, r.pick(['36', '300', '305', '38']), 14);
    case 'jcb':
      return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 'unionpay':
      return luhnComplete(r, '62' + r.int(12, 88), r.pick([16, 16, 19]));
    case 'mir':
      return luhnComplete(r, '220' + r.int(0, 4), 16);
    case 'maestro':
      return luhnComplete(r, r.pick(['5018', '5020', '6304', '6759']), r.pick([16, 19]));
    default:
      return luhnComplete(r, '9704' + p2(r.int(0, 99)), 16);
  }
}

function card7(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const d = cardDigits7(r, lang);
  const groups = d.length === 15 ? cut7(d, [4, 6, 5]) : d.length === 14 ? cut7(d, [4, 6, 4]) : cut7(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const way = r.int(0, 8);
  if (way === 0) return { text: fullWidth(groups.join(r.pick([' ', '-']))), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 2) return { text: groups.join(r.pick([' . ', '.', ' - ', ' / '])), obfuscated: true, how: 'groups apart by marks' };
  if (way === 3) return { text: zw7(r, groups.join(' '), 3, 6, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) {
    const sp = speller7(r, lang);
    return { text: groups.map(sp.spell).join(r.pick(SPELL_SEP7[sp.words])), obfuscated: true, how: `${sp.how} (card)` };
  }
  if (way === 5) {
    const sp = speller7(r, lang);
    const k = r.int(0, groups.length - 1);
    return { text: groups.map((g, i) => (i === k ? sp.spell(g) : g)).join(' '), obfuscated: true, how: 'one group spelled' };
  }
  if (way === 6) return { text: groups.join(r.pick(JOIN7[lang])), obfuscated: true, how: 'words between groups' };
  if (way === 7) return { text: groups.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'every other group full-width' };
  return { text: groups.map(fullWidth).join('　'), obfuscated: true, how: 'full-width with ideographic spaces' };
}

function ipText7(r: Rng, v4only: boolean): string {
  const h = () => r.int(1, 0xffff).toString(16);
  const kind = v4only ? r.int(0, 3) : r.int(0, 9);
  if (kind <= 1) return `${r.pick([24, 37, 45, 62, 77, 89, 101, 112, 125, 147, 158, 171, 188, 195, 210, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (kind === 2) return r.pick([`192.168.${r.int(0, 30)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
  if (kind === 3) return `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (kind === 4) return [r.pick(['2403', '2406', '2a01', '2a0e', '2600']), ...[...Array(7)].map(() => hex7(r, 4))].join(':');
  if (kind === 5) return `${r.pick(['2403:8600', '2406:da14', '2a01:4f8', '2a0e:97c0', '2600:3c03'])}:${h()}::${h()}`;
  if (kind === 6) return `64:ff9b::${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (kind === 7) return `fd${hex7(r, 2)}:${hex7(r, 4)}:${hex7(r, 4)}:${r.int(1, 99)}::${h()}`;
  if (kind === 8) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `${r.pick(['2403:8600', '2a01:4f8', '2600:3c03'])}:${h()}:${h()}::${h()}`.toUpperCase();
}

function ip7(r: Rng, lang: Lang, obfuscate: boolean, v4only: boolean): Surface {
  const text = ipText7(r, v4only);
  if (!obfuscate) return { text, obfuscated: false };
  const v6 = text.includes(':');
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  if (way === 1 && !v6) return { text: text.split('.').join(r.pick(DOT7[lang])), obfuscated: true, how: 'dot words' };
  if (way === 2 && !v6) return { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
  if (way === 3) return { text: fwSome7(text, /\d/), obfuscated: true, how: 'full-width digits' };
  if (way === 4 && v6) return { text: text.replace(/:/g, '：'), obfuscated: true, how: 'full-width colons' };
  return { text: zw7(r, text, 2, 4), obfuscated: true, how: 'zero-width characters' };
}

/** BBAN layouts: n digits, a upper-case letters, c letters or digits (lengths as in the IBAN registry). */
const IBAN7: Record<string, string> = {
  FI: '14n', EE: '16n', LT: '16n', LV: '4a13c', LU: '3n13c', SI: '15n', SK: '20n', HR: '17n', BG: '4a6n8c', CY: '8n16c', MT: '4a5n18c',
  LI: '5n12c', MC: '10n11c2n', SM: '1a10n12c', AD: '8n12c', GI: '4a15c', AE: '3n16n', SA: '2n18c', IL: '19n', TR: '5n1n16c', AZ: '4a20c',
  MD: '20c', BY: '4c4n16c', DE: '18n', FR: '10n11c2n', ES: '20n', NL: '4a10n', BE: '12n', AT: '16n', CH: '5n12c', IE: '4a14n', GB: '4a14n',
  NO: '11n', SE: '20n', PL: '24n', CZ: '20n', IT: '1a10n12c', PT: '21n', UA: '6n19c', KZ: '3n13c', GE: '2a16n',
};
const IBAN_MIX7: Record<Lang, string[]> = {
  en: ['FI', 'EE', 'LT', 'LV', 'LU', 'SI', 'SK', 'HR', 'BG', 'CY', 'MT', 'LI', 'MC', 'SM', 'AD', 'GI', 'AE', 'SA', 'IL', 'TR', 'GB', 'IE'],
  ja: ['DE', 'FR', 'NL', 'CH', 'LU', 'AE', 'GB', 'BE', 'IT', 'FI'],
  ko: ['DE', 'FR', 'NL', 'AT', 'SA', 'AE', 'GB', 'ES', 'SE', 'IE'],
  ru: ['AZ', 'MD', 'BY', 'UA', 'KZ', 'GE', 'LV', 'LT', 'EE', 'BG', 'TR', 'CY'],
  vi: ['DE', 'FR', 'CZ', 'PL', 'NO', 'AE', 'IL', 'MC', 'SK', 'PT'],
};
const BANKS7: Record<string, string[]> = { NL: ['INGB', 'ABNA', 'RABO', 'SNSB'], GB: ['BARC', 'NWBK', 'MONZ', 'STAR'], IE: ['AIBK', 'BOFI'], LV: ['HABA', 'UNLA', 'PARX'], BG: ['BNBG', 'UNCR', 'STSA'], MT: ['MALT', 'VALL'], GI: ['NWBK', 'GIBC'], AZ: ['NABZ', 'IBAZ'], GE: ['TB', 'BG'] };
const UP7 = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function bban7(r: Rng, c: string): string {
  let bban = '';
  let first = true;
  for (const m of IBAN7[c].matchAll(/(\d+)([anc])/g)) {
    const k = Number(m[1]);
    if (m[2] === 'n') bban += c === 'TR' && k === 1 ? '0' : r.digits(k);
    else if (m[2] === 'a') bban += first && BANKS7[c] && BANKS7[c][0].length === k ? r.pick(BANKS7[c]) : [...Array(k)].map(() => UP7[r.int(0, UP7.length - 1)]).join('');
    else bban += [...Array(k)].map(() => (r.chance(0.85) ? String(r.int(0, 9)) : UP7[r.int(0, UP7.length - 1)])).join('');
    first = false;
  }
  return bban;
}

function iban7(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const c = r.pick(IBAN_MIX7[lang]);
  const bban = bban7(r, c);
  const iban = c + p2(98 - mod97(bban + c + '00')) + bban;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  const groups = iban.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.6) ? groups.join(' ') : iban, obfuscated: false };
  const way = r.int(0, 5);
  if (way === 0) return { text: fullWidth(r.chance(0.5) ? groups.join(' ') : iban), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: zw7(r, groups.join(' '), 2, 5), obfuscated: true, how: 'zero-width characters' };
  if (way === 2) return { text: groups.join(r.pick(['-', ' - ', '.'])), obfuscated: true, how: 'dashes or dots between groups' };
  if (way === 3) {
    const c2 = looks7(r, iban.slice(0, 2), 0, 2);
    if (c2.n > 0) return { text: [c2.text + groups[0].slice(2), ...groups.slice(1)].join(' '), obfuscated: true, how: 'look-alike letters in the country code' };
  }
  if (way === 4) return { text: fwSome7(groups.join(' '), /\d/), obfuscated: true, how: 'full-width digits' };
  return { text: groups.map((g) => [...g].join(' ')).join('   '), obfuscated: true, how: 'separated characters' };
}

function myNumber7(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const groups = cut7(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([groups.join(' '), groups.join('-'), d]), obfuscated: false };
  const sp = speller7(r, lang);
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(r.pick([d, groups.join('-'), groups.join(' ')])), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: groups.map(sp.spell).join(r.pick(SPELL_SEP7[sp.words])), obfuscated: true, how: sp.how };
  if (way === 2) return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zw7(r, groups.join(r.pick([' ', '-'])), 2, 4, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: groups.map((g, i) => (i === 2 ? sp.spell(g) : g)).join(' '), obfuscated: true, how: 'last group spelled' };
  if (way === 5) return { text: groups.map(fullWidth).join(r.pick(['　', '－'])), obfuscated: true, how: 'full-width groups' };
  return { text: groups.join(r.pick(JOIN7[lang])), obfuscated: true, how: 'words between groups' };
}

function rrn7(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const year = r.int(1965, 2012);
  const month = r.int(1, 12);
  const day = r.int(1, [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);
  const front = p2(year % 100) + p2(month) + p2(day);
  const alien = lang === 'ko' ? r.chance(0.1) : r.chance(0.6);
  const sex = (year >= 2000 ? (alien ? 7 : 3) : alien ? 5 : 1) + r.int(0, 1);
  const body = front + String(sex) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const a = d.slice(0, 6);
  const b = d.slice(6);
  if (!obfuscate) return { text: r.pick([`${a}-${b}`, `${a}-${b}`, d]), obfuscated: false };
  const sp = speller7(r, lang);
  const way = r.int(0, 6);
  if (way === 0) return { text: fullWidth(`${a}-${b}`), obfuscated: true, how: 'full-width' };
  if (way === 1) return { text: `${sp.spell(a)}${r.pick([' - ', ...JOIN7[lang]])}${sp.spell(b)}`, obfuscated: true, how: sp.how };
  if (way === 2) return { text: `${[...a].join(' ')} - ${[...b].join(' ')}`, obfuscated: true, how: 'separated digits' };
  if (way === 3) return { text: zw7(r, `${a}-${b}`, 2, 4, /\d/), obfuscated: true, how: 'zero-width characters' };
  if (way === 4) return { text: `${a} ${sp.spell(b)}`, obfuscated: true, how: 'back part spelled' };
  if (way === 5) return { text: `${fullWidth(a)}－${b}`, obfuscated: true, how: 'front part full-width' };
  return { text: `${a}${r.pick(JOIN7[lang])}${b}`, obfuscated: true, how: 'word between the parts' };
}

// ---- the entity slot ---------------------------------------------------------------------------

export interface Blind7Entity {
  type: FindingType;
  surface: Surface;
}

/**
 * An entity for a slot of these templates, null for a filler slot. MAILZ: an e-mail; TELZ: a phone number of
 * a person; MOBZ: a number a messenger can use; OFFZ: a number of an office or a school; WEBZ: a link with a
 * path; DOMZ: a bare domain; CHATZ: a messenger link or invite; LINEZ, TGZ, IGZ, KKZ, SKZ, DCZ, WXZ, FBZ: ids
 * of LINE, Telegram, Instagram, KakaoTalk, Skype, Discord, WeChat and Facebook; CARDZ; IPZ (v4 or v6), IPFZ
 * (v4, for the templates that add a port); IBANZ, MYNZ, RRNZ. All from the writers above.
 */
export function blind7Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): Blind7Entity | null {
  switch (slot) {
    case 'MAILZ':
      return { type: 'EMAIL', surface: email7(r, lang, obfuscate) };
    case 'TELZ':
      return { type: 'PHONE', surface: phone7(r, lang, obfuscate, 'any') };
    case 'MOBZ':
      return { type: 'PHONE', surface: phone7(r, lang, obfuscate, 'mobile') };
    case 'OFFZ':
      return { type: 'PHONE', surface: phone7(r, lang, obfuscate, 'office') };
    case 'WEBZ':
      return { type: 'URL', surface: url7(r, lang, obfuscate, 'web') };
    case 'DOMZ':
      return { type: 'URL', surface: url7(r, lang, obfuscate, 'dom') };
    case 'CHATZ':
      return { type: 'URL', surface: url7(r, lang, obfuscate, 'chat') };
    case 'LINEZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'line') };
    case 'TGZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'tg') };
    case 'IGZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'ig') };
    case 'KKZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'kakao') };
    case 'SKZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'skype') };
    case 'DCZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'discord') };
    case 'WXZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'wechat') };
    case 'FBZ':
      return { type: 'MESSENGER_ID', surface: id7(r, lang, obfuscate, 'fb') };
    case 'CARDZ':
      return { type: 'CREDIT_CARD', surface: card7(r, lang, obfuscate) };
    case 'IPZ':
      return { type: 'IP_ADDRESS', surface: ip7(r, lang, obfuscate, false) };
    case 'IPFZ':
      return { type: 'IP_ADDRESS', surface: ip7(r, lang, obfuscate, true) };
    case 'IBANZ':
      return { type: 'IBAN', surface: iban7(r, lang, obfuscate) };
    case 'MYNZ':
      return { type: 'JP_MY_NUMBER', surface: myNumber7(r, lang, obfuscate) };
    case 'RRNZ':
      return { type: 'KR_RRN', surface: rrn7(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- hard-negative fillers ---------------------------------------------------------------------

const HOME_GUARD7: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB'];
const EU_GUARD7: CountryCode[] = ['FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'PT', 'SE', 'IE', 'CZ', 'HU', 'RO', 'GR', 'DK', 'FI', 'SK', 'SI', 'HR', 'BG', 'LT', 'LV', 'EE', 'MT', 'CY', 'CH', 'NO', 'AT', 'DE', 'LU'];

function rrnShaped7(d: string): boolean {
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
function holds7(s: string): boolean {
  const t = s.normalize('NFKC').replace(ZW_RE7, '');
  if (/(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/.test(t)) return true;
  if (/::|([0-9a-f]{1,4}:){3,}/i.test(t)) return true;
  if (/@/.test(t)) return true;
  if (/(?<![\w-])[a-z0-9-]+\.[a-z]{2,}(?![\w-])/i.test(t)) return true;
  for (const m of t.matchAll(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g)) if (mod97(m[0].slice(4) + m[0].slice(0, 4)) === 1) return true;
  for (const m of t.matchAll(/\+?\d(?:[ .\-/()–]{0,2}\d)*/g)) {
    const d = m[0].replace(/\D/g, '');
    if (m[0].startsWith('+') && parsePhoneNumberFromString(m[0])?.isValid()) return true;
    for (let i = 0; i < d.length; i++) {
      for (let j = i + 12; j <= Math.min(d.length, i + 19); j++) if (luhn(d.slice(i, j))) return true;
      if (i + 12 <= d.length && myNumberCheckDigit(d.slice(i, i + 11)) === d[i + 11]) return true;
      if (i + 13 <= d.length && rrnShaped7(d.slice(i, i + 13))) return true;
    }
    if (d.length >= 6 && d.length <= 15) {
      for (const region of HOME_GUARD7) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
      for (const region of EU_GUARD7) if (parsePhoneNumberFromString(d, region)?.isValid()) return true;
    }
  }
  return false;
}

function safe7(gen: () => string): string {
  for (let k = 0; k < 5000; k++) {
    const s = gen();
    if (!holds7(s)) return s;
  }
  throw new Error('no safe filler');
}

/** The messengers' names, per platform and language; the *PY slots are Russian prepositional forms. */
const APPS7: Record<string, Record<Lang, string[]>> = {
  LINEY: { en: ['LINE', 'Line'], ja: ['LINE', 'ライン', 'Line'], ko: ['라인', 'LINE'], ru: ['LINE', 'Лайн', 'Line'], vi: ['Line', 'LINE'] },
  TGY: { en: ['Telegram', 'TG', 'telegram', 'Tele'], ja: ['テレグラム', 'Telegram', 'テレグラム'], ko: ['텔레그램', '텔레', 'Telegram'], ru: ['Телеграм', 'Телеграмм', 'телега', 'ТГ', 'Telegram'], vi: ['Telegram', 'Tele', 'tele'] },
  TGPY: { en: ['Telegram'], ja: ['テレグラム'], ko: ['텔레그램'], ru: ['Телеграме', 'Телеграмме', 'телеге', 'тг', 'ТГ', 'Telegram'], vi: ['Telegram'] },
  IGY: { en: ['Instagram', 'insta', 'IG', 'Insta'], ja: ['インスタ', 'Instagram', 'インスタグラム'], ko: ['인스타', '인스타그램', 'Instagram'], ru: ['Инстаграм', 'инста', 'инст', 'Instagram'], vi: ['Insta', 'IG', 'Instagram', 'insta'] },
  IGPY: { en: ['Instagram'], ja: ['インスタ'], ko: ['인스타'], ru: ['инсте', 'Инстаграме', 'инстаграмме', 'Instagram'], vi: ['Insta'] },
  KKY: { en: ['KakaoTalk', 'Kakao', 'kakaotalk'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk'], ko: ['카톡', '카카오톡', '카카오'], ru: ['КакаоТок', 'Какао', 'KakaoTalk'], vi: ['Kakao', 'KakaoTalk'] },
  SKY: { en: ['Skype', 'skype'], ja: ['スカイプ', 'Skype'], ko: ['스카이프', 'Skype'], ru: ['Скайпе', 'скайпе', 'Skype'], vi: ['Skype', 'skype'] },
  DCY: { en: ['Discord', 'discord', 'dc'], ja: ['ディスコード', 'ディスコ', 'Discord'], ko: ['디스코드', '디코', 'Discord'], ru: ['Дискорд', 'дискорд', 'Discord'], vi: ['Discord', 'discord'] },
  DCPY: { en: ['Discord'], ja: ['ディスコード'], ko: ['디코'], ru: ['Дискорде', 'дискорде', 'дс', 'Discord'], vi: ['Discord'] },
  WXY: { en: ['WeChat', 'Weixin', 'wechat'], ja: ['WeChat', '微信', 'ウィーチャット'], ko: ['위챗', 'WeChat'], ru: ['WeChat', 'Вичат', 'вичат'], vi: ['WeChat', 'Wechat', 'wechat'] },
  FBY: { en: ['Facebook', 'FB', 'facebook'], ja: ['Facebook', 'フェイスブック', 'FB'], ko: ['페이스북', '페북', 'Facebook'], ru: ['Фейсбук', 'фейсбук', 'Facebook'], vi: ['Facebook', 'FB', 'fb', 'Face'] },
  WAY: { en: ['WhatsApp', 'WA', 'whatsapp'], ja: ['WhatsApp', 'ワッツアップ'], ko: ['왓츠앱', 'WhatsApp'], ru: ['WhatsApp', 'вотсапе', 'ватсапе', 'вацапе'], vi: ['WhatsApp', 'Whatsapp'] },
  VBY: { en: ['Viber', 'viber'], ja: ['Viber', 'バイバー'], ko: ['바이버', 'Viber'], ru: ['Вайбером', 'вайбером', 'Viber'], vi: ['Viber', 'viber'] },
  ZLY: { en: ['Zalo', 'zalo'], ja: ['Zalo', 'ザロ'], ko: ['잘로', 'Zalo'], ru: ['Зало', 'Zalo'], vi: ['Zalo', 'zalo', 'ZL', 'Zalo'] },
};

const MENTION7: Record<Lang, string[]> = {
  en: ['@hazel', '@ezra_k', '@Posy', '@milo.d', '@clem', '@jasper22', '@Nell', '@rowan_f'],
  ja: ['@ことね', '@riku_m', '@ひなた', '@asahi', '@紬', '@haruki_u', '@なぎさ', '@sana'],
  ko: ['@서아', '@junseo', '@아린', '@hajun_b', '@예린', '@minjun', '@소희', '@dain_y'],
  ru: ['@Арсений', '@milana_g', '@Ярослав', '@ulyana', '@Богдан', '@zlata_k', '@Савва', '@kira'],
  vi: ['@Khoa', '@my_tran', '@Hiếu', '@nga.le', '@Phát', '@quynh', '@Vinh', '@xuan_d'],
};
let lastMention7 = '';
let lastFile7 = '';
let lastHour7 = -1;

const MON_EN7 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_RU7 = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function isbn7(r: Rng, lang: Lang): string {
  const body = '978' + r.pick({ en: ['0', '1'], ja: ['4'], ko: ['89'], ru: ['5'], vi: ['604'] }[lang]);
  const d0 = body + r.digits(12 - body.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d0.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  const d = d0 + String((10 - (sum % 10)) % 10);
  const g = body.length - 3;
  return `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 8)}-${d.slice(8, 12)}-${d.slice(12)}`;
}

/** Fillers for the slots of these templates (hard negatives and the messengers' names); null for a slot it does not know. */
export function blind7Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS7[slot]) return r.pick(APPS7[slot][lang]);
  switch (slot) {
    case 'TIMEW': {
      let h = lastHour7;
      while (h === lastHour7) h = n(7, 21);
      lastHour7 = h;
      const m = r.pick(['00', '15', '30', '45']);
      return r.pick({ en: [`${h > 12 ? h - 12 : h}:${m}${h >= 12 ? 'pm' : 'am'}`, `${h}:${m}`], ja: [`${h}:${m}`, `${h}時${m === '00' ? '' : m + '分'}`], ko: [`${h}:${m}`, `${h > 12 ? '오후 ' + (h - 12) : '오전 ' + h}시${m === '30' ? ' 반' : ''}`], ru: [`${h}:${m}`, `${h}.${m}`], vi: [`${h}h${m === '00' ? '' : m}`, `${h}:${m}`] }[lang]);
    }
    case 'DATEW': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${MON_EN7[m - 1]} ${d}`, `${d} ${MON_EN7[m - 1]}`, `${m}/${d}`], ja: [`${m}月${d}日`, `${m}/${d}（${r.pick(['月', '火', '木', '土'])}）`], ko: [`${m}월 ${d}일`, `${m}/${d}(${r.pick(['월', '화', '목', '토'])})`], ru: [`${d} ${MON_RU7[m - 1]}`, `${p2(d)}.${p2(m)}`], vi: [`${d}/${m}`, `ngày ${d} tháng ${m}`] }[lang]);
    }
    case 'CANDW':
      return safe7(() => r.pick([`${r.pick(['A', 'B', 'C', 'K'])}${n(1000, 9999)}`, `${n(10, 99)}-${n(100, 999)}`, `No.${n(100, 999)}`, `${r.pick(['J', 'S'])}${n(10, 99)}-${n(1000, 9999)}`]));
    case 'SEATW':
      return r.pick({ en: [`${r.pick(['A', 'B', 'C', 'D'])}${n(1, 30)}`, `row ${n(1, 20)}, seat ${n(1, 12)}`], ja: [`${r.pick(['A', 'B', 'C'])}-${n(1, 40)}`, `${n(1, 20)}列${n(1, 12)}番`], ko: [`${n(1, 40)}번`, `${r.pick(['A', 'B', 'C'])}-${n(1, 40)}`], ru: [`${n(1, 40)}`, `ряд ${n(1, 12)}, место ${n(1, 20)}`], vi: [`${n(1, 40)}`, `${r.pick(['A', 'B', 'C'])}${n(1, 30)}`] }[lang]);
    case 'PAGEW':
      return String(n(8, 180));
    case 'EXRANGEW': {
      const a = n(1, 12);
      return r.pick([`${a}-${a + n(2, 4)}`, `${a}–${a + n(2, 5)}`, `${a}~${a + n(1, 3)}`]);
    }
    case 'NUMW':
      return String(n(1, 20));
    case 'PRICEW':
      return r.pick({ en: [`$${n(20, 90)}.00`, `£${n(18, 75)}`, `€${n(20, 80)},${r.pick(['00', '50'])}`, `$${n(1, 2)},${n(100, 999)}`], ja: [`${n(2, 60)},${r.pick(['000', '500'])}円`, `¥${n(2, 60)},${r.pick(['000', '800'])}`], ko: [`${n(20, 99)},000원`, `${n(3, 48)}만 원`], ru: [`${n(1, 60)} ${r.pick(['000', '500'])} ₽`, `${n(1200, 9800)} рублей`], vi: [`${n(2, 9)}.${r.pick(['000', '500'])}.000đ`, `${n(200, 950)}k`] }[lang]);
    case 'REFW':
      return safe7(() => r.pick([`TX-${key7(r, 8).toUpperCase()}`, `FT${n(26, 26)}${n(300, 365)}${key7(r, 5).toUpperCase()}`, `${r.pick(['REF', 'TRX'])}${n(1000, 9999)}${r.pick(['A', 'K', 'Q'])}`]));
    case 'TIMERW': {
      const h = n(9, 20);
      return `${h}:${r.pick(['00', '30'])}–${h + 1}:${r.pick(['00', '30'])}`;
    }
    case 'COUNTW':
      return String(n(3, 48));
    case 'ROOMW':
      return r.pick([`B-${n(101, 409)}`, `${n(2, 9)}0${n(1, 9)}`, `${r.pick(['A', 'C'])}${n(1, 12)}`, `${n(1, 6)}F`]);
    case 'FILEW': {
      let f = lastFile7;
      while (f === lastFile7) f = r.pick(['reference_letter_draft.docx', 'main.py', 'notes.md', 'clip.mov', 'poster.ai', 'run.sh', 'mock_test.zip', 'scan_0412.pdf', 'speaking_week3.m4a', 'timetable.xlsx', 'homework_photo.heic', 'vocab_deck.csv']);
      lastFile7 = f;
      return f;
    }
    case 'SCOREW':
      return String(n(52, 99));
    case 'MENTIONW': {
      let m = lastMention7;
      while (m === lastMention7) m = r.pick(MENTION7[lang]);
      lastMention7 = m;
      return m;
    }
    case 'MODELW':
      return r.pick(['USB-C 65W', 'MagSafe', 'Anker 20W', 'Galaxy 25W', 'Lightning', 'Surface 39W']);
    case 'VERW':
      return safe7(() => r.pick([`v${n(2, 9)}.${n(0, 20)}.${n(0, 9)}`, `${n(3, 7)}.${n(0, 12)}`, `build ${n(100, 999)}`, `${n(17, 19)}.${n(0, 6)}.${n(1, 3)}`]));
    case 'ISBNW':
      return safe7(() => isbn7(r, lang));
    case 'ORDERW':
      return safe7(() => r.pick([`#A-${n(10000, 99999)}`, `ORD-${n(2025, 2026)}-${n(100, 999)}`, `${key7(r, 3).toUpperCase()}-${n(1000, 9999)}`]));
    case 'TRACKW':
      return safe7(() => r.pick([`${r.pick(['EJ', 'LX', 'RR', 'CP'])}${r.digits(9)}${r.pick(['JP', 'KR', 'RU', 'VN', 'GB'])}`, `1Z${key7(r, 6).toUpperCase()}${r.digits(8)}`, `SPXVN${r.digits(10)}`]));
    case 'BANDW':
      return `${n(5, 8)}.${r.pick(['0', '5'])}`;
    case 'CSEW':
      return String(n(400, 750));
    case 'TOEICPW':
      return String(n(50, 99) * 5);
    case 'DURW':
      return r.pick([`${n(2, 18)}:${p2(n(0, 59))}`, `${n(1, 2)}:${p2(n(0, 59))}:${p2(n(0, 59))}`]);
    case 'CHEMW':
      return r.pick(['2H2 + O2 → 2H2O', 'CH4 + 2O2 → CO2 + 2H2O', 'Fe2O3 + 3CO → 2Fe + 3CO2', 'NaOH + HCl → NaCl + H2O', '2Na + Cl2 → 2NaCl', 'C6H12O6 + 6O2 → 6CO2 + 6H2O']);
    case 'ADDRW':
      return r.pick({
        en: [`${n(2, 180)} Ingram Lane, York YO${n(1, 9)} ${n(1, 9)}QP`, `the library, 3rd floor`, `Unit ${n(2, 12)}, Fairbairn Court`],
        ja: [`横浜市中区山下町${n(1, 200)}`, `福岡市博多区博多駅前${n(1, 4)}-${n(1, 20)}-${n(1, 9)}`, `那覇市久茂地${n(1, 3)}丁目`],
        ko: [`서울시 종로구 율곡로 ${n(10, 190)}`, `인천시 연수구 컨벤시아대로 ${n(10, 200)}`, `광주시 북구 용봉로 ${n(10, 99)}`],
        ru: [`ул. Баумана, д. ${n(2, 60)}`, `Ленинский пр., ${n(10, 150)}, 2 этаж`, `ул. Ленина, ${n(2, 90)}, каб. ${n(101, 320)}`],
        vi: [`${n(12, 300)} Lê Lợi, Q.${n(1, 10)}, TP.HCM`, `${n(2, 99)} Kim Mã, Ba Đình, Hà Nội`, `tầng ${n(2, 9)}, toà nhà Vincom, Huế`],
      }[lang]);
    case 'RATEW':
      return { en: `${n(140, 159)}.${p2(n(0, 99))}`, ja: `${n(140, 159)}.${n(0, 9)}`, ko: `1,${n(300, 450)}`, ru: `${n(85, 99)},${p2(n(0, 99))}`, vi: `${n(24, 26)}.${n(100, 999)}` }[lang];
    case 'STUIDW':
      return safe7(() => r.pick([`S${n(2023, 2026)}-${n(1000, 9999)}`, `${n(23, 26)}${r.pick(['B', 'E', 'L'])}${n(1000, 9999)}`, `${r.pick(['KS', 'EN', 'IT'])}${n(10000, 99999)}`]));
    case 'CLASSW':
      return r.pick({ en: ['10B', 'Y9-2', 'IELTS-A'], ja: ['2-3', 'A組', '特進B'], ko: ['3', '2-5', 'A'], ru: ['10А', '11Б', 'Л-21'], vi: ['12A3', '11B2', '10C1'] }[lang]);
    case 'TSW':
      return `${p2(n(0, 59))}:${p2(n(0, 59))}`;
    case 'RRNFW':
      return `${n(70, 99)}${p2(n(1, 12))}${p2(n(1, 28))}`;
    default:
      return null;
  }
}
