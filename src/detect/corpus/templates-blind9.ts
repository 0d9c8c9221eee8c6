/**
 * Ninth blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the eighth blind set of 3 December
 * (templates-blind8.ts), until the tenth blind set of 3 December 2026 (templates-blind10.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages: a phone
 * lost, stolen or drowned and a relative's number given meanwhile, travel abroad with a local SIM and time
 * zones, teachers leaving on maternity leave or handing a class over, hacked accounts and recovery
 * addresses, lessons bought as a gift, language-exchange (tandem) partners, storms, snow and power cuts,
 * coding lessons with servers and ssh, music lessons, host families and airport pick-ups, visa and city-hall
 * forms, grandparents paying from abroad, contest and olympiad sign-ups, job offers for graders and
 * translators, second-hand equipment, flatmates and car-sharing to an exam, podcasts and lesson recordings,
 * deaf students who can only text, group-project contact sheets in markdown, quoted earlier messages,
 * farewells after a last lesson, business cards and notice-board flyers typed out, machine-translated
 * messages, returning after a year, summer courses, collections for a trip or a gift, volunteers, links
 * suspected of phishing, messages typed for a parent, refunds to a new card. Messenger ids are about a
 * quarter to a third of the entities, named in all five languages and scripts by fillers of their own per
 * platform (nicknames and abbreviations such as tg, телега, тг, дс, 디코, 카톡, 페북, ディスコ, インスタ,
 * phây, face, Tele; Russian ones in the prepositional and accusative cases), with ids in each platform's
 * style (Telegram and Instagram @names, Skype live: ids, Discord names old and new, WeChat wxid_ ids,
 * Facebook user names); numbers given for WhatsApp, Viber or Zalo, or as a LINE id, are labelled as phones.
 * All entities come from the writers below (`blind9Entity`), none from the older sets: phone numbers of
 * Japan (mobiles, 050 IP phones, Tokyo and Fukuoka landlines), Korea (mobiles, Busan landlines, 070),
 * Vietnam (mobiles of the newer prefixes, Ho Chi Minh City landlines), Russia (mobiles, St Petersburg
 * landlines), the US, the UK (mobiles, Manchester landlines) and EU countries (Germany, France, Spain,
 * Italy, Ireland, Portugal, Sweden, Czechia), kept only when libphonenumber-js says the number is valid for
 * its country and its written form reads back as the same number; links to form, video, booking, blog,
 * link-in-bio and course sites, bare domains of generic, country and newer top-level domains and
 * internationalised ones, messenger links and invites (t.me, wa.me, line.me, open.kakao.com, zalo.me,
 * m.me, discord.gg, discord.com/invite, join.skype.com, invite.viber.com, instagram.com, facebook.com
 * groups); cards of Visa, Mastercard (both ranges), Amex, JCB and Mir (Luhn); IPv4 (public, private,
 * shared address space) and IPv6 (global, unique-local) addresses; IBANs of fourteen European countries
 * (mod 97); My Numbers and resident registration numbers with their check digits, the latter always with a
 * context word. Disguises stay within the specification: full-width forms (whole, or digits or marks only,
 * the long-vowel mark as a dash), Cyrillic and Greek look-alikes, zero-width characters, digits apart by
 * spaces, dots, dashes or dash words (다시, の, ハイフン, тире, gạch), digits spelled one by one in each
 * language (〇 and 零, katakana readings, 공 and 영, ноль and нуль, Vietnamese with and without diacritics,
 * English in capitals now and then), partly spelled numbers, at and dot written out in each language
 * (アットマーク, 골뱅이, 쩜, собачка, a móc ...), top-level domains read out (ドットコム, 닷컴, точка ру,
 * chấm vn), bracketed dots, and e-mails and links split by spaces. Hard negatives (`blind9Filler`): repair
 * quotes, time zones, flight and seat numbers, support tickets, gift-card and product keys, router
 * firmware and app versions, library and file names, file paths, commit hashes, colour codes, aspect
 * ratios, bars and tempi, bus routes, postcodes, exchange rates, olympiad algebra, barcodes with their
 * check digits (never Luhn-valid), parcel tracking and order numbers that are no phone, card or My Number,
 * timestamps, sports scores, fevers, mock-exam scores, dotted abbreviations of each language, the at and dot
 * words in their everyday senses, idioms with digit words, classmates and @everyone mentioned, and
 * messengers named with no id.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, parts, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in J: EMAILJ, PHONEJ, PHAPPJ (a number for WhatsApp, Viber or Zalo), WEBJ, CHATJ
// (messenger link or invite), IDJ (an id for LINE, KakaoTalk or any messenger), TGJ, SKJ, DCJ, WXJ, IGJ,
// FBJ (ids in the style of Telegram, Skype, Discord, WeChat, Instagram, Facebook), CARDJ, IPJ, IBANJ,
// MYNJ, RRNJ. Filler slots end in U: LINEU, TGU, SKYPEU, DCU, WXU, IGU, FBU, KKU and MSGU name a messenger
// reached by an id, WAU, VBU, ZLU and PMSGU one reached by a phone number, the ...PU slots the Russian
// prepositional forms; the rest are hard-negative fillers.

// ---- English -----------------------------------------------------------------------------------

const EN9_POS: string[] = [
  "dropped my phone in the bath 🙃 until the new one comes, text my mum's number instead: {PHONEJ}",
  'My phone got stolen on the train yesterday. New SIM, new number → {PHONEJ}. The old one is dead, please delete it',
  'lol autocorrect changed my email in the form, the right one is {EMAILJ} not whatever I typed',
  'my parents check this app so… tg is better 🤫 {TGJ}',
  "I'm in Lisbon until the 20th, so my UK number won't work. Local one: {PHONEJ} (I'm on {TZU} now btw)",
  'Sorry for the wall of text!!\n\nTL;DR: new number {PHONEJ}, new email {EMAILJ}, same Discord ({DCJ})',
  'Landed! Using a Japanese eSIM this week, reach me on {PHONEJ} or {LINEU} ({IDJ})',
  "Kakao ID: {IDJ}\nLINE: {IDJ}\n(whichever you use, I'm on both)",
  'ring me on {PHONEJ} after half 5, ta',
  'Dear students, this is my last month on the platform before maternity leave 👶 Anyone who wants to keep in touch: {EMAILJ}',
  "I'm handing my Tuesday group over to a colleague, she's lovely. Her {TGU} is {TGJ}, she already has your workbook scans",
  "I'll read it out slowly so you can write it down: {PHONEJ}",
  "you can find me on disc as {DCJ}, I'm usually in the study VC at night",
  'URGENT my account got hacked and someone changed the password. If you get weird messages from me ignore them!! write to {EMAILJ} for now',
  'Is the tutor in your ad the same person as {IGJ} on insta? my friend says she teaches there for half the price',
  'Support said to reply from the recovery address, so: {EMAILJ}. The hacked one was {EMAILJ}',
  "Hey, Gideon from the Thursday group. Discord username changed, it's {DCJ} now (the old one got banned lol)",
  "I'd like to buy 10 lessons as a birthday gift for my sister 🎁 Her details:\nName: Juno\nEmail: {EMAILJ}\nPhone: {PHONEJ}",
  'Gift card question - can the recipient ({EMAILJ}) book without making an account?',
  'Venmo works too but honestly just text me, {PHONEJ}',
  'If the platform chat is down again just add me on WeChat → {WXJ} 🙏',
  'Looking for a language exchange partner! I help with English, you help with Korean 😊 {KKU}: {IDJ}',
  'tg: {TGJ}\nig: {IGJ}\nno fb sorry',
  'Tandem partner wanted: native Russian speaker, 2x a week. Add me on {SKYPEU}, {SKJ}',
  'not on whatsapp sorry, only insta ({IGJ}) and Telegram: {TGJ}',
  'Typhoon warning here tonight, the power might go out mid-lesson. If I vanish, {PMSGU} me on {PHAPPJ}',
  'Snowed in and the wifi is down ❄️ Hotspot is terrible. Call me on {PHONEJ} and we can at least do speaking',
  "For the parents' group please add me on Line, my id is {IDJ} — Hana's mum",
  'For our coding lesson: the VPS is up at {IPJ}, user is "student", I will send the key separately',
  "ssh keeps timing out. ping works on {IPJ} but not on {IPJ}, is the firewall blocking me?",
  'fb is {FBJ} but i barely check it, skype {SKJ} is faster',
  'Piano lesson moved to the practice room downstairs. Buzzer is broken, ring {PHONEJ} when you arrive 🎹',
  "Hi! I'm the host family for your student arriving on {FLIGHTU}. We'll be at arrivals with a sign. Host mum's mobile: {PHONEJ}",
  'my kakao is {IDJ} (yes with the numbers)',
  "Airport pickup confirmed ✈️ Driver: Otis, {PHONEJ}. If the flight is late, message him on {PMSGU}",
  'The visa office wants my Japanese My Number on the form, is this the right format: {MYNJ}?',
  "Grandpa wants to pay for my lessons from Germany. Platform doesn't take his card, can he wire it? He asked for an IBAN, mine is {IBANJ}",
  'Paying the course fee for the whole semester, card ending... actually here is the full one: {CARDJ} exp 09/28',
  "Speech contest registration 🎤\n- Name: Hattie L.\n- School: {WEBJ}\n- Contact: {EMAILJ}\n- Topic: climate",
  'Olympiad team needs one more member! Sign-ups close Friday, form is at {WEBJ}',
  'Reference check: my previous school can confirm I taught there, call {PHONEJ} or email the head at {EMAILJ}',
  'Hiring: part-time essay grader, 5h/week, remote. Send a short CV to {EMAILJ} or ping {DCJ} on {DCU}',
  'Selling my old drawing tablet + USB mic (used for lessons, works perfectly) {PRICEU}. WhatsApp {PHAPPJ}',
  'Anyone need a roommate near the uni from Jan? 2 bed flat, quiet, no pets. IG {IGJ}, DM me 🏠',
  "Carpool to the test centre on the 14th? I have 3 seats. Text {PHONEJ}, leaving at 7 sharp",
  "We're starting a small podcast about learning Japanese 🎧 If you'd like to be a guest, {EMAILJ}",
  'Recording of today is here: {WEBJ} (expires in a week) and the slides {WEBJ}',
  "Copied from the noticeboard at the library:\n'GCSE maths 📐 all levels, first lesson free ☎ {PHONEJ} ✉ {EMAILJ}'",
  "I'm deaf, so phone calls don't work for me 🙏 Text only please, {PHONEJ}, or {TGU} {TGJ}",
  "**Contact sheet for the group project**\n• Callum – {EMAILJ}\n• Flora – {PHONEJ}\n• Eamon – {DCU}: {DCJ}",
  "> can you send me your number?\nsure, {PHONEJ}. i'm free after {TIMEU}",
  '> Which Skype should I add?\n{SKJ} — the other account is my work one',
  "that was our last lesson 🥲 thank you for everything!! if you're ever in Manchester: {PHONEJ}",
  'Met you at the language fair, here is the card you gave me typed out:\nNell Dunmore | ESL tutor\nT {PHONEJ}\nE {EMAILJ}\nW {WEBJ}',
  "The library wifi blocks the classroom. IT said they'll whitelist {WEBJ} and {IPJ}, fingers crossed",
  'Hello teacher. My number of telephone is {PHONEJ}. Please contact me for the lesson of next week. Thank you.',
  "it's been a year!! I'm back 🙌 new number {PHONEJ} and the old email still works",
  'Summer intensive, 3 weeks, small groups ☀️ Details and sign-up at {WEBJ}, questions to {EMAILJ}',
  "Parents: I'm collecting money for the end-of-year trip. {PRICEU} each, to {IBANJ} (reference = child's name)",
  "Baby shower gift for Ms. Fenwick 🍼 chip in if you like, I'm organising it on {FBU}: {FBJ}",
  'Volunteer tutors needed for the Saturday refugee class. Coordinator: Delia, {PHONEJ}, {EMAILJ}',
  "quick q: is {WEBJ} legit?? someone sent it saying it's the new login page 🤨",
  'Mock interview with a real recruiter next week! She asked to be contacted here first: {CHATJ}',
  'The translation job (12 pages, JP→EN) is still open, send samples to {EMAILJ} or WeChat {WXJ}',
  'ok my isp says my public ip is {IPJ} and it changes every day?? is that why the classroom kicks me out',
  "Cheers for the tips. Btw I'm {IGJ} on {IGU} if you want to see the café I'm opening ☕",
  'Class Discord is here {CHATJ} — come say hi before {DATEU}',
  'For homework I practised saying my own number out loud 😅 {PHONEJ}, was the intonation ok?',
  "Typing this for my dad, his English isn't great: he says please call {PHONEJ} about the invoice, after 6",
  'New {LINEU} since I changed phones!! ID: {IDJ} (the old account got wiped)',
  'Refund to this card please: {CARDJ}. The old one ({CARDJ}) is cancelled',
  'numbers get blocked here so spacing it out: {PHONEJ}',
];

const EN9_NEG: string[] = [
  'dropped my phone in the bath 🙃 messages might be slow until {DATEU}, the repair shop quoted {PRICEU}',
  'New phone set up! Lost my {LINEU} history though, so please resend the homework here, not there',
  "I'm in Lisbon until the 20th, that's {TZU}, so our {TIMEU} lesson will be at {TIMEU} my time",
  'Flight {FLIGHTU}, seat {SEATU}, landing {TIMEU}. Can we push lesson {LESSONU} by a day?',
  'Maternity leave from {DATEU} to {DATEU}. Your remaining {COUNTU} lessons stay valid, no need to rebook',
  "'at' in 'see you at 5' is a preposition, not the @ sign 🙂 and 'dot' in 'on the dot' means exactly",
  'Handover notes: group B finished unit {COUNTU}, pages {RANGEU}, average score {SCOREU}',
  'My account got locked after {COUNTU} wrong passwords 😩 support ticket {ORDERU}, they said {COUNTU} hours',
  "the Discord server is called 'Study Hall', channel #homework-{COUNTU}, ask a mod for the role",
  'Gift card code {KEYU} doesn’t work, says expired on {DATEU}. Paid {PRICEU} for it',
  'Tandem tip: do {RANGEU} minutes in each language, e.g. {COUNTU} in English then {COUNTU} in Korean',
  "Score went from {SCOREU} to {SCOREU}, that's {PCTU} up! 🎉 see you {DATEU} {TIMEU}",
  'Typhoon update: classes cancelled {DATEU}, makeup lesson {LESSONU} on {DATEU} at {TIMEU}',
  'Power is back! Router says firmware {VERU}, speed test {COUNTU} Mbps down',
  'For the coding lesson install {TECHU} and {TECHU}, then open {PATHU}',
  'my commit {HASHU} broke the build 😭 error in {TECHU} line {PAGEU}',
  'Use {HEXU} for the headings and {HEXU} for the background, ratio {RATIOU} for the slides',
  'Times tables homework: 7 × 8 = 56, 9 × 9 = 81, twelve twelves are a hundred and forty-four',
  'Telegram bot for flashcards stopped at version {VERU}, it says error {COUNTU} — not my fault 😅',
  "Piano: bars {RANGEU}, tempo {COUNTU} bpm, left hand only first. Recording is {FILEU}",
  'Host family update: bus {BUSU} from the airport, {DURU} ride, we live near stop {COUNTU}',
  "Visa office queue number {LESSONU}, appointment {DATEU} {TIMEU}, bring {COUNTU} photos",
  'Exchange rate today {RATEU}, so {PRICEU} works out to about {PRICEU}',
  "My student number is on the ID card but the office said never to share it in chats, so I'll bring it {DATEU}",
  'Speech contest results: 1st place {SCOREU}, 2nd {SCOREU}, the final was {DATEU}',
  'Olympiad problem 4: {MATHU}. I got {DECIMAL} but the key says {DECIMAL}',
  'Selling my old tablet, model {MODEL}, barcode {BARCU} on the box, {PRICEU} ono',
  'Rate our class on Instagram? jk. Rate it here: {STARSU}',
  'Parcel with the textbooks: tracking {TRACKU}, out for delivery {DATEU}',
  'Zero, one, two, three — count the syllables, then clap {COUNTU} times. Great warm-up for the kids',
  "Roommate search: rent {PRICEU} pcm, bills ~{PRICEU}, {COUNTU} min walk to campus, postcode {ZIPU}",
  'Carpool: leaving {TIMEU}, {COUNTU} seats left, petrol split {PCTU} each',
  'Podcast ep. {COUNTU} is {DURU} long, uploaded as {FILEU}',
  'Recording timestamps: {DURU} intro, {DURU} grammar, {DURU} Q&A',
  'hey {MENTU} and {MENTU}, slides for {DATEU} are in the shared folder as {FILEU}',
  "I'm on {TGU} and {IGU} too but let's keep lessons here, the platform records everything",
  'thanks {MENTU}! {IDIOMU} — I’ll try again {DATEU}',
  'ok boomer 😂 nobody uses Skype since {YEARU}',
  'Shopping list for the cooking class: 3 eggs {ATPRICEU}, flour {ATPRICEU}',
  'Football last night {SPORTU} 😭 anyway, homework is {RANGEU} on page {PAGEU}',
  'I had {TEMPU} this morning so I’m skipping {TIMEU}, sorry!! back on {DATEU}',
  '> what did I get on the mock?\n{SCOREU} overall, listening {SCOREU}, reading {SCOREU}',
  "**Week plan**\n• Mon: unit {COUNTU}\n• Wed: quiz ({PCTU} of grade)\n• Fri: essay due {TIMEU}",
  'Abbreviations to learn: {ABBRU}, {ABBRU}, {ABBRU} — they come up in every reading passage',
  'Our last lesson 🥲 you did {COUNTU} lessons since {YEARU}, rating {STARSU}. Proud of you!',
  'I sent the photo to the wrong LINE group, the one with {COUNTU} people 💀',
  "Dear teacher, the lesson of {DATEU} {TIMEU}, number {LESSONU}, I can not attend. Sorry.",
  "I don't have {MSGU} or {PMSGU}, my parents don't allow it, so only this chat please",
  "{FBU} group for the class? no thanks, I deleted it in {YEARU} 😅 let's stay here",
  'Summer intensive: {DATEU}–{DATEU}, {COUNTU} hours total, early bird {PRICEU} until {DATEU}',
  'Order {ORDERU}: 1× headset, 1× webcam, total {PRICEU}, arriving {DATEU}',
  'The app updated to {VERU} and now the mic needs permission again, Settings › Privacy',
  "windows product key for the school laptop? it's {KEYU} on the sticker, is that normal?",
  'End-of-year trip: {PRICEU} per child, {COUNTU} kids so far, bus leaves {TIMEU} {DATEU}',
  'Volunteer hours this term: {COUNTU}, next session {DATEU}, room {ROOMU}',
  'Word of the day: "{WORDU}" — make {COUNTU} sentences with it',
  'Interview prep: answer in {DURU}, STAR method, {COUNTU} questions from the list',
];

// ---- Japanese ----------------------------------------------------------------------------------

const JA9_POS: string[] = [
  'スマホを水没させてしまいました😭 新しいのが届くまで母の携帯にお願いします→{PHONEJ}',
  '電車でスマホ盗まれた…番号変わりました！{PHONEJ} 前のは解約したので消してください',
  'LINE交換しよ〜！ふるふる出来ないからID送るね {IDJ}',
  'ライン交換しませんか？IDは{IDJ}です🙌',
  '来週からリスボンに出張なので日本の番号がつながりません。現地の番号は{PHONEJ}です（時差{TZU}）',
  'QRコードが読めなかったらID検索でお願いします：{IDJ}',
  '無事ソウルに着きました〜。今週はこっちのSIMなので{PHONEJ}か、{LINEU}（{IDJ}）でお願いします',
  'カカオやってます！{IDJ}で検索してください',
  'キャリアメールだと迷惑メールで弾かれるかもなので、{EMAILJ}から送ります',
  '生徒の皆さまへ。産休に入るため今月でこちらのサイトでの指導を終了します。今後のご連絡は{EMAILJ}までお願いいたします',
  '火曜クラスは同僚の先生に引き継ぎます。{TGU}のIDは{TGJ}です、ワークのスキャンはもう渡してあります',
  '恐れ入りますが、折り返しのお電話は{PHONEJ}までお願い申し上げます',
  'ディスコは{DCJ}で入ってます、夜は大体自習VCにいます',
  '【至急】アカウントが乗っ取られました！私から変なメッセージが来ても開かないでください。しばらくは{EMAILJ}に連絡ください',
  'うちの子はまだスマホを持っていないので、連絡は父親の私の{PHONEJ}までお願いします',
  'サポートから復旧用アドレスで返信してと言われたので：{EMAILJ}\n乗っ取られた方は{EMAILJ}です',
  '木曜クラスのいつきです。ディスコードのユーザー名変わりました→{DCJ}',
  '妹の誕生日プレゼントにレッスン10回分を贈りたいです🎁\nお名前：つむぎ\nメール：{EMAILJ}\n電話：{PHONEJ}',
  'ギフトを受け取る側（{EMAILJ}）はアカウントなしでも予約できますか？',
  'プロフィールまとめはこちらです→{WEBJ} ブログもやってます{WEBJ}',
  'サイトのチャットがまた落ちたら微信で連絡ください：{WXJ}',
  '言語交換の相手を探してます！日本語教えるので韓国語教えてください😊 {KKU}：{IDJ}',
  '海外の口座なのでゆうちょじゃなくてIBANになります：{IBANJ}',
  'タンデムパートナー募集。ロシア語ネイティブの方、週2くらいで。{SKYPEU}は{SKJ}です',
  'WhatsAppはやってないです、インスタ（{IGJ}）かテレグラム（{TGJ}）ならあります',
  '今夜台風直撃で停電するかもしれません。途中で落ちたら{PMSGU}で連絡ください、番号は{PHAPPJ}',
  '大雪でネットが死にました❄️ テザリングも弱いので、とりあえず{PHONEJ}に電話ください。会話練習だけでも',
  '保護者グループ用にラインIDお伝えします、{IDJ}です（ハルの母）',
  'プログラミングの授業用のサーバー立てました。IPは{IPJ}、ユーザー名はstudentです。鍵は別で送ります',
  'sshがタイムアウトします。{IPJ}にはpingが通るんですが{IPJ}は通りません、ファイアウォールですかね？',
  'FBは{FBJ}ですがほとんど見てないので、スカイプ{SKJ}の方が早いです',
  'ピアノのレッスン、今日は地下の練習室です。インターホン壊れてるので着いたら{PHONEJ}に鳴らしてください🎹',
  'はじめまして、{FLIGHTU}で到着する留学生のホストファミリーです。到着ロビーで名前の紙を持って待ってます。ホストマザーの携帯：{PHONEJ}',
  'ＬＩＮＥ→{IDJ}\nインスタ→{IGJ}\nどっちでも大丈夫です',
  '空港のお迎え確定しました✈️ ドライバーは鈴木さん、{PHONEJ}です。遅延したら{PMSGU}で本人に連絡してください',
  '在留カードの更新でマイナンバーを書く欄があるんですが、これで合ってますか？{MYNJ}',
  '市役所の書類、個人番号の欄に「{MYNJ}」って書いたんですけど、ハイフンいらないですよね？',
  'ドイツの祖父が授業料を払ってくれるそうです。カードが使えないので振込にしたいとのことで、IBANを聞かれました：{IBANJ}',
  '半年分まとめて払います。カード番号は{CARDJ}、有効期限は09/28です',
  'スピーチコンテスト申込🎤\n・氏名：上田はる\n・学校HP：{WEBJ}\n・連絡先：{EMAILJ}\n・テーマ：環境',
  '塾の掲示板に貼ってあったチラシ写しました\n「英検対策・全級対応📐 初回無料 ☎{PHONEJ} ✉{EMAILJ}」',
  '数学オリンピックのチーム、あと1人足りません！締切は金曜、フォームは{WEBJ}にあります',
  '【募集】英作文の添削アルバイト、週5時間・在宅OK。履歴書は{EMAILJ}へ、または{DCU}で{DCJ}まで',
  'レッスンで使ってたペンタブとUSBマイク売ります（美品）{PRICEU}。{PMSGU}：{PHAPPJ}',
  '1月から大学の近くでルームシェアできる人いませんか？2LDK、静か、ペットなし🏠 インスタ{IGJ}までDMください',
  '14日の試験会場まで相乗りしませんか？3席空いてます。7時ちょうど出発、{PHONEJ}にショートメールください',
  '日本語学習のポッドキャストを始めました🎧 ゲスト出演してくれる方は{EMAILJ}まで！',
  '学校のWi-Fiだと教室サイトが開けません。情報の先生に{WEBJ}と{IPJ}を許可してもらうよう頼みました',
  '今日の録画はこちら：{WEBJ}（1週間で消えます）\nスライドは{WEBJ}',
  '耳が聞こえないので電話は難しいです🙏 連絡はSMSで{PHONEJ}、または{TGU}の{TGJ}でお願いします',
  '**グループ課題の連絡先**\n・いつき：{EMAILJ}\n・ゆづき：{PHONEJ}\n・みなと：{DCU} {DCJ}',
  '> 番号教えてもらえますか？\nはい、{PHONEJ}です。{TIMEU}以降なら出られます',
  '> どっちのスカイプを追加すればいい？\n{SKJ}の方です。もう一つは仕事用なので',
  '最後のレッスンでした🥲 本当にありがとうございました！福岡に来ることがあれば{PHONEJ}に連絡ください',
  'このリンク本物ですか？{WEBJ} 新しいログインページだって送られてきたんですけど🤨',
  '交流会でいただいた名刺、打ち込んでおきます\n木村 奏音｜英会話講師\nTEL {PHONEJ}\nMAIL {EMAILJ}\nWEB {WEBJ}',
  '一年ぶりです！戻ってきました🙌 番号変わって{PHONEJ}です、メールは前のままです',
  '夏期集中講座（3週間・少人数）☀️ 詳細と申込は{WEBJ}、質問は{EMAILJ}まで',
  '保護者の皆さま、修学旅行の積立金を集めています。お一人{PRICEU}、振込先IBAN：{IBANJ}（名義はお子さまのお名前で）',
  '林先生の出産祝い🍼 有志で集めてます、{FBU}でまとめてるので{FBJ}に連絡ください',
  '土曜の難民支援日本語教室でボランティア講師を募集中です。担当：池田 {PHONEJ} / {EMAILJ}',
  '父の代わりに送ります。「請求書の件で{PHONEJ}までお電話ください、18時以降なら出られます」とのことです',
  '翻訳の仕事（12ページ、英→日）まだ募集してます。サンプルは{EMAILJ}か、WeChat {WXJ}まで',
  'プロバイダに聞いたらグローバルIPは{IPJ}で、毎日変わるらしいです。だから教室から落とされるんですかね',
  'アドバイスありがとうございました！カフェ開くので{IGU}見てください☕ {IGJ}',
  'クラスの{DCU}サーバーはこちら→{CHATJ} {DATEU}までに一言どうぞ',
  '宿題で自分の電話番号を英語で言う練習をしました😅 ゼロ…じゃなくて{PHONEJ}です、発音どうでしたか？',
  '機種変したので{LINEU}作り直しました！ID：{IDJ}（前のアカウントは消えました）',
  '返金はこちらのカードにお願いします：{CARDJ}（前の{CARDJ}は解約済みです）',
  'オープンチャット作りました、よかったらどうぞ {CHATJ}',
  'LINEのIDは電話番号で検索できるようにしてあります。{PHONEJ}で出てきます',
  '年賀状の住所録みたいにまとめました🎍\n吉田先生 {PHONEJ}\n英語教室 {WEBJ}\n教室のメール {EMAILJ}',
  '番号そのまま書くと消されるので分けて書きます {PHONEJ}',
];

const JA9_NEG: string[] = [
  'スマホ水没しました🙃 修理は{DATEU}まで、見積もり{PRICEU}でした…返信遅れます',
  '機種変したら{LINEU}のトーク履歴が消えました。宿題はこっちに送り直してもらえますか',
  'リスボンは{TZU}なので、いつもの{TIMEU}のレッスンはこっちの{TIMEU}になります',
  '便は{FLIGHTU}、座席{SEATU}、{TIMEU}着です。レッスン{LESSONU}を一日ずらせますか',
  '{DATEU}から{DATEU}まで産休です。残り{COUNTU}回分はそのまま有効、予約し直し不要です',
  'ゼロから始める英会話、第{COUNTU}回は{DATEU}です。アットホームな雰囲気なので気軽にどうぞ',
  '引き継ぎメモ：Bクラスはユニット{COUNTU}まで、{RANGEU}ページ、平均点{SCOREU}',
  'パスワードを{COUNTU}回間違えてロックされました😩 問い合わせ番号{ORDERU}、{COUNTU}時間かかるそうです',
  'ディスコの「自習室」サーバー、#宿題-{COUNTU}チャンネルです。ロールは管理人さんに',
  'ギフトコード{KEYU}が使えません。{DATEU}で期限切れと表示されます。{PRICEU}で買ったのに',
  '台風のため{DATEU}は休講、振替はレッスン{LESSONU}、{DATEU}の{TIMEU}からです',
  '九九の七の段、しちしちしじゅうく まで言えました！次は{DATEU}',
  'ルーターのファームウェアは{VERU}、速度は下り{COUNTU}Mbpsでした',
  'プログラミングの授業までに{TECHU}と{TECHU}を入れて、{PATHU}を開いておいてください',
  'コミット{HASHU}でビルドが壊れました😭 {TECHU}の{PAGEU}行目です',
  '見出しは{HEXU}、背景は{HEXU}、スライドは{RATIOU}でお願いします',
  'ピアノ：{RANGEU}小節、テンポ{COUNTU}、まず左手だけ。録音は{FILEU}です',
  'ドット絵の課題、{RATIOU}で{COUNTU}×{COUNTU}マスにしてください',
  'テレグラムの単語カードbotがバージョン{VERU}で止まってます、エラー{COUNTU}って出ます',
  'ホストファミリーより：空港から{BUSU}番のバスで{DURU}、最寄りは〒付きの住所で送ります（{ZIPU}）',
  '入管の整理券は{LESSONU}番、予約は{DATEU} {TIMEU}、写真は{COUNTU}枚必要です',
  '今日のレートは{RATEU}なので、{PRICEU}だと大体{PRICEU}くらいです',
  '数オリ第4問：{MATHU}。答え{DECIMAL}になったけど解答は{DECIMAL}でした',
  '三者面談は{DATEU} {TIMEU}から、{ROOMU}教室です',
  '使ってたタブレット売ります。型番{MODEL}、箱のJANコード{BARCU}、{PRICEU}',
  '教材の荷物、追跡番号{TRACKU}、{DATEU}配達予定です',
  'ルームシェア：家賃{PRICEU}、光熱費だいたい{PRICEU}、大学まで徒歩{COUNTU}分',
  'ラインのグループ間違えて写真送っちゃった、{COUNTU}人いるやつ💀',
  'ポッドキャスト第{COUNTU}回は{DURU}、{FILEU}でアップしました',
  '学生証の番号はチャットに書かないよう言われたので、{DATEU}に直接見せます',
  '録画の目次：{DURU} 導入、{DURU} 文法、{DURU} 質疑応答',
  '{MENTU} {MENTU} {DATEU}のスライドは共有フォルダの{FILEU}です',
  '{MENTU}さんありがとう！{IDIOMU}にならないように{DATEU}からまた頑張ります',
  '昨日の試合{SPORTU}でした😭 それはさておき宿題は{PAGEU}ページの{RANGEU}番です',
  '今朝{TEMPU}あったので{TIMEU}のレッスンはお休みします、すみません！{DATEU}には戻ります',
  'LINEもインスタもやってますが、レッスンの連絡はここでお願いします（記録が残るので）',
  '> 模試何点だった？\n総合{SCOREU}、リスニング{SCOREU}、リーディング{SCOREU}',
  'スカイプは{YEARU}年にサービス終了したらしいですよ',
  '**今週の予定**\n・月：ユニット{COUNTU}\n・水：小テスト（成績の{PCTU}）\n・金：作文締切{TIMEU}',
  '覚えておく略語：{ABBRU}、{ABBRU}、{ABBRU}。長文によく出ます',
  '最後のレッスンでした🥲 {YEARU}年から{COUNTU}回、評価{STARSU}。よく頑張りました！',
  '{MSGU}も{PMSGU}も親にダメと言われてるので、このチャットだけでお願いします',
  '{FBU}のグループは遠慮します、{YEARU}年に退会したので😅 ここでやりましょう',
  '夏期講習：{DATEU}〜{DATEU}、合計{COUNTU}時間、早割{PRICEU}（{DATEU}まで）',
  '注文{ORDERU}：ヘッドセット×1、ウェブカメラ×1、合計{PRICEU}、{DATEU}着',
  'インスタのストーリーで見ました！{DATEU}の発表会すごかったです',
  'アプリが{VERU}に更新されてマイクの許可がまた必要になりました。設定→プライバシー',
  '修学旅行：一人{PRICEU}、現在{COUNTU}名、{DATEU} {TIMEU}にバス出発',
  '今日の単語：「{WORDU}」で文を{COUNTU}つ作ってみてください',
  '面接練習：一問{DURU}以内、STAR法で、リストから{COUNTU}問',
  '電話番号の言い方の練習：「ゼロ」と「れい」、どっちも使います。{IDIOMU}みたいな四字熟語は数字の読み方が違うので注意',
  '{DATEU}（{TIMEU}〜）の体験会、定員{COUNTU}名、会場は{ROOMU}です',
  'レッスン料は{PRICEU}、テキスト代{PRICEU}、合計で{PRICEU}になります',
  'ISBN {ISBN}の問題集、{PAGEU}ページから{PAGEU}ページまでやってきてください',
  '新幹線{SEATU}に乗ってます、{TIMEU}着なので{TIMEU}から入れます',
  'Zoomの画面比率を{RATIOU}にしたら黒い帯が消えました、ブラウザは{VERU}です',
];

// ---- Korean ------------------------------------------------------------------------------------

const KO9_POS: string[] = [
  '폰 물에 빠뜨렸어요ㅠㅠ 새 폰 올 때까지 엄마 번호로 연락 주세요 → {PHONEJ}',
  '지하철에서 폰 도난당해서 번호 바꿨습니다. 새 번호 {PHONEJ} 예전 번호는 해지했어요',
  '카톡 오픈채팅 링크 드릴게요 {CHATJ}',
  '카톡 아디 {IDJ}입니다 친추 부탁드려요🙏',
  '다음 주부터 리스본 출장이라 한국 번호가 안 돼요. 현지 번호는 {PHONEJ}입니다 (시차 {TZU})',
  '도쿄 도착했어요~ 이번 주는 현지 유심이라 {PHONEJ}이나 {LINEU} {IDJ}로 연락 주세요',
  '라인 하시면 {IDJ}로 추가해 주세요!',
  '선생님 카톡 친추했어요! 프사 강아지예요🐶 아이디 {IDJ}',
  '학생 여러분께. 출산휴가로 이번 달까지만 이 사이트에서 수업합니다. 앞으로 연락은 {EMAILJ}로 부탁드려요',
  '화요일 반은 동료 선생님께 넘겨요. {TGU} 아이디 {TGJ}이고 교재 스캔본은 이미 전달했어요',
  '네이버 메일로 보내 주세요~ {EMAILJ}',
  '디코 닉 {DCJ}이에요, 밤에는 거의 스터디 음성방에 있어요',
  '[긴급] 계정 해킹당했어요!! 제 이름으로 이상한 메시지 오면 절대 누르지 마세요. 당분간 연락은 {EMAILJ}로',
  '원장님이 국내 계좌 말고 IBAN만 있다고 하셔서요: {IBANJ}',
  '고객센터에서 복구용 메일로 답장하라고 해서요: {EMAILJ}\n해킹당한 건 {EMAILJ}예요',
  '목요일 반 건우예요. 디스코드 사용자명 바꿨어요 → {DCJ}',
  '카드 3개월 할부로 결제할게요 {CARDJ}',
  '동생 생일 선물로 수업 10회권 사주고 싶어요🎁\n이름: 나연\n메일: {EMAILJ}\n연락처: {PHONEJ}',
  '선물 받는 사람({EMAILJ})은 회원가입 안 해도 예약 가능한가요?',
  '어머니 번호는 {PHONEJ}, 아버지는 {PHONEJ}입니다. 급하면 아무나 연락 주세요',
  '사이트 채팅 또 안 되면 위챗으로 연락 주세요: {WXJ}',
  '언어교환 하실 분! 한국어 알려드릴게요, 일본어 알려주세요😊 {KKU} {IDJ}',
  '학원 등록할 때 학생 주민번호 뒷자리까지 필요하대서 적어요 {RRNJ}',
  '러시아어 원어민 탠덤 파트너 구해요, 주 2회 정도. {SKYPEU}: {SKJ}',
  '왓츠앱은 안 하고요, 인스타({IGJ})나 텔레({TGJ})는 있어요',
  '오늘 밤 태풍 때문에 정전될 수도 있대요. 수업 중에 끊기면 {PMSGU}로 연락 주세요 {PHAPPJ}',
  '폭설 때문에 인터넷이 안 돼요❄️ 핫스팟도 약해서 일단 {PHONEJ}로 전화 주세요, 회화만이라도 해요',
  '학부모 단톡 초대용으로 제 카톡 아이디 남겨요 {IDJ} (보라 엄마)',
  '코딩 수업용 서버 열었어요. IP는 {IPJ}, 아이디는 student. 키는 따로 보낼게요',
  'ssh가 자꾸 타임아웃 나요. {IPJ}는 핑 되는데 {IPJ}는 안 돼요, 방화벽 문제일까요?',
  '페북은 {FBJ}인데 거의 안 들어가서 스카이프 {SKJ}가 빨라요',
  '오늘 피아노 레슨은 지하 연습실이에요. 벨이 고장 나서 도착하면 {PHONEJ}로 전화 주세요🎹',
  '안녕하세요, {FLIGHTU}로 오는 유학생 홈스테이 가족입니다. 입국장에서 이름 적은 종이 들고 있을게요. 호스트맘 번호: {PHONEJ}',
  '카톡 ㄴㄴ 텔레그램으로 주세요 {TGJ}',
  '공항 픽업 확정됐습니다✈️ 기사님 연락처 {PHONEJ}, 비행기 지연되면 {PMSGU}로 직접 연락하세요',
  '비자 연장 서류에 주민등록번호 쓰는 칸이 있는데 이렇게 쓰면 되나요? {RRNJ}',
  '학원 등록 신청서 보냅니다. 학생 이름 김가은, 주민번호 {RRNJ}, 보호자 연락처 {PHONEJ}',
  '일본 유학 서류에 마이넘버를 적으래요: {MYNJ}',
  '독일에 계신 할아버지가 수업료 내주신대요. 카드가 안 돼서 송금하신다고 IBAN 달래요: {IBANJ}',
  '한 학기 치 한 번에 결제할게요. 카드번호 {CARDJ} 유효기간 09/28이요',
  '도서관 게시판에 붙어 있던 전단지 옮겨요\n"수능 영어 1:1 과외📐 첫 수업 무료 ☎{PHONEJ} ✉{EMAILJ}"',
  '말하기 대회 신청🎤\n- 이름: 한보라\n- 학교 홈페이지: {WEBJ}\n- 연락처: {EMAILJ}\n- 주제: 환경',
  '수학 올림피아드 팀에 한 명 더 필요해요! 금요일 마감, 신청서는 {WEBJ}',
  '[구인] 영어 에세이 첨삭 알바, 주 5시간 재택. 이력서는 {EMAILJ}로 보내거나 {DCU} {DCJ}로 연락 주세요',
  '수업 때 쓰던 태블릿이랑 USB 마이크 팝니다 (상태 좋음) {PRICEU}. {PMSGU} {PHAPPJ}',
  '1월부터 학교 근처에서 같이 살 룸메 구해요! 투룸, 조용하고 반려동물 없음🏠 인스타 {IGJ} 디엠 주세요',
  '14일 시험장까지 카풀하실 분? 3자리 있어요. 7시 정각 출발, {PHONEJ}로 문자 주세요',
  '학교 와이파이에서 강의실 사이트가 막혀요. 전산실에 {WEBJ}랑 {IPJ} 허용해 달라고 했어요',
  '일본어 공부 팟캐스트 시작했어요🎧 게스트로 나와 주실 분은 {EMAILJ}로!',
  '오늘 녹화본 여기요: {WEBJ} (일주일 후 삭제)\n슬라이드는 {WEBJ}',
  '청각장애가 있어서 통화는 어려워요🙏 문자로 {PHONEJ}, 아니면 {TGU} {TGJ}로 연락 주세요',
  '**조별과제 연락처**\n• 은우: {EMAILJ}\n• 소연: {PHONEJ}\n• 건우: {DCU} {DCJ}',
  '> 번호 알려주실 수 있어요?\n네 {PHONEJ}이에요. {TIMEU} 이후엔 받을 수 있어요',
  '> 스카이프 어떤 걸로 추가해요?\n{SKJ} 이거요. 다른 건 회사 계정이라서요',
  '이 링크 진짜예요? {WEBJ} 새 로그인 페이지라고 문자 왔는데 좀 수상해요🤨',
  '마지막 수업이었어요🥲 정말 감사했습니다! 부산 오시면 {PHONEJ}로 연락 주세요',
  '박람회에서 받은 명함 옮겨 적어요\n문소희 | 영어회화 강사\nT. {PHONEJ}\nE. {EMAILJ}\nW. {WEBJ}',
  '선생님 안녕하세요. 저의 전화의 번호는 {PHONEJ} 입니다. 다음주 수업 때문에 연락 부탁합니다.',
  '1년 만이에요!! 다시 왔어요🙌 번호 바뀌어서 {PHONEJ}, 메일은 그대로예요',
  '여름 집중반 (3주, 소수정예)☀️ 자세한 내용과 신청은 {WEBJ}, 문의는 {EMAILJ}',
  '학부모님들, 수학여행 회비 걷습니다. 1인 {PRICEU}, 입금 IBAN {IBANJ} (입금자명은 아이 이름으로)',
  '아빠 대신 보내요. "청구서 건으로 {PHONEJ}로 전화 주세요, 6시 이후 가능" 이라고 하세요',
  '류 선생님 출산 선물🍼 모으고 있어요, {FBU} {FBJ}로 연락 주세요',
  '토요일 다문화 한국어 교실 봉사 선생님 모집해요. 담당 배지현 {PHONEJ} / {EMAILJ}',
  '번역 알바(12페이지, 영→한) 아직 구해요. 샘플은 {EMAILJ} 아니면 위챗 {WXJ}',
  '통신사에 물어보니까 제 공인 IP가 {IPJ}인데 매일 바뀐대요. 그래서 강의실에서 튕기는 걸까요',
  '조언 감사해요! 카페 오픈해서 {IGU}도 봐주세요☕ {IGJ}',
  '우리 반 디스코드 서버 여기예요 → {CHATJ} {DATEU}까지 들어와 주세요',
  '환불은 이 카드로 해주세요: {CARDJ} (예전 {CARDJ}는 해지했어요)',
  '숙제로 제 번호를 영어로 읽는 연습 했어요😅 {PHONEJ} 억양 괜찮았나요?',
  '폰 바꿔서 {KKU} 새로 팠어요!! 아이디 {IDJ} (예전 계정 날아감)',
  '오픈채팅방 만들었어요 들어오실 분 {CHATJ}',
  '어머님, 상담 예약은 원장님 직통 {PHONEJ}로 하시면 되고 자료는 {EMAILJ}로 보내드릴게요',
  '번호 쓰면 가려져서 띄어서 써요 {PHONEJ}',
];

const KO9_NEG: string[] = [
  '폰 물에 빠뜨렸어요🙃 수리는 {DATEU}까지, 견적 {PRICEU} 나왔어요… 답장 늦어요',
  '폰 바꾸면서 {KKU} 대화 내용 다 날아갔어요. 숙제는 여기로 다시 보내주실래요?',
  '리스본은 {TZU}라서 평소 {TIMEU} 수업은 여기 시간으로 {TIMEU}이에요',
  '항공편 {FLIGHTU}, 좌석 {SEATU}, {TIMEU} 도착이에요. {LESSONU} 수업 하루 미룰 수 있을까요',
  '{DATEU}부터 {DATEU}까지 출산휴가예요. 남은 {COUNTU}회는 그대로 유효해요',
  '구구단 7단 다 외웠어요! 칠칠은 사십구 🎉 다음 수업 {DATEU}',
  '인수인계: B반 {COUNTU}단원까지, {RANGEU}쪽, 평균 {SCOREU}점',
  '비밀번호 {COUNTU}번 틀려서 잠겼어요😩 문의번호 {ORDERU}, {COUNTU}시간 걸린대요',
  '디코 "자습실" 서버 #숙제-{COUNTU} 채널이에요, 역할은 관리자한테 받으세요',
  '기프트 코드 {KEYU}가 안 돼요. {DATEU}에 만료됐다고 떠요. {PRICEU} 주고 샀는데',
  '태풍으로 {DATEU} 휴강, 보강은 {LESSONU} 수업 {DATEU} {TIMEU}',
  '점심 먹고 {TIMEU}에 봬요. 오늘 골뱅이무침 먹었어요ㅋㅋ',
  '공유기 펌웨어 {VERU}, 속도 다운로드 {COUNTU}Mbps 나와요',
  '코딩 수업 전에 {TECHU}랑 {TECHU} 설치하고 {PATHU} 열어두세요',
  '커밋 {HASHU}에서 빌드 깨졌어요😭 {TECHU} {PAGEU}번째 줄',
  '제목은 {HEXU}, 배경은 {HEXU}, 슬라이드 비율은 {RATIOU}로 해주세요',
  '피아노: {RANGEU}마디, 템포 {COUNTU}, 왼손만 먼저. 녹음 파일은 {FILEU}',
  '일, 이, 삼 하면 다 같이 시작! 리듬 연습 {COUNTU}번 반복',
  '텔레그램 단어장 봇이 {VERU} 버전에서 멈췄어요, 에러 {COUNTU} 뜸',
  '홈스테이: 공항에서 {BUSU}번 버스로 {DURU}, 우편번호는 {ZIPU}',
  '출입국 대기번호 {LESSONU}번, 예약 {DATEU} {TIMEU}, 사진 {COUNTU}장 필요',
  '오늘 환율 {RATEU}이라 {PRICEU}면 대략 {PRICEU}',
  '올림피아드 4번: {MATHU}. 답이 {DECIMAL} 나왔는데 해설은 {DECIMAL}',
  '영점 오 차이로 {SCOREU} 못 넘었어요ㅠ 다음 시험 {DATEU}',
  '쓰던 태블릿 팔아요. 모델 {MODEL}, 박스 바코드 {BARCU}, {PRICEU}',
  '교재 택배 송장번호 {TRACKU}, {DATEU} 도착 예정',
  '룸메 구함: 월세 {PRICEU}, 관리비 {PRICEU} 정도, 학교까지 걸어서 {COUNTU}분',
  '단톡방 잘못 들어가서 사진 보냄… {COUNTU}명 있는 방💀',
  '팟캐스트 {COUNTU}화는 {DURU}, {FILEU}로 올렸어요',
  '학생증 번호는 채팅에 쓰지 말라고 해서 {DATEU}에 직접 보여드릴게요',
  '녹화 목차: {DURU} 도입, {DURU} 문법, {DURU} 질의응답',
  '{MENTU} {MENTU} {DATEU} 슬라이드 공유폴더에 {FILEU}로 올려놨어',
  '{MENTU} 고마워! {IDIOMU} 안 되게 {DATEU}부터 다시 할게',
  '어제 경기 {SPORTU}ㅠㅠ 암튼 숙제는 {PAGEU}쪽 {RANGEU}번',
  '아침에 열이 {TEMPU}라서 {TIMEU} 수업 쉴게요 죄송해요! {DATEU}에 복귀해요',
  '카톡이랑 인스타 다 하는데 수업 얘기는 여기서 해요 (기록 남아야 해서)',
  '> 모의고사 몇 점이야?\n총점 {SCOREU}, LC {SCOREU}, RC {SCOREU}',
  '스카이프 {YEARU}년에 서비스 종료했대요',
  '**이번 주 일정**\n• 월: {COUNTU}단원\n• 수: 쪽지시험 (성적의 {PCTU})\n• 금: 에세이 마감 {TIMEU}',
  '외울 약어: {ABBRU}, {ABBRU}, {ABBRU} 독해에 자주 나와요',
  '마지막 수업🥲 {YEARU}년부터 {COUNTU}회, 평점 {STARSU}. 수고 많았어요!',
  '{MSGU}도 {PMSGU}도 부모님이 안 된다고 하셔서 여기 채팅으로만 부탁드려요',
  '{FBU} 그룹은 괜찮아요, {YEARU}년에 탈퇴해서요😅 여기서 해요',
  '여름 특강: {DATEU}~{DATEU}, 총 {COUNTU}시간, 얼리버드 {PRICEU} ({DATEU}까지)',
  '주문 {ORDERU}: 헤드셋 1, 웹캠 1, 합계 {PRICEU}, {DATEU} 도착',
  '인스타 스토리 봤어요! {DATEU} 발표회 대박이었어요',
  '앱이 {VERU}로 업데이트되면서 마이크 권한 다시 필요해요. 설정 > 개인정보',
  '수학여행: 1인 {PRICEU}, 현재 {COUNTU}명, {DATEU} {TIMEU} 버스 출발',
  '오늘의 단어: "{WORDU}" 로 문장 {COUNTU}개 만들어 보세요',
  '면접 연습: 한 문제 {DURU} 안에, STAR 방식으로, 리스트에서 {COUNTU}문제',
  '전화번호 읽을 때 0은 "공"이라고 읽어요. {IDIOMU} 같은 사자성어는 한자 숫자라서 헷갈리죠',
  '{DATEU} ({TIMEU}~) 체험 수업 정원 {COUNTU}명, 장소 {ROOMU}',
  '수업료 {PRICEU}, 교재비 {PRICEU}, 합계 {PRICEU}입니다',
  '골뱅이 모양 @는 이메일에 쓰는 기호예요. {MENTU}처럼 앞에 붙이면 멘션이고요',
  'KTX {SEATU} 타고 가는 중, {TIMEU} 도착이라 {TIMEU}부터 들어갈 수 있어요',
  '줌 화면 비율 {RATIOU}로 바꾸니까 검은 띠 없어졌어요, 브라우저 {VERU}',
];

// ---- Russian -----------------------------------------------------------------------------------

const RU9_POS: string[] = [
  'Утопила телефон в ванной 🙃 пока не придёт новый, пишите на мамин номер: {PHONEJ}',
  'У меня в метро украли телефон. Новая симка, новый номер → {PHONEJ}. Старый заблокирован, удалите его',
  'родители читают этот чат, так что лучше в тг 🤫 {TGJ}',
  'Я до 20-го в Лиссабоне, российский номер не ловит. Местный: {PHONEJ} (у меня сейчас {TZU})',
  'Ник в телеге такой же, как тут, только с подчёркиванием: {TGJ}',
  'Долетела! Эту неделю на корейской симке, звоните на {PHONEJ} или пишите в {TGPU}: {TGJ}',
  'Мой дискорд: {DCJ}, вечером обычно сижу в голосовом канале',
  'Дорогие ученики, это мой последний месяц на платформе перед декретом 👶 Кто хочет остаться на связи — {EMAILJ}',
  'Передаю вторничную группу коллеге, она чудесная. Её ник в {TGPU} {TGJ}, сканы рабочей тетради у неё уже есть',
  'Оплата на карту {CARDJ}, получатель Наталья И.',
  'Это Егор из четверговой группы. Сменил ник в дс, теперь {DCJ}',
  'СРОЧНО взломали аккаунт, сменили пароль. Если от меня придут странные сообщения — не открывайте!! Пока пишите на {EMAILJ}',
  'Сайт тоже есть: {WEBJ}, но обновляю его редко',
  'Поддержка просит ответить с резервной почты, так что: {EMAILJ}. Взломанная была {EMAILJ}',
  'Если чат на сайте опять ляжет — добавляйтесь в WeChat: {WXJ}',
  'Я в вайбере по этому номеру: {PHAPPJ}, в телеге нет',
  'Хочу подарить сестре 10 уроков на день рождения 🎁\nИмя: Ева\nПочта: {EMAILJ}\nТелефон: {PHONEJ}',
  'Вопрос по подарочному сертификату: получатель ({EMAILJ}) может записаться без аккаунта?',
  'Почта рабочая, отвечаю в течение дня: {EMAILJ}\nЛичная: {EMAILJ}',
  'Ватсапа нет, есть инста ({IGJ}) и телеграм: {TGJ}',
  'Ищу партнёра для языкового обмена! Помогу с русским, а вы мне с японским 😊 {LINEU}: {IDJ}',
  'Ребята, кто потерял зарядку в 214-й, пишите в инсту {IGJ}',
  'Нужен тандем-партнёр, носитель английского, 2 раза в неделю. Добавляйтесь в {SKYPEPU}: {SKJ}',
  'Для родительского чата: мой ID в Лайне {IDJ} — мама Евы',
  'У нас сегодня ураган, может вырубить свет прямо на уроке. Если пропаду — пишите в {WAPU} на {PHAPPJ}',
  'Замело, интернет лёг ❄️ Раздача с телефона еле живая. Позвоните на {PHONEJ}, хоть поговорим',
  'В фб я {FBJ}, но захожу редко, в скайпе {SKJ} быстрее',
  'Для урока по программированию: сервер поднят на {IPJ}, логин student, ключ пришлю отдельно',
  'ssh отваливается по таймауту. {IPJ} пингуется, а {IPJ} нет — это файрвол режет?',
  'Какао: {IDJ}\nЛайн: {IDJ}\nгде удобнее',
  'Урок фортепиано переносится в класс в подвале. Домофон не работает, наберите {PHONEJ}, когда подойдёте 🎹',
  'Здравствуйте! Мы принимающая семья для вашей студентки, прилетает рейсом {FLIGHTU}. Будем в зоне прилёта с табличкой. Телефон хозяйки: {PHONEJ}',
  'Добавьте меня в инсте: {IGJ}, там все фото с урока',
  'Трансфер из аэропорта подтверждён ✈️ Водитель Степан, {PHONEJ}. Если рейс задержат, пишите ему в {PMSGU}',
  'Для японской визы просят My Number (マイナンバー) в анкете, такой формат подойдёт? {MYNJ}',
  'В корейской анкете на продление визы графа «주민등록번호» (номер регистрации резидента): {RRNJ}',
  'Дедушка из Германии хочет оплатить мои уроки. Карту платформа не принимает, он просит IBAN: {IBANJ}',
  'Оплачу сразу семестр. Номер карты {CARDJ}, срок 09/28',
  'Заявка на конкурс чтецов 🎤\n— ФИО: Филиппова Таисия\n— Сайт школы: {WEBJ}\n— Почта: {EMAILJ}\n— Тема: экология',
  'Переписала объявление с доски в библиотеке:\n«Математика ОГЭ/ЕГЭ 📐 первое занятие бесплатно ☎ {PHONEJ} ✉ {EMAILJ}»',
  'В олимпиадную команду нужен ещё один человек! Запись до пятницы, анкета тут: {WEBJ}',
  'Ищем проверяющего эссе, 5 ч в неделю, удалённо. Резюме на {EMAILJ} или пишите в {DCPU} {DCJ}',
  'Продаю графический планшет и USB-микрофон (для уроков, всё работает) за {PRICEU}. {PMSGU} {PHAPPJ}',
  'Ищу соседку в квартиру у универа с января, двушка, тихо, без животных 🏠 Инста {IGJ}, пишите в директ',
  'Кто едет на экзамен 14-го? Есть 3 места в машине, выезд ровно в 7. Пишите смс на {PHONEJ}',
  'Мы запускаем подкаст про изучение японского 🎧 Хотите в гости — {EMAILJ}',
  'Школьный вай-фай блокирует класс. Айтишник обещал открыть {WEBJ} и {IPJ}',
  'Запись сегодняшнего урока: {WEBJ} (удалится через неделю), слайды — {WEBJ}',
  'Я не слышу, поэтому звонки не подходят 🙏 Только сообщения: {PHONEJ} или {TGU} {TGJ}',
  '**Контакты по групповому проекту**\n• Ярослав — {EMAILJ}\n• Милана — {PHONEJ}\n• Егор — {DCU}: {DCJ}',
  '> а можно ваш номер?\nконечно, {PHONEJ}. после {TIMEU} свободна',
  '> какой скайп добавлять?\n{SKJ} — второй аккаунт рабочий',
  'Это был наш последний урок 🥲 спасибо за всё!! Будете в Питере — {PHONEJ}',
  'Это точно настоящая ссылка? {WEBJ} — прислали, мол, новая страница входа 🤨',
  'Перепечатала визитку с ярмарки:\nВарвара Зуева | преподаватель английского\nТел. {PHONEJ}\nE-mail {EMAILJ}\nСайт {WEBJ}',
  'Здравствуйте учитель. Мой номер телефона является {PHONEJ}. Пожалуйста свяжитесь для урок следующей недели.',
  'Год не заходила!! Я вернулась 🙌 номер новый {PHONEJ}, почта старая',
  'Летний интенсив, 3 недели, мини-группы ☀️ Подробности и запись: {WEBJ}, вопросы — {EMAILJ}',
  'Родители, собираю на выпускную поездку: {PRICEU} с ребёнка на {IBANJ} (в назначении имя ребёнка)',
  'Скидываемся на подарок Ксении Олеговне к рождению малыша 🍼 Я в {FBPU}, {FBJ}',
  'Пишу за папу, он плохо печатает: просит позвонить ему на {PHONEJ} насчёт счёта, после 18',
  'Нужны волонтёры-преподаватели на субботние занятия для беженцев. Координатор Богдан: {PHONEJ}, {EMAILJ}',
  'Перевод (12 страниц, яп→рус) ещё актуален, образцы на {EMAILJ} или в вичат {WXJ}',
  'провайдер сказал, что мой внешний IP {IPJ} и он каждый день меняется?? поэтому меня выкидывает из класса?',
  'Спасибо за советы! Кстати, я открываю кофейню ☕ Загляните в инсту: {IGJ}',
  'Дискорд нашей группы тут {CHATJ} — заходите до {DATEU}',
  'Для домашки тренировалась диктовать свой номер по-английски 😅 {PHONEJ}, интонация нормальная?',
  'Верните, пожалуйста, на эту карту: {CARDJ}. Старая ({CARDJ}) уже закрыта',
  'Сменила телефон, завела новый {LINEU}!! ID: {IDJ} (старый аккаунт слетел)',
  'Ссылка на чат группы в телеге: {CHATJ}',
  'Пишите в телегу, ник {TGJ}, сюда редко заглядываю',
  'Рекомендацию может подтвердить моя бывшая завуч: {PHONEJ}, {EMAILJ}',
  'Скину сюда, хотя тут банят за номера 🙄 ладно, вот: {PHONEJ}',
  'Номер пишу словами, а то модерация режет: {PHONEJ}',
];

const RU9_NEG: string[] = [
  'Утопила телефон 🙃 ремонт до {DATEU}, насчитали {PRICEU}, отвечать буду с задержкой',
  'После смены телефона пропала вся переписка в {TGPU}. Домашку пришлите сюда ещё раз, пожалуйста',
  'В Лиссабоне {TZU}, так что наш урок в {TIMEU} у меня будет в {TIMEU}',
  'Рейс {FLIGHTU}, место {SEATU}, прилёт в {TIMEU}. Можно перенести урок {LESSONU} на день?',
  'Декрет с {DATEU} по {DATEU}. Оставшиеся {COUNTU} уроков сохраняются, перезаписываться не нужно',
  'Таблица умножения на семь: семью восемь — пятьдесят шесть. Следующий урок {DATEU}',
  'Для передачи группы: группа Б прошла юнит {COUNTU}, страницы {RANGEU}, средний балл {SCOREU}',
  'Аккаунт заблокировали после {COUNTU} неверных паролей 😩 обращение {ORDERU}, обещают {COUNTU} часов',
  'Сервер в дискорде «Читалка», канал #домашка-{COUNTU}, роль выдают модеры',
  'Код сертификата {KEYU} не работает, пишет, что истёк {DATEU}. Отдала за него {PRICEU}',
  'Из-за урагана {DATEU} занятий нет, отработка — урок {LESSONU}, {DATEU} в {TIMEU}',
  'Ноль целых пять десятых балла не хватило до {SCOREU} 😭 пересдача {DATEU}',
  'Свет дали! Прошивка роутера {VERU}, скорость {COUNTU} Мбит/с',
  'К уроку программирования поставьте {TECHU} и {TECHU}, потом откройте {PATHU}',
  'коммит {HASHU} сломал сборку 😭 ошибка в {TECHU}, строка {PAGEU}',
  'Заголовки {HEXU}, фон {HEXU}, слайды в формате {RATIOU}',
  'Фортепиано: такты {RANGEU}, темп {COUNTU}, сначала левая рука. Запись — {FILEU}',
  'Собака съела домашку — классика 🐶 сдайте до {TIMEU}, пожалуйста',
  'Бот с карточками в телеге завис на версии {VERU}, пишет ошибку {COUNTU}',
  'Принимающая семья: из аэропорта автобус {BUSU}, ехать {DURU}, индекс {ZIPU}',
  'Талон в миграционке {LESSONU}, запись {DATEU} в {TIMEU}, нужно {COUNTU} фото',
  'Курс сегодня {RATEU}, значит {PRICEU} — это примерно {PRICEU}',
  'Олимпиада, задача 4: {MATHU}. У меня {DECIMAL}, а в ответах {DECIMAL}',
  'Точка невозврата в сюжете — глава {COUNTU}, стр. {PAGEU}',
  'Продаю старый планшет {MODEL}, штрихкод на коробке {BARCU}, {PRICEU}, торг',
  'Посылка с учебниками: трек {TRACKU}, доставка {DATEU}',
  'Ищу соседку: аренда {PRICEU} в месяц, коммуналка около {PRICEU}, до универа {COUNTU} минут пешком',
  'Отправила фото не в тот чат в вотсапе, где {COUNTU} человек 💀',
  'Подкаст, выпуск {COUNTU}: {DURU}, файл {FILEU}',
  'Номер зачётки в чат не пишите, покажете на занятии {DATEU}',
  'Таймкоды: {DURU} вступление, {DURU} грамматика, {DURU} вопросы',
  '{MENTU} {MENTU} слайды к {DATEU} в общей папке, {FILEU}',
  'спасибо {MENTU}! {IDIOMU} — попробую ещё раз {DATEU}',
  'Вчерашний матч {SPORTU} 😭 ладно, домашка — стр. {PAGEU}, номера {RANGEU}',
  'Утром было {TEMPU}, поэтому урок в {TIMEU} пропущу, извините! Вернусь {DATEU}',
  'Я есть и в телеге, и в вк, но про уроки давайте тут — всё сохраняется',
  '> сколько у меня за пробник?\nвсего {SCOREU}, аудирование {SCOREU}, чтение {SCOREU}',
  'Скайп закрыли ещё в {YEARU}, все ушли в Zoom',
  '**План на неделю**\n• Пн: юнит {COUNTU}\n• Ср: тест ({PCTU} оценки)\n• Пт: эссе до {TIMEU}',
  'Сокращения, которые надо знать: {ABBRU}, {ABBRU}, {ABBRU}',
  'Последний урок 🥲 с {YEARU} года {COUNTU} занятий, рейтинг {STARSU}. Горжусь!',
  'У меня нет ни {MSGU}, ни {PMSGU}, родители не разрешают, так что только этот чат',
  'В группу в {FBPU} не пойду, я удалилась в {YEARU} 😅 давайте здесь',
  'Летний интенсив: {DATEU}–{DATEU}, всего {COUNTU} часов, ранняя цена {PRICEU} до {DATEU}',
  'Заказ {ORDERU}: гарнитура ×1, веб-камера ×1, итого {PRICEU}, доставка {DATEU}',
  'Видела в инсте сторис с концерта {DATEU}, вы молодцы!',
  'Приложение обновилось до {VERU}, и снова нужен доступ к микрофону. Настройки › Конфиденциальность',
  'Поездка: {PRICEU} с ребёнка, пока {COUNTU} детей, автобус {DATEU} в {TIMEU}',
  'Слово дня: «{WORDU}» — составьте {COUNTU} предложения',
  'Собеседование: ответ за {DURU}, метод STAR, {COUNTU} вопросов из списка',
  'Чтобы продиктовать номер, говорим по две цифры: «девяносто один, двадцать три». А {IDIOMU} — это просто выражение',
  'Пробное занятие {DATEU} (с {TIMEU}), мест {COUNTU}, аудитория {ROOMU}',
  'Урок {PRICEU}, учебник {PRICEU}, итого {PRICEU}',
  'Собака по-английски dog, а значок @ в почте мы тоже называем собакой 🐶 Запомните {COUNTU} слов про животных',
  'Еду в «Сапсане», вагон {COUNTU}, место {COUNTU}, буду в {TIMEU}, подключусь в {TIMEU}',
  'Поменяла в Zoom соотношение на {RATIOU} — чёрные полосы пропали, браузер {VERU}',
];

// ---- Vietnamese --------------------------------------------------------------------------------

const VI9_POS: string[] = [
  'Em làm rơi điện thoại vào nước rồi 😭 trong lúc chờ máy mới cô liên lạc qua số mẹ em nhé: {PHONEJ}',
  'Hôm qua em bị móc mất điện thoại trên xe buýt. Sim mới, số mới → {PHONEJ}. Số cũ em khóa rồi ạ',
  'Zalo em không dùng, cô add Tele em nha {TGJ}',
  'Tuần sau anh đi công tác Lisbon nên số VN không dùng được. Số bên đó là {PHONEJ} (giờ bên đó {TZU})',
  'Zalo em cũng là số này luôn ạ: {PHAPPJ}',
  'Em tới Seoul rồi nha~ tuần này dùng sim Hàn, gọi {PHONEJ} hoặc nhắn {KKU} {IDJ}',
  'Discord của mình là {DCJ}, tối hay ngồi phòng voice học bài',
  'Cô ở Pháp nên không có STK Việt Nam, chuyển qua IBAN nha: {IBANJ}',
  'Các em thân mến, cô nghỉ sinh nên tháng này là tháng cuối cô dạy trên web. Có gì liên hệ cô qua {EMAILJ} nhé',
  'Lớp thứ Ba cô chuyển cho đồng nghiệp, cô ấy dễ thương lắm. {TGU} của cô ấy là {TGJ}, bản scan sách bài tập cô gửi rồi',
  'Web trung tâm {WEBJ} hoặc gọi hotline {PHONEJ}',
  'Phong lớp thứ Năm đây ạ. Em đổi tên Discord rồi → {DCJ}',
  '[GẤP] Tài khoản mình bị hack!! Ai nhận tin nhắn lạ từ mình thì đừng bấm vào link. Tạm thời liên lạc qua {EMAILJ}',
  'Cô ơi em gửi lại mail, lúc nãy gõ sai: {EMAILJ}',
  'Bộ phận hỗ trợ bảo trả lời bằng mail khôi phục nên em gửi từ đây: {EMAILJ}\nMail bị hack là {EMAILJ}',
  'Nếu chat trên web lại lỗi thì add WeChat em nha: {WXJ}',
  'Quét QR Zalo không được thì tìm số {PHAPPJ} nha',
  'Em muốn mua gói 10 buổi tặng sinh nhật em gái 🎁\nTên: Quỳnh\nEmail: {EMAILJ}\nSĐT: {PHONEJ}',
  'Người nhận quà ({EMAILJ}) có cần tạo tài khoản mới đặt lịch được không ạ?',
  'Số ba em {PHONEJ}, số mẹ {PHONEJ}, gấp thì gọi ai cũng được ạ',
  'Em không xài WhatsApp, có insta ({IGJ}) với Telegram {TGJ} thôi ạ',
  'Tìm bạn trao đổi ngôn ngữ nè! Mình dạy tiếng Việt, bạn dạy mình tiếng Nhật nha 😊 {LINEU}: {IDJ}',
  'add fb em đi cô ơi, tên fb là {FBJ} 🥰',
  'Cần tìm partner tandem người Nga, tuần 2 buổi. Add Skype mình nhé: {SKJ}',
  'Để vào nhóm phụ huynh, chị add Line em nha, ID {IDJ} (mẹ bé Nhi)',
  'Tối nay bão vào, có thể cúp điện giữa buổi. Nếu mất kết nối thì nhắn {ZLU} cho em số {PHAPPJ}',
  'Mưa ngập, mạng sập luôn rồi 😩 4G yếu quá, cô gọi {PHONEJ} mình luyện nói thôi cũng được ạ',
  'face em là {FBJ} mà ít vào lắm, Skype {SKJ} nhanh hơn',
  'Buổi học lập trình: server em dựng ở {IPJ}, user là student, key em gửi riêng',
  'ssh cứ bị timeout. {IPJ} ping được mà {IPJ} thì không, có phải do firewall không thầy?',
  'ib face mình nha {FBJ} 😘',
  'Buổi piano hôm nay học ở phòng tập dưới tầng hầm. Chuông hỏng nên tới nơi gọi {PHONEJ} nha 🎹',
  'Chào bạn, bên mình là gia đình homestay đón du học sinh bay chuyến {FLIGHTU}. Sẽ cầm bảng tên ở sảnh đến. SĐT host mom: {PHONEJ}',
  'KakaoTalk: {IDJ}\nLine: {IDJ}\ncô dùng cái nào cũng được ạ',
  'Đã xác nhận đón sân bay ✈️ Tài xế: anh Sơn {PHONEJ}. Nếu chuyến bay trễ thì nhắn {PMSGU} trực tiếp cho anh ấy',
  'Hồ sơ gia hạn visa Nhật có ô ghi My Number (マイナンバー), em ghi vầy đúng không ạ: {MYNJ}',
  'Giấy tờ bên Hàn hỏi số đăng ký cư trú (주민등록번호) của chồng em: {RRNJ}',
  'Ông em ở Đức muốn đóng học phí giúp em. Thẻ không thanh toán được nên ông chuyển khoản, ông hỏi IBAN: {IBANJ}',
  'Em đóng luôn cả học kỳ ạ. Số thẻ {CARDJ}, hạn 09/28',
  'Đăng ký thi hùng biện 🎤\n- Họ tên: Lương Nhi\n- Web trường: {WEBJ}\n- Liên hệ: {EMAILJ}\n- Chủ đề: môi trường',
  'Chép lại tờ rơi dán ở thư viện:\n"Luyện thi vào 10 môn Toán 📐 học thử miễn phí ☎ {PHONEJ} ✉ {EMAILJ}"',
  'Đội thi Olympic Toán còn thiếu 1 bạn! Hạn chót thứ Sáu, đăng ký tại {WEBJ}',
  'Tuyển CTV chấm bài luận tiếng Anh, 5 tiếng/tuần, làm online. Gửi CV về {EMAILJ} hoặc nhắn {DCU} {DCJ}',
  'Pass lại bảng vẽ + mic USB (dùng dạy online, còn mới) {PRICEU}. Zalo {PHAPPJ}',
  'Tìm bạn ở ghép gần trường từ tháng 1, phòng 2 ngủ, yên tĩnh, không nuôi thú 🏠 IG {IGJ} ib mình',
  'Ai đi thi ngày 14 đi chung xe không? Còn 3 chỗ, 7h đúng xuất phát, nhắn tin {PHONEJ}',
  'Bọn mình mới làm podcast học tiếng Nhật 🎧 Ai muốn làm khách mời thì mail {EMAILJ} nha',
  'Wifi trường chặn trang lớp học. Thầy phụ trách IT bảo sẽ mở {WEBJ} với {IPJ}',
  'Video buổi hôm nay đây: {WEBJ} (1 tuần sau tự xóa)\nSlide: {WEBJ}',
  'Em bị khiếm thính nên không nghe điện thoại được ạ 🙏 Nhắn tin {PHONEJ} hoặc {TGU} {TGJ} giúp em',
  '**Danh sách liên lạc nhóm**\n• Hiếu: {EMAILJ}\n• Oanh: {PHONEJ}\n• Phong: {DCU} {DCJ}',
  '> cho cô xin số được không?\nDạ {PHONEJ} ạ, sau {TIMEU} em nghe máy được',
  '> add skype nào hả em?\n{SKJ} ạ, cái kia là acc công ty',
  'Buổi cuối rồi 🥲 cảm ơn cô nhiều lắm!! Có dịp ra Hà Nội thì gọi em {PHONEJ} nha',
  'Link này thật không mọi người? {WEBJ} — có người nhắn bảo là trang đăng nhập mới 🤨',
  'Em gõ lại danh thiếp nhận ở hội chợ:\nTạ Uyên | Giáo viên tiếng Anh\nĐT: {PHONEJ}\nEmail: {EMAILJ}\nWeb: {WEBJ}',
  'Xin chào giáo viên. Số của điện thoại tôi là {PHONEJ}. Vui lòng liên hệ cho bài học của tuần tới. Cảm ơn.',
  'Một năm rồi mới quay lại nè 🙌 số mới {PHONEJ}, mail thì vẫn vậy',
  'Khóa hè cấp tốc 3 tuần, lớp nhỏ ☀️ Chi tiết và đăng ký: {WEBJ}, thắc mắc gửi {EMAILJ}',
  'Các phụ huynh ơi, thu tiền dã ngoại cuối năm: {PRICEU}/bé, chuyển vào IBAN {IBANJ} (ghi tên bé)',
  'Góp quà mừng cô Hạnh sinh em bé 🍼 mình gom trên {FBU}, nhắn {FBJ} nha',
  'Em nhắn giùm ba em: ba nhờ cô gọi {PHONEJ} về vụ hóa đơn, sau 6h chiều ạ',
  'Cần tình nguyện viên dạy lớp thứ Bảy cho trẻ em khó khăn. Điều phối: chị Giang {PHONEJ}, {EMAILJ}',
  'Job dịch (12 trang, Trung→Việt) vẫn đang tuyển, gửi bản dịch thử qua {EMAILJ} hoặc WeChat {WXJ}',
  'nhà mạng nói IP public của em là {IPJ} mà ngày nào cũng đổi?? bảo sao lớp cứ đá em ra',
  'Cảm ơn cô đã góp ý! Em sắp mở quán cà phê ☕ cô ghé {IGU} em nhé {IGJ}',
  'Server Discord của lớp đây {CHATJ} — vào trước {DATEU} nha',
  'Bài tập đọc số điện thoại bằng tiếng Anh, em đọc số của em luôn 😅 {PHONEJ}, ngữ điệu ổn không cô?',
  'Hoàn tiền vào thẻ này giúp em: {CARDJ}. Thẻ cũ ({CARDJ}) em hủy rồi',
  'Em đổi máy nên lập {LINEU} mới!! ID: {IDJ} (acc cũ mất rồi)',
  'Nhóm Zalo của lớp nè mọi người: {CHATJ}',
  'Kết bạn {FBU} với cô nha: {FBJ}',
  'Trường cũ có thể xác nhận em từng dạy ở đó, gọi cô hiệu phó {PHONEJ} hoặc mail {EMAILJ}',
  'Số em nè, viết tách ra kẻo bị chặn: {PHONEJ}',
];

const VI9_NEG: string[] = [
  'Em làm rơi điện thoại vào nước 🙃 tiệm sửa hẹn {DATEU}, báo giá {PRICEU}, em trả lời chậm ạ',
  'Đổi máy xong mất hết tin nhắn {ZLU} rồi, cô gửi lại bài tập ở đây giúp em nha',
  'Lisbon là {TZU} nên buổi {TIMEU} của mình sẽ là {TIMEU} giờ bên này',
  'Chuyến {FLIGHTU}, ghế {SEATU}, hạ cánh {TIMEU}. Dời buổi {LESSONU} sang hôm sau được không cô',
  'Cô nghỉ sinh từ {DATEU} đến {DATEU}. {COUNTU} buổi còn lại vẫn giữ nguyên, không cần đặt lại',
  'Bảng cửu chương 7 em thuộc rồi: bảy tám năm mươi sáu! Buổi sau {DATEU}',
  'Bàn giao: lớp B học tới unit {COUNTU}, trang {RANGEU}, điểm trung bình {SCOREU}',
  'Nhập sai mật khẩu {COUNTU} lần nên bị khóa 😩 mã hỗ trợ {ORDERU}, họ nói chờ {COUNTU} tiếng',
  'Server Discord tên "Phòng tự học", kênh #bai-tap-{COUNTU}, xin role ở admin',
  'Mã quà tặng {KEYU} không dùng được, báo hết hạn {DATEU}. Mua mất {PRICEU}',
  'Bão nên {DATEU} nghỉ học, học bù buổi {LESSONU} vào {DATEU} lúc {TIMEU}',
  'Chấm bài xong rồi nha, cả lớp trung bình {SCOREU}, cao nhất {SCOREU}',
  'Có điện lại rồi! Router firmware {VERU}, tốc độ {COUNTU} Mbps',
  'Trước buổi lập trình nhớ cài {TECHU} và {TECHU}, rồi mở {PATHU}',
  'commit {HASHU} làm build lỗi 😭 lỗi ở {TECHU} dòng {PAGEU}',
  'Tiêu đề dùng màu {HEXU}, nền {HEXU}, slide tỉ lệ {RATIOU}',
  'Piano: ô nhịp {RANGEU}, tempo {COUNTU}, tập tay trái trước. File ghi âm {FILEU}',
  'Thiếu không phẩy năm điểm nữa là đạt {SCOREU} 😭 thi lại {DATEU}',
  'Bot flashcard trên Tele đứng ở bản {VERU}, báo lỗi {COUNTU}',
  'Homestay: từ sân bay đi xe buýt {BUSU}, mất {DURU}, mã bưu chính {ZIPU}',
  'Số thứ tự ở phòng xuất nhập cảnh {LESSONU}, hẹn {DATEU} {TIMEU}, cần {COUNTU} ảnh thẻ',
  'Tỷ giá hôm nay {RATEU}, vậy {PRICEU} khoảng {PRICEU}',
  'Olympic bài 4: {MATHU}. Em ra {DECIMAL} mà đáp án {DECIMAL}',
  'Dấu a còng (@) đọc là "a còng", dấu chấm là "chấm" — bài phát âm số {COUNTU}',
  'Pass máy tính bảng {MODEL}, mã vạch trên hộp {BARCU}, giá {PRICEU}',
  'Đơn sách: mã vận đơn {TRACKU}, giao {DATEU}',
  'Tìm người ở ghép: tiền phòng {PRICEU}/tháng, điện nước tầm {PRICEU}, đi bộ {COUNTU} phút tới trường',
  'Em gửi nhầm ảnh vào nhóm Zalo {COUNTU} người 💀',
  'Podcast tập {COUNTU} dài {DURU}, file {FILEU}',
  'Mã số sinh viên đừng gửi trong chat nha, {DATEU} đưa thẻ cô xem trực tiếp',
  'Mốc thời gian: {DURU} mở đầu, {DURU} ngữ pháp, {DURU} hỏi đáp',
  '{MENTU} {MENTU} slide buổi {DATEU} để trong thư mục chung, tên {FILEU}',
  'cảm ơn {MENTU} nha! {IDIOMU} mà, {DATEU} mình thử lại',
  'Tối qua đá bóng {SPORTU} 😭 thôi kệ, bài tập trang {PAGEU} câu {RANGEU}',
  'Sáng nay em sốt {TEMPU} nên xin nghỉ buổi {TIMEU} ạ! {DATEU} em học lại',
  'Cô có Zalo với Facebook nhưng chuyện học thì nhắn ở đây nhé, để có lịch sử',
  '> thi thử được bao nhiêu?\ntổng {SCOREU}, nghe {SCOREU}, đọc {SCOREU}',
  'Skype đóng cửa từ {YEARU} rồi cô ơi, giờ ai cũng dùng Zoom',
  '**Kế hoạch tuần**\n• T2: unit {COUNTU}\n• T4: kiểm tra ({PCTU} điểm)\n• T6: nộp bài luận trước {TIMEU}',
  'Viết tắt cần nhớ: {ABBRU}, {ABBRU}, {ABBRU}',
  'Buổi cuối 🥲 từ năm {YEARU} tới giờ {COUNTU} buổi, đánh giá {STARSU}. Cô tự hào về em!',
  'Em không có {MSGU} với {PMSGU}, ba mẹ không cho, nên mình nhắn ở đây thôi nha cô',
  'Nhóm {FBU} thì thôi ạ, em xóa acc từ {YEARU} rồi 😅 mình học ở đây nhé',
  'Khóa hè: {DATEU}–{DATEU}, tổng {COUNTU} giờ, giá ưu đãi {PRICEU} tới {DATEU}',
  'Đơn {ORDERU}: tai nghe ×1, webcam ×1, tổng {PRICEU}, giao {DATEU}',
  'Em xem story insta buổi biểu diễn {DATEU} rồi, hay quá ạ!',
  'App lên bản {VERU} xong lại phải cấp quyền micro. Cài đặt › Quyền riêng tư',
  'Dã ngoại: {PRICEU}/bé, hiện có {COUNTU} bé, xe chạy {DATEU} lúc {TIMEU}',
  'Từ của ngày: "{WORDU}" — đặt {COUNTU} câu nhé',
  'Luyện phỏng vấn: trả lời trong {DURU}, theo STAR, {COUNTU} câu trong danh sách',
  'Khi đọc số điện thoại nhớ đọc "không" chứ không phải "linh" nha. Còn {IDIOMU} là thành ngữ thôi',
  'Học thử {DATEU} (từ {TIMEU}), {COUNTU} chỗ, phòng {ROOMU}',
  'Học phí {PRICEU}, tiền sách {PRICEU}, tổng cộng {PRICEU}',
  'Địa chỉ lớp: 12 Nguyễn Trãi, {ABBRU}, {ABBRU} — gần chợ, có chỗ gửi xe',
  'Em đang trên tàu SE{COUNTU}, toa {COUNTU} giường {COUNTU}, {TIMEU} tới nơi, {TIMEU} vào học được',
  'Đổi tỉ lệ Zoom sang {RATIOU} là hết viền đen, trình duyệt {VERU}',
];

export const BLIND9_POSITIVE: Record<Lang, string[]> = { en: EN9_POS, ja: JA9_POS, ko: KO9_POS, ru: RU9_POS, vi: VI9_POS };
export const BLIND9_NEGATIVE: Record<Lang, string[]> = { en: EN9_NEG, ja: JA9_NEG, ko: KO9_NEG, ru: RU9_NEG, vi: VI9_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p2 = (x: number) => String(x).padStart(2, '0');
const isCjk = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** One to three zero-width characters somewhere inside `s` (never at its edges). */
function zw9(r: Rng, s: string): string {
  const chars = [...s];
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

/** Full width for part of `s` only: the digits, or the marks, as a phone keyboard in Japanese mode leaves them. */
function halfFull9(r: Rng, s: string): string {
  const digits = r.chance(0.5);
  let o = '';
  for (const ch of s) o += (digits ? /[0-9]/.test(ch) : /[^0-9A-Za-z ]/.test(ch)) ? fullWidth(ch) : ch;
  return o === s ? fullWidth(s) : o;
}

const LOOK9: Record<string, string[]> = { a: ['а', 'α'], c: ['с', 'ϲ'], e: ['е'], i: ['і', 'ι'], o: ['о', 'ο'], p: ['р', 'ρ'], x: ['х'], y: ['у'], h: ['һ'], s: ['ѕ'], j: ['ј'] };
/** Cyrillic or Greek look-alikes for one to three Latin letters before index `stop`; null when none fits. */
function look9(r: Rng, s: string, stop = s.length): string | null {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = 0; i < Math.min(stop, chars.length); i++) if (LOOK9[chars[i]]) idx.push(i);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK9[chars[i]]) chars[i] = r.pick(LOOK9[chars[i]]);
  }
  return chars.join('');
}

