/**
 * Eighth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the seventh blind set of 3 December
 * (templates-blind7.ts), until the ninth blind set of 3 December 2026 (templates-blind9.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages: tutor
 * onboarding, trial-lesson follow-ups, complaints to support, parents comparing tutors, students selling
 * used textbooks, study-group invitations, holiday greetings with contact details, refunds and invoices,
 * and messages that mix two languages. Messenger ids are about a third of the entities, the messengers
 * named by a filler in each language and script; numbers given for phone-based messengers (WhatsApp,
 * Viber, Zalo) are labelled as phones. All entities come from the writers below (`blind8Entity`): phone
 * numbers of Japan (mobiles, Osaka landlines), Korea (mobiles, Gyeonggi landlines), Vietnam (mobiles,
 * Hanoi landlines), Russia (mobiles, Moscow landlines), the US, the UK and EU countries (Germany, France,
 * Spain, Italy, the Netherlands, Poland), kept only when libphonenumber-js says the number is valid and its
 * written form reads back as the same number; links to learning and file-sharing sites, bare domains of
 * real generic and country top-level domains, internationalised domains, and messenger links (t.me, wa.me,
 * line.me, open.kakao.com, zalo.me); cards (Luhn), IPv4 and IPv6 addresses, IBANs of ten European
 * countries (mod 97), My Numbers and resident registration numbers with their check digits. Disguises stay
 * within the specification: full-width forms, Cyrillic and Greek look-alikes, zero-width characters,
 * digits apart by spaces, dots, dashes or dash words, digits spelled one by one in each language, at and
 * dot written out in each language, and e-mails and links split by spaces. Hard negatives
 * (`blind8Filler`): textbook listings with ISBNs, editions and prices, lesson and invoice numbers, refund
 * amounts, dates and times of trial lessons, ratings and scores, app versions, file names, classmates
 * @-mentioned with no platform, messengers named with no id, and year ranges.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, myNumberCheckDigit, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots: MAILQ, TELQ (any phone), PMQ (a number for WhatsApp, Viber or Zalo), WEBQ, LINKQ
// (messenger link), HQ (messenger id), CARDQ, IPQ, IBANQ, MYNQ, RRNQ. Filler slots end in K; APPK names a
// messenger that takes an id, PAPPK one that takes a phone number.

export const BLIND8_POSITIVE: Record<Lang, string[]> = {
  en: [
    'Hi! I just finished the tutor onboarding form. For payouts please use my IBAN {IBANQ}',
    'Onboarding step 3 asks for a backup contact, so here it is: {MAILQ}',
    'Thanks for the trial lesson yesterday! If you want to continue, my {APPK} is {HQ}',
    'Trial lesson follow-up: I sent the level test to {MAILQ}, let me know if it did not arrive',
    'To support: the tutor cancelled twice and now asks me to pay outside the site. She gave me {TELQ}',
    'Complaint about lesson {LESSONK}: the teacher kept pushing me to add her on {APPK} ({HQ})',
    "My husband and I are comparing two tutors for our daughter. The second one said to reach her on {PAPPK} at {TELQ}",
    'Parents chat: the maths tutor we liked has a page at {WEBQ}, the other one only has {APPK} {HQ}',
    'Selling my used {BOOKK} textbook (ISBN {ISBNK}), {PRICEK}. Message me on {APPK}: {HQ}',
    'Used workbook, barely written in, {PRICEK}. Pick-up near campus, text {TELQ}',
    'Study group for the {EXAMK} this Saturday! Join here: {LINKQ}',
    'We made a study group chat, ask {HQ} on {APPK} to add you',
    'Happy holidays and thank you for this year 🎄 If you ever need me over the break: {TELQ}',
    'Merry Christmas! 🎅 New year, new email: {MAILQ}',
    'sensei, arigatou! watashi no LINE wa {HQ} desu, yoroshiku',
    'Invoice question: I was charged twice on my card {CARDQ}, can you refund one?',
    'My lesson room keeps disconnecting, the support agent asked for my IP, it is {IPQ}',
    'For the Japanese school enrolment they need my My Number, is this format ok? {MYNQ}',
    'The Korean agency form asks for my resident registration number: {RRNQ}',
    'All my course materials are on {WEBQ}, and the booking form is at {WEBQ}',
    "I'm on {PAPPK} most of the day, {TELQ}. Or just email {MAILQ}",
    'New tutor here 👋 You can find my intro video at {WEBQ} and my {APPK} is {HQ}',
    'Parent here. Please send the monthly report to {MAILQ} and not to my son',
  ],
  ja: [
    '講師登録フォームの入力が終わりました。報酬の振込先はこちらのIBANでお願いします：{IBANQ}',
    '登録手続きで緊急連絡先が必要とのことなので、{MAILQ}を登録しました',
    '昨日の体験レッスンありがとうございました！続けたいので、{APPK}のIDを送ります：{HQ}',
    '体験レッスンのフォローです。レベルチェックの結果を{MAILQ}に送りましたのでご確認ください',
    'サポート様へ：講師から直接払いにしてほしいと言われ、この番号を渡されました {TELQ}',
    'レッスン{LESSONK}について苦情です。講師にしつこく{APPK}の追加を求められました（ID：{HQ}）',
    'ママ友と家庭教師を比べています。A先生は{WEBQ}にプロフィールがあって、B先生は{APPK}で{HQ}だけでした',
    '息子の先生を探しています。気になる先生の番号は{TELQ}でしたが、直接連絡して大丈夫でしょうか',
    '使い終わった{BOOKK}の参考書を譲ります（ISBN {ISBNK}）、{PRICEK}です。{APPK}で連絡ください：{HQ}',
    '書き込みほぼなしの問題集、{PRICEK}でお譲りします。受け渡しは駅前で、{TELQ}までSMSを',
    '{EXAMK}の勉強会グループを作りました！参加はこちらから→{LINKQ}',
    '勉強会のグループに入りたい人は{APPK}で{HQ}に連絡してね',
    'メリークリスマス🎄今年もお世話になりました。冬休み中の連絡は{TELQ}へどうぞ',
    'あけましておめでとうございます🎍メールアドレスが変わりました：{MAILQ}',
    'Sorry I forgot 日本語で書きます！私の{APPK}は{HQ}です、よろしくお願いします',
    '二重に請求されています。カード番号は{CARDQ}です、一件返金していただけますか',
    'レッスン中に何度も切れます。サポートの方にIPアドレスを聞かれたので：{IPQ}',
    '入塾手続きでマイナンバーが必要と言われました。{MYNQ}で合っていますか',
    '韓国の語学学校の書類に住民登録番号を書く欄があります：{RRNQ}',
    '教材はすべて{WEBQ}にまとめてあります',
    '{PAPPK}もやってます、番号は{TELQ}です。メールなら{MAILQ}でも',
    '新しく講師になりました👋 自己紹介動画は{WEBQ}、{APPK}は{HQ}です',
    '保護者です。月次報告は息子ではなく{MAILQ}宛にお送りください',
  ],
  ko: [
    '강사 등록 양식 작성 완료했습니다. 정산은 이 IBAN으로 부탁드려요: {IBANQ}',
    '등록할 때 비상 연락처가 필요하다고 해서 {MAILQ}로 적었어요',
    '어제 체험 수업 감사했어요! 계속 듣고 싶어서 {APPK} 아이디 남겨요: {HQ}',
    '체험 수업 후기 드려요. 레벨 테스트 결과는 {MAILQ}로 보냈습니다',
    '고객센터에 문의합니다. 선생님이 사이트 밖에서 결제하자고 하면서 이 번호를 줬어요 {TELQ}',
    '{LESSONK} 수업 관련 신고합니다. 선생님이 계속 {APPK} 추가하라고 했어요 (아이디 {HQ})',
    '엄마들끼리 과외 선생님 비교 중인데요, 한 분은 {WEBQ}에 소개가 있고 다른 분은 {APPK} {HQ}만 알려주셨어요',
    '아이 영어 선생님 찾는 중이에요. 추천받은 분 번호가 {TELQ}인데 직접 연락해도 될까요',
    '{BOOKK} 교재 중고로 팔아요 (ISBN {ISBNK}), {PRICEK}. {APPK}로 연락 주세요: {HQ}',
    '필기 거의 없는 문제집 {PRICEK}에 팝니다. 직거래는 학교 앞, 문자는 {TELQ}',
    '{EXAMK} 스터디 모집합니다! 여기로 들어오세요 → {LINKQ}',
    '스터디 단톡 들어오고 싶은 사람은 {APPK}에서 {HQ} 찾아서 말 걸어줘',
    '메리 크리스마스🎄 올해도 감사했습니다. 방학 중 연락은 {TELQ}로 주세요',
    '새해 복 많이 받으세요🙏 이메일 주소 바뀌었어요: {MAILQ}',
    'teacher, 제 {APPK} 아이디는 {HQ}예요 thank you so much!',
    '카드로 두 번 결제됐어요. 카드 번호 {CARDQ}인데 하나 환불해 주실 수 있나요',
    '수업 중에 자꾸 끊겨서 상담원이 IP를 물어봤어요: {IPQ}',
    '학원 등록하는데 주민등록번호가 필요하대요: {RRNQ}',
    '일본 어학원 서류에 마이넘버(個人番号)를 적으라고 해서요: {MYNQ}',
    '수업 자료는 전부 {WEBQ}에 올려 뒀어요',
    '{PAPPK}도 써요, 번호는 {TELQ}예요. 메일은 {MAILQ}',
    '새로 온 강사입니다👋 소개 영상은 {WEBQ}, {APPK}는 {HQ}입니다',
    '학부모입니다. 월간 리포트는 아이 말고 {MAILQ}로 보내 주세요',
  ],
  ru: [
    'Заполнила анкету преподавателя. Выплаты, пожалуйста, на этот IBAN: {IBANQ}',
    'В анкете просят запасной контакт, указала {MAILQ}',
    'Спасибо за пробный урок! Хочу продолжить, мой {APPK}: {HQ}',
    'По итогам пробного занятия отправила тест на {MAILQ}, проверьте, пожалуйста',
    'В поддержку: преподаватель просит платить напрямую и дала номер {TELQ}',
    'Жалоба по уроку {LESSONK}: репетитор настойчиво просила добавить её в {APPK} ({HQ})',
    'Сравниваем с мужем двух репетиторов для дочки. У одного есть сайт {WEBQ}, у другого только {APPK} {HQ}',
    'Ищу репетитора сыну. Мне дали номер {TELQ}, можно звонить напрямую?',
    'Продаю учебник {BOOKK} (ISBN {ISBNK}) за {PRICEK}. Пишите в {APPK}: {HQ}',
    'Рабочая тетрадь почти без записей, {PRICEK}, самовывоз у метро, звоните {TELQ}',
    'Собираем учебную группу к {EXAMK}! Вступайте: {LINKQ}',
    'Кто хочет в учебный чат, пишите {HQ} в {APPK}',
    'С наступающим Новым годом! 🎄 На каникулах я на связи по номеру {TELQ}',
    'С Рождеством! Новый адрес почты: {MAILQ}',
    'Teacher, thank you! Мой {APPK}: {HQ}, пишите',
    'С карты {CARDQ} списали дважды, верните, пожалуйста, один платёж',
    'Урок всё время обрывается, поддержка спросила мой IP: {IPQ}',
    'Для оформления в японскую школу нужен My Number (個人番号): {MYNQ}',
    'В корейской анкете надо указать номер регистрации резидента (주민등록번호): {RRNQ}',
    'Все материалы курса лежат на {WEBQ}',
    'Есть {PAPPK}, номер {TELQ}. Или пишите на {MAILQ}',
    'Я новый преподаватель 👋 Видео-знакомство: {WEBQ}, мой {APPK}: {HQ}',
    'Пишу как родитель. Отчёты отправляйте на {MAILQ}, а не сыну',
  ],
  vi: [
    'Em đã điền xong hồ sơ gia sư. Tiền lương chuyển vào IBAN này giúp em: {IBANQ}',
    'Hồ sơ yêu cầu liên hệ dự phòng nên em ghi {MAILQ}',
    'Cảm ơn cô buổi học thử hôm qua! Em muốn học tiếp, {APPK} của em là {HQ}',
    'Sau buổi học thử, thầy đã gửi bài kiểm tra trình độ vào {MAILQ}, em xem nhé',
    'Gửi bộ phận hỗ trợ: giáo viên bảo em chuyển tiền ngoài trang và cho số {TELQ}',
    'Khiếu nại buổi học {LESSONK}: giáo viên cứ đòi em kết bạn {APPK} ({HQ})',
    'Mấy mẹ đang so sánh gia sư cho con. Cô A có trang {WEBQ}, cô B chỉ cho {APPK} {HQ}',
    'Mình đang tìm gia sư cho bé, được giới thiệu số {TELQ}, gọi thẳng có được không ạ',
    'Pass lại sách {BOOKK} (ISBN {ISBNK}) giá {PRICEK}. Nhắn {APPK}: {HQ}',
    'Thanh lý sách bài tập gần như mới, {PRICEK}. Lấy ở cổng trường, nhắn {PAPPK} {TELQ}',
    'Lập nhóm ôn {EXAMK} nè! Vào đây: {LINKQ}',
    'Ai muốn vào nhóm học thì nhắn {HQ} trên {APPK} nha',
    'Chúc mừng năm mới 🧧 Nghỉ Tết có gì cứ gọi em: {TELQ}',
    'Giáng sinh vui vẻ! 🎄 Email mới của em: {MAILQ}',
    'Thank you teacher! {APPK} của em là {HQ} nha',
    'Thẻ {CARDQ} của em bị trừ tiền hai lần, hoàn lại giúp em một lần ạ',
    'Lớp học cứ bị rớt mạng, nhân viên hỗ trợ hỏi IP, của em là {IPQ}',
    'Trường tiếng Nhật bảo em gửi mã số cá nhân My Number: {MYNQ}',
    'Giấy tờ bên Hàn yêu cầu số đăng ký cư trú (주민등록번호): {RRNQ}',
    'Tài liệu khóa học em để hết ở {WEBQ}',
    'Em dùng {PAPPK}, số {TELQ}. Hoặc email {MAILQ}',
    'Em là gia sư mới 👋 Video giới thiệu: {WEBQ}, {APPK}: {HQ}',
    'Phụ huynh đây ạ. Báo cáo hằng tháng gửi về {MAILQ} giúp chị, đừng gửi cho cháu',
  ],
};

export const BLIND8_NEGATIVE: Record<Lang, string[]> = {
  en: [
    'Onboarding checklist: profile photo ✔, intro video ✔, {FEWK} of 5 steps done',
    'Trial lesson on {DATEK} at {TIMEK} went well, next one is lesson {LESSONK}',
    'Support ticket {TICKETK}: refund of {PRICEK} approved, arrives in {COUNTK} business days',
    'Comparing tutors: one charges {PRICEK} per hour with a {RATINGK} rating, the other {PRICEK} with {RATINGK}',
    'Selling: {BOOKK}, {EDITIONK}, ISBN {ISBNK}, {PRICEK}. Pick-up only, ask me here',
    'Study group meets {DATEK} {TIMEK}, room {ROOMK}, bring chapters {RANGEK}',
    'Happy holidays! 🎄 Lessons resume on {DATEK}, see you at {TIMEK}',
    'Invoice {INVOICEK} for {PRICEK} is attached as {FILEK}',
    'The app says version {VERK}, should I update before lesson {LESSONK}?',
    'I scored {SCOREK} on the mock, up from {SCOREK} last month',
    'thanks {MENTIONK} and {MENTIONK} for the notes from {DATEK}!',
    "I don't use {APPK}, let's keep everything in the lesson chat",
    'My order {ORDERK} with the textbooks arrived, {COUNTK} books in total',
    'Taught English {YEARSK}, about {COUNTK} students so far',
    'Please send the homework as {FILEK} before {TIMEK} on {DATEK}',
    'Page {PAGEK}, exercises {RANGEK}: I got {RIGHTK} of 12 right',
    'sensei, lesson {LESSONK} wa {TIMEK} kara desu yo ne? ok arigato',
    'The refund of {PRICEK} for lesson {LESSONK} shows as pending since {DATEK}',
    'Holiday schedule: closed {DATEK} to {DATEK}, support replies within {COUNTK} hours',
    'New year goals: {COUNTK} lessons a month and {SCOREK} on the exam',
    'Reminder: the room code for the workshop is {ROOMK}, starts at {TIMEK}',
  ],
  ja: [
    '講師登録チェックリスト：写真✔、自己紹介動画✔、5ステップ中{FEWK}つ完了',
    '{DATEK} {TIMEK}の体験レッスンは順調でした。次回はレッスン{LESSONK}です',
    '問い合わせ番号{TICKETK}：{PRICEK}の返金が承認されました。{COUNTK}営業日以内に反映されます',
    '先生比較：A先生は1時間{PRICEK}で評価{RATINGK}、B先生は{PRICEK}で評価{RATINGK}',
    '譲ります：{BOOKK}、{EDITIONK}、ISBN {ISBNK}、{PRICEK}。手渡しのみ、ここで連絡ください',
    '勉強会は{DATEK} {TIMEK}から{ROOMK}教室で、範囲は{RANGEK}章です',
    'よいお年を🎍 レッスンは{DATEK}から再開です、{TIMEK}にお会いしましょう',
    '請求書{INVOICEK}（{PRICEK}）を{FILEK}で添付しました',
    'アプリのバージョンが{VERK}なんですが、レッスン{LESSONK}の前に更新したほうがいいですか',
    '模試は{SCOREK}でした、先月は{SCOREK}でした',
    '{MENTIONK}さん、{MENTIONK}さん、{DATEK}のノートありがとう！',
    '{APPK}はやっていないので、レッスンチャットでお願いします',
    '注文番号{ORDERK}の教材が届きました、全部で{COUNTK}冊です',
    '英語講師歴は{YEARSK}、これまで{COUNTK}人ほど教えてきました',
    '宿題は{DATEK} {TIMEK}までに{FILEK}で提出してください',
    '{PAGEK}ページの{RANGEK}番、12問中{RIGHTK}問正解でした',
    'Teacher, next lesson is {DATEK} {TIMEK} ですよね？ thanks!',
    'レッスン{LESSONK}の返金{PRICEK}が{DATEK}から保留のままです',
    '年末年始は{DATEK}〜{DATEK}お休み、サポートの返信は{COUNTK}時間以内です',
    '来年の目標：月{COUNTK}回レッスン、試験で{SCOREK}',
    'ワークショップの部屋番号は{ROOMK}、{TIMEK}開始です',
  ],
  ko: [
    '강사 등록 체크리스트: 프로필 사진✔, 소개 영상✔, 5단계 중 {FEWK}단계 완료',
    '{DATEK} {TIMEK} 체험 수업 잘 끝났어요. 다음은 {LESSONK} 수업이에요',
    '문의 번호 {TICKETK}: {PRICEK} 환불 승인, 영업일 기준 {COUNTK}일 내 입금',
    '선생님 비교: 한 분은 시간당 {PRICEK}에 평점 {RATINGK}, 다른 분은 {PRICEK}에 평점 {RATINGK}',
    '판매: {BOOKK}, {EDITIONK}, ISBN {ISBNK}, {PRICEK}. 직거래만, 여기로 문의',
    '스터디는 {DATEK} {TIMEK}, {ROOMK}호, 범위는 {RANGEK}단원',
    '즐거운 연말 보내세요🎄 수업은 {DATEK}부터 다시 시작해요, {TIMEK}에 봬요',
    '청구서 {INVOICEK} ({PRICEK}) {FILEK}로 첨부했습니다',
    '앱 버전이 {VERK}인데 {LESSONK} 수업 전에 업데이트해야 하나요?',
    '모의고사 {SCOREK} 나왔어요, 지난달엔 {SCOREK}였는데',
    '{MENTIONK} {MENTIONK} {DATEK} 필기 고마워!',
    '{APPK}는 안 해서요, 수업 채팅에서 얘기해요',
    '주문번호 {ORDERK} 교재 도착했어요, 총 {COUNTK}권',
    '영어 강의 경력 {YEARSK}, 지금까지 학생 {COUNTK}명 정도 가르쳤어요',
    '숙제는 {DATEK} {TIMEK}까지 {FILEK}로 제출해 주세요',
    '{PAGEK}쪽 {RANGEK}번, 12문제 중 {RIGHTK}개 맞았어요',
    'teacher 다음 수업 {DATEK} {TIMEK} 맞죠? thanks!',
    '{LESSONK} 수업 환불 {PRICEK}이 {DATEK}부터 대기 중이에요',
    '연휴 기간 {DATEK}~{DATEK} 휴무, 문의 답변은 {COUNTK}시간 이내',
    '새해 목표: 한 달에 {COUNTK}번 수업, 시험 {SCOREK}',
    '워크숍 강의실은 {ROOMK}호, {TIMEK} 시작입니다',
  ],
  ru: [
    'Чек-лист анкеты: фото ✔, видео ✔, выполнено {FEWK} из 5 шагов',
    'Пробный урок {DATEK} в {TIMEK} прошёл хорошо, следующий — урок {LESSONK}',
    'Обращение {TICKETK}: возврат {PRICEK} одобрен, деньги придут за {COUNTK} рабочих дня',
    'Сравниваем репетиторов: один берёт {PRICEK} в час, рейтинг {RATINGK}, другой {PRICEK}, рейтинг {RATINGK}',
    'Продаю: {BOOKK}, {EDITIONK}, ISBN {ISBNK}, {PRICEK}. Только самовывоз, пишите здесь',
    'Учебная группа собирается {DATEK} в {TIMEK}, аудитория {ROOMK}, главы {RANGEK}',
    'С праздниками! 🎄 Занятия возобновятся {DATEK}, жду в {TIMEK}',
    'Счёт {INVOICEK} на {PRICEK} во вложении, файл {FILEK}',
    'У меня версия приложения {VERK}, обновить до урока {LESSONK}?',
    'За пробник {SCOREK}, в прошлом месяце было {SCOREK}',
    'спасибо {MENTIONK} и {MENTIONK} за конспект от {DATEK}!',
    'Я не пользуюсь {APPK}, давайте общаться в чате урока',
    'Заказ {ORDERK} с учебниками пришёл, всего {COUNTK} книг',
    'Преподаю английский {YEARSK}, учеников было около {COUNTK}',
    'Домашку пришлите файлом {FILEK} до {TIMEK} {DATEK}',
    'Страница {PAGEK}, упражнения {RANGEK}: правильно {RIGHTK} из 12',
    'Teacher, урок {LESSONK} в {TIMEK}, верно? thanks!',
    'Возврат {PRICEK} за урок {LESSONK} висит в обработке с {DATEK}',
    'Праздники: с {DATEK} по {DATEK} выходные, поддержка отвечает в течение {COUNTK} часов',
    'Цели на год: {COUNTK} уроков в месяц и {SCOREK} на экзамене',
    'Код аудитории для мастер-класса {ROOMK}, начало в {TIMEK}',
  ],
  vi: [
    'Checklist hồ sơ gia sư: ảnh ✔, video ✔, xong {FEWK}/5 bước',
    'Buổi học thử {DATEK} lúc {TIMEK} ổn lắm, buổi tiếp theo là buổi {LESSONK}',
    'Yêu cầu hỗ trợ {TICKETK}: hoàn {PRICEK} đã duyệt, tiền về trong {COUNTK} ngày làm việc',
    'So sánh gia sư: cô A {PRICEK}/giờ, đánh giá {RATINGK}; cô B {PRICEK}, đánh giá {RATINGK}',
    'Pass sách: {BOOKK}, {EDITIONK}, ISBN {ISBNK}, {PRICEK}. Chỉ giao tận tay, hỏi ở đây nhé',
    'Nhóm học họp {DATEK} lúc {TIMEK}, phòng {ROOMK}, ôn chương {RANGEK}',
    'Chúc mừng năm mới 🧧 Lớp học lại từ {DATEK}, hẹn gặp lúc {TIMEK}',
    'Hóa đơn {INVOICEK} số tiền {PRICEK} đính kèm file {FILEK}',
    'App của em bản {VERK}, có cần cập nhật trước buổi {LESSONK} không ạ',
    'Thi thử được {SCOREK}, tháng trước {SCOREK}',
    'cảm ơn {MENTIONK} với {MENTIONK} vì ghi chép hôm {DATEK} nha!',
    'Em không dùng {APPK}, mình nói chuyện trong khung chat của lớp nhé',
    'Đơn hàng {ORDERK} sách đã tới, tổng cộng {COUNTK} quyển',
    'Dạy tiếng Anh {YEARSK}, khoảng {COUNTK} học viên rồi',
    'Nộp bài tập dạng {FILEK} trước {TIMEK} ngày {DATEK} nhé',
    'Trang {PAGEK}, bài {RANGEK}: đúng {RIGHTK}/12 câu',
    'Teacher ơi, buổi {LESSONK} lúc {TIMEK} đúng không ạ? thanks!',
    'Khoản hoàn {PRICEK} cho buổi {LESSONK} vẫn đang chờ từ {DATEK}',
    'Nghỉ lễ từ {DATEK} đến {DATEK}, hỗ trợ phản hồi trong {COUNTK} giờ',
    'Mục tiêu năm mới: {COUNTK} buổi mỗi tháng và {SCOREK} kỳ thi',
    'Mã phòng hội thảo là {ROOMK}, bắt đầu lúc {TIMEK}',
  ],
};

// ---- helpers -----------------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');

function zw8(r: Rng, s: string): string {
  const chars = [...s];
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

const LOOK8: Record<string, string[]> = { a: ['а', 'α'], c: ['с'], e: ['е'], i: ['і'], o: ['о', 'ο'], p: ['р'], x: ['х'], y: ['у'] };
/** Look-alike letters (Cyrillic or Greek) for one or two Latin letters; null when there is none to swap. */
function look8(r: Rng, s: string, stop = s.length): string | null {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = 0; i < Math.min(stop, chars.length); i++) if (LOOK8[chars[i]]) idx.push(i);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(2, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK8[chars[i]]) chars[i] = r.pick(LOOK8[chars[i]]);
  }
  return chars.join('');
}

