/**
 * Tenth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the ninth blind set of 3 December
 * (templates-blind9.ts), until the eleventh blind set of 3 December 2026 (templates-blind11.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages, each
 * written on its own: pet-sitting and vets, wedding invitations and replies, tickets passed on at face
 * value, game servers for English clubs (and game friend codes), hospital stays, moving house, bake sales
 * and fundraising fairs, a teacher's book, beta tests of a student's app, class reunions, referees for
 * scholarships, letting agents and flats, babysitters, phones out of credit or data, two-factor lock-outs,
 * second-hand uniforms, internship contacts, tutors' meeting minutes, receipts for an employer, whip-rounds
 * for a gift and bank transfers by phone number, class contact trees and emergency contacts for trips,
 * routers' admin pages and network printers, parents' newsletters, graduation photographers, reports for
 * separated parents, fan friendships, crowdfunding, make-up lesson links, class-rep elections, piano tuners,
 * school shuttles, typo-ridden and very formal messages, romanised and transliterated text, Vietnamese
 * without diacritics, markdown tables, quoted earlier messages, chat-log transcripts, entities at the start,
 * middle and end and inside the quotation marks and brackets of each script. Messenger ids are about a
 * quarter of the entities, named in all five languages and scripts by fillers of their own per platform
 * (nicknames and abbreviations, Russian ones in the prepositional and accusative cases), before or after
 * the id, with ids in each platform's style; numbers given for WhatsApp, Viber or Zalo are labelled as
 * phones. All entities come from the writers below (`blind10Entity`), none from the older sets: phone
 * numbers of Japan (mobiles, 050, Osaka and Sapporo landlines), Korea (mobiles, Seoul and Incheon
 * landlines, 070), Vietnam (mobiles, Hanoi landlines), Russia (mobiles, Moscow landlines), the US, the UK
 * (mobiles, Birmingham and Edinburgh landlines) and EU countries (Germany, France, Spain, Italy, the
 * Netherlands, Poland, Belgium, Greece), kept only when libphonenumber-js says the number is valid for its
 * country and its written form reads back as the same number; links to school, booking, form, portfolio,
 * crowdfunding and file sites, bare domains of generic, country, city and internationalised top-level
 * domains, messenger links and invites (t.me, telegram.me, wa.me, chat.whatsapp.com, line.me, lin.ee,
 * open.kakao.com, zalo.me, m.me, ig.me, discord.gg, discord.com/invite, join.skype.com, invite.viber.com,
 * u.wechat.com, instagram.com, facebook.com); cards of Visa, Mastercard (both ranges), Amex, JCB, Mir,
 * Discover and UnionPay (Luhn); IPv4 (public, private) and IPv6 (global, link-local, unique-local)
 * addresses; IBANs of fourteen European countries (mod 97); My Numbers and resident registration numbers
 * with their check digits, the latter always with a context word. Disguises stay within the specification:
 * full-width forms (whole, or the digits, the marks or the letters only, ideographic spaces), Cyrillic and
 * Greek look-alikes, zero-width characters, digits apart by spaces, dots, dashes, odd marks or dash words
 * (ハイフン, の, 다시, 에, ㅡ, тире, gạch), digits spelled one by one in each language (〇 and 零, 공 and 영,
 * ноль and нуль, Vietnamese with and without diacritics, English in capitals now and then), wholly, after a
 * written first group or group by group in turns, at and dot written out in each language (アットマーク,
 * 골뱅이, 엣, собачка, a còng, a móc ...), top-level domains said aloud, bracketed dots, domains in capitals
 * with dot words, and e-mails and links split by spaces. Hard negatives (`blind10Filler`): game friend
 * codes, Wi-Fi names and passwords, crypto wallets, gift and promo codes, bank account, tax, pension and
 * exam numbers that are no phone, card or My Number, points cards that fail Luhn, IBANs with wrong check
 * digits, Korean resident numbers with the back half masked, blood pressure, steps, calories, shoe sizes,
 * screen resolutions, trains and seats, clauses of rules, opus numbers, furniture sizes, licence plates,
 * postcodes and addresses, equations, versions with a part above 255, file names whose extensions are
 * country domains, order and tracking numbers, split times, door codes, populations, scores, prices, dates
 * and times, idioms and counting with digit words, the at and dot words in their everyday senses, kaomoji,
 * hashtags, people @-mentioned, usernames on other services, and messengers named with no id.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, parts, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in Z: MAILZ, TELZ, WAZ (a number for WhatsApp, Viber or Zalo), SITEZ, INVZ (messenger
// link or invite), IDZ (an id for any messenger), LNZ, KKZ, TGZ, SKZ, DCZ, WXZ, IGZ, FBZ (ids in the style
// of LINE, KakaoTalk, Telegram, Skype, Discord, WeChat, Instagram, Facebook), CARDZ, IPZ, IBANZ, MYNZ,
// RRNZ. Filler slots end in W: LINEW, TGW, SKW, DCW, WXW, IGW, FBW, KKW and ANYW name a messenger reached
// by an id, WAW, VBW, ZLW and PAPPW one reached by a phone number, the ...PW and ...AW slots the Russian
// prepositional and accusative forms; the rest are hard-negative fillers. Only the first 40 negative
// templates and the first 20 positive ones (for the plain lines) of each language are used in order; the
// disguised lines draw from all the positive ones.

// ---- English -----------------------------------------------------------------------------------

const EN10_POS: string[] = [
  "Could you feed Biscuit while I'm away Fri–Sun? Spare key is with the neighbour at no. 14. Vet's out-of-hours line is {TELZ} just in case 🐾",
  'Save the date 💍 Rosalind & Declan, 14 June. RSVP to {MAILZ} by the end of March please — plus-ones welcome!',
  "Got 2 spare tickets for the Sunday matinee (stalls, row F). Face value, no mark-up. {WAW} me: {WAZ}",
  "Our Minecraft English club server is back up! Connect to {IPZ} (port 25565), whitelist is open till Friday. Questions → {DCW} {DCZ}",
  "ok so my little brother wants to join the Saturday class too, his {DCW} is {DCZ} and mine's still the same",
  'Badminton after class on Thursdays? Courts are £6 each. Add me on {WAW}, it\'s {WAZ} 🏸',
  "Surgery went fine 🙏 I'll be on the ward for a few days with no laptop. My husband is handling messages: {TELZ}",
  "We've moved! New landline {TELZ}, mobile unchanged. Please update the emergency contact form.",
  'Bake sale for the exchange trip 🧁 Orders by Wednesday to {MAILZ} or drop a message on {IGW} {IGZ}',
  'My book is finally out!! 📚 Pre-orders and the free sample chapter: {SITEZ}',
  'Would you beta-test the vocab app I built? TestFlight invite goes to your Apple ID email, or grab the web build at {SITEZ}',
  "Class of '19 reunion 🎓 the organiser's {TGW} is {TGZ}, she's making a group chat",
  "Dear Ms Pemberton,\nThank you for agreeing to act as a referee for my scholarship application. The committee will contact you at {MAILZ}. Their office number is {TELZ}.\nKind regards,\nImogen",
  'The letting agent for the student flats is Barnaby, {TELZ} (mornings only). Tell him the tutor sent you 😉',
  "Any chance you know a babysitter for Tuesday evenings? Mine moved away. Text me on {TELZ} if someone comes to mind",
  'Out of credit on my phone lol, use my work number till Monday → {TELZ}',
  "I'm locked out of my account (2FA codes go to my old SIM). Messaging from my partner's account. Reach me on {MAILZ} pls",
  'selling my old school uniform, blazer size 34, £15. {ANYW}: {IDZ}',
  "Hi! HR contact for the summer internship we talked about:\nJasper Ashdown — {MAILZ}\ndirect line {TELZ}\nMention my name 🙂",
  'Tutor meetup notes 📝\n- new teachers: ping Tamsin on {SKW} ({SKZ})\n- shared drive: {SITEZ}\n- next meetup 3rd Thu',
  "My guitar's neck is warped 😭 the luthier you mentioned — is it {TELZ}? Google gives me two numbers",
  "Company reimbursement needs the receipt sent to accounts: {MAILZ}. Invoice to 'Yardley Ltd', not my name",
  'Splitting the group-class fee four ways, £45 each. Transfer to {IBANZ} with your first name as the reference 💸',
  'Secret Santa 🎅 reply to {MAILZ} with your wish list by the 10th. Budget £10!',
  "Emergency contacts for the museum trip\nMum — {TELZ}\nDad — {TELZ}\nAllergies: none",
  "host family BBQ on Sat 🍔 everyone's welcome, address in the group. Host dad's {WAW}: {WAZ}",
  "Router admin page is {IPZ}, password is on the sticker. Then the lesson should load 🤞",
  "printer on the 2nd floor is {IPZ} if you want to print the worksheet from the lab",
  'Newsletter for parents is moving to {SITEZ} — subscribe with your email there, not here',
  "Grad photos 📸 photographer's portfolio {SITEZ}, booking via {IGZ} on {IGW}",
  "Can you cc both of us on progress reports? Since the divorce we don't share inbox. Me: {MAILZ} / her: {MAILZ}",
  'The café manager is hiring weekend staff, ask for Odette → {TELZ}. She speaks French too if your English is shaky',
  'crowdfunding page for the choir trip to Vienna 🎶 {SITEZ} every pound counts',
  "Link for the make-up lesson: {SITEZ}\nIf it doesn't work, call {TELZ}",
  "Quoting you from yesterday:\n> my LINE is {LNZ}\nis that with a dot or an underscore? it doesn't find you",
  "[14:02] Wren: whats ur kakao\n[14:03] Ezra: {KKZ}\n[14:03] Wren: added ✅",
  "{TELZ} ← that's me btw, saved yours as 'Teacher Rufus'",
  'Dog walker recommendation: Priya, very reliable, {TELZ}. She also does Saturday cat visits',
  'For the WeChat pay-in from my aunt in Shanghai: her WeChat is {WXZ}, she will add you first',
  "pls don't judge the pfp 😅 {FBW}: {FBZ}",
  "Paying the exam fee with my dad's card, he said ok: {CARDZ}, exp 11/27, name on card M. Quayle",
  "Typed from my watch sorry for typos. Call {TELZ} asap ring ring",
  "For the visa paperwork my Japanese employer put my My Number as {MYNZ} — is that 12 digits? I count 12",
  'Rent deposit goes to the landlord in Lisbon, IBAN {IBANZ}, then I can sign for the flat near the language school',
  "Class rep election 🗳️ vote for me! manifesto on {SITEZ} and questions to {TGZ} on {TGW}",
  "Garden swap at the community centre 🌱 bring cuttings, take cuttings. Organiser: {MAILZ}, {TELZ}",
  "My {VBW} is the same as my number, {WAZ}. Don't use WhatsApp, I deleted it",
  "Server for the Python course: host {IPZ}, port 22, user is student. Key is in your inbox",
  "Hey, it's Rufus from the quiz night 🧠 we need a 6th for our team. Add me: {SKW} {SKZ}",
  "username's {IGZ} on insta — the one with the cat on a skateboard, not the fan account 🛹",
  'If you prefer Line: {LNZ}. Kakao: {KKZ}. I check both at lunch',
  "{TGZ} (telegram) — fastest way to reach me while I'm travelling ✈️",
  "my discord got renamed when they dropped the #numbers, now it's just {DCZ}",
  "WeChat ID → {WXZ} (my QR code won't scan from a screenshot)",
  "Skype's on its last legs but I still have it: {SKZ}",
  'hey teachr my numbr changed its {TELZ} now, txt me wen u can thx',
  'Please find below the contact details of our safeguarding lead: {MAILZ}, tel. {TELZ}. Office hours 9–4.',
  'Search "{LNZ}" on LINE, the one with the sunflower icon 🌻',
  '| name | contact |\n| Ezra | {MAILZ} |\n| Marisol | {TELZ} |\n| Declan | {DCZ} (discord) |',
  'Charity fun run 🏃 sponsor me at {SITEZ}!!! (or just send me a message on WhatsApp: {WAZ}).',
  'GP surgery rang about my son missing the lesson — their number is {TELZ} if they need you to confirm he was with you',
  'Uni accommodation office: {MAILZ} / {TELZ}. Ask for Marisol, she sorted my room swap in a day',
  "Paying the deposit from my Revolut, here's the IBAN it'll come from so you recognise it: {IBANZ}",
  'Lost my AirPods in the classroom 🙃 if anyone finds them, iMessage me on {TELZ}',
  'the app takes 20% so if you want to book me directly it’s {MAILZ}, no fees either side 😉',
];

const EN10_NEG: string[] = [
  'Could you feed Biscuit Fri–Sun? Half a pouch at {HOURW}, half at {HOURW}, vet appointment moved to {DAYW} 🐾',
  'Wedding is {DAYW}, ceremony at {HOURW}, table {NUMW}. Dress code smart casual, gifts via the registry (no cash pls)',
  'Tickets: {SEATW}, {MONEYW} each, order ref {ORDW}. Doors open {HOURW}',
  'My Switch friend code is {FCW} if anyone wants to play Mario Kart after the exam 🎮',
  'Minecraft club: version {VERW}, render distance {NUMW}, spawn at x {NUMW} z -{NUMW}. See you at {HOURW}',
  'Badminton score last week {MATCHW}, I want a rematch 😤 court {ROOMW}, {HOURW}',
  'Membership card no. {BADCARDW}: the cashier said it is only a points card, not a bank card 🙂',
  'Banking English worksheet, Q3: this IBAN has wrong check digits, find the error: {BADIBANW}',
  'Post-op check: BP {BPW}, temp {TEMPW}, {STEPSW} steps today. Back to teaching {DAYW}',
  'New address: {APTW}, {POSTW}. Old one until {DAYW}, forward the textbooks please',
  'Payroll asked for my National Insurance number ({NINOW}), not my phone, so I sent it to them directly, not here',
  'Bake sale raised {MONEYW} 🎉 {NUMW} brownies, {NUMW} flapjacks, receipt {ORDW}',
  'My book: {PAGEW} pages, ISBN {ISBN}, out {DAYW}, RRP {MONEYW}',
  'App beta crashed on build {VERW} with {RESW} screens, log in {FILEW}',
  "Reunion at {HOURW}, The Crown, booked for {NUMW}. Dress code: whatever fits since '{YEARW}",
  'Sort code 20-{NUMW}-{NUMW}, account {UKACCTW} — sorry wrong chat, that was for my landlord!! ignore',
  'Scholarship essay: {NUMW} words max, due {DAYW} {HOURW}, section {CLAUSEW} of the rules',
  'Wi-Fi for the lesson room: {WIFIW}. It resets every {NUMW} days',
  'Gift card for you ☺ code {GIFTW}, balance {MONEYW}. Thank you for this year',
  'Use promo {PROMOW} at checkout for {PCTW} off the next block of lessons',
  'Crypto payments? no thanks. Someone sent me {WALLETW} and asked for {MONEYW}, looks like a scam',
  "School uniform sizes: blazer 34, shoes {SIZEW}. Parcel tracking {TRKW}",
  'HR said the internship starts {DAYW}, {NUMW} weeks, {MONEYW}/week, contract clause {CLAUSEW}',
  'Piano exam pieces: {OPUSW}, {OPUSW} and a scale in F# minor at ♩= {NUMW}',
  'Shelf for the classroom: {DIMW}, flat-packed, {MONEYW}. Plate of the van {PLATEW} if you see it outside',
  'Quick maths warm-up: {EQW}, then {EQW}. Answers to 2 d.p.',
  'Calories on the cooking worksheet: {KCALW} per portion, serves {NUMW}',
  "Chapter {NUMW}, pages {RANGEW}. {ABBRW} read the footnotes too",
  'Meet {MENTW} and {MENTW} in the lobby at {HOURW}, they have the printed scripts',
  "Phrase of the week: '{IDIOMW}' — and '{ATDOTW}'. Use both in a sentence 😄",
  'stuck on level {NUMW} {KAOW} the boss has {BIGW} HP',
  'Posting our progress with {TAGW} {TAGW} — {PCTW} done with the course!',
  "I'm on {LINEW}, {DCW} and {IGW} but I keep lessons here, policy. Sorry!",
  "Don't add me on {WAW} please, my phone is for family only 🙏",
  'Duolingo streak: {NUMW} days, league rank {NUMW}. Strava says {DURW} for 10k',
  'The train: {TRAINW}, arriving {HOURW}. If it is late I will message here',
  'Timezone check: I am {TZW}, you are {TZW}, so {HOURW} mine is {HOURW} yours?',
  "Laptop serial {SERIALW}, warranty until {YEARW}. IT said OS version {VERW} is too old",
  'Door code {PINW}, then lift to floor {NUMW}, room {ROOMW}',
  'Printer says error {NUMW}-{PINW} and the display is {RESW}, cannot read it',
  'Files for today: {FILEW}, {FILEW} and {FILEW} (the .rs one is the Rust homework)',
  'Population of the city in the reading text: {BIGW}; growth {PCTW} since {YEARW}',
  '> did you get my message?\nyes, got it at {HOURW}! order {ORDW} arrives {DAYW}',
  'Score: listening {SCOREW}, reading {SCOREW}, overall {SCOREW} 🎉',
  'Price list\n• 30 min — {MONEYW}\n• 60 min — {MONEYW}\n• pack of 10 — {MONEYW}',
  'Marathon split times: {DURW}, {DURW}, {DURW}. Bib number {PINW}',
  "our team name for quiz night is 'Dot Com Bubble' lol, table {NUMW}",
  'Just saying the @ key on my keyboard is broken, so I type (at) in essays {KAOW}',
  'Router firmware {VERW}, channel {NUMW}, {RESW} stream keeps buffering',
  'Lesson no. {NUMW} moved from {DAYW} to {DAYW}, same time {HOURW}',
];

// ---- Japanese ----------------------------------------------------------------------------------

const JA10_POS: string[] = [
  '地震大丈夫でしたか？こちらは停電中で、スマホの充電がもちそうにありません。安否確認は実家の固定電話{TELZ}にお願いします',
  'メルカリ経由だと手数料かかるので、直接取引でもいいですか？{LINEW}のIDは{LNZ}です',
  '英検二次の面接練習、本番前にもう一回お願いしたいです🙏 急ぎの時は{TELZ}にショートメールください',
  'ゼミ長の村上です。合宿の出欠は{MAILZ}まで。当日の緊急連絡は{TELZ}（村上携帯）へ',
  'バイトのシフト代わってくれる人いませんか🙏 店長の番号は{TELZ}です、直接かけてOKって言ってました',
  'ワーホリでメルボルンに来てます🦘 こっちの番号はまだないので、{WAW}で日本の番号{WAZ}に送ってください',
  'ママ友がピアノの先生を探してて、先生のこと紹介してもいいですか？彼女のLINEは{LNZ}です',
  'コミケで新刊出します📕 通販と委託の問い合わせはサークル用アドレス{MAILZ}へどうぞ',
  '転勤が決まりまして、来月から札幌勤務です。新しい勤務先の代表番号は{TELZ}になります',
  'お盆は帰省中でWi-Fiが弱いです。オンラインが無理な日は{TELZ}に電話で補講お願いできますか',
  '書道教室の見学申込はHP（{SITEZ}）からか、お電話{TELZ}で（木曜定休）',
  'ES添削ありがとうございました！面接日程の連絡が来たアドレスは{MAILZ}です、本物ですよね？',
  '入院中につきパソコンが使えません🙏 連絡は夫の携帯{TELZ}にお願いします',
  '先生のX見ました！そっちは鍵垢なので、インスタのほう（{IGZ}）フォローしました',
  '保護者会の資料はこちらからダウンロードしてください→{SITEZ}\nパスワードは別途お知らせします',
  '振込先が海外の口座に変わりました。IBAN：{IBANZ}　BICは別途お送りします',
  '塾の面談日程の件、母の携帯{TELZ}に電話もらえますか？日中は仕事なので18時以降だと助かります',
  'チケ譲です🎫 日曜マチネ、1階席2枚、定価でお譲りします。{LINEW}→{LNZ}',
  '英語で遊ぶマイクラ部のサーバー復活しました！アドレスは{IPZ}、ポートはいつもの25565です。質問は{DCW}の{DCZ}まで',
  '連絡網です（個人情報なので取り扱い注意）\n1. 松本 {TELZ}\n2. 小川 {TELZ}\n3. 後藤 {TELZ}',
  'サークルのディスコードです！招待リンク→{INVZ}\n入ったら#自己紹介に一言どうぞ',
  'ＩＤは{LNZ}です（LINEの）、既読つかなかったらもう一回送ってください',
  '韓国旅行中なので、連絡はカカオでお願いします🇰🇷 ID：{KKZ}',
  'Amazonで教材買うのに父のカード使っていいって言われました。{CARDZ}、期限は02/29です',
  '年末調整の書類に扶養家族のマイナンバーを書く欄があって、娘のは{MYNZ}で合ってるか見てもらえますか',
  '自宅サーバーのグローバルIPが{IPZ}に変わったので、課題の提出先もそっちでお願いします',
  'スカイプ名変わりました！新：{SKZ}　旧アカウントは消します',
  'テレグラムやってる生徒さんいますか？単語チャンネル作りました→{INVZ}',
  '【ご案内】6月14日、結婚式を挙げることになりました💐 出欠のお返事は{MAILZ}まで、3月末までにいただけると嬉しいです',
  'ギガ足りなくてネット切れそう😇 月曜までは{TELZ}に電話ください',
  '2段階認証のコードが前のSIMに届くのでログインできません…。しばらく{MAILZ}に連絡ください',
  '中学の制服譲ります（ブレザー160）。{ANYW}で{IDZ}までどうぞ、手渡しなら駅前で',
  '経費精算に領収書が必要なので、経理のアドレス{MAILZ}に送っていただけますか。宛名は会社名でお願いします',
  'ルーターの管理画面は{IPZ}です。パスワードは本体のシールに書いてあります',
  '成績表は元夫にも送ってください。私：{MAILZ}／元夫：{MAILZ}',
  '> LINEのIDは{LNZ}です\nって昨日言ってたの、ドットですか？アンダーバーですか？検索で出てこない…',
  '[14:02] こはる：カカオのID教えて\n[14:03] はやと：{KKZ}\n[14:03] こはる：追加した！',
  '{TELZ}←これ私の番号です、先生のは「りく先生」で登録しました',
  '上海の叔母がWeChatで月謝を払いたいそうです。叔母のIDは{WXZ}、向こうから追加します',
  'プロフ写真は気にしないでください😂 FBは{FBZ}です',
  'あ、バイバーは電話番号そのままです→{WAZ}　ワッツアップは消しました',
  'すみません、メアド間違えてました。正しくは{MAILZ}です🙇‍♀️',
  'watashi no LINE ID wa {LNZ} desu! yoroshiku onegaishimasu〜',
  'LINEで「{LNZ}」を検索してください🌻 ひまわりのアイコンです',
  '恐れ入りますが、本件に関するお問い合わせは担当窓口（{MAILZ}／{TELZ}）までお願い申し上げます。',
  '| 名前 | 連絡先 |\n| 青木 | {MAILZ} |\n| 近藤 | {TELZ} |\n| 後藤 | ディスコ {DCZ} |',
  'せんせ〜ばんごぅかわったぉ{TELZ}　らいんゎそのまま〜',
  'インスタのアカ変えました→{IGZ}　前のは鍵かけてます',
  'ウィーチャットのID：{WXZ}（QRが読み込めない時用）',
  '推薦状をお引き受けいただきありがとうございます。奨学金の事務局から{MAILZ}宛てにご連絡がいくそうです。事務局の電話は{TELZ}です',
  'ラインのオプチャ作りました！{INVZ} 入ったら自己紹介お願いします',
];

const JA10_NEG: string[] = [
  '昨日の地震、こっちは震度{NUMW}でした…停電は{DURW}で復旧。授業は{DAYW}に振替でお願いします',
  'メルカリの取引番号{ORDW}、発送は{DAYW}、らくらくメルカリ便です📦',
  '英検二次：{DAYW} {HOURW}集合、控室は{ROOMW}、面接は{NUMW}番目でした',
  'ゼミ合宿：{DAYW}〜{DAYW}、参加費{MONEYW}、{NUMW}人部屋です',
  'シフト：月{HOURW}〜、水{HOURW}〜、時給{MONEYW}。交通費は{MONEYW}まで',
  'スイッチのフレンドコード{FCW}です、テスト終わったらマリカーしよ🎮',
  'ポイントカードの番号は{BADCARDW}です、クレカじゃないので大丈夫です',
  '受験番号{BADMYNW}、座席は{SEATW}です。当日は受験票を忘れずに',
  'コミケのスペースは{SEATW}、新刊{MONEYW}、既刊{MONEYW}です',
  '{POSTW}は旧住所の郵便番号で、今は{APTW}です。荷物は置き配でお願いします',
  '白い軽自動車（{PLATEW}）で駅まで迎えに行きます🚗',
  'マイナンバーカードの受け取りは{DAYW}、区役所の{ROOMW}窓口です。番号はその場で確認するので送らなくて大丈夫です',
  'X（旧Twitter）もやってますが鍵垢です。レッスンの連絡はこちらでお願いします',
  '領収書の登録番号{REGNOW}はインボイス用です、個人の番号じゃないですよ',
  '振込先：ゆうちょ 記号番号{YUCHOW}……あ、これ大家さん宛ての控えでした、無視してください',
  '書道、{NUMW}級から準{NUMW}段に上がりました🖌 次の昇段試験は{DAYW}',
  'お盆の帰省ラッシュ、{TRAINW}は乗車率{PCTW}でした😵',
  'Suicaの残高{MONEYW}、定期は{DAYW}まで',
  '数字の読み：〇は「まる」か「れい」、電話番号を読むときは「ゼロ」が多いです。{IDIOMW}みたいな熟語は別の読み方',
  '{MENTW} さん、ゼミのレジュメ{FILEW}上げときました',
  '教室のWi-Fi：{WIFIW}です。{NUMW}日ごとに変わります',
  '知らない人から{WALLETW}に{MONEYW}送ってって来た、絶対詐欺だよね',
  'ギフトコード{GIFTW}、残高{MONEYW}です。一年間ありがとうございました🎁',
  '次回の回数券はクーポンコード{PROMOW}で{PCTW}オフです',
  '術後の検査：血圧{BPW}、体温{TEMPW}、今日は{STEPSW}歩。{DAYW}から復帰します',
  'ピアノの発表会は{OPUSW}と{OPUSW}にします🎹',
  '本棚{DIMW}、組み立て式、{MONEYW}でした',
  '計算ウォームアップ：{EQW}、次に{EQW}。小数第2位まで',
  '第{NUMW}章、{RANGEW}ページ。{ABBRW}の注も読んでおいてください',
  '今週の表現：「{IDIOMW}」と「{ATDOTW}」。例文を作ってみましょう😄',
  'ボス戦で詰んだ{KAOW} HP{BIGW}とか無理',
  '{TAGW} {TAGW} で進捗あげてます、{PCTW}まで来ました！',
  '{LINEW}も{DCW}も{IGW}もやってますが、規約なのでレッスンの連絡はここだけです🙏',
  '{WAW}は家族専用なので追加しないでください🙇',
  '時差確認：私は{TZW}、先生は{TZW}なので、こっちの{HOURW}はそっちの{HOURW}ですね',
  'オートロックの暗証番号{PINW}、{NUMW}階の{ROOMW}です',
  '今日のファイル：{FILEW}、{FILEW}、{FILEW}（.rsのはRustの宿題です）',
  '> メッセージ届いた？\n届きました！{HOURW}に。注文{ORDW}は{DAYW}着です',
  '模試：リスニング{SCOREW}、リーディング{SCOREW}、総合{SCOREW}でした🎉',
  '料金表\n・30分 {MONEYW}\n・60分 {MONEYW}\n・10回券 {MONEYW}',
  'ルーターのファームウェア{VERW}、チャンネル{NUMW}、{RESW}だとカクつきます',
  'アットマークのキーが壊れてるので作文では「あっと」と書いてます{KAOW}',
  'ノートPCのシリアル{SERIALW}、保証は{YEARW}年まで、OSのバージョン{VERW}は古すぎるそうです',
  '問題集のISBNは{ISBN}、第{NUMW}版です',
  'カカオもテレグラムもやってない化石です😂 ここで大丈夫です',
  '会員証の番号は{ORDW}ですが、これは電話番号じゃないですよ〜',
  'マラソンのラップ：{DURW}、{DURW}、{DURW}。ゼッケン{PINW}',
  '長文に出てきた都市の人口は{BIGW}人、{YEARW}年から{PCTW}増',
];

// ---- Korean ------------------------------------------------------------------------------------

const KO10_POS: string[] = [
  '군대 간 오빠가 휴가 나와서 과외 상담 받고 싶대요. 오빠 번호 {TELZ} (부대 안에서는 못 받아요)',
  '당근에서 보고 연락드려요~ 직거래 가능하시면 카톡 {KKZ}으로 주세요 🥕',
  '수능 끝났습니다!! 정시 상담 받고 싶은데 원장님 직통 {TELZ} 맞나요?',
  '맘카페에서 선생님 추천받았어요. 상담은 제 번호 {TELZ}로 문자 주시면 돼요',
  'MT 공지🍻 회비는 총무한테, 문의는 회장 {TELZ} / 동아리 메일 {MAILZ}',
  '편의점 알바 대타 구해요ㅠ 사장님 번호 {TELZ}, 제가 미리 말해놨어요',
  '수수료 아끼려면 앱 말고 직접 연락 주셔도 돼요 ㅎㅎ 텔레그램 {TGZ}',
  '워홀로 호주 와 있어요🦘 현지 번호가 아직 없어서 {WAW}으로 한국 번호 {WAZ}에 보내주세요',
  '신혼여행 다녀와서 번호 바꿨어요! {TELZ} 저장 부탁드려요💍',
  '학부모 단톡방 초대 링크입니다 {INVZ} 입장하실 때 "학생이름 엄마/아빠"로 닉 설정 부탁드려요',
  '교수님께 보낼 메일 주소 이거 맞죠? {MAILZ} 오타 있으면 큰일이라서요',
  '체험 수업 신청은 네이버 폼 {SITEZ} 에서 해주세요',
  '유튜브 채널 개설했어요!! {SITEZ} 구독 좋아요 부탁드려요🙏',
  '해외 송금으로 보내드릴게요, 선생님 독일 계좌 IBAN {IBANZ} 맞으시죠?',
  '어학연수 서류에 주민등록번호 {RRNZ} 적어서 냈는데 이렇게 쓰는 거 맞나요?',
  '영어로 노는 마크 서버 다시 열었어요! 주소 {IPZ} 포트 25565, 질문은 {DCW} {DCZ}로~',
  '제 디코 {DCZ} 친추 걸어주세요, 게임은 안 해요ㅋㅋ',
  '이사했어요! 집 전화 {TELZ}로 바뀌었고 휴대폰은 그대로예요. 비상연락처 수정 부탁드립니다',
  '우리 반 비상연락망입니다 (개인정보 주의)\n1. 신하은 어머님 {TELZ}\n2. 권도윤 아버님 {TELZ}\n3. 황채원 어머님 {TELZ}',
  '[양도] 일요일 낮공 1층 2연석 정가양도합니다🎫 카톡 아이디 {KKZ}로 연락 주세요',
  'Kakao ID: {KKZ} (영어 이름이에요)',
  '일본 교환학생 때 쓰던 라인 {LNZ} 아직 살아 있어요',
  '페메로 연락 주셔도 돼요! 페북 이름 {FBZ}',
  '스카이프 아이디 앞에 live: 붙여야 검색되더라고요 → {SKZ}',
  '수술 잘 끝났어요🙏 며칠 입원해서 노트북이 없어요. 연락은 남편 번호 {TELZ}로 부탁드려요',
  '바자회 수제 쿠키 예약은 수요일까지 {MAILZ} 아니면 {IGW} 디엠 {IGZ}으로 주세요🧁',
  '데이터 다 써서 카톡이 잘 안 돼요ㅠ 월요일까지는 {TELZ}로 전화 주세요',
  '중학교 교복 나눔해요 (자켓 160) {ANYW} {IDZ}로 연락 주세요',
  '인턴 건 인사팀 담당자 연락처예요\n📧 {MAILZ}\n☎ {TELZ}\n제 이름 말씀하시면 됩니다',
  '경비 처리하려면 영수증을 회계팀 메일 {MAILZ}로 보내주셔야 해요. 받는 사람은 회사명으로요',
  '홈스테이 집에서 바베큐해요🍖 호스트 아빠 {WAW} 번호는 {WAZ}예요',
  '공유기 관리자 페이지는 {IPZ}이에요. 비번은 스티커에 있어요',
  '성적표는 애 아빠한테도 보내주세요. 저: {MAILZ} / 애 아빠: {MAILZ}',
  '덕질 친구 구해요🫶 인스타 {IGZ} 맞팔 환영',
  '> 제 라인 아이디는 {LNZ}예요\n라고 하셨는데 점이에요 언더바예요? 검색이 안 돼요ㅠ',
  '[오후 2:02] 하은: 카톡 아디 뭐야\n[오후 2:03] 도윤: {KKZ}\n[오후 2:03] 하은: 추가함ㅋㅋ',
  '{TELZ} ← 이거 제 번호예요, 선생님 번호는 "지호쌤"으로 저장했어요',
  '상하이 이모가 위챗으로 수업료 보내신대요. 이모 위챗 {WXZ}, 이모가 먼저 추가하실 거예요',
  '시험 응시료 아빠 카드로 결제해도 된대요: {CARDZ} 유효기간 11/27',
  '실손보험 청구 서류에 학생 주민등록번호가 필요하대서 보내요 {RRNZ}',
  '연말정산 때문에 강사님 주민번호가 필요하다고 하셔서요. 제 주민등록번호는 {RRNZ}입니다',
  '바이버는 제 번호 그대로예요 {WAZ} 왓츠앱은 지웠어요',
  '파이썬 수업 서버예요. 호스트 {IPZ}, 아이디 student, 키는 메일로 보냈어요',
  '학원 셔틀 문의는 실장님 {TELZ}, 또는 원장님 메일 {MAILZ}로 해주세요',
  '아 메일 주소 잘못 썼어요ㅠ 맞는 건 {MAILZ}',
  '오픈채팅방 팠어요!! {INVZ} 비번은 수업 요일 영어로',
  '제 insta는 {IGZ}이고 kakao는 {KKZ}예요 ㅎㅎ',
  '라인에서 “{LNZ}” 검색하시면 해바라기 프사예요🌻',
  '본 건 관련 문의는 담당 부서({MAILZ}, {TELZ})로 연락 주시기 바랍니다.',
  '| 이름 | 연락처 |\n| 안시우 | {MAILZ} |\n| 송예린 | {TELZ} |\n| 허지호 | 디코 {DCZ} |',
  'ㅇㅇ 번호 {TELZ} 급하면 전화 ㄱㄱ',
  '텔레가 답장 제일 빨라요 {TGZ}',
  '위챗 아이디 {WXZ} (QR 안 읽히면 이걸로)',
];

const KO10_NEG: string[] = [
  '오빠 휴가가 {DAYW}부터 {NUMW}일이에요. 그때 상담 잡아주세요',
  '당근 거래 완료🥕 {MONEYW}에 팔았고 매너온도 {TEMPW} 됐어요ㅋㅋ',
  '수능 가채점: 국어 {SCOREW}, 수학 {SCOREW}, 영어 {NUMW}등급',
  '축의금은 {MONEYW} 계좌이체로 보냈어요 (이체 확인번호 {ORDW})',
  '기프티콘 바코드 {TRKW}, 유효기간 {DAYW}까지예요☕',
  '주민번호 앞자리만 적을게요 {HALFRRNW} 나머지는 방문해서 쓸게요',
  '멤버십 카드 번호 {BADCARDW}예요, 신용카드 아니에요',
  '배달 주소: {APTW}, 공동현관 {PINW}#',
  '인강 수강번호 {ORDW}, {NUMW}강까지 들었어요',
  '자취방 와이파이 {WIFIW} 인데 속도가 {NUMW}Mbps밖에 안 나와요',
  '스위치 친구 코드 {FCW}이에요 시험 끝나고 마카 ㄱㄱ🎮',
  'N빵 정산: 1인당 {MONEYW}, 계좌 {ACCTW} (토스 말고 은행 이체로)',
  '{TRAINW} 타고 가요, {HOURW} 도착이에요',
  '{MENTW} 님 조별과제 {FILEW} 올렸어요',
  '어학 성적: 토익 {SCOREW}, 오픽 IH, 텝스 {NUMW}0점',
  '카톡 선물하기로 보냈어요🎁 주문번호 {ORDW}',
  '학원 차량 번호판 {PLATEW}, {HOURW}에 아파트 정문 앞이에요',
  '수술 후 검사: 혈압 {BPW}, 체온 {TEMPW}, 오늘 {STEPSW}보 걸었어요',
  '교실 와이파이 {WIFIW}, {NUMW}일마다 바뀌어요',
  '모르는 사람이 {WALLETW}로 {MONEYW} 보내라는데 이거 사기죠?',
  '작은 선물이에요… 기프티콘 코드 {GIFTW}, 잔액 {MONEYW}',
  '다음 회차권은 쿠폰 {PROMOW} 쓰면 {PCTW} 할인돼요',
  '피아노 발표회 곡은 {OPUSW}랑 {OPUSW}로 할게요',
  '계산 워밍업: {EQW}, 그다음 {EQW}. 소수 둘째 자리까지',
  '{NUMW}단원 {RANGEW}쪽, {ABBRW} 각주도 읽어오세요',
  '이번 주 표현: "{IDIOMW}", "{ATDOTW}". 예문 만들어 보세요😄',
  '보스전에서 막힘{KAOW} 체력 {BIGW} 실화냐',
  '{TAGW} {TAGW} 로 인증 중이에요, 진도율 {PCTW}!',
  '{KKW}도 {DCW}도 {IGW}도 하긴 하는데 규정상 수업 연락은 여기서만 해요🙏',
  '{WAW}은 가족용이라 추가하지 말아주세요🙇',
  '시차 확인: 저는 {TZW}, 선생님은 {TZW}니까 제 {HOURW}가 거기 {HOURW}죠?',
  '오늘 파일: {FILEW}, {FILEW}, {FILEW} (.rs는 러스트 숙제)',
  '> 메시지 받았어?\n응 {HOURW}에 받았어! 주문 {ORDW}은 {DAYW} 도착',
  '수업료 안내\n• 30분 {MONEYW}\n• 60분 {MONEYW}\n• 10회권 {MONEYW}',
  '골뱅이 키가 고장 나서 에세이에 "골뱅이"라고 써요{KAOW}',
  '공유기 펌웨어 {VERW}, 채널 {NUMW}, {RESW} 스트리밍이 자꾸 끊겨요',
  '공일이삼 숫자 읽기 시험은 {DAYW}예요. 공이랑 영 차이도 나와요',
  '카톡이랑 텔레 둘 다 안 하는 화석이라ㅋㅋ 여기서 얘기해요',
  '멤버십 번호 {ORDW}인데 이거 전화번호 아니에요~',
  '지문에 나온 도시 인구 {BIGW}명, {YEARW}년 대비 {PCTW} 증가',
  '노트북 시리얼 {SERIALW}, 보증 {YEARW}년까지, OS 버전 {VERW}는 너무 옛날 거래요',
  '공동현관 비번 {PINW}, {NUMW}층 {NUMW}호예요',
  '마라톤 구간 기록 {DURW}, {DURW}, {DURW}. 배번 {PINW}',
  '모의고사: 듣기 {SCOREW}, 읽기 {SCOREW}, 총점 {SCOREW}🎉',
  '{NUMW}회차 수업 {DAYW}에서 {DAYW}로 변경, 시간은 {HOURW} 그대로',
  '책은 {PAGEW}쪽, ISBN {ISBN}, 정가 {MONEYW}',
  '점심 메뉴 투표🍱 1번 김밥 2번 라면, {HOURW}까지',
  '교복 자켓 160, 신발 {SIZEW}. 운송장 번호 {TRKW}로 보냈어요',
];

// ---- Russian -----------------------------------------------------------------------------------

const RU10_POS: string[] = [
  'Мы переехали в Варшаву 🇵🇱 новый номер {TELZ}, российский пока не отключаю',
  'Дедушка в деревне интернетом не пользуется, по оплате уроков звоните ему на городской: {TELZ}',
  'Я на вахте до конца месяца, связь плохая. Если что-то срочное — жене: {TELZ}',
  'Оплата за месяц: по СБП на {TELZ} (Тинькофф) или на карту {CARDZ}',
  'Репетитор по ОГЭ, которого вы просили: Арсений Титов, {TELZ}, но лучше пишите ему в {TGAW}',
  'Чат родителей в вотсапе, ссылка-приглашение {INVZ} — заходите, там расписание',
  'По пианино с Авито: да, ещё продаю. Пишите в {WAAW} {WAZ}, звонки не принимаю',
  'ЕГЭ по английскому, устная часть — кто хочет потренироваться, мой скайп {SKZ}',
  'На даче связи нет, ловит только вечером у магазина 🙃 срочное — на почту {MAILZ}',
  'Командировка в Казань до пятницы, урок перенесём. Рабочий мобильный {TELZ}',
  'Бухгалтерия школы просит реквизиты, а у меня иностранный счёт: IBAN {IBANZ}',
  'Канал с материалами к урокам: {INVZ} (там всё, что я кидала в личку)',
  'Мой тг поменялся после взлома, теперь {TGZ}. Старый не отвечает!',
  'Пишите на почту {MAILZ}, в телеге меня не ищите — удалилась',
  'Добавьтесь ко мне в инсту {IGZ}, там в сторис задания на неделю',
  'Сайт моей студии: {SITEZ}. Запись на пробный урок там же',
  'Номер «для своих» — {TELZ}. Основной держу для работы',
  'Классная просила передать: её почта {MAILZ}, звонить после 17:00 на {TELZ}',
  'Ищем англоговорящую няню на вечер среды. Мама: {TELZ}, {WAW} тот же',
  'Оплатила курс с карты мужа {CARDZ}, чек пришёл на {MAILZ}',
  'Ник в дискорде — {DCZ}, в вичате — {WXZ}, выбирайте, что удобнее',
  'Сервер нашего английского майнкрафт-клуба снова работает! Адрес {IPZ}, порт 25565. Вопросы — в {DCPW}, ник {DCZ}',
  'Операция прошла нормально 🙏 Лежу в больнице без ноутбука, все вопросы через мужа: {TELZ}',
  'Благотворительная ярмарка 🧁 заказы на пироги до среды на {MAILZ} или в директ {IGPW} {IGZ}',
  'Встреча выпускников 🎓 организатор — Злата, её ник в {TGPW}: {TGZ}, она создаёт общий чат',
  'Спасибо, что согласились написать рекомендацию! Фонд свяжется с вами по адресу {MAILZ}. Телефон приёмной фонда: {TELZ}',
  'Баланс на телефоне ушёл в минус 🙈 до понедельника звоните на рабочий: {TELZ}',
  'Отдам школьную форму, пиджак 158, дешевле, чем на Авито. {ANYW}: {IDZ}',
  'Итоги методобъединения 📝\n- новеньким: писать Кириллу в {SKPW} ({SKZ})\n- общая папка: {SITEZ}\n- следующая встреча в третий четверг',
  'Скидываемся Вере Павловне на подарок 🎁 по 500 ₽, кидайте на карту {CARDZ} (Сбер, Полина Г.)',
  'Родительский чат, экстренные контакты на экскурсию:\nмама — {TELZ}\nпапа — {TELZ}\nаллергий нет',
  'Админка роутера — {IPZ}, пароль на наклейке снизу. После этого урок должен открыться',
  'Дневник, пожалуйста, дублируйте бывшему мужу. Мне: {MAILZ}, ему: {MAILZ}',
  '> мой лайн {LNZ}\nэто через точку или через подчёркивание? не находит((',
  '[14:02] Алиса: скинь ник в телеге\n[14:03] Федор: {TGZ}\n[14:03] Алиса: добавила ✅',
  '{TELZ} — это я, если что) вас записала как «Яна англ»',
  'Тётя из Шанхая хочет платить через вичат, её ID {WXZ}, она сама добавит',
  'На аватарку не смотрите 😅 фб: {FBZ}',
  'В {VBPW} я по номеру {WAZ}, ватсап удалила',
  'Сервер для курса по питону: хост {IPZ}, пользователь student, ключ отправил на почту',
  'В команду на квиз нужен шестой 🧠 добавляйтесь в {SKAW}: {SKZ}',
  'Ой, я ошиблась в почте 🙈 правильная: {MAILZ}',
  'Моя какао {KKZ}, это для корейского разговорного клуба',
  'Лайн {LNZ}, скайп {SKZ} — где удобнее, там и пишите',
  'moi telegram {TGZ}, pishi tuda, russkoj raskladki net sorri',
  'В лайне ищите «{LNZ}», аватарка с подсолнухом 🌻',
  'По всем вопросам просим обращаться в отдел по работе с родителями: {MAILZ}, тел. {TELZ}.',
  '| имя | контакт |\n| Гусев | {MAILZ} |\n| Титова | {TELZ} |\n| Фролов | дс {DCZ} |',
  'превет, мой новый номер {TELZ} звани после 6 плз',
  'Инсту сменила → {IGZ}, старая закрыта',
  '{TGZ} — это мой тг, там отвечаю быстрее всего',
];

const RU10_NEG: string[] = [
  'После переезда у меня {TZW}, так что наши {HOURW} теперь у меня {HOURW}',
  'Заказ на Озоне {ORDW}, код получения {PINW}, ПВЗ закрывается в {HOURW}',
  'ОГЭ: {SCOREW}, оценка {NUMW}. ЕГЭ по английскому сдаю в {YEARW}',
  'Авито: пианино за {MONEYW}, объявление {ORDW}, торг уместен',
  'На даче {TEMPW}, шашлыки в {HOURW}, электричка {TRAINW}',
  'Мой код друга в Switch {FCW}, после экзамена погоняем в Марио 🎮',
  'Номер бонусной карты {BADCARDW}, это не банковская, не переживайте',
  'Задание по банковскому английскому: в этом IBAN неверные контрольные цифры, найдите ошибку: {BADIBANW}',
  'Для договора: ИНН {INNW}, СНИЛС {SNILSW} — ой, это не сюда, это в бухгалтерию школы',
  'Вахта {NUMW}/{NUMW}, возвращаюсь {DAYW}, уроки возобновим с {DAYW}',
  'Такси {PLATEW}, белая Киа, будет через {NUMW} минут',
  'Во ВКонтакте я есть, но там только музыка, уроки — только тут 🙂',
  'Квитанция за ЖКХ {MONEYW}, лицевой счёт {ACCTW}, оплатить до {DAYW}',
  'Код с Госуслуг никому не пересылайте, даже мне! Это я на всякий случай',
  'Новый адрес: {APTW}, индекс {POSTW}. Учебники теперь сюда',
  'После операции: давление {BPW}, температура {TEMPW}, прошла {STEPSW} шагов',
  'Вайфай в классе: {WIFIW}. Меняется каждые {NUMW} дней',
  'Маленький подарок: код сертификата {GIFTW}, номинал {MONEYW}. Спасибо за год!',
  'Промокод {PROMOW} даёт {PCTW} на следующий пакет уроков',
  'Какой-то тип просит перевести {MONEYW} на {WALLETW}, это же развод?',
  'Форма: пиджак 158, обувь {SIZEW}. Трек-номер {TRKW}',
  'На концерт беру {OPUSW} и {OPUSW}',
  'Полка {DIMW}, в разобранном виде, {MONEYW}',
  'Разминка: {EQW}, потом {EQW}. Ответы до сотых',
  'Глава {NUMW}, стр. {RANGEW}, {ABBRW} сноски тоже читаем',
  '{MENTW} {MENTW} встречаемся в холле в {HOURW}, не забудьте сценарии',
  'Выражения недели: «{IDIOMW}» и «{ATDOTW}». Составьте по предложению 😄',
  'застряла на боссе {KAOW} у него {BIGW} хп',
  'Отмечаю прогресс {TAGW} {TAGW}, уже {PCTW} курса!',
  'В {TGPW}, {DCPW} и {IGPW} я есть, но по правилам уроки только тут 🙏',
  'В {WAAW} меня не добавляйте, пожалуйста, там только семья',
  'Серийник ноутбука {SERIALW}, гарантия до {YEARW}, версия ОС {VERW} слишком старая',
  'Код домофона {PINW}, {NUMW} этаж, кабинет {ROOMW}',
  'Файлы на сегодня: {FILEW}, {FILEW}, {FILEW} (.rs — это домашка по Rust)',
  '> дошло сообщение?\nда, в {HOURW}! заказ {ORDW} приедет {DAYW}',
  'Прайс\n• 30 мин — {MONEYW}\n• 60 мин — {MONEYW}\n• абонемент на 10 — {MONEYW}',
  'У меня сломалась клавиша @, поэтому в сочинениях пишу «собака» словом {KAOW}',
  'Прошивка роутера {VERW}, канал {NUMW}, видео в {RESW} тормозит',
  'Ноль, один, два — тренируем счёт на японском, тест {DAYW}',
  'Ни телеги, ни вотсапа у меня нет, я динозавр 😂 пишите здесь',
  'Номер читательского {ORDW} — это не телефон, если что',
  'Урок №{NUMW} переносится с {DAYW} на {DAYW}, время то же — {HOURW}',
  'Население города из текста: {BIGW} человек, рост {PCTW} с {YEARW} года',
  'Собака соседей лает с {HOURW}, простите за шум на уроке',
  'Пробник: аудирование {SCOREW}, чтение {SCOREW}, итого {SCOREW} 🎉',
  'Сплиты на полумарафоне: {DURW}, {DURW}, {DURW}. Стартовый номер {PINW}',
  'Книга: {PAGEW} стр., ISBN {ISBN}, цена {MONEYW}',
  'Статья {CLAUSEW} — штраф за парковку у школы, будьте осторожны 🚗',
];

// ---- Vietnamese --------------------------------------------------------------------------------

const VI10_POS: string[] = [
  'Ba mẹ chuyển học phí qua MoMo số {TELZ} nha, nội dung ghi tên con + lớp',
  'Em đi XKLĐ Nhật rồi cô ơi 🇯🇵 số bên này là {TELZ}, Zalo vẫn xài số cũ',
  'Con đi du học Hàn rồi, cô liên lạc qua Kakao giúp con nha: {KKZ}',
  'Tết này em về quê, sóng yếu lắm, có gì cô gọi số ba em {TELZ} nha',
  'Nhóm Zalo phụ huynh lớp 5A nè, mọi người vào giúp cô {INVZ}',
  'Ôn thi THPT quốc gia môn Anh, ai cần tài liệu ib {ZLW} mình {WAZ} nha',
  'Gia sư tại nhà quận 7, liên hệ chị Ngân {TELZ} (có Zalo luôn)',
  'Cô chủ nhiệm dặn: mail nộp bài là {MAILZ}, hạn chót tối Chủ nhật',
  'Trung tâm có fanpage {SITEZ}, các bạn inbox page để được tư vấn nha',
  'Em gửi tài liệu qua Grab tới nhà cô, tài xế sẽ gọi số {TELZ} ạ',
  'Acc insta học tiếng Anh mỗi ngày của tụi mình: {IGZ} — follow ủng hộ nha 💪',
  'Em xin phép gửi CV vào mail {MAILZ} được không ạ?',
  'Tổng đài trung tâm {TELZ}, chỉ nghe máy giờ hành chính thôi nha',
  'Đóng học phí bằng thẻ tín dụng được không cô? Thẻ em là {CARDZ}, hạn 08/28',
  'Server Minecraft của lớp: {IPZ}, tối thứ 7 vô chơi là phải nói tiếng Anh 100% nha',
  'Bạn em bên Đức muốn học thử, chuyển khoản quốc tế vào IBAN {IBANZ} của cô đúng không ạ?',
  'Tele của trung tâm là {TGZ}, có bot nhắc lịch học hằng ngày',
  'Cô mổ xong rồi, ổn cả 🙏 Mấy hôm nằm viện không có laptop, có gì các em liên hệ chồng cô: {TELZ}',
  'Danh sách liên lạc khẩn cấp đi dã ngoại\nMẹ: {TELZ}\nBa: {TELZ}\nDị ứng: không',
  'Pass lại 2 vé concert Chủ nhật, khu A, đúng giá gốc 🎫 Ib {ZLW} {WAZ}',
  'Thiệp cưới online của tụi mình nè 💌 {SITEZ} Mọi người xác nhận tham dự qua {MAILZ} giúp mình nha',
  'Sách của cô ra rồi nè 📚 đặt trước và đọc thử chương 1 ở đây: {SITEZ}',
  'Ai test giúp em app học từ vựng với ạ 🙇 bản web {SITEZ}, góp ý gửi Tele {TGZ}',
  'Họp lớp 10 năm nè 🎓 tao làm thủ quỹ, xác nhận đi hay không qua {ZLW} {WAZ} nha',
  'Cảm ơn thầy đã nhận viết thư giới thiệu ạ. Quỹ học bổng sẽ liên hệ thầy qua {MAILZ}. SĐT văn phòng quỹ: {TELZ}',
  'Phòng trọ gần trường á, anh môi giới tên Đạt, {TELZ} (chỉ nghe máy buổi sáng). Nói là cô giới thiệu nha',
  'Em hết 4G rồi cô ơi 😭 tới thứ Hai cô gọi số này giúp em {TELZ}',
  'Mã xác thực 2 bước gửi về sim cũ nên em không đăng nhập được… tạm thời cô liên lạc em qua {MAILZ}',
  'Thanh lý đồng phục cấp 2 (áo khoác size 160), rẻ hơn trên Shopee, ib {ANYW} {IDZ}',
  'Biên bản họp tổ 📝\n- GV mới liên hệ thầy Khoa qua Skype ({SKZ})\n- thư mục chung: {SITEZ}\n- họp tiếp thứ Năm tuần 3',
  'Trang quản trị modem là {IPZ}, mật khẩu dán dưới đáy nha',
  'Bảng điểm gửi giúp em cho cả ba cháu nữa ạ. Em: {MAILZ} / ba cháu: {MAILZ}',
  '> line của mình là {LNZ}\nchấm hay gạch dưới vậy bạn? mình tìm không ra',
  '[14:02] Vy: cho xin tele đi\n[14:03] Luân: {TGZ}\n[14:03] Vy: add rồi nha ✅',
  '{TELZ} là số em nha cô, em lưu số cô là "Cô Thu IELTS" rồi',
  'Dì em ở Thượng Hải muốn đóng học phí qua WeChat, ID của dì là {WXZ}, dì sẽ add cô trước',
  'Đừng để ý ảnh đại diện nha 😅 phây em: {FBZ}',
  'Viber em là số này luôn {WAZ}, WhatsApp em xóa rồi',
  'Đội quiz thiếu 1 người 🧠 add Skype mình nha {SKZ}',
  'Cần gia sư cho bé lớp 3, liên hệ mẹ bé {TELZ} hoặc kết bạn {ZLW} qua số này luôn',
  'Link mời vào server Discord của lớp {INVZ}',
  'Ơ em gõ nhầm mail 🙈 đúng là {MAILZ} nha cô',
  'Group Tele lớp IELTS tối: {INVZ} vô rồi đổi tên thật giúp mình',
  'Face {FBZ}, Insta {IGZ}, Zalo thì như số điện thoại {WAZ}',
  'so cua em la {TELZ}, co goi sau 5h chieu giup em nha',
  'Tìm Line “{LNZ}” nha, avatar hoa hướng dương 🌻',
  'Mọi thắc mắc xin vui lòng liên hệ Phòng Đào tạo: {MAILZ}, ĐT: {TELZ}.',
  '| Tên | Liên hệ |\n| Dương Khoa | {MAILZ} |\n| Lâm Ngân | {TELZ} |\n| Cao Bảo | Discord {DCZ} |',
  'ib zalo e nhe {WAZ} hok thi fb {FBZ} cung dc',
  'Insta mới của em nè → {IGZ}, acc cũ khóa rồi ạ',
  '{TGZ} là tele em, nhắn đây rep nhanh nhất nha',
];

const VI10_NEG: string[] = [
  'Chuyển MoMo xong rồi nha cô, mã giao dịch {ORDW}, số tiền {MONEYW}',
  'Điểm thi thử THPT: Anh {SCOREW}, Toán {SCOREW}, Văn {SCOREW}',
  'Đơn Shopee {ORDW}, mã vận đơn {TRKW}, dự kiến giao {DAYW}',
  'Tết em nghỉ từ {DAYW} tới {DAYW}, mùng {NUMW} học lại nha cô',
  'Xe Grab biển số {PLATEW}, anh tài mặc áo xanh, tới trong {NUMW} phút',
  'Mã bạn bè Switch của mình là {FCW}, thi xong làm ván Mario Kart nha 🎮',
  'Số thẻ thành viên {BADCARDW} nha, không phải thẻ ngân hàng đâu ạ',
  'Số báo danh {BADMYNW}, phòng thi {ROOMW}, nhớ mang CCCD',
  'Góp quà 20/11 mỗi bạn {MONEYW}, chuyển khoản STK {ACCTW} Vietcombank, nội dung ghi tên + lớp',
  'CCCD em làm lại rồi, hẹn trả {DAYW}, số thì em không gửi ở đây đâu cô',
  'Tiền điện tháng này {MONEYW}, mã khách hàng PE{INNW}, hạn đóng {DAYW}',
  'Lịch học: T2-T4-T6 lúc {HOURW}, phòng {ROOMW}, sĩ số {NUMW}',
  'Địa chỉ mới: {APTW}, mã bưu chính {POSTW}. Gửi sách về đây giúp cô',
  'Tái khám sau mổ: huyết áp {BPW}, nhiệt độ {TEMPW}, đi được {STEPSW} bước',
  'Wifi phòng học: {WIFIW}, {NUMW} ngày đổi một lần',
  'Quà nhỏ tặng cô: mã thẻ quà tặng {GIFTW}, mệnh giá {MONEYW}. Cảm ơn cô một năm qua!',
  'Nhập mã {PROMOW} để được giảm {PCTW} gói học tiếp theo',
  'Có người kêu chuyển {MONEYW} vào ví {WALLETW}, lừa đảo đúng không mọi người',
  'Đồng phục size 160, giày {SIZEW}. Mã vận đơn {TRKW}',
  'Bài đàn cho buổi biểu diễn: {OPUSW} và {OPUSW}',
  'Kệ sách {DIMW}, tự lắp, {MONEYW}',
  'Khởi động: {EQW}, rồi {EQW}. Làm tròn 2 chữ số thập phân',
  'Chương {NUMW}, trang {RANGEW}, {ABBRW} đọc luôn chú thích',
  '{MENTW} {MENTW} gặp nhau ở sảnh lúc {HOURW}, nhớ mang kịch bản',
  'Thành ngữ tuần này: "{IDIOMW}" và "{ATDOTW}". Đặt câu với mỗi cái nha 😄',
  'kẹt boss hoài {KAOW} máu tận {BIGW}',
  'Check-in tiến độ {TAGW} {TAGW}, xong {PCTW} khóa rồi!',
  'Cô có {ZLW}, {FBW} với {IGW} nhưng theo quy định chỉ nhắn việc học ở đây thôi nha 🙏',
  'Đừng add {WAW} cô nha, cái đó cô để cho gia đình',
  'Tàu {TRAINW}, tới nơi {HOURW}. Trễ thì em nhắn ở đây',
  'Lệch múi giờ: em {TZW}, cô {TZW}, vậy {HOURW} bên em là {HOURW} bên cô đúng không ạ?',
  'Mật khẩu cửa {PINW}, tầng {NUMW}, phòng {ROOMW}',
  'File hôm nay: {FILEW}, {FILEW}, {FILEW} (file .rs là bài Rust)',
  '> nhận được tin nhắn chưa?\nrồi nha, lúc {HOURW}! đơn {ORDW} giao {DAYW}',
  'Bảng giá\n• 30 phút {MONEYW}\n• 60 phút {MONEYW}\n• gói 10 buổi {MONEYW}',
  'Phím @ hỏng nên viết bài em ghi chữ "a còng" thay vào {KAOW}',
  'Firmware modem {VERW}, kênh {NUMW}, xem {RESW} bị giật',
  'Không, một, hai, ba — tập đếm tiếng Nhật nha, kiểm tra {DAYW}',
  'Em không xài Zalo với Tele, cổ lỗ sĩ lắm 😂 nhắn ở đây nha cô',
  'Mã thẻ thư viện {ORDW} nha, không phải số điện thoại đâu',
  'Cô chấm bài xong rồi, điểm {SCOREW}, chấm chữa ở trang {PAGEW}',
  'Số serial laptop {SERIALW}, bảo hành tới {YEARW}, bản hệ điều hành {VERW} cũ quá rồi',
  'Dân số thành phố trong bài đọc: {BIGW} người, tăng {PCTW} từ {YEARW}',
  'Buổi {NUMW} dời từ {DAYW} sang {DAYW}, giờ vẫn {HOURW}',
  'Thi thử: nghe {SCOREW}, đọc {SCOREW}, tổng {SCOREW} 🎉',
  'Thành tích chạy: {DURW}, {DURW}, {DURW}. Số BIB {PINW}',
  'Sách dày {PAGEW} trang, ISBN {ISBN}, giá bìa {MONEYW}',
  'Theo {CLAUSEW} nội quy, học viên nghỉ quá {NUMW} buổi sẽ không được bảo lưu',
];

export const BLIND10_POSITIVE: Record<Lang, string[]> = { en: EN10_POS, ja: JA10_POS, ko: KO10_POS, ru: RU10_POS, vi: VI10_POS };
export const BLIND10_NEGATIVE: Record<Lang, string[]> = { en: EN10_NEG, ja: JA10_NEG, ko: KO10_NEG, ru: RU10_NEG, vi: VI10_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const pad10 = (x: number) => String(x).padStart(2, '0');
const cjk10 = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** One to three zero-width characters strictly inside `s`. */
function zw10(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s + ZW[0];
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

/** Full width for the digits only, or for the marks only, or for everything. */
function partFull10(r: Rng, s: string): string {
  const mode = r.int(0, 2);
  let o = '';
  for (const ch of s) {
    const hit = mode === 0 ? /[0-9]/.test(ch) : mode === 1 ? /[^0-9A-Za-z ]/.test(ch) : /[A-Za-z]/.test(ch);
    o += hit ? fullWidth(ch) : ch;
  }
  return o === s ? fullWidth(s) : o;
}

const LOOK10: Record<string, string[]> = { a: ['а', 'α'], c: ['с'], e: ['е'], i: ['і'], o: ['о', 'ο'], p: ['р', 'ρ'], x: ['х'], y: ['у'], s: ['ѕ'], j: ['ј'], k: ['κ'], v: ['ν'], n: ['п'] };
/** One to three Latin letters before index `stop` swapped for Cyrillic or Greek look-alikes; null if none fits. */
function look10(r: Rng, s: string, stop = s.length): string | null {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = 0; i < Math.min(stop, chars.length); i++) if (LOOK10[chars[i]] && chars[i] !== 'n' && chars[i] !== 'k' && chars[i] !== 'v') idx.push(i);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK10[chars[i]]) chars[i] = r.pick(LOOK10[chars[i]]);
  }
  return chars.join('');
}

