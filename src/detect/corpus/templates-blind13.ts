/**
 * Thirteenth blind held-out set: templates and generators written on 3 December 2026 by someone who had
 * not read the detector's rules, nor its tests, its evaluation or its documentation; only the
 * specification of what it must find and this corpus folder (the generators and templates, to learn the
 * span conventions). Lines built from these carried `split: "heldout"`, replacing the twelfth blind set
 * of 3 December (templates-blind12.ts), until the fourteenth blind set of 3 December 2026
 * (templates-blind14.ts) replaced them; development lines since.
 *
 * What the set covers. New situations for the same tutoring marketplace in the five languages, each with
 * some of its own besides shared ones: star parties and astronomy clubs, pottery and latte-art classes,
 * wine tastings, dog groomers, tailors and alterations, knife sharpeners, court and sign-language
 * interpreters, notaries and apostilles, immigration lawyers, estate agents and flat viewings, building
 * management night lines, boilers, air conditioners and their cleaners, gardeners and tree surgeons,
 * chimney sweeps, snow cleared off roofs, water and gas-cylinder deliveries, car hire at airports, phones
 * left in taxis and Grab cars with a number on the lock screen, housewarmings, baby showers,
 * first-birthday photographers (돌잔치, thôi nôi), eyelash salons booked through DMs, drone photographers,
 * co-working day passes, esports and Minecraft servers for a robotics club, bowling leagues, knitting
 * circles moving to Telegram, idol photocard and anime-goods trades (【譲】【求】, 포카, card bo góc), working
 * holidays and moves abroad with a local SIM (Australia, Taiwan, the Philippines, Singapore, Georgia,
 * Kazakhstan), relatives working abroad (xuất khẩu lao động, postings), foraging trips, ceilidhs,
 * cross-country race packs, beach cleans, mochi-pounding (餅つき), kimjang (김장), Maslenitsa and Tết fairs,
 * part-time job adverts (【応募方法】), class-reunion chats, Discord accounts hacked and replaced, choir tour
 * funds, rent and dormitory fees paid to a foreign IBAN, logo deposits and refunds taken by card,
 * staff-room printers, suppliers on WeChat, transfers by phone number (СБП, MoMo) and the Max messenger;
 * and message shapes the older sets did not use: iCalendar events with ORGANIZER mailto lines, git
 * Co-authored-by trailers, package.json author fields, ssh config blocks, curl commands, XML contact
 * records, tab-separated rows pasted from a spreadsheet, tel: links, Google, Kakao, Naver and Yandex map
 * cards with ratings, Korean [Web발신] SMS forwards, contacts forwarded from Telegram and Zalo business
 * cards, race info packs in capitals, TEL/FAX/opening-hours footers, bios listing Instagram, Threads and
 * Snapchat, typo-ridden, slangy and polite messages, romanised Japanese and Korean, Russian in Latin
 * letters, Vietnamese without diacritics, entities at the start, middle and end, in the brackets of each
 * script and next to emoji. Messenger ids are about a quarter of the entities, named in all five languages
 * and scripts by fillers of their own per platform (LINE, KakaoTalk, Telegram, Discord, Skype, WeChat,
 * Instagram, Facebook, Signal and Snapchat, with nicknames, abbreviations, slang such as 깨톡, typos and
 * transliterations, Russian ones in the accusative and prepositional cases), with ids in each platform's
 * style; numbers given for WhatsApp, Viber, Zalo, MoMo, Max or a transfer are labelled as phones. All
 * entities come from the writers below (`blind13Entity`), none from the older sets: phone numbers of Japan
 * (mobiles, Kanazawa, Niigata, Matsuyama, Kagoshima, Shizuoka and Okayama landlines), Korea (mobiles,
 * Gangwon, South Chungcheong, North and South Gyeongsang, South Jeolla and Sejong landlines), Vietnam
 * (mobiles, Quảng Ninh, Nghệ An, Bình Dương, Đồng Nai, Bà Rịa–Vũng Tàu, Thanh Hóa and Quảng Nam
 * landlines), Russia (mobiles, Nizhny Novgorod, Irkutsk, Perm, Rostov, Ufa, Voronezh and Khabarovsk
 * landlines), the US, Canada, the UK (mobiles, Newcastle, Nottingham, Oxford, Cambridge, Aberdeen,
 * Brighton and Norwich landlines) and countries the older sets left out (Australia, New Zealand,
 * Singapore, Hong Kong, India, South Africa, Taiwan, Thailand, the Philippines, China, Kazakhstan,
 * Georgia, Serbia, Turkey, Armenia, Uzbekistan, Belarus, Israel) besides Ireland, kept only when
 * libphonenumber-js says the number is valid for its country and its written form reads back as the same
 * number; links to event, booking, shop, form, crowdfunding, map, blog and link-in-bio sites, bare domains
 * of generic, country, city and internationalised top-level domains; messenger links and invites (t.me
 * with its + invites and post links, telegram.me, wa.me with a text, api.whatsapp.com, chat.whatsapp.com,
 * line.me, lin.ee, open.kakao.com, pf.kakao.com, qr.kakao.com, zalo.me, discord.gg, discord.com/invite,
 * m.me, fb.me, Facebook groups, ig.me, instagram.com, signal.me, signal.group, snapchat.com/add,
 * u.wechat.com); cards of Visa, Mastercard (both ranges), Amex, JCB, Mir, Discover, Diners and UnionPay
 * (Luhn); IPv4 (public and private) and IPv6 (global, link-local, unique-local) addresses; IBANs of twenty
 * countries, Georgia, Kazakhstan, Turkey, Serbia and the Emirates among them (mod 97); My Numbers and
 * resident registration numbers with their check digits, the latter always with a context word. Disguises
 * stay within the specification: full-width forms (whole, or the digits, letters or marks only, every
 * third character, alternate groups, full-width at and dots), mathematical alphanumeric letters and digits
 * as fancy-font generators paste them (NFKC forms), Cyrillic, Greek and Armenian look-alikes, zero-width
 * characters, digits apart by spaces, dots, dashes, slashes, bars, bullets or dash words (ハイフン, の, 다시, ㅡ,
 * тире, дефис, gạch ngang), digits spelled one by one in each language (kanji, hiragana and katakana
 * readings with ぜろ, れい and まる, 공 and 영, ноль and нуль, Russian in Latin letters, Vietnamese with and
 * without diacritics, English with oh and nought, English words inside the other languages now and then),
 * wholly, after a written first group, group by group in turns, digit by digit mixed with written digits,
 * and international numbers read out with the plus as a word; at and dot written out in each language
 * inside brackets and slashes of each script (＠マーク, ［アット］, [골뱅이], [собака], [a còng], /at/ ...), the dots
 * of the name written out too, top-level domains said aloud, domains and hosts in capitals with dot words,
 * bracketed and full-width dots, defanged schemes, and e-mails and links split by spaces. Hard negatives
 * (`blind13Filler`, and the language's own traps written into the templates): IMEIs and SIM ICCIDs
 * (Luhn-valid, yet no card), USSD codes (*#06#, *100#, *101#), transport-card and student numbers, ORCID
 * iDs, ISSNs, corporate invoice numbers (T and the 法人番号), Korean business registration numbers, Russian
 * БИК, КПП and ИНН, SWIFT codes, radio callsigns, what3words addresses, image files named name@2x.png,
 * FIDE ids and ratings, serial, model, lot and patent numbers, court case numbers, subtitle timecodes,
 * Wi-Fi QR payloads, support tickets, order and parcel numbers, booking codes, swim times, bowling,
 * badminton and match scores, batting averages, exam results (JLPT, TOEIC, IELTS, ЕГЭ, THPT), kiln and
 * weather temperatures, broadband speeds, versions, distances, floor areas (㎡, 평), blood sugar and
 * pressure, addresses with flat, 동/호, hẻm and ngõ numbers, licence plates, train, carriage and coach
 * seats, concert blocks, lunar and era dates, Python and Kotlin decorators, Excel formulas, @ for a place
 * or for the places left (忘年会@渋谷, 残り@2名, Cafe @ Quận 3), Mr.Children, B'z, g.o.d and .NET, knitting
 * patterns, counting aloud and idioms with digit words, the at and dot words in their everyday senses
 * (chấm muối, a dog called Точка), messengers named with no id, and messages the platform deleted for
 * holding a number (all digits checked to be no phone number of the message's own country, the US or the
 * UK, and no My Number; only the IMEIs and ICCIDs pass the Luhn check, under no card network's prefix).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, parts, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in B: MAILB, TELB (any phone), MOBB (a mobile given for WhatsApp, Viber or Zalo), ABRB
// (a mobile of a country abroad: a working holiday, a move, a posting), OWNB (a mobile of the language's
// own country: a transfer by phone number, Max), AUB, SINB, TWB, PHB, GEB, KZB (a mobile of Australia,
// Singapore, Taiwan, the Philippines, Georgia, Kazakhstan), WEBB, CHATB (any messenger link or invite),
// TGLB, WALB, KKLB, ZLLB, FBLB (links of Telegram, WhatsApp, KakaoTalk, Zalo, Facebook), IDB (an id for
// any messenger), LNB, KKB, TGB, SKB, DCB, WXB, IGB, FBB, SGB, SCB (ids in the style of LINE, KakaoTalk,
// Telegram, Skype, Discord, WeChat, Instagram, Facebook, Signal, Snapchat), CARDB, IPB, IBANB, MYNB, RRNB.
// Every other slot is a filler of this set, ending in F: LINEF, TGF, DCF, FBF and ANYF name a messenger
// reached by an id, TGAF, DCPF and ANYPF their Russian accusative and prepositional forms; the rest are
// hard-negative fillers. Only the first 40 negative templates and the first 20 positive ones (for the
// plain lines) of each language are used in order; the disguised lines draw from all the positive ones.

// ---- English ------------------------------------------------------------------------------------

const EN13_POS: string[] = [
  "Star party on Saturday if the sky stays clear 🔭 booking form's at {WEBB}, and if the car park gate is shut ring Niamh on {TELB}",
  "BEGIN:VEVENT\nSUMMARY:Pottery taster (wheel throwing)\nORGANIZER;CN=Odette Ferreira:mailto:{MAILB}\nLOCATION:Canal Wharf studios\nEND:VEVENT\n^ that's what the invite looks like in my calendar, is it broken?",
  "Co-authored-by: Idris Okafor <{MAILB}>\nis that the right trailer for the group project commit or does GitHub want something else",
  "the dog groomer only takes bookings by text 🐩 {TELB} — say it's a cockapoo or she gives you the short slot",
  "Snap me 👻 {SCB} — I barely open this app tbh",
  "Working holiday update 🇦🇺 new Aussie SIM: {AUB}. WhatsApp's on the same number now",
  "Host lab\n  HostName {IPB}\n  User tutor\n(ssh config for the lab box, don't paste it anywhere public pls)",
  "my esports team needs a sub for Sunday's qualifier 🎮 add me on {DCF}: {DCB}",
  "My Number for the Japanese tax refund (old job in Osaka): {MYNB}. Do they want it with spaces?",
  "Notary for the apostille is Ms Brennan — scans first to {MAILB}, originals by post after",
  "Google Maps card for the tailor who fixed my hem 👗\nMargot's Alterations\n★ 4.8 (212)\n{TELB}\n{WEBB}",
  "{KKB} is my host mum's KakaoTalk — she's learning English and wants to practise with you 😊",
  "\"author\": \"Freya McBride <{MAILB}> ({WEBB})\" — copied out of my package.json, is that format right?",
  "the boiler's packed up again 🥶 the engineer said he'd call from {TELB}, can you pick up if I'm mid-lesson?",
  "Lash tech only books through insta DMs 👁️ {IGB}",
  "Choir tour fund — please send it to {IBANB} (reference: your kid's name), not the old PayPal",
  "Name\tEmail\tPhone\nRavi Sandoval\t{MAILB}\t{TELB}\n(TSV from the sign-up sheet, the columns got squashed)",
  "Bowling league night 🎳 our captain's on Signal as {SGB}, she posts the lane numbers there",
  "Found a phone in the taxi 🚕 lock screen says 'if found please call {TELB}', should I?",
  "Client wants me to take the logo deposit off this card: {CARDB} — is it even ok to keep that in chat??",
  "Latte art course runs Mondays ☕ book through {WEBB} or ring Callum at the café on {TELB}",
  "curl -X POST -d 'email={MAILB}&lang=ko' to the signup endpoint — do I need to URL-encode the @ or not?",
  "Estate agent for the flat viewing: {TELB}. He's expecting a call before noon",
  "My cousin's in Singapore now, {SINB} on WhatsApp, message her about the nanny job",
  "Tree surgeon who took the dead oak down: Kwame, {TELB}. Fair quote, no mess left 🌳",
  "Chimney sweep's coming Thursday — his WhatsApp is {MOBB}, text him the gate code",
  "Robotics fair judging form → {WEBB}. Scores in by 5, ping me on {TGF} ({TGB}) if it breaks",
  "Co-working place does day passes now 💻 {WEBB} — front desk is {TELB} if the door code doesn't work",
  "Pet taxi to the vet when you've no car: {TELB}, Esme swears by them 🐈",
  "The knitting circle moved to Telegram 🧶 join here {TGLB}",
  "Car rental desk at the airport said to call {TELB} when we land and they'll send the shuttle",
  "Our building's WhatsApp group: {WALB} — the landlord says every tenant has to join 🙄",
  "Supplier contact in Shenzhen, WeChat {WXB} — she prefers voice notes",
  "<contact>\n  <name>Declan Whitlock</name>\n  <phone>{TELB}</phone>\n</contact>\nthe XML export from the school system, does it look right?",
  "Skype for my tandem partner in Kyiv? She's {SKB}",
  "Baby shower RSVP 🍼 to Ingrid at {MAILB}, or on {LINEF}: {LNB}",
  "Sign-language interpreter for parents' evening: book via {MAILB} at least a week ahead",
  "tel:{TELB} ← the link in their email footer does nothing on my laptop, is the number even right?",
  "New number from today: {TELB}. The old one got ported to my dad by mistake 🤦",
  "Ski trip carpool is sorted in the Facebook group ⛷️ {FBLB}",
  "The drone guy who did the estate agent photos — {IGB} on insta, or call {TELB}",
  "Wine tasting at the bar on Friday 🍷 tickets on {WEBB}, max 14 people",
  "The court interpreter agency asked me to pass on their duty line, {TELB}, for anyone on the Korean list next week",
  "The Korean visa agency wants my spouse's resident registration number, {RRNB}, on page 2 — normal??",
  "{MAILB} — the immigration lawyer only reads that inbox, don't bother with the contact form",
  "Aircon engineer for the studio: {TELB}. Booked till Friday but he answers WhatsApp quicker",
  "{IDB} is my username on {ANYF}, same one since uni",
  "Instagram: {IGB}\nThreads: same\nSnap: {SCB}\n(new portfolio bio, rate it 1-10)",
  "the exchange student's Kakao is {KKB}, her English is way better than she thinks",
  "Telegram {TGB} is my work account now, the personal one got banned lol",
  "Minecraft server for the robotics club kids 🤖 IP {IPB}, whitelist is on so send me your gamertag first",
  "Line me instead pls, {LNB} 🙏 texting's easier than calls with my accent",
  "Pub quiz team chat, whatever app it opens in for you: {CHATB}",
  "Back from the gap year but my foreign SIM still works till Sunday — {ABRB} if you need me before then",
  "hmu on WhatsApp if ur coming to the ceilidh 🎻 {MOBB} — ngl I'll be the one who can't dance",
  "ORGANISER: Esme Hartigan\nEMAIL: {MAILB}\nON THE DAY: {TELB}\n(from the cross-country race info pack, in case you lost yours)",
  "lmk if the link's dead: {WEBB} (sign-up for Saturday's beach clean 🏖️)",
  "my old Discord got hacked 😩 new one is {DCB}, ignore anything weird from the old account",
  "Refund should go to this card please: {CARDB} — the old one's cancelled",
  "Rent for my room abroad goes to {IBANB}, the landlady's name is on the contract",
  "Staff-room printer is {IPB} — if it doesn't show up, add it by hand",
  "Slides from tonight's star talk are up at {WEBB}.",
  "her insta is \"{IGB}\" — the one with the pottery pics, not the food one",
];

const EN13_NEG: string[] = [
  "IMEI {IMEIF} — the police want it for the stolen phone report, it's the one printed on the box right?",
  "SIM swap form wants the ICCID, the long one on the card: {ICCIDF}. why is it 19 digits??",
  "Dial *#06# and it shows your IMEI, apparently — the guy at the phone shop told me",
  "ORCID {ORCIDF} goes on the poster under my name, yes? supervisor says so",
  "Meet at ///{WTWF} — that's the what3words for the side gate of the park",
  "SWIFT/BIC for the school's account is {SWIFTF}, it's on the invoice anyway, nothing personal",
  "Callsign {CALLF}, on 145.500 most evenings if anyone in the radio club fancies a QSO 📻",
  "Chess: FIDE ID {FIDEF}, rating {ELOF}, board {NUMF} on Saturday ♟️",
  "Serial number {SERIALF} for the warranty claim, model {MODELF}",
  "@dataclass and @property on the same class — is that allowed in Python or am I mad?",
  "Export the logo as logo@2x.png and logo@3x.png, the app needs both sizes",
  "Patent {PATENTF} is on the reading list, do we really need to read all the claims?",
  "Is 'dot' countable? 'a dot on the map', 'two dots'… my student asked and I froze",
  "Lot {LOTF}, expires {DAYF} — the pharmacist said this batch is fine",
  "Flat {APTF}, buzzer's broken, knock loud",
  "100m free in {SWIMF}, PB by 0.4 🏊",
  "Subtitles are a second late: {SRTF} should be on the door slam",
  "Wi-Fi QR decodes to {WIFIF} — type that in if your camera won't scan it",
  "Support ticket {TICKETF} still open, third week now 🙄",
  "Order {ORDERF} is in the parcel locker, the code's in my app so not posting it here",
  "Kotlin question: what does @Composable actually do? the docs lost me",
  "ISSN {ISSNF} for the journal, the library needs it for the inter-library loan",
  "Booking ref {RESVF} for the cottage, check-in from {HOURF}",
  "Full time {SCOREF}, Idris man of the match 🏉 what a comeback",
  "Bowling scores: {BOWLF} — worst night of my life",
  "GPA {GPAF}, IELTS {BANDF}, two references — enough for the masters?",
  "Meet me @ the clock tower at {HOURF}, not @ the station 🙂",
  "Venue postcode {POSTF}, the nearest bus stop is {NUMF} min away",
  "The kiln goes up to {KILNF}, so no glazes from the craft shop please",
  "Broadband does {SPEEDF} on a good day, {SLOWF} when the kids are gaming",
  "{HEADF} or {HEADF}? trying to pick headphones for listening practice",
  "Version {VERF} fixed the login loop, update before tonight",
  "Marathon's 42.2 km, I did {DISTF} on Sunday and nearly died",
  "Flat is {AREAF}, {RENTF} a month, bills included",
  "Invoice {INVF}, {CASHF}, due {DAYF} — paid by transfer through the platform",
  "Room {ROOMF} at the hotel, breakfast from {BFASTF}",
  "Tracking {PARCELF}, says 'at sorting centre' since Monday",
  "One, two, three, four — Mrs Kaur wants the beats counted out loud at the recital",
  "Mr.Children, no space — I checked the CD, that's how the band writes it",
  "Star party night's forecast is {COLDF}, bring layers 🔭",
  "Fasting blood sugar {GLUCF}, GP says carry on as normal",
  "Excel: =SUM(B2:B{NUMF})*{DECF} gives #VALUE! — help",
  "Year {YEARF} cohort only this time, sorry",
  "The platform deleted my message because I typed my number 😤 so just ask at the front desk",
  "Knitting pattern says k2, p2 for 14 rows then k2tog till 3 sts left — help 🧶",
  "Wedding table {NUMF}, seat {NUMF}, right by the DJ, lucky us 🙃",
  "Asana task #{NUMF}: 'tidy the @mentions in the doc' — who owns this?",
  "Swim squad splits: {SWIMF}, {SWIMF}, {SWIMF} — coach wants them in the spreadsheet",
];

// ---- Japanese -----------------------------------------------------------------------------------

const JA13_POS: string[] = [
  "【星空観望会】今週土曜、晴れたら開催します🔭 申込フォーム→{WEBB}　当日の連絡は幹事の{TELB}まで",
  "BEGIN:VEVENT\nSUMMARY:陶芸体験（電動ろくろ）\nORGANIZER;CN=森田:mailto:{MAILB}\nEND:VEVENT\nカレンダーの招待、こう表示されるんですけど合ってます？",
  "【譲】アクスタ　【求】缶バッジ　郵送のみです🙏 取引はLINEで→{LNB}",
  "トリミングサロンの予約、電話のみだそうです🐩 {TELB}　トイプーって言わないと時間ずれるので注意",
  "法廷通訳の登録は事務局のアドレス（{MAILB}）へ。韓国語と英語、両方の名簿があります",
  "ワーホリでパースに来ました🇦🇺 こっちの番号は{AUB}です、WhatsAppも同じ番号で",
  "Host lab\n  HostName {IPB}\n  User tutor\n↑研究室のssh設定です、外には出さないでくださいね",
  "eスポーツ部の大会、補欠探してます🎮 {DCF}で{DCB}まで連絡ください",
  "お直しのお店、Googleマップのまま貼ります👗\nアトリエ糸と針\n★4.7（186件）\n{TELB}\n{WEBB}",
  "{LNB}　←オーナーさんのLINE IDです、ペット可か聞いてみてください🐕",
  "行政書士さん（アポスティーユ）：電話{TELB}、先にスキャンを{MAILB}へ送ってから原本を郵送です",
  "還付申告、マイナンバーは{MYNB}で合ってますよね？スペースいるのかな",
  "まつエクのサロン、予約はインスタのDMだけです👁️ {IGB}",
  "Co-authored-by: 石川 凛 <{MAILB}>\nグループ課題のコミット、これで共著者に入りますか？",
  "スナチャやってます👻 {SCB}　ほとんど開かないけど笑",
  "タクシーにスマホ忘れました😭 ロック画面に「拾った方は{TELB}へ」って出してあります",
  "ロゴ制作の前金、このカードで決済してほしいそうです：{CARDB}　確認したらすぐ消します",
  "台湾の友達の番号です→{TWB}　LINEも同じ名前で出てきます",
  "ラテアート講座は毎週月曜☕ 予約は{WEBB}から、お店の番号は{TELB}",
  "ヨガ仲間のSignalは{SGB}です。番号教えなくていいから楽ちん",
  "不動産屋さんの担当、{TELB}です。内見は午前中希望って伝えてあります",
  "マンションの管理会社の夜間窓口：{TELB}（水漏れ・騒音はこっち）",
  "空港のレンタカー、着いたら{TELB}に電話すれば送迎バスが来るそうです🚐",
  "合唱団の遠征費はこちらへ：{IBANB}（海外の口座です、振込手数料はこちらで持ちます）",
  "深圳の仕入れ先の担当さんのWeChat→{WXB}　音声メッセージのほうが早いそうです",
  "<contact>\n  <name>西村 奏</name>\n  <tel>{TELB}</tel>\n</contact>\n学校システムのXML出力です、文字化けしてないか見てもらえますか",
  "ウクライナのタンデム相手とはスカイプで話してます、IDは{SKB}です",
  "ベビーシャワーの出欠は{MAILB}か、{LINEF}（{LNB}）へ🍼",
  "手話通訳の派遣依頼は{MAILB}から、1週間前までにだそうです",
  "tel:{TELB}　←メールのフッターのリンク、PCだと開けないんですが番号合ってますか？",
  "今日から番号変わりました📱 {TELB}です！前のは解約済みです",
  "スキー場への相乗り、Facebookグループで調整してます⛷️ {FBLB}",
  "不動産の撮影をドローンでしてくれた方：インスタ{IGB}、電話{TELB}",
  "ワインの会🍷 チケットは{WEBB}で、定員14名です",
  "給湯器が壊れました🥶 業者さんが{TELB}から電話くれるそうなので、授業中だったら出てもらえますか",
  "韓国の書類、配偶者の住民登録番号（{RRNB}）を2ページ目に書くそうです…普通ですか？",
  "入管の行政書士さん、{MAILB}しか見てないそうなので問い合わせフォームは使わないでください",
  "エアコンクリーニングの業者さん：{TELB}　金曜まで埋まってるけどショートメールのほうが返事早いです",
  "ボウリング大会のレーン割りはテレグラムで流します🎳 {TGLB}",
  "カカオトークのIDは{KKB}です、ソウルのホストマザーが英語の練習したいそうで😊",
  "盆栽の剪定は庭師の三浦さん（{TELB}）にお願いしました。見積もりも良心的",
  "マイクラ鯖のIP：{IPB}　ホワイトリスト制なので先にゲームタグ送ってね",
  "TEL：{TELB}　FAX：なし　営業時間10:00〜19:00（水曜定休）",
  "ロボコンの審査フォーム→{WEBB}　不具合あったら{TGF}（{TGB}）まで",
  "どのアプリでも同じIDです→{IDB}　メインは{ANYF}",
  "docomoのメールに送ってください：{MAILB}　Gmailは見落とすので💦",
  "シェアオフィスの1日利用、受付は{TELB}、ドアの暗証番号はメールで来ます",
  "kondo no seminaa no moushikomi wa {WEBB} kara! hiragana ga utenai pasokon nanode romaji de sumimasen",
  "ディスコ（{DCB}）で通話しながら作業しませんか？もくもく会です💻",
  "インスタ：{IGB}\nスレッズ：同じ\nスナチャ：{SCB}\n（ポートフォリオ用のプロフです）",
  "刃物研ぎの職人さん🔪 {TELB}、包丁1本800円でした",
  "同窓会のグループ、招待リンク貼っておきます→{CHATB}　アプリ入れてない人は言ってね",
  "海外赴任中の父の現地の番号：{ABRB}　時差があるので夜はやめてあげてください🙏",
  "【応募方法】\n履歴書をPDFで{MAILB}まで\n件名に「ホールスタッフ応募」と書いてください\n↑バイトの募集文、英語にしたいです",
  "草ｗｗ ディスコの名前変えたわ→{DCB}",
  "町内の餅つき大会🍡 お手伝いできる方は自治会長さん（{TELB}）まで、夜9時までならOKだそうです",
  "連絡先交換しよ〜 QR出せないからID打つね {LNB}",
  "返金はこちらのカードにお願いします：{CARDB}（前のカードは解約しました）",
  "留学先の寮費の振込先です→{IBANB}",
  "職員室のプリンターは{IPB}です、一覧に出なければ手動で追加してください",
  "子どもの分のマイナンバーも要るそうで…{MYNB}で合ってるか見てもらえますか",
  "観望会の写真、ここに上げました→{WEBB}。",
  "LINEのIDは「{LNB}」です（全部小文字です）",
];

const JA13_NEG: string[] = [
  "盗難届にIMEIが要るそうです：{IMEIF}　箱の横に書いてありました",
  "SIMの再発行、ICCIDの欄に{ICCIDF}って書けばいいんですか？19桁もある…",
  "学籍番号{STUIDF}、履修登録の英語の説明が読めません😇",
  "インボイスの登録番号{TNUMF}は会社のものなので、領収書に載せて大丈夫です",
  "研究発表のポスター、ORCID（{ORCIDF}）は名前の下でいいですか",
  "忘年会@渋谷、残り@{FEWF}名です！🍻",
  "アマチュア無線のコールサインは{CALLF}です、夜は145.00でワッチしてます📻",
  "振込先のSWIFTコードは{SWIFTF}です（法人口座なので個人情報ではないです）",
  "令和{REIWAF}年(ワ)第{CASEF}号…判決文の英訳を手伝ってほしいです",
  "シリアル番号{SERIALF}、型番{MODELF}で保証の申請しました",
  "Pythonで@dataclassと@propertyを一緒に使っていいんでしょうか",
  "アイコンはicon@2x.pngとicon@3x.pngの2サイズで書き出してください",
  "ドット柄のワンピース、「水玉」と「ドット」どっちで訳すのが自然？",
  "〒{POSTF}　{APTF}　呼び鈴が壊れてるのでノックしてください",
  "将棋倶楽部：段位{DANF}、レーティング{ELOF}、土曜は{NUMF}局目から参加します",
  "ロット番号{LOTF}、使用期限{DAYF}、薬局の人は問題ないって",
  "100m自由形{SWIMF}、自己ベスト更新です🏊",
  "字幕が1秒ずれてます：{SRTF}のところ",
  "Wi-FiのQRを読むと{WIFIF}になります、カメラで読めなければ手入力で",
  "問い合わせ番号{TICKETF}、もう3週間返事がありません🙄",
  "注文番号{ORDERF}、宅配ロッカーに届きました（暗証番号はアプリにあるのでここには書きません）",
  "ISSN {ISSNF}、図書館の相互貸借の申込に要るそうです",
  "予約番号{RESVF}、チェックインは{HOURF}から",
  "Mr.Childrenのライブ、{CONCERTF}でした😭",
  "前半は{SCOREF}、そこから追いついてPK戦までいきました⚽",
  "打率{AVGF}、{NUMF}本塁打、今年の推しは絶好調⚾",
  "JLPT {JLPTF}、TOEIC {TOEICF}点、これで応募できますか",
  "窯は{KILNF}まで上がるので、市販の釉薬は使わないでください",
  "回線速度{SPEEDF}…夜になると{SLOWF}まで落ちます",
  "{HEADF}と{HEADF}、リスニング用にどっちがいいですかね",
  "アプリを{VERF}にしたらログインのループが直りました",
  "フルマラソンは42.195km、日曜に{DISTF}走って死にかけました",
  "{AREAF}、家賃{RENTF}、管理費込みです",
  "請求書番号{INVF}、{CASHF}、お支払い期限{DAYF}",
  "ホテルの部屋は{ROOMF}号室、朝食は{BFASTF}から",
  "いち、に、さん、し…リズムは声に出して数えましょう🎹",
  "一期一会、十人十色、八方美人…四字熟語の英訳ってむずかしい",
  "追跡番号{PARCELF}、仕分け中のまま動きません",
  "{YEARF}年度入学の方のみ対象です",
  "電話番号を書いたら運営にメッセージ消されました😤 受付で聞いてください",
  "観望会の夜の予想気温は{COLDF}、防寒必須です🔭",
  "血糖値{GLUCF}、空腹時なので問題なしとのこと",
  "Excelで=SUM(B2:B{NUMF})*{DECF}が#VALUE!になります😇",
  "披露宴の席次、{NUMF}番テーブルの{NUMF}番でした",
  "{ERAF}生まれです…英文の履歴書で生年月日ってどう書きますか",
  "{TRAINF}、{CARF}号車{SEATF}です",
  "B'zとMr.Childrenとスピッツ、カラオケの定番です🎤",
  "あと@{FEWF}人でバス出せます！参加希望はこのスレに返信で🚌",
];

// ---- Korean -------------------------------------------------------------------------------------

const KO13_POS: string[] = [
  "별 보기 모임 이번 토요일이에요🔭 날씨 좋으면 진행! 신청 폼 {WEBB}, 당일 연락은 총무 {TELB}",
  "[Web발신]\n[도예공방 흙과불] 물레 체험 예약이 확정되었습니다. 문의 {TELB}\n↑ 이 문자 스팸 아니죠?",
  "포카 교환해요🙏 택배 거래만 가능, 카톡 {KKB}로 연락 주세요",
  "[카카오맵] 실과바늘 수선집\n서울 마포구 망원동\n{TELB}\n{WEBB}",
  "합창단 해외공연 경비는 이 계좌로요: {IBANB} (현지 계좌라 수수료는 저희가 부담해요)",
  "호주 워홀 왔어요🇦🇺 여기 번호 {AUB}, 왓츠앱도 이 번호예요",
  "Host lab\n  HostName {IPB}\n  User tutor\n↑ 연구실 ssh 설정이에요, 밖에 공유하지 마세요",
  "e스포츠 대회 서브 구해요🎮 {DCF} {DCB}로 연락 주세요",
  "법원 통역인 등록은 사무국 메일 {MAILB}로 하시면 돼요",
  "{KKB} ← 집주인 아주머니 카톡이에요, 반려동물 되는지 여쭤보세요🐕",
  "아포스티유 대행 행정사 사무실 {TELB}, 스캔본 먼저 {MAILB}로 보내래요",
  "연말정산 서류에 주민번호 {RRNB} 적는 칸이 있는데 외국 회사도 이걸 요구하나요?",
  "속눈썹 연장샵 예약은 인스타 디엠만 받아요👁️ {IGB}",
  "필리핀 어학연수 간 동생 현지 번호 {PHB} 급하면 여기로 연락해",
  "스냅챗 해요👻 {SCB} 거의 안 들어가지만ㅋㅋ",
  "택시에 폰 두고 내렸어요ㅠㅠ 잠금화면에 '습득하신 분은 {TELB}로 연락 주세요' 띄워놨어요",
  "로고 작업 선금을 이 카드로 결제해 달래요 {CARDB} 채팅에 남기기 무서워서 확인하면 지울게요",
  "라떼아트 원데이클래스☕ 예약 {WEBB}, 매장 번호 {TELB}",
  "요가 모임은 시그널 써요, 제 거는 {SGB} 번호 안 알려줘도 돼서 편해요",
  "돌잔치 스냅 작가님 인스타 {IGB} 포트폴리오 보고 정했어요📸",
  "부동산 사장님 번호 {TELB} 오전에 집 보러 간다고 말씀드렸어요",
  "관리사무소 야간 번호 {TELB} 누수나 층간소음 민원은 여기로",
  "집들이 초대🏠 주소는 따로 보낼게, 길 헤매면 {TELB}로 전화해",
  "공항 렌터카 카운터에서 도착하면 {TELB}로 전화하면 셔틀 온대요🚐",
  "애견미용실은 전화 예약만 받는대요🐩 {TELB} 푸들이라고 말해야 시간 맞춰줘요",
  "중국 거래처 담당자 위챗 {WXB} 음성메시지가 더 빠르대요",
  "<contact>\n  <name>양하린</name>\n  <tel>{TELB}</tel>\n</contact>\n학교 시스템 XML 출력인데 깨진 데 없나 봐주세요",
  "우크라이나 탠덤 파트너랑 스카이프로 통화해요, 아이디 {SKB}",
  "베이비샤워 참석 여부는 {MAILB}나 {LINEF} {LNB}로 알려주세요🍼",
  "수어통역 신청은 {MAILB}로 일주일 전까지래요",
  "tel:{TELB} ← 메일 하단 링크가 PC에서 안 열리는데 번호 맞아요?",
  "오늘부터 번호 바뀌었어요📱 {TELB} 저장 부탁드려요!",
  "스키장 카풀은 페북 그룹에서 정해요⛷️ {FBLB}",
  "드론 촬영 기사님 인스타 {IGB}, 전화 {TELB}",
  "와인 시음회🍷 티켓 {WEBB}, 정원 14명",
  "보일러 고장났어요🥶 기사님이 {TELB}로 전화 주신대요, 제가 수업 중이면 대신 받아주실 수 있나요?",
  "일본 회사 서류에 마이넘버 {MYNB} 적으래요, 띄어쓰기 해야 돼요?",
  "출입국 행정사님은 메일 {MAILB}만 확인하신대요, 문의폼 쓰지 마세요",
  "에어컨 청소 기사님 {TELB} 금요일까지 꽉 찼는데 문자가 더 빨라요",
  "볼링 동호회 레인 배정은 오픈채팅에 올려요🎳 {KKLB}",
  "라인 아이디 {LNB} 도쿄 호스트맘이 영어 연습하고 싶대요😊",
  "정원사 아저씨 {TELB}, 소나무 가지치기 견적 괜찮았어요",
  "마크 서버 IP {IPB} 화이트리스트라 닉네임 먼저 보내줘",
  "TEL {TELB} / FAX 없음 / 영업시간 10:00~19:00 (수요일 휴무)",
  "로봇대회 심사 폼 {WEBB} 오류 나면 {TGF} {TGB}로",
  "아이디 다 똑같아요 {IDB}, 주로 {ANYF} 써요",
  "네이버 메일로 보내주세요 {MAILB} 지메일은 잘 안 봐요💦",
  "공유오피스 일일권 데스크 {TELB}, 도어락 비번은 문자로 온대요",
  "yeongeo seuteodi sincheong-eun {WEBB} eseo haseyo! hangeul-i an cheojyeoseo yeongeoro sseoyo ㅠ",
  "디코({DCB})에서 같이 모각코 하실 분💻",
  "인스타: {IGB}\n스레드: 같음\n스냅: {SCB}",
  "카톡 아이디 {KKB} 어학원 튜터예요, 먼저 말 걸면 답장 빨라요",
  "동창회 모임방 링크예요 {CHATB} 앱 없으면 설치하라고 뜰 거예요",
  "해외봉사 가 있는 동안 현지 번호는 {ABRB}, 와이파이 될 때만 확인해요",
  "[네이버 지도]\n꽃집 들꽃\n경기 수원시 팔달구\n{TELB}\n{WEBB}",
  "ㅇㅇ 그 번호 맞아요 {TELB} 이걸로 ㄱㄱ",
  "김장 같이 하실 분🥬 이번 주말 시골집이에요, 엄마 번호 {TELB}로 연락 주세요",
  "디코 해킹당했어요ㅠ 새 계정은 {DCB}, 예전 계정에서 이상한 링크 오면 누르지 마세요",
  "환불은 이 카드로 부탁드려요 {CARDB} (예전 카드는 해지했어요)",
  "교환학생 기숙사비 입금 계좌 {IBANB} 이거 맞죠?",
  "교무실 프린터 IP {IPB} 목록에 안 뜨면 수동으로 추가하세요",
  "아이 주민등록번호도 필요하대요 {RRNB} 맞게 적었는지 봐주세요",
  "오늘 별 보기 사진 올렸어요 {WEBB}.",
  "카톡 아이디는 '{KKB}'예요, 대소문자 구분 없어요",
];

const KO13_NEG: string[] = [
  "도난 신고에 IMEI 필요하대요 {IMEIF} 박스 옆면에 있었어요",
  "유심 재발급하는데 ICCID {ICCIDF} 이거 19자리 맞아요?",
  "학번 {STUIDF}인데 수강신청 또 망했어요ㅠ 영어 강의 하나만 남았어요",
  "{APTF} 택배는 경비실에 맡겨주세요",
  "사업자등록번호 {BIZF} 이건 학원 거라 공개돼도 괜찮아요",
  "ORCID {ORCIDF} 포스터에 이름 밑에 넣으면 되죠?",
  "SWIFT 코드 {SWIFTF} (학원 법인 계좌라 개인정보 아니에요)",
  "아마추어 무선 호출부호 {CALLF}, 저녁엔 145.000에서 들어요📻",
  "시리얼 넘버 {SERIALF}, 모델명 {MODELF}로 AS 접수했어요",
  "수능 D-{NUMF} 파이팅🔥 오늘은 단어 {NUMF}개만 외우자",
  "파이썬에서 @dataclass랑 @property 같이 써도 되나요?",
  "로고는 logo@2x.png, logo@3x.png 두 사이즈로 뽑아주세요",
  "점 하나 차이로 합격… 커트라인이 {CUTF}점이었어요",
  "골뱅이 소면 먹으러 가요ㅋㅋ 을지로3가역 {NUMF}번 출구",
  "닷넷(.NET) 개발자 구인 공고인데 영어 면접이 있대요",
  "g.o.d 콘서트 {CONCERTF} 잡았어요😭",
  "제조번호 {LOTF}, 유통기한 {DAYF}, 약국에서 괜찮대요",
  "자유형 100m {SWIMF} 개인 기록 갱신🏊",
  "자막 싱크가 1초 밀려요 {SRTF} 부분",
  "와이파이 QR 찍으면 {WIFIF} 이렇게 나와요",
  "문의번호 {TICKETF}, 벌써 3주째 답이 없어요🙄",
  "주문번호 {ORDERF} 무인택배함 도착, 비번은 앱에 있어서 여기 안 적어요",
  "예약번호 {RESVF}, 체크인 {HOURF}부터",
  "전반은 {SCOREF}였는데 동점 만들어서 승부차기까지 갔어요⚽",
  "타율 {AVGF}, 홈런 {NUMF}개, 올해 최애 선수 미쳤어요⚾",
  "토익 {TOEICF}점, 오픽 IH, 이 정도면 지원 가능할까요?",
  "가마 온도가 {KILNF}까지 올라가서 시중 유약은 안 돼요",
  "인터넷 속도 {SPEEDF}인데 밤엔 {SLOWF}까지 떨어져요",
  "{HEADF} vs {HEADF} 리스닝용으로 뭐가 나아요?",
  "앱 {VERF}로 업데이트하니까 로그인 무한루프 해결됐어요",
  "풀코스 완주가 목표인데 일요일에 {DISTF} 뛰고 죽는 줄 알았어요",
  "{AREAF}, 월세 {RENTF}, 관리비 포함",
  "청구서 번호 {INVF}, {CASHF}, 납부기한 {DAYF}",
  "호텔 방 {ROOMF}호, 조식 {BFASTF}부터",
  "일 이 삼 사 오 육 칠 팔 구 십! 숫자 세기 영어로 같이 해봐요",
  "일석이조, 십중팔구, 구사일생… 사자성어 영어로 번역 어렵네요",
  "운송장 {PARCELF} 집하 중에서 안 움직여요",
  "{YEARF}학번만 신청 가능해요",
  "번호 적었더니 운영자가 메시지 삭제했어요😤 데스크에 물어보세요",
  "별 보는 날 예상 기온 {COLDF} 따뜻하게 입고 오세요🔭",
  "공복 혈당 {GLUCF}, 정상이래요",
  "엑셀 =SUM(B2:B{NUMF})*{DECF} 하면 #VALUE! 떠요ㅠ",
  "결혼식 {NUMF}번 테이블 {NUMF}번 자리래요",
  "음력 {LUNARF} 할머니 생신이라 그 주는 수업 쉬어요",
  "{TRAINF}, {CARF}호차 {SEATF}석",
  "우편번호 {POSTF}, 건물 {NUMF}층",
  "혈압 {BPF}, 맥박 {PULSEF}… 건강검진 결과 영어로 설명 좀 해주세요",
  "부동산 앱엔 {AREAF}로 나오는데 25평이랑 같은 거예요? 평수 영어로 어떻게 말해요?",
];

// ---- Russian ------------------------------------------------------------------------------------

const RU13_POS: string[] = [
  "Выезд на наблюдение звёзд в субботу, если будет ясно 🔭 запись: {WEBB}, на месте звоните Кириллу {TELB}",
  "Гончарная мастерская, пробное занятие на круге 🏺 бронь через {TGAF}: {TGB}",
  "Меняю карточки айдолов, только почтой 🙏 пишите в {TGAF} {TGB}",
  "Корейское агентство просит регистрационный номер мужа (주민등록번호) {RRNB} — это нормально?",
  "Переехала в Тбилиси 🇬🇪 местный номер {GEB}, вотсап на нём же",
  "Host lab\n  HostName {IPB}\n  User tutor\n↑ конфиг ssh для лабы, наружу не выносите",
  "Ищем замену в команду на турнир по доте 🎮 пиши в {DCPF}: {DCB}",
  "Бюро переводов при суде ищет переводчиков с корейского, резюме на {MAILB}",
  "Ателье, скопировала из Яндекс Карт 👗\nАтелье «Игла и нить»\n★ 4,8 (312 оценок)\n{TELB}\n{WEBB}",
  "{TGB} — это хозяйка квартиры в телеге, спросите про кота 🐈",
  "Нотариус для апостиля: {TELB}, сканы сначала на {MAILB}, оригиналы потом",
  "Сбор на гастроли хора в Европе — на мой тамошний счёт: {IBANB}, комиссию беру на себя",
  "Наращивание ресниц — запись только в директ 👁️ {IGB}",
  "Переводите через СБП по номеру {OWNB}, в комментарии — «английский, декабрь»",
  "Забыла телефон в такси 😭 на экране блокировки написала «нашедшему позвонить {TELB}»",
  "Заказчик логотипа просит списать предоплату с этой карты: {CARDB} — проверю и удалю сообщение",
  "Курс латте-арта по понедельникам ☕ запись {WEBB}, телефон кофейни {TELB}",
  "В сигнале я {SGB}, номер давать не обязательно",
  "Фотограф на годик сыну 📸 в инсте {IGB}, портфолио огонь",
  "Я теперь в Максе, номер тот же: {OWNB}",
  "Риелтор по квартире, которую смотрим в субботу: {TELB}, договорилась на утро",
  "Аварийка управляющей компании: {TELB} (протечки, шум — сюда)",
  "Новоселье в субботу 🏠 заблудитесь — звоните {TELB}",
  "В аэропорту прокат машин: как прилетите, звоните {TELB}, заберут на шаттле",
  "Котёл сломался 🥶 газовщик обещал перезвонить с {TELB}, ответьте, пожалуйста, если я на уроке",
  "Вичат поставщика из Гуанчжоу: {WXB}, она больше любит голосовые",
  "<contact>\n  <name>Варвара Соколова</name>\n  <phone>{TELB}</phone>\n</contact>\nвыгрузка XML из школьной системы, гляньте, кодировка не поехала?",
  "С напарником по тандему из Алматы созваниваемся в скайпе, его логин {SKB}",
  "На бэби-шауэр отвечайте на {MAILB} или в {TGAF} {TGB} 🍼",
  "Сурдопереводчика на родительское собрание заказывать через {MAILB}, за неделю",
  "tel:{TELB} ← ссылка из подписи письма не открывается на ноуте, номер вообще верный?",
  "С сегодняшнего дня новый номер 📱 {TELB}, старый отключила",
  "В этот раз не сплав, а грибы 🍄 выезд в субботу в 6 утра, проводник Родион {TELB}",
  "Дрон-съёмка для риелторов: инст {IGB}, телефон {TELB}",
  "Дегустация вин 🍷 билеты на {WEBB}, максимум 14 человек",
  "Для японского налогового вычета нужен мой My Number: {MYNB} — с пробелами писать?",
  "Груминг-салон, запись только по телефону 🐩 {TELB}, скажите, что пудель, а то время не то поставят",
  "Иммиграционный юрист читает только {MAILB}, через форму на сайте не пишите",
  "Чистка кондиционеров: {TELB}, до пятницы всё занято, но в вотсапе отвечает быстрее",
  "Номер в Казахстане на время командировки: {KZB} ✈️",
  "Какао-ID моей хост-мамы в Сеуле: {KKB}, она хочет практиковать английский 😊",
  "Садовник, который обрезал яблони: Лев, {TELB}, цена норм",
  "Сервер майнкрафта: {IPB}, вайтлист, сначала скиньте ник",
  "Тел.: {TELB} | Факс: нет | Пн–Пт 10:00–19:00",
  "Форма для жюри робототехники {WEBB}, если сломается — пишите в {TGAF} {TGB}",
  "Ник везде один: {IDB}, сижу в основном в {ANYPF}",
  "pishite na pochtu {MAILB}, v telege ya redko byvayu 🙈",
  "Доставка воды 19 л: Богдан, {TELB}, привозит в тот же день",
  "Вайбер папы {MOBB}, телеграм он так и не освоил 😅",
  "инст: {IGB}\nthreads: такой же\nснэп: {SCB}",
  "Уборка снега с крыши 🏚️ бригада Тимура, {TELB}, берут недорого",
  "Чат родительского комитета в телеге: {TGLB} — заходите, там расписание ёлки",
  "Ссылка на чат выпускников, какой-то новый мессенджер, сама не поняла: {CHATB}",
  "Уехала по работе, местная симка: {ABRB}, звонить лучше после 18 по Москве",
  "Контакт: Лев Зайцев\n{TELB}\n(переслано из Telegram)",
  "плз напишите в личку, кто едет на Масленицу в Коломенское 🥞 я в тг {TGB}",
  "Новый акк в дискорде — {DCB}, старый взломали 😩 если оттуда пишут, ссылки не открывайте",
  "щас скину почту… вот: {MAILB}, норм?",
  "Возврат, пожалуйста, на эту карту: {CARDB}, старую я закрыла",
  "За комнату — на счёт хозяйки {IBANB}, в назначении «аренда декабрь»",
  "Принтер в учительской: {IPB}, если не находится — добавляйте вручную",
  "Фотки со звёздной ночи выложила сюда: {WEBB}.",
  "Ник в телеге — «{TGB}», без точки в конце",
];

const RU13_NEG: string[] = [
  "В заявлении о краже спрашивают IMEI {IMEIF} — это тот, что на коробке, да?",
  "При замене симки просят ICCID {ICCIDF}, 19 цифр — это нормально?",
  "Баланс — *100#, IMEI — *#06#, остатки пакетов — *102#. Записала маме на бумажку",
  "Пополнила «Тройку» № {TROIKAF}, а турникет всё равно не пускает 😤",
  "БИК {BIKF}, КПП {KPPF} — реквизиты школы, не личные данные",
  "ИНН организации {INNF} — проверила по базе, всё чисто",
  "ORCID {ORCIDF} на постере ставить под фамилией?",
  "SWIFT {SWIFTF} — это банк организации, не мой",
  "Позывной {CALLF}, вечером на 145.500, если кто из радиоклуба захочет связь 📻",
  "Дело № {CASEF} — помогите перевести решение суда на английский",
  "Серийный номер {SERIALF}, модель {MODELF} — подала на гарантию",
  "В питоне можно @dataclass и @property вместе?",
  "Логотип выгрузите как logo@2x.png и logo@3x.png, приложению нужны оба размера",
  "У собаки на носу белая точка, так и назвали — Точка 🐶",
  "{APTF}, подъезд {FEWF} — домофон не работает, стучите",
  "Серия {LOTF}, годен до {DAYF} — в аптеке сказали, всё ок",
  "100 м вольным {SWIMF}, личный рекорд 🏊",
  "Субтитры съехали на секунду: {SRTF}",
  "QR от вайфая расшифровывается как {WIFIF}, если камера не читает — введите руками",
  "Обращение {TICKETF}, третью неделю без ответа 🙄",
  "Заказ {ORDERF} в постамате, код в приложении, сюда не пишу",
  "Т9 исправил «тг» на «тигр» 😂 в общем, ник потом скину",
  "Бронь {RESVF}, заезд с {HOURF}",
  "Первый тайм {SCOREF}, потом сравняли, дошло до пенальти ⚽",
  "ЕГЭ {EGEF}, IELTS {BANDF} — хватит на магистратуру?",
  "Печь для обжига греется до {KILNF}, магазинные глазури не подойдут",
  "Интернет {SPEEDF}, вечером падает до {SLOWF} 😩",
  "{HEADF} или {HEADF} — какие наушники взять для аудирования?",
  "Версия {VERF} починила бесконечный вход",
  "Марафон — 42,2 км, в воскресенье пробежала {DISTF} и чуть не умерла",
  "Квартира {AREAF}, {RENTF} в месяц, коммуналка включена",
  "Счёт № {INVF}, {CASHF}, оплатить до {DAYF}",
  "Номер в гостинице {ROOMF}, завтрак с {BFASTF}",
  "Раз, два, три, четыре — считаем вслух, ритм держим 🎹",
  "Семеро одного не ждут, один в поле не воин — переводим пословицы к четвергу",
  "Трек {PARCELF} висит в сортировочном центре",
  "Только для {YEARF} г. р.",
  "Написала номер — модераторы удалили сообщение 😤 спрашивайте на ресепшене",
  "На наблюдении ночью обещают {COLDF}, одевайтесь теплее 🔭",
  "Сахар натощак {GLUCF}, врач сказал — норма",
  "В экселе =СУММ(B2:B{NUMF})*{DECF} выдаёт #ЗНАЧ! 😭",
  "На свадьбе стол {NUMF}, место {NUMF}, прямо у колонки 🙃",
  "Ст. м. «Чистые пруды», выход {NUMF}, дальше {NUMF} минут пешком",
  "{TRAINF}, вагон {CARF}, место {SEATF}",
  "Давление {BPF}, пульс {PULSEF} — как сказать это врачу по-английски?",
  "ГОСТ {GOSTF} — это стандарт, а не номер телефона, не пугайтесь 😄",
  "Вес {DECF} кг, рост {HEIGHTF} см — заполняю медкарту на английском",
  "Автобус {NUMF}, остановка «Школа № {NUMF}»",
  "Шахматы: рейтинг ФИДЕ {ELOF}, ID {FIDEF}, в субботу играю на {NUMF}-й доске ♟️",
];

// ---- Vietnamese ---------------------------------------------------------------------------------

const VI13_POS: string[] = [
  "Tối thứ 7 này có buổi ngắm sao nè 🔭 đăng ký ở {WEBB}, tới nơi không thấy ai thì gọi anh Khánh {TELB}",
  "Lớp làm gốm cuối tuần 🏺 giữ chỗ qua Zalo {MOBB}, nhớ ghi tên + số người",
  "Pass lại card bo góc idol giá mềm 🙏 chỉ ship COD, ib insta {IGB}",
  "Giấy tờ thuế bên Nhật hồi em làm ở Osaka cần My Number {MYNB}, có cần cách ra không cô?",
  "Em qua Đài Loan làm rồi nha cô 🇹🇼 số bên này {TWB}, Zalo vẫn xài số cũ",
  "Host lab\n  HostName {IPB}\n  User tutor\n^ config ssh của phòng lab, đừng share ra ngoài nha",
  "Đội Liên Quân thiếu 1 người đánh giải 🎮 add {DCF} {DCB} nha",
  "Phiên dịch tòa án cần thêm người tiếng Hàn, gửi CV về {MAILB} nha",
  "Tiệm sửa đồ, copy từ Google Maps nè 👗\nTiệm May Cô Yến\n★ 4,8 (95)\n{TELB}\n{WEBB}",
  "{MOBB} là Zalo chủ nhà nha, hỏi thử có cho nuôi chó không 🐕",
  "Văn phòng công chứng dịch thuật gần trường: {TELB}, gửi scan trước qua {MAILB} rồi mang bản gốc sau",
  "Tiền quỹ đi diễn châu Âu của ca đoàn chuyển vào {IBANB} nha (tài khoản bên đó, phí chuyển bên mình chịu)",
  "Nối mi ở tiệm này đẹp nè 👁️ đặt lịch qua {FBF} {FBB}",
  "Chuyển MoMo cho em qua số {OWNB} nha, ghi nội dung 'học phí T12'",
  "Em để quên điện thoại trên Grab 😭 màn hình khóa em ghi 'ai nhặt được gọi {TELB}' rồi",
  "Khách thiết kế logo muốn trả cọc bằng thẻ này {CARDB}, em kiểm tra xong sẽ xóa tin nhắn liền",
  "Khóa học pha chế latte art ☕ đăng ký {WEBB}, hotline quán {TELB}",
  "Nhóm yoga dùng Signal, của mình là {SGB}, khỏi cần cho số",
  "Chụp ảnh thôi nôi cho bé, chị thợ ảnh này dễ thương lắm 📸 insta {IGB}",
  "so zalo chu tiem banh mi {MOBB}, dat truoc 30 o thi free ship",
  "Chị môi giới căn hộ bên Thủ Đức {TELB}, em hẹn xem nhà buổi sáng rồi",
  "Ban quản lý chung cư, số trực đêm {TELB}, rò nước hay ồn ào thì gọi đây",
  "Tân gia nhà mình chủ nhật nha 🏠 lạc đường thì gọi {TELB}",
  "Thuê xe ở sân bay, tới nơi gọi {TELB} là có xe đưa đón 🚐",
  "Máy lạnh phòng em chảy nước 🥶 thợ nói sẽ gọi từ số {TELB}, cô nghe giùm em nếu em đang dạy nha",
  "WeChat của chị bên xưởng Quảng Châu: {WXB}, chị ấy thích gửi voice hơn",
  "<contact>\n  <name>Huỳnh Phương</name>\n  <phone>{TELB}</phone>\n</contact>\nfile XML xuất từ hệ thống trường, cô xem giùm có lỗi font không",
  "Em học tandem với bạn Ukraine qua Skype, nick {SKB}",
  "Tiệc baby shower 🍼 xác nhận qua mail {MAILB} hoặc {TGF} {TGB} nha",
  "Đặt phiên dịch ngôn ngữ ký hiệu cho buổi họp phụ huynh: mail {MAILB}, trước 1 tuần",
  "tel:{TELB} ← link trong chữ ký mail bấm trên laptop không được, số đúng chưa ạ?",
  "Từ hôm nay em đổi số nha 📱 {TELB}, số cũ em cắt rồi",
  "Nhóm đi chung xe lên Đà Lạt ⛺ link nhóm nè {ZLLB}",
  "Anh quay flycam cho bên bất động sản: insta {IGB}, sđt {TELB}",
  "Workshop nếm rượu vang 🍷 vé ở {WEBB}, tối đa 14 người",
  "Tiệm cắt tỉa lông chó ở Q.7 🐩 đặt lịch qua số {TELB}, nói là chó poodle để tiệm xếp giờ",
  "Hồ sơ visa Hàn bắt ghi số đăng ký cư trú của chồng {RRNB}, vậy có bình thường không ạ?",
  "Luật sư di trú chỉ đọc mail {MAILB}, đừng gửi qua form trên web",
  "Thợ vệ sinh máy lạnh {TELB}, kín lịch tới thứ 6 nhưng nhắn Zalo thì trả lời nhanh",
  "Kakao của host mom bên Seoul {KKB}, bác muốn luyện tiếng Anh với cô 😊",
  "Chú làm vườn cắt tỉa cây mai {TELB}, báo giá ok lắm",
  "Server Minecraft IP {IPB}, có whitelist nên gửi tên game trước nha",
  "ĐT: {TELB} | Fax: không có | Giờ mở cửa 8:00–17:00 (CN nghỉ)",
  "Form chấm điểm cuộc thi robot {WEBB}, lỗi thì nhắn {TGF} {TGB}",
  "Nick em chỗ nào cũng {IDB}, chủ yếu dùng {ANYF}",
  "gui mail cho em qua {MAILB} nha co, mail truong em it check lam",
  "Giao bình gas tận nơi, anh Thịnh {TELB}, gọi là 15 phút có",
  "Line của em {LNB}, mấy bạn Nhật trong lớp hay nhắn bằng Line",
  "Insta: {IGB}\nThreads: y chang\nSnap: {SCB}",
  "Viber của ba em {MOBB}, ba không xài Zalo 😅",
  "Giao nước bình 20L tận nhà, gọi chú Lộc {TELB}, 7h sáng tới 8h tối",
  "Face của chị chủ homestay Mũi Né: {FBB}, nhắn trước khi tới nha 🏖️",
  "Link nhóm họp lớp nè, app gì thì mọi người tự cài nha {CHATB}",
  "Anh hai em đi xuất khẩu lao động rồi, số bên đó {ABRB}, gọi giờ trưa bên mình nha",
  "Danh thiếp Zalo: Chị Oanh (bánh chưng Tết) — {MOBB}",
  "ib riêng e nha, rep chậm thông cảm 🙏 fb e: {FBB}",
  "Ai đi hội chợ Tết ở công viên Tao Đàn thì gọi e {TELB}, e giữ chỗ gửi xe cho",
  "Acc Discord cũ bị hack rồi 😩 acc mới {DCB}, acc cũ gửi link lạ đừng bấm nha",
  "Hoàn tiền vô thẻ này giúp em {CARDB}, thẻ cũ em hủy rồi",
  "Tiền ký túc xá trường bên kia chuyển vào {IBANB} nha, nhớ ghi mã sinh viên",
  "Máy in phòng giáo viên IP {IPB}, không thấy thì thêm thủ công nha",
  "Ảnh buổi ngắm sao mình up ở đây nha: {WEBB}.",
  "Mail nhận hồ sơ là “{MAILB}” nha, đừng gửi nhầm",
];

const VI13_NEG: string[] = [
  "Báo mất máy, công an hỏi số IMEI {IMEIF}, em coi trên hộp",
  "Đổi SIM 4G nhân viên hỏi số serial SIM {ICCIDF}, 19 số lận",
  "Kiểm tra tài khoản bấm *101#, xem IMEI bấm *#06# nha mẹ",
  "Hẻm {HEMF}, vô tới cuối hẻm rẽ trái, nhà cổng xanh",
  "Biển số xe anh Grab {PLATEF}, áo khoác xanh lá",
  "Mã SWIFT {SWIFTF} là của công ty, không phải thông tin cá nhân",
  "Số {NUMF} ngõ {NUMF} ngách {NUMF}, tới đầu ngõ thì nhắn em ra đón",
  "ORCID {ORCIDF} để dưới tên trên poster được không thầy?",
  "Cafe @ {CAFEF} chiều nay, ai rảnh ghé 🌿",
  "Số seri {SERIALF}, model {MODELF}, em gửi bảo hành rồi",
  "Python dùng @dataclass với @property chung được không mọi người?",
  "Xuất logo ra logo@2x.png với logo@3x.png giúp em, app cần cả hai size",
  "Số lô {LOTF}, hạn dùng {DAYF}, dược sĩ nói vẫn dùng được",
  "A còng là ký hiệu @, chấm là dấu chấm… hôm nay học đọc email bằng tiếng Anh nha",
  "Bơi 100m tự do {SWIMF}, phá kỷ lục cá nhân 🏊",
  "TX.Dĩ An, H.Củ Chi, Tp.Thủ Đức — viết tắt địa chỉ tiếng Anh sao cô?",
  "Phụ đề lệch 1 giây ở đoạn {SRTF}",
  "Quét QR wifi ra {WIFIF}, không quét được thì nhập tay",
  "Mã yêu cầu hỗ trợ {TICKETF}, 3 tuần rồi chưa ai trả lời 🙄",
  "Đơn {ORDERF} giao tới tủ locker rồi, mã mở tủ trong app nên em không ghi đây",
  "Mã đặt phòng {RESVF}, nhận phòng từ {HOURF}",
  "Hiệp 1 {SCOREF}, sau đó gỡ hòa, đá luân lưu căng quá ⚽",
  "TOEIC {TOEICF}, IELTS {BANDF}, nộp học bổng được không ta",
  "Lò nung lên tới {KILNF}, men mua ngoài tiệm không dùng được",
  "Mạng {SPEEDF}, tối xuống còn {SLOWF} 😩",
  "{HEADF} hay {HEADF}, nghe listening cái nào ok hơn?",
  "Cập nhật app {VERF} là hết lỗi đăng nhập",
  "Chạy full 42km, chủ nhật em chạy {DISTF} muốn xỉu",
  "Phòng trọ {AREAF}, {RENTF}/tháng, bao điện nước",
  "Hóa đơn số {INVF}, {CASHF}, hạn {DAYF}",
  "Phòng khách sạn {ROOMF}, ăn sáng từ {BFASTF}",
  "Một, hai, ba, dô! 🍻 mừng team xong dự án",
  "Chín người mười ý, một con ngựa đau cả tàu bỏ cỏ… dịch sang tiếng Anh sao cô?",
  "Gà luộc chấm muối tiêu chanh, ngon hết sảy 🐔",
  "Cô chấm bài xong chưa ạ, em được {TENPTF} điểm hả cô?",
  "Mã vận đơn {PARCELF} nằm ở kho phân loại mấy ngày rồi",
  "Chỉ nhận sinh viên khóa {YEARF}",
  "Em ghi số điện thoại vô là admin xóa tin liền 😤 hỏi ở quầy lễ tân nha",
  "Đà Lạt đêm ngắm sao dự báo {COLDF}, mang áo ấm nha 🔭",
  "Đường huyết lúc đói {GLUCF}, bác sĩ nói bình thường",
  "Excel =SUM(B2:B{NUMF})*{DECF} bị lỗi #VALUE! 😭",
  "Đám cưới bàn số {NUMF}, ghế {NUMF}, ngồi sát loa 🙃",
  "Giá vàng SJC hôm nay {GOLDF} một lượng 😳",
  "Năm nay nhà em về quê sớm, {LUNARF} âm lịch là đi rồi",
  "Vé xe khách giường nằm {BUSSEATF}, xe 34 chỗ, xuất bến {HOURF}",
  "Điểm thi THPT {THPTF}/30, đậu nguyện vọng 1 rồi 🎉",
  "Tỉ số cầu lông {BADF}, thua sát nút",
  "Tàu {TRAINF}, toa {CARF}, giường {SEATF}",
];

export const BLIND13_POSITIVE: Record<Lang, string[]> = { en: EN13_POS, ja: JA13_POS, ko: KO13_POS, ru: RU13_POS, vi: VI13_POS };
export const BLIND13_NEGATIVE: Record<Lang, string[]> = { en: EN13_NEG, ja: JA13_NEG, ko: KO13_NEG, ru: RU13_NEG, vi: VI13_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p13 = (x: number) => String(x).padStart(2, '0');
const cjk13 = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** One to three zero-width characters strictly inside `s` (never before its first or after its last character). */
function zw13(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s + ZW[0];
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

/**
 * Full width for the whole of `s`, or for its digits, its letters, its marks, or every third ASCII
 * character only (a CJK keyboard toggled mid-word). Never returns `s` unchanged.
 */
function fw13(r: Rng, s: string): string {
  const mode = r.int(0, 4);
  if (mode === 0) return fullWidth(s);
  let o = '';
  let k = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const ascii = c > 0x20 && c < 0x7f;
    const hit = mode === 1 ? /[0-9]/.test(ch) : mode === 2 ? /[A-Za-z]/.test(ch) : mode === 3 ? ascii && /[^0-9A-Za-z]/.test(ch) : ascii && k++ % 3 === 0;
    o += hit ? fullWidth(ch) : ch;
  }
  return o === s ? fullWidth(s) : o;
}

