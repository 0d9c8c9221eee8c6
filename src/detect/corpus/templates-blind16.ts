/**
 * Sixteenth blind held-out set: templates and generators written on 4 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carry `split: "heldout"`, replacing the fifteenth blind set of 4 December 2026
 * (templates-blind15.ts), which is a development set now.
 *
 * What the set covers. New situations for the same tutoring marketplace in the five languages, each with
 * some of its own besides shared ones: speedcubing clubs and WCA competitions, amateur-radio licence
 * classes, QSL cards and repeater nets, volunteer subtitle and fansub teams, essay mills and ghostwriters
 * selling dissertations (代行, 대필, «диплом под ключ», viết thuê), channels selling "leaked" exam answers
 * (共通テスト, 족보, ОГЭ, đề THPT), rival tutoring platforms poaching teachers with a lower fee, fake "platform
 * support" messages that phish for payout details, homeschool co-ops, grandchildren teaching a grandparent
 * to use a smartphone and a messenger, cooking classes (pelmeni, gyōza, kimbap, phở, sourdough), adult
 * ballet and K-pop dance covers, dinghy sailing and kayak rolling, fencing and judo, juggling and circus
 * schools, improv, stand-up open mics and voice-acting demos, speech contests (弁論大会, 말하기 대회, конкурс чтецов,
 * thi hùng biện), quiz teams (pub quizzes, クイズ研究会, ЧГК, Đường lên đỉnh Olympia), birdwatching and
 * geocaching, mahjong, shogi, janggi, karuta, preferans and Chinese chess clubs, Lego robotics and model
 * railways, science fairs with sensor dashboards, au pairs and their host families and pocket money, family
 * plans and group orders split between classmates, a teacher's recorded course resold by someone else, a
 * school newspaper asking a tutor for an interview, relatives and coaches in countries the older sets left
 * out; and message shapes the older sets did not use: IRC-style logs with <nick>, SubRip (.srt) subtitle
 * blocks, spreadsheet HYPERLINK formulas, QR payloads (MATMSG e-mails, SMSTO texts), INI config sections,
 * /etc/hosts lines, ping output, forum posts with "EDIT:" and "UPD:", numbered thread posts (1/3), WTS and
 * 【譲】 classified ads, recipe cards, entities glued to the particles and brackets of each script, at the
 * start, middle and end, next to emoji. Messenger ids are about a fifth of the entities, only for the
 * platforms the specification names (LINE, Skype, Telegram, KakaoTalk, WeChat, Instagram, Facebook,
 * Discord), named in all five languages and scripts by fillers of their own, Russian ones in the accusative
 * and prepositional cases; numbers given for WhatsApp, Viber, Zalo, a LINE search, MoMo or a transfer by
 * phone number (СБП) are labelled as phones. All entities come from the writers below (`blind16Entity`),
 * none from the older sets: phone numbers of Japan (mobiles; landlines around Sendai, Hiroshima, Kobe, Naha,
 * Wakayama, Matsumoto, Asahikawa, Tottori and Matsue), Korea (mobiles; Chungbuk, Ulsan, Jeonbuk and Jeju
 * landlines), Vietnam (mobiles of every prefix; Huế, Khánh Hòa, Lâm Đồng, Cần Thơ, Nam Định, Hà Giang, Kon
 * Tum and Cà Mau landlines), Russia (mobiles; Samara, Krasnodar, Yuzhno-Sakhalinsk, Pskov, Tver, Surgut,
 * Ulyanovsk and Ryazan landlines), the US, the UK (mobiles; York, Exeter, Cardiff, Belfast, Sheffield,
 * Leicester, Aberystwyth and Truro landlines), the EU (Bulgaria, Croatia, Slovenia, Lithuania, Luxembourg,
 * Malta, Cyprus, Latvia besides Germany, France, Spain, Italy, the Netherlands and Poland) and countries no
 * older set used (Jordan, Morocco, Ghana, Tanzania, Ecuador, Uruguay, Costa Rica, Brunei, Bhutan, the
 * Maldives, Oman, Moldova, North Macedonia, Uganda, Rwanda, Senegal, Bolivia, Fiji), written in
 * libphonenumber-js's national and international forms and in each country's own by hand (the Japanese
 * 090(1234)5678 and 0263(12)3456, the Korean 043)123-4567, WHOIS-style +1.2125550123, 0044 and 00 prefixes,
 * bare E.164 in machine payloads), kept only when libphonenumber-js says the number is valid for its country
 * and its written form reads back as the same number; links to club, competition, recipe, form, notebook,
 * shop and crowdfunding sites, rival platforms' sign-up pages, fake support pages and shops reselling a
 * teacher's course, bare and internationalised domains (.рф, .한국, .kr, .jp and .vn labels in their own
 * scripts); messenger links and invites (t.me channels, posts and + invites, telegram.me, wa.me with a text,
 * wa.link, chat.whatsapp.com, line.me ~ids, group invites, page.line.me, lin.ee, open.kakao.com chats and
 * profiles, kko.to, zalo.me and its groups, discord.gg, discord.com/invite, instagram.com, instagr.am,
 * ig.me, m.me, fb.com groups, profile.php ids, fb.me events, invite.viber.com, vb.me, join.skype.com); cards
 * of Visa, Mastercard (both ranges), Amex, JCB, Diners, Discover, UnionPay, Mir, NAPAS and Elo (Luhn); IPv4
 * (public, private, shared) and IPv6 (global, link-local, unique-local, full) addresses; IBANs of Finland,
 * Portugal, Czechia, Austria, Luxembourg, Malta, Cyprus, Slovenia, Switzerland, Hungary, Bulgaria, Georgia,
 * Kazakhstan, Ukraine, Turkey, Germany, France, Spain and Italy (mod 97); My Numbers and resident
 * registration numbers with their check digits, always with a context word (マイナンバー, My Number, 마이넘버; 주민등록번호,
 * 주민번호). Disguises stay within the specification (NFKC forms, Cyrillic and Greek look-alikes, zero-width
 * characters, separated and spelled digits, at and dot words, brackets, spaces), in written forms the older
 * sets used little: circled letters and digits (ⓐ, ①, ⓪), small-form variants (﹫, ﹒, ﹣, ﹢, ﹕), mathematical
 * bold-script, bold-fraktur, italic, sans-serif italic and sans-serif bold-italic letters, look-alikes of
 * the rarer letters (ԁ, ӏ, ԛ, ԝ, ϳ, ѕ, һ, κ, ν, ρ, χ and Greek capitals), runs of zero-width characters and
 * one between every character, digit groups joined by ellipses, figure dashes, hyphen bullets and bullet
 * operators, full-width digits with ideographic spaces, dash words (hyphen, の, ハイフン, 다시, 하이픈, дефис, тире,
 * gạch nối), digits spelled one by one in each language (English with double and triple, hyphenated or in
 * capitals; kanji with 〇 and 零, mixed group by group with full-width digits; Korean spaced out; Russian
 * hyphenated and in capitals; Vietnamese in capitals or without diacritics), partly spelled numbers, at and
 * dot written out in new brackets and words (at sign, ⟨at⟩, «at», 【at】, 〔at〕, period, ピリオド, てん, 온점, эт,
 * «собака», a móc), the marks of a name said aloud, e-mails and links split by spaces, dots in 【.】, 〔.〕, ⟨.⟩
 * and «.», defanged schemes, IPv6 with circled or small-form colons, IBANs in lower case, with dashes,
 * circled or with full-width letters. Hard negatives (`blind16Filler`, and each language's own traps written
 * into the templates): speedcubing times, averages, scrambles and WCA ids, call signs, frequencies, CTCSS
 * tones and ADIF log lines, SubRip timestamps, word counts and similarity scores, DOIs and ORCID ids,
 * one-time login codes and Kahoot PINs, dance counts said in digit words (five, six, seven, eight; 오, 육, 칠,
 * 팔; пять, шесть, семь, восемь; năm, sáu, bảy, tám), siteswaps, wind in knots, grams and oven temperatures,
 * geocache codes and coordinates, Lego set numbers, model scales, shogi records, mahjong hands, p-values and
 * pH, judo weight classes, quiz scores, per-person shares of a plan, phone storage and OS versions,
 * JSDoc @param and CSS @media, Slack-style @here, unit prices with @, people @-mentioned with no platform,
 * messengers named with no id, warnings about essay mills, leaks and fake support, teasing half numbers in
 * digit words (공일공, Восемь-девять-…), ISBNs, versions, file names, order and tracking numbers (all digits
 * checked to be no phone number of the message's own country, the US or the UK, no card number, no My
 * Number, no resident registration number and no IBAN).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import type { Lang, Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in V: MAILV (an e-mail), MMAILV (one pasted in machine text: formulas, QR payloads, INI
// files, so only invisibly or mildly disguised), TELV (any phone of the language's country: mobiles and the
// new landlines), MTELV (the same in machine text), QTELV (an E.164 number in a QR payload), LANDV (a
// landline of one of the new towns), MOBV (a mobile of the language's own country, given for WhatsApp,
// Viber, Zalo, a LINE search, MoMo or a transfer), JPV, KRV, VNV, RUV, USV, UKV (a mobile of that country
// in a message of another language), EUV (an EU mobile), ABRV (a mobile of a country no older set used),
// JOV, MAV, GHV, TZV, ECV, UYV, CRV, BNV, BTV, MVV, OMV, MDV, MKV, UGV, RWV, SNV, BOV, FJV (a mobile of
// Jordan, Morocco, Ghana, Tanzania, Ecuador, Uruguay, Costa Rica, Brunei, Bhutan, the Maldives, Oman,
// Moldova, North Macedonia, Uganda, Rwanda, Senegal, Bolivia, Fiji), WEBV (a club, form, recipe or notebook
// site), RIVALV, PHISHV, RESELLV (a rival platform's sign-up, a fake support page, a resold course), CHATV (any
// messenger link), TGLV, WALV, LNLV, KKLV, ZLLV, DCLV, IGLV, FBLV, VBLV, SKLV (links of Telegram,
// WhatsApp, LINE, KakaoTalk, Zalo, Discord, Instagram, Facebook, Viber, Skype), IDV (an id for any
// messenger), LNV, KKV, TGV, SKV, WXV, IGV, FBV, DCV (ids in the style of LINE, KakaoTalk, Telegram,
// Skype, WeChat, Instagram, Facebook, Discord), CARDV, IPV, IBANV, MYNV, RRNV. Every other slot is a
// filler of this set, ending in K: LINEK, KAKK, TGK, SKK, WXK, IGK, FBK, DCK, WAK, VBK, ZLK and ANYK name a
// messenger, TGAK its Russian accusative, TGPK, IGPK and ANYPK the prepositional; the rest are
// hard-negative fillers. Only the first 40 negative templates and the first 20 positive ones (for the
// plain lines) of each language are used in order; the disguised lines draw from all the positive ones.

// ---- English ------------------------------------------------------------------------------------

const EN16_POS: string[] = [
  "Speedcubing club update 🧩 the WCA delegate for Saturday's comp only takes registrations by email: {MAILV}",
  "[21:04] <cubeKid> anyone got the organiser's number?\n[21:05] <nell_solves> {TELV}, she said text only\n[21:05] <cubeKid> ty",
  "1/3 Passed my ham radio licence exam today 📻 QSL cards via {MAILV} or the bureau, both fine",
  "1\n00:00:01,000 --> 00:00:04,200\nSubtitles by the volunteer team\n\n2\n00:00:04,300 --> 00:00:07,900\nSpotted a mistranslation? Write to {MAILV}",
  "I can write your whole dissertation, any subject, 100% original 🙂 WhatsApp me on {MOBV} and I'll send samples",
  "LEAKED answers for the Year 11 maths mock 📄 join {TGLV} before it gets taken down",
  "Hi! I recruit tutors for a new platform, only 5% commission instead of 18. Sign up at {RIVALV} and mention my name 😉",
  "⚠️ Tutor Support: your payouts are on hold. Verify your bank details within 24h at {PHISHV} or the account will be closed.",
  "Homeschool co-op Thursday: chemistry at Rhiannon's kitchen table 🧪 if you're running late ring {TELV}",
  "Teaching my grandma to use her new phone 👵📱 her {LINEK} id is {LNV}, could you add her so she can practise replying?",
  "Pelmeni masterclass this Sunday 🥟 the chef only takes bookings on {WAK}: {MOBV}",
  "Adult beginners' ballet 🩰 the studio's {IGK} is {IGV}, the term timetable is pinned there",
  "Dinghy course at the reservoir ⛵ if the wind's too strong they ring round from the clubhouse, {LANDV}",
  "Improv jam on Friday 🎭 the troupe organises everything on Discord: {DCLV}",
  "Could you give feedback on my voice-acting demo reel? 🎙️ send notes to {MAILV}, I'll reply within a week",
  "Pub quiz team needs a fifth member 🍻 message our captain on {TGK}: {TGV}",
  "Au pair update 🇪🇺 my host mum's mobile is {EUV}, she speaks English and a bit of Japanese",
  "Group order for the cube lubes 🧴 I'll pay the whole thing on my card, {CARDV}, and you pay me back here",
  "The science-fair sensor dashboard runs on {IPV} — judges can open it on port 8000 from the hall wifi",
  "Pocket money for the au pair goes to this account: {IBANV} 💶 reference 'pocket money'",
  "For the Japan homestay paperwork they asked for my host dad's My Number: {MYNV}. Is that normal to send around??",
  "The Korean summer school insurance form wants my 주민등록번호 (resident registration number): {RRNV} — I'm a dual national",
  "{SKK}: {SKV} — the fencing coach in Tbilisi does video analysis of your bouts there 🤺",
  "Geocaching event 📍 the owner's {WXK} is {WXV}, he's visiting from Chengdu and happy to chat",
  "Birdwatching walk to the estuary 🐦 guide's number: {TELV}. Bring binoculars and a flask!",
  "=HYPERLINK(\"mailto:{MMAILV}\", \"Email the quiz master\")\n^ the formula in our team sheet, why does it show #NAME?",
  "MATMSG:TO:{MMAILV};SUB:Juggling taster;BODY:Hi!;;\n^ that's what the QR on the circus school flyer decodes to 🤹",
  "SMSTO:{QTELV}:JOIN\n^ scanning the stand-up open mic poster gives this, do I just send JOIN?",
  "[contact]\nname = Tamsin Pryce\nemail = {MMAILV}\nphone = {MTELV}\n^ config.ini of the science fair app, is that the right section?",
  "{IPV}    buzzer.lan\n^ add this line to /etc/hosts and the buzzer app works on the pub wifi",
  "PING {IPV}: 56 data bytes\nRequest timeout for icmp_seq 0\n^ is the robot's controller board even on?",
  "EDIT: the mods removed my number again 🙄 it's {TELV} (karuta club, Tuesdays at 6)",
  "WTS: Lego Mindstorms kit, complete with the box, £120. Collection only. Text {TELV}",
  "Sourdough class recipe card 🍞\nStarter: 100 g\nFlour: 500 g\nWater: 350 g\nQuestions → {MAILV}",
  "The shogi club's {LINEK} group is {LNLV}, they play online on Wednesdays ☗",
  "Our school paper would love to interview you about tutoring! 📰 the editor's email is {MAILV}",
  "Someone is reselling your recorded course 😡 here: {RESELLV} — I've saved screenshots",
  "Mahjong night moved to my flat 🀄 buzz number 4 or call {TELV}",
  "Kayak rolling session at the pool 🛶 the coach is Korean, he's {KKV} on {KAKK}",
  "Fansub group is recruiting typesetters ✍️ apply on {TGK}, {TGV}, with a sample",
  "Fencing club fees for the tournament abroad: bank transfer to {IBANV}, reference = your surname",
  "Splitting the cube order 🧴 send your share by PayPal to {MAILV} (friends & family please)",
  "My cousin's judo club in Montevideo 🥋 the sensei is on {UYV}, WhatsApp only",
  "The speech-contest coach I mentioned lives in Amman: {JOV}",
  "Our quiz team has a Facebook group: {FBLV}",
  "I'm {IDV} on {ANYK}, ping me about the cube comp",
  "Model railway club meets in the church hall 🚂 chair: {TELV}, email {MAILV}",
  "The circus school in Dakar is looking for English tutors 🎪 director: {SNV}",
  "My grandad in Chișinău only uses Viber: {MDV}",
  "Improv coach in Kampala, Grace: {UGV} (she's on WhatsApp too)",
  "K-pop dance cover auditions 💃 DM {IGV} on {IGK} or email {MAILV}",
  "The geocache owner replied: \"call me on {ABRV} if the box is missing\"",
  "Grandpa wants to video-call his grandson abroad on {SKK}, his id is {SKV}",
  "Japanese host family for the exchange 🇯🇵 mum's mobile {JPV}, she prefers LINE though",
  "2/3 The repeater net moved to Thursdays. If you can't get in, the club secretary is on {TELV}",
  "Our Olympia quiz coach in Hanoi is {VNV} on Zalo, happy to help with the buzzer rounds",
  "Registration for the Kitehill Cube Open is on {WEBV} — events are 3x3, 2x2 and pyraminx 🧩",
  "The co-op's shared syllabus lives here: {WEBV}. Parents add their own weeks",
  "Full sourdough recipe with photos: {WEBV} 🍞",
  "The essay 'service' sent me a WhatsApp link, {WALV}, and wants half the money up front 🚩",
  "Juggling convention in Marrakech 🤹 the host's number is {MAV}",
  "Grandpa's Skype call link for Sunday: {SKLV}",
  "My fencing coach from Saint Petersburg is on {RUV}, evenings only",
  "My speech-contest partner is in Osaka, we practise on {LINEK}: {LNV}",
  "The shogi club chat moved to {DCK}, I'm {DCV} there ☗",
  "The quiz master's {FBK} is {FBV}, he posts the answers after each quiz night",
  "The kimbap class teacher asked us to add her on {KAKK}: {KKV} 🍙",
  "{TGV} on {TGK} is the bot that sends out the cube comp schedule",
  "The subtitle team lead is in Shanghai: {WXV} on {WXK}",
];

const EN16_NEG: string[] = [
  "New PB! {CUBETK} single, {CUBETK} average of five 🧩",
  "Scramble: {SCRAMK} — try it and tell me your time",
  "My WCA ID is {WCAK}, results should show up by Monday",
  "Worked {CALLK} on {FREQK} MHz this morning, 59 both ways 📻",
  "Repeater offset −0.6, tone {TONEK} Hz, the net starts at {TIMEK}",
  "{ADIFK}\n^ my first ADIF line, will the logbook import it?",
  "{SRTK}\nKeep each subtitle under 42 characters a line, please",
  "The essay is {WORDSK} words and Turnitin says {PCTK} similarity — mostly the reference list",
  "Cite it as doi:{DOIK}, APA 7th, with a hanging indent",
  "My ORCID is {ORCIDK}, for the acknowledgements page",
  "Anyone offering to 'write your essay' for money: report them, don't reply",
  "Leaked answers are always fake, the exam board swaps the papers every year",
  "Our fee is {PCTK}. Platforms that say 5% add a 'service charge' on top",
  "The platform will never ask for your password or card number in chat 🔒",
  "Co-op timetable: 9:30 maths, 11:00 chemistry, 13:30 art, lunch in between",
  "Grandma's phone is on {OSK} and {STORAGEK} is full of photos 😅 we cleared 3 GB",
  "Pelmeni dough: {GRAMK} flour, 1 egg, 200 ml water; rest it for 30 min",
  "Bake at {OVENK} for 40 min, then 10 min with the lid off 🍞",
  "And {COUNTK}! From the top, everyone 🩰",
  "Wind {KNOTK} gusting 20, so only the Toppers go out today ⛵",
  "Siteswap {SITEK} finally clicked after three weeks 🤹",
  "Improv set is 25 minutes, stand-up spots are 5 each, doors at {TIMEK}",
  "Speech contest: entry No. {NUMK}, time limit 5:00, warning bell at 4:00",
  "Round {SMALLK}: we got {QSCOREK}, still second behind 'Les Quizerables'",
  "Cache {GCK}, difficulty 2.5, terrain 3 — posted coordinates {COORDK}",
  "eBird list: 14 species, 3 lifers, 1.8 km walked 🐦",
  "Lego set {LEGOK}, {NUMK} pieces, and of course one 2×4 brick is missing",
  "H0 is 1:87, N gauge is 1:160 — which one for a small flat? 🚂",
  "Shogi game: {KIFUK}, then I resigned on move {NUMK} ☗",
  "Riichi! The hand was {MAHJK}, waiting on the 3-pin 🀄",
  "Results: p = 0.03, n = {NUMK}, pH {PHK} — is that enough for the science fair?",
  "Judo grading on Saturday, {WCLASSK} category, weigh-in at {TIMEK}",
  "Au pair pocket money is {PRICEK} a week plus a travel card",
  "The Spotify family plan is {PLANK} 🎧",
  "Kahoot PIN {PINK} — join before the timer starts!",
  "Your login code is {OTPK}. Don't share it with anyone, not even your tutor.",
  "@here the quiz starts at {TIMEK}, @channel bring pens",
  "```js\n/** @param {string} name */\nfunction greet(name) { return 'hi ' + name; }\n```\nwhy does the linter complain about this?",
  "@media (max-width: 600px) { .card { width: 100%; } } — the quiz site breaks on phones",
  "Order {ORDERK}: 2 cube lubes @ {PRICEK} each",
  "Tracking {TRACKK}, the Mindstorms kit is still stuck in the depot",
  "ISBN {ISBNK} — the shogi openings book, 2nd edition",
  "Version {VERK} of the subtitle editor fixed the timing drift",
  "The homework file is {FILEK}, please don't rename it",
  "{MENTK} can you bring the spare cubes on Saturday?",
  "Room {ROOMK}, the one with the piano — circus skills after lunch",
  "Discord and Telegram are fine for memes, but lessons stay on the platform, please 🙏",
  "Fencing: won the pool 5-3, 5-2, 4-5, then lost the DE 12-15 🤺",
  "Oh-seven-seven... nice try, I'm not giving my number out here 😄 book through the app",
];

// ---- Japanese -----------------------------------------------------------------------------------

const JA16_POS: string[] = [
  "スピードキューブ大会の運営です🧩 参加登録はメールのみで受け付けています→{MAILV}",
  "[21:04] <cube_kanade> 主催者の連絡先わかる人いる？\n[21:05] <itsuki_333> {TELV}、SMSのみだって\n[21:05] <cube_kanade> ありがと",
  "アマチュア無線の講習会、修了しました📻 QSLカードは{MAILV}宛にどうぞ",
  "1\n00:00:01,000 --> 00:00:04,200\n字幕：ボランティア翻訳チーム\n\n2\n00:00:04,300 --> 00:00:07,900\n誤訳の報告は{MAILV}まで",
  "卒論・レポート代行します✍️ 全分野対応、見積もりはLINEで→{LNLV}",
  "【拡散希望】共通テストの解答、試験中にリアルタイムで流します。{TGK}→{TGV}",
  "新しい家庭教師マッチングサービスの者です。手数料は業界最安の5%！先生の登録は{RIVALV}から",
  "【重要】お支払い情報の確認が必要です。24時間以内に{PHISHV}でログインしてください（運営事務局）",
  "ホームスクールの親の会、木曜は理科の実験です🧪 遅れる場合は{TELV}へ",
  "祖母のスマホ教室👵📱 おばあちゃんの{LINEK}IDは{LNV}です、練習で友だち追加してもらえますか？",
  "餃子づくり教室🥟 予約はお店の固定電話{LANDV}のみです",
  "大人バレエ🩰 スタジオの{IGK}→{IGV}　時間割はそっちに載ってます",
  "ヨット教室⛵ インストラクターの連絡先{TELV}、当日の風次第で中止の連絡が来ます",
  "即興劇（インプロ）のワークショップ🎭 ディスコードはこちら→{DCLV}",
  "声優のボイスサンプル、感想ください🎙️ 送り先：{MAILV}",
  "クイズ研究会、新歓やってます🏆 質問は{DCK}の{DCV}まで",
  "オペアでヨーロッパへ行きます🇪🇺 ホストファミリーのお母さんの携帯：{EUV}",
  "Spotifyファミリー、6人で割り勘🎧 引き落としはこのカードで：{CARDV}",
  "自由研究のセンサー、ダッシュボードは{IPV}で見られます（ポート8000）",
  "年末調整でバイト先にマイナンバーを出します：{MYNV}　これってチャットに書いて大丈夫？",
  "韓国の短期留学の保険、주민등록번호（住民登録番号）が必要らしいです：{RRNV}",
  "オペアのお小遣いはこの口座に振り込まれます：{IBANV} 💶",
  "フェンシングのコーチはトビリシにいて、{SKK}でビデオ分析してくれます→{SKV}",
  "ジオキャッシングのイベント📍 主催の方の{WXK}：{WXV}（成都から来日中）",
  "野鳥観察ツアー🐦 ガイドさん：{TELV}　双眼鏡持参でお願いします",
  "=HYPERLINK(\"mailto:{MMAILV}\",\"クイズ係にメール\")\n↑チームのスプレッドシート、#NAME?になるんですけど",
  "MATMSG:TO:{MMAILV};SUB:ジャグリング体験;BODY:よろしくお願いします;;\n↑サーカス教室のチラシのQRを読んだらこれが出ました🤹",
  "SMSTO:{QTELV}:参加\n↑お笑いライブのポスターのQR、これって「参加」って送るだけ？",
  "[contact]\nname = 藤原 奏\nemail = {MMAILV}\ntel = {MTELV}\n↑自由研究アプリのconfig.ini、このセクションで合ってます？",
  "{IPV}    buzzer.lan\n↑hostsに追加すると早押しアプリが動きます",
  "追記：運営に番号消されたので再掲します {TELV}（競技かるた部、火曜18時〜）",
  "【譲】レゴ マインドストーム一式、12,000円、手渡しのみ。連絡は{TELV}まで",
  "天然酵母パン教室🍞\n強力粉：500g\n水：350g\n質問は→{MAILV}",
  "将棋部の{LINEK}グループ→{LNLV}　水曜はオンライン対局です☗",
  "学校新聞で先生にインタビューしたいです📰 編集長：{MAILV}",
  "先生の講座動画が勝手に売られてます😡 ここです→{RESELLV}",
  "麻雀会は今日うちでやります🀄 着いたら{TELV}に電話ください",
  "カヤックのロール練習🛶 コーチは韓国の方で、{KAKK}は{KKV}です",
  "ファンサブで字幕の校正者を募集中✍️ {DCK}で{DCV}まで",
  "ヨーロッパ遠征の宿の前金、振込先はこちら：{IBANV}",
  "キューブの潤滑剤の共同購入🧴 代金はPayPalで{MAILV}へ",
  "ウルグアイにいるいとこの柔道の先生：{UYV}🥋",
  "ヨルダンでスピーチ大会のコーチをしている友人：{JOV}（WhatsApp）",
  "クイズサークルのFacebookページ→{FBLV}",
  "どこでも{IDV}で登録してます（メインは{ANYK}）",
  "鉄道模型クラブ🚂 会長：{TELV}、メール：{MAILV}",
  "モルディブでダイビングのガイドをしている叔父：{MVV}",
  "K-POPダンスのカバー、オーディション💃 {IGK}（{IGV}）にDMください",
  "おばあちゃんにLINEを教えてます。電話番号で検索してもらえますか→{MOBV}",
  "ブータンからの留学生に日本語を教えています、番号は{BTV}です",
  "韓国の言語交換の相手、カトクじゃなくて電話がいいそうです：{KRV}",
  "「{TGV}」ってアカウントから{TGK}で「過去問売ります」ってDMが来ました⚠️",
  "大会の申し込みページ→{WEBV}　種目は3x3、2x2、ピラミンクスです🧩",
  "ホームスクールの共有シラバスはここ：{WEBV}",
  "餃子のレシピ、写真付きで載せました→{WEBV}🥟",
  "ガーナからの留学生とスピーチの練習をしています、番号は{GHV}です",
  "コスタリカの野鳥ガイドさん🐦 {CRV}（WhatsAppのみ）",
  "ダンス教室のインスタ→{IGLV}💃",
  "イギリスのホストファミリーのお父さん：{UKV}",
  "スピーチ大会のペアの子と{LINEK}で練習してます、IDは{LNV}",
  "将棋部のチャットは{DCK}に移りました、私は{DCV}です☗",
  "クイズの答え合わせは{FBK}で{FBV}さんが毎回あげてくれます",
  "キンパ教室の先生に{KAKK}で追加してって言われました：{KKV}🍙",
  "字幕チームのリーダーは上海の人で、{WXK}：{WXV}",
  "{IGK}で{IGV}をフォローすると大会の速報が見られます🧩",
];

const JA16_NEG: string[] = [
  "自己ベスト更新！単発{CUBETK}秒、Ao5 {CUBETK}秒🧩",
  "スクランブル：{SCRAMK}　これで何秒出ます？",
  "WCA IDは{WCAK}です、結果は月曜に反映されるはず",
  "今朝{FREQK}MHzで{CALLK}と交信できました📻 59/59",
  "レピーターはトーン{TONEK}Hz、ロールコールは{TIMEK}から",
  "{ADIFK}\n↑初めてのADIF、これで取り込めますか？",
  "{SRTK}\n字幕は1行16文字以内でお願いします",
  "レポート{WORDSK}字、剽窃チェックは{PCTK}でした（ほぼ参考文献）",
  "引用はdoi:{DOIK}、APA第7版でお願いします",
  "ORCIDは{ORCIDK}です、謝辞に載せてください",
  "「レポート代行します」というDMは無視して通報してください",
  "共通テストの「解答流出」は100%詐欺です、信じないで",
  "こちらの手数料は{PCTK}です。5%とうたって別途費用がかかるところもあるので注意",
  "運営がチャットでパスワードやカード番号を聞くことは絶対にありません🔒",
  "ホームスクールの時間割：9:30 算数、11:00 理科、13:30 図工",
  "祖母のスマホは{OSK}、写真で{STORAGEK}がいっぱい😅",
  "餃子の皮：強力粉{GRAMK}、熱湯120ml、30分寝かせる",
  "{OVENK}のオーブンで40分、最後の10分はふたを外して🍞",
  "{COUNTK}！もう一回頭から🩰",
  "風速{KNOTK}、突風20ノット、今日はOP級のみ出艇⛵",
  "サイトスワップ{SITEK}、3週間かかってやっとできた🤹",
  "インプロは25分、漫才は1組5分、開場{TIMEK}",
  "弁論大会：エントリーNo.{NUMK}、持ち時間5分、4分で予鈴",
  "第{SMALLK}ラウンド、{QSCOREK}で2位です🏆",
  "キャッシュ{GCK}、難易度2.5、地形3、座標{COORDK}",
  "探鳥記録：14種、ライファー3種、歩行1.8km🐦",
  "レゴ{LEGOK}、{NUMK}ピース、2×4ブロックが1個足りない",
  "HOは1/80、Nゲージは1/150、どっちがワンルーム向き？🚂",
  "{KIFUK}、{NUMK}手目で投了しました☗",
  "リーチ！手牌は{MAHJK}、3ピン待ち🀄",
  "結果：p = 0.03、n = {NUMK}、pH {PHK}、自由研究としては十分？",
  "柔道の昇段審査、{WCLASSK}級、計量は{TIMEK}",
  "オペアのお小遣いは週{PRICEK}＋交通パス",
  "Spotifyファミリーは{PLANK}🎧",
  "KahootのPINは{PINK}、タイマーが始まる前に入って！",
  "ログインコード：{OTPK}　先生にも教えないでください",
  "```js\n/** @param {string} name */\nfunction greet(name) { return 'やあ' + name; }\n```\nリンターに怒られるのはなぜ？",
  "@media (max-width: 600px) { .card { width: 100%; } } ←クイズサイトがスマホで崩れる",
  "注文番号{ORDERK}：キューブ用ルブ2本＠{PRICEK}",
  "追跡番号{TRACKK}、マインドストームがまだ届きません📦",
  "ISBN {ISBNK}、将棋の定跡本、第2版です",
  "字幕エディタの{VERK}でタイミングのズレが直りました",
  "宿題ファイルは{FILEK}のままで",
  "{MENTK} 土曜日、予備のキューブ持ってきてくれる？",
  "{ROOMK}教室、ピアノのある部屋です（午後はサーカス実技）",
  "LINEもDiscordも雑談はいいけど、授業の連絡はこのアプリでお願いします🙏",
  "フェンシング：プール戦5-3、5-2、4-5、トーナメントは12-15で敗退🤺",
  "競技かるたの一字決まりは「むすめふさほせ」の七枚です",
  "ゼロキュウゼロ…って言いかけたけど、番号はここでは教えません😉",
];

// ---- Korean -------------------------------------------------------------------------------------

const KO16_POS: string[] = [
  "큐브 대회 운영진입니다🧩 참가 신청은 메일로만 받아요 {MAILV}",
  "[21:04] <cube_dohyun> 주최자 연락처 아는 사람?\n[21:05] <siwoo99> {TELV} 문자만 된대\n[21:05] <cube_dohyun> 땡큐",
  "아마추어 무선 자격증 땄어요📻 QSL 카드는 {MAILV}로 보내주세요",
  "1\n00:00:01,000 --> 00:00:04,200\n자막: 자원봉사 번역팀\n\n2\n00:00:04,300 --> 00:00:07,900\n오역 제보는 {MAILV}",
  "논문·레포트 대필해 드립니다✍️ 전 과목 가능, {KAKK} {KKV}로 견적 문의",
  "[유출] 중간고사 족보 팝니다📄 텔레방 {TGLV} 들어오세요",
  "새 과외 매칭 플랫폼이에요. 수수료 단 5%! 선생님 가입은 {RIVALV}",
  "이런 문자 받았어요: \"[과외플랫폼] 정산 계좌 재인증 필요. 24시간 내 {PHISHV} 에서 인증하세요\" 고객센터 사칭이죠?",
  "홈스쿨링 품앗이 모임, 목요일은 과학 실험🧪 늦으면 {TELV}로 연락 주세요",
  "할머니 스마트폰 교실👵📱 할머니 {KAKK} 아이디 {KKV}인데 연습 삼아 친구 추가해 주실 수 있나요?",
  "김밥 쿠킹클래스🍙 예약은 가게 전화 {LANDV}로만 받아요",
  "성인 발레🩰 학원 {IGK} {IGV} 시간표는 거기 올라와요",
  "요트 체험⛵ 강사님 번호 {TELV} 바람 세면 당일 취소 문자 와요",
  "즉흥연극 워크숍🎭 디코 서버 {DCLV}",
  "성우 지망생인데 샘플 좀 들어봐 주세요🎙️ {MAILV}",
  "퀴즈 동아리 신입 모집🏆 문의는 {DCK} {DCV}",
  "오페어로 유럽 가요🇪🇺 호스트맘 번호 {EUV}",
  "넷플릭스 프리미엄 4명이서 나눠 내요🎬 결제는 이 카드로 {CARDV}",
  "과학 탐구대회 센서 대시보드 주소 {IPV} 포트 8000으로 들어가세요",
  "여행자보험 가입하려면 주민등록번호가 필요하대요 {RRNV} 이렇게 보내면 돼요?",
  "일본 알바 연말정산 서류에 마이넘버 {MYNV} 적으래요",
  "오페어 용돈 받을 계좌예요 {IBANV} 💶",
  "펜싱 코치님이 트빌리시에 계셔서 {SKK}로 영상 분석해 주세요, 아이디 {SKV}",
  "지오캐싱 번개📍 주최자 {WXK} {WXV} (청두에서 오신 분)",
  "탐조 투어🐦 가이드님 {TELV} 쌍안경 꼭 챙기세요",
  "=HYPERLINK(\"mailto:{MMAILV}\",\"퀴즈 담당에게 메일\")\n↑ 팀 스프레드시트 수식인데 #NAME? 떠요",
  "MATMSG:TO:{MMAILV};SUB:저글링 체험;BODY:안녕하세요;;\n↑ 서커스 학원 전단지 QR 찍으니까 이게 나와요🤹",
  "SMSTO:{QTELV}:참가\n↑ 스탠드업 코미디 오픈마이크 포스터 QR인데 '참가'라고 보내면 되는 거죠?",
  "[contact]\nname = 황도현\nemail = {MMAILV}\nphone = {MTELV}\n↑ 탐구대회 앱 config.ini인데 이 섹션 맞아요?",
  "{IPV}    buzzer.lan\n↑ hosts 파일에 추가하면 골든벨 앱 돼요",
  "수정: 운영자가 번호 지워서 다시 올려요 {TELV} (마작 동아리, 화요일)",
  "[판매] 레고 마인드스톰 풀세트 12만원, 직거래만. 연락 {TELV}",
  "천연발효빵 클래스🍞\n강력분: 500g\n물: 350g\n질문은 → {MAILV}",
  "장기 동아리 오픈채팅 {KKLV} 수요일엔 온라인 대국해요",
  "학교 신문에서 선생님 인터뷰하고 싶어요📰 편집장 메일 {MAILV}",
  "선생님 강의 영상이 불법으로 팔리고 있어요😡 여기요 {RESELLV}",
  "마작 모임 오늘 우리 집에서🀄 도착하면 {TELV}로 전화",
  "카약 롤 연습🛶 코치님이 일본 분이라 {LINEK} {LNV}로 연락해요",
  "팬섭 자막 검수자 모집✍️ {TGK} {TGV}로 지원하세요",
  "유럽 원정 숙소 선금 입금 계좌: {IBANV}",
  "큐브 윤활유 공구🧴 페이팔로 {MAILV}에 보내주세요",
  "에콰도르에 사는 사촌의 유도 사범님 번호 {ECV}🥋",
  "요르단 말하기 대회 코치님 {JOV} 왓츠앱만 돼요",
  "퀴즈 동아리 페북 그룹 {FBLV}",
  "아이디 다 {IDV}로 통일했어요, 주로 {ANYK} 써요",
  "철도 모형 동호회🚂 회장님 {TELV}, 메일 {MAILV}",
  "탄자니아 봉사 현지 코디 번호 {TZV}",
  "K-pop 커버댄스 오디션💃 {IGK} {IGV} 디엠 주세요",
  "할아버지가 {VBK}만 쓰셔서요, {MOBV}로 걸어 주세요",
  "일본 홈스테이 엄마 번호 {JPV} 라인도 같은 번호예요",
  "{KKV}이 제 카톡이에요, 큐브 대회 질문 언제든지",
  "주민번호 앞자리만 말고 전체 {RRNV} 다 적어야 한대요, 대회 보험 때문에",
  "큐브 대회 신청 페이지 {WEBV} 종목은 3x3, 2x2, 피라밍크스🧩",
  "홈스쿨 공동 커리큘럼은 여기 있어요 {WEBV}",
  "김밥 레시피 사진이랑 같이 올렸어요 {WEBV}🍙",
  "오만에 있는 삼촌 번호 {OMV} 요트 대회 때문에 연락드렸어요",
  "피지 다이빙 강사님 번호 {FJV}",
  "할머니랑 일요일에 통화할 스카이프 링크 {SKLV}",
  "러시아 펜싱 코치님 번호 {RUV}",
  "말하기 대회 짝꿍이랑 {LINEK}으로 연습해요, 아이디 {LNV}",
  "장기 동아리 채팅방 {DCK}로 옮겼어요, 저는 {DCV}",
  "퀴즈 정답은 {FBK}에서 {FBV}님이 매번 올려줘요",
  "김밥 클래스 선생님이 {KAKK} 추가해 달래요 {KKV}🍙",
  "자막팀 리더가 상하이 분이라 {WXK} {WXV}로 연락해요",
  "{IGK} {IGV} 팔로우하면 대회 속보 볼 수 있어요🧩",
];

const KO16_NEG: string[] = [
  "개인 기록 경신! 싱글 {CUBETK}초, 평균 {CUBETK}초🧩",
  "스크램블: {SCRAMK} 이거 몇 초 나와요?",
  "WCA ID {WCAK}, 결과는 월요일에 올라온대요",
  "오늘 아침 {FREQK}MHz에서 {CALLK}이랑 교신했어요📻",
  "중계기 톤 {TONEK}Hz, 정기 교신은 {TIMEK}부터",
  "{ADIFK}\n↑ ADIF 처음 써보는데 이렇게 하면 불러와져요?",
  "{SRTK}\n자막은 한 줄에 20자 이내로 해주세요",
  "레포트 {WORDSK}자, 카피킬러 표절률 {PCTK}",
  "인용은 doi:{DOIK}, APA 7판으로",
  "ORCID {ORCIDK}, 사사 표기에 넣어주세요",
  "대필해 준다는 DM 오면 답하지 말고 신고하세요",
  "시험 족보 유출이라는 텔레그램 광고는 전부 사기예요",
  "저희 수수료는 {PCTK}예요, 5%라고 하는 데는 숨은 비용이 있어요",
  "운영팀은 채팅으로 비밀번호나 카드 번호를 절대 묻지 않습니다🔒",
  "홈스쿨 시간표: 9:30 수학, 11:00 과학, 13:30 미술",
  "할머니 폰은 {OSK}, 사진 때문에 {STORAGEK}가 꽉 찼어요😅",
  "김밥 재료: 밥 {GRAMK}, 단무지 4줄, 시금치 한 단",
  "{OVENK}에서 40분, 마지막 10분은 뚜껑 열고🍞",
  "{COUNTK}! 처음부터 다시🩰",
  "풍속 {KNOTK}, 돌풍 20노트라 오늘은 옵티미스트만 출항⛵",
  "사이트스왑 {SITEK} 3주 만에 성공🤹",
  "즉흥극 25분, 스탠드업 1인 5분, 입장 {TIMEK}",
  "말하기 대회 참가번호 {NUMK}번, 발표 5분, 4분에 종 울려요",
  "{SMALLK}라운드 {QSCOREK}로 2등이에요🏆",
  "캐시 {GCK}, 난이도 2.5, 지형 3, 좌표 {COORDK}",
  "탐조 기록 14종, 새로 본 새 3종, 1.8km 걸었어요🐦",
  "레고 {LEGOK}, {NUMK}피스, 2×4 블록 하나 없어요",
  "HO는 1/87, N게이지는 1/160, 원룸엔 뭐가 나아요?🚂",
  "쇼기 기보 {KIFUK} 이후 {NUMK}수에서 기권했어요☗",
  "리치! 패는 {MAHJK}, 3통 대기🀄",
  "결과 p = 0.03, n = {NUMK}, pH {PHK} 탐구대회로 충분할까요?",
  "유도 승단 심사 {WCLASSK}급, 계체 {TIMEK}",
  "오페어 용돈 주 {PRICEK} + 교통카드",
  "넷플릭스 프리미엄 {PLANK}🎬",
  "카훗 PIN {PINK} 타이머 시작 전에 들어와!",
  "[Web발신] 인증번호 [{OTPK}] 타인에게 절대 알려주지 마세요",
  "```js\n/** @param {string} name */\nfunction greet(name) { return '안녕 ' + name; }\n```\n린터가 왜 경고하죠?",
  "@media (max-width: 600px) { .card { width: 100%; } } 퀴즈 사이트가 폰에서 깨져요",
  "주문번호 {ORDERK}: 큐브 윤활유 2개 @{PRICEK}",
  "운송장 {TRACKK}, 마인드스톰 아직 안 왔어요📦",
  "ISBN {ISBNK}, 쇼기 정석 책 2판",
  "자막 편집기 {VERK}에서 싱크 밀림 고쳐졌어요",
  "숙제 파일 {FILEK} 이름 바꾸지 마세요",
  "{MENTK} 토요일에 여분 큐브 좀 가져와 줄래?",
  "{ROOMK} 강의실, 피아노 있는 방 (오후엔 서커스 실기)",
  "카톡이나 디코는 잡담용, 수업 연락은 앱으로 부탁해요🙏",
  "펜싱 풀전 5-3, 5-2, 4-5, 토너먼트 12-15 탈락🤺",
  "공일공으로 시작하는 번호는 여기 쓰면 안 돼요, 앱 규정이에요",
  "장기는 차, 포, 마, 상 순서로 외우면 쉬워요",
];

// ---- Russian ------------------------------------------------------------------------------------

const RU16_POS: string[] = [
  "Оргкомитет соревнований по спидкубингу 🧩 регистрация только по почте: {MAILV}",
  "[21:04] <kubik_timofey> у кого есть номер организатора?\n[21:05] <zlata_oll> {TELV}, только смс\n[21:05] <kubik_timofey> спс",
  "Сдал экзамен на позывной 📻 QSL-карточки — через {MAILV} или через бюро",
  "1\n00:00:01,000 --> 00:00:04,200\nСубтитры: волонтёрская команда\n\n2\n00:00:04,300 --> 00:00:07,900\nНашли ошибку перевода? Пишите на {MAILV}",
  "Напишу диплом или курсовую под ключ, антиплагиат от 85% ✍️ пишите в {WAK}: {MOBV}",
  "ОТВЕТЫ ОГЭ 2026 🔥 сливаем за час до экзамена, канал: {TGLV}",
  "Здравствуйте! Новая площадка для репетиторов, комиссия всего 5%. Регистрация: {RIVALV}",
  "Служба поддержки: выплаты приостановлены. Подтвердите реквизиты в течение 24 часов: {PHISHV}",
  "Семейное обучение, совместные занятия в четверг — химия у Зои на кухне 🧪 опаздываете — звоните {TELV}",
  "Учу бабушку пользоваться смартфоном 👵📱 её ник в {TGPK}: {TGV}, добавьте её, пусть потренируется",
  "Мастер-класс по пельменям 🥟 запись только по городскому телефону {LANDV}",
  "Балет для взрослых 🩰 инста студии: {IGV}, расписание там",
  "Парусная школа на водохранилище ⛵ инструктор Мирон: {TELV}",
  "Импров-джем в пятницу 🎭 дискорд труппы: {DCLV}",
  "Послушайте мою демку для озвучки 🎙️ отзывы присылайте на {MAILV}",
  "Команде ЧГК нужен шестой игрок 🦉 пишите капитану в {TGAK} {TGV}",
  "Еду au pair в Европу 🇪🇺 номер принимающей мамы: {EUV}",
  "Складчина на семейную подписку, списывать с этой карты: {CARDV}",
  "Датчики для школьной научной конференции — дашборд на {IPV}, порт 8000",
  "Для подработки в Японии просят マイナンバー (My Number): {MYNV}, это нормально?",
  "Корейская летняя школа просит 주민등록번호 (регистрационный номер резидента): {RRNV}, у меня двойное гражданство",
  "Карманные деньги au pair будут приходить на этот счёт: {IBANV} 💶",
  "Тренер по фехтованию из Тбилиси, разбор видео в {SKK}: {SKV} 🤺",
  "Встреча геокэшеров 📍 организатор в {WXK}: {WXV}, он из Чэнду",
  "Птичья экскурсия на лиман 🐦 гид: {TELV}, бинокль с собой",
  "=HYPERLINK(\"mailto:{MMAILV}\"; \"Написать ведущему квиза\")\n↑ формула в таблице команды, почему #ИМЯ?",
  "MATMSG:TO:{MMAILV};SUB:Пробное занятие;BODY:Здравствуйте!;;\n↑ вот что выдаёт QR с флаера цирковой студии 🤹",
  "SMSTO:{QTELV}:УЧАСТВУЮ\n↑ QR с афиши открытого микрофона, просто отправить «УЧАСТВУЮ»?",
  "[contact]\nname = Зорина Злата\nemail = {MMAILV}\nphone = {MTELV}\n↑ config.ini приложения для конференции, секция правильная?",
  "{IPV}    buzzer.lan\n↑ добавьте в /etc/hosts, и кнопки для квиза заработают",
  "UPD: модераторы опять удалили номер, вот он {TELV} 🙄 (клуб преферанса, вторник)",
  "Продам Lego Mindstorms, полный комплект, 9 000 ₽, самовывоз. Звонить {TELV}",
  "Хлеб на закваске 🍞\nМука: 500 г\nВода: 350 г\nВопросы → {MAILV}",
  "Клуб сёги в телеге: {TGLV}, онлайн-партии по средам ☗",
  "Школьная газета хочет взять у вас интервью 📰 редактор: {MAILV}",
  "Ваши видеоуроки кто-то перепродаёт 😡 вот: {RESELLV}",
  "Маджонг сегодня у меня 🀄 домофон 4 или звоните {TELV}",
  "Тренировка эскимосского переворота 🛶 тренер кореец, его {KAKK}: {KKV}",
  "Фансаб-команда ищет тайпсеттеров ✍️ пишите в {TGAK} {TGV} с примером работы",
  "Взнос за выезд на сборы: перевод на {IBANV}, в назначении — ФИО",
  "Совместная закупка смазки для кубиков 🧴 деньги переводом по номеру {MOBV} (СБП)",
  "Дзюдо в Монтевидео для двоюродного брата: сенсей {UYV} 🥋",
  "Дедушка в Кишинёве, звоните ему в вайбер: {MDV}",
  "Наша команда квиза в фейсбуке: {FBLV}",
  "Ник везде {IDV}, чаще всего сижу в {ANYPK}",
  "Клуб железнодорожного моделизма 🚂 председатель: {TELV}, почта {MAILV}",
  "Цирковая школа в Скопье ищет преподавателя английского 🎪 директор: {MKV}",
  "Кастинг в кавер-дэнс команду 💃 директ в {IGPK}: {IGV}",
  "Мастерская фехтовального снаряжения, городской номер: {LANDV}",
  "Японская принимающая семья, мама: {JPV}, она больше в LINE",
  "Тренер по тхэквондо из Сеула, пишите ему в {KAKK} {KKV} или звоните {KRV}",
  "Если не дозвонитесь, мой американский номер {USV}, по вечерам по Москве",
  "Регистрация на турнир по спидкубингу: {WEBV} — дисциплины 3x3, 2x2, пирамидка 🧩",
  "Общая программа семейного обучения: {WEBV}, родители дописывают свои недели",
  "Рецепт пельменей с фото: {WEBV} 🥟",
  "Боливия 🇧🇴 наш гид по Уюни: {BOV}",
  "Группа клуба в вайбере: {VBLV}",
  "QR на стенде секции ведёт сюда: {CHATV}",
  "Принимающая семья в Англии, папа: {UKV}",
  "Напарница по конкурсу чтецов из Осаки, занимаемся в LINE: {LNV}",
  "Чат клуба сёги переехал в дискорд, я там {DCV} ☗",
  "Ответы квиза ведущий выкладывает в фейсбуке, его ник {FBV}",
  "Преподавательница кимпапа попросила добавить её в {KAKK}: {KKV} 🍙",
  "Руководитель команды субтитров из Шанхая, в {WXK}: {WXV}",
  "Бот с расписанием соревнований — {TGV} в {TGPK}",
];

const RU16_NEG: string[] = [
  "Личный рекорд! Сингл {CUBETK}, среднее из пяти {CUBETK} 🧩",
  "Скрамбл: {SCRAMK} — сколько у вас выйдет?",
  "Мой WCA ID {WCAK}, результаты появятся к понедельнику",
  "Утром провёл связь с {CALLK} на {FREQK} МГц 📻 59 в обе стороны",
  "Ретранслятор: тон {TONEK} Гц, сдвиг −0,6, перекличка в {TIMEK}",
  "{ADIFK}\n↑ первая строка ADIF, журнал её примет?",
  "{SRTK}\nСубтитры — не длиннее 42 символов в строке",
  "Курсовая на {WORDSK} слов, антиплагиат показал {PCTK} заимствований — это в основном список литературы",
  "Ссылка: doi:{DOIK}, оформление по ГОСТу",
  "ORCID {ORCIDK}, добавьте в благодарности",
  "Кто предлагает «написать диплом за деньги» — в бан, не отвечайте",
  "«Слив ответов ОГЭ» — всегда развод, варианты разные по регионам",
  "У нас комиссия {PCTK}, а «5%» у других — без учёта скрытых платежей",
  "Поддержка никогда не спрашивает пароль или номер карты в чате 🔒",
  "Расписание семейного обучения: 9:30 математика, 11:00 химия, 13:30 ИЗО",
  "У бабушки {OSK}, память {STORAGEK} забита фотками 😅",
  "Тесто для пельменей: мука {GRAMK}, яйцо, 200 мл воды, отдых 30 минут",
  "Выпекать при {OVENK} 40 минут, последние 10 без крышки 🍞",
  "И-и {COUNTK}! Ещё раз с начала 🩰",
  "Ветер {KNOTK}, порывы до 20 — сегодня выходят только «Оптимисты» ⛵",
  "Сайтсвоп {SITEK} наконец получился, три недели 🤹",
  "Импров 25 минут, стендап по 5 минут на человека, вход с {TIMEK}",
  "Конкурс чтецов: номер участника {NUMK}, регламент 5 минут",
  "Раунд {SMALLK}: {QSCOREK}, пока вторые 🦉",
  "Тайник {GCK}, сложность 2,5, местность 3, координаты {COORDK}",
  "За утро 14 видов, из них 3 новых для меня, прошли 1,8 км 🐦",
  "Лего {LEGOK}, {NUMK} деталей, не хватает кубика 2×4",
  "H0 — это 1:87, TT — 1:120, что взять для маленькой комнаты? 🚂",
  "Сёги: {KIFUK}, на {NUMK}-м ходу сдался ☗",
  "Риичи! Рука {MAHJK}, жду 3 пина 🀄",
  "Итог: p = 0,03, n = {NUMK}, pH {PHK} — для конференции хватит?",
  "Аттестация по дзюдо, категория {WCLASSK}, взвешивание в {TIMEK}",
  "Карманные au pair — {PRICEK} в неделю плюс проездной",
  "Семейная подписка {PLANK}",
  "PIN в Kahoot {PINK} — заходите до старта!",
  "Код для входа: {OTPK}. Никому не сообщайте, даже репетитору",
  "```js\n/** @param {string} name */\nfunction greet(name) { return 'привет, ' + name; }\n```\nпочему линтер ругается?",
  "@media (max-width: 600px) { .card { width: 100%; } } — сайт квиза разъезжается на телефоне",
  "Заказ {ORDERK}: 2 смазки для кубиков @ {PRICEK}",
  "Трек {TRACKK}, Mindstorms всё ещё на таможне 📦",
  "ISBN {ISBNK}, дебюты сёги, 2-е издание",
  "В версии {VERK} редактора субтитров исправили рассинхрон",
  "Файл {FILEK}, не переименовывайте",
  "{MENTK} захватишь запасные кубики в субботу?",
  "Кабинет {ROOMK}, где пианино — после обеда цирковая студия",
  "Телега и дискорд — для мемов, а уроки только через платформу 🙏",
  "Фехтование: пул 5:3, 5:2, 4:5, в прямом выбывании 12:15 🤺",
  "Собака — это не почта, это наш клубный пёс Бублик, он охраняет кубики 🐶",
  "Восемь-девять-… нет, номер не дам, пишите здесь 😉",
];

// ---- Vietnamese ---------------------------------------------------------------------------------

const VI16_POS: string[] = [
  "BTC giải Rubik 🧩 đăng ký qua email thôi nha: {MAILV}",
  "[21:04] <rubik_dat> ai có số BTC không?\n[21:05] <giang_oll> {TELV}, chỉ nhắn tin thôi\n[21:05] <rubik_dat> tks",
  "Mình vừa thi đậu chứng chỉ vô tuyến nghiệp dư 📻 thẻ QSL gửi về {MAILV} nha",
  "1\n00:00:01,000 --> 00:00:04,200\nPhụ đề: nhóm dịch tình nguyện\n\n2\n00:00:04,300 --> 00:00:07,900\nGóp ý bản dịch gửi {MAILV}",
  "Nhận viết thuê luận văn, tiểu luận mọi ngành ✍️ ib {ZLK} {MOBV} để báo giá",
  "ĐỀ + ĐÁP ÁN THPT 2026 lộ sớm 🔥 vào nhóm {TGLV} nhanh kẻo bị xóa",
  "Chào thầy cô! Bên em là nền tảng gia sư mới, phí chỉ 5%. Đăng ký tại {RIVALV}",
  "[Thông báo] Tài khoản của bạn sẽ bị khóa. Xác minh thông tin nhận tiền trong 24h: {PHISHV}",
  "Nhóm học tại nhà thứ 5 làm thí nghiệm hóa ở nhà chị Giang 🧪 trễ thì gọi {TELV}",
  "Đang dạy bà ngoại dùng điện thoại 👵📱 {ZLK} của bà là số {MOBV}, mọi người kết bạn giúp bà tập nhắn tin nha",
  "Lớp nấu phở cuối tuần 🍜 đặt chỗ qua số bàn {LANDV}",
  "Ballet cho người lớn 🩰 {IGK} của studio: {IGV}, lịch học đăng ở đó",
  "Khóa học thuyền buồm ⛵ thầy hướng dẫn: {TELV}",
  "Workshop kịch ứng tác 🎭 server Discord: {DCLV}",
  "Nghe thử demo lồng tiếng của em với 🎙️ góp ý gửi {MAILV}",
  "Đội Olympia của lớp cần thêm người 🏆 nhắn đội trưởng qua {TGK} {TGV}",
  "Em đi au pair ở châu Âu 🇪🇺 số mẹ chủ nhà: {EUV}",
  "Chia tiền YouTube Premium gia đình, trừ vào thẻ này nha: {CARDV}",
  "Cảm biến cho cuộc thi KHKT, dashboard ở {IPV}, cổng 8000",
  "Hồ sơ làm thêm ở Nhật đòi My Number (マイナンバー): {MYNV}",
  "Trường hè bên Hàn đòi 주민등록번호 (số đăng ký cư trú) của mẹ: {RRNV}",
  "Tiền tiêu vặt au pair chuyển vào tài khoản này: {IBANV} 💶",
  "HLV đấu kiếm ở Tbilisi, phân tích video qua {SKK}: {SKV} 🤺",
  "Offline geocaching 📍 chủ sự kiện {WXK} {WXV} (từ Thành Đô sang)",
  "Tour ngắm chim ở Cần Giờ 🐦 hướng dẫn viên: {TELV}",
  "=HYPERLINK(\"mailto:{MMAILV}\",\"Gửi mail cho MC\")\n↑ công thức trong file của đội, sao nó ra #NAME?",
  "MATMSG:TO:{MMAILV};SUB:Học thử tung hứng;BODY:Chào anh;;\n↑ quét QR trên tờ rơi trường xiếc ra cái này 🤹",
  "SMSTO:{QTELV}:THAMGIA\n↑ QR trên poster open mic, nhắn THAMGIA là được hả?",
  "[contact]\nname = Đinh Bảo\nemail = {MMAILV}\nphone = {MTELV}\n↑ config.ini của app KHKT, để section này đúng chưa?",
  "{IPV}    buzzer.lan\n↑ thêm vào file hosts là app bấm chuông chạy",
  "EDIT: admin xóa số rồi nên mình ghi lại {TELV} 🙄 (CLB cờ tướng, tối thứ 3)",
  "Pass bộ Lego Mindstorms đủ món, 3 triệu, giao tay. LH {TELV}",
  "Bánh mì bột chua 🍞\nBột: 500g\nNước: 350g\nThắc mắc → {MAILV}",
  "Nhóm Zalo CLB Rubik → {ZLLV}",
  "Báo trường muốn phỏng vấn thầy 📰 email thư ký tòa soạn: {MAILV}",
  "Có người bán lại video khóa học của cô 😡 đây: {RESELLV}",
  "Tối nay chơi mạt chược ở nhà mình 🀄 tới nơi gọi {TELV}",
  "Tập lật kayak 🛶 HLV người Hàn, {KAKK}: {KKV}",
  "Nhóm sub phim tuyển người dịch ✍️ nhắn {FBK} {FBV}",
  "Đặt cọc chỗ ở giải đấu bên châu Âu: chuyển vào {IBANV}",
  "Mua chung dầu bôi trơn Rubik 🧴 chuyển MoMo số {MOBV}",
  "Võ đường judo ở Uruguay của anh họ: {UYV} 🥋",
  "Cô dạy hùng biện ở Jordan, {JOV} (WhatsApp)",
  "Fanpage đội Olympia: {FBLV}",
  "nick ở đâu cũng {IDV}, hay on {ANYK} nhất",
  "CLB mô hình tàu hỏa 🚂 chủ nhiệm: {TELV}, email {MAILV}",
  "Trường xiếc ở Rwanda tuyển giáo viên tiếng Anh 🎪 liên hệ {RWV}",
  "Casting nhóm nhảy cover K-pop 💃 ib {IGK} {IGV}",
  "Ông nội chỉ xài {VBK}: {MOBV}",
  "Bạn người Brunei học tiếng Việt với mình, số {BNV}",
  "Bạn trao đổi ngôn ngữ người Nhật, {LINEK}: {LNV}",
  "Chị họ đang làm ở Hàn, số bên đó {KRV}, có Kakao luôn",
  "Đăng ký giải Rubik tại {WEBV} — nội dung 3x3, 2x2, pyraminx 🧩",
  "Giáo án chung của nhóm học tại nhà ở đây: {WEBV}",
  "Công thức nấu phở có hình: {WEBV} 🍜",
  "Nhóm WhatsApp của lớp nấu ăn: {WALV}",
  "Link Skype gọi cho ông bà cuối tuần: {SKLV}",
  "Quét QR trên tờ rơi thì ra link này: {CHATV}",
  "Bạn mình du học ở Ghana, số bên đó {GHV}",
  "Thầy dạy đấu kiếm người Nga: {RUV}",
  "Bạn cùng cặp thi hùng biện ở Osaka, tụi mình luyện qua {LINEK}: {LNV}",
  "Nhóm chat CLB shogi chuyển sang {DCK} rồi, mình là {DCV} ☗",
  "Đáp án quiz anh MC đăng trên {FBK} {FBV}",
  "Cô dạy làm kimbap bảo add {KAKK} của cô: {KKV} 🍙",
  "Trưởng nhóm sub ở Thượng Hải, {WXK}: {WXV}",
  "Follow {IGK} {IGV} để xem kết quả giải Rubik nhanh nhất 🧩",
];

const VI16_NEG: string[] = [
  "Kỷ lục mới! Single {CUBETK}, trung bình 5 lần {CUBETK} 🧩",
  "Scramble: {SCRAMK} — thử xem được mấy giây",
  "WCA ID của mình là {WCAK}, thứ 2 mới có kết quả",
  "Sáng nay liên lạc được với {CALLK} trên tần số {FREQK} MHz 📻",
  "Trạm lặp tone {TONEK} Hz, điểm danh lúc {TIMEK}",
  "{ADIFK}\n↑ dòng ADIF đầu tiên của mình, nhập vào sổ được không?",
  "{SRTK}\nMỗi dòng phụ đề không quá 42 ký tự nha",
  "Tiểu luận {WORDSK} chữ, Turnitin báo trùng {PCTK}, chủ yếu phần tài liệu tham khảo",
  "Trích dẫn doi:{DOIK}, chuẩn APA 7",
  "ORCID của cô là {ORCIDK}, ghi vào phần cảm ơn nhé",
  "Ai nhắn \"nhận viết thuê luận văn\" thì đừng trả lời, báo cáo luôn",
  "\"Lộ đề thi\" toàn là lừa đảo, đừng chuyển tiền",
  "Phí bên mình là {PCTK}, mấy chỗ quảng cáo 5% còn phí ẩn",
  "Nền tảng không bao giờ hỏi mật khẩu hay số thẻ qua chat 🔒",
  "Lịch học tại nhà: 9h30 toán, 11h hóa, 13h30 mỹ thuật",
  "Điện thoại của bà {OSK}, bộ nhớ {STORAGEK} đầy ảnh 😅",
  "Nước dùng phở: xương {GRAMK}, 3 lít nước, hầm 6 tiếng 🍜",
  "Nướng {OVENK} trong 40 phút, 10 phút cuối mở nắp 🍞",
  "{COUNTK}! Tập lại từ đầu nha 🩰",
  "Gió {KNOTK}, giật 20, hôm nay chỉ cho thuyền Optimist ra ⛵",
  "Siteswap {SITEK} sau 3 tuần cuối cùng cũng được 🤹",
  "Kịch ứng tác 25 phút, độc thoại hài mỗi người 5 phút, mở cửa {TIMEK}",
  "Thi hùng biện: số báo danh {NUMK}, nói 5 phút, phút thứ 4 rung chuông",
  "Vòng {SMALLK} được {QSCOREK}, đang đứng thứ 2 🏆",
  "Hộp {GCK}, độ khó 2.5, địa hình 3, tọa độ {COORDK}",
  "Sáng nay đếm được 14 loài, 3 loài mới, đi bộ 1,8 km 🐦",
  "Lego {LEGOK}, {NUMK} mảnh, thiếu một viên 2×4",
  "HO tỉ lệ 1:87, khổ N 1:160, phòng nhỏ thì chọn cái nào? 🚂",
  "Cờ shogi: {KIFUK}, tới nước thứ {NUMK} thì mình đầu hàng ☗",
  "Riichi! Bài {MAHJK}, chờ 3 đồng 🀄",
  "Kết quả p = 0,03, n = {NUMK}, pH {PHK}, đủ để thi KHKT chưa?",
  "Thi lên đai judo hạng cân {WCLASSK}, cân lúc {TIMEK}",
  "Tiền tiêu vặt au pair {PRICEK}/tuần cộng vé xe",
  "YouTube Premium gia đình {PLANK}",
  "Mã PIN Kahoot {PINK}, vào trước khi đếm ngược nha!",
  "Mã xác thực của bạn là {OTPK}. Không chia sẻ cho bất kỳ ai",
  "```js\n/** @param {string} name */\nfunction greet(name) { return 'chào ' + name; }\n```\nsao linter báo lỗi vậy?",
  "@media (max-width: 600px) { .card { width: 100%; } } — web quiz bị vỡ trên điện thoại",
  "Đơn {ORDERK}: 2 lọ dầu Rubik @ {PRICEK}",
  "Mã vận đơn {TRACKK}, bộ Mindstorms vẫn kẹt hải quan 📦",
  "ISBN {ISBNK}, sách khai cuộc shogi bản 2",
  "Bản {VERK} của phần mềm làm sub đã sửa lệch thời gian",
  "File {FILEK}, đừng đổi tên nha",
  "{MENTK} thứ 7 mang Rubik dự phòng giúp mình nha",
  "Phòng {ROOMK}, phòng có đàn piano, chiều học xiếc",
  "Zalo với Tele để tám thôi, lịch học thì nhắn trong app nha 🙏",
  "Đấu kiếm: vòng bảng 5-3, 5-2, 4-5, loại trực tiếp thua 12-15 🤺",
  "Chấm bài xong rồi, mai trả — chấm ở đây là chấm điểm nha 😂",
  "Một, hai, ba, dô! — khẩu hiệu đội Olympia lớp mình",
];

export const BLIND16_POSITIVE: Record<Lang, string[]> = { en: EN16_POS, ja: JA16_POS, ko: KO16_POS, ru: RU16_POS, vi: VI16_POS };
export const BLIND16_NEGATIVE: Record<Lang, string[]> = { en: EN16_NEG, ja: JA16_NEG, ko: KO16_NEG, ru: RU16_NEG, vi: VI16_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p16 = (x: number, n = 2) => String(x).padStart(n, '0');
const cjk16 = (lang: Lang) => lang === 'ja' || lang === 'ko';
const ob16 = (text: string, how: string): Surface => ({ text, obfuscated: true, how });
const pl16 = (text: string): Surface => ({ text, obfuscated: false });
const hex16 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');
const KEY16 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key16 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY16)).join('');
const lower16 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'abcdefghijkmnopqrstuvwxyz'])).join('');
const upper16 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ'])).join('');
const cap16 = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Latin text without its diacritics (Vietnamese typed on a bare keyboard). */
const bare16 = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Full-width forms of printable ASCII (the space as an ideographic space); written here, not imported. */
function fw16(s: string): string {
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    o += c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch;
  }
  return o;
}
/** Full width on the digits only, or the letters only, or the marks only; the whole when that changes nothing. */
function fwSome16(r: Rng, s: string): string {
  const mode = r.int(0, 2);
  let o = '';
  for (const ch of s) {
    const hit = mode === 0 ? /[0-9]/.test(ch) : mode === 1 ? /[A-Za-z]/.test(ch) : /[@.\-+:/_]/.test(ch);
    o += hit ? fw16(ch) : ch;
  }
  return o === s ? fw16(s) : o;
}

const ZW16 = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
/** One or two runs of two or three zero-width characters, at a separator when there is one. */
function zwRun16(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s + ZW16[0] + ZW16[3];
  const seps = chars.map((c, i) => (i > 0 && /[@.\-\s:_/+]/.test(c) ? i : -1)).filter((i) => i > 0);
  const spots = new Set<number>();
  const k = r.int(1, 2);
  for (let t = 0; t < k; t++) spots.add(seps.length && r.chance(0.7) ? r.pick(seps) + (r.chance(0.5) ? 1 : 0) : r.int(1, chars.length - 1));
  const sorted = [...spots].filter((i) => i > 0 && i < chars.length).sort((a, b) => b - a);
  if (!sorted.length) sorted.push(1);
  for (const i of sorted) chars.splice(i, 0, [...Array(r.int(2, 3))].map(() => r.pick(ZW16)).join(''));
  return chars.join('');
}
/** A zero-width character between every two characters. */
function zwEvery16(r: Rng, s: string): string {
  const z = r.pick(ZW16);
  return [...s].join(z);
}

/** Circled digits and letters (NFKC folds them back): ⓪ ①…⑨, ⓐ…ⓩ, Ⓐ…Ⓩ. */
function circled16(s: string, digits = true, letters = true): string {
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (digits && c === 48) o += '\u24ea';
    else if (digits && c >= 49 && c <= 57) o += String.fromCharCode(0x2460 + c - 49);
    else if (letters && c >= 97 && c <= 122) o += String.fromCharCode(0x24d0 + c - 97);
    else if (letters && c >= 65 && c <= 90) o += String.fromCharCode(0x24b6 + c - 65);
    else o += ch;
  }
  return o;
}
/** Small form variants (NFKC folds them back): ﹫ ﹒ ﹣ ﹢ ﹕. */
const SMALL16: Record<string, string> = { '@': '\ufe6b', '.': '\ufe52', '-': '\ufe63', '+': '\ufe62', ':': '\ufe55' };
const small16 = (s: string, marks = '@.-+:') => [...s].map((c) => (marks.includes(c) && SMALL16[c] ? SMALL16[c] : c)).join('');

/** Mathematical letter families the older sets did not use (lower and upper case start; ℎ fills italic's hole). */
const MATHL16: Record<string, { upper: number; lower: number; name: string }> = {
  boldScript: { upper: 0x1d4d0, lower: 0x1d4ea, name: 'bold script' },
  boldFraktur: { upper: 0x1d56c, lower: 0x1d586, name: 'bold fraktur' },
  italic: { upper: 0x1d434, lower: 0x1d44e, name: 'italic' },
  sansItalic: { upper: 0x1d608, lower: 0x1d622, name: 'sans-serif italic' },
  sansBoldItalic: { upper: 0x1d63c, lower: 0x1d656, name: 'sans-serif bold italic' },
};
/** Mathematical digit families (only five exist). */
const MATHD16: Record<string, { digit: number; name: string }> = {
  mono: { digit: 0x1d7f6, name: 'monospace' },
  double: { digit: 0x1d7d8, name: 'double-struck' },
  sans: { digit: 0x1d7e2, name: 'sans-serif' },
  bold: { digit: 0x1d7ce, name: 'bold' },
};
function mathLetters16(s: string, fam: string): string {
  const f = MATHL16[fam];
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (fam === 'italic' && ch === 'h') o += '\u210e';
    else if (c >= 97 && c <= 122) o += String.fromCodePoint(f.lower + c - 97);
    else if (c >= 65 && c <= 90) o += String.fromCodePoint(f.upper + c - 65);
    else o += ch;
  }
  return o;
}
function mathDigits16(s: string, fam: string): string {
  const f = MATHD16[fam];
  return [...s].map((ch) => (/[0-9]/.test(ch) ? String.fromCodePoint(f.digit + ch.charCodeAt(0) - 48) : ch)).join('');
}

/** Cyrillic and Greek look-alikes, the rarer letters first in line. */
const LOOK_RARE16: Record<string, string[]> = { d: ['ԁ'], l: ['ӏ'], q: ['ԛ'], w: ['ԝ'], j: ['ϳ', 'ј'], s: ['ѕ'], h: ['һ'], k: ['κ'], v: ['ν'], N: ['Ν'], Z: ['Ζ'], Y: ['Υ', 'Ү'], S: ['Ѕ'], J: ['Ј'], I: ['Ι', 'І'] };
const LOOK_COMMON16: Record<string, string[]> = { a: ['а'], e: ['е'], o: ['ο', 'о'], p: ['ρ', 'р'], x: ['χ', 'х'], y: ['у'], i: ['і'], A: ['Α', 'А'], B: ['Β', 'В'], C: ['С'], E: ['Ε', 'Е'], H: ['Η', 'Н'], K: ['Κ', 'К'], M: ['Μ', 'М'], O: ['Ο', 'О'], P: ['Ρ', 'Р'], T: ['Τ', 'Т'], X: ['Χ', 'Х'] };
/** One to three letters of `s` swapped for look-alikes, a rare one whenever there is one; null when none fits. */
function look16(r: Rng, s: string): string | null {
  const chars = [...s];
  const rare = chars.map((c, i) => (LOOK_RARE16[c] ? i : -1)).filter((i) => i >= 0);
  const common = chars.map((c, i) => (LOOK_COMMON16[c] ? i : -1)).filter((i) => i >= 0);
  if (!rare.length && !common.length) return null;
  const n = r.int(1, 3);
  for (let k = 0; k < n; k++) {
    const pool = rare.length && (k === 0 || r.chance(0.5)) ? rare : common.length ? common : rare;
    const i = r.pick(pool);
    const table = LOOK_RARE16[chars[i]] ?? LOOK_COMMON16[chars[i]];
    if (table) chars[i] = r.pick(table);
  }
  const out = chars.join('');
  return out === s ? null : out;
}

// ---- check digits (written here, apart from the detector's and the older sets') ---------------------

function luhn16(d: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let x = d.charCodeAt(i) - 48;
    if (dbl) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}
function luhnFill16(r: Rng, prefix: string, len: number): string {
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhn16(body + c)) return body + c;
  throw new Error('blind16: no Luhn digit');
}
/** An IBAN's remainder mod 97, moved and read as the standard says (letters A=10 … Z=35). */
function ibanOk16(code: string): boolean {
  const s = code.slice(4) + code.slice(0, 4);
  let rem = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[0-9]/.test(ch) ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    if (v < 0 || v > 35) return false;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}
/** The My Number check digit of eleven digits: 11 − Σ Pn·Qn mod 11 (0 for remainders 0 and 1). */
function myNumberCheck16(eleven: string): string {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const pn = eleven.charCodeAt(11 - n) - 48;
    sum += pn * (n <= 6 ? n + 1 : n - 5);
  }
  const rem = sum % 11;
  return rem <= 1 ? '0' : String(11 - rem);
}
/** Whether thirteen digits make a resident registration number: a date, a sex digit and the check digit. */
function rrnOk16(d: string): boolean {
  if (!/^\d{13}$/.test(d)) return false;
  const mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31 || !'1234'.includes(d[6])) return false;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * w[i];
  return String((11 - (sum % 11)) % 10) === d[12];
}

// ---- names and handles -------------------------------------------------------------------------

const NAMES16: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['wren', 'ellis', 'tamsin', 'idris', 'bea', 'caspar', 'nell', 'arlo', 'saoirse', 'hugo', 'juno', 'kit', 'marnie', 'ravi'], f: ['ashdown', 'pryce', 'okoro', 'fenwick', 'lindqvist', 'carrow', 'halloran', 'quill', 'dunmore', 'thackeray', 'voss', 'rhodes'] },
  ja: { g: ['kanade', 'itsuki', 'shiori', 'minato', 'akari', 'ritsu', 'koharu', 'haru', 'nagisa', 'tomoya', 'fuuka', 'eita'], f: ['fujiwara', 'okada', 'matsuda', 'nishimura', 'ueno', 'kuroda', 'sakamoto', 'miura', 'hirano', 'ogawa'] },
  ko: { g: ['dohyun', 'siwoo', 'chaewon', 'yejun', 'gaeun', 'junseo', 'dain', 'haneul', 'minseo', 'jiho', 'seoa', 'yujin'], f: ['hwang', 'song', 'baek', 'shin', 'kwon', 'ahn', 'yoo', 'han', 'noh', 'pyo'] },
  ru: { g: ['arseniy', 'zlata', 'timofey', 'eva', 'yaroslav', 'kira', 'miron', 'alisa', 'platon', 'vera', 'demid', 'sofya'], f: ['belov', 'orlova', 'zhukov', 'sorokina', 'frolov', 'gromova', 'karpov', 'nikitina', 'sedov', 'lapina'] },
  vi: { g: ['bao', 'chi', 'dat', 'giang', 'khanh', 'loan', 'nhat', 'phuc', 'son', 'tam', 'uyen', 'xuan'], f: ['dinh', 'ha', 'ly', 'trinh', 'quach', 'ton', 'cao', 'luu', 'thai', 'vuong'] },
};
const WORDS16 = ['cubie', 'kestrel', 'yuzu', 'mochi', 'puffin', 'cedar', 'quokka', 'tofu', 'kimbap', 'sprocket', 'dinghy', 'juggle', 'sourdough', 'shogi', 'wasabi', 'lark'];

type Style16 = 'any' | 'line' | 'kakao' | 'tg' | 'skype' | 'wechat' | 'ig' | 'fb' | 'discord';

function handle16(r: Rng, lang: Lang, style: Style16): string {
  const g = r.pick(NAMES16[lang].g);
  const f = r.pick(NAMES16[lang].f);
  const w = r.pick(WORDS16);
  const y = r.int(2, 99);
  switch (style) {
    case 'line':
      return r.pick([`${g}.${f}`, `${g}_${w}`, `${w}${y}`, `${g}-${f}${y}`, `${f}.${g}.${p16(y)}`]);
    case 'kakao':
      return r.pick([`${g}${y}`, `${w}_${g}`, `${g}.${f}`, `${f}${g}${r.int(1, 9)}`]);
    case 'tg':
      return (r.chance(0.6) ? '@' : '') + r.pick([`${g}_${f}`, `${w}_${g}${y}`, `${g}_cubes`, `${f}_${g}_tutor`, `${g}${w}`, `${w}_help_bot`]);
    case 'skype':
      return r.pick([`live:.cid.${hex16(r, 16)}`, `live:${g}.${f}_${y}`, `${g}.${f}${y}`]);
    case 'wechat':
      return r.pick([`wxid_${lower16(r, 3)}${r.digits(3)}${lower16(r, 5)}${r.digits(3)}`, `${g}${f}_${r.int(1985, 2008)}`, `${w}-${g}`, `${g}_${w}${y}`]);
    case 'ig':
      return (r.chance(0.5) ? '@' : '') + r.pick([`${g}.${f}`, `${g}_${w}`, `${w}.by.${g}`, `${g}.${f}.dance`, `${g}_cooks`, `${g}${y}.ballet`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(100, 9999)}`, `${f}.${g}${y}`, `${g}${w}${y}`]);
    case 'discord':
      return r.chance(0.2) ? `${cap16(g)}${cap16(w)}#${r.int(1000, 9999)}` : r.pick([`${g}_${w}`, `${g}.${f}`, `${w}${y}`, `${g}.${w}.`]);
    default:
      return r.pick([`${g}_${w}${y}`, `${w}.${g}`, `${g}${f}${y}`, `${f}_${g}`]);
  }
}

