/**
 * Fourteenth blind held-out set: templates and generators written on 3 December 2026 by someone who had
 * not read the detector's rules, nor its tests, its evaluation or its documentation; only the
 * specification of what it must find and this corpus folder (the generators and templates, to learn the
 * span conventions). Lines built from these carried `split: "heldout"`, replacing the thirteenth blind set
 * of 3 December (templates-blind13.ts), until the fifteenth blind set of 4 December 2026
 * (templates-blind15.ts) replaced them; development lines since.
 *
 * What the set covers. New situations for the same tutoring marketplace in the five languages, each with
 * some of its own besides shared ones: scuba refreshers, rowing clubs, violin luthiers and
 * camera repairers, tea ceremony and ikebana classes, kendo, kyūdō and taekwondo dojangs, Vovinam and đàn
 * tranh lessons, children's ice hockey and ski sections, hiking clubs, tourist rallies (турслёт), horse
 * riding, bard-song evenings, KVN teams, Model UN, debate tournaments and spelling bees, university club
 * recruiting (新歓, 동아리), alumni visits for job hunting (OB訪問), mock interviews and CV reviews,
 * internships, genealogy with relatives abroad, pet relocation abroad, house-sitting, sublets
 * and house-mates, volunteer interpreters for refugees, food banks and community fridges, YouTube
 * collaborations and Twitch moderators, LAN parties and board-game cafés, children's magicians, carol
 * singing, bonfire night, Secret Santa, Thanksgiving potlucks, pantomimes, Duke of Edinburgh expeditions,
 * bon-odori practice, fireworks spots, snowboard camps, car inspections (車検), side dishes shops,
 * laundries, study rooms and exam-prep groups (공시생, ЕГЭ, IELTS), second-hand pianos, nail salons and
 * personal trainers who ask to be paid outside the app, motorbike taxis, night markets, Sa Pa homestays,
 * engagement ceremonies (đám hỏi), Mid-Autumn lanterns, book cafés, moves to Malaysia, Indonesia,
 * Mongolia, the Emirates, Qatar, Azerbaijan, Kyrgyzstan, Mexico and Brazil, Moldovan and Ukrainian accounts, and tutors who
 * want to go on without the platform; and message shapes the older sets did not use: git config
 * commands, crontab MAILTO lines, Dockerfile LABEL maintainer lines, Cargo.toml authors, security.txt
 * contacts, sms: links with a body, Telegram bot deep links and folder links, WhatsApp business short
 * links and channels, LINE links with the at sign percent-encoded, LINE official account ids (@ and three
 * digits), Kakao open profiles, Discord user links, Messenger links, VK and X (Twitter) ids and links,
 * numbers engraved on earphone cases, a note that the filter eats at signs with a stand-in character
 * explained, and lists of ids one per line. Messenger ids are about a quarter of the entities, named in all
 * five languages and scripts by fillers of their own per platform (LINE, KakaoTalk, Telegram, Instagram,
 * Discord, WeChat, Skype, Facebook, VK, X, Signal; Russian ones in the accusative and prepositional cases),
 * with ids in each platform's style; numbers given for WhatsApp, Viber, Zalo, MoMo or a transfer are
 * labelled as phones. All entities come from the writers below (`blind14Entity`), none from the older
 * sets: phone numbers of Japan (mobiles, Chiba, Saitama, Kumamoto, Nagasaki, Gifu and Akita landlines),
 * Korea (mobiles, Seoul and Gyeonggi landlines with three- and four-digit exchanges, the eight-digit
 * business numbers), Vietnam (mobiles of every carrier, Bắc Ninh, Ninh Bình, Gia Lai, Kiên Giang, Đắk Lắk
 * and Hải Dương landlines), Russia (mobiles, Tula, Yaroslavl, Tomsk, Kaliningrad, Sochi and Chelyabinsk
 * landlines), the US, Canada, the UK (mobiles, Leicester, Southampton, Reading, York, Exeter and Swansea
 * landlines), Germany, France, the Netherlands, Poland, and Malaysia, Indonesia, Mongolia, the Emirates,
 * Qatar, Kyrgyzstan, Azerbaijan, Mexico and Brazil, kept only when libphonenumber-js says the number is
 * valid for its country and its written form reads back as the same number; links to event, booking,
 * shop, form, streaming, map, file and link-in-bio sites, bare domains of generic, country and
 * internationalised top-level domains (in Unicode or in punycode); cards of Visa, Mastercard (both
 * ranges), Amex, JCB, Discover, Diners, UnionPay, Mir, RuPay, Troy and NAPAS (Luhn); IPv4 (public,
 * private, shared address space) and IPv6 addresses; IBANs of countries the older sets used little
 * (Austria, Switzerland, Liechtenstein, Luxembourg, Malta, Cyprus, Bulgaria, Gibraltar, Saudi Arabia,
 * Qatar, Bahrain, Kuwait, Jordan, Israel, Azerbaijan, Moldova, Ukraine, Belarus, besides Germany and the
 * UK; mod 97); My Numbers and resident (and alien) registration numbers with their check digits, always
 * with a context word. Disguises stay within the specification, in written forms the older sets did not
 * use: circled digits and letters (NFKC forms), keycap emoji digits, emoji between digit groups, digit
 * groups on separate lines, digit groups joined by words (then, 다음에, потом, rồi), look-alike digits
 * (O and l for 0 and 1, 〇 among Latin digits, ㅇ for zero in Korean, Cyrillic О, З and б for 0, 3 and 6),
 * the plus sign as an emoji, groups written in turn as digits, words and full-width digits, British
 * readings with double and triple, Russian numbers read in groups as number words (девятьсот
 * шестнадцать, сорок пять), Vietnamese numbers read as hundreds (một trăm hai mươi ba, linh, mốt, lăm, with
 * and without diacritics), Korean readings with 빵 for zero; at and dot in new words and brackets (эт, дот,
 * d0t, 에이티, ㆍ, ・, {at}, <dot>), the small commercial at, ideographic and middle dots, commas for dots,
 * e-mail addresses split over two lines or written as a string concatenation, or with the at sign swapped
 * for another character that the message explains, local parts read out with underscore and dot words,
 * letters spaced out, roman-numeral and other look-alike letters, links with the h of the scheme left off
 * (ttps://), odd schemes, spaces before the top-level domain, slashes said aloud, hosts and paths on
 * separate lines, handles with their underscores and dots said aloud (アンダーバー, 언더바, нижнее
 * подчёркивание, gạch dưới), handles broken by a space or spelled letter by letter, full-width or spaced
 * at signs; besides some full-width and zero-width forms. Hard negatives (`blind14Filler`, and the
 * language's own traps written into the templates): the at sign in code that is no address (git reflog
 * and stash refs, numpy's matrix product, Docker image digests, npm scoped packages, Swift property
 * wrappers, Vim macros, SQL Server's @@ROWCOUNT, Excel's implicit @, R slots, Perl arrays), @everyone and
 * its translations, game UIDs, exam, candidate, student, member and record-book numbers, Wildberries article
 * numbers and Ozon orders, ISBN-10s, VAT numbers, DS-160 confirmation codes, Wordle shares, UCAS points,
 * golf handicaps, darts checkouts, cricket scores, cube times, heart-rate zones, blood tests, pressure in
 * hectopascals, seismic intensity, deviation scores, Korean grades and credit averages, Vietnamese exam
 * ids, lottery results, fuel prices, the VN-Index, exchange rates, building norms (СНиП), route taxis,
 * university group names (ИУ7-34Б), licence plates, addresses and road names, article, member and order numbers,
 * promo codes, versions, the at and dot words in their everyday senses (アットホーム, 빵점, банк «Точка»,
 * chấm than), digit words in idioms, messengers and their products named with no id, and reminders not to
 * post contact details (all digits checked to be no phone number of the message's own country, the US or
 * the UK, no card number and no My Number).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { domainToASCII } from 'node:url';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, parts, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in Q: MAILQ (an e-mail), MAILSWQ (an e-mail whose at sign, when disguised, is swapped for
// a character the message explains), TELQ (any phone), MOBQ (a mobile given for WhatsApp, Viber, Zalo),
// OWNQ (a mobile of the language's own country: a transfer by phone number), MYQ, AZQ, AEQ, MXQ, BRQ,
// MNQ, KGQ, IDNQ, QAQ (a mobile of Malaysia, Azerbaijan, the Emirates, Mexico, Brazil, Mongolia,
// Kyrgyzstan, Indonesia, Qatar),
// WEBQ (a website), CHATQ (any messenger link), TGLQ, WALQ, KKLQ, LNLQ, ZLLQ, DCLQ, FBLQ, VKLQ (links of
// Telegram, WhatsApp, KakaoTalk, LINE, Zalo, Discord, Facebook, VK), IDQ (an id for any messenger), LNQ,
// KKQ, TGQ, IGQ, DCQ, WXQ, SKQ, FBQ, VKQ, XQ, SGQ (ids in the style of LINE, KakaoTalk, Telegram,
// Instagram, Discord, WeChat, Skype, Facebook, VK, X, Signal; LNOQ a LINE official account), CARDQ, IPQ,
// IBANQ (IBANDEQ a German one), MYNQ, RRNQ (ARCQ an alien registration number). Every other
// slot is a filler of this set, ending in Z: LINEZ, KKZ, TGZ, IGZ, DCZ, WXZ, SKZ, FBZ, VKZ, XZ, WAZ, ZLZ
// and ANYZ name a messenger, TGAZ, TGPZ, VKPZ and ANYPZ their Russian accusative and prepositional forms;
// the rest are hard-negative fillers. Only the first 40 negative templates and the first 20 positive ones
// (for the plain lines) of each language are used in order; the disguised lines draw from all the
// positive ones.

// ---- English ------------------------------------------------------------------------------------

const EN14_POS: string[] = [
  "Scuba refresher before the trip 🤿 the dive shop only books by phone: {TELQ} (ask for Marisol, she does the pool sessions)",
  "git config --global user.email \"{MAILQ}\"\n^ is that the right command? my commits keep showing up under my old name",
  "Model UN delegates: position papers go to {MAILQ} by Friday, committee chat is here {CHATQ}",
  "Kids' magician for Theo's 7th 🎩 Barnaby, {TELQ} — he does balloon animals too",
  "The tea ceremony class has a LINE official account 🍵 search {LNOQ} and tap add",
  "Sublet for July–August, room in a 3-bed near the park 🏠 photos at {WEBQ}, message Quentin on {WAZ} {MOBQ}",
  "Violin seam's come unglued 🎻 the luthier in town is Anselm Rooke, {TELQ}, closed Mondays",
  "Twitch mod applications for my study-with-me streams ✨ DM me on {DCZ}: {DCQ}",
  "Debate tournament pairings go up in our Telegram, join via {TGLQ}",
  "X: {XQ} — I post the daily idiom threads there 🧵",
  "Genealogy update: my great-aunt in Toronto has the family bible and is happy to chat, {TELQ} (she's 91, call before 8pm her time)",
  "Book-binding workshop deposit goes to {IBANQ}, reference BIND plus your initials",
  "sms:{TELQ}?body=LESSON%20CONFIRM\n^ the 'text us' button on the academy page, tapping it on a laptop does nothing",
  "Secret Santa 🎅 send your wishlist to the organiser, {MAILQ}, by the 10th",
  "VK: {VKQ} — my Russian tandem partner says that's easier for her than WhatsApp",
  "Card for the ice-hockey kit order: {CARDQ} (only for this, I'll cancel it after)",
  "House-sitting while I'm away 🐈 key's with my neighbour, {TELQ}, and the router's at {IPQ} if the wifi needs a restart",
  "My Number for the Japanese pension refund form: {MYNQ} — the agent asked me to send it here, is that safe?",
  "The Korean employer's payslip form wants my alien registration number, {ARCQ}. Do I keep the dash?",
  "pls add me on {LINEZ}, it's {LNQ} (all lowercase, no spaces)",
  "MAILTO={MAILQ}\n0 6 * * 1 /home/tutor/bin/run-backup\n^ crontab on the lesson server, will it email me if the backup fails?",
  "LABEL maintainer=\"{MAILQ}\"\n(top of the Dockerfile for the vocab app, do I need the quotes?)",
  "Personal trainer at the gym said text her rather than book through the app, {TELQ}, Coach Imani 💪",
  "Camera repair guy who fixed my Pentax 📷 {IGQ} on insta, he answers within the hour",
  "Food bank volunteer rota is at {WEBQ}, the van driver's mobile is {TELQ}",
  "Duke of Edinburgh expedition: emergency contact for our group is Mr Okoro, {TELQ}",
  "Board-game café on Friday 🎲 their insta's {IGQ}, they post which tables are free",
  "Spelling bee sign-up closes Sunday, the school form is at {WEBQ}",
  "[package]\nname = \"flashcards\"\nauthors = [\"Wren Castellano <{MAILQ}>\"]\n^ Cargo.toml for my Rust homework, is the email meant to go in angle brackets?",
  "Contact: mailto:{MAILQ}\nPreferred-Languages: en, ja\n^ the security.txt for the club site, is that all it needs?",
  "Found AirPods at the climbing wall 🎧 there's a number engraved on the case: {TELQ}",
  "Pet relocation firm for moving Miso to Seoul ✈️🐈 the agent's on {WAZ}: {MOBQ}",
  "YouTube collab? business enquiries to {MAILQ}, I check it on Sundays",
  "Thanksgiving potluck 🦃 sign-up sheet: {WEBQ}. Allergies to Cordelia, {TELQ}",
  "Skype still works for Grandpa, so add him: {SKQ}",
  "Moving to Kuala Lumpur next month 🇲🇾 new number {MYQ}, same WhatsApp",
  "CV review with the alumni mentors, book via {WEBQ} or email Ms Adeyemi, {MAILQ}",
  "Kakao id for the taekwondo master who runs the summer camp: {KKQ}",
  "Carol singing at the care home 🎶 meet outside at 6, Bronwen's number is {TELQ} if you get lost",
  "Reading club moved to WeChat for the Shanghai members, add {WXQ}",
  "the usual place, same name as always: {IDQ} on {ANYZ}",
  "Rowing club Facebook group: {FBLQ} — the rota's in the pinned post",
  "Pantomime refund goes back to this card please: {CARDQ}, not the old one",
  "Community fridge: text Saoirse on {TELQ} before you drop anything off 🥕",
  "LAN party Discord 🖥️ {DCLQ} — bring your own cable",
  "Mock interview practice? Signal's fine, I'm {SGQ}",
  "Rowing gala tickets: bank transfer to {IBANQ} please, and ping me on {WAZ} ({MOBQ}) once it's sent",
  "Bonfire night car share 🔥 whoever's driving, I'm {TGQ} on {TGZ}",
  "My sister's doing a year in Mexico City 🇲🇽 her local number is {MXQ}, WhatsApp works on it",
  "Internship referral: the hiring manager wants CVs straight to {MAILQ} 🙏",
  "Send the essay to {MAILSWQ} — if there's a # where the at sign should be, that's the chat filter, just swap it back",
];

const EN14_NEG: string[] = [
  "git stash apply stash@{0} wiped my notes?? or is it HEAD@{1} I need to go back to",
  "numpy question: C = A @ B.T gives a shape error, (3, 4) @ (3, 4) can't work, right?",
  "docker pull python@sha256:{SHAZ} — pinning by digest like the guide says",
  "npm i @angular/core@{SEMVERZ} broke the build, rolling back tonight",
  "Wordle {WORDLEZ} 🟨⬜🟩⬜⬜ beat my sister again",
  "UCAS points for A*AB = {UCASZ}, is that enough for the languages course?",
  "VAT reg no. {VATZ} is on the invoice from the textbook supplier, that's theirs, not mine",
  "Genshin UID {UIDZ}, AR {NUMZ} — co-op later? 🎮",
  "Flight BA{FLTZ} lands 06:40, gate B{NUMZ}, I'll get the tube from there",
  "Cricket: 247/6 off 50, Dev got 88 not out 🏏 the teas were excellent",
  "Darts: 170 is T20 T20 Bull, I'm still stuck on 32 🎯",
  "Blood test: ferritin {FERRZ}, vitamin D {VITDZ} — GP says take supplements over winter",
  "DS-160 confirmation no. {DSZ}, interview at the embassy on the 14th",
  "Swift question: @State private var count = 0 — why doesn't the view update?",
  "In Vim, qa starts a macro and @a replays it, @@ repeats the last one",
  "SQL Server: SELECT @@ROWCOUNT after the UPDATE returns 0, what am I missing",
  "Excel put =@A2:A{NUMZ} in by itself when I opened the old file, what's the @ for?",
  "R: model@coef doesn't work but model$coef does — S4 vs S3?",
  "Perl: my @names = qw(Ana Ben Cai); print scalar(@names); — why 3?",
  "ISBN-10: {ISBNTENZ} is the old edition, the new one has the blue cover",
  "Parcel locker PIN changes every time, so I'm not posting it 🙃",
  "Heart-rate zones: Z2 {HRZ} bpm, Z4 {HRZ} bpm, coach wants 80% in Z2",
  "Rubik's cube: average of 5 = {CUBEZ}, PB single {CUBEZ} 🧩",
  "Room {ROOMZ} in the science block, not the annex",
  "Golf handicap {HCPZ}, off the yellow tees, {NUMZ} over today ⛳",
  "Spotify says {NUMZ},{THREEZ} minutes of French podcasts this year, not bad",
  "Gmail storage is full again so I can't attach the recording, I'll bring it on a USB stick",
  "Mrs. T. says the essay's due at 9 a.m., not p.m., and 1,500 words max",
  "Model answer: x = {DECZ}, y = {DECZ}, check by substituting into 3x + 2y = 7",
  "Oven at 180°C (160 fan) for 25–30 min — Ms. Hale's Victoria sponge",
  "Train 1S{NUMZ}, the 07:12 from Reading, coach C seat {NUMZ}",
  "{TICKZ} dropped 4.2% today, my economics project is ruined 📉",
  "Chapter 12.3, exercises 4–17 odd, p. 212",
  "Snowdon is 1,085 m, we did it in 5h 20m 🥾",
  "The filter flagged my message because I wrote 'at' and 'dot' in one sentence 😂 we were doing prepositions!",
  "Telescope: f/{NUMZ}, 1200 mm focal length, 25 mm eyepiece = 48x",
  "Exam board code {BOARDZ}, candidate no. {CANDZ}, centre {CENTREZ}",
  "@everyone the quiz is postponed, not cancelled",
  "Postcode {POSTZ} for the venue, parking's free after 6pm",
  "Semver question: 2.0.0-rc.1 < 2.0.0 but > 1.9.9, right?",
  "Ask on WhatsApp? nah, the class chat is muted, see you Thursday",
  "Sock yarn: 4 ply, 75% wool, 400 m per 100 g, needles 2.5 mm 🧶",
  "dot dot dash dash — my Morse homework is due Friday",
  "Raspberry Pi hostname is classroom-pi but I can't find it on the network",
  "Skating test: level {NUMZ} passed, next one in {MONTHZ}",
  "Yoga class moved to room {ROOMZ}, same time, bring your own mat",
  "Budget for the trip: {CASHZ} each, split {NUMZ} ways",
];

// ---- Japanese -----------------------------------------------------------------------------------

const JA14_POS: string[] = [
  "【茶道体験】初心者歓迎です🍵 申込は{WEBQ}から、当日の連絡は先生の携帯{TELQ}へ",
  "生け花教室のLINE公式アカウントです→{LNOQ}　友だち追加すると花材の案内が届きます💐",
  "OB訪問の件、先輩が直接メールくださいとのことです：{MAILQ}（件名に大学名を入れてね）",
  "卒業旅行の立替分、ドイツ留学中の先輩の口座に振り込んでほしいそうです→{IBANDEQ}",
  "弓道部の新歓🏹 質問はインスタのDMへどうぞ {IGQ}",
  "スノボ合宿の幹事です🏂 緊急時は{TELQ}に電話してください（夜10時まで）",
  "git config --global user.email \"{MAILQ}\"\nってやったのにコミットの名前が変わりません😇",
  "バイオリンの修理、工房の佐伯さんにお願いしました🎻 {TELQ}、月曜定休です",
  "ディスコのサーバー招待です→{DCLQ}　LANパーティーの連絡はここで🖥️",
  "X（旧Twitter）は{XQ}です、毎日英単語をポストしてます",
  "盆踊りの練習、町内会の小松さんの番号{TELQ}、夕方なら出られるそうです",
  "花火大会の場所取り組はテレグラムのグループへ🎆 {TGLQ}",
  "ペットの海外輸送、代理店の担当さんは{WAZ}で{MOBQ}です🐈✈️",
  "マイナンバー、年末調整の英語の書類にも書くんですか？{MYNQ}で合ってるかな",
  "帰省の相乗り🚗 {LINEZ}で連絡ください、IDは{LNQ}です",
  "剣道の道場、問い合わせはメールのみだそうです→{MAILQ}",
  "英検の二次対策、オンラインでお願いできますか？スカイプは{SKQ}です",
  "韓国のバイト先に外国人登録番号（{ARCQ}）を出せと言われました…大丈夫でしょうか",
  "研究室のラズパイのIPは{IPQ}です、sshで入ってください",
  "ICカードを忘れたのでこのカードで払ってもらえますか💦 {CARDQ}",
  "ボードゲームカフェ🎲 予約は{WEBQ}、電話なら{TELQ}",
  "ネイルサロン、予約サイト通すより直接のほうが安いって💅 インスタ{IGQ}",
  "部屋の又貸しの件、大家さん経由はダメで、この番号に直接→{TELQ}",
  "マレーシアに引っ越しました🇲🇾 新しい番号は{MYQ}、WhatsAppも同じです",
  "VKやってますか？ロシアのタンデム相手が{VKQ}だそうです",
  "サークルのWeChatグループ用に、上海の子は{WXQ}を追加してください",
  "バイト先の店長の番号です：{TELQ}　シフトの相談はこっちでお願いします",
  "記号が消されちゃうので、メールは{MAILSWQ}です（★になってたら＠に変えてください）",
  "MAILTO={MAILQ}\ncronのバックアップ、失敗したらこのアドレスにメール来ますか？",
  "Dockerfileに LABEL maintainer=\"{MAILQ}\" って書いたけど合ってますか？",
  "同人誌の通販はこちら→{WEBQ}　イベントで会えなかった方どうぞ📚",
  "なくしたAirPodsのケースに番号を刻印してます：{TELQ}　拾った方はご連絡を…",
  "ホームステイ先のお父さん、Facebookは{FBQ}です、英語の練習相手を探してるって",
  "留学先の大学の学費の振込先：{IBANQ}　手数料はどっち持ちでしたっけ",
  "Zoomじゃなくて{TGZ}で通話しませんか？{TGQ}です",
  "いつものとこで！ID同じです→{IDQ}（{ANYZ}）",
  "家庭教師の件、仲介サイトを通さず直接やり取りしたいので{MAILQ}にご連絡ください",
  "書道展の案内、詳細は{WEBQ}に載せました",
  "緊急連絡網\n・佐々木　{TELQ}\n・本田　{TELQ}",
  "フリマアプリ通さずに買いたいなら{LINEZ}で→{LNQ}",
  "大学祭の実行委員会、お問い合わせは{MAILQ}か{TELQ}まで",
  "台湾の友達のLINEは{LNQ}、日本語も少しできます",
  "sms:{TELQ}?body=予約確認\n↑サイトの「SMSで予約」ボタン、PCだと開きません",
  "引っ越し先のルーター、管理画面は{IPQ}で合ってますか？開かないんです",
  "難民支援のボランティア通訳の登録は{WEBQ}、担当の方は{MAILQ}です",
  "車検の代車の件、ディーラーの担当さんから{TELQ}で電話が来るそうです",
  "カカオトークのIDは{KKQ}です、韓国から来た留学生の子と共有してます",
  "Signalもやってます、{SGQ}で検索してみてください",
  "インスタ：{IGQ}\nX：{XQ}\nメール：{MAILQ}",
  "ブラジルの日系の友達の番号です、{BRQ}　WhatsAppでつながります🇧🇷",
  "テレグラムのボット経由で予約できます→{TGLQ}",
];

const JA14_NEG: string[] = [
  "git stash apply stash@{0}で戻せますか？HEAD@{1}との違いがわかりません",
  "numpyでA @ Bと書くと行列積なんですね、@が演算子だとは知りませんでした",
  "アットホームな教室です！初心者の方もお気軽にどうぞ☺️",
  "原神のUID {UIDZ}です、マルチ手伝ってください🎮",
  "整理番号A{NUMZ}番、開場18:00／開演19:00",
  "受験番号{EXAMZ}、合格発表は3月10日の10時です",
  "請求記号913.6/ム/{NUMZ}、図書館の2階の棚にあります",
  "台風{NUMZ}号の影響で、明日の授業はオンラインになります（リンクは後でこのチャットに貼ります）",
  "震度{SHINDOZ}でした、みなさん大丈夫ですか？",
  "気圧{HPAZ}hPa、頭が痛い…今日はゆっくりめでお願いします",
  "偏差値{HENSAZ}、模試の判定はBでした",
  "出席番号{NUMZ}番です、名簿に名前がありません",
  "品川 300 さ {PLATEJZ}、白いプリウスで迎えに行きます",
  "Swiftの@Stateと@Bindingの違い、英語で説明できますか",
  "Vimで@aでマクロ再生、@@で直前のマクロを繰り返し",
  "LINE Payの残高が足りなくて…今日は現金で払います",
  "JANコードじゃなくて商品番号{ARTZ}で検索してください",
  "漢検{KANKENZ}、英検準1級、TOEIC {TOEICZ}点です",
  "U.S.A.みたいにドットで区切る略語、最近はピリオドを省略することが多い？",
  "のぞみ{NUMZ}号、{CARZ}号車{SEATZ}、東京駅の18番線です",
  "Excelで=@A1と勝手に@が付くのは何ですか",
  "ISBN-10の{ISBNTENZ}は旧版で、新版は表紙が違います",
  "スコア{GOLFZ}、ハンデ{HCPZ}、英語で言うとどうなりますか⛳",
  "Wordle {WORDLEZ} 🟩🟩⬜🟨🟩 今日は簡単でした",
  "体脂肪率{DECZ}%、体重{DECZ}kg、パーソナルトレーニング{NUMZ}回目",
  "440Hzでチューニング、弦は{NUMZ}本張り替えました🎻",
  "〒{POSTZ}　{ADDRJZ}　駐車場はありません",
  "連絡先の交換は禁止です、とチャットの注意書きにありました。授業の質問はここでどうぞ",
  "W杯予選、日本が{SCOREZ}で勝ちました⚽",
  "背番号{NUMZ}、ポジションはボランチです",
  "会員番号{MEMBZ}ですが、ポイントカードは家に忘れました",
  "レシピ：強力粉250g、水175ml、イースト3g、200℃で25分🍞",
  "富士山は3,776m、五合目から6時間かかりました",
  "日付はYYYY.MM.DD（例：2026.12.03）の形式で書いてください",
  "一発合格、二刀流、三日坊主…数字の入った言葉を英語で言うと？",
  "@全員　来週の授業はお休みです",
  "ゼロから始める英会話、第{NUMZ}回です",
  "市役所前から{NUMZ}系統のバスで{NUMZ}分です",
  "部屋番号は{ROOMZ}、オートロックなのでインターホンで呼んでください",
  "ふるさと納税の返礼品、申込番号{ORDERZ}で届きました",
  "iOS {VERZ}にしたらLINEの通知が来なくなりました",
  "npm i @vue/cli したらエラーが出ました…Nodeのバージョンのせい？",
  "お茶会は{MONTHDAYZ}、{HOURZ}から、会費{CASHZ}です",
  "アンダーバーとハイフン、ファイル名にはどっちを使うべき？",
  "Dockerはpython@sha256:{SHAZ}で固定しています",
  "R言語でobj@dataのスロットが取れません",
  "花火大会は雨天順延、順延日は{MONTHDAYZ}です",
];

// ---- Korean -------------------------------------------------------------------------------------

const KO14_POS: string[] = [
  "태권도 도장 여름캠프 신청은 {WEBQ}, 관장님 번호는 {TELQ}예요🥋",
  "등산 동호회 오픈채팅이에요⛰️ {KKLQ} 들어오시면 공지 확인해 주세요",
  "과외 직거래 원하시면 카톡 주세요 {KKQ} (플랫폼 수수료 너무 비싸서요ㅠ)",
  "중고나라에 피아노 올렸어요🎹 직접 보러 오실 분은 {TELQ}로 문자 주세요",
  "헬스 PT 쌤이 앱 말고 직접 연락하래요 {TELQ}",
  "동아리 신입 부원 모집🎸 문의는 인스타 디엠 {IGQ}",
  "교환학생 버디 프로그램, 제 라인 아이디는 {LNQ}예요 일본어로 말 걸어도 돼요",
  "git config --global user.email \"{MAILQ}\"\n이렇게 했는데 커밋 작성자가 안 바뀌어요",
  "반찬가게 사장님이 단골은 전화 주문도 받아주신대요 {TELQ}",
  "독일 유학 중인 선배 계좌로 보내래요 {IBANDEQ}",
  "외국인등록번호 {ARCQ} 적으라는데 이거 채팅으로 보내도 괜찮아요?",
  "일본 알바 서류에 마이넘버 {MYNQ} 적었는데 맞는지 봐주세요",
  "말레이시아로 이사 가요🇲🇾 현지 번호 {MYQ}, 왓츠앱도 이 번호예요",
  "학원 통하지 말고 메일로 연락 주세요 {MAILQ}",
  "위챗 아이디 {WXQ} 상하이 친구들은 이걸로 연락해요",
  "디스코드 서버 초대 링크예요 {DCLQ} 내전 하실 분🎮",
  "엑스(트위터) 계정 {XQ} 영어 공부 계정이에요",
  "이 카드로 결제 부탁드려요 {CARDQ} 확인하면 바로 지울게요",
  "연구실 라즈베리파이 IP {IPQ} ssh로 접속하세요",
  "늘 쓰던 데로 연락해~ 아이디 {IDQ} ({ANYZ})",
  "세탁소에 수선 맡긴 거 찾으러 가야 하는데 사장님 번호 {TELQ} 맞나요?",
  "공시생 스터디 텔레그램방이에요 {TGLQ}",
  "네일샵 예약은 인스타로만 받아요💅 {IGQ}",
  "독서실 총무님 번호 {TELQ}, 자리 연장은 문자로 하시면 돼요",
  "보드게임카페 예약 {WEBQ} 전화 {TELQ}",
  "모바일 청첩장 링크예요💌 {WEBQ}",
  "스카이프 아이디 {SKQ} 캐나다 친구랑 언어교환 해요",
  "골뱅이가 필터에 걸려서ㅋㅋ 메일은 {MAILSWQ} 이렇게 쓸게요 (샵 나오면 골뱅이로 바꿔서 보내세요)",
  "MAILTO={MAILQ}\n크론탭에 이렇게 넣으면 백업 실패할 때 메일 와요?",
  "에어팟 케이스에 번호 각인해 놨어요 {TELQ} 주우신 분 연락 부탁드려요🙏",
  "반려견 해외 이송 업체 담당자분 {WAZ} {MOBQ}",
  "VK 아이디 {VKQ} 러시아 친구가 알려줬어요",
  "라인 공식계정 {LNOQ} 친구 추가하면 쿠폰 준대요",
  "하우스메이트 구해요🏠 사진은 {WEBQ}, 연락은 {TELQ}",
  "페북 메신저로 연락 주세요 {FBQ}",
  "유튜브 협업 문의는 {MAILQ}로 부탁드려요",
  "수영 강습 시간 변경은 강사님께 직접 {TELQ}",
  "sms:{TELQ}?body=예약\n↑ 홈페이지 문자 예약 버튼이 PC에서는 안 눌려요",
  "텔레 {TGQ}로 연락 주세요, 카톡은 잘 안 봐요",
  "해외 송금 받을 계좌 {IBANQ}, 수수료는 제가 낼게요",
  "비자 서류에 주민등록번호 {RRNQ} 이렇게 적으면 되나요?",
  "난민 통역 봉사 신청은 {WEBQ}, 담당자 메일은 {MAILQ}",
  "신입 부원 단톡 링크 {CHATQ}",
  "디코 {DCQ} 추가해 주세요, 같이 공부방 들어가요",
  "집주인 할머니 번호 {TELQ} 보일러 고장 나면 여기로",
  "카톡 아이디 {KKQ}\n(전화번호로 친구 추가는 막아놨어요)",
  "Dockerfile에 LABEL maintainer=\"{MAILQ}\" 이렇게 쓰는 거 맞아요?",
  "시그널 아이디 {SGQ} 번호 공개 안 해도 돼서 좋아요",
  "인스타 {IGQ}\n엑스 {XQ}\n메일 {MAILQ}",
  "몽골 해외봉사 가 있는 동안 현지 번호 {MNQ}, 와이파이 될 때만 확인해요",
  "김장 나눔 신청은 부녀회장님께 {TELQ}",
];

const KO14_NEG: string[] = [
  "git stash apply stash@{0} 하면 돌아와요? HEAD@{1}이랑은 뭐가 달라요",
  "넘파이에서 A @ B가 행렬곱이래요, @가 연산자인 줄 몰랐어요",
  "원신 UID {UIDZ} 멀티 같이 해요🎮",
  "수험번호 {EXAMZ}, 고사장은 3층이에요",
  "모의고사 원점수 {NUMZ}점, 등급은 {GRADEZ}등급",
  "한국사능력검정 {GRADEZ}급, 토익 {TOEICZ}점, 오픽 AL",
  "학점 4.5 만점에 {GPAKZ}, 장학금 받을 수 있을까요?",
  "{ROADZ}, 건물 뒤편 주차장으로 오세요",
  "스쿼트 {NUMZ}kg {NUMZ}회, 데드 {NUMZ}kg 오늘 운동 끝",
  "2호선 {STATIONZ}역 {NUMZ}번 출구에서 만나요",
  "골뱅이무침에 소면 추가요ㅋㅋ 회식 장소 정했어요",
  "소수점 위치가 중요해요: 3.14랑 31.4는 완전 다르죠",
  "카톡 선물하기로 커피 쿠폰 보냈어요☕",
  "엑셀 =@A1 이거 @ 왜 붙는 거예요?",
  "스위프트 @State랑 @Binding 차이 영어로 설명해 주세요",
  "빵점 맞았어요ㅠ 영어 단어 시험",
  "015B 노래 가사 영어로 번역하는 숙제예요",
  "공공기관 채용 공고인데 영어 면접이 있대요",
  "층간소음 기준이 {DBZ}dB래요, 관리사무소에 민원 넣었어요",
  "전용면적 {AREAKZ}㎡, 관리비 {CASHZ}",
  "주문번호 {ORDERZ}, 배송 조회가 안 돼요",
  "ISBN-10: {ISBNTENZ} 구판이에요",
  "Wordle {WORDLEZ} 오늘 단어 어려웠어요",
  "PIN 번호는 절대 채팅에 쓰지 마세요, 선생님이 알려준 규칙",
  "{VERZ} 업데이트 후에 카톡 알림이 안 와요",
  "npm i @nestjs/core 설치하다가 에러 났어요",
  "키 {HEIGHTZ}cm, 몸무게 {DECZ}kg, 인바디 결과 영어로 어떻게 말해요?",
  "등산 코스 {DISTZ}km, 해발 {ALTZ}m⛰️",
  "영하 {NUMZ}도라 오늘 수업은 온라인으로 해요",
  "라인 스티커 선물 고마워요!",
  "학번 {STUKZ}, 과제 제출했어요",
  "오후 {NUMZ}시 KTX, {CARZ}호차 {SEATZ}석",
  "@모두 내일 스터디 취소예요",
  "쿠폰 코드 {COUPONZ} 입력하면 10% 할인",
  "택배함 비밀번호는 문자로 왔으니 여기엔 안 적을게요",
  "시력 좌 {VISZ} 우 {VISZ}, 안경 새로 맞췄어요👓",
  "Docker 이미지는 python@sha256:{SHAZ}로 고정했어요",
  "Vim에서 @a로 매크로 실행, @@로 반복",
  "점수 {SCOREZ}로 이겼어요⚽",
  "사업자 번호는 학원 홈페이지 맨 아래에 있어요, 여기 안 써도 돼요",
  "김장 배추 절임 기록: 염도 {DECZ}%, {NUMZ}시간",
  "우편번호 {POSTZ}, 영어로 주소 쓰는 법 알려주세요",
  "R에서 obj@data 슬롯 접근이 안 돼요",
  "버스 {BUSKZ}번 타고 {NUMZ}정거장 가면 돼요",
  "일석이조가 영어로 two birds with one stone 맞죠?",
  "태권도 {NUMZ}품 심사 합격했어요🥋",
  "토요일 {HOURZ}, 정원 {NUMZ}명, 참가비 {CASHZ}",
];

// ---- Russian ------------------------------------------------------------------------------------

const RU14_POS: string[] = [
  "Лыжная секция, запись на сезон: {WEBQ}, тренер Гордей — {TELQ} ⛷️",
  "Детский хоккей 🏒 форму заказываем через родительский чат, ссылка {TGLQ}",
  "КВН-команде нужен автор шуток 😄 пишите в {TGAZ} {TGQ}",
  "git config --global user.email \"{MAILQ}\"\nа коммиты всё равно от старого имени, почему?",
  "Турслёт в субботу ⛺ ответственный Ефим, {TELQ}, звонить до 21:00",
  "Визовый центр просит скан на {MAILQ}, оригиналы потом лично",
  "Конный клуб, пробная прогулка 🐎 запись на {WEBQ} или по телефону {TELQ}",
  "Вечер бардовской песни 🎸 группа в ВК: {VKLQ}",
  "Выпускной 11 «Б»: деньги на ведущего по номеру {OWNQ} (Сбер), в комментарии фамилия",
  "Шашлыки на майские 🍢 кто едет — отметьтесь у Вадима в {TGPZ}, он {TGQ}",
  "Мой ВК — {VKQ}, в телеге почти не сижу",
  "Репетитор по ЕГЭ предложила заниматься напрямую, без платформы: {TELQ}, Серафима Павловна",
  "Переехала в Баку 🇦🇿 местный номер {AZQ}, вотсап тот же",
  "Бабушкин домашний в Туле: {TELQ}, звоните днём, вечером она у соседки",
  "Перевод за курс — на счёт сестры в Кишинёве {IBANQ}, так дешевле",
  "Малинка в лаборатории: {IPQ}, логин student",
  "Скайп дедушки {SKQ}, он так и не освоил ничего другого 😅",
  "Ник в дискорде {DCQ}, заходи вечером на рейд",
  "Оплата картой друга, он разрешил: {CARDQ} — после оплаты удалю сообщение",
  "Для японской пенсии требуют My Number: {MYNQ} — это безопасно отправлять?",
  "Мастер по скрипкам, Аркадий Львович: {TELQ}, по понедельникам выходной 🎻",
  "Почта для резюме стажёров: {MAILQ}, в теме «стажировка»",
  "Наш бот для записи: {TGLQ} — нажмите «Старт» и выберите время",
  "Инста мастера маникюра 💅 {IGQ}, запись только через директ",
  "Фудбанк ищет волонтёров на развоз 🥫 координатор {TELQ}, таблица смен {WEBQ}",
  "Чтобы фильтр не съел почту, пишу так: {MAILSWQ} (если там решётка — замените на собаку)",
  "MAILTO={MAILQ}\nв кроне так пишется адрес для отчётов?",
  "Нашёл наушники в раздевалке 🎧 на кейсе гравировка {TELQ}, чьи?",
  "Перевозка кота в Ереван ✈️🐈 агент в вотсапе {MOBQ}",
  "В иксе (бывший твиттер) я {XQ}, там выкладываю разборы задач",
  "Корейский работодатель просит регистрационный номер иностранца {ARCQ} — это нормально?",
  "Сдаю комнату на лето 🏠 фото тут {WEBQ}, звоните {TELQ}",
  "Вайбер мамы {MOBQ}, она только им и пользуется",
  "Где обычно, ник тот же: {IDQ}, сижу в {ANYPZ}",
  "Напишите в вичат {WXQ}, там все китайские студенты",
  "Фейсбук организатора {FBQ}, пишите в мессенджер",
  "Ссылка на общий чат курса: {CHATQ}",
  "sms:{TELQ}?body=запись\n↑ кнопка «записаться по смс» на ноуте не работает",
  "Тренер по плаванию: {TELQ}, расписание у неё в {VKPZ}",
  "LABEL maintainer=\"{MAILQ}\" — так правильно писать в Dockerfile?",
  "Донат на приют по номеру {OWNQ}, Т-Банк, Ксения К. 🐾",
  "Лайн японской подруги: {LNQ}",
  "Какао корейского тьютора: {KKQ}, она просит писать туда",
  "Проводник в Хибины: {TELQ}, группа похода — {TGLQ}",
  "Шахматный кружок переехал в дискорд: {DCLQ}",
  "Эссе присылайте на {MAILQ}, не перепутайте с прошлогодним адресом",
  "Тг: {TGQ}\nВк: {VKQ}\nпочта: {MAILQ}",
  "пиши в личку в тг {TGQ}, тут модераторы всё трут",
  "Сигнал: {SGQ}, номер не нужен",
  "Брат в Бишкеке в командировке, местный номер {KGQ}, звоните после обеда",
  "Хозяйка дачи в Калининграде, Нина Петровна: {TELQ}, ключи у неё",
];

const RU14_NEG: string[] = [
  "git stash apply stash@{0} — вернёт правки? А HEAD@{1} тогда что такое?",
  "В numpy A @ B — это матричное умножение, не знала",
  "Группа ИУ7-{NUMZ}Б, аудитория {AUDZ}, пара в 10:15",
  "Артикул на WB {WBZ}, размер 42, цвет графит",
  "Маршрутка {MARSHZ}, выходить на остановке «Поликлиника»",
  "Оплатила через банк «Точка», у них приложение для ИП удобнее",
  "Точка с запятой или запятая? В английском точку с запятой ставят реже",
  "Собака съела домашку — классика, но у меня правда пёс 🐶",
  "Промокод {COUPONZ} даёт 15% на курс, действует до воскресенья",
  "Номер зачётки {ZACHZ}, сессию закрыла 🎉",
  "Олимпиада: {NUMZ} баллов из 100, призёр регионального этапа",
  "Квартира {NUMZ}, этаж {NUMZ}, код домофона не скажу, позвоню снизу",
  "ОГЭ: {NUMZ} баллов из {NUMZ}, оценка «5»",
  "Рост {HEIGHTZ}, вес {DECZ}, размер обуви {NUMZ}",
  "Температура {DECZ}, справку принесу в понедельник",
  "Дом {NUMZ}, корпус {NUMZ}, строение {NUMZ} — навигатор путает",
  "Зарплата {CASHZ}, аванс 25-го",
  "В экселе =@A1 — что за собака появилась в формуле?",
  "Swift: @State и @Binding, объясните на пальцах",
  "В Vim @a запускает макрос, @@ — повтор",
  "Docker: python@sha256:{SHAZ} — зафиксировали образ",
  "Счёт матча {SCOREZ}, овертайм 🏒",
  "Лыжная гонка {DISTZ} км, время {RACEZ}",
  "Бензин АИ-95 — {FUELZ} ₽/л, опять подорожал",
  "ISBN-10: {ISBNTENZ}, старое издание",
  "Wordle {WORDLEZ}, еле угадала",
  "Пароль от вайфая в чат не пишу, спросите на ресепшене",
  "Вагон {CARZ}, место {SEATZ}, поезд {TRAINRZ}",
  "Кабинет {AUDZ}, второй этаж, налево",
  "Индекс {POSTZ} — как писать адрес на английском?",
  "Версия {VERZ} — теперь не вылетает",
  "Заказ {ORDERZ} на Озоне, пункт выдачи у метро",
  "Телеграм опять тормозит, созвонимся в зуме по ссылке из расписания",
  "Курс доллара {RATEZ}, евро {RATEZ}",
  "Задача: 3x + 7 = {NUMZ}, найдите x",
  "Семь раз отмерь, один раз отрежь — переведите на английский",
  "@все завтра пар нет",
  "СНиП {SNIPZ} — строительные нормы, для перевода технического текста",
  "Высота Эльбруса 5642 м, мы дошли до Приюта одиннадцати",
  "Шаги: {STEPSZ} за день, рекорд!",
  "npm i @nestjs/core — ошибка с peer dependencies",
  "Бард-вечер в субботу, вход свободный, начало в 19:00",
  "Школа № {NUMZ}, класс 9 «В»",
  "Пицца на {NUMZ} человек, по {CASHZ} скидывайтесь",
  "«Русское лото», тираж {TIRZ}, билет не выиграл",
  "В R obj@data не работает, а obj$data работает",
  "Турслёт: {NUMZ} команд, {NUMZ} этапов, старт в {HOURZ}",
];

// ---- Vietnamese ---------------------------------------------------------------------------------

const VI14_POS: string[] = [
  "Lớp học bơi cho bé hè này 🏊 đăng ký ở {WEBQ}, thầy Phát {TELQ}",
  "Võ Vovinam lớp buổi tối, hỏi anh Khải qua {ZLZ} {MOBQ} nha",
  "Học đàn tranh với cô Hạnh, cô chỉ xài Zalo: {MOBQ}",
  "Xe ôm quen của em, chú Tâm {TELQ}, đưa đón sân bay giá mềm",
  "git config --global user.email \"{MAILQ}\"\nem làm vậy mà commit vẫn hiện tên cũ cô ơi",
  "Đi Sa Pa tự túc, homestay chị Mỷ: {TELQ}, nhắn trước 1 ngày",
  "Anh PT ở phòng gym bảo nhắn thẳng, khỏi qua app: {TELQ}",
  "Đám hỏi chị Hai tháng sau 💍 ai cần hỏi gì thì gọi anh rể tương lai {TELQ}",
  "Lồng đèn Trung thu đặt làm ở xưởng này nè, fb {FBQ}",
  "Cà phê sách mới mở, insta {IGQ}, có góc học nhóm ☕",
  "Link nhóm Zalo lớp luyện IELTS: {ZLLQ}",
  "Em qua Malaysia du học rồi 🇲🇾 số mới {MYQ}, WhatsApp cũng số này",
  "Chuyển MoMo học phí qua số {OWNQ} giúp em, ghi 'Tiếng Nhật T12'",
  "Thẻ của ba em nè {CARDQ}, ba cho phép thanh toán khoá học, xong em xóa liền",
  "Tiền học bên Đức chuyển vào {IBANDEQ} nha, phí bên mình chịu",
  "Line bạn Nhật trong lớp: {LNQ}",
  "Mail nhận CV thực tập: {MAILQ}, tiêu đề ghi 'Thực tập sinh'",
  "Công ty bên Hàn hỏi số đăng ký người nước ngoài của em {ARCQ}, gửi qua chat có sao không cô?",
  "Giấy tờ thuế bên Nhật cần My Number: {MYNQ}, em ghi vậy đúng chưa?",
  "Máy in văn phòng trung tâm: {IPQ}",
  "Chợ đêm Đà Lạt có sạp len móc, shop bán online ở {WEBQ}",
  "Kakao của chị tutor Hàn: {KKQ}",
  "Telegram nhóm săn học bổng: {TGLQ}",
  "Tele em {TGQ}, Zalo em hay bị lag",
  "Discord server ôn thi: {DCLQ}",
  "X (Twitter) của em là {XQ}",
  "Viber của bác {MOBQ}, bác ở bên Séc quen xài Viber",
  "mail em ghi vầy cho khỏi bị lọc: {MAILSWQ} (thấy dấu # thì đổi thành a còng nha)",
  "MAILTO={MAILQ}\ncron gửi mail báo lỗi vậy đúng không anh?",
  "Tai nghe rớt ở phòng tập, trên hộp có khắc số {TELQ}, ai thấy giúp với 🎧",
  "Gửi mèo qua Úc ✈️🐈 công ty vận chuyển, chị phụ trách {WAZ} {MOBQ}",
  "Cho thuê lại phòng 2 tháng hè 🏠 hình ở {WEBQ}, gọi {TELQ}",
  "Nhóm tình nguyện phiên dịch, đăng ký ở {WEBQ}, hỏi chị Vy qua {MAILQ}",
  "WeChat chị bên Thượng Hải {WXQ}",
  "Skype của ông ngoại {SKQ}, ông chỉ biết xài Skype",
  "Chỗ cũ nha, nick y chang: {IDQ} ({ANYZ})",
  "sms:{TELQ}?body=dat lich\n↑ nút nhắn tin trên web không chạy trên laptop",
  "Dockerfile ghi LABEL maintainer=\"{MAILQ}\" vậy được chưa anh?",
  "Shop hoa sáp làm quà 20/11, đặt qua insta {IGQ}",
  "Thầy dạy cờ tướng, gọi thầy {TELQ} buổi tối",
  "Face chị chủ tiệm bánh Trung thu: {FBQ}",
  "Gửi link nhóm lớp nè {CHATQ}",
  "vk cua ban Nga {VKQ}, ban ay muon hoc tieng Viet",
  "sdt co chu nha {TELQ}, phong tro gan truong",
  "Lớp vẽ màu nước cuối tuần 🎨 {WEBQ}, cô Ngân {TELQ}",
  "Ai muốn mua lại đàn piano cũ thì gọi em {TELQ}, Zalo cùng số",
  "Insta: {IGQ}\nTele: {TGQ}\nMail: {MAILQ}",
  "Signal của anh {SGQ}, khỏi cần số điện thoại",
  "Nhắn Zalo cho cô chủ nhiệm nha {MOBQ}, cô không nghe máy giờ hành chính",
  "Bạn em đi làm bên Indonesia, số {IDNQ}, có WhatsApp",
  "Chị họ em làm tiếp viên ở Doha, số {QAQ}, nhắn WhatsApp nha",
  "Anh hai đi làm bên Dubai, số bên đó {AEQ}, gọi tối giờ mình",
];

const VI14_NEG: string[] = [
  "git stash apply stash@{0} thì lấy lại được không anh? còn HEAD@{1} là gì",
  "numpy A @ B là nhân ma trận hả, giờ em mới biết",
  "Chấm than (!) với chấm hỏi (?) trong tiếng Anh viết sát chữ nha",
  "Giá xăng RON95 hôm nay {FUELVZ}đ/lít",
  "VN-Index {VNIZ} điểm, em làm bài kinh tế vĩ mô",
  "Số báo danh {SBDZ}, phòng thi {NUMZ}",
  "Mã sinh viên {MSSVZ}, lớp {CLASSVZ}",
  "Phòng {ROOMZ} tòa A2, học ca 3",
  "Xe buýt số {NUMZ} đi ngang trường, 7 nghìn một lượt",
  "Mã giảm giá {COUPONZ}, giảm 50k cho đơn trên 300k",
  "Xổ số giải đặc biệt {XSZ}, không trúng 😭",
  "Mã OTP không bao giờ được gửi cho ai, kể cả giáo viên nha",
  "Vovinam đai {BELTZ}, tháng sau thi lên đai",
  "Đàn tranh 16 dây, dây số {NUMZ} bị đứt rồi",
  "Cơm tấm sườn bì chả, {CASHZ} một dĩa",
  "Chiều cao {HEIGHTZ}cm, cân nặng {DECZ}kg",
  "Điểm IELTS {BANDZ}, Speaking {BANDZ}",
  "Đơn Shopee {SHOPEEZ} giao trễ 3 ngày rồi",
  "Đêm nay Sa Pa {NUMZ}°C 🥶",
  "Fansipan cao 3.143m, leo 2 ngày 1 đêm",
  "Excel =@A1 là sao vậy mọi người?",
  "Swift @State với @Binding khác nhau sao ạ",
  "Vim @a chạy macro, @@ lặp lại macro trước",
  "Docker em pin python@sha256:{SHAZ}",
  "Ngõ {NUMZ}/{NUMZ} phố Tây Sơn, nhà số {NUMZ}",
  "Tỉ số {SCOREZ}, Việt Nam thắng rồi 🇻🇳",
  "Wordle {WORDLEZ}, hôm nay khó ghê",
  "Mua 2 tặng 1, mã sản phẩm {ARTZ}",
  "23 tháng Chạp nhà em cúng ông Táo, nghỉ học 1 buổi nha",
  "Lãi suất {DECZ}%/năm, kỳ hạn 12 tháng",
  "Phiên bản {VERZ} sửa lỗi đăng nhập rồi",
  "Mã vận đơn {ORDERZ}",
  "@all mai nghỉ học nha",
  "Một nắng hai sương, ba chìm bảy nổi — dịch sang tiếng Anh sao cô?",
  "Không có gì đâu, năm nay em mới học năm hai",
  "ISBN-10: {ISBNTENZ} bản cũ",
  "npm i @nestjs/core bị lỗi peer dependency",
  "Giờ học {HOURZ}, thứ 2-4-6",
  "Khoảng cách {DISTZ}km, chạy xe {NUMZ} phút",
  "Ca trù, đàn đáy, phách — bài thuyết trình văn hóa",
  "ZaloPay bị lỗi, em chuyển khoản sau nha",
  "Tỉ giá {RATEVZ} đồng/USD",
  "Mã bưu chính {POSTZ}",
  "Giải cờ tướng: {NUMZ} ván thắng {NUMZ} ván 🏅",
  "R obj@data không chạy mà obj$data thì chạy",
  "Điểm trung bình {GPAVZ}/10",
  "Tết Trung thu năm nay rơi vào {MONTHDAYZ}",
];

export const BLIND14_POSITIVE: Record<Lang, string[]> = { en: EN14_POS, ja: JA14_POS, ko: KO14_POS, ru: RU14_POS, vi: VI14_POS };
export const BLIND14_NEGATIVE: Record<Lang, string[]> = { en: EN14_NEG, ja: JA14_NEG, ko: KO14_NEG, ru: RU14_NEG, vi: VI14_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p14 = (x: number) => String(x).padStart(2, '0');
const cjk14 = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** One to three zero-width characters strictly inside `s`. */
function zw14(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s + ZW[1];
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

/** Full width on the digits only, the letters only, or every other ASCII character; never `s` unchanged. */
function fwPart14(r: Rng, s: string): string {
  const mode = r.int(0, 2);
  let o = '';
  let k = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const ascii = c > 0x20 && c < 0x7f;
    const hit = mode === 0 ? /[0-9]/.test(ch) : mode === 1 ? /[A-Za-z]/.test(ch) : ascii && k++ % 2 === 0;
    o += hit ? fullWidth(ch) : ch;
  }
  return o === s ? fullWidth(s) : o;
}