/** Cyrillic, Greek and Armenian look-alikes of Latin letters. */
const LOOK13: Record<string, string[]> = {
  a: ['а'], c: ['с', 'ϲ'], d: ['ԁ'], e: ['е'], h: ['һ'], i: ['і'], j: ['ј'], o: ['о', 'ο', 'օ'], p: ['р'], s: ['ѕ'], v: ['ν'], x: ['х'], y: ['у'],
  A: ['А', 'Α'], B: ['В', 'Β'], C: ['С'], E: ['Е', 'Ε'], H: ['Н', 'Η'], K: ['К', 'Κ'], M: ['М'], O: ['О', 'Ο'], P: ['Р', 'Ρ'], T: ['Т', 'Τ'], X: ['Х'],
};
/** One to three letters of `s` swapped for look-alikes; null when none fits. */
function look13(r: Rng, s: string): string | null {
  const chars = [...s];
  const idx = chars.map((c, i) => (LOOK13[c] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK13[chars[i]]) chars[i] = r.pick(LOOK13[chars[i]]);
  }
  return chars.join('');
}

/**
 * Letters and digits in the mathematical alphanumeric styles that "fancy font" generators paste into
 * bios (bold, sans-serif bold, monospace; double-struck for digits only); NFKC folds them back to ASCII.
 * With `digitsOnly`, letters are left alone.
 */