// ---- names, e-mails ----------------------------------------------------------------------------

const NAMES8: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['harriet', 'felix', 'imogen', 'rupert', 'maisie', 'jasper', 'wren', 'silas', 'tamsin', 'ezra'], f: ['pemberton', 'ashdown', 'fairley', 'colquhoun', 'whitlock', 'marsden', 'greaves', 'holloway'] },
  ja: { g: ['kotaro', 'mio', 'shun', 'rina', 'yuto', 'koharu', 'riku', 'nanami', 'hayato', 'akari'], f: ['fujii', 'ogawa', 'matsuda', 'ishikawa', 'hasegawa', 'morimoto', 'okada', 'sakamoto'] },
  ko: { g: ['doyun', 'seoyun', 'jiwoo', 'haeun', 'siwoo', 'chaewon', 'junseo', 'yerin', 'hajun', 'subin'], f: ['shin', 'kwon', 'hwang', 'ahn', 'song', 'hong', 'yoo', 'baek'] },
  ru: { g: ['artem', 'polina', 'kirill', 'vera', 'timur', 'alisa', 'gleb', 'ksenia', 'roman', 'zlata'], f: ['volkov', 'orlova', 'zaitsev', 'belova', 'frolov', 'gusev', 'titova', 'markov'] },
  vi: { g: ['khanh', 'phuong', 'bao', 'yen', 'long', 'nhung', 'dat', 'vy', 'khoa', 'thu'], f: ['truong', 'dinh', 'ly', 'cao', 'mai', 'ha', 'lam', 'duong'] },
};