const CIRCLED14 = ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];
/** Digits (and, with `letters`, Latin letters) in their circled forms, which NFKC folds back. */
function circled14(s: string, letters = true): string {
  let o = '';
  for (const ch of s) {
    if (/[0-9]/.test(ch)) o += CIRCLED14[Number(ch)];
    else if (letters && /[a-z]/.test(ch)) o += String.fromCodePoint(0x24d0 + ch.charCodeAt(0) - 97);
    else if (letters && /[A-Z]/.test(ch)) o += String.fromCodePoint(0x24b6 + ch.charCodeAt(0) - 65);
    else o += ch;
  }
  return o;
}
/** A digit as a keycap emoji: the digit, the emoji variation selector and the combining enclosing keycap. */
const keycap14 = (d: string) => [...d].map((c) => (/[0-9]/.test(c) ? `${c}\ufe0f\u20e3` : c)).join('');
const EMOJI14 = ['🌸', '✨', '⭐', '🔸', '🍀', '💛', '🐾', '🌙', '🔹', '🎀', '🍊', '🌿'];

/** Look-alikes of Latin letters: roman-numeral letters (NFKC folds them back), Cyrillic, Greek, Latin script g. */
const LOOK14: Record<string, string[]> = {
  i: ['ⅰ', 'і'], l: ['ⅼ', 'ӏ'], c: ['ⅽ', 'с'], d: ['ⅾ'], m: ['ⅿ'], v: ['ⅴ'], x: ['ⅹ', 'х'],
  a: ['а'], e: ['е'], o: ['о', 'ο'], p: ['р'], s: ['ѕ'], y: ['у'], h: ['һ'], j: ['ј'], g: ['ɡ'], k: ['κ'], u: ['υ'],
};
/** One to three letters of `s` swapped for look-alikes, roman-numeral ones first; null when none fits. */
function look14(r: Rng, s: string): string | null {
  const chars = [...s];
  const idx = chars.map((c, i) => (LOOK14[c] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    const opts = LOOK14[chars[i]];
    if (opts) chars[i] = r.chance(0.6) ? opts[0] : r.pick(opts);
  }
  const out = chars.join('');
  return out === s ? null : out;
}

const KEY14 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key14 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY14)).join('');
const hex14 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');
const upper14 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
const lower14 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'abcdefghijkmnoprstuvwxyz'])).join('');

