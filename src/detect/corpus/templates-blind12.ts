/**
 * Twelfth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the eleventh blind set of 3 December
 * (templates-blind11.ts), until the thirteenth blind set of 3 December 2026 (templates-blind13.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New situations for the same tutoring marketplace in the five languages, each with
 * some of its own besides shared ones: lost cats and pets up for adoption, choirs and ukulele recitals,
 * casting calls for film extras, tabletop role-playing and werewolf groups, blood-donation drives,
 * university experiments recruiting bilingual participants, plant and cutting swaps, honey from a
 * parent's bees, out-of-office auto-replies, profile bios with separators, fishing boats, surf, climbing,
 * yoga retreats and pilates, hackathon teams, locksmiths, pest control, window cleaners, removal firms,
 * tyre fitters and handymen, bike and scooter repairs, allotments, cancelled flights and ferries, found
 * purses, cosplay commissions, calligraphy and kimono-dressing lessons, Comiket circles, marriage-hunting
 * parties and new-recruit get-togethers (内定者懇親会), second-hand sales (譲ります, 당근, Авито, pass lại),
 * visits to a brother doing military service, designated drivers, temple stays, tangerine farms,
 * guesthouses in Jeonju and Naha, study cafés, Ded Moroz for a matinee, bathhouses, river rafting,
 * courtyard clean-up days, election observers, wedding toastmasters, puppies given away, death
 * anniversaries (đám giỗ), live-stream sales, motorbike trips to Hà Giang, Đà Lạt homestays, flood
 * relief funds, wedding-cake shops, tour guides, plumbers' adverts pasted into the wrong chat and notes
 * to a parent about who picks a child up; and message shapes the older sets did not use: QR
 * contact payloads (MECARD), .env lines, YAML, HTML anchors, SQL inserts, LaTeX links, Discord spoiler
 * bars and markdown strike-through round an entity, an old number struck out beside the new one, contact
 * blocks with ☎ and ✉ and full-width labels (ＴＥＬ：, ＭＡＩＬ：), lists of ids per platform, several ids
 * for one homestay family, typo-ridden, slangy and very polite messages,
 * romanised Japanese and Korean, Russian in Latin letters, Vietnamese without diacritics, full-width
 * letters in Japanese, entities at the start, middle and end, in the brackets and quotation marks of each
 * script and next to emoji. Messenger ids are about a quarter of the entities, named in all five
 * languages and scripts by fillers of their own per platform (LINE, KakaoTalk, Telegram, Skype, Discord,
 * WeChat, Instagram, Facebook and Signal, with nicknames, abbreviations, typos and transliterations,
 * Russian ones in the prepositional and accusative cases), with ids in each platform's style, Signal
 * usernames with their two digits among them; numbers given for WhatsApp, Viber, Zalo or Signal are
 * labelled as phones. All entities come from the writers below (`blind12Entity`), none from the older
 * sets: phone numbers of Japan (mobiles, 050, free dial, Sendai, Hiroshima, Kobe and Naha landlines),
 * Korea (mobiles, Ulsan, Jeju, Cheongju and Jeonju landlines), Vietnam (mobiles, Cần Thơ, Huế, Khánh Hòa
 * and Lâm Đồng landlines), Russia (mobiles, Krasnodar, Vladivostok, Samara and Omsk landlines), the US,
 * Canada, the UK (mobiles, Liverpool, Cardiff, Belfast and Sheffield landlines) and European countries
 * (the Netherlands, Belgium, Poland, Spain, Italy, Greece, Romania, Norway, Switzerland, Estonia), kept
 * only when libphonenumber-js says the number is valid for its country and its written form reads back as
 * the same number; links to event, booking, shop, form, map, file and link-in-bio sites, bare domains of
 * generic, country, city and internationalised top-level domains, and paths with an @ in them; messenger
 * links and invites, of the platform the message names where it names one (t.me, its + invites and
 * telegram.me, wa.me with a text or a business message code, chat.whatsapp.com, line.me and lin.ee,
 * open.kakao.com profiles, open chats and group chats, zalo.me, m.me, ig.me, signal.group, discord.gg,
 * discord.com/invite, invite.viber.com, Facebook groups); cards of Visa, Mastercard (both ranges), Amex,
 * JCB, Mir, Discover and UnionPay (Luhn); IPv4 (public, private, shared address space) and IPv6 (global,
 * link-local, unique-local) addresses; IBANs of eighteen European countries (mod 97, with the Belgian and
 * Norwegian national checks); My Numbers and resident registration numbers with their check digits, the
 * latter always with a context word. Disguises stay within the specification: full-width forms (whole, or
 * the digits, the marks, the letters or every other character only, alternate groups, a full-width at
 * with dot words), Cyrillic and Greek look-alikes, zero-width characters (alone or with an at word), digits
 * apart by spaces, dots, dashes, commas, slashes, bars, middle dots or dash words (ハイフン, の, 다시, 에,
 * тире, дефис, gạch), digits spelled one by one in each language (kanji, katakana readings with their
 * long vowels, 공 and 영, ноль and нуль, Vietnamese with and without diacritics, English in capitals now
 * and then), wholly, after a written first group, group by group in turns, digit by digit mixed with
 * written digits, and international numbers read out with the plus as a word; at and dot written out in
 * each language inside brackets of each script (【アット】, 「アットマーク」, 골뱅, «собака», a-còng ...), the dots
 * of the name written out too, top-level domains said aloud, domains in capitals with dot words,
 * bracketed dots, and e-mails and links split by spaces. Hard negatives (`blind12Filler`, and the
 * language's own traps written into the templates): race bibs and finishing times, booking codes, flights
 * and seats, concert blocks and rows, DOIs and arXiv ids, VINs with their check digit, EAN-13 barcodes and
 * ISBN-13s that pass no Luhn check, Java annotations, CSS at-rules and npm packages written name@version,
 * map coordinates, company numbers with their check digits (法人番号, 법인등록번호 shaped like a resident
 * number but with no month in it, ИНН and ОГРН, mã số thuế), UK company numbers and US EINs, company bank
 * accounts, order, exam and tracking numbers (none a phone number of the language's country, the US or the
 * UK, nor a card or a My Number), invoice numbers, emergency numbers, phone-number placeholders and input
 * masks, numbers with the middle masked,
 * IELTS, JLPT and TOPIK results, shoe sizes, doses and temperatures, screen resolutions and camera
 * megapixels, phone models, stock tickers, trains and cars, postcodes, addresses with dotted
 * abbreviations (г.Москва, TP.HCM, Q.1), Node.js and Vue.js, CAS numbers, @channel, @all and @everyone,
 * hashtags, messengers named with no id, digit words in proverbs, four-character idioms, counting rhymes
 * and chants, and the at and dot words in their everyday senses.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, parts, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in X: MAILX, TELX (any phone), MOBX (a mobile given for WhatsApp, Viber, Zalo or
// Signal), WEBX, CHATX (messenger link or invite), IDX (an id for any messenger), LNX, KKX, TGX, SKX, DCX,
// WXX, IGX, FBX, SGX (ids in the style of LINE, KakaoTalk, Telegram, Skype, Discord, WeChat, Instagram,
// Facebook, Signal), CARDX, IPX, IBANX, MYNX, RRNX. Every other slot is a filler of this set, ending in V:
// LINEV, TGV, SKV, DCV, WXV, IGV, FBV, KKV, SGV and ANYV name a messenger reached by an id, WAV, VBV, ZLV
// and PAPPV one reached by a phone number, the ...PV and ...AV slots their Russian prepositional and
// accusative forms; the rest are hard-negative fillers. Only the first 40 negative templates and the
// first 20 positive ones (for the plain lines) of each language are used in order; the disguised lines
// draw from all the positive ones.

// ---- English ------------------------------------------------------------------------------------

const EN12_POS: string[] = [
  "Lost cat!! 🐈 grey tabby, answers to Biscuit, last seen near the allotments. If you spot her please ring {TELX} any time, day or night",
  "MECARD:N:Thornton,Imogen;TEL:{TELX};EMAIL:{MAILX};;\n^ that's what my QR code says when I scan it, is it supposed to look like that?",
  "Choir auditions for the spring concert 🎶 sign up at {WEBX}, questions to our director, {MAILX}",
  "Casting call for extras (film shoot in Bath, 2 days, paid) 🎬 send a selfie and your height to {MAILX} or {WAV} {MOBX}",
  "our D&D group needs a 5th player 🐉 sundays 7-10. server's here: {DCCHATX} — I'm {DCX} if you wanna ask stuff first",
  "Tele: {TGX}\nDiscord: {DCX}\nIG: {IGX}\n(copied your profile format 😂)",
  "CONTACT_EMAIL={MAILX}\nCONTACT_PHONE={TELX}\n^ that's the .env for the booking bot, can you check I typed it right",
  "Blood donation van is outside the library Thursday 🩸 book a slot at {WEBX}, they said walk-ins are ok too",
  "The psych department still needs bilingual participants for the memory study (£20 voucher!) — email {MAILX} with 'bilingual' in the subject",
  "WeChat {WXX} / LINE {LNX} / KakaoTalk {KKX} — whichever your family prefers for the homestay",
  "Plant swap this Sunday 🌿 bring cuttings! Winnie's organising, {TELX}, and there's a {TGV} group: {TGCHATX}",
  "Dad's bees finally made honey 🐝🍯 £8 a jar, message him on {WAV} — {MOBX}",
  "Out of office: I'm at a conference until 14 Nov with limited access to email. For urgent lesson changes call {TELX}; otherwise I'll reply to {MAILX} when I'm back.",
  "The yoga retreat in the Algarve has two spots left 🧘 deposit goes to {IBANX}, put your surname as the reference",
  "my bio lol:\ntutor 📚 | cat mum 🐈 | tg {TGX} | {WEBX}",
  "Hackathon team still needs a designer 👩‍💻 pitch deck: {WEBX} · ping me on {SGV}, I'm {SGX}",
  "Surf lessons in Newquay 🏄 Ezra runs them — {IGX} on insta, {TELX} for bookings",
  "||{TELX}|| ← spoiler tags so it doesn't show in the notification preview. new number!",
  "~~{TELX}~~ old number, dead now!! new one is {TELX}",
  "Locked myself out 🙃 locksmith's on his way. Gave the landlord your number so he might ring you from {TELX}",
  "Kakao id for my exchange buddy from Busan → {KKX} (she's shy, say hi first 🙂)",
  "Pest control sorted the flat 🐭 if your building has mice too: {TELX}, ask for Marcus",
  "Fishing trip Saturday 🎣 skipper's number is {TELX}, boat leaves 5:30 sharp from the harbour",
  "Climbing wall does a beginners' night on Wednesdays 🧗 everyone sorts lifts on their Discord: {DCCHATX}",
  "<a href=\"{WEBX}\">Book a free 15-minute chat</a> ← does this HTML look ok for my email signature?",
  "Allotment committee asked me to pass on the new secretary's details: Beatrix Haldane, {MAILX}, {TELX}",
  "Stuck at Heathrow, flight cancelled ✈️ the airline keeps texting me from {TELX} with rebooking links, is that legit??",
  "contact:\n  name: Priya Achebe\n  phone: \"{TELX}\"\n  signal: {SGX}\n(from volunteers.yaml, sorry about the formatting)",
  "Pub quiz team has a group chat 🍻 save Felix's number {MOBX} and he'll add you on {PAPPV}",
  "Marathon marshals meet at 6am 🏃 the coordinator's mobile is {TELX}, save it before race day",
  "found a purse at the café 😅 no ID, just a bank card, {CARDX}… is it yours? if not I'm handing it in",
  "Go club moved online for winter: the call's on {SKV} ({SKX}), games on the usual server",
  "INSERT INTO tutors (name, email) VALUES ('Caspian Mercer', '{MAILX}'); -- is this how you'd add a row?",
  "My grandma in Chengdu wants to video call you to say thanks for the lessons 🙏 her {WXV} is {WXX}",
  "Cosplay commissions are open ✂️ DM refs to {IGX}, I reply faster on the gram than here",
  "The landlord for the viewing only uses {VBV}, number's {MOBX}, he'll send the door code there",
  "add me on LINE instead pls, my WhatsApp is drowning in group chats 😵 {LNX}",
  "Invoice went out from {MAILX} — Gmail might shove it in Promotions",
  "The farm shop does veg boxes now 🥕 order on {WEBX}, they deliver Tuesdays",
  "Street Facebook group for the Christmas lights 🎄 search me there, {FBX}, and I'll add you",
  "Router at the community hall is {IPX}, log in there to reset the guest wifi",
  "On the ferry till Friday 🚢 Signal me ({SGX}) or email {MAILX}, no signal for calls",
  "\\href{{WEBX}}{my lesson notes} -- why won't this LaTeX link compile 😩",
  "Mum's restaurant needs her menu translated ✨ she's on {WAV}: {MOBX}. Pays in dumplings and cash",
  "Sorry mate, last digit was wrong before, it's {TELX}",
  "can u text my brother instead? {TELX}. my phone's at the repair shop till 4",
  "Window cleaner who does the tall blocks: {TELX}. Cash only, every 6 weeks",
  "Book club newsletter signup 📚 {WEBX} — or reply with your email and I'll add you, I'm {MAILX}",
  "Our host in Cardiff is meeting us at the station, his number's {TELX} (strong accent, speak slowly lol)",
  "Registered the hackathon team under {MAILX}, and the demo server lives at {IPX}",
  "Caught you on Skype earlier but it dropped — mine's {SKX}, try again?",
  "same username as my gamertag: {IDX}. I'm mostly on {ANYV}",
  "Tattoo consult moved to Friday 🖋️ the studio books through their form only — {WEBX} — or text Rowan on {TELX}",
  "Contact:\n☎ {TELX}\n✉ {MAILX}\nMon–Fri 9–5, no calls at weekends pls",
  "🚨 EMERGENCY PLUMBER 24/7 — no call-out fee ☎ {TELX} 🚨\n(sorry, wrong chat!! that was meant for my neighbour)",
  "Mum, Auntie Delphine is picking me up from orchestra today, her number's {TELX} if I'm late",
  "Signal does usernames now btw, mine's {SGX} so you don't need my number",
  "{MAILX} is the only way to reach me this week, my phone's playing up again 📵",
  "{IGX} ← that's the dog's account, mine is private, sorry 🐶",
  "The Korean bank form wants my resident registration number in box 3 — {RRNX} — do they want the dash or not?",
  "Year-end tax papers from my Tokyo employer ask for my My Number again 🙄 it's {MYNX}, same as last year right?",
];

const EN12_NEG: string[] = [
  "Race bib {BIBV} collected 🏃 start wave at {HOURV}, last year's time was {LAPV}",
  "npm says {NPMV} is deprecated, should I bump it before the demo lesson?",
  "Booking ref {PNRV}, flight {FLIGHTV}, seat {SEATV} — see you at the gate!",
  "Found the paper: doi {DOIV}, preprint is arXiv:{ARXIVV}",
  "The car I'm buying has VIN {VINV}, can you help me read the history report?",
  "Barcode on the back of the textbook is {JANV}, the shop can't find it in their system",
  "Java homework: why does the compiler complain about {JAVAV} on line {NUMV}?",
  "CSS question: my {CSSV} block does nothing on my phone, the screen is {SCREENV}",
  "Meeting point is {GPSV}, the big oak by the car park",
  "Company number {CORPV} — that's the agency, not a person, so it's fine to share",
  "Emergency number here is {EMERGV}. Hopefully you'll never need it 🙏",
  "The form shows '{PLACEV}' as the example in the phone box, confused me for a sec",
  "Poster number's been torn off, all I can read is {MASKV} 😅",
  "IELTS results: L {BANDV} R {BANDV} W {BANDV} S {BANDV} — overall {BANDV}!!",
  "Shoe size {SHOEV}, if anyone has spare football boots for the kids' club",
  "Took {DOSEV}, fever's {FEVERV}, cancelling today sorry 🤒",
  "Order {REFV} dispatched, arriving {DAYV} between {TRANGEV}",
  "@channel the slides for unit {NUMV} are in the drive, not emailing them round again 🙃",
  "Quiz night Q{NUMV}: what year did the Berlin Wall fall? Q{NUMV}: how many strings on a cello? answers on the back",
  "Chemistry revision: CAS number {CASV}, do we actually need to memorise these??",
  "omw!! bus {NUMV} then the {HOURV} train, table for 6 booked under Priya @ the noodle place",
  "Got a refurbished {PHMODV} for {CASHV}, camera's {CAMV} — finally decent homework photos",
  "I'm on Telegram and Signal too, but the platform wants lessons kept here, so here it is 🙂",
  "Room {ROOMV}, 3rd floor, the lift's broken so use the stairs at the back",
  "{VERSV} broke the app again 🙄 rolled back and it's fine",
  "Node.js or Vue.js for a total beginner? my nephew asked and I've no clue",
  "Half time {MATCHV}, full time {WINV} — through to the final 🏆",
  "I wrote 'at' where I meant '@' in my essay and the teacher circled it 3 times 😂 'meet me at noon at the station'",
  "Is 'dot' a verb too? like 'dot the i's and cross the t's'",
  "Cardiff has about {BIGV} people, way bigger than I thought",
  "the flyer says 'call for more info' but there is literally no number on it lol",
  "My portfolio: {TICKV}. don't tell my mum",
  "Train {TRAINV} from platform {CARV}, change at Crewe, arrive {HOURV}",
  "#languageexchange #spanish #london are these good hashtags for my post?",
  "Venue postcode {POSTV}, parking {PARKV} for the day",
  "Reykjavík is {COLDV} today, teaching from under three blankets 🥶",
  "Flight {FLIGHTV} delayed {DURV}, now boarding from gate {GATEV}",
  "Invoice {INVV}, amount {CASHV}, due {DAYV} — paid through the platform",
  "Tracking {TRACKV}, apparently stuck in customs",
  "Scaling the recipe: 3 eggs → 4.5 eggs?? 2 cups @ 240ml = 480ml. maths lesson today apparently",
  "Year groups {YRANGEV} can sign up, nobody older sorry",
  "Fun run raised {CASHV} 🎉 {NUMV} runners, fastest finish {LAPV}",
  "Reminder: no card numbers or bank details in the group please, the mods delete them anyway",
  "Bus {NUMV} or {NUMV}, both stop outside, stop code {STOPV}",
  "Concert tix came through: {STANDV} 😭 can't believe it",
  "The dose on the box is {DOSEV} for adults, half for kids",
  "My Duolingo streak is {NUMV} days 🔥 same username as here lol",
  "Seven days without a pun makes one weak 😂 use it in your joke presentation",
];

// ---- Japanese -----------------------------------------------------------------------------------

const JA12_POS: string[] = [
  "迷い猫を探しています🐈 グレーのキジトラ、名前はきなこです。駅前の公園あたりで見かけたら{TELX}までお願いします！昼夜問わず大丈夫です",
  "MECARD:N:岡田,ひなた;TEL:{TELX};EMAIL:{MAILX};;\nQRコード読み取ったらこうなったんですけど、これで合ってます？",
  "合唱団の定期演奏会、出演者の申込は{WEBX}から🎶 質問は指揮の先生（{MAILX}）へどうぞ",
  "エキストラ募集🎬 京都で映画の撮影、2日間・謝礼あり。全身写真と身長を{MAILX}に送るだけです",
  "TRPGのオンセ、5人目募集中🐉 日曜の夜です。鯖はこちら→{DCCHATX}　先に質問あれば{DCV}の{DCX}まで",
  "テレグラム：{TGX}\nディスコ：{DCX}\nインスタ：{IGX}",
  "献血バスが木曜に図書館前に来ます🩸 予約は{WEBX}から、当日飛び込みもOKだそうです",
  "研究室で日英バイリンガルの実験協力者を募集中です（謝礼2000円）。{MAILX}に「参加希望」とだけ送ってください🙏",
  "多肉植物の交換会🌿 日曜です！主催の小川さん{TELX}、{LINEV}のオプチャもあります→{LNCHATX}",
  "ＩＤは{LNX}です！ライン追加よろしくです🙏",
  "実家の蜂蜜できました🐝🍯 1瓶1500円、父の{LINEV}（{LNX}）に直接どうぞ",
  "【自動返信】11月14日まで学会出張のため、メールの確認が遅れます。お急ぎの場合は{TELX}までお電話ください。",
  "プロフィール↓\n英会話講師📚｜猫🐈｜Tele {TGX}｜{WEBX}",
  "振込先（海外口座）：{IBANX}　名義はカタカナでなくローマ字でお願いします",
  "コミケ当選しました！！サークル用のアドレスはこっち→{MAILX}　売り子さんも募集中です🙏",
  "釣り船の予約とれました🎣 船長の携帯は{TELX}、朝5時半に港集合です",
  "【譲ります】ベビーカー、美品です。引き取りに来られる方は{LINEV}で→{LNX}",
  "||{TELX}||\n↑スポイラーで隠しました笑　新しい番号です",
  "旧番号{TELX}は解約しました。新しいのは{TELX}です、登録し直してください🙇",
  "鍵を閉じ込めました🙃 鍵屋さん待ちです。大家さんに先生の番号伝えたので、{TELX}から電話あるかもしれません",
  "カカオトークのID→{KKX}　釜山からの留学生の友達です、先に話しかけてあげてください😊",
  "書道教室の体験は{WEBX}から申し込めます。先生の番号は{TELX}（火曜定休）",
  "地域猫の里親さん募集中🐾 保護主さんのインスタ{IGX}に写真たくさんあります",
  "contact:\n  name: 遠藤 湊\n  tel: \"{TELX}\"\n  signal: {SGX}\n↑ボランティア名簿のyamlです、崩れてたらすみません",
  "引っ越し業者の担当さんの直通が{TELX}です。英語で問い合わせたいので手伝ってもらえますか？",
  "内定者懇親会の幹事になりました…人事の方のアドレス{MAILX}をccに入れてください",
  "バイトのシフト代われる人いませんか🙏 店長に直接{TELX}で連絡してください",
  "着付けの先生、インスタやってます→{IGX}　成人式前は混むので早めに！",
  "ハッカソンのチーム、デザイナーさん募集中👩‍💻 資料→{WEBX}　連絡は{SGV}の{SGX}まで",
  "湘南のサーフスクール🏄 予約は{TELX}、インスタは{IGX}です",
  "<a href=\"{WEBX}\">無料カウンセリングを予約</a>　←メールの署名に入れたいんですが、HTMLこれで合ってますか？",
  "町の写真館さん、七五三の撮影もやってます📸 {WEBX}　電話は{TELX}",
  "マイナンバーカードの更新書類、番号の欄に{MYNX}と書いたんですが、ハイフンは要りますか？",
  "成都の祖母がお礼を言いたいそうです🙏 {WXV}は{WXX}です",
  "コスプレ衣装の依頼受付中✂️ 資料はインスタのDM（{IGX}）に送ってください",
  "内見の大家さん、{VBV}しか使ってないそうです…番号は{MOBX}",
  "LINE交換しましょう→{LNX}　WhatsAppはグループ多すぎて無理です😵",
  "請求書は{MAILX}から送りました。迷惑メールフォルダに入ってたらすみません🙇‍♀️",
  "Facebookの町内グループ、{FBX}で検索して申請してください🎄",
  "公民館のルーターは{IPX}です、ゲストWi-Fiのリセットはそこから",
  "フェリーに乗ってる間はSignal（{SGX}）かメール{MAILX}でお願いします🚢",
  "すみません、さっきの番号、最後の1桁間違えてました。正しくは{TELX}です💦",
  "弟の携帯にお願いします→{TELX}　私のスマホは修理中で16時まで使えません",
  "kondo no renraku wa {MAILX} ni onegaishimasu! nihongo no kiiboodo ga kowarechatta…",
  "ママ友のグループLINE、招待リンクです→{LNCHATX}",
  "Skypeが落ちちゃいました…私のは{SKX}です、もう一度かけてもらえますか",
  "ウクレレ教室の発表会の案内はこちら🎶 {WEBX}　出欠は{MAILX}まで",
  "海外の生徒さんとは{WAV}のほうが楽です、{MOBX}で登録してます",
  "お会計のカード番号、念のため確認お願いします：{CARDX}（有効期限は別で送ります）",
  "婚活パーティーの幹事さんから連絡先もらいました笑　英語OKの回らしいです→{MAILX}",
  "那覇の民宿のおばあ、電話しか出ないので{TELX}にかけてください🌺 ゆっくり話せば通じます",
  "同じIDで{ANYV}やってます：{IDX}",
  "【連絡先】\nＴＥＬ：{TELX}\nＭＡＩＬ：{MAILX}\n※平日10時〜18時",
  "🚨水漏れ・つまり24時間対応🚨 ☎{TELX} 出張費無料！…って広告を間違えて貼ってました、すみません",
  "お母さんへ　今日の塾のお迎えは佐藤さんのお母さん（{TELX}）がしてくれるって",
  "Signalってユーザー名で追加できるようになったんですね、私のは{SGX}です",
  "{TELX}←この番号、夜10時まではつながります📞",
  "{IGX}　←うちの犬のアカウントです笑　本人のは鍵垢なので🐶",
  "年末調整の書類、扶養の欄に娘のマイナンバー（{MYNX}）を書けばいいんですよね？",
];

const JA12_NEG: string[] = [
  "ゼッケン{BIBV}番を受け取りました🏃 スタートは{HOURV}、去年のタイムは{LAPV}でした",
  "予約番号{PNRV}、便名{FLIGHTV}、座席{SEATV}です✈️ 搭乗口で会いましょう",
  "論文見つけました：doi {DOIV}、プレプリントはarXiv:{ARXIVV}です",
  "教科書の裏のバーコード{JANV}、本屋さんの検索で出てこないそうです",
  "Javaの課題で{JAVAV}のところでエラーが出ます（{NUMV}行目）",
  "集合場所の座標は{GPSV}です、駐車場の大きな木の下",
  "法人番号{CORPV}は会社の番号なので公開情報です、個人のではありません",
  "緊急のときは{EMERGV}へ。使わずに済みますように🙏",
  "申込書の電話番号欄、見本が「{PLACEV}」になってて一瞬迷いました",
  "ポスターの番号、破れてて{MASKV}しか読めません😅",
  "JLPTの結果：{JLPTV}でした🎉",
  "靴のサイズ{SHOEV}、子ども会で余ってるスパイクある方いませんか",
  "熱が{FEVERV}、{DOSEV}飲みました🤒 今日はお休みさせてください",
  "注文番号{REFV}、{DAYV}の{TRANGEV}に届く予定です",
  "@channel 第{NUMV}回のスライドはドライブにあります、メールでは送りません🙃",
  "化学の復習：CAS番号{CASV}…これ覚える必要ありますか？？",
  "中古の{PHMODV}を{CASHV}で買いました📱 カメラは{CAMV}",
  "LINEもテレグラムもやってますが、規約でレッスンのやりとりはここでと決まってるので🙇",
  "{ROOMV}号室、3階です。エレベーター故障中なので奥の階段から来てください",
  "アプリを{VERSV}にしたらまた落ちる🙄",
  "kyou no jugyou wa shichiji han kara desu! heya wa {ROOMV} desu yo〜 (henkan dekinai…)",
  "Node.jsとVue.js、初心者はどっちからがいいですか？甥っ子に聞かれまして",
  "前半{MATCHV}、最終{WINV}で決勝進出です🏆",
  "「アット」って、英語で場所を言う時のatですよね？ at the station みたいな",
  "点と点を結ぶ、ドット絵、水玉模様…「ドット」っていろんな意味がありますね",
  "〒{POSTV}、駐車場は1日{PARKV}です",
  "旭川は今{COLDV}、毛布3枚かぶってレッスン受けてます🥶",
  "車台番号{VINV}の中古車、英語の履歴レポート読むのを手伝ってください",
  "請求書番号{INVV}、金額{CASHV}、お支払い期限{DAYV}",
  "追跡番号{TRACKV}、通関で止まってるみたいです",
  "一石二鳥、三日坊主、五里霧中、七転八倒…数字の四字熟語まとめました",
  "{YRANGEV}年生まれの子が対象だそうです",
  "{TRAINV}、{CARV}号車、{HOURV}着です",
  "#英会話 #オンライン英会話 #社会人の学び直し　ハッシュタグこれで合ってます？",
  "カード番号や口座はグループに書かないでくださいね、管理人が消します",
  "{STOPV}番のりばから{NUMV}系統のバスに乗ってください",
  "推しのライブ、{STANDV}でした😭 神席！！",
  "フリーダイヤルって0120で始まるんですね、知らなかった",
  "npmで{NPMV}が非推奨って出ます、デモの前に上げたほうがいいですか？",
  "CSSの{CSSV}が効かない…画面幅は{SCREENV}です",
  "チャリティーラン、{CASHV}集まりました🎉 {NUMV}人参加、最速は{LAPV}",
  "イベントの整理番号{NUMV}番、開場{HOURV}です",
  "渋谷区神南一丁目{NUMV}番地、ビルの{NUMV}階です",
  "体重{DECV}kg、身長{NUMV}cm…健康診断の英語の書き方を教えてください",
  "ＩＥＬＴＳは{BANDV}でした、ライティングが足を引っ張りました😇",
  "株価{TICKV}…見なかったことにします",
  "一、二、三、ダー！じゃなくて、one, two, three で練習しましょう笑",
];

// ---- Korean -------------------------------------------------------------------------------------

const KO12_POS: string[] = [
  "고양이 찾습니다 🐈 회색 고등어, 이름은 콩이예요. 공원 근처에서 보시면 {TELX}로 연락 부탁드려요ㅠㅠ 밤낮 상관없어요",
  "MECARD:N:권,도윤;TEL:{TELX};EMAIL:{MAILX};;\nQR 찍으니까 이렇게 나오는데 원래 이런 거 맞나요?",
  "당근에서 유모차 거래하기로 한 분 번호예요 {TELX} 제가 수업 중이라 혹시 대신 받아주실 수 있나요?",
  "합창단 정기공연 단원 신청은 {WEBX}에서 받아요🎶 궁금한 건 지휘 선생님({MAILX})께",
  "보조출연 구해요🎬 부산 촬영, 이틀, 페이 있음! 전신사진이랑 키 적어서 {MAILX}로 보내주세요",
  "텔레: {TGX}\n디코: {DCX}\n인스타: {IGX}",
  "TRPG 다섯 번째 플레이어 구함🐉 일요일 저녁이에요. 서버 {DCCHATX} / 궁금한 건 {DCV} {DCX}로",
  "헌혈버스 목요일에 도서관 앞에 와요🩸 예약은 {WEBX}, 당일 접수도 된대요",
  "심리학과 실험 참가자 모집 (한영 이중언어자, 사례비 2만원) {MAILX}로 '참가 희망'이라고만 보내주세요🙏",
  "카톡 추가해 주세요 → {KKX} (왓츠앱은 단톡이 너무 많아서요😵)",
  "다육이 나눔 모임🌿 이번 일요일! 주최자 오하은님 {TELX}, {KKV} 오픈채팅도 있어요 → {KKCHATX}",
  "아빠가 키운 벌꿀 나왔어요🐝🍯 한 병 만오천원, 아빠 카톡 아이디 {KKX}로 주문하시면 돼요",
  "[자동응답] 11월 14일까지 학회 참석으로 메일 확인이 늦어집니다. 급한 용무는 {TELX}로 연락 주세요.",
  "유럽에서 유학 중인 언니 계좌로 보내주세요: {IBANX} (해외송금이라 수수료는 제가 낼게요)",
  "프로필 소개↓\n영어 과외📚 | 고양이 집사🐈 | 텔레 {TGX} | {WEBX}",
  "군대 간 동생 면회 가는 날이라 토요일 수업 못 해요ㅠ 급하면 엄마 번호 {TELX}로",
  "필라테스 체험 예약은 {WEBX}에서 하시고 원장님 번호는 {TELX}예요",
  "||{TELX}||\n↑스포일러로 가렸어요ㅋㅋ 새 번호예요",
  "예전 번호 {TELX}는 해지했어요. 새 번호 {TELX}로 저장해 주세요🙇",
  "집에 키 두고 나왔어요🙃 열쇠집 오는 중… 집주인분께 쌤 번호 알려드려서 {TELX}로 전화 갈 수도 있어요",
  "라인 아이디 {LNX} 일본 친구예요, 먼저 말 걸어 주세요😊",
  "대리기사님이 주신 번호 {TELX} 영수증을 영어로 써달라고 하시네요",
  "유기견 임보처 구해요🐶 보호소 인스타 {IGX}에 사진 많아요",
  "contact:\n  name: 백지호\n  phone: \"{TELX}\"\n  signal: {SGX}\n↑봉사자 명단 yaml인데 깨져 보이면 죄송해요",
  "이삿짐센터 견적 담당자 직통 {TELX} 외국인 고객이라 영어로 문의하고 싶대요",
  "동아리 MT 펜션 사장님 번호 {TELX}, 픽업 시간 정해야 돼요🚐",
  "알바 대타 구해요🙏 점장님께 직접 {TELX}로 연락 주세요",
  "템플스테이 신청은 {WEBX}, 외국인 담당 스님 메일은 {MAILX}래요🙏",
  "해커톤 팀 디자이너 구해요👩‍💻 소개자료 {WEBX} 연락은 {SGV} {SGX}",
  "양양 서핑스쿨🏄 예약 {TELX}, 인스타 {IGX}",
  "<a href=\"{WEBX}\">무료 상담 예약</a> ← 메일 서명에 넣으려는데 HTML 이렇게 쓰는 거 맞나요?",
  "주민등록번호 {RRNX} 이거 비자 서류에 그대로 쓰면 되나요? 하이픈까지요",
  "청두에 계신 할머니가 감사 인사 하고 싶으시대요🙏 할머니 {WXV} 아이디는 {WXX}",
  "코스프레 의상 커미션 받아요✂️ 참고자료는 인스타 디엠({IGX})으로",
  "집 보러 가는 곳 집주인분이 {VBV}만 쓰신대요, 번호 {MOBX}",
  "청구서 {MAILX}에서 보냈어요, 스팸함도 확인해 주세요🙇‍♀️",
  "페북 아파트 입주민 그룹이에요, {FBX} 검색해서 가입 신청해 주세요🎄",
  "주민센터 공유기 주소는 {IPX}, 게스트 와이파이 리셋은 거기서 하시면 돼요",
  "배 타는 동안은 시그널 {SGX}이나 메일 {MAILX}로요🚢",
  "아까 번호 마지막 자리 틀렸어요ㅠ {TELX} 이게 맞아요",
  "동생 폰으로 연락 주세요 {TELX} 제 폰 수리 맡겨서 4시까지 안 돼요",
  "yeongeo gwaoe munui-neun {MAILX}-ro bonaejuseyo! hangeul jaepan-i an doeneyo ㅠ",
  "학부모 단톡방 초대링크예요 → {KKCHATX}",
  "스카이프 끊겼어요ㅠ 제 아이디 {SKX}로 다시 걸어 주세요",
  "우쿨렐레 발표회 안내 {WEBX} 참석 여부는 {MAILX}로 알려주세요🎶",
  "해외 학생들이랑은 {WAV}이 편해요, {MOBX}로 가입돼 있어요",
  "결제 카드 번호 확인 부탁드려요: {CARDX} (유효기간은 따로 보낼게요)",
  "전주 한옥마을 게하 사장님 {TELX}, 체크인 늦으면 문자 드리래요",
  "제주 귤따기 체험🍊 예약 {TELX} / {WEBX}",
  "{ANYV}, 인스타 전부 아이디 똑같아요 → {IDX}",
  "외국인등록 서류에 남편 주민번호 {RRNX} 적으라는데 여기 맞죠?",
  "스터디카페 사장님 번호 {TELX} 사물함 키 잃어버리면 여기로 연락하래요🔑",
  "[연락처]\n☎ {TELX}\n✉ {MAILX}\n평일 10시~18시 (주말 휴무)",
  "🚨누수·막힌 변기 24시 출장🚨 ☎{TELX} 출장비 무료!! ← 아 이거 잘못 붙여넣었어요 죄송해요",
  "엄마 오늘 학원 픽업은 민지 엄마가 해주신대 번호 {TELX}",
  "시그널 이제 사용자 이름으로 추가돼요, 제 거는 {SGX}",
  "{KKX} ← 제 카톡 아이디예요, 수업 관련은 여기로 주세요",
  "{MAILX} 이게 새 메일이에요, 예전 거는 해킹당했어요ㅠ",
  "은행 서류에 주민번호 {RRNX} 적는 칸이 두 군데나 있네요ㅠ 영어로 번역 좀 도와주세요",
];

const KO12_NEG: string[] = [
  "배번 {BIBV} 받았어요🏃 출발 {HOURV}, 작년 기록은 {LAPV}",
  "예약번호 {PNRV}, 편명 {FLIGHTV}, 좌석 {SEATV}이에요✈️",
  "논문 찾았어요: doi {DOIV}, 프리프린트는 arXiv:{ARXIVV}",
  "교재 뒤 바코드 {JANV} 서점 검색에 안 나온대요",
  "자바 과제 {JAVAV} 부분에서 에러나요 ({NUMV}번째 줄)",
  "집결지 좌표 {GPSV}, 주차장 큰 나무 밑이에요",
  "법인등록번호 {CORPV} 이건 회사 거라 공개정보예요, 개인 번호 아님",
  "응급상황엔 {EMERGV}. 쓸 일 없길🙏",
  "신청서 전화번호 칸 예시가 '{PLACEV}'라서 헷갈렸어요",
  "전단지 번호가 찢어져서 {MASKV}까지만 보여요😅",
  "토픽 결과 {TOPIKV} 나왔어요🎉",
  "신발 {SHOEV} 남는 축구화 있으신 분~",
  "열 {FEVERV}, {DOSEV} 먹었어요🤒 오늘은 쉴게요",
  "주문번호 {REFV}, {DAYV} {TRANGEV} 도착 예정이래요",
  "@everyone {NUMV}과 자료 드라이브에 있어요, 메일로 또 안 보내요🙃",
  "계좌번호 {ACCTV} 이건 학원 법인 계좌예요, 개인 연락처 아님",
  "중고 {PHMODV} {CASHV}에 샀어요📱 카메라 {CAMV}",
  "카톡도 텔레도 하긴 하는데 규정상 수업 얘기는 여기서만 해야 돼서요🙇",
  "{ROOMV}호, 3층이에요. 엘베 고장이라 뒤쪽 계단으로 오세요",
  "앱 {VERSV}로 업뎃했더니 또 튕겨요🙄",
  "oneul sueop ilgop-si-buteo, gangeuisil {ROOMV}-ho yeyo! (hangeul jaepan-i an dwaeseo yeongeoro sseoyo ㅠ)",
  "Node.js랑 Vue.js 중에 완전 입문자는 뭐가 나아요?",
  "전반 {MATCHV}, 최종 {WINV}로 결승 진출🏆",
  "골뱅이무침 먹으러 을지로 가요ㅋㅋ 노가리 골목 가보셨어요?",
  "점 하나 찍으면 님이 남이 되는… 이 노래 가사 영어로 어떻게 번역해요?",
  "우편번호 {POSTV}, 주차는 하루 {PARKV}",
  "철원 지금 {COLDV} 이불 세 겹 덮고 수업 들어요🥶",
  "일이 많아서 이번 주는 삼 일만 할게요, 오 일 뒤에 다시 연락드릴게요",
  "청구서 번호 {INVV}, 금액 {CASHV}, 기한 {DAYV}",
  "운송장 {TRACKV} 통관에서 멈췄대요",
  "일석이조, 삼삼오오, 구사일생… 숫자 들어간 사자성어 정리했어요",
  "{YRANGEV}년생만 신청 가능하대요",
  "{TRAINV}, {CARV}호차, {HOURV} 도착",
  "#영어회화 #전화영어 #직장인영어 해시태그 이거 맞아요?",
  "카드번호나 계좌는 단톡에 올리지 마세요, 방장이 지워요",
  "{STOPV} 정류장에서 {NUMV}번 버스 타세요",
  "공일공으로 시작하면 다 휴대폰 번호 맞죠? 외국인 친구가 물어봐서요",
  "차대번호 {VINV} 중고차 영어 이력 리포트 같이 봐주실 수 있나요?",
  "npm에서 {NPMV} deprecated 뜨는데 데모 전에 올려야 할까요?",
  "CSS {CSSV} 안 먹어요… 화면 해상도 {SCREENV}",
  "주가 {TICKV} 못 본 걸로 할게요",
  "수험번호 {REFV}, 고사실 {ROOMV}",
  "서울시 마포구 양화로 {NUMV}, 건물 {NUMV}층이에요",
  "몸무게 {DECV}kg, 키 {NUMV}cm 건강검진 표 영어로 어떻게 써요?",
  "콘서트 {STANDV} 당첨😭 시야 최고!!",
  "사업자번호랑 법인번호 차이가 뭐예요? 서류에 둘 다 있어서요",
  "사이즈 {SIZEV}, 택배비 {CASHV}",
];

// ---- Russian ------------------------------------------------------------------------------------

const RU12_POS: string[] = [
  "Пропала кошка 🐈 серая полосатая, зовут Плюшка, последний раз видели у гаражей. Если увидите — звоните {TELX}, в любое время!",
  "MECARD:N:Белов,Глеб;TEL:{TELX};EMAIL:{MAILX};;\nвот что выдаёт QR-код, так и должно быть?",
  "Продаю коляску, состояние идеальное, самовывоз. На Авито не сижу, пишите в {TGAV}: {TGX}",
  "Хор «Рассвет» набирает голоса к весеннему концерту 🎶 анкета на {WEBX}, вопросы регенту на {MAILX}",
  "Ищут массовку на съёмки в Выборге (2 дня, оплата) 🎬 фото в полный рост и рост в см присылайте на {MAILX}",
  "тг: {TGX}\nдс: {DCX}\nинст: {IGX}",
  "В настолку (D&D) нужен пятый игрок 🐉 по воскресеньям. Сервер: {DCCHATX}, я там {DCX}",
  "Донорская акция в четверг у библиотеки 🩸 запись: {WEBX}, можно и без записи",
  "Лаборатория ищет билингвов для эксперимента (500 ₽ за час) — пишите на {MAILX} с темой «участник»",
  "Добавьте меня лучше в лайне, {LNX} — вотсап завален группами 😵",
  "Обмен черенками в воскресенье 🌿 организатор Злата, {TELX}, ещё есть чат в {TGPV}: {TGCHATX}",
  "У папы созрел мёд 🐝🍯 1000 ₽ банка, пишите ему в {WAAV} {MOBX}",
  "Автоответ: я в командировке до 14 ноября, почту читаю редко. Срочно — {TELX}, остальное на {MAILX}.",
  "Предоплату за йога-ретрит переводите на мой европейский счёт: {IBANX}, в назначении — фамилия",
  "о себе:\nрепетитор 📚 | кошатница 🐈 | тг {TGX} | {WEBX}",
  "Заказала Деда Мороза на утренник 🎅 агентство: {TELX}, сайт {WEBX} — может, вам тоже надо",
  "Баня по субботам с 18:00, бронь через Арсения: {TELX} 🧖",
  "||{TELX}||\n↑ спрятала под спойлер, это новый номер",
  "Старый номер {TELX} больше не работает! Новый: {TELX}, перезапишите 🙏",
  "Захлопнула дверь 🙃 жду мастера. Хозяйке дала ваш номер, она может позвонить с {TELX}",
  "Подруга из Сеула, какао: {KKX}. Она стесняется, напишите первой 🙂",
  "Шиномонтаж у дома, без записи, мастер Степан {TELX} — переобулась за 20 минут",
  "Щенков отдаём в добрые руки 🐶 фото в {IGPV} {IGX}, звонить маме: {TELX}",
  "contact:\n  name: Полина Орлова\n  phone: \"{TELX}\"\n  signal: {SGX}\n(кусок из volunteers.yaml, простите за форматирование)",
  "Сплав по Ладоге в июле 🛶 инструктор — {TELX}, чат похода в {TGPV} → {TGCHATX}",
  "Грузчики на переезд: Тимофей, {TELX}, берёт почасово, говорит, что может по-английски",
  "Наблюдатели на выборы: координатор просит присылать анкеты на {MAILX} до пятницы",
  "Подмените смену в кофейне? 🙏 администратору звонить на {TELX}",
  "В команду на хакатон ищем дизайнера 👩‍💻 презентация: {WEBX}, пишите в {SGV}: {SGX}",
  "Сёрф-школа в Калининграде 🏄 запись {TELX}, инста {IGX}",
  "<a href=\"{WEBX}\">Записаться на пробный урок</a> — так правильно для подписи в письме?",
  "Субботник во дворе в эту субботу 🧹 старшая по дому — Агата Степановна, {TELX}",
  "Тамада на свадьбу, очень советую 💍 в инсте {IGX}, или звоните {TELX}",
  "Бабушка из Харбина хочет поблагодарить за уроки 🙏 её {WXV}: {WXX}",
  "Шью костюмы на заказ ✂️ референсы в директ {IGX}, там отвечаю быстрее",
  "Хозяин квартиры сидит только в {VBPV}, номер {MOBX}, код от двери пришлёт туда",
  "Счёт отправила с {MAILX}, гляньте в спаме",
  "Группа нашего дома в фб — найдите меня там, {FBX}, я добавлю 🎄",
  "Роутер в ДК: {IPX}, гостевой вайфай сбрасывать там",
  "Пока на пароме — пишите в сигнал ({SGX}) или на почту {MAILX} 🚢",
  "Ой, я последнюю цифру перепутала, правильно {TELX}",
  "Напишите брату, пожалуйста, {TELX} — мой телефон в ремонте до 16:00",
  "pishite mne na pochtu {MAILX}, russkaya raskladka slomalas' 😅",
  "Ссылка-приглашение в родительский чат 3«А»: {CHATX}",
  "В скайпе связь упала… мой логин {SKX}, перезвоните?",
  "Со студентами из-за границы удобнее в {WAPV}, номер {MOBX}",
  "Проверьте номер карты для оплаты: {CARDX} (срок действия пришлю отдельно)",
  "Гид по Владивостоку, моя знакомая, {TELX} — водит экскурсии на английском",
  "Рыбалка в субботу 🎣 лодочник — {TELX}, отходим в 5:30 от причала",
  "dobav' menya v telege: {TGX} 🙏 tut ne otvechayu",
  "Везде один ник — {IDX}, основной мессенджер — {ANYV}",
  "Мастер на час, который вешал мне полки: Фёдор, {TELX}, недорого и аккуратно",
  "Контакты:\n☎ {TELX}\n✉ {MAILX}\nпн–пт 10–18, в выходные не беспокоить",
  "🚨 Сантехник 24/7, выезд за 30 минут ☎ {TELX} 🚨 — ой, не в тот чат скинула, простите",
  "Мам, сегодня из музыкалки меня забирает тётя Зоя, её номер {TELX}",
  "В сигнале теперь можно по нику, мой — {SGX}, номер не нужен",
  "{TELX} — это мой новый номер, старый потеряла вместе с телефоном 😩",
  "{IGX} — это аккаунт моей собаки, мой закрытый 🐶",
];

const RU12_NEG: string[] = [
  "Стартовый номер {BIBV} получила 🏃 старт в {HOURV}, в прошлом году было {LAPV}",
  "Бронь {PNRV}, рейс {FLIGHTV}, место {SEATV} ✈️ встретимся у выхода",
  "Нашла статью: doi {DOIV}, препринт — arXiv:{ARXIVV}",
  "Штрихкод учебника {JANV}, а в магазине его не находят",
  "В джаве ругается на {JAVAV}, строка {NUMV}",
  "Встречаемся по координатам {GPSV}, у большого дуба",
  "Реквизиты школы: ИНН {CORPV} — это организация, не частное лицо",
  "Экстренные службы — {EMERGV}. Надеюсь, не пригодится 🙏",
  "В анкете образец номера «{PLACEV}», сбивает с толку",
  "На объявлении номер оторван, видно только {MASKV} 😅",
  "ЕГЭ по английскому — {EGEV} 🎉 мама плачет",
  "Размер обуви {SHOEV}, у кого остались бутсы для секции?",
  "Температура {FEVERV}, выпила {DOSEV} 🤒 сегодня без урока",
  "Заказ {REFV}, доставка {DAYV}, {TRANGEV}",
  "@all слайды к уроку {NUMV} на диске, по почте не шлю 🙃",
  "Р/с {ACCTV} — это счёт организации для договора, не личный",
  "Купила б/у {PHMODV} за {CASHV} 📱 камера {CAMV}",
  "Я есть и в телеге, и в вотсапе, но по правилам платформы уроки обсуждаем здесь 🙂",
  "Кабинет {ROOMV}, третий этаж, лифт не работает",
  "Обновилась до {VERSV} — опять вылетает 🙄",
  "zakaz {REFV} priedet zavtra, kod polucheniya syuda ne pishu 😅 (klava russkaya slomalas')",
  "Node.js или Vue.js для новичка? Племянник спросил, а я не знаю",
  "Первый тайм {MATCHV}, в итоге {WINV} — мы в финале 🏆",
  "г.Москва, ул. Ленина, д. {NUMV}, кв. {NUMV} — это адрес офиса, не мой",
  "Собака соседей лаяла всю ночь, а точка с шаурмой внизу теперь работает до трёх 😩",
  "Индекс {POSTV}, парковка {PARKV} в сутки",
  "В Якутске сейчас {COLDV}, занимаюсь под тремя одеялами 🥶",
  "ОГРН {OGRNV} — проверила компанию по базе, всё чисто",
  "Счёт № {INVV}, сумма {CASHV}, оплатить до {DAYV}",
  "Трек-номер {TRACKV}, застрял на таможне",
  "Семь раз отмерь, один раз отрежь; два сапога пара — поговорки с числами на завтра",
  "Принимают детей {YRANGEV} г. р.",
  "{TRAINV}, вагон {CARV}, прибытие в {HOURV}",
  "#английский #разговорныйклуб #репетитор — хэштеги норм?",
  "Номера карт и счетов в чат не пишем, модераторы всё равно удаляют",
  "Т.е. встречаемся в 10, т.к. в 9 я ещё на работе, и т.д. и т.п.",
  "Акции {TICKV} — лучше не смотреть",
  "npm пишет, что {NPMV} устарел, обновлять до демо?",
  "Не работает {CSSV} в CSS… разрешение экрана {SCREENV}",
  "VIN {VINV} — помогите прочитать отчёт по истории машины на английском",
  "Забег собрал {CASHV} 🎉 участников: {NUMV}, лучшее время {LAPV}",
  "Рост {NUMV} см, вес {DECV} кг — как это написать по-английски в медкарте?",
  "Концерт: {STANDV} 😭 видно будет отлично!!",
  "Сертификат на {CASHV}, код сюда не пишу, введёшь сам",
  "Раз, два, три, четыре, пять — вышел зайчик погулять 🐰 учим с дочкой считалку по-английски",
  "Автобус {NUMV} до остановки «Площадь Ленина», потом пешком минут {NUMV}",
  "IELTS {BANDV}, writing тянет вниз 😩",
];

// ---- Vietnamese ---------------------------------------------------------------------------------

const VI12_POS: string[] = [
  "Tìm mèo lạc 🐈 mèo mướp xám, tên Bông, lạc gần chợ hôm qua. Ai thấy gọi giúp mình {TELX} nha, giờ nào cũng được 🙏",
  "MECARD:N:Dương,Bảo;TEL:{TELX};EMAIL:{MAILX};;\nquét QR ra vầy nè cô, vậy là đúng chưa ạ?",
  "Pass lại xe đẩy em bé còn mới 95%, ai cần ib {ZLV} {MOBX} nha",
  "Ca đoàn tuyển thêm giọng cho đêm nhạc mùa xuân 🎶 đăng ký ở {WEBX}, hỏi gì mail anh nhạc trưởng {MAILX}",
  "Tuyển diễn viên quần chúng quay phim ở Hội An 🎬 2 ngày, có cát-xê, gửi hình toàn thân + chiều cao về {MAILX}",
  "tele: {TGX}\ndiscord: {DCX}\ninsta: {IGX}",
  "Nhóm boardgame thiếu 1 người chơi Ma Sói 🐺 tối CN. Vào server nha {DCCHATX}, mình là {DCX}",
  "Chủ nhật có ngày hội hiến máu ở nhà văn hóa phường 🩸 đăng ký tại {WEBX}",
  "Lab tâm lý tuyển người song ngữ Anh–Việt làm thí nghiệm (100k/buổi), gửi mail tới {MAILX} ghi \"tham gia\" nha",
  "Kết bạn Line với mình nha {LNX} (WhatsApp nhiều group quá 😵)",
  "Hội đổi cây cảnh 🌿 CN này! Chị Ngân tổ chức, {TELX}, có nhóm {ZLV} nữa → {ZLCHATX}",
  "Mật ong nhà ngoại em nuôi 🐝🍯 250k/chai, đặt qua {ZLV} ba em {MOBX}",
  "Trả lời tự động: Tôi đi công tác tới 14/11, ít kiểm tra mail. Việc gấp vui lòng gọi {TELX}, còn lại gửi về {MAILX}.",
  "Cọc khóa yoga bên Bồ Đào Nha chuyển vào tài khoản châu Âu của mình {IBANX} giúp nha, nội dung ghi tên",
  "bio nè:\ngia sư 📚 | sen 🐈 | tele {TGX} | {WEBX}",
  "Đám giỗ ông nội nên tối nay em xin nghỉ nha cô. Có gì gấp cô gọi mẹ em {TELX}",
  "Live bán đồ tối nay 8h 🛍️ xem trước mẫu ở {WEBX}, chốt đơn qua Zalo {MOBX}",
  "||{TELX}||\n↑ che spoiler cho khỏi hiện preview á, số mới của em",
  "Số cũ {TELX} em bỏ rồi nha, số mới {TELX}, mọi người lưu lại giúp em 🙏",
  "Em lỡ khóa cửa để chìa trong nhà 🙃 thợ khóa đang tới. Em đưa số cô cho chủ nhà rồi, có thể họ gọi từ số {TELX}",
  "Kakao cua ban Han Quoc cua minh: {KKX}, ban ay hoi nhat, nhan truoc giup minh nha 🙂",
  "Tiệm sửa xe đầu hẻm, anh Đạt {TELX}, sửa luôn xe điện 🛵",
  "Cho mèo con 2 tháng tuổi 🐱 hình trên {IGV} {IGX}, liên hệ chị {TELX}",
  "contact:\n  name: Trương Vy\n  phone: \"{TELX}\"\n  signal: {SGX}\n(đoạn trong file volunteers.yaml, bị lệch format sorry)",
  "Phượt Hà Giang tháng 10 🏍️ anh Tài dẫn đoàn, {TELX}, group {TGV} nè {TGCHATX}",
  "Homestay Đà Lạt đợt trước mình ở, chủ nhà dễ thương lắm: {TELX}, fb {FBX}",
  "Dịch vụ chuyển nhà anh Hiếu {TELX}, có xe tải nhỏ, chở đồ phòng trọ sinh viên rẻ lắm",
  "Quỹ từ thiện miền Trung 🙏 chuyển khoản xong chụp bill gửi chị Giang qua mail {MAILX} nha",
  "Ai đổi ca ở quán giúp em với 🙏 gọi quản lý {TELX}",
  "Team hackathon cần 1 bạn designer 👩‍💻 slide {WEBX}, nhắn {SGV} {SGX}",
  "Học lướt ván ở Mũi Né 🏄 đặt lịch {TELX}, insta {IGX}",
  "<a href=\"{WEBX}\">Đặt lịch tư vấn miễn phí</a> ← em để vô chữ ký mail, HTML vậy đúng chưa?",
  "Bà ngoại bên Quảng Châu muốn gọi cảm ơn cô 🙏 {WXV} của bà: {WXX}",
  "Nhận may đồ cosplay ✂️ gửi ref qua insta {IGX} nha, bên đó rep nhanh hơn",
  "Chủ phòng trọ chỉ xài {VBV}, số {MOBX}, mật khẩu cửa gửi qua đó",
  "Hóa đơn gửi từ {MAILX} rồi nha, check spam giúp mình",
  "Nhóm FB chung cư, tìm mình {FBX} rồi mình add vô 🎄",
  "Modem ở nhà văn hóa là {IPX}, reset wifi khách ở đó",
  "Đi phà mấy ngày, nhắn Signal {SGX} hoặc mail {MAILX} nha 🚢",
  "Xin lỗi số cuối em ghi nhầm, đúng là {TELX}",
  "Nhắn anh hai em giùm {TELX}, đt em đang sửa tới 4h",
  "so dt cua em {TELX}, may em hong go dau duoc, co thong cam nha",
  "Link nhóm Zalo phụ huynh lớp 3A nè {ZLCHATX}",
  "Skype rớt mạng rồi cô ơi, nick em {SKX}, cô gọi lại giúp em",
  "Học viên nước ngoài thì em hay dùng {WAV} hơn, số {MOBX}",
  "Cô kiểm tra giúp số thẻ thanh toán: {CARDX} (hạn dùng em gửi riêng)",
  "Hướng dẫn viên ở Huế, bạn em, {TELX}, dẫn tour tiếng Anh ok lắm",
  "Câu cá ở Cần Giờ thứ 7 🎣 chủ ghe {TELX}, 5h30 xuất phát",
  "Tiệm bánh cưới của chị em, đặt qua web {WEBX} hoặc gọi {TELX} 🎂",
  "add zalo minh nha {MOBX} 🙏 nhan tin o day hay bi lag",
  "Nick {IDX}, {ANYV} hay gì cũng tên đó hết",
  "Thợ điện nước gần nhà em {TELX}, làm nhanh, giá ok",
  "Liên hệ:\n☎ {TELX}\n✉ {MAILX}\nT2–T6, 8h–17h",
  "🚨 Thông cống, sửa ống nước 24/7 ☎ {TELX} 🚨 có mặt sau 30 phút… ủa lộn nhóm, xin lỗi mọi người",
  "Mẹ ơi chiều nay cô Hoa đón con ở lớp vẽ nha, số cô Hoa {TELX}",
  "Signal giờ thêm bằng username được rồi, của mình là {SGX}",
  "{MAILX} là mail mới của em nha cô, mail cũ bị hack rồi 😭",
  "{TELX} số này gọi được tới 10h tối nha",
];

const VI12_NEG: string[] = [
  "Nhận số bib {BIBV} rồi 🏃 xuất phát {HOURV}, năm ngoái chạy {LAPV}",
  "Mã đặt chỗ {PNRV}, chuyến {FLIGHTV}, ghế {SEATV} ✈️",
  "Tìm được bài báo rồi: doi {DOIV}, bản preprint arXiv:{ARXIVV}",
  "Mã vạch sau cuốn sách {JANV}, nhà sách tra không ra",
  "Bài Java báo lỗi ở {JAVAV}, dòng {NUMV}",
  "Tọa độ điểm hẹn {GPSV}, gốc cây to chỗ bãi xe",
  "Mã số thuế công ty {CORPV} — của công ty nha, không phải cá nhân",
  "Khẩn cấp thì gọi {EMERGV}. Mong là không cần tới 🙏",
  "Mẫu điền số điện thoại trong form ghi '{PLACEV}' nhìn rối quá",
  "Số trên tờ rơi bị rách, chỉ còn {MASKV} 😅",
  "IELTS {BANDV} overall, Writing có {BANDV} thôi 😭",
  "Size giày {SHOEV}, ai dư giày đá banh cho CLB thiếu nhi không?",
  "Sốt {FEVERV}, uống {DOSEV} rồi 🤒 hôm nay em xin nghỉ",
  "Đơn {REFV}, giao {DAYV} khoảng {TRANGEV}",
  "@all slide bài {NUMV} có trên drive rồi, không gửi mail nữa nha 🙃",
  "STK {ACCTV} là tài khoản công ty để ký hợp đồng, không phải của cá nhân",
  "Mua {PHMODV} cũ {CASHV} 📱 camera {CAMV}",
  "Mình có Zalo, Tele đủ hết nhưng nền tảng quy định học thì nhắn ở đây nha 🙂",
  "Phòng {ROOMV}, lầu 3, thang máy hư đi thang bộ phía sau",
  "Cập nhật lên {VERSV} xong lại văng app 🙄",
  "khong mot ai nghe may het, hai ba lan roi 😤",
  "Node.js với Vue.js người mới nên học cái nào trước ạ?",
  "Hiệp 1 {MATCHV}, chung cuộc {WINV}, vô chung kết rồi 🏆",
  "123 Lê Lợi, P.Bến Thành, Q.1, TP.HCM — địa chỉ trung tâm nha, tầng {NUMV}",
  "A còng là @ đó, còn \"chấm\" là dấu chấm; bài hôm nay học cách đọc địa chỉ web",
  "Mã bưu chính {POSTV}, gửi xe {PARKV}/ngày",
  "Sa Pa đang {COLDV}, học dưới ba lớp chăn 🥶",
  "Số khung {VINV}, giúp em đọc báo cáo lịch sử xe bằng tiếng Anh với",
  "Hóa đơn số {INVV}, số tiền {CASHV}, hạn {DAYV}",
  "Mã vận đơn {TRACKV} kẹt ở hải quan",
  "Một con ngựa đau cả tàu bỏ cỏ; ba chìm bảy nổi chín lênh đênh — thành ngữ có số cho buổi sau",
  "Chỉ nhận các bé sinh năm {YRANGEV}",
  "Tàu {TRAINV}, toa {CARV}, tới ga lúc {HOURV}",
  "#tienganh #giasu #hoctienganh hashtag vậy ok chưa?",
  "Đừng gửi số thẻ hay STK vô nhóm nha, admin xóa đó",
  "Xe buýt số {NUMV} đón ở trạm {STOPV}",
  "Mười giờ rưỡi nha, không phải mười một giờ",
  "Cổ phiếu {TICKV}, thôi không coi nữa",
  "npm báo {NPMV} bị deprecated, có cần nâng trước buổi demo không?",
  "{CSSV} trong CSS không ăn… màn hình {SCREENV}",
  "Giải chạy gây quỹ được {CASHV} 🎉 {NUMV} người tham gia, nhanh nhất {LAPV}",
  "Cao {NUMV} cm, nặng {DECV} kg, phiếu khám sức khỏe ghi tiếng Anh sao ạ?",
  "Vé concert {STANDV} 😭 săn mãi mới được!!",
  "Thẻ quà tặng {CASHV}, mã không ghi ở đây, tự nhập nha",
  "Size {SIZEV}, ship {CASHV}",
  "Giá vàng hôm nay {CASHV} một chỉ 😳 thôi khỏi mua",
];

export const BLIND12_POSITIVE: Record<Lang, string[]> = { en: EN12_POS, ja: JA12_POS, ko: KO12_POS, ru: RU12_POS, vi: VI12_POS };
export const BLIND12_NEGATIVE: Record<Lang, string[]> = { en: EN12_NEG, ja: JA12_NEG, ko: KO12_NEG, ru: RU12_NEG, vi: VI12_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p12 = (x: number) => String(x).padStart(2, '0');
const cjk12 = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** One to three zero-width characters strictly inside `s`. */
function zw12(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

/**
 * Full width for all of `s`, or only its digits, its marks, its letters, or every other character (as a
 * CJK keyboard switched back and forth leaves them). Never returns `s` unchanged.
 */
function fw12(r: Rng, s: string): string {
  const mode = r.int(0, 4);
  if (mode === 4) return fullWidth(s);
  let o = '';
  let k = 0;
  for (const ch of s) {
    const ascii = ch.charCodeAt(0) > 0x20 && ch.charCodeAt(0) < 0x7f;
    const hit = mode === 0 ? /[0-9]/.test(ch) : mode === 1 ? ascii && /[^0-9A-Za-z]/.test(ch) : mode === 2 ? /[A-Za-z]/.test(ch) : ascii && k++ % 2 === 0;
    o += hit ? fullWidth(ch) : ch;
  }
  return o === s ? fullWidth(s) : o;
}

const LOOK12: Record<string, string[]> = { a: ['а'], c: ['с', 'ϲ'], e: ['е'], i: ['і'], o: ['о', 'ο'], p: ['р'], x: ['х'], y: ['у'], s: ['ѕ'], j: ['ј'], A: ['А', 'Α'], E: ['Е'], O: ['О'], P: ['Р'], C: ['С'], K: ['К'], M: ['М'], T: ['Т'], H: ['Н'], B: ['В'] };
/** One to three Latin letters of `s` (before index `stop`) swapped for Cyrillic or Greek look-alikes; null when none fits. */
function look12(r: Rng, s: string, stop = s.length): string | null {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = 0; i < Math.min(stop, chars.length); i++) if (LOOK12[chars[i]]) idx.push(i);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK12[chars[i]]) chars[i] = r.pick(LOOK12[chars[i]]);
  }
  return chars.join('');
}