/** The marks of a name said aloud. */
const MARKS16: Record<Lang, { under: string[]; dot: string[]; dash: string[] }> = {
  en: { under: [' underscore ', ' (underscore) ', ' under-score '], dot: [' dot ', ' period '], dash: [' hyphen ', ' dash '] },
  ja: { under: ['アンダーバー', 'アンダースコア'], dot: ['ドット', 'てん'], dash: ['ハイフン'] },
  ko: { under: ['언더바', ' 언더스코어 '], dot: ['점', '닷'], dash: ['하이픈', '대시'] },
  ru: { under: [' нижнее подчёркивание ', ' подчёркивание '], dot: [' точка '], dash: [' дефис ', ' тире '] },
  vi: { under: [' gạch dưới ', ' gach duoi '], dot: [' chấm '], dash: [' gạch ngang ', ' gạch nối '] },
};
function sayMarks16(r: Rng, lang: Lang, s: string): string {
  const m = MARKS16[lang];
  const u = r.pick(m.under);
  const d = r.pick(m.dot);
  const h = r.pick(m.dash);
  // the dashes first: some of the words for the other marks have a dash of their own (under-score)
  return s.replace(/-/g, h).replace(/_/g, u).replace(/\./g, d).replace(/\s+/g, ' ').trim();
}

