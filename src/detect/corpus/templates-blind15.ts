/**
 * Fifteenth blind held-out set: templates and generators written on 4 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the fourteenth blind set of 3 December
 * (templates-blind14.ts), until the sixteenth blind set of 4 December 2026 (templates-blind16.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New situations for the same tutoring marketplace in the five languages, each with
 * some of its own besides shared ones: music lessons and summer academies abroad (Vienna, Salzburg) and
 * instruments rented there, university admissions agents and consultants (留学エージェント, 유학원, агентства по
 * поступлению, trung tâm du học), mock and real visa interviews, sports coaching (tennis, boxing, figure
 * skating, swimming, football), language-exchange meetups and their sign-up sheets, exam tutoring (EJU,
 * TOPIK, SAT, ЕГЭ, ОГЭ, THPT), landlords returning deposits to accounts abroad, second-hand exam books,
 * things lost and found in gyms and changing rooms, scholarship scams with fake portals and processing
 * fees, recruiters offering remote "tasks", stock and crypto "mentors" who move people to Telegram (주식 리딩방,
 * инвест-чаты), grandparents and aunts on the pickup rota, marching bands, orchestras and theatre and
 * musical auditions, coding bootcamps with demo servers, Korean safe numbers (0507, 0504) shown by shops
 * and couriers, volunteers and guides in Cambodia, Laos, Nepal, Kenya and Iceland, relatives, classmates
 * and tandem partners in Egypt, Pakistan, Tajikistan, Argentina, Chile, Colombia, Peru, Macau, Sri Lanka,
 * Bangladesh, Saudi Arabia, Ukraine, Myanmar or Nigeria, gap years on a local SIM; and message shapes the
 * older sets did not use or used little: e-mail signatures with rules and job titles, vCard 3.0 and 4.0
 * with typed TEL lines, JSON records and JSON-LD, CSV exports with a platform column, markdown tables of
 * roles, WhatsApp, LINE, KakaoTalk, Telegram and Zalo chat exports with their own timestamp formats, quoted
 * replies with ">", forwarded SMS ([국제발신], «Переслано от»), QR-code captions, X, Instagram and TikTok bios,
 * mailto links with percent-encoded subjects in each script, HTML anchors with tel: and mailto:,
 * X-Forwarded-For log lines, entities glued to Korean particles and inside Japanese brackets, at the start,
 * middle and end, next to emoji. Messenger ids are about a quarter of the entities, named in all five
 * languages and scripts by fillers of their own per platform (LINE, KakaoTalk, Telegram, Skype, WeChat,
 * Instagram, Facebook, Discord, Threads, TikTok, VK, QQ; slang, typos and transliterations such as
 * Telegarm, Discrod, тележка, Телеграмм, 깨톡, 페메, 웨챗, tóp tóp, Phây, ﾗｲﾝ, らいん, Russian ones in the
 * accusative, genitive and prepositional cases), with ids in each platform's style (Skype live: ids, wxid_
 * ids, Discord names old with #1234 and new, QQ numbers that are no phone number); numbers given for
 * WhatsApp, Viber, Zalo, MoMo, a transfer by phone number, or as a LINE search are labelled as phones. All
 * entities come from the writers below (`blind15Entity`), none from the older sets: phone numbers of Japan
 * (mobiles, Hakodate, Nara, Kōchi, Ōita, Aomori, Utsunomiya, Nagano, Takamatsu and Toyama landlines and the
 * towns around them), Korea (mobiles, 0507 and 0504 safe numbers, 080), Vietnam (mobiles of every prefix,
 * Bình Định, Thái Nguyên, Lào Cai, An Giang, Long An and Hà Tĩnh landlines), Russia (mobiles, Krasnoyarsk,
 * Tyumen, Murmansk, Volgograd, Arkhangelsk, Saratov, Barnaul and Izhevsk landlines), the US, the UK
 * (mobiles, Plymouth, Bath, Derby, Hull, Inverness and Coventry landlines), Austria, and countries the
 * older sets left out (Cambodia, Laos, Nepal, Bangladesh, Pakistan, Egypt, Nigeria, Kenya, Argentina,
 * Chile, Colombia, Peru, Tajikistan, Macau, Sri Lanka, Saudi Arabia, Ukraine, Myanmar, Iceland), written in
 * libphonenumber-js's national and international forms and in the country's own by hand, kept only when
 * libphonenumber-js says the number is valid for its country and its written form reads back as the same
 * number; links to academy, agency, booking, meetup, form, scam-portal, shop and gallery sites, bare and
 * internationalised domains (.рф, .한국, Japanese and Vietnamese labels); messenger links and invites (t.me
 * with + and joinchat invites and bots, telegram.me, wa.me, wa.me/c, api.whatsapp.com, chat.whatsapp.com,
 * line.me ~ids, @ accounts and group invites, lin.ee, open.kakao.com chats and profiles, qr.kakao.com,
 * zalo.me, zalo.me/g, discord.gg, discord.com/invite, instagram.com, ig.me, m.me, fb.me, Facebook groups,
 * vk.com, vk.me, invite.viber.com, join.skype.com, u.wechat.com); cards of Visa, Mastercard (both ranges),
 * Amex, JCB, UnionPay (16 and 19 digits), Mir, Discover, Diners and Maestro (Luhn); IPv4 (public, private,
 * shared) and IPv6 (global, link-local, unique-local, full, IPv4-mapped) addresses; IBANs of Ireland, the
 * Netherlands, Belgium and Norway (the last two with their national checks), Denmark, Sweden, Iceland,
 * Poland, Estonia, Lithuania, Latvia, Croatia, Slovakia, Romania, Greece, Albania, Kosovo, Brazil,
 * Pakistan, Egypt and Tunisia (mod 97); My Numbers and resident registration numbers with their check
 * digits, the latter always with 주민등록번호 or 주민번호. Disguises stay within the specification: full-width forms
 * (whole, digits, letters or marks only, alternate groups, full-width at and dot words, full-width at with
 * dot words), mathematical bold, sans-serif, sans-serif bold, monospace, double-struck and bold-italic
 * letters and digits, superscript and subscript digits (NFKC forms), Cyrillic and Greek look-alike letters
 * (a Cyrillic or Greek O for a zero too), zero-width characters at separators and inside names, digits
 * apart by spaces, dots, underscores, asterisks, tildes, wave dashes, bullets, middle dots, slashes, bars
 * and Unicode hyphens, dashes and minus signs, dash words (dash, ハイフン, の, 하이픈, 에, тире, дефис, gạch),
 * digits spelled one by one in each language (English with oh and niner and hyphenated words; kanji with 〇
 * and 零, formal daiji 壱弐参肆伍陸漆捌玖, katakana with the long vowels of ニー and ゴー; Sino-Korean with 공 and 영 and
 * native Korean 하나 둘 셋; Russian with ноль and нуль; Vietnamese with bảy or bẩy, with and without
 * diacritics), wholly, after written first groups, and digit by digit mixed with written digits; at and dot
 * written out in each language (at, [at], (@), {@}, ａｔ and ｄｏｔ, アット, あっと, アットマーク, 골뱅이, 앳, 엣, 쩜, 닷, собака,
 * собачка, сабака, тчк, a còng, chấm), the dots, underscores and hyphens of the name said too, capitals
 * with AT and DOT, bracketed dots, defanged schemes (hxxps, [.]), ideographic and full-width dots, dots and
 * slashes said or apart by spaces, and e-mails and links split by spaces; handles with their marks said
 * aloud, letters spaced, full-width or spaced at signs; IPv6 in capitals with colons apart. Hard negatives
 * (`blind15Filler`, and each language's own traps written into the templates): placeholder and masked phone
 * formats (〇〇〇-〇〇〇〇-〇〇〇〇, 090-XXXX-XXXX, 010-****-1234, 07XXX XXXXXX, +7 (9XX) XXX-XX-XX, 09xx xxx xxx),
 * crypto wallet addresses and transaction hashes, exam scores (EJU, SAT, TOPIK, HSK, JLPT, 수능, 共通テスト, ЕГЭ,
 * ОГЭ, THPT) and deviation values, GPAs, tennis sets, lap times, paces, heart rates, weights, metronome
 * marks, opus numbers and capo positions, visa and application reference numbers, tracking, order, ticket
 * and booking codes, unit prices written with @ (3 notebooks @ ¥200), @ for a time or a place, people
 * @-mentioned with no platform, messengers named with no id, the at and dot words in their everyday senses
 * (собака, точка, ドット柄, 점, chấm điểm), digit words in idioms and puns and a teasing half number (Восемь
 * девятьсот…, 공일공, không chín chắn), ISBNs, versions, file names, postcodes and addresses, seats, rows and
 * rooms, exchange rates, time zones, times tables, and reminders to keep contact details in the app (all
 * digits checked to be no phone number of the message's own country, the US or the UK, no card number, no
 * My Number and no IBAN).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in X: MAILX (an e-mail), MMAILX (one pasted in machine text: vCard, HTML, JSON, so only
// invisibly disguised), TELX (any phone), MTELX (the same, machine text), MOBX (a mobile of the language's
// own country, given for WhatsApp, Viber, Zalo, MoMo, a transfer or a LINE search), SAFEX (a Korean safe
// number), ABRX (a mobile abroad), ATX, KHX, LAOX, NPX, BDX, PKX, EGX, NGX, KEX, ARX, CLX, COX, PEX, TJX,
// MOX, LKX, SAX, UAX, MMX, ISX (a mobile of Austria, Cambodia, Laos, Nepal, Bangladesh, Pakistan, Egypt,
// Nigeria, Kenya, Argentina, Chile, Colombia, Peru, Tajikistan, Macau, Sri Lanka, Saudi Arabia, Ukraine,
// Myanmar, Iceland), WEBX (a website), CHATX (any messenger link), TGLX, WALX, LNLX, KKLX, ZLLX, DCLX,
// IGLX, VKLX, FBLX (links of Telegram, WhatsApp, LINE, KakaoTalk, Zalo, Discord, Instagram, VK, Facebook),
// IDX (an id for any messenger), LNX, KKX, TGX, SKX, WXX, IGX, FBX, DCX, QQX, THX, TTX, VKX (ids in the
// style of LINE, KakaoTalk, Telegram, Skype, WeChat, Instagram, Facebook, Discord, QQ, Threads, TikTok,
// VK), CARDX, IPX, IBANX, MYNX, RRNX. Every other slot is a filler of this set, ending in W: LINEW, KAKW,
// TGW, SKW, WXW, IGW, FBW, DCW, WAW, VBW, ZLW, THW, TTW, VKW, QQW and ANYW name a messenger, TGAW its
// Russian accusative, TGPW, IGPW and ANYPW the prepositional; the rest are hard-negative fillers. Only the
// first 40 negative templates and the first 20 positive ones (for the plain lines) of each language are
// used in order; the disguised lines draw from all the positive ones.

// ---- English ------------------------------------------------------------------------------------

const EN15_POS: string[] = [
  "Hi! I'm the admissions consultant your school mentioned 🎓 happy to look over Lena's personal statement — easiest to reach me at {MAILX}, not through this app",
  "Best regards,\nHarriet Quayle\nSenior Advisor | Bridgeway Admissions\nM: {TELX}\nE: {MAILX}\n— Please consider the environment before printing this email.",
  "Mock visa interview tomorrow at 6pm 🇺🇸 if the video link dies, call me on {TELX} and we'll carry on by phone",
  "> Can we continue on WhatsApp?\nSure, my {WAW} is {MOBX} — message first so I know it's you 🙂",
  "Tennis coach for the juniors is Dario, {TELX}. He's on court most mornings so text, don't call 🎾",
  "Language exchange meetup this Thursday ☕🗣️ RSVP on {WEBX} — we're in the back room of the Crown & Anchor",
  "BEGIN:VCARD\nVERSION:4.0\nFN:Priya Raman\nTEL;TYPE=cell:{MTELX}\nEMAIL:{MMAILX}\nEND:VCARD\n^ that's what my phone exported, can you import it?",
  "{\"@type\": \"Person\", \"name\": \"Conrad Bell\", \"telephone\": \"{MTELX}\"}\n^ from the source of my tutor page, is the schema right?",
  "[14/03/2026, 21:07] Coach Malik: boxing's moved to the church hall tonight\n[14/03/2026, 21:08] Coach Malik: any probs ring {TELX}\n[14/03/2026, 21:09] You: 👍",
  "The crypto guy in the comments keeps saying 'DM our mentor on {TGW} {TGX} for 300% returns' — that's a scam, right?? 🚩",
  "Hello, I am a recruiter with a remote part-time role (data tagging, paid daily). Kindly add our HR on {WAW}: {MOBX} to proceed.",
  "The scholarship 'officer' wants a processing fee and says to confirm here: {TGLX} 🤔 is this legit?",
  "Grandma's collecting Noah from football today 👵 her mobile is {TELX} if training runs late",
  "Lost: black AirPods Pro case in the gym changing room. If found please text {TELX} — reward is a coffee ☕",
  "Selling my SAT prep books (barely used) 📚 pics on {WEBX}, or message me on {IGW}: {IGX}",
  "Landlord finally answered 🙄 the deposit goes back to this account: {IBANX} — does the IBAN look complete to you?",
  "Summer piano masterclass in Vienna 🎹 the academy office is on {ATX} and they speak English",
  "On Tue, Mrs Okafor wrote:\n> please send the essay to my school address\nshe means {MAILX}, the other one bounces",
  "Fwd: text from an unknown number\n\"Your interview slot is confirmed. Questions? Call {TELX}\"\nis that the embassy or a scam?",
  "Can't scan the QR on the poster? 📷 it just opens {CHATX}",
  "X bio draft: 🎻 violinist | Leeds ↔ Vienna | DMs open | ✉️ {MAILX} — too much?",
  "mailto:{MAILX}?subject=Trial%20lesson%20request — that's the link on her site, it opens Outlook for me",
  "<p>Questions? <a href=\"tel:{MTELX}\">Call the front desk</a></p>\n^ the footer on our club page, does the tel: link work on iPhone?",
  "| Role | Name | Contact |\n|---|---|---|\n| Coach | Ines Varga | {TELX} |\n| Physio | Tom Lusk | {MAILX} |",
  "The IELTS speaking group carries on over the holidays on Discord → {DCLX}",
  "add me on snap? no wait, I mean {THW}, I'm {THX} there 😅",
  "{SKW} still works for my grandad in Lagos 🙏 his is {SKX}; his mobile's {NGX}",
  "Host family in Nairobi for the volunteering term 🇰🇪 Mama Wanjiru: {KEX} (WhatsApp too)",
  "The trek guide we used in Nepal, Pasang: {NPX} — ask him about the Langtang route",
  "Our exchange student from Lima gave me her number, {PEX}, she wants to practise English with voice notes 🎧",
  "Card for the boxing gym membership, last time I promise: {CARDX}",
  "Demo server for the coding bootcamp is at {IPX}, port 3000 — don't share it outside the cohort",
  "X-Forwarded-For: {IPX}\nthat's what shows in the log every time the fake 'scholarship office' logs in 🤨",
  "Add the figure-skating coach on {WXW}: {WXX} (she's in Harbin for the season)",
  "{KAKW} {KKX} — my TOPIK study buddy from Busan, she's lovely",
  "{LINEW}: {LNX}\n(the tutor in Osaka who does EJU maths)",
  "Marching band parents' group on WhatsApp: {WALX}",
  "The 'investment mentor' moved us all to {TGLX} and now wants a deposit 😬 I'm out",
  "@ me on {TTW}, {TTX} — I post 60-second grammar tips",
  "Landlord's number (Mr Pereira) is {TELX}, only call about the boiler, he's grumpy 😂",
  "My {QQW} is {QQX} if your cousin in Chengdu wants to chat",
  "Theatre audition sides are in the shared folder: {WEBX}. Callbacks come by text from {TELX}",
  "Scholarship portal: {WEBX}. The real office email is {MAILX} — anything else is phishing",
  "Facebook is where the dorm posts lost & found 👉 {FBLX}",
  "{DCW} name's {DCX}, ping me there about the Python club",
  "her {IGW}'s {IGX}, she coaches badminton on weekends 🏸",
  "My Number for the Japanese scholarship form: {MYNX} — they insisted on it 😕",
  "The Korean agency wants my mum's 주민등록번호 on the form: {RRNX}",
  "Pickup rota 🚗 Mon: Dad {TELX} / Wed: Aunt Rosa {TELX}",
  "{MAILX} ← send the reference letter there, the uni portal rejects attachments",
  "{ATX} is the music shop in Salzburg that rents cellos by the month",
  "Visa appointment 'bot' spam: book faster via {CHATX}. Anyone actually tried it? 😅",
  "same handle everywhere, {IDX} on {ANYW}",
  "the old TikTok got banned so it's {TTX} now, please refollow 🙏",
  "Name,Platform,Handle\nMabel Finch,Instagram,{IGX}\nOtis Marsh,Telegram,{TGX}\n^ the language-exchange sign-up sheet as CSV, can you merge it?",
  "her {KAKW} is {KKX} and her {LINEW} is {LNX}, she's on both because of her Korean and Japanese classes",
  "My roommate's in Medellín for the semester 🇨🇴 {COX} on WhatsApp if you need her",
  "Ukrainian tandem partner, Viber only: {UAX}",
  "Gap year update 🎒 current local SIM is {ABRX}, the UK one's switched off",
];

const EN15_NEG: string[] = [
  "EJU results: Japanese {EJUW}/400, maths {EJUMW}/200 — good enough for Waseda?",
  "SAT {SATW}, GPA {GPAW} — the consultant says apply early decision",
  "Visa interview booked for {DATEW} at {TIMEW}, bring the DS-2019 and the SEVIS receipt",
  "Lost the final {TSCOREW}, {TSCOREW} 🎾 coach says my second serve still needs work",
  "Boxing is {PRICEW} a session or {PRICEW} for ten",
  "Metronome at ♩={BPMW}, then bump it up by 4 each day 🎹",
  "Chopin Op. {OPUSW} No. {NUMW} for the audition — or is that too ambitious?",
  "Wallet address {WALLETW} — the 'mentor' wants me to send ETH there. Not doing it.",
  "Tx hash {TXW}, still 'pending' after an hour?",
  "Lesson {NUMW} of the TOPIK course is grammar only, no listening",
  "Room {ROOMW}, third floor, the one with the broken projector",
  "Flight {FLIGHTW} lands at {TIMEW}, can someone meet Noah at arrivals?",
  "Tracking number {TRACKW} — the textbooks are still stuck in customs 📦",
  "Order {ORDERW}: 3 notebooks @ {UNITW} each",
  "Version {VERW} of the app finally lets me export flashcards",
  "File's called {FILEW}, please don't rename it",
  "{MENTW} can you bring the cones for Saturday's training?",
  "The form says phone numbers look like 07XXX XXXXXX — should I keep the 0?",
  "The platform replaced my number with [hidden] again 😤 fine, just ask at reception",
  "Pace {PACEW}/km for the 10k, heart rate around {HRW}",
  "Bench {WEIGHTW} kg × 5, squat {WEIGHTW} kg × 3 — coach says deload next week",
  "The scholarship covers {PCTW} of tuition, renewable if the GPA stays above {GPAW}",
  "The visa portal releases new slots at midnight UTC{UTCW}, apparently",
  "Ticket {TICKETW} — refund still 'processing' since {DATEW}",
  "Clause {SECTW} of the tenancy agreement says the deposit comes back within 10 days",
  "Deposit {PRICEW}, rent {PRICEW} pcm, bills extra",
  "Bus {BUSW} to {STOPW}, then it's a 5 min walk to the rink",
  "Shirt number {NUMW}, size M, for the match on {DATEW}",
  "ISBN {ISBNW}, 4th edition — the 5th has different page numbers",
  "HSK {HSKW} passed 🎉 next stop, the speaking test",
  "Exchange rate today is {RATEW} and the tuition invoice is in euros 💶",
  "Times tables: 7 × 8 = 56, 9 × 6 = 54 — quiz on Friday",
  "Coupon {COUPONW} knocks 20% off the bootcamp until Sunday",
  "Found a student card at the gym, the name's scratched off 😅 it's at reception",
  "Lap times: {LAPW}, {LAPW}, {LAPW}",
  "Capo {CAPOW}, tune down a half step, ♩={BPMW}",
  "Instagram and TikTok are blocked on the school Wi-Fi, so no grammar reels in class",
  "Don't answer anyone on Telegram who promises a guaranteed scholarship, the real office never does that",
  "Seat {SEATW}, row {ROWW} for the recital 🎻",
  "Postcode {POSTW}, flat {NUMW} — the viewing is at {TIMEW}",
  "The reference on my visa letter is {VISAREFW}, is that the same as the case number?",
  "Gas is {DECW} gwei right now and the 'mentor strategy' still makes no sense",
  "Attendance {PCTW}. The minimum for the scholarship is 80%",
  "call me maybe? 😂 no seriously, just book through the app like everyone else",
  "Five-setter: {TSCOREW} {TSCOREW} {TSCOREW}, three hours on court",
  "Key code for the music room changed to… nope, ask the office 🙂",
  "Jersey order: {NUMW} shirts @ {PRICEW}, names on the back extra",
  "Meet at the rink @ {TIMEW}, skates on by quarter past",
  "Mock SAT #{NUMW}: reading {SATHW}, maths {SATHW}",
];

// ---- Japanese -----------------------------------------------------------------------------------

const JA15_POS: string[] = [
  "【音楽留学】ウィーン夏期講習の事務局です🎹 日本語対応の窓口は{ATX}（WhatsApp可）になります",
  "留学エージェントの担当、長谷川です。出願書類は{MAILX}までPDFでお送りください🙇",
  "━━━━━━━━━━━━━━\n株式会社ブリッジ留学センター\n進学カウンセラー　森田 遥\nTEL：{TELX}\nMail：{MAILX}\n━━━━━━━━━━━━━━",
  "ビザ面接の練習、明日19時からです🇺🇸 Zoomが落ちたら{TELX}に電話ください",
  "EJU対策の数学、個別でも見てます📐 詳細は{WEBX}に載せてます",
  "テニススクールの丸山コーチの携帯：{TELX}　レッスン中は出られないのでSMSで🎾",
  "言語交換会、今月は第3土曜です☕ 参加登録→{WEBX}",
  "[LINE] 吹奏楽部 保護者会のトーク履歴\n2026/03/12(木)\n21:07\t菊池\t楽器の搬入、当日は{TELX}に連絡ください\n21:09\t野口\t了解です！",
  "> {LINEW}で続きを話せますか？\nはい、IDは{LNX}です。追加したら一言ください🙏",
  "転送メッセージ：\n「【奨学金事務局】審査通過のお知らせ。手続きは{WEBX}から」\nこれ詐欺ですよね…？",
  "ポスターのQRが読めない方はこちら→{LNLX}",
  "X（旧Twitter）のプロフ案：🎻バイオリン講師｜ウィーン留学中｜お仕事のご依頼は{MAILX}まで",
  "mailto:{MAILX}?subject=%E4%BD%93%E9%A8%93%E3%83%AC%E3%83%83%E3%82%B9%E3%83%B3 ←サイトの問い合わせボタンのリンク、件名が文字化けしてます",
  "<a href=\"mailto:{MMAILX}\">お問い合わせ</a>\n↑ホームページのソース、これでメール開きますか？",
  "BEGIN:VCARD\nVERSION:3.0\nN:石田;蓮\nTEL;TYPE=CELL:{MTELX}\nEND:VCARD\n名刺アプリから書き出したデータです",
  "{\"name\": \"杉本 紬\", \"tel\": \"{MTELX}\", \"line\": \"{LNX}\"}\n← 生徒名簿のJSON、lineの欄って要ります？",
  "| 役割 | 名前 | 連絡先 |\n|---|---|---|\n| 監督 | 今井 | {TELX} |\n| 会計 | 青木 | {MAILX} |",
  "「投資の先生」に{TGW}に誘導されました😨 {TGX}って人です。通報した方がいい？",
  "【スカウト】在宅で日給制のお仕事です。詳細はLINEで→{LNLX}",
  "今日のお迎えは祖母です👵 何かあれば祖母の携帯{TELX}へお願いします",
  "体育館でワイヤレスイヤホンを拾いました🎧 ケースに{TELX}と書いてあります、どなたのですか？",
  "EJUの過去問と赤本、まとめて譲ります📚 {IGW}（{IGX}）のDMへどうぞ",
  "大家さんから敷金返還の連絡。海外送金でこちらの口座だそうです：{IBANX}",
  "カンボジアのボランティア先の方の番号：{KHX}　Telegramも同じ番号です",
  "ネパールのトレッキングガイドさん🏔️ {NPX}　WhatsAppでやり取りしてます",
  "ラオスに赴任した兄の現地番号です→{LAOX}",
  "ウィーンの楽器店（チェロの月額レンタル）：{ATX}",
  "ミャンマーからの留学生に番号もらいました、{MMX}、日本語の会話練習したいそうです",
  "{WXW}で{WXX}を追加してください、中国の大学の入試担当の方です",
  "{KAKW}：{KKX}（TOPIKの勉強仲間です）",
  "{SKW}のIDは{SKX}です、面接練習はビデオ通話で",
  "{DCW}の招待→{DCLX}　EJU勉強部屋です📖",
  "インスタ→{IGLX}　フィギュアの練習動画あげてます⛸️",
  "{THW}もやってます、{THX}です",
  "{TTW}で{TTX}って名前で英語の1分動画出してます",
  "{QQW}号は{QQX}です（中国の友達に聞かれたので）",
  "寮の落とし物はFacebookグループで共有してます→{FBLX}",
  "ボクシングジムの月謝、このカードでお願いします：{CARDX}　確認したら消します",
  "プログラミングスクールのデモ用サーバー：{IPX}（ポート8080）",
  "奨学金のフォームにマイナンバー（{MYNX}）を書く欄がありました。大丈夫かな",
  "韓国の書類に母の住民登録番号（주민등록번호）が要るそうです：{RRNX}",
  "お迎えの当番表🚗 月：父 {TELX}／水：叔母 {TELX}",
  "{MAILX}　←推薦状はこちらに送ってください",
  "「{ATX}」がウィーンの寮の管理人さんの番号です（ドイツ語のみ）",
  "劇団のオーディション、課題はここ→{WEBX}　合否は{TELX}からSMSが来ます",
  "ママ友から回ってきた投資グループのリンク、怪しい…{TGLX}",
  "ビザ面接の予約代行ってここ大丈夫？{WEBX}",
  "言語交換の相手は韓国の大学生です。カカオのオープンチャット→{KKLX}",
  "{LINEW}交換しよ〜 {LNX} だよ",
  "LINEは電話番号で検索してください→{MOBX}",
  "{TGW}の{TGX}、奨学金詐欺のアカウントなのでブロック推奨です⚠️",
  "マーチングバンドの集合写真はこちら→{WEBX}。",
  "どこでも同じ名前です：{IDX}（メインは{ANYW}）",
  "吹奏楽部OB会の連絡網、私の番号は{TELX}です📯",
  "名前,アプリ,ID\n青木 紬,Instagram,{IGX}\n今井 湊,Telegram,{TGX}\n↑言語交換会の名簿CSVです",
  "韓国の子は{KAKW}（{KKX}）、台湾の子は{LINEW}（{LNX}）で繋がってます",
  "アイスランドのオーロラツアーのガイドさん：{ISX}（英語OK）",
];

const JA15_NEG: string[] = [
  "EJU 日本語{EJUW}点、数学{EJUMW}点…志望校に届くかな",
  "電話番号は「〇〇〇-〇〇〇〇-〇〇〇〇」の形式で入力してください（ハイフンあり）",
  "携帯番号は090-XXXX-XXXXの形で書いてって言われたけど、Xのままでいいの？笑",
  "ビザ面接は{DATEW}の{TIMEW}、DS-160の確認ページ必須です",
  "テニスの試合、{TSCOREW}、{TSCOREW}で負けました😭",
  "メトロノーム♩={BPMW}から始めて、毎日4ずつ上げる🎹",
  "ショパンの作品{OPUSW}-{NUMW}、オーディション曲にするか迷い中",
  "ウォレットアドレス{WALLETW}に送金しろって言われた…絶対しない",
  "TOPIK {TOPIKW}級、次は6級目指します",
  "教室は{ROOMW}、プロジェクターが壊れてる部屋です",
  "追跡番号{TRACKW}、参考書がまだ税関で止まってます📦",
  "注文番号{ORDERW}：ノート3冊＠{UNITW}",
  "アプリのバージョン{VERW}で単語帳のエクスポートができるようになりました",
  "ファイル名は{FILEW}のままでお願いします",
  "{MENTW} 土曜の練習、コーン持ってきてもらえる？",
  "運営に番号を消されました😤 受付で聞いてください",
  "ペース{PACEW}/km、心拍{HRW}くらい",
  "奨学金は学費の{PCTW}、GPA{GPAW}以上で継続です",
  "問い合わせ番号{TICKETW}、返金が{DATEW}から「処理中」のまま",
  "契約書の第{NUMW}条に敷金は10日以内に返還とあります",
  "敷金{PRICEW}、家賃{PRICEW}、共益費別",
  "{BUSW}のバスで{STOPW}下車、スケートリンクまで徒歩5分",
  "背番号{NUMW}、Mサイズで注文しました",
  "ISBN {ISBNW}、第4版です（第5版はページ番号が違います）",
  "今日のレートは{RATEW}、学費の請求はユーロ建て💶",
  "クーポン{COUPONW}で受講料20%オフ、日曜まで",
  "学生証を拾いました、名前が消えかけてて読めません…体育館の受付に預けてます",
  "ラップ：{LAPW}、{LAPW}、{LAPW}",
  "カポ{CAPOW}、BPM{BPMW}でお願いします🎸",
  "インスタとTikTokは校内Wi-Fiでブロックされてます",
  "テレグラムで「必ず通る奨学金」とか言ってくる人は無視してください",
  "{SEATW}列{NUMW}番、発表会の席です🎻",
  "〒{POSTW}、{ADDRW}、内見は{TIMEW}から",
  "ビザ申請の受付番号は{VISAREFW}、これって申請番号と同じですか？",
  "出席率{PCTW}、奨学金は80%以上が条件です",
  "電話はNGです、アプリのメッセージでお願いします🙏",
  "{TSCOREW} {TSCOREW} {TSCOREW}のフルセット、3時間…",
  "共通テスト 英語R{NUMW}点、L{NUMW}点でした",
  "JLPT N{JLPTW} 合格しました🎉",
  "部屋は{ROOMW}号室、鍵は管理人室で受け取ってください",
  "模試の偏差値{HENSAW}、B判定でした",
  "時差はUTC{UTCW}、日本との差は計算してね",
  "ホテルの予約番号{RESVW}、チェックイン15時",
  "7×8=56、9×6=54、九九のテストは金曜",
  "口座の情報はアプリの支払い画面から入れてください、チャットには書かないで",
  "明日の集合は駅前@{TIMEW}、遅れないでね",
  "残り@{NUMW}名で締め切ります！",
  "ドット柄とボーダー、どっちが面接向き？",
  "トランザクション{TXW}、1時間経っても未承認です",
];

// ---- Korean -------------------------------------------------------------------------------------

const KO15_POS: string[] = [
  "빈 여름 음악캠프 사무국입니다🎻 한국어 상담은 {ATX} (왓츠앱 가능)",
  "유학원 상담 선생님 메일이에요 {MAILX} 서류는 PDF로 보내래요",
  "--\n브릿지유학 | 입학컨설턴트 서지우\nM. {TELX}\nE. {MAILX}\n※ 본 메일은 회신 가능합니다",
  "비자 인터뷰 모의연습 내일 7시🇺🇸 줌 끊기면 {TELX}로 전화 주세요",
  "TOPIK 쓰기 첨삭 해드려요✍️ {KAKW} {KKX}로 문의",
  "테니스 코치님 번호 {TELX} 레슨 중엔 못 받으시니까 문자로🎾",
  "언어교환 모임 이번 주 토요일이에요☕ 신청은 {WEBX}",
  "2026년 3월 12일 오후 9:07, 배수빈 : 악기 반입은 당일 {TELX}로 연락 주세요\n2026년 3월 12일 오후 9:09, 남예빈 : 넵!",
  "> {LINEW}으로 얘기해도 돼요?\n네 아이디 {LNX} 추가하고 말 걸어주세요🙏",
  "[국제발신]\n[장학재단] 장학금 대상자로 선정되었습니다. 본인확인 {WEBX}\n이거 스미싱 맞죠?",
  "포스터 QR 안 찍히면 여기로 들어오세요 → {KKLX}",
  "인스타 프로필 이렇게 바꿨어요\n🎹 피아노 레슨 | 빈 유학 중\n📩 {MAILX}",
  "mailto:{MAILX}?subject=%EC%83%81%EB%8B%B4 ← 학원 홈페이지 상담 버튼 링크인데 제목이 깨져요",
  "<a href=\"tel:{MTELX}\">전화 상담</a>\n↑ 홈페이지 소스인데 아이폰에서 눌러도 전화가 안 걸려요",
  "BEGIN:VCARD\nVERSION:3.0\nFN:문재현\nTEL;CELL:{MTELX}\nEMAIL:{MMAILX}\nEND:VCARD",
  "{\"이름\": \"류하윤\", \"연락처\": \"{MTELX}\", \"kakao\": \"{KKX}\"}\n학생 명단 JSON인데 카톡 필드 꼭 있어야 돼요?",
  "| 역할 | 이름 | 연락처 |\n|---|---|---|\n| 감독 | 오태민 | {TELX} |\n| 총무 | 하소희 | {MAILX} |",
  "주식 리딩방 초대 문자 왔어요😨 '{TGW} {TGX} 추가하면 수익 보장' 이거 신고해야죠?",
  "코인 투자 선생님이 텔방으로 옮기재요 {TGLX} 이상하죠?",
  "[채용] 재택 부업, 하루 2시간! 담당자 {KAKW} {KKX}",
  "오늘 학원 픽업은 할머니가 가세요👵 할머니 번호 {TELX}",
  "체육관에서 에어팟 주웠어요🎧 케이스에 {TELX} 적혀 있는데 주인 계세요?",
  "TOPIK 기출 문제집 싸게 팔아요📚 {IGW} {IGX} 디엠 주세요",
  "집주인 아저씨가 보증금 돌려준대요, 해외 계좌로요: {IBANX}",
  "캄보디아 봉사활동 현지 코디 번호 {KHX}, 텔레그램도 같은 번호",
  "네팔 트레킹 가이드님 {NPX} 왓츠앱으로 연락해요🏔️",
  "파키스탄 교환학생 친구 번호 {PKX}, 한국어 연습하고 싶대요",
  "빈 악기점 (첼로 월 대여) {ATX}",
  "{WXW} {WXX} 추가해 주세요, 중국 대학 입시 담당자예요",
  "{SKW} 아이디 {SKX}, 면접 연습은 화상으로 해요",
  "{DCW} 서버 초대 링크 {DCLX} 토픽 스터디방이에요📖",
  "인스타 {IGLX} 피겨 연습 영상 올려요⛸️",
  "{THW}도 해요 {THX}",
  "{TTW} {TTX}에서 1분 영어 표현 올려요",
  "{QQW} 번호 {QQX}예요 중국 친구가 물어봐서요",
  "페북 그룹에서 기숙사 분실물 공유해요 {FBLX}",
  "복싱장 회비 이 카드로 결제해 주세요 {CARDX} 확인하면 지울게요",
  "부트캠프 데모 서버 {IPX} 포트 8080",
  "일본 장학금 서류에 마이넘버 {MYNX} 적는 칸이 있어요",
  "유학원에서 주민등록번호 달래요 {RRNX} 이렇게 보내면 되나요?",
  "엄마 주민번호가 {RRNX}인데 비자 서류에 적어야 한대요",
  "픽업 당번표🚗 월: 아빠 {TELX} / 수: 이모 {TELX}",
  "{MAILX} ← 추천서는 여기로 보내주세요",
  "뮤지컬 오디션 대본 여기 있어요 {WEBX} 합격자는 {TELX}로 문자 준대요",
  "안심번호라 괜찮아요 {SAFEX}로 전화 주세요",
  "배달 기사님 안심번호 {SAFEX} 떠 있었는데 벌써 만료됐대요",
  "{LINEW} {LNX} 도쿄 EJU 수학 과외쌤이에요",
  "언어교환 상대는 일본 대학생, 라인 오픈챗이에요 {LNLX}",
  "ㅋㅋ {KAKW} 아디 {KKX} 추가 ㄱㄱ",
  "{WAW} 번호 {MOBX}로 보내주세요, 카톡 안 써요",
  "마칭밴드 단체사진 여기 올렸어요 → {WEBX}.",
  "{KKX}이 제 카톡이에요, 토픽 질문 언제든지",
  "아이디 다 똑같아요 {IDX}, 주로 {ANYW} 써요",
  "{FBW} {FBX}로 메시지 주세요, 전화는 잘 못 받아요",
  "이름,앱,아이디\n서지우,인스타,{IGX}\n남예빈,텔레그램,{TGX}\n↑ 언어교환 모임 명단 CSV예요",
  "일본 친구는 {LINEW} {LNX}, 중국 친구는 {WXW} {WXX}로 연락해요",
  "칠레로 교환학생 간 친구 번호 {CLX}, 왓츠앱 돼요",
];

const KO15_NEG: string[] = [
  "TOPIK II {TOPIKSW}점, {TOPIKW}급 받았어요🎉",
  "전화번호는 010-XXXX-XXXX 형식으로 적어주세요",
  "배송 조회하니까 연락처가 010-****-{FOURW}로 나오네요, 가려져 있어서 다행",
  "비자 인터뷰 {DATEW} {TIMEW}, DS-160 확인서 꼭 챙기세요",
  "테니스 {TSCOREW}, {TSCOREW}로 졌어요😭",
  "메트로놈 {BPMW}부터 시작해서 매일 4씩 올리기🎹",
  "쇼팽 작품번호 {OPUSW}의 {NUMW}번, 오디션 곡으로 괜찮을까요",
  "지갑 주소 {WALLETW}로 보내라는데 절대 안 보낼 거예요",
  "수능 영어 {NUMW}점, 2등급 컷이 몇 점이었죠?",
  "강의실 {ROOMW}, 프로젝터 고장난 방이에요",
  "운송장 번호 {TRACKW}, 책이 아직 통관 중이에요📦",
  "주문번호 {ORDERW}: 노트 3권 @{UNITW}",
  "앱 {VERW} 버전부터 단어장 내보내기 돼요",
  "파일명 {FILEW} 그대로 올려주세요",
  "{MENTW} 토요일 훈련 콘 좀 챙겨줄래?",
  "번호 썼더니 운영자가 지웠어요😤 그냥 데스크에 물어보세요",
  "페이스 {PACEW}/km, 심박수 {HRW}",
  "장학금은 등록금의 {PCTW}, 학점 {GPAW} 이상 유지 조건",
  "문의번호 {TICKETW}, 환불이 {DATEW}부터 처리 중이래요",
  "계약서 제{NUMW}조에 보증금 반환 기한이 있어요",
  "보증금 {PRICEW}, 월세 {PRICEW}, 관리비 별도",
  "{BUSW}번 버스 타고 {STOPW}에서 내리면 빙상장 5분",
  "등번호 {NUMW}, 사이즈 M으로 주문했어요",
  "ISBN {ISBNW}, 4판이에요",
  "오늘 환율 {RATEW}이라 학비가 또 올랐어요💶",
  "쿠폰 코드 {COUPONW} 입력하면 20% 할인",
  "학생증 주웠는데 이름이 지워져서 안 보여요, 체육관 데스크에 맡겼어요",
  "랩타임 {LAPW}, {LAPW}, {LAPW}",
  "카포 {CAPOW}, BPM {BPMW}로 갈게요🎸",
  "인스타랑 틱톡은 학교 와이파이에서 막혀 있어요",
  "텔레그램으로 장학금 보장한다는 사람 절대 믿지 마세요",
  "{SEATW}열 {NUMW}번, 연주회 좌석이에요🎻",
  "우편번호 {POSTW}, 집 보러 가는 건 {TIMEW}",
  "비자 신청 접수번호 {VISAREFW}, 이게 사건번호랑 같은 건가요?",
  "출석률 {PCTW}, 장학금 조건은 80% 이상",
  "전화 말고 앱 메시지로 부탁드려요🙏",
  "{TSCOREW} {TSCOREW} {TSCOREW} 풀세트 3시간…",
  "공일공 말고 영어로 숫자 읽기 연습이에요: one, two, three",
  "학점 {GPAW}/4.5, 토익 {TOEICW}",
  "모의고사 국어 {NUMW}점, 등급 컷 발표 언제예요?",
  "{NUMW}동 {NUMW}호, 현관 비밀번호는 문자로 보낼게요",
  "시차 UTC{UTCW}, 한국이랑 몇 시간 차이죠?",
  "호텔 예약번호 {RESVW}, 체크인 3시",
  "7×8=56, 구구단 시험은 금요일",
  "계좌 정보는 앱 결제 화면에서 입력해 주세요, 채팅에 쓰지 마시고요",
  "내일 집합은 역 앞 @{TIMEW}",
  "줄넘기 {NUMW}개, 팔굽혀펴기 {NUMW}개 성공💪",
  "단어 시험 {NUMW}/50, 재시험은 목요일",
  "점 하나 차이로 뜻이 달라져요, 님과 남처럼요ㅋㅋ",
];

// ---- Russian ------------------------------------------------------------------------------------

const RU15_POS: string[] = [
  "Летняя академия в Вене 🎻 русскоязычный куратор — {ATX} (есть вотсап)",
  "Агентство по поступлению в Чехию: документы присылайте на {MAILX}, в теме ФИО",
  "--\nС уважением,\nВасилиса Абрамова\nконсультант по поступлению\nтел. {TELX}\n{MAILX}",
  "Пробное собеседование на визу завтра в 19:00 🇺🇸 если зум отвалится — звоните {TELX}",
  "Репетитор ЕГЭ по профильной математике, разбор вариантов 📐 пишите в {TGAW} {TGX}",
  "Тренер по теннису, Глеб: {TELX}, на корте не отвечает — лучше смс 🎾",
  "Разговорный клуб в четверг ☕🗣️ регистрация на {WEBX}",
  "[12.03.2026 21:07] Ульяна: инструменты завозим через служебный вход\n[12.03.2026 21:08] Ульяна: если что, звоните {TELX}\n[12.03.2026 21:09] Савва: ок",
  "> Можно продолжить в телеге?\nДа, я там {TGX}, напишите первым 🙂",
  "Переслано от Мама:\n«Ваш сын выиграл грант на обучение! Подробности: {WEBX}»\nэто же развод?",
  "Если QR на афише не считывается — вот ссылка: {TGLX}",
  "Био для инсты: 🎹 преподаю фортепиано | Вена ↔ Москва | 📩 {MAILX}",
  "mailto:{MAILX}?subject=%D0%97%D0%B0%D0%BF%D0%B8%D1%81%D1%8C — это ссылка с кнопки «Записаться», тема отображается кракозябрами",
  "<a href=\"tel:{MTELX}\">Позвонить тренеру</a>\n↑ на айфоне не срабатывает, что не так?",
  "BEGIN:VCARD\nVERSION:3.0\nN:Киселев;Лев\nTEL;TYPE=CELL:{MTELX}\nEND:VCARD",
  "{\"name\": \"Зайцева Таисия\", \"phone\": \"{MTELX}\", \"telegram\": \"{TGX}\"}\nвыгрузка учеников, поле telegram нужно?",
  "| Роль | Имя | Контакт |\n|---|---|---|\n| Тренер | Мельников | {TELX} |\n| Казначей | Титова | {MAILX} |",
  "«Куратор» из инвест-чата зовёт в {TGAW}, ник {TGX}, обещает 30% в месяц 😬 это же скам?",
  "Здравствуйте! Удалённая вакансия, оплата каждый день. Для связи с HR: {WAW} {MOBX}",
  "Сегодня Матвея из бассейна забирает бабушка 👵 её номер {TELX}",
  "В раздевалке нашли наушники 🎧 на кейсе написано {TELX}, чьи?",
  "Продам сборники ЕГЭ, почти новые 📚 фото в {IGPW}: {IGX}",
  "Хозяйка квартиры вернёт залог на счёт за границей: {IBANX} — проверьте, все ли символы на месте",
  "Координатор волонтёров в Камбодже: {KHX}, телега на тот же номер",
  "Брат уехал учиться в Душанбе, новый номер {TJX}",
  "Подруга поступила в Каир 🇪🇬 её местный номер {EGX}",
  "Наш гид по Непалу, Пасанг: {NPX}, пишите в вотсап",
  "Одноклассница теперь в Буэнос-Айресе 🇦🇷 {ARX}",
  "{WXW} {WXX} — это куратор из китайского вуза, пишите ему по поступлению",
  "{KAKW} {KKX} — девочка из Пусана, готовимся к TOPIK вместе",
  "{SKW} {SKX}, пробное собеседование по видео",
  "Дискорд-сервер для подготовки к ЕГЭ: {DCLX}",
  "Инста {IGLX}, выкладываю тренировки по фигурке ⛸️",
  "В {THW} я {THX}, там пишу короче",
  "{TTW} {TTX} — английский за минуту",
  "{VKW} {VKX}, пишите туда, телегу не читаю",
  "Группа ВК бюро находок общежития: {VKLX}",
  "За секцию бокса картой: {CARDX}, потом удалю",
  "Сервер для демо на курсах: {IPX}, порт 8080",
  "Для японской стипендии просят My Number: {MYNX}, это нормально?",
  "Корейский вуз просит 주민등록번호 мамы: {RRNX} — она гражданка Кореи",
  "График, кто забирает 🚗 пн: папа {TELX} / ср: тётя Вера {TELX}",
  "{MAILX} — сюда рекомендательное письмо, портал вложения не берёт",
  "Театральная студия: текст для прослушивания тут {WEBX}, результаты придут смс с {TELX}",
  "Ссылка на чат «инвестиций», которую скинула соседка, выглядит подозрительно: {TGLX}",
  "Запись на визу через этих ребят — норм? {WEBX}",
  "Языковой обмен с японцем, его {LINEW}: {LNX}",
  "Перевод за уроки по номеру {MOBX} (СБП), Полина Е.",
  "тг {TGX}, пиши туда, здесь модерация всё режет",
  "Номер для {VBW} — {MOBX}, мама других мессенджеров не признаёт 😅",
  "Фотки с концерта оркестра лежат тут → {WEBX}.",
  "{TELX} — это домашний бабушки, звоните после 10 по местному",
  "Ник везде один: {IDX}, чаще всего сижу в {ANYPW}",
  "Если что, я в {TGPW}: {TGX}",
  "Имя;Мессенджер;Ник\nГлеб;Telegram;{TGX}\nМилана;Instagram;{IGX}\n— выгрузка из таблицы разговорного клуба",
  "У японки из клуба {LINEW}: {LNX}, у кореянки какао: {KKX}",
  "Однокурсник теперь работает в Макао, номер {MOX}",
];

const RU15_NEG: string[] = [
  "ЕГЭ: русский {NUMW}, профиль {NUMW}, информатика {NUMW} — хватит на бюджет?",
  "Телефон в анкете пишите в формате +7 (9XX) XXX-XX-XX",
  "Собеседование в посольстве {DATEW} в {TIMEW}, подтверждение DS-160 с собой",
  "Теннис: {TSCOREW}, {TSCOREW} — проиграла 😭",
  "Метроном на {BPMW}, каждый день +4 🎹",
  "Шопен, соч. {OPUSW} № {NUMW} — не слишком сложно для прослушивания?",
  "Адрес кошелька {WALLETW} — «куратор» просит перевести туда USDT. Не буду.",
  "Хэш транзакции {TXW}, уже час «в обработке»",
  "Урок {NUMW} курса ОГЭ — только грамматика",
  "Аудитория {AUDW}, где проектор сломан",
  "Трек-номер {TRACKW}, учебники застряли на таможне 📦",
  "Заказ {ORDERW}: 3 тетради @ {UNITW}",
  "Версия {VERW} — наконец-то экспорт карточек",
  "Файл {FILEW}, не переименовывайте",
  "{MENTW} принесёшь фишки на субботнюю тренировку?",
  "Модератор удалил моё сообщение с номером 😤 спросите на ресепшене",
  "Темп {PACEW}/км, пульс {HRW}",
  "Стипендия покрывает {PCTW} стоимости, если средний балл выше {GPAW}",
  "Обращение {TICKETW}, возврат «в обработке» с {DATEW}",
  "Пункт {SECTW} договора аренды: залог возвращается в течение 10 дней",
  "Залог {PRICEW}, аренда {PRICEW} в месяц, коммуналка отдельно",
  "Автобус {BUSW} до остановки «{STOPW}», дальше 5 минут до катка",
  "Номер на форме {NUMW}, размер M",
  "ISBN {ISBNW}, 4-е издание",
  "Курс евро {RATEW}, счёт за обучение в евро 💶",
  "Промокод {COUPONW} на курсы, действует до воскресенья",
  "Нашли студенческий в спортзале, фамилию не разобрать — оставили на вахте",
  "Круги: {LAPW}, {LAPW}, {LAPW}",
  "Каподастр на {CAPOW} лад, темп {BPMW}",
  "Инстаграм и тикток в школе заблокированы, так что рилсы дома",
  "Кто в телеге обещает «гарантированный грант» — сразу в бан",
  "Ряд {ROWW}, место {NUMW} на отчётном концерте 🎻",
  "Индекс {POSTW}, квартира {NUMW}, просмотр в {TIMEW}",
  "Номер визовой анкеты {VISAREFW} — это то же самое, что номер дела?",
  "Посещаемость {PCTW}, для стипендии нужно 80%",
  "Звонить не надо, пишите в приложении 🙏",
  "Пять сетов: {TSCOREW} {TSCOREW} {TSCOREW}, три часа",
  "Ноль внимания, фунт презрения — как это перевести?",
  "Восемь девятьсот… шучу, номер не дам, всё через платформу 😉",
  "Пробник ЕГЭ: {NUMW} первичных баллов",
  "Собака лает — в смысле, соседский пёс, а не почта 😂",
  "Часовой пояс UTC{UTCW}, посчитайте разницу сами",
  "Бронь отеля {RESVW}, заезд с 14:00",
  "7 × 8 = 56, таблицу умножения сдаём в пятницу",
  "Реквизиты вводите в приложении, не в чате",
  "Встречаемся у входа @ {TIMEW}",
  "Точка сбора — главный вход. Точка. Без опозданий.",
  "Прыжки на скакалке: {NUMW} раз, отжимания {NUMW} 💪",
  "ОГЭ по английскому {NUMW} из 68, пятёрка!",
];

// ---- Vietnamese ---------------------------------------------------------------------------------

const VI15_POS: string[] = [
  "Học viện âm nhạc mùa hè ở Vienna 🎻 tư vấn tiếng Việt qua {ATX} (có WhatsApp)",
  "Trung tâm du học Nhật: hồ sơ gửi về {MAILX}, tiêu đề ghi họ tên nhé",
  "--\nTrân trọng,\nHuỳnh Phương\nTư vấn viên tuyển sinh\nĐT: {TELX}\nEmail: {MAILX}",
  "Luyện phỏng vấn visa Mỹ mai 7h tối 🇺🇸 Zoom rớt thì gọi {TELX} nha",
  "Luyện thi THPT môn Toán, chữa đề 1 kèm 1 📐 ib {ZLW} {MOBX}",
  "HLV tennis thầy Vinh: {TELX}, đang dạy thì không nghe máy, nhắn tin nha 🎾",
  "Cà phê trao đổi ngôn ngữ tối thứ 5 ☕🗣️ đăng ký tại {WEBX}",
  "[12/03/2026 21:07] Quỳnh: nhạc cụ chuyển vào cổng phụ\n[12/03/2026 21:08] Quỳnh: có gì gọi {TELX}\n[12/03/2026 21:09] Toàn: ok",
  "> Mình nói chuyện qua Tele được không?\nĐược, {TGW} của mình là {TGX}, nhắn trước nha 🙂",
  "Tin nhắn chuyển tiếp:\n\"Chúc mừng bạn nhận học bổng 100%! Xác nhận tại {WEBX}\"\nlừa đảo đúng không mọi người?",
  "Không quét được mã QR trên poster thì vào link này: {ZLLX}",
  "Bio TikTok mới: 🎹 dạy piano | du học Vienna | 📩 {MAILX}",
  "mailto:{MAILX}?subject=%C4%90%C4%83ng%20k%C3%BD — link nút \"Đăng ký\" trên web, tiêu đề bị lỗi font",
  "<a href=\"tel:{MTELX}\">Gọi hotline</a>\n↑ bấm trên iPhone không gọi được, sai ở đâu?",
  "BEGIN:VCARD\nVERSION:3.0\nFN:Dương Hiếu\nTEL;TYPE=CELL:{MTELX}\nEND:VCARD",
  "{\"ten\": \"Phan Yến\", \"sdt\": \"{MTELX}\", \"email\": \"{MMAILX}\"}\ndanh sách học viên xuất ra JSON, vậy đúng chưa?",
  "| Vai trò | Tên | Liên hệ |\n|---|---|---|\n| HLV | Lại Vĩnh | {TELX} |\n| Thủ quỹ | Mạc Diễm | {MAILX} |",
  "\"Chuyên gia đầu tư\" rủ vào {TGW} {TGX}, hứa lãi 30%/tháng 😬 scam đúng không?",
  "Tuyển CTV làm việc tại nhà, lương theo ngày. Liên hệ Telegram: {TGLX}",
  "Hôm nay bà nội đón bé Nam ở lớp bơi 👵 số bà {TELX}",
  "Nhặt được tai nghe ở phòng gym 🎧 trên hộp ghi {TELX}, của ai vậy?",
  "Pass lại bộ đề THPT còn mới 📚 ib {IGW} {IGX}",
  "Chủ nhà bên Đức trả lại tiền cọc qua tài khoản này: {IBANX} — xem giúp đủ số chưa",
  "Điều phối viên tình nguyện ở Campuchia: {KHX}, Telegram cùng số",
  "Bạn mình sang Lào làm việc, số mới {LAOX}",
  "Hướng dẫn viên trekking Nepal: {NPX}, nhắn WhatsApp",
  "Anh trai đang làm ở Ả Rập Xê Út, số bên đó {SAX}",
  "Nhạc cụ thuê ở Vienna (cello theo tháng): {ATX}",
  "{WXW} {WXX}, thầy phụ trách tuyển sinh trường bên Trung",
  "{KAKW} {KKX}, bạn ôn TOPIK cùng mình",
  "{SKW} {SKX}, luyện phỏng vấn qua video",
  "Server {DCW} ôn thi IELTS: {DCLX}",
  "Insta {IGLX}, mình đăng clip trượt patin ⛸️",
  "{THW} mình là {THX}",
  "{TTW} {TTX}, tiếng Anh 1 phút mỗi ngày",
  "{FBW} mình: {FBX}, nhắn mess nha",
  "Nhóm FB đồ thất lạc KTX: {FBLX}",
  "Đóng tiền lớp boxing bằng thẻ này: {CARDX}, xong mình xóa",
  "Server demo khóa lập trình: {IPX}, port 8080",
  "Hồ sơ học bổng Nhật đòi My Number: {MYNX}, có sao không?",
  "Trường Hàn xin 주민등록번호 của mẹ: {RRNX} (mẹ quốc tịch Hàn)",
  "Lịch đón 🚗 T2: ba {TELX} / T4: dì Oanh {TELX}",
  "{MAILX} — gửi thư giới thiệu vào đây, cổng web không nhận file",
  "Kịch bản casting ở đây {WEBX}, kết quả sẽ nhắn từ số {TELX}",
  "Link nhóm \"đầu tư\" chị hàng xóm gửi, thấy nghi lắm: {TGLX}",
  "Dịch vụ đặt lịch visa này uy tín không? {WEBX}",
  "Bạn trao đổi ngôn ngữ người Nhật, {LINEW}: {LNX}",
  "Chuyển khoản học phí qua MoMo số {MOBX} (Phan Yến)",
  "{ZLW} {MOBX} nha, ib tele thì {TGX}",
  "{VBW} của mẹ {MOBX}, mẹ chỉ xài Viber thôi 😅",
  "Ảnh buổi hòa nhạc ở đây → {WEBX}.",
  "{TELX} là số bàn nhà ngoại, gọi sau 8h sáng nha",
  "nick ở đâu cũng vậy: {IDX}, hay on {ANYW} nhất",
  "Mã QR Zalo bị mờ, add số {MOBX} giúp mình nha",
  "Tên,App,ID\nQuỳnh,Instagram,{IGX}\nToàn,Telegram,{TGX}\n↑ file CSV danh sách CLB trao đổi ngôn ngữ",
  "Bạn Hàn thì {KAKW} {KKX}, bạn Nhật thì {LINEW} {LNX}",
  "Chị họ đang làm ở Sri Lanka, số bên đó {LKX}",
  "Bạn cùng lớp IELTS người Bangladesh, số {BDX} (có WhatsApp)",
];

const VI15_NEG: string[] = [
  "Điểm THPT: Toán {DECW}, Văn {DECW}, Anh {DECW} — đủ vào Ngoại thương không?",
  "SĐT ghi theo dạng 09xx xxx xxx nha, đừng ghi +84",
  "Phỏng vấn visa {DATEW} lúc {TIMEW}, nhớ mang trang xác nhận DS-160",
  "Tennis thua {TSCOREW}, {TSCOREW} 😭",
  "Máy đếm nhịp {BPMW}, mỗi ngày tăng 4 🎹",
  "Chopin Op. {OPUSW} số {NUMW}, thi tuyển có nặng quá không?",
  "Địa chỉ ví {WALLETW}, \"chuyên gia\" bảo chuyển USDT vào. Không đời nào.",
  "Mã giao dịch {TXW} vẫn đang xử lý",
  "Bài {NUMW} của khóa TOPIK — chỉ ngữ pháp",
  "Phòng {ROOMW}, phòng máy chiếu hư",
  "Mã vận đơn {TRACKW}, sách kẹt ở hải quan 📦",
  "Đơn {ORDERW}: 3 quyển vở @ {UNITW}",
  "Bản {VERW} xuất được flashcard rồi",
  "File {FILEW}, đừng đổi tên nha",
  "{MENTW} thứ 7 mang nón tập giúp mình nha",
  "Admin xóa tin nhắn có số điện thoại của mình rồi 😤 hỏi lễ tân nha",
  "Pace {PACEW}/km, nhịp tim {HRW}",
  "Học bổng {PCTW} học phí, GPA trên {GPAW} mới được duy trì",
  "Mã yêu cầu {TICKETW}, hoàn tiền từ {DATEW} vẫn đang xử lý",
  "Điều {NUMW} hợp đồng thuê: trả cọc trong 10 ngày",
  "Cọc {PRICEW}, tiền phòng {PRICEW}/tháng, điện nước riêng",
  "Xe buýt số {BUSW}, xuống trạm {STOPW}, đi bộ 5 phút tới sân trượt",
  "Áo số {NUMW}, size M",
  "ISBN {ISBNW}, tái bản lần 4",
  "Tỷ giá {RATEW}, học phí tính bằng euro 💶",
  "Mã giảm giá {COUPONW}, hạn chủ nhật",
  "Nhặt được thẻ sinh viên ở gym, tên bị mờ — gửi ở quầy lễ tân rồi",
  "Lap: {LAPW}, {LAPW}, {LAPW}",
  "Capo {CAPOW}, BPM {BPMW}",
  "Insta với TikTok bị chặn trên wifi trường",
  "Ai nhắn Tele hứa \"học bổng chắc chắn đậu\" thì block luôn",
  "Hàng {ROWW} ghế {NUMW} buổi hòa nhạc 🎻",
  "Hẻm {NUMW}, phòng {NUMW}, xem phòng lúc {TIMEW}",
  "Mã hồ sơ visa {VISAREFW}, có phải số hồ sơ không?",
  "Chuyên cần {PCTW}, học bổng cần 80%",
  "Đừng gọi điện, nhắn trong app giúp mình 🙏",
  "{TSCOREW} {TSCOREW} {TSCOREW}, đánh 3 tiếng",
  "Một con ngựa đau cả tàu bỏ cỏ — dịch sao cho hay?",
  "Chấm điểm xong rồi, mai trả bài",
  "Số báo danh ghi ở góc phải, đừng ghi số điện thoại vào bài thi",
  "Múi giờ UTC{UTCW}, chênh mấy tiếng vậy?",
  "Mã đặt phòng {RESVW}, nhận phòng 14h",
  "7 × 8 = 56, thứ 6 kiểm tra bảng cửu chương",
  "Thông tin tài khoản nhập trong app, đừng gửi trong chat",
  "Tập trung ở cổng chính @ {TIMEW} nha",
  "Dấu chấm hay dấu phẩy? Tiếng Anh viết 1,000 còn tiếng Việt viết 1.000",
  "Nhảy dây {NUMW} cái, hít đất {NUMW} cái 💪",
  "Kiểm tra từ vựng {NUMW}/50, thi lại thứ 5",
  "Không chín chắn gì hết, nộp bài trễ nữa rồi 😅",
];

export const BLIND15_POSITIVE: Record<Lang, string[]> = { en: EN15_POS, ja: JA15_POS, ko: KO15_POS, ru: RU15_POS, vi: VI15_POS };
export const BLIND15_NEGATIVE: Record<Lang, string[]> = { en: EN15_NEG, ja: JA15_NEG, ko: KO15_NEG, ru: RU15_NEG, vi: VI15_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p15 = (x: number, n = 2) => String(x).padStart(n, '0');
const cjk15 = (lang: Lang) => lang === 'ja' || lang === 'ko';
const ob15 = (text: string, how: string): Surface => ({ text, obfuscated: true, how });
const plain15 = (text: string): Surface => ({ text, obfuscated: false });
const hex15 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');
const KEY15 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key15 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY15)).join('');
const lower15 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'abcdefghijkmnopqrstuvwxyz'])).join('');
const upper15 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ'])).join('');
/** Vietnamese (or any Latin) text without its diacritics. */
const bare15 = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/**
 * Zero-width characters inside `s`: at its separators (after an at sign, around dots and dashes, between
 * digit groups) when it has some and the coin says so, anywhere strictly inside otherwise.
 */