// ---- names, handles, e-mails -------------------------------------------------------------------

const NAMES9: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['bridget', 'callum', 'delia', 'eamon', 'flora', 'gideon', 'hattie', 'ignatius', 'juno', 'lachlan', 'nell', 'otis'], f: ['abernathy', 'birch', 'crowther', 'dunmore', 'everly', 'fenwick', 'garside', 'hatherley', 'lockwood', 'moss'] },
  ja: { g: ['tsubasa', 'hinata', 'souma', 'kokona', 'itsuki', 'yuzuki', 'minato', 'sara', 'asahi', 'tsumugi', 'haru', 'kanon'], f: ['yoshida', 'yamaguchi', 'inoue', 'kimura', 'hayashi', 'shimizu', 'ikeda', 'hashimoto', 'nishimura', 'ueda'] },
  ko: { g: ['eunwoo', 'soyeon', 'geonwoo', 'dahye', 'yejun', 'nayeon', 'taemin', 'gaeun', 'woojin', 'sohee', 'jaehyun', 'bora'], f: ['seo', 'oh', 'han', 'moon', 'nam', 'ryu', 'jeon', 'son', 'bae', 'ko'] },
  ru: { g: ['yaroslav', 'milana', 'egor', 'varvara', 'matvey', 'sofia', 'bogdan', 'ulyana', 'stepan', 'eva', 'lev', 'taisia'], f: ['sobolev', 'kovaleva', 'medvedev', 'nikitina', 'tarasov', 'zhukova', 'baranov', 'filippova', 'komarov', 'davydova'] },
  vi: { g: ['hieu', 'oanh', 'phong', 'tam', 'quynh', 'son', 'giang', 'nhi', 'vinh', 'hanh', 'kien', 'uyen'], f: ['nguyen', 'tran', 'phan', 'vo', 'huynh', 'trinh', 'luong', 'ta', 'kieu', 'chu'] },
};