// ---- e-mails -----------------------------------------------------------------------------------

const MAILDOM16: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk', 'fastmail.com', 'tutanota.com', 'mail.com', 'live.co.uk', 'sky.com', 'ucl.ac.uk', 'ox.ac.uk', 'umich.edu', 'cubeworks-club.org'],
  ja: ['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'i.softbank.jp', 'icloud.com', 'outlook.jp', 'tohoku.ac.jp', 'hiroshima-u.ac.jp', 'keio.jp', 'karutakai.jp'],
  ko: ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'kakao.com', 'snu.ac.kr', 'korea.ac.kr', 'nate.com', 'hanbit-quiz.kr'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'list.ru', 'inbox.ru', 'ya.ru', 'rambler.ru', 'msu.ru', 'spbu.ru', 'yandex.com', 'pelmenya.ru'],
  vi: ['gmail.com', 'yahoo.com.vn', 'outlook.com.vn', 'hust.edu.vn', 'hcmus.edu.vn', 'fpt.edu.vn', 'icloud.com', 'ftu.edu.vn', 'saigonchef.vn'],
};
/** At and dot words, in the brackets and spellings the older sets used little. */
const AT16: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', ' at sign ', ' [at sign] ', '【at】', ' ⟨at⟩ ', ' «at» ', ' AT '],
  ja: ['アット', '【アット】', '〔at〕', 'アットマーク', '（あっと）', ' at '],
  ko: ['골뱅이', ' 골뱅이 ', '【골뱅이】', '(골뱅이)', ' 앳 ', '〔at〕'],
  ru: [' собака ', ' (собака) ', '【собака】', ' «собака» ', ' эт ', ' at '],
  vi: [' a còng ', ' (a còng) ', '【a còng】', ' a móc ', ' at ', ' a cong '],
};
const DOT16: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', ' period ', '【dot】', ' ⟨dot⟩ ', ' DOT '],
  ja: ['ドット', '【ドット】', 'ピリオド', '〔dot〕', 'てん'],
  ko: ['점', ' 점 ', '닷', '【점】', ' 온점 ', '(dot)'],
  ru: [' точка ', ' (точка) ', '【точка】', ' «точка» ', ' dot '],
  vi: [' chấm ', ' (chấm) ', '【chấm】', ' cham ', ' dot '],
};
const BRACKET_AT16 = ['【@】', '〔@〕', '⟨@⟩', '«@»'];
const BRACKET_DOT16 = ['【.】', '〔.〕', '⟨.⟩', '«.»'];