function zw15(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s + ZW[0];
  const seps = chars.map((c, i) => (i > 0 && /[@.\-\s:_/]/.test(c) ? i : -1)).filter((i) => i > 0);
  const n = r.int(1, Math.min(3, chars.length - 1));
  const spots = new Set<number>();
  for (let k = 0; k < n; k++) spots.add(seps.length && r.chance(0.6) ? r.pick(seps) + (r.chance(0.5) ? 1 : 0) : r.int(1, chars.length - 1));
  const sorted = [...spots].filter((i) => i > 0 && i < chars.length).sort((a, b) => b - a);
  if (!sorted.length) sorted.push(1);
  for (const i of sorted) chars.splice(i, 0, r.pick(ZW));
  return chars.join('');
}

/** Full width on the digits only, the letters only, or the marks only; the whole string when that changes nothing. */
function fwSome15(r: Rng, s: string): string {
  const mode = r.int(0, 2);
  let o = '';
  for (const ch of s) {
    const hit = mode === 0 ? /[0-9]/.test(ch) : mode === 1 ? /[A-Za-z]/.test(ch) : /[@.\-+:/_]/.test(ch);
    o += hit ? fullWidth(ch) : ch;
  }
  return o === s ? fullWidth(s) : o;
}

/** Mathematical alphanumeric families (code points of A, a and 0; absent where the family has holes). */
const MATH15: Record<string, { upper?: number; lower?: number; digit?: number }> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce },
  sans: { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  sansBold: { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec },
  mono: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
  double: { lower: 0x1d552, digit: 0x1d7d8 },
  boldItalic: { upper: 0x1d468, lower: 0x1d482 },
};
const MATH_NAMES15: Record<string, string> = { bold: 'bold', sans: 'sans-serif', sansBold: 'sans-serif bold', mono: 'monospace', double: 'double-struck', boldItalic: 'bold italic' };
/** `s` in a mathematical family, as the fancy-font sites paste it; NFKC folds it back. */
function math15(s: string, family: string, letters = true, digits = true): string {
  const f = MATH15[family];
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (digits && f.digit && c >= 48 && c <= 57) o += String.fromCodePoint(f.digit + c - 48);
    else if (letters && f.lower && c >= 97 && c <= 122) o += String.fromCodePoint(f.lower + c - 97);
    else if (letters && f.upper && c >= 65 && c <= 90) o += String.fromCodePoint(f.upper + c - 65);
    else o += ch;
  }
  return o;
}
function mathFamily15(r: Rng, needDigits: boolean, needLetters: boolean): string {
  const ok = Object.keys(MATH15).filter((k) => (!needDigits || MATH15[k].digit) && (!needLetters || MATH15[k].lower));
  return r.pick(ok);
}

