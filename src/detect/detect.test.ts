import { describe, expect, it } from 'vitest';
import { detect, type FindingType } from './index.js';
import { scan } from './detect.js';

/** What the scanner reports, as [type, the original text of the span]. */
const found = (text: string) => detect(text).map((f) => [f.type, text.slice(f.start, f.end)] as [FindingType, string]);

describe('detect: plain contact details in five languages', () => {
  const cases: [string, string, FindingType, string][] = [
    ['en', 'mail me at tanaka.yuki@gmail.com please', 'EMAIL', 'tanaka.yuki@gmail.com'],
    ['ja', 'メールはkim.minji@naver.comです', 'EMAIL', 'kim.minji@naver.com'],
    ['ko', '제 이메일은 minji92@daum.net 입니다', 'EMAIL', 'minji92@daum.net'],
    ['ru', 'Моя почта: ivan.petrov@yandex.ru', 'EMAIL', 'ivan.petrov@yandex.ru'],
    // "at" before a host with a path is a web page, not a mail address; a bracket opened after a link; a handle ending in '_'
    ['en', 'all recordings are now at calendly.com/itstheo8/trial', 'URL', 'calendly.com/itstheo8/trial'],
    ['ja', 'こちら→wa.me/817077023144（前のは満員）', 'URL', 'wa.me/817077023144'],
    ['en', 'game night! Discord: hazel.lloyd_', 'MESSENGER_ID', 'hazel.lloyd_'],
    // a handle after "it's" or romanised "wa"; after an ellipsis; before a '/' and the next platform; starting with '_'
    ['en', "am I allowed to send my Instagram here? it's doylee902 🙈", 'MESSENGER_ID', 'doylee902'],
    ['en', 'sensei, my LINE wa tessa.21 desu', 'MESSENGER_ID', 'tessa.21'],
    ['ja', 'ここにテレグラムのID書いてもいいのかな…kaito_79です', 'MESSENGER_ID', 'kaito_79'],
    ['ja', 'WeChat：Riku-2006／Skype：live:chihiro.arai_49', 'MESSENGER_ID', 'Riku-2006'],
    ['vi', 'voice trên Discord: _anh.13', 'MESSENGER_ID', '_anh.13'],
    // a question about a platform's link or ID, answered on the next line
    ['en', '[18:02] Felix: who has the link for the Skype group?\n[18:03] Maeve: just add me, I\'m tessa54x there', 'MESSENGER_ID', 'tessa54x'],
    ['ru', '[18:02] Богдан: кто знает ник Миланы в тг?\n[18:03] Милана: я тут) milana_eng', 'MESSENGER_ID', 'milana_eng'],
    // before the platform, pointed at by an arrow or "that's me on"; in quotation marks before "on"
    ['en', '(lockhart-callum) ← my KakaoTalk, in case you need me', 'MESSENGER_ID', 'lockhart-callum'],
    ['en', "@oscarlockhart1 — that's me on tg. Text me there", 'MESSENGER_ID', '@oscarlockhart1'],
    ['ru', '@orlov_veronika_bot — это я в ТГ. Пишите туда', 'MESSENGER_ID', '@orlov_veronika_bot'],
    ['ja', '@sosukeaoki1←Telegramです。こっちの方が返信早いです', 'MESSENGER_ID', '@sosukeaoki1'],
    ['en', 'Found you! I\'m "Wren#1590" on Discord, just sent a friend request', 'MESSENGER_ID', 'Wren#1590'],
    // an '@' handle further on in the platform's sentence
    ['en', 'Someone wrote to me on Telegram asking for money, is your handle really @tutor_marigold? I want to be sure', 'MESSENGER_ID', '@tutor_marigold'],
    ['vi', '@ha_tam_bot là Telegram của em nha cô', 'MESSENGER_ID', '@ha_tam_bot'],
    ['ru', '@MatveyTarasoѵa — это я в тг. Пишите туда', 'MESSENGER_ID', '@MatveyTarasoѵa'],
    ['en', 'Do you have Skype? just search juniper-wx and add me', 'MESSENGER_ID', 'juniper-wx'],
    // a handle the sentence asks to look up, quoted or right after the word
    ['ru', 'У вас есть вичат? QR со скрина не сканируется, ищите «Veronika_1994»', 'MESSENGER_ID', 'Veronika_1994'],
    ['en', "Do you have Wechat? The QR code won't scan from a screenshot, so just search juniperashby-wx", 'MESSENGER_ID', 'juniperashby-wx'],
    ['ja', 'WeChatやってますか？QRがスクショだと読めないので「nishimuratsubasa285」で検索してください', 'MESSENGER_ID', 'nishimuratsubasa285'],
    // a second handle of a list
    ['en', "My wechat is barnaby_2007 and my mum's is callumgarner-wx. Please add both", 'MESSENGER_ID', 'callumgarner-wx'],
    ['ru', 'Мой Вичат — matvey_nikitin25, мамин — Veronika_1998, добавьте оба', 'MESSENGER_ID', 'Veronika_1998'],
    // fillers: 에서, под ником, теперь, rồi, nha; "line" with an arrow; Vietnamese "ins:" and "Face:"
    ['ko', 'Discord에서 "ssaem.jiwoo"로 친구 신청 보냈어요!', 'MESSENGER_ID', 'ssaem.jiwoo'],
    ['ru', 'В Инсте я под ником matveyorlov.92, выкладываю по фразе', 'MESSENGER_ID', 'matveyorlov.92'],
    ['ru', 'Сменил ник в Дискорде: теперь vasilisa.sorokina (старый аккаунт взломали)', 'MESSENGER_ID', 'vasilisa.sorokina'],
    ['vi', 'Em gửi lời mời kết bạn discord rồi, tên em là “long_249” 🙌', 'MESSENGER_ID', 'long_249'],
    ['en', 'add me on line pls → marigold_56 ←', 'MESSENGER_ID', 'marigold_56'],
    ['vi', 'Hi mình là Vy 👋 ins: _nhung_cao_x | Discord: dungtruong', 'MESSENGER_ID', '_nhung_cao_x'],
    ['vi', 'Face: toeic.khanh.dinh', 'MESSENGER_ID', 'toeic.khanh.dinh'],
    // "still", "всё ещё", "vẫn", "bạn ấy", "đúng"; a capitalised Line before Japanese; in brackets; Skype's "live:" further on; "DM x"
    ['en', 'I lost your number when my phone broke 😩 is your Facebook still clem.pennington.71?', 'MESSENGER_ID', 'clem.pennington.71'],
    ['ru', 'Телефон сломался 😩 ваш Facebook всё ещё milana.gromova732?', 'MESSENGER_ID', 'milana.gromova732'],
    ['vi', 'KakaoTalk bạn ấy là hocbaixuan7', 'MESSENGER_ID', 'hocbaixuan7'],
    ['vi', 'À em gõ nhầm ID rồi ạ 🙈 discord đúng là ThuGiasu#8310', 'MESSENGER_ID', 'ThuGiasu#8310'],
    ['ja', 'もし起きていたらLineにご連絡ください。IDはhinata0215です', 'MESSENGER_ID', 'hinata0215'],
    ['ko', '혹시 깨어 계시면 카톡 주세요 (seoah-ahn73)', 'MESSENGER_ID', 'seoah-ahn73'],
    ['ja', '金：Skypeで質問対応（live:.cid.7a813c3fbc6b999b）', 'MESSENGER_ID', 'live:.cid.7a813c3fbc6b999b'],
    ['ja', '金：Skypeで質問対応します live:.cid.7a813c3fbc6b999b', 'MESSENGER_ID', 'live:.cid.7a813c3fbc6b999b'],
    ['vi', 'Bài nghe mỗi sáng thầy gửi trên kênh Telegram, ai muốn vào thì DM Xuan_Tienganh', 'MESSENGER_ID', 'Xuan_Tienganh'],
    ['ja', '先生まじ神🥹 インスタグラムフォローして〜 mahiro.miyazaki 💅', 'MESSENGER_ID', 'mahiro.miyazaki'],
    // a My Number a digit at a time with dashes; an IPv4 address named as a VPN's; a service number with the call after it; 예요 after the last digit
    ['ja', '年末調整の書類にマイナンバーを記入する欄があったので、念のためお送りします。0-6-4-5-4-9-1-0-1-7-3-7', 'JP_MY_NUMBER', '0-6-4-5-4-9-1-0-1-7-3-7'],
    ['vi', 'Cổng VPN của trung tâm là 100 .75 .232 .211, thêm vào danh sách', 'IP_ADDRESS', '100 .75 .232 .211'],
    ['ko', '파란 필통 두고 가신 분 계세요? 안내 데스크(1588-1782)로 연락 주세요', 'PHONE', '1588-1782'],
    ['ko', '번호는 +82 일공칠이사일팔삼오오예요', 'PHONE', '+82 일공칠이사일팔삼오오'],
    // "plus" read aloud; styled (mathematical) letters and digits, which NFKC folds
    ['ja', 'お電話いただけますか？プラス 八一 九〇 一六一九 八七二一（夜なら', 'PHONE', 'プラス 八一 九〇 一六一九 八七二一'],
    ['ru', 'Телефон: плюс семь, девять-ноль-два три-ноль-два три-семь шесть-два', 'PHONE', 'плюс семь, девять-ноль-два три-ноль-два три-семь шесть-два'],
    ['en', 'Line: 𝗐𝗋𝖾𝗇𝟤𝟢𝟣𝟢', 'MESSENGER_ID', '𝗐𝗋𝖾𝗇𝟤𝟢𝟣𝟢'],
    ['ru', 'Скиньте запись на 𝐧𝐢𝐤𝐢𝐭𝐢𝐧𝐭@𝐦𝐚𝐢𝐥.𝐤𝐳, пожалуйста!', 'EMAIL', '𝐧𝐢𝐤𝐢𝐭𝐢𝐧𝐭@𝐦𝐚𝐢𝐥.𝐤𝐳'],
    // a host after a colon that follows another script
    ['ja', '自分のサイトの方が安いです：kaitokikuchi96.nagoya （1回2,500円）', 'URL', 'kaitokikuchi96.nagoya'],
    // an IBAN with dots or spaced dashes between its groups
    ['ko', '차액은 이 계좌로 돌려주세요: SI89.8545.3960.2180.438 (예금주', 'IBAN', 'SI89.8545.3960.2180.438'],
    ['ru', 'разницу на DE04 - 1409 - 4437 - 1761 - 7075 - 69 (получатель', 'IBAN', 'DE04 - 1409 - 4437 - 1761 - 7075 - 69'],
    // the parts of an RRN, the groups of a phone number, with 에 between them as read aloud
    ['ko', '주민등록번호가 필요하대서 보내요 071119에 3309341', 'KR_RRN', '071119에 3309341'],
    ['ko', '제 번호 033에 6535에 0042 로 학교 끝나고 전화 주세요', 'PHONE', '033에 6535에 0042'],
    ['ko', '공일공에 이구구일에 칠공사이은 예전 번호예요', 'PHONE', '공일공에 이구구일에 칠공사이'],
    // a My Number named further before it
    ['vi', 'Công ty ở Nhật cần mã số cá nhân My Number của em để làm hợp đồng: ６１１３９０２６４２５８', 'JP_MY_NUMBER', '６１１３９０２６４２５８'],
    // Korean and Vietnamese service numbers of eight digits, named as numbers to call
    ['ko', '학원 대표번호 1644 35 23 로 전화하시면 상담 가능해요', 'PHONE', '1644 35 23'],
    ['vi', 'Hotline trung tâm １９００　０７２７, gọi giờ hành chính nha', 'PHONE', '１９００　０７２７'],
    ['vi', 'Hotline trung tâm 1 9 0 0  7 4 4 3, gọi giờ hành chính nha', 'PHONE', '1 9 0 0  7 4 4 3'],
    ['vi', 'Email của mình là linh.tran@yahoo.com.vn', 'EMAIL', 'linh.tran@yahoo.com.vn'],
    ['ja', '電話番号は090-1234-5678です', 'PHONE', '090-1234-5678'],
    ['ja', 'call +81 90-1234-5678', 'PHONE', '+81 90-1234-5678'],
    ['ko', '전화번호 010-2345-6789 로 연락주세요', 'PHONE', '010-2345-6789'],
    ['ko', '+82 10-2345-6789', 'PHONE', '+82 10-2345-6789'],
    ['vi', 'gọi cho mình số 0912 345 678 nhé', 'PHONE', '0912 345 678'],
    ['vi', '+84 91 234 5678', 'PHONE', '+84 91 234 5678'],
    ['ru', 'Мой телефон 8 (912) 345-67-89', 'PHONE', '8 (912) 345-67-89'],
    ['ru', '+7 912 345-67-89', 'PHONE', '+7 912 345-67-89'],
    ['en', 'call (415) 555-2671 tonight', 'PHONE', '(415) 555-2671'],
    ['en', 'UK mobile 07700 900123', 'PHONE', '07700 900123'],
    ['en', 'London +44 20 7946 0958', 'PHONE', '+44 20 7946 0958'],
    ['en', 'Berlin 030 12345678', 'PHONE', '030 12345678'],
    ['en', 'Paris 06 12 34 56 78', 'PHONE', '06 12 34 56 78'],
    ['en', 'visit https://www.naver.com/abc?x=1.', 'URL', 'https://www.naver.com/abc?x=1'],
    ['en', 'I also teach on italki.com now', 'URL', 'italki.com'],
    ['ru', 'мой сайт пример.рф, там дешевле', 'URL', 'пример.рф'],
    ['en', 'join t.me/tanaka88', 'URL', 't.me/tanaka88'],
    ['ja', 'LINE→line.me/ti/p/~tanaka', 'URL', 'line.me/ti/p/~tanaka'],
    ['en', 'wa.me/819012345678', 'URL', 'wa.me/819012345678'],
    ['ko', '오픈채팅 open.kakao.com/o/sAbc123 들어오세요', 'URL', 'open.kakao.com/o/sAbc123'],
    ['en', 'my LINE ID: tanaka_88', 'MESSENGER_ID', 'tanaka_88'],
    ['ja', 'LINEのIDはtanaka88です', 'MESSENGER_ID', 'tanaka88'],
    ['ko', '카톡 아이디 kim1234 추가해주세요', 'MESSENGER_ID', 'kim1234'],
    ['ru', 'мой телеграм @ivan_petrov', 'MESSENGER_ID', '@ivan_petrov'],
    ['vi', 'Zalo của mình là nguyenvana99', 'MESSENGER_ID', 'nguyenvana99'],
    ['en', 'add me on Skype: live:.cid.12345abc', 'MESSENGER_ID', 'live:.cid.12345abc'],
    ['en', 'add me tanaka_99 on Discord', 'MESSENGER_ID', 'tanaka_99'],
    // a handle a few words after the platform, announced by an '@' or a naming word
    ['ja', 'インスタやってます→@daiki990', 'MESSENGER_ID', '@daiki990'],
    ['ja', 'ライン交換しませんか？IDはhina_tanakaです', 'MESSENGER_ID', 'hina_tanaka'],
    ['ko', '카톡 하시면 아이디: minji_k 로 추가해 주세요', 'MESSENGER_ID', 'minji_k'],
    // a Latin word right after a name written in another script
    ['ru', 'мой скайп mariapetrov, добавляйтесь', 'MESSENGER_ID', 'mariapetrov'],
    ['ja', 'スカイプ名：kaito_nakamura', 'MESSENGER_ID', 'kaito_nakamura'],
    ['ja', 'ディスコード hinatanaka で待ってます', 'MESSENGER_ID', 'hinatanaka'],
    ['en', 'my telegram is yukitanaka', 'MESSENGER_ID', 'yukitanaka'],
    // a colon or an arrow a few words after the platform announces a handle with a digit or a mark
    ['ja', 'ディスコードやってます：haruto.kobayashi', 'MESSENGER_ID', 'haruto.kobayashi'],
    ['vi', 'add facebook mình nha: quang.306', 'MESSENGER_ID', 'quang.306'],
    // a handle that is also a host name under a rare top-level domain, once announced
    ['vi', 'Skype: hoa.vu', 'MESSENGER_ID', 'hoa.vu'],
    ['en', 'find me on telegram as yukitanaka99', 'MESSENGER_ID', 'yukitanaka99'],
    // platforms beyond the list: Facebook's Messenger, TikTok, Twitter
    ['vi', 'nhắn tin cho mình qua messenger: lan.nguyen.91', 'MESSENGER_ID', 'lan.nguyen.91'],
    ['vi', 'tiktok @lannguyen91 nha', 'MESSENGER_ID', '@lannguyen91'],
    ['ja', 'ツイッター(X)は@kaito_art', 'MESSENGER_ID', '@kaito_art'],
    ['ko', '틱톡 아이디: minji_dance', 'MESSENGER_ID', 'minji_dance'],
    // "add as a friend" and the slang for "ID" between the platform and the handle, an arrow, a full-width '='
    ['ko', '카카오톡 친구추가 minsu_92 해주세요', 'MESSENGER_ID', 'minsu_92'],
    ['ko', '카톡 아뒤 minsu92', 'MESSENGER_ID', 'minsu92'],
    ['ja', 'LINEで友達追加してね tanaka_0420', 'MESSENGER_ID', 'tanaka_0420'],
    ['vi', 'zalo kết bạn lan_93 nhé', 'MESSENGER_ID', 'lan_93'],
    ['en', 'Skype ➜ ivan.petrov88', 'MESSENGER_ID', 'ivan.petrov88'],
    ['ja', 'LINE ID＝tanaka0420', 'MESSENGER_ID', 'tanaka0420'],
    ['en', 'check out my profile at www.verbling.com :)', 'URL', 'www.verbling.com'],
    // letters of scripts written with spaces in a link's path; not the CJK glued after it
    ['ru', 'см. https://ru.wikipedia.org/wiki/Москва.', 'URL', 'https://ru.wikipedia.org/wiki/Москва'],
    ['vi', 'đăng ký tại truong.vn/khoá-học nhé', 'URL', 'truong.vn/khoá-học'],
    ['ja', '詳しくはhttps://example.com/lessonsをご覧ください', 'URL', 'https://example.com/lessons'],
    // a word after the number that begins like a currency is not one ("để": "in order to")
    ['vi', 'kết bạn zalo 070 8379 4151 để mình gửi tài liệu', 'PHONE', '070 8379 4151'],
    ['en', 'amateur 0901234567 wonders', 'PHONE', '0901234567'],
    ['en', 'card 4539 1488 0343 6467', 'CREDIT_CARD', '4539 1488 0343 6467'],
    ['en', 'server 192.168.1.10', 'IP_ADDRESS', '192.168.1.10'],
    ['en', 'v6 2001:db8::8a2e:370:7334', 'IP_ADDRESS', '2001:db8::8a2e:370:7334'],
    ['en', 'IBAN DE89 3704 0044 0532 0130 00', 'IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['ja', 'マイナンバーは1234 5678 9018です', 'JP_MY_NUMBER', '1234 5678 9018'],
    ['ko', '주민등록번호 900101-1234568', 'KR_RRN', '900101-1234568'],
    // the two parts given apart, the back part named
    ['ko', '주민번호 앞자리 900101 뒷자리 1234568', 'KR_RRN', '900101 뒷자리 1234568'],
    // the particle "(으)로" after a spelled digit leaves it a digit
    ['ko', '급하면 영일영 사육이이 삼구칠구으로 전화 주세요', 'PHONE', '영일영 사육이이 삼구칠구'],
    ['ko', '공일공 일이삼사 오육칠팔로 연락 주세요', 'PHONE', '공일공 일이삼사 오육칠팔'],
    // a local part with diacritics, whole
    ['vi', 'Email: nguyễn.văn.an@gmail.com nhé', 'EMAIL', 'nguyễn.văn.an@gmail.com'],
    // internationalised hosts whose non-ASCII letters are not next to a dot
    ['vi', 'web của mình học-tiếng-anh.vn nhé', 'URL', 'học-tiếng-anh.vn'],
    ['en', 'books at bücher.de', 'URL', 'bücher.de'],
    // a card written in dotted groups; an IPv6 address glued to its label's colon
    ['ru', 'картой 5279.5224.7641.9938, спасибо', 'CREDIT_CARD', '5279.5224.7641.9938'],
    ['ja', 'サーバーIP：fe80::8b58:c489:1bbf:d645　ポート', 'IP_ADDRESS', 'fe80::8b58:c489:1bbf:d645'],
    // "I am" a few words after the platform; a naming word at the start of the next line
    ['en', 'could we do tomorrow on Skype instead? I am wilsonkate52 there', 'MESSENGER_ID', 'wilsonkate52'],
    ['ja', 'ディスコードのサーバーはこちら www.ne.jp/asahi/yuki_953\n私のユーザー名はdaiki_kobayashiです', 'MESSENGER_ID', 'daiki_kobayashi'],
    ['vi', 'vào nhóm Discord nha https://example.vn\nnick mình là hoa.hoang', 'MESSENGER_ID', 'hoa.hoang'],
    // a question about the platform, then the handle; the first announcement that gives one counts
    ['ja', 'LINEやってる? tanaka_0420 で検索して', 'MESSENGER_ID', 'tanaka_0420'],
    ['vi', 'có Zalo không? lan_93 nè', 'MESSENGER_ID', 'lan_93'],
    ['ru', 'телега есть? ivan_petrov88', 'MESSENGER_ID', 'ivan_petrov88'],
    ['en', 'do you have telegram? mine is yukitanaka99', 'MESSENGER_ID', 'yukitanaka99'],
    ['en', 'hey! u on insta? im @kinglucy38', 'MESSENGER_ID', '@kinglucy38'],
    // a handle that starts with a word that may stand between a platform and a handle
    ['en', 'Skype: me.tanaka', 'MESSENGER_ID', 'me.tanaka'],
    ['en', 'telegram: at.home88', 'MESSENGER_ID', 'at.home88'],
    // a spaced '@' before a handle: the span starts at the '@', not at the space before it
    ['en', 'Instagram @ hana.k', 'MESSENGER_ID', '@ hana.k'],
    // a plain word that "add me" asks for and brackets set apart
    ['en', 'Speaking club is on Discord, add me (kateking) and I will invite you', 'MESSENGER_ID', 'kateking'],
    ['ja', 'LINE追加して「tanakayuki」で', 'MESSENGER_ID', 'tanakayuki'],
    // curly quotes, guillemets and a bar between the platform and the handle
    ['en', 'my Skype is “kate_88”', 'MESSENGER_ID', 'kate_88'],
    ['ru', 'мой телеграм «ivan_88»', 'MESSENGER_ID', 'ivan_88'],
    ['en', 'Telegram | ivan_88', 'MESSENGER_ID', 'ivan_88'],
    // a few more names: Viber in Russian slang, Zalo and KakaoTalk abbreviated, Skype in Korean slang, Messenger in katakana
    ['ru', 'вибер: ivan_88', 'MESSENGER_ID', 'ivan_88'],
    ['vi', 'Mình dùng zl nha: lan_93', 'MESSENGER_ID', 'lan_93'],
    ['en', 'kkt: minji88', 'MESSENGER_ID', 'minji88'],
    ['ko', '스카입 아이디 kim_88', 'MESSENGER_ID', 'kim_88'],
    ['ja', 'メッセンジャー：yuki.t88', 'MESSENGER_ID', 'yuki.t88'],
    // "mine's", "私のは", "제 건", "я", "thầy" and "이름" between the platform and the handle
    ['en', "your Discord name (mine's real_sam) so I can add you", 'MESSENGER_ID', 'real_sam'],
    ['ja', 'ディスコードのID（私のはsato_ken_7です）', 'MESSENGER_ID', 'sato_ken_7'],
    ['ko', '인스타 아이디 (제 건 minji.kim.19 예요)', 'MESSENGER_ID', 'minji.kim.19'],
    ['ko', '텔레 이름은 Minji_Park3 이에요', 'MESSENGER_ID', 'Minji_Park3'],
    ['ru', 'В дискорде я ivan.2001, добавляйтесь', 'MESSENGER_ID', 'ivan.2001'],
    ['vi', 'Nick Zalo của thầy là lan_hoang nhé', 'MESSENGER_ID', 'lan_hoang'],
    ['vi', 'nick Line của mình (của cô là Hoa_Le4)', 'MESSENGER_ID', 'Hoa_Le4'],
    // a capitalised Line before an underscored word; a Discord tag before the platform; a Skype id of hex digits
    ['vi', 'Line hoa_nguyen / WeChat lan88 đều được', 'MESSENGER_ID', 'hoa_nguyen'],
    ['en', "I'm Kate#4821 on Discord, add me", 'MESSENGER_ID', 'Kate#4821'],
    ['en', 'Skype: live:.cid.5f3a9c2b1d4e8876', 'MESSENGER_ID', 'live:.cid.5f3a9c2b1d4e8876'],
    // a host right after a website's label and a colon; a Cyrillic host after a scheme, a Latin path after it
    ['ja', 'TEL：075-855-4151\nHP：tutorhub.jp', 'URL', 'tutorhub.jp'],
    ['ru', 'см. https://пример.рф/lessons', 'URL', 'https://пример.рф/lessons'],
    // the handle before the platform, owned
    ['en', 'ivan_88 is my Telegram.', 'MESSENGER_ID', 'ivan_88'],
    ['en', 'ivan_88 — my Telegram', 'MESSENGER_ID', 'ivan_88'],
    // a phone before an address in a table (the address's first digit is no part of it); a capitalised
    // "Line" a naming word follows; a page at a host, not a mailbox
    ['ru', 'Злата Зуева | +358409627172 | 5ulyanab@edu.hse.ru', 'PHONE', '+358409627172'],
    ['vi', 'Thank you teacher! Line của em là duongyen680 nha', 'MESSENGER_ID', 'duongyen680'],
    ['en', 'the tutor we liked has a page at learnloop.education, the other one', 'URL', 'learnloop.education'],
    ['en', 'I work on the team at acme.com now', 'URL', 'acme.com'],
    // a country's domain that is also a file's extension, with a path
    ['ru', 'Пробный урок: чт 12:45\nГде: taplink.cc/zlata.92', 'URL', 'taplink.cc/zlata.92'],
    ['en', 'my notes are at notion.so/tutor-notes', 'URL', 'notion.so/tutor-notes'],
    // "disc" for Discord, with a word or a tag; "face" and a capitalised "Line" with words that announce a
    // handle, or inside a Japanese sentence; "line app" and a bracket; 닉; Skype in hiragana; "ID" passed
    ['en', 'you can find me on disc as eamon_lockwood.31, usually in the study VC', 'MESSENGER_ID', 'eamon_lockwood.31'],
    ['vi', 'nhắn Disc studyoanh#6905 nha', 'MESSENGER_ID', 'studyoanh#6905'],
    ['vi', 'face em là vinh.nguyen.175 mà ít vào lắm', 'MESSENGER_ID', 'vinh.nguyen.175'],
    ['vi', '[18:02] Khoa: ai có link nhóm Face không?\n[18:03] Uyên: add tui nè, HieuTa', 'MESSENGER_ID', 'HieuTa'],
    ['ja', '今週は+81 8020378117か、Line（eng_yuzuki1553）でお願いします', 'MESSENGER_ID', 'eng_yuzuki1553'],
    ['en', 'reach me on 0161 884 1096 or line app (gideon-piano15)', 'MESSENGER_ID', 'gideon-piano15'],
    ['ko', '디코 닉 nayeonpiano이에요, 밤에는 거의 음성방에 있어요', 'MESSENGER_ID', 'nayeonpiano'],
    ['ja', 'すかいぷはsara.hayashi11です', 'MESSENGER_ID', 'sara.hayashi11'],
    ['ja', '連絡はメールかLine yuzu.eng15でお願いします', 'MESSENGER_ID', 'yuzu.eng15'],
    // a request for a platform's ID answered on the next line; "disc" and a handle that starts with a letter;
    // family words between the ID and the handle; a plain word a dash owns before "это мой тг"; "line của mình là"
    ['ja', '[14:02] こはる：カカオのID教えて\n[14:03] はやと：riku_books\n[14:03] こはる：追加した！', 'MESSENGER_ID', 'riku_books'],
    ['ko', '[오후 2:02] 하은: 카톡 아디 뭐야\n[오후 2:03] 도윤: yujin55', 'MESSENGER_ID', 'yujin55'],
    ['vi', '[14:02] Vy: cho xin tele đi\n[14:03] Luân: @lingo_phuc', 'MESSENGER_ID', '@lingo_phuc'],
    ['en', 'Server is back up! Questions → disc jasper.note', 'MESSENGER_ID', 'jasper.note'],
    ['vi', 'qua WeChat, ID của dì là bear-dat, dì sẽ add cô trước', 'MESSENGER_ID', 'bear-dat'],
    ['ru', 'kirillbear — это мой тг, там отвечаю быстрее всего', 'MESSENGER_ID', 'kirillbear'],
    ['vi', '> line của mình là moon.phuc64', 'MESSENGER_ID', 'moon.phuc64'],
    // a phone number after an address and a spaced slash (a list, not a path)
    ['en', 'Uni accommodation office: washdown@outlook.com / 0131 274 9868. Ask for Marisol', 'PHONE', '0131 274 9868'],
    ['ja', 'LINE交換しよ〜！ふるふる出来ないからID送るね tsumugi-sensei63', 'MESSENGER_ID', 'tsumugi-sensei63'],
    // a capital inside a word is a handle's shape; a hyphened word replying to a question about a link
    ['en', 'Drills go out on my telegram channel, DM essaysQuentin and I will add you', 'MESSENGER_ID', 'essaysQuentin'],
    ['ko', '다음부터는 텔레그램에서 연락할게요 → haneulReads', 'MESSENGER_ID', 'haneulReads'],
    ['ko', '[18:02] 다연: 페북 단톡 링크 있는 사람?\n[18:03] 현준: 나 추가해 jiwoo-park', 'MESSENGER_ID', 'jiwoo-park'],
    // "Line" capitalised after a lower-case word; a WeChat id with many digits among its letters
    ['vi', '[18:02] Khoa: ai có link nhóm Line không?\n[18:03] Uyên: add tui nè, vinhchau49', 'MESSENGER_ID', 'vinhchau49'],
    ['en', "My WeChat is lily_w93 and my mum's is wxid_q7xs9k6zx7r151", 'MESSENGER_ID', 'wxid_q7xs9k6zx7r151'],
    // the first Latin word with a handle's shape in a sentence of another script, past a time
    ['ja', '毎朝の課題はTelegramで配信しています。参加希望の方はkoheiReadsまでDMをどうぞ', 'MESSENGER_ID', 'koheiReads'],
    ['ja', '毎晩22時からDiscordで自習室やってます！私はHaruEiken#4042です', 'MESSENGER_ID', 'HaruEiken#4042'],
    ['ko', '쌤 최고🥹 인스타그램 맞팔해요 _minjuu 💅', 'MESSENGER_ID', '_minjuu'],
    // Signal (a weak name: a handle with a mark after it); "я там", "mình là", "私のは" announce as "I am" does;
    // a handle a mark announced wins over a host of the same text; two lists of handles, one host-shaped
    ['en', 'contact:\n  name: Rowan\n  signal: chihiro_yamaguchi.99\n(from the yaml)', 'MESSENGER_ID', 'chihiro_yamaguchi.99'],
    ['ja', 'フェリーに乗ってる間はSignal（shion_okada.52）かメールでお願いします', 'MESSENGER_ID', 'shion_okada.52'],
    ['ru', 'В настолку нужен пятый игрок. Сервер: discord.gg/zYrpp, я там gleb.gusev51', 'MESSENGER_ID', 'gleb.gusev51'],
    ['vi', 'Vào server nha discord.gg/ChJ7P, mình là chau.taiga', 'MESSENGER_ID', 'chau.taiga'],
    ['en', "server's here: DISCORD DOT GG/93fM7 — I'm priya.kiwi if you wanna ask", 'MESSENGER_ID', 'priya.kiwi'],
    ['ja', 'Skypeが落ちちゃいました…私のはchihiro．endo．foxです', 'MESSENGER_ID', 'chihiro．endo．fox'],
    ['ko', '텔레: @song_hyeonjun10\n인스타: song.kiwi.studio', 'MESSENGER_ID', 'song.kiwi.studio'],
    // middle dots and spaced asterisks between digit groups; a booking word alone says whom to call; a key that names a phone
    ['en', "Fishing trip 🎣 skipper's number is 646·517·8691, boat leaves at 5:30", 'PHONE', '646·517·8691'],
    ['ja', 'MECARD:N:岡田,ひなた;TEL:090・8063・9503;;', 'PHONE', '090・8063・9503'],
    ['ko', '동아리 MT 펜션 사장님 번호 064 * 746 * 1549, 픽업 시간 정해야 돼요', 'PHONE', '064 * 746 * 1549'],
    ['ko', '양양 서핑스쿨 예약 010에 5306에 2784, 인스타 kiwi.by.daeho', 'PHONE', '010에 5306에 2784'],
    ['en', 'CONTACT_EMAIL=a@sky.com\nCONTACT_PHONE=(416) 750-9957\n^ the .env', 'PHONE', '(416) 750-9957'],
    // a handle after "tìm mình" ("look me up"), a card with ideographic spaces between its groups
    ['vi', 'Nhóm FB chung cư, tìm mình my.lam.126 rồi mình add vô', 'MESSENGER_ID', 'my.lam.126'],
    ['vi', 'Cô kiểm tra giúp số thẻ thanh toán: 3764\u3000648192\u300077223 (hạn dùng em gửi riêng)', 'CREDIT_CARD', '3764\u3000648192\u300077223'],
    // digit groups joined by underscores
    // a WeChat id by its prefix, far from the name; a handle after a spaced '@' before the platform; after
    // "ins" an '@' or '_' word; "DM" between a naming word and the handle; a platform's name and "search"
    ['en', "WeChat or nothing for my grandma lol, she's wxid_2x5ltzo2jxvnfe — voice messages only", 'MESSENGER_ID', 'wxid_2x5ltzo2jxvnfe'],
    ['en', "I'm @ callum.penhaligon.240 on FB but honestly I rarely check Messenger", 'MESSENGER_ID', 'callum.penhaligon.240'],
    ['vi', 'thắc mắc gì ib ins @uyen.huynh', 'MESSENGER_ID', '@uyen.huynh'],
    ['vi', '7h đi gym k? ib ins _tramluu', 'MESSENGER_ID', '_tramluu'],
    ['ko', '궁금한 건 인스타 계정 DM bora.12.sky로 주세요', 'MESSENGER_ID', 'bora.12.sky'],
    ['en', 'Search dexter_64rain in Line app (ID search, not phone number search)', 'MESSENGER_ID', 'dexter_64rain'],
    // an '@' handle replying to a question about the platform, asked with a Vietnamese particle
    ['vi', '[09:41] Kiệt: m có tele k\n[09:41] Hân: có @quynh_phan71\n[09:42] Kiệt: 👍', 'MESSENGER_ID', '@quynh_phan71'],
    // a phone number after an address whose "at" is a word and a spaced slash
    ['vi', 'han_thai824 a móc yahoo.com / 010-6208-7164 - liên hệ mới từ thứ Hai', 'PHONE', '010-6208-7164'],
    ['en', 'hmu on WhatsApp 0175_830_7597, notifications are off after 10pm', 'PHONE', '0175_830_7597'],
    ['ru', 'её телефон насчёт домофона: 8_343_398_82_56', 'PHONE', '8_343_398_82_56'],
    // a word of a handle's own shape near a platform named with no announcing word, after it or before it
    ['en', 'Snap me 👻 niamhfairbanks81 — I barely open this app tbh', 'MESSENGER_ID', 'niamhfairbanks81'],
    ['en', "Skype for my tandem partner in Kyiv? She's callum.oyelaran78", 'MESSENGER_ID', 'callum.oyelaran78'],
    ['en', 'Line me instead pls, esme_pebble 🙏 texting is easier', 'MESSENGER_ID', 'esme_pebble'],
    ['ko', '요가 모임은 시그널 써요, 제 거는 hyunsoo.88 번호 안 알려줘도 돼서 편해요', 'MESSENGER_ID', 'hyunsoo.88'],
    ['ko', 'eunwoosable1 ← 집주인 아주머니 카톡이에요, 반려동물 되는지 여쭤보세요', 'MESSENGER_ID', 'eunwoosable1'],
    ['ko', '스냅챗 해요👻 koi-harin 거의 안 들어가지만ㅋㅋ', 'MESSENGER_ID', 'koi-harin'],
    // short and spoken names: Disc with a colon, DC, mess, Instagram's "директ", Vietnamese by ear
    ['en', 'add me on Disc: pebbletariq', 'MESSENGER_ID', 'pebbletariq'],
    ['en', 'maple.esme is my username on DC, same one since uni', 'MESSENGER_ID', 'maple.esme'],
    ['vi', 'đặt lịch qua mess longthai.indigo nha', 'MESSENGER_ID', 'longthai.indigo'],
    ['ru', 'Наращивание ресниц — запись только в директ 👁️ bogdan__vorobyov', 'MESSENGER_ID', 'bogdan__vorobyov'],
    ['vi', 'Liên hệ em:\n• tê lê: @khang_chau19\n• phở bò: khang.mac.679', 'MESSENGER_ID', 'khang.mac.679'],
    ['vi', 'Đừng để ý ảnh đại diện nha 😅 phây em: duongtien89', 'MESSENGER_ID', 'duongtien89'],
    // an account or a direct message with no platform named: a handle of its own shape near them; Instagram as "the gram"
    ['en', "@ezra.okonkwo_92 ← that's the dog's account, mine is private, sorry", 'MESSENGER_ID', '@ezra.okonkwo_92'],
    ['ru', 'agata_brush — это аккаунт моей собаки, мой закрытый', 'MESSENGER_ID', 'agata_brush'],
    ['en', 'Cosplay commissions are open ✂️ DM refs to @_priya.moon_, I reply faster there', 'MESSENGER_ID', '@_priya.moon_'],
    ['en', 'selling my old school uniform, £15. the gram: declan2000', 'MESSENGER_ID', 'declan2000'],
    // a card with tildes between its groups
    ['en', 'Refund should go to this card please: 4018 ~ 3521 ~ 7459 ~ 6160', 'CREDIT_CARD', '4018 ~ 3521 ~ 7459 ~ 6160'],
  ];
  for (const [lang, text, type, span] of cases) {
    it(`${lang}: ${type} in "${text}"`, () => {
      expect(found(text)).toContainEqual([type, span]);
    });
  }
  it('a pronoun after a platform is no handle; the handle before it is', () => {
    expect(found("kumo_odette is my host mum's KakaoTalk — she's learning English")).toEqual([['MESSENGER_ID', 'kumo_odette']]);
  });
  it('a handle after a Skype id\'s "live:" is the whole id, after another platform named before it', () => {
    expect(found('WhatsApp이나 Viber +82 10 8912 6344, 아니면 스카이프 live:eunwoo_893로 해요')).toContainEqual(['MESSENGER_ID', 'live:eunwoo_893']);
  });
  it('a handle that "it\'s" announces after a naming word and a verb, not the verb', () => {
    expect(found("Discord username changed, it's flora_garside.35 now")).toEqual([['MESSENGER_ID', 'flora_garside.35']]);
  });
  it("'@' names before a platform's name count as after it: a corrected handle and the right one", () => {
    expect(found('I typed @tabbydunmore_satprep earlier but it is actually @Posy_Study on Tele, sorry!!')).toEqual([
      ['MESSENGER_ID', '@tabbydunmore_satprep'],
      ['MESSENGER_ID', '@Posy_Study'],
    ]);
  });
  it('a platform in brackets labels the handle before it, not the word after', () => {
    expect(found('@bear_priya (telegram) — fastest way to reach me')).toEqual([['MESSENGER_ID', '@bear_priya']]);
    expect(found('my contacts (Telegram): ivan_88')).toEqual([['MESSENGER_ID', 'ivan_88']]);
  });
  it('a phone number given as a messenger handle is a PHONE', () => {
    expect(found('LINE: 090-1234-5678')).toEqual([['PHONE', '090-1234-5678']]);
  });
  it('a handle is not joined to the word, the number or the link part beside it', () => {
    expect(found('тг @anna_k 24/7 на связи')).toEqual([['MESSENGER_ID', '@anna_k']]);
    expect(found('LINEはkenta_99 ok?')).toEqual([['MESSENGER_ID', 'kenta_99']]);
    expect(found('вк: ivan_88 VK')).toEqual([['MESSENGER_ID', 'ivan_88']]);
    expect(found('Мой сайт discord.com/invite/qXV9izoF — там запись')).toEqual([['URL', 'discord.com/invite/qXV9izoF']]);
    expect(found('Только в Viber, номер Пять-восемь-девять-шесть / ноль-три-восемь-один, код')).toEqual([['PHONE', 'Пять-восемь-девять-шесть / ноль-три-восемь-один']]);
  });
});

describe('detect: sees through disguises', () => {
  const cases: [string, FindingType, string][] = [
    ['tanaka (at) gmail (dot) com', 'EMAIL', 'tanaka (at) gmail (dot) com'],
    ['write to john dot smith at outlook dot com', 'EMAIL', 'john dot smith at outlook dot com'],
    ['tanaka[at]gmail[dot]com', 'EMAIL', 'tanaka[at]gmail[dot]com'],
    ['メールはtanakaアットgmailドットcomです', 'EMAIL', 'tanakaアットgmailドットcom'],
    ['ｔａｎａｋａ＠ｇｍａｉｌ．ｃｏｍ', 'EMAIL', 'ｔａｎａｋａ＠ｇｍａｉｌ．ｃｏｍ'],
    ['ivan.petrov собака yandex точка ru', 'EMAIL', 'ivan.petrov собака yandex точка ru'],
    ['nguyenvana a còng gmail chấm com', 'EMAIL', 'nguyenvana a còng gmail chấm com'],
    ['kim 앳 naver 점 com', 'EMAIL', 'kim 앳 naver 점 com'],
    // "dot com" as one word in Hangul and kana, glued to the label or after a space
    ['이메일은 minsu 골뱅이 naver 닷컴 이에요', 'EMAIL', 'minsu 골뱅이 naver 닷컴'],
    ['사이트는 tutorhub닷컴이에요', 'URL', 'tutorhub닷컴'],
    ['メールはkenji0420@gmailドットコムです', 'EMAIL', 'kenji0420@gmailドットコム'],
    // written a character at a time, whole or in part
    ['email: y u k i @ g m a i l . c o m', 'EMAIL', 'y u k i @ g m a i l . c o m'],
    ['y u k i @ gmail.com', 'EMAIL', 'y u k i @ gmail.com'],
    ['k e n j i 0 4 2 0 @ g m a i l', 'EMAIL', 'k e n j i 0 4 2 0 @ g m a i l'],
    ['my site is w w w . t u t o r h u b . c o m', 'URL', 'w w w . t u t o r h u b . c o m'],
    ['tanaka @ gmail . com', 'EMAIL', 'tanaka @ gmail . com'],
    ['t\u200bana\u200dka@gmail.com', 'EMAIL', 't\u200bana\u200dka@gmail.com'],
    ['ivаn@gmаil.com', 'EMAIL', 'ivаn@gmаil.com'],
    // a mail service's name alone for its domain
    ['my mail is yuki.tanaka0420 at gmail, ok?', 'EMAIL', 'yuki.tanaka0420 at gmail'],
    ['メールはyuki.tanakaアットgmailです', 'EMAIL', 'yuki.tanakaアットgmail'],
    ['이메일 minsu.kim 골뱅이 naver 로 주세요', 'EMAIL', 'minsu.kim 골뱅이 naver'],
    ['почта ivan_petrov собака yandex', 'EMAIL', 'ivan_petrov собака yandex'],
    ['email: nguyen.van.an a còng gmail nhé', 'EMAIL', 'nguyen.van.an a còng gmail'],
    ['kenji88 (at) hotmail', 'EMAIL', 'kenji88 (at) hotmail'],
    ['mail kenji@naver thx', 'EMAIL', 'kenji@naver'],
    // a mail service named before the local part, as a messenger before a handle
    ['Gmail: yuki.tanaka0420', 'EMAIL', 'yuki.tanaka0420'],
    ['gmail của mình là lan.nguyen91 nhé', 'EMAIL', 'lan.nguyen91'],
    // a plain local part too, after a word for mail
    ['email: kenji at gmail', 'EMAIL', 'kenji at gmail'],
    ['email của mình là lan a còng yahoo', 'EMAIL', 'lan a còng yahoo'],
    ['電話は０９０ー１２３４ー５６７８です', 'PHONE', '０９０ー１２３４ー５６７８'],
    ['zero nine zero one two three four five six seven eight', 'PHONE', 'zero nine zero one two three four five six seven eight'],
    ['〇九〇一二三四五六七八', 'PHONE', '〇九〇一二三四五六七八'],
    ['零九〇-一二三四-五六七八', 'PHONE', '零九〇-一二三四-五六七八'],
    // the katakana prolonged sound mark as the dash between kanji digits
    ['電話：〇九〇ー一二三四ー五六七八', 'PHONE', '〇九〇ー一二三四ー五六七八'],
    // `の`, as the dash is read aloud in Japanese
    ['電話は03の6872の0309です', 'PHONE', '03の6872の0309'],
    ['〇三の六八七二の〇三〇九に電話して', 'PHONE', '〇三の六八七二の〇三〇九'],
    // half-width katakana, whose voiced sound mark is a character of its own
    ['メール tanakaｱｯﾄgmailﾄﾞｯﾄcom', 'EMAIL', 'tanakaｱｯﾄgmailﾄﾞｯﾄcom'],
    ['공일공 일이삼사 오육칠팔 입니다', 'PHONE', '공일공 일이삼사 오육칠팔'],
    // 팔 of 팔로우 ("follow") is no 8: 로 there is not the particle "to"
    ['공일공 일이삼사 오육칠 팔로우 해주세요', 'PHONE', '공일공 일이삼사 오육칠'],
    ['영일영 이삼사오 육칠팔구', 'PHONE', '영일영 이삼사오 육칠팔구'],
    ['ноль девять ноль один два три четыре пять шесть семь восемь', 'PHONE', 'ноль девять ноль один два три четыре пять шесть семь восемь'],
    ['không chín một hai ba bốn năm sáu bảy tám', 'PHONE', 'không chín một hai ba bốn năm sáu bảy tám'],
    ['0 9 0 1 2 3 4 5 6 7 8', 'PHONE', '0 9 0 1 2 3 4 5 6 7 8'],
    ['090.1234.5678', 'PHONE', '090.1234.5678'],
    ['090 dash 1234 dash 5678', 'PHONE', '090 dash 1234 dash 5678'],
    ['example dot com', 'URL', 'example dot com'],
    // ".com" as one English word after a label
    ['visit tutorhub dotcom for lessons', 'URL', 'tutorhub dotcom'],
    ['mail ivan at gmail DOTCOM', 'EMAIL', 'ivan at gmail DOTCOM'],
    // a kana or Hangul "dot" glued to the labels on both sides, more than once
    ['여기서 신청하세요 → cafe점naver점com / englishstudy', 'URL', 'cafe점naver점com / englishstudy'],
    ['私のブログ→wwwどっとmercariどっとcom/jp/', 'URL', 'wwwどっとmercariどっとcom/jp/'],
    ['italki(.)com', 'URL', 'italki(.)com'],
    ['gmail . com', 'URL', 'gmail . com'],
    ['zoom . us / j/83492017753', 'URL', 'zoom . us / j/83492017753'],
    ['hxxps://italki.com/teacher', 'URL', 'hxxps://italki.com/teacher'],
    ['g\u200bmail.com', 'URL', 'g\u200bmail.com'],
    ['ＬＩＮＥ　ＩＤ：ｔａｎａｋａ＿８８', 'MESSENGER_ID', 'ｔａｎａｋａ＿８８'],
    // a plain word after a weak separator counts once someone disguised it
    ['email me or Skype benk\u200c\u2060ing', 'MESSENGER_ID', 'benk\u200c\u2060ing'],
    ['facebook \u0430nnawilson', 'MESSENGER_ID', '\u0430nnawilson'],
    ['Skype ｂｅｎｋｉｎｇ', 'MESSENGER_ID', 'ｂｅｎｋｉｎｇ'],
    // and so does one after a colon a few words on
    ['add facebook mình nha: ｔｒａｎｇｔｒａｎ', 'MESSENGER_ID', 'ｔｒａｎｇｔｒａｎ'],
    // a dot word between digit groups
    ['call 090 dot 1234 dot 5678', 'PHONE', '090 dot 1234 dot 5678'],
    ['gọi 0912 chấm 345 chấm 678 nha', 'PHONE', '0912 chấm 345 chấm 678'],
    ['電話 090ドット1234ドット5678', 'PHONE', '090ドット1234ドット5678'],
    ['тел 8 912 точка 345 точка 67 89', 'PHONE', '8 912 точка 345 точка 67 89'],
    // digit groups spelled out between slashes or bars; a dash word in brackets, or of two words
    ['Viber +1 Two Zero Six / Five Five Five / Zero One Four Two please', 'PHONE', '+1 Two Zero Six / Five Five Five / Zero One Four Two'],
    ['zalo: +84 chín một hai | ba bốn năm | sáu bảy tám', 'PHONE', '+84 chín một hai | ba bốn năm | sáu bảy tám'],
    ['ring me on +44 7911 (dash) 123 (dash) 456 today', 'PHONE', '+44 7911 (dash) 123 (dash) 456'],
    ['gọi +84 912 gạch nối 345 gạch nối 678 nhé', 'PHONE', '+84 912 gạch nối 345 gạch nối 678'],
    // 엣 for 앳; тчк with its full stop; a card in groups joined by spaced dots
    ['메일 minji88 [ 엣 ] naver [ 점 ] com 으로', 'EMAIL', 'minji88 [ 엣 ] naver [ 점 ] com'],
    ['почта ivan-petrov собака mail тчк. ru', 'EMAIL', 'ivan-petrov собака mail тчк. ru'],
    ['카드 4539 . 1488 . 0343 . 6467 로 결제', 'CREDIT_CARD', '4539 . 1488 . 0343 . 6467'],
    // a host after a scheme split before a real TLD that is not a common one
    ['join us 👉 http://discord. gg/abcDEF12', 'URL', 'http://discord. gg/abcDEF12'],
    // a digit-by-digit My Number followed by a dash and words
    ['my My Number, for the payroll office, is 4 1 4 8 5 9 7 4 9 7 6 2 - ok?', 'JP_MY_NUMBER', '4 1 4 8 5 9 7 4 9 7 6 2'],
    // KakaoTalk in Cyrillic as two words; айди a few words after the platform
    ['Какао ток kim_minsu88, пиши', 'MESSENGER_ID', 'kim_minsu88'],
    ['Лайн у меня тоже есть, айди anna_sokol', 'MESSENGER_ID', 'anna_sokol'],
    // a country code in brackets; groups joined by ideographic spaces; 다시 as the dash
    ['ĐT: (+81) 90-1234-5678', 'PHONE', '(+81) 90-1234-5678'],
    ['+1 이일이　칠삼육　삼일공공 로', 'PHONE', '+1 이일이　칠삼육　삼일공공'],
    ['WhatsApp +82 10 다시 1234 다시 5678 로', 'PHONE', '+82 10 다시 1234 다시 5678'],
    // cards: spaced dashes, four digits each written with dots, one by one with spaced dashes, a number right after
    ['カード 4539 - 1488 - 0343 - 6467 で', 'CREDIT_CARD', '4539 - 1488 - 0343 - 6467'],
    ['Карта: 4.5.3.9 1.4.8.8 0.3.4.3 6.4.6.7', 'CREDIT_CARD', '4.5.3.9 1.4.8.8 0.3.4.3 6.4.6.7'],
    ['card 4 5 3 9 - 1 4 8 8 - 0 3 4 3 - 6 4 6 7', 'CREDIT_CARD', '4 5 3 9 - 1 4 8 8 - 0 3 4 3 - 6 4 6 7'],
    ['4539 1488 0343 6467 - 090-1234-5678', 'CREDIT_CARD', '4539 1488 0343 6467'],
    ['+7 912 345-67-89 — 4539 1488 0343 6467', 'CREDIT_CARD', '4539 1488 0343 6467'],
    // My Numbers in dotted groups, spaced dots, spelled with ideographic spaces; an RRN one by one, a wide dash
    ['マイナンバー：4148.5974.9762', 'JP_MY_NUMBER', '4148.5974.9762'],
    ['個人番号：4148 . 5974 . 9762、住所', 'JP_MY_NUMBER', '4148 . 5974 . 9762'],
    ['My Number: four one four eight　five nine seven four　nine seven six two', 'JP_MY_NUMBER', 'four one four eight　five nine seven four　nine seven six two'],
    ['주민번호 9 0 1 2 2 3  -  1 3 7 7 9 1 1 입니다', 'KR_RRN', '9 0 1 2 2 3  -  1 3 7 7 9 1 1'],
    // an IP address with dot words; an IBAN with double spaces
    ['server 10 chấm 240 chấm 4 chấm 29 nhé', 'IP_ADDRESS', '10 chấm 240 chấm 4 chấm 29'],
    ['IBAN DE89  3704  0044  0532  0130  00', 'IBAN', 'DE89  3704  0044  0532  0130  00'],
    // dot words before a top-level domain of another script; "www. "
    ['サイト：にほんご教室ドットみんな', 'URL', 'にほんご教室ドットみんな'],
    ['ホームページ にほんご教室 ドット みんな です', 'URL', 'にほんご教室 ドット みんな'],
    ['HP：にほんご教室（ドット）みんな', 'URL', 'にほんご教室（ドット）みんな'],
    ['HP：にほんご教室【ドット】みんな', 'URL', 'にほんご教室【ドット】みんな'],
    ['сайт: школа ТОЧКА москва', 'URL', 'школа ТОЧКА москва'],
    ['visit www. example.com', 'URL', 'www. example.com'],
    // digits read out in katakana, and in hiragana where two characters
    ['電話は ゼロキュウゼロ イチニサン ヨンゴロクナナ です', 'PHONE', 'ゼロキュウゼロ イチニサン ヨンゴロクナナ'],
    ['ゼロキューゼロ-イチニーサンヨン-ゴーロクナナハチ', 'PHONE', 'ゼロキューゼロ-イチニーサンヨン-ゴーロクナナハチ'],
    ['でんわ ぜろきゅうぜろ、いちにーさんよん、ごーろくななはち', 'PHONE', 'ぜろきゅうぜろ、いちにーさんよん、ごーろくななはち'],
    // a pair of wave dashes between three digit groups (one is a range)
    ['電話は090～1234～5678です', 'PHONE', '090～1234～5678'],
    ['電話は０９０〜１２３４〜５６７８です', 'PHONE', '０９０〜１２３４〜５６７８'],
    // `の` as the dash with spaces around it
    ['ワッツアップ→03 の 6872 の 0309', 'PHONE', '03 の 6872 の 0309'],
    // a My Number and an RRN written a digit at a time
    ['マイナンバー：4 1 4 8 5 9 7 4 9 7 6 2', 'JP_MY_NUMBER', '4 1 4 8 5 9 7 4 9 7 6 2'],
    ['주민등록번호 9 0 1 2 2 3 - 1 3 7 7 9 1 1 (세금 신고용이에요)', 'KR_RRN', '9 0 1 2 2 3 - 1 3 7 7 9 1 1'],
    ['web học-tiếng-anh CHẤM vn', 'URL', 'học-tiếng-anh CHẤM vn'],
    // brackets of other kinds around the at and dot words
    ['tanaka〔at〕gmail〔dot〕com', 'EMAIL', 'tanaka〔at〕gmail〔dot〕com'],
    ['tanaka«at»gmail«dot»com', 'EMAIL', 'tanaka«at»gmail«dot»com'],
    ['tanaka｛at｝gmail.com', 'EMAIL', 'tanaka｛at｝gmail.com'],
    ['italki《.》com/teacher', 'URL', 'italki《.》com/teacher'],
    // a label in ASCII after another script keeps every real top-level domain
    ['私のブログ→studio ドット site', 'URL', 'studio ドット site'],
    // one group spelled among written ones; groups of spelled digits apart by commas, dashes or ellipses
    ['is it ok? 4491 - 8695 - 5229 - three one one two - 204 thanks', 'CREDIT_CARD', '4491 - 8695 - 5229 - three one one two - 204'],
    ['My Number: 6754 nine one nine five 6108.', 'JP_MY_NUMBER', '6754 nine one nine five 6108'],
    ['My Number: four-three-six-oh, five-seven-nine-nine, three-oh-seven-six.', 'JP_MY_NUMBER', 'four-three-six-oh, five-seven-nine-nine, three-oh-seven-six'],
    ['urgent: +43 six nine nine... one one six... eight one eight seven', 'PHONE', '+43 six nine nine... one one six... eight one eight seven'],
    // a Vietnamese domestic card (NAPAS); a card's digits each apart by dots, in groups or not
    ['thẻ này được không cô? 9704 5170 5775 2696 hạn dùng em gửi sau', 'CREDIT_CARD', '9704 5170 5775 2696'],
    ['このカードで？3.8.3.8 0.8.3.4.2.3 2.9.0.4　有効期限', 'CREDIT_CARD', '3.8.3.8 0.8.3.4.2.3 2.9.0.4'],
    ['このカードで？3.8.7.0.4.3.0.5.1.3.4.3.9.0　有効期限', 'CREDIT_CARD', '3.8.7.0.4.3.0.5.1.3.4.3.9.0'],
    // an IPv4 address with spaces beside its dots, said to be one
    ['whitelist my IP? 192 . 168 . 95 \ufeff. 2\u200c45', 'IP_ADDRESS', '192 . 168 . 95 \ufeff. 2\u200c45'],
    ['добавьте мой IP в белый список: 192. 168. 78. 73', 'IP_ADDRESS', '192. 168. 78. 73'],
    // a scheme split from its host by a space
    ['こちら→https:// line . me/ti/g2/oaRpuujTHAw（前の', 'URL', 'https:// line . me/ti/g2/oaRpuujTHAw'],
    // groups apart by '|'
    ['0 7 0 | 4 9 4 0 | 2 6 0 6は古い番号でした', 'PHONE', '0 7 0 | 4 9 4 0 | 2 6 0 6'],
    // a Korean particle right after the last spelled digit
    ['지금은 공 일 공 육 삼 이 오 팔 오 이 육입니다', 'PHONE', '공 일 공 육 삼 이 오 팔 오 이 육'],
    // a Hangul label, a dot word and an ASCII top-level domain (full-width), a particle after it
    ['자료는 다 영어공부방점ｋｒ에 있어요', 'URL', '영어공부방점ｋｒ'],
    // Greek chi and lunate sigma as x and c
    ['LINEのIDはχitsuki_aokixです！', 'MESSENGER_ID', 'χitsuki_aokix'],
    ['Skype → live:os\u03f2arxfoster (adults only)', 'MESSENGER_ID', 'live:os\u03f2arxfoster'],
    // 인데 after the last spelled digit; a dot and a space inside a host after another label; a path after a spaced host, spaced slash
    ['추천받은 분 번호가 영일영-오육구일-육사오영인데 직접 연락해도 될까요', 'PHONE', '영일영-오육구일-육사오영'],
    ['site: taemin-pyo.co. kr', 'URL', 'taemin-pyo.co. kr'],
    ['my intro video at vimeo . com/134463 and more', 'URL', 'vimeo . com/134463'],
    ['the mock exam: padlet . com /eastwood_reads/uxY2R (45 minutes)', 'URL', 'padlet . com /eastwood_reads/uxY2R'],
    // an address's dots said 점 in Korean, spaced or not
    ['동아리 서버 주소: 100 점 67 점 164 점 182:25565 챙겨 오세요', 'IP_ADDRESS', '100 점 67 점 164 점 182'],
    ['서버 주소: 100점102점155점158:25565', 'IP_ADDRESS', '100점102점155점158'],
    // a space before the '@' only; "at mark" in katakana; a host that www starts, its dots spaced
    ['Cô ơi em gửi lại mail, lúc nãy gõ sai: uyen.study @gmail.com', 'EMAIL', 'uyen.study @gmail.com'],
    ['・連絡先：shimizu.yアットマークau[.]com', 'EMAIL', 'shimizu.yアットマークau[.]com'],
    ['Recording of today: www. tenpoint. academy/trial (expires in a week)', 'URL', 'www. tenpoint. academy/trial'],
    ['Details and sign-up at hanbit-english . co . uk, questions to me', 'URL', 'hanbit-english . co . uk'],
    // doubled dashes; a Korean area code closed by a bracket alone
    ['はい、080 -- 7798 -- 6032です。', 'PHONE', '080 -- 7798 -- 6032'],
    ['현지 유심이라 051)768-5230이나 라인으로 연락 주세요', 'PHONE', '051)768-5230'],
    // a French number in pairs with dots, whose last three pairs read like a date of a two-digit year
    ['Appelez-moi au 07.81.06.24.81 demain', 'PHONE', '07.81.06.24.81'],
    // English digit words glued to Japanese after them, groups apart by spaced slashes
    ['母のカードで、three-five-three-five / nine-five-five-one / five-four-seven-oh / nine-four-six-sixです', 'CREDIT_CARD', 'three-five-three-five / nine-five-five-one / five-four-seven-oh / nine-four-six-six'],
    // groups of spaced digits apart by an ellipsis; "o" for zero; ㅡ for a dash; 골뱅 for "at"; an address
    // whose '@' and dots are spaced, a slash and a word after it
    ['連絡は夫の携帯9 1 9 ... 7 1 7 ... 8 7 3 5にお願いします', 'PHONE', '9 1 9 ... 7 1 7 ... 8 7 3 5'],
    ['Dog walker: Priya, very reliable, 0121 seven o five  o two five o. She also', 'PHONE', '0121 seven o five  o two five o'],
    ['Text me on NINE ONE NINE DASH TWO TWO EIGHT DASH ONE FOUR THREE O if someone', 'PHONE', 'NINE ONE NINE DASH TWO TWO EIGHT DASH ONE FOUR THREE O'],
    ['번호 바꿨어요! 영칠영ㅡ사팔사영ㅡ구오영오 저장 부탁드려요', 'PHONE', '영칠영ㅡ사팔사영ㅡ구오영오'],
    ['| 안시우 | chaewon.ahn(골뱅)naver.com |', 'EMAIL', 'chaewon.ahn(골뱅)naver.com'],
    // a local part a letter at a time, Korean glued to the domain; "at" as "на собаке" and "эт", a domain said in Cyrillic
    ['수시 면접용 자소서 s o h e e . p y o @ nate.com에서 보냈어요', 'EMAIL', 's o h e e . p y o @ nate.com'],
    ['вопросы — baranovnika на собаке gmail точка ком. Приходите!', 'EMAIL', 'baranovnika на собаке gmail точка ком'],
    ['пишу хитро → zhukov.nika эт yandex точка ру', 'EMAIL', 'zhukov.nika эт yandex точка ру'],
    ['почта (s o h e e @ nate.com)', 'EMAIL', 's o h e e @ nate.com'],
    // a dotted quad with spaces on both sides of each dot, or after another address in the message
    ['The projector in Hall B is 72 . 217 . 60 . 155, cast to that', 'IP_ADDRESS', '72 . 217 . 60 . 155'],
    ['노트북은 192.168.5.24, 태블릿은 172. 17. 80. 178 받았네요', 'IP_ADDRESS', '172. 17. 80. 178'],
    // a scheme's "://" spaced; a spaced path of several segments; a host after an arrow; a domain in capitals after a Japanese label
    ['Tài liệu ở đây ↓\nhttp : // linktr. ee/study_thinh\nmật khẩu', 'URL', 'http : // linktr. ee/study_thinh'],
    ['check https :// example.com/x ok', 'URL', 'https :// example.com/x'],
    ['Nhắn qua link này nha: t . me / joinchat / ieVjZKLDdc', 'URL', 't . me / joinchat / ieVjZKLDdc'],
    ['ネット予約もできます→peatix. com/event/8151067', 'URL', 'peatix. com/event/8151067'],
    ['自分のショップで売り始めました🔖 えいご塾ドットCOM 先着10名', 'URL', 'えいご塾ドットCOM'],
    ['пиши на baranovnika на собаке gmail.com', 'EMAIL', 'baranovnika на собаке gmail.com'],
    // "dot com" as 쩜컴; an IBAN's groups apart by spaced slashes
    ['인사팀 메일은 gaeun.ryu(앳)nate쩜컴예요', 'EMAIL', 'gaeun.ryu(앳)nate쩜컴'],
    // ご and に, digits between kana digit words; "plus" in katakana glued to the word before it
    ['携帯：ぜろはちぜろ-よんさんいちよん-ごにぜろいち（SMS可・電話は18時以降）', 'PHONE', 'ぜろはちぜろ-よんさんいちよん-ごにぜろいち'],
    ['迷ったら固定電話プラス はちいち ごぜろ さんにぜろ さんろくいちはちよんへ。', 'PHONE', 'プラス はちいち ごぜろ さんにぜろ さんろくいちはちよん'],
    // ・ between kana readings; the honorific さん is no 3; "a-còng"; "sign up at" is a place; a link ends at a brace or a quote
    ['見かけたらプラス ハチ・イチ  キュー・ゼロ  ハチ・ロク・キュー  ハチ・ハチ・ゼロ・ナナ・ニーまでお願いします！', 'PHONE', 'プラス ハチ・イチ  キュー・ゼロ  ハチ・ロク・キュー  ハチ・ハチ・ゼロ・ナナ・ニー'],
    ['主催の小川さん〇 八 二 六 八 六 〇 九 二 二、ラインのオプチャもあります', 'PHONE', '〇 八 二 六 八 六 〇 九 二 二'],
    ['gửi hình về son89 a-còng gmail(chấm)com nha', 'EMAIL', 'son89 a-còng gmail(chấm)com'],
    ['Choir auditions 🎶 sign up at beryozka DOT band, questions to me', 'URL', 'beryozka DOT band'],
    ['해커톤 팀 디자이너 구해요 소개자료 hyeonjun2006. oopy. io 연락은 Signal', 'URL', 'hyeonjun2006. oopy. io'],
    // (a word with no digit or hyphen before ". " is no label of it)
    ['it was over. then. com', 'URL', 'then. com'],
    ['\\href{bookwhen [dot] com/aozora}{my lesson notes} -- why won\'t this compile', 'URL', 'bookwhen [dot] com/aozora'],
    ['<a href="docs (.) google (.) com/forms/d/e/o7XdZ/viewform">Book a chat</a>', 'URL', 'docs (.) google (.) com/forms/d/e/o7XdZ/viewform'],
    // の between groups of kana readings, as between written digits
    ['番号はぜろきゅうぜろのいちにさんよんのごろくななはちです', 'PHONE', 'ぜろきゅうぜろのいちにさんよんのごろくななはち'],
    ['電話はゼロキューゼロ の イチニーサンヨン の ゴーロクナナハチです', 'PHONE', 'ゼロキューゼロ の イチニーサンヨン の ゴーロクナナハチ'],
    ['Возврат за абонемент — на LT84 / 7110 / 0969 / 1596 / 0600 (это Wise), не на карту', 'IBAN', 'LT84 / 7110 / 0969 / 1596 / 0600'],
    ['Me: odette.yardley1791 @ live . com / her: rufus.yardley @ web . de', 'EMAIL', 'odette.yardley1791 @ live . com'],
    // a My Number a digit at a time with dots between
    ['Công ty bên Nhật cần My Number (マイナンバー) của em: 4.3.2.0.1.9.5.6.4.0.2.6', 'JP_MY_NUMBER', '4.3.2.0.1.9.5.6.4.0.2.6'],
    // an IBAN written a character at a time, its groups three spaces apart
    ['IBAN: E S 0 2   5 4 9 3   1 1 4 3   2 9 5 0   0 4 9 9   6 6 9 1\n상태: 완료', 'IBAN', 'E S 0 2   5 4 9 3   1 1 4 3   2 9 5 0   0 4 9 9   6 6 9 1'],
    // a number said digit by digit in words, in part or whole, that no numbering plan knows
    ['hey teachr my numbr changed its 690 one eight one 4148 now', 'PHONE', '690 one eight one 4148'],
    ['Uni office: six nine four, six nine two, three eight seven seven. Ask for Marisol', 'PHONE', 'six nine four, six nine two, three eight seven seven'],
    ['все вопросы через мужа: 699 семь, шесть, ноль, один, семь, ноль, семь', 'PHONE', '699 семь, шесть, ноль, один, семь, ноль, семь'],
    ['🚨 EMERGENCY PLUMBER 24/7 — no call-out fee ☎ five eight two five, seven four four seven 🚨', 'PHONE', 'five eight two five, seven four four seven'],
    ['её номер девять-восемь-один / один-нуль / девять-пять-восемь', 'PHONE', 'девять-восемь-один / один-нуль / девять-пять-восемь'],
    // "at" and "dot" between dashes or underscores
    ['HR contact: imogen-teach -at- libero.it', 'EMAIL', 'imogen-teach -at- libero.it'],
    ['book via ｗｈｉｔｌｏｃｋ－ｃａｌｌｕｍ at gmail_dot_com at least a week ahead', 'EMAIL', 'ｗｈｉｔｌｏｃｋ－ｃａｌｌｕｍ at gmail_dot_com'],
    ["I've moved everything to https://meet -dot- jit -dot- si/AMQHWAFAKXDM — free", 'URL', 'https://meet -dot- jit -dot- si/AMQHWAFAKXDM'],
    // ".com" said as 점컴
    ['네이버 메일로 보내주세요 jiwoo.jeon(at)kakao점컴 지메일은 잘 안 봐요', 'EMAIL', 'jiwoo.jeon(at)kakao점컴'],
    // a plain word near a platform, disguised with look-alike letters or full-width ones
    ['taiѕiyaіndigo — это хозяйка квартиры в телеге, спросите про кота', 'MESSENGER_ID', 'taiѕiyaіndigo'],
    ['Line me instead pls, okafor-fr\u200de\u2060ya 🙏', 'MESSENGER_ID', 'okafor-fr\u200de\u2060ya'],
    // a host after "form's at": no address's local part
    ["Star party 🔭 booking form's at byеolbіt.squarе.site, and if", 'URL', 'byеolbіt.squarе.site'],
    // keycap digits and the emoji ➖ and ➕; an emoji between the groups; the groups on lines of their own, or between slashes
    ['call the shop 0️⃣9️⃣0️⃣➖1️⃣2️⃣3️⃣4️⃣➖5️⃣6️⃣7️⃣8️⃣ after 5', 'PHONE', '0️⃣9️⃣0️⃣➖1️⃣2️⃣3️⃣4️⃣➖5️⃣6️⃣7️⃣8️⃣'],
    ['Zalo ➕84 90 123 4567 nha', 'PHONE', '➕84 90 123 4567'],
    ['số mình 090🌸123🌸4567 nha', 'PHONE', '090🌸123🌸4567'],
    ['pay with 4111 💳 1111 💳 1111 💳 1111 ok', 'CREDIT_CARD', '4111 💳 1111 💳 1111 💳 1111'],
    ['IBAN DE89🎀3704🎀0044🎀0532🎀0130🎀00', 'IBAN', 'DE89🎀3704🎀0044🎀0532🎀0130🎀00'],
    ['電話です\n090\n1234\n5678', 'PHONE', '090\n1234\n5678'],
    ['card 4111/1111/1111/1111 thanks', 'CREDIT_CARD', '4111/1111/1111/1111'],
    // a Korean service number in its own shape, with no word for a call
    ['사장님 번호 1544-0652 예요', 'PHONE', '1544-0652'],
    // letters that look like digits inside a number
    ['text me on 09O 1234 56l8 tonight', 'PHONE', '09O 1234 56l8'],
    ['звоните +7916l23456О', 'PHONE', '+7916l23456О'],
    // commas for a host's dots before a path
    ['join us: t, me/studyclub_hn', 'URL', 't, me/studyclub_hn'],
    ['form at docs,google,com/forms/d/x1 pls', 'URL', 'docs,google,com/forms/d/x1'],
    // a foreigner's registration number in Korea (the same shape as a resident's), a tilde for its dash
    ['외국인등록번호 900101~5123456 맞나요', 'KR_RRN', '900101~5123456'],
    ['my alien registration number is 9001015123456', 'KR_RRN', '9001015123456'],
    // an address as strings joined by '+'; a symbol for its '@', explained in the message
    ["send it to 'mia.k' + '@' + 'gmx.de' thanks", 'EMAIL', "'mia.k' + '@' + 'gmx.de'"],
    ['пишите: "oleg.p" + "@mail.ru"', 'EMAIL', '"oleg.p" + "@mail.ru"'],
    ['mail: hana.k★docomo.ne.jp（★を＠に）', 'EMAIL', 'hana.k★docomo.ne.jp'],
    ['my mail is tom#gmx.net (the # is an at sign)', 'EMAIL', 'tom#gmx.net'],
    // a scheme without its h; the Hangul ㆍ for a host's dots
    ['link: ttps://t.me/joinchat_abc', 'URL', 'ttps://t.me/joinchat_abc'],
    ['신청은 wwwㆍtumblbugㆍcom/nuri 에서', 'URL', 'wwwㆍtumblbugㆍcom/nuri'],
    // a number's groups with words between
    ['звоните 8916, потом 123, потом 45, потом 67', 'PHONE', '8916, потом 123, потом 45, потом 67'],
    ['số mình 0912 rồi 345 rồi 678 nha', 'PHONE', '0912 rồi 345 rồi 678'],
    // numbers read in groups: Russian hundreds, tens and teens, Vietnamese trăm, mươi and lẻ, "double"
    ['мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь', 'PHONE', 'восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь'],
    ['gọi cô nha: không chín một hai - ba trăm bốn mươi lăm - sáu trăm lẻ bảy', 'PHONE', 'không chín một hai - ba trăm bốn mươi lăm - sáu trăm lẻ bảy'],
    ['sdt: khong chin mot hai - ba tram bon muoi lam - sau tram le bay', 'PHONE', 'khong chin mot hai - ba tram bon muoi lam - sau tram le bay'],
    ['call oh seven nine one one double two three four five six', 'PHONE', 'oh seven nine one one double two three four five six'],
    // a handle's underscores and dots said in words, in each language
    ['add me on Discord: maple under score jonas', 'MESSENGER_ID', 'maple under score jonas'],
    ['Telegram — @dina underscore lee underscore 07', 'MESSENGER_ID', '@dina underscore lee underscore 07'],
    ['Skype: oscar dot 1990', 'MESSENGER_ID', 'oscar dot 1990'],
    ['LINEのIDはmikaアンダーバーsato22です', 'MESSENGER_ID', 'mikaアンダーバーsato22'],
    ['카톡 아이디 jiho(언더바)kim닷7 이에요', 'MESSENGER_ID', 'jiho(언더바)kim닷7'],
    ['мой телеграм: anna нижнее подчёркивание volk точка 88', 'MESSENGER_ID', 'anna нижнее подчёркивание volk точка 88'],
    ['insta của mình @linh chấm tran gạch dưới', 'MESSENGER_ID', '@linh chấm tran gạch dưới'],
    // VK, in Latin and Cyrillic letters
    ['VK: lena_sokol, пишите', 'MESSENGER_ID', 'lena_sokol'],
    ['мой вк — lena.sokol99', 'MESSENGER_ID', 'lena.sokol99'],
    // a space after a handle's '@'
    ['пиши мне в тг @ lena_sokol', 'MESSENGER_ID', '@ lena_sokol'],
    ['Insta: @ minhanh\nTele: ...', 'MESSENGER_ID', '@ minhanh'],
    // a handle written a character at a time
    ['LINE: k e n t a _ 9 9 please', 'MESSENGER_ID', 'k e n t a _ 9 9'],
    ['инста @ m a i . l e e . 0 3', 'MESSENGER_ID', '@ m a i . l e e . 0 3'],
    // an IBAN in small letters; a space before its check digits
    ['chuyển vào de25 8517 7270 8204 5417 80 nha', 'IBAN', 'de25 8517 7270 8204 5417 80'],
    ['deposit to cy 46 963 528 685 061 936 153 982 320, ref', 'IBAN', 'cy 46 963 528 685 061 936 153 982 320'],
    ['IBAN CY 46 963 528 685 061 936 153 982 320', 'IBAN', 'CY 46 963 528 685 061 936 153 982 320'],
    // a middle dot for a host's dot before a small letter; "at" and "dot" between tildes or asterisks; 에이티 for "at"
    ['担当はlantern.hinata19アットwaseda・jpです', 'EMAIL', 'lantern.hinata19アットwaseda・jp'],
    ['mail: kenji.sato@yahoo·co·jp', 'EMAIL', 'kenji.sato@yahoo·co·jp'],
    ['MAILTO=ottilie1987 ~at~ ucl ~dot~ ac ~dot~ uk', 'EMAIL', 'ottilie1987 ~at~ ucl ~dot~ ac ~dot~ uk'],
    ['write to x.lee *at* gmail *dot* com', 'EMAIL', 'x.lee *at* gmail *dot* com'],
    ['메일 minjae.ahn에이티korea 점 ac 점 kr 로', 'EMAIL', 'minjae.ahn에이티korea 점 ac 점 kr'],
    // "dot" with a zero for its o
    ['chat is here discord d0t gg/nf5pD', 'URL', 'discord d0t gg/nf5pD'],
    ['mail me: anna d0t lee at gmail d0t com', 'EMAIL', 'anna d0t lee at gmail d0t com'],
    // a handle spaced out in fewer than eight characters, right after a platform's name and a colon
    ['Line: o t i s 8 3\n(the tutor in Osaka)', 'MESSENGER_ID', 'o t i s 8 3'],
    // テレ for Telegram
    ['投資の先生にテレに誘導されました @kouki_hasegawa_tutorって人です', 'MESSENGER_ID', '@kouki_hasegawa_tutor'],
    // a Japanese host after a sentence's words: a particle, a polite ending
    ['EJU対策の数学 詳細はテニス教室.comに載せてます', 'URL', 'テニス教室.com'],
    ['ブログもやってますやさしい数学.com', 'URL', 'やさしい数学.com'],
    ['サイトは日本語の先生.jpです', 'URL', '日本語の先生.jp'],
    // a handle in a reply on the next line to a question about the platform, a hyphen inside it; a JSON key "line"
    ['> らいんで続きを話せますか？\nはい、IDはbasil-hayatoです。', 'MESSENGER_ID', 'basil-hayato'],
    ['> LINE으로 얘기해도 돼요?\n네 아이디 river-yebin 추가하고', 'MESSENGER_ID', 'river-yebin'],
    ['{"name": "x", "line": "nanamii66"}', 'MESSENGER_ID', 'nanamii66'],
    // "niner"; the formal numerals (daiji); Korean numbers of its own words
    ['Mama Wanjiru: 0793 seven-two-one-niner-zero-niner (WhatsApp too)', 'PHONE', '0793 seven-two-one-niner-zero-niner'],
    ['窓口は〇陸九九 陸九陸弐壱伍壱になります', 'PHONE', '〇陸九九 陸九陸弐壱伍壱'],
    // an IBAN in small letters whose country code is a word, its check digits touching it; Greek omicrons for zeros
    ['the deposit goes to is114192788788835026159619 — complete?', 'IBAN', 'is114192788788835026159619'],
    ["his mobile's О8Ο5 Ο42 2877", 'PHONE', 'О8Ο5 Ο42 2877'],
    // tildes and asterisks between a number's groups, a space on either side or none
    ['케이스에 010 ~ 6145 ~ 1821 적혀 있어요', 'PHONE', '010 ~ 6145 ~ 1821'],
    ['có gì gọi 0272*4498*391 nha', 'PHONE', '0272*4498*391'],
    ['My Number: 9941~9223~0930, это нормально?', 'JP_MY_NUMBER', '9941~9223~0930'],
    // a number struck through in Markdown
    ['~~619 751 289~~ old number, dead now', 'PHONE', '619 751 289'],
    // eight digits written otherwise (circled), one by one or in groups, that no numbering plan knows
    ['номер ⑦⑤③① ⑨②⑧④, звоните', 'PHONE', '⑦⑤③① ⑨②⑧④'],
    // KakaoTalk as ㅋㅌ and 깨톡, TikTok as tóp tóp and ティクトク, Threads
    ['문의는 ㅋㅌ nayeon59로 주세요', 'MESSENGER_ID', 'nayeon59'],
    ['담당자 깨톡 yebin26', 'MESSENGER_ID', 'yebin26'],
    ['tóp tóp ＠ｄｉｅｍ＿ｋｉｅｕ, tiếng Anh mỗi ngày', 'MESSENGER_ID', '＠ｄｉｅｍ＿ｋｉｅｕ'],
    ['ティクトクで@iroha.tangoって名前で', 'MESSENGER_ID', '@iroha.tango'],
    ['threads mình là ＠quynh.basil', 'MESSENGER_ID', '＠quynh.basil'],
    ['Threads: @abc.def', 'MESSENGER_ID', '@abc.def'],
    // a plain word for a platform, then the next item of a list of contacts
    ['Skype diepenglish — Email ngo.linh44@gmail.com — ĐT 028.7984.4335', 'MESSENGER_ID', 'diepenglish'],
    ['Skype diepenglish\nEmail ngo.linh44@gmail.com', 'MESSENGER_ID', 'diepenglish'],
    // "as" after "me on" and a platform, a weak name too
    ["you can find me on disc as bridgetstudy, I'm usually in the study VC", 'MESSENGER_ID', 'bridgetstudy'],
    ['find me on Discord as bridgetstudy', 'MESSENGER_ID', 'bridgetstudy'],
    // X (Twitter) by its letter, in Latin and Hangul, before an '@' handle
    ['X: @saoirseclover73 — I post the daily idiom threads there', 'MESSENGER_ID', '@saoirseclover73'],
    ['follow me on X : @tanaka_dev', 'MESSENGER_ID', '@tanaka_dev'],
    ['인스타 abc.def\n엑스 ＠chaewon_93yuzu\n메일', 'MESSENGER_ID', '＠chaewon_93yuzu'],
    // a card's groups with の次に between; a number's groups with spaced pluses between
    ['このカードで 5247の次に8590の次に4548の次に7585', 'CREDIT_CARD', '5247の次に8590の次に4548の次に7585'],
    ['여기 번호 0476 + 211 + 502, 왓츠앱도', 'PHONE', '0476 + 211 + 502'],
    // a handle broken by a space in a message in another script
    ['Signalもやってます、yuto_kudo.8 3で検索してみてください', 'MESSENGER_ID', 'yuto_kudo.8 3'],
    ['VK 아이디 tidal_soyu l 러시아 친구가 알려줬어요', 'MESSENGER_ID', 'tidal_soyu l'],
    ['Ник в дискорде efiml vova8, заходи вечером', 'MESSENGER_ID', 'efiml vova8'],
    // ハイフン touching the digits said; 빵 for zero; 에 between groups with spaces on both sides
    ['1. 松本 080-九一六二ハイフン二五二二\n2. 小川', 'PHONE', '080-九一六二ハイフン二五二二'],
    ['에어팟 번호 010-칠이오빵-２３００ 주우신 분', 'PHONE', '010-칠이오빵-２３００'],
    ['연락은 공일공 에 사사삼육 에 칠구일공', 'PHONE', '공일공 에 사사삼육 에 칠구일공'],
    // a host under a top-level domain that is a word, where the text calls it a site
    ['Сделала свой сайт 🎉 vladmakarov.pro — буду рада', 'URL', 'vladmakarov.pro'],
    ['my site is annaart.live now', 'URL', 'annaart.live'],
    // IPv6 with spaces beside its colons
    ['IPは2A01: 2C3B: 4D5E :: 850F: 84AEです', 'IP_ADDRESS', '2A01: 2C3B: 4D5E :: 850F: 84AE'],
  ];
  for (const [text, type, span] of cases) {
    it(`${type}: ${JSON.stringify(text)}`, () => {
      expect(found(text)).toContainEqual([type, span]);
    });
  }
  it('a person\'s name after a handle of a list is not a second handle', () => {
    expect(found('My Telegram is ivan_88 and my name is Ivan')).toEqual([['MESSENGER_ID', 'ivan_88']]);
  });
  it('two numbers spelled a digit at a time, side by side in a run with groups, stay two numbers', () => {
    expect(found('〇九〇一二三四五六七八 〇九〇一二三四五六七八 - 4539')).toEqual([
      ['PHONE', '〇九〇一二三四五六七八'],
      ['PHONE', '〇九〇一二三四五六七八'],
    ]);
  });
  it("a hash between a word and a host is no address where no '@' is named; quoted strings joined with no '@' are none", () => {
    expect(found('I code in C#dotnet.com style')).toEqual([['URL', 'dotnet.com']]);
    expect(found("const url = 'https://' + 'example.com'")).toEqual([['URL', 'example.com']]);
  });
  it('finds the same gated and ungated where a rewrite pass changes the text', () => {
    for (const text of [
      'мой номер: девятьсот шестнадцать пятьсот тринадцать семнадцать девятнадцать',
      'my number: 8O5l 2O47',
      'звоните 8916, потом 123, потом 45, потом 67',
      'Telegram: @ lena_99 and k e n t a _ 9 9',
    ])
      expect(scan(text, true)).toEqual(scan(text, false));
  });
  it('a host under a top-level domain that is also a field name is a host unless its label names a field', () => {
    expect(found('my portfolio: hina.page')).toEqual([['URL', 'hina.page']]);
    expect(found('set user.email and row.id')).toEqual([]);
  });
  it('numbers in a list, a line each, stay apart', () => {
    expect(found('連絡網\n1. 松本 06-6117-7898\n2. 小川 03-1234-5678')).toEqual([
      ['PHONE', '06-6117-7898'],
      ['PHONE', '03-1234-5678'],
    ]);
  });
  it('the same plain word, not disguised, is not a handle; a finding has the fields of a finding only', () => {
    expect(found('email me or Skype benking')).toEqual([]);
    expect(found('Skype tomorrow then')).toEqual([]);
    for (const text of ['Skype b\u0435nking', 'Skype b\u200benking']) expect(Object.keys(detect(text)[0]).sort()).toEqual(['end', 'rule', 'score', 'start', 'type']);
  });
});

describe('detect: hard negatives stay clean', () => {
  const clean = [
    'The lesson costs ¥12,000 and the book $1,500.00',
    'lesson on 2024-05-12 at 14:30',
    'ticket 4521, lesson on 2026-11-30 12:00',
    'урок 30.11.2026 9:45, заказ 4521',
    'Order #4839201756 has been confirmed',
    'ISBN 978-4-06-519980-6',
    'version 2.10.3, Windows 10.0.19045.3803 and v1.2.3.4',
    'I scored 8.5/10 and 945 in TOEIC',
    'see report.pdf, script.py, README.md and photos.zip',
    '@yuki thanks for the lesson',
    'Mr.Kim said hi.how are you',
    'I finished the homework.Next time can we do listening?',
    'Do you use LINE or Skype? I would rather keep the chat here.',
    'meet at 5 pm at the school',
    'one or two lessons a week',
    'Count with me: one two three four five six seven eight nine ten!',
    '수업료는 45,000원이고 5회 패키지는 200,000원입니다.',
    'Урок стоит 1 500 ₽, заказ № 4839201756',
    'Học phí là 250.000đ một buổi',
    '二〇二四年五月十二日に試験があります。',
    '이번 주는 일이 많아서 수업을 하루 미뤄도 될까요?',
    'Точка зрения автора понятна.',
    // single letters and spaced dots that do not join into an address or a host
    'the options are a b c . done',
    'I got a b c d . e right',
    '시험 점수 9점컴퓨터 과목',
    // a platform's name as the subject of a sentence, or before an ordinary word
    'Telegram is better than LINE for groups',
    'WhatsApp is fine too',
    'スカイプ meeting は明日です',
    '인스타 story 봤어요',
    'Học phí 500.000đ, giảm 10%',
    // a plain word after a colon a few words on is not a handle; nor a postcode, nor a coordinate
    'Skype keeps crashing for me: sorry, can we use the chat?',
    'Send it to the school office, postcode 59057-2951.',
    'Встречаемся в точке 39.717659,125.634463, у метро.',
    // a name in Vietnamese after a platform: not the ASCII start of its first word ("Nguy")
    'Facebook: Nguyễn Văn An',
    'The messenger brought the books, TikTok is blocked at school and Twitter is slow today.',
    // `の` between a date and a time, or in prose
    '2025/12/03の18:30からでよろしいでしょうか。3の倍数と1の2の3は違います。',
    // "at" and a mail service after an ordinary word or a number
    "I'm at gmail now, my brother works at yahoo and room 101 at daum is free",
    'I sent mail to kenji at gmail yesterday',
    // a mail service's name before an ordinary word
    'Yahoo: got it, see you. I use Gmail every day',
    // counting, digit by digit: no phone number inside it
    'rate them 1 2 3 4 5 6 7 8 9 1 0 1 2 3',
    // "I am" and a plain word after a platform; a platform's name after a naming word; prices in dong
    'Can we use Skype? I am busy there today',
    'Do you use LINE? lesson 3 is tomorrow. Skype? I do not have it, sorry',
    'mình học qua Zalo cho tiện nha, nick Zalo thì em chưa có',
    'Discord is down\nmy ID card is at home',
    'Discord is down, my ID card is at home',
    // brackets after a platform, with no verb asking for a handle; a verb, with no brackets
    'Telegram (faster) is better than Skype (older), add (me) on Zalo',
    'Discord, add me (only) if you join, or add me later',
    'Giá 200.000đ, hoặc 1.500.000đ cả khoá',
    // "chấm" (dot) between words: polka dots; an accented word glued to the next sentence or a file extension
    'Cô mặc áo chấm bi đẹp quá',
    'Bài tập số 5 xong rồi.To be continued',
    'Báo-cáo-tuần.zip gửi rồi nhé',
    // an at or dot word in quotation marks, after a word of another script
    'Слово «dot» означает точку, а «at» – собачку.',
    // counting, with bars or words; a sentence after a link's scheme; a Russian word that starts like KakaoTalk
    '1 2 3 4 5 6 7 8 9 10, or 1 | 2 | 3 | four | five | 6 | 7 | 8 | 9 | 10, or 10 9 8 7 6 5 4 3 2 1',
    'see https://example. then we go',
    'Какао токен anna',
    // a platform's name in quotes; a marked word before "my" and a platform that does not end the phrase
    '“Telegram” is faster, he said “Skype” then “lesson_3”',
    'lesson_3 is my Telegram lesson',
    // ". " after abbreviations and numbers; a host after a colon that is no website's label; "точка" in prose
    'use e.g. com or net, see p.s. me later, version 1.2. io',
    'time 10:30 x:example.com',
    'с моей точки зрения Москва красивее, точка',
    // katakana words that start with a digit's reading; readings that make no phone number
    'イチゴ、ニンジン、サンマ、ヨーグルト、ゴマ、ロック、ナナ、ハチミツ、キュウリ。ニニニニ ゴゴゴゴ サンサンサン',
    // wave dashes in ranges
    '10～12時、2024～2025年、1000～2000円、2024～2025～2026年度、090～120分',
    // a dot word as a decimal point in scores; "point" in Korean scores
    'điểm 8 chấm 5, 9 chấm 25, 7 chấm 75, 6 chấm 5 nhé',
    '국어 90점 85점 100점 95점 받았어요',
    // lottery numbers; a barcode as printed; a build number; what an account is
    '宝くじの番号は02 - 22 - 27 - 40 - 41 - 45です', 'Мои номера в лотерее: 9 - 10 - 18 - 27 - 28 - 44',
    'The barcode on the workbook is 5 012759 600344', 'ビルド124.0.6693.157', 'My Instagram is private, sorry',
    // versions after a platform; three groups of a card, a tracking number or an IBAN that fail their checks; references
    'Обновил приложение до LINE 15.13.2, систему до iOS 17.6.2', 'I typed 3529 0715 5764 6292 and checkout says invalid card number',
    'tracking 9400 3257 0576 1951 8436 17, should arrive 2027-09-19', 'The textbook example IBAN is IT91 Z737 7154 8556 5239 2575 321',
    '教材を発送しました。追跡番号0201-0165-7560、1/11着予定です', 'Mã số thuế trung tâm: 0491003437',
    'card 1111 1234 5678 9018 declined', 'card 1234 5678 9018 1111 declined',
    // a plain word after "là" before a platform; words asked for that are no handles; "ins" and "face" as words
    'hello là Zalo', 'I use Telegram a lot, search "grammar tips" in the app',
    'Do you have Skype? just search google for it', 'the ins and outs of it', 'I wash my face every morning', 'the face unlock_v2 setting is broken',
    // an Illustrator file beside other files or a word for attaching them
    'Reference letter draft attached (poster.ai). She scored 52 on the final', 'Em gửi kèm mock_test.zip và poster.ai, file ghi âm dài 1:06:17',
    // a colon far from the platform's name announces nothing (only an '@' counts that far on)
    'I use Telegram for my school group chats every day, note: lesson_3 is moved',
    // a question about a platform that asks for no handle; eight digits from a 1 with no word for a call; a year
    'Is Zoom or Skype better?\nI booked room_2 for 18:00', '수업 1588 1234 원', 'Năm 1900 1945 lịch sử',
    // numbered steps with spaces after the dots; a point of view
    'IP lessons: 10. 20. 30. 40 then 50', 'это моя точка зрения, ru',
    // Latin words in a sentence of another script after a platform's name that have no handle's shape: a
    // lesson, a product, a version, a time, a file; a brand with a capital inside after a request
    'LINEで送ったlesson3のプリント見てね', 'インスタに上げたiPhone15の写真', 'LINEのバージョンv13.2にして',
    'カカオトークで10amに電話します', 'LINEで送ったessay_2.pdfを見て', 'LINEで送った2024_scoresを見て', '텔레그램으로 보낸 Unit3 숙제',
    'I post on Telegram too, search YouTube for the rest',
    // "disc" with no word or tag before the word after it; "face" and "Line" joined by hyphens; "it's" and a
    // plain word; a hyphened word in a Japanese sentence; a build number in brackets
    // files uploaded or listed beside an Illustrator file; a candidate's number; an IBAN that fails its check;
    // a Korean emoticon of ㅡ
    '@admin さん、ゼミのレジュメdeck.ai上げときました', '今日のファイル：intro.ps、deck.ai、vocab.apkg', 'Số báo danh 012386238833, phòng thi A328',
    'find the error: FR49 4040 6765 6828 3247 8682 938', 'ㅡㅡ 진짜 010 아니야',
    // "face" and a dash alone after it
    'the face - top_3 angle',
    '@everyone the Telegram group is up', 'I like Face ID better_2', 'burn it to a disc 2024_backup', 'I saved lesson_3 on disc', 'the disc: scratched', 'face-to-face lessons are better', 'Line-by-line reading of the poem', "I use Discord, it's great",
    'LINEがWi-Fiで繋がらない', 'Bot flashcard trên Tele đứng ở bản 14.2.3 (21B181), báo lỗi 3',
    // a file of a language's code with a path after it
    'run it as main.py/foo in the shell',
    // a word before a spaced '@'; a date and a number after it; a date and an hour
    'Follow us @tutorhub.jp', 'Cô nghỉ sinh từ ngày 9 tháng 11 đến 01-04-2026. 59 buổi còn lại vẫn giữ nguyên', '2026-10-26 10 pm에 뵙겠습니다.',
    // the minutes of a time before a date; scores in points (점) after a server's name
    'Домашку пришлите файлом essay-v2.pdf до 21:45 07.08.2026', '서버 대회 점수: 100점 90점 180점 70점',
    // one long number in groups of one space, a phone number's digits inside it; an IBAN failing its check;
    // digit groups with underscores inside a file's name
    '学割証明書の番号070 949 5538 7629、有効期限は4月1日', 'Номер полиса ОМС 459 249 5453 09 — он не нужен', 'which IBAN is right? HU62 0513 5421 3307 9645 6047 9836',
    'see 0175_830_7597_b.pdf and scan_0175_830_7597.pdf',
    // Signal, a word: nothing plain after it; a booking number; a number after '=' whose key names no phone; a masked number
    'no signal here, 5G only', 'Signal: weak', 'I was tired. then. me too', 'Nhóm FB chung cư, tìm mình nha', '예약번호 010-5306-2784', 'id=09012345678', 'thẻ 0901-****-5678 của em',
    // a MAC address after "MAC", its first pair Facebook's short name; "ins" and a plain word; "search" after "ID"
    'Для школьного вайфая нужен MAC-адрес ноутбука: FB-06-09-AB-4E-FD', 'the ins and outs of it', 'add me in Line app (ID search, not phone)', '점수 90점컴퓨터',
    // a plain word replying to a question about the platform alone
    '[09:41] Kiệt: m có tele k\n[09:41] Hân: có chứ',
    // numbers that no plan knows, in digits or with two digits said in words; requisites and an order named in Russian, also in Latin letters
    'call 694 692 3877', 'call 694 692 38 seven seven', 'call six nine 4 692 3877', 'I scored eight eight eight eight, then nine nine nine nine', 'БИК 040349297, КПП 777701231 — реквизиты школы', 'zakaz 0190595214 priedet zavtra',
    // a platform named, and near it only numbered things, files and programs; a director; romanised Japanese "wa"
    'I will send the notes on LINE later, lesson12, essay_2.pdf and main.py', 'наш директор ivan_petrov88 ответит', 'heya wa B-384 desu yo',
    // Vietnamese beef noodles; a plain word after a platform, not disguised; "za lô" (Zalo) inside "pizza lô"
    'ăn phở bò 50k nha', 'Snap me later, niamh',
    // an account's words that announce nothing; a gram of something
    "SWIFT/BIC for the school's account is CHASUS33, it's on the invoice", "I'm locked out of my account (2FA codes go to my old SIM)", 'add 200 gram of sugar_free syrup', 'Đặt pizza lô 2 ở quán mario_pizza88 nha',
    // "dot" between words of a sentence, and "chấm" (to mark) on the line after a handle is asked about
    'I bought a polka dot dress on Instagram', 'line của mình?\nchấm hay gạch dưới vậy bạn', 'Telegram me: s o r r y I was late',
    // letters beside digits in words that are no number's
    'lol I got 10lbs, the 2o24 edition, version 3.1O', 'Model lO-2024 costs 1000 yen, order 4O5 at 10am',
    // a spaced '@' after a word: a place
    "let's meet @ starbucks, my Telegram is for later",
    // commas between words before a slash
    'yes, no/maybe, idk', 'Tokyo, Osaka, Kyoto/Nara, then home',
    // ㆍ between Korean words, a list's bullet
    '국어ㆍ영어ㆍ수학 학원 등록',
    // counts and scores with words between
    'I scored 10 then 12 then 15 then 20', 'ждём 5 минут, потом 10, потом 15',
    // columns of amounts and scores, a line each
    'Quantities:\n120\n450\n300\n780', 'Điểm:\n8\n9\n10\n7\n6\n5\n8\n9',
    // amounts, counting and doubles read in groups; amounts with words between
    'hai trăm, ba trăm, bốn trăm, năm trăm nghìn đồng', 'mot hai ba bon nam sau bay tam chin muoi', 'double five, double six, double eight, double nine',
    'десять, двадцать, тридцать, сорок', 'Bought 250 rồi 300 rồi 450 nghìn', 'We sold 1200 then 3400 then 5600 units',
    // words that hold a platform's name ("online"), capitals and the alphabet spaced out, parts of one character, a version
    '온라인 수업 순서: a b c d e f g h', 'Instagram is L I T E R A L L Y everything', 'kids under score 5 on Instagram tests', 'WhatsApp me re: v2 dot release notes',
    // a hash in a file's anchor beside a mention; a range of hundreds; litres
    'cc @bob: the readme#usage.md section', '범위 1600-1800 입니다', 'Tanks: 100l 200l 500l',
    // prices and counts read in groups
    'ba trăm nghìn một buổi, hai mươi buổi là sáu triệu', 'сто рублей за двадцать минут, сорок пять человек, тридцать три урока',
    // Russian words that start as VK's name does
    'очень вкусно, вклад ivan_88 внёс вчера',
    // the names of fields and settings under word-like top-level domains
    'git config --global user.email, then user.name; the row.id and event.date fields',
    // emoji beside numbers that are no number's groups; years a line each
    'score 5🔥 2 nights 🎉 at 7', 'room 12 🎉 34 people 🎉 5678 cups', 'years:\n2019\n2020\n2021\n2022\n2023',
    // a small word before digits that pass an IBAN's check with it as the country code; an IBAN's shape in mixed case
    'we start at 61 1904 3002 3457 3201 units', 'De89 3704 0044 0532 0130 00',
    // items of a list parted by middle dots; tildes and asterisks around words; "d0t" alone; C++ scopes and times with spaced colons
    // two Latin words side by side in a message in another script: a version, a word after a handle, a platform's name
    '앱 LINE 15.8.3, 폰 iOS 17.0.2 로 업데이트했어요', 'Обновил приложение до Telegram 10.9, систему до HarmonyOS 4.2',
    // "as" and a manner, a time or a role after "me on" and a platform
    "I'm on LINE as usual", "I'm on Discord as well", "I'm in Telegram as always, ping me", 'add me on Discord as admin',
    // five single characters after a colon that follows no platform's name, or with no digit
    'score: 1 2 3 4 5 on LINE', 'LINE: a b c d e', 'LINE: s o r r y',
    // テレ inside a word of katakana (television, telework)
    'テレビで見た @nhk_news の特集', 'テレワーク中 @abc_def',
    // a reply with a hyphened word; a JSON key "line" before a number
    'LINE교환 할까요?\n아이디 well-known 이에요', '{"line": 3, "col": 5}',
    // counting in Korean words; daiji and words of Korean numbers inside other words
    '하나 둘 셋 넷 다섯 여섯 일곱 여덟 구령 맞춰서', '参加者は3名、陸上部は5名です', '넷플릭스 보고 둘이서 셋째 날',
    // ranges and products with tildes and asterisks; a masked number
    '가격 12000~15000원', '営業時間 0900~1800', '일정 20261204~20261210', 'size 1920*1080*60', '090-****-5678', '5 * 3 * 2 = 30',
    // Hangul letters typed alone; threads that are no platform
    'ㅋㅋㅋ 진짜 웃겨 ㅠㅠ', 'the threads are tangled again', 'ㅋㅌ 없어요',
    // a word after a platform, then a contact's label with no value
    'Skype tomorrow — email me later', 'I use Skype daily; mail is slow',
    // an x or an X that is no platform's name before an '@'
    'size x @2x retina', '3 X @home', 'x @abc', '엑스레이 찍었어요 @병원',
    // sums, and scores with の次に between
    'total 100 + 200 + 300 + 400 = 1000', '1200 + 3400 + 5600 units', '点数は80の次に90の次に70', '1000 then 2000 then 3000 then 4000 steps',
    // bread and other counts in Korean
    '빵 두 개 사고 우유 한 개, 삼각김밥 세 개', '빵 이 개 오 천 원 에 삼 개',
    // words joined by a missing space near "site" and "blog"
    'the site is slow today.how are you', 'my blog, anyway. Team.work matters', 'the website was down, I\'m a.pro at this',
    'HTML・CSS・JavaScriptの講座', '撮影: photo・video', 'スキル: aws・gcp・azure', 'the site crashed again.today we fix it', 'my blog is about cooking.love it', 'anh oi ba 39 tuoi roi ma van chua lay vo',
    'インスタ用にiPhone 15で撮った写真', 'Discord на Windows 10 не запускается', 'ТГ-канал про F1 2024', 'Costs: 4600 + 5280 + 4528 + 6776 = total', '구령: 하나 둘 셋 넷 둘 둘 셋 넷', 'meet ~at~ noon *at* the cafe', 'the d0t matrix', 'std::vector and :: alone', 'at 12 : 30 : 45 ok', 'dead :: beef :: cafe',
    // timetables in four digits joined by tildes, and "as" before a manner after a platform's name
    '営業時間は0900~1200~1800です', 'open 0930 ~ 1730 ~ 2100 daily', 'Line: as expected, it was fine', 'Skype: as if I use it',
    // "line" as a place in a text or in code
    'see Line 42: init_db', '{"file": "app.ts", "line": "main_loop"}', '{"line": "error_handler", "col": 5}',
    // what an account is doing or is like, after "my … is"
    // "dotcom" in its everyday sense, and as a name
    'the dotcom bubble burst', 'he made millions in dotcom', 'remember pets dotcom era', 'Kim Dotcom is in the news',
    'my Discord is lagging so bad', 'my WhatsApp is blowing up', 'my Viber is updating', 'my kakao is dead lol', 'my WhatsApp is drowning in group chats',
  ];
  for (const text of clean) {
    it(JSON.stringify(text), () => {
      expect(found(text)).toEqual([]);
    });
  }
});

describe('detect: input', () => {
  it('returns no findings for an empty text', () => {
    expect(detect('')).toEqual([]);
  });
  it('refuses a value that is not a string', () => {
    expect(() => detect(42 as unknown as string)).toThrow(/must be a string/);
  });
  it('gives a score and the rule that fired', () => {
    const [f] = detect('tanaka@gmail.com');
    expect(f.score).toBeGreaterThan(0.5);
    expect(f.rule).toBe('email.address');
  });
  it('reads long texts of one shape repeated, numbers and handles by the thousand among them', () => {
    // (a run of thousands of numbers once overflowed the stack; each of these once took seconds)
    expect(detect('25 '.repeat(10000)).length).toBeGreaterThan(0);
    expect(detect('a.'.repeat(20000))).toEqual([]);
    expect(detect('x@'.repeat(20000))).toEqual([]);
    expect(detect('тг '.repeat(20000))).toEqual([]);
    const emails = detect('a@b.co '.repeat(5000));
    expect(emails).toHaveLength(5000);
    expect(emails.every((f, k) => f.type === 'EMAIL' && f.start === 7 * k)).toBe(true);
    const handles = detect('Skype: ab_1 '.repeat(3000));
    expect(handles.map((f) => f.type)).toEqual(new Array(3000).fill('MESSENGER_ID'));
  });
  it('reads in linear time texts where each match once sent a search to the end of the text', () => {
    // (each of these took from five seconds to a minute, the square of its length; the spelled digits overflowed the stack)
    expect(detect('X@'.repeat(64000))).toEqual([]);
    expect(detect('x/0901234567 '.repeat(20000))).toEqual([]);
    expect(detect('공일'.repeat(64000))).toEqual([]);
    const broken = detect('телега ab_1 cd '.repeat(40000));
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((f) => f.type === 'MESSENGER_ID')).toBe(true);
  });
});