function handle8(r: Rng, lang: Lang): string {
  const g = r.pick(NAMES8[lang].g);
  const f = r.pick(NAMES8[lang].f);
  return r.pick([`${g}_${f}`, `${g}.${f}${r.int(1, 99)}`, `${f}${g}${r.int(90, 2008)}`, `${g}_${r.pick(['study', 'eng', 'tutor', 'books'])}${r.int(1, 99)}`, `${g[0]}${f}_${r.int(10, 99)}`]);
}

const MAILDOM8: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'fastmail.com', 'zoho.com', 'mail.com', 'yahoo.co.uk', 'live.com', 'gmx.net', 'web.de', 'libero.it'],
  ja: ['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'ocn.ne.jp', 'biglobe.ne.jp', 'icloud.com', 'keio.jp', 'outlook.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'kakao.com', 'snu.ac.kr', 'korea.ac.kr'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'inbox.ru', 'rambler.ru', 'spbu.ru', 'ya.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'hust.edu.vn', 'outlook.com', 'ueh.edu.vn', 'fpt.edu.vn'],
};
const AT8: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', '[at]', ' [at] ', '(at)'],
  ja: ['アット', ' アット ', '(at)', '＠'],
  ko: ['앳', ' 앳 ', '(at)', ' 골뱅이 '],
  ru: [' собака ', '(собака)', ' (at) ', '[at]'],
  vi: [' a còng ', '(a còng)', ' (at) ', ' a cong '],
};
const DOT8: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', '[dot]', ' [dot] '],
  ja: ['ドット', ' ドット ', '(dot)'],
  ko: ['점', ' 점 ', '(dot)', ' 닷 '],
  ru: [' точка ', '(точка)', ' (dot) ', ' тчк '],
  vi: [' chấm ', '(chấm)', ' (dot) ', ' cham '],
};