const SUP15 = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const SUB15 = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
const tiny15 = (s: string, table: string[]) => [...s].map((c) => (/[0-9]/.test(c) ? table[Number(c)] : c)).join('');

/** Cyrillic and Greek look-alikes of Latin letters. */
const LOOK15: Record<string, string[]> = {
  a: ['а'], c: ['с'], e: ['е'], o: ['о', 'ο'], p: ['р'], x: ['х'], y: ['у'], i: ['і'], j: ['ј'], s: ['ѕ'], h: ['һ'], v: ['ν'], k: ['κ'],
  A: ['А', 'Α'], B: ['В', 'Β'], C: ['С'], E: ['Е', 'Ε'], H: ['Н', 'Η'], K: ['К', 'Κ'], M: ['М', 'Μ'], O: ['О', 'Ο'], P: ['Р', 'Ρ'], T: ['Т', 'Τ'], X: ['Х', 'Χ'],
};
/** One to three letters of `s` swapped for look-alikes; null when none fits. */
function look15(r: Rng, s: string): string | null {
  const chars = [...s];
  const idx = chars.map((c, i) => (LOOK15[c] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK15[chars[i]]) chars[i] = r.pick(LOOK15[chars[i]]);
  }
  const out = chars.join('');
  return out === s ? null : out;
}