function address16(r: Rng, lang: Lang): { local: string; domain: string } {
  const g = r.pick(NAMES16[lang].g);
  const f = r.pick(NAMES16[lang].f);
  const w = r.pick(WORDS16);
  const local = r.pick([`${g}.${f}`, `${g}_${f}`, `${f}.${g}${r.int(1, 99)}`, `${g}${r.int(1986, 2010)}`, `${g[0]}${f}`, `${g}.${w}`, `${g}+quiz`, `${f}-${g}`, `${w}.${g}${r.int(2, 99)}`, `${g}${f}`]);
  return { local, domain: r.pick(MAILDOM16[lang]) };
}

function email16(r: Rng, lang: Lang, obfuscate: boolean, mild = false): Surface {
  const { local, domain } = address16(r, lang);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return pl16(r.chance(0.06) ? cap16(addr) : addr);
  const labels = domain.split('.');
  const at = r.pick(AT16[lang]);
  const dot = r.pick(DOT16[lang]);
  const way = mild ? r.pick(['zwrun', 'zwrun', 'math', 'look']) : r.pick(['words', 'words', 'words', 'brackets', 'small', 'smallat', 'circled', 'math', 'look', 'zwrun', 'zwevery', 'spaced', 'fwmarks', 'said']);
  switch (way) {
    case 'words':
      return ob16(`${local}${at}${labels.join(dot)}`, 'at-dot words');
    case 'brackets':
      return ob16(`${local}${r.pick(BRACKET_AT16)}${labels.join(r.pick(BRACKET_DOT16))}`, 'at sign and dots in brackets');
    case 'small':
      return ob16(small16(addr, '@.'), 'small-form at sign and dots');
    case 'smallat':
      return ob16(`${local}\ufe6b${domain}`, 'small-form at sign');
    case 'circled':
      return ob16(r.chance(0.5) ? `${circled16(local)}@${domain}` : circled16(addr), 'circled letters');
    case 'math': {
      const fam = r.pick(Object.keys(MATHL16));
      return ob16(r.chance(0.5) ? `${mathLetters16(local, fam)}@${domain}` : mathLetters16(addr, fam), `mathematical ${MATHL16[fam].name} letters`);
    }
    case 'look': {
      const l = look16(r, addr);
      return l ? ob16(l, 'look-alike letters') : ob16(zwRun16(r, addr), 'zero-width characters');
    }
    case 'zwrun':
      return ob16(zwRun16(r, addr), 'zero-width characters');
    case 'zwevery':
      return addr.length <= 30 ? ob16(zwEvery16(r, addr), 'zero-width between every character') : ob16(zwRun16(r, addr), 'zero-width characters');
    case 'spaced':
      return ob16(r.chance(0.5) ? `${local} @ ${labels.join(' . ')}` : `${local} @ ${domain}`, 'split by spaces');
    case 'fwmarks':
      return ob16(`${local}＠${labels.join('．')}`, 'full-width at sign and dots');
    default:
      if (/[._+-]/.test(local) && !local.includes('+')) return ob16(`${sayMarks16(r, lang, local)}${at}${labels.join(dot)}`, 'name marks, at and dot said');
      return ob16(`${local}${at}${labels.join(dot)}`, 'at-dot words');
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape16 {
  region: CountryCode;
  national: (r: Rng) => string;
  /** Written forms of the national digits besides libphonenumber's own national and international ones. */
  formats?: ((d: string, nat: string) => string)[];
  /** The groups as written at home, where libphonenumber's national form differs; then only `formats` and the international form are used. */
  groups?: (d: string) => string[];
}
const cut16 = (d: string, ...sizes: number[]) => {
  const out: string[] = [];
  let k = 0;
  for (const s of sizes) {
    out.push(d.slice(k, k + s));
    k += s;
  }
  if (k < d.length) out.push(d.slice(k));
  return out.filter((x) => x.length);
};
/** Japanese landlines: the area code, then the number, in the Japanese 0263(12)3456 style besides the usual. */
const jpLand16 = (code: string): Shape16 => ({
  region: 'JP',
  national: (r) => code + r.int(2, 9) + r.digits(9 - code.length),
  formats: [(_d, nat) => nat.replace(/^(\d+)-(\d+)-(\d+)$/, '$1($2)$3'), (_d, nat) => nat],
});
const krLand16 = (code: string): Shape16 => ({
  region: 'KR',
  national: (r) => code + r.int(2, 9) + r.digits(r.pick([6, 6, 7])),
  formats: [(d) => `${code})${cut16(d.slice(3), d.length - 7).join('-')}`, (d) => `(${code}) ${cut16(d.slice(3), d.length - 7).join('-')}`],
});
const vnLand16 = (code: string): Shape16 => ({
  region: 'VN',
  national: (r) => code + r.int(2, 9) + r.digits(6),
  formats: [(d) => `(${code}) ${cut16(d.slice(4), 3).join(' ')}`, (d) => `${code}.${d.slice(4)}`, (d) => `${code} ${cut16(d.slice(4), 3).join(' ')}`],
});
const ruLand16 = (code: string): Shape16 => {
  const rest = 10 - code.length;
  const tail = (d: string) => cut16(d.slice(code.length), rest - 4, 2).join('-');
  return {
    region: 'RU',
    national: (r) => code + r.int(2, 7) + r.digits(rest - 1),
    formats: [(d) => `8 (${code}) ${tail(d)}`, (d) => `+7 (${code}) ${tail(d)}`, (d) => `8-${code}-${tail(d)}`, (d) => `8 (${code}) ${tail(d)}`],
    groups: (d) => ['8', code, ...tail(d).split('-')],
  };
};
const gbLand16 = (code: string, first: [number, number] = [2, 8]): Shape16 => ({
  region: 'GB',
  national: (r) => code + r.int(first[0], first[1]) + r.digits(10 - code.length),
  formats: [(d) => `(${code}) ${d.slice(code.length)}`],
});

const SHAPES16: Record<string, Shape16> = {
  US: { region: 'US', national: (r) => String(r.int(2, 9)) + r.digits(2) + String(r.int(2, 9)) + r.digits(6), formats: [(d) => cut16(d, 3, 3).join('-'), (d) => `+1.${d}`, (d) => `1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => cut16(d, 3, 3).join('.')] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => cut16(d, 5, 3).join(' '), (d) => `0044 ${d.slice(1, 5)} ${d.slice(5)}`, (d) => `+44 ${cut16(d.slice(1), 4, 3).join('-')}`] },
  GB_YORK: gbLand16('01904'),
  GB_EXETER: gbLand16('01392'),
  GB_CARDIFF: { region: 'GB', national: (r) => '0292' + r.digits(7), formats: [(d) => `(029) ${cut16(d.slice(3), 4).join(' ')}`] },
  GB_BELFAST: { region: 'GB', national: (r) => '0289' + r.digits(7), formats: [(d) => `(028) ${cut16(d.slice(3), 4).join(' ')}`] },
  GB_SHEFFIELD: gbLand16('0114'),
  GB_LEICESTER: gbLand16('0116'),
  GB_ABERYSTWYTH: gbLand16('01970'),
  GB_TRURO: gbLand16('01872'),
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}(${d.slice(3, 7)})${d.slice(7)}`, (d) => cut16(d, 3, 4).join(' '), (d) => `+81-${cut16(d.slice(1), 2, 4).join('-')}`, (d) => `+81 ${cut16(d.slice(1), 2, 4).join(' ')}`] },
  JP_SENDAI: jpLand16('022'),
  JP_HIROSHIMA: jpLand16('082'),
  JP_KOBE: jpLand16('078'),
  JP_NAHA: jpLand16('098'),
  JP_WAKAYAMA: jpLand16('073'),
  JP_MATSUMOTO: jpLand16('0263'),
  JP_ASAHIKAWA: jpLand16('0166'),
  JP_TOTTORI: jpLand16('0857'),
  JP_MATSUE: jpLand16('0852'),
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => cut16(d, 3, 4).join(' '), (d) => cut16(d, 3, 4).join('.'), (d) => `+82-10-${cut16(d.slice(3), 4).join('-')}`, (d) => `+82 10 ${cut16(d.slice(3), 4).join(' ')}`] },
  KR_CHUNGBUK: krLand16('043'),
  KR_ULSAN: krLand16('052'),
  KR_JEONBUK: krLand16('063'),
  KR_JEJU: krLand16('064'),
  VN_MOB: { region: 'VN', national: (r) => r.pick(['032', '033', '034', '035', '036', '037', '038', '039', '056', '058', '059', '070', '076', '077', '078', '079', '081', '082', '083', '084', '085', '086', '087', '088', '089', '090', '091', '093', '094', '096', '097', '098', '099']) + r.digits(7), formats: [(d) => cut16(d, 4, 3).join(' '), (d) => cut16(d, 4, 3).join('.'), (d) => cut16(d, 4, 3).join('-'), (d) => `+84 ${cut16(d.slice(1), 3, 3).join(' ')}`, (d) => `(+84) ${d.slice(1)}`, (d) => `+84-${cut16(d.slice(1), 2, 3).join('-')}`] },
  VN_HUE: vnLand16('0234'),
  VN_KHANHHOA: vnLand16('0258'),
  VN_LAMDONG: vnLand16('0263'),
  VN_CANTHO: vnLand16('0292'),
  VN_NAMDINH: vnLand16('0228'),
  VN_HAGIANG: vnLand16('0219'),
  VN_KONTUM: vnLand16('0260'),
  VN_CAMAU: vnLand16('0290'),
  RU_MOB: { region: 'RU', national: (r) => '9' + r.digits(9), formats: [(d) => `+7(${d.slice(0, 3)})${d.slice(3)}`, (d) => `8.${cut16(d, 3, 3, 2).join('.')}`, (d) => `8 ${d.slice(0, 3)} ${d.slice(3)}`, (d) => `+7 ${cut16(d, 3, 3, 2).join(' ')}`, (d) => `8-${cut16(d, 3, 3, 2).join('-')}`] },
  RU_SAMARA: ruLand16('846'),
  RU_KRASNODAR: ruLand16('861'),
  RU_SAKHALIN: ruLand16('4242'),
  RU_PSKOV: ruLand16('8112'),
  RU_TVER: ruLand16('4822'),
  RU_SURGUT: ruLand16('3462'),
  RU_ULYANOVSK: ruLand16('8422'),
  RU_RYAZAN: ruLand16('4912'),
  BG: { region: 'BG', national: (r) => '08' + r.pick(['7', '8', '9']) + r.digits(7) },
  HR: { region: 'HR', national: (r) => '09' + r.pick(['1', '2', '5', '8', '9']) + r.digits(7) },
  SI: { region: 'SI', national: (r) => '0' + r.pick(['30', '31', '40', '41', '51', '64', '68', '69', '70', '71']) + r.digits(6) },
  LT: { region: 'LT', national: (r) => '86' + r.digits(7), formats: [(d) => `8 ${d.slice(1, 4)} ${d.slice(4)}`, (d) => `8-${d.slice(1, 4)}-${d.slice(4)}`], groups: (d) => ['8', d.slice(1, 4), d.slice(4)] },
  LU: { region: 'LU', national: (r) => '6' + r.pick(['21', '28', '61', '71', '91']) + r.digits(6) },
  MT: { region: 'MT', national: (r) => r.pick(['79', '99', '77']) + r.digits(6) },
  CY: { region: 'CY', national: (r) => '9' + r.int(4, 9) + r.digits(6) },
  LV: { region: 'LV', national: (r) => '2' + r.digits(7) },
  DE: { region: 'DE', national: (r) => '01' + r.pick(['51', '52', '57', '59', '60', '62', '70', '71', '72', '73', '75', '76', '77', '78', '79']) + r.digits(7) },
  FR: { region: 'FR', national: (r) => '0' + r.pick(['6', '7']) + r.digits(8), formats: [(d) => cut16(d, 2, 2, 2, 2).join('.')] },
  ES: { region: 'ES', national: (r) => r.pick(['6', '7']) + r.digits(8), formats: [(d) => cut16(d, 3, 3).join(' ')] },
  IT: { region: 'IT', national: (r) => '3' + r.pick(['20', '28', '33', '35', '38', '39', '40', '45', '47', '48', '49', '51', '66', '77', '88', '92']) + r.digits(7) },
  NL: { region: 'NL', national: (r) => '06' + r.digits(8), formats: [(d) => `06-${d.slice(2)}`] },
  PL: { region: 'PL', national: (r) => r.pick(['5', '6', '7']) + r.digits(8), formats: [(d) => cut16(d, 3, 3).join(' ')] },
  JO: { region: 'JO', national: (r) => '07' + r.pick(['7', '8', '9']) + r.digits(7) },
  MA: { region: 'MA', national: (r) => '06' + r.digits(8) },
  GH: { region: 'GH', national: (r) => '0' + r.pick(['20', '24', '26', '27', '50', '54', '55', '59']) + r.digits(7) },
  TZ: { region: 'TZ', national: (r) => '07' + r.pick(['1', '4', '5', '6', '8']) + r.digits(7) },
  EC: { region: 'EC', national: (r) => '09' + r.int(6, 9) + r.digits(7) },
  UY: { region: 'UY', national: (r) => '09' + r.int(1, 9) + r.digits(6) },
  CR: { region: 'CR', national: (r) => r.pick(['6', '7', '8']) + r.digits(7) },
  BN: { region: 'BN', national: (r) => r.pick(['7', '8']) + r.digits(6) },
  BT: { region: 'BT', national: (r) => r.pick(['17', '77']) + r.digits(6) },
  MV: { region: 'MV', national: (r) => r.pick(['7', '9']) + r.digits(6) },
  OM: { region: 'OM', national: (r) => '9' + r.digits(7) },
  MD: { region: 'MD', national: (r) => '06' + r.int(0, 9) + r.digits(6) },
  MK: { region: 'MK', national: (r) => '07' + r.int(0, 9) + r.digits(6) },
  UG: { region: 'UG', national: (r) => '07' + r.pick(['0', '5', '7', '8', '4']) + r.digits(7) },
  RW: { region: 'RW', national: (r) => '07' + r.pick(['2', '3', '8', '9']) + r.digits(7) },
  SN: { region: 'SN', national: (r) => '7' + r.pick(['0', '6', '7', '8']) + r.digits(7) },
  BO: { region: 'BO', national: (r) => r.pick(['6', '7']) + r.digits(7) },
  FJ: { region: 'FJ', national: (r) => r.pick(['7', '8', '9']) + r.digits(6) },
};