const KEY12 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key12 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY12)).join('');
const hex12 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');

// ---- names, handles, e-mails -------------------------------------------------------------------

const NAMES12: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['priya', 'marcus', 'imogen', 'tobias', 'saoirse', 'felix', 'beatrix', 'rowan', 'delphine', 'ezra', 'winnie', 'caspian'], f: ['achebe', 'thornton', 'vasquez', 'pemberton', 'okonkwo', 'haldane', 'mercer', 'quigley', 'ashworth', 'lindgren'] },
  ja: { g: ['koharu', 'riku', 'hinata', 'shion', 'akari', 'minato', 'nagisa', 'ryusei', 'chihiro', 'asahi', 'kotone', 'hayato'], f: ['fujita', 'okada', 'matsuda', 'inoue', 'kimura', 'shimizu', 'yamaguchi', 'ogawa', 'endo', 'sakamoto'] },
  ko: { g: ['doyun', 'siwoo', 'haeun', 'jiho', 'yerin', 'juwon', 'chaewon', 'minseok', 'soyul', 'hyeonjun', 'ara', 'daeho'], f: ['hwang', 'shin', 'oh', 'kwon', 'song', 'han', 'heo', 'noh', 'ahn', 'baek'] },
  ru: { g: ['gleb', 'zlata', 'timofey', 'vasilisa', 'arseniy', 'polina', 'yaroslav', 'alisa', 'fedor', 'milana', 'stepan', 'agata'], f: ['belov', 'orlova', 'gusev', 'vinogradova', 'karpov', 'nikitina', 'frolov', 'volkova', 'shcherbakov', 'danilova'] },
  vi: { g: ['bao', 'vy', 'dat', 'ngan', 'tai', 'giang', 'hieu', 'chau', 'vinh', 'my', 'son', 'tien'], f: ['duong', 'ha', 'dinh', 'cao', 'lam', 'truong', 'ly', 'ton', 'quach', 'van'] },
};
const WORDS12 = ['moon', 'chai', 'kiwi', 'fox', 'brush', 'nori', 'taiga', 'lotus', 'pixel', 'wren', 'mochi', 'sunny', 'bloom', 'tide'];