// ---- names, handles ----------------------------------------------------------------------------

const NAMES15: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['harriet', 'conrad', 'priya', 'dario', 'ines', 'malik', 'lena', 'rowan', 'esther', 'felix', 'noor', 'jasper', 'mabel', 'otis'], f: ['quayle', 'bell', 'raman', 'varga', 'okafor', 'lusk', 'pereira', 'hollis', 'brandt', 'achebe', 'marsh', 'delaney', 'finch'] },
  ja: { g: ['haruka', 'souta', 'rin', 'yamato', 'mio', 'kouki', 'nanami', 'riku', 'tsumugi', 'hayato', 'iroha', 'asahi'], f: ['morita', 'hasegawa', 'ishida', 'maruyama', 'kikuchi', 'noguchi', 'sugimoto', 'aoki', 'yoshida', 'imai'] },
  ko: { g: ['seojun', 'jiwoo', 'hayoon', 'eunwoo', 'subin', 'jaehyun', 'nayeon', 'woojin', 'yebin', 'taemin', 'sohee', 'kyungmin'], f: ['seo', 'bae', 'nam', 'moon', 'ryu', 'oh', 'jeon', 'ha', 'gu', 'sim'] },
  ru: { g: ['matvey', 'vasilisa', 'gleb', 'ulyana', 'savva', 'varvara', 'lev', 'milana', 'fedor', 'taisia', 'rodion', 'polina'], f: ['tikhonov', 'abramova', 'kiselev', 'zaitseva', 'melnikov', 'gusev', 'titova', 'bogdanov', 'efimova', 'vlasov'] },
  vi: { g: ['khoa', 'nhung', 'hieu', 'yen', 'long', 'phuong', 'vinh', 'quynh', 'toan', 'diem', 'nam', 'oanh'], f: ['truong', 'vo', 'duong', 'huynh', 'phan', 'lai', 'mac', 'chau', 'kieu', 'la'] },
};
const WORDS15 = ['maple', 'otter', 'sora', 'neko', 'mango', 'pixel', 'tango', 'basil', 'comet', 'koala', 'latte', 'river', 'nabi', 'kumo', 'lapin', 'cello'];

type Style15 = 'any' | 'line' | 'kakao' | 'tg' | 'skype' | 'wechat' | 'ig' | 'fb' | 'discord' | 'qq' | 'threads' | 'tiktok' | 'vk';

/** A QQ number: five to ten digits that no numbering plan of the regions below reads as a phone. */
function qq15(r: Rng): string {
  for (let t = 0; t < 200; t++) {
    const d = String(r.int(1, 9)) + r.digits(r.int(6, 9));
    if (!(['CN', 'US', 'GB', 'JP', 'KR', 'RU', 'VN'] as CountryCode[]).some((c) => parsePhoneNumberFromString(d, c)?.isValid())) return d;
  }
  return '8675309';
}