/** Any phone number (TELV, MTELV): mostly the language's own mobiles, now and then a landline of a new town (and the US for English). */
const LAND16: Record<Lang, string[]> = {
  en: ['GB_YORK', 'GB_EXETER', 'GB_CARDIFF', 'GB_BELFAST', 'GB_SHEFFIELD', 'GB_LEICESTER', 'GB_ABERYSTWYTH', 'GB_TRURO'],
  ja: ['JP_SENDAI', 'JP_HIROSHIMA', 'JP_KOBE', 'JP_NAHA', 'JP_WAKAYAMA', 'JP_MATSUMOTO', 'JP_ASAHIKAWA', 'JP_TOTTORI', 'JP_MATSUE'],
  ko: ['KR_CHUNGBUK', 'KR_ULSAN', 'KR_JEONBUK', 'KR_JEJU'],
  ru: ['RU_SAMARA', 'RU_KRASNODAR', 'RU_SAKHALIN', 'RU_PSKOV', 'RU_TVER', 'RU_SURGUT', 'RU_ULYANOVSK', 'RU_RYAZAN'],
  vi: ['VN_HUE', 'VN_KHANHHOA', 'VN_LAMDONG', 'VN_CANTHO', 'VN_NAMDINH', 'VN_HAGIANG', 'VN_KONTUM', 'VN_CAMAU'],
};
const OWN16: Record<Lang, string[]> = { en: ['US', 'GB_MOB'], ja: ['JP_MOB'], ko: ['KR_MOB'], ru: ['RU_MOB'], vi: ['VN_MOB'] };
const MIX16: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_MOB', 'GB_MOB', ...LAND16.en],
  ja: [...Array(8).fill('JP_MOB'), ...LAND16.ja],
  ko: [...Array(8).fill('KR_MOB'), ...LAND16.ko],
  ru: [...Array(8).fill('RU_MOB'), ...LAND16.ru],
  vi: [...Array(8).fill('VN_MOB'), ...LAND16.vi],
};
const EU16 = ['BG', 'HR', 'SI', 'LT', 'LU', 'MT', 'CY', 'LV', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL'];
const ABROAD16 = ['JO', 'MA', 'GH', 'TZ', 'EC', 'UY', 'CR', 'BN', 'BT', 'MV', 'OM', 'MD', 'MK', 'UG', 'RW', 'SN', 'BO', 'FJ'];

interface Drawn16 {
  written: string;
  /** The groups of the number as dialled at home (trunk prefix included). */
  groups: string[];
  /** E.164. */
  e164: string;
  region: CountryCode;
}

/** A valid number of one of the shapes, in one of its written forms that reads back as the same number. */
function drawPhone16(r: Rng, keys: string[]): Drawn16 {
  for (let tries = 0; tries < 500; tries++) {
    const key = tries < 400 ? r.pick(keys) : keys[0];
    const shape = SHAPES16[key];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const nat = p.formatNational();
    const intl = p.formatInternational();
    const own = (shape.formats ?? []).map((f) => f(d, nat));
    const forms = shape.groups ? [intl, ...own, ...own] : [nat, nat, intl, ...own];
    // numbers abroad, now and then with the 00 international prefix
    if (EU16.includes(key) || ABROAD16.includes(key)) forms.push('00' + intl.slice(1));
    const written = r.pick(forms);
    const back = parsePhoneNumberFromString(written, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    const groups = shape.groups ? shape.groups(d) : nat.match(/\d+/g) ?? [d];
    return { written, groups, e164: p.number, region: shape.region };
  }
  throw new Error(`blind16: no valid phone number drawn from ${keys.join(', ')}`);
}

/** Digit words per language (the first of each list the usual one). */
const DIGITS16: Record<Lang, string[][]> = {
  en: [['zero', 'oh'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
function digitWord16(r: Rng, lang: Lang): (c: string) => string {
  const zero = DIGITS16[lang][0].length > 1 && r.chance(0.4) ? DIGITS16[lang][0][1] : DIGITS16[lang][0][0];
  return (c) => (c === '0' ? zero : DIGITS16[lang][Number(c)][0]);
}
/** Groups said digit by digit. */
function spell16(r: Rng, lang: Lang, groups: string[], inner?: string, outer?: string): string {
  const w = digitWord16(r, lang);
  const innerSep = inner ?? (cjk16(lang) ? '' : ' ');
  const outerSep = outer ?? (lang === 'ja' ? r.pick([' ', '、', '-']) : lang === 'ko' ? r.pick([' ', ', ', '-']) : r.pick([', ', ' - ', '... ', ' | ']));
  return groups.map((g) => [...g].map(w).join(innerSep)).join(outerSep);
}
/** English with "double" and "triple" for repeated digits, as the British say numbers; null when nothing repeats. */
function spellDouble16(r: Rng, groups: string[]): string | null {
  const w = digitWord16(r, 'en');
  let any = false;
  const said = groups.map((g) => {
    const words: string[] = [];
    for (let i = 0; i < g.length; ) {
      let j = i;
      while (j < g.length && g[j] === g[i]) j++;
      let run = j - i;
      while (run > 0) {
        if (run === 3 || run === 5) {
          words.push(`triple ${w(g[i])}`);
          run -= 3;
          any = true;
        } else if (run >= 2) {
          words.push(`double ${w(g[i])}`);
          run -= 2;
          any = true;
        } else {
          words.push(w(g[i]));
          run -= 1;
        }
      }
      i = j;
    }
    return words.join(' ');
  });
  return any ? said.join(r.pick([', ', ' - ', '  '])) : null;
}
const DASHWORD16: Record<Lang, string[]> = { en: [' hyphen ', ' dash '], ja: ['の', 'ハイフン'], ko: [' 다시 ', ' 하이픈 '], ru: [' дефис ', ' тире '], vi: [' gạch nối ', ' gạch '] };
const ODDSEP16 = ['‒', '⁃', '∙', ' ∙ ', ' ‒ '];

const PHONE_WAYS16: Record<Lang, string[]> = {
  en: ['spell', 'spell', 'spellhy', 'spellcaps', 'double', 'double', 'circled', 'circmix', 'small', 'ellipsis', 'oddsep', 'zwrun', 'zwevery', 'fw', 'math', 'dashword', 'partspell'],
  ja: ['kanji', 'kanji', 'kanjifw', 'circled', 'circled', 'circmix', 'small', 'ellipsis', 'oddsep', 'idsp', 'zwrun', 'fw', 'math', 'dashword', 'partspell'],
  ko: ['spell', 'spell', 'spellsp', 'circled', 'circled', 'circmix', 'small', 'ellipsis', 'oddsep', 'idsp', 'zwrun', 'fw', 'math', 'dashword', 'partspell'],
  ru: ['spell', 'spellhy', 'spellcaps', 'circled', 'circmix', 'small', 'ellipsis', 'oddsep', 'zwrun', 'zwevery', 'fw', 'math', 'dashword', 'partspell'],
  vi: ['spell', 'spell', 'spellcaps', 'spellbare', 'circled', 'circmix', 'small', 'ellipsis', 'oddsep', 'zwrun', 'zwevery', 'fw', 'math', 'dashword', 'partspell'],
};
const MILD_PHONE16 = ['zwrun', 'zwevery', 'fw', 'math'];

function phone16(r: Rng, lang: Lang, obfuscate: boolean, keys: string[], mode: 'any' | 'mild' | 'e164' = 'any'): Surface {
  const p = drawPhone16(r, keys);
  const written = mode === 'e164' ? p.e164 : p.written;
  if (!obfuscate) return pl16(written);
  const g = p.groups;
  const way = mode === 'any' ? r.pick(PHONE_WAYS16[lang]) : r.pick(MILD_PHONE16);
  switch (way) {
    case 'spell':
      return ob16(spell16(r, lang, g), 'spelled digits');
    case 'spellhy':
      return ob16(spell16(r, lang, g, '-', r.pick([' ', ', '])), 'spelled digits, hyphenated');
    case 'spellcaps': {
      const s = spell16(r, lang, g);
      return ob16(r.chance(0.5) ? s.toUpperCase() : s.replace(/(^|[\s,-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()), 'spelled digits in capitals');
    }
    case 'spellbare':
      return ob16(bare16(spell16(r, lang, g)), 'spelled digits, no diacritics');
    case 'spellsp':
      return ob16(spell16(r, lang, g, ' ', r.pick(['  ', ' - ', ', '])), 'spelled digits, spaced out');
    case 'double': {
      const s = spellDouble16(r, g);
      return s ? ob16(s, 'spelled digits with double and triple') : ob16(spell16(r, lang, g), 'spelled digits');
    }
    case 'kanji': {
      const zero = r.pick(['〇', '〇', '零']);
      const k = (c: string) => (c === '0' ? zero : DIGITS16.ja[Number(c)][0]);
      return ob16(g.map((x) => [...x].map(k).join('')).join(r.pick(['-', 'ー', '－', '、', ' ', '・'])), 'spelled digits in kanji');
    }
    case 'kanjifw': {
      const k = (c: string) => (c === '0' ? '〇' : DIGITS16.ja[Number(c)][0]);
      if (g.length < 2) return ob16([...g[0]].map(k).join(''), 'spelled digits in kanji');
      const first = r.int(0, 1);
      return ob16(g.map((x, i) => ((i + first) % 2 ? fw16(x) : [...x].map(k).join(''))).join(r.pick(['－', '-', ' '])), 'kanji and full-width digits group by group');
    }
    case 'circled':
      return ob16(circled16(written, true, false), 'circled digits');
    case 'circmix': {
      if (g.length < 2) return ob16(circled16(written, true, false), 'circled digits');
      const first = r.int(0, 1);
      return ob16(g.map((x, i) => ((i + first) % 2 ? circled16(x) : x)).join(r.pick(['-', ' ', '-'])), 'circled digits in part');
    }
    case 'small':
      if (/[-+]/.test(written)) return ob16(small16(written, '-+'), 'small-form plus and dashes');
      return ob16(g.join('\ufe63'), 'groups joined by small-form dashes');
    case 'ellipsis':
      return ob16(g.join(r.pick(['…', '...', '..', ' … '])), 'groups joined by ellipses');
    case 'oddsep':
      return ob16(g.join(r.pick(ODDSEP16)), 'groups joined by figure dashes or bullets');
    case 'idsp':
      return ob16(g.map(fw16).join('\u3000'), 'full-width digits, ideographic spaces');
    case 'zwrun':
      return ob16(zwRun16(r, written), 'zero-width characters');
    case 'zwevery':
      return ob16(zwEvery16(r, written), 'zero-width between every character');
    case 'fw':
      return ob16(r.chance(0.6) ? fw16(written) : fwSome16(r, written), 'full-width');
    case 'math': {
      const fam = r.pick(Object.keys(MATHD16));
      return ob16(mathDigits16(written, fam), `mathematical ${MATHD16[fam].name} digits`);
    }
    case 'dashword':
      return ob16(g.join(r.pick(DASHWORD16[lang])), 'dash words');
    default: {
      // partspell: the first groups written, the rest said
      if (g.length < 2) return ob16(spell16(r, lang, g), 'spelled digits');
      const cut = r.int(1, g.length - 1);
      const head = g.slice(0, cut).join(cjk16(lang) ? '-' : ' ');
      const rest = lang === 'ja' ? g.slice(cut).map((x) => [...x].map((c) => (c === '0' ? '〇' : DIGITS16.ja[Number(c)][0])).join('')).join('-') : spell16(r, lang, g.slice(cut));
      return ob16(`${head}${cjk16(lang) ? '-' : ', '}${rest}`, 'partly spelled');
    }
  }
}

// ---- links -------------------------------------------------------------------------------------

const SLUG16 = ['cubeworks', 'kitehill', 'yuzuya', 'hanbit', 'tramontana', 'saigonchef', 'northstar', 'siteswap', 'pelmenya', 'kimbapi', 'quizhouse', 'dinghyclub', 'karutakai', 'lemonbird'];
const WEB16: Record<Lang, string[]> = {
  en: ['www.{s}.org.uk/juniors', 'cal.com/{h}/trial', '{h}.notion.site/Syllabus-{x}', 'padlet.com/{h}/{s}', 'quizlet.com/user/{h}/sets', 'www.{s}.club/events/{n}', 'docs.google.com/spreadsheets/d/{x}/edit', 'www.worldcubeassociation.org/competitions/{S}Open2026', 'gofund.me/{k}', 'www.{s}.co.uk/recipes/sourdough'],
  ja: ['www.{s}-kyoshitsu.jp/taiken', '{s}.jp/lesson', 'ぎょうざ教室.jp', 'forms.office.com/r/{k}', 'jmty.jp/tokyo/les/article-{x}', 'www.{s}.or.jp/karuta', '{s}.stores.jp', 'connpass.com/event/{n}/', 'lit.link/{h}', 'padlet.com/{h}/{s}', 'ジャグリング教室.com'],
  ko: ['www.{s}.co.kr/class', 'smartstore.naver.com/{s}', 'booking.naver.com/booking/{n}', 'padlet.com/{h}/{s}', 'litt.ly/{h}', 'form.naver.com/response/{k}', '쿠킹클래스.kr', 'tumblbug.com/{s}', '퀴즈동아리.한국', 'forms.gle/{k}'],
  ru: ['{s}.ru/zapis', 'vk.com/{s}_club', 'пельмени-мастеркласс.рф', 'ok.ru/group/{n}', 'forms.yandex.ru/u/{x}/', 'chgk-{s}.ru/turnir', 'teletype.in/@{h}/{s}', 'taplink.cc/{h}', 'disk.yandex.ru/d/{k}', 'спидкубинг.рф'],
  vi: ['{s}.edu.vn/dang-ky', 'forms.gle/{k}', 'hocnauan-{s}.vn', 'www.{s}.com.vn/lop-hoc', 'shopee.vn/{s}', 'tiki.vn/{s}-p{n}.html', 'drive.google.com/file/d/{x}/view', 'olympia-{s}.vn', 'lớphọcnấuăn.vn', 'padlet.com/{h}/{s}'],
};
/** Rival platforms poaching tutors, fake 'support' pages phishing for payout details, courses resold by others. */
const SCAM16: Record<string, Record<Lang, string[]>> = {
  rival: {
    en: ['www.{s}tutors.io/join', 'teach-with-{s}.com/apply', '{s}-tutors.co/signup?ref={k}', 'bit.ly/{k}'],
    ja: ['{s}-sensei.jp/touroku', 'www.{s}-juku.com/kyujin', 'katei-{s}.com/teacher', 'bit.ly/{k}'],
    ko: ['{s}-tutor.kr/join', 'gwawoe-{s}.com/signup', 'www.{s}-ssaem.co.kr/teacher', 'han.gl/{k}'],
    ru: ['{s}-repetitor.online/registracia', 'repetitory-{s}.ru/prepodavatelyam', 'стань-репетитором.рф', 'clck.ru/{k}'],
    vi: ['giasu-{s}.online/dang-ky', 'www.{s}-giasu.vn/gia-su', 'bit.ly/{k}'],
  },
  phish: {
    en: ['{s}-payout-verify.com/login', 'tutor-support-{s}.com/verify', 'secure-{s}-payouts.net/confirm', 'tinyurl.com/{k}'],
    ja: ['{s}-shiharai-kakunin.jp/login', 'shiharai-{s}.net/verify', 'tinyurl.com/{k}'],
    ko: ['www.{s}-jeongsan.co.kr/login', 'jeongsan-{s}.net/verify', 'han.gl/{k}'],
    ru: ['www.{s}-podderzhka.ru/verify', 'vyplaty-{s}.online/confirm', 'clck.ru/{k}'],
    vi: ['{s}-xacminh.vn/dang-nhap', 'hotro-{s}.online/xac-minh', 'bit.ly/{k}'],
  },
  resell: {
    en: ['www.{s}-courses.shop/p/{n}', 'gumroad.com/l/{k}', 'payhip.com/b/{k}', 'drive.google.com/drive/folders/{x}'],
    ja: ['www.{s}-kakomon.shop', '{s}.booth.pm/items/{n}', 'note.com/{h}/n/n{x}'],
    ko: ['www.{s}-jokbo.shop', 'smartstore.naver.com/{s}/products/{n}', 'kmong.com/gig/{n}'],
    ru: ['{s}-kursy.store', 'sliv-{s}.ru/kurs/{n}', 'disk.yandex.ru/d/{k}'],
    vi: ['khoahoc-{s}.shop/{n}', 'shopee.vn/{s}-i.{n}', 'drive.google.com/drive/folders/{x}'],
  },
};
const CHAT16: Record<string, string[]> = {
  tg: ['t.me/{tg}', 't.me/s/{tg}', 't.me/+{k}{k}', 'telegram.me/{tg}', 't.me/{tg}/{n}'],
  wa: ['wa.me/{w}', 'wa.me/{w}?text=Hi', 'wa.link/{k}', 'chat.whatsapp.com/{K}{K}{K}'],
  line: ['line.me/ti/p/~{line}', 'page.line.me/{k}', 'line.me/ti/g2/{k}{k}{k}', 'lin.ee/{k}'],
  kakao: ['open.kakao.com/o/s{k}', 'open.kakao.com/o/g{k}', 'kko.to/{k}', 'open.kakao.com/me/{kk}'],
  zalo: ['zalo.me/{vn}', 'zalo.me/g/{k}{k}'],
  discord: ['discord.gg/{k}', 'discord.com/invite/{k}{k}'],
  ig: ['instagram.com/{ig}', 'instagr.am/{ig}', 'ig.me/m/{ig}', 'www.instagram.com/{ig}/reels/'],
  fb: ['m.me/{fb}', 'fb.com/groups/{n}', 'www.facebook.com/profile.php?id=1000{d}', 'fb.me/e/{k}'],
  viber: ['invite.viber.com/?g2=AQ{K}{K}', 'vb.me/{k}'],
  skype: ['join.skype.com/invite/{k}{k}', 'join.skype.com/{k}{k}'],
};
const CHAT_SLOTS16: Record<string, string> = { TGLV: 'tg', WALV: 'wa', LNLV: 'line', KKLV: 'kakao', ZLLV: 'zalo', DCLV: 'discord', IGLV: 'ig', FBLV: 'fb', VBLV: 'viber', SKLV: 'skype' };
const CHATV16 = ['tg', 'tg', 'wa', 'line', 'kakao', 'zalo', 'discord', 'ig', 'fb', 'viber', 'skype'];

function url16(r: Rng, lang: Lang, obfuscate: boolean, kind: string): Surface {
  const platform = kind === 'chat' ? r.pick(CHATV16) : kind;
  const pattern = kind === 'web' ? r.pick(WEB16[lang]) : SCAM16[kind] ? r.pick(SCAM16[kind][lang]) : r.pick(CHAT16[platform]);
  const bare = (s: Style16) => handle16(r, lang, s).replace(/^@/, '');
  const slug = r.pick(SLUG16);
  const site = pattern
    .replace('{s}', slug)
    .replace('{S}', cap16(slug))
    .replace('{h}', () => bare('any').replace(/\./g, '_'))
    .replace('{tg}', () => bare('tg'))
    .replace('{line}', () => bare('line'))
    .replace('{kk}', () => bare('kakao').replace(/\./g, '_'))
    .replace('{ig}', () => bare('ig'))
    .replace('{fb}', () => bare('fb'))
    .replace(/\{k\}/g, () => key16(r, 5))
    .replace(/\{K\}/g, () => upper16(r, 3) + r.int(1, 9) + lower16(r, 2))
    .replace('{x}', () => hex16(r, 16))
    .replace('{n}', () => String(r.int(1000000, 99999999)))
    .replace('{d}', () => r.digits(11))
    .replace('{w}', () => drawPhone16(r, OWN16[lang]).e164.slice(1))
    .replace('{vn}', () => drawPhone16(r, ['VN_MOB']).groups.join(''));
  const cut = site.search(/[/?]/);
  const host = cut < 0 ? site : site.slice(0, cut);
  const path = cut < 0 ? '' : site.slice(cut);
  const scheme = r.chance(0.3) ? r.pick(['https://', 'https://', 'http://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return pl16(plain);
  const labels = host.split('.');
  const idn = /[^\x00-\x7f]/.test(host);
  const ways = idn ? ['dotword', 'dotword', 'brackets', 'small', 'zwrun', 'spaced'] : ['dotword', 'dotword', 'dotword', 'brackets', 'small', 'circled', 'math', 'look', 'zwrun', 'fwsome', 'spaced', 'defang'];
  switch (r.pick(ways)) {
    case 'dotword':
      return ob16(labels.join(r.pick(DOT16[lang])) + path, 'dot words');
    case 'brackets':
      return ob16(scheme + labels.join(r.pick(BRACKET_DOT16)) + path, 'dots in brackets');
    case 'small':
      return ob16(scheme + small16(host, '.') + path, 'small-form dots');
    case 'circled':
      return ob16(scheme + circled16(host, false, true) + path, 'circled letters');
    case 'math': {
      const fam = r.pick(Object.keys(MATHL16));
      return ob16(scheme + mathLetters16(host, fam) + path, `mathematical ${MATHL16[fam].name} letters`);
    }
    case 'look': {
      const l = look16(r, host);
      return l ? ob16(scheme + l + path, 'look-alike letters') : ob16(zwRun16(r, plain), 'zero-width characters');
    }
    case 'zwrun':
      return ob16(zwRun16(r, plain), 'zero-width characters');
    case 'fwsome':
      return ob16(scheme + fwSome16(r, host) + path, 'full-width');
    case 'spaced':
      return ob16(scheme + labels.join(' . ') + path.replace(/\//g, r.chance(0.5) ? ' / ' : '/').replace(/ $/, ''), 'split by spaces');
    default:
      return ob16(r.pick(['hxxps://', 'hxxp://', 'hxxps[:]//']) + labels.join(r.chance(0.6) ? '[.]' : '.') + path, 'defanged');
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id16(r: Rng, lang: Lang, obfuscate: boolean, style: Style16): Surface {
  const h = handle16(r, lang, style);
  if (!obfuscate) return pl16(h);
  const at = h.startsWith('@');
  const body = at ? h.slice(1) : h;
  const marks = /[._-]/.test(body) && !body.startsWith('live:');
  const ways = ['circled', 'circled', 'math', 'math', 'look', 'look', 'zwrun', 'zwevery', 'fw', ...(marks ? ['say', 'say'] : []), ...(at ? ['smallat', 'smallat'] : [])];
  switch (r.pick(ways)) {
    case 'circled':
      return ob16(circled16(h), 'circled letters');
    case 'math': {
      const fam = r.pick(Object.keys(MATHL16));
      return ob16(mathLetters16(h, fam), `mathematical ${MATHL16[fam].name} letters`);
    }
    case 'look': {
      const l = look16(r, h);
      return l ? ob16(l, 'look-alike letters') : ob16(zwRun16(r, h), 'zero-width characters');
    }
    case 'zwrun':
      return ob16(zwRun16(r, h), 'zero-width characters');
    case 'zwevery':
      return h.length <= 24 ? ob16(zwEvery16(r, h), 'zero-width between every character') : ob16(zwRun16(r, h), 'zero-width characters');
    case 'fw':
      return ob16(r.chance(0.5) ? fw16(h) : fwSome16(r, h), 'full-width');
    case 'say':
      return ob16((at ? '@' : '') + sayMarks16(r, lang, body), 'marks said aloud');
    default:
      return ob16('\ufe6b' + body, 'small-form at sign');
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

function kanjiDigits16(s: string): string {
  return [...s].map((c) => (/[0-9]/.test(c) ? (c === '0' ? '〇' : DIGITS16.ja[Number(c)][0]) : c)).join('');
}
/** Groups of digits disguised in one of `ways`. */
function digitGroups16(r: Rng, lang: Lang, g: string[], ways: string[], sep = ' '): Surface {
  const joined = g.join(sep);
  switch (r.pick(ways)) {
    case 'circled':
      return ob16(circled16(joined), 'circled digits');
    case 'circmix':
      return ob16(g.map((x, i) => (i % 2 ? circled16(x) : x)).join(sep), 'circled digits in part');
    case 'fw':
      return ob16(fw16(joined), 'full-width');
    case 'fwalt':
      return ob16(g.map((x, i) => (i % 2 ? fw16(x) : x)).join(sep), 'full-width groups in turn');
    case 'zwrun':
      return ob16(zwRun16(r, joined), 'zero-width characters');
    case 'math': {
      const fam = r.pick(Object.keys(MATHD16));
      return ob16(mathDigits16(joined, fam), `mathematical ${MATHD16[fam].name} digits`);
    }
    case 'spaced':
      return ob16(g.map((x) => [...x].join(' ')).join(r.pick(['  ', ' ∙ ', ' ‒ '])), 'digits spaced out');
    case 'ellipsis':
      return ob16(g.join(r.pick(['…', '...', '..'])), 'groups joined by ellipses');
    case 'oddsep':
      return ob16(g.join(r.pick(ODDSEP16)), 'groups joined by figure dashes or bullets');
    case 'small':
      return ob16(g.join('\ufe63'), 'groups joined by small-form dashes');
    case 'kanji':
      return ob16(g.map(kanjiDigits16).join(r.pick([' ', '-', '・'])), 'spelled digits in kanji');
    default:
      return ob16(spell16(r, lang, g), 'spelled digits');
  }
}

const CARDS16: Record<Lang, string[]> = {
  en: ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'diners', 'elo'],
  ja: ['jcb', 'jcb', 'visa', 'mc', 'amex', 'diners'],
  ko: ['visa', 'mc', 'mc2', 'jcb', 'unionpay', 'amex'],
  ru: ['mir', 'mir', 'visa', 'mc', 'unionpay'],
  vi: ['visa', 'visa', 'mc', 'jcb', 'napas', 'amex'],
};
function card16(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.pick(CARDS16[lang]);
  const d =
    kind === 'visa' ? luhnFill16(r, '4', 16)
    : kind === 'mc' ? luhnFill16(r, String(r.int(51, 55)), 16)
    : kind === 'mc2' ? luhnFill16(r, String(r.int(2221, 2720)), 16)
    : kind === 'amex' ? luhnFill16(r, r.pick(['34', '37']), 15)
    : kind === 'discover' ? luhnFill16(r, r.pick(['6011', '65']), 16)
    : kind === 'diners' ? luhnFill16(r, r.pick(['36', '38']), 14)
    : kind === 'elo' ? luhnFill16(r, r.pick(['636368', '504175', '451416', '636297']), 16)
    : kind === 'jcb' ? luhnFill16(r, String(r.int(3528, 3589)), 16)
    : kind === 'unionpay' ? luhnFill16(r, '62' + r.int(12, 88), 16)
    : kind === 'napas' ? luhnFill16(r, '9704' + r.pick(['05', '15', '18', '36', '41', '22']), 16)
    : luhnFill16(r, '220' + r.int(0, 4), 16);
  if (!luhn16(d)) throw new Error('blind16: bad card');
  const g = d.length === 15 || d.length === 14 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : d.match(/.{4}/g)!;
  if (!obfuscate) return pl16(r.pick([g.join(' '), g.join('-'), d, g.join(' ')]));
  return digitGroups16(r, lang, g, ['circled', 'circled', 'circmix', 'fw', 'zwrun', 'math', 'spaced', 'ellipsis', 'oddsep', lang === 'ja' ? 'kanji' : 'spell']);
}

function ip16(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const hx = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.3);
  const text = v6
    ? r.pick([`2400:${hx()}:${hx()}:${hx()}::${hx()}`, `2a01:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}:${hx()}`, `fe80::${hx()}:${hx()}:${hx()}:${hx()}`, `fd${hex16(r, 2)}:${hx()}:${hx()}::${r.int(2, 250)}`, `2001:${hx()}:${hx()}::${hx()}:${hx()}`])
    : r.pick([`${r.int(23, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(128, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return pl16(text);
  if (v6) {
    switch (r.int(0, 3)) {
      case 0:
        return ob16(circled16(text), 'circled letters and digits');
      case 1:
        return ob16(small16(text, ':'), 'small-form colons');
      case 2:
        return ob16(fw16(text), 'full-width');
      default:
        return ob16(zwRun16(r, text), 'zero-width characters');
    }
  }
  const o = text.split('.');
  switch (r.int(0, 6)) {
    case 0:
      return ob16(o.join(r.pick(DOT16[lang])), 'dot words');
    case 1:
      return ob16(o.join(r.pick(BRACKET_DOT16)), 'dots in brackets');
    case 2:
      return ob16(small16(text, '.'), 'small-form dots');
    case 3:
      return ob16(circled16(text), 'circled digits');
    case 4:
      return ob16(fw16(text), 'full-width');
    case 5:
      return ob16(zwRun16(r, text), 'zero-width characters');
    default: {
      const fam = r.pick(Object.keys(MATHD16));
      return ob16(mathDigits16(text, fam), `mathematical ${MATHD16[fam].name} digits`);
    }
  }
}

/** IBAN countries: their national part, by the registry's lengths and kinds of characters. */
const IBAN16: Record<string, (r: Rng) => string> = {
  FI: (r) => r.digits(14),
  PT: (r) => '00' + r.pick(['07', '10', '33', '35', '36']) + r.digits(17),
  CZ: (r) => r.pick(['0800', '0100', '0300', '2010', '5500']) + r.digits(16),
  AT: (r) => r.digits(16),
  LU: (r) => r.digits(16),
  MT: (r) => r.pick(['MALT', 'VALL', 'APSB']) + r.digits(23),
  CY: (r) => r.digits(24),
  SI: (r) => r.digits(15),
  CH: (r) => r.digits(17),
  HU: (r) => r.digits(24),
  BG: (r) => r.pick(['BNBG', 'UNCR', 'STSA', 'FINV']) + r.digits(14),
  GE: (r) => r.pick(['NB', 'TB', 'BG']) + r.digits(16),
  KZ: (r) => r.digits(16),
  UA: (r) => r.digits(25),
  TR: (r) => r.digits(5) + '0' + r.digits(16),
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  IT: (r) => r.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ']) + r.digits(22),
};
const IBAN_LENGTHS16: Record<string, number> = { FI: 18, PT: 25, CZ: 24, AT: 20, LU: 20, MT: 31, CY: 28, SI: 19, CH: 21, HU: 28, BG: 22, GE: 22, KZ: 20, UA: 29, TR: 26, DE: 22, FR: 27, ES: 24, IT: 27 };
const IBAN_LANG16: Record<Lang, string[]> = {
  en: ['FI', 'PT', 'CZ', 'AT', 'LU', 'MT', 'CY', 'SI'],
  ja: ['CH', 'AT', 'FI', 'LU', 'DE', 'FR'],
  ko: ['HU', 'BG', 'GE', 'SI', 'ES', 'IT'],
  ru: ['GE', 'KZ', 'UA', 'TR', 'BG', 'CZ', 'HU'],
  vi: ['FR', 'DE', 'PT', 'MT', 'CY', 'CZ', 'LU'],
};
function iban16(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const c = r.pick(IBAN_LANG16[lang]);
  const bban = IBAN16[c](r);
  let check = '00';
  for (let k = 2; k <= 98; k++) {
    if (ibanOk16(c + p16(k) + bban)) {
      check = p16(k);
      break;
    }
  }
  const code = c + check + bban;
  if (!ibanOk16(code) || code.length !== IBAN_LENGTHS16[c]) throw new Error(`blind16: bad IBAN ${code}`);
  const g = code.match(/.{1,4}/g)!;
  if (!obfuscate) return pl16(r.chance(0.6) ? g.join(' ') : code);
  switch (r.int(0, 7)) {
    case 0:
      return ob16(r.chance(0.5) ? code.toLowerCase() : g.join(' ').toLowerCase(), 'lower case');
    case 1:
      return ob16(g.join('-'), 'groups joined by dashes');
    case 2:
      return ob16(circled16(g.join(' ')), 'circled letters and digits');
    case 3:
      return ob16(g.map((x) => x.replace(/[A-Z]/g, (ch) => fw16(ch))).join(' '), 'full-width letters');
    case 4:
      return ob16(zwRun16(r, g.join(' ')), 'zero-width characters');
    case 5: {
      const fam = r.pick(Object.keys(MATHD16));
      return ob16(mathDigits16(g.join(' '), fam), `mathematical ${MATHD16[fam].name} digits`);
    }
    case 6:
      return ob16(g.join(r.pick(['…', ' ∙ ', '.'])), 'odd separators');
    default:
      return ob16(g.map((x, i) => (i % 2 ? x : circled16(x))).join(' '), 'circled groups in turn');
  }
}

function myNumber16(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheck16(base);
  const g = [d.slice(0, 4), d.slice(4, 8), d.slice(8)];
  if (!obfuscate) return pl16(r.pick([g.join(' '), g.join('-'), d]));
  const ways = lang === 'ja' ? ['kanji', 'kanji', 'circled', 'circled', 'circmix', 'fw', 'zwrun', 'oddsep', 'spaced', 'small', 'ellipsis'] : ['circled', 'circled', 'circmix', 'fw', 'zwrun', 'oddsep', 'spaced', 'spell', 'math', 'ellipsis'];
  return digitGroups16(r, lang, g, ways, r.pick([' ', '-']));
}

function rrn16(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1964, 2008);
  const sex = y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2']);
  const body = p16(y % 100) + p16(r.int(1, 12)) + p16(r.int(1, 28)) + sex + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  if (!rrnOk16(d)) throw new Error('blind16: bad resident registration number');
  const g = [d.slice(0, 6), d.slice(6)];
  if (!obfuscate) return pl16(r.chance(0.85) ? g.join('-') : d);
  if (lang === 'ko' && r.chance(0.3)) return ob16(spell16(r, 'ko', g, '', r.pick([' 다시 ', '-', ' '])), 'spelled digits');
  return digitGroups16(r, lang, g, ['circled', 'circled', 'circmix', 'fw', 'zwrun', 'oddsep', 'small', 'math', 'ellipsis'], '-');
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS16: Record<string, Style16> = { IDV: 'any', LNV: 'line', KKV: 'kakao', TGV: 'tg', SKV: 'skype', WXV: 'wechat', IGV: 'ig', FBV: 'fb', DCV: 'discord' };
/** Phone slots and the shapes they draw from. */
const PHONE_SLOTS16: Record<string, (lang: Lang) => string[]> = {
  TELV: (lang) => MIX16[lang],
  LANDV: (lang) => LAND16[lang],
  MOBV: (lang) => OWN16[lang],
  JPV: () => ['JP_MOB'],
  KRV: () => ['KR_MOB'],
  VNV: () => ['VN_MOB'],
  RUV: () => ['RU_MOB'],
  USV: () => ['US'],
  UKV: () => ['GB_MOB'],
  EUV: () => EU16,
  ABRV: () => ABROAD16,
  ...Object.fromEntries(ABROAD16.map((c) => [`${c}V`, () => [c]])),
};
const ENTITY_SLOTS16 = new Set([...Object.keys(ID_SLOTS16), ...Object.keys(CHAT_SLOTS16), ...Object.keys(PHONE_SLOTS16), 'MTELV', 'QTELV', 'MAILV', 'MMAILV', 'WEBV', 'RIVALV', 'PHISHV', 'RESELLV', 'CHATV', 'CARDV', 'IPV', 'IBANV', 'MYNV', 'RRNV']);

/** The entity for one of this set's slots, null for a filler slot. */
export function blind16Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS16[slot]) return { type: 'MESSENGER_ID', surface: id16(r, lang, obfuscate, ID_SLOTS16[slot]) };
  if (CHAT_SLOTS16[slot]) return { type: 'URL', surface: url16(r, lang, obfuscate, CHAT_SLOTS16[slot]) };
  if (PHONE_SLOTS16[slot]) return { type: 'PHONE', surface: phone16(r, lang, obfuscate, PHONE_SLOTS16[slot](lang)) };
  switch (slot) {
    case 'MTELV':
      return { type: 'PHONE', surface: phone16(r, lang, obfuscate, MIX16[lang], 'mild') };
    case 'QTELV':
      return { type: 'PHONE', surface: phone16(r, lang, obfuscate, OWN16[lang], 'e164') };
    case 'MAILV':
      return { type: 'EMAIL', surface: email16(r, lang, obfuscate) };
    case 'MMAILV':
      return { type: 'EMAIL', surface: email16(r, lang, obfuscate, true) };
    case 'WEBV':
      return { type: 'URL', surface: url16(r, lang, obfuscate, 'web') };
    case 'RIVALV':
      return { type: 'URL', surface: url16(r, lang, obfuscate, 'rival') };
    case 'PHISHV':
      return { type: 'URL', surface: url16(r, lang, obfuscate, 'phish') };
    case 'RESELLV':
      return { type: 'URL', surface: url16(r, lang, obfuscate, 'resell') };
    case 'CHATV':
      return { type: 'URL', surface: url16(r, lang, obfuscate, 'chat') };
    case 'CARDV':
      return { type: 'CREDIT_CARD', surface: card16(r, lang, obfuscate) };
    case 'IPV':
      return { type: 'IP_ADDRESS', surface: ip16(r, lang, obfuscate) };
    case 'IBANV':
      return { type: 'IBAN', surface: iban16(r, lang, obfuscate) };
    case 'MYNV':
      return { type: 'JP_MY_NUMBER', surface: myNumber16(r, lang, obfuscate) };
    case 'RRNV':
      return { type: 'KR_RRN', surface: rrn16(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** The messengers the specification names, per platform, in each language and script. */
const APPS16: Record<string, Record<Lang, string[]>> = {
  LINEK: { en: ['LINE', 'Line'], ja: ['LINE', 'ライン', 'ＬＩＮＥ'], ko: ['라인', 'LINE'], ru: ['LINE', 'Лайн', 'лайн'], vi: ['Line', 'LINE'] },
  KAKK: { en: ['KakaoTalk', 'Kakao'], ja: ['カカオトーク', 'カカオ', 'カトク'], ko: ['카톡', '카카오톡', '카카오'], ru: ['КакаоТок', 'какао', 'KakaoTalk'], vi: ['KakaoTalk', 'Kakao', 'Kakaotalk'] },
  TGK: { en: ['Telegram', 'TG', 'Tele'], ja: ['テレグラム', 'Telegram', 'テレグラ'], ko: ['텔레그램', '텔레', '텔레그램'], ru: ['Телеграм', 'телега', 'тг', 'телеграм'], vi: ['Telegram', 'Tele', 'tele'] },
  SKK: { en: ['Skype'], ja: ['Skype', 'スカイプ'], ko: ['스카이프', 'Skype'], ru: ['Skype', 'скайпе'], vi: ['Skype', 'skype'] },
  WXK: { en: ['WeChat', 'Weixin'], ja: ['WeChat', '微信', 'ウィーチャット'], ko: ['위챗', 'WeChat'], ru: ['WeChat', 'вичате', 'Вичате'], vi: ['WeChat', 'Wechat'] },
  IGK: { en: ['Instagram', 'insta', 'IG'], ja: ['インスタ', 'Instagram', 'インスタグラム'], ko: ['인스타', '인스타그램'], ru: ['инста', 'Instagram', 'инстаграм'], vi: ['Insta', 'IG', 'Instagram'] },
  FBK: { en: ['Facebook', 'FB'], ja: ['Facebook', 'フェイスブック'], ko: ['페이스북', '페북'], ru: ['Facebook', 'фейсбук'], vi: ['Facebook', 'FB', 'Face'] },
  DCK: { en: ['Discord'], ja: ['Discord', 'ディスコード', 'ディスコ'], ko: ['디스코드', '디코'], ru: ['Discord', 'дискорд', 'дс'], vi: ['Discord', 'Dis'] },
  WAK: { en: ['WhatsApp', 'WA'], ja: ['WhatsApp', 'ワッツアップ'], ko: ['왓츠앱', 'WhatsApp'], ru: ['WhatsApp', 'вотсап', 'ватсап'], vi: ['WhatsApp', 'Whatsapp'] },
  VBK: { en: ['Viber'], ja: ['Viber', 'バイバー'], ko: ['바이버', 'Viber'], ru: ['Viber', 'вайбер'], vi: ['Viber', 'viber'] },
  ZLK: { en: ['Zalo'], ja: ['Zalo'], ko: ['잘로', 'Zalo'], ru: ['Zalo'], vi: ['Zalo', 'zalo', 'Za lô', 'zl'] },
};
/** Platforms whose ids look like the generic ones (IDV). */
const ANY16 = ['LINEK', 'KAKK', 'TGK', 'SKK', 'IGK', 'DCK', 'WXK'];
/** Russian case forms: accusative (писать в ...) and prepositional (сидеть в ...); the other languages take the plain names. */
const RU_CASES16: Record<string, { base: string; ru: string[] }> = {
  TGAK: { base: 'TGK', ru: ['телегу', 'тг', 'Телеграм', 'телеграм', 'личку телеги'] },
  TGPK: { base: 'TGK', ru: ['телеге', 'тг', 'Телеграме', 'телеграме'] },
  IGPK: { base: 'IGK', ru: ['инсте', 'инстаграме', 'Инсте'] },
  ANYPK: { base: 'ANYK', ru: ['телеге', 'дискорде', 'скайпе', 'вичате', 'инсте', 'лайне', 'какао'] },
};

/** Where a run of digits in a message of each language could be read as a phone number. */
const REGIONS16: Record<Lang, CountryCode[]> = { en: ['US', 'GB', 'CA'], ja: ['JP', 'US', 'GB'], ko: ['KR', 'US', 'GB'], ru: ['RU', 'US', 'GB'], vi: ['VN', 'US', 'GB'] };
/** Whether a run of digits could be a phone number there, a card, a My Number or a resident registration number. */
function entityLike16(lang: Lang, d: string): boolean {
  if (d.length >= 12 && d.length <= 19 && luhn16(d)) return true;
  if (d.length === 12 && myNumberCheck16(d.slice(0, 11)) === d[11]) return true;
  if (d.length === 13 && rrnOk16(d)) return true;
  return d.length >= 5 && d.length <= 15 && REGIONS16[lang].some((c) => parsePhoneNumberFromString(d, c)?.isValid());
}
/** Whether a string holds no entity-like run of digits, alone or joined across the marks a number is written with. */
function clean16(lang: Lang, s: string): boolean {
  if ((s.match(/\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b/g) ?? []).some((m) => ibanOk16(m))) return false;
  const runs = [...(s.match(/\d+/g) ?? []), ...(s.match(/\d[\d\s\-.()/]*\d/g) ?? []).map((x) => x.replace(/\D/g, ''))];
  return !runs.some((d) => entityLike16(lang, d));
}
/** A string made by `make` that is clean (above); at most 80 draws, then `fallback`. */
function checked16(r: Rng, lang: Lang, make: (r: Rng) => string, fallback: string): string {
  for (let t = 0; t < 80; t++) {
    const s = make(r);
    if (clean16(lang, s)) return s;
  }
  return fallback;
}

function isbn16(r: Rng): string {
  for (let t = 0; t < 50; t++) {
    const body = '978' + r.pick(['4', '89', '5', '0', '1', '604']);
    let d = body + r.digits(12 - body.length);
    let s = 0;
    for (let i = 0; i < 12; i++) s += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
    d += String((10 - (s % 10)) % 10);
    if (luhn16(d)) continue;
    const g = body.length - 3;
    return `${d.slice(0, 3)}-${d.slice(3, 3 + g)}-${d.slice(3 + g, 8)}-${d.slice(8, 12)}-${d.slice(12)}`;
  }
  return '978-4-10-109205-8';
}
/** An ORCID iD with its ISO 7064 11-2 check character. */
function orcid16(r: Rng): string {
  const base = '0000000' + r.int(1, 3) + r.digits(7);
  let total = 0;
  for (const ch of base) total = (total + Number(ch)) * 2;
  const res = (12 - (total % 11)) % 11;
  const d = base + (res === 10 ? 'X' : String(res));
  return d.match(/.{4}/g)!.join('-');
}
/** A 3×3 scramble of twenty moves, no face turned twice in a row. */
function scramble16(r: Rng): string {
  const faces = ['R', 'U', 'F', 'L', 'D', 'B'];
  const out: string[] = [];
  let prev = r.int(0, 5);
  for (let i = 0; i < 20; i++) {
    prev = (prev + 1 + r.int(0, 4)) % 6;
    out.push(faces[prev] + r.pick(['', "'", '2']));
  }
  return out.join(' ');
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind16Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS16[slot]) return r.pick(APPS16[slot][lang]);
  if (RU_CASES16[slot]) {
    const c = RU_CASES16[slot];
    if (lang === 'ru') return r.pick(c.ru);
    return r.pick(APPS16[c.base === 'ANYK' ? r.pick(ANY16) : c.base][lang]);
  }
  switch (slot) {
    case 'ANYK':
      return r.pick(APPS16[r.pick(ANY16)][lang]);
    case 'NUMK':
      return String(n(2, 48));
    case 'CUBETK':
      return r.chance(0.75) ? `${n(5, 19)}.${p16(n(0, 99))}` : `1:${p16(n(0, 40))}.${p16(n(0, 99))}`;
    case 'SCRAMK':
      return scramble16(r);
    case 'WCAK':
      return `${n(2009, 2025)}${upper16(r, 4)}${p16(n(1, 3))}`;
    case 'CALLK':
      return {
        en: r.pick([`${r.pick(['M0', 'M7', 'G4', 'M6', '2E0'])}${upper16(r, 3)}`, `K${n(1, 9)}${upper16(r, 3)}`, `W${n(1, 9)}${upper16(r, 2)}`]),
        ja: `J${r.pick([...'AEFGHIJKLMNOPQRS'])}${n(1, 9)}${upper16(r, 3)}`,
        ko: `${r.pick(['HL', 'DS', 'DT', '6K'])}${n(1, 5)}${upper16(r, 3)}`,
        ru: `${r.pick(['UA', 'RA', 'RN', 'UB', 'R'])}${n(1, 9)}${upper16(r, 3)}`,
        vi: `${r.pick(['XV', '3W'])}${n(1, 9)}${upper16(r, 2)}`,
      }[lang];
    case 'FREQK':
      return r.pick(['145.500', '144.800', '433.500', '7.074', '14.074', '21.200', '430.090', '50.313', '3.573']);
    case 'TONEK':
      return r.pick(['88.5', '100.0', '123.0', '67.0', '131.8', '77.0']);
    case 'ADIFK':
      return checked16(r, lang, (r) => {
        const call = blind16Filler(r, lang, 'CALLK')!;
        const date = `${n(2024, 2026)}${p16(n(1, 12))}${p16(n(1, 28))}`;
        return `<CALL:${call.length}>${call} <BAND:3>${r.pick(['20m', '40m', '15m'])} <MODE:3>FT8 <QSO_DATE:8>${date} <TIME_ON:4>${p16(n(0, 23))}${p16(n(0, 59))} <EOR>`;
      }, '<CALL:6>JA1QZX <BAND:3>20m <MODE:3>FT8 <EOR>');
    case 'SRTK': {
      const a = n(0, 40);
      const b = n(0, 55);
      return `${n(12, 480)}\n00:${p16(a)}:${p16(b)},${p16(n(0, 999), 3)} --> 00:${p16(a)}:${p16(b + n(1, 4))},${p16(n(0, 999), 3)}`;
    }
    case 'WORDSK':
      return r.pick({ en: ['2,500', '3,000', '8,000', '12,000'], ja: ['8,000', '4,000', '12,000'], ko: ['5,000', '3,000', '8,000'], ru: ['2 500', '8 000', '12 000'], vi: ['2.500', '5.000', '8.000'] }[lang]);
    case 'PCTK':
      return `${n(3, 25)}%`;
    case 'DOIK':
      return checked16(r, lang, (r) => r.pick([`10.1016/j.system.${n(2019, 2025)}.${n(102000, 103999)}`, `10.1080/${lower16(r, 1)}${n(1000, 9999)}.${n(2019, 2025)}`, `10.3389/fpsyg.${n(2019, 2025)}.${n(1000000, 1399999)}`, `10.1111/lang.${n(12300, 12699)}`]), '10.1111/lang.12451');
    case 'ORCIDK':
      return checked16(r, lang, orcid16, '0000-0002-1825-0097');
    case 'OTPK':
      return checked16(r, lang, (r) => (r.chance(0.5) ? r.digits(6) : `${r.digits(3)} ${r.digits(3)}`), '482913');
    case 'PINK':
      return checked16(r, lang, (r) => String(n(100000, 9999999)), '4096213');
    case 'SITEK':
      return r.pick(['531', '441', '744', '97531', '51', '423', '633', '55550', '726']);
    case 'COUNTK':
      return r.pick({
        en: ['five, six, seven, eight', '5, 6, 7, 8', 'a-five, six, seven, eight'],
        ja: ['5、6、7、8', 'ファイブ、シックス、セブン、エイト', '五、六、七、八'],
        ko: ['오, 육, 칠, 팔', '5, 6, 7, 8', '하나, 둘, 셋, 넷'],
        ru: ['пять, шесть, семь, восемь', '5, 6, 7, 8', 'раз, два, три, четыре'],
        vi: ['năm, sáu, bảy, tám', '5, 6, 7, 8', 'một, hai, ba, bốn'],
      }[lang]);
    case 'KNOTK':
      return r.pick({ en: ['12 kn', '15 knots', '8–10 kn'], ja: ['12ノット', '8〜10ノット', '15kn'], ko: ['12노트', '8~10노트', '15kn'], ru: ['12 узлов', '8–10 уз.', '7 м/с'], vi: ['12 knot', '8–10 knot', '7 m/s'] }[lang]);
    case 'GRAMK':
      return r.pick({ en: ['500 g', '250 g', '1.5 kg'], ja: ['300g', '250g', '1.5kg'], ko: ['300g', '두 공기', '1.5kg'], ru: ['500 г', '3 стакана', '1,5 кг'], vi: ['1,5 kg', '2 kg', '800 g'] }[lang]);
    case 'OVENK':
      return r.pick(['220°C', '180 °C', '200℃', '230°C']);
    case 'QSCOREK':
      return r.pick(['8/10', '38/50', '9/10', '41/60', '7/8']);
    case 'GCK':
      return 'GC' + [...Array(n(5, 6))].map(() => r.pick([...'0123456789ABCDEFGHJKMNPQRTVWXYZ'])).join('');
    case 'COORDK':
      return checked16(r, lang, (r) => `N ${n(10, 59)}° ${n(10, 59)}.${p16(n(0, 999), 3)} E ${n(10, 139)}° ${n(10, 59)}.${p16(n(0, 999), 3)}`, 'N 35° 39.512 E 139° 44.061');
    case 'LEGOK':
      return checked16(r, lang, (r) => String(n(10000, 76999)), '42131');
    case 'KIFUK':
      return lang === 'ja' ? r.pick(['▲7六歩 △3四歩 ▲2六歩 △8四歩', '▲2六歩 △8四歩 ▲2五歩', '▲7六歩 △3四歩 ▲6六歩']) : r.pick(['7g7f 3c3d 2g2f 8c8d', '2g2f 8c8d 2f2e', '7g7f 3c3d 6g6f']);
    case 'MAHJK':
      return r.pick(['123m456p789s11z', '234m 567p 33s 777z', '11m 456p 456s 789s', '345m345p345s22z']);
    case 'PHK':
      return r.pick(['6.8', '7.4', '5.5', '8.1']);
    case 'WCLASSK':
      return r.pick(['−73 kg', '-81 kg', '-57 kg', '-66 kg', '+100 kg']);
    case 'PRICEK':
      return r.pick({
        en: [`£${n(3, 15)}.${r.pick(['00', '50', '99'])}`, `$${n(5, 40)}`, `€${n(4, 30)}`, `£${n(80, 120)}`],
        ja: [`${n(1, 9) * 100}円`, `¥${n(1, 3)},${r.pick(['080', '480', '980'])}`, `${n(5, 9)},${r.pick(['000', '500'])}円`],
        ko: [`${n(2, 9)},${r.pick(['000', '500', '900'])}원`, `${n(1, 5)}만 ${n(1, 9)}천원`, `${n(2, 9)}천원`],
        ru: [`${n(150, 990)} ₽`, `${n(1, 3)} ${r.pick(['000', '490', '990'])} ₽`],
        vi: [`${n(20, 95)}.000đ`, `${n(100, 450)}k`, `${n(1, 3)} triệu`],
      }[lang]);
    case 'SMALLK':
      return String(n(1, 8));
    case 'PLANK': {
      // a family plan and each one's share, in the language's own currency and figures
      const en = n(1599, 1999) / 100;
      const ja = r.pick([1680, 2980, 2480]);
      const ko = r.pick([13500, 17000, 14900]);
      const ru = r.pick([299, 449, 649]);
      const vi = r.pick([120, 179, 239]);
      const th = (x: number) => x.toLocaleString('en-US');
      return {
        en: `£${en.toFixed(2)} a month, so about £${(en / 6).toFixed(2)} each for six of us`,
        ja: `月${th(ja)}円、6人で割ると1人${Math.ceil(ja / 6)}円`,
        ko: `월 ${th(ko)}원, 4명이면 1인당 ${th(Math.ceil(ko / 4))}원`,
        ru: `${ru} ₽ в месяц, на шестерых по ${Math.ceil(ru / 6)} ₽`,
        vi: `${vi}.000đ/tháng, 6 người mỗi người khoảng ${Math.round(vi / 6)}.000đ`,
      }[lang];
    }
    case 'STORAGEK':
      return r.pick(['64 GB', '128GB', '32 GB', '256 GB']);
    case 'OSK':
      return r.pick(['iOS 17.5.1', 'Android 14', 'One UI 6.1', 'iOS 16.7.8', 'Android 13']);
    case 'TIMEK':
      return r.pick({
        en: [`${n(7, 11)}:${r.pick(['00', '15', '30', '45'])}am`, `${n(1, 8)}pm`, `${n(13, 20)}:${r.pick(['00', '30'])}`],
        ja: [`${n(13, 20)}:${r.pick(['00', '15', '30'])}`, `午前${n(8, 11)}時`, `${n(13, 19)}時半`],
        ko: [`오후 ${n(1, 8)}시`, `${n(13, 20)}:${r.pick(['00', '30'])}`, `오전 ${n(8, 11)}시 반`],
        ru: [`${n(8, 20)}:${r.pick(['00', '15', '30', '45'])}`],
        vi: [`${n(7, 20)}h${r.pick(['', '30', '15'])}`, `${n(13, 20)}:${r.pick(['00', '30'])}`],
      }[lang]);
    case 'DATEK': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${d} May`, `March ${d}`, `${p16(d)}/${p16(m)}`], ja: [`${m}月${d}日`, `${m}/${d}`], ko: [`${m}월 ${d}일`], ru: [`${p16(d)}.${p16(m)}`, `${d} мая`], vi: [`${d}/${m}`, `ngày ${d} tháng ${m}`] }[lang]);
    }
    case 'ORDERK':
      return checked16(r, lang, (r) => r.pick([`#${r.digits(7)}`, `QZ-${r.digits(6)}`, `${n(2025, 2026)}${p16(n(1, 12))}${p16(n(1, 28))}-${r.digits(4)}`, `${upper16(r, 2)}${r.digits(8)}`]), '#4410392');
    case 'TRACKK':
      return checked16(r, lang, (r) => r.pick({
        en: [`1Z${upper16(r, 3)}${r.digits(3)}${r.digits(10)}`, `RB${r.digits(9)}GB`, `H${upper16(r, 2)}${r.digits(13)}`],
        ja: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `EJ${r.digits(9)}JP`],
        ko: [`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `EG${r.digits(9)}KR`],
        ru: [`RA${r.digits(9)}RU`, r.digits(14)],
        vi: [`EB${r.digits(9)}VN`, `GHN${upper16(r, 2)}${r.digits(6)}`],
      }[lang]), 'RA644000017RU');
    case 'ISBNK':
      return checked16(r, lang, isbn16, '978-4-10-109205-8');
    case 'VERK':
      return r.pick([`v${n(1, 5)}.${n(0, 20)}.${n(0, 9)}`, `${n(2, 18)}.${n(0, 9)}.${n(0, 9)}`, `${n(3, 9)}.${n(0, 12)}`]);
    case 'FILEK':
      return r.pick(['scramble_set_A.txt', 'qsl_card_front.png', 'episode03_ja.srt', 'essay_draft2.docx', 'pelmeni_recipe.pdf', 'judo_weighin.xlsx', 'quiz_round4.pptx', 'geocache_log.gpx', 'kifu_0412.kif', 'sensor_data.csv', 'dance_count.mp3', 'lego_instructions.pdf']);
    case 'MENTK':
      return '@' + r.pick({ en: ['wren', 'Idris', 'caspar_k', 'marnie.q', 'hugo'], ja: ['かなで', 'itsuki', 'Shiori', 'minato_'], ko: ['도현', 'siwoo', '채원', 'gaeun_'], ru: ['Злата', 'timofey', 'Мирон', 'kira_b'], vi: ['Bảo', 'giang', 'Phúc', 'uyen.t'] }[lang]);
    case 'ROOMK':
      return lang === 'en' ? r.pick([`B${n(101, 340)}`, `G${n(1, 20)}`, `${n(1, 4)}.${p16(n(1, 40))}`]) : lang === 'ko' ? r.pick([`${n(101, 512)}호`, `B${n(101, 130)}`]) : lang === 'vi' ? r.pick([`A${n(1, 9)}.${n(101, 512)}`, String(n(101, 512))]) : String(n(101, 512));
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
  for (const lang of Object.keys(BLIND16_POSITIVE) as Lang[]) {
    for (const [kind, list] of [['positive', BLIND16_POSITIVE[lang]], ['negative', BLIND16_NEGATIVE[lang]]] as const) {
      if (list.length < 45) throw new Error(`blind16: only ${list.length} ${kind} templates for ${lang}`);
      if (new Set(list).size !== list.length) throw new Error(`blind16: a ${kind} template for ${lang} is there twice`);
      for (const t of list) {
        const slots = [...t.matchAll(slotRe)].map((m) => m[1]);
        const entities = slots.filter((s) => ENTITY_SLOTS16.has(s));
        if (kind === 'positive' && entities.length === 0) throw new Error(`blind16: positive template without an entity: ${t}`);
        if (kind === 'negative' && entities.length > 0) throw new Error(`blind16: negative template with an entity: ${t}`);
        for (const s of slots) if (!ENTITY_SLOTS16.has(s) && blind16Filler(probe, lang, s) == null) throw new Error(`blind16: unknown slot ${s}`);
      }
    }
  }
}