// ---- names, handles, e-mails -------------------------------------------------------------------

const NAMES14: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['marisol', 'quentin', 'anselm', 'imani', 'cordelia', 'saoirse', 'wren', 'bronwen', 'theo', 'ottilie', 'rafferty', 'juno'], f: ['rooke', 'castellano', 'adeyemi', 'okoro', 'hale', 'pembroke', 'lindqvist', 'achterberg', 'mwangi', 'fairweather'] },
  ja: { g: ['kohei', 'natsuki', 'ayane', 'ryusei', 'chihiro', 'minato', 'hinata', 'koharu', 'yuto', 'akari', 'shota', 'fuka'], f: ['saeki', 'komatsu', 'sasaki', 'kudo', 'fujita', 'iwasaki', 'ogawa', 'matsuda', 'hirano', 'kawaguchi'] },
  ko: { g: ['dohyun', 'chaewon', 'siwoo', 'yerin', 'junseo', 'haeun', 'minjae', 'soyul', 'geonwoo', 'dain', 'yujin', 'hajun'], f: ['shin', 'kwon', 'hwang', 'ahn', 'song', 'han', 'baek', 'heo', 'yoo', 'min'] },
  ru: { g: ['gordey', 'serafima', 'efim', 'vadim', 'arkady', 'ksenia', 'nina', 'timofey', 'alisa', 'yaroslav', 'zlata', 'miron'], f: ['ryabinin', 'lvova', 'kovalenko', 'belousova', 'gromov', 'orlova', 'zimin', 'fomina', 'kalinin', 'sheveleva'] },
  vi: { g: ['phat', 'khai', 'hanh', 'tam', 'vy', 'ngan', 'bao', 'giang', 'son', 'thu', 'dat', 'uyen'], f: ['ha', 'quach', 'doan', 'trieu', 'cao', 'lam', 'diep', 'tong', 'luong', 'ta'] },
};
const WORDS14 = ['heron', 'quokka', 'tofu', 'lantern', 'clover', 'ember', 'mochi', 'walnut', 'tidal', 'sprout', 'bramble', 'puffin', 'yuzu', 'kelp'];