function handle15(r: Rng, lang: Lang, style: Style15): string {
  const g = r.pick(NAMES15[lang].g);
  const f = r.pick(NAMES15[lang].f);
  const w = r.pick(WORDS15);
  const y = r.int(2, 99);
  switch (style) {
    case 'line':
      return r.pick([`${g}.${f}`, `${g}_${w}`, `${g}${y}`, `${w}-${g}`, `${g}${f[0]}${p15(y)}`, `${f}.${w}`]);
    case 'kakao':
      return r.pick([`${g}${y}`, `${g}_${w}`, `${w}${g}`, `${f}.${g}`, `${g}${f}${r.int(95, 99)}`]);
    case 'tg':
      return (r.chance(0.65) ? '@' : '') + r.pick([`${g}_${f}`, `${w}_${g}`, `${g}${w}${y}`, `${g}_${f}_tutor`, `${f}${g}`, `${g}_${w}_coach`]);
    case 'skype':
      return r.pick([`live:.cid.${hex15(r, 16)}`, `live:${g}_${y}`, `${g}.${f}`, `${g}${f}${y}`]);
    case 'wechat':
      return r.pick([`wxid_${lower15(r, 4)}${r.digits(2)}${lower15(r, 4)}${r.digits(4)}`, `${g}_${f}${r.int(1980, 2007)}`, `${w}${g}${y}`, `${g}-${w}`]);
    case 'ig':
      return (r.chance(0.5) ? '@' : '') + r.pick([`${g}.${f}`, `${g}_${w}`, `${w}.with.${g}`, `${g}.${f}.coach`, `_${g}${f}_`, `${g}${y}.music`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(100, 9999)}`, `${f}${g}${y}`, `${g}.${w}.${f}`]);
    case 'discord':
      return r.chance(0.25) ? `${g[0].toUpperCase()}${g.slice(1)}${r.pick(['', w[0].toUpperCase() + w.slice(1)])}#${r.int(1000, 9999)}` : r.pick([`${g}.${w}`, `${w}_${g}`, `${g}${y}`, `${g}_${f}.`]);
    case 'qq':
      return qq15(r);
    case 'threads':
    case 'tiktok':
      return '@' + r.pick([`${g}.${w}`, `${g}_${f}`, `${w}${g}${y}`, `${g}.${f}.${style === 'tiktok' ? 'eng' : 'daily'}`]);
    case 'vk':
      return r.pick([`id${r.int(10000000, 799999999)}`, `${g}_${f}`, `${g}${f}${y}`, `${w}_${g}`]);
    default:
      return r.pick([`${g}_${w}${y}`, `${w}.${g}`, `${g}${f}${y}`, `${f}_${g}`]);
  }
}

/** Marks of a handle or a local part said aloud. */
const MARKS15: Record<Lang, { under: string[]; dot: string[]; dash: string[] }> = {
  en: { under: [' underscore ', '(underscore)', ' under score '], dot: [' dot ', '(dot)', ' period '], dash: [' dash ', ' hyphen '] },
  ja: { under: ['アンダーバー', 'アンスコ', '（アンダーバー）'], dot: ['ドット', 'てん', '（ドット）'], dash: ['ハイフン', 'ダッシュ'] },
  ko: { under: ['언더바', ' 언더바 ', '(언더바)'], dot: ['점', ' 점 ', '닷'], dash: ['하이픈', ' 대시 '] },
  ru: { under: [' нижнее подчёркивание ', ' подчёркивание ', ' андерскор '], dot: [' точка ', '(точка)'], dash: [' дефис ', ' тире '] },
  vi: { under: [' gạch dưới ', ' gach duoi ', '(gạch dưới)'], dot: [' chấm ', ' cham '], dash: [' gạch ngang ', ' gạch nối '] },
};
function sayMarks15(r: Rng, lang: Lang, s: string): string {
  const m = MARKS15[lang];
  const u = r.pick(m.under);
  const d = r.pick(m.dot);
  const h = r.pick(m.dash);
  return s.replace(/_/g, u).replace(/\./g, d).replace(/-/g, h).replace(/\s+/g, ' ').trim();
}

// ---- e-mails -----------------------------------------------------------------------------------

const MAILDOM15: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com', 'protonmail.com', 'hey.com', 'zoho.com', 'btinternet.com', 'comcast.net', 'ed.ac.uk', 'manchester.ac.uk', 'nyu.edu', 'bridgeway-admissions.com'],
  ja: ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'au.com', 'docomo.ne.jp', 'i.softbank.jp', 'outlook.jp', 'hotmail.co.jp', 'kyoto-u.ac.jp', 'bridge-ryugaku.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'hanmail.net', 'yonsei.ac.kr', 'kaist.ac.kr', 'nate.com', 'bridge-yuhak.co.kr'],
  ru: ['yandex.ru', 'ya.ru', 'mail.ru', 'gmail.com', 'rambler.ru', 'bk.ru', 'internet.ru', 'hse.ru', 'itmo.ru', 'yandex.kz', 'postuplenie-cz.ru'],
  vi: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hcmut.edu.vn', 'vnu.edu.vn', 'ueh.edu.vn', 'fpt.com', 'duhoc-sakura.edu.vn'],
};
const AT15: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', ' [at] ', ' AT ', '[at]', ' (@) ', '(at)'],
  ja: ['アット', 'あっと', '（アット）', '［あっと］', 'アットマーク', ' アット '],
  ko: ['골뱅이', ' 골뱅이 ', '앳', ' 엣 ', '(골뱅이)', '[at]'],
  ru: [' собака ', '(собака)', ' собачка ', ' сабака ', ' [собака] ', ' at '],
  vi: [' a còng ', '(a còng)', ' a cong ', ' a còng ', ' (@) ', ' [at] '],
};
const DOT15: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', '[dot]', ' DOT ', '(.)', '[.]'],
  ja: ['ドット', 'どっと', '（ドット）', '．', ' ドット '],
  ko: ['점', ' 점 ', '닷', '(점)', '(dot)', ' 쩜 '],
  ru: [' точка ', '(точка)', ' тчк ', ' [точка] ', ' dot '],
  vi: [' chấm ', '(chấm)', ' cham ', ' chấm ', ' dot '],
};

function mailAddress15(r: Rng, lang: Lang): { local: string; domain: string } {
  const g = r.pick(NAMES15[lang].g);
  const f = r.pick(NAMES15[lang].f);
  const w = r.pick(WORDS15);
  const local = r.pick([`${g}.${f}`, `${g}_${f}`, `${f}.${g}${r.int(1, 99)}`, `${g}${r.int(1985, 2009)}`, `${g[0]}${f}`, `${g}.${w}`, `${g}+tutor`, `${f}-${g}`, `${w}.${g}${r.int(2, 99)}`, `${g}${f}`]);
  return { local, domain: r.pick(MAILDOM15[lang]) };
}