type IdStyle = 'plain' | 'tg' | 'skype' | 'discord' | 'wechat' | 'ig' | 'fb';
function handle9(r: Rng, lang: Lang, style: IdStyle = 'plain'): string {
  const g = r.pick(NAMES9[lang].g);
  const f = r.pick(NAMES9[lang].f);
  const word = r.pick(['sensei', 'teach', 'study', 'math', 'eng', 'piano', 'lang', 'class', 'edu', 'tutor']);
  switch (style) {
    case 'tg':
      return '@' + r.pick([`${g}_${f}`, `${g}${word}`, `${f}_${g}${r.int(1, 99)}`, `${word}_with_${g}`]);
    case 'skype':
      return r.pick([`live:.cid.${[...Array(16)].map(() => r.pick([...'0123456789abcdef'])).join('')}`, `live:${g}.${f}_${r.int(1, 9)}`, `${g}.${f}${r.int(1, 99)}`]);
    case 'discord':
      return r.pick([`${g}${word}`, `${g}_${f}.${r.int(1, 99)}`, `${word}${g}#${r.int(1000, 9999)}`]);
    case 'wechat':
      return r.pick([`wxid_${[...Array(14)].map(() => r.pick([...'0123456789abcdefghijklmnopqrstuvwxyz'])).join('')}`, `${g}_${f}${r.int(10, 99)}`, `${f}-${g}-${r.int(1, 999)}`]);
    case 'ig':
      return '@' + r.pick([`${g}.${f}`, `${g}_${word}`, `${word}.with.${g}`, `${g}${f}.${r.int(1, 99)}`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(1, 999)}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`]);
    default:
      return r.pick([`${g}_${f}`, `${g}.${word.replace(/^(edu|study)$/, 'eng')}`, `${f}${g}${r.int(1, 99)}`, `${g}-${word}${r.int(1, 99)}`, `${word}_${g}${r.int(80, 2010)}`, `${g}${f[0]}${r.int(1, 999)}`]);
  }
}

const MAILDOM9: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'icloud.com', 'protonmail.com', 'yahoo.com', 'btinternet.com', 'sky.com', 'hotmail.fr', 't-online.de', 'tutanota.com', 'me.com'],
  ja: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'au.com', 'i.softbank.jp', 'icloud.com', 'so-net.ne.jp', 'waseda.jp', 'hotmail.co.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'nate.com', 'kaist.ac.kr', 'yonsei.ac.kr', 'hotmail.com'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'bk.ru', 'list.ru', 'yandex.com', 'rambler.ru', 'hse.ru', 'internet.ru'],
  vi: ['gmail.com', 'yahoo.com', 'yahoo.com.vn', 'vnu.edu.vn', 'outlook.com.vn', 'icloud.com', 'fpt.com.vn'],
};
const AT9: Record<Lang, string[]> = {
  en: [' at ', ' (at) ', ' [at] ', '{at}', ' AT ', '<at>', ' @ ', '(at)'],
  ja: ['アットマーク', 'あっとまーく', ' アット ', '＠', '(アット)', '@マーク'],
  ko: ['골뱅이', ' 골뱅이 ', '앳', '(골뱅이)', ' at ', '＠'],
  ru: [' собака ', ' собачка ', '(собака)', ' [собака] ', ' эт ', '@'],
  vi: [' a còng ', ' a móc ', '(a còng)', ' acong ', ' @ ', '(@)'],
};
const DOT9: Record<Lang, string[]> = {
  en: [' dot ', ' (dot) ', '[dot]', ' DOT ', '{dot}', ' . '],
  ja: ['ドット', ' ドット ', 'どっと', '．', '(ドット)'],
  ko: ['점', ' 점 ', '닷', '쩜', '(점)', ' dot '],
  ru: [' точка ', '(точка)', ' тчк ', ' [точка] ', ' dot '],
  vi: [' chấm ', '(chấm)', ' cham ', ' dot ', '[chấm]'],
};

function email9(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const g = r.pick(NAMES9[lang].g);
  const f = r.pick(NAMES9[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${r.int(1, 99)}`, `${f}.${g[0]}`, `${g}_${f}${r.int(80, 2010)}`, `${g}.${r.pick(['work', 'study', 'lessons', 'jp', 'kr'])}`, `${f}${g}`]);
  const domain = r.pick(MAILDOM9[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.08) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr, obfuscated: false };
  switch (r.int(0, 9)) {
    case 0:
    case 1:
    case 2: {
      const dot = r.pick(DOT9[lang]);
      const loc = r.chance(0.25) ? local.split('.').join(dot) : local;
      return { text: `${loc}${r.pick(AT9[lang])}${domain.split('.').join(dot)}`, obfuscated: true, how: 'at-dot words' };
    }
    case 3:
      return { text: `${local}${r.pick(AT9[lang].filter((w) => w !== '@'))}${domain}`, obfuscated: true, how: 'at word' };
    case 4:
      return { text: r.chance(0.5) ? fullWidth(addr) : halfFull9(r, addr), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw9(r, addr), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look9(r, addr, addr.indexOf('@'));
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: fullWidth(addr), obfuscated: true, how: 'full-width' };
    }
    case 7:
      return { text: `${local} @ ${domain.split('.').join(' . ')}`, obfuscated: true, how: 'split by spaces' };
    case 8:
      return { text: `${local} @${domain}`.replace('@', r.pick(['@ ', '@'])), obfuscated: true, how: 'split by spaces' };
    default:
      return { text: `${local}${r.pick(AT9[lang])}${domain.split('.').join(r.pick(['．', '(.)', '[.]']))}`, obfuscated: true, how: 'at word, bracketed dot' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape9 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  /** how the national digits are grouped when written or read out */
  groups: number[];
}
const SHAPES9: Record<string, Shape9> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.digits(8), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+81-${d.slice(1, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => `+81 ${d.slice(1)}`], groups: [3, 4, 4] },
  JP_IP: { region: 'JP', national: (r) => '050' + r.int(1, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d], groups: [3, 4, 4] },
  JP_TOKYO: { region: 'JP', national: (r) => '03' + r.int(3, 6) + r.digits(7), formats: [(d) => `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, (d) => `(${d.slice(0, 2)})${d.slice(2, 6)}-${d.slice(6)}`, (d) => `+81 3 ${d.slice(2, 6)} ${d.slice(6)}`], groups: [2, 4, 4] },
  JP_FUKUOKA: { region: 'JP', national: (r) => '092' + r.int(2, 9) + r.digits(6), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+81 92-${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`, (d) => d, (d) => `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7)}`, (d) => `+82 10 ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+82-10-${d.slice(3, 7)}-${d.slice(7)}`], groups: [3, 4, 4] },
  KR_BUSAN: { region: 'KR', national: (r) => '051' + r.int(2, 9) + r.digits(6), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)})${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  KR_070: { region: 'KR', national: (r) => '070' + r.int(4, 8) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`], groups: [3, 4, 4] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['081', '082', '083', '084', '085', '070', '076', '077', '078', '079', '032', '033', '034', '036', '037', '056', '058', '089', '093', '090', '098', '097']) + r.digits(7), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => d, (d) => `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`, (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+84 ${d.slice(1, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `(+84) ${d.slice(1)}`], groups: [4, 3, 3] },
  VN_HCM: { region: 'VN', national: (r) => '028' + r.int(3, 7) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `(028) ${d.slice(3, 7)} ${d.slice(7)}`, (d) => `+84 28 ${d.slice(3, 7)} ${d.slice(7)}`], groups: [3, 4, 4] },
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['02', '04', '08', '11', '19', '22', '29', '37', '51', '53', '60', '68', '85', '91', '99']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, (d) => `8(${d.slice(0, 3)})${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`], groups: [3, 3, 2, 2] },
  RU_SPB: { region: 'RU', national: (r) => '812' + r.int(2, 7) + r.digits(6), formats: [(d) => `+7 (812) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (812) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`], groups: [3, 3, 2, 2] },
  US: { region: 'US', national: (r) => r.pick(['213', '305', '646', '773', '858', '971', '480', '615', '720', '347', '503', '571']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['3', '4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => `${d.slice(0, 5)} ${d.slice(5)}`, (d) => `${d.slice(0, 5)} ${d.slice(5, 8)} ${d.slice(8)}`, (d) => `+44 ${d.slice(1, 5)} ${d.slice(5)}`, (d) => `+44 (0) ${d.slice(1, 5)} ${d.slice(5)}`], groups: [5, 3, 3] },
  GB_MAN: { region: 'GB', national: (r) => '0161' + r.int(2, 9) + r.digits(6), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`, (d) => `+44 161 ${d.slice(4, 7)} ${d.slice(7)}`], groups: [4, 3, 4] },
  DE: { region: 'DE', national: (r) => '017' + r.int(0, 9) + r.digits(7), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `${d.slice(0, 4)}/${d.slice(4)}`, (d) => `+49 ${d.slice(1, 4)} ${d.slice(4)}`], groups: [4, 3, 4] },
  FR: { region: 'FR', national: (r) => '0' + r.pick(['6', '7']) + r.digits(8), formats: [(d) => d.replace(/(\d\d)(?=\d)/g, '$1 '), (d) => d.replace(/(\d\d)(?=\d)/g, '$1.'), (d) => `+33 ${d[1]} ${d.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`], groups: [2, 2, 2, 2, 2] },
  ES: { region: 'ES', national: (r) => r.pick(['6', '7']) + r.digits(8), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, (d) => `+34 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 3] },
  IT: { region: 'IT', national: (r) => '3' + r.pick(['24', '31', '34', '36', '45', '51', '77', '89']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+39 ${d.slice(0, 3)} ${d.slice(3)}`], groups: [3, 3, 4] },
  IE: { region: 'IE', national: (r) => '08' + r.pick(['3', '5', '6', '7', '9']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+353 ${d.slice(1, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 4] },
  PT: { region: 'PT', national: (r) => '9' + r.pick(['1', '2', '3', '6']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+351 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 3] },
  SE: { region: 'SE', national: (r) => '07' + r.pick(['0', '2', '3', '6']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, (d) => `+46 ${d.slice(1, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`], groups: [3, 3, 2, 2] },
  CZ: { region: 'CZ', national: (r) => r.pick(['60', '72', '73', '77', '79']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, (d) => `+420 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 3] },
};
const MIX9: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_MAN', 'DE', 'FR', 'ES', 'IT', 'IE', 'PT', 'SE', 'CZ', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_IP', 'JP_TOKYO', 'JP_FUKUOKA', 'US', 'KR_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_BUSAN', 'KR_070', 'JP_MOB', 'US'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_SPB', 'DE', 'CZ', 'GB_MOB'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_HCM', 'KR_MOB', 'JP_MOB', 'US'],
};

const SPELL9: Record<Lang, string[][]> = {
  en: [['zero', 'oh'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
/** Japanese digit readings in katakana, as phone numbers are read out. */
const KANA9 = ['ゼロ', 'イチ', 'ニー', 'サン', 'ヨン', 'ゴー', 'ロク', 'ナナ', 'ハチ', 'キュー'];
const VI_PLAIN9 = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];
const DASH9: Record<Lang, string[]> = { en: [' dash ', ' - ', ' hyphen '], ja: ['の', 'ハイフン', 'ー'], ko: [' 다시 ', '-', ' 하이픈 '], ru: [' тире ', ' - ', ' дефис '], vi: [' gạch ', ' - ', ' gạch ngang '] };

function cut9(d: string, groups: number[]): string[] {
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

function spell9(r: Rng, lang: Lang, parts: string[]): { text: string; how: string } {
  if (lang === 'ja' && r.chance(0.3)) {
    return { text: parts.map((p) => [...p].map((c) => KANA9[Number(c)]).join('')).join(r.pick(['の', '、', ' ', 'ー'])), how: 'digits read out in katakana' };
  }
  if (lang === 'vi' && r.chance(0.3)) {
    return { text: parts.map((p) => [...p].map((c) => VI_PLAIN9[Number(c)]).join(' ')).join(r.pick([', ', ' - ', '  '])), how: 'spelled digits without diacritics' };
  }
  const zero = r.pick(SPELL9[lang][0]);
  const word = (c: string) => (c === '0' ? zero : SPELL9[lang][Number(c)][0]);
  const caps = lang === 'en' && r.chance(0.2);
  const text = parts.map((p) => [...p].map(word).join(isCjk(lang) ? '' : r.pick([' ', ' ', '-']))).join(isCjk(lang) ? r.pick([' ', '-', r.pick(DASH9[lang])]) : r.pick([', ', ' - ', '  ', r.pick(DASH9[lang])]));
  return { text: caps ? text.toUpperCase() : text, how: 'spelled digits' };
}

function phoneNumber9(r: Rng, lang: Lang): { formatted: string; national: string; shape: Shape9 } {
  for (;;) {
    const shape = SHAPES9[r.pick(MIX9[lang])];
    const d = shape.national(r);
    const p = parsePhoneNumberFromString(d, shape.region);
    if (!p || !p.isValid()) continue;
    const formatted = r.pick(shape.formats)(d);
    const back = parsePhoneNumberFromString(formatted, shape.region);
    if (!back || !back.isValid() || back.number !== p.number) continue;
    return { formatted, national: d, shape };
  }
}

function phone9(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const p = phoneNumber9(r, lang);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  // Russian numbers are said and written with the trunk 8 in front of the ten national digits.
  const ru = p.shape.region === 'RU';
  const nat = ru ? '8' + p.national : p.national;
  const parts = cut9(nat, ru ? [1, 3, 3, 2, 2] : p.shape.groups);
  switch (r.int(0, 10)) {
    case 0:
    case 1:
    case 2: {
      const s = spell9(r, lang, parts);
      return { text: s.text, obfuscated: true, how: s.how };
    }
    case 3: {
      // the first group (or two) in digits, the rest spelled
      const k = r.int(1, Math.max(1, parts.length - 2));
      const s = spell9(r, lang, parts.slice(k));
      return { text: `${parts.slice(0, k).join(isCjk(lang) ? '-' : ' ')}${isCjk(lang) ? r.pick(['-', ' ']) : ' '}${s.text}`, obfuscated: true, how: 'partly spelled' };
    }
    case 4:
      return { text: [...nat].join(r.pick([' ', '.', '-', ' . ', ' - '])), obfuscated: true, how: 'separated digits' };
    case 5:
      return { text: parts.map((x) => [...x].join(' ')).join(r.pick(['  ', ' - ', ' . ', '   '])), obfuscated: true, how: 'spaced digits' };
    case 6:
      return { text: r.chance(0.6) ? fullWidth(p.formatted).replace(/－/g, lang === 'ja' ? r.pick(['－', 'ー', '―', '－']) : '－') : halfFull9(r, p.formatted), obfuscated: true, how: 'full-width' };
    case 7:
      return { text: zw9(r, p.formatted), obfuscated: true, how: 'zero-width' };
    case 8:
      return { text: parts.join(r.pick(DASH9[lang]).replace(/^-$/, ' - ')), obfuscated: true, how: 'dash words' };
    case 9:
      return { text: parts.join(r.pick(['..', ' . ', ' — ', '–', ' -- '])), obfuscated: true, how: 'odd separators' };
    default: {
      // written grouping, some groups full width
      const text = parts.map((x) => (r.chance(0.5) ? fullWidth(x) : x)).join(r.pick([' ', '-']));
      return /[０-９]/.test(text) ? { text, obfuscated: true, how: 'full-width' } : { text: fullWidth(text), obfuscated: true, how: 'full-width' };
    }
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB9: Record<Lang, string[]> = {
  en: ['tally.so/r/{k}', 'www.loom.com/share/{x}', 'cal.com/{h}', 'ko-fi.com/{h}', 'wordwall.net/play/{n}/{n}', 'www.canva.com/design/{k}{k}/view', '{s}.guru', '{s}.training', '{s}-english.co.uk', '{s}.io', 'www.{s}.academy/trial', '{h}.notion.site', 'buymeacoffee.com/{h}'],
  ja: ['{s}.jp', 'www.{s}.co.jp/lesson', 'lit.link/{h}', 'stand.fm/channels/{x}', '{h}.hatenablog.com', 'www.street-academy.com/steachers/{n}', 'peing.net/ja/{h}', '英語の先生.jp', 'やさしい数学.com', '{s}.net'],
  ko: ['{s}.kr', 'www.{s}.co.kr', 'litt.ly/{h}', 'smartstore.naver.com/{h}', 'taling.me/Talent/Detail/{n}', 'class101.net/ko/products/{k}', '수학과외.kr', '영어회화.com', 'm.blog.naver.com/{h}', 'tv.naver.com/{h}'],
  ru: ['{s}.ru', 'www.{s}.ru/kursy', 'taplink.cc/{h}', '{h}.tilda.ws', 'rutube.ru/channel/{n}', 'skillbox.ru', 'английский-для-детей.рф', 'курсы-японского.рус', 'uchi.ru', '{s}.su', 'teletype.in/@{h}'],
  vi: ['{s}.vn', 'www.{s}.edu.vn', '{s}.com.vn/khoa-hoc', 'giasu{s}.net', 'tiếng-nhật-online.vn', 'gia-sư-toán.com', 'linktr.ee/{h}', 'www.tiktok.com/@{h}', 'shopee.vn/{h}', 'forms.gle/{k}'],
};
const SCHOOL9 = ['maplegrove', 'sunriseprep', 'owlhouse', 'kotobaya', 'hanbit', 'lighthouse', 'tenpoint', 'quietlibrary', 'inkwell', 'redpanda'];
const KEY9 = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key9 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY9)).join('');
const hex9 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');

function intlDigits9(r: Rng, lang: Lang): string {
  const p = phoneNumber9(r, lang);
  return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
}

const CHAT9 = ['t.me/{h}', 't.me/joinchat/{k}{k}', 't.me/+{k}{k}', 'wa.me/{w}', 'wa.me/message/{K}', 'line.me/ti/g2/{k}{k}', 'line.me/R/ti/p/@{h}', 'open.kakao.com/o/s{k}', 'open.kakao.com/me/{h}', 'zalo.me/{w}', 'zalo.me/g/{k}', 'm.me/{h}', 'discord.gg/{k}', 'discord.com/invite/{k}', 'join.skype.com/invite/{k}{k}', 'invite.viber.com/?g2={K}', 'www.instagram.com/{h}', 'facebook.com/groups/{n}'];

function link9(r: Rng, lang: Lang, kind: 'web' | 'chat'): { site: string; scheme: string } {
  const h = handle9(r, lang).replace(/\./g, '_');
  const pattern = kind === 'web' ? r.pick(WEB9[lang]) : r.pick(CHAT9);
  const hostHandle = pattern.includes('{h}.');
  const site = pattern
    .replace('{h}', hostHandle ? h.replace(/_/g, '-') : h)
    .replace('{s}', r.pick(SCHOOL9))
    .replace(/\{k\}/g, () => key9(r, 6))
    .replace('{K}', () => key9(r, 13).toUpperCase())
    .replace('{x}', () => hex9(r, 24))
    .replace(/\{n\}/g, () => String(r.int(10000, 9999999)))
    .replace('{w}', () => intlDigits9(r, lang));
  const scheme = site.startsWith('www.') ? (r.chance(0.35) ? 'https://' : '') : r.chance(0.35) ? r.pick(['https://', 'https://', 'http://']) : '';
  return { site, scheme };
}

const DOTCOM9: Partial<Record<Lang, Record<string, string[]>>> = {
  ja: { com: ['ドットコム', ' ドットコム'], jp: ['ドットjp', ' ドット jp'], net: ['ドットネット'] },
  ko: { com: ['닷컴', ' 닷컴', '쩜컴'], kr: ['닷kr', ' 점 kr'], net: ['닷넷'] },
  ru: { ru: [' точка ру', ' точка ru'], com: [' точка ком'], su: [' точка su'] },
  vi: { vn: [' chấm vn', ' chấm VN'], com: [' chấm com', ' chấm côm'] },
};

function url9(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'chat'): Surface {
  const { site, scheme } = link9(r, lang, kind);
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  switch (r.int(0, 8)) {
    case 0:
    case 1:
      return { text: labels.join(r.pick(DOT9[lang])) + path, obfuscated: true, how: 'dot words' };
    case 2: {
      // the top-level domain read out as a word ("dot com" in the language's own way)
      const tld = labels[labels.length - 1];
      const said = DOTCOM9[lang]?.[tld];
      if (said && labels.length === 2) return { text: labels[0] + r.pick(said) + path, obfuscated: true, how: 'top-level domain read out' };
      return { text: labels.join(r.pick(['[.]', '(.)', '{.}'])) + path, obfuscated: true, how: 'bracketed dot' };
    }
    case 3:
      return { text: labels.join(r.pick(['[.]', '(.)', ' . '])) + path, obfuscated: true, how: 'bracketed dot' };
    case 4:
      return { text: r.chance(0.6) ? fullWidth(plain) : halfFull9(r, plain), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw9(r, plain), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look9(r, host);
      return l ? { text: scheme + l + path, obfuscated: true, how: 'look-alikes' } : { text: fullWidth(plain), obfuscated: true, how: 'full-width' };
    }
    case 7:
      return { text: labels.join(' . ') + (path ? ' ' + path : ''), obfuscated: true, how: 'split by spaces' };
    default:
      return { text: labels.join(r.pick(['. ', ' .'])) + (path ? r.pick([path, ' ' + path]) : ''), obfuscated: true, how: 'split by spaces' };
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id9(r: Rng, lang: Lang, obfuscate: boolean, style: IdStyle): Surface {
  const h = style === 'plain' && r.chance(0.15) ? '@' + handle9(r, lang) : handle9(r, lang, style);
  if (!obfuscate) return { text: h, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: halfFull9(r, h), obfuscated: true, how: 'full-width' };
    case 2:
      return { text: zw9(r, h), obfuscated: true, how: 'zero-width' };
    default: {
      const l = look9(r, h);
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: zw9(r, h), obfuscated: true, how: 'zero-width' };
    }
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

function spellRun9(lang: Lang, d: string): string {
  return [...d].map((c) => SPELL9[lang][Number(c)][0]).join(isCjk(lang) ? '' : ' ');
}

function card9(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 5);
  const d =
    kind === 0 ? luhnComplete(r, '4', 16)
    : kind === 1 ? luhnComplete(r, String(r.int(51, 55)), 16)
    : kind === 2 ? luhnComplete(r, String(r.int(2221, 2720)), 16)
    : kind === 3 ? luhnComplete(r, '35' + r.int(28, 89), 16)
    : kind === 4 ? luhnComplete(r, r.pick(['34', '37']), 15)
    : luhnComplete(r, '220' + r.int(0, 4), 16);
  const g = d.length === 15 ? parts(d, [4, 6, 5]) : parts(d, [4, 4, 4, 4]);
  const grouped = g.join(' ');
  if (!obfuscate) return { text: r.pick([grouped, g.join('-'), d, grouped]), obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: r.chance(0.5) ? fullWidth(grouped) : fullWidth(g.join('-')), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
    case 2:
      return { text: zw9(r, grouped), obfuscated: true, how: 'zero-width' };
    case 3:
      return { text: g.join(r.pick([' . ', '..', ' — ', ' - '])), obfuscated: true, how: 'odd separators' };
    case 4:
      return { text: `${g[0]} ${g.slice(1).map((x) => spellRun9(lang, x)).join(isCjk(lang) ? ' ' : ', ')}`, obfuscated: true, how: 'partly spelled' };
    default:
      return { text: g.map((x) => (r.chance(0.5) ? fullWidth(x) : x)).join(' ').replace(/^([0-9 ]+)$/, (m) => fullWidth(m)), obfuscated: true, how: 'full-width' };
  }
}

function ip9(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const h = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.35);
  const text = v6
    ? r.pick([`2a02:${h()}:${h()}:${h()}::${h()}`, `2409:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `fd${p2(r.int(10, 99))}:${h()}:${h()}::${h()}`, `2001:ee0:${h()}:${h()}::${h()}`])
    : r.pick([`${r.int(1, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `${r.int(128, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 3)) {
    case 0:
      return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw9(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return v6 ? { text: halfFull9(r, text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join('[.]'), obfuscated: true, how: 'bracketed dot' };
    default:
      return v6 ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick(DOT9[lang])), obfuscated: true, how: 'dot words' };
  }
}

const IBAN9: [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['FR', (r) => r.digits(10) + key9(r, 11).toUpperCase().replace(/[^A-Z0-9]/g, '7') + r.digits(2)],
  ['IT', (r) => String.fromCharCode(65 + r.int(0, 25)) + r.digits(22)],
  ['ES', (r) => r.digits(20)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'KNAB']) + r.digits(10)],
  ['BE', (r) => r.digits(12)],
  ['IE', (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
  ['FI', (r) => r.digits(14)],
  ['SE', (r) => r.digits(20)],
  ['DK', (r) => r.digits(14)],
  ['LT', (r) => r.digits(16)],
  ['HR', (r) => r.digits(17)],
  ['GB', (r) => r.pick(['BUKB', 'HLFX', 'MONZ', 'NWBK']) + r.digits(14)],
  ['CZ', (r) => r.digits(20)],
];
function iban9(r: Rng, obfuscate: boolean): Surface {
  const [c, gen] = r.pick(IBAN9);
  const bban = gen(r);
  const code = c + p2(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  const spaced = code.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.65) ? spaced : code, obfuscated: false };
  switch (r.int(0, 3)) {
    case 0:
      return { text: fullWidth(spaced), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw9(r, spaced), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: code.replace(/(.{4})(?=.)/g, '$1 - '), obfuscated: true, how: 'separated groups' };
    default:
      return { text: halfFull9(r, spaced), obfuscated: true, how: 'full-width' };
  }
}

function myNumber9(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = parts(d, [4, 4, 4]);
  const text = r.pick([g.join(' '), g.join('-'), d]);
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 3)) {
    case 0:
      return { text: fullWidth(text).replace(/－/g, r.pick(['－', 'ー'])), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw9(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: [...d].join(' '), obfuscated: true, how: 'spaced digits' };
    default:
      return { text: g.map((x) => spellRun9(lang === 'ja' ? 'ja' : lang, x)).join(isCjk(lang) ? ' ' : ', '), obfuscated: true, how: 'spelled digits' };
  }
}

function rrn9(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1968, 2009);
  const body = p2(y % 100) + p2(r.int(1, 12)) + p2(r.int(1, 28)) + (y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = r.chance(0.85) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 3)) {
    case 0:
      return { text: fullWidth(text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw9(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: `${[...d.slice(0, 6)].join(' ')} - ${[...d.slice(6)].join(' ')}`, obfuscated: true, how: 'spaced digits' };
    default:
      return lang === 'ko' ? { text: `${d.slice(0, 6)} 다시 ${d.slice(6)}`, obfuscated: true, how: 'dash word' } : { text: fullWidth(`${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'full-width' };
  }
}

// ---- the slots ---------------------------------------------------------------------------------

/** The entity for one of this set's slots, null for a filler slot. */
export function blind9Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  switch (slot) {
    case 'EMAILJ':
      return { type: 'EMAIL', surface: email9(r, lang, obfuscate) };
    case 'PHONEJ':
    case 'PHAPPJ':
      return { type: 'PHONE', surface: phone9(r, lang, obfuscate) };
    case 'WEBJ':
      return { type: 'URL', surface: url9(r, lang, obfuscate, 'web') };
    case 'CHATJ':
      return { type: 'URL', surface: url9(r, lang, obfuscate, 'chat') };
    case 'IDJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'plain') };
    case 'TGJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'tg') };
    case 'SKJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'skype') };
    case 'DCJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'discord') };
    case 'WXJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'wechat') };
    case 'IGJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'ig') };
    case 'FBJ':
      return { type: 'MESSENGER_ID', surface: id9(r, lang, obfuscate, 'fb') };
    case 'CARDJ':
      return { type: 'CREDIT_CARD', surface: card9(r, lang, obfuscate) };
    case 'IPJ':
      return { type: 'IP_ADDRESS', surface: ip9(r, lang, obfuscate) };
    case 'IBANJ':
      return { type: 'IBAN', surface: iban9(r, obfuscate) };
    case 'MYNJ':
      return { type: 'JP_MY_NUMBER', surface: myNumber9(r, lang, obfuscate) };
    case 'RRNJ':
      return { type: 'KR_RRN', surface: rrn9(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers reached by an id, by platform, in each language and script (nicknames and abbreviations too). */
const APPS9: Record<string, Record<Lang, string[]>> = {
  LINEU: { en: ['LINE', 'Line', 'line app', 'LINE app'], ja: ['LINE', 'ライン', 'らいん', 'Line'], ko: ['라인', 'LINE', '라인 메신저'], ru: ['Лайн', 'LINE', 'лайн'], vi: ['Line', 'LINE'] },
  TGU: { en: ['Telegram', 'TG', 'tg', 'Tele', 'telegram'], ja: ['テレグラム', 'Telegram', 'TG'], ko: ['텔레그램', '텔레', '텔레그렘', '텔그'], ru: ['телега', 'Телеграм', 'тг', 'ТГ', 'телеграмм', 'Telegram'], vi: ['Telegram', 'Tele', 'tele', 'TG'] },
  SKYPEU: { en: ['Skype', 'skype', 'Skype (still!)'], ja: ['スカイプ', 'Skype', 'すかいぷ'], ko: ['스카이프', 'Skype', '스카입'], ru: ['Скайп', 'скайп', 'Skype'], vi: ['Skype', 'skype'] },
  DCU: { en: ['Discord', 'discord', 'Disc', 'DC'], ja: ['Discord', 'ディスコード', 'ディスコ'], ko: ['디스코드', '디코', 'Discord'], ru: ['Дискорд', 'дискорд', 'дс', 'Discord'], vi: ['Discord', 'discord', 'Disc'] },
  WXU: { en: ['WeChat', 'Weixin', 'wechat'], ja: ['WeChat', 'ウィーチャット', '微信'], ko: ['위챗', 'WeChat', '웨이신'], ru: ['Вичат', 'WeChat', 'вичат'], vi: ['WeChat', 'Wechat'] },
  IGU: { en: ['Instagram', 'IG', 'insta', 'the gram'], ja: ['インスタ', 'Instagram', 'インスタグラム', 'IG'], ko: ['인스타', '인스타그램', '인스타 계정', 'IG'], ru: ['Инста', 'инстаграм', 'Instagram', 'инст'], vi: ['Insta', 'IG', 'Instagram', 'ins'] },
  FBU: { en: ['Facebook', 'FB', 'facebook', 'Messenger'], ja: ['Facebook', 'フェイスブック', 'FB', 'フェイスブックメッセンジャー'], ko: ['페이스북', '페북', 'Facebook', '페메'], ru: ['Фейсбук', 'FB', 'фейсбук', 'фб'], vi: ['Facebook', 'FB', 'face', 'phây', 'Mess', 'phở bò'] },
  KKU: { en: ['KakaoTalk', 'Kakao', 'KKT', 'kakao talk'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk', 'カカオのID'], ko: ['카톡', '카카오톡', '카카오'], ru: ['Какао', 'КакаоТок', 'KakaoTalk', 'какаоток'], vi: ['Kakao', 'KakaoTalk', 'kakaotalk'] },
};
/** Any of the messengers reached by an id, for templates that do not care which. */
const ANY_ID9 = ['LINEU', 'TGU', 'SKYPEU', 'DCU', 'WXU', 'IGU', 'FBU', 'KKU'];
/** Messengers reached by a phone number. */
const PHONE_APPS9: Record<string, Record<Lang, string[]>> = {
  WAU: { en: ['WhatsApp', 'WA', 'whatsapp', 'Whatsapp'], ja: ['WhatsApp', 'ワッツアップ', 'ワッツ', 'WA'], ko: ['왓츠앱', 'WhatsApp', '왓츠'], ru: ['Ватсап', 'вотсап', 'вацап', 'WhatsApp', 'WA'], vi: ['WhatsApp', 'Whatsapp', 'WA'] },
  VBU: { en: ['Viber', 'viber'], ja: ['Viber', 'バイバー', 'ヴァイバー'], ko: ['바이버', 'Viber'], ru: ['Вайбер', 'вайбер', 'Viber'], vi: ['Viber', 'viber'] },
  ZLU: { en: ['Zalo', 'zalo'], ja: ['Zalo', 'ザロ'], ko: ['잘로', 'Zalo'], ru: ['Зало', 'Zalo'], vi: ['Zalo', 'zalo', 'Zalô', 'ZL'] },
};
const ANY_PHONE_APP9 = ['WAU', 'VBU', 'ZLU'];
/** Russian names after в/на (prepositional case), by platform. */
const RU_PREP9: Record<string, string[]> = {
  TGPU: ['телеге', 'телеграме', 'тг', 'ТГ', 'телеграмме', 'Telegram'],
  SKYPEPU: ['скайпе', 'Скайпе', 'Skype'],
  DCPU: ['дискорде', 'Дискорде', 'дс'],
  IGPU: ['инсте', 'инстаграме', 'Инстаграме', 'инстаграмме'],
  FBPU: ['фейсбуке', 'фб', 'Фейсбуке'],
  WXPU: ['вичате', 'WeChat'],
  WAPU: ['ватсапе', 'вотсапе', 'вацапе', 'WhatsApp', 'ватсаппе'],
  VBPU: ['вайбере', 'Вайбере', 'Viber'],
};
const PREP_BASE9: Record<string, string> = { TGPU: 'TGU', SKYPEPU: 'SKYPEU', DCPU: 'DCU', IGPU: 'IGU', FBPU: 'FBU', WXPU: 'WXU', WAPU: 'WAU', VBPU: 'VBU' };

const MON_EN9 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_RU9 = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Digits that are none of the entities: not a valid phone number of any region here, not Luhn-valid at card lengths, no My Number check digit at twelve. */
function safeDigits9(r: Rng, n: number, lead = '', phones = true): string {
  for (let tries = 0; ; tries++) {
    const d = lead + r.digits(n - lead.length);
    if (n >= 12 && n <= 19 && luhn(d)) continue;
    if (n === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) continue;
    // A fixed lead may leave only numbers some country would call valid; then the phone test is given up.
    if (!phones || tries > 200) return d;
    let phone = false;
    for (const c of ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR'] as CountryCode[]) {
      const p = parsePhoneNumberFromString(d, c);
      if (p && p.isValid()) phone = true;
    }
    if (!phone) return d;
  }
}

function ean9(r: Rng): string {
  for (;;) {
    let d = r.pick(['49', '45', '978', '880', '460', '893']);
    d += r.digits(12 - d.length);
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
    d += String((10 - (sum % 10)) % 10);
    if (!luhn(d)) return d;
  }
}

const IDIOM9: Record<Lang, string[]> = {
  en: ['one or two', 'two or three', 'a one-two punch', 'six of one, half a dozen of the other', 'zero to hero', 'seven days a week', 'at sixes and sevens', 'one, two, three, go'],
  ja: ['一石二鳥', '三日坊主', '十人十色', '七転び八起き', '四六時中', '一期一会', '二度手間', '九死に一生'],
  ko: ['일석이조', '삼삼오오', '구사일생', '작심삼일', '십중팔구', '이구동성', '일일이', '오늘 일 이 삼 교시'],
  ru: ['семь раз отмерь, один раз отрежь', 'на седьмом небе', 'ноль внимания', 'два-три раза', 'один в один', 'раз-два и готово', 'пять с плюсом', 'девять из десяти'],
  vi: ['một công đôi việc', 'ba chìm bảy nổi', 'chín người mười ý', 'một hai ba dô', 'không một xu', 'năm lần bảy lượt', 'mười phân vẹn mười', 'một chín một mười'],
};
/** The words for "at" and "dot" in their everyday senses. */
const ATDOT_WORD9: Record<Lang, string[]> = {
  en: ['dot the i', 'at home', 'at least', 'polka dot', 'dot-to-dot', 'look at', 'at sign', 'bullet dot'],
  ja: ['ドット柄', 'ドット絵', 'アットホーム', 'あっという間', '句読点の点', 'ドットの数'],
  ko: ['골뱅이무침', '점수', '점심', '닷새', '마침표 점', '앳된 얼굴'],
  ru: ['точка зрения', 'собака соседей', 'точка сбора', 'в точку', 'собачка на молнии', 'точка с запятой'],
  vi: ['chấm bài', 'chấm điểm', 'dấu chấm', 'chấm công', 'con a còng', 'chấm phẩy'],
};
const ABBR9: Record<Lang, string[]> = {
  en: ['e.g.', 'i.e.', 'a.m.', 'p.m.', 'Ph.D.', 'U.S.', 'approx.', 'etc.', 'vs.', 'St. Mary', 'Mr.Brown'],
  ja: ['No.5', 'vol.3', 'ver.2', 'Q.3', 'p.12', 'fig.4', 'Mr.Children', 'Dr.STONE'],
  ko: ['vs.', 'No.7', 'p.34', 'Vol.2', 'Q.4', 'ex.3', 'Ph.D.', 'ft.'],
  ru: ['т.е.', 'т.д.', 'и т.п.', 'г. Москва', 'ул. Ленина', 'д.5', 'стр. 48', 'см. выше', 'т.к.'],
  vi: ['TP.HCM', 'Q.1', 'P.12', 'TS.', 'ThS.', 'Tp.Đà Nẵng', 'TT.', 'v.v.', 'Th.S'],
};
const TECH9 = ['Node.js', 'Vue.js', 'Three.js', 'config.yaml', 'package.json', 'index.html', 'styles.css', 'Main.java', 'utils.ts', 'requirements.txt', 'Dockerfile', 'next.config.mjs', 'db.sqlite3'];
const FILE9 = ['unit7_listening.m4a', 'kanji_list_N3.xlsx', 'essay(2).docx', 'IMG_20261203_2145.heic', 'scan0031.pdf', 'mock_test_v3.pptx', 'shadowing_day12.mp4', 'vocab-ch9.csv', 'grammar_notes.txt', 'final_FINAL.docx'];
const MENTION9 = ['@Callum', '@hinata_s', '@dahye', '@milana', '@giang.t', '@everyone', '@here', '@teacher', '@mod', '@Bora'];

function price9(r: Rng, lang: Lang): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  return r.pick({
    en: [`$${n(18, 95)}`, `£${n(15, 70)}.${r.pick(['00', '50', '99'])}`, `€${n(20, 85)}`, `US$${n(1, 3)},${n(100, 999)}`, `${n(20, 60)} bucks`],
    ja: [`${n(2, 9)},${r.pick(['000', '500', '980'])}円`, `¥${n(1, 60)},${r.pick(['000', '800'])}`, `${n(1, 12)}万${r.pick(['', '5千'])}円`, `税込${n(3, 9)},${n(100, 999)}円`],
    ko: [`${n(15, 99)},000원`, `${n(2, 50)}만 원`, `₩${n(10, 300)},000`, `${n(1, 9)}만${n(1, 9)}천원`],
    ru: [`${n(500, 4900)} ₽`, `${n(1, 40)} ${r.pick(['000', '500'])} руб.`, `${n(2, 9)}к`, `${n(800, 3500)} рублей`],
    vi: [`${n(150, 950)}.000đ`, `${n(1, 9)}.${r.pick(['200', '500', '800'])}.000 VND`, `${n(100, 500)}k`, `${n(1, 4)} triệu`],
  }[lang]);
}

/** Fillers for the slots of these templates; null for any other slot. */
export function blind9Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS9[slot]) return r.pick(APPS9[slot][lang]);
  if (PHONE_APPS9[slot]) return r.pick(PHONE_APPS9[slot][lang]);
  if (RU_PREP9[slot]) return lang === 'ru' ? r.pick(RU_PREP9[slot]) : r.pick((APPS9[PREP_BASE9[slot]] ?? PHONE_APPS9[PREP_BASE9[slot]])[lang]);
  switch (slot) {
    case 'MSGU':
      return r.pick(APPS9[r.pick(ANY_ID9)][lang]);
    case 'PMSGU':
      return r.pick(PHONE_APPS9[r.pick(ANY_PHONE_APP9)][lang]);
    case 'MSGPU': {
      const k = r.pick(['TGPU', 'SKYPEPU', 'DCPU', 'IGPU']);
      return lang === 'ru' ? r.pick(RU_PREP9[k]) : r.pick(APPS9[PREP_BASE9[k]][lang]);
    }
    case 'PRICEU':
      return price9(r, lang);
    case 'DATEU': {
      const m = n(1, 12);
      const d = n(1, 28);
      return r.pick({ en: [`${MON_EN9[m - 1]} ${d}`, `${d}/${m}`, `${m}/${d}/26`, `2026-${p2(m)}-${p2(d)}`], ja: [`${m}月${d}日`, `${m}/${d}(${r.pick(['月', '水', '金', '日'])})`, `令和8年${m}月${d}日`], ko: [`${m}월 ${d}일`, `${m}/${d}(${r.pick(['월', '수', '금', '일'])})`, `26.${p2(m)}.${p2(d)}`], ru: [`${d} ${MON_RU9[m - 1]}`, `${p2(d)}.${p2(m)}.26`, `${p2(d)}.${p2(m)}`], vi: [`${d}/${m}`, `ngày ${d} tháng ${m}`, `${p2(d)}-${p2(m)}-2026`] }[lang]);
    }
    case 'TIMEU': {
      const h = n(6, 22);
      const m = r.pick(['00', '10', '30', '45']);
      return r.pick({ en: [`${h}:${m}`, `${h > 12 ? h - 12 : h}${h >= 12 ? 'pm' : 'am'}`, `${h}:${m}–${h + 1}:${m}`], ja: [`${h}:${m}`, `${h}時${m === '30' ? '半' : ''}`, `${h}:${m}〜`], ko: [`${h}:${m}`, `${h > 12 ? '저녁 ' + (h - 12) : '오전 ' + h}시`, `${h}시 ${m}분`], ru: [`${h}:${m}`, `${h}.${m}`, `в ${h} ч`], vi: [`${h}h${m === '00' ? '' : m}`, `${h}:${m}`, `${h > 12 ? h - 12 : h} giờ ${r.pick(['sáng', 'chiều', 'tối'])}`] }[lang]);
    }
    case 'TZU':
      return r.pick(['UTC+9', 'GMT+3', 'UTC+7', 'UTC−5', 'GMT+0', 'JST (UTC+9)', 'MSK (UTC+3)', 'ICT (UTC+7)', 'KST']);
    case 'LESSONU':
      return r.pick([`#${n(1000, 99999)}`, `LS-${n(100, 9999)}`, `No.${n(10, 999)}`, `${n(2, 60)}`, `R${n(2025, 2026)}-${n(100, 999)}`]);
    case 'ORDERU':
      return r.pick([`#${safeDigits9(r, 9)}`, `ORD-${safeDigits9(r, 8)}`, ((d) => `${d.slice(0, 8)}-${d.slice(8)}`)(safeDigits9(r, 12, String(n(2025, 2026)) + p2(n(1, 12)) + p2(n(1, 28)), false)), `${r.pick(['A', 'K', 'X'])}${safeDigits9(r, 10)}`]);
    case 'TRACKU':
      return r.pick([parts(safeDigits9(r, 12), [4, 4, 4]).join('-'), `LP${safeDigits9(r, 9)}CN`, `RB${safeDigits9(r, 9)}SG`, `1Z${key9(r, 6).toUpperCase()}${safeDigits9(r, 10)}`]);
    case 'BARCU':
      return ean9(r);
    case 'HEXU':
      return r.pick(['#', '#', '0x']) + hex9(r, 6).toUpperCase();
    case 'HASHU':
      return hex9(r, r.pick([7, 8, 40]));
    case 'PATHU':
      return r.pick([`C:\\Users\\${r.pick(NAMES9[lang].g)}\\Documents\\${r.pick(FILE9)}`, `~/Downloads/${r.pick(FILE9)}`, `/home/${r.pick(NAMES9[lang].g)}/lessons/week${n(1, 12)}/`, `D:\\授業\\${r.pick(FILE9)}`, `./src/${r.pick(TECH9)}`]);
    case 'FILEU':
      return r.pick(FILE9);
    case 'TECHU':
      return r.pick(TECH9);
    case 'ABBRU':
      return r.pick(ABBR9[lang]);
    case 'IDIOMU':
      return r.pick(IDIOM9[lang]);
    case 'WORDU':
      return r.pick(ATDOT_WORD9[lang]);
    case 'SCOREU':
      return r.pick([`${n(5, 8)}.${r.pick(['0', '5'])}`, `${n(400, 990)}`, `${n(55, 100)}/100`, `${n(60, 120)}/120`, `B${n(1, 2)}`, `${n(140, 178)}/180`]);
    case 'SPORTU':
      return r.pick([`${n(0, 5)}-${n(0, 5)}`, `${n(0, 4)}:${n(0, 4)}`, `${n(70, 120)}–${n(70, 120)}`, `${n(0, 3)}-${n(0, 3)} (pen. ${n(3, 5)}-${n(2, 4)})`]);
    case 'VERU':
      return r.pick([`${n(1, 9)}.${n(0, 25)}.${n(0, 9)}`, `v${n(2, 17)}.${n(0, 9)}.${n(0, 30)}.${n(0, 9)}`, `${n(14, 18)}.${n(0, 7)}.${n(1, 3)} (${n(21, 23)}${r.pick(['A', 'B', 'C', 'E'])}${n(100, 399)})`, `${n(100, 131)}.0.${n(6000, 6999)}.${n(10, 200)}`, `build ${n(20261, 20269)}.${n(100, 999)}`]);
    case 'MATHU':
      return r.pick([`${n(2, 9)}x² − ${n(2, 19)}x + ${n(1, 9)} = 0`, `3.14159265`, ((e) => `2^${e} = ${2 ** e}`)(n(8, 16)), `${n(12, 99)} × ${n(12, 99)} = ?`, `√${n(2, 99)} ≈ ${n(1, 9)}.${n(100, 999)}`, `log₂ ${2 ** n(3, 10)}`, `(${n(1, 9)}, ${n(1, 9)}), (${n(1, 9)}, -${n(1, 9)})`]);
    case 'RATIOU':
      return r.pick(['16:9', '4:3', '1:1', '3:2', '21:9', `${n(1, 5)}:${n(1, 5)}`]);
    case 'DURU':
      return r.pick([`${n(0, 1)}:${p2(n(0, 59))}:${p2(n(0, 59))}`, `${n(10, 59)}:${p2(n(0, 59))}`, `${n(1, 2)}h${p2(n(0, 59))}m`]);
    case 'FLIGHTU':
      return r.pick([`JL${n(1, 999)}`, `KE ${n(1, 999)}`, `VN${n(100, 999)}`, `SU ${n(100, 299)}`, `BA${n(1, 99)}`, `OZ${n(100, 799)}`]);
    case 'SEATU':
      return r.pick([`${n(1, 60)}${r.pick(['A', 'C', 'D', 'F', 'K'])}`, { en: `gate ${n(1, 80)}`, ja: `${n(1, 16)}号車${n(1, 20)}${r.pick(['A', 'B', 'E'])}`, ko: `${n(1, 18)}호차 ${n(1, 20)}${r.pick(['A', 'B', 'D'])}`, ru: `ряд ${n(1, 40)}, место ${r.pick(['A', 'C', 'F'])}`, vi: `${n(1, 40)}${r.pick(['A', 'C', 'F'])}, cửa ${n(1, 30)}` }[lang]]);
    case 'MENTU':
      return r.pick(MENTION9);
    case 'ATPRICEU':
      return r.pick([`${n(2, 10)} @ ${price9(r, lang)}`, `@${price9(r, lang)}`, `@ ${n(7, 21)}:00`, `${n(2, 5)} pcs @ ${price9(r, lang)}`]);
    case 'ROOMU':
      return r.pick([`${n(1, 12)}0${n(1, 9)}`, `${r.pick(['A', 'B', 'C'])}-${n(100, 450)}`, `${n(2, 9)}F`, `Zoom ${n(1, 9)}`]);
    case 'COUNTU':
      return String(n(2, 60));
    case 'PAGEU':
      return String(n(4, 320));
    case 'RANGEU': {
      const a = n(1, 30);
      return r.pick([`${a}-${a + n(1, 6)}`, `${a}–${a + n(2, 9)}`, `${a}~${a + n(1, 4)}`]);
    }
    case 'YEARU':
      return String(n(1998, 2026));
    case 'ZIPU':
      return { en: r.pick([`${safeDigits9(r, 5)}`, `M${n(1, 40)} ${n(1, 9)}${r.pick(['AB', 'QD', 'TX'])}`]), ja: `〒${n(100, 999)}-${String(n(0, 9999)).padStart(4, '0')}`, ko: safeDigits9(r, 5), ru: `${n(101, 199)}${String(n(0, 999)).padStart(3, '0')}`, vi: `${n(10, 99)}0000` }[lang];
    case 'BUSU':
      return r.pick([`${n(1, 99)}`, `${n(100, 799)}`, `${r.pick(['M', 'N', 'K'])}${n(1, 99)}`, `${n(1000, 9799)}`]);
    case 'KEYU':
      return [...Array(5)].map(() => key9(r, 5).toUpperCase()).join('-');
    case 'PCTU':
      return r.pick([`${n(5, 95)}%`, `${n(1, 99)}.${n(0, 9)}%`, `-${n(5, 50)}%`]);
    case 'RATEU':
      return r.pick([`1 USD = ${n(140, 160)}.${p2(n(0, 99))} JPY`, `1$ = ${n(1300, 1480)}원`, `1 € = ${n(85, 105)},${p2(n(0, 99))} ₽`, `1 USD = ${n(24, 26)}.${n(100, 999)} VND`]);
    case 'STARSU':
      return r.pick(['★★★★☆', '⭐⭐⭐⭐⭐', `${n(3, 4)}.${n(0, 9)}★`, `${n(3, 4)}.${n(0, 9)}/5`]);
    case 'TEMPU':
      return r.pick([`${n(36, 39)}.${n(0, 9)}℃`, `${n(36, 39)}.${n(0, 9)}°C`, `${n(98, 102)}.${n(0, 9)}°F`]);
    default:
      return null;
  }
}