const FANCY13: { A: number; a: number; d: number }[] = [
  { A: 0x1d400, a: 0x1d41a, d: 0x1d7ce },
  { A: 0x1d5d4, a: 0x1d5ee, d: 0x1d7ec },
  { A: 0x1d670, a: 0x1d68a, d: 0x1d7f6 },
];
function fancy13(r: Rng, s: string, digitsOnly = false): string {
  const st = r.pick(FANCY13);
  const dStart = digitsOnly && r.chance(0.4) ? 0x1d7d8 : st.d;
  let o = '';
  for (const ch of s) {
    if (/[0-9]/.test(ch)) o += String.fromCodePoint(dStart + Number(ch));
    else if (!digitsOnly && /[a-z]/.test(ch)) o += String.fromCodePoint(st.a + ch.charCodeAt(0) - 97);
    else if (!digitsOnly && /[A-Z]/.test(ch)) o += String.fromCodePoint(st.A + ch.charCodeAt(0) - 65);
    else o += ch;
  }
  return o === s ? fullWidth(s) : o;
}

const KEY13 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key13 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY13)).join('');
const hex13 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');
const upper13 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ'])).join('');

// ---- names, handles, e-mails -------------------------------------------------------------------

const NAMES13: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['niamh', 'tariq', 'odette', 'callum', 'freya', 'idris', 'margot', 'ravi', 'esme', 'declan', 'ingrid', 'kwame'], f: ['fairbanks', 'okafor', 'delacroix', 'mcbride', 'sandoval', 'whitlock', 'ferreira', 'brennan', 'oyelaran', 'hartigan'] },
  ja: { g: ['tsubasa', 'mio', 'haruki', 'kanon', 'yamato', 'sora', 'itsuki', 'rin', 'kotaro', 'ema', 'shun', 'noa'], f: ['morita', 'ishikawa', 'hasegawa', 'nishimura', 'ueda', 'miyazaki', 'aoki', 'nomura', 'sugiyama', 'miura'] },
  ko: { g: ['seojun', 'jiwoo', 'harin', 'eunwoo', 'subin', 'taeyoon', 'gaeun', 'jaehyun', 'nari', 'wooseok', 'yejin', 'hyunsoo'], f: ['seo', 'moon', 'yang', 'son', 'bae', 'jeon', 'ko', 'nam', 'ryu', 'hong'] },
  ru: { g: ['matvey', 'ulyana', 'savva', 'veronika', 'kirill', 'taisiya', 'bogdan', 'yesenia', 'lev', 'varvara', 'rodion', 'kira'], f: ['zaitsev', 'sorokina', 'medvedeva', 'tikhonov', 'klimova', 'zhukov', 'sidorova', 'golubev', 'baranova', 'vorobyov'] },
  vi: { g: ['khanh', 'phuong', 'long', 'yen', 'thinh', 'nhi', 'phuc', 'oanh', 'kiet', 'hang', 'loc', 'trinh'], f: ['phan', 'huynh', 'vo', 'trinh', 'mai', 'luu', 'la', 'kieu', 'tang', 'thai'] },
};
const WORDS13 = ['otter', 'yuzu', 'comet', 'saffron', 'maple', 'koi', 'birch', 'sable', 'indigo', 'mango', 'cedar', 'nebula', 'kumo', 'sol', 'pebble', 'fern'];