type Style12 = 'any' | 'line' | 'kakao' | 'tg' | 'skype' | 'discord' | 'wechat' | 'ig' | 'fb' | 'signal';
function handle12(r: Rng, lang: Lang, style: Style12): string {
  const g = r.pick(NAMES12[lang].g);
  const f = r.pick(NAMES12[lang].f);
  const w = r.pick(WORDS12);
  const y = r.int(2, 98);
  switch (style) {
    case 'line':
      return r.pick([`${g}_${f}`, `${g}.${w}${y}`, `${w}-${g}`, `${g}${f[0]}${y}`, `${f}.${g}.${w}`]);
    case 'kakao':
      return r.pick([`${g}${y}${w}`, `${f}${g}`, `${g}_${w}`, `${w}.${g}${y}`, `${g}${r.int(1990, 2008)}`]);
    case 'tg':
      return r.pick(['@', '@', '@', '']) + r.pick([`${g}_${f}`, `${g}${w}`, `${f}_${g}${y}`, `${w}_${g}`, `${g}_${w}_${y}`]);
    case 'skype':
      return r.pick([`live:${g}_${f}${y}`, `live:.cid.${hex12(r, 16)}`, `${g}.${f}.${w}`, `live:${w}.${g}`]);
    case 'discord':
      return r.pick([`${g}.${w}`, `${w}_${g}${y}`, `${g}__${f}`, `${g}.${f}${y}`, `${g[0].toUpperCase()}${g.slice(1)}${w}#${r.int(1000, 9999)}`]);
    case 'wechat':
      return r.pick([`wxid_${[...Array(14)].map(() => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}`, `${g}${f}${r.int(1970, 2008)}`, `${w}_${g}`, `${f}-${g}${y}`]);
    case 'ig':
      return r.pick(['@', '@', '']) + r.pick([`${g}.${f}`, `${g}_${w}`, `${w}.by.${g}`, `${g}.${f}_${y}`, `${f}.${w}.studio`, `_${g}.${w}_`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(10, 999)}`, `${f}${g}${y}`, `${g}.${w}.${f}`]);
    case 'signal':
      return `${r.pick([g, `${g}_${f}`, `${w}${g}`, `${g}${w}`])}.${p12(r.int(1, 99))}`;
    default:
      return r.pick([`${g}_${f}${y}`, `${w}${g}`, `${f}.${g}`, `${g}.${w}`, `${g}${r.int(1990, 2010)}`]);
  }
}

const MAILDOM12: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'fastmail.com', 'zoho.com', 'hey.com', 'live.com', 'sky.com', 'virginmedia.com', 'ox.ac.uk'],
  ja: ['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'icloud.com', 'outlook.jp', 'ymobile.ne.jp', 'biglobe.ne.jp', 'ocn.ne.jp', 'keio.jp', 'kyoto-u.ac.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'kakao.com', 'nate.com', 'snu.ac.kr', 'korea.ac.kr'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'inbox.ru', 'list.ru', 'yandex.com', 'rambler.ru', 'spbu.ru', 'bk.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'outlook.com', 'hcmus.edu.vn', 'hust.edu.vn', 'fpt.edu.vn', 'icloud.com', 'vnpt.vn'],
};
/** The at sign written as a word, in each language, with the brackets people put round it. */
const AT12: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', '[at]', ' AT ', ' {at} ', ' <at> ', '(at)', ' -at- '],
  ja: ['アット', 'アットマーク', 'あっと', '（あっと）', '【アット】', '「アットマーク」', ' at '],
  ko: ['골뱅이', ' 골뱅이 ', '앳', ' 엣 ', '(골뱅이)', '[at]', '골뱅'],
  ru: [' собака ', ' собачка ', '(собака)', ' «собака» ', ' [at] ', ' эт ', ' at '],
  vi: [' a còng ', ' a cong ', '(a còng)', ' a móc ', ' [at] ', ' acong ', ' a-còng '],
};
const DOT12: Record<Lang, string[]> = {
  en: [' dot ', '(dot)', ' [dot] ', ' DOT ', ' {dot} ', '[.]', ' (.) '],
  ja: ['ドット', 'どっと', ' ドット ', '（ドット）', '【ドット】', '．'],
  ko: ['점', ' 점 ', '닷', ' 닷 ', '쩜', '(점)', '[dot]'],
  ru: [' точка ', '(точка)', ' тчк ', ' [точка] ', ' dot '],
  vi: [' chấm ', ' cham ', '(chấm)', ' [chấm] ', ' dot '],
};
/** Top-level domains said aloud. */
const SAYTLD12: Record<Lang, Record<string, string[]>> = {
  en: { com: [' dot com', ' DOT COM', ' dotcom'], me: [' dot me'], uk: [' dot uk'] },
  ja: { com: ['ドットコム', 'どっとこむ'], jp: ['ドットジェーピー', 'ドットjp'] },
  ko: { com: ['닷컴', '쩜컴', '점컴'], kr: ['닷kr', ' 점 케이알'], net: ['닷넷', '점넷'] },
  ru: { ru: [' точка ру', ' точка ru', ' тчк ру'], com: [' точка ком'] },
  vi: { vn: [' chấm vn', ' chấm vê en'], com: [' chấm com', ' cham com'] },
};

function email12(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const g = r.pick(NAMES12[lang].g);
  const f = r.pick(NAMES12[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${r.int(1, 99)}`, `${f}_${g}`, `${g}.${f}${r.int(70, 2010)}`, `${g[0]}.${f}`, `${g}-${r.pick(['lessons', 'class', 'tutor', 'office', 'mama', 'home'])}`, `${f}${g[0]}${r.int(1, 9)}`]);
  const domain = r.pick(MAILDOM12[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.07) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr, obfuscated: false };
  const labels = domain.split('.');
  const at = r.pick(AT12[lang]);
  const dot = r.pick(DOT12[lang]);
  switch (r.int(0, 12)) {
    case 0:
    case 1:
    case 2:
      return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words' };
    case 3:
      return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word' };
    case 4: {
      const said = SAYTLD12[lang][labels[labels.length - 1]];
      if (said) return { text: `${local}${at}${labels.slice(0, -1).join(dot)}${r.pick(said)}`, obfuscated: true, how: 'top-level domain said' };
      return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words' };
    }
    case 5:
      // the dots of the name written as words too
      return { text: `${local.replace(/\./g, dot)}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words throughout' };
    case 6:
      return { text: fw12(r, addr), obfuscated: true, how: 'full-width' };
    case 7:
      return { text: zw12(r, addr), obfuscated: true, how: 'zero-width' };
    case 8: {
      const l = look12(r, addr);
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: zw12(r, addr), obfuscated: true, how: 'zero-width' };
    }
    case 9:
      return { text: r.chance(0.5) ? `${local} @ ${labels.join(' . ')}` : `${local} @${domain}`, obfuscated: true, how: 'split by spaces' };
    case 10:
      return { text: `${local}${at}${labels.join(dot).toUpperCase()}`, obfuscated: true, how: 'dot words, domain in capitals' };
    case 11:
      return { text: `${local}＠${labels.join(dot)}`, obfuscated: true, how: 'full-width at, dot words' };
    default:
      return { text: `${zw12(r, local)}${at}${domain}`, obfuscated: true, how: 'zero-width, at word' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape12 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  /** How the national digits are grouped when said. */
  groups: number[];
  /** Digits as they are said, when not the national number (Russia: with the trunk 8). */
  say?: (d: string) => string;
}
/** `d` cut after each of `cuts` characters, the rest in one last piece. */
const cut12 = (d: string, ...cuts: number[]) => {
  const out: string[] = [];
  let k = 0;
  for (const c of cuts) {
    out.push(d.slice(k, k + c));
    k += c;
  }
  if (k < d.length) out.push(d.slice(k));
  return out;
};
const ruFmt = (code: number) => [
  (d: string) => `+7 (${d.slice(0, code)}) ${cut12(d.slice(code), 10 - code - 4, 2).join('-')}`,
  (d: string) => `8 (${d.slice(0, code)}) ${cut12(d.slice(code), 10 - code - 4, 2).join('-')}`,
];
const SHAPES12: Record<string, Shape12> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => cut12(d, 3, 4).join('-'), (d) => d, (d) => cut12(d, 3, 4).join(' '), (d) => `(${d.slice(0, 3)})${cut12(d.slice(3), 4).join('-')}`, (d) => `+81 ${cut12(d.slice(1), 2, 4).join('-')}`, (d) => `+81${d.slice(1)}`], groups: [3, 4, 4] },
  JP_050: { region: 'JP', national: (r) => '050' + r.int(1, 9) + r.digits(7), formats: [(d) => cut12(d, 3, 4).join('-'), (d) => d], groups: [3, 4, 4] },
  JP_SENDAI: { region: 'JP', national: (r) => '022' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-'), (d) => `022(${d.slice(3, 6)})${d.slice(6)}`], groups: [3, 3, 4] },
  JP_HIROSHIMA: { region: 'JP', national: (r) => '082' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-'), (d) => `+81-82-${cut12(d.slice(3), 3).join('-')}`], groups: [3, 3, 4] },
  JP_KOBE: { region: 'JP', national: (r) => '078' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-')], groups: [3, 3, 4] },
  JP_NAHA: { region: 'JP', national: (r) => '098' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-'), (d) => `098 ${cut12(d.slice(3), 3).join(' ')}`], groups: [3, 3, 4] },
  JP_FREE: { region: 'JP', national: (r) => '0120' + r.digits(6), formats: [(d) => cut12(d, 4, 3).join('-'), (d) => `0120-${cut12(d.slice(4), 2).join('-')}`], groups: [4, 3, 3] },
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => cut12(d, 3, 4).join('-'), (d) => d, (d) => cut12(d, 3, 4).join(' '), (d) => cut12(d, 3, 4).join('.'), (d) => `+82 10 ${cut12(d.slice(3), 4).join(' ')}`, (d) => `+82-10-${cut12(d.slice(3), 4).join('-')}`], groups: [3, 4, 4] },
  KR_ULSAN: { region: 'KR', national: (r) => '052' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-'), (d) => `(052) ${cut12(d.slice(3), 3).join('-')}`], groups: [3, 3, 4] },
  KR_JEJU: { region: 'KR', national: (r) => '064' + r.int(7, 7) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-')], groups: [3, 3, 4] },
  KR_CHEONGJU: { region: 'KR', national: (r) => '043' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-'), (d) => cut12(d, 3, 3).join(' ')], groups: [3, 3, 4] },
  KR_JEONJU: { region: 'KR', national: (r) => '063' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 3, 3).join('-'), (d) => `063) ${cut12(d.slice(3), 3).join('-')}`], groups: [3, 3, 4] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['032', '035', '038', '039', '052', '058', '070', '079', '083', '086', '088', '091', '092', '096', '099']) + r.digits(7), formats: [(d) => cut12(d, 4, 3).join(' '), (d) => d, (d) => cut12(d, 4, 3).join('.'), (d) => cut12(d, 3, 3).join(' '), (d) => `+84 ${cut12(d.slice(1), 2, 3, 2).join(' ')}`, (d) => `(+84) ${cut12(d.slice(1), 3, 3).join(' ')}`, (d) => cut12(d, 4, 3).join('-')], groups: [4, 3, 3] },
  VN_CANTHO: { region: 'VN', national: (r) => '0292' + r.int(3, 3) + r.digits(6), formats: [(d) => cut12(d, 4, 3).join(' '), (d) => `(0292) ${cut12(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  VN_HUE: { region: 'VN', national: (r) => '0234' + r.int(3, 3) + r.digits(6), formats: [(d) => cut12(d, 4, 3).join('.'), (d) => cut12(d, 4, 3).join(' ')], groups: [4, 3, 4] },
  VN_KHANHHOA: { region: 'VN', national: (r) => '0258' + r.int(3, 3) + r.digits(6), formats: [(d) => cut12(d, 4, 3).join(' ')], groups: [4, 3, 4] },
  VN_LAMDONG: { region: 'VN', national: (r) => '0263' + r.int(3, 3) + r.digits(6), formats: [(d) => cut12(d, 4, 3).join(' '), (d) => `+84 263 ${cut12(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['01', '03', '06', '09', '10', '14', '17', '20', '23', '27', '31', '50', '52', '58', '61', '67', '81', '85', '91', '96']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`, (d) => `+7${d}`, (d) => `+7 ${cut12(d, 3, 3, 2).join(' ')}`, (d) => `8-${cut12(d, 3, 3, 2).join('-')}`, (d) => `+7(${d.slice(0, 3)})${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`], groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_KRASNODAR: { region: 'RU', national: (r) => '861' + r.int(2, 2) + r.digits(6), formats: ruFmt(3), groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_VLADIVOSTOK: { region: 'RU', national: (r) => '423' + r.int(2, 2) + r.digits(6), formats: ruFmt(3), groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_SAMARA: { region: 'RU', national: (r) => '846' + r.int(2, 3) + r.digits(6), formats: [...ruFmt(3), (d) => `+7 846 ${cut12(d.slice(3), 3, 2).join(' ')}`], groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_OMSK: { region: 'RU', national: (r) => '3812' + r.int(2, 9) + r.digits(5), formats: [(d) => `8 (3812) ${cut12(d.slice(4), 2, 2).join('-')}`, (d) => `+7 (3812) ${cut12(d.slice(4), 2, 2).join('-')}`], groups: [4, 2, 2, 2], say: (d) => '8' + d },
  US: { region: 'US', national: (r) => r.pick(['404', '415', '512', '617', '646', '702', '808', '919', '206', '303', '312', '407']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => cut12(d, 3, 3).join('-'), (d) => `+1 ${cut12(d, 3, 3).join(' ')}`, (d) => cut12(d, 3, 3).join('.'), (d) => `+1-${cut12(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  CA: { region: 'CA', national: (r) => r.pick(['416', '604', '514', '403', '613']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${cut12(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => cut12(d, 5).join(' '), (d) => cut12(d, 5, 3).join(' '), (d) => `+44 ${cut12(d.slice(1), 4).join(' ')}`, (d) => `+44 (0)${cut12(d.slice(1), 4).join(' ')}`, (d) => d], groups: [5, 3, 3] },
  GB_LIVERPOOL: { region: 'GB', national: (r) => '0151' + r.int(2, 9) + r.digits(6), formats: [(d) => cut12(d, 4, 3).join(' '), (d) => `+44 151 ${cut12(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  GB_CARDIFF: { region: 'GB', national: (r) => '029' + r.int(2, 2) + r.digits(7), formats: [(d) => cut12(d, 3, 4).join(' '), (d) => `+44 29 ${cut12(d.slice(3), 4).join(' ')}`], groups: [3, 4, 4] },
  GB_BELFAST: { region: 'GB', national: (r) => '028' + r.pick(['90', '95']) + r.digits(6), formats: [(d) => cut12(d, 3, 4).join(' ')], groups: [3, 4, 4] },
  GB_SHEFFIELD: { region: 'GB', national: (r) => '0114' + r.int(2, 4) + r.digits(6), formats: [(d) => cut12(d, 4, 3).join(' '), (d) => `(0114) ${cut12(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  NL: { region: 'NL', national: (r) => '06' + r.int(1, 5) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2)}`, (d) => `+31 6 ${cut12(d.slice(2), 4).join(' ')}`], groups: [2, 4, 4] },
  BE: { region: 'BE', national: (r) => '04' + r.pick(['7', '8', '9']) + r.int(0, 9) + r.digits(6), formats: [(d) => cut12(d, 4, 2, 2).join(' '), (d) => `+32 ${cut12(d.slice(1), 3, 2, 2).join(' ')}`], groups: [4, 2, 2, 2] },
  PL: { region: 'PL', national: (r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88']) + r.digits(7), formats: [(d) => cut12(d, 3, 3).join(' '), (d) => `+48 ${cut12(d, 3, 3).join(' ')}`, (d) => `+48 ${cut12(d, 3, 3).join('-')}`], groups: [3, 3, 3] },
  ES: { region: 'ES', national: (r) => '6' + r.digits(8), formats: [(d) => cut12(d, 3, 3).join(' '), (d) => `+34 ${cut12(d, 3, 2, 2).join(' ')}`], groups: [3, 3, 3] },
  IT: { region: 'IT', national: (r) => '3' + r.pick(['20', '28', '31', '34', '38', '40', '45', '66', '80', '92']) + r.digits(7), formats: [(d) => cut12(d, 3, 3).join(' '), (d) => `+39 ${cut12(d, 3, 3).join(' ')}`], groups: [3, 3, 4] },
  GR: { region: 'GR', national: (r) => '69' + r.pick(['3', '4', '7', '8', '9']) + r.digits(7), formats: [(d) => cut12(d, 3, 3).join(' '), (d) => `+30 ${cut12(d, 3, 3).join(' ')}`], groups: [3, 3, 4] },
  RO: { region: 'RO', national: (r) => '07' + r.pick(['2', '4', '5', '6', '7']) + r.digits(7), formats: [(d) => cut12(d, 4, 3).join(' '), (d) => `+40 ${cut12(d.slice(1), 3, 3).join(' ')}`], groups: [4, 3, 3] },
  NO: { region: 'NO', national: (r) => r.pick(['4', '9']) + r.digits(7), formats: [(d) => cut12(d, 3, 2).join(' '), (d) => `+47 ${cut12(d, 3, 2).join(' ')}`], groups: [3, 2, 3] },
  CH: { region: 'CH', national: (r) => '07' + r.pick(['6', '7', '8', '9']) + r.digits(7), formats: [(d) => cut12(d, 3, 3, 2).join(' '), (d) => `+41 ${cut12(d.slice(1), 2, 3, 2).join(' ')}`], groups: [3, 3, 2, 2] },
  EE: { region: 'EE', national: (r) => '5' + r.int(0, 9) + r.digits(r.pick([5, 6])), formats: [(d) => cut12(d, 4).join(' '), (d) => `+372 ${cut12(d, 4).join(' ')}`], groups: [4, 4] },
};
const MIX12: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'US', 'US', 'CA', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_LIVERPOOL', 'GB_CARDIFF', 'GB_BELFAST', 'GB_SHEFFIELD', 'NL', 'BE', 'PL', 'ES', 'IT', 'GR', 'RO', 'NO', 'CH', 'EE', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_050', 'JP_SENDAI', 'JP_HIROSHIMA', 'JP_KOBE', 'JP_NAHA', 'JP_FREE', 'US', 'KR_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_ULSAN', 'KR_JEJU', 'KR_CHEONGJU', 'KR_JEONJU', 'JP_MOB', 'US'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_KRASNODAR', 'RU_VLADIVOSTOK', 'RU_SAMARA', 'RU_OMSK', 'EE', 'PL', 'NO'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_CANTHO', 'VN_HUE', 'VN_KHANHHOA', 'VN_LAMDONG', 'KR_MOB', 'CA'],
};
/** Mobiles only, for numbers given for WhatsApp, Viber, Zalo or Signal. */
const MOB12: Record<Lang, string[]> = {
  en: ['US', 'CA', 'GB_MOB', 'GB_MOB', 'NL', 'PL', 'ES', 'IT', 'GR', 'VN_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'US', 'VN_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'VN_MOB', 'US'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'EE', 'PL'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'KR_MOB'],
};

const SPELL12: Record<Lang, string[][]> = {
  en: [['zero', 'oh', 'o'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零', 'ゼロ'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
/** Japanese digits as read out over the phone, in katakana with the long vowels (ニー, ゴー, キュー). */
const JA_KATA12 = ['ゼロ', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'ハチ', 'キュー'];
const VI_BARE12 = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];
const DASHW12: Record<Lang, string[]> = { en: [' dash ', ' hyphen ', ' - '], ja: ['ハイフン', 'の', 'ー'], ko: [' 다시 ', '에 ', ' - '], ru: [' тире ', ' дефис ', ' - '], vi: [' gạch ', ' gạch ngang ', ' - '] };
const PLUS12: Record<Lang, string[]> = { en: ['plus', 'PLUS'], ja: ['プラス'], ko: ['플러스'], ru: ['плюс'], vi: ['cộng'] };

/**
 * A speller for one number: the script (kanji or katakana readings, Vietnamese with or without
 * diacritics), the zero word and the joiners are chosen once, so every group of the number reads alike.
 */
function speller12(r: Rng, lang: Lang): { spell: (gs: string[], first?: boolean) => string; how: string } {
  const kata = lang === 'ja' && r.chance(0.35);
  const bare = lang === 'vi' && r.chance(0.3);
  const zero = r.pick(SPELL12[lang][0]);
  const word = (c: string) => (kata ? JA_KATA12[Number(c)] : bare ? VI_BARE12[Number(c)] : c === '0' ? zero : SPELL12[lang][Number(c)][0]);
  const inner = kata ? r.pick(['', '・', ' ']) : cjk12(lang) ? r.pick(['', '', ' ']) : r.pick([' ', ' ', '-']);
  const outer = kata ? r.pick(['、', ' / ', '  ']) : cjk12(lang) ? r.pick([' ', '-', lang === 'ja' ? '、' : ', ', ' / ']) : r.pick([', ', ' - ', ' / ', '... ', r.pick(DASHW12[lang])]);
  const upper = lang === 'en' && r.chance(0.15);
  const capital = (lang === 'ru' || lang === 'vi') && r.chance(0.25);
  const spell = (gs: string[], first = true) => {
    let text = gs.map((g) => [...g].map(word).join(inner)).join(outer);
    if (upper) text = text.toUpperCase();
    if (capital && first) text = text.replace(/^./, (c) => c.toUpperCase());
    return text;
  };
  return { spell, how: kata ? 'spelled digits in katakana' : bare ? 'spelled digits without diacritics' : 'spelled digits' };
}

/** Digits spelled one by one in groups, in one speller's style. */
function spell12(r: Rng, lang: Lang, gs: string[]): { text: string; how: string } {
  const sp = speller12(r, lang);
  return { text: sp.spell(gs), how: sp.how };
}

/** Each digit written either as a digit or as a word, at random, with at least one of each. */
function mixed12(r: Rng, lang: Lang, d: string): string {
  const chars = [...d];
  const asWord = chars.map(() => r.chance(0.5));
  const keep = r.int(0, chars.length - 1);
  asWord[keep] = false;
  if (chars.length > 1) asWord[(keep + r.int(1, chars.length - 1)) % chars.length] = true;
  return chars.map((c, i) => (asWord[i] ? SPELL12[lang][Number(c)][0] : c)).join(cjk12(lang) ? '' : ' ');
}

function phoneNumber12(r: Rng, lang: Lang, mobile: boolean): { formatted: string; national: string; shape: Shape12 } {
  // Bounded: at most 60 draws over the language's shapes, then 200 over its first mobile shape, then an error.
  for (let tries = 0; tries < 260; tries++) {
    const key = tries < 60 ? r.pick(mobile ? MOB12[lang] : MIX12[lang]) : MOB12[lang][0];
    const shape = SHAPES12[key];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const formatted = r.pick(shape.formats)(d);
    const back = parsePhoneNumberFromString(formatted, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    return { formatted, national: d, shape };
  }
  throw new Error(`blind12: no valid phone number drawn for ${lang}`);
}

/** `d` in groups of the given sizes, the rest joined to the last one. */
function groups12(d: string, sizes: number[]): string[] {
  const out = parts(d, sizes);
  if (out.length > sizes.length) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  return out;
}

function phone12(r: Rng, lang: Lang, obfuscate: boolean, mobile = false): Surface {
  const p = phoneNumber12(r, lang, mobile);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  const said = p.shape.say ? p.shape.say(p.national) : p.national;
  const gs = groups12(said, p.shape.say ? [1, ...p.shape.groups] : p.shape.groups);
  switch (r.int(0, 13)) {
    case 0:
    case 1:
    case 2: {
      const s = spell12(r, lang, gs);
      return { text: s.text, obfuscated: true, how: s.how };
    }
    case 3: {
      const s = { text: speller12(r, lang).spell(gs.slice(1), false) };
      return { text: `${gs[0]}${cjk12(lang) ? r.pick(['-', ' ', '']) : r.pick([' ', ', '])}${s.text}`, obfuscated: true, how: 'partly spelled' };
    }
    case 4: {
      const start = r.int(0, 1);
      const sp = speller12(r, lang);
      const text = gs.map((g, i) => (i % 2 === start ? sp.spell([g], i === 0) : g)).join(r.pick([' ', '-']));
      return { text, obfuscated: true, how: 'partly spelled' };
    }
    case 5:
      return { text: [...said].join(r.pick([' ', '.', '-', ' . ', ', '])), obfuscated: true, how: 'separated digits' };
    case 6:
      return { text: gs.map((g) => [...g].join(' ')).join(r.pick(['   ', ' / ', ' - ', ' | '])), obfuscated: true, how: 'spaced digits' };
    case 7:
      return { text: fw12(r, p.formatted).replace(/－/g, lang === 'ja' ? r.pick(['－', 'ー']) : '－'), obfuscated: true, how: 'full-width' };
    case 8:
      return { text: zw12(r, p.formatted), obfuscated: true, how: 'zero-width' };
    case 9:
      return { text: gs.join(r.pick(DASHW12[lang])), obfuscated: true, how: 'dash words' };
    case 10:
      return { text: gs.join(r.pick(['/', ' / ', '_', '..', ' ~ ', '·', lang === 'ja' ? '・' : ' * '])), obfuscated: true, how: 'odd separators' };
    case 11: {
      // the international form read out: the plus as a word, then the digits
      const intl = parsePhoneNumberFromString(p.national, p.shape.region)!;
      const sp = speller12(r, lang);
      const text = sp.spell([String(intl.countryCallingCode), ...groups12(String(intl.nationalNumber), [2, 3, 4])], false);
      return { text: `${r.pick(PLUS12[lang])} ${text}`, obfuscated: true, how: 'spelled international number' };
    }
    case 12:
      return { text: gs.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(r.pick([' ', '-', '　'])), obfuscated: true, how: 'full-width groups' };
    default:
      return { text: gs.map((g) => mixed12(r, lang, g)).join(cjk12(lang) ? r.pick([' ', '-']) : r.pick([', ', ' - '])), obfuscated: true, how: 'digits and digit words mixed' };
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB12: Record<Lang, string[]> = {
  en: ['{h}.carrd.co', 'www.{s}.org.uk/join', '{s}.band', 'bookwhen.com/{s}', 'www.eventbrite.co.uk/e/{n}', '{h}.bandcamp.com', 'ko-fi.com/{h}', '{s}.coffee/menu', 'airtable.com/shr{k}{k}', 'docs.google.com/forms/d/e/{k}{k}{k}/viewform', '{s}.run/register', 'www.{s}-choir.org', 'www.{s}.farm/veg-box'],
  ja: ['{h}.stores.jp', 'minne.com/@{h}', '{h}.booth.pm', 'select-type.com/rsv/?id={k}', '{s}.tokyo', 'www.{s}.or.jp', 'www.hotpepper.jp/str{n}/', 'かもめ書道.jp', 'forms.office.com/r/{k}{k}', '{s}.kyoto.jp', 'www.{s}.ac.jp/event'],
  ko: ['{h}.modoo.at', 'booking.naver.com/booking/{n}', '{h}.oopy.io', 'www.{s}.or.kr', 'instabio.cc/{h}', '{s}.seoul.kr', '포도합창단.com', 'form.naver.com/response/{k}{k}', 'place.map.kakao.com/{n}', 'www.{s}.co.kr/reserve', '{s}.kr/event'],
  ru: ['{h}.taplink.ws', 'yandex.ru/maps/org/{s}/{n}/', 'forms.yandex.ru/u/{x}/', '{s}.msk.ru', 'www.{s}.org', 'www.avito.ru/moskva/hobbi/{s}_{n}', 'хор-рассвет.рф', 'disk.yandex.ru/d/{k}{k}', 'teletype.in/@{h}', '{s}.nsk.ru/zapis', 'дед-мороз.москва'],
  vi: ['{h}.ladipage.com', 'www.lazada.vn/shop/{h}', 'www.{s}.org.vn', '{s}.io.vn', 'forms.office.com/r/{k}{k}', 'maps.app.goo.gl/{k}{k}', 'homestay-{s}.vn', 'cà-phê-sách.vn', 'drive.google.com/file/d/{x}/view', 'www.{s}.com.vn/dang-ky', '{s}.vn/khoa-hoc'],
};
const SLUG12 = ['larkspur', 'kingfisher', 'momiji', 'dalnet', 'hanul', 'beryozka', 'senxanh', 'tidewater', 'aozora', 'ivushka', 'maihoa', 'ember'];
/** Messenger links and invites, by platform; the ...CHATX slots take the platform their template names. */
const CHAT12: Record<string, string[]> = {
  tg: ['t.me/{h}', 't.me/+{k}{k}{k}', 'telegram.me/{h}'],
  line: ['line.me/ti/p/~{h}', 'line.me/ti/g2/{k}{k}{k}', 'lin.ee/{k}'],
  kakao: ['open.kakao.com/me/{h}', 'open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}'],
  zalo: ['zalo.me/{w}', 'zalo.me/g/{k}{k}'],
  discord: ['discord.gg/{k}', 'discord.com/invite/{k}{k}'],
  wa: ['wa.me/{w}', 'wa.me/{w}?text=hi', 'wa.me/message/{K}', 'chat.whatsapp.com/{k}{k}{k}{k}'],
  fb: ['m.me/{h}', 'www.facebook.com/groups/{n}'],
  ig: ['ig.me/m/{h}'],
  signal: ['signal.group/#{k}{k}{k}{k}{k}'],
  viber: ['invite.viber.com/?g2={k}{k}{k}'],
};
const CHAT_SLOTS12: Record<string, string> = { TGCHATX: 'tg', LNCHATX: 'line', KKCHATX: 'kakao', ZLCHATX: 'zalo', DCCHATX: 'discord' };

function intl12(r: Rng, lang: Lang): string {
  const p = phoneNumber12(r, lang, true);
  return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
}

function url12(r: Rng, lang: Lang, obfuscate: boolean, kind: string): Surface {
  const h = handle12(r, lang, 'any').replace(/[.]/g, '_');
  const pattern = kind === 'web' ? r.pick(WEB12[lang]) : r.pick(CHAT12[kind === 'chat' ? r.pick(Object.keys(CHAT12)) : kind]);
  const site = pattern
    .replace('{h}', pattern.startsWith('{h}.') ? h.replace(/_/g, '-') : h)
    .replace('{s}', r.pick(SLUG12))
    .replace(/\{k\}/g, () => key12(r, 5))
    .replace('{K}', () => key12(r, 13).toUpperCase())
    .replace('{x}', () => hex12(r, 14))
    .replace('{n}', () => String(r.int(100000, 9999999)))
    .replace('{w}', () => intl12(r, lang));
  const scheme = r.chance(0.45) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const dots = DOT12[lang].filter((d) => d !== '．');
  switch (r.int(0, 9)) {
    case 0:
    case 1:
      return { text: labels.join(r.pick(dots)) + path, obfuscated: true, how: 'dot words' };
    case 2: {
      const said = SAYTLD12[lang][labels[labels.length - 1]];
      if (said) return { text: labels.slice(0, -1).join(r.pick(dots)) + r.pick(said) + path, obfuscated: true, how: 'top-level domain said' };
      return { text: labels.join(r.pick(['[.]', '(.)', '{.}'])) + path, obfuscated: true, how: 'bracketed dot' };
    }
    case 3:
      return { text: scheme + labels.join(r.pick(['[.]', '(.)', '[dot]', '(dot)'])) + path, obfuscated: true, how: 'bracketed dot' };
    case 4:
      return { text: fw12(r, plain), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw12(r, plain), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look12(r, host);
      return l ? { text: scheme + l + path, obfuscated: true, how: 'look-alikes' } : { text: zw12(r, plain), obfuscated: true, how: 'zero-width' };
    }
    case 7:
      return { text: labels.join(' . ') + (path ? ' ' + path.replace(/\//g, ' / ').trim() : ''), obfuscated: true, how: 'split by spaces' };
    case 8:
      return { text: labels.join(r.pick(['. ', ' .'])) + path, obfuscated: true, how: 'split by spaces' };
    default:
      return { text: labels.join(r.pick(dots)).toUpperCase() + path, obfuscated: true, how: 'dot words, host in capitals' };
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id12(r: Rng, lang: Lang, obfuscate: boolean, style: Style12): Surface {
  const h = handle12(r, lang, style);
  if (!obfuscate) return { text: h, obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: fw12(r, h), obfuscated: true, how: 'full-width' };
    case 2:
    case 3:
      return { text: zw12(r, h), obfuscated: true, how: 'zero-width' };
    default: {
      const l = look12(r, h);
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    }
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

function spellRun12(r: Rng, lang: Lang, d: string): string {
  const zero = r.pick(SPELL12[lang][0]);
  return [...d].map((c) => (c === '0' ? zero : SPELL12[lang][Number(c)][0])).join(cjk12(lang) ? '' : ' ');
}

function card12(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 7);
  const d =
    kind === 0 ? luhnComplete(r, '4', 16)
    : kind === 1 ? luhnComplete(r, String(r.int(51, 55)), 16)
    : kind === 2 ? luhnComplete(r, String(r.int(2221, 2720)), 16)
    : kind === 3 ? luhnComplete(r, String(r.int(3528, 3589)), 16)
    : kind === 4 ? luhnComplete(r, r.pick(['34', '37']), 15)
    : kind === 5 ? luhnComplete(r, '220' + r.int(0, 4), 16)
    : kind === 6 ? luhnComplete(r, '6011', 16)
    : luhnComplete(r, '62' + r.int(12, 88), 16);
  const g = d.length === 15 ? parts(d, [4, 6, 5]) : parts(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d, g.join(' ')]), obfuscated: false };
  switch (r.int(0, 6)) {
    case 0:
      return { text: fw12(r, r.chance(0.5) ? g.join(' ') : g.join('-')), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
    case 2:
      return { text: zw12(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    case 3:
      return { text: g.join(r.pick([' / ', '..', ' | ', '_', '　', ' * '])), obfuscated: true, how: 'odd separators' };
    case 4:
      return { text: g.map((x, i) => (i % 2 ? spellRun12(r, lang, x) : x)).join(cjk12(lang) ? ' ' : ', '), obfuscated: true, how: 'partly spelled' };
    case 5:
      return { text: g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(r.pick([' ', '-'])), obfuscated: true, how: 'full-width groups' };
    default:
      return { text: g.map((x) => [...x].join(' ')).join('   '), obfuscated: true, how: 'spaced digits' };
  }
}

function ip12(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const h = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.3);
  const text = v6
    ? r.pick([`2a01:${h()}:${h()}:${h()}::${h()}`, `2406:da14:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `fd${hex12(r, 2)}:${h()}:${h()}::${r.int(1, 9)}`, `2001:${h()}:${h()}::${h()}:${h()}`])
    : r.pick([`${r.int(31, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(150, 220)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fw12(r, text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw12(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return v6 ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick(['[.]', '(.)', '{.}'])), obfuscated: true, how: 'bracketed dot' };
    case 3:
      return v6 ? { text: zw12(r, text), obfuscated: true, how: 'zero-width' } : { text: text.split('.').join(r.pick(DOT12[lang].filter((d) => d !== '．' && d !== '[.]' && d !== ' (.) '))), obfuscated: true, how: 'dot words' };
    default:
      return v6 ? { text: fw12(r, text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
  }
}

const IBAN12: [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['FR', (r) => r.digits(23)],
  ['ES', (r) => r.digits(20)],
  ['IT', (r) => String.fromCharCode(65 + r.int(0, 25)) + r.digits(22)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'BUNQ']) + r.digits(10)],
  ['BE', (r) => {
    // with the Belgian national check: the last two digits are the first ten mod 97
    const ten = r.digits(10);
    return ten + p12(Number(BigInt(ten) % 97n) || 97);
  }],
  ['AT', (r) => r.digits(16)],
  ['PT', (r) => r.digits(21)],
  ['PL', (r) => r.digits(24)],
  ['CH', (r) => r.digits(17)],
  ['NO', (r) => {
    // with the Norwegian national check digit (mod 11); a draw whose check would be 10 is redrawn, at most 50 times
    for (let tries = 0; tries < 50; tries++) {
      const ten = r.digits(10);
      const sum = [...ten].reduce((a, c, i) => a + (c.charCodeAt(0) - 48) * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i], 0);
      const k = (11 - (sum % 11)) % 11;
      if (k < 10) return ten + k;
    }
    return '8601111794'.slice(0, 10) + '7';
  }],
  ['LU', (r) => r.digits(16)],
  ['EE', (r) => r.digits(16)],
  ['MT', (r) => r.pick(['MALT', 'VALL', 'APSB']) + r.digits(23)],
  ['CY', (r) => r.digits(24)],
  ['BG', (r) => r.pick(['BNBG', 'UNCR', 'STSA']) + r.digits(14)],
  ['SK', (r) => r.digits(20)],
  ['IS', (r) => r.digits(22)],
];
function iban12(r: Rng, obfuscate: boolean): Surface {
  const [c, gen] = r.pick(IBAN12);
  const bban = gen(r);
  const code = c + p12(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('blind12: bad IBAN');
  const spaced = code.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.6) ? spaced : code, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fw12(r, spaced), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw12(r, spaced), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: code.replace(/(.{4})(?=.)/g, r.pick(['$1-', '$1 . ', '$1 / ', '$1   '])), obfuscated: true, how: 'separated groups' };
    case 3:
      return { text: spaced.split(' ').map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'full-width groups' };
    default:
      return { text: [...code].join(' '), obfuscated: true, how: 'spaced characters' };
  }
}

function myNumber12(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d]), obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(r.pick([g.join(' '), d, g.join('-')])), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw12(r, g.join(r.pick([' ', '-']))), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: [...d].join(r.pick([' ', '.', '-', '・'])), obfuscated: true, how: 'separated digits' };
    case 3:
      return { text: g.map((x) => spellRun12(r, lang, x)).join(cjk12(lang) ? r.pick([' ', '・', '、']) : ', '), obfuscated: true, how: 'spelled digits' };
    default:
      return { text: g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(r.pick([' ', '-', '　'])), obfuscated: true, how: 'full-width groups' };
  }
}

function rrn12(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1962, 2008);
  const body = p12(y % 100) + p12(r.int(1, 12)) + p12(r.int(1, 28)) + (y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = r.chance(0.85) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fw12(r, `${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw12(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: `${[...d.slice(0, 6)].join(' ')} - ${[...d.slice(6)].join(' ')}`, obfuscated: true, how: 'spaced digits' };
    case 3:
      return { text: `${d.slice(0, 6)}${r.pick(DASHW12[lang])}${d.slice(6)}`, obfuscated: true, how: 'dash word' };
    default:
      return { text: `${spellRun12(r, lang, d.slice(0, 6))}${cjk12(lang) ? r.pick([' ', '-', ' 다시 ']) : ' - '}${spellRun12(r, lang, d.slice(6))}`, obfuscated: true, how: 'spelled digits' };
  }
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS12: Record<string, Style12> = { IDX: 'any', LNX: 'line', KKX: 'kakao', TGX: 'tg', SKX: 'skype', DCX: 'discord', WXX: 'wechat', IGX: 'ig', FBX: 'fb', SGX: 'signal' };
const ENTITY_SLOTS12 = new Set([...Object.keys(ID_SLOTS12), ...Object.keys(CHAT_SLOTS12), 'MAILX', 'TELX', 'MOBX', 'WEBX', 'CHATX', 'CARDX', 'IPX', 'IBANX', 'MYNX', 'RRNX']);

/** The entity for one of this set's slots, null for a filler slot. */
export function blind12Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS12[slot]) return { type: 'MESSENGER_ID', surface: id12(r, lang, obfuscate, ID_SLOTS12[slot]) };
  if (CHAT_SLOTS12[slot]) return { type: 'URL', surface: url12(r, lang, obfuscate, CHAT_SLOTS12[slot]) };
  switch (slot) {
    case 'MAILX':
      return { type: 'EMAIL', surface: email12(r, lang, obfuscate) };
    case 'TELX':
      return { type: 'PHONE', surface: phone12(r, lang, obfuscate) };
    case 'MOBX':
      return { type: 'PHONE', surface: phone12(r, lang, obfuscate, true) };
    case 'WEBX':
      return { type: 'URL', surface: url12(r, lang, obfuscate, 'web') };
    case 'CHATX':
      return { type: 'URL', surface: url12(r, lang, obfuscate, 'chat') };
    case 'CARDX':
      return { type: 'CREDIT_CARD', surface: card12(r, lang, obfuscate) };
    case 'IPX':
      return { type: 'IP_ADDRESS', surface: ip12(r, lang, obfuscate) };
    case 'IBANX':
      return { type: 'IBAN', surface: iban12(r, obfuscate) };
    case 'MYNX':
      return { type: 'JP_MY_NUMBER', surface: myNumber12(r, lang, obfuscate) };
    case 'RRNX':
      return { type: 'KR_RRN', surface: rrn12(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers reached by an id, per platform, in each language and script: names, nicknames, abbreviations. */
const APPS12: Record<string, Record<Lang, string[]>> = {
  LINEV: { en: ['LINE', 'Line', 'line', 'LINE app'], ja: ['LINE', 'ライン', 'らいん', 'ﾗｲﾝ', 'ＬＩＮＥ', 'LINEのID'], ko: ['라인', 'LINE', '라인 ID'], ru: ['LINE', 'Лайн', 'лайн'], vi: ['Line', 'LINE', 'lai'] },
  TGV: { en: ['Telegram', 'TG', 'tele', 'telegram'], ja: ['テレグラム', 'テレグラ', 'Telegram', 'てれぐら'], ko: ['텔레그램', '텔레', '텔그', '텔레그렘'], ru: ['телеграм', 'телега', 'тг', 'Telegram', 'ТГ'], vi: ['Telegram', 'Tele', 'tele', 'tê lê', 'TG'] },
  SKV: { en: ['Skype', 'skype'], ja: ['スカイプ', 'Skype'], ko: ['스카이프', '스카입'], ru: ['скайп', 'Скайп'], vi: ['Skype', 'skype', 'Sky'] },
  DCV: { en: ['Discord', 'disc', 'discord', 'DC'], ja: ['ディスコ', 'ディスコード', 'Discord', 'でぃすこ'], ko: ['디코', '디스코드', 'Discord'], ru: ['дискорд', 'дс', 'Discord', 'дис'], vi: ['Discord', 'dis', 'DC', 'đít'] },
  WXV: { en: ['WeChat', 'Weixin', 'WX'], ja: ['WeChat', '微信', 'ウィーチャット'], ko: ['위챗', '웨이신', 'WeChat'], ru: ['вичат', 'WeChat', 'Вичат'], vi: ['WeChat', 'uy chat', 'Wechat'] },
  IGV: { en: ['Instagram', 'IG', 'insta', 'the gram'], ja: ['インスタ', 'Instagram', 'いんすた', 'インスタグラム'], ko: ['인스타', '인별', '인스타그램', 'IG'], ru: ['инста', 'инстаграм', 'инст', 'Instagram'], vi: ['Insta', 'IG', 'ins', 'insta'] },
  FBV: { en: ['Facebook', 'FB', 'Messenger'], ja: ['Facebook', 'フェイスブック', 'FB'], ko: ['페북', '페이스북', '페메'], ru: ['фейсбук', 'фб', 'Facebook'], vi: ['FB', 'face', 'phây', 'Facebook', 'mess'] },
  KKV: { en: ['KakaoTalk', 'Kakao', 'KKT'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk'], ko: ['카톡', '카카오톡', '카카오', 'ㅋㅌ'], ru: ['какао', 'КакаоТок', 'KakaoTalk'], vi: ['Kakao', 'KakaoTalk', 'ca cao'] },
  SGV: { en: ['Signal', 'signal'], ja: ['Signal', 'シグナル'], ko: ['시그널', 'Signal'], ru: ['сигнал', 'Signal', 'Сигнал'], vi: ['Signal', 'signal', 'Sigal'] },
};
const ANYID12 = Object.keys(APPS12);
/** Messengers reached by a phone number. */
const PAPPS12: Record<string, Record<Lang, string[]>> = {
  WAV: { en: ['WhatsApp', 'WA', 'whatsapp', 'Whatsapp', 'WhatsApp Business'], ja: ['WhatsApp', 'ワッツアップ', 'ワツアプ', 'WA'], ko: ['왓츠앱', '왓샙', 'WhatsApp', '왓츠'], ru: ['вотсап', 'ватсап', 'WhatsApp', 'вацап'], vi: ['WhatsApp', 'Whatsapp', 'oát sáp', 'WA'] },
  VBV: { en: ['Viber', 'viber'], ja: ['Viber', 'バイバー'], ko: ['바이버', 'Viber'], ru: ['вайбер', 'Viber', 'вибер'], vi: ['Viber', 'vai bơ', 'viber'] },
  ZLV: { en: ['Zalo', 'zalo'], ja: ['Zalo', 'ザロ'], ko: ['잘로', 'Zalo'], ru: ['Zalo', 'Зало'], vi: ['Zalo', 'zalo', 'Zalô', 'ZL', 'dalo', 'Za lô'] },
};
const ANYPAPP12 = ['WAV', 'VBV', 'ZLV'];
/** Russian prepositional (в ...е) and accusative (в ... писать) forms, by platform; in other languages the plain names. */
const RU_CASES12: Record<string, { base: string; ru: string[] }> = {
  TGPV: { base: 'TGV', ru: ['телеге', 'телеграме', 'тг', 'Телеграме', 'телеграмме', 'тележке'] },
  TGAV: { base: 'TGV', ru: ['телегу', 'телеграм', 'тг', 'Телеграм', 'тележку'] },
  IGPV: { base: 'IGV', ru: ['инсте', 'инстаграме', 'Инсте', 'инстаграмме'] },
  WAPV: { base: 'WAV', ru: ['вотсапе', 'ватсапе', 'вацапе', 'WhatsApp', 'вотсаппе'] },
  WAAV: { base: 'WAV', ru: ['вотсап', 'ватсап', 'вацап', 'WhatsApp'] },
  VBPV: { base: 'VBV', ru: ['вайбере', 'вибере', 'Viber', 'Вайбере'] },
};

/**
 * Where a bare run of digits in a message of each language could be read as a phone number: the
 * language's own country, and the US and the UK, whose numbers travel everywhere. (libphonenumber-js takes
 * nearly any run of nine or ten digits for a French, Polish or German national number, so no reference
 * number could pass a wider list, and no reader would take one for a phone in such a message.)
 */
const REGIONS12: Record<Lang, CountryCode[]> = { en: ['US', 'CA', 'GB', 'IE'], ja: ['JP', 'US', 'GB'], ko: ['KR', 'US', 'GB'], ru: ['RU', 'US', 'GB'], vi: ['VN', 'US', 'GB'] };

/** Whether a run of digits could be read as one of the entities: a phone number (see above), a card or a My Number. */
function entityLike12(lang: Lang, d: string): boolean {
  if (d.length >= 12 && d.length <= 19 && luhn(d)) return true;
  if (d.length === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) return true;
  return d.length >= 6 && d.length <= 15 && REGIONS12[lang].some((c) => parsePhoneNumberFromString(d, c)?.isValid());
}

/** Sixteen digits after `lead` that fail the Luhn check: no phone (too long) and no card. */
function long12(r: Rng, lead: string): string {
  const d = (lead + r.digits(16)).slice(0, 16);
  return luhn(d) ? d.slice(0, 15) + String((Number(d[15]) + 1) % 10) : d;
}

/** `n` digits after `lead` that are none of the entities; at most 60 draws, then sixteen digits. */
function safe12(r: Rng, lang: Lang, n: number, lead = ''): string {
  for (let tries = 0; tries < 60; tries++) {
    const d = lead + r.digits(Math.max(0, n - lead.length));
    if (!entityLike12(lang, d)) return d;
  }
  return long12(r, lead);
}

/** A number made by `make` (with its own check digit) whose digits are none of the entities; at most 60 draws, then `fallback`. */
function checked12(r: Rng, lang: Lang, make: (r: Rng) => string | null, fallback: string): string {
  for (let tries = 0; tries < 60; tries++) {
    const d = make(r);
    if (d && !entityLike12(lang, d.replace(/\D/g, ''))) return d;
  }
  return fallback;
}

function money12(r: Rng, lang: Lang): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  return r.pick({
    en: [`£${n(12, 95)}`, `£${n(1, 9)},${n(100, 999)}`, `$${n(20, 400)}.${r.pick(['00', '50', '99'])}`, `€${n(15, 90)}`, `${n(20, 80)} quid`],
    ja: [`${n(1, 9)},${r.pick(['280', '500', '800', '000'])}円`, `¥${n(10, 98)},${r.pick(['000', '800'])}`, `${n(2, 9)}万円`, `${n(3, 9)}千円`],
    ko: [`${n(10, 99)},${r.pick(['000', '500'])}원`, `${n(3, 80)}만원`, `₩${n(100, 990)},000`, `${n(2, 9)}천원`],
    ru: [`${n(300, 4900)} ₽`, `${n(1, 19)} ${r.pick(['000', '500', '900'])} руб.`, `${n(2, 30)}к`, `${n(20, 99)} ${r.pick(['000', '500'])} ₽`],
    vi: [`${n(30, 900)}k`, `${n(1, 9)}.${r.pick(['200', '500', '750'])}.000đ`, `${n(2, 9)} triệu`, `${n(100, 950)}.000 VNĐ`, `${n(7, 9)}.${n(100, 990)}.000đ`],
  }[lang]);
}

const MONTHS12: Record<'en' | 'ru', string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/** A VIN with its check digit (the ninth character). */
const VINVAL12: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
function vin12(r: Rng): string {
  const alphabet = [...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'];
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const chars = [...r.pick(['JTD', 'KMH', 'XTA', 'WVW', 'SAL', 'RLU', 'KNA', 'JHM']), ...[...Array(14)].map(() => r.pick(alphabet))];
  chars[9] = r.pick([...'ABCDEFGHJKLMNPRSTVWXY']);
  const sum = chars.reduce((a, c, i) => a + (/[0-9]/.test(c) ? Number(c) : VINVAL12[c]) * weights[i], 0);
  chars[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return chars.join('');
}

/** An EAN-13 barcode (the country prefix of the language) with its check digit, no card by Luhn and no phone number. */
function ean12(r: Rng, lang: Lang): string {
  const prefix = { en: r.pick(['50', '978']), ja: r.pick(['49', '45', '978']), ko: r.pick(['880', '979']), ru: r.pick(['460', '462', '978']), vi: r.pick(['893', '978']) }[lang];
  return checked12(r, lang, (r) => {
      const body = prefix + r.digits(12 - prefix.length);
      const sum = [...body].reduce((a, c, i) => a + (c.charCodeAt(0) - 48) * (i % 2 ? 3 : 1), 0);
      return body + String((10 - (sum % 10)) % 10);
    },
    '4908765432103',
  );
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind12Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS12[slot]) return r.pick(APPS12[slot][lang]);
  if (PAPPS12[slot]) return r.pick(PAPPS12[slot][lang]);
  if (RU_CASES12[slot]) {
    const c = RU_CASES12[slot];
    return lang === 'ru' ? r.pick(c.ru) : r.pick((APPS12[c.base] ?? PAPPS12[c.base])[lang]);
  }
  switch (slot) {
    case 'ANYV':
      return r.pick(APPS12[r.pick(ANYID12)][lang]);
    case 'PAPPV':
      return r.pick(PAPPS12[r.pick(ANYPAPP12)][lang]);
    case 'CASHV':
      return money12(r, lang);
    case 'NUMV':
      return String(n(2, 60));
    case 'CARV':
      return String(n(1, 16));
    case 'WINV': {
      const lose = n(0, 3);
      return `${lose + n(1, 3)}${r.pick(['-', ':'])}${lose}`;
    }
    case 'PARKV':
      return r.pick({ en: [`£${n(6, 25)}`, `£${n(3, 9)}.50`], ja: [`${n(5, 30)}00円`, `${n(1, 3)},${r.pick(['000', '200', '500'])}円`], ko: [`${n(5, 30)},000원`, `${n(1, 3)}만원`], ru: [`${n(3, 15)}00 ₽`, `${n(2, 9)}00 руб.`], vi: [`${n(2, 10)}0.000đ`, `${n(20, 80)}k`] }[lang]);
    case 'DECV':
      return `${n(42, 95)}.${n(0, 9)}`;
    case 'BIGV':
      return r.pick([`${n(300, 480)},000`, `${n(300, 480)}k`, `around ${n(3, 4)}${n(0, 9)}0 thousand`]);
    case 'DAYV': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({
        en: [`${d} ${MONTHS12.en[m - 1]}`, `${MONTHS12.en[m - 1]} ${d}`, `${p12(d)}/${p12(m)}`, `Friday the ${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`],
        ja: [`${m}月${d}日`, `${m}/${d}（${r.pick(['月', '火', '水', '木', '金', '土', '日'])}）`],
        ko: [`${m}월 ${d}일`, `${m}/${d}(${r.pick(['월', '화', '수', '목', '금', '토', '일'])})`],
        ru: [`${d} ${MONTHS12.ru[m - 1]}`, `${p12(d)}.${p12(m)}`],
        vi: [`${d}/${m}`, `ngày ${d} tháng ${m}`, `thứ ${n(2, 7)} ${d}/${m}`],
      }[lang]);
    }
    case 'HOURV':
      return r.pick({
        en: [`${n(6, 11)}:${r.pick(['00', '15', '30', '45'])}am`, `${n(13, 21)}:${r.pick(['00', '30', '45'])}`, `${n(1, 9)}pm`],
        ja: [`${n(7, 11)}時半`, `${n(13, 21)}:${r.pick(['00', '30'])}`, `午後${n(1, 8)}時`],
        ko: [`오후 ${n(1, 8)}시`, `${n(13, 21)}:${r.pick(['00', '30'])}`, `아침 ${n(6, 9)}시`],
        ru: [`${n(7, 21)}:${r.pick(['00', '15', '30', '45'])}`],
        vi: [`${n(6, 21)}h${r.pick(['', '15', '30'])}`, `${n(13, 21)}:${r.pick(['00', '30'])}`, `${n(6, 10)} giờ sáng`],
      }[lang]);
    case 'TRANGEV':
      return r.pick({
        en: [`${n(8, 12)}:00–${n(13, 18)}:00`, `${n(9, 11)}am and ${n(1, 6)}pm`],
        ja: [`${n(8, 12)}時〜${n(13, 20)}時`, `午前中`],
        ko: [`오후 ${n(1, 3)}시~${n(4, 8)}시`, `오전 중`],
        ru: [`с ${n(9, 12)}:00 до ${n(14, 21)}:00`],
        vi: [`${n(8, 11)}h-${n(13, 18)}h`, `buổi chiều`],
      }[lang]);
    case 'YRANGEV': {
      const a = n(2012, 2018);
      return `${a}${r.pick(['–', '-', lang === 'ja' ? '〜' : '-'])}${a + n(1, 3)}`;
    }
    case 'DURV':
      return r.pick([`${n(1, 3)}h ${n(5, 55)}m`, `${n(20, 90)} min`, `about ${n(2, 4)} hours`]);
    case 'GATEV':
      return r.pick([`${r.pick(['A', 'B', 'C', 'D'])}${n(1, 48)}`, String(n(1, 60))]);
    case 'BIBV':
      return r.pick([String(n(100, 29999)), `${r.pick(['A', 'B', 'F', 'M'])}${n(100, 9999)}`]);
    case 'LAPV':
      return r.pick([`${n(2, 5)}:${p12(n(0, 59))}:${p12(n(0, 59))}`, `${n(1, 2)}:${p12(n(0, 59))}:${p12(n(0, 59))}`, `${n(19, 35)}:${p12(n(0, 59))}`]);
    case 'PNRV': {
      const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
      return [...Array(6)].map((_, i) => (i === 0 || i === 3 || r.chance(0.6) ? r.pick([...letters]) : String(n(2, 9)))).join('');
    }
    case 'FLIGHTV':
      return r.pick({
        en: ['BA 287', 'EI 154', 'FR 1884', 'U2 8123', 'LS 905', 'VS 3'],
        ja: ['JL 43', 'NH 6', 'MM 512', 'JL915', 'BC 7'],
        ko: ['KE 703', 'OZ 102', '7C 1101', 'LJ 203', 'TW 211'],
        ru: ['SU 1402', 'S7 2051', 'DP 405', 'U6 264', 'FV 6011'],
        vi: ['VN 254', 'VJ 131', 'QH 1043', 'VN7220', 'VU 750'],
      }[lang]);
    case 'SEATV':
      return `${n(1, 45)}${r.pick(['A', 'C', 'D', 'F', 'K'])}`;
    case 'STANDV':
      return r.pick({
        en: [`Block ${n(101, 130)}, Row ${r.pick(['F', 'K', 'P'])}, Seat ${n(1, 40)}`, `standing, queue no. ${n(1, 900)}`],
        ja: [`アリーナA${n(1, 12)}ブロック${n(1, 30)}列${n(1, 40)}番`, `スタンド${n(1, 9)}階${n(1, 40)}列`],
        ko: [`플로어 ${r.pick(['가', '나', '다'])}구역 ${n(1, 30)}열 ${n(1, 40)}번`, `${n(1, 3)}층 ${n(1, 30)}구역`],
        ru: [`ряд ${n(1, 25)}, место ${n(1, 40)}`, `сектор ${r.pick(['A', 'B', 'C'])}, ряд ${n(1, 25)}`],
        vi: [`khu ${r.pick(['A', 'B', 'C'])} hàng ${n(1, 25)} ghế ${n(1, 40)}`, `ghế ${r.pick(['A', 'B', 'C'])}${n(1, 40)}`],
      }[lang]);
    case 'DOIV':
      return r.pick([`10.1016/j.cognition.${n(2019, 2026)}.${n(100000, 106999)}`, `10.1038/s41586-0${n(19, 26)}-0${n(1000, 9999)}-${n(0, 9)}`, `10.3389/fpsyg.${n(2019, 2026)}.${n(1000000, 1399999)}`, `10.1017/S0142716${n(400000, 499999)}`]);
    case 'ARXIVV':
      return `${p12(n(19, 26))}${p12(n(1, 12))}.${n(10000, 19999)}${r.pick(['', 'v2', 'v3'])}`;
    case 'VINV':
      return vin12(r);
    case 'JANV':
      return ean12(r, lang);
    case 'NPMV':
      return r.pick(['react@18.3.1', 'typescript@5.6.3', 'vite@5.4.10', 'eslint@9.14.0', '@types/node@22.9.0', 'next@15.0.3', 'lodash@4.17.21', 'axios@1.7.7', '@angular/core@18.2.11', 'pnpm@9.12.3', 'webpack@5.96.1']);
    case 'JAVAV':
      return r.pick(['@Override', '@Autowired', '@Test', '@Component', '@SuppressWarnings("unchecked")', '@FunctionalInterface', '@Deprecated']);
    case 'CSSV':
      return r.pick(['@media (max-width: 600px)', '@keyframes fadeIn', '@font-face', '@supports (display: grid)', '@container sidebar (min-width: 400px)']);
    case 'SCREENV':
      return r.pick(['1920×1080', '2560x1440', '390 x 844', '1080p', '750×1334', '1170x2532']);
    case 'CAMV':
      return r.pick(['48MP', '12MP', '50MP', '4K 60fps', '108MP', '12MP + 12MP']);
    case 'GPSV': {
      const [lat, lon] = { en: [51, -2], ja: [35, 139], ko: [37, 127], ru: [55, 37], vi: [10, 106] }[lang];
      return r.pick([
        `${lat}.${n(1000, 9999)}, ${lon}.${n(1000, 9999)}`,
        `${lat}.${n(100000, 999999)},${lon}.${n(100000, 999999)}`,
        `${Math.abs(lat)}°${n(10, 59)}′${n(10, 59)}″N ${Math.abs(lon)}°${n(10, 59)}′${n(10, 59)}″${lon < 0 ? 'W' : 'E'}`,
      ]);
    }
    case 'CORPV':
      switch (lang) {
        case 'ja':
          // 法人番号: a check digit in front of twelve digits
          return checked12(r, lang, (r) => {
            const base = r.digits(12);
            let s = 0;
            for (let i = 1; i <= 12; i++) s += (base.charCodeAt(12 - i) - 48) * (i % 2 ? 1 : 2);
            return String(9 - (s % 9)) + base;
          }, '7010001008844');
        case 'ko': {
          // 법인등록번호: registry office prefixes whose "month" is no month, so no resident number either
          return checked12(r, lang, (r) => `${r.pick(['134811', '284411', '175611', '194211', '204711'])}-${r.pick(['0', '1'])}${r.digits(6)}`, '134811-0035412');
        }
        case 'ru':
          // ИНН of an organisation: ten digits, the last a check digit
          return checked12(r, lang, (r) => {
            const base = r.pick(['77', '78', '50', '54', '66', '16']) + r.digits(7);
            const k = [2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((a, w, i) => a + w * (base.charCodeAt(i) - 48), 0);
            return base + String((k % 11) % 10);
          }, '6621032430');
        case 'vi':
          // mã số thuế: ten digits, the last a check digit (draws whose check would be 10 are dropped)
          return checked12(r, lang, (r) => {
            const base = r.pick(['01', '03', '02', '04']) + r.digits(7);
            const s = [31, 29, 23, 19, 17, 13, 7, 5, 3].reduce((a, w, i) => a + w * (base.charCodeAt(i) - 48), 0);
            const c = 10 - (s % 11);
            return c >= 0 && c <= 9 ? base + c : null;
          }, '0100109106');
        default:
          // a UK company number (eight digits, or two letters and six) or a US employer number
          return r.pick([
            () => checked12(r, lang, (r) => `0${r.int(1, 9)}${r.digits(6)}`, 'SC612745'),
            () => `${r.pick(['SC', 'NI', 'OC'])}${r.digits(6)}`,
            () => checked12(r, lang, (r) => `${r.int(10, 98)}-${r.digits(7)}`, '84-1793420'),
          ])();
      }
    case 'OGRNV':
      return checked12(r, lang, (r) => {
        const base = '1' + r.pick(['02', '03', '05', '07', '11', '12']) + r.pick(['77', '78', '54', '66']) + r.digits(7);
        return base + String(Number(BigInt(base) % 11n) % 10);
      }, '1027700132195');
    case 'ACCTV':
      switch (lang) {
        case 'ko': {
          // Shinhan, KB and Woori shapes; the digits together are no phone, card or My Number either
          const shape = r.int(0, 2);
          return checked12(r, lang, (r) => (shape === 0 ? `110-${r.digits(3)}-${r.digits(6)}` : shape === 1 ? `${r.digits(6)}-${n(10, 99)}-${r.digits(6)}` : `1002-${r.digits(3)}-${r.digits(6)}`), '1002-731-5524903');
        }
        case 'ru':
          return `40702810${safe12(r, lang, 12)}`;
        case 'vi':
          return r.pick([safe12(r, lang, 13, '0071'), safe12(r, lang, 14, '1903'), safe12(r, lang, 12, '1')]);
        default:
          return safe12(r, lang, 8);
      }
    case 'EMERGV':
      return r.pick({ en: ['999', '112', '911', '111 (non-emergency)'], ja: ['110番', '119番', '#7119'], ko: ['112', '119', '112나 119'], ru: ['112', '103', '101'], vi: ['113', '114', '115'] }[lang]);
    case 'PLACEV':
      return r.pick({
        en: ['07XXX XXXXXX', '(XXX) XXX-XXXX', '+44 7### ######'],
        ja: ['090-XXXX-XXXX', '03-XXXX-XXXX', '０９０－××××－××××'],
        ko: ['010-XXXX-XXXX', '010-0000-XXXX', '02-XXX-XXXX'],
        ru: ['+7 (XXX) XXX-XX-XX', '8 (9__) ___-__-__', '+7 (___) ___-__-__'],
        vi: ['09xx xxx xxx', '0xxx.xxx.xxx', '+84 xx xxx xxxx'],
      }[lang]);
    case 'MASKV': {
      const last = String(n(10, 99));
      return r.pick({
        en: [`07*** ***${n(100, 999)}`, `(***) ***-**${last}`, `+44 7••• •••${n(100, 999)}`],
        ja: [`090-****-**${last}`, `080-××××-${n(1000, 9999)}`],
        ko: [`010-****-${n(1000, 9999)}`, `010-${n(2000, 9999)}-****`],
        ru: [`+7 9** ***-**-${last}`, `8 (9**) ***-${last}-**`],
        vi: [`09** *** ${n(100, 999)}`, `0${n(30, 99)}x xxx ${n(100, 999)}`],
      }[lang]);
    }
    case 'BANDV':
      return r.pick(['6.0', '6.5', '7.0', '7.5', '8.0', '5.5']);
    case 'JLPTV':
      return `N${n(1, 3)} 合格（${n(100, 180)}/180）`;
    case 'TOPIKV':
      return `TOPIK II ${n(3, 6)}급 (${n(120, 290)}점)`;
    case 'SHOEV':
      return r.pick({ en: ['UK 4', 'EU 38', 'US 7.5', "12 (kids')"], ja: ['23.5cm', '24cm', '27.0cm', '21cm'], ko: ['240', '255', '270', '220'], ru: ['38', '41', '44', '35'], vi: ['38', '40', '42', '35'] }[lang]);
    case 'SIZEV':
      return r.pick({ en: ['M', 'UK 12', 'XL'], ja: ['M', 'L', 'LL', '9号'], ko: ['M', 'XL', 'free', '95'], ru: ['S', 'M', '48', '50-52'], vi: ['M', 'L', 'XL', 'size 2'] }[lang]);
    case 'EGEV': {
      const b = n(62, 100);
      const last = b % 10;
      return `${b} ${b % 100 >= 11 && b % 100 <= 14 ? 'баллов' : last === 1 ? 'балл' : last >= 2 && last <= 4 ? 'балла' : 'баллов'}`;
    }
    case 'DOSEV':
      return r.pick({ en: ['400mg ibuprofen', 'two paracetamol', '500 mg twice a day'], ja: ['ロキソニン1錠', 'カロナール500mg', '解熱剤を2錠'], ko: ['타이레놀 500mg 한 알', '해열제 두 알'], ru: ['две таблетки нурофена', 'парацетамол 500 мг', 'терафлю'], vi: ['1 viên 500mg', '2 viên hạ sốt', 'panadol'] }[lang]);
    case 'FEVERV':
      return r.pick({ en: ['38.2°C', '38.9', '101.3°F'], ja: ['38.5℃', '37.8度', '38度2分'], ko: ['38.4도', '39도', '37.9℃'], ru: ['38,6', '37,9 °C', 'под 39'], vi: ['38 độ 5', '39°C', '38,2 độ'] }[lang]);
    case 'COLDV':
      return r.pick({ en: ['-6°C', 'minus 4', '21°F'], ja: ['-12℃', '氷点下15度', 'マイナス8度'], ko: ['영하 15도', '-12°C', '영하 9도'], ru: ['−41 °C', 'минус 38', '-45'], vi: ['5 độ', '3°C', '1 độ'] }[lang]);
    case 'REFV':
      return r.pick([safe12(r, lang, n(9, 14)), `${r.pick(['A', 'W', 'R', 'SO'])}${safe12(r, lang, n(7, 10))}`, parts(safe12(r, lang, 12), [4, 4]).join('-')]);
    case 'INVV':
      return r.pick([`INV-2026-${String(n(1, 9999)).padStart(4, '0')}`, `2026/${n(100, 1999)}`, `${n(10, 999)}-${n(1, 12)}`]);
    case 'TRACKV':
      return r.pick([`1Z${key12(r, 6).toUpperCase()}${safe12(r, lang, 10)}`, `RB${safe12(r, lang, 9)}${r.pick(['RU', 'JP', 'KR', 'VN', 'GB'])}`, `EB${safe12(r, lang, 9)}CN`, safe12(r, lang, 14)]);
    case 'CASV':
      return r.pick(['64-17-5', '7647-14-5', '50-00-0', '67-64-1', '7664-93-9', '58-08-2', '50-99-7', '124-38-9', '7732-18-5']);
    case 'PHMODV':
      return r.pick(['iPhone 13 mini', 'Galaxy A54', 'Pixel 8a', 'Xperia 10 V', 'Redmi Note 13', 'AQUOS sense8', 'Galaxy Z Flip5', 'iPhone SE (3rd gen)', 'iPhone 15 Pro Max 256GB']);
    case 'ROOMV':
      return r.pick([String(n(101, 1299)), `B-${n(101, 420)}`, `${n(2, 9)}F-${n(10, 40)}`, `${n(1, 4)}${r.pick(['A', 'B'])}${n(10, 30)}`]);
    case 'VERSV':
      return r.pick([`iOS ${n(17, 18)}.${n(0, 6)}.${n(1, 3)}`, `Android ${n(13, 15)}`, `v${n(2, 9)}.${n(0, 20)}.${n(0, 9)}-rc.${n(1, 4)}`, `build ${n(21, 24)}${r.pick(['A', 'B', 'C', 'E'])}${n(10, 99)}`, `${n(3, 12)}.${n(0, 30)}.${n(0, 9)}`]);
    case 'MATCHV':
      return r.pick([`${n(0, 4)}-${n(0, 4)}`, `${n(0, 4)}:${n(0, 4)}`]);
    case 'TICKV':
      return r.pick(['NVDA −4.2%', '7203.T +1.1%', '005930.KS −2.3%', 'SBER −1.8%', 'VNM +0.6%', 'FPT +2.4%', 'TSLA +5.1%', 'VTI flat']);
    case 'TRAINV':
      return r.pick({
        en: ['the 10:42 Avanti', `the ${n(6, 9)}:${p12(n(0, 59))} LNER`, `service ${n(1000, 9999)}`],
        ja: [`のぞみ${n(1, 399)}号`, `はやぶさ${n(1, 99)}号`, `ひかり${n(500, 699)}号`],
        ko: [`KTX ${n(1, 299)}`, `SRT ${n(301, 399)}`, `ITX-새마을 ${n(1001, 1099)}`],
        ru: [`Сапсан № ${n(751, 799)}А`, `Ласточка № ${n(701, 749)}`, `поезд № ${n(1, 199)}${r.pick(['А', 'М', 'Ч'])}`],
        vi: [`SE${n(1, 22)}`, `TN${n(1, 12)}`, `SPT${n(1, 4)}`],
      }[lang]);
    case 'POSTV':
      return {
        en: `${r.pick(['CF', 'LS', 'M', 'EH', 'BS', 'L'])}${n(1, 24)} ${n(1, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`,
        ja: `${n(100, 999)}-${String(n(0, 9999)).padStart(4, '0')}`,
        ko: String(n(10000, 63999)).padStart(5, '0'),
        ru: `${n(101, 690)}${String(n(0, 999)).padStart(3, '0')}`,
        vi: `${n(10, 99)}0000`,
      }[lang];
    case 'STOPV':
      return {
        en: safe12(r, lang, 5, '4'),
        ja: String(n(1, 14)),
        ko: String(n(1000, 25999)).padStart(5, '0'),
        ru: String(n(1, 40)),
        vi: r.pick(['Bến Thành', 'chợ Bà Chiểu', 'ĐH Bách Khoa', 'công viên Lê Thị Riêng']),
      }[lang];
    default:
      return null;
  }
}

// ---- checks ------------------------------------------------------------------------------------

// Every positive template must hold an entity (a disguised line could not be drawn from one without), and
// every slot must be one of this set's: fail loudly here rather than loop or throw deep in the build.
{
  const slotRe = /\{([A-Z]+@?)\}/g;
  const probe: Rng = { next: () => 0.5, int: (lo) => lo, pick: (xs) => xs[0], chance: () => false, digits: (k) => '1'.repeat(k) };
  for (const lang of Object.keys(BLIND12_POSITIVE) as Lang[]) {
    for (const [kind, list] of [['positive', BLIND12_POSITIVE[lang]], ['negative', BLIND12_NEGATIVE[lang]]] as const) {
      if (list.length < 45) throw new Error(`blind12: only ${list.length} ${kind} templates for ${lang}`);
      for (const t of list) {
        const slots = [...t.matchAll(slotRe)].map((m) => m[1]);
        const entities = slots.filter((s) => ENTITY_SLOTS12.has(s));
        if (kind === 'positive' && entities.length === 0) throw new Error(`blind12: positive template without an entity: ${t}`);
        if (kind === 'negative' && entities.length > 0) throw new Error(`blind12: negative template with an entity: ${t}`);
        for (const s of slots) if (!ENTITY_SLOTS12.has(s) && blind12Filler(probe, lang, s) == null) throw new Error(`blind12: unknown slot ${s}`);
      }
    }
  }
}