type Style14 = 'any' | 'line' | 'lineoa' | 'kakao' | 'tg' | 'ig' | 'discord' | 'wechat' | 'skype' | 'fb' | 'vk' | 'x' | 'signal';
function handle14(r: Rng, lang: Lang, style: Style14): string {
  const g = r.pick(NAMES14[lang].g);
  const f = r.pick(NAMES14[lang].f);
  const w = r.pick(WORDS14);
  const y = r.int(2, 99);
  switch (style) {
    case 'line':
      return r.pick([`${g}.${f}`, `${g}_${w}`, `${g}${y}`, `${f}-${g}`, `${w}.${g}${y}`, `${g}${f}${r.int(1990, 2008)}`]);
    case 'lineoa':
      return `@${r.int(100, 999)}${lower14(r, r.int(4, 5))}`;
    case 'kakao':
      return r.pick([`${g}${y}`, `${w}_${g}`, `${g}.${w}`, `${f}${g}${y}`, `${g}_${f}`]);
    case 'tg':
      return (r.chance(0.7) ? '@' : '') + r.pick([`${g}_${f}`, `${g}${w}`, `${w}_${g}`, `${f}_${g}_${y}`, `${g}${f}`]);
    case 'ig':
      return (r.chance(0.5) ? '@' : '') + r.pick([`${g}.${w}`, `${g}_${f}`, `${w}_by_${g}`, `${g}.${f}_nails`, `${f}.${g}_`, `${g}_${w}_${y}`]);
    case 'discord':
      return r.pick([`${g}.${w}`, `${w}_${g}`, `${g}${f}${y}`, `${g}.${f}_`, `${w}${y}${g}`]);
    case 'wechat':
      return r.pick([`wxid_${[...Array(14)].map(() => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}`, `${g}_${f}${r.int(1975, 2007)}`, `${w}${g}${y}`]);
    case 'skype':
      return r.pick([`live:.cid.${hex14(r, 16)}`, `live:${g}.${f}`, `${g}.${f}${y}`, `live:${w}_${g}${y}`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(100, 9999)}`, `${f}.${g}${y}`, `${g}${f}${w}`]);
    case 'vk':
      return r.pick([`id${r.int(1000000, 799999999)}`, `${g}_${f}`, `${g}${f}${y}`, `${w}_${g}`]);
    case 'x':
      return '@' + r.pick([`${g}_${f}`, `${g}${w}${y}`, `${w}${g}`, `${g}_${y}${w}`]).slice(0, 15);
    case 'signal':
      return `${r.pick([g + w, `${g}_${f}`, f + g])}.${p14(r.int(1, 99))}`;
    default:
      return r.pick([`${g}_${w}${y}`, `${w}.${g}`, `${g}${f}${y}`, `${f}_${g}`]);
  }
}

const MAILDOM14: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com', 'protonmail.com', 'fastmail.com', 'sky.com', 'virginmedia.com', 'ucl.ac.uk', 'ox.ac.uk'],
  ja: ['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'outlook.jp', 'ybb.ne.jp', 'ocn.ne.jp', 'keio.jp', 'waseda.jp', 'me.com'],
  ko: ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'nate.com', 'snu.ac.kr', 'korea.ac.kr', 'kakao.com'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru', 'msu.ru', 'spbu.ru', 'yandex.by'],
  vi: ['gmail.com', 'yahoo.com.vn', 'hotmail.com', 'hust.edu.vn', 'ftu.edu.vn', 'vnpt.vn', 'fpt.edu.vn', 'outlook.com'],
};
/** The at sign and the dot as words, in spellings and brackets the older sets did not use. */
const AT14: Record<Lang, string[]> = {
  en: [' at ', ' {at} ', ' <at> ', ' ~at~ ', ' -at- ', ' at sign ', ' (at) '],
  ja: ['アット', '@マーク', 'あっとまーく', '〔アット〕', '（あっと）', ' at '],
  ko: ['골뱅이', ' 골뱅이 ', '에이티', ' 에이티 ', '<골뱅이>', '앳'],
  ru: [' собака ', ' эт ', '(эт)', '{собака}', ' собачка ', ' at '],
  vi: [' a còng ', ' a móc ', ' a-còng ', '(a móc)', ' acong ', ' at '],
};
const DOT14: Record<Lang, string[]> = {
  en: [' dot ', ' d0t ', ' {dot} ', ' <dot> ', ' DOT ', ' -dot- '],
  ja: ['ドット', 'どっと', '・', '〔ドット〕', 'ドット'],
  ko: ['점', ' 점 ', '닷', 'ㆍ', '<점>', '쩜'],
  ru: [' точка ', ' дот ', '{точка}', ' тчк ', ' точка '],
  vi: [' chấm ', ' cham ', ' chấm ', '{chấm}', ' dot '],
};
/** Underscores, dots and hyphens of names and handles said aloud. */
const UNDER14: Record<Lang, string[]> = {
  en: [' underscore ', ' under score ', ' (underscore) '],
  ja: ['アンダーバー', 'アンダースコア', '（アンダーバー）', 'アンダーバ'],
  ko: ['언더바', ' 언더바 ', '언더스코어', '(언더바)'],
  ru: [' нижнее подчёркивание ', ' подчёркивание ', ' подчеркивание ', ' нижний пробел '],
  vi: [' gạch dưới ', ' gach duoi ', ' dấu gạch dưới '],
};
const HDOT14: Record<Lang, string[]> = { en: [' dot ', ' period '], ja: ['ドット', 'てん'], ko: ['점', '닷', ' 점 '], ru: [' точка '], vi: [' chấm ', ' cham '] };
const HYPH14: Record<Lang, string[]> = { en: [' dash ', ' hyphen '], ja: ['ハイフン'], ko: ['하이픈', ' 하이픈 '], ru: [' дефис ', ' тире '], vi: [' gạch ngang '] };
/** The at sign swapped for a stand-in the message explains. */
const SWAP14: Record<Lang, string[]> = { en: ['#'], ja: ['★', '☆'], ko: ['#', '＃'], ru: ['#'], vi: ['#'] };

/** The underscores, dots and hyphens of `s` said aloud, one word for each mark throughout. */
function sayMarks14(r: Rng, lang: Lang, s: string): string {
  const u = r.pick(UNDER14[lang]);
  const d = r.pick(HDOT14[lang]);
  const h = r.pick(HYPH14[lang]);
  return s.replace(/_/g, u).replace(/\./g, d).replace(/-/g, h);
}

function email14(r: Rng, lang: Lang, obfuscate: boolean, swap = false): Surface {
  const g = r.pick(NAMES14[lang].g);
  const f = r.pick(NAMES14[lang].f);
  const w = r.pick(WORDS14);
  const local = r.pick([`${g}.${f}`, `${g}_${f}`, `${f}.${g}${r.int(1, 99)}`, `${g}${r.int(1980, 2008)}`, `${g[0]}${f}`, `${g}.${w}`, `${g}-${f}`, `${w}.${g}${r.int(2, 99)}`]);
  const domain = r.pick(MAILDOM14[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: addr, obfuscated: false };
  if (swap) return { text: `${local}${r.pick(SWAP14[lang])}${domain}`, obfuscated: true, how: 'at sign swapped for an explained stand-in' };
  const labels = domain.split('.');
  const at = r.pick(AT14[lang]);
  const dot = r.pick(DOT14[lang]);
  switch (r.int(0, 14)) {
    case 0:
    case 1:
    case 2:
      return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words' };
    case 3:
      return { text: `${sayMarks14(r, lang, local)}${at}${labels.join(dot)}`, obfuscated: true, how: 'name marks, at and dot said' };
    case 4:
      return { text: r.pick([`${local}\n@${domain}`, `${local}@\n${domain}`, `${local}\n${at.trim()}\n${domain}`]), obfuscated: true, how: 'split over lines' };
    case 5:
      return { text: r.pick([`"${local}" + "@" + "${domain}"`, `'${local}' + '@' + '${domain}'`, `"${local}" + "@${domain}"`]), obfuscated: true, how: 'string concatenation' };
    case 6: {
      const dots = lang === 'ja' ? ['。', '．', '・'] : lang === 'ko' ? ['．', 'ㆍ'] : ['．', '·'];
      return { text: `${local}${r.pick(['﹫', '＠'])}${r.chance(0.6) ? labels.join(r.pick(dots)) : domain}`, obfuscated: true, how: 'small or full-width at, odd dots' };
    }
    case 7:
      return { text: r.chance(0.5) ? circled14(addr) : `${circled14(local)}@${domain}`, obfuscated: true, how: 'circled letters' };
    case 8: {
      const l = look14(r, addr);
      return l ? { text: l, obfuscated: true, how: 'look-alike letters' } : { text: circled14(addr), obfuscated: true, how: 'circled letters' };
    }
    case 9:
      return { text: r.chance(0.5) ? [...addr].join(' ') : `${[...local].join(' ')} @ ${domain}`, obfuscated: true, how: 'letters spaced' };
    case 10:
      return { text: `${local}@${labels.join(r.pick([',', ', ']))}`, obfuscated: true, how: 'commas for dots' };
    case 11:
      return { text: `${local}@${labels.slice(0, -1).join('.')}${r.pick([' .', '. ', ' . '])}${labels[labels.length - 1]}`, obfuscated: true, how: 'space at the last dot' };
    case 12:
      return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word' };
    case 13:
      return { text: zw14(r, addr), obfuscated: true, how: 'zero-width' };
    default:
      return { text: fwPart14(r, addr), obfuscated: true, how: 'full-width in part' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape14 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  /** How the digits are grouped when said. */
  groups: number[];
  /** The digits as said, when not the national number (Russia: with the trunk 8). */
  say?: (d: string) => string;
}
/** `d` cut after each of `cuts` characters, the rest in one last piece. */
function cut14(d: string, ...cuts: number[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const c of cuts) {
    out.push(d.slice(k, k + c));
    k += c;
  }
  if (k < d.length) out.push(d.slice(k));
  return out;
}
const jpLand14 = (code: string): Shape14 => ({
  region: 'JP',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => cut14(d, 3, 3).join('-'), (d) => `(${d.slice(0, 3)})${cut14(d.slice(3), 3).join('-')}`, (d) => `+81-${d.slice(1, 3)}-${cut14(d.slice(3), 3).join('-')}`, (d) => cut14(d, 3, 3).join(' ')],
  groups: [3, 3, 4],
});
const krLand14 = (code: string, ex: number): Shape14 => ({
  region: 'KR',
  national: (r) => code + r.int(2, 9) + r.digits(ex + 3),
  formats: [(d) => cut14(d, code.length, ex).join('-'), (d) => `(${code}) ${cut14(d.slice(code.length), ex).join('-')}`, (d) => `+82 ${d.slice(1, code.length)}-${cut14(d.slice(code.length), ex).join('-')}`],
  groups: [code.length, ex, 4],
});
const vnLand14 = (code: string): Shape14 => ({
  region: 'VN',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => cut14(d, 4, 3).join(' '), (d) => `${d.slice(0, 4)}.${cut14(d.slice(4), 3).join('.')}`, (d) => `(${d.slice(0, 4)}) ${cut14(d.slice(4), 3).join(' ')}`, (d) => `+84 ${d.slice(1, 4)} ${cut14(d.slice(4), 3).join(' ')}`],
  groups: [4, 3, 4],
});
const ruLand14 = (code: string): Shape14 => {
  const rest = 10 - code.length;
  const tail = (d: string) => cut14(d.slice(code.length), rest - 4, 2).join('-');
  return {
    region: 'RU',
    national: (r) => code + r.int(2, 7) + r.digits(rest - 1),
    formats: [(d) => `+7 (${code}) ${tail(d)}`, (d) => `8 (${code}) ${tail(d)}`, (d) => `8-${code}-${tail(d)}`, (d) => `+7 ${code} ${tail(d)}`],
    groups: [1, code.length, rest - 4, 2, 2],
    say: (d) => '8' + d,
  };
};
const gbLand14 = (code: string, next: (r: Rng) => string): Shape14 => {
  const grp = (d: string) => (code.length === 5 ? [code, d.slice(5)] : code.length === 4 ? [code, d.slice(4, 7), d.slice(7)] : [code, d.slice(3, 7), d.slice(7)]);
  return {
    region: 'GB',
    national: (r) => {
      const x = next(r);
      return code + x + r.digits(11 - code.length - x.length);
    },
    formats: [(d) => grp(d).join(' '), (d) => `+44 ${grp(d)[0].slice(1)} ${grp(d).slice(1).join(' ')}`, (d) => `(${grp(d)[0]}) ${grp(d).slice(1).join(' ')}`],
    groups: code.length === 5 ? [5, 3, 3] : code.length === 4 ? [4, 3, 4] : [3, 4, 4],
  };
};

const SHAPES14: Record<string, Shape14> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => cut14(d, 3, 4).join('-'), (d) => d, (d) => cut14(d, 3, 4).join(' '), (d) => `+81 ${cut14(d.slice(1), 2, 4).join('-')}`, (d) => `+81 (0)${cut14(d.slice(1), 2, 4).join('-')}`], groups: [3, 4, 4] },
  JP_CHIBA: jpLand14('043'),
  JP_SAITAMA: jpLand14('048'),
  JP_KUMAMOTO: jpLand14('096'),
  JP_NAGASAKI: jpLand14('095'),
  JP_GIFU: jpLand14('058'),
  JP_AKITA: jpLand14('018'),
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => cut14(d, 3, 4).join('-'), (d) => d, (d) => cut14(d, 3, 4).join(' '), (d) => cut14(d, 3, 4).join('.'), (d) => `+82 ${cut14(d.slice(1), 2, 4).join('-')}`, (d) => `+82-${cut14(d.slice(1), 2, 4).join('-')}`], groups: [3, 4, 4] },
  KR_SEOUL3: krLand14('02', 3),
  KR_SEOUL4: krLand14('02', 4),
  KR_GG3: krLand14('031', 3),
  KR_GG4: krLand14('031', 4),
  KR_BIZ: { region: 'KR', national: (r) => r.pick(['1588', '1577', '1544', '1566', '1600', '1644', '1661', '1899']) + r.digits(4), formats: [(d) => cut14(d, 4).join('-'), (d) => cut14(d, 4).join(' ')], groups: [4, 4] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['086', '096', '032', '038', '039', '090', '093', '079', '070', '091', '094', '083', '088', '092', '058', '099']) + r.digits(7), formats: [(d) => cut14(d, 4, 3).join(' '), (d) => d, (d) => cut14(d, 4, 3).join('.'), (d) => cut14(d, 3, 3).join(' '), (d) => `+84 ${cut14(d.slice(1), 2, 3).join(' ')}`, (d) => `+84${d.slice(1)}`, (d) => `(+84) ${cut14(d.slice(1), 3, 3).join('.')}`], groups: [4, 3, 3] },
  VN_BACNINH: vnLand14('0222'),
  VN_NINHBINH: vnLand14('0229'),
  VN_GIALAI: vnLand14('0269'),
  VN_KIENGIANG: vnLand14('0297'),
  VN_DAKLAK: vnLand14('0262'),
  VN_HAIDUONG: vnLand14('0220'),
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['01', '03', '06', '09', '10', '14', '15', '17', '20', '23', '26', '29', '31', '50', '52', '58', '61', '65', '67', '77', '81', '85', '89', '96']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`, (d) => `+7${d}`, (d) => `8 ${cut14(d, 3, 3, 2).join(' ')}`, (d) => `+7(${d.slice(0, 3)})${cut14(d.slice(3), 3, 2).join('-')}`], groups: [1, 3, 3, 2, 2], say: (d) => '8' + d },
  RU_TULA: ruLand14('4872'),
  RU_YAROSLAVL: ruLand14('4852'),
  RU_TOMSK: ruLand14('3822'),
  RU_KALININGRAD: ruLand14('4012'),
  RU_SOCHI: ruLand14('862'),
  RU_CHELYABINSK: ruLand14('351'),
  US: { region: 'US', national: (r) => String(r.int(2, 9)) + r.digits(2) + String(r.int(2, 9)) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => cut14(d, 3, 3).join('-'), (d) => `+1 ${cut14(d, 3, 3).join(' ')}`, (d) => cut14(d, 3, 3).join('.'), (d) => `+1-${cut14(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  CA: { region: 'CA', national: (r) => r.pick(['647', '778', '438', '343', '587', '782', '825', '236']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${cut14(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 5)} ${d.slice(5)}`, (d) => `+44 ${d.slice(1, 5)} ${d.slice(5)}`, (d) => d, (d) => `${d.slice(0, 5)} ${cut14(d.slice(5), 3).join(' ')}`, (d) => `+44 (0)${d.slice(1, 5)} ${d.slice(5)}`], groups: [5, 3, 3] },
  GB_LEICESTER: gbLand14('0116', (r) => String(r.int(2, 9))),
  GB_SOUTHAMPTON: gbLand14('023', () => '80'),
  GB_READING: gbLand14('0118', (r) => String(r.int(2, 9))),
  GB_YORK: gbLand14('01904', (r) => String(r.int(2, 7))),
  GB_EXETER: gbLand14('01392', (r) => String(r.int(2, 7))),
  GB_SWANSEA: gbLand14('01792', (r) => String(r.int(2, 7))),
  DE_MOB: { region: 'DE', national: (r) => r.pick(['0151', '0152', '0157', '0159']) + r.digits(8), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `+49 ${d.slice(1, 4)} ${d.slice(4)}`, (d) => `+49 (0)${d.slice(1, 4)} ${cut14(d.slice(4), 4).join(' ')}`], groups: [4, 4, 4] },
  FR_MOB: { region: 'FR', national: (r) => '0' + r.pick(['6', '7']) + r.digits(8), formats: [(d) => d.replace(/(\d\d)(?=\d)/g, '$1 '), (d) => `+33 ${d[1]} ${d.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`], groups: [2, 2, 2, 2, 2] },
  NL_MOB: { region: 'NL', national: (r) => '06' + r.int(1, 5) + r.digits(7), formats: [(d) => `${d.slice(0, 2)} ${d.slice(2)}`, (d) => `+31 6 ${d.slice(2)}`, (d) => `06-${d.slice(2)}`], groups: [2, 4, 4] },
  PL_MOB: { region: 'PL', national: (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + r.digits(7), formats: [(d) => `+48 ${cut14(d, 3, 3).join(' ')}`, (d) => cut14(d, 3, 3).join(' ')], groups: [3, 3, 3] },
  MY: { region: 'MY', national: (r) => '01' + r.pick(['2', '3', '6', '7', '9']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${cut14(d.slice(3), 3).join(' ')}`, (d) => `+60 ${d.slice(1, 3)}-${cut14(d.slice(3), 3).join(' ')}`, (d) => `+60${d.slice(1)}`], groups: [3, 3, 4] },
  ID: { region: 'ID', national: (r) => '08' + r.pick(['11', '12', '13', '21', '22', '52', '53', '77', '78', '17', '18', '19', '59', '95', '96', '97', '98', '99', '31', '32', '38']) + r.digits(r.pick([7, 8])), formats: [(d) => cut14(d, 4, 4).join('-'), (d) => `+62 ${cut14(d.slice(1), 3, 4).join('-')}`, (d) => `+62${d.slice(1)}`], groups: [4, 4, 4] },
  MN: { region: 'MN', national: (r) => r.pick(['88', '99', '95', '94', '91', '80', '85', '86']) + r.digits(6), formats: [(d) => `+976 ${cut14(d, 4).join(' ')}`, (d) => `+976-${d}`], groups: [4, 4] },
  AE: { region: 'AE', national: (r) => '05' + r.pick(['0', '2', '4', '5', '6', '8']) + r.digits(7), formats: [(d) => `+971 ${cut14(d.slice(1), 2, 3).join(' ')}`, (d) => cut14(d, 3, 3).join(' '), (d) => `+971-${cut14(d.slice(1), 2, 3).join('-')}`], groups: [3, 3, 4] },
  QA: { region: 'QA', national: (r) => r.pick(['33', '55', '66', '70', '77', '50', '30']) + r.digits(6), formats: [(d) => `+974 ${cut14(d, 4).join(' ')}`, (d) => `(+974) ${d}`], groups: [4, 4] },
  KG: { region: 'KG', national: (r) => '0' + r.pick(['555', '700', '770', '777', '999', '500', '550', '220', '705']) + r.digits(6), formats: [(d) => `+996 ${cut14(d.slice(1), 3, 3).join(' ')}`, (d) => cut14(d, 4, 3).join(' ')], groups: [4, 3, 3] },
  AZ: { region: 'AZ', national: (r) => '0' + r.pick(['50', '51', '55', '70', '77', '99', '10']) + r.digits(7), formats: [(d) => `+994 ${cut14(d.slice(1), 2, 3, 2).join(' ')}`, (d) => cut14(d, 3, 3, 2).join(' ')], groups: [3, 3, 2, 2] },
  MX: { region: 'MX', national: (r) => r.pick(['55', '33', '81']) + r.int(2, 9) + r.digits(7), formats: [(d) => `+52 ${cut14(d, 2, 4).join(' ')}`, (d) => cut14(d, 2, 4).join(' ')], groups: [2, 4, 4] },
  BR: { region: 'BR', national: (r) => r.pick(['11', '21', '31', '41', '51', '61', '71', '81']) + '9' + r.int(6, 9) + r.digits(7), formats: [(d) => `+55 ${d.slice(0, 2)} ${d.slice(2, 7)}-${d.slice(7)}`, (d) => `(${d.slice(0, 2)}) ${d.slice(2, 7)}-${d.slice(7)}`], groups: [2, 5, 4] },
};
/** Any phone number (TELQ). */
const MIX14: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'US', 'CA', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_LEICESTER', 'GB_SOUTHAMPTON', 'GB_READING', 'GB_YORK', 'GB_EXETER', 'GB_SWANSEA', 'DE_MOB', 'FR_MOB', 'NL_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_CHIBA', 'JP_SAITAMA', 'JP_KUMAMOTO', 'JP_NAGASAKI', 'JP_GIFU', 'JP_AKITA'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_SEOUL3', 'KR_SEOUL4', 'KR_GG3', 'KR_GG4', 'KR_BIZ'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_TULA', 'RU_YAROSLAVL', 'RU_TOMSK', 'RU_KALININGRAD', 'RU_SOCHI', 'RU_CHELYABINSK'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_BACNINH', 'VN_NINHBINH', 'VN_GIALAI', 'VN_KIENGIANG', 'VN_DAKLAK', 'VN_HAIDUONG'],
};
/** Mobiles, for numbers given for a messenger (MOBQ). */
const MOB14: Record<Lang, string[]> = {
  en: ['US', 'GB_MOB', 'GB_MOB', 'DE_MOB', 'FR_MOB', 'PL_MOB', 'NL_MOB'],
  ja: ['JP_MOB'],
  ko: ['KR_MOB'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'AZ', 'KG'],
  vi: ['VN_MOB'],
};

const SPELL14: Record<Lang, string[][]> = {
  en: [['oh', 'zero', 'nought'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영', '빵'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
const JA_KANA14 = [['ぜろ', 'まる', 'れい'], ['いち'], ['に'], ['さん'], ['よん'], ['ご'], ['ろく'], ['なな'], ['はち'], ['きゅう']];
const JA_KATA14 = [['ゼロ', 'マル'], ['イチ'], ['ニ'], ['サン'], ['ヨン'], ['ゴ'], ['ロク'], ['ナナ'], ['ハチ'], ['キュウ']];

/** Digits said one by one in the language (one zero word for the whole run). */
function spellRun14(r: Rng, lang: Lang, d: string, zero = r.pick(SPELL14[lang][0])): string {
  return [...d].map((c) => (/[0-9]/.test(c) ? (c === '0' ? zero : SPELL14[lang][Number(c)][0]) : c)).join(cjk14(lang) ? '' : ' ');
}

/** British reading: runs of two or three of a digit said as double and triple. */
function british14(g: string, zero: string): string {
  const word = (c: string) => (c === '0' ? zero : SPELL14.en[Number(c)][0]);
  const out: string[] = [];
  let i = 0;
  while (i < g.length) {
    let j = i;
    while (j < g.length && g[j] === g[i]) j++;
    let n = j - i;
    while (n > 0) {
      const take = n === 4 ? 2 : Math.min(n, 3);
      out.push(take === 3 ? `triple ${word(g[i])}` : take === 2 ? `double ${word(g[i])}` : word(g[i]));
      n -= take;
    }
    i = j;
  }
  return out.join(' ');
}

const RU_U14 = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEEN14 = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_T14 = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_H14 = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
/** A number below a thousand in Russian words. */
function ruNum14(n: number): string {
  if (n === 0) return RU_U14[0];
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h) out.push(RU_H14[h]);
  if (t === 1) out.push(RU_TEEN14[u]);
  else {
    if (t) out.push(RU_T14[t]);
    if (u) out.push(RU_U14[u]);
  }
  return out.join(' ');
}
const VI_U14 = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** A number below a thousand in Vietnamese words (linh or lẻ for an empty tens place, mốt, lăm, tư). */
function viNum14(r: Rng, n: number): string {
  if (n < 10) return VI_U14[n];
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h) out.push(`${VI_U14[h]} trăm`);
  if (t === 0) {
    if (u) out.push(`${r.pick(['linh', 'lẻ'])} ${VI_U14[u]}`);
  } else if (t === 1) out.push('mười' + (u ? ' ' + (u === 5 ? 'lăm' : VI_U14[u]) : ''));
  else out.push(`${VI_U14[t]} mươi` + (u ? ' ' + (u === 1 ? 'mốt' : u === 5 ? 'lăm' : u === 4 && r.chance(0.4) ? 'tư' : VI_U14[u]) : ''));
  return out.join(' ');
}
/** A group of digits read as a number, its leading zeros said one by one; four digits as two pairs. */
function groupWords14(r: Rng, lang: 'ru' | 'vi', g: string): string {
  if (g.length === 4) return `${groupWords14(r, lang, g.slice(0, 2))} ${groupWords14(r, lang, g.slice(2))}`;
  const zero = lang === 'ru' ? RU_U14[0] : VI_U14[0];
  const out: string[] = [];
  let k = 0;
  while (k < g.length - 1 && g[k] === '0') {
    out.push(zero);
    k++;
  }
  const n = Number(g.slice(k));
  out.push(lang === 'ru' ? ruNum14(n) : viNum14(r, n));
  return out.join(' ');
}
const bare14 = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Homoglyphs for digits: letters and other characters that look like them. */
const HOMO14: Record<Lang, Record<string, string[]>> = {
  en: { '0': ['O', 'o'], '1': ['l', 'I'] },
  vi: { '0': ['O', 'o'], '1': ['l'] },
  ru: { '0': ['О', 'о'], '3': ['З'], '6': ['б'] },
  ko: { '0': ['ㅇ', 'O'], '1': ['l'] },
  ja: { '0': ['〇', 'Ｏ'], '1': ['l', 'ｌ'] },
};
function homoDigits14(r: Rng, lang: Lang, s: string): string | null {
  const chars = [...s];
  const idx = chars.map((c, i) => (HOMO14[lang][c] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const pick = idx.filter(() => r.chance(0.5));
  if (!pick.length) pick.push(r.pick(idx));
  for (const i of pick) chars[i] = r.pick(HOMO14[lang][chars[i]]);
  return chars.join('');
}
const JOIN14: Record<Lang, string[]> = {
  en: [' then ', ', then ', ' and then '],
  ja: [' それから ', '、続けて', 'の次に'],
  ko: [' 다음에 ', ' 그다음 ', ' 하고 '],
  ru: [' потом ', ', затем ', ', дальше '],
  vi: [' rồi ', ' xong tới ', ', tiếp là '],
};

function phoneNumber14(r: Rng, keys: string[]): { formatted: string; national: string; shape: Shape14 } {
  // Bounded: at most 120 draws over the shapes given, then 200 over the first one, then an error.
  for (let tries = 0; tries < 320; tries++) {
    const shape = SHAPES14[tries < 120 ? r.pick(keys) : keys[0]];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const formatted = r.pick(shape.formats)(d);
    const back = parsePhoneNumberFromString(formatted, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    return { formatted, national: d, shape };
  }
  throw new Error(`blind14: no valid phone number drawn from ${keys.join(', ')}`);
}

/** `d` in groups of the given sizes; what is left over joins the last group. */
function groups14(d: string, sizes: number[]): string[] {
  const out = parts(d, sizes);
  if (out.length > sizes.length) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  return out.filter((g) => g.length > 0);
}

const WAYS14: Record<Lang, string[]> = {
  en: ['say', 'say', 'say', 'circled', 'keycap', 'emoji', 'lines', 'words', 'homo', 'homo', 'mixed', 'plus', 'fw', 'zw'],
  ja: ['say', 'circled', 'circled', 'circled', 'keycap', 'emoji', 'emoji', 'lines', 'words', 'homo', 'mixed', 'plus', 'fw', 'zw'],
  ko: ['say', 'say', 'circled', 'circled', 'keycap', 'emoji', 'lines', 'words', 'homo', 'homo', 'mixed', 'plus', 'fw'],
  ru: ['say', 'say', 'say', 'saymix', 'saymix', 'keycap', 'emoji', 'lines', 'words', 'homo', 'homo', 'mixed', 'plus', 'zw'],
  vi: ['say', 'say', 'say', 'saymix', 'circled', 'keycap', 'emoji', 'lines', 'words', 'homo', 'homo', 'mixed', 'plus'],
};

/** The number said aloud in the language, in readings the older sets did not use. */
function sayPhone14(r: Rng, lang: Lang, raw: string[], merged: string[], mix: boolean): { text: string; how: string } {
  switch (lang) {
    case 'en': {
      const zero = r.chance(0.6) ? 'oh' : r.pick(['zero', 'nought']);
      return { text: merged.map((g) => british14(g, zero)).join(r.pick([', ', ' ', ' - ', '... '])), how: 'spelled digits, double and triple' };
    }
    case 'ja': {
      const table = r.pick([SPELL14.ja, JA_KANA14, JA_KATA14]);
      const zero = r.pick(table[0]);
      const inner = table === SPELL14.ja ? '' : r.pick(['', '・']);
      return { text: merged.map((g) => [...g].map((c) => (c === '0' ? zero : table[Number(c)][0])).join(inner)).join(r.pick(['の', '、', ' ', 'ー'])), how: table === SPELL14.ja ? 'spelled digits' : 'spelled digits in kana' };
    }
    case 'ko': {
      const zero = r.chance(0.35) ? '빵' : r.pick(['공', '영']);
      return { text: merged.map((g) => spellRun14(r, 'ko', g, zero)).join(r.pick([' 에 ', '-', ' ', ' 다시 '])), how: zero === '빵' ? 'spelled digits, 빵 for zero' : 'spelled digits' };
    }
    case 'ru': {
      const k = mix ? r.int(1, Math.max(1, raw.length - 2)) : 0;
      const text = raw.map((g, i) => (i < k ? g : groupWords14(r, 'ru', g))).join(r.pick([' ', ', ', ' - ']));
      return { text, how: mix ? 'groups partly read as number words' : 'groups read as number words' };
    }
    default: {
      const bare = r.chance(0.3);
      const k = mix ? r.int(1, Math.max(1, merged.length - 1)) : 1;
      const text = merged.map((g, i) => (i < k ? (mix ? g : spellRun14(r, 'vi', g)) : groupWords14(r, 'vi', g))).join(r.pick([', ', ' ', ' - ']));
      return { text: bare ? bare14(text) : text, how: (mix ? 'groups partly read as numbers' : 'groups read as numbers') + (bare ? ', no diacritics' : '') };
    }
  }
}

function phone14(r: Rng, lang: Lang, obfuscate: boolean, keys: string[]): Surface {
  const p = phoneNumber14(r, keys);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  const said = p.shape.say ? p.shape.say(p.national) : p.national;
  const raw = groups14(said, p.shape.groups);
  // the trunk 8 of Russia is written with the first group
  const gs = p.shape.say && raw.length > 1 && raw[0].length === 1 ? [raw[0] + raw[1], ...raw.slice(2)] : raw;
  const way = r.pick(WAYS14[lang]);
  switch (way) {
    case 'say':
    case 'saymix': {
      const s = sayPhone14(r, lang, raw, gs, way === 'saymix');
      return { text: s.text, obfuscated: true, how: s.how };
    }
    case 'circled':
      return { text: gs.map((g) => circled14(g, false)).join(r.pick(lang === 'ja' ? ['-', ' ', '・', 'ー'] : ['-', ' ', ''])), obfuscated: true, how: 'circled digits' };
    case 'keycap':
      return { text: gs.map(keycap14).join(r.pick([' ', '➖', ''])), obfuscated: true, how: 'keycap emoji digits' };
    case 'emoji': {
      const e = r.pick(EMOJI14);
      return { text: gs.join(r.chance(0.6) ? e : ` ${e} `), obfuscated: true, how: 'emoji between groups' };
    }
    case 'lines':
      return { text: gs.join('\n'), obfuscated: true, how: 'groups on separate lines' };
    case 'words':
      return { text: gs.join(r.pick(JOIN14[lang])), obfuscated: true, how: 'groups joined by words' };
    case 'homo': {
      const h = homoDigits14(r, lang, p.formatted);
      if (h) return { text: h, obfuscated: true, how: 'look-alike digits' };
      return { text: gs.map(keycap14).join(' '), obfuscated: true, how: 'keycap emoji digits' };
    }
    case 'mixed': {
      const zero = r.pick(SPELL14[lang][0]);
      const text = gs.map((g, i) => (i % 3 === 1 ? spellRun14(r, lang, g, zero) : i % 3 === 2 ? fullWidth(g) : g)).join(cjk14(lang) ? r.pick([' ', '-']) : r.pick([', ', ' ']));
      return { text, obfuscated: true, how: 'groups as digits, words and full-width digits in turn' };
    }
    case 'plus': {
      const intl = parsePhoneNumberFromString(p.national, p.shape.region)!;
      const nsn = String(intl.nationalNumber);
      return { text: `➕${intl.countryCallingCode} ${groups14(nsn, nsn.length > 8 ? [2, 4, 4] : [4, 4]).join(r.pick([' ', '-']))}`, obfuscated: true, how: 'plus sign as an emoji' };
    }
    case 'fw':
      return { text: fwPart14(r, p.formatted), obfuscated: true, how: 'full-width' };
    default:
      return { text: zw14(r, p.formatted), obfuscated: true, how: 'zero-width' };
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB14: Record<Lang, string[]> = {
  en: ['www.eventbrite.co.uk/e/{s}-tickets-{n}', '{h}.carrd.co', 'ko-fi.com/{h}', 'www.twitch.tv/{h}', '{s}.notion.site/{x}', 'padlet.com/{h}/{s}', 'forms.office.com/r/{k}', 'tinyurl.com/{s}-{n}', 'signup.com/go/{k}', 'www.{s}-rowing.org.uk/join', 'dub.sh/{k}', 'www.{s}.london/tickets', 'sites.google.com/view/{s}-club'],
  ja: ['coubic.com/{s}/{n}', 'select-type.com/rsv/?id={k}', 'potofu.me/{h}', '{h}.booth.pm', '{s}.stores.jp', 'www.street-academy.com/myclass/{n}', '茶道教室.jp', 'いけばな.com/{s}', 'tayori.com/form/{x}', 'jp.mercari.com/item/m{n}', 'www.{s}.tokyo', '{s}-shodo.jimdosite.com'],
  ko: ['in.naver.com/{h}', '{s}.modoo.at', 'www.tumblbug.com/{s}', 'class101.net/products/{k}', 'm.site.naver.com/{k}', '우리태권도.한국', 'www.{s}.co.kr/event', 'link.inpock.co.kr/{h}', 'taling.me/Talent/Detail/{n}', '{s}.imweb.me/reserve'],
  ru: ['taplink.cc/{h}', 'ok.ru/group/{n}', 'yandex.ru/maps/-/{k}', 'disk.yandex.ru/d/{k}', 'forms.yandex.ru/u/{x}/', 'конный-клуб.рф', 'бард-вечер.рф/афиша', '{s}.ru/zapis', 'www.{s}.moscow', 'lyzhi-{s}.ru', 'my.mail.ru/community/{s}'],
  vi: ['tiki.vn/{s}-p{n}.html', 'www.lazada.vn/shop/{s}', 'beacons.ai/{h}', 'họcbơi.vn', '{s}.com.vn/dang-ky', 'www.canva.com/design/{k}/view', 'giasu{s}.edu.vn', 'sites.google.com/view/{s}-vovinam', 'bit.ly/{k}', 'www.{s}.vn/lop-hoc'],
};
const SLUG14 = ['harbour', 'kestrel', 'sakura', 'hanbit', 'beryozka', 'senvang', 'wren', 'tsubaki', 'nuri', 'sosna', 'hoamai', 'alder'];
/** Messenger links by platform; CHATQ draws any platform, the ...LQ slots the one their template names. */
const CHAT14: Record<string, string[]> = {
  tg: ['t.me/{h}', 't.me/{h}_bot?start={k}', 't.me/addlist/{k}{k}', 't.me/+{k}{k}'],
  wa: ['wa.me/{w}', 'wa.me/message/{K}{K}', 'whatsapp.com/channel/{k}{k}{k}', 'wa.me/{w}?text=Hello'],
  line: ['line.me/R/ti/p/%40{h}', 'page.line.me/{k}', 'line.me/ti/p/{k}{k}', 'lin.ee/{k}'],
  kakao: ['open.kakao.com/me/{h}', 'open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}', 'pf.kakao.com/_{k}'],
  zalo: ['zalo.me/{w}', 'zalo.me/g/{k}{k}'],
  discord: ['discord.gg/{k}', 'discord.com/invite/{k}{k}', 'discord.com/users/{f}'],
  fb: ['www.messenger.com/t/{h}', 'm.me/{h}', 'www.facebook.com/groups/{s}club', 'fb.com/groups/{n}'],
  vk: ['vk.com/{h}', 'vk.me/{h}', 'vk.com/club{n}', 'vk.com/im?sel=-{n}'],
  ig: ['instagram.com/{h}', 'www.instagram.com/{h}/'],
  x: ['x.com/{h}', 'twitter.com/{h}'],
};
const CHAT_SLOTS14: Record<string, string> = { TGLQ: 'tg', WALQ: 'wa', KKLQ: 'kakao', LNLQ: 'line', ZLLQ: 'zalo', DCLQ: 'discord', FBLQ: 'fb', VKLQ: 'vk' };
const CHATQ14 = ['tg', 'wa', 'line', 'kakao', 'zalo', 'discord', 'fb', 'vk', 'ig', 'x'];
const SLASH14: Record<Lang, string[]> = { en: [' slash '], ja: ['スラッシュ'], ko: [' 슬래시 ', '슬래시'], ru: [' слеш ', ' слэш '], vi: [' gạch chéo ', ' xẹt '] };
const ODDDOT14: Record<Lang, string[]> = { en: ['·', '．'], ja: ['。', '・', '．'], ko: ['ㆍ', '．'], ru: ['·', '．'], vi: ['·', '．'] };

function url14(r: Rng, lang: Lang, obfuscate: boolean, kind: string): Surface {
  const h = handle14(r, lang, 'any').replace(/\./g, '_');
  const platform = kind === 'chat' ? r.pick(CHATQ14) : kind;
  const pattern = kind === 'web' ? r.pick(WEB14[lang]) : r.pick(CHAT14[platform]);
  let site = pattern
    .replace('{h}', pattern.startsWith('{h}.') ? h.replace(/_/g, '-') : h)
    .replace('{s}', r.pick(SLUG14))
    .replace(/\{k\}/g, () => key14(r, 5))
    .replace(/\{K\}/g, () => upper14(r, 6) + r.int(1, 9))
    .replace('{x}', () => hex14(r, 12))
    .replace('{n}', () => String(r.int(100000, 9999999)))
    .replace('{f}', () => String(r.int(1, 9)) + r.digits(17))
    .replace('{w}', () => {
      const p = phoneNumber14(r, MOB14[lang]);
      return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
    });
  const slash = site.search(/[/?#]/);
  let host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  // internationalised hosts are as often pasted in punycode
  if (/[^\x00-\x7f]/.test(host) && !obfuscate && r.chance(0.4)) {
    host = domainToASCII(host);
    site = host + path;
  }
  const scheme = r.chance(0.4) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const labels = host.split('.');
  const dots = DOT14[lang];
  switch (r.int(0, 12)) {
    case 0:
      return { text: (r.chance(0.7) ? 'ttps://' : 'ttp://') + site, obfuscated: true, how: 'scheme without its h' };
    case 1:
      // leaving the h off is above all a Japanese habit
      if (lang === 'ja') return { text: (r.chance(0.7) ? 'ttps://' : 'ttp://') + site, obfuscated: true, how: 'scheme without its h' };
      return { text: labels.join(r.pick(dots)) + path, obfuscated: true, how: 'dot words' };
    case 2:
      return { text: labels.join(r.pick(dots)) + path, obfuscated: true, how: 'dot words' };
    case 3:
      return { text: scheme + labels.join(r.pick([',', ', '])) + path, obfuscated: true, how: 'commas for dots' };
    case 4:
      return { text: scheme + labels.join(r.pick(ODDDOT14[lang])) + path, obfuscated: true, how: 'ideographic or middle dots' };
    case 5:
      return { text: labels.slice(0, -1).join('.') + r.pick([' .', '. ']) + labels[labels.length - 1] + path, obfuscated: true, how: 'space at the last dot' };
    case 6:
      if (path.startsWith('/')) {
        const sl = r.pick(SLASH14[lang]);
        return { text: labels.join(r.pick(dots)) + path.replace(/\//g, sl).replace(/\s+$/, ''), obfuscated: true, how: 'dots and slashes said' };
      }
      return { text: labels.join(r.pick(dots)) + path, obfuscated: true, how: 'dot words' };
    case 7:
      if (path.length > 1) return { text: scheme + host + '\n' + path, obfuscated: true, how: 'host and path on separate lines' };
      return { text: labels.slice(0, -1).join('.') + r.pick([' .', '. ']) + labels[labels.length - 1], obfuscated: true, how: 'space at the last dot' };
    case 8:
      return { text: r.pick(['https : //', 'https//', 'h t t p s://', 'https:/ /']) + site, obfuscated: true, how: 'odd scheme' };
    case 9: {
      const l = look14(r, host);
      return l ? { text: scheme + l + path, obfuscated: true, how: 'look-alike letters' } : { text: scheme + circled14(host) + path, obfuscated: true, how: 'circled letters' };
    }
    case 10:
      return { text: scheme + circled14(host) + path, obfuscated: true, how: 'circled letters' };
    case 11:
      return { text: zw14(r, plain), obfuscated: true, how: 'zero-width' };
    default:
      return { text: fwPart14(r, plain), obfuscated: true, how: 'full-width in part' };
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id14(r: Rng, lang: Lang, obfuscate: boolean, style: Style14): Surface {
  const h = handle14(r, lang, style);
  if (!obfuscate) return { text: h, obfuscated: false };
  const at = h.startsWith('@');
  const body = at ? h.slice(1) : h;
  let way = r.int(0, 11);
  // a handle without marks to say is broken by a space instead
  if (way <= 2 && !/[._-]/.test(body)) way = 3;
  switch (way) {
    case 0:
    case 1:
    case 2:
      return { text: (at ? '@' : '') + sayMarks14(r, lang, body).trim(), obfuscated: true, how: 'marks said aloud' };
    case 3: {
      const spots = [...h].map((c, i) => (i > 0 && /[A-Za-z0-9]/.test(c) && /[A-Za-z0-9]/.test(h[i - 1]) ? i : -1)).filter((i) => i > 0);
      if (spots.length) {
        const i = r.pick(spots);
        return { text: `${h.slice(0, i)} ${h.slice(i)}`, obfuscated: true, how: 'broken by a space' };
      }
      return { text: [...h].join(' '), obfuscated: true, how: 'letters spaced' };
    }
    case 4:
      return { text: [...h].join(' '), obfuscated: true, how: 'letters spaced' };
    case 5:
      return { text: circled14(h), obfuscated: true, how: 'circled letters' };
    case 6:
    case 7: {
      const l = look14(r, h);
      return l ? { text: l, obfuscated: true, how: 'look-alike letters' } : { text: circled14(h), obfuscated: true, how: 'circled letters' };
    }
    case 8:
      return at ? { text: r.pick(['＠', '﹫']) + body, obfuscated: true, how: 'full-width or small at' } : { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    case 9:
      return at ? { text: '@ ' + body, obfuscated: true, how: 'space after the at' } : { text: zw14(r, h), obfuscated: true, how: 'zero-width' };
    case 10:
      return { text: zw14(r, h), obfuscated: true, how: 'zero-width' };
    default:
      return { text: fwPart14(r, h), obfuscated: true, how: 'full-width in part' };
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

/** Digit groups disguised in the ways of this set, shared by cards, My Numbers and resident numbers. */
function digitGroups14(r: Rng, lang: Lang, g: string[], ways: string[]): Surface {
  const way = r.pick(ways);
  switch (way) {
    case 'circled':
      return { text: g.map((x) => circled14(x, false)).join(r.pick([' ', '-', '　'])), obfuscated: true, how: 'circled digits' };
    case 'keycap':
      return { text: g.map(keycap14).join(r.pick([' ', '  ', '➖'])), obfuscated: true, how: 'keycap emoji digits' };
    case 'emoji': {
      const e = r.pick(EMOJI14);
      return { text: g.join(r.chance(0.5) ? e : ` ${e} `), obfuscated: true, how: 'emoji between groups' };
    }
    case 'lines':
      return { text: g.join('\n'), obfuscated: true, how: 'groups on separate lines' };
    case 'homo': {
      const h = homoDigits14(r, lang, g.join(' '));
      if (h) return { text: h, obfuscated: true, how: 'look-alike digits' };
      return { text: g.map(keycap14).join(' '), obfuscated: true, how: 'keycap emoji digits' };
    }
    case 'say': {
      if (lang === 'ru' || lang === 'vi') {
        const text = g.map((x) => groupWords14(r, lang, x)).join(', ');
        return { text: lang === 'vi' && r.chance(0.3) ? bare14(text) : text, obfuscated: true, how: 'groups read as number words' };
      }
      const zero = r.pick(SPELL14[lang][0]);
      return { text: g.map((x) => (lang === 'en' ? british14(x, zero) : spellRun14(r, lang, x, zero))).join(lang === 'ja' ? r.pick([' ', '、', '-']) : lang === 'ko' ? r.pick([' ', '-', ' 다시 ']) : ', '), obfuscated: true, how: 'spelled digits' };
    }
    case 'words':
      return { text: g.join(r.pick(JOIN14[lang])), obfuscated: true, how: 'groups joined by words' };
    case 'dots':
      return { text: g.join(r.pick(['.', ' . ', '/', ' | '])), obfuscated: true, how: 'odd separators' };
    case 'zw':
      return { text: zw14(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    default:
      return { text: g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(r.pick([' ', '-'])), obfuscated: true, how: 'full-width groups' };
  }
}

const CARDS14: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners', 'rupay'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'diners'],
  ko: ['visa', 'mc', 'mc2', 'unionpay', 'jcb', 'amex'],
  ru: ['mir', 'mir', 'mir', 'visa', 'mc', 'unionpay', 'troy'],
  vi: ['napas', 'napas', 'visa', 'mc', 'jcb', 'unionpay'],
};
function card14(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.pick(CARDS14[lang]);
  const d =
    kind === 'visa' ? luhnComplete(r, '4', 16)
    : kind === 'mc' ? luhnComplete(r, String(r.int(51, 55)), 16)
    : kind === 'mc2' ? luhnComplete(r, String(r.int(2221, 2720)), 16)
    : kind === 'amex' ? luhnComplete(r, r.pick(['34', '37']), 15)
    : kind === 'discover' ? luhnComplete(r, r.pick(['6011', '644', '65']), 16)
    : kind === 'diners' ? luhnComplete(r, r.pick(['300', '305', '36', '38']), 14)
    : kind === 'rupay' ? luhnComplete(r, r.pick(['6521', '6522', '508']), 16)
    : kind === 'jcb' ? luhnComplete(r, String(r.int(3528, 3589)), 16)
    : kind === 'unionpay' ? luhnComplete(r, '62' + r.int(12, 88), 16)
    : kind === 'mir' ? luhnComplete(r, '220' + r.int(0, 4), 16)
    : kind === 'troy' ? luhnComplete(r, '9792', 16)
    : luhnComplete(r, '9704', 16);
  const g = d.length === 15 ? parts(d, [4, 6, 5]) : d.length === 14 ? parts(d, [4, 6, 4]) : parts(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d, g.join(' ')]), obfuscated: false };
  return digitGroups14(r, lang, g, cjk14(lang) ? ['circled', 'circled', 'keycap', 'emoji', 'lines', 'homo', 'say', 'words', 'zw', 'fw'] : ['emoji', 'emoji', 'keycap', 'lines', 'homo', 'homo', 'say', 'say', 'words', 'dots', 'zw', 'fw']);
}

function ip14(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const hx = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.25);
  const text = v6
    ? r.pick([`2001:${hx()}:${hx()}::${hx()}`, `2406:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}`, `fe80::${hx()}:${hx()}:${hx()}:${hx()}`, `fd${hex14(r, 2)}:${hx()}:${hx()}::${r.int(2, 250)}`, `2a01:${hx()}:${hx()}::${hx()}:${hx()}`])
    : r.pick([`${r.int(31, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(151, 212)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  if (v6) {
    switch (r.int(0, 3)) {
      case 0:
        return { text: zw14(r, text), obfuscated: true, how: 'zero-width' };
      case 1:
        return { text: fwPart14(r, text), obfuscated: true, how: 'full-width in part' };
      case 2:
        return { text: text.toUpperCase().replace(/::/g, '\u0000').replace(/:/g, r.pick([' : ', ': '])).replace(/\u0000/g, ' :: '), obfuscated: true, how: 'spaced colons, capitals' };
      default:
        return { text: circled14(text), obfuscated: true, how: 'circled digits and letters' };
    }
  }
  const o = text.split('.');
  switch (r.int(0, 6)) {
    case 0:
      return { text: o.join(r.pick(DOT14[lang])), obfuscated: true, how: 'dot words' };
    case 1:
      return { text: o.join(r.pick(ODDDOT14[lang])), obfuscated: true, how: 'ideographic or middle dots' };
    case 2:
      return { text: o.join(r.pick([',', ', '])), obfuscated: true, how: 'commas for dots' };
    case 3:
      return { text: o.join(r.pick(EMOJI14)), obfuscated: true, how: 'emoji for dots' };
    case 4:
      return { text: o.map((x) => circled14(x, false)).join('.'), obfuscated: true, how: 'circled digits' };
    case 5:
      return { text: zw14(r, text), obfuscated: true, how: 'zero-width' };
    default:
      return { text: fwPart14(r, text), obfuscated: true, how: 'full-width in part' };
  }
}

/** IBANs: countries and the shape of their national part (registry lengths). */
const IBAN14: Record<string, (r: Rng) => string> = {
  AT: (r) => r.digits(16),
  CH: (r) => r.digits(17),
  LI: (r) => r.digits(17),
  LU: (r) => r.digits(16),
  MT: (r) => r.pick(['MALT', 'VALL', 'APSB']) + r.digits(23),
  CY: (r) => r.digits(24),
  BG: (r) => r.pick(['BNBG', 'UNCR', 'STSA']) + r.digits(14),
  GI: (r) => 'NWBK' + r.digits(15),
  SA: (r) => r.digits(20),
  QA: (r) => r.pick(['DOHB', 'QNBA']) + r.digits(21),
  BH: (r) => r.pick(['NBOB', 'BMAG']) + r.digits(14),
  KW: (r) => r.pick(['CBKU', 'NBOK']) + r.digits(22),
  JO: (r) => r.pick(['CBJO', 'ARAB']) + r.digits(22),
  IL: (r) => r.digits(19),
  AZ: (r) => r.pick(['NABZ', 'IBAZ']) + r.digits(20),
  MD: (r) => r.pick(['AG', 'MO']) + r.digits(18),
  UA: (r) => r.digits(25),
  BY: (r) => r.pick(['NBRB', 'AKBB']) + r.digits(20),
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['BARC', 'LOYD', 'MIDL']) + r.digits(14),
};
const IBAN_LANG14: Record<Lang, string[]> = {
  en: ['GB', 'GB', 'MT', 'CY', 'GI', 'LU', 'CH', 'AT', 'IL'],
  ja: ['DE', 'CH', 'AT', 'LU', 'LI'],
  ko: ['DE', 'AT', 'CH', 'SA', 'QA', 'BH'],
  ru: ['MD', 'MD', 'UA', 'AZ', 'BY', 'DE'],
  vi: ['DE', 'AT', 'CH', 'BG', 'SA', 'KW'],
};
function iban14(r: Rng, lang: Lang, obfuscate: boolean, country?: string): Surface {
  const c = country ?? r.pick(IBAN_LANG14[lang]);
  const bban = IBAN14[c](r);
  const code = c + p14(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('blind14: bad IBAN');
  const g = code.match(/.{1,4}/g)!;
  if (!obfuscate) return { text: r.chance(0.6) ? g.join(' ') : code, obfuscated: false };
  switch (r.int(0, 6)) {
    case 0:
      return { text: r.chance(0.5) ? code.toLowerCase() : g.join(' ').toLowerCase(), obfuscated: true, how: 'lower case' };
    case 1:
      return { text: g.join(r.pick(EMOJI14)), obfuscated: true, how: 'emoji between groups' };
    case 2:
      return { text: g.join('\n'), obfuscated: true, how: 'groups on separate lines' };
    case 3:
      return { text: g.join(r.pick(['.', ' . ', ' / ', ' | '])), obfuscated: true, how: 'odd separators' };
    case 4:
      return { text: zw14(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    case 5:
      return { text: `${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4).match(/.{1,3}/g)!.join(' ')}`.toLowerCase(), obfuscated: true, how: 'regrouped, lower case' };
    default:
      return { text: fwPart14(r, g.join(' ')), obfuscated: true, how: 'full-width in part' };
  }
}

function myNumber14(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d]), obfuscated: false };
  return digitGroups14(r, lang, g, lang === 'ja' ? ['circled', 'circled', 'keycap', 'emoji', 'lines', 'homo', 'say', 'zw', 'fw'] : ['circled', 'keycap', 'emoji', 'lines', 'homo', 'say', 'words', 'zw', 'fw']);
}

function rrn14(r: Rng, lang: Lang, obfuscate: boolean, alien: boolean): Surface {
  const y = r.int(1962, 2006);
  const sex = alien ? (y >= 2000 ? r.pick(['7', '8']) : r.pick(['5', '6'])) : y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2']);
  const body = p14(y % 100) + p14(r.int(1, 12)) + p14(r.int(1, 28)) + sex + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const g = [d.slice(0, 6), d.slice(6)];
  if (!obfuscate) return { text: r.chance(0.85) ? g.join('-') : d, obfuscated: false };
  if (r.chance(0.2)) return { text: g.join(r.pick(['~', '—', ' ㅡ ', '–'])), obfuscated: true, how: 'odd dash' };
  return digitGroups14(r, lang, g, lang === 'ko' ? ['circled', 'emoji', 'lines', 'homo', 'homo', 'say', 'zw', 'fw'] : ['circled', 'keycap', 'emoji', 'lines', 'homo', 'say', 'zw', 'fw']);
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS14: Record<string, Style14> = { IDQ: 'any', LNQ: 'line', LNOQ: 'lineoa', KKQ: 'kakao', TGQ: 'tg', IGQ: 'ig', DCQ: 'discord', WXQ: 'wechat', SKQ: 'skype', FBQ: 'fb', VKQ: 'vk', XQ: 'x', SGQ: 'signal' };
/** Phone slots and the shapes they draw from. */
const PHONE_SLOTS14: Record<string, Record<Lang, string[]>> = {
  TELQ: MIX14,
  MOBQ: MOB14,
  OWNQ: { en: ['US', 'GB_MOB'], ja: ['JP_MOB'], ko: ['KR_MOB'], ru: ['RU_MOB'], vi: ['VN_MOB'] },
  MYQ: { en: ['MY'], ja: ['MY'], ko: ['MY'], ru: ['MY'], vi: ['MY'] },
  AZQ: { en: ['AZ'], ja: ['AZ'], ko: ['AZ'], ru: ['AZ'], vi: ['AZ'] },
  AEQ: { en: ['AE'], ja: ['AE'], ko: ['AE'], ru: ['AE'], vi: ['AE'] },
  MXQ: { en: ['MX'], ja: ['MX'], ko: ['MX'], ru: ['MX'], vi: ['MX'] },
  BRQ: { en: ['BR'], ja: ['BR'], ko: ['BR'], ru: ['BR'], vi: ['BR'] },
  MNQ: { en: ['MN'], ja: ['MN'], ko: ['MN'], ru: ['MN'], vi: ['MN'] },
  KGQ: { en: ['KG'], ja: ['KG'], ko: ['KG'], ru: ['KG'], vi: ['KG'] },
  IDNQ: { en: ['ID'], ja: ['ID'], ko: ['ID'], ru: ['ID'], vi: ['ID'] },
  QAQ: { en: ['QA'], ja: ['QA'], ko: ['QA'], ru: ['QA'], vi: ['QA'] },
};
const ENTITY_SLOTS14 = new Set([...Object.keys(ID_SLOTS14), ...Object.keys(CHAT_SLOTS14), ...Object.keys(PHONE_SLOTS14), 'MAILQ', 'MAILSWQ', 'WEBQ', 'CHATQ', 'CARDQ', 'IPQ', 'IBANQ', 'IBANDEQ', 'MYNQ', 'RRNQ', 'ARCQ']);

/** The entity for one of this set's slots, null for a filler slot. */
export function blind14Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS14[slot]) return { type: 'MESSENGER_ID', surface: id14(r, lang, obfuscate, ID_SLOTS14[slot]) };
  if (CHAT_SLOTS14[slot]) return { type: 'URL', surface: url14(r, lang, obfuscate, CHAT_SLOTS14[slot]) };
  if (PHONE_SLOTS14[slot]) return { type: 'PHONE', surface: phone14(r, lang, obfuscate, PHONE_SLOTS14[slot][lang]) };
  switch (slot) {
    case 'MAILQ':
      return { type: 'EMAIL', surface: email14(r, lang, obfuscate) };
    case 'MAILSWQ':
      return { type: 'EMAIL', surface: email14(r, lang, obfuscate, true) };
    case 'WEBQ':
      return { type: 'URL', surface: url14(r, lang, obfuscate, 'web') };
    case 'CHATQ':
      return { type: 'URL', surface: url14(r, lang, obfuscate, 'chat') };
    case 'CARDQ':
      return { type: 'CREDIT_CARD', surface: card14(r, lang, obfuscate) };
    case 'IPQ':
      return { type: 'IP_ADDRESS', surface: ip14(r, lang, obfuscate) };
    case 'IBANQ':
      return { type: 'IBAN', surface: iban14(r, lang, obfuscate) };
    case 'IBANDEQ':
      return { type: 'IBAN', surface: iban14(r, lang, obfuscate, 'DE') };
    case 'MYNQ':
      return { type: 'JP_MY_NUMBER', surface: myNumber14(r, lang, obfuscate) };
    case 'RRNQ':
      return { type: 'KR_RRN', surface: rrn14(r, lang, obfuscate, false) };
    case 'ARCQ':
      return { type: 'KR_RRN', surface: rrn14(r, lang, obfuscate, true) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers, per platform, in each language and script: names, nicknames, abbreviations. */
const APPS14: Record<string, Record<Lang, string[]>> = {
  LINEZ: { en: ['LINE', 'Line'], ja: ['LINE', 'ライン', 'ﾗｲﾝ'], ko: ['라인', 'LINE'], ru: ['Лайн', 'LINE'], vi: ['Line', 'LINE'] },
  KKZ: { en: ['KakaoTalk', 'Kakao'], ja: ['カカオトーク', 'カカオ'], ko: ['카톡', '카카오톡', 'ㅋㅌ'], ru: ['КакаоТок', 'какао'], vi: ['KakaoTalk', 'Kakao'] },
  TGZ: { en: ['Telegram', 'TG', 'tg', 'Tele'], ja: ['テレグラム', 'Telegram', 'テレグラ'], ko: ['텔레그램', '텔레', '텔그'], ru: ['телеграм', 'телега', 'тг', 'ТГ'], vi: ['Telegram', 'Tele', 'tele'] },
  IGZ: { en: ['Instagram', 'IG', 'insta'], ja: ['インスタ', 'Instagram'], ko: ['인스타', '인스타그램'], ru: ['инста', 'инстаграм'], vi: ['Insta', 'IG', 'ins'] },
  DCZ: { en: ['Discord', 'discord', 'Disc'], ja: ['ディスコ', 'Discord', 'ディスコード'], ko: ['디코', '디스코드'], ru: ['дискорд', 'дс'], vi: ['Discord', 'dis'] },
  WXZ: { en: ['WeChat', 'Weixin'], ja: ['WeChat', '微信'], ko: ['위챗', 'WeChat'], ru: ['вичат', 'WeChat'], vi: ['WeChat', 'Wechat'] },
  SKZ: { en: ['Skype'], ja: ['スカイプ', 'Skype'], ko: ['스카이프', '스카입'], ru: ['скайп', 'Skype'], vi: ['Skype'] },
  FBZ: { en: ['Facebook', 'FB', 'Messenger'], ja: ['Facebook', 'フェイスブック'], ko: ['페북', '페이스북'], ru: ['фейсбук', 'фб'], vi: ['FB', 'face', 'mess', 'Messenger'] },
  VKZ: { en: ['VK', 'VKontakte'], ja: ['VK', 'フコンタクテ'], ko: ['VK', '브이케이'], ru: ['ВК', 'вк', 'ВКонтакте'], vi: ['VK', 'vk'] },
  XZ: { en: ['X', 'Twitter', 'X (Twitter)'], ja: ['X', 'ツイッター', 'X（旧Twitter）'], ko: ['엑스', '트위터', 'X'], ru: ['X', 'твиттер', 'икс'], vi: ['X', 'Twitter'] },
  SGZ: { en: ['Signal'], ja: ['Signal', 'シグナル'], ko: ['시그널', 'Signal'], ru: ['сигнал', 'Signal'], vi: ['Signal'] },
  WAZ: { en: ['WhatsApp', 'WA', 'whatsapp'], ja: ['WhatsApp', 'ワッツアップ'], ko: ['왓츠앱', 'WhatsApp'], ru: ['вотсап', 'WhatsApp', 'ватсап'], vi: ['WhatsApp', 'Whatsapp'] },
  ZLZ: { en: ['Zalo'], ja: ['Zalo'], ko: ['잘로', 'Zalo'], ru: ['Zalo'], vi: ['Zalo', 'zalo', 'Dá lô'] },
};
const ANYID14 = ['LINEZ', 'KKZ', 'TGZ', 'IGZ', 'DCZ', 'WXZ', 'SKZ', 'FBZ', 'VKZ', 'XZ', 'SGZ'];
/** Russian accusative (писать в ...) and prepositional (сидеть в ...) forms; in the other languages the plain names. */
const RU_CASES14: Record<string, { base: string; ru: string[] }> = {
  TGAZ: { base: 'TGZ', ru: ['телегу', 'телеграм', 'тг', 'Телеграм', 'личку в тг'] },
  TGPZ: { base: 'TGZ', ru: ['телеге', 'телеграме', 'тг', 'Телеграме'] },
  VKPZ: { base: 'VKZ', ru: ['вк', 'ВК', 'ВКонтакте', 'контакте'] },
  ANYPZ: { base: 'ANYZ', ru: ['телеге', 'вк', 'дискорде', 'скайпе', 'вичате', 'инсте', 'сигнале', 'лайне', 'какао'] },
};

/**
 * Where a run of digits in a message of each language could be read as a phone number: the language's
 * own country, the US and the UK (and, for English, Canada and Ireland).
 */
const REGIONS14: Record<Lang, CountryCode[]> = { en: ['US', 'CA', 'GB', 'IE'], ja: ['JP', 'US', 'GB'], ko: ['KR', 'US', 'GB'], ru: ['RU', 'US', 'GB'], vi: ['VN', 'US', 'GB'] };
function phoneLike14(lang: Lang, d: string): boolean {
  return d.length >= 5 && d.length <= 15 && REGIONS14[lang].some((c) => parsePhoneNumberFromString(d, c)?.isValid());
}
/** Whether a run of digits could be read as a phone number (see above), a card or a My Number. */
function entityLike14(lang: Lang, d: string): boolean {
  if (d.length >= 12 && d.length <= 19 && luhn(d)) return true;
  if (d.length === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) return true;
  return phoneLike14(lang, d);
}
/**
 * Whether a written string holds nothing entity-like: no run of digits, nor any run of digits joined across
 * the spaces, dashes, dots, slashes and brackets a phone number could be written with, is one of them.
 */
function clean14(lang: Lang, s: string): boolean {
  const runs = [...(s.match(/\d+/g) ?? []), ...(s.match(/\d[\d\s\-.()/]*\d/g) ?? []).map((x) => x.replace(/\D/g, ''))];
  return !runs.some((d) => entityLike14(lang, d));
}
/** `n` digits after `lead` that are none of the entities; at most 60 draws, then a fixed run that is none. */
function safe14(r: Rng, lang: Lang, n: number, lead = ''): string {
  for (let tries = 0; tries < 60; tries++) {
    const d = lead + r.digits(Math.max(0, n - lead.length));
    if (!entityLike14(lang, d)) return d;
  }
  return '1'.repeat(Math.min(n, 4));
}
/** A string made by `make` that holds nothing entity-like; at most 60 draws, then `fallback`. */
function checked14(r: Rng, lang: Lang, make: (r: Rng) => string, fallback: string): string {
  for (let tries = 0; tries < 60; tries++) {
    const s = make(r);
    if (clean14(lang, s)) return s;
  }
  return fallback;
}

function money14(r: Rng, lang: Lang): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  return r.pick({
    en: [`£${n(8, 95)}`, `£${n(120, 480)}`, `$${n(15, 300)}`, `€${n(20, 90)}`],
    ja: [`${n(1, 9)},${r.pick(['000', '500'])}円`, `${n(2, 8)}千円`, `¥${n(1, 5)},${r.pick(['000', '500'])}`],
    ko: [`${n(1, 9)}만원`, `${n(10, 60)},000원`, `${n(2, 9)}천원`],
    ru: [`${n(300, 2900)} ₽`, `${n(40, 95)}к`, `${n(1, 9)} ${r.pick(['000', '500'])} ₽`],
    vi: [`${n(30, 90)}k`, `${n(35, 70)}.000đ`, `${n(1, 9)} triệu`],
  }[lang]);
}

/** ISBN-10 with its mod 11 check character, hyphenated. */
function isbn10_14(r: Rng): string {
  const body = r.pick(['0', '1', '4', '5', '89', '604']) + r.digits(9);
  const b = body.slice(0, 9);
  let s = 0;
  for (let i = 0; i < 9; i++) s += (b.charCodeAt(i) - 48) * (10 - i);
  const c = (11 - (s % 11)) % 11;
  const d = b + (c === 10 ? 'X' : String(c));
  const g = d.length === 10 ? r.int(1, 2) : 1;
  return `${d.slice(0, g)}-${d.slice(g, g + 4)}-${d.slice(g + 4, 9)}-${d[9]}`;
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind14Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS14[slot]) return r.pick(APPS14[slot][lang]);
  if (RU_CASES14[slot]) {
    const c = RU_CASES14[slot];
    if (lang === 'ru') return r.pick(c.ru);
    return r.pick(APPS14[c.base === 'ANYZ' ? r.pick(ANYID14) : c.base][lang]);
  }
  switch (slot) {
    case 'ANYZ':
      return r.pick(APPS14[r.pick(ANYID14)][lang]);
    case 'NUMZ':
      return String(n(2, 48));
    case 'THREEZ':
      return String(n(100, 999));
    case 'CASHZ':
      return money14(r, lang);
    case 'SHAZ':
      return checked14(r, lang, (r) => hex14(r, 64), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    case 'SEMVERZ':
      return `${n(14, 18)}.${n(0, 3)}.${n(0, 12)}`;
    case 'WORDLEZ':
      return checked14(r, lang, (r) => `1,${r.int(200, 699)} ${r.int(2, 6)}/6`, '1,262 4/6');
    case 'UCASZ':
      return String(n(96, 168));
    case 'VATZ':
      return checked14(r, lang, (r) => `GB ${r.int(100, 999)} ${r.digits(4)} ${r.digits(2)}`, 'GB 284 1153 07');
    case 'UIDZ':
      return safe14(r, lang, 9, r.pick(['6', '7', '8']));
    case 'FLTZ':
      return `0${n(100, 999)}`;
    case 'FERRZ':
      return `${n(15, 180)} µg/L`;
    case 'VITDZ':
      return `${n(20, 90)} nmol/L`;
    case 'DSZ':
      return `AA${r.digits(2)}${upper14(r, 2)}${r.digits(1)}${upper14(r, 1)}${r.digits(1)}${upper14(r, 1)}`;
    case 'ISBNTENZ':
      return checked14(r, lang, isbn10_14, '4-7741-4394-X');
    case 'HRZ':
      return `${n(118, 135)}–${n(140, 152)}`;
    case 'CUBEZ':
      return `${n(14, 45)}.${p14(n(0, 99))}`;
    case 'ROOMZ':
      return lang === 'en' ? r.pick([`S${n(1, 3)}.${p14(n(1, 30))}`, `${n(1, 3)}${p14(n(1, 30))}`]) : String(r.pick([n(101, 130), n(201, 230), n(301, 330), n(401, 412)]));
    case 'HCPZ':
      return `${n(4, 28)}.${n(0, 9)}`;
    case 'DECZ':
      return `${n(1, 95)}.${n(1, 9)}`;
    case 'TICKZ':
      return r.pick(['AAPL', 'TSLA', 'NVDA', 'BARC', 'VOD', 'LLOY', 'TSCO']);
    case 'BOARDZ':
      return r.pick(['8699', '7717', '8461', '9MA0', '9PH0', '8658']);
    case 'CANDZ':
      return String(n(1000, 9999));
    case 'CENTREZ':
      return checked14(r, lang, (r) => String(r.int(10000, 79999)), '58231');
    case 'POSTZ':
      return checked14(r, lang, () => ({
        en: `${r.pick(['LE', 'SO', 'RG', 'YO', 'EX', 'SA'])}${n(1, 19)} ${n(1, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`,
        ja: `${n(100, 999)}-${String(n(0, 9999)).padStart(4, '0')}`,
        ko: String(n(10000, 63999)),
        ru: `${n(101, 690)}${String(n(0, 999)).padStart(3, '0')}`,
        vi: String(n(10000, 99999)),
      })[lang], { en: 'LE1 7RH', ja: '260-0013', ko: '06236', ru: '150000', vi: '16000' }[lang]);
    case 'EXAMZ':
      return safe14(r, lang, lang === 'ko' ? 8 : 6, String(n(1, 9)));
    case 'SHINDOZ':
      return r.pick(['4', '5弱', '5強', '3']);
    case 'HPAZ':
      return String(n(985, 1030));
    case 'HENSAZ':
      return String(n(45, 72));
    case 'PLATEJZ':
      return `${n(10, 99)}-${p14(n(0, 99))}`;
    case 'ARTZ':
      return `${upper14(r, 2)}-${n(1000, 9999)}`;
    case 'KANKENZ':
      return r.pick(['2級', '準2級', '3級', '準1級']);
    case 'TOEICZ':
      return String(n(45, 99) * 10);
    case 'CARZ':
      return String(n(1, 16));
    case 'SEATZ':
      return lang === 'ja' ? `${n(1, 20)}${r.pick(['A', 'B', 'C', 'D', 'E'])}席` : lang === 'ko' ? `${n(1, 20)}${r.pick(['A', 'B', 'C', 'D'])}` : String(n(1, 54));
    case 'GOLFZ':
      return String(n(72, 118));
    case 'ADDRJZ':
      return `${r.pick(['千葉市中央区', 'さいたま市浦和区', '熊本市中央区', '岐阜市'])}${r.pick(['本町', '高砂', '栄町'])}${n(1, 5)}-${n(1, 20)}-${n(1, 15)}`;
    case 'SCOREZ':
      return r.pick({ en: [`${n(0, 3)}-${n(0, 3)}`], ja: [`${n(0, 3)}対${n(0, 3)}`, `${n(0, 3)}-${n(0, 3)}`], ko: [`${n(0, 3)} 대 ${n(0, 3)}`, `${n(0, 3)}-${n(0, 3)}`], ru: [`${n(0, 5)}:${n(0, 5)}`], vi: [`${n(0, 3)}-${n(0, 3)}`] }[lang]);
    case 'MEMBZ':
      return safe14(r, lang, 10, String(n(1, 9)));
    case 'ORDERZ':
      return checked14(r, lang, (r) => r.pick([safe14(r, lang, n(9, 12)), `${upper14(r, 2)}${safe14(r, lang, 9)}`, `${n(2025, 2026)}${p14(n(1, 12))}${p14(n(1, 28))}-${safe14(r, lang, 4)}`]), 'OZ-48120457');
    case 'VERZ':
      return r.pick([`${n(17, 26)}.${n(0, 6)}.${n(1, 3)}`, `v${n(2, 9)}.${n(0, 20)}.${n(0, 9)}`, `${n(6, 14)}.${n(0, 40)}`]);
    case 'MONTHDAYZ': {
      const m = n(1, 12);
      const d = n(1, 28);
      return { en: `${d}/${m}`, ja: `${m}月${d}日（${r.pick(['土', '日', '金'])}）`, ko: `${m}월 ${d}일`, ru: `${d}.${p14(m)}`, vi: `ngày ${d}/${m}` }[lang];
    }
    case 'MONTHZ':
      return r.pick(['March', 'April', 'the spring', 'six weeks']);
    case 'HOURZ':
      return r.pick({
        en: [`${n(6, 11)}:${r.pick(['00', '30'])}am`, `${n(2, 8)}pm`],
        ja: [`${n(13, 19)}:${r.pick(['00', '30'])}`, `午後${n(1, 6)}時`],
        ko: [`오후 ${n(1, 8)}시`, `${n(13, 21)}:${r.pick(['00', '30'])}`],
        ru: [`${n(7, 21)}:${r.pick(['00', '15', '30', '45'])}`],
        vi: [`${n(6, 21)}h${r.pick(['', '30'])}`, `${n(13, 21)}:${r.pick(['00', '30'])}`],
      }[lang]);
    case 'BUSKZ':
      return String(r.pick([n(100, 799), n(1000, 9999)]));
    case 'GRADEZ':
      return String(n(1, 4));
    case 'GPAKZ':
      return `${n(2, 4)}.${n(0, 4)}`;
    case 'ROADZ':
      return `${r.pick(['서울 강남구 테헤란로', '부산 해운대구 해운대로', '경기 성남시 분당구 판교역로', '대전 유성구 대학로'])} ${n(1, 400)}`;
    case 'STATIONZ':
      return r.pick(['강남', '홍대입구', '잠실', '서면', '사당', '합정']);
    case 'DBZ':
      return String(n(39, 57));
    case 'AREAKZ':
      return String(n(59, 114));
    case 'HEIGHTZ':
      return String(n(150, 192));
    case 'DISTZ':
      return `${n(3, 30)}${lang === 'ru' || lang === 'vi' ? ',' : '.'}${n(1, 9)}`;
    case 'ALTZ':
      return String(n(300, 1950));
    case 'STUKZ':
      return safe14(r, lang, 10, `20${n(19, 26)}`);
    case 'COUPONZ':
      return r.pick(['WELCOME10', 'STUDY15', 'TET2026', 'HAPPY50', 'NEWBIE', 'BACK2SCHOOL', 'WINTER25']);
    case 'VISZ':
      return `${n(0, 1)}.${n(0, 9)}`;
    case 'AUDZ':
      return r.pick([`${n(1, 5)}${p14(n(1, 40))}`, `${n(1, 5)}-${p14(n(1, 40))}${r.pick(['', 'а', 'б'])}`]);
    case 'WBZ':
      return safe14(r, lang, 9, String(n(1, 2)));
    case 'MARSHZ':
      return `${n(1, 599)}${r.pick(['', 'м', 'к'])}`;
    case 'ZACHZ':
      return safe14(r, lang, 7, String(n(18, 25)));
    case 'RACEZ':
      return `${n(25, 59)}:${p14(n(0, 59))}`;
    case 'FUELZ':
      return `${n(56, 64)},${p14(n(0, 99))}`;
    case 'TRAINRZ':
      return `№ ${n(1, 199)}${r.pick(['А', 'М', 'Ч', 'С'])}`;
    case 'RATEZ':
      return `${n(78, 104)},${p14(n(0, 99))}`;
    case 'SNIPZ':
      return r.pick(['2.01.07-85', '23-01-99', 'II-7-81', '3.03.01-87']);
    case 'STEPSZ':
      return `${n(10, 25)} ${n(100, 999)}`;
    case 'TIRZ':
      return String(n(1500, 1700));
    case 'FUELVZ':
      return `${n(20, 25)}.${n(100, 999)}`;
    case 'VNIZ':
      return `1.${n(150, 320)},${p14(n(0, 99))}`;
    case 'SBDZ':
      return safe14(r, lang, 8, p14(n(1, 64)));
    case 'MSSVZ':
      return safe14(r, lang, 8, String(n(20, 25)));
    case 'CLASSVZ':
      return `K${n(60, 70)}-${r.pick(['CNTT', 'KTPM', 'QTKD', 'NNA'])}${n(1, 3)}`;
    case 'XSZ':
      return safe14(r, lang, 6);
    case 'BELTZ':
      return r.pick(['xanh', 'vàng', 'đỏ', 'lam']);
    case 'BANDZ':
      return r.pick(['6.0', '6.5', '7.0', '7.5']);
    case 'SHOPEEZ':
      return `2${n(4, 5)}${p14(n(1, 12))}${p14(n(1, 28))}${upper14(r, 4)}${r.digits(2)}${upper14(r, 2)}`;
    case 'RATEVZ':
      return `${n(24, 26)}.${n(100, 999)}`;
    case 'GPAVZ':
      return `${n(6, 9)},${n(0, 9)}`;
    default:
      return null;
  }
}

// ---- checks ------------------------------------------------------------------------------------

// Every positive template must hold an entity (a disguised line could not be drawn from one without), no
// negative template may, and every slot must be one of this set's: fail loudly here rather than loop or
// throw deep in the build.
{
  const slotRe = /\{([A-Z]+@?)\}/g;
  const probe: Rng = { next: () => 0.5, int: (lo) => lo, pick: (xs) => xs[0], chance: () => false, digits: (k) => '1'.repeat(k) };
  for (const lang of Object.keys(BLIND14_POSITIVE) as Lang[]) {
    for (const [kind, list] of [['positive', BLIND14_POSITIVE[lang]], ['negative', BLIND14_NEGATIVE[lang]]] as const) {
      if (list.length < 45) throw new Error(`blind14: only ${list.length} ${kind} templates for ${lang}`);
      for (const t of list) {
        const slots = [...t.matchAll(slotRe)].map((m) => m[1]);
        const entities = slots.filter((s) => ENTITY_SLOTS14.has(s));
        if (kind === 'positive' && entities.length === 0) throw new Error(`blind14: positive template without an entity: ${t}`);
        if (kind === 'negative' && entities.length > 0) throw new Error(`blind14: negative template with an entity: ${t}`);
        for (const s of slots) if (!ENTITY_SLOTS14.has(s) && blind14Filler(probe, lang, s) == null) throw new Error(`blind14: unknown slot ${s}`);
      }
    }
  }
}