function email15(r: Rng, lang: Lang, obfuscate: boolean, mild = false): Surface {
  const { local, domain } = mailAddress15(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return plain15(r.chance(0.08) ? addr[0].toUpperCase() + addr.slice(1) : addr);
  const labels = domain.split('.');
  const at = r.pick(AT15[lang]);
  const dot = r.pick(DOT15[lang]);
  const way = mild ? r.pick(['zw', 'fw', 'math', 'look']) : r.pick(['words', 'words', 'words', 'wordsfw', 'caps', 'spaced', 'brackets', 'localsaid', 'atword', 'fw', 'math', 'zw', 'look', 'mixed']);
  switch (way) {
    case 'words':
      return ob15(`${local}${at}${labels.join(dot)}`, 'at-dot words');
    case 'wordsfw':
      return ob15(`${local}${r.pick([' ａｔ ', '（ａｔ）', '［ａｔ］'])}${labels.join(r.pick([' ｄｏｔ ', '（ｄｏｔ）', '［ｄｏｔ］']))}`, 'full-width at-dot words');
    case 'caps':
      if (lang === 'en' || lang === 'ru' || lang === 'vi') return ob15(`${local.toUpperCase()} AT ${labels.map((l) => l.toUpperCase()).join(' DOT ')}`, 'capitals, at-dot words');
      return ob15(`${local}${at}${labels.join(dot)}`, 'at-dot words');
    case 'spaced':
      return ob15(r.chance(0.5) ? `${local} @ ${labels.join(' . ')}` : `${local} @ ${domain}`, 'split by spaces');
    case 'brackets':
      return ob15(`${local}${r.pick(['(@)', '[@]', '{@}', '<@>'])}${labels.join(r.pick(['(.)', '[.]', '{.}']))}`, 'bracketed at and dots');
    case 'localsaid':
      if (/[._-]/.test(local)) return ob15(`${sayMarks15(r, lang, local)}${at}${labels.join(dot)}`, 'name marks, at and dot said');
      return ob15(`${local}${at}${labels.join(dot)}`, 'at-dot words');
    case 'atword':
      return ob15(`${local}${at}${domain}`, 'at word');
    case 'fw':
      return ob15(r.chance(0.5) ? fullWidth(addr) : fwSome15(r, addr), 'full-width');
    case 'math': {
      const fam = mathFamily15(r, false, true);
      return ob15(r.chance(0.5) ? `${math15(local, fam)}@${domain}` : math15(addr, fam), `mathematical ${MATH_NAMES15[fam]} letters`);
    }
    case 'zw':
      return ob15(zw15(r, addr), 'zero-width');
    case 'look': {
      const l = look15(r, addr);
      return l ? ob15(l, 'look-alike letters') : ob15(zw15(r, addr), 'zero-width');
    }
    default:
      // a full-width at sign with dot words, or an at word with full-width dots
      return r.chance(0.5) ? ob15(`${local}＠${labels.join(dot)}`, 'full-width at, dot words') : ob15(`${local}${at}${labels.join('．')}`, 'at word, full-width dots');
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape15 {
  region: CountryCode;
  national: (r: Rng) => string;
  /** Written forms besides libphonenumber's own national and international ones. */
  formats?: ((d: string) => string)[];
  /** The groups as people of the country write them, where libphonenumber's national form differs; then only `formats` are used besides the international form. */
  groups?: (d: string) => string[];
}
const cut15 = (d: string, ...sizes: number[]) => {
  const out: string[] = [];
  let k = 0;
  for (const s of sizes) {
    out.push(d.slice(k, k + s));
    k += s;
  }
  if (k < d.length) out.push(d.slice(k));
  return out.filter((x) => x.length);
};
const jpLand15 = (code: string): Shape15 => ({ region: 'JP', national: (r) => code + r.int(2, 9) + r.digits(9 - code.length) });
const vnLand15 = (code: string): Shape15 => ({
  region: 'VN',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => `(${d.slice(0, 4)}) ${d.slice(4)}`, (d) => `${d.slice(0, 4)} ${d[4]} ${cut15(d.slice(5), 3).join(' ')}`, (d) => `${d.slice(0, 4)}.${cut15(d.slice(4), 3).join('.')}`],
});
const ruLand15 = (code: string): Shape15 => {
  const rest = 10 - code.length;
  const tail = (d: string) => cut15(d.slice(code.length), rest - 4, 2).join('-');
  return {
    region: 'RU',
    national: (r) => code + r.int(2, 6) + r.digits(rest - 1),
    formats: [(d) => `+7 (${code}) ${tail(d)}`, (d) => `8 (${code}) ${tail(d)}`, (d) => `8-${code}-${tail(d)}`, (d) => `8 (${code}) ${tail(d)}`],
    groups: (d) => ['8', code, ...tail(d).split('-')],
  };
};
const gbLand15 = (code: string): Shape15 => ({
  region: 'GB',
  national: (r) => code + r.int(2, 8) + r.digits(10 - code.length),
  formats: [(d) => `(${d.slice(0, code.length)}) ${d.slice(code.length)}`],
});

const SHAPES15: Record<string, Shape15> = {
  US: { region: 'US', national: (r) => String(r.int(2, 9)) + r.digits(2) + String(r.int(2, 9)) + r.digits(6), formats: [(d) => cut15(d, 3, 3).join('-'), (d) => cut15(d, 3, 3).join('.'), (d) => `+1 ${cut15(d, 3, 3).join('-')}`, (d) => `1-${cut15(d, 3, 3).join('-')}`] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 5)} ${cut15(d.slice(5), 3).join(' ')}`, (d) => `+44 (0)${d.slice(1, 5)} ${d.slice(5)}`, (d) => `+44 ${d.slice(1, 5)}-${d.slice(5)}`] },
  GB_PLYMOUTH: gbLand15('01752'),
  GB_BATH: gbLand15('01225'),
  GB_DERBY: gbLand15('01332'),
  GB_HULL: gbLand15('01482'),
  GB_INVERNESS: gbLand15('01463'),
  GB_COVENTRY: { region: 'GB', national: (r) => '0247' + r.digits(7), formats: [(d) => `024 ${cut15(d.slice(3), 4).join(' ')}`, (d) => `(024) ${cut15(d.slice(3), 4).join(' ')}`] },
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => cut15(d, 3, 4).join(' '), (d) => `(${d.slice(0, 3)}) ${cut15(d.slice(3), 4).join('-')}`, (d) => `+81-${cut15(d.slice(1), 2, 4).join('-')}`, (d) => `+81 (0)${cut15(d.slice(1), 2, 4).join('-')}`] },
  JP_HAKODATE: jpLand15('0138'),
  JP_NARA: jpLand15('0742'),
  JP_KOCHI: jpLand15('088'),
  JP_OITA: jpLand15('097'),
  JP_AOMORI: jpLand15('017'),
  JP_UTSUNOMIYA: jpLand15('028'),
  JP_NAGANO: jpLand15('026'),
  JP_TAKAMATSU: jpLand15('087'),
  JP_TOYAMA: jpLand15('076'),
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => cut15(d, 3, 4).join(' '), (d) => cut15(d, 3, 4).join('.'), (d) => `+82 ${cut15(d.slice(1), 2, 4).join('-')}`, (d) => `+82 (0)${cut15(d.slice(1), 2, 4).join('-')}`, (d) => `(${d.slice(0, 3)}) ${cut15(d.slice(3), 4).join('-')}`] },
  KR_SAFE: { region: 'KR', national: (r) => r.pick(['0507', '0507', '0504']) + r.int(1, 9) + r.digits(7), formats: [(d) => cut15(d, 4, 4).join('-'), (d) => cut15(d, 4, 4).join('-'), (d) => cut15(d, 4, 4).join(' '), (d) => d], groups: (d) => cut15(d, 4, 4) },
  KR_080: { region: 'KR', national: (r) => '080' + r.int(2, 9) + r.digits(6), formats: [(d) => cut15(d, 3, 3).join('-')] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['032', '033', '034', '035', '036', '037', '038', '039', '056', '058', '059', '070', '076', '077', '078', '079', '081', '082', '083', '084', '085', '086', '088', '089', '090', '091', '093', '094', '096', '097', '098', '099', '087']) + r.digits(7), formats: [(d) => cut15(d, 4, 3).join(' '), (d) => cut15(d, 4, 3).join('.'), (d) => cut15(d, 3, 3).join(' '), (d) => `+84 ${cut15(d.slice(1), 3, 3).join(' ')}`, (d) => `(+84) ${cut15(d.slice(1), 2, 3).join(' ')}`, (d) => d] },
  VN_BINHDINH: vnLand15('0256'),
  VN_THAINGUYEN: vnLand15('0208'),
  VN_LAOCAI: vnLand15('0214'),
  VN_ANGIANG: vnLand15('0296'),
  VN_LONGAN: vnLand15('0272'),
  VN_HATINH: vnLand15('0239'),
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['00', '02', '04', '08', '11', '13', '19', '22', '24', '27', '28', '30', '33', '37', '51', '53', '60', '62', '64', '68', '80', '82', '83', '86', '88', '91', '93', '95', '97', '99']) + r.digits(7), formats: [(d) => `+7 (${d.slice(0, 3)}) ${cut15(d.slice(3), 3, 2).join('-')}`, (d) => `8 ${d.slice(0, 3)} ${cut15(d.slice(3), 3, 2).join(' ')}`, (d) => `8${d}`, (d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `8-${d.slice(0, 3)}-${cut15(d.slice(3), 3, 2).join('-')}`] },
  RU_KRASNOYARSK: ruLand15('391'),
  RU_TYUMEN: ruLand15('3452'),
  RU_MURMANSK: ruLand15('8152'),
  RU_VOLGOGRAD: ruLand15('8442'),
  RU_ARKHANGELSK: ruLand15('8182'),
  RU_SARATOV: ruLand15('8452'),
  RU_BARNAUL: ruLand15('3852'),
  RU_IZHEVSK: ruLand15('3412'),
  AT: { region: 'AT', national: (r) => '06' + r.pick(['64', '60', '76', '50', '99', '81', '88', '70']) + r.digits(r.pick([7, 8])), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `+43 ${d.slice(1, 4)} ${d.slice(4)}`, (d) => `+43 (0)${d.slice(1, 4)} ${d.slice(4)}`] },
  KH: { region: 'KH', national: (r) => '0' + r.pick(['10', '11', '12', '15', '16', '17', '61', '69', '70', '77', '78', '81', '85', '86', '87', '89', '92', '93', '95', '96', '97', '98', '99']) + r.digits(r.pick([6, 7])) },
  LAO: { region: 'LA', national: (r) => '020' + r.pick(['2', '5', '7', '9']) + r.digits(7), formats: [(d) => `+856 20 ${cut15(d.slice(3), 4).join(' ')}`] },
  NP: { region: 'NP', national: (r) => '98' + r.int(0, 6) + r.digits(7), formats: [(d) => `+977-${d}`, (d) => cut15(d, 5).join('-')] },
  BD: { region: 'BD', national: (r) => '01' + r.int(3, 9) + r.digits(8) },
  PK: { region: 'PK', national: (r) => '03' + r.int(0, 4) + r.digits(8), formats: [(d) => `${d.slice(0, 4)}-${d.slice(4)}`, (d) => `+92 ${d.slice(1, 4)} ${d.slice(4)}`] },
  EG: { region: 'EG', national: (r) => '01' + r.pick(['0', '1', '2', '5']) + r.digits(8), formats: [(d) => `+20 ${d.slice(1, 3)} ${cut15(d.slice(3), 4).join(' ')}`] },
  NG: { region: 'NG', national: (r) => '0' + r.pick(['70', '80', '81', '90', '91']) + r.digits(8), formats: [(d) => `+234 ${cut15(d.slice(1), 3, 3).join(' ')}`] },
  KE: { region: 'KE', national: (r) => '07' + r.pick(['0', '1', '2', '9', '4']) + r.digits(7), formats: [(d) => `+254 ${cut15(d.slice(1), 3, 3).join(' ')}`] },
  AR: { region: 'AR', national: (r) => '911' + r.digits(8), formats: [(d) => `+54 9 11 ${cut15(d.slice(3), 4).join('-')}`] },
  CL: { region: 'CL', national: (r) => '9' + r.int(3, 9) + r.digits(7) },
  CO: { region: 'CO', national: (r) => '3' + r.pick(['00', '01', '02', '04', '05', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '50', '51']) + r.digits(7) },
  PE: { region: 'PE', national: (r) => '9' + r.digits(8) },
  TJ: { region: 'TJ', national: (r) => r.pick(['90', '91', '92', '93', '98', '88', '55', '50', '00', '11']) + r.digits(7) },
  MO: { region: 'MO', national: (r) => '6' + r.pick(['2', '3', '5', '6', '8']) + r.digits(6) },
  LK: { region: 'LK', national: (r) => '07' + r.pick(['0', '1', '2', '4', '5', '6', '7', '8']) + r.digits(7) },
  SA: { region: 'SA', national: (r) => '05' + r.pick(['0', '3', '4', '5', '6', '8', '9']) + r.digits(7), formats: [(d) => `+966 ${cut15(d.slice(1), 2, 3).join(' ')}`] },
  UA: { region: 'UA', national: (r) => '0' + r.pick(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99']) + r.digits(7) },
  MM: { region: 'MM', national: (r) => '09' + r.pick(['25', '26', '40', '42', '44', '45', '67', '68', '69', '75', '76', '77', '78', '79', '96', '97', '98', '99']) + r.digits(7) },
  IS: { region: 'IS', national: (r) => r.pick(['6', '7', '8']) + r.digits(6), formats: [(d) => `+354 ${d}`, (d) => `${d.slice(0, 3)}-${d.slice(3)}`] },
};

/** Any phone number (TELX, MTELX): mostly the language's own country, now and then a landline of a new town. */
const MIX15: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_PLYMOUTH', 'GB_BATH', 'GB_DERBY', 'GB_HULL', 'GB_INVERNESS', 'GB_COVENTRY'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_HAKODATE', 'JP_NARA', 'JP_KOCHI', 'JP_OITA', 'JP_AOMORI', 'JP_UTSUNOMIYA', 'JP_NAGANO', 'JP_TAKAMATSU', 'JP_TOYAMA'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_SAFE', 'KR_080'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_KRASNOYARSK', 'RU_TYUMEN', 'RU_MURMANSK', 'RU_VOLGOGRAD', 'RU_ARKHANGELSK', 'RU_SARATOV', 'RU_BARNAUL', 'RU_IZHEVSK'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_BINHDINH', 'VN_THAINGUYEN', 'VN_LAOCAI', 'VN_ANGIANG', 'VN_LONGAN', 'VN_HATINH'],
};
/** A mobile of the language's own country (MOBX). */
const OWN15: Record<Lang, string[]> = { en: ['US', 'GB_MOB'], ja: ['JP_MOB'], ko: ['KR_MOB'], ru: ['RU_MOB'], vi: ['VN_MOB'] };
const ABROAD15 = ['KH', 'LAO', 'NP', 'BD', 'PK', 'EG', 'NG', 'KE', 'AR', 'CL', 'CO', 'PE', 'TJ', 'MO', 'LK', 'SA', 'UA', 'MM', 'IS', 'AT'];

interface Drawn15 {
  written: string;
  /** The national number as dialled at home (trunk prefix included), and its groups as written. */
  national: string;
  groups: string[];
  intl: string;
  region: CountryCode;
}

/** A valid number of one of the shapes, in one of its written forms that reads back as the same number. */
function drawPhone15(r: Rng, keys: string[]): Drawn15 {
  for (let tries = 0; tries < 400; tries++) {
    const shape = SHAPES15[tries < 300 ? r.pick(keys) : keys[0]];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const nat = p.formatNational();
    const intl = p.formatInternational();
    const own = (shape.formats ?? []).map((f) => f(d));
    const forms = shape.groups ? [intl, ...own, ...own] : [nat, nat, intl, ...own, ...own];
    const written = r.pick(forms);
    const back = parsePhoneNumberFromString(written, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    const groups = shape.groups ? shape.groups(d) : nat.match(/\d+/g) ?? [d];
    return { written, national: groups.join(''), groups, intl, region: shape.region };
  }
  throw new Error(`blind15: no valid phone number drawn from ${keys.join(', ')}`);
}

/** Digit words, one table per language (the first of each list the usual one). */
const DIGITS15: Record<Lang, string[][]> = {
  en: [['zero', 'oh'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine', 'niner']],
  ja: [['〇', '零'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy', 'bẩy'], ['tám'], ['chín']],
};
/** Formal kanji digits (daiji), as on cheques and receipts. */
const DAIJI15 = [['〇', '零'], ['壱'], ['弐'], ['参'], ['四', '肆'], ['伍'], ['六', '陸'], ['七', '漆'], ['八', '捌'], ['九', '玖']];
/** Katakana readings as said on the phone, with the long vowels of ニー and ゴー. */
const KANA15 = [['ゼロ', 'レイ', 'マル'], ['イチ'], ['ニー'], ['サン'], ['ヨン'], ['ゴー'], ['ロク'], ['ナナ'], ['ハチ'], ['キュウ']];
/** Native Korean numbers (no zero of their own: 공). */
const NATIVE_KO15 = [['공'], ['하나'], ['둘'], ['셋'], ['넷'], ['다섯'], ['여섯'], ['일곱'], ['여덟'], ['아홉']];

/** A run of digits in words from `table`, one choice of each alternative for the whole number. */
function wordsFor15(r: Rng, table: string[][]): (c: string) => string {
  const pick = table.map((alts) => (alts.length > 1 && r.chance(0.35) ? r.pick(alts.slice(1)) : alts[0]));
  return (c) => pick[Number(c)];
}

const DASHWORD15: Record<Lang, string[]> = { en: [' dash ', ' - dash - '], ja: ['ハイフン', 'の'], ko: [' 하이픈 ', '에 '], ru: [' тире ', ' дефис '], vi: [' gạch ', ' gạch ngang '] };
const SEP15: Record<Lang, string[]> = {
  en: ['_', ' / ', '~', '•', '·', ' | ', '‐', '−', ' — ', '*'],
  ja: ['〜', '～', '‐', '−', '―', '・', '／', '＿'],
  ko: ['~', '_', '·', '/', '−', '‐', ' ~ ', '*'],
  ru: ['_', '—', '–', '·', ' / ', '~', '‐'],
  vi: ['_', '~', '·', ' / ', '–', '*', '‐'],
};

const PHONE_WAYS15: Record<Lang, string[]> = {
  en: ['spell', 'spell', 'spell', 'spellpart', 'mixdigit', 'sep', 'sep', 'spaced', 'sup', 'math', 'fw', 'zw', 'dashword', 'look'],
  ja: ['spell', 'spell', 'daiji', 'kana', 'spellpart', 'mixdigit', 'sep', 'sep', 'spaced', 'sup', 'math', 'fw', 'fw', 'zw', 'dashword'],
  ko: ['spell', 'spell', 'native', 'spellpart', 'mixdigit', 'sep', 'sep', 'spaced', 'sub', 'math', 'fw', 'zw', 'dashword'],
  ru: ['spell', 'spell', 'spellpart', 'mixdigit', 'sep', 'sep', 'spaced', 'sup', 'math', 'fw', 'zw', 'dashword', 'cyr0'],
  vi: ['spell', 'spell', 'spellbare', 'spellpart', 'mixdigit', 'sep', 'sep', 'spaced', 'sup', 'math', 'fw', 'zw', 'dashword'],
};
const MILD_PHONE15 = ['fw', 'zw', 'math', 'sup'];

/** The groups of `p` said digit by digit in the language. */
function spellGroups15(r: Rng, lang: Lang, groups: string[], table = DIGITS15[lang], inner?: string, outer?: string): string {
  const w = wordsFor15(r, table);
  const cjk = cjk15(lang) && table !== NATIVE_KO15;
  const innerSep = inner ?? (cjk ? '' : lang === 'en' && r.chance(0.3) ? '-' : ' ');
  const outerSep = outer ?? (cjk ? r.pick([' ', '-', '、', ' ']) : r.pick([', ', ' ', ' - ', '... ', ' / ']));
  return groups.map((g) => [...g].map(w).join(innerSep)).join(outerSep);
}

function phone15(r: Rng, lang: Lang, obfuscate: boolean, keys: string[], mild = false): Surface {
  const p = drawPhone15(r, keys);
  if (!obfuscate) return plain15(p.written);
  const way = mild ? r.pick(MILD_PHONE15) : r.pick(PHONE_WAYS15[lang]);
  const g = p.groups;
  switch (way) {
    case 'spell':
      return ob15(spellGroups15(r, lang, g), 'spelled digits');
    case 'spellbare':
      return ob15(bare15(spellGroups15(r, lang, g)), 'spelled digits, no diacritics');
    case 'daiji':
      return ob15(spellGroups15(r, lang, g, DAIJI15, '', r.pick(['-', '－', ' '])), 'spelled digits, formal kanji (daiji)');
    case 'kana':
      return ob15(spellGroups15(r, lang, g, KANA15, r.pick(['', '・']), r.pick(['、', ' ', 'の'])), 'spelled digits in katakana');
    case 'native':
      return ob15(spellGroups15(r, lang, g, NATIVE_KO15, ' ', r.pick([', ', ' / ', ' - '])), 'spelled digits, native Korean numbers');
    case 'spellpart': {
      if (g.length < 2) return ob15(spellGroups15(r, lang, g), 'spelled digits');
      const cut = r.int(1, g.length - 1);
      const head = g.slice(0, cut).join(cjk15(lang) ? '-' : ' ');
      return ob15(`${head}${cjk15(lang) ? r.pick(['-', ' ']) : ' '}${spellGroups15(r, lang, g.slice(cut))}`, 'partly spelled');
    }
    case 'mixdigit': {
      // digit by digit, some as words and some as digits
      const w = wordsFor15(r, DIGITS15[lang]);
      let words = 0;
      const parts = g.map((grp) =>
        [...grp]
          .map((c) => {
            if (r.chance(0.5)) {
              words++;
              return w(c);
            }
            return c;
          })
          .join(cjk15(lang) ? '' : ' '),
      );
      if (words < 3) return ob15(spellGroups15(r, lang, g), 'spelled digits');
      return ob15(parts.join(cjk15(lang) ? '-' : r.pick([', ', ' - ', '  '])), 'digits and digit words mixed');
    }
    case 'sep':
      return ob15(g.join(r.pick(SEP15[lang])), 'odd separators');
    case 'spaced': {
      const inner = r.pick([' ', '.', ' ', '-']);
      return ob15(g.map((x) => [...x].join(inner)).join(inner === ' ' ? r.pick(['  ', ' - ', ' / ']) : ' '), 'digits spaced out');
    }
    case 'sup':
      return ob15(tiny15(r.chance(0.5) ? p.written : g.join(r.pick(['-', ' '])), SUP15), 'superscript digits');
    case 'sub':
      return ob15(tiny15(g.join(r.pick(['-', ' '])), SUB15), 'subscript digits');
    case 'math': {
      const fam = mathFamily15(r, true, false);
      return ob15(math15(p.written, fam), `mathematical ${MATH_NAMES15[fam]} digits`);
    }
    case 'fw':
      return ob15(r.chance(0.6) ? fullWidth(p.written) : fwSome15(r, p.written), 'full-width');
    case 'zw':
      return ob15(zw15(r, p.written), 'zero-width');
    case 'dashword':
      return ob15(g.join(r.pick(DASHWORD15[lang])), 'dash words');
    case 'look': {
      // a Cyrillic or Greek capital O for the zeros
      if (!/0/.test(p.written)) return ob15(zw15(r, p.written), 'zero-width');
      return ob15(p.written.replace(/0/g, () => r.pick(['О', 'Ο'])), 'Cyrillic or Greek O for zero');
    }
    default: {
      // cyr0: Cyrillic О for the zeros
      if (!/0/.test(p.written)) return ob15(spellGroups15(r, lang, g), 'spelled digits');
      return ob15(p.written.replace(/0/g, 'О'), 'Cyrillic О for zero');
    }
  }
}

// ---- links -------------------------------------------------------------------------------------

const SLUG15 = ['bridgeway', 'wienklang', 'kestrel', 'sakura', 'hanul', 'beryozka', 'senvang', 'mozartplatz', 'aurora', 'tsubame', 'dalbit', 'sosnovy', 'hoasen', 'northgate'];
const WEB15: Record<Lang, string[]> = {
  en: ['www.meetup.com/{s}-language-exchange/', '{s}-admissions.com/apply', 'www.eventbrite.com/e/{s}-masterclass-{n}', '{s}tennis.club/juniors', 'forms.gle/{k}', '{s}-scholarship.org/claim?id={n}', 'www.{s}-careers.net/apply', 'sites.google.com/view/{s}-band', 'drive.google.com/drive/folders/{x}', 'www.{s}academy.at/summer', 'calendly.com/{h}/mock-interview', '{s}.pro/invest', 'www.depop.com/{h}/', 'photos.app.goo.gl/{k}{k}'],
  ja: ['www.{s}-ryugaku.jp/soudan', '{s}-eju.jp', 'www.{s}academy.at/ja/', 'forms.gle/{k}', 'jp.mercari.com/item/m{n}', 'www.{s}-tennis.com/school', 'ピアノ留学.jp/{s}', 'テニス教室.com', 'peatix.com/event/{n}', 'www.{s}-scholarship.org/jp', 'www.{s}-gekidan.jp/audition', 'visa-{s}.jp/yoyaku', 'note.com/{h}/n/n{x}'],
  ko: ['www.{s}yuhak.co.kr/consult', 'forms.gle/{k}', '유학상담.한국', 'www.somoim.co.kr/{n}', '{s}-topik.com', 'www.{s}academy.at/ko/', 'm.blog.naver.com/{h}', 'www.{s}-scholarship.or.kr/confirm', 'bit.ly/{k}', 'visa-{s}.kr/booking', 'www.{s}musical.com/audition', 'naver.me/{k}'],
  ru: ['{s}-postuplenie.ru', 'forms.yandex.ru/u/{x}/', 'www.{s}academy.at/ru/', 'разговорный-клуб.рф', 'поступление-в-чехию.рф/консультация', 'ege-{s}.ru/kurs', 'www.{s}-grant.org/pobeditel', 'disk.yandex.ru/d/{k}', 'vk.cc/{k}', 'visa-{s}.ru/zapis', 'www.{s}-teatr.ru/proslushivanie', 'tennis-{s}.ru'],
  vi: ['duhoc{s}.edu.vn/tu-van', 'forms.gle/{k}', 'www.{s}academy.at/vi/', 'cafetraodoi.vn/dang-ky', 'luyệnthi.vn/{s}', '{s}-hocbong.org/xac-nhan', 'thpt-{s}.edu.vn', 'bit.ly/{k}', 'visa{s}.com.vn/dat-lich', 'www.facebook.com/events/{n}', 'photos.app.goo.gl/{k}{k}', '{s}-casting.vn'],
};
/** Messenger links by platform. */
const CHAT15: Record<string, string[]> = {
  tg: ['t.me/{tg}', 't.me/+{k}{k}', 'telegram.me/{tg}', 't.me/joinchat/{k}{k}{k}', 't.me/{tg}_bot'],
  wa: ['wa.me/{w}', 'chat.whatsapp.com/{K}{K}{K}', 'api.whatsapp.com/send?phone={w}', 'wa.me/c/{w}'],
  line: ['line.me/ti/p/~{line}', 'line.me/R/ti/p/@{oa}', 'lin.ee/{k}', 'line.me/ti/g2/{k}{k}{k}'],
  kakao: ['open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}', 'open.kakao.com/me/{kk}', 'qr.kakao.com/talk/{k}{k}'],
  zalo: ['zalo.me/{vn}', 'zalo.me/g/{k}{k}'],
  discord: ['discord.gg/{k}', 'discord.com/invite/{k}{k}'],
  ig: ['instagram.com/{ig}', 'www.instagram.com/{ig}/', 'ig.me/m/{ig}'],
  vk: ['vk.com/{vk}', 'vk.me/{vk}', 'vk.me/join/{k}{k}'],
  fb: ['www.facebook.com/groups/{n}', 'm.me/{fb}', 'fb.me/{fb}', 'facebook.com/groups/{s}.lostandfound'],
  viber: ['invite.viber.com/?g2=AQ{K}{K}'],
  skype: ['join.skype.com/{k}{k}'],
  wechat: ['u.wechat.com/{K}{K}'],
};
const CHAT_SLOTS15: Record<string, string> = { TGLX: 'tg', WALX: 'wa', LNLX: 'line', KKLX: 'kakao', ZLLX: 'zalo', DCLX: 'discord', IGLX: 'ig', VKLX: 'vk', FBLX: 'fb' };
const CHATX15 = ['tg', 'tg', 'wa', 'line', 'kakao', 'zalo', 'discord', 'ig', 'vk', 'fb', 'viber', 'skype', 'wechat'];
const SLASH15: Record<Lang, string[]> = { en: [' slash ', ' / '], ja: ['スラッシュ', ' / '], ko: [' 슬래시 ', ' / '], ru: [' слэш ', ' / '], vi: [' gạch chéo ', ' / '] };

function url15(r: Rng, lang: Lang, obfuscate: boolean, kind: string): Surface {
  const platform = kind === 'chat' ? r.pick(CHATX15) : kind;
  const pattern = kind === 'web' ? r.pick(WEB15[lang]) : r.pick(CHAT15[platform]);
  const bareHandle = (s: Style15) => handle15(r, lang, s).replace(/^@/, '');
  const site = pattern
    .replace('{s}', r.pick(SLUG15))
    .replace('{h}', () => bareHandle('any').replace(/\./g, '_'))
    .replace('{tg}', () => bareHandle('tg'))
    .replace('{line}', () => bareHandle('line'))
    .replace('{oa}', () => `${r.int(100, 999)}${lower15(r, 5)}`)
    .replace('{kk}', () => bareHandle('kakao').replace(/\./g, '_'))
    .replace('{ig}', () => bareHandle('ig'))
    .replace('{vk}', () => bareHandle('vk'))
    .replace('{fb}', () => bareHandle('fb'))
    .replace(/\{k\}/g, () => key15(r, 5))
    .replace(/\{K\}/g, () => upper15(r, 3) + r.int(1, 9) + lower15(r, 2))
    .replace('{x}', () => hex15(r, 16))
    .replace('{n}', () => String(r.int(1000000, 99999999)))
    .replace('{w}', () => drawPhone15(r, OWN15[lang]).intl.replace(/\D/g, ''))
    .replace('{vn}', () => drawPhone15(r, ['VN_MOB']).national);
  const cut = site.search(/[/?]/);
  const host = cut < 0 ? site : site.slice(0, cut);
  const path = cut < 0 ? '' : site.slice(cut);
  const scheme = r.chance(0.35) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return plain15(plain);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  const dot = r.pick(DOT15[lang]);
  const ways = idn ? ['dotword', 'spaced', 'bracket', 'zw', 'fwdots'] : ['dotword', 'dotword', 'dotword', 'bracket', 'defang', 'spaced', 'slashword', 'caps', 'fw', 'math', 'zw', 'look', 'fwdots'];
  switch (r.pick(ways)) {
    case 'dotword':
      return ob15(labels.join(dot) + path, 'dot words');
    case 'bracket':
      return ob15(scheme + labels.join(r.pick(['[.]', '(.)', '{.}', '[dot]'])) + path, 'bracketed dots');
    case 'defang':
      return ob15(r.pick(['hxxps://', 'hxxp://', 'hxxps[:]//']) + labels.join(r.chance(0.6) ? '[.]' : '.') + path, 'defanged');
    case 'spaced':
      return ob15((scheme + labels.join(' . ') + path.replace(/\//g, r.chance(0.5) ? ' / ' : '/')).trimEnd(), 'split by spaces');
    case 'slashword':
      if (path.startsWith('/')) return ob15((labels.join(dot) + path.replace(/\/$/, '').replace(/\//g, r.pick(SLASH15[lang]))).trimEnd(), 'dots and slashes said');
      return ob15(labels.join(dot), 'dot words');
    case 'caps':
      return ob15(labels.map((l) => l.toUpperCase()).join(r.pick([' DOT ', '[DOT]', ' (DOT) '])) + path, 'capitals, dot words');
    case 'fw':
      return ob15(r.chance(0.5) ? fullWidth(plain) : fwSome15(r, plain), 'full-width');
    case 'math': {
      const fam = mathFamily15(r, false, true);
      return ob15(scheme + math15(host, fam, true, false) + path, `mathematical ${MATH_NAMES15[fam]} letters`);
    }
    case 'zw':
      return ob15(zw15(r, plain), 'zero-width');
    case 'look': {
      const l = look15(r, host);
      return l ? ob15(scheme + l + path, 'look-alike letters') : ob15(zw15(r, plain), 'zero-width');
    }
    default:
      return ob15(scheme + labels.join(lang === 'ja' ? r.pick(['。', '．']) : lang === 'ko' ? r.pick(['．', '。']) : '．') + path, 'ideographic or full-width dots');
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id15(r: Rng, lang: Lang, obfuscate: boolean, style: Style15): Surface {
  const h = handle15(r, lang, style);
  if (!obfuscate) return plain15(h);
  const at = h.startsWith('@');
  const body = at ? h.slice(1) : h;
  const marks = /[._-]/.test(body);
  const ways = style === 'qq' ? ['fw', 'zw', 'math', 'spaced', 'sup'] : ['fw', 'fwsome', 'zw', 'zw', 'look', 'look', 'math', 'math', ...(marks ? ['say', 'say'] : []), ...(h.length <= 16 ? ['spaced'] : []), ...(at ? ['atfw'] : [])];
  switch (r.pick(ways)) {
    case 'fw':
      return ob15(fullWidth(h), 'full-width');
    case 'fwsome':
      return ob15(fwSome15(r, h), 'full-width in part');
    case 'zw':
      return ob15(zw15(r, h), 'zero-width');
    case 'look': {
      const l = look15(r, h);
      return l ? ob15(l, 'look-alike letters') : ob15(zw15(r, h), 'zero-width');
    }
    case 'math': {
      const fam = mathFamily15(r, /[0-9]/.test(h) && style === 'qq', style !== 'qq');
      return ob15(math15(h, fam), `mathematical ${MATH_NAMES15[fam]} letters`);
    }
    case 'say':
      return ob15((at ? '@' : '') + sayMarks15(r, lang, body), 'marks said aloud');
    case 'spaced':
      return ob15([...h].join(' '), 'letters spaced');
    case 'sup':
      return ob15(tiny15(h, SUP15), 'superscript digits');
    default:
      return ob15(r.pick(['＠', '＠ ', '@ ']) + (r.chance(0.5) ? body : zw15(r, body)), 'full-width or spaced at');
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

/** Groups of digits disguised in one of `ways`; the language's digit words when spelled. */
function digitGroups15(r: Rng, lang: Lang, g: string[], ways: string[], sep = ' '): Surface {
  const joined = g.join(sep);
  switch (r.pick(ways)) {
    case 'spaced':
      return ob15(g.map((x) => [...x].join(' ')).join(r.pick(['  ', ' - ', ' / '])), 'digits spaced out');
    case 'fw':
      return ob15(fullWidth(joined), 'full-width');
    case 'fwalt':
      return ob15(g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(sep), 'full-width groups in turn');
    case 'zw':
      return ob15(zw15(r, joined), 'zero-width');
    case 'math': {
      const fam = mathFamily15(r, true, false);
      return ob15(math15(joined, fam), `mathematical ${MATH_NAMES15[fam]} digits`);
    }
    case 'sup':
      return ob15(tiny15(joined, SUP15), 'superscript digits');
    case 'sep':
      return ob15(g.join(r.pick(SEP15[lang])), 'odd separators');
    case 'kanji':
      return ob15(spellGroups15(r, 'ja', g, DIGITS15.ja, '', r.pick([' ', '-', '・'])), 'spelled digits in kanji');
    case 'spell':
      return ob15(spellGroups15(r, lang, g), 'spelled digits');
    default:
      return ob15(g.join(r.pick(['.', ' . ', '/'])), 'dotted groups');
  }
}

const CARDS15: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'maestro', 'diners'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'unionpay'],
  ko: ['visa', 'mc', 'mc2', 'unionpay', 'jcb', 'amex'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay', 'unionpay19'],
  vi: ['visa', 'visa', 'mc', 'jcb', 'unionpay', 'amex'],
};
function card15(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.pick(CARDS15[lang]);
  const d =
    kind === 'visa' ? luhnComplete(r, '4', 16)
    : kind === 'mc' ? luhnComplete(r, String(r.int(51, 55)), 16)
    : kind === 'mc2' ? luhnComplete(r, String(r.int(2221, 2720)), 16)
    : kind === 'amex' ? luhnComplete(r, r.pick(['34', '37']), 15)
    : kind === 'discover' ? luhnComplete(r, r.pick(['6011', '65', String(r.int(644, 649))]), 16)
    : kind === 'maestro' ? luhnComplete(r, r.pick(['6759', '5018', '5020', '5038']), 16)
    : kind === 'diners' ? luhnComplete(r, '36', 14)
    : kind === 'jcb' ? luhnComplete(r, String(r.int(3528, 3589)), 16)
    : kind === 'unionpay' ? luhnComplete(r, '62' + r.int(12, 88), 16)
    : kind === 'unionpay19' ? luhnComplete(r, '62' + r.int(12, 88), 19)
    : luhnComplete(r, '220' + r.int(0, 4), 16);
  const g = d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : d.length === 14 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : d.length === 19 ? [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12, 16), d.slice(16)] : d.match(/.{4}/g)!;
  if (!obfuscate) return plain15(r.pick([g.join(' '), g.join('-'), d, g.join(' ')]));
  return digitGroups15(r, lang, g, ['spaced', 'fw', 'fwalt', 'zw', 'zw', 'math', 'sup', 'sep', 'dots', ...(lang === 'ja' ? ['kanji'] : ['spell'])]);
}

function ip15(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const hx = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.3);
  const text = v6
    ? r.pick([`2a02:${hx()}:${hx()}:${hx()}::${hx()}`, `2404:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}`, `fe80::${hx()}:${hx()}:${hx()}:${hx()}`, `fd${hex15(r, 2)}:${hx()}:${hx()}::${r.int(2, 99)}`, `2600:${hx()}::${hx()}`, `::ffff:${r.int(31, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`])
    : r.pick([`${r.int(31, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 10)}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(151, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return plain15(text);
  if (v6 && !text.startsWith('::ffff:')) {
    const way = r.int(0, 2);
    if (way === 0) return ob15(fullWidth(text), 'full-width');
    if (way === 1) return ob15(zw15(r, text), 'zero-width');
    return ob15(text.toUpperCase().split(':').join(' : ').replace(/ :  : /g, ' :: '), 'capitals, colons apart by spaces');
  }
  const o = text.split('.');
  switch (r.int(0, 7)) {
    case 0:
      return ob15(o.join('[.]'), 'bracketed dots (defanged)');
    case 1:
      return ob15(o.join(r.pick(['(.)', '{.}', '[dot]'])), 'bracketed dots');
    case 2:
      return ob15(o.join(r.pick(DOT15[lang])), 'dot words');
    case 3:
      return ob15(o.join(' . '), 'dots apart by spaces');
    case 4:
      return ob15(fullWidth(text), 'full-width');
    case 5:
      return ob15(zw15(r, text), 'zero-width');
    case 6: {
      const fam = mathFamily15(r, true, false);
      return ob15(math15(text, fam), `mathematical ${MATH_NAMES15[fam]} digits`);
    }
    default:
      return ob15(o.join(lang === 'ja' ? '。' : '．'), 'ideographic or full-width dots');
  }
}

/** IBAN countries: their national part (registry lengths and character kinds). */
const IBAN15: Record<string, (r: Rng) => string> = {
  IE: (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'BUNQ']) + r.digits(10),
  BE: (r) => {
    const b = r.digits(10);
    const c = Number(BigInt(b) % 97n) || 97;
    return b + p15(c);
  },
  NO: (r) => {
    for (let t = 0; ; t++) {
      if (t > 50) return '86011117947';
      const b = r.digits(10);
      const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const s = [...b].reduce((a, c, i) => a + Number(c) * w[i], 0);
      const c = 11 - (s % 11);
      if (c === 10) continue;
      return b + String(c === 11 ? 0 : c);
    }
  },
  DK: (r) => r.digits(14),
  SE: (r) => r.digits(20),
  IS: (r) => r.digits(22),
  PL: (r) => r.digits(24),
  EE: (r) => r.digits(16),
  LT: (r) => r.digits(16),
  LV: (r) => r.pick(['HABA', 'UNLA', 'PARX']) + r.digits(13),
  HR: (r) => r.digits(17),
  SK: (r) => r.digits(20),
  RO: (r) => r.pick(['BTRL', 'RNCB', 'INGB']) + r.digits(16),
  GR: (r) => r.digits(23),
  AL: (r) => r.digits(24),
  XK: (r) => r.digits(16),
  BR: (r) => r.digits(23) + r.pick(['C', 'P']) + r.int(1, 9),
  PK: (r) => r.pick(['HABB', 'MUCB', 'SCBL']) + r.digits(16),
  EG: (r) => r.digits(25),
  TN: (r) => r.digits(20),
};
const IBAN_LANG15: Record<Lang, string[]> = {
  en: ['IE', 'IE', 'NL', 'BE', 'NO', 'DK', 'IS', 'PL', 'PK', 'EG'],
  ja: ['NL', 'BE', 'DK', 'SE', 'NO', 'GR', 'BR'],
  ko: ['SE', 'DK', 'NL', 'PL', 'EE', 'RO', 'TN'],
  ru: ['EE', 'LV', 'LT', 'PL', 'HR', 'XK', 'AL', 'SK'],
  vi: ['BE', 'NL', 'SE', 'PL', 'HR', 'SK', 'RO'],
};
function iban15(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const c = r.pick(IBAN_LANG15[lang]);
  const bban = IBAN15[c](r);
  const code = c + p15(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('blind15: bad IBAN');
  const g = code.match(/.{1,4}/g)!;
  if (!obfuscate) return plain15(r.chance(0.6) ? g.join(' ') : code);
  switch (r.int(0, 7)) {
    case 0:
      return ob15(r.chance(0.5) ? code.toLowerCase() : g.join(' ').toLowerCase(), 'lower case');
    case 1:
      return ob15(g.join('-'), 'groups joined by dashes');
    case 2:
      return ob15(g.join(r.pick(['.', ' . ', ' / '])), 'odd separators');
    case 3:
      return ob15(fullWidth(g.join(' ')), 'full-width');
    case 4:
      return ob15(zw15(r, g.join(' ')), 'zero-width');
    case 5: {
      const fam = mathFamily15(r, true, false);
      return ob15(math15(g.join(' '), fam), `mathematical ${MATH_NAMES15[fam]} digits`);
    }
    case 6:
      return ob15(g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(' '), 'full-width groups in turn');
    default:
      return ob15(`${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4).match(/.{1,3}/g)!.join(' ')}`, 'regrouped');
  }
}

function myNumber15(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = [d.slice(0, 4), d.slice(4, 8), d.slice(8)];
  if (!obfuscate) return plain15(r.pick([g.join(' '), g.join('-'), d]));
  return digitGroups15(r, lang, g, lang === 'ja' ? ['kanji', 'kanji', 'fw', 'fw', 'fwalt', 'zw', 'math', 'sup', 'sep', 'spaced'] : ['spell', 'fw', 'fwalt', 'zw', 'math', 'sup', 'sep', 'spaced', 'dots'], r.pick([' ', '-']));
}

function rrn15(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1958, 2007);
  const sex = y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2']);
  const body = p15(y % 100) + p15(r.int(1, 12)) + p15(r.int(1, 28)) + sex + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const g = [d.slice(0, 6), d.slice(6)];
  if (!obfuscate) return plain15(r.chance(0.85) ? g.join('-') : d);
  if (lang === 'ko' && r.chance(0.35)) {
    const w2 = wordsFor15(r, DIGITS15.ko);
    return ob15(g.map((x) => [...x].map(w2).join('')).join(r.pick(['-', ' 다시 ', ' 하이픈 ', ' '])), 'spelled digits');
  }
  return digitGroups15(r, lang, g, ['fw', 'fwalt', 'zw', 'math', 'sup', 'sep', 'spaced'], '-');
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS15: Record<string, Style15> = { IDX: 'any', LNX: 'line', KKX: 'kakao', TGX: 'tg', SKX: 'skype', WXX: 'wechat', IGX: 'ig', FBX: 'fb', DCX: 'discord', QQX: 'qq', THX: 'threads', TTX: 'tiktok', VKX: 'vk' };
/** Phone slots and the shapes they draw from (per language where it matters). */
const PHONE_SLOTS15: Record<string, (lang: Lang) => string[]> = {
  TELX: (lang) => MIX15[lang],
  MOBX: (lang) => OWN15[lang],
  SAFEX: () => ['KR_SAFE'],
  ABRX: () => ABROAD15,
  ATX: () => ['AT'],
  KHX: () => ['KH'],
  LAOX: () => ['LAO'],
  NPX: () => ['NP'],
  BDX: () => ['BD'],
  PKX: () => ['PK'],
  EGX: () => ['EG'],
  NGX: () => ['NG'],
  KEX: () => ['KE'],
  ARX: () => ['AR'],
  CLX: () => ['CL'],
  COX: () => ['CO'],
  PEX: () => ['PE'],
  TJX: () => ['TJ'],
  MOX: () => ['MO'],
  LKX: () => ['LK'],
  SAX: () => ['SA'],
  UAX: () => ['UA'],
  MMX: () => ['MM'],
  ISX: () => ['IS'],
};
const ENTITY_SLOTS15 = new Set([...Object.keys(ID_SLOTS15), ...Object.keys(CHAT_SLOTS15), ...Object.keys(PHONE_SLOTS15), 'MTELX', 'MAILX', 'MMAILX', 'WEBX', 'CHATX', 'CARDX', 'IPX', 'IBANX', 'MYNX', 'RRNX']);

/** The entity for one of this set's slots, null for a filler slot. */
export function blind15Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS15[slot]) return { type: 'MESSENGER_ID', surface: id15(r, lang, obfuscate, ID_SLOTS15[slot]) };
  if (CHAT_SLOTS15[slot]) return { type: 'URL', surface: url15(r, lang, obfuscate, CHAT_SLOTS15[slot]) };
  if (PHONE_SLOTS15[slot]) return { type: 'PHONE', surface: phone15(r, lang, obfuscate, PHONE_SLOTS15[slot](lang)) };
  switch (slot) {
    case 'MTELX':
      return { type: 'PHONE', surface: phone15(r, lang, obfuscate, MIX15[lang], true) };
    case 'MAILX':
      return { type: 'EMAIL', surface: email15(r, lang, obfuscate) };
    case 'MMAILX':
      return { type: 'EMAIL', surface: email15(r, lang, obfuscate, true) };
    case 'WEBX':
      return { type: 'URL', surface: url15(r, lang, obfuscate, 'web') };
    case 'CHATX':
      return { type: 'URL', surface: url15(r, lang, obfuscate, 'chat') };
    case 'CARDX':
      return { type: 'CREDIT_CARD', surface: card15(r, lang, obfuscate) };
    case 'IPX':
      return { type: 'IP_ADDRESS', surface: ip15(r, lang, obfuscate) };
    case 'IBANX':
      return { type: 'IBAN', surface: iban15(r, lang, obfuscate) };
    case 'MYNX':
      return { type: 'JP_MY_NUMBER', surface: myNumber15(r, lang, obfuscate) };
    case 'RRNX':
      return { type: 'KR_RRN', surface: rrn15(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers per platform in each language and script: names, nicknames, slang, typos. */
const APPS15: Record<string, Record<Lang, string[]>> = {
  LINEW: { en: ['LINE', 'Line', 'line'], ja: ['LINE', 'ライン', 'らいん', 'ﾗｲﾝ', 'Ｌｉｎｅ'], ko: ['라인', 'LINE'], ru: ['Лайн', 'лайн', 'LINE'], vi: ['Line', 'LINE', 'Line app'] },
  KAKW: { en: ['KakaoTalk', 'Kakao', 'kakao', 'KakaoTalk ID'], ja: ['カカオトーク', 'カカオ', 'カカオID'], ko: ['카톡', '카카오톡', '깨톡', 'ㅋㅌ', '카카오'], ru: ['КакаоТок', 'Какао', 'какао'], vi: ['KakaoTalk', 'Kakao', 'kakao'] },
  TGW: { en: ['Telegram', 'TG', 'tg', 'Telegarm', 'Tele'], ja: ['テレグラム', 'Telegram', 'テレグラ', 'テレ'], ko: ['텔레그램', '텔레', '텔그', '텔레그렘'], ru: ['Телеграм', 'телега', 'тг', 'Телеграмм', 'тележка'], vi: ['Telegram', 'Tele', 'tele', 'Tê lê'] },
  SKW: { en: ['Skype', 'skype', 'Skpye'], ja: ['スカイプ', 'Skype'], ko: ['스카이프', '스카입', 'Skype'], ru: ['Скайп', 'скайп', 'Skype'], vi: ['Skype', 'skype', 'Sky'] },
  WXW: { en: ['WeChat', 'Wechat', 'Weixin'], ja: ['WeChat', 'ウィーチャット', '微信'], ko: ['위챗', 'WeChat', '웨챗'], ru: ['Вичат', 'вичат', 'WeChat'], vi: ['WeChat', 'Wechat', 'wechat'] },
  IGW: { en: ['Instagram', 'insta', 'IG', 'Insta', 'Instgram'], ja: ['インスタ', 'Instagram', 'インスタグラム'], ko: ['인스타', '인스타그램', '인스타그렘'], ru: ['инста', 'инстаграм'], vi: ['Insta', 'IG', 'ins', 'Instagram'] },
  FBW: { en: ['Facebook', 'FB', 'Messenger'], ja: ['Facebook', 'フェイスブック', 'FB'], ko: ['페북', '페이스북', '페메'], ru: ['фейсбук', 'фб', 'Facebook'], vi: ['Face', 'FB', 'Phây', 'Facebook', 'fb'] },
  DCW: { en: ['Discord', 'discord', 'Disc', 'Discrod'], ja: ['ディスコ', 'Discord', 'ディスコード'], ko: ['디코', '디스코드', 'Discord'], ru: ['дискорд', 'дс', 'Дискорд'], vi: ['Discord', 'dis', 'Disc'] },
  WAW: { en: ['WhatsApp', 'WA', 'Whatsapp', 'whatsap'], ja: ['WhatsApp', 'ワッツアップ', 'ワツアプ'], ko: ['왓츠앱', '왓챕', 'WhatsApp'], ru: ['вотсап', 'ватсап', 'WhatsApp', 'вацап', 'воцап'], vi: ['WhatsApp', 'Whatsapp', 'WA'] },
  VBW: { en: ['Viber'], ja: ['Viber', 'バイバー'], ko: ['바이버', 'Viber'], ru: ['вайбера', 'вибера', 'Viber'], vi: ['Viber', 'viber', 'Vai bơ'] },
  ZLW: { en: ['Zalo'], ja: ['Zalo'], ko: ['잘로', 'Zalo'], ru: ['Zalo', 'Зало'], vi: ['Zalo', 'zalo', 'zl', 'Za lô', 'Dalo'] },
  THW: { en: ['Threads', 'threads'], ja: ['スレッズ', 'Threads'], ko: ['스레드', 'Threads', '쓰레드'], ru: ['Threads', 'тредсе', 'Тредсе'], vi: ['Threads', 'threads'] },
  TTW: { en: ['TikTok', 'tiktok', 'TT'], ja: ['TikTok', 'ティックトック', 'ティクトク'], ko: ['틱톡', 'TikTok'], ru: ['Тикток', 'ТикТок', 'тт'], vi: ['TikTok', 'tóp tóp', 'Tiktok', 'tiktok'] },
  VKW: { en: ['VK'], ja: ['VK'], ko: ['VK'], ru: ['ВК', 'вк', 'ВКонтакте', 'Вконтач'], vi: ['VK'] },
  QQW: { en: ['QQ'], ja: ['QQ'], ko: ['QQ', '큐큐'], ru: ['QQ'], vi: ['QQ'] },
};
/** Platforms whose ids look like the generic ones (IDX). */
const ANY15 = ['LINEW', 'KAKW', 'TGW', 'SKW', 'IGW', 'DCW', 'WXW'];
/** Russian case forms: accusative (писать в ...) and prepositional (сидеть в ...); the other languages take the plain names. */
const RU_CASES15: Record<string, { base: string; ru: string[] }> = {
  TGAW: { base: 'TGW', ru: ['телегу', 'тг', 'Телеграм', 'телеграмм', 'тележку', 'личку в тг'] },
  TGPW: { base: 'TGW', ru: ['телеге', 'тг', 'Телеграме', 'телеграмме', 'тележке'] },
  IGPW: { base: 'IGW', ru: ['инсте', 'инстаграме', 'Инсте', 'инсту'] },
  ANYPW: { base: 'ANYW', ru: ['телеге', 'дискорде', 'скайпе', 'вичате', 'инсте', 'лайне', 'какао', 'тг'] },
};

/** Where a run of digits in a message of each language could be read as a phone number. */
const REGIONS15: Record<Lang, CountryCode[]> = { en: ['US', 'GB', 'CA'], ja: ['JP', 'US', 'GB'], ko: ['KR', 'US', 'GB'], ru: ['RU', 'US', 'GB'], vi: ['VN', 'US', 'GB'] };
/** Whether a run of digits could be a phone number there, a card or a My Number. */
function entityLike15(lang: Lang, d: string): boolean {
  if (d.length >= 12 && d.length <= 19 && luhn(d)) return true;
  if (d.length === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) return true;
  return d.length >= 6 && d.length <= 15 && REGIONS15[lang].some((c) => parsePhoneNumberFromString(d, c)?.isValid());
}
/** Whether a string holds no entity-like run of digits, alone or joined across the marks a phone number is written with. */
function clean15(lang: Lang, s: string): boolean {
  if ((s.match(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g) ?? []).some((m) => mod97(m.slice(4) + m.slice(0, 4)) === 1)) return false;
  const runs = [...(s.match(/\d+/g) ?? []), ...(s.match(/\d[\d\s\-.()/]*\d/g) ?? []).map((x) => x.replace(/\D/g, ''))];
  return !runs.some((d) => entityLike15(lang, d));
}
/** A string made by `make` that is clean (above); at most 80 draws, then `fallback`. */
function checked15(r: Rng, lang: Lang, make: (r: Rng) => string, fallback: string): string {
  for (let t = 0; t < 80; t++) {
    const s = make(r);
    if (clean15(lang, s)) return s;
  }
  return fallback;
}

function isbn15(r: Rng): string {
  for (let t = 0; t < 50; t++) {
    const body = '978' + r.pick(['4', '89', '5', '0', '1', '604']);
    let d = body + r.digits(12 - body.length);
    let s = 0;
    for (let i = 0; i < 12; i++) s += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
    d += String((10 - (s % 10)) % 10);
    if (luhn(d)) continue;
    const g = body.length - 3;
    return `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 8)}-${d.slice(8, 12)}-${d.slice(12)}`;
  }
  return '978-4-10-101001-5';
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind15Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS15[slot]) return r.pick(APPS15[slot][lang]);
  if (RU_CASES15[slot]) {
    const c = RU_CASES15[slot];
    if (lang === 'ru') return r.pick(c.ru);
    return r.pick(APPS15[c.base === 'ANYW' ? r.pick(ANY15) : c.base][lang]);
  }
  switch (slot) {
    case 'ANYW':
      return r.pick(APPS15[r.pick(ANY15)][lang]);
    case 'NUMW':
      return String(n(2, 48));
    case 'DECW':
      return lang === 'vi' ? `${n(5, 9)},${r.pick(['0', '25', '5', '75'])}` : lang === 'ru' ? `${n(3, 4)},${n(0, 9)}` : `${n(1, 60)}.${n(0, 9)}`;
    case 'EJUW':
      return String(n(120, 380));
    case 'EJUMW':
      return String(n(60, 195));
    case 'CAPOW':
      return String(n(1, 7));
    case 'SATW':
      return String(n(105, 159) * 10);
    case 'SATHW':
      return String(n(30, 80) * 10);
    case 'GPAW':
      return lang === 'ru' ? `${n(3, 4)},${n(0, 9)}` : `${n(2, 3)}.${n(0, 9)}`;
    case 'DATEW': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({
        en: [`${d} May`, `Tue ${d} April`, `${p15(d)}/${p15(m)}`, `March ${d}`, `the ${d}th`],
        ja: [`${m}月${d}日(火)`, `${m}月${d}日`, `来週の火曜`],
        ko: [`${m}월 ${d}일`, `다음 주 화요일`, `${m}월 ${d}일(토)`],
        ru: [`${p15(d)}.${p15(m)}`, `${d} апреля`, `вторник, ${d}-го`],
        vi: [`${d}/${m}`, `thứ Ba ${d}/${m}`, `ngày ${d} tháng ${m}`],
      }[lang]);
    }
    case 'TIMEW':
      return r.pick({
        en: [`${n(7, 11)}:${r.pick(['00', '15', '30', '45'])}am`, `${n(1, 8)}pm`, `${n(13, 20)}:${r.pick(['00', '30'])}`],
        ja: [`${n(13, 20)}:${r.pick(['00', '15', '30'])}`, `午前${n(8, 11)}時半`, `${n(13, 19)}時`],
        ko: [`오후 ${n(1, 8)}시`, `${n(13, 20)}:${r.pick(['00', '30'])}`, `오전 ${n(8, 11)}시 30분`],
        ru: [`${n(8, 20)}:${r.pick(['00', '15', '30', '45'])}`],
        vi: [`${n(7, 20)}h${r.pick(['', '30', '15'])}`, `${n(13, 20)}:${r.pick(['00', '30'])}`],
      }[lang]);
    case 'TSCOREW':
      return r.pick(['6-4', '6-3', '7-5', '4-6', '6-2', '7-6', '3-6', '6-7', '6-1', '2-6']);
    case 'PRICEW':
      return r.pick({
        en: [`£${n(8, 60)}`, `$${n(15, 90)}`, `€${n(20, 80)}`, `£${n(450, 1400)}`],
        ja: [`${n(1, 9) * 100}円`, `¥${n(1, 9)},${r.pick(['000', '500'])}`, `${n(3, 12)}万円`],
        ko: [`${n(1, 9)},${r.pick(['000', '500'])}원`, `${n(2, 90)}만원`, `${n(3, 9)}천원`],
        ru: [`${n(50, 900)} ₽`, `${n(2, 9)} ${r.pick(['000', '500'])} ₽`, `${n(15, 60)} 000 ₽`],
        vi: [`${n(5, 90)}.000đ`, `${n(50, 500)}k`, `${n(2, 9)} triệu`],
      }[lang]);
    case 'UNITW':
      return r.pick({ en: ['£2', '$3.50', '€1.80', '£1.25'], ja: ['¥200', '150円', '¥380'], ko: ['1,500원', '900원', '2,000원'], ru: ['45 ₽', '120 ₽', '89 ₽'], vi: ['12.000đ', '8k', '15k'] }[lang]);
    case 'BPMW':
      return String(n(60, 160));
    case 'OPUSW':
      return String(n(9, 72));
    case 'WALLETW':
      return checked15(r, lang, (r) => (r.chance(0.6) ? '0x' + hex15(r, 40) : 'bc1q' + [...Array(38)].map(() => r.pick([...'qpzry9x8gf2tvdw0s3jn54khce6mua7l'])).join('')), '0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae');
    case 'TXW':
      return checked15(r, lang, (r) => '0x' + hex15(r, 64), '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060');
    case 'ROOMW':
      return lang === 'en' ? r.pick([`B${n(101, 340)}`, `3.${p15(n(1, 40))}`, `G${n(1, 20)}`]) : lang === 'ko' ? r.pick([`${n(101, 512)}호`, `B-${n(101, 130)}`]) : lang === 'vi' ? r.pick([`A${n(1, 9)}.${n(101, 512)}`, String(n(101, 512))]) : String(n(101, 512));
    case 'AUDW':
      return r.pick([String(n(101, 530)), `${n(1, 5)}-${n(101, 140)}`, `Б-${n(101, 330)}`, `${n(101, 420)}а`]);
    case 'FLIGHTW':
      return r.pick(['BA 117', 'NH 212', 'KE 907', 'VN 54', 'JL 43', 'OZ 521', 'EK 9', 'LH 716']);
    case 'TRACKW':
      return checked15(r, lang, (r) => r.pick({
        en: [`1Z${upper15(r, 3)}${r.digits(3)}${r.digits(10)}`, `H${upper15(r, 2)}${r.digits(13)}`, `RB${r.digits(9)}GB`],
        ja: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `EJ${r.digits(9)}JP`],
        ko: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `EG${r.digits(9)}KR`],
        ru: [`RA${r.digits(9)}RU`, r.digits(14)],
        vi: [`EB${r.digits(9)}VN`, `GHN${upper15(r, 2)}${r.digits(6)}`],
      }[lang]), 'RA644000017RU');
    case 'ORDERW':
      return checked15(r, lang, (r) => r.pick([`#${r.digits(7)}`, `${upper15(r, 2)}-${r.digits(6)}`, `${n(2025, 2026)}${p15(n(1, 12))}${p15(n(1, 28))}-${r.digits(4)}`, r.digits(n(9, 11))]), '#4410392');
    case 'VERW':
      return r.pick([`v${n(1, 5)}.${n(0, 20)}.${n(0, 9)}`, `${n(2, 18)}.${n(0, 9)}.${n(0, 9)}`, `${n(3, 9)}.${n(0, 12)}`]);
    case 'FILEW':
      return r.pick(['essay_final_v3.docx', 'mock_interview.mp4', 'EJU_math_past_papers.pdf', 'scales_week2.mp3', 'topik_writing_54.hwp', 'lap_times.xlsx', 'audition_sides.pdf', 'tenancy_agreement_signed.pdf', 'scan0042.jpg', 'reference_letter.docx', 'band_photo_01.png', 'ege_variant_12.pdf']);
    case 'MENTW':
      return '@' + r.pick({ en: ['rowan', 'Mabel', 'otis_k', 'coach.dario', 'felix'], ja: ['みお', 'riku', 'Kouki', 'nanami_'], ko: ['예빈', 'taemin', '소희', 'subin_'], ru: ['Глеб', 'savva', 'Варвара', 'lev_m'], vi: ['Khoa', 'nhung', 'Vinh', 'quynh.t'] }[lang]);
    case 'PACEW':
      return `${n(4, 6)}:${p15(n(0, 59))}`;
    case 'HRW':
      return lang === 'en' ? `${n(140, 175)} bpm` : String(n(140, 175));
    case 'WEIGHTW':
      return String(n(8, 32) * 5);
    case 'PCTW':
      return `${n(5, 19) * 5}%`;
    case 'UTCW':
      return r.pick(['+9', '+7', '+3', '−5', '+5:30', '+1', '−8', '+10']);
    case 'TICKETW':
      return checked15(r, lang, (r) => r.pick([`#${r.digits(6)}`, `CS-${r.digits(5)}`, `REQ-${r.digits(4)}`]), 'CS-40417');
    case 'SECTW':
      return r.pick(['4.2', '7.1(b)', '12', '9.3', '5.4']);
    case 'BUSW':
      return r.pick({
        en: ['24', 'N29', 'X5', '148', '7A'],
        ja: ['12系統', '急行', '循環', '3番'],
        ko: [String(n(100, 799)), String(n(1000, 9999)), `마을 ${p15(n(1, 12))}`],
        ru: ['№ 7', '44к', String(n(10, 199)), 'т19'],
        vi: [p15(n(1, 99)), String(n(100, 160))],
      }[lang]);
    case 'STOPW':
      return r.pick({
        en: ['Ice Rink Road', 'the Leisure Centre', 'Market Square', 'Riverside'],
        ja: ['市役所前', 'スケートセンター前', '大学正門', '中央公園'],
        ko: ['시청앞', '빙상장 입구', '대학정문', '중앙공원'],
        ru: ['Ледовый дворец', 'Площадь Победы', 'Университет', 'Центральный рынок'],
        vi: ['Nhà văn hóa', 'Chợ Bến Thành', 'Đại học Bách khoa', 'Công viên Thống Nhất'],
      }[lang]);
    case 'ISBNW':
      return checked15(r, lang, isbn15, '978-4-10-101001-5');
    case 'HSKW':
      return String(n(3, 6));
    case 'RATEW':
      return r.pick({ en: ['1.17', '0.86', '1.16'], ja: ['1ユーロ162円', '1ユーロ158円'], ko: ['1,480원', '1,512원'], ru: ['98,40', '101,15', '95,70'], vi: ['27.850', '28.120', '27.460'] }[lang]);
    case 'COUPONW':
      return r.pick({ en: ['SPRING20', 'BOOTCAMP15', 'SKATE25', 'WELCOME5'], ja: ['EJU2026', 'SPRING20', 'HARU15'], ko: ['TOPIK10', 'WELCOME5', 'BOM20'], ru: ['OGE15', 'VESNA20', 'EGE2026'], vi: ['THPT20', 'HE2026', 'WELCOME5'] }[lang]);
    case 'LAPW':
      return r.chance(0.5) ? `1:${p15(n(0, 59))}.${p15(n(0, 99))}` : `${n(28, 59)}.${p15(n(0, 99))}`;
    case 'SEATW':
      return lang === 'en' ? String(n(1, 30)) : r.pick([...'ABCDEFGHJK']);
    case 'ROWW':
      return lang === 'ru' ? String(n(1, 24)) : r.pick([...'ABCDEFGHJKLM']);
    case 'POSTW':
      return checked15(r, lang, (r) => ({
        en: `${r.pick(['PL', 'BA', 'DE', 'HU', 'IV', 'CV'])}${n(1, 9)} ${n(1, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`,
        ja: `${n(100, 999)}-${p15(n(0, 9999), 4)}`,
        ko: String(n(10000, 63999)),
        ru: `${n(101, 690)}${p15(n(0, 999), 3)}`,
        vi: String(n(10000, 99999)),
      })[lang], { en: 'PL4 6AA', ja: '630-8213', ko: '06236', ru: '660049', vi: '59000' }[lang]);
    case 'VISAREFW':
      return checked15(r, lang, (r) => r.pick([`AA00${upper15(r, 2)}${r.digits(2)}${upper15(r, 1)}${r.digits(1)}`, `GWF${r.digits(9)}`, `VFS/${upper15(r, 3)}/${n(2025, 2026)}/${r.digits(5)}`]), 'AA00KX41P7');
    case 'ADDRW':
      return r.pick(['奈良市三条町', '高知市本町', '大分市府内町', '青森市新町', '長野市南長野', '富山市新桜町']) + `${n(1, 5)}-${n(1, 20)}-${n(1, 15)}`;
    case 'JLPTW':
      return String(n(1, 5));
    case 'HENSAW':
      return String(n(45, 72));
    case 'RESVW':
      return upper15(r, 2) + r.digits(2) + upper15(r, 2);
    case 'TOEICW':
      return String(n(45, 99) * 10);
    case 'TOPIKW':
      return String(n(3, 6));
    case 'TOPIKSW':
      return String(n(150, 300));
    case 'FOURW':
      return r.digits(4);
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
  for (const lang of Object.keys(BLIND15_POSITIVE) as Lang[]) {
    for (const [kind, list] of [['positive', BLIND15_POSITIVE[lang]], ['negative', BLIND15_NEGATIVE[lang]]] as const) {
      if (list.length < 45) throw new Error(`blind15: only ${list.length} ${kind} templates for ${lang}`);
      for (const t of list) {
        const slots = [...t.matchAll(slotRe)].map((m) => m[1]);
        const entities = slots.filter((s) => ENTITY_SLOTS15.has(s));
        if (kind === 'positive' && entities.length === 0) throw new Error(`blind15: positive template without an entity: ${t}`);
        if (kind === 'negative' && entities.length > 0) throw new Error(`blind15: negative template with an entity: ${t}`);
        for (const s of slots) if (!ENTITY_SLOTS15.has(s) && blind15Filler(probe, lang, s) == null) throw new Error(`blind15: unknown slot ${s}`);
      }
    }
  }
}