// ---- names, handles, e-mails -------------------------------------------------------------------

const NAMES10: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['wren', 'rosalind', 'jasper', 'imogen', 'barnaby', 'tamsin', 'ezra', 'marisol', 'declan', 'priya', 'odette', 'rufus'], f: ['ashdown', 'pemberton', 'quayle', 'roswell', 'thackeray', 'underhill', 'vance', 'whitlock', 'yardley', 'oduya'] },
  ja: { g: ['riku', 'koharu', 'hayato', 'shiori', 'ryusei', 'nanami', 'kouki', 'akari', 'yamato', 'chihiro', 'ayumu', 'hotaru'], f: ['matsumoto', 'okada', 'fujita', 'ogawa', 'goto', 'murakami', 'endo', 'aoki', 'sakamoto', 'kondo'] },
  ko: { g: ['siwoo', 'haeun', 'doyun', 'chaewon', 'juwon', 'yerin', 'hajun', 'seoa', 'minseo', 'jiho', 'yujin', 'hyebin'], f: ['shin', 'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'baek', 'heo', 'noh'] },
  ru: { g: ['arseniy', 'zlata', 'timofey', 'vasilisa', 'gleb', 'alisa', 'kirill', 'polina', 'fedor', 'yana', 'mark', 'vera'], f: ['orlov', 'belova', 'gusev', 'vinogradova', 'titov', 'krylova', 'frolov', 'gromova', 'belyaev', 'shcherbakova'] },
  vi: { g: ['khoa', 'ngan', 'bao', 'tien', 'thu', 'dat', 'my', 'luan', 'vy', 'hung', 'anh', 'phuc'], f: ['duong', 'lam', 'mai', 'cao', 'truong', 'ha', 'dinh', 'ly', 'quach', 'tong'] },
};

type Style10 = 'plain' | 'line' | 'kakao' | 'tg' | 'skype' | 'discord' | 'wechat' | 'ig' | 'fb';
function handle10(r: Rng, lang: Lang, style: Style10): string {
  const g = r.pick(NAMES10[lang].g);
  const f = r.pick(NAMES10[lang].f);
  const w = r.pick(['tutor', 'lingo', 'kun', 'chan', 'sunny', 'moon', 'cat', 'books', 'note', 'fox', 'bear', 'lab']);
  const y = r.int(1, 99);
  switch (style) {
    case 'line':
      return r.pick([`${g}.${f}`, `${g}_${w}`, `${f}${g}${y}`, `${g}-${f}`, `${w}.${g}${y}`]);
    case 'kakao':
      return r.pick([`${g}${y}`, `${g}_${w}`, `${f}${g}`, `${w}${g}${r.int(1990, 2010)}`, `${g}.${f}`]);
    case 'tg':
      return r.pick(['@', '@', '']) + r.pick([`${g}_${f}`, `${g}${w}`, `${w}_${g}`, `${f}_${g}_${y}`, `${g}${f}bot`.replace(/bot$/, r.chance(0.3) ? 'bot' : '')]);
    case 'skype':
      return r.pick([`live:${g}${f}_${y}`, `live:.cid.${[...Array(16)].map(() => r.pick([...'0123456789abcdef'])).join('')}`, `${g}.${f}.${w}`, `${f}_${g}${y}`]);
    case 'discord':
      return r.pick([`${g}.${w}`, `${w}_${g}`, `${g}${f}${y}`, `${g}#${r.int(1000, 9999)}`, `_${g}_${w}_`]);
    case 'wechat':
      return r.pick([`wxid_${[...Array(14)].map(() => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}`, `${g}${f}_${y}`, `${w}-${g}`, `${g}_${r.int(1985, 2008)}`]);
    case 'ig':
      return r.pick(['@', '@', '']) + r.pick([`${g}.${f}`, `${g}__${w}`, `${w}.${g}.${y}`, `the.${g}.${w}`, `${g}_${f}_`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(1, 999)}`, `${f}${g}${y}`, `${g}.${w}.${f}`]);
    default:
      return r.pick([`${g}_${f}`, `${g}${w}${y}`, `${f}.${g}`, `${w}_${g}`, `${g}${r.int(1990, 2012)}`]);
  }
}

const MAILDOM10: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'fastmail.com', 'web.de', 'libero.it', 'ziggo.nl', 'live.com'],
  ja: ['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'icloud.com', 'ymobile.ne.jp', 'outlook.jp', 'keio.jp', 'biglobe.ne.jp', 'ocn.ne.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'hanmail.net', 'snu.ac.kr', 'korea.ac.kr', 'outlook.kr'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'inbox.ru', 'ya.ru', 'rambler.ru', 'spbu.ru', 'icloud.com', 'msu.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'hcmut.edu.vn', 'outlook.com', 'icloud.com', 'hust.edu.vn', 'fpt.edu.vn'],
};
const AT10: Record<Lang, string[]> = {
  en: [' at ', '(at)', ' [at] ', ' {at} ', ' AT ', '[at]', ' (at) ', ' -at- '],
  ja: ['アット', 'あっと', 'アットマーク', ' アット ', '＠', '【アット】', '(あっと)'],
  ko: ['앳', ' 골뱅이 ', '골뱅이', '엣', ' 앳 ', '(골뱅)', '＠'],
  ru: [' собака ', '(собака)', ' собачка ', '[собака]', ' at ', '＠'],
  vi: [' a còng ', '(a còng)', ' a cong ', ' acòng ', ' @ ', ' a móc '],
};
const DOT10: Record<Lang, string[]> = {
  en: [' dot ', '(dot)', ' [dot] ', ' DOT ', '[.]', ' . ', '(.)'],
  ja: ['ドット', 'どっと', ' ドット ', '．', '(ドット)', 'ドット'],
  ko: ['점', ' 점 ', '닷', '쩜', '.', ' 닷 '],
  ru: [' точка ', '(точка)', ' тчк ', '[точка]', ' . '],
  vi: [' chấm ', ' cham ', '(chấm)', ' . ', '[chấm]'],
};

function email10(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const g = r.pick(NAMES10[lang].g);
  const f = r.pick(NAMES10[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${r.int(1, 99)}`, `${f}_${g}`, `${g}.${f}${r.int(70, 2010)}`, `${g}-${r.pick(['lessons', 'teach', 'study', 'work'])}`, `${g[0]}${f}`]);
  const domain = r.pick(MAILDOM10[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.1) ? addr.toUpperCase().replace(/@.*/, (m) => m.toLowerCase()) : addr, obfuscated: false };
  const dl = domain.split('.');
  switch (r.int(0, 10)) {
    case 0:
    case 1:
    case 2: {
      const dot = r.pick(DOT10[lang].filter((d) => d !== '.'));
      return { text: `${local}${r.pick(AT10[lang])}${dl.join(dot)}`, obfuscated: true, how: 'at-dot words' };
    }
    case 3:
      return { text: `${local}${r.pick(AT10[lang].filter((a) => a !== '＠'))}${domain}`, obfuscated: true, how: 'at word' };
    case 4:
      return { text: r.chance(0.5) ? fullWidth(addr) : partFull10(r, addr), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw10(r, addr), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look10(r, addr, addr.indexOf('@'));
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: zw10(r, addr), obfuscated: true, how: 'zero-width' };
    }
    case 7:
      return { text: `${local} @ ${dl.join(' . ')}`, obfuscated: true, how: 'split by spaces' };
    case 8:
      return { text: `${[...local].join(r.chance(0.5) ? ' ' : '')} @ ${domain}`, obfuscated: true, how: 'split by spaces' };
    case 9:
      // the at word in full width brackets and the domain's dots as words in capitals
      return { text: `${local}${r.pick(AT10[lang])}${dl.join(r.pick(DOT10[lang])).toUpperCase()}`, obfuscated: true, how: 'at-dot words' };
    default:
      return { text: `${fullWidth(local)}${r.pick(AT10[lang])}${domain}`, obfuscated: true, how: 'full-width local part, at word' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape10 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  groups: number[];
}
const SHAPES10: Record<string, Shape10> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `${d.slice(0, 3)}(${d.slice(3, 7)})${d.slice(7)}`, (d) => `+81 ${d.slice(1, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+81-${d.slice(1, 3)}-${d.slice(3, 7)}-${d.slice(7)}`], groups: [3, 4, 4] },
  JP_IP: { region: 'JP', national: (r) => '050' + r.int(1, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`], groups: [3, 4, 4] },
  JP_OSAKA: { region: 'JP', national: (r) => '06' + r.int(6, 7) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, (d) => `06(${d.slice(2, 6)})${d.slice(6)}`, (d) => `+81 6 ${d.slice(2, 6)} ${d.slice(6)}`], groups: [2, 4, 4] },
  JP_SAPPORO: { region: 'JP', national: (r) => '011' + r.int(2, 8) + r.digits(6), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+82 10-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+82 ${d.slice(1)}`, (d) => `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7)}`], groups: [3, 4, 4] },
  KR_SEOUL: { region: 'KR', national: (r) => '02' + r.int(2, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, (d) => `(02) ${d.slice(2, 6)}-${d.slice(6)}`], groups: [2, 4, 4] },
  KR_INCHEON: { region: 'KR', national: (r) => '032' + r.int(3, 8) + r.digits(6), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  KR_070: { region: 'KR', national: (r) => '070' + r.int(4, 8) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`], groups: [3, 4, 4] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['032', '035', '038', '039', '056', '058', '070', '079', '081', '083', '086', '088', '090', '091', '094', '096', '097', '098']) + r.digits(7), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => d, (d) => `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`, (d) => `${d.slice(0, 4)}-${d.slice(4, 7)}-${d.slice(7)}`, (d) => `+84 ${d.slice(1, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => `+84${d.slice(1)}`, (d) => `84${d.slice(1)}`], groups: [4, 3, 3] },
  VN_HANOI: { region: 'VN', national: (r) => '024' + r.int(3, 7) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `(024) ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7)}`], groups: [3, 4, 4] },
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['01', '03', '06', '09', '10', '14', '17', '20', '26', '31', '50', '58', '63', '77', '81', '85', '96']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7(${d.slice(0, 3)})${d.slice(3)}`, (d) => `8${d}`, (d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, (d) => `8-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 2, 2] },
  RU_MSK: { region: 'RU', national: (r) => r.pick(['495', '499']) + r.int(2, 9) + r.digits(6), formats: [(d) => `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`], groups: [3, 3, 2, 2] },
  US: { region: 'US', national: (r) => r.pick(['206', '312', '404', '415', '512', '617', '702', '808', '919', '267', '412', '510']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, (d) => `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 5)} ${d.slice(5)}`, (d) => `${d.slice(0, 5)} ${d.slice(5, 8)} ${d.slice(8)}`, (d) => `+44 ${d.slice(1, 5)} ${d.slice(5)}`, (d) => `+44 7${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}`], groups: [5, 3, 3] },
  GB_BHAM: { region: 'GB', national: (r) => '0121' + r.int(2, 7) + r.digits(6), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => `+44 121 ${d.slice(4, 7)} ${d.slice(7)}`], groups: [4, 3, 4] },
  GB_EDI: { region: 'GB', national: (r) => '0131' + r.int(2, 6) + r.digits(6), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`], groups: [4, 3, 4] },
  DE: { region: 'DE', national: (r) => r.pick(['0151', '0160', '0170', '0176', '0157']) + r.digits(r.pick([7, 8])), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `${d.slice(0, 4)}-${d.slice(4)}`, (d) => `+49 ${d.slice(1, 4)} ${d.slice(4)}`], groups: [4, 3, 4] },
  FR: { region: 'FR', national: (r) => '0' + r.pick(['6', '7']) + r.digits(8), formats: [(d) => d.replace(/(\d\d)(?=\d)/g, '$1 '), (d) => `+33 ${d[1]} ${d.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`, (d) => d.replace(/(\d\d)(?=\d)/g, '$1-')], groups: [2, 2, 2, 2, 2] },
  ES: { region: 'ES', national: (r) => '6' + r.digits(8), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`], groups: [3, 3, 3] },
  IT: { region: 'IT', national: (r) => '3' + r.pick(['20', '28', '33', '38', '40', '46', '92']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+39 ${d.slice(0, 3)} ${d.slice(3)}`], groups: [3, 3, 4] },
  NL: { region: 'NL', national: (r) => '06' + r.int(1, 5) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2)}`, (d) => `+31 6 ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8)}`], groups: [2, 4, 4] },
  PL: { region: 'PL', national: (r) => r.pick(['50', '51', '53', '60', '66', '69', '72', '78', '79', '88']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+48 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 3] },
  BE: { region: 'BE', national: (r) => '04' + r.pick(['7', '8', '9']) + r.digits(7), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, (d) => `+32 ${d.slice(1, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)} ${d.slice(8)}`], groups: [4, 2, 2, 2] },
  GR: { region: 'GR', national: (r) => '69' + r.pick(['0', '3', '4', '5', '7', '8', '9']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+30 ${d.slice(0, 3)} ${d.slice(3)}`], groups: [3, 3, 4] },
};
const MIX10: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_BHAM', 'GB_EDI', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BE', 'GR', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_IP', 'JP_OSAKA', 'JP_SAPPORO', 'US', 'KR_MOB', 'VN_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_SEOUL', 'KR_INCHEON', 'KR_070', 'JP_MOB', 'US'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MSK', 'DE', 'PL', 'GR'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_HANOI', 'KR_MOB', 'JP_MOB', 'US'],
};

const SPELL10: Record<Lang, string[][]> = {
  en: [['zero', 'oh', 'o'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零', '０'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
const VI_BARE10 = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];
const DASHW10: Record<Lang, string[]> = { en: [' dash ', ' - ', ' hyphen '], ja: ['ハイフン', 'の', '—'], ko: [' 다시 ', ' - ', ' 하이픈 ', '에 ', 'ㅡ'], ru: [' тире ', ' - ', ' дефис '], vi: [' gạch ', ' - ', ' gạch ngang '] };

function groups10(d: string, sizes: number[]): string[] {
  const out = parts(d, sizes);
  if (out.length > sizes.length) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  return out;
}

function spell10(r: Rng, lang: Lang, gs: string[]): { text: string; how: string } {
  const bare = lang === 'vi' && r.chance(0.3);
  const zero = r.pick(SPELL10[lang][0].filter((z) => z !== '０'));
  const word = (c: string) => (bare ? VI_BARE10[Number(c)] : c === '0' ? zero : SPELL10[lang][Number(c)][0]);
  const inner = cjk10(lang) ? '' : r.pick([' ', ' ', '-', ', ']);
  const outer = cjk10(lang) ? r.pick([' ', '-', lang === 'ja' ? '、' : ', ', r.pick(DASHW10[lang])]) : r.pick(['  ', ', ', ' - ', r.pick(DASHW10[lang])]);
  let text = gs.map((g) => [...g].map(word).join(inner)).join(outer);
  if (lang === 'en' && r.chance(0.2)) text = text.toUpperCase();
  if (lang === 'ru' && r.chance(0.2)) text = text.replace(/^./, (c) => c.toUpperCase());
  return { text, how: bare ? 'spelled digits without diacritics' : 'spelled digits' };
}

function phoneNumber10(r: Rng, lang: Lang): { formatted: string; national: string; shape: Shape10 } {
  for (let tries = 0; tries < 5000; tries++) {
    const shape = SHAPES10[r.pick(MIX10[lang])];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const formatted = r.pick(shape.formats)(d);
    const back = parsePhoneNumberFromString(formatted, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    return { formatted, national: d, shape };
  }
  throw new Error(`no valid phone number drawn for ${lang}`);
}

function phone10(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const p = phoneNumber10(r, lang);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  const ru = p.shape.region === 'RU';
  const nat = ru ? '8' + p.national : p.national;
  const gs = groups10(nat, ru ? [1, 3, 3, 2, 2] : p.shape.groups);
  switch (r.int(0, 11)) {
    case 0:
    case 1:
    case 2: {
      const s = spell10(r, lang, gs);
      return { text: s.text, obfuscated: true, how: s.how };
    }
    case 3: {
      // the first group in digits, the rest spelled (or the reverse)
      const s = spell10(r, lang, gs.slice(1));
      const sep = cjk10(lang) ? r.pick(['-', ' ']) : ' ';
      return { text: `${gs[0]}${sep}${s.text}`, obfuscated: true, how: 'partly spelled' };
    }
    case 4: {
      // spelled groups and written groups taking turns
      const text = gs.map((g, i) => (i % 2 ? spell10(r, lang, [g]).text : g)).join(cjk10(lang) ? ' ' : ' ');
      return { text, obfuscated: true, how: 'partly spelled' };
    }
    case 5:
      return { text: [...nat].join(r.pick([' ', '.', ' - ', '-', ' . '])), obfuscated: true, how: 'separated digits' };
    case 6:
      return { text: gs.map((g) => [...g].join(' ')).join(r.pick(['   ', ' . ', ' - ', ' ... '])), obfuscated: true, how: 'spaced digits' };
    case 7:
      return { text: r.chance(0.5) ? fullWidth(p.formatted) : partFull10(r, p.formatted), obfuscated: true, how: 'full-width' };
    case 8:
      return { text: zw10(r, p.formatted), obfuscated: true, how: 'zero-width' };
    case 9:
      return { text: gs.join(r.pick(DASHW10[lang])), obfuscated: true, how: 'dash words' };
    case 10:
      return { text: gs.join(r.pick(['..', ' — ', '–', ' -- ', '...', '―'])), obfuscated: true, how: 'odd separators' };
    default: {
      const text = gs.map((g) => (r.chance(0.5) ? fullWidth(g) : g)).join(r.pick([' ', '-', '　']));
      return { text: /[０-９]/.test(text) ? text : fullWidth(text), obfuscated: true, how: 'full-width' };
    }
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB10: Record<Lang, string[]> = {
  en: ['{s}.school', '{s}.education', 'www.{s}.org.uk/tutors', '{h}.carrd.co', 'padlet.com/{h}/{k}', 'quizlet.com/user/{h}', 'www.eventbrite.com/e/{n}', 'forms.office.com/r/{k}', '{s}.tutoring', 'app.{s}.io/join/{k}', 'vimeo.com/{n}', 'www.{s}.ie'],
  ja: ['{s}.tokyo', 'www.{s}.ac.jp', '{h}.studio.site', 'note.com/{h}/n/n{x}', 'www.instabase.jp/space/{n}', 'reserva.be/{h}', 'www.{s}.or.jp', '{s}.club', '塾の案内.jp', 'えいご教室.net', 'forms.gle/{k}'],
  ko: ['{s}.co.kr/class', 'www.{s}.or.kr', 'open.{s}.kr', 'modoo.at/{h}', 'www.inflearn.com/course/{h}', 'booking.naver.com/booking/{n}', 'form.office.naver.com/form/{k}', '{s}.seoul.kr', '한국어교실.한국', '과외선생님.kr'],
  ru: ['{s}.ru/raspisanie', 'www.{s}.online', '{h}.taplink.ws', 'stepik.org/course/{n}', 'disk.yandex.ru/d/{k}', 'forms.yandex.ru/u/{x}', '{s}.moscow', '{s}.рф', 'курсы-английского.онлайн', 'мой-репетитор.рф/{h}'],
  vi: ['{s}.edu.vn', 'www.{s}.vn/lich-hoc', '{s}.com.vn', 'bit.ly/{k}', 'docs.google.com/forms/d/{x}', '{h}.blogspot.com', 'youtube.com/@{h}', 'trung-tam-{s}.vn', 'học-tiếng-anh.vn', 'drive.google.com/drive/folders/{k}{k}'],
};
const SCHOOL10 = ['brightleaf', 'tidewater', 'amberhill', 'cosmoslang', 'hoshizora', 'haneul', 'berezka', 'sao-mai', 'quillpoint', 'bluefinch', 'lanterns'];
const KEYCH10 = [...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key10 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEYCH10)).join('');
const hex10 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');

function intl10(r: Rng, lang: Lang): string {
  const p = phoneNumber10(r, lang);
  return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
}

const CHAT10 = ['t.me/{h}', 't.me/+{k}{k}', 'telegram.me/{h}', 'wa.me/{w}', 'chat.whatsapp.com/{k}{k}{k}', 'line.me/ti/p/{k}{k}', 'line.me/R/ti/p/%40{h}', 'lin.ee/{k}', 'open.kakao.com/o/g{k}', 'open.kakao.com/o/s{k}', 'zalo.me/{w}', 'zalo.me/g/{k}', 'm.me/{h}', 'discord.gg/{k}', 'discord.com/invite/{k}', 'join.skype.com/{k}{k}', 'invite.viber.com/?g2=AQ{k}{k}', 'ig.me/m/{h}', 'instagram.com/{h}', 'www.facebook.com/{h}', 'u.wechat.com/{k}{k}'];

function link10(r: Rng, lang: Lang, kind: 'web' | 'chat'): { site: string; scheme: string } {
  const h = handle10(r, lang, 'plain').replace(/[.]/g, '_');
  const pattern = kind === 'web' ? r.pick(WEB10[lang]) : r.pick(CHAT10);
  const hostHandle = pattern.startsWith('{h}.');
  const site = pattern
    .replace('{h}', hostHandle ? h.replace(/_/g, '-') : h)
    .replace('{s}', r.pick(SCHOOL10))
    .replace(/\{k\}/g, () => key10(r, 5))
    .replace('{x}', () => hex10(r, 20))
    .replace('{n}', () => String(r.int(100000, 99999999)))
    .replace('{w}', () => intl10(r, lang));
  const scheme = r.chance(0.4) ? r.pick(['https://', 'https://', 'http://', 'HTTPS://']) : '';
  return { site, scheme };
}

const SAYTLD10: Partial<Record<Lang, Record<string, string[]>>> = {
  en: { com: [' dot com', ' DOT COM', 'dotcom'], io: [' dot io'], me: [' dot me'] },
  ja: { com: ['ドットコム', '．コム'], jp: ['ドットジェーピー', 'ドットjp'], net: ['ドットネット'], tokyo: ['ドットtokyo'] },
  ko: { com: ['닷컴', '쩜컴', ' 닷 컴'], kr: ['닷케이알', ' 점 kr'], net: ['닷넷'] },
  ru: { ru: [' точка ру', ' точка ru', ' тчк ру'], com: [' точка ком'], online: [' точка онлайн'], рф: [' точка рф'] },
  vi: { vn: [' chấm vn', ' chấm vê en', ' cham vn'], com: [' chấm com', ' chấm côm'] },
};

function url10(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'chat'): Surface {
  const { site, scheme } = link10(r, lang, kind);
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  switch (r.int(0, 9)) {
    case 0:
    case 1:
      return { text: labels.join(r.pick(DOT10[lang].filter((d) => d !== '.' && d !== ' . '))) + path, obfuscated: true, how: 'dot words' };
    case 2: {
      const said = SAYTLD10[lang]?.[labels[labels.length - 1]];
      if (said) return { text: labels.slice(0, -1).join(r.pick(DOT10[lang].filter((d) => d !== '.'))) + r.pick(said) + path, obfuscated: true, how: 'top-level domain said' };
      return { text: labels.join(r.pick(['[.]', '(.)', '[dot]'])) + path, obfuscated: true, how: 'bracketed dot' };
    }
    case 3:
      return { text: scheme + labels.join(r.pick(['[.]', '(.)', '{.}', '<.>'])) + path, obfuscated: true, how: 'bracketed dot' };
    case 4:
      return { text: r.chance(0.5) ? fullWidth(plain) : partFull10(r, plain), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw10(r, plain), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look10(r, host);
      return l ? { text: scheme + l + path, obfuscated: true, how: 'look-alikes' } : { text: zw10(r, plain), obfuscated: true, how: 'zero-width' };
    }
    case 7:
      return { text: labels.join(' . ') + (path ? ' ' + path.replace(/\//g, ' / ').trim() : ''), obfuscated: true, how: 'split by spaces' };
    case 8:
      return { text: labels.join(r.pick(['. ', ' .', ' .  '])) + path, obfuscated: true, how: 'split by spaces' };
    default:
      return { text: scheme.replace(/^https?:\/\//i, '') + labels.join(r.pick(DOT10[lang].filter((d) => d !== '.'))).toUpperCase() + path, obfuscated: true, how: 'dot words in capitals' };
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id10(r: Rng, lang: Lang, obfuscate: boolean, style: Style10): Surface {
  const h = handle10(r, lang, style);
  if (!obfuscate) return { text: h, obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: partFull10(r, h), obfuscated: true, how: 'full-width' };
    case 2:
    case 3:
      return { text: zw10(r, h), obfuscated: true, how: 'zero-width' };
    default: {
      const l = look10(r, h);
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    }
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

function spellRun10(r: Rng, lang: Lang, d: string): string {
  const zero = r.pick(SPELL10[lang][0].filter((z) => z !== '０'));
  return [...d].map((c) => (c === '0' ? zero : SPELL10[lang][Number(c)][0])).join(cjk10(lang) ? '' : ' ');
}

function card10(r: Rng, lang: Lang, obfuscate: boolean): Surface {
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
      return { text: fullWidth(r.chance(0.5) ? g.join(' ') : g.join('-')), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
    case 2:
      return { text: zw10(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    case 3:
      return { text: g.join(r.pick(['..', ' — ', '\u3000', ' . ', '–'])), obfuscated: true, how: 'odd separators' };
    case 4:
      return { text: g.map((x, i) => (i % 2 ? spellRun10(r, lang, x) : x)).join(cjk10(lang) ? ' ' : ', '), obfuscated: true, how: 'partly spelled' };
    case 5:
      return { text: g.map((x) => [...x].join(' ')).join('   '), obfuscated: true, how: 'spaced digits' };
    default:
      return { text: g.map((x, i) => (i % 2 ? x : fullWidth(x))).join(' '), obfuscated: true, how: 'full-width' };
  }
}

function ip10(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const h = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.3);
  const text = v6
    ? r.pick([`2400:${h()}:${h()}:${h()}::${h()}`, `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `2a00:${h()}:${h()}::${h()}`, `fc00:${h()}::${h()}`])
    : r.pick([`${r.int(31, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 3)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(128, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw10(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return v6 ? { text: partFull10(r, text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick(['[.]', '(.)', '{.}'])), obfuscated: true, how: 'bracketed dot' };
    case 3:
      return v6 ? { text: zw10(r, text), obfuscated: true, how: 'zero-width' } : { text: text.split('.').join(r.pick(DOT10[lang].filter((d) => d !== '.' && d !== ' . '))), obfuscated: true, how: 'dot words' };
    default:
      return v6 ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(' . '), obfuscated: true, how: 'split by spaces' };
  }
}

const IBAN10: [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['FR', (r) => r.digits(10) + r.digits(11) + r.digits(2)],
  ['ES', (r) => r.digits(20)],
  ['IT', (r) => String.fromCharCode(65 + r.int(0, 25)) + r.digits(22)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'BUNQ']) + r.digits(10)],
  ['BE', (r) => r.digits(12)],
  ['AT', (r) => r.digits(16)],
  ['PL', (r) => r.digits(24)],
  ['PT', (r) => r.digits(21)],
  ['CH', (r) => r.digits(17)],
  ['NO', (r) => r.digits(11)],
  ['GB', (r) => r.pick(['LOYD', 'BARC', 'REVO', 'SRLG']) + r.digits(14)],
  ['LU', (r) => r.digits(16)],
  ['EE', (r) => r.digits(16)],
];
function iban10(r: Rng, obfuscate: boolean): Surface {
  const [c, gen] = r.pick(IBAN10);
  const bban = gen(r);
  const code = c + pad10(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  const spaced = code.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.6) ? spaced : code, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(spaced), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw10(r, spaced), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: code.replace(/(.{4})(?=.)/g, r.pick(['$1-', '$1 . ', '$1 - '])), obfuscated: true, how: 'separated groups' };
    case 3:
      return { text: partFull10(r, spaced), obfuscated: true, how: 'full-width' };
    default:
      return { text: [...code].join(' '), obfuscated: true, how: 'spaced characters' };
  }
}

function myNumber10(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d]), obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(r.pick([g.join(' '), d, g.join('-')])), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw10(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
    case 3:
      return { text: g.map((x) => spellRun10(r, lang, x)).join(cjk10(lang) ? r.pick([' ', '・', '-']) : ', '), obfuscated: true, how: 'spelled digits' };
    default:
      return { text: g.map((x, i) => (i === 1 ? fullWidth(x) : x)).join(' '), obfuscated: true, how: 'full-width' };
  }
}

function rrn10(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1962, 2012);
  const body = pad10(y % 100) + pad10(r.int(1, 12)) + pad10(r.int(1, 28)) + (y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = r.chance(0.85) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw10(r, `${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: `${[...d.slice(0, 6)].join(' ')} - ${[...d.slice(6)].join(' ')}`, obfuscated: true, how: 'spaced digits' };
    case 3:
      return { text: `${d.slice(0, 6)}${r.pick(lang === 'ko' ? [' 다시 ', ' 하이픈 ', ' - '] : DASHW10[lang])}${d.slice(6)}`, obfuscated: true, how: 'dash word' };
    default:
      return lang === 'ko' ? { text: `${spellRun10(r, 'ko', d.slice(0, 6))} ${spellRun10(r, 'ko', d.slice(6))}`, obfuscated: true, how: 'spelled digits' } : { text: partFull10(r, `${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'full-width' };
  }
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS10: Record<string, Style10> = { IDZ: 'plain', LNZ: 'line', KKZ: 'kakao', TGZ: 'tg', SKZ: 'skype', DCZ: 'discord', WXZ: 'wechat', IGZ: 'ig', FBZ: 'fb' };

/** The entity for one of this set's slots, null for a filler slot. */
export function blind10Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS10[slot]) return { type: 'MESSENGER_ID', surface: id10(r, lang, obfuscate, ID_SLOTS10[slot]) };
  switch (slot) {
    case 'MAILZ':
      return { type: 'EMAIL', surface: email10(r, lang, obfuscate) };
    case 'TELZ':
    case 'WAZ':
      return { type: 'PHONE', surface: phone10(r, lang, obfuscate) };
    case 'SITEZ':
      return { type: 'URL', surface: url10(r, lang, obfuscate, 'web') };
    case 'INVZ':
      return { type: 'URL', surface: url10(r, lang, obfuscate, 'chat') };
    case 'CARDZ':
      return { type: 'CREDIT_CARD', surface: card10(r, lang, obfuscate) };
    case 'IPZ':
      return { type: 'IP_ADDRESS', surface: ip10(r, lang, obfuscate) };
    case 'IBANZ':
      return { type: 'IBAN', surface: iban10(r, obfuscate) };
    case 'MYNZ':
      return { type: 'JP_MY_NUMBER', surface: myNumber10(r, lang, obfuscate) };
    case 'RRNZ':
      return { type: 'KR_RRN', surface: rrn10(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers reached by an id, by platform, in each language and script: names, nicknames, abbreviations. */
const APPS10: Record<string, Record<Lang, string[]>> = {
  LINEW: { en: ['LINE', 'Line', 'line', 'LINE app'], ja: ['LINE', 'ライン', 'らいん', 'ﾗｲﾝ', 'Line'], ko: ['라인', 'LINE', '라인 메신저'], ru: ['LINE', 'Лайн', 'лайн'], vi: ['Line', 'LINE', 'line'] },
  TGW: { en: ['Telegram', 'TG', 'tg', 'Tgram', 'telegram', 'the telegram app'], ja: ['テレグラム', 'Telegram', 'テレグラ', 'TG'], ko: ['텔레그램', '텔레', '텔그', '텔레그램 아이디'], ru: ['Телеграм', 'телега', 'тг', 'ТГ', 'телеграмм', 'тележка'], vi: ['Telegram', 'Tele', 'tele', 'telegram', 'Tele gram'] },
  SKW: { en: ['Skype', 'skype', 'Skype ID'], ja: ['スカイプ', 'Skype', 'すかいぷ'], ko: ['스카이프', '스카입', 'Skype'], ru: ['Скайп', 'скайп', 'Skype'], vi: ['Skype', 'skype', 'sky'] },
  DCW: { en: ['Discord', 'discord', 'disc', 'dc'], ja: ['ディスコード', 'ディスコ', 'Discord', 'ディスコのユーザー名'], ko: ['디스코드', '디코', 'Discord', '디코 닉'], ru: ['Дискорд', 'дискорд', 'дс', 'Discord'], vi: ['Discord', 'discord', 'dis', 'DC'] },
  WXW: { en: ['WeChat', 'wechat', 'Weixin', 'WX'], ja: ['WeChat', 'ウィーチャット', '微信', 'ウィチャ'], ko: ['위챗', 'WeChat', '웨이신', '위쳇'], ru: ['WeChat', 'Вичат', 'вичат', 'вичат'], vi: ['WeChat', 'Wechat', 'wechat'] },
  IGW: { en: ['Instagram', 'IG', 'insta', 'the gram', 'Insta'], ja: ['インスタ', 'Instagram', 'インスタグラム', 'IG', 'いんすた'], ko: ['인스타', '인스타그램', '인스타 계정', '인별'], ru: ['Инстаграм', 'инста', 'инст', 'Instagram'], vi: ['Insta', 'IG', 'Instagram', 'ins', 'instagram'] },
  FBW: { en: ['Facebook', 'FB', 'fb', 'Messenger'], ja: ['Facebook', 'フェイスブック', 'FB', 'フェイスブック（メッセンジャー）'], ko: ['페이스북', '페북', 'Facebook', '페메'], ru: ['Фейсбук', 'фейсбук', 'фб', 'FB'], vi: ['Facebook', 'FB', 'face', 'phây', 'Mess', 'fb', 'phở bò'] },
  KKW: { en: ['KakaoTalk', 'Kakao', 'Kakao Talk', 'kakao'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk', 'カカオ友達'], ko: ['카톡', '카카오톡', '카카오', '카톡 아이디', '카카오톡 ID'], ru: ['КакаоТок', 'Какао', 'KakaoTalk', 'какао'], vi: ['Kakao', 'KakaoTalk', 'kakao talk', 'Kakaotalk'] },
};
const ANYID10 = ['LINEW', 'TGW', 'SKW', 'DCW', 'WXW', 'IGW', 'FBW', 'KKW'];
/** Messengers reached by a phone number. */
const PAPPS10: Record<string, Record<Lang, string[]>> = {
  WAW: { en: ['WhatsApp', 'WA', 'whatsapp', 'Whatsapp', 'WhatsApp Business'], ja: ['WhatsApp', 'ワッツアップ', 'ワッツ', 'WA'], ko: ['왓츠앱', 'WhatsApp', '왓츠'], ru: ['WhatsApp', 'Ватсап', 'вотсап', 'вацап', 'ватс'], vi: ['WhatsApp', 'Whatsapp', 'WA', 'whatsapp'] },
  VBW: { en: ['Viber', 'viber'], ja: ['Viber', 'バイバー', 'ヴァイバー'], ko: ['바이버', 'Viber'], ru: ['Вайбер', 'вайбер', 'Viber'], vi: ['Viber', 'viber'] },
  ZLW: { en: ['Zalo', 'zalo'], ja: ['Zalo', 'ザロ'], ko: ['잘로', 'Zalo'], ru: ['Zalo', 'Зало'], vi: ['Zalo', 'zalo', 'Zalô', 'ZL', 'zl', 'za lô'] },
};
const ANYPAPP10 = ['WAW', 'VBW', 'ZLW'];
/** Russian forms after в / на (prepositional) and after писать в / добавить в (accusative), by platform. */
const RU_CASES10: Record<string, string[]> = {
  TGPW: ['телеге', 'телеграме', 'телеграмме', 'тг', 'ТГ', 'Telegram'],
  TGAW: ['телегу', 'телеграм', 'тг', 'тележку', 'Telegram'],
  IGPW: ['инсте', 'инстаграме', 'Инсте', 'инсте'],
  IGAW: ['инсту', 'инстаграм', 'директ инсты'],
  DCPW: ['дискорде', 'Дискорде', 'дс'],
  SKPW: ['скайпе', 'Скайпе'],
  SKAW: ['скайп', 'Скайп', 'Skype'],
  FBPW: ['фейсбуке', 'фб'],
  WXPW: ['вичате', 'WeChat'],
  WAPW: ['ватсапе', 'вотсапе', 'вацапе', 'WhatsApp', 'ватсаппе'],
  WAAW: ['ватсап', 'вотсап', 'вацап', 'WhatsApp'],
  VBPW: ['вайбере', 'Вайбере', 'Viber'],
};
const RU_BASE10: Record<string, string> = { TGPW: 'TGW', TGAW: 'TGW', IGPW: 'IGW', IGAW: 'IGW', DCPW: 'DCW', SKPW: 'SKW', SKAW: 'SKW', FBPW: 'FBW', WXPW: 'WXW', WAPW: 'WAW', WAAW: 'WAW', VBPW: 'VBW' };

const COUNTRIES10: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'PL'];

/** Digits that are none of the entities: no valid phone number here, not Luhn-valid at card lengths, no My Number. */
function safe10(r: Rng, n: number, lead = ''): string {
  let d = lead + r.digits(Math.max(0, n - lead.length));
  for (let tries = 0; tries < 300; tries++) {
    d = lead + r.digits(Math.max(0, n - lead.length));
    if (d.length >= 12 && d.length <= 19 && luhn(d)) continue;
    if (d.length === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) continue;
    if (d.length >= 7 && d.length <= 15 && COUNTRIES10.some((c) => parsePhoneNumberFromString(d, c)?.isValid())) continue;
    return d;
  }
  // A lead that leaves only phone-like numbers: change the length instead, which no check above keeps.
  return d.length >= 13 && luhn(d) ? d + '1' : d.length === 12 ? d + r.pick(['0', '5']) + r.digits(8) : d.length < 7 ? d : d + r.digits(8);
}

const MONTH_EN10 = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RU10 = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

function money10(r: Rng, lang: Lang): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  return r.pick({
    en: [`$${n(12, 95)}.${r.pick(['00', '50', '99'])}`, `£${n(20, 60)}/hr`, `€${n(15, 45)}`, `${n(25, 80)} USD`, `$${n(1, 4)},${n(100, 999)}.00`],
    ja: [`${n(1, 9)},${r.pick(['500', '800', '000'])}円`, `¥${n(2, 30)},000`, `月謝${n(1, 3)}万${n(1, 9)}千円`, `${n(3000, 9800)}円(税込)`],
    ko: [`${n(10, 90)},000원`, `${n(3, 60)}만원`, `월 ${n(20, 45)}만 원`, `₩${n(1, 9)},${n(100, 999)},000`],
    ru: [`${n(900, 4500)} ₽`, `${n(1, 30)} ${r.pick(['000', '500'])} руб.`, `${n(2, 9)}к ₽`, `${n(1500, 3000)} р/час`],
    vi: [`${n(150, 900)}k`, `${n(1, 9)}.${r.pick(['200', '500', '000'])}.000đ`, `${n(200, 500)}.000 VNĐ`, `${n(1, 5)} triệu ${n(1, 9)} trăm`],
  }[lang]);
}

function date10(r: Rng, lang: Lang): string {
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick({
    en: [`${MONTH_EN10[m - 1]} ${d}`, `${d} ${MONTH_EN10[m - 1].slice(0, 3)}`, `${pad10(d)}/${pad10(m)}/2026`, `${m}/${d}`, `2027-${pad10(m)}-${pad10(d)}`],
    ja: [`${m}月${d}日`, `${m}/${d}（${r.pick(['月', '火', '木', '土'])}）`, `2026年${m}月${d}日`, `${m}月${d}日(${r.pick(['水', '金'])})`],
    ko: [`${m}월 ${d}일`, `${m}/${d}(${r.pick(['화', '목', '토'])})`, `2026.${pad10(m)}.${pad10(d)}`, `${m}.${d}`],
    ru: [`${d} ${MONTH_RU10[m - 1]}`, `${pad10(d)}.${pad10(m)}`, `${pad10(d)}.${pad10(m)}.2026`, `${d}-го`],
    vi: [`${d}/${m}`, `ngày ${d}/${m}`, `${pad10(d)}/${pad10(m)}/2026`, `mùng ${r.int(1, 9)} tháng ${m}`],
  }[lang]);
}

function time10(r: Rng, lang: Lang): string {
  const h = r.int(7, 22);
  const m = r.pick(['00', '15', '30', '45']);
  return r.pick({
    en: [`${h}:${m}`, `${h > 12 ? h - 12 : h}${m === '00' ? '' : ':' + m}${h >= 12 ? 'pm' : 'am'}`, `${h}.${m}`],
    ja: [`${h}:${m}`, `${h}時${m === '30' ? '半' : m === '00' ? '' : m + '分'}`, `午後${r.int(1, 9)}時`],
    ko: [`${h}:${m}`, `${h > 12 ? '오후 ' + (h - 12) : '오전 ' + h}시${m === '30' ? ' 반' : ''}`, `${h}시 ${m}분`],
    ru: [`${h}:${m}`, `в ${h}.${m}`, `${h} ч ${m} мин`],
    vi: [`${h}h${m === '00' ? '' : m}`, `${h}:${m}`, `${h > 12 ? h - 12 : h} giờ ${r.pick(['sáng', 'chiều', 'tối'])}`],
  }[lang]);
}

const FILES10 = ['main.rs', 'setup.sh', 'README.md', 'deck.ai', 'train_model.py', 'weights.pt', 'parser.pl', 'song_cover.mov', 'lesson12_notes.md', 'intro.ps', 'Makefile', 'chapter3.tex', 'sheet_music.mscz', 'vocab.apkg', 'essay_v7.pages', 'index.php'];
const MENT10 = ['@Wren', '@koharu_', '@doyun', '@zlata', '@ngan.ng', '@all', '@channel', '@sensei', '@admin', '@Rufus', '@everyone'];

const IDIOM10: Record<Lang, string[]> = {
  en: ['on cloud nine', 'a million to one', 'in two minds', 'back to square one', 'it takes two to tango', 'one in a million', 'the eleventh hour', 'four-eyes'],
  ja: ['一か八か', '二人三脚', '三寒四温', '五月雨', '八方美人', '一人一人', '千載一遇', '百聞は一見に如かず'],
  ko: ['사면초가', '일편단심', '백문이 불여일견', '오리무중', '칠전팔기', '삼일절', '육이오', '일이삼사 구령'],
  ru: ['семь пятниц на неделе', 'один за всех', 'как дважды два', 'третий лишний', 'сто лет не виделись', 'ноль эмоций', 'на все сто', 'два сапога пара'],
  vi: ['một nắng hai sương', 'ba mặt một lời', 'không hai', 'một vốn bốn lời', 'ba hoa', 'trăm nghe không bằng một thấy', 'chín bỏ làm mười', 'năm bè bảy mối'],
};
const ATDOT10: Record<Lang, string[]> = {
  en: ['at the end of the day', 'connect the dots', 'at once', 'dot your i’s', 'on the dot', 'at all', 'the dotted line'],
  ja: ['アットホーム', 'ドット柄のワンピース', 'ドット絵', 'あっという間', '水玉（ドット）', 'アットコスメ'],
  ko: ['점심', '점수', '골뱅이무침', '닷새', '점선', '앳된 목소리', '요점'],
  ru: ['точка зрения', 'собака-поводырь', 'точка кипения', 'ставим точку', 'собачка молнии', 'точка невозврата'],
  vi: ['chấm bài', 'dấu chấm hỏi', 'chấm công', 'a còng (cái dấu @ đó)', 'chấm chấm chấm', 'chấm thi'],
};
const ABBR10: Record<Lang, string[]> = {
  en: ['Dr.Lee', 'a.k.a.', 'p.s.', 'n.b.', 'Mt.Fuji', 'U.K.', 'no.3', 'approx.5'],
  ja: ['Vol.12', 'No.8', 'p.45', 'ver.3', 'Dr.コトー', 'Q.7', 'ex.2'],
  ko: ['No.3', 'Vol.5', 'p.88', 'Q.12', 'ex.1', 'vs.', 'Mr.선생님'],
  ru: ['т.д.', 'т.е.', 'т.н.', 'кв.12', 'г.Казань', 'пр.Мира', 'стр.114', 'др.'],
  vi: ['TP.HCM', 'Q.3', 'P.7', 'Th.S', 'TS.BS', 'v.v.', 'Tp.Huế', 'Đ/c'],
};
const KAO10 = ['(@_@)', '(*^.^*)', '(・。・)', '(^_^.)', '(@^▽^@)', '(-_-;)', '(o.O)', '(•̀.•́)'];
const HASHTAG10: Record<Lang, string[]> = {
  en: ['#ielts', '#studygram', '#100daysofcode', '#grammar'],
  ja: ['#英語学習', '#勉強垢', '#TOEIC900', '#英検2級'],
  ko: ['#공스타그램', '#토익', '#영어공부', '#수능D100'],
  ru: ['#английский', '#егэ2027', '#учусьвместе', '#japanese'],
  vi: ['#hoctienganh', '#ielts7', '#studywithme', '#tiengnhat'],
};

function friendCode10(r: Rng): string {
  const d = safe10(r, 12);
  return `SW-${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`;
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind10Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS10[slot]) return r.pick(APPS10[slot][lang]);
  if (PAPPS10[slot]) return r.pick(PAPPS10[slot][lang]);
  if (RU_CASES10[slot]) {
    const base = RU_BASE10[slot];
    return lang === 'ru' ? r.pick(RU_CASES10[slot]) : r.pick((APPS10[base] ?? PAPPS10[base])[lang]);
  }
  switch (slot) {
    case 'ANYW':
      return r.pick(APPS10[r.pick(ANYID10)][lang]);
    case 'PAPPW':
      return r.pick(PAPPS10[r.pick(ANYPAPP10)][lang]);
    case 'MONEYW':
      return money10(r, lang);
    case 'DAYW':
      return date10(r, lang);
    case 'HOURW':
      return time10(r, lang);
    case 'NUMW':
      return String(n(2, 40));
    case 'BIGW':
    {
      const d = safe10(r, r.pick([7, 8]), String(n(1, 9)));
      const g = d.length === 7 ? [d.slice(0, 1), d.slice(1, 4), d.slice(4)] : [d.slice(0, 2), d.slice(2, 5), d.slice(5)];
      return g.join(r.pick([',', ' ', '.']));
    }
    case 'YEARW':
      return String(n(1995, 2027));
    case 'PAGEW':
      return String(n(3, 412));
    case 'PCTW':
      return r.pick([`${n(3, 97)}%`, `${n(1, 99)}.${n(1, 9)}%`, `+${n(5, 40)}%`]);
    case 'SCOREW':
      return r.pick([`${n(500, 990)}`, `${n(5, 8)}.${r.pick(['0', '5'])}`, `${n(40, 100)}/100`, `${n(18, 30)}/30`, `${n(90, 120)}/120`, `${n(2, 4)}${r.pick(['A', 'B', 'C'])}`]);
    case 'MATCHW':
      return r.pick([`${n(0, 6)}-${n(0, 6)}`, `${n(0, 3)}:${n(0, 3)}`, `${n(60, 130)}-${n(60, 130)}`, `${n(1, 3)}-${n(0, 2)} (${n(6, 7)}-${n(0, 5)}, ${n(6, 7)}-${n(0, 5)})`]);
    case 'VERW':
      return r.pick([`${n(1, 5)}.${n(0, 30)}.${n(0, 12)}`, `v${n(1, 9)}.${n(0, 9)}`, `${n(256, 999)}.${n(0, 99)}.${n(0, 255)}.${n(0, 255)}`, `1.${n(16, 21)}.${n(1, 4)}`, `build ${n(1000, 9999)}`]);
    case 'FILEW':
      return r.pick(FILES10);
    case 'MENTW':
      return r.pick(MENT10);
    case 'IDIOMW':
      return r.pick(IDIOM10[lang]);
    case 'ATDOTW':
      return r.pick(ATDOT10[lang]);
    case 'ABBRW':
      return r.pick(ABBR10[lang]);
    case 'KAOW':
      return r.pick(KAO10);
    case 'TAGW':
      return r.pick(HASHTAG10[lang]);
    case 'FCW':
      return friendCode10(r);
    case 'ACCTW': {
      const d = safe10(r, r.pick([12, 13, 14]));
      return r.pick([`${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, d, `${d.slice(0, 4)}-${d.slice(4)}`]);
    }
    case 'KOZAW':
      return safe10(r, 7);
    case 'INNW':
      return safe10(r, 12);
    case 'SNILSW': {
      const d = safe10(r, 11);
      return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
    }
    case 'BADCARDW': {
      let d = r.pick(['4', '5', '35', '62']) + r.digits(15);
      d = d.slice(0, 16);
      if (luhn(d)) d = d.slice(0, 15) + String((Number(d[15]) + 1) % 10);
      return parts(d, [4, 4, 4, 4]).join(r.pick([' ', '-']));
    }
    case 'BADIBANW': {
      const c = r.pick(['DE', 'FR', 'ES', 'NL', 'IT']);
      const bban = c === 'NL' ? 'ABNA' + r.digits(10) : c === 'IT' ? 'X' + r.digits(22) : r.digits(c === 'DE' ? 18 : c === 'FR' ? 23 : 20);
      const good = 98 - mod97(bban + c + '00');
      // Check digits one to nine away from the right ones: never valid, as only a multiple of 97 away would be.
      const bad = good + (good > 50 ? -r.int(1, 9) : r.int(1, 9));
      const fixed = c + pad10(bad) + bban;
      return fixed.replace(/(.{4})(?=.)/g, '$1 ');
    }
    case 'HALFRRNW':
      return `${pad10(n(70, 99))}${pad10(n(1, 12))}${pad10(n(1, 28))}-${r.pick(['1', '2'])}${r.pick(['******', '●●●●●●', 'xxxxxx'])}`;
    case 'BADMYNW':
      return parts(safe10(r, 12), [4, 4, 4]).join(r.pick([' ', '-', '']));
    case 'REGNOW':
      return 'T' + safe10(r, 13);
    case 'YUCHOW':
      return `${safe10(r, 5, '1')}-${safe10(r, 8)}`;
    case 'NINOW':
      return `${r.pick(['AB', 'JG', 'NY', 'SK', 'WP'])} ${pad10(n(0, 99))} ${pad10(n(0, 99))} ${pad10(n(0, 99))} ${r.pick(['A', 'B', 'C', 'D'])}`;
    case 'UKACCTW':
      return safe10(r, 8);
    case 'ORDW':
      return r.pick([`#${safe10(r, 8)}`, `No.${safe10(r, 10)}`, `${r.pick(['ORD', 'INV', 'TX', 'RC'])}-${safe10(r, 9)}`, `${n(2026, 2027)}${pad10(n(1, 12))}${pad10(n(1, 28))}-${n(1000, 9999)}`]);
    case 'TRKW':
      return r.pick([parts(safe10(r, 12), [4, 4, 4]).join('-'), `EB${safe10(r, 9)}JP`, `CP${safe10(r, 9)}RU`, `SPXVN${safe10(r, 10)}`, `${safe10(r, 13)}`]);
    case 'WIFIW':
      return r.pick([`SSID: ${r.pick(['aterm-', 'Buffalo-G-', 'KT_GiGA_', 'iptime', 'TP-Link_', 'Keenetic-', 'FPT Telecom-'])}${hex10(r, 4).toUpperCase()}, pass ${key10(r, 10)}`, `pw: ${key10(r, 8)}${n(10, 99)}`, `${r.pick(['Guest', 'Cafe', 'Library'])}_WiFi / ${key10(r, 9)}`]);
    case 'WALLETW':
      return `0x${hex10(r, 40)}`;
    case 'GIFTW':
      return [...Array(4)].map(() => key10(r, 4).toUpperCase()).join('-');
    case 'PROMOW':
      return r.pick(['WELCOME10', 'SPRING-25', 'FRIEND2026', 'NEWYEAR50', 'TRIAL0', 'SALE30OFF']);
    case 'RESW':
      return r.pick(['1920x1080', '1280×720', '2560x1440', '3840x2160', '720p', '4K 60fps']);
    case 'SIZEW':
      return r.pick([`${n(22, 29)}.${r.pick(['0', '5'])}cm`, `${n(220, 290)}mm`, `EU ${n(36, 46)}`, `US ${n(5, 12)}.5`, `${n(150, 190)}cm / ${n(40, 90)}kg`]);
    case 'BPW':
      return `${n(100, 145)}/${n(60, 95)}`;
    case 'STEPSW':
      return `${n(3, 19)},${n(100, 999)}`;
    case 'KCALW':
      return `${n(1200, 2800)} kcal`;
    case 'TRAINW':
      return { en: r.pick([`the ${n(7, 11)}:${r.pick(['04', '17', '42'])} from Paddington`, `platform ${n(1, 14)}`, `Eurostar ${n(9000, 9199)}`]), ja: r.pick([`のぞみ${n(1, 259)}号`, `${n(1, 16)}号車${n(1, 20)}番${r.pick(['A', 'B', 'C', 'D', 'E'])}席`, `快速${n(1, 3)}番線`]), ko: r.pick([`KTX ${n(1, 199)}`, `${n(1, 18)}호차 ${n(1, 20)}${r.pick(['A', 'B', 'C', 'D'])}석`, `${n(1, 9)}호선`]), ru: r.pick([`поезд ${pad10(n(1, 99))}${r.pick(['А', 'М', 'Й'])}`, `вагон ${n(1, 16)}, место ${n(1, 54)}`, `Сапсан №${n(751, 790)}`]), vi: r.pick([`tàu SE${n(1, 8)}`, `toa ${n(1, 12)} ghế ${n(1, 64)}`, `xe ${n(10, 99)} chỗ`]) }[lang];
    case 'CLAUSEW':
      return r.pick([`Art. ${n(1, 40)}.${n(1, 9)}`, `§ ${n(1, 99)} Abs. ${n(1, 5)}`, `${n(1, 30)}.${n(1, 9)}.${n(1, 9)}`, { en: `Section ${n(2, 9)}(${n(1, 4)})`, ja: `第${n(1, 30)}条第${n(1, 5)}項`, ko: `제${n(1, 40)}조 ${n(1, 5)}항`, ru: `ст. ${n(1, 99)}.${n(1, 9)} КоАП`, vi: `Điều ${n(1, 60)} khoản ${n(1, 5)}` }[lang]]);
    case 'OPUSW':
      return r.pick([`BWV ${n(772, 1080)}`, `Op. ${n(2, 80)} No. ${n(1, 12)}`, `K. ${n(300, 620)}`, `D. ${n(500, 960)}`, `Hob. XVI:${n(20, 52)}`]);
    case 'DIMW':
      return r.pick([`${n(20, 120)}×${n(20, 120)}×${n(2, 40)} cm`, `A${n(3, 5)}`, `${n(10, 32)}"`, `${n(80, 240)}x${n(60, 200)}`]);
    case 'TZW':
      return r.pick(['UTC+9', 'UTC+7', 'GMT+3', 'UTC-8', 'CET', 'JST', 'KST', 'ICT', 'MSK', 'BST']);
    case 'TEMPW':
      return r.pick([`${n(36, 39)}.${n(0, 9)}°C`, `${n(36, 39)}度${n(0, 9)}分`, `-${n(3, 30)}°`, `${n(25, 41)}℃`]);
    case 'APTW':
      return { en: `Flat ${n(1, 40)}${r.pick(['', 'B'])}, ${n(2, 240)} ${r.pick(['Elm Road', 'King St', 'Mill Lane'])}`, ja: `${n(1, 9)}丁目${n(1, 30)}-${n(1, 20)} ${r.pick(['コーポ', 'ハイツ', 'メゾン'])}${n(101, 905)}`, ko: `${n(101, 115)}동 ${n(1, 25)}0${n(1, 6)}호`, ru: `ул. ${r.pick(['Ленина', 'Садовая', 'Мира'])}, д. ${n(1, 120)}, кв. ${n(1, 300)}`, vi: `số ${n(1, 300)} ngõ ${n(1, 99)}, P.${n(1, 15)}` }[lang];
    case 'POSTW':
      return { en: r.pick([`B${n(1, 30)} ${n(1, 9)}${r.pick(['HQ', 'TT', 'JD'])}`, `${safe10(r, 5)}`]), ja: `〒${n(100, 999)}-${String(n(0, 9999)).padStart(4, '0')}`, ko: `${n(10, 63)}${String(n(0, 999)).padStart(3, '0')}`, ru: `${n(101, 199)}${String(n(0, 999)).padStart(3, '0')}`, vi: `${n(10, 99)}${n(100, 999)}` }[lang];
    case 'PLATEW':
      return { en: r.pick([`AB${n(10, 99)} CDE`, `${n(1, 9)}ABC${n(100, 999)}`]), ja: `品川 ${n(300, 599)} あ ${n(10, 99)}-${n(10, 99)}`, ko: `${n(10, 399)}가 ${n(1000, 9999)}`, ru: `А${n(100, 999)}ВС ${n(77, 199)}`, vi: `${n(29, 99)}A-${n(100, 999)}.${n(10, 99)}` }[lang];
    case 'EQW':
      return r.pick([`${n(2, 9)}x + ${n(1, 20)} = ${n(21, 99)}`, `y = ${n(2, 9)}x² − ${n(1, 9)}`, `${n(10, 99)}.${n(10, 99)} + ${n(1, 9)}.${n(100, 999)}`, `(${n(1, 9)} + ${n(1, 9)}) × ${n(2, 9)} = ?`, `sin 30° = 0.5`, `${n(100, 999)} ÷ ${n(2, 9)}`]);
    case 'RANGEW': {
      const a = n(1, 60);
      return r.pick([`${a}-${a + n(2, 9)}`, `${a}~${a + n(1, 5)}`, `${a}–${a + n(3, 12)}`]);
    }
    case 'DURW':
      return r.pick([`${n(1, 2)}h ${n(5, 55)}m`, `${n(10, 59)}:${pad10(n(0, 59))}`, `${n(0, 1)}:${pad10(n(0, 59))}:${pad10(n(0, 59))}`]);
    case 'PINW':
      return String(n(1000, 9999));
    case 'SERIALW':
      return `${r.pick(['SN', 'S/N ', 'C02'])}${key10(r, 8).toUpperCase()}${n(10, 99)}`;
    case 'ROOMW':
      return r.pick([`${n(1, 9)}0${n(1, 9)}`, `${r.pick(['A', 'B', 'E'])}${n(101, 420)}`, `${n(2, 12)}F`, `Room ${n(1, 30)}`]);
    case 'SEATW':
      return r.pick([`${r.pick(['A', 'B', 'C', 'D'])}${n(1, 30)}`, `${n(1, 40)}-${n(1, 30)}`, `Block ${n(100, 130)}, Row ${n(1, 30)}`]);
    default:
      return null;
  }
}