type Style13 = 'any' | 'line' | 'kakao' | 'tg' | 'skype' | 'discord' | 'wechat' | 'ig' | 'fb' | 'signal' | 'snap';
function handle13(r: Rng, lang: Lang, style: Style13): string {
  const g = r.pick(NAMES13[lang].g);
  const f = r.pick(NAMES13[lang].f);
  const w = r.pick(WORDS13);
  const y = r.int(3, 99);
  switch (style) {
    case 'line':
      return r.pick([`${g}.${f}`, `${g}_${w}`, `${w}${g}${y}`, `${f}-${g}`, `${g}${r.int(1988, 2009)}`, `${g}.${w}.${y}`]);
    case 'kakao':
      return r.pick([`${g}${y}`, `${w}_${g}`, `${g}.${w}`, `${f}${g}${y}`, `${g}${w}${r.int(1, 9)}`]);
    case 'tg':
      return r.pick(['@', '@', '@', '']) + r.pick([`${g}_${f}`, `${g}${w}`, `${w}_${g}_${y}`, `${f}${g}`, `${g}_${f}_${r.pick(['tutor', 'art', 'home', 'msk', 'spb'])}`]);
    case 'skype':
      return r.pick([`live:.cid.${hex13(r, 16)}`, `live:${g}.${f}_${y}`, `live:${w}_${g}`, `${g}.${f}${y}`]);
    case 'discord':
      return r.pick([`${g}.${w}`, `${w}__${g}`, `${g}_${f}${y}`, `${g}.${f}.${y}`, `${w}${g}`]);
    case 'wechat':
      return r.pick([`wxid_${[...Array(14)].map(() => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}`, `${g}_${f}${r.int(1975, 2006)}`, `${w}-${g}${y}`, `${f}${g}_${w}`]);
    case 'ig':
      return r.pick(['@', '@', '']) + r.pick([`${g}.${w}`, `${f}_${g}.art`, `${w}.${g}_${y}`, `${g}__${f}`, `studio.${w}.${g}`, `${g}.${f}.lashes`, `${g}_shoots`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(100, 9999)}`, `${f}.${g}${y}`, `${g}${f}.${w}`]);
    case 'signal':
      return `${r.pick([g, `${g}_${w}`, `${w}.${g}`, `${f}${g}`])}.${p13(r.int(1, 99))}`;
    case 'snap':
      return r.pick([`${g}_${w}${y}`, `${g}.${f}`, `${w}-${g}`, `${g}${f}${y}`]);
    default:
      return r.pick([`${g}_${w}${y}`, `${w}.${g}`, `${g}${f}${y}`, `${f}_${g}`, `${g}.${r.int(100, 999)}`]);
  }
}

const MAILDOM13: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'pm.me', 'tutanota.com', 'btinternet.com', 'ed.ac.uk', 'me.com', 'gmx.co.uk', 'mail.com'],
  ja: ['gmail.com', 'yahoo.co.jp', 'au.com', 'docomo.ne.jp', 'i.softbank.jp', 'nifty.com', 'so-net.ne.jp', 'icloud.com', 'hotmail.co.jp', 'u-tokyo.ac.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'hanmail.net', 'yonsei.ac.kr', 'kaist.ac.kr', 'nate.com'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'ya.ru', 'internet.ru', 'rambler.ru', 'hse.ru', 'bk.ru', 'yandex.kz'],
  vi: ['gmail.com', 'yahoo.com', 'outlook.com.vn', 'ueh.edu.vn', 'vnu.edu.vn', 'hcmut.edu.vn', 'icloud.com', 'fpt.com'],
};
/** The at sign as a word in each language, in the brackets people put round it. */
const AT13: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', ' [at] ', ' AT ', '(@)', ' [@] ', ' /at/ ', '_at_', ' at-sign '],
  ja: ['アットマーク', '＠マーク', ' あっと ', '(アット)', '［アット］', 'アット', '《at》'],
  ko: [' 골뱅이 ', '골뱅이', '(골뱅이)', '[골뱅이]', ' 앳 ', '(at)', '＠'],
  ru: [' собака ', '(собака)', ' собачка ', '[собака]', ' (at) ', '_собака_', ' at '],
  vi: [' a còng ', '(a còng)', ' a cong ', ' [a còng] ', ' (at) ', ' acòng ', ' a còng '],
};
const DOT13: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', ' [dot] ', ' DOT ', ' /dot/ ', '_dot_', '(.)'],
  ja: ['ドット', '（ドット）', ' どっと ', '［ドット］', 'ドット', '(.)'],
  ko: ['점', '닷', ' 쩜 ', '(점)', '[점]', ' 닷 ', '(dot)'],
  ru: [' точка ', '(точка)', ' тчк ', '[точка]', ' dot ', '_точка_'],
  vi: [' chấm ', '(chấm)', ' cham ', ' [chấm] ', ' dot ', ' chấm '],
};
/** Top-level domains said aloud. */
const TLD13: Record<Lang, Record<string, string[]>> = {
  en: { com: [' dot com', ' dot c o m', ' DOT COM'], uk: [' dot uk', ' dot co dot uk'], me: [' dot me'] },
  ja: { com: ['ドットコム', 'どっとこむ', 'ドット・コム'], jp: ['ドットジェイピー', 'ドットjp'] },
  ko: { com: ['닷컴', '점컴', '쩜컴'], net: ['닷넷', '점넷'], kr: ['닷케이알', '점kr'] },
  ru: { ru: [' точка ру', ' тчк ру', ' точка ru'], com: [' точка ком'], kz: [' точка кз'] },
  vi: { vn: [' chấm vn', ' chấm vê-en', ' cham vn'], com: [' chấm com', ' cham com', ' chấm côm'] },
};

function email13(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const g = r.pick(NAMES13[lang].g);
  const f = r.pick(NAMES13[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}${r.int(70, 2009)}`, `${g[0]}${f}`, `${g}.${r.pick(['studio', 'work', 'tutor', 'desk', 'family', 'books'])}`, `${f}-${g}`]);
  const domain = r.pick(MAILDOM13[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.06) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr, obfuscated: false };
  const labels = domain.split('.');
  const at = r.pick(AT13[lang]);
  const dot = r.pick(DOT13[lang]);
  switch (r.int(0, 13)) {
    case 0:
    case 1:
    case 2:
      return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words' };
    case 3:
      return { text: `${local}${at}${domain}`, obfuscated: true, how: 'at word' };
    case 4: {
      const said = TLD13[lang][labels[labels.length - 1]];
      if (said) return { text: `${local}${at}${labels.slice(0, -1).join(dot)}${r.pick(said)}`, obfuscated: true, how: 'top-level domain said' };
      return { text: `${local}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words' };
    }
    case 5:
      return { text: `${local.replace(/\./g, dot)}${at}${labels.join(dot)}`, obfuscated: true, how: 'at-dot words throughout' };
    case 6:
      return { text: fw13(r, addr), obfuscated: true, how: 'full-width' };
    case 7:
      return { text: zw13(r, addr), obfuscated: true, how: 'zero-width' };
    case 8: {
      const l = look13(r, addr);
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: zw13(r, addr), obfuscated: true, how: 'zero-width' };
    }
    case 9:
      return { text: r.chance(0.5) ? `${local} @ ${labels.join(' . ')}` : `${local} @ ${domain}`, obfuscated: true, how: 'split by spaces' };
    case 10:
      return { text: `${local}${at}${labels.join(dot).toUpperCase()}`, obfuscated: true, how: 'dot words, domain in capitals' };
    case 11:
      return { text: fancy13(r, addr), obfuscated: true, how: 'mathematical letters' };
    case 12:
      return { text: `${fullWidth(local)}${at}${labels.join(dot)}`, obfuscated: true, how: 'full-width name, at-dot words' };
    default:
      return { text: `${local}＠${domain.replace(/\./g, '．')}`, obfuscated: true, how: 'full-width marks' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape13 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  /** How the digits are grouped when said. */
  groups: number[];
  /** The digits as said, when not the national number (Russia and Kazakhstan: with the trunk 8). */
  say?: (d: string) => string;
}
/** `d` cut after each of `cuts` characters, the rest in one last piece. */
function cut13(d: string, ...cuts: number[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const c of cuts) {
    out.push(d.slice(k, k + c));
    k += c;
  }
  if (k < d.length) out.push(d.slice(k));
  return out;
}
const jpLand13 = (code: string): Shape13 => ({
  region: 'JP',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => cut13(d, 3, 3).join('-'), (d) => `(${d.slice(0, 3)})${cut13(d.slice(3), 3).join('-')}`, (d) => `+81 ${d.slice(1, 3)}-${cut13(d.slice(3), 3).join('-')}`, (d) => cut13(d, 3, 3).join(' ')],
  groups: [3, 3, 4],
});
const krLand13 = (code: string): Shape13 => ({
  region: 'KR',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => cut13(d, 3, 3).join('-'), (d) => `(${d.slice(0, 3)}) ${cut13(d.slice(3), 3).join('-')}`, (d) => `${d.slice(0, 3)}.${cut13(d.slice(3), 3).join('.')}`],
  groups: [3, 3, 4],
});
const vnLand13 = (code: string): Shape13 => ({
  region: 'VN',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => cut13(d, 4, 3).join(' '), (d) => `(${d.slice(0, 4)}) ${cut13(d.slice(4), 3).join(' ')}`, (d) => cut13(d, 4, 3).join('.'), (d) => `+84 ${d.slice(1, 4)} ${cut13(d.slice(4), 3).join(' ')}`],
  groups: [4, 3, 4],
});
const ruLand13 = (code: string): Shape13 => {
  const rest = 10 - code.length;
  const tail = (d: string) => cut13(d.slice(code.length), rest - 4, 2).join('-');
  return {
    region: 'RU',
    national: (r) => code + r.int(2, 7) + r.digits(rest - 1),
    formats: [(d) => `+7 (${code}) ${tail(d)}`, (d) => `8 (${code}) ${tail(d)}`, (d) => `8-${code}-${tail(d)}`, (d) => `+7 ${code} ${tail(d)}`],
    groups: [1, code.length, rest - 4, 2, 2],
    say: (d) => '8' + d,
  };
};
const gbLand13 = (code: string): Shape13 => ({
  region: 'GB',
  national: (r) => code + r.int(2, 9) + r.digits(10 - code.length),
  formats: [(d) => `${d.slice(0, code.length)} ${code.length === 4 ? cut13(d.slice(4), 3).join(' ') : d.slice(code.length)}`, (d) => `+44 ${d.slice(1, code.length)} ${code.length === 4 ? cut13(d.slice(4), 3).join(' ') : d.slice(code.length)}`, (d) => `(${d.slice(0, code.length)}) ${d.slice(code.length)}`],
  groups: code.length === 4 ? [4, 3, 4] : [5, 6],
});

const SHAPES13: Record<string, Shape13> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => cut13(d, 3, 4).join('-'), (d) => d, (d) => cut13(d, 3, 4).join(' '), (d) => `+81 ${cut13(d.slice(1), 2, 4).join(' ')}`, (d) => `+81-${cut13(d.slice(1), 2, 4).join('-')}`, (d) => `${d.slice(0, 3)}(${d.slice(3, 7)})${d.slice(7)}`], groups: [3, 4, 4] },
  JP_KANAZAWA: jpLand13('076'),
  JP_NIIGATA: jpLand13('025'),
  JP_MATSUYAMA: jpLand13('089'),
  JP_KAGOSHIMA: jpLand13('099'),
  JP_SHIZUOKA: jpLand13('054'),
  JP_OKAYAMA: jpLand13('086'),
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => cut13(d, 3, 4).join('-'), (d) => d, (d) => cut13(d, 3, 4).join(' '), (d) => cut13(d, 3, 4).join('.'), (d) => `+82 ${cut13(d.slice(1), 2, 4).join('-')}`, (d) => `+82 ${cut13(d.slice(1), 2, 4).join(' ')}`, (d) => `(010) ${cut13(d.slice(3), 4).join('-')}`], groups: [3, 4, 4] },
  KR_GANGWON: krLand13('033'),
  KR_CHUNGNAM: krLand13('041'),
  KR_GYEONGBUK: krLand13('054'),
  KR_GYEONGNAM: krLand13('055'),
  KR_JEONNAM: krLand13('061'),
  KR_SEJONG: krLand13('044'),
  VN_MOB: { region: 'VN', national: (r) => r.pick(['033', '034', '036', '037', '056', '059', '076', '077', '078', '081', '082', '084', '085', '089', '094', '097', '098']) + r.digits(7), formats: [(d) => cut13(d, 4, 3).join(' '), (d) => d, (d) => cut13(d, 4, 3).join('.'), (d) => cut13(d, 3, 3).join(' '), (d) => `+84 ${cut13(d.slice(1), 2, 3).join(' ')}`, (d) => `+84${d.slice(1)}`, (d) => `(+84) ${cut13(d.slice(1), 3, 3).join(' ')}`, (d) => cut13(d, 4, 3).join('-')], groups: [4, 3, 3] },
  VN_QNINH: vnLand13('0203'),
  VN_NGHEAN: vnLand13('0238'),
  VN_BINHDUONG: vnLand13('0274'),
  VN_DONGNAI: vnLand13('0251'),
  VN_VUNGTAU: vnLand13('0254'),
  VN_THANHHOA: vnLand13('0237'),
  VN_QUANGNAM: vnLand13('0235'),
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['02', '04', '08', '11', '13', '19', '22', '24', '28', '30', '36', '51', '53', '60', '62', '64', '68', '80', '82', '88', '92', '95', '97', '98', '99']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`, (d) => `+7${d}`, (d) => `8 ${cut13(d, 3, 3, 2).join(' ')}`, (d) => `+7-${cut13(d, 3, 3, 2).join('-')}`, (d) => `+7 (${d.slice(0, 3)}) ${cut13(d.slice(3), 3, 2).join(' ')}`], groups: [1, 3, 3, 2, 2], say: (d) => '8' + d },
  RU_NN: ruLand13('831'),
  RU_IRKUTSK: ruLand13('3952'),
  RU_PERM: ruLand13('342'),
  RU_ROSTOV: ruLand13('863'),
  RU_UFA: ruLand13('347'),
  RU_VORONEZH: ruLand13('473'),
  RU_KHABAROVSK: ruLand13('4212'),
  US: { region: 'US', national: (r) => String(r.int(2, 9)) + r.digits(2) + String(r.int(2, 9)) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => cut13(d, 3, 3).join('-'), (d) => `+1 ${cut13(d, 3, 3).join(' ')}`, (d) => cut13(d, 3, 3).join('.'), (d) => `1-${cut13(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  CA: { region: 'CA', national: (r) => r.pick(['416', '604', '514', '613', '403', '902', '780', '250']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${cut13(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 5)} ${d.slice(5)}`, (d) => `+44 ${d.slice(1, 5)} ${d.slice(5)}`, (d) => d, (d) => `${d.slice(0, 5)} ${cut13(d.slice(5), 3).join(' ')}`, (d) => `+44 (0) ${d.slice(1, 5)} ${d.slice(5)}`], groups: [5, 3, 3] },
  GB_NEWCASTLE: gbLand13('0191'),
  GB_OXFORD: gbLand13('01865'),
  GB_CAMBRIDGE: gbLand13('01223'),
  GB_ABERDEEN: gbLand13('01224'),
  GB_BRIGHTON: gbLand13('01273'),
  GB_NORWICH: gbLand13('01603'),
  GB_NOTTINGHAM: gbLand13('0115'),
  AU: { region: 'AU', national: (r) => '04' + r.digits(8), formats: [(d) => cut13(d, 4, 3).join(' '), (d) => `+61 ${cut13(d.slice(1), 3, 3).join(' ')}`, (d) => `+61 ${d.slice(1)}`], groups: [4, 3, 3] },
  NZ: { region: 'NZ', national: (r) => r.pick(['021', '022', '027']) + r.int(1, 9) + r.digits(6), formats: [(d) => cut13(d, 3, 3).join(' '), (d) => `+64 ${cut13(d.slice(1), 2, 3).join(' ')}`], groups: [3, 3, 4] },
  SG: { region: 'SG', national: (r) => r.pick(['8', '9']) + r.digits(7), formats: [(d) => `+65 ${cut13(d, 4).join(' ')}`, (d) => `(+65) ${d}`], groups: [4, 4] },
  HK: { region: 'HK', national: (r) => r.pick(['5', '6', '9']) + r.digits(7), formats: [(d) => `+852 ${cut13(d, 4).join(' ')}`, (d) => `+852-${d}`], groups: [4, 4] },
  IN: { region: 'IN', national: (r) => r.pick(['9', '8']) + r.digits(9), formats: [(d) => `+91 ${cut13(d, 5).join(' ')}`, (d) => `+91-${d}`], groups: [5, 5] },
  IE: { region: 'IE', national: (r) => '08' + r.pick(['3', '5', '6', '7', '9']) + r.digits(7), formats: [(d) => cut13(d, 3, 3).join(' '), (d) => `+353 ${cut13(d.slice(1), 2, 3).join(' ')}`], groups: [3, 3, 4] },
  ZA: { region: 'ZA', national: (r) => '0' + r.pick(['6', '7', '8']) + r.digits(8), formats: [(d) => cut13(d, 3, 3).join(' '), (d) => `+27 ${cut13(d.slice(1), 2, 3).join(' ')}`], groups: [3, 3, 4] },
  TW: { region: 'TW', national: (r) => '09' + r.digits(8), formats: [(d) => cut13(d, 4, 3).join(' '), (d) => `+886 ${cut13(d.slice(1), 3, 3).join(' ')}`, (d) => `+886-${cut13(d.slice(1), 3, 3).join('-')}`, (d) => cut13(d, 4, 3).join('-')], groups: [4, 3, 3] },
  TH: { region: 'TH', national: (r) => '0' + r.pick(['6', '8', '9']) + r.digits(8), formats: [(d) => cut13(d, 3, 3).join('-'), (d) => `+66 ${cut13(d.slice(1), 2, 3).join(' ')}`], groups: [3, 3, 4] },
  PH: { region: 'PH', national: (r) => '09' + r.pick(['05', '06', '15', '16', '17', '18', '19', '20', '21', '27', '28', '47', '56', '77', '95', '98']) + r.digits(7), formats: [(d) => cut13(d, 4, 3).join(' '), (d) => `+63 ${cut13(d.slice(1), 3, 3).join(' ')}`, (d) => `+63${d.slice(1)}`], groups: [4, 3, 4] },
  CN: { region: 'CN', national: (r) => '1' + r.pick(['3', '5', '8']) + r.digits(9), formats: [(d) => `+86 ${cut13(d, 3, 4).join(' ')}`, (d) => cut13(d, 3, 4).join(' ')], groups: [3, 4, 4] },
  KZ: { region: 'KZ', national: (r) => '7' + r.pick(['01', '02', '05', '07', '47', '71', '75', '77', '78']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, (d) => `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [1, 3, 3, 2, 2], say: (d) => '8' + d },
  GE: { region: 'GE', national: (r) => '5' + r.pick(['55', '57', '58', '59', '91', '93', '95', '98', '99']) + r.digits(6), formats: [(d) => `+995 ${cut13(d, 3, 2, 2).join(' ')}`, (d) => `+995 ${cut13(d, 3, 3).join(' ')}`], groups: [3, 3, 3] },
  RS: { region: 'RS', national: (r) => '06' + r.pick(['0', '1', '2', '3', '4', '5']) + r.digits(7), formats: [(d) => `+381 ${cut13(d.slice(1), 2, 3).join(' ')}`, (d) => cut13(d, 3, 3).join(' ')], groups: [3, 3, 4] },
  TR: { region: 'TR', national: (r) => '5' + r.pick(['30', '32', '33', '35', '42', '43', '05', '06', '52', '55']) + r.digits(7), formats: [(d) => `+90 ${cut13(d, 3, 3, 2).join(' ')}`, (d) => `0${cut13(d, 3, 3, 2).join(' ')}`], groups: [3, 3, 2, 2] },
  AM: { region: 'AM', national: (r) => r.pick(['55', '77', '91', '93', '94', '98', '99', '96', '43', '33', '41', '44', '49']) + r.digits(6), formats: [(d) => `+374 ${cut13(d, 2, 3).join(' ')}`, (d) => `+374 ${cut13(d, 2).join(' ')}`], groups: [2, 3, 3] },
  UZ: { region: 'UZ', national: (r) => r.pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88']) + r.digits(7), formats: [(d) => `+998 ${cut13(d, 2, 3, 2).join(' ')}`, (d) => `+998 (${d.slice(0, 2)}) ${cut13(d.slice(2), 3, 2).join('-')}`], groups: [2, 3, 2, 2] },
  BY: { region: 'BY', national: (r) => r.pick(['29', '33', '44', '25']) + r.int(1, 9) + r.digits(6), formats: [(d) => `+375 ${d.slice(0, 2)} ${cut13(d.slice(2), 3, 2).join('-')}`, (d) => `+375 (${d.slice(0, 2)}) ${cut13(d.slice(2), 3, 2).join('-')}`], groups: [2, 3, 2, 2] },
  IL: { region: 'IL', national: (r) => '05' + r.pick(['0', '2', '3', '4', '8']) + r.digits(7), formats: [(d) => `+972 ${cut13(d.slice(1), 2, 3).join('-')}`, (d) => cut13(d, 3, 3).join('-')], groups: [3, 3, 4] },
};
/** Any phone number (TELB). */
const MIX13: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'US', 'CA', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_NEWCASTLE', 'GB_OXFORD', 'GB_CAMBRIDGE', 'GB_ABERDEEN', 'GB_BRIGHTON', 'GB_NORWICH', 'GB_NOTTINGHAM', 'AU', 'NZ', 'IE', 'SG', 'IN', 'ZA'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_KANAZAWA', 'JP_NIIGATA', 'JP_MATSUYAMA', 'JP_KAGOSHIMA', 'JP_SHIZUOKA', 'JP_OKAYAMA'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_GANGWON', 'KR_CHUNGNAM', 'KR_GYEONGBUK', 'KR_GYEONGNAM', 'KR_JEONNAM', 'KR_SEJONG'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_NN', 'RU_IRKUTSK', 'RU_PERM', 'RU_ROSTOV', 'RU_UFA', 'RU_VORONEZH', 'RU_KHABAROVSK', 'KZ'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_QNINH', 'VN_NGHEAN', 'VN_BINHDUONG', 'VN_DONGNAI', 'VN_VUNGTAU', 'VN_THANHHOA', 'VN_QUANGNAM'],
};
/** Mobiles, for numbers given for a messenger or a transfer (MOBB). */
const MOB13: Record<Lang, string[]> = {
  en: ['US', 'GB_MOB', 'GB_MOB', 'AU', 'IN', 'SG', 'IE'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'TW'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'KZ', 'BY'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB'],
};
/** Mobiles of a country abroad, where people of each language go to work, study or live (ABRB). */
const ABR13: Record<Lang, string[]> = {
  en: ['AU', 'NZ', 'SG', 'HK', 'IN', 'IE', 'ZA'],
  ja: ['AU', 'TW', 'TH', 'HK', 'SG', 'NZ'],
  ko: ['AU', 'PH', 'CN', 'TH', 'NZ'],
  ru: ['KZ', 'GE', 'RS', 'TR', 'AM', 'UZ', 'BY', 'IL'],
  vi: ['TW', 'JP_MOB', 'KR_MOB', 'AU', 'SG'],
};

const SPELL13: Record<Lang, string[][]> = {
  en: [['zero', 'oh', 'nought'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
/** Japanese readings in hiragana (zero as ぜろ, れい or まる) and katakana; Vietnamese without diacritics; Russian in Latin letters. */
const JA_HIRA13 = [['ぜろ', 'れい', 'まる'], ['いち'], ['に'], ['さん'], ['よん'], ['ご'], ['ろく'], ['なな'], ['はち'], ['きゅう']];
const JA_KATA13 = [['ゼロ', 'マル'], ['イチ'], ['ニ'], ['サン'], ['ヨン'], ['ゴ'], ['ロク'], ['ナナ'], ['ハチ'], ['キュウ']];
const VI_BARE13 = [['khong'], ['mot'], ['hai'], ['ba'], ['bon'], ['nam'], ['sau'], ['bay'], ['tam'], ['chin']];
const RU_LATIN13 = [['nol'], ['odin'], ['dva'], ['tri'], ['chetyre'], ['pyat'], ['shest'], ['sem'], ['vosem'], ['devyat']];
const DASHW13: Record<Lang, string[]> = { en: [' dash ', ' hyphen ', ' - '], ja: ['ハイフン', 'の', '－'], ko: [' 다시 ', '에 ', ' ㅡ '], ru: [' тире ', ' дефис ', ' – '], vi: [' gạch ', ' gạch ngang ', ' – '] };
const PLUS13: Record<Lang, string[]> = { en: ['plus', 'Plus'], ja: ['プラス', 'ぷらす'], ko: ['플러스', '+'], ru: ['плюс', 'Плюс'], vi: ['cộng', 'Cộng'] };

/** One speller per number: script, zero word and joiners are chosen once, so all its groups read alike. */
function speller13(r: Rng, lang: Lang): { spell: (gs: string[]) => string; how: string } {
  const roll = r.next();
  // now and then the digits are read in English whatever the language of the message
  const table =
    lang !== 'en' && roll < 0.08 ? SPELL13.en
    : lang === 'ja' ? (roll < 0.3 ? JA_HIRA13 : roll < 0.5 ? JA_KATA13 : SPELL13.ja)
    : lang === 'vi' && roll < 0.35 ? VI_BARE13
    : lang === 'ru' && roll < 0.15 ? RU_LATIN13
    : SPELL13[lang];
  const kana = table === JA_HIRA13 || table === JA_KATA13;
  const english = table === SPELL13.en && lang !== 'en';
  const zero = r.pick(table[0]);
  const word = (c: string) => (c === '0' ? zero : table[Number(c)][0]);
  const tight = cjk13(lang) && !english && !kana;
  const inner = tight ? r.pick(['', '', ' ']) : kana ? r.pick(['', '・', ' ']) : r.pick([' ', ' ', '-', ', ']);
  const outer = tight || kana ? (lang === 'ja' ? r.pick([' ', '、', ' / ', '-', '　']) : r.pick([' ', ', ', ' / ', '-'])) : r.pick([', ', ' - ', ' / ', '... ', ' | ', r.pick(DASHW13[lang])]);
  const caps = lang === 'en' && r.chance(0.12);
  const spell = (gs: string[]) => {
    const text = gs.map((g) => [...g].map(word).join(inner)).join(outer);
    return caps ? text.toUpperCase() : text;
  };
  const how = english ? 'spelled digits in English' : kana ? 'spelled digits in kana' : table === VI_BARE13 ? 'spelled digits without diacritics' : table === RU_LATIN13 ? 'spelled digits in Latin letters' : 'spelled digits';
  return { spell, how };
}

/** Each digit either as a digit or as a word, at random, with at least one of each. */
function mixed13(r: Rng, lang: Lang, d: string, zero: string): string {
  const chars = [...d];
  const asWord = chars.map(() => r.chance(0.5));
  const keep = r.int(0, chars.length - 1);
  asWord[keep] = false;
  if (chars.length > 1) asWord[(keep + r.int(1, chars.length - 1)) % chars.length] = true;
  return chars.map((c, i) => (asWord[i] ? (c === '0' ? zero : SPELL13[lang][Number(c)][0]) : c)).join(cjk13(lang) ? '' : ' ');
}

function phoneNumber13(r: Rng, keys: string[]): { formatted: string; national: string; shape: Shape13 } {
  // Bounded: at most 80 draws over the shapes given, then 200 over the first one, then an error.
  for (let tries = 0; tries < 280; tries++) {
    const shape = SHAPES13[tries < 80 ? r.pick(keys) : keys[0]];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const formatted = r.pick(shape.formats)(d);
    const back = parsePhoneNumberFromString(formatted, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    return { formatted, national: d, shape };
  }
  throw new Error(`blind13: no valid phone number drawn from ${keys.join(', ')}`);
}

/** `d` in groups of the given sizes; what is left over joins the last group. */
function groups13(d: string, sizes: number[]): string[] {
  const out = parts(d, sizes);
  if (out.length > sizes.length) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  return out.filter((g) => g.length > 0);
}

function phone13(r: Rng, lang: Lang, obfuscate: boolean, keys: string[]): Surface {
  const p = phoneNumber13(r, keys);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  const said = p.shape.say ? p.shape.say(p.national) : p.national;
  let gs = groups13(said, p.shape.groups);
  // the trunk 8 of Russia and Kazakhstan is said with the first group
  if (p.shape.say && gs.length > 1 && gs[0].length === 1) gs = [gs[0] + gs[1], ...gs.slice(2)];
  switch (r.int(0, 14)) {
    case 0:
    case 1:
    case 2: {
      const sp = speller13(r, lang);
      return { text: sp.spell(gs), obfuscated: true, how: sp.how };
    }
    case 3: {
      const sp = speller13(r, lang);
      return { text: `${gs[0]}${cjk13(lang) ? r.pick(['-', ' ', '']) : r.pick([' ', ', ', ' - '])}${sp.spell(gs.slice(1))}`, obfuscated: true, how: 'partly spelled' };
    }
    case 4: {
      const sp = speller13(r, lang);
      const start = r.int(0, 1);
      return { text: gs.map((g, i) => (i % 2 === start ? sp.spell([g]) : g)).join(r.pick([' ', ' - '])), obfuscated: true, how: 'partly spelled' };
    }
    case 5:
      return { text: [...said].join(r.pick([' ', '.', '-', ' · ', '_', ' / '])), obfuscated: true, how: 'separated digits' };
    case 6:
      return { text: gs.map((g) => [...g].join(' ')).join(r.pick(['   ', ' - ', ' | ', ' / '])), obfuscated: true, how: 'spaced digits' };
    case 7:
      return { text: fw13(r, p.formatted).replace(/－/g, lang === 'ja' ? r.pick(['－', 'ー']) : '－'), obfuscated: true, how: 'full-width' };
    case 8:
      return { text: zw13(r, p.formatted), obfuscated: true, how: 'zero-width' };
    case 9:
      return { text: gs.join(r.pick(DASHW13[lang])), obfuscated: true, how: 'dash words' };
    case 10:
      return { text: gs.join(r.pick([' // ', '~', ' • ', '|', '..', ' _ ', lang === 'ja' ? '・' : ' + '])), obfuscated: true, how: 'odd separators' };
    case 11: {
      const intl = parsePhoneNumberFromString(p.national, p.shape.region)!;
      const sp = speller13(r, lang);
      const nsn = String(intl.nationalNumber);
      const plus = sp.how.includes('English') ? 'plus' : lang === 'vi' ? (sp.how.includes('without') ? 'cong' : 'cộng') : lang === 'ru' && sp.how.includes('Latin') ? 'plyus' : r.pick(PLUS13[lang]);
      return { text: `${plus} ${sp.spell([String(intl.countryCallingCode), ...groups13(nsn, nsn.length > 8 ? [2, 3, 4] : [4, 4])])}`, obfuscated: true, how: 'spelled international number' };
    }
    case 12:
      return { text: gs.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(r.pick([' ', '-', '　'])), obfuscated: true, how: 'full-width groups' };
    case 13: {
      const zero = r.pick(SPELL13[lang][0]);
      return { text: gs.map((g) => mixed13(r, lang, g, zero)).join(cjk13(lang) ? r.pick([' ', '-']) : r.pick([', ', ' - '])), obfuscated: true, how: 'digits and digit words mixed' };
    }
    default:
      return { text: fancy13(r, p.formatted, true), obfuscated: true, how: 'mathematical digits' };
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB13: Record<Lang, string[]> = {
  en: ['{h}.github.io', 'www.meetup.com/{s}-astronomy', 'cal.com/{h}', 'tally.so/r/{k}', '{s}.square.site', 'gofund.me/{x}', 'www.etsy.com/shop/{s}studio', '{s}.wixsite.com/pottery', 'buymeacoffee.com/{h}', 'www.strava.com/clubs/{n}', 'partiful.com/e/{k}{k}', '{s}.org.uk/book', 'www.{s}-cowork.co.uk/day-pass'],
  ja: ['{h}.hatenablog.com', 'peatix.com/event/{n}', 'connpass.com/event/{n}/', 'lit.link/{h}', '{s}.base.shop', 'jmty.jp/tokyo/sale/article-{k}', 'reserva.be/{s}', 'tabelog.com/tokyo/A1303/A130301/{n}/', '{h}.fc2.net', 'いとはり.jp', 'www.{s}.jp/reserve', '{s}.shiga.jp'],
  ko: ['smartstore.naver.com/{s}', 'litt.ly/{h}', '{h}.postype.com', 'www.idus.com/w/artist/{x}', 'forms.gle/{k}{k}', 'm.blog.naver.com/{h}/{n}', 'www.wadiz.kr/web/campaign/detail/{n}', '우리동네공방.kr', 'booking.naver.com/booking/6/bizes/{n}', 'www.{s}.co.kr/class', '{s}.busan.kr'],
  ru: ['{h}.tilda.ws', 'vk.com/club{n}', 'vk.cc/{k}', 'ozon.ru/t/{k}', 'timepad.ru/event/{n}/', 'хлеб-и-соль.рф', '{s}.spb.ru', 'rutube.ru/channel/{n}/', 'boosty.to/{h}', 'www.{s}.ru/zapis', 'dikidi.net/{n}', 'запись-онлайн.рф/мастер'],
  vi: ['{h}.mysapo.net', 'shopee.vn/{h}', 'www.tiktok.com/@{h}', 'forms.gle/{k}{k}', 'bit.ly/{k}', 'www.chotot.com/{n}.htm', 'tour-{s}.com.vn', '{s}.edu.vn/tuyen-sinh', 'goo.gl/maps/{k}{k}', 'hẹnlịch.vn', 'www.{s}.vn/dat-lich', '{s}.io.vn'],
};
const SLUG13 = ['orion', 'juniper', 'hoshizora', 'byeolbit', 'zvezda', 'saoxanh', 'kestrel', 'tsubame', 'haneul', 'ryabina', 'hoasen', 'marlow'];
/** Messenger links and invites by platform; CHATB draws any platform, the ...LB slots the one their template names. */
const CHAT13: Record<string, string[]> = {
  tg: ['t.me/{h}', 't.me/+{k}{k}{k}', 'telegram.me/{h}', 't.me/{h}/{n}'],
  wa: ['wa.me/{w}', 'wa.me/{w}?text=Hi', 'chat.whatsapp.com/{k}{k}{k}{k}', 'api.whatsapp.com/send?phone={w}'],
  line: ['line.me/ti/p/{k}{k}', 'line.me/R/ti/p/@{h}', 'line.me/ti/g2/{k}{k}{k}', 'lin.ee/{k}'],
  kakao: ['open.kakao.com/o/s{k}', 'open.kakao.com/o/g{k}', 'pf.kakao.com/_{k}', 'qr.kakao.com/talk/{k}{k}'],
  zalo: ['zalo.me/{w}', 'zalo.me/g/{k}{k}'],
  discord: ['discord.gg/{k}', 'discord.com/invite/{k}{k}'],
  fb: ['m.me/{h}', 'www.facebook.com/groups/{s}{n}', 'fb.me/{h}', 'facebook.com/groups/{n}'],
  ig: ['ig.me/m/{h}', 'instagram.com/{h}'],
  signal: ['signal.me/#eu/{k}{k}{k}{k}', 'signal.group/#{k}{k}{k}{k}{k}'],
  snap: ['snapchat.com/add/{h}'],
  wechat: ['u.wechat.com/{k}{k}'],
};
const CHAT_SLOTS13: Record<string, string> = { TGLB: 'tg', WALB: 'wa', KKLB: 'kakao', ZLLB: 'zalo', FBLB: 'fb' };
/** The platforms CHATB draws from. */
const CHATB13 = ['fb', 'wa', 'tg', 'line', 'kakao', 'discord', 'signal', 'ig', 'snap', 'wechat', 'zalo'];

function url13(r: Rng, lang: Lang, obfuscate: boolean, kind: string): Surface {
  const h = handle13(r, lang, 'any').replace(/\./g, '_');
  const platform = kind === 'chat' ? r.pick(CHATB13) : kind;
  const pattern = kind === 'web' ? r.pick(WEB13[lang]) : r.pick(CHAT13[platform]);
  const site = pattern
    .replace('{h}', pattern.startsWith('{h}.') ? h.replace(/_/g, '-') : h)
    .replace('{s}', r.pick(SLUG13))
    .replace(/\{k\}/g, () => key13(r, 5))
    .replace('{x}', () => hex13(r, 10))
    .replace('{n}', () => String(r.int(100000, 9999999)))
    .replace('{w}', () => {
      const p = phoneNumber13(r, MOB13[lang]);
      return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
    });
  const scheme = r.chance(0.4) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.search(/[/?#]/);
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const dots = DOT13[lang].filter((d) => d !== '(.)');
  switch (r.int(0, 10)) {
    case 0:
    case 1:
      return { text: labels.join(r.pick(dots)) + path, obfuscated: true, how: 'dot words' };
    case 2: {
      const said = TLD13[lang][labels[labels.length - 1]];
      if (said) return { text: labels.slice(0, -1).join(r.pick(dots)) + r.pick(said) + path, obfuscated: true, how: 'top-level domain said' };
      return { text: labels.join(r.pick(['[.]', '(.)', '[dot]'])) + path, obfuscated: true, how: 'bracketed dot' };
    }
    case 3:
      return { text: scheme + labels.join(r.pick(['[.]', '(.)', '[dot]', '(dot)', '{.}'])) + path, obfuscated: true, how: 'bracketed dot' };
    case 4:
      return { text: fw13(r, plain), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw13(r, plain), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look13(r, host);
      return l ? { text: scheme + l + path, obfuscated: true, how: 'look-alikes' } : { text: zw13(r, plain), obfuscated: true, how: 'zero-width' };
    }
    case 7:
      return { text: labels.join(' . ') + (path ? ' ' + path.replace(/\//g, ' / ').trim() : ''), obfuscated: true, how: 'split by spaces' };
    case 8:
      return { text: 'hxxps://' + labels.join('[.]') + path, obfuscated: true, how: 'defanged' };
    case 9:
      return { text: labels.join(r.pick(dots)).toUpperCase() + path, obfuscated: true, how: 'dot words, host in capitals' };
    default:
      return { text: scheme + host.replace(/\./g, '．') + path, obfuscated: true, how: 'full-width dots' };
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id13(r: Rng, lang: Lang, obfuscate: boolean, style: Style13): Surface {
  const h = handle13(r, lang, style);
  if (!obfuscate) return { text: h, obfuscated: false };
  const k = r.int(0, 13);
  if (k <= 2) return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
  if (k <= 4) return { text: fw13(r, h), obfuscated: true, how: 'full-width' };
  if (k <= 8) return { text: zw13(r, h), obfuscated: true, how: 'zero-width' };
  if (k <= 12) {
    const l = look13(r, h);
    return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: fullWidth(h), obfuscated: true, how: 'full-width' };
  }
  return { text: fancy13(r, h), obfuscated: true, how: 'mathematical letters' };
}

// ---- numbers with check digits -----------------------------------------------------------------

function spellRun13(r: Rng, lang: Lang, d: string, zero = r.pick(SPELL13[lang][0])): string {
  return [...d].map((c) => (c === '0' ? zero : SPELL13[lang][Number(c)][0])).join(cjk13(lang) ? '' : ' ');
}

function card13(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 8);
  const d =
    kind === 0 ? luhnComplete(r, '4', 16)
    : kind === 1 ? luhnComplete(r, String(r.int(51, 55)), 16)
    : kind === 2 ? luhnComplete(r, String(r.int(2221, 2720)), 16)
    : kind === 3 ? luhnComplete(r, String(r.int(3528, 3589)), 16)
    : kind === 4 ? luhnComplete(r, r.pick(['34', '37']), 15)
    : kind === 5 ? luhnComplete(r, '220' + r.int(0, 4), 16)
    : kind === 6 ? luhnComplete(r, r.pick(['6011', '65' + r.int(10, 99)]), 16)
    : kind === 7 ? luhnComplete(r, '36', 14)
    : luhnComplete(r, '62' + r.int(12, 88), 16);
  const g = d.length === 15 ? parts(d, [4, 6, 5]) : d.length === 14 ? parts(d, [4, 6, 4]) : parts(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d, g.join(' '), g.join('  ')]), obfuscated: false };
  switch (r.int(0, 7)) {
    case 0:
      return { text: fw13(r, r.chance(0.5) ? g.join(' ') : g.join('-')), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: [...d].join(r.pick([' ', '.', '-', '·'])), obfuscated: true, how: 'separated digits' };
    case 2:
      return { text: zw13(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    case 3:
      return { text: g.join(r.pick([' / ', ' | ', '_', '　', ' ~ ', ' • '])), obfuscated: true, how: 'odd separators' };
    case 4:
      return { text: g.map((x, i) => (i % 2 ? spellRun13(r, lang, x) : x)).join(cjk13(lang) ? ' ' : ', '), obfuscated: true, how: 'partly spelled' };
    case 5:
      return { text: g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(r.pick([' ', '-'])), obfuscated: true, how: 'full-width groups' };
    case 6:
      return { text: g.map((x) => [...x].join(' ')).join('   '), obfuscated: true, how: 'spaced digits' };
    default:
      return r.chance(0.5) ? { text: fancy13(r, g.join(' '), true), obfuscated: true, how: 'mathematical digits' } : { text: fullWidth(g.join(' ')), obfuscated: true, how: 'full-width' };
  }
}

function ip13(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const h = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.25);
  const text = v6
    ? r.pick([`2a02:${h()}:${h()}:${h()}::${h()}`, `2404:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `fd${hex13(r, 2)}:${h()}:${h()}::${r.int(2, 99)}`, `2600:${h()}:${h()}::${h()}`])
    : r.pick([`${r.int(23, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 50)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(128, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fw13(r, text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw13(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return v6 ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick(['[.]', '(.)', '{.}'])), obfuscated: true, how: 'bracketed dot' };
    case 3:
      return v6 ? { text: zw13(r, text), obfuscated: true, how: 'zero-width' } : { text: text.split('.').join(r.pick(DOT13[lang].filter((d) => d !== '(.)'))), obfuscated: true, how: 'dot words' };
    case 4:
      return v6 ? { text: fw13(r, text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
    default:
      return r.chance(0.5) ? { text: fancy13(r, text, true), obfuscated: true, how: 'mathematical digits' } : { text: fullWidth(text), obfuscated: true, how: 'full-width' };
  }
}

/** IBANs: countries by the length and shape of their national part. */
const IBAN13: [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['FR', (r) => r.digits(23)],
  ['HR', (r) => r.digits(17)],
  ['SI', (r) => r.digits(15)],
  ['LT', (r) => r.digits(16)],
  ['LV', (r) => r.pick(['HABA', 'UNLA', 'RIKO']) + r.digits(13)],
  ['FI', (r) => r.digits(14)],
  ['DK', (r) => r.digits(14)],
  ['SE', (r) => r.digits(20)],
  ['IE', (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14)],
  ['CZ', (r) => r.digits(20)],
  ['HU', (r) => r.digits(24)],
  ['GR', (r) => r.digits(23)],
  ['RO', (r) => r.pick(['BTRL', 'RNCB', 'INGB']) + r.digits(16)],
  ['GE', (r) => r.pick(['TB', 'BG']) + r.digits(16)],
  ['KZ', (r) => r.digits(16)],
  ['TR', (r) => r.digits(5) + '0' + r.digits(16)],
  ['AE', (r) => r.digits(19)],
  ['RS', (r) => r.digits(18)],
  ['PT', (r) => r.digits(21)],
];
const IBAN_LANG13: Record<Lang, string[]> = {
  en: ['DE', 'FR', 'IE', 'IE', 'PT', 'DK', 'SE', 'FI', 'HR', 'GR', 'AE'],
  ja: ['DE', 'DE', 'FR', 'FI', 'CZ', 'HU', 'SI', 'AE'],
  ko: ['DE', 'DE', 'FR', 'CZ', 'HU', 'LT', 'AE', 'SE'],
  ru: ['DE', 'GE', 'GE', 'KZ', 'KZ', 'TR', 'TR', 'RS', 'RS', 'AE', 'LV', 'LT'],
  vi: ['DE', 'DE', 'FR', 'CZ', 'RO', 'PT', 'AE'],
};
function iban13(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const c = r.pick(IBAN_LANG13[lang]);
  const gen = IBAN13.find(([k]) => k === c)![1];
  const bban = gen(r);
  const code = c + p13(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('blind13: bad IBAN');
  const spaced = code.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.6) ? spaced : code, obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fw13(r, spaced), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw13(r, spaced), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: code.replace(/(.{4})(?=.)/g, r.pick(['$1-', '$1 . ', '$1 / ', '$1   ', '$1_'])), obfuscated: true, how: 'separated groups' };
    case 3:
      return { text: spaced.split(' ').map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'full-width groups' };
    case 4:
      return { text: [...code].join(' '), obfuscated: true, how: 'spaced characters' };
    default:
      return r.chance(0.5) ? { text: fancy13(r, spaced), obfuscated: true, how: 'mathematical letters and digits' } : { text: fullWidth(code), obfuscated: true, how: 'full-width' };
  }
}

function myNumber13(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d]), obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fullWidth(r.pick([g.join(' '), d, g.join('-')])), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw13(r, g.join(r.pick([' ', '-']))), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: [...d].join(r.pick([' ', '.', '-', '・'])), obfuscated: true, how: 'separated digits' };
    case 3: {
      const zero = r.pick(SPELL13[lang][0]);
      return { text: g.map((x) => spellRun13(r, lang, x, zero)).join(cjk13(lang) ? (lang === 'ja' ? r.pick([' ', '・', '、']) : r.pick([' ', ', '])) : ', '), obfuscated: true, how: 'spelled digits' };
    }
    case 4:
      return { text: g.map((x, i) => (i % 2 ? fullWidth(x) : x)).join(r.pick([' ', '-', '　'])), obfuscated: true, how: 'full-width groups' };
    default:
      return r.chance(0.5) ? { text: fancy13(r, g.join(r.pick([' ', '-'])), true), obfuscated: true, how: 'mathematical digits' } : { text: g.join('　'), obfuscated: true, how: 'ideographic spaces' };
  }
}

function rrn13(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1958, 2007);
  const body = p13(y % 100) + p13(r.int(1, 12)) + p13(r.int(1, 28)) + (y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = r.chance(0.85) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fw13(r, `${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw13(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: `${[...d.slice(0, 6)].join(' ')} - ${[...d.slice(6)].join(' ')}`, obfuscated: true, how: 'spaced digits' };
    case 3:
      return { text: `${d.slice(0, 6)}${r.pick(DASHW13[lang])}${d.slice(6)}`, obfuscated: true, how: 'dash word' };
    case 4: {
      const zero = r.pick(SPELL13[lang][0]);
      return { text: `${spellRun13(r, lang, d.slice(0, 6), zero)}${lang === 'ko' ? r.pick([' ', '-', ' 다시 ']) : cjk13(lang) ? r.pick([' ', '-']) : ' - '}${spellRun13(r, lang, d.slice(6), zero)}`, obfuscated: true, how: 'spelled digits' };
    }
    default:
      return r.chance(0.5) ? { text: fancy13(r, `${d.slice(0, 6)}-${d.slice(6)}`, true), obfuscated: true, how: 'mathematical digits' } : { text: `${d.slice(0, 6)}－${d.slice(6)}`, obfuscated: true, how: 'full-width dash' };
  }
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS13: Record<string, Style13> = { IDB: 'any', LNB: 'line', KKB: 'kakao', TGB: 'tg', SKB: 'skype', DCB: 'discord', WXB: 'wechat', IGB: 'ig', FBB: 'fb', SGB: 'signal', SCB: 'snap' };
/** Phone slots and the shapes they draw from: any number, a mobile, a mobile abroad, or one country's mobile. */
const PHONE_SLOTS13: Record<string, Record<Lang, string[]>> = {
  TELB: MIX13,
  MOBB: MOB13,
  ABRB: ABR13,
  OWNB: { en: ['US', 'GB_MOB'], ja: ['JP_MOB'], ko: ['KR_MOB'], ru: ['RU_MOB'], vi: ['VN_MOB'] },
  AUB: { en: ['AU'], ja: ['AU'], ko: ['AU'], ru: ['AU'], vi: ['AU'] },
  SINB: { en: ['SG'], ja: ['SG'], ko: ['SG'], ru: ['SG'], vi: ['SG'] },
  TWB: { en: ['TW'], ja: ['TW'], ko: ['TW'], ru: ['TW'], vi: ['TW'] },
  PHB: { en: ['PH'], ja: ['PH'], ko: ['PH'], ru: ['PH'], vi: ['PH'] },
  GEB: { en: ['GE'], ja: ['GE'], ko: ['GE'], ru: ['GE'], vi: ['GE'] },
  KZB: { en: ['KZ'], ja: ['KZ'], ko: ['KZ'], ru: ['KZ'], vi: ['KZ'] },
};
const ENTITY_SLOTS13 = new Set([...Object.keys(ID_SLOTS13), ...Object.keys(CHAT_SLOTS13), ...Object.keys(PHONE_SLOTS13), 'MAILB', 'WEBB', 'CHATB', 'CARDB', 'IPB', 'IBANB', 'MYNB', 'RRNB']);

/** The entity for one of this set's slots, null for a filler slot. */
export function blind13Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS13[slot]) return { type: 'MESSENGER_ID', surface: id13(r, lang, obfuscate, ID_SLOTS13[slot]) };
  if (CHAT_SLOTS13[slot]) return { type: 'URL', surface: url13(r, lang, obfuscate, CHAT_SLOTS13[slot]) };
  if (PHONE_SLOTS13[slot]) return { type: 'PHONE', surface: phone13(r, lang, obfuscate, PHONE_SLOTS13[slot][lang]) };
  switch (slot) {
    case 'MAILB':
      return { type: 'EMAIL', surface: email13(r, lang, obfuscate) };
    case 'WEBB':
      return { type: 'URL', surface: url13(r, lang, obfuscate, 'web') };
    case 'CHATB':
      return { type: 'URL', surface: url13(r, lang, obfuscate, 'chat') };
    case 'CARDB':
      return { type: 'CREDIT_CARD', surface: card13(r, lang, obfuscate) };
    case 'IPB':
      return { type: 'IP_ADDRESS', surface: ip13(r, lang, obfuscate) };
    case 'IBANB':
      return { type: 'IBAN', surface: iban13(r, lang, obfuscate) };
    case 'MYNB':
      return { type: 'JP_MY_NUMBER', surface: myNumber13(r, lang, obfuscate) };
    case 'RRNB':
      return { type: 'KR_RRN', surface: rrn13(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers reached by an id, per platform, in each language and script: names, nicknames, abbreviations, typos. */
const APPS13: Record<string, Record<Lang, string[]>> = {
  LINEF: { en: ['LINE', 'Line', 'line'], ja: ['LINE', 'ライン', 'ﾗｲﾝ', 'らいん', 'LINE ID'], ko: ['라인', 'LINE', '라인 아이디'], ru: ['Лайн', 'LINE', 'лайн'], vi: ['Line', 'LINE', 'lai'] },
  TGF: { en: ['Telegram', 'TG', 'tg', 'Tele', 'telegram'], ja: ['テレグラム', 'Telegram', 'テレグラ', 'テレ'], ko: ['텔레그램', '텔레', '텔그', '텔레그렘'], ru: ['телеграм', 'телега', 'тг', 'ТГ', 'телеграмм', 'tg'], vi: ['Telegram', 'Tele', 'tele', 'tê-lê', 'Tê lê'] },
  DCF: { en: ['Discord', 'discord', 'disc', 'DC', 'Disc'], ja: ['ディスコ', 'Discord', 'ディスコード', 'でぃすこ'], ko: ['디코', '디스코드', 'Discord', '디코드'], ru: ['дискорд', 'дс', 'Discord', 'дискорде', 'дис'], vi: ['Discord', 'dis', 'DC', 'đít cọt'] },
  FBF: { en: ['Facebook', 'FB', 'Messenger'], ja: ['Facebook', 'フェイスブック', 'FB', 'フェイスブックのメッセンジャー'], ko: ['페북', '페이스북', '페메'], ru: ['фейсбук', 'фб', 'Facebook'], vi: ['FB', 'face', 'phây', 'Facebook', 'mess', 'Messenger', 'fb'] },
  SKF: { en: ['Skype'], ja: ['スカイプ', 'Skype'], ko: ['스카이프', '스카입'], ru: ['скайп', 'Skype'], vi: ['Skype', 'skype'] },
  WXF: { en: ['WeChat', 'Weixin', 'WX'], ja: ['WeChat', '微信', 'ウィーチャット'], ko: ['위챗', 'WeChat', '웨이신'], ru: ['вичат', 'WeChat', 'Вичат'], vi: ['WeChat', 'Wechat', 'uy chát'] },
  IGF: { en: ['Instagram', 'IG', 'insta', 'the gram'], ja: ['インスタ', 'Instagram', 'インスタグラム', 'いんすた'], ko: ['인스타', '인스타그램', '인별', 'IG'], ru: ['инста', 'инстаграм', 'инст', 'Instagram'], vi: ['Insta', 'IG', 'ins', 'Instagram'] },
  SGF: { en: ['Signal', 'signal'], ja: ['Signal', 'シグナル'], ko: ['시그널', 'Signal'], ru: ['сигнал', 'Signal', 'Сигнал'], vi: ['Signal', 'signal'] },
  SCF: { en: ['Snapchat', 'snap', 'Snap', 'sc'], ja: ['スナップチャット', 'スナチャ', 'Snapchat'], ko: ['스냅챗', 'Snapchat', '스냅'], ru: ['снэпчат', 'Snapchat', 'снап'], vi: ['Snapchat', 'snap', 'Snap'] },
  KKF: { en: ['KakaoTalk', 'Kakao', 'KaTalk'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk'], ko: ['카톡', '카카오톡', '깨톡', 'ㅋㅌ'], ru: ['КакаоТок', 'какао', 'KakaoTalk'], vi: ['KakaoTalk', 'Kakao', 'kakao talk'] },
};
const ANYID13 = Object.keys(APPS13);
/** Russian accusative (в ... писать) and prepositional (в ... сидеть) forms; in the other languages the plain names. */
const RU_CASES13: Record<string, { base: string; ru: string[] }> = {
  TGAF: { base: 'TGF', ru: ['телегу', 'телеграм', 'тг', 'Телеграм', 'телеграмм', 'личку в тг'] },
  DCPF: { base: 'DCF', ru: ['дискорде', 'дс', 'Дискорде', 'дискорд', 'дисе'] },
  ANYPF: { base: 'ANYF', ru: ['телеге', 'телеграме', 'дискорде', 'скайпе', 'вичате', 'инсте', 'сигнале', 'снэпе', 'лайне', 'какао'] },
};

/**
 * Where a run of digits in a message of each language could be read as a phone number: the language's
 * own country, the US and the UK (and, for English, Canada and Ireland).
 */
const REGIONS13: Record<Lang, CountryCode[]> = { en: ['US', 'CA', 'GB', 'IE'], ja: ['JP', 'US', 'GB'], ko: ['KR', 'US', 'GB'], ru: ['RU', 'US', 'GB'], vi: ['VN', 'US', 'GB'] };

function phoneLike13(lang: Lang, d: string): boolean {
  return d.length >= 5 && d.length <= 15 && REGIONS13[lang].some((c) => parsePhoneNumberFromString(d, c)?.isValid());
}
/** Whether a run of digits could be read as one of the entities: a phone number (see above), a card or a My Number. */
function entityLike13(lang: Lang, d: string): boolean {
  if (d.length >= 12 && d.length <= 19 && luhn(d)) return true;
  if (d.length === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) return true;
  return phoneLike13(lang, d);
}
/**
 * Whether a written string holds anything entity-like: every run of digits, and every run of digits joined
 * across the spaces, dashes, dots, slashes and brackets a phone number could be written with.
 */
function clean13(lang: Lang, s: string, phonesOnly = false): boolean {
  const runs = [...(s.match(/\d+/g) ?? []), ...(s.match(/\d[\d\s\-.()/]*\d/g) ?? []).map((x) => x.replace(/\D/g, ''))];
  return !runs.some((d) => (phonesOnly ? phoneLike13(lang, d) : entityLike13(lang, d)));
}
/** `n` digits after `lead` that are none of the entities; at most 60 draws, then a fixed sixteen-digit run that fails Luhn. */
function safe13(r: Rng, lang: Lang, n: number, lead = ''): string {
  for (let tries = 0; tries < 60; tries++) {
    const d = lead + r.digits(Math.max(0, n - lead.length));
    if (!entityLike13(lang, d)) return d;
  }
  return '4000000000000001';
}
/** A string made by `make` that holds nothing entity-like (see `clean13`); at most 60 draws, then `fallback`. */
function checked13(r: Rng, lang: Lang, make: (r: Rng) => string | null, fallback: string): string {
  for (let tries = 0; tries < 60; tries++) {
    const s = make(r);
    if (s && clean13(lang, s)) return s;
  }
  return fallback;
}

/** The ISO 7064 mod 11-2 check character of ORCID identifiers. */
function orcidCheck13(d: string): string {
  let total = 0;
  for (const c of d) total = (total + Number(c)) * 2;
  const res = (12 - (total % 11)) % 11;
  return res === 10 ? 'X' : String(res);
}

/**
 * An IMEI: an eight-digit type code, a six-digit serial and the Luhn check digit (so it passes Luhn, yet
 * is no card: fifteen digits under no card network's prefix); neither it nor any group of it a phone
 * number. At most 60 draws.
 */
function imei13(r: Rng, lang: Lang): string {
  for (let tries = 0; tries < 60; tries++) {
    const d = luhnComplete(r, r.pick(['35', '86', '01', '35']) + r.digits(6), 15);
    const text = r.pick([d, `${d.slice(0, 2)}-${d.slice(2, 8)}-${d.slice(8, 14)}-${d.slice(14)}`, `${d.slice(0, 2)} ${d.slice(2, 8)} ${d.slice(8, 14)} ${d.slice(14)}`]);
    if (clean13(lang, text, true)) return text;
  }
  return '356938035643809';
}

/** A SIM card's ICCID: 89, the country code, the issuer, and the Luhn check digit; nineteen digits. */
function iccid13(r: Rng, lang: Lang): string {
  const cc = { en: r.pick(['44', '1', '353']), ja: '81', ko: '82', ru: '7', vi: '84' }[lang];
  for (let tries = 0; tries < 60; tries++) {
    const d = luhnComplete(r, '89' + cc + r.digits(2), 19);
    const text = r.pick([d, d.replace(/(\d{4})(?=\d)/g, '$1 ')]);
    if (clean13(lang, text, true)) return text;
  }
  return '8981100024551234567';
}

function money13(r: Rng, lang: Lang): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  return r.pick({
    en: [`£${n(12, 95)}`, `£${n(1, 2)},${n(100, 999)}`, `$${n(20, 400)}.${r.pick(['00', '50', '99'])}`, `€${n(15, 90)}`, `£${n(400, 1400)}`],
    ja: [`${n(1, 9)},${r.pick(['280', '500', '800', '000'])}円`, `¥${n(10, 98)},${r.pick(['000', '800'])}`, `${n(3, 12)}万円`, `${n(5, 9)}万${n(1, 9)}千円`],
    ko: [`${n(10, 99)},${r.pick(['000', '500'])}원`, `${n(30, 120)}만원`, `₩${n(100, 990)},000`, `${n(2, 9)}천원`],
    ru: [`${n(300, 4900)} ₽`, `${n(15, 90)} ${r.pick(['000', '500'])} ₽`, `${n(20, 60)}к`, `${n(1, 9)} ${r.pick(['200', '500', '900'])} руб.`],
    vi: [`${n(30, 900)}k`, `${n(1, 9)}.${r.pick(['200', '500', '750'])}.000đ`, `${n(2, 9)} triệu`, `${n(100, 950)}.000 VNĐ`, `${n(2, 6)},${n(1, 9)} triệu`],
  }[lang]);
}

/** A date (an expiry or a due date) as written in each language. */
function day13(r: Rng, lang: Lang): string {
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const y = r.int(2026, 2029);
  return {
    en: r.pick([`${p13(m)}/${y}`, `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`, `${y}-${p13(m)}`]),
    ja: r.pick([`${y}年${m}月`, `${y}.${p13(m)}`, `${m}月${d}日`]),
    ko: r.pick([`${y}.${p13(m)}.${p13(d)}`, `${m}월 ${d}일`, `${y}년 ${m}월`]),
    ru: r.pick([`${p13(d)}.${p13(m)}.${y}`, `${p13(m)}.${y}`, `${d} ${['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][m - 1]}`]),
    vi: r.pick([`${p13(d)}/${p13(m)}/${y}`, `${p13(m)}/${y}`, `ngày ${d}/${m}`]),
  }[lang];
}

/** Three-word addresses: ordinary words, none of them a top-level domain. */
const W3W13 = ['filled', 'candle', 'marble', 'ladder', 'pencil', 'puddle', 'whisker', 'spoon', 'lantern', 'pebbles', 'crumpet', 'otters', 'saddle', 'thimble', 'gravel', 'kettle', 'walnut', 'harbour'];

/** Fillers for the slots of these templates; null for any other slot. */
export function blind13Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS13[slot]) return r.pick(APPS13[slot][lang]);
  if (RU_CASES13[slot]) {
    const c = RU_CASES13[slot];
    if (lang === 'ru') return r.pick(c.ru);
    return r.pick((APPS13[c.base] ?? APPS13[r.pick(ANYID13)])[lang]);
  }
  switch (slot) {
    case 'ANYF':
      return r.pick(APPS13[r.pick(ANYID13)][lang]);
    case 'NUMF':
      return String(n(2, 48));
    case 'CASHF':
      return money13(r, lang);
    case 'IMEIF':
      return imei13(r, lang);
    case 'ICCIDF':
      return iccid13(r, lang);
    case 'ORCIDF':
      return checked13(r, lang, (r) => {
        const d = '0000000' + r.pick(['1', '2', '3']) + r.digits(7);
        const full = d + orcidCheck13(d);
        if (/^\d{16}$/.test(full) && luhn(full)) return null;
        return full.replace(/(.{4})(?=.)/g, '$1-');
      }, '0000-0002-1694-233X');
    case 'WTWF':
      return `${r.pick(W3W13)}.${r.pick(W3W13)}.${r.pick(W3W13)}`;
    case 'SWIFTF':
      return r.pick({
        en: ['BARCGB22', 'NWBKGB2L', 'LOYDGB2L', 'CHASUS33', 'AIBKIE2D'],
        ja: ['MHCBJPJT', 'BOTKJPJT', 'SMBCJPJT', 'JPPSJPJ1'],
        ko: ['SHBKKRSE', 'CZNBKRSE', 'HVBKKRSE', 'KOEXKRSE'],
        ru: ['SABRRUMM', 'TICSRUMM', 'ALFARUMM', 'VTBRRUMM'],
        vi: ['BFTVVNVX', 'ICBVVNVX', 'VBAAVNVX', 'ASCBVNVX'],
      }[lang]);
    case 'CALLF': {
      const L = (k: number) => upper13(r, k);
      return {
        en: `${r.pick(['G4', 'M0', 'M7', '2E0', 'K1', 'W6', 'N2', 'EI5'])}${L(r.int(2, 3))}`,
        ja: `${r.pick(['JA1', 'JH3', 'JR6', 'JO1', 'JK2', 'JE8'])}${L(3)}`,
        ko: `${r.pick(['HL1', 'DS2', '6K5', 'HL5', 'DS4'])}${L(3)}`,
        ru: `${r.pick(['UA3', 'RA9', 'R2', 'UB1', 'RN6', 'UA0'])}${L(r.int(2, 3))}`,
        vi: `${r.pick(['3W3', 'XV9', '3W2', 'XV2'])}${L(2)}`,
      }[lang];
    }
    case 'FIDEF':
      return safe13(r, lang, r.pick([6, 7, 8]), String(n(1, 5)));
    case 'ELOF':
      return String(n(1150, 2290));
    case 'SERIALF':
      return r.pick([
        () => `C02${upper13(r, 2)}${n(1, 9)}${upper13(r, 2)}${n(10, 99)}${upper13(r, 2)}`,
        () => `R58${upper13(r, 1)}${n(10, 99)}${upper13(r, 3)}${n(1, 9)}${upper13(r, 1)}`,
        () => `SN-${upper13(r, 2)}${n(100, 999)}-${upper13(r, 1)}${n(10, 99)}`,
        () => `${n(1, 9)}${upper13(r, 3)}${n(10, 99)}${upper13(r, 2)}${n(100, 999)}`,
      ])();
    case 'MODELF':
      return r.pick(['WH-1000XM5', 'ATH-M50x', 'MDR-7506', 'QC45', 'HD 560S', 'AirPods Pro 2', 'Galaxy Buds3 Pro', 'Pixel Buds Pro 2', 'SM-S928N', 'KJ-55X85L', 'EOS R50', 'DJI Mini 4 Pro', 'Xperia 1 VI', 'iPad Air M2']);
    case 'HEADF':
      return r.pick(['WH-1000XM5', 'ATH-M50x', 'MDR-7506', 'QC45', 'HD 560S', 'AirPods Pro 2', 'Galaxy Buds3 Pro', 'Pixel Buds Pro 2', 'WF-1000XM5', 'DT 770 PRO']);
    case 'PATENTF':
      return checked13(r, lang, (r) => r.pick([`US ${n(10, 12)},${n(100, 999)},${n(100, 999)} B2`, `GB${n(2500000, 2630000)}`, `EP ${n(3, 4)} ${n(100, 999)} ${n(100, 999)} B1`]), 'EP 3 412 887 B1');
    case 'LOTF':
      return checked13(r, lang, () => r.pick([`${n(1, 9)}${upper13(r, 1)}${n(100, 999)}${upper13(r, 1)}`, `${upper13(r, 2)}${n(2301, 2612)}-${p13(n(1, 40))}`, `${upper13(r, 1)}${n(10000, 99999)}`]), 'LOT 3K21A');
    case 'DAYF':
      return checked13(r, lang, (r) => day13(r, lang), { en: 'end of March', ja: '来年3月', ko: '내년 3월', ru: 'конца марта', vi: 'cuối tháng 3' }[lang]);
    case 'HOURF':
      return r.pick({
        en: [`${n(6, 11)}:${r.pick(['00', '30'])}am`, `${n(13, 21)}:${r.pick(['00', '15', '30'])}`, `${n(2, 8)}pm`],
        ja: [`${n(13, 21)}:${r.pick(['00', '30'])}`, `${n(7, 10)}時`, `午後${n(1, 8)}時`],
        ko: [`오후 ${n(1, 8)}시`, `${n(13, 21)}:${r.pick(['00', '30'])}`, `아침 ${n(6, 9)}시`],
        ru: [`${n(7, 21)}:${r.pick(['00', '15', '30', '45'])}`],
        vi: [`${n(6, 21)}h${r.pick(['', '30'])}`, `${n(13, 21)}:${r.pick(['00', '30'])}`, `${n(6, 10)} giờ sáng`],
      }[lang]);
    case 'BFASTF':
      return r.pick({ en: ['7am', '6:30', '7:30am'], ja: ['6時半', '7:00', '6:30'], ko: ['아침 7시', '6시 30분', '7:00'], ru: ['7:00', '6:30', '7:30'], vi: ['6h30', '7h', '6:30'] }[lang]);
    case 'SWIMF':
      return r.pick([`${n(52, 59)}.${p13(n(0, 99))}`, `1:${p13(n(0, 19))}.${p13(n(0, 99))}`, `${n(28, 34)}.${p13(n(0, 99))}`]);
    case 'SRTF': {
      const a = n(1, 58);
      const b = n(0, 59);
      return `00:${p13(a)}:${p13(b)},${n(100, 999)} --> 00:${p13(a)}:${p13(Math.min(59, b + n(1, 4)))},${n(100, 999)}`;
    }
    case 'WIFIF':
      return `WIFI:S:${r.pick(['Cafe_Yuzu_5G', 'StudioGuest', 'KITCHEN-2G', 'Hoshizora_Free', 'Byeol_Guest'])};T:WPA;P:${r.pick(['latte-art', 'clay&kiln', 'star2026!', 'guestonly', 'moonpie'])};;`;
    case 'TICKETF':
      return checked13(r, lang, (r) => r.pick([`#${upper13(r, 2)}-${n(2025, 2026)}-${String(n(1, 99999)).padStart(5, '0')}`, `CS${safe13(r, lang, 7)}`, `${upper13(r, 3)}-${n(10000, 99999)}`]), 'CS-A-40213');
    case 'ORDERF':
      return checked13(r, lang, (r) => r.pick([safe13(r, lang, n(9, 13)), `${upper13(r, 2)}${safe13(r, lang, 8)}`, `${n(2025, 2026)}${p13(n(1, 12))}${p13(n(1, 28))}-${safe13(r, lang, 5)}`]), 'WB-88120457');
    case 'ISSNF':
      return checked13(r, lang, (r) => {
        const d = r.digits(7);
        const s = [...d].reduce((a, c, i) => a + Number(c) * (8 - i), 0);
        const c = (11 - (s % 11)) % 11;
        return `${d.slice(0, 4)}-${d.slice(4)}${c === 10 ? 'X' : c}`;
      }, '0317-8471');
    case 'RESVF':
      return r.pick([upper13(r, 6), `${upper13(r, 2)}${n(2, 9)}${upper13(r, 3)}`, `${upper13(r, 3)}-${upper13(r, 3)}`]);
    case 'SCOREF':
      return r.pick({ en: [`${n(0, 3)}-${n(0, 3)}`, `${n(3, 30)}-${n(0, 25)}`], ja: [`${n(0, 3)}-${n(0, 3)}`, `${n(0, 3)}対${n(0, 3)}`], ko: [`${n(0, 3)}-${n(0, 3)}`, `${n(0, 3)} 대 ${n(0, 3)}`], ru: [`${n(0, 3)}:${n(0, 3)}`, `${n(0, 3)}-${n(0, 3)}`], vi: [`${n(0, 3)}-${n(0, 3)}`, `${n(0, 3)}:${n(0, 3)}`] }[lang]);
    case 'RENTF':
      return r.pick({ en: [`£${r.int(9, 19)}${r.pick(['00', '50'])}`, `£${r.int(1, 2)},${r.pick(['050', '250', '400'])}`], ja: [`${r.int(5, 12)}万${r.int(1, 9)}千円`, `${r.int(6, 11)}万円`], ko: [`${r.int(45, 95)}만원`, `${r.int(50, 80)}만 원`], ru: [`${r.int(25, 70)} 000 ₽`, `${r.int(30, 60)}к`], vi: [`${r.int(2, 6)},${r.pick(['5', '2', '8'])} triệu`, `${r.int(2, 5)} triệu`] }[lang]);
    case 'BOWLF':
      return `${n(88, 199)}, ${n(88, 199)}, ${n(88, 199)}`;
    case 'GPAF':
      return r.pick([`${n(2, 3)}.${n(10, 99)}/4.0`, `${n(3, 3)}.${n(0, 9)}`, `${n(2, 3)}.${n(0, 9)} out of 4`]);
    case 'BANDF':
      return r.pick(['6.0', '6.5', '7.0', '7.5', '8.0']);
    case 'POSTF':
      return checked13(r, lang, () => ({
        en: `${r.pick(['OX', 'CB', 'NE', 'AB', 'BN', 'NR', 'NG'])}${n(1, 20)} ${n(1, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}${r.pick([...'ABDEFGHJLNPQRSTUWXYZ'])}`,
        ja: `${n(100, 999)}-${String(n(0, 9999)).padStart(4, '0')}`,
        ko: String(n(10000, 63999)),
        ru: `${n(101, 690)}${String(n(0, 999)).padStart(3, '0')}`,
        vi: String(n(10000, 99999)),
      })[lang], { en: 'OX1 2JD', ja: '150-0041', ko: '06236', ru: '190000', vi: '70000' }[lang]);
    case 'KILNF':
      return r.pick({ en: ['1,250°C', '1260°C', '2,300°F'], ja: ['1250℃', '1,230度', '1300℃'], ko: ['1250도', '1,280℃', '1230°C'], ru: ['1250 °C', '1 280 градусов', '1230°'], vi: ['1.250 độ', '1250°C', '1.300 độ C'] }[lang]);
    case 'COLDF':
      return r.pick({ en: ['-3°C', 'minus 5', '27°F'], ja: ['-8℃', '氷点下5度', 'マイナス3度'], ko: ['영하 7도', '-4°C', '영하 12도'], ru: ['−18 °C', 'минус 22', '-15'], vi: ['9 độ', '11°C', '7 độ'] }[lang]);
    case 'SPEEDF':
      return r.pick(['512 Mbps', '1 Gbps', '300Mbps', '940 Mbps', '2 Gbps']);
    case 'SLOWF':
      return r.pick(['87 Mbps', '12 Mbps', '25 Mb/s', '4 Mbps', '40Mbps']);
    case 'VERF':
      return r.pick([`v${n(2, 9)}.${n(0, 20)}.${n(0, 9)}`, `${n(17, 26)}.${n(0, 6)}.${n(1, 3)}`, `${n(1, 4)}.0.0-beta.${n(1, 9)}`, `${n(6, 12)}.${n(0, 40)}`, `build ${n(21, 26)}${upper13(r, 1)}${n(100, 999)}`]);
    case 'DISTF':
      return r.pick({ en: ['21.1 km', '18 miles', '30 km', '25K', '15 miles'], ja: ['30km', '25キロ', '21km', '32キロ'], ko: ['30km', '25킬로', '21km', '32km'], ru: ['30 км', '25 км', '21 км', '32 км'], vi: ['30km', '21km', '25 cây', '32km'] }[lang]);
    case 'AREAF':
      return r.pick({
        en: [`${n(35, 90)} m²`, `${n(400, 950)} sq ft`, `a ${n(1, 3)}-bed, ${n(40, 85)} sqm`],
        ja: [`1LDK ${n(30, 55)}㎡`, `${n(20, 40)}.${n(1, 9)}㎡`, `2DK ${n(38, 60)}㎡`],
        ko: [`${n(59, 114)}㎡`, `${n(59, 84)}㎡(${n(18, 34)}평)`, `전용 ${n(39, 84)}㎡`],
        ru: [`${n(28, 80)} м²`, `${n(30, 42)} кв. м, однушка`, `${n(45, 90)} кв. м`],
        vi: [`${n(15, 40)}m2`, `${n(18, 60)} m²`, `${n(3, 5)}x${n(10, 20)}m`],
      }[lang]);
    case 'INVF':
      return checked13(r, lang, (r) => r.pick([`INV-${n(25, 26)}-${String(n(1, 9999)).padStart(4, '0')}`, `${n(2025, 2026)}/${n(100, 1999)}`, `${upper13(r, 2)}-${n(1000, 99999)}`]), 'INV-26-0412');
    case 'ROOMF':
      return String(r.pick([n(101, 1219), n(2001, 2412)]));
    case 'PARCELF':
      return r.pick([safe13(r, lang, n(12, 14)), `${r.pick(['RA', 'RR', 'LP', 'EE'])}${safe13(r, lang, 9)}${r.pick(['RU', 'JP', 'KR', 'VN', 'GB', 'CN'])}`, `1Z${upper13(r, 3)}${safe13(r, lang, 13)}`]);
    case 'YEARF':
      return r.pick({ en: [`${n(2019, 2025)}`, `${n(2022, 2025)}–${String(n(26, 27))}`], ja: [`${n(2023, 2026)}`, `令和${n(5, 8)}`], ko: [`${n(20, 26)}`, `${n(19, 25)}~${n(24, 26)}`], ru: [`${n(2012, 2018)}–${n(2019, 2020)}`, `${n(2014, 2019)}`], vi: [`K${n(60, 70)}`, `${n(2022, 2025)}`] }[lang]);
    case 'GLUCF':
      return r.pick({ en: [`${n(4, 5)}.${n(0, 9)} mmol/L`], ja: [`${n(82, 118)}mg/dL`], ko: [`${n(82, 118)}mg/dL`], ru: [`${n(4, 5)},${n(0, 9)} ммоль/л`], vi: [`${n(82, 118)} mg/dL`, `${n(4, 5)},${n(0, 9)} mmol/L`] }[lang]);
    case 'DECF':
      return r.pick([`0.${n(5, 95)}`, `1.${n(1, 9)}`, `${n(45, 92)}.${n(0, 9)}`]);
    case 'APTF':
      return {
        en: `${n(1, 9)}${r.pick(['A', 'B', 'C'])}, ${n(2, 88)} ${r.pick(['Cowley Road', 'Jesmond Terrace', 'Mill Lane', 'Elm Grove'])}`,
        ja: `${r.pick(['中央区', '北区', '青葉区'])}${n(1, 5)}丁目${n(1, 20)}-${n(1, 15)} ${r.pick(['メゾン白樺', 'コーポ桜', 'ハイツ青葉'])}${n(1, 3)}0${n(1, 8)}号室`,
        ko: `${r.pick(['101', '102', '103', '105', '108', '112'])}동 ${n(1, 25)}0${n(1, 6)}호`,
        ru: `ул. ${r.pick(['Лесная', 'Садовая', 'Мира', 'Гагарина'])}, д. ${n(1, 120)}, корп. ${n(1, 4)}, кв. ${n(1, 300)}`,
        vi: `số ${n(1, 200)} đường ${r.pick(['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi'])}, P.${n(1, 15)}`,
      }[lang];
    case 'TNUMF':
      // インボイス登録番号: T and a corporate number whose first digit checks the other twelve
      return 'T' + checked13(r, lang, (r) => {
        const base = r.digits(12);
        let s = 0;
        for (let i = 1; i <= 12; i++) s += (base.charCodeAt(12 - i) - 48) * (i % 2 ? 1 : 2);
        return String(9 - (s % 9)) + base;
      }, '8010401050783');
    case 'CASEF':
      return lang === 'ru' ? checked13(r, lang, (r) => `А${n(40, 56)}-${n(1000, 99999)}/${n(2024, 2026)}`, 'А40-31822/2026') : String(n(100, 4999));
    case 'TROIKAF':
      return safe13(r, lang, 10, '0' + r.pick(['0', '1', '2', '3']));
    case 'STUIDF':
      return lang === 'ko' ? checked13(r, lang, (r) => `20${r.int(19, 26)}${r.pick(['1', '2', '3'])}${r.digits(5)}`, '2021130857') : `${r.int(20, 26)}${r.pick(['A', 'B', 'L', 'M', 'E'])}${r.int(1000, 9999)}`;
    case 'FEWF':
      return String(n(1, 5));
    case 'HEIGHTF':
      return String(n(150, 192));
    case 'PULSEF':
      return String(n(58, 96));
    case 'CUTF':
      return String(n(60, 88));
    case 'CARF':
      return String(n(1, 16));
    case 'REIWAF':
      return String(r.int(2, 8));
    case 'DANF':
      return r.pick(['初段', '二段', '三段', '1級', '四段']);
    case 'AVGF':
      return lang === 'ja' ? r.pick([`.${n(250, 340)}`, `3割${n(0, 4)}分${n(0, 9)}厘`]) : `.${n(250, 340)}`;
    case 'JLPTF':
      return r.pick(['N1', 'N2', 'N3']);
    case 'TOEICF':
      return String(n(60, 99) * 10);
    case 'ERAF':
      return r.pick([`平成${n(8, 17)}年${n(1, 12)}月${n(1, 28)}日`, `昭和${n(55, 63)}年${n(1, 12)}月${n(1, 28)}日`]);
    case 'TRAINF':
      return r.pick({
        en: [`the ${n(6, 9)}:${p13(n(0, 59))} to York`],
        ja: [`のぞみ${n(1, 399)}号`, `かがやき${n(501, 515)}号`, `さくら${n(541, 569)}号`],
        ko: [`KTX ${n(1, 299)}`, `SRT ${n(301, 399)}`, `ITX-마음 ${n(1101, 1199)}`],
        ru: [`Сапсан № ${n(751, 799)}`, `поезд № ${n(1, 199)}${r.pick(['А', 'М', 'Ч', 'Й'])}`, `Ласточка № ${n(701, 749)}`],
        vi: [`SE${n(1, 22)}`, `TN${n(1, 12)}`, `SNT${n(1, 4)}`],
      }[lang]);
    case 'SEATF':
      return lang === 'ko' ? `${n(1, 20)}${r.pick(['A', 'B', 'C', 'D'])}` : lang === 'ru' ? String(n(1, 54)) : lang === 'vi' ? String(n(1, 40)) : `${n(1, 20)}${r.pick(['A', 'B', 'C', 'D', 'E'])}`;
    case 'CONCERTF':
      return r.pick({
        en: [`Block ${n(101, 130)}, Row ${r.pick(['F', 'K'])}`],
        ja: [`アリーナB${n(1, 9)}ブロック${n(1, 30)}列`, `スタンド${n(1, 3)}階${n(1, 40)}列${n(1, 60)}番`],
        ko: [`플로어 ${r.pick(['가', '나', '다'])}구역 ${n(1, 30)}열 ${n(1, 40)}번`, `${n(1, 3)}층 ${n(1, 40)}구역`],
        ru: [`партер, ряд ${n(1, 25)}`],
        vi: [`khu ${r.pick(['A', 'B'])} hàng ${n(1, 20)}`],
      }[lang]);
    case 'BIZF':
      // 사업자등록번호: ten digits whose last checks the others
      return checked13(r, lang, (r) => {
        const b = String(n(101, 899)) + p13(n(1, 99)) + r.digits(4);
        const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        let s = 0;
        for (let i = 0; i < 9; i++) s += (b.charCodeAt(i) - 48) * w[i];
        s += Math.floor(((b.charCodeAt(8) - 48) * 5) / 10);
        const d = b + String((10 - (s % 10)) % 10);
        return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
      }, '852-81-30578');
    case 'LUNARF':
      return lang === 'vi' ? r.pick([`${n(20, 28)} tháng Chạp`, `mùng ${n(1, 9)} tháng Giêng`]) : `${n(1, 12)}월 ${n(1, 29)}일`;
    case 'BPF':
      return `${n(108, 142)}/${n(68, 92)}`;
    case 'HEMF':
      return `${n(12, 480)}/${n(1, 40)}${r.chance(0.5) ? `/${n(1, 9)}` : ''}`;
    case 'PLATEF':
      return r.pick([`${n(50, 59)}-${upper13(r, 1)}${n(1, 9)} ${n(100, 999)}.${p13(n(0, 99))}`, `${n(29, 51)}${upper13(r, 1)}-${n(100, 999)}.${p13(n(0, 99))}`]);
    case 'CAFEF':
      return r.pick(['Quận 3', 'Hồ Con Rùa', 'phố đi bộ Nguyễn Huệ', 'Hồ Tây', 'Thảo Điền']);
    case 'TENPTF':
      return r.pick([`${n(6, 9)}.5`, `${n(6, 9)},${r.pick(['25', '75'])}`, String(n(6, 10))]);
    case 'GOLDF':
      return `${n(120, 160)},${n(1, 9)} triệu`;
    case 'BUSSEATF':
      return `${r.pick(['A', 'B'])}${p13(n(1, 22))}`;
    case 'THPTF':
      return r.pick([`${n(24, 29)},${r.pick(['25', '5', '75'])}`, `${n(24, 29)}.${r.pick(['25', '5', '75'])}`]);
    case 'BADF':
      return `${n(15, 21)}-${n(15, 21)}, ${n(15, 21)}-${n(15, 21)}, ${n(20, 22)}-${n(22, 24)}`;
    case 'BIKF':
      return safe13(r, lang, 9, '04' + r.pick(['4525', '0349', '5030', '7102']));
    case 'KPPF':
      return safe13(r, lang, 9, String(n(7701, 7799)) + '01');
    case 'INNF':
      return checked13(r, lang, (r) => {
        const base = r.pick(['77', '78', '50', '54', '66', '16', '23']) + r.digits(7);
        const k = [2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((a, w, i) => a + w * (base.charCodeAt(i) - 48), 0);
        return base + String((k % 11) % 10);
      }, '5010158388');
    case 'EGEF':
      return `${n(72, 100)} ${r.pick(['баллов', 'из 100'])}`;
    case 'GOSTF':
      return r.pick(['Р 7.0.5-2008', '2.105-95', 'Р 52289-2019', '7.32-2017', 'Р 7.0.100-2018']);
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
  for (const lang of Object.keys(BLIND13_POSITIVE) as Lang[]) {
    for (const [kind, list] of [['positive', BLIND13_POSITIVE[lang]], ['negative', BLIND13_NEGATIVE[lang]]] as const) {
      if (list.length < 45) throw new Error(`blind13: only ${list.length} ${kind} templates for ${lang}`);
      for (const t of list) {
        const slots = [...t.matchAll(slotRe)].map((m) => m[1]);
        const entities = slots.filter((s) => ENTITY_SLOTS13.has(s));
        if (kind === 'positive' && entities.length === 0) throw new Error(`blind13: positive template without an entity: ${t}`);
        if (kind === 'negative' && entities.length > 0) throw new Error(`blind13: negative template with an entity: ${t}`);
        for (const s of slots) if (!ENTITY_SLOTS13.has(s) && blind13Filler(probe, lang, s) == null) throw new Error(`blind13: unknown slot ${s}`);
      }
    }
  }
}