function email8(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const g = r.pick(NAMES8[lang].g);
  const f = r.pick(NAMES8[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${f[0]}${r.int(1, 99)}`, `${f}_${g}`, `${g}-${f}${r.int(1990, 2009)}`]);
  const domain = r.pick(MAILDOM8[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: addr, obfuscated: false };
  switch (r.int(0, 6)) {
    case 0:
    case 1:
      return { text: `${local}${r.pick(AT8[lang])}${domain.split('.').join(r.pick(DOT8[lang]))}`, obfuscated: true, how: 'at-dot words' };
    case 2:
      return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    case 3:
      return { text: zw8(r, addr), obfuscated: true, how: 'zero-width' };
    case 4: {
      const l = look8(r, addr, addr.indexOf('@'));
      if (l) return { text: l, obfuscated: true, how: 'look-alikes' };
      return { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    }
    case 5:
      return { text: `${local} @ ${domain.split('.').join(' . ')}`, obfuscated: true, how: 'split by spaces' };
    default:
      return { text: `${local}${r.pick(AT8[lang])}${domain}`, obfuscated: true, how: 'at word' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape8 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  /** national groups for spelling and spacing */
  groups: number[];
}
const US_NPA8 = ['617', '312', '415', '206', '512', '303', '404', '702', '919', '614'];
const SHAPES8: Record<string, Shape8> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.digits(8), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `+81 ${d.slice(1, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+81 ${d.slice(1, 3)} ${d.slice(3, 7)} ${d.slice(7)}`], groups: [3, 4, 4] },
  JP_OSAKA: { region: 'JP', national: (r) => '06' + r.int(4, 7) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, (d) => `+81 6-${d.slice(2, 6)}-${d.slice(6)}`], groups: [2, 4, 4] },
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+82 10-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d], groups: [3, 4, 4] },
  KR_GG: { region: 'KR', national: (r) => '031' + r.int(2, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+82 31-${d.slice(3, 7)}-${d.slice(7)}`], groups: [3, 4, 4] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['090', '091', '094', '096', '097', '098', '039', '038', '085', '083', '079', '076']) + r.digits(7), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`, (d) => `+84 ${d.slice(1, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => d], groups: [4, 3, 3] },
  VN_HN: { region: 'VN', national: (r) => '024' + r.int(3, 7) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+84 24 ${d.slice(3, 7)} ${d.slice(7)}`], groups: [3, 4, 4] },
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['01', '10', '17', '20', '50', '64', '81', '96']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7${d}`], groups: [3, 3, 2, 2] },
  RU_MSK: { region: 'RU', national: (r) => '495' + r.int(2, 9) + r.digits(6), formats: [(d) => `+7 (495) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 495 ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`], groups: [3, 3, 2, 2] },
  US: { region: 'US', national: (r) => r.pick(US_NPA8) + r.int(2, 9) + r.digits(2) + r.digits(4), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 5)} ${d.slice(5)}`, (d) => `+44 ${d.slice(1, 5)} ${d.slice(5)}`], groups: [5, 3, 3] },
  DE: { region: 'DE', national: (r) => '015' + r.pick(['1', '2', '7', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `+49 ${d.slice(1, 4)} ${d.slice(4)}`], groups: [4, 4, 4] },
  FR: { region: 'FR', national: (r) => '0' + r.pick(['6', '7']) + r.digits(8), formats: [(d) => d.replace(/(\d\d)(?=\d)/g, '$1 '), (d) => `+33 ${d[1]} ${d.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`], groups: [2, 2, 2, 2, 2] },
  ES: { region: 'ES', national: (r) => '6' + r.digits(8), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`], groups: [3, 3, 3] },
  IT: { region: 'IT', national: (r) => '3' + r.pick(['20', '28', '33', '38', '40', '47', '66', '80', '92']) + r.digits(7), formats: [(d) => `+39 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `${d.slice(0, 3)} ${d.slice(3)}`], groups: [3, 3, 4] },
  NL: { region: 'NL', national: (r) => '06' + r.int(1, 5) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2)}`, (d) => `+31 6 ${d.slice(2)}`], groups: [2, 4, 4] },
  PL: { region: 'PL', national: (r) => r.pick(['501', '502', '512', '530', '533', '600', '691', '730', '790', '880']) + r.digits(6), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+48 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 3] },
};
const MIX8: Record<Lang, string[]> = {
  en: ['US', 'US', 'GB_MOB', 'GB_MOB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'JP_MOB', 'KR_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_OSAKA', 'US', 'KR_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_GG', 'JP_MOB', 'US'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MSK', 'DE', 'PL'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_HN', 'KR_MOB', 'JP_MOB'],
};

const SPELL8: Record<Lang, string[][]> = {
  en: [['zero', 'oh'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
const DASH8: Record<Lang, string> = { en: ' dash ', ja: 'ハイフン', ko: ' 하이픈 ', ru: ' тире ', vi: ' gạch ' };

function cut8(d: string, groups: number[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const g of groups) {
    if (k >= d.length) break;
    out.push(d.slice(k, k + g));
    k += g;
  }
  if (k < d.length) out[out.length - 1] += d.slice(k);
  return out;
}

function spell8(r: Rng, lang: Lang, parts: string[]): string {
  const zero = r.pick(SPELL8[lang][0]);
  const cjk = lang === 'ja' || lang === 'ko';
  const word = (c: string) => (c === '0' ? zero : SPELL8[lang][Number(c)][0]);
  return parts.map((p) => [...p].map(word).join(cjk ? '' : ' ')).join(cjk ? r.pick([' ', '-']) : r.pick([', ', ' - ', '  ']));
}

function phoneNumber8(r: Rng, lang: Lang): { formatted: string; national: string; shape: Shape8 } {
  for (;;) {
    const shape = SHAPES8[r.pick(MIX8[lang])];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const formatted = r.pick(shape.formats)(d);
    const back = parsePhoneNumberFromString(formatted, shape.region);
    if (!back || back.number !== p.number) continue;
    return { formatted, national: d, shape };
  }
}

function phone8(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const p = phoneNumber8(r, lang);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  // Russian numbers are dialled with 8 in front of the ten national digits.
  const nat = p.shape.region === 'RU' ? '8' + p.national : p.national;
  const groups = p.shape.region === 'RU' ? [1, 3, 3, 2, 2] : p.shape.groups;
  const parts = cut8(nat, groups);
  switch (r.int(0, 7)) {
    case 0:
    case 1:
      return { text: spell8(r, lang, parts), obfuscated: true, how: 'spelled digits' };
    case 2: {
      const cjk = lang === 'ja' || lang === 'ko';
      return { text: `${parts[0]}${cjk ? '-' : ' '}${spell8(r, lang, parts.slice(1))}`, obfuscated: true, how: 'partly spelled' };
    }
    case 3:
      return { text: [...nat].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
    case 4:
      return { text: fullWidth(p.formatted), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw8(r, p.formatted), obfuscated: true, how: 'zero-width' };
    case 6:
      return { text: parts.join(DASH8[lang]), obfuscated: true, how: 'dash words' };
    default:
      return { text: parts.join(' . '), obfuscated: true, how: 'dotted groups' };
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB8: Record<Lang, string[]> = {
  en: ['quizlet.com/user/{h}', 'padlet.com/{h}/vocab', 'forms.gle/{k}', 'www.dropbox.com/s/{k}/notes.pdf', '{s}.academy', '{s}.education', '{s}.school', 'sites.google.com/view/{h}', 'www.{s}.co.uk', 'vimeo.com/{n}'],
  ja: ['{s}.jp', 'note.com/{h}', '{s}.co.jp', 'www.{s}.tokyo', 'drive.google.com/drive/folders/{k}', '英会話教室.jp', 'peatix.com/user/{n}', 'www.youtube.com/@{h}'],
  ko: ['blog.naver.com/{h}', '{s}.co.kr', 'www.{s}.kr', '영어과외.한국', 'forms.gle/{k}', 'brunch.co.kr/@{h}', 'www.youtube.com/@{h}'],
  ru: ['{s}.ru', 'www.{s}.ru', 'репетитор-английского.рф', 'vk.com/{h}', 'disk.yandex.ru/d/{k}', '{s}.online', 'stepik.org/course/{n}'],
  vi: ['{s}.edu.vn', 'www.{s}.vn', 'giasu-{s}.com', 'facebook.com/{h}', 'drive.google.com/drive/folders/{k}', 'học-tiếng-anh.vn', '{s}.com.vn'],
};
const SCHOOL8 = ['brightleaf', 'studynest', 'penandpaper', 'clearpath', 'wordsmiths', 'northstar', 'bluecanvas', 'learnloop'];
const KEY8 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key8 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY8)).join('');

function intlDigits8(r: Rng, lang: Lang): string {
  const p = phoneNumber8(r, lang);
  return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
}

function link8(r: Rng, lang: Lang, kind: 'web' | 'chat'): { site: string; scheme: string } {
  const h = handle8(r, lang).replace(/\./g, '_');
  const pattern =
    kind === 'web'
      ? r.pick(WEB8[lang])
      : r.pick(['t.me/{h}', 't.me/+{k}', 'wa.me/{w}', 'line.me/ti/p/~{h}', 'open.kakao.com/o/g{k}', 'zalo.me/g/{k}', 'chat.whatsapp.com/{k}{k}']);
  const site = pattern
    .replace('{h}', h)
    .replace('{s}', r.pick(SCHOOL8))
    .replace(/\{k\}/g, () => key8(r, 8))
    .replace('{n}', String(r.int(100000, 999999)))
    .replace('{w}', () => intlDigits8(r, lang));
  const scheme = site.startsWith('www.') ? (r.chance(0.3) ? 'https://' : '') : r.chance(0.4) ? 'https://' : '';
  return { site, scheme };
}

function url8(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'chat'): Surface {
  const { site, scheme } = link8(r, lang, kind);
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  switch (r.int(0, 4)) {
    case 0:
      return { text: host.split('.').join(r.pick(DOT8[lang])) + path, obfuscated: true, how: 'dot words' };
    case 1:
      return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    case 2:
      return { text: zw8(r, plain), obfuscated: true, how: 'zero-width' };
    case 3: {
      const l = look8(r, host);
      if (l) return { text: scheme + l + path, obfuscated: true, how: 'look-alikes' };
      return { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    }
    default:
      return { text: host.split('.').join(' . ') + path, obfuscated: true, how: 'split by spaces' };
  }
}

// ---- ids ---------------------------------------------------------------------------------------

function id8(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const h = (r.chance(0.25) ? '@' : '') + handle8(r, lang);
  if (!obfuscate) return { text: h, obfuscated: false };
  switch (r.int(0, 2)) {
    case 0:
      return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw8(r, h), obfuscated: true, how: 'zero-width' };
    default: {
      const l = look8(r, h);
      if (l) return { text: l, obfuscated: true, how: 'look-alikes' };
      return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    }
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

function luhnFill8(prefix: string, len: number, r: Rng): string {
  const d = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhn(d + c)) return d + c;
  throw new Error('unreachable');
}

function card8(r: Rng, obfuscate: boolean): Surface {
  const kind = r.int(0, 3);
  const d = kind === 0 ? luhnFill8('4', 16, r) : kind === 1 ? luhnFill8(String(r.int(2221, 2720)), 16, r) : kind === 2 ? luhnFill8('35' + r.int(28, 89), 16, r) : luhnFill8(r.pick(['34', '37']), 15, r);
  const grouped = d.length === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (!obfuscate) return { text: r.pick([grouped, grouped.replace(/ /g, '-'), d]), obfuscated: false };
  switch (r.int(0, 3)) {
    case 0:
      return { text: fullWidth(grouped), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: [...d].join(' '), obfuscated: true, how: 'spaced digits' };
    case 2:
      return { text: grouped.replace(/ /g, '.'), obfuscated: true, how: 'dotted groups' };
    default:
      return { text: zw8(r, grouped), obfuscated: true, how: 'zero-width' };
  }
}

function ip8(r: Rng, obfuscate: boolean): Surface {
  const hex = () => r.int(1, 0xffff).toString(16);
  const text = r.pick([
    `${r.int(31, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `2400:${hex()}:${hex()}:${hex()}::${hex()}`,
    `fe80::${hex()}:${hex()}:${hex()}:${hex()}`,
  ]);
  if (!obfuscate) return { text, obfuscated: false };
  return r.chance(0.5) ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: zw8(r, text), obfuscated: true, how: 'zero-width' };
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const v = c >= 65 ? String(c - 55) : ch;
    for (const x of v) rem = (rem * 10 + (x.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}
const IBAN8: [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['FR', (r) => r.digits(23)],
  ['ES', (r) => r.digits(20)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10)],
  ['BE', (r) => r.digits(12)],
  ['AT', (r) => r.digits(16)],
  ['PL', (r) => r.digits(24)],
  ['PT', (r) => r.digits(21)],
  ['CH', (r) => r.digits(17)],
  ['GB', (r) => r.pick(['LOYD', 'MIDL', 'NWBK']) + r.digits(14)],
];
function iban8(r: Rng, obfuscate: boolean): Surface {
  const [c, gen] = r.pick(IBAN8);
  const bban = gen(r);
  const iban = c + p2(98 - mod97(bban + c + '00')) + bban;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  const spaced = iban.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.6) ? spaced : iban, obfuscated: false };
  return r.chance(0.6) ? { text: fullWidth(spaced), obfuscated: true, how: 'full-width' } : { text: zw8(r, spaced), obfuscated: true, how: 'zero-width' };
}

function myNumber8(r: Rng, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const text = r.pick([`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`, d]);
  if (!obfuscate) return { text, obfuscated: false };
  return r.chance(0.6) ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: zw8(r, text), obfuscated: true, how: 'zero-width' };
}

function rrn8(r: Rng, obfuscate: boolean): Surface {
  const y = r.int(1975, 2008);
  const body = p2(y % 100) + p2(r.int(1, 12)) + p2(r.int(1, 28)) + (y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = `${d.slice(0, 6)}-${d.slice(6)}`;
  if (!obfuscate) return { text, obfuscated: false };
  return r.chance(0.6) ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: zw8(r, text), obfuscated: true, how: 'zero-width' };
}

// ---- the slots ---------------------------------------------------------------------------------

export function blind8Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  switch (slot) {
    case 'MAILQ':
      return { type: 'EMAIL', surface: email8(r, lang, obfuscate) };
    case 'TELQ':
    case 'PMQ':
      return { type: 'PHONE', surface: phone8(r, lang, obfuscate) };
    case 'WEBQ':
      return { type: 'URL', surface: url8(r, lang, obfuscate, 'web') };
    case 'LINKQ':
      return { type: 'URL', surface: url8(r, lang, obfuscate, 'chat') };
    case 'HQ':
      return { type: 'MESSENGER_ID', surface: id8(r, lang, obfuscate) };
    case 'CARDQ':
      return { type: 'CREDIT_CARD', surface: card8(r, obfuscate) };
    case 'IPQ':
      return { type: 'IP_ADDRESS', surface: ip8(r, obfuscate) };
    case 'IBANQ':
      return { type: 'IBAN', surface: iban8(r, obfuscate) };
    case 'MYNQ':
      return { type: 'JP_MY_NUMBER', surface: myNumber8(r, obfuscate) };
    case 'RRNQ':
      return { type: 'KR_RRN', surface: rrn8(r, obfuscate) };
    default:
      return null;
  }
}

const APPS8: Record<Lang, string[]> = {
  en: ['LINE', 'Skype', 'Telegram', 'KakaoTalk', 'WeChat', 'Instagram', 'Facebook', 'Discord', 'insta', 'Kakao'],
  ja: ['LINE', 'ライン', 'スカイプ', 'テレグラム', 'カカオトーク', 'WeChat', 'インスタ', 'フェイスブック', 'ディスコード', 'Discord'],
  ko: ['라인', '스카이프', '텔레그램', '카톡', '카카오톡', '위챗', '인스타', '페이스북', '디스코드', 'LINE'],
  ru: ['Телеграм', 'телеграм', 'Скайп', 'Инстаграм', 'Дискорд', 'WeChat', 'LINE', 'Telegram', 'Facebook'],
  vi: ['Telegram', 'Skype', 'Line', 'KakaoTalk', 'WeChat', 'Insta', 'Facebook', 'FB', 'Discord'],
};
const PAPPS8: Record<Lang, string[]> = {
  en: ['WhatsApp', 'Viber', 'Zalo', 'WhatsApp'],
  ja: ['WhatsApp', 'ワッツアップ', 'Viber', 'バイバー'],
  ko: ['왓츠앱', 'WhatsApp', '바이버', 'Viber'],
  ru: ['WhatsApp', 'Ватсап', 'Вайбер', 'Viber'],
  vi: ['Zalo', 'Zalo', 'Viber', 'WhatsApp'],
};
const BOOKS8: Record<Lang, string[]> = {
  en: ['Cambridge IELTS 18', 'English Grammar in Use', 'Genki I', 'Integrated Korean Beginning 1', 'Russian Grammar in Use'],
  ja: ['ターゲット1900', 'システム英単語', 'Genki II', '新完全マスターN2', 'Duo 3.0'],
  ko: ['해커스 토익 RC', '능률 보카', '수능특강 영어', 'Grammar in Use', '기출 보카 2026'],
  ru: ['Murphy Grammar in Use', 'Голицынский', 'Дорога в Россию', 'Spotlight 9', 'Headway Upper'],
  vi: ['Hackers IELTS', 'Mai Lan Hương', 'Minna no Nihongo', 'Tiếng Anh 12 Global Success', 'Destination B2'],
};
const EXAMS8: Record<Lang, string[]> = {
  en: ['IELTS', 'TOEFL', 'SAT', 'JLPT N3', 'TOPIK II'],
  ja: ['英検2級', 'TOEIC', '共通テスト', 'JLPT N1', 'IELTS'],
  ko: ['토익', '토플', '수능', 'JLPT', '오픽'],
  ru: ['ЕГЭ', 'ОГЭ', 'IELTS', 'TOEFL', 'ВПР'],
  vi: ['IELTS', 'THPT quốc gia', 'TOEIC', 'JLPT N3', 'VSTEP'],
};
const MENTION8 = ['@harriet', '@Mio', '@doyun_k', '@polina', '@khanh.t', '@sensei_rina', '@gleb', '@Subin'];

function isbn8(r: Rng): string {
  const body = '978' + r.pick(['4', '89', '5', '604', '0', '1']);
  let d = body + r.digits(12 - body.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  d += String((10 - (sum % 10)) % 10);
  return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5, 9)}-${d.slice(9, 12)}-${d.slice(12)}`;
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind8Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  switch (slot) {
    case 'APPK':
      return r.pick(APPS8[lang]);
    case 'PAPPK':
      return r.pick(PAPPS8[lang]);
    case 'BOOKK':
      return r.pick(BOOKS8[lang]);
    case 'EXAMK':
      return r.pick(EXAMS8[lang]);
    case 'ISBNK':
      return isbn8(r);
    case 'MENTIONK':
      return r.pick(MENTION8);
    case 'LESSONK':
      return r.pick([`#${n(100, 9999)}`, `L-${n(1000, 9999)}`, `No.${n(10, 480)}`, `${n(2, 48)}`]);
    case 'TICKETK':
      return r.pick([`#${n(100000, 999999)}`, `CS-${n(2025, 2026)}-${n(1000, 99999)}`, `T${n(10000, 99999)}`]);
    case 'INVOICEK':
      return r.pick([`INV-${n(2025, 2026)}-${p2(n(1, 12))}${n(100, 999)}`, `#${n(10000, 99999)}`, `№ ${n(100, 9999)}`]);
    case 'ORDERK':
      return r.pick([`#${n(1000000, 9999999)}`, `ORD-${n(10000, 99999)}`, `${n(2025, 2026)}${p2(n(1, 12))}${p2(n(1, 28))}-${n(1000, 9999)}`]);
    case 'PRICEK':
      return r.pick({ en: [`$${n(15, 95)}`, `£${n(12, 60)}.50`, `€${n(20, 70)}`, `$${n(1, 3)},${n(100, 999)}`], ja: [`${n(1, 9)},${r.pick(['000', '500'])}円`, `¥${n(1, 40)},000`, `${n(1, 5)}万円`], ko: [`${n(10, 90)},000원`, `${n(2, 30)}만 원`, `₩${n(10, 99)},000`], ru: [`${n(500, 4500)} ₽`, `${n(1, 30)} 000 руб.`, `${n(2, 9)} 500 рублей`], vi: [`${n(100, 900)}.000đ`, `${n(1, 5)}.${r.pick(['000', '500'])}.000 VND`, `${n(150, 450)}k`] }[lang]);
    case 'DATEK': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${m}/${d}`, `2026-${p2(m)}-${p2(d)}`, `Dec ${d}`, `${d} Jan`], ja: [`${m}月${d}日`, `${m}/${d}`, `2026/${p2(m)}/${p2(d)}`], ko: [`${m}월 ${d}일`, `${m}/${d}`, `2026.${p2(m)}.${p2(d)}`], ru: [`${p2(d)}.${p2(m)}`, `${d} декабря`, `${p2(d)}.${p2(m)}.2026`], vi: [`${d}/${m}`, `${p2(d)}/${p2(m)}/2026`, `mùng ${n(1, 9)} Tết`] }[lang]);
    }
    case 'TIMEK': {
      const h = n(7, 21);
      const m = r.pick(['00', '15', '30', '45']);
      return r.pick({ en: [`${h}:${m}`, `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`], ja: [`${h}:${m}`, `${h}時`], ko: [`${h}:${m}`, `${h}시`], ru: [`${h}:${m}`], vi: [`${h}h${m}`, `${h}:${m}`] }[lang]);
    }
    case 'RATINGK':
      return r.pick([`${n(3, 4)}.${n(0, 9)}`, `${n(3, 4)}.${n(0, 9)}/5`, `${n(85, 99)}%`]);
    case 'SCOREK':
      return r.pick([`${n(5, 8)}.${r.pick(['0', '5'])}`, `${n(600, 990)}`, `${n(60, 100)}/100`, `${n(70, 120)}/120`]);
    case 'VERK':
      return r.pick([`${n(2, 9)}.${n(0, 30)}.${n(0, 9)}`, `v${n(1, 5)}.${n(0, 12)}`, `${n(10, 26)}.${n(0, 9)}.${n(0, 99)} (build ${n(1000, 9999)})`]);
    case 'FILEK':
      return r.pick(['invoice_dec.pdf', 'homework_week3.docx', 'essay-v2.pdf', 'answers.xlsx', 'listening_07.mp3', 'scan_0142.jpg', 'report.html', 'notes.md']);
    case 'FEWK':
      return String(n(1, 4));
    case 'RIGHTK':
      return String(n(3, 11));
    case 'COUNTK':
      return String(n(2, 40));
    case 'PAGEK':
      return String(n(5, 240));
    case 'RANGEK': {
      const a = n(1, 12);
      return r.pick([`${a}-${a + n(1, 4)}`, `${a}–${a + n(2, 5)}`, `${a}~${a + n(1, 3)}`]);
    }
    case 'ROOMK':
      return r.pick([`${n(1, 9)}0${n(1, 9)}`, `B-${n(100, 420)}`, `${n(2, 9)}${n(10, 40)}`]);
    case 'EDITIONK':
      return r.pick({ en: [`${n(2, 6)}th edition`, `${n(2015, 2025)} edition`], ja: [`第${n(2, 9)}版`, `${n(2018, 2025)}年版`], ko: [`개정 ${n(2, 9)}판`, `${n(2018, 2025)}년판`], ru: [`${n(2, 9)}-е издание`, `издание ${n(2015, 2025)} г.`], vi: [`tái bản lần ${n(2, 9)}`, `bản ${n(2018, 2025)}`] }[lang]);
    case 'YEARSK': {
      const a = n(2008, 2019);
      return r.pick({ en: [`since ${a}`, `${a}–2026`], ja: [`${a}年から`, `${n(3, 15)}年`], ko: [`${a}년부터`, `${n(3, 15)}년`], ru: [`с ${a} года`, `${a}–2026`], vi: [`từ năm ${a}`, `${n(3, 15)} năm`] }[lang]);
    }
    default:
      return null;
  }
}
