/**
 * Eleventh blind held-out set: templates and generators written on 3 December 2026 by someone who had not
 * read the detector's rules, nor its tests, its evaluation or its documentation; only the specification of
 * what it must find and this corpus folder (the generators and templates, to learn the span conventions).
 * Lines built from these carried `split: "heldout"`, replacing the tenth blind set of 3 December
 * (templates-blind10.ts), until the twelfth blind set of 3 December 2026 (templates-blind12.ts) replaced
 * them; development lines since.
 *
 * What the set covers. New message shapes for the same tutoring marketplace in the five languages, each
 * with situations of its own besides shared ones: driving tests, children's football, rugby tours and
 * scouts, escape rooms, language cafés, children's parties, orthodontists, video calls freezing, lost
 * luggage, thesis supervisors, bands looking for a drummer, breakdowns on the motorway, cleaners, carers
 * and nursery pick-ups, handmade shops, online chess and go clubs, pen-pal schemes, study streams,
 * accountants, holiday flats, karaoke, hairdressers running late, conference posters, museum guide jobs,
 * contracts to translate, jury service and reservist training, burst pipes and building works, funerals,
 * school plays, exchange students, open days, parents' evenings, physiotherapists, school nurses, minor
 * accidents, PTA and residents' associations (町内会, 반대표, ТСЖ, tổ dân phố), cherry-blossom parties,
 * coming-of-age photos, company visits, dormitories, couriers, dachas and summer camps, speech therapists,
 * coach companies home for Tết, markets, flights cancelled, misprinted flyers, double bookings, accounts
 * taken over and handles changed, siblings passing on an id, people saying outright that the platform
 * deletes their numbers; and pasted machine text: contact cards (vCard), JSON, CSV exports, markdown links,
 * e-mail headers, code blocks, invoices, card forms, check lists, polls, FAQs and numbered steps, chat-log
 * transcripts, quoted messages, signatures with rules, bullet lists, hashtags, typo-ridden, slangy, teenage
 * and very formal messages, romanised Japanese, Russian in Latin letters, Vietnamese without diacritics,
 * entities at the start, middle and end, with extensions, inside the brackets and quotation marks of each
 * script and next to emoji and the full stops and exclamation marks of each script.
 * Messenger ids are about a quarter of the entities, named in all five languages and scripts by fillers of
 * their own per platform (names, nicknames, abbreviations and transliterations, Russian ones in the
 * prepositional and accusative cases), the id before or after the name, in brackets, after arrows, in
 * lists and in searches, in each platform's style; numbers given for WhatsApp, Viber or Zalo are labelled
 * as phones. All entities come from the writers below (`blind11Entity`), none from the older sets: phone
 * numbers of Japan (mobiles, 050, Nagoya, Kyoto and Yokohama landlines), Korea (mobiles, Daegu, Gwangju and
 * Daejeon landlines), Vietnam (mobiles, Da Nang and Hai Phong landlines), Russia (mobiles, Novosibirsk,
 * Yekaterinburg and Kazan landlines), the US, the UK (mobiles, Glasgow, Leeds and Bristol landlines) and EU
 * countries (Ireland, Portugal, Austria, Czechia, Sweden, Hungary, Finland, Denmark, Germany, France), kept
 * only when libphonenumber-js says the number is valid for its country and its written form reads back as
 * the same number; links to booking, form, shop, event, streaming, file and link-in-bio sites, bare domains
 * of generic, country, city and internationalised top-level domains, messenger links and invites (t.me,
 * t.me/joinchat, telegram.me, wa.me, api.whatsapp.com, chat.whatsapp.com, line.me, lin.ee,
 * open.kakao.com, qr.kakao.com, zalo.me, m.me, ig.me, discord.gg, discord.com/invite, join.skype.com,
 * viber.click, instagram.com, facebook.com); cards of Visa, Mastercard (both ranges), Amex, JCB, Mir,
 * Diners and UnionPay (Luhn); IPv4 (public, private, shared address space) and IPv6 (global, link-local,
 * unique-local) addresses; IBANs of eighteen European countries (mod 97); My Numbers and resident
 * registration numbers with their check digits, the latter always with a context word. Disguises stay
 * within the specification: full-width forms (whole, or the digits, the marks or the letters only,
 * alternate groups, ideographic spaces), Cyrillic and Greek look-alikes, zero-width characters (alone or
 * with an at word), digits apart by spaces, dots, dashes, slashes, bars or dash words (ハイフン, の, 다시,
 * 에, тире, дефис, gạch), digits spelled one by one in each language (〇, 零 and ゼロ, readings in
 * hiragana, 공 and 영, ноль and нуль, Vietnamese with and without diacritics, English in capitals now and
 * then), wholly, after a written first group, group by group in turns, and international numbers read out
 * with the plus as a word; at and dot written out in each language (アットマーク, あっとまーく, 골뱅이, 엣,
 * собака, собачка, a còng, a móc ...), top-level domains said aloud, domains in capitals with dot words,
 * bracketed dots, and e-mails (letter by letter too) and links split by spaces. Hard negatives
 * (`blind11Filler`, and the language's own traps written into the templates): exam, council-tax, payment,
 * claim, luggage, student and patient reference numbers that are no phone, card or My Number, video-meeting
 * ids and quiz PINs, UUIDs, commit hashes, MAC addresses, ISO timestamps, subtitle timecodes, versions with
 * four parts, dotted times and band scores, aspect ratios and match scores, last four digits of a card,
 * store cards that fail Luhn, IBANs with wrong check digits, Korean business registration numbers, birth
 * dates and masked resident numbers, Vietnamese prices in the billions written with dots, an SMS short
 * code, sentences run together over a full stop before a word that is also a top-level domain, messengers'
 * products and features (payments, stickers, premium plans, official accounts) with no id, usernames on
 * services that are no messenger, @everyone and hashtags next to a messenger's name, people @-mentioned,
 * messengers blocked or refused, digit words in idioms, counting rhymes, times tables, dates, school meals,
 * place names and everyday words (공부, 일이, 삼일절, 四六時中, năm, ba, không), the at and dot words in their
 * everyday senses, and reminders not to post contact details.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../types.js';
import type { Rng } from './prng.js';
import { ZW, fullWidth, luhn, luhnComplete, mod97, myNumberCheckDigit, parts, type Lang, type Surface } from './entities.js';

// ---- templates ---------------------------------------------------------------------------------
// Entity slots end in Q: MAILQ, TELQ, WAQ (a mobile number given for WhatsApp, Viber or Zalo), WEBQ,
// CHATQ (messenger link or invite), IDQ (an id for any messenger), LNQ, KKQ, TGQ, SKQ, DCQ, WXQ, IGQ, FBQ
// (ids in the style of LINE, KakaoTalk, Telegram, Skype, Discord, WeChat, Instagram, Facebook), CARDQ,
// IPQ, IBANQ, MYNQ, RRNQ. Filler slots of this set end in K: LINEK, TGK, SKK, DCK, WXK, IGK, FBK, KKK and
// ANYK name a messenger reached by an id, WAK, VBK, ZLK and PAPPK one reached by a phone number, the ...PK
// and ...AK slots the Russian prepositional and accusative forms; the rest are hard-negative fillers. Slots
// ending in W (dates, times, prices, counts and the like) are the tenth set's fillers, ISBN the first's.
// Only the first 40 negative templates and the first 20 positive ones (for the plain lines) of each
// language are used in order; the disguised lines draw from all the positive ones.

// ---- English ------------------------------------------------------------------------------------

const EN11_POS: string[] = [
  "Council's picking up the old sofa on Tuesday morning so I might be a few mins late. If the bin men ring, that's my mobile {TELQ}",
  "PASSED MY DRIVING TEST 🚗🎉 the instructor you recommended wants an English student for his daughter, his number is {TELQ}",
  "PTA needs Spanish and Polish speakers for the international evening 🌍 sign up at {WEBQ} or email Ivy: {MAILQ}",
  "U12 football has moved to the astro pitch this term. Coach Dexter's mobile: {TELQ} — text him if your lad can't make it",
  "Rugby tour to Dublin 🏉 the club secretary's on {TELQ} if you want to come along as the \"cultural guide\" 😂",
  "escape room on saturday 🔐 we're five, need one more brave soul. group chat's on {TGK}: {CHATQ}",
  "Scout leader is after a French speaker for the jamboree, his number's {TELQ}. Said you'd be perfect",
  "Language café at the Crown & Anchor every 2nd Thursday ☕ sign-up sheet is {WEBQ}, or ping me on {IGK} {IGQ}",
  "Got a Saturday job at the garden centre 🌱 manager's number {TELQ} in case they ring you for a reference",
  "Mabel turns 8 on Saturday 🎂 soft play from 2pm, RSVP to her dad on {WAK} {WAQ} (not me, I'll forget)",
  "my flatmate's doing a sponsored silence for charity lol, email only this week: {MAILQ}",
  "The orthodontist moved my braces check to Tuesday 4pm, which clashes with us. Their reception is {TELQ} if you want proof 😂",
  "Work bake-off needs a judge who speaks Italian 🍰 our Italian colleague is on {WAK}, {WAQ}",
  "The video on here keeps freezing every few minutes. Plan B so we don't lose the whole hour? {SKK} → {SKQ}",
  "Airline lost my suitcase with ALL my books in it 😩 they'll only write to {MAILQ}, so if you send anything urgent, cc that",
  "My supervisor, Dr Penhaligon, has agreed to help with the reading group! She prefers email to calls: {MAILQ}",
  "our band needs a drummer who can also do harmonies 🥁 demo's at {WEBQ}, DMs open on {IGK} ({IGQ})",
  "Broke down on the M6, no way I'm making it tonight. Recovery driver gave me his number in case the school needs to reach me: {TELQ}",
  "My cleaner has Tuesdays free and wants more houses. She's Portuguese, her English is basic but she's lovely → {TELQ}",
  "Made these bookmarks in our craft-vocab lesson 🔖 selling them now on {WEBQ}, first 10 orders get a free sticker",
  "Online chess club meets Wednesdays ♟️ the server invite is {CHATQ}, I'm {DCQ} there",
  "Mum's carer picks up on {TELQ} — if something happens while I'm in a lesson she'll ring you first, hope that's ok",
  "Pen-pal scheme with a school in Osaka ✉️ their coordinator: {MAILQ}\nours: {MAILQ}\nplease introduce yourselves!",
  "I stream my study sessions now 📚 {WEBQ} — and the {DCK} for viewers is {CHATQ}, come say hi",
  "For the self-assessment stuff my accountant is brilliant with tutors: Freya Okafor, {MAILQ}, {TELQ}",
  "BEGIN:VCARD\nFN:Rhys Brennan\nTEL;TYPE=cell:{TELQ}\nEMAIL:{MAILQ}\nEND:VCARD\nsorry it pasted weird, that's my contact card",
  "here's the config for the vocab bot:\n{ \"host\": \"{IPQ}\", \"owner\": \"{MAILQ}\", \"port\": 8080 }",
  "name,email,phone\nOtis Hollis,{MAILQ},{TELQ}\n(export from the signup form, the rest are blank)",
  "Before the trip:\n[x] book flights\n[ ] send deposit to {IBANQ}\n[ ] save host mum on {WAK}: {WAQ}",
  "Quick poll 🗳️ how do you want to hand in homework?\n1) here\n2) email {MAILQ}\n3) {TGK} {TGQ}",
  "voice notes won't send on this app for some reason?? just ring me → {TELQ}",
  "Our Airbnb host in Porto only speaks Portuguese 😅 could you help translate a couple of messages? Her {WAK} is {WAQ}",
  "karaoke after the exam 🎤🎤 whoever's coming add me on {LINEK}: {LNQ}",
  "hair appointment running late (bleach 😭) online in 10. If I'm not there, text {TELQ}",
  "Poster session at the TESOL conference on Friday — I'm listed as corresponding author ({MAILQ}), come say hi!",
  "The museum's hiring English-speaking guides for the summer 🏛️ apply at {WEBQ} or call Esme on {TELQ}",
  "Client wants the contract translated by Friday. Passing on their email so you can ask about terminology directly: {MAILQ}",
  "Grandma's picking Soren up today, her mobile is {TELQ}. She'll wait by the gate 👵",
  "My Korean friend who wants conversation lessons doesn't do email, only {KKK}: {KKQ}",
  "Dad's business partner in Shenzhen wants to thank you for the interpreting 🙏 his {WXK} is {WXQ}",
  "the old class group is on {FBK}, search me: {FBQ}",
  "You wrote \"text me on {TELQ}\" but my phone says the number doesn't exist — missing a digit maybe?",
  "[09:41] Callum: u on telegram?\n[09:41] Niamh: ya {TGQ}\n[09:42] Callum: 👍",
  "{MAILQ} / {TELQ} — new contact details from Monday, my old work address is being shut down",
  "Cheers,\nHarriet Fairbanks\nHead of Modern Languages\nT: {TELQ} | E: {MAILQ}",
  "Refund for the cancelled trip should go to my Irish account please, {IBANQ}, not back to the card",
  "Working holiday in Japan! The employer's form wants my マイナンバー, it's {MYNQ} — does it go in box 4 or 5?",
  "ngl just add me on insta it's {IGQ} 💀 i never check this app",
  "reach me:\n• {WAK} {WAQ}\n• {TGK} {TGQ}\n• {LINEK} {LNQ}",
  "my emial is {MAILQ} sory typing on phone",
  "Classroom 2's smart TV shows {IPQ} for screen mirroring, type that into the app and it should pop up",
  "click to chat with the school office directly: {CHATQ}",
  "saw your story 😍 my cat has her own account btw, {IGQ}",
  "Teaching in Da Nang now and everyone here lives on {ZLK}. Mine's {WAQ} if you ever visit 🇻🇳",
  "For my wife's visa form: her Korean resident registration number (jumin) is {RRNQ}, is that the right format?",
  "Paying the workshop fee with my partner's card, she said it's fine: {CARDQ}, exp 09/28",
  "{LNQ} ← that's my LINE, say it's about the English lessons when you add me",
  "Viber is the only thing my dad in Kyiv uses. His number: {WAQ}. He'd love a trial lesson",
  "SO sorry about the double booking!! I've moved you to Thursday. If the link breaks again, {SKQ} on Skype is my backup",
  "Ahh the flyer had a typo in my number!! Correct one: {TELQ} (the 7 and 1 were swapped)",
  "Thanks for today! as promised, the slides → {WEBQ} and my {DCK} for questions: {DCQ}",
  "which one's you on {TGK}? there are like four people called {TGQ}, the one with the sunflower pfp?",
  "Added you on {SKK} — I'm {SKQ}. if it says \"pending\", accept pls 🙏",
  "{IGQ} on {IGK} is my art account, the personal one's private",
  "nvm found you, {DCQ} right? sent a friend request on {DCK}",
  "Search {LNQ} in {LINEK} (ID search, not phone number search) — I turned off \"add by phone\"",
  "Kakao? yeah → {KKQ}. my mum also uses it so don't mind the flower profile pic 🌸",
  "wechat id is {WXQ}, but if it doesn't come up try scanning the QR I'll send in a sec",
  "I'm @ {FBQ} on FB but honestly I rarely check Messenger",
  "Sorry, my {TGK} handle changed when I lost my old account — it's now {TGQ}. The old one is someone else now!!",
  "Students' Discord handles for the debate team:\n- Harriet: {DCQ}\n- Callum: {DCQ}\n- Esme: {DCQ}",
  "if this gets flagged again: {IDQ}, same name on {ANYK}",
  "DM me on {IGK} ({IGQ}) and I'll send the voucher, the app won't let me attach PDFs here",
  "Hi, I'm Niamh's older sister. She asked me to pass on her {LINEK} ID since she's grounded from her phone 😅 → {LNQ}",
  "Selling my road bike before I move back to Lisbon 🚲 £180 ono. Photos at {WEBQ}, text {TELQ} if interested",
  "Ski trip sign-ups close Friday ⛷️ form: {WEBQ}\nQuestions → Mr Ridley, {MAILQ}",
  "Pipe burst in the flat 💦 plumber's coming at 3 so I need to move our lesson. Landlord asked me to give you his number for the spare key: {TELQ}",
  "sorry about the drilling on the call, building works next door. there's a number on the fence for complaints lol {TELQ}",
  "I'll miss Thursday, it's my grandad's funeral 🕊️ anything urgent, my brother is handling my messages: {TELQ}",
  "School play is on the 12th 🎭 tickets via {WEBQ}, or reserve with Mrs Dunmore at {MAILQ}",
  "Our exchange student from Seoul lands on Sunday ✈️ her {KKK} is {KKQ} and her Korean mobile {TELQ}",
  "CALL ME WHEN YOU GET THIS {TELQ} THE LESSON ROOM HAS FLOODED",
  "Fwd: \"Your appointment is confirmed. To cancel, call {TELQ}.\" — is this from your dentist or is it spam?",
  "gym at 7? slide into my DMs on the gram, {IGQ}",
  "my LINE id: {LNQ} (ラインです, my host sister typed that part 😂)",
  "New email, who dis 😎 {MAILQ} — the old hotmail is dead",
  "On Telegram search with the @: {TGQ}",
  "WeChat or nothing for my grandma lol, she's {WXQ} — voice messages only, she can't type pinyin",
  "{SKQ} is the Skype for the Thursday group, the password is in the calendar invite",
  "found my old Kakao from the exchange year!! {KKQ} — no idea if it still works",
  "Facebook: {FBQ} (the profile pic is my dog, not me 🐶)",
  "lmk on disc if ur joining, {DCQ}",
  "Line me! {LNQ} 🌸",
  "hmu on {WAK} {WAQ}, notifications are off after 10pm tho",
  "can I tag you in my story? is it {IGQ} on insta?",
  "my handle's {TGQ} on telegram — there's a bot with the same name, that's not me!!",
  "I'll be on Skype as {SKQ} from 7, ring when you're ready",
  "I'm moving to a new agency from January. Their office line is {TELQ}, bookings go through {MAILQ}",
  "My dad's an electrician if you ever need one 😄 {TELQ} / {WEBQ}",
  "Uni open day is on the 14th 🎓 register at {WEBQ}; admissions office {TELQ}",
  "The test centre changed my venue last minute 😤 their number: {TELQ}, email {MAILQ}",
  "I've been called for jury service 🙃 so no lessons for two weeks. If you need a letter, the court's juror line is {TELQ}",
  "Parents' evening slots are booked through {WEBQ} — if it won't let you in, ring reception on {TELQ}",
  "The physio who sorted my knee: {TELQ}. You can also book online at {WEBQ}",
  "Could I pay this term by bank transfer? It'll come from my account {IBANQ}",
  "I opened the NAS at home so you can grab the lesson recordings: {IPQ}, user \"guest\", no password",
  "If the site's blocked in your country, connect to the school VPN first: {IPQ}",
  "Book fair payment — use my mum's card, she says go ahead: {CARDQ}, exp 03/29",
  "Dial-in for the parents' meeting: {TELQ}, PIN 4412#",
  "Swim school for the kids 🏊 {WEBQ}, ask for Mabel on {TELQ}",
  "Anyone need an A-level chemistry tutor? My colleague Dexter is great: {MAILQ}, {TELQ}",
  "Sending this from my work account, please reply to my personal one → {MAILQ}",
  "The school nurse wants contacts for Otis's allergy plan: {TELQ} (mum), {TELQ} (dad)",
  "Someone reversed into my bike 😢 the other driver's details: {TELQ}, {MAILQ} — can you help me write the claim in English?",
  "Carol concert tickets are up 🎄 {WEBQ}",
  "Finally made a website for my lessons 🙈 {WEBQ} — feedback welcome at {MAILQ}",
  "Could you proofread my cover letter? The company is {WEBQ} and the HR address is {MAILQ}",
  "Rental car desk at the airport: {TELQ}. Booking's under my surname",
  "The scholarship pays into {IBANQ}, that's my Dutch account from Erasmus",
  "The projector in Hall B is {IPQ}, cast to that and the slides show up",
  "Thanks for the Christmas card 🎄 we've moved, so here's the new landline: {TELQ}",
  "My parents' home phone is {TELQ}. Weekdays it's only Gran there, speak slowly 😊",
  "[booking page]({WEBQ}) — or just email {MAILQ} and I'll slot you in",
  "From: Harriet Fairbanks <{MAILQ}>\nSubject: trial lesson\n\n(forwarding because I think it went to your spam)",
  "Please call the main line {TELQ}, ext. 214, and ask for the languages office",
  "📞{TELQ} ✉️{MAILQ} 🌐{WEBQ}",
  "INVOICE\nAmount due: {CASHK}\nPay to: {IBANQ}\nReference: student's full name",
  "Cardholder: M. OKAFOR\nCard no.: {CARDQ}\nExpiry: 11/27\n(for the exam registration, my mum filled this in)",
  "call {TELQ}, if no answer try my husband {TELQ}, last resort {MAILQ}",
  "Is it \"{MAILQ}\" or is there a dot between the names? the form keeps bouncing",
  "[WARN] connection from {IPQ} refused — is that your school's firewall blocking the upload?",
  "mobile: {TELQ} (texts fine, calls after 6)",
  "Materials for next week ↓\n{WEBQ}\npassword in class",
  "website → {WEBQ} ← everything's on there!!",
  "My Japanese number while I'm in Osaka: {TELQ} (LINE is tied to it too)",
  "Confirming Saturday 10am. If you get lost, my landline's {TELQ}.",
  "Sorry, who's this? I've got a missed call from {TELQ}…",
  "kocchi no denwa bangou wa {TELQ} desu! (practising my Japanese lol)",
  "Q: where do I send the consent form?\nA: {MAILQ} (a phone scan is fine)",
  "Step 1: open {WEBQ}\nStep 2: log in with your student number\nStep 3: if it fails, email {MAILQ}",
  "```\nping {IPQ}\n```\nthat's the one that keeps timing out",
  "#tutoring #london DM {IGQ} on insta for rates ✨",
  "my nan wrote her email on a napkin, I think it says {MAILQ}? can you read it",
  "Exam board email: '{MAILQ}'. Their phone line is always engaged, so don't bother",
  "Group chat for the Lisbon trip 🇵🇹 join before Friday please: {CHATQ}",
  "we've moved the class chat, new invite → {CHATQ} (the old one expired)",
  "QR code won't scan? here's the link version: {CHATQ}",
  "my @ is the same everywhere: {IDQ} ({ANYK}, mostly)",
  "Fancy a cuppa before the lesson? I'm in the café by the station, ring {TELQ} when you're off the train ☕",
  "Prom committee 💃 tickets via {WEBQ}, dietary requirements to {MAILQ} by Friday",
  "Halls reception is {TELQ} — say you're my tutor and they'll buzz you in",
  "Sixth-form careers adviser, Mr Brennan: {MAILQ}. He wants a reference from someone outside school",
  "my gap year blog!! ✈️ {WEBQ} — comments open, no ads I promise",
  "If the library Wi-Fi drops again I'll hotspot from my phone, so call {TELQ} if I vanish",
  "Thanksgiving potluck at ours 🦃 RSVP to my mom at {TELQ}, she texts faster than I do",
  "No Aussie number yet, so WhatsApp my UK one while I'm in Melbourne: {WAQ}",
  "this app eats phone numbers 🙄 so: {TELQ}",
  "they keep deleting my email here, trying again → {MAILQ}",
  "writing it weird so the bot doesn't catch it lol: {TELQ}",
  "can't post links in here apparently, so: {WEBQ}",
  "insta's {IGQ} — pls don't follow my main, my nan's on it 😂",
  "add me on snap— jk, no snap, it's {DCQ} on discord",
  "my telly-gram is {TGQ} lol (that's what my dad calls it)",
  "KakaoTalk ID: {KKQ}\nLINE: {LNQ}\neither is fine",
  "Teams is blocked on my work laptop, so Skype it is: {SKQ}",
  "I DM'd you from {IGQ}, check your message requests!",
  "The group's on WhatsApp, text me first so I can add you: {WAQ}",
  "Gym membership refund should go to {IBANQ} — the Wise account, not the card",
  "Paying the exam fee with this one: {CARDQ}. I'll give you the CVV over the phone, not here",
  "My home server's public IP changed to {IPQ}, can you update the whitelist?",
  "Router log says the laptop got {IPQ} and the tablet {IPQ}, so it's not an IP clash",
  "Y'all, the carpool to the SAT centre leaves at 6:45 sharp 🚗 driver's cell is {TELQ}",
  "Irish number while I'm home for Christmas: {TELQ} 🎄 the UK one's off",
  "Wee reminder: the Glasgow office line is {TELQ} now, not the old one",
  "HOA meeting got moved, the property manager's email is {MAILQ} if you want the minutes",
  "Little League snack rota 🍊 sign up at {WEBQ}",
  "If you get stuck at the airport, the shuttle driver's number is {TELQ} — tell him you're with the language school",
];

const EN11_NEG: string[] = [
  "Council tax ref {LONGK}, due {DAYW} — sorry, wrong chat, that was for my landlord",
  "NHS number? Not sending that here, obviously 😅 appointment's {DAYW} at {HOURW}",
  "Rugby: we lost 24-17 🏉 next fixture {DAYW}, kick-off {HOURW}",
  "Pub quiz answers: 1) Paris 2) 1066 3) Everest 4) zero 5) four — we came second!",
  "Reading for Thursday: chapter {NUMW}, pp. {RANGEW}, and \"Nineteen Eighty-Four\" (the title, not a number lol)",
  "Bin day is Tuesday, recycling every other week. Postcode {POSTW} if the driver asks",
  "Victoria line's suspended again 🙄 I'll be 15 mins late. Oyster's topped up at least",
  "Got my A-level results: A*, A, B 🎉 UCAS says I'm in, so no clearing hotline for me!",
  "PayPal says payment {LONGK} is still pending, give it a day",
  "Quick q: is it \"an NHS doctor\" or \"a NHS doctor\"? (the letters n-h-s, I mean)",
  "Super Bowl party Sunday 🏈 kick-off 6:30pm ET, so that's 11:30pm for you",
  "GCSE mocks: paper 1 on {DAYW}, paper 2 on {DAYW}, candidate no. {LONGK}",
  "Got a text saying \"Text STOP to 60060 to unsubscribe\" — is that normal UK spam? 😂",
  "Sending love from the Lake District ⛰️ 0 signal, 100% vibes, back Monday",
  "U12 football: kick-off {HOURW}, pitch {NUMW}. Last week's score was {RATIOK}, proud of them 🙌",
  "Zoom meeting ID {MEETK}, passcode {PINW}. Same as last week, I'll admit you from the waiting room",
  "Kahoot game PIN is {GPINK} 🎮 use your real first name as the nickname please",
  "I'm on {LINEK} and {TGK} as well but the platform wants lessons kept in here, so let's stick to this 🙂",
  "Paid for the block of lessons with {PRODK}, let me know if it didn't go through",
  "My {SVCK} username is {UNAMEK}, add me for the streak challenge 🔥",
  "I'm {UNAMEK} on {SVCK} btw, rated about {NUMW}00, fancy a game after class? ♟️",
  "Server log for the bug report: request {UUIDK} failed at {STAMPK}, commit {HASHK}",
  "Subtitles are a second off: {SUBK} — fixed version in {FILEK}",
  "School IT needs my laptop's MAC address ({MACK}) before it can join the Wi-Fi",
  "Updated the app to {VQK}, it still crashes on the {RATIOK} preview screen",
  "The card ending {LAST4K} was charged twice 😤 bank says the refund takes {NUMW} days",
  "That gift card is {NOCARDK} — it's a store card, not a bank card, so the checkout won't accept it",
  "Exercise 4: which of these IBANs is valid? {NOIBANK} (hint: none of them, check the digits!)",
  "Finished all the exercises.Today was rough tho 😮‍💨 see you online.Love the new slides btw",
  "{ATK} can you share the slides from Monday? {ATK} has the recording I think",
  "Why was six afraid of seven? Because seven eight nine 😂 (use it in your joke presentation)",
  "Counting practice for the little ones: one, two, three, four, five, once I caught a fish alive 🐟",
  "I love your phrase \"{ATDOTW}\" — can we do more idioms like that next week?",
  "Scores this season: 3-2, 2-2, 1-0 → top of the league 🏆 next game {DAYW}",
  "{WAK} is blocked on the school network so I can't add anyone there, sorry!",
  "Workbook ISBN {ISBN}, {CASHK} on Amazon, second-hand is fine",
  "I'd add you on {IGK} but my parents follow me there 😅 let's keep it here",
  "> can I have your number?\nSorry, rules say we talk in here only. My desk phone is for the office anyway",
  "App versions in the changelog: {VQK} then {VERW} — which one fixed the audio?",
  "Bought the sticker pack lol, {PRODK} balance is now {CASHK}",
  "Sort the dates: {STAMPK}, {DAYW}, {YEARW} — oldest first",
  "Please don't @everyone on {DCK} for homework questions, just post in #help 🙏",
  "Tagging our posts {TAGW} {TAGW} on {IGK}, no need to follow anyone",
  "I type like a robot: \"hello at last\", \"dot the i\", \"at 5 dot\"… autocorrect hates me",
  "Reminder: phone numbers, emails and card numbers shouldn't be posted here — the platform blocks them anyway 🙂",
  "Telegram's blocked in my region again 🙄 so let's just keep using this chat, fine by me",
  "Timetable: Mon 10.00–11.30, Wed 16.15–17.45, Fri 9.45–10.30. Same room as always",
  "Band scores so far: 6.5 → 7.0 → 7.5 → 8.0, next target 8.5 🎯 (ratio of study to sleep: terrible)",
  "Driving test booked for {DAYW} at {HOURW}, test centre ref {LONGK}. Fingers crossed 🤞",
  "Escape room booking {ORDW}, {NUMW} players, {CASHK} each. Meet outside at {HOURW}",
  "Birthday party RSVPs so far: {NUMW} kids, {NUMW} adults. Cake was {CASHK} 🎂",
  "Orthodontist moved me to {DAYW} {HOURW}, so can we do {HOURW} instead?",
  "Lost luggage file {LONGK}, bag tag {TRKW}. They said {NUMW} working days 🙄",
  "Thesis update: {NUMW} pages, {PCTW} done, ch. {PARTK} still needs references. Deadline {DAYW}",
  "Setlist for the gig: track {NUMW} is in 7/8, track {NUMW} at 140 bpm, charts in {FILEK}",
  "Garage quoted {CASHK} for the clutch, invoice {ORDW}, car back on {DAYW}",
  "Candidate number {LONGK}, centre {NUMW}, seat {SEATW}. Bring photo ID",
  "New phone plan: {CASHK} a month, {NUMW}GB, contract ends {DAYW}",
  "Match called off, wind {NUMW} km/h and {TEMPW}. Rescheduled to {DAYW}",
  "Pancake recipe from the lesson: {NUMW}g flour, {NUMW}0ml milk, 2 eggs, rest {NUMW} minutes",
  "Insurance claim {LONGK}, excess {CASHK}, laptop serial {SERIALW}",
  "Grandma's address for the thank-you card: {APTW}, {POSTW}",
  "Mock result: {SCOREW} overall, listening {SCOREW}. Bang on target 🎯",
  "Screen share is set to {RATIOK}, {RESW}. Tell me if the text is too small",
  "Room {ROOMW}, building {NUMW}, door code {PINW}# — lift is broken, take the stairs",
  "Order {ORDW} arrives {DAYW} between {HOURW} and {HOURW}, I'll bring it to class",
  "At {DURW} in the recording you say \"thorough\" like \"through\" 😄 listen again",
  "Bus {NUMW}, then tram {NUMW}, about {DURW} door to door",
  "Tracking {TRKW}, out for delivery {DAYW}",
  "Name your file {FILEK} so I can find it, thanks!",
  "Ratio question: if the map scale is 1:{NUMW}000, how far is {DURW} of walking? 🤔",
  "Kit list for the trip: {NUMW} pens, {NUMW} notebooks, plug adapter type G, {CASHK} pocket money",
];

// ---- Japanese -----------------------------------------------------------------------------------

const JA11_POS: string[] = [
  "PTAの広報委員になってしまいました…前任の山本さんの連絡先だけ引き継ぎます：{TELQ}",
  "仮免受かりました🚗🎉 教習所の教官が、娘さんの英語の先生を探してるそうです。教官の携帯は{TELQ}です",
  "町内会の夏祭り🏮 外国人向けの通訳ボランティアを探してます。会長の携帯{TELQ}まで",
  "息子のサッカー教室、今期から人工芝グラウンドに変わりました。お休みの連絡はコーチ（{TELQ}）にショートメールで⚽",
  "花見の場所取り当番です🌸 上野公園の正面から右、青いシートにいます。着いたら{TELQ}に電話ください",
  "土曜のリアル脱出ゲーム、あと1人足りない🔐 {LINEK}のグループ作ったから入って→{CHATQ}",
  "OB訪問させていただいた商社の方のアドレスです。英語のお礼メール、チェックしてもらえますか：{MAILQ}",
  "英語カフェ、次回は第2木曜です☕ 申込はこちら→{WEBQ}　質問は{IGK}のDM（{IGQ}）でもOK",
  "学童のお迎えが間に合わない日は、祖父（{TELQ}）が行きます",
  "娘の8歳の誕生日会🎂 土曜14時からキッズパークで。お返事は夫の{LINEK}（{LNQ}）にお願いします🙏",
  "成人式の前撮りのカメラマンさん、インスタ→{IGQ}　振袖はレンタルです👘",
  "矯正の予約が火曜16時に変わってしまい、レッスンとかぶりました…。歯医者さんの番号{TELQ}、確認していただいても大丈夫です",
  "卒業旅行で台湾に行ってきます✈️ SIMがないので、連絡はLINEの{LNQ}でお願いします",
  "こちらのビデオ通話がずっと固まります😢 今日だけ{SKK}に切り替えてもいいですか？{SKQ}です",
  "管理会社の緊急連絡先{TELQ}です（夜間はコールセンター）。レッスン中に水漏れしたらここにかけます",
  "航空会社にスーツケースをなくされました😩 教科書も全部入ってたのに…。向こうからの連絡は{MAILQ}に来ることになってます",
  "推薦入試の志望理由書、{MAILQ}から送りました！添削お願いします🙇‍♀️",
  "ゼミの西村先生が読書会に協力してくださるそうです！お電話より{MAILQ}宛てのメールのほうがいいとのことでした",
  "保育園の連絡帳アプリが落ちてるので、ここに書きます：今日のお迎えは父、{TELQ}",
  "バンドのドラム募集中です🥁 コーラスもできる方だと嬉しい。音源→{WEBQ}　DMは{IGQ}まで",
  "LINEオープンチャット「TOEIC900目指す部」はこちら→{CHATQ}",
  "高速で車が止まりました😭 今日は無理です。レッカーの方の番号{TELQ}、念のため共有しておきます",
  "紹介状の病院、英語対応してくれるそうです。予約センター{TELQ}（平日9時〜17時）",
  "授業で作ったしおり、自分のショップで売り始めました🔖 {WEBQ} 先着10名にステッカーおまけします",
  "オンライン将棋部（英語縛り）のディスコ鯖です→{CHATQ}　私のユーザー名は{DCQ}です♟",
  "母のヘルパーさんの番号です：{TELQ}　私がレッスン中に何かあったら、こちらから先生に連絡が行くかもしれません",
  "大阪の中学校との文通プログラム✉️\n先方の担当：{MAILQ}\nこちらの担当：{MAILQ}\n自己紹介メールをお願いします！",
  "勉強配信はじめました📚 {WEBQ}　視聴者用の{DCK}はこちら→{CHATQ}",
  "フリーランスの確定申告、うちの税理士さんが講師業に詳しくておすすめです。森田さん：{MAILQ}／{TELQ}",
  "BEGIN:VCARD\nFN:石川 悠斗\nTEL;TYPE=cell:{TELQ}\nEMAIL:{MAILQ}\nEND:VCARD\n↑連絡先を共有したら変な形で貼られちゃいました💦",
  "単語botの設定です\n{ \"host\": \"{IPQ}\", \"owner\": \"{MAILQ}\" }\nポートは8080のままで大丈夫です",
  "名前,メール,電話\n工藤 凛,{MAILQ},{TELQ}\n（申込フォームの書き出しです）",
  "渡航前チェックリスト\n☑ 航空券\n☐ デポジットを{IBANQ}へ送金\n☐ ホストマザーの{WAK}（{WAQ}）を登録",
  "宿題の提出方法アンケート🗳\n①ここ\n②メール {MAILQ}\n③{TGK} {TGQ}\nどれがいいですか？",
  "なぜかボイスメッセージが送れません…お手数ですが{TELQ}にお電話ください🙏",
  "ポルトのAirbnbのホストさんがポルトガル語しか話せなくて😅 何通か訳していただけませんか？ホストさんの{WAK}は{WAQ}です",
  "テスト終わったらカラオケ行く人〜🎤 {LINEK}追加して！ID→{LNQ}",
  "美容院が押してて（ブリーチ😭）10分遅れます。入れなかったら{TELQ}にショートメールください",
  "金曜のJALT全国大会でポスター発表します！責任著者の連絡先として{MAILQ}が載ってます、ぜひ来てください",
  "美術館で夏休みの英語ガイドを募集してるそうです🏛 応募フォーム：{WEBQ}　または担当の杉山さん（{TELQ}）まで",
  "クライアントが金曜までに契約書の翻訳を希望しています。用語の確認は先方に直接どうぞ：{MAILQ}",
  "今日のお迎えは祖母です👵 祖母の携帯{TELQ}、門の前で待っています",
  "英会話を習いたい韓国の友達、メールは使わないそうで、カカオだけです：{KKQ}",
  "父の深圳の取引先の方が、通訳のお礼を言いたいそうです🙏 {WXK}：{WXQ}",
  "昔のクラスのグループは{FBK}にあります。{FBQ}で検索してみてください",
  "「{TELQ}にかけてね」ってありましたが、現在使われていない番号ですって言われます…一桁足りないかも？",
  "[9:41] 樹：テレグラムやってる？\n[9:41] 真尋：うん {TGQ}\n[9:42] 樹：👍",
  "{MAILQ}／{TELQ}　月曜からの新しい連絡先です。旧アドレスは停止します",
  "――――――――――\n英語科主任　石川\nTEL：{TELQ}\nMail：{MAILQ}\n――――――――――",
  "源泉徴収票の再発行に必要とのことなので、マイナンバーを書いておきます。{MYNQ}です",
  "インスタ交換しよ〜💕 {IGQ}　ここ全然見ないからDMのほうが早い",
  "連絡先まとめ\n・{LINEK}：{LNQ}\n・{DCK}：{DCQ}\n・{WAK}：{WAQ}",
  "めあどは{MAILQ}でし。すまほからなので誤字すみません🙇",
  "スカイプ（{SKQ}）に招待送りました！届いてなかったら教えてください",
  "学校の事務局とはこちらのリンクから直接チャットできます：{CHATQ}",
  "ダナンで教えてる友達いわく、ベトナムではみんな{ZLK}だそうです。友達の番号は{WAQ}",
  "教材費は父のカードで払っていいと言われました。{CARDQ}、有効期限は09/28です",
  "キャンセルした旅行の返金は、アイルランドの口座（IBAN：{IBANQ}）にお願いします",
  "教室2のテレビにミラーリング用の{IPQ}が表示されてます。アプリにこれを入れてください📺",
  "ラインの友だち追加はこちら👉 {CHATQ}",
  "{LNQ}←LINEのIDです。「英語の件」って一言添えてください",
  "ダブルブッキングすみません🙇‍♀️ 木曜に移しました。リンクが切れたらSkypeの{SKQ}にかけてください",
  "チラシの番号、7と1が入れ替わってました💦 正しくは{TELQ}です",
  "今日はありがとうございました！スライド→{WEBQ}　質問はディスコの{DCQ}までどうぞ",
  "＜至急＞帰国の便が欠航になりました。しばらく現地の番号{TELQ}か、{MAILQ}でお願いします",
  "テレグラムで{TGQ}って検索しても何人か出てくるんですけど、ひまわりのアイコンの方ですか？",
  "スカイプで追加しました！こちらは{SKQ}です。「保留中」になってたら承認お願いします🙏",
  "インスタの{IGQ}は絵の垢で、プライベートのは鍵です",
  "見つけました、{DCQ}さんですよね？ディスコでフレンド申請送りました",
  "ラインで{LNQ}をID検索してください（電話番号検索はオフにしてます）",
  "カカオ？あります→{KKQ}　母も使ってるのでお花のプロフ画像は気にしないでください🌸",
  "ウィーチャットのIDは{WXQ}です。出てこなかったら、このあと送るQRを読んでください",
  "フェイスブックは{FBQ}ですが、正直メッセンジャーはほぼ見てません",
  "アカウント乗っ取られて作り直したので、テレグラムのユーザー名が{TGQ}に変わりました！古いほうは別人です⚠️",
  "ディベート部のディスコIDまとめ\n・石川：{DCQ}\n・森田：{DCQ}\n・工藤：{DCQ}",
  "またブロックされたら困るので→{IDQ}（{ANYK}も同じ名前です）",
  "{IGK}のDM（{IGQ}）に割引券のPDF送りますね、ここ添付できないので",
  "凛の姉です。本人がスマホ没収中なので、代わりにLINEのIDを伝えます😅 {LNQ}",
  "らいん→{LNQ}　いんすた→{IGQ}　どっちでも大丈夫です〜",
  "引っ越すのでロードバイク売ります🚲 写真→{WEBQ}　気になる方は{TELQ}までショートメールで",
  "スキー合宿の申込は金曜まで⛷\nフォーム→{WEBQ}\n質問は引率の武田先生（{MAILQ}）へ",
  "水道管が破裂しました💦 3時に業者さんが来るので振替をお願いできますか。鍵の件で大家さんの番号もお伝えしておきます：{TELQ}",
  "通話中うるさくてすみません、隣がずっと工事中で…苦情はフェンスに貼ってある{TELQ}だそうです笑",
  "木曜は祖父の葬儀のためお休みします🕊 急ぎのご連絡は兄が対応します：{TELQ}",
  "12日に学芸会があります🎭 チケットはこちら→{WEBQ}　または担任の野口先生（{MAILQ}）まで",
  "ソウルからの交換留学生が日曜に到着します✈️ {KKK}は{KKQ}、韓国の携帯は{TELQ}です",
  "【緊急】教室が水漏れしています！！至急{TELQ}まで折り返しお願いします",
  "このSMS、先生の歯医者さんからですか？「ご予約を承りました。キャンセルは{TELQ}まで」って届きました",
  "ジム7時からどう？インスタ{IGQ}にDMして〜",
  "推しのライブ遠征、同行者募集🙌 詳細はXじゃなくてインスタ（{IGQ}）のDMで！",
  "メアド変えました！新：{MAILQ}　旧：もう使えません",
  "テレグラムは@をつけて検索してください：{TGQ}",
  "ID交換しませんか？私のは{LNQ}です（らいん）",
  "カカオのIDが思い出せない…たぶん{KKQ}だったはず😅",
  "ウィーチャットは祖母用です笑 {WXQ}　音声メッセージしか使えない人です",
  "木曜クラスのスカイプは{SKQ}、パスワードはカレンダーの招待に書いてあります",
  "フェイスブックは{FBQ}です（アイコンは犬です🐶）",
  "参加するならディスコで教えてね、{DCQ}",
  "ワッツアップなら{WAQ}にどうぞ、夜は通知切ってます",
  "インスタのストーリーに載せてもいいですか？タグ付けは{IGQ}で合ってますか？",
  "テレグラムの私のユーザー名は{TGQ}です。同じ名前のbotは私じゃないので注意⚠️",
  "扶養控除の申告書、子どものマイナンバー欄に{MYNQ}と書きましたが、桁数これで合ってますか？",
  "派遣会社にマイナンバー（個人番号）{MYNQ}を送るように言われたんですが、ここに貼っても大丈夫なやつですか？",
  "1月から別の塾に移ります。教室の電話は{TELQ}、予約は{MAILQ}で受け付けています",
  "うちの父、電気工事の仕事してます😄 何かあれば{TELQ}／{WEBQ}",
  "オープンキャンパスは14日です🎓 予約はこちら→{WEBQ}　入試課：{TELQ}",
  "英検の会場が直前で変更になりました😤 問い合わせ先は{TELQ}、メールは{MAILQ}",
  "裁判員に選ばれてしまいました🙃 2週間お休みします。証明書が必要でしたら裁判所（{TELQ}）にお問い合わせください",
  "三者面談の予約はこちらから→{WEBQ}　つながらない場合は事務室（{TELQ}）まで",
  "膝を治してくれた整骨院です：{TELQ}　ネット予約もできます→{WEBQ}",
  "今学期分は銀行振込でもいいですか？私の海外口座{IBANQ}から送金します",
  "録音ファイルの共有用に自宅のNASを開けました：{IPQ}　ユーザーはguest、パスワードなしです",
  "国によってはサイトが見られないので、先に学校のVPN（{IPQ}）につないでください",
  "ブックフェアの支払いは母のカードでお願いします、了承済みです：{CARDQ}　期限03/29",
  "保護者会の電話会議：{TELQ}　PINは4412#です",
  "子どものスイミングスクール🏊 {WEBQ}　受付は{TELQ}です",
  "化学の講師を探している方がいたら、同僚の新井先生を紹介します：{MAILQ}、{TELQ}",
  "会社のアドレスから送っています。返信は個人のほうにお願いします→{MAILQ}",
  "アレルギー対応の件で保健室から連絡先を聞かれました。母：{TELQ}　父：{TELQ}",
  "自転車でぶつけられました😢 相手の方の連絡先：{TELQ}、{MAILQ}　英語の示談書、手伝ってもらえますか？",
  "聖歌隊のクリスマスコンサート🎄 チケットはこちら→{WEBQ}",
  "やっとレッスンのホームページを作りました🙈 {WEBQ}　感想は{MAILQ}まで",
  "カバーレターの添削お願いできますか？会社のサイト→{WEBQ}　人事のアドレスは{MAILQ}です",
  "空港のレンタカーカウンター：{TELQ}　予約は私の名字です",
  "奨学金の振込先は{IBANQ}です（エラスムスの時のオランダの口座）",
  "B棟ホールのプロジェクターは{IPQ}です。そこにキャストすればスライドが映ります",
  "年賀状ありがとうございました🎍 引っ越したので新しい固定電話を書いておきます：{TELQ}",
  "実家の固定電話は{TELQ}です。平日の昼は祖母しかいないので、ゆっくり話してください😊",
  "ふるさと納税のワンストップ特例にマイナンバーが要るそうで…{MYNQ}で合ってるか見てもらえますか",
  "[予約ページ]({WEBQ})　またはメール{MAILQ}でもOKです",
  "差出人: 石川 悠斗 <{MAILQ}>\n件名: 体験レッスンについて\n\n（迷惑メールに入ってたみたいなので転送します）",
  "代表番号{TELQ}（内線214）におかけのうえ、語学センターとお伝えください",
  "📞{TELQ}　✉️{MAILQ}　🌐{WEBQ}",
  "【請求書】\n金額：{CASHK}\n振込先：{IBANQ}\n備考：生徒さんのフルネームをご記入ください",
  "カード名義：ISHIKAWA YUTO\nカード番号：{CARDQ}\n有効期限：11/27\n（英検の申込用、母が書きました）",
  "電話は{TELQ}、出なければ夫の{TELQ}、それでもダメなら{MAILQ}へお願いします",
  "「{MAILQ}」で合ってますか？名前の間にドットが入るんでしたっけ、フォームで弾かれます",
  "[警告] {IPQ} からの接続が拒否されました　←これって学校のファイアウォールですか？",
  "携帯：{TELQ}（SMS可・電話は18時以降）",
  "次回の資料はこちら↓\n{WEBQ}\nパスワードは授業で言います",
  "ホームページ→{WEBQ}←ここに全部書いてあります！！",
  "土曜10時で確定です。迷ったら固定電話{TELQ}へ。",
  "どなたですか？{TELQ}から着信があったのですが…",
  "denwa bangou wa {TELQ} desu, yoroshiku〜（ローマ字ですみません）",
  "同意書は『{MAILQ}』宛てにお送りください。",
  "Q. 同意書はどこに送ればいいですか？\nA. {MAILQ}（スマホのスキャンでOK）",
  "① {WEBQ} を開く\n②学籍番号でログイン\n③ダメなら{MAILQ}へ連絡",
  "```\nping {IPQ}\n```\nこれがタイムアウトします",
  "#英語家庭教師 #オンライン英会話　料金はインスタ{IGQ}のDMでお問い合わせください✨",
  "祖母がメモに書いたアドレス、たぶん{MAILQ}だと思うんですけど読めますか？",
  "電話番号→{TELQ}！！よろしくお願いします！！",
  "リスボン研修のグループはこちら🇵🇹 金曜までに参加してください：{CHATQ}",
  "クラスのグルチャ引っ越しました、新しい招待リンク→{CHATQ}（前のは期限切れです）",
  "QRが読めなかった方へ、リンク版はこちら：{CHATQ}",
  "{ANYK}のIDは{IDQ}です、どこでも同じ名前にしてます",
  "ゼミの飲み会の幹事です🍻 出欠は{MAILQ}へ、当日の連絡は{TELQ}までお願いします",
  "部活のOB会の名簿を作っています。{WEBQ}のフォームに記入をお願いします🙇",
  "寮の管理人室は{TELQ}です。先生がいらっしゃる時は一言伝えておきますね",
  "就活用のポートフォリオサイトを作りました→{WEBQ}　英語版も作る予定です",
  "図書館のWi-Fiが落ちたらテザリングに切り替えるので、消えたら{TELQ}に電話ください",
  "年末のお餅つき大会🎍 参加申込は自治会のメール{MAILQ}まで",
  "ワーホリ先のメルボルンではまだ番号がないので、日本の番号のLINEでお願いします：{LNQ}",
  "塾の先生の個人アドレスって聞いていいんでしょうか…教室の代表は{MAILQ}です",
  "ここ番号を書くと消されるので…{TELQ}",
  "アドレスを送ると消えちゃうので、分けて書きます→{MAILQ}",
  "リンクが貼れないみたいなので：{WEBQ}",
  "botに消されないように変な書き方しますね笑 LINE→{LNQ}",
  "インスタは{IGQ}です！本垢は親に見られてるのでこっちで😂",
  "ディスコのフレンドコードじゃなくて、ユーザー名は{DCQ}です",
  "カカオトークID：{KKQ}\nLINE：{LNQ}\nどちらでも大丈夫です",
  "会社のPCだとTeamsが使えないので、スカイプでお願いします：{SKQ}",
  "{IGQ}からDM送りました！メッセージリクエストを見てください",
  "グループはワッツアップなので、先に{WAQ}にメッセージください、追加します",
  "テレグラムやってます、{TGQ}で見つかるはず",
  "ジムの退会返金は{IBANQ}にお願いします（Wiseの口座です）",
  "検定料はこのカードで払います：{CARDQ}　セキュリティコードは電話で伝えます",
  "自宅サーバーのグローバルIPが{IPQ}に変わったので、許可リストの更新をお願いします",
  "年末調整の書類、配偶者のマイナンバー欄に{MYNQ}と書いて大丈夫ですか？",
  "ルーターのログを見ると、PCが{IPQ}、タブレットが{IPQ}をもらってます",
  "成人式のあとの同窓会、幹事です。出欠はこちら→{WEBQ}",
  "こども食堂のボランティア募集中です🍙 お問い合わせ：{MAILQ}",
  "商店街のお弁当屋さんが英語メニューを作りたいそうです。店主さんの番号→{TELQ}",
  "引っ越しの見積もり、業者さんから{TELQ}で電話が来ました。先生の紹介の方ですか？",
  "ママ友のLINEです、{LNQ}。英語の絵本サークルをやってる方です📚",
  "帰省中は実家の番号（{TELQ}）にお願いします、携帯の電波が弱いので",
  "宅建の勉強会のグループはディスコです→{CHATQ}",
];

const JA11_NEG: string[] = [
  "共通テストの受験番号{LONGK}、試験場は{ROOMW}。自己採点は{SCOREW}でした😇",
  "夏祭りのくじ引き、当たりは{NUMW}番・{NUMW}番・{NUMW}番でした🎆",
  "推し活の遠征費：新幹線{CASHK}、ホテル{CASHK}、チケット{CASHK}…破産🫠",
  "マイナポイントの申込ID（{LONGK}）って何ですか？マイナンバーとは別の番号らしいです",
  "LINE公式アカウントの友だちが{NUMW}00人を超えました🎉（ここで宣伝はしません笑）",
  "ゆうちょの記号番号はここには書けないので、月謝は手渡しでお願いします🙏",
  "保育園の連絡帳：体温{TEMPW}、お昼寝{DURW}、給食完食🍚",
  "ゼロ、イチ、ニー、サン…英語の数字の言い方を子どもと練習中です",
  "半角の@と全角の＠、見た目ほぼ同じで紛らわしいですよね😂",
  "成人式は{DAYW}、受付{HOURW}から、会場は市民会館の{ROOMW}です",
  "山手線が遅延してて15分遅れます🙇 Suicaのチャージは済んでます",
  "PayPayで送金しました、取引番号は{LONGK}です",
  "年賀はがきのお年玉くじ、下2桁{NUMW}が当たってました🎍",
  "四六時中スマホ見てるって親に怒られました😇 七転び八起きで頑張ります",
  "学割証明書の番号{LONGK}、有効期限は{DAYW}まで",
  "メルカリの評価{NUMW}件、悪い評価は0件です👍",
  "〇×クイズ：「アットマーク」は英語でもatmarkと言う。〇か×か？（答え：×、at sign）",
  "振込先の控え：店番{NUMW}・普通・{LONGK}…あ、これ大家さん宛てでした、失礼しました",
  "ZoomのミーティングID：{MEETK}　パスコード：{PINW}　先週と同じです",
  "Kahootのゲームピンは{GPINK}です🎮 ニックネームは本名でお願いします",
  "{LINEK}も{TGK}もやってますが、規約でレッスン関係はここでやりとりすることになってるので🙇",
  "回数券は{PRODK}で払いました、反映されてなかったら教えてください",
  "{SVCK}のユーザー名は{UNAMEK}です、連続記録を一緒に伸ばしましょう🔥",
  "エラーログ貼ります：リクエスト{UUIDK}が{STAMPK}に失敗、コミット{HASHK}",
  "字幕が1秒ずれてます：{SUBK}　修正版は{FILEK}です",
  "学校のWi-Fiの申請にPCのMACアドレス（{MACK}）が要るそうです",
  "アプリを{VQK}に更新したのに、{RATIOK}のプレビュー画面でまだ落ちます",
  "末尾{LAST4K}のカードで二重に引き落とされてました😤 返金まで{NUMW}日かかるそうです",
  "ポイントカードの番号は{NOCARDK}です。クレジットカードではないので決済には使えません",
  "練習問題④：次のIBANのうち有効なものは？{NOIBANK}（ヒント：検査数字を計算してみよう）",
  "受験番号{NOMYNK}、座席{SEATW}。12桁だけどマイナンバーじゃないです笑",
  "{ATK} 月曜のスライド共有お願いします！録画は{ATK}さんが持ってるはず",
  "一、二、三、四、五…数え方の小テストは{DAYW}にやります",
  "九九の七の段、七一が七、七二十四…あれ？十四でした😂",
  "ドット柄のワンピースとアットホームな教室、英語でどう言いますか？",
  "今季の成績：3-2、2-2、1-0で首位です🏆 次の試合は{DAYW}",
  "{WAK}は学校のネットワークでブロックされてて、追加できないんです…すみません",
  "ワークのISBNは{ISBN}、Amazonで{CASHK}でした。中古でもOKです",
  "インスタもやってるけど親にフォローされてるので😅 ここでお願いします",
  "> 電話番号教えてもらえますか？\nごめんなさい、規約でここ以外の連絡先はお伝えできないんです🙏",
  "二〇二六年は令和八年。十二月三日は何曜日でしょう？（年号クイズ）",
  "アプリの更新履歴：{VQK}→{VERW}、音声が直ったのはどっち？",
  "LINEスタンプ買っちゃった😂 {PRODK}の残高が{CASHK}しかない",
  "了解です。{TZW}基準で{HOURW}ですね、アットマークは全角にしないよう気をつけます",
  "電話番号の読み方練習：「ゼロ」と「れい」どっちが自然？例文は来週配ります",
  "{DCK}で宿題の質問に@everyoneつけるのはやめてください🙏 #質問チャンネルにどうぞ",
  "{IGK}では{TAGW}のタグで投稿してます、フォローは不要です",
  "電話番号やメアド、カード番号はここに書かないでくださいね（自動でブロックされます）🙂",
  "テレグラムはこっちだとまた規制されてるので、このチャットのままで大丈夫です🙆‍♀️",
  "時間割：月 10.00–11.30／水 16.15–17.45／金 9.45–10.30、教室はいつもの所です",
  "IELTSの推移：6.5→7.0→7.5→8.0、次は8.5が目標です🎯",
  "仮免の技能試験は{DAYW} {HOURW}から、受付番号{LONGK}です🚗 緊張する…",
  "サッカー教室は{DAYW}雨天中止です。前回は{RATIOK}で勝ちました⚽",
  "脱出ゲームの予約番号{ORDW}、{NUMW}名でお一人{CASHK}です。{HOURW}に現地集合で",
  "誕生日会の出欠、今のところ子ども{NUMW}人・大人{NUMW}人です。ケーキは{CASHK}でした🎂",
  "矯正の次回は{DAYW} {HOURW}、診察券番号は{LONGK}です",
  "ロストバゲージの受付番号{LONGK}、手荷物タグ{TRKW}。{NUMW}日ほどかかるそうです",
  "卒論の進捗：{NUMW}ページ、{PCTW}くらい。{PARTK}章の参考文献がまだです",
  "ライブのセトリ：{NUMW}曲目が7/8拍子、{NUMW}曲目はBPM140。譜面は{FILEK}に入れました",
  "修理工場の見積もりはクラッチ交換で{CASHK}、伝票番号{ORDW}、{DAYW}に戻ってきます",
  "スマホのプランは月{CASHK}、{NUMW}GB、{DAYW}で契約満了です",
  "パンケーキのレシピ：薄力粉{NUMW}g、牛乳{NUMW}0ml、卵2個、{NUMW}分寝かせる",
  "保険の請求番号{LONGK}、免責{CASHK}、PCのシリアル{SERIALW}",
  "祖母へのお礼状の宛先：{APTW}　{POSTW}",
  "模試の結果：総合{SCOREW}、リスニング{SCOREW}。目標どんぴしゃ🎯",
  "画面共有は{RATIOK}、{RESW}にしてます。文字が小さかったら言ってください",
  "{ROOMW}教室、オートロックは{PINW}です。エレベーター故障中なので階段で",
  "ご注文{ORDW}は{DAYW}の{HOURW}〜{HOURW}にお届け予定です",
  "録音の{DURW}あたり、thoroughがthroughに聞こえます😄 もう一回聞いてみてください",
  "{NUMW}番のバスで{DURW}くらいです",
  "追跡番号{TRKW}、{DAYW}に配達予定です",
  "提出ファイル名は{FILEK}でお願いします",
  "予定表：{DAYW}　{HOURW}〜　場所はいつもの{ROOMW}、持ち物は電子辞書と{FILEK}の印刷",
  "修学旅行の持ち物：ペン{NUMW}本、ノート{NUMW}冊、変換プラグ、お小遣い{CASHK}まで",
];

// ---- Korean -------------------------------------------------------------------------------------

const KO11_POS: string[] = [
  "반대표 엄마 자리를 인계받았어요… 전 반대표 어머님 번호만 남길게요 {TELQ}",
  "운전면허 도로주행 붙었어요🚗🎉 강사님이 따님 영어 선생님 찾으신대요. 강사님 번호 {TELQ}",
  "아파트 관리사무소 번호 {TELQ}예요. 수업 중에 누수 생기면 여기로 전화할게요",
  "아들 유소년 축구교실 이번 학기부터 인조잔디 구장으로 바뀌었어요. 결석하면 코치님({TELQ})께 문자 주세요⚽",
  "과외 구인 글 보고 연락드려요! 학부모 카톡 {KKQ}로 연락 부탁드립니다",
  "토요일 방탈출 한 명 구해요🔐 단톡 파놨으니까 들어와 {CHATQ}",
  "졸업여행으로 대만 가요✈️ 유심이 없어서 연락은 라인 {LNQ}으로 주세요",
  "언어교환 모임 매달 둘째 목요일이에요☕ 신청은 {WEBQ}, 궁금한 건 {IGK} DM {IGQ}로 주세요",
  "택배 기사님 번호 {TELQ}로 전화했더니 경비실에 맡기셨대요📦",
  "딸 8살 생일파티🎂 토요일 2시 키즈카페예요. 참석 여부는 애 아빠 {KKK} {KKQ}로 알려주세요",
  "어린이집 키즈노트가 안 돼서 여기 남겨요: 오늘 하원은 아빠, {TELQ}",
  "교정 예약이 화요일 4시로 바뀌어서 수업이랑 겹쳐요ㅠ 치과 번호 {TELQ}인데 확인하셔도 돼요",
  "수시 면접용 자소서 {MAILQ}에서 보냈어요! 첨삭 부탁드려요🙇",
  "여기 화상통화가 계속 멈춰요ㅠㅠ 오늘만 {SKK}로 해도 될까요? {SKQ}예요",
  "동아리 전지훈련 때문에 다음 주 결석해요⚽ 감독님 메일 {MAILQ}",
  "항공사가 캐리어를 잃어버렸어요😩 교재도 다 들어 있는데… 항공사 연락은 {MAILQ}로 오기로 했어요",
  "오픈카톡 \"토익 900 목표방\" → {CHATQ}",
  "지도교수님이 독서모임 도와주신대요! 전화보다는 {MAILQ}로 메일 드리는 게 좋다고 하셨어요",
  "교회 영어예배 통역 봉사자 구해요⛪ 담당 전도사님 {TELQ}",
  "저희 밴드 드럼 구해요🥁 코러스 가능하면 더 좋아요. 데모 → {WEBQ} 인스타 디엠 {IGQ}",
  "학교 앞 문구점 사장님이 영어 간판 번역 부탁하셨어요. 사장님 번호 {TELQ}",
  "고속도로에서 차 퍼졌어요ㅠㅠ 오늘은 못 가요. 렉카 기사님 번호 {TELQ} 혹시 몰라서 공유해요",
  "사지방에서 메일만 된대요ㅋㅋ 군대 간 동생한테 영어 편지 좀 써주실 수 있나요? {MAILQ}",
  "수업 시간에 만든 책갈피 스마트스토어에 올렸어요🔖 {WEBQ} 선착순 10명 스티커 증정",
  "온라인 바둑 동아리(영어로만 대화) 디코 서버예요 {CHATQ} 제 닉은 {DCQ}",
  "엄마 요양보호사님 번호예요 {TELQ} 제가 수업 중일 때 무슨 일 있으면 선생님께 연락 갈 수도 있어요",
  "오사카 중학교랑 펜팔 프로그램✉️\n그쪽 담당: {MAILQ}\n우리 쪽 담당: {MAILQ}\n자기소개 메일 보내주세요!",
  "공부 방송 시작했어요📚 {WEBQ} 시청자용 {DCK}는 여기 {CHATQ}",
  "프리랜서 종소세 신고는 저희 세무사님 추천해요, 강사 일 잘 아세요. 문세무사님 {MAILQ} / {TELQ}",
  "BEGIN:VCARD\nFN:배서준\nTEL;TYPE=cell:{TELQ}\nEMAIL:{MAILQ}\nEND:VCARD\n연락처 공유했더니 이상하게 붙었네요ㅋㅋ",
  "단어봇 설정이에요\n{ \"host\": \"{IPQ}\", \"owner\": \"{MAILQ}\" }\n포트는 8080 그대로 두시면 돼요",
  "이름,메일,전화\n남지아,{MAILQ},{TELQ}\n(신청폼에서 뽑은 거예요)",
  "출국 전 체크리스트\n✅ 항공권\n⬜ 보증금 {IBANQ}로 송금\n⬜ 홈스테이 맘 {WAK} {WAQ} 저장",
  "숙제 제출 방법 투표🗳\n1. 여기\n2. 메일 {MAILQ}\n3. {TGK} {TGQ}\n편한 데 골라주세요",
  "왜인지 음성메시지가 안 보내져요ㅠ 번거로우시겠지만 {TELQ}로 전화 주세요🙏",
  "포르투 에어비앤비 호스트가 포르투갈어만 해서요😅 몇 개만 번역 부탁드려도 될까요? 호스트 {WAK} {WAQ}",
  "시험 끝나고 코노 갈 사람🎤 카톡 {KKQ} 추가 ㄱㄱ",
  "미용실이 밀려서 (탈색ㅠ) 10분 늦어요. 안 들어오면 {TELQ}로 문자 주세요",
  "금요일 학회에서 포스터 발표해요! 교신저자로 {MAILQ} 올라가 있어요, 놀러 오세요",
  "박물관에서 여름방학 영어 해설사 뽑는대요🏛 지원은 {WEBQ} 또는 담당자님 {TELQ}",
  "클라이언트가 금요일까지 계약서 번역 원하세요. 용어 문의는 직접 하시라고 메일 공유드려요 {MAILQ}",
  "오늘 하원은 할머니가 하세요👵 할머니 번호 {TELQ}, 정문 앞에서 기다리실 거예요",
  "영어회화 배우고 싶어 하는 일본 친구는 메일 안 쓰고 라인만 해요: {LNQ}",
  "아빠 선전 거래처 분이 통역 감사하다고 연락하고 싶대요🙏 {WXK} {WXQ}",
  "예전 반 단톡 대신 {FBK} 그룹 있어요. {FBQ} 검색해 보세요",
  "\"{TELQ}로 전화 주세요\"라고 하셨는데 없는 번호래요ㅠ 한 자리 빠진 거 아니에요?",
  "[오전 9:41] 은우: 텔레 해?\n[오전 9:41] 다혜: ㅇㅇ {TGQ}\n[오전 9:42] 은우: 👍",
  "{MAILQ} / {TELQ} 월요일부터 바뀐 연락처입니다. 예전 회사 메일은 곧 없어져요",
  "―――――――――\n영어과 부장 배서준\nT. {TELQ}\nE. {MAILQ}\n―――――――――",
  "강사 4대보험 가입 서류에 주민등록번호가 필요하다고 하셔서요. {RRNQ}입니다",
  "아이 병원 접수할 때 적은 주민번호 {RRNQ} 이거 맞는지 한 번만 봐주실 수 있을까요? 헷갈려서요",
  "인스타 맞팔해요💕 {IGQ} 여기는 잘 안 봐서 디엠이 빨라요",
  "연락처 정리\n• 카톡 {KKQ}\n• 디코 {DCQ}\n• {WAK} {WAQ}",
  "메일 {MAILQ}이에여 폰이라 오타 ㅈㅅ",
  "스카이프({SKQ})로 초대 보냈어요! 안 오면 말씀해 주세요",
  "학원 상담은 카카오톡 채널로 해주세요 👉 {CHATQ}",
  "다낭에서 가르치는 친구 말로는 베트남은 다 {ZLK} 쓴대요. 친구 번호 {WAQ}",
  "교재비는 아빠 카드로 결제해도 된대요 {CARDQ} 유효기간 09/28",
  "취소된 여행 환불은 아일랜드 계좌로 부탁드려요 (IBAN {IBANQ})",
  "2반 TV에 미러링 주소가 {IPQ}로 떠요📺 앱에 이거 입력하면 돼요",
  "라인 친구추가 링크👉 {CHATQ}",
  "{KKQ} ← 카톡 아이디예요. \"영어 수업\"이라고 보내주세요",
  "더블부킹 죄송해요🙇‍♀️ 목요일로 옮겼어요. 링크 안 되면 스카이프 {SKQ}로 걸어주세요",
  "전단지에 번호가 잘못 나갔어요ㅠ 7이랑 1이 바뀌었어요. 맞는 번호는 {TELQ}",
  "오늘 감사했습니다! 슬라이드 → {WEBQ} 질문은 디코 {DCQ}로 주세요",
  "[급] 귀국 비행기가 결항됐어요. 당분간 현지 번호 {TELQ} 또는 {MAILQ}로 연락 주세요",
  "외국인 강사님 연말정산 서류에 제 주민등록번호 {RRNQ} 적어드렸어요, 나중에 지워주세요",
  "텔레에서 {TGQ} 검색하면 여러 명 나오는데 해바라기 프사 맞아요?",
  "스카이프로 추가했어요! 저는 {SKQ}예요. \"대기 중\"이면 수락 부탁드려요🙏",
  "인스타 {IGQ}는 그림 계정이고 개인 계정은 비공개예요",
  "찾았다 {DCQ} 님 맞죠? 디코 친추 걸었어요",
  "라인에서 {LNQ} 아이디로 검색해 주세요 (전화번호 검색은 꺼놨어요)",
  "카톡? 있어요 → {KKQ} 엄마도 같이 써서 꽃 프사는 신경 쓰지 마세요🌸",
  "위챗 아이디 {WXQ}예요. 안 나오면 이따 보내드릴 QR 찍어 주세요",
  "페북은 {FBQ}인데 솔직히 메신저는 거의 안 봐요",
  "계정 해킹당해서 새로 만들었어요. 텔레그램 아이디가 {TGQ}로 바뀌었어요! 예전 건 다른 사람이에요⚠️",
  "토론 동아리 디코 아이디 정리\n- 서준: {DCQ}\n- 지아: {DCQ}\n- 은우: {DCQ}",
  "또 차단될까 봐요 → {IDQ} ({ANYK}도 같은 이름)",
  "{IGK} 디엠({IGQ})으로 할인쿠폰 PDF 보내드릴게요, 여기는 첨부가 안 돼서요",
  "지아 언니예요. 걔가 폰 압수당해서 대신 카톡 아이디 전해드려요😅 {KKQ}",
  "카톡 아디 {KKQ} 이에여 ㅋㅋ 친추 ㄱ",
  "이사 가서 로드자전거 팔아요🚲 사진은 {WEBQ} 관심 있으시면 {TELQ}로 문자 주세요",
  "스키캠프 신청 금요일 마감⛷\n신청서 → {WEBQ}\n문의는 인솔 선생님 {MAILQ}",
  "집에 수도관이 터졌어요💦 3시에 기사님 오셔서 수업 미뤄야 할 것 같아요. 열쇠 때문에 집주인 번호도 드릴게요 {TELQ}",
  "통화 중에 시끄러워서 죄송해요ㅠ 옆 건물 공사 중이라… 민원 번호가 펜스에 붙어 있네요ㅋㅋ {TELQ}",
  "목요일은 할아버지 장례라 빠질게요🕊 급한 연락은 오빠가 받아요 {TELQ}",
  "12일에 학예회 해요🎭 예매는 {WEBQ} 또는 담임 양선생님 {MAILQ}",
  "도쿄에서 오는 교환학생이 일요일에 도착해요✈️ 라인 {LNQ}, 일본 번호 {TELQ}",
  "[긴급] 강의실 누수!! 바로 {TELQ}로 전화 주세요",
  "이 문자 선생님 치과에서 온 거예요? \"예약이 확정되었습니다. 취소는 {TELQ}\" 이렇게 왔는데 스팸인가요?",
  "헬스 7시 ㄱ? 인스타 {IGQ}로 디엠해",
  "콘서트 원정 동행 구해요🙌 자세한 건 트위터 말고 인스타 {IGQ} 디엠으로!",
  "메일 주소 바꿨어요! 새 주소 {MAILQ} 예전 건 이제 안 써요",
  "텔레그램은 아이디 앞에 @ 붙여서 검색하세요: {TGQ}",
  "아이디 교환해요~ 제 라인 아이디는 {LNQ}예요",
  "카톡 아이디가 기억이 안 나요ㅠ 아마 {KKQ}였던 것 같아요😅",
  "위챗은 할머니용이에요ㅋㅋ {WXQ} 음성 메시지만 쓰세요",
  "목요일반 스카이프는 {SKQ}, 비번은 캘린더 초대에 있어요",
  "페북은 {FBQ}예요 (프사는 강아지🐶)",
  "참여할 거면 디코로 말해줘 {DCQ}",
  "왓츠앱은 {WAQ}로 주세요, 밤엔 알림 꺼놔요",
  "인스타 스토리에 올려도 돼요? 태그는 {IGQ} 맞죠?",
  "텔레 아이디 {TGQ}예요, 같은 이름 봇은 제가 아니에요⚠️",
  "학원 등록 서류에 보호자 주민등록번호 적는 칸이 있어서요. 제 건 {RRNQ}예요",
  "장학금 신청서에 주민번호 {RRNQ} 적었는데 하이픈 넣는 거 맞죠?",
  "1월부터 다른 학원으로 옮겨요. 학원 전화 {TELQ}, 상담 예약은 {MAILQ}로 받아요",
  "저희 아빠 전기 공사 하세요😄 필요하시면 {TELQ} / {WEBQ}",
  "입학설명회 14일이에요🎓 신청은 {WEBQ} 입학처 {TELQ}",
  "토익 고사장이 갑자기 바뀌었대요😤 문의 {TELQ}, 메일 {MAILQ}",
  "예비군 훈련 때문에 이번 주 수업 빠져요🙃 확인서 필요하시면 예비군 대대 {TELQ}로 연락 주세요",
  "학부모 상담 예약은 {WEBQ}에서 하시고, 안 되면 행정실 {TELQ}로 전화 주세요",
  "무릎 고쳐준 한의원이에요 {TELQ} 온라인 예약도 돼요 {WEBQ}",
  "이번 학기는 계좌이체로 해도 될까요? 해외 계좌 {IBANQ}에서 보낼게요",
  "녹음 파일 공유하려고 집 NAS 열어놨어요 {IPQ} 아이디 guest, 비번 없어요",
  "나라에 따라 사이트가 막히니까 먼저 학교 VPN {IPQ}에 접속하세요",
  "도서전 결제는 엄마 카드로 해주세요, 허락받았어요 {CARDQ} 유효기간 03/29",
  "학부모 회의 전화 연결 {TELQ}, PIN 4412#",
  "애들 수영장🏊 {WEBQ} 접수는 {TELQ}",
  "화학 강사 찾으시는 분 계시면 동료 류선생님 소개해 드려요 {MAILQ}, {TELQ}",
  "회사 메일로 보내는 거라 답장은 개인 메일로 부탁드려요 → {MAILQ}",
  "알레르기 관리 때문에 보건실에서 연락처 달래요. 엄마 {TELQ}, 아빠 {TELQ}",
  "자전거 타다가 차랑 부딪혔어요ㅠ 상대방 연락처 {TELQ}, {MAILQ} 영어로 합의서 쓰는 거 도와주실 수 있나요?",
  "성가대 크리스마스 공연🎄 예매는 {WEBQ}",
  "드디어 수업 홈페이지 만들었어요🙈 {WEBQ} 피드백은 {MAILQ}로 주세요",
  "자소서 첨삭 부탁드려도 될까요? 회사는 {WEBQ}, 인사팀 메일은 {MAILQ}예요",
  "제주공항 렌터카 카운터 {TELQ}, 예약은 제 이름으로 돼 있어요",
  "장학금은 {IBANQ}로 들어와요 (교환학생 때 만든 네덜란드 계좌)",
  "B동 강당 프로젝터 주소 {IPQ}예요. 여기로 미러링하면 슬라이드 떠요",
  "새해 카드 감사해요🎍 이사해서 새 집 전화번호 적어둘게요 {TELQ}",
  "본가 집 전화는 {TELQ}예요. 평일 낮엔 할머니만 계시니까 천천히 말씀해 주세요😊",
  "연말정산 부양가족 등록에 딸 주민번호 {RRNQ} 넣으면 되는 거죠?",
  "[예약 페이지]({WEBQ}) 아니면 메일 {MAILQ}로 주셔도 돼요",
  "보낸 사람: 배서준 <{MAILQ}>\n제목: 체험 수업 문의\n\n(스팸함에 들어간 것 같아서 전달해요)",
  "대표번호 {TELQ} (내선 214)로 거셔서 어학센터 찾으시면 돼요",
  "📞{TELQ} ✉️{MAILQ} 🌐{WEBQ}",
  "[청구서]\n금액: {CASHK}\n입금 계좌: {IBANQ}\n메모: 학생 이름 꼭 적어주세요",
  "카드 소유자: BAE SEOJUN\n카드번호: {CARDQ}\n유효기간: 11/27\n(토익 접수용이에요, 엄마가 적어주심)",
  "전화는 {TELQ}, 안 받으면 남편 {TELQ}, 그래도 안 되면 {MAILQ}로 주세요",
  "\"{MAILQ}\" 이거 맞아요? 이름 사이에 점 들어가나요? 폼에서 자꾸 튕겨요",
  "[경고] {IPQ}에서 연결이 거부되었습니다 ← 이거 학교 방화벽 때문인가요?",
  "휴대폰: {TELQ} (문자 OK, 전화는 6시 이후)",
  "다음 주 자료는 여기 ↓\n{WEBQ}\n비번은 수업 때 알려드릴게요",
  "홈페이지 → {WEBQ} ← 여기 다 나와 있어요!!",
  "토요일 10시로 확정이에요. 길 잃으시면 집 전화 {TELQ}로 주세요.",
  "누구세요? {TELQ}로 부재중 전화가 와 있어서요…",
  "한글 자판이 고장나서요ㅠ my number is {TELQ}, call me plz",
  "동의서는 “{MAILQ}”로 보내주세요.",
  "Q. 동의서 어디로 보내요?\nA. {MAILQ} (폰으로 스캔해도 돼요)",
  "1) {WEBQ} 들어가기\n2) 학번으로 로그인\n3) 안 되면 {MAILQ}로 메일",
  "```\nping {IPQ}\n```\n이게 자꾸 타임아웃 나요",
  "#영어과외 #화상영어 가격 문의는 인스타 {IGQ} 디엠 주세요✨",
  "할머니가 메모지에 쓰신 메일 주소인데 {MAILQ} 맞는지 봐주실래요?",
  "번호 {TELQ}!! 저장 부탁드려요!!",
  "리스본 연수 단톡 링크예요🇵🇹 금요일까지 들어와 주세요 {CHATQ}",
  "반 단톡방 옮겼어요, 새 초대 링크 → {CHATQ} (예전 건 만료됐어요)",
  "QR 안 찍히시는 분들은 링크로 들어오세요 {CHATQ}",
  "{ANYK} 아이디 {IDQ}, 다른 데도 다 같은 아이디 써요",
  "조별과제 조장입니다🙋 자료는 {MAILQ}로, 급한 건 {TELQ}로 연락 주세요",
  "기숙사 사감실 번호 {TELQ}예요. 선생님 오시면 미리 말해둘게요",
  "취준용 포트폴리오 사이트 만들었어요 → {WEBQ} 영문판도 만들 예정이에요",
  "도서관 와이파이 끊기면 핫스팟으로 바꿀게요, 제가 사라지면 {TELQ}로 전화 주세요",
  "동창회 명단 정리 중이에요. {WEBQ} 폼에 적어주세요🙏",
  "김장 나눔 행사🥬 신청은 부녀회 메일 {MAILQ}로 받아요",
  "호주 워홀 중인데 현지 번호가 아직 없어서요, 카톡으로 주세요: {KKQ}",
  "학원 선생님 개인 번호 여쭤봐도 되나요… 학원 대표번호는 {TELQ}예요",
  "여기 번호 쓰면 지워져서요ㅠ {TELQ}",
  "메일 주소 보내면 자꾸 삭제돼서 띄어서 써요 → {MAILQ}",
  "링크가 안 올라가서요: {WEBQ}",
  "봇한테 안 걸리게 이상하게 써볼게요ㅋㅋ 카톡 {KKQ}",
  "인스타는 {IGQ}예요! 본계는 엄마가 봐서 여기로😂",
  "디코 닉 {DCQ} 로 친추 주세요, 서버는 나중에 초대할게요",
  "카카오톡 ID: {KKQ}\nLINE: {LNQ}\n둘 다 괜찮아요",
  "회사 노트북에서 팀즈가 막혀서 스카이프로 해요: {SKQ}",
  "{IGQ} 계정으로 디엠 보냈어요! 메시지 요청함 확인해 주세요",
  "단톡은 왓츠앱이라서 {WAQ}로 먼저 메시지 주시면 초대할게요",
  "텔레 해요, {TGQ}로 찾으면 나와요",
  "헬스장 환불은 {IBANQ}로 부탁드려요 (와이즈 계좌예요)",
  "응시료는 이 카드로 결제할게요 {CARDQ} CVC는 전화로 알려드릴게요",
  "집 서버 공인 IP가 {IPQ}로 바뀌었어요, 화이트리스트 업데이트 부탁해요",
  "공유기 로그 보니까 노트북은 {IPQ}, 태블릿은 {IPQ} 받았네요",
  "건강보험 피부양자 등록에 엄마 주민등록번호 {RRNQ}가 필요하대서 적어요",
  "동네 반찬가게 사장님이 영어 메뉴판 부탁하셨어요, 사장님 번호 {TELQ}",
  "이사 견적 기사님이 {TELQ}로 전화 주셨는데 선생님이 소개해 주신 분 맞죠?",
  "맘카페에서 알게 된 분 카톡이에요 {KKQ} 영어 그림책 모임 하세요📚",
  "명절엔 본가 번호 {TELQ}로 주세요, 시골이라 폰이 잘 안 터져요",
  "공인중개사 스터디 디코 서버 → {CHATQ}",
  "지역아동센터 봉사자 모집해요🍙 문의는 {MAILQ}",
  "동창회 총무 번호예요 {TELQ}, 회비는 나중에 공지한대요",
];

const KO11_NEG: string[] = [
  "수능 수험번호 {LONGK}, 시험장 {ROOMW}. 가채점 {SCOREW} 나왔어요😇",
  "반 단톡 공지: 현장체험학습비 {CASHK}, {DAYW}까지 스쿨뱅킹으로 내주세요",
  "카카오페이로 보냈어요, 거래번호 {LONGK}",
  "어린이집 알림장: 체온 {TEMPW}, 낮잠 {DURW}, 점심 다 먹었어요🍚",
  "일, 이, 삼, 사… 영어로 숫자 세기 연습 중이에요 (one two three four)",
  "영일영 말고 공일공이라고 읽는 게 맞아요? 숫자 읽기 질문이에요",
  "점 세 개(...)는 말줄임표, 골뱅이(@)는 영어로 at sign이래요",
  "교회 주보 {NUMW}면, 찬송가 {NUMW}장이에요",
  "졸업여행 일정: {DAYW} 인천 {HOURW} 출발, 타이베이 {HOURW} 도착",
  "사지방 이용 시간 {HOURW}~{HOURW}, 동생 군번은 당연히 안 알려드려요ㅋㅋ",
  "지하철 2호선 지연돼서 15분 늦어요🙇 교통카드 충전은 해놨어요",
  "오늘 급식 메뉴: 육개장, 오이무침, 칠리새우🍱 영어로 설명해 보기!",
  "로또 {NUMW} {NUMW} {NUMW} {NUMW} {NUMW} {NUMW} 샀는데 꽝ㅋㅋ",
  "학생증 번호 {LONGK}, 도서관 대출할 때만 써요",
  "삼일절이라 학원 쉬어요🇰🇷 사일에 봬요",
  "구십구 퍼센트 확신해요, 오늘 시험 망했어요ㅠ",
  "오륙도 가보셨어요? 부산 여행 사진 올릴게요🌊",
  "배민 주문번호 {ORDW}, 리뷰 이벤트 참여했어요",
  "줌 회의 ID {MEETK}, 암호 {PINW}. 지난주랑 같아요",
  "카훗 PIN {GPINK}이에요🎮 닉네임은 실명으로 해주세요",
  "{KKK}도 {TGK}도 하긴 하는데 플랫폼 규정상 수업 얘기는 여기서 해요🙏",
  "수강권은 {PRODK}로 결제했어요, 안 들어왔으면 말씀해 주세요",
  "{SVCK} 닉네임 {UNAMEK}이에요 스트릭 같이 이어가요🔥",
  "에러 로그: 요청 {UUIDK}, {STAMPK} 실패, 커밋 {HASHK}",
  "자막이 1초 밀려요 {SUBK} 수정본은 {FILEK}",
  "학교 와이파이 신청하려면 노트북 MAC 주소 {MACK}가 필요하대요",
  "앱 {VQK}로 업데이트했는데 {RATIOK} 미리보기에서 계속 튕겨요",
  "끝자리 {LAST4K} 카드로 두 번 결제됐어요😤 환불은 {NUMW}일 걸린대요",
  "포인트카드 번호 {NOCARDK}예요. 신용카드 아니라서 결제는 안 돼요",
  "연습문제 4번: 다음 IBAN 중 유효한 것은? {NOIBANK} (힌트: 검증번호 계산해 보기)",
  "사업자등록번호 {BIZK}, 영수증 하단에 있어요",
  "서류엔 생년월일 {BIRTHK}만 쓰면 된대요. 주민번호 뒷자리는 안 적어요",
  "주민번호 뒷자리 가린 거예요 {MASKK} 제출은 이렇게 하면 된대요",
  "{ATK} 월요일 슬라이드 공유 부탁해요! 녹화본은 {ATK}님한테 있을 거예요",
  "공부하다가 일이 생겨서 오늘 삼십 분만 늦을게요. 이따 봬요",
  "구구단 칠단 외우기: 칠일은 칠, 칠이 십사, 칠삼 이십일… 다음 주 시험!",
  "요즘 삼삼오오 모여서 스터디해요. 오늘 일이교시는 자습이에요",
  "점심 먹고 점선 따라 자르세요. 요점 정리는 닷새 뒤에 할게요",
  "{WAK}은 학교 와이파이에서 막혀 있어서 추가를 못 해요ㅠ",
  "문제집 ISBN {ISBN}, 가격 {CASHK}. 중고도 괜찮아요",
  "인스타 하긴 하는데 부모님이 팔로우하셔서😅 여기서 얘기해요",
  "> 전화번호 알려주실 수 있어요?\n죄송해요, 규정상 여기서만 연락할 수 있어요🙏",
  "앱 업데이트 내역: {VQK} → {VERW}, 소리 문제 고친 건 어느 쪽이에요?",
  "이모티콘 샀어요ㅋㅋ {PRODK} 잔액이 {CASHK}밖에 없네",
  "공일공 하면 옛날 광고송 생각나요ㅋㅋ 숫자 읽기 시험은 {DAYW}",
  "앳된 목소리로 녹음해 온 거 너무 귀여웠어요. 골뱅이무침은 영어로 뭐예요?",
  "{DCK}에서 숙제 질문으로 @everyone 하지 마세요🙏 #질문 채널에 올려 주세요",
  "{IGK}엔 {TAGW} 태그로 올리고 있어요, 팔로우는 안 하셔도 돼요",
  "전화번호, 이메일, 카드번호는 여기 쓰지 마세요 (자동으로 차단돼요)🙂",
  "텔레그램이 여기선 또 막혀서요🙄 그냥 이 채팅방 계속 써요",
  "시간표: 월 10.00–11.30 / 수 16.15–17.45 / 금 9.45–10.30, 강의실은 늘 쓰던 곳",
  "아이엘츠 점수 6.5 → 7.0 → 7.5 → 8.0, 다음 목표 8.5🎯",
  "운전면허 도로주행 {DAYW} {HOURW}, 접수번호 {LONGK}예요🚗 떨려요",
  "축구교실 {DAYW}은 우천 취소예요. 지난 경기 {RATIOK}로 이겼어요⚽",
  "방탈출 예약번호 {ORDW}, {NUMW}명, 1인 {CASHK}. {HOURW}에 매장 앞에서 봬요",
  "생일파티 참석 인원 아이 {NUMW}명, 어른 {NUMW}명. 케이크는 {CASHK}였어요🎂",
  "교정 다음 예약 {DAYW} {HOURW}, 진료번호 {LONGK}",
  "수하물 사고 접수번호 {LONGK}, 짐표 {TRKW}. {NUMW}일 걸린대요",
  "졸업논문 {NUMW}쪽, 진행률 {PCTW}. {PARTK}장 참고문헌이 아직이에요",
  "공연 셋리스트: {NUMW}번 곡 7/8박자, {NUMW}번 곡 BPM 140. 악보는 {FILEK}",
  "정비소 견적 클러치 교체 {CASHK}, 전표 {ORDW}, {DAYW}에 찾으러 가요",
  "팬케이크 레시피: 밀가루 {NUMW}g, 우유 {NUMW}0ml, 달걀 2개, {NUMW}분 휴지",
  "보험 청구번호 {LONGK}, 자기부담금 {CASHK}, 노트북 시리얼 {SERIALW}",
  "할머니 댁 주소: {APTW}, 우편번호 {POSTW}",
  "모의고사 총점 {SCOREW}, 듣기 {SCOREW}. 목표 딱 맞췄어요🎯",
  "이번 시즌 3-2, 2-2, 1-0으로 1위🏆 다음 경기 {DAYW}",
  "화면 공유 {RATIOK}, {RESW}로 하고 있어요. 글씨 작으면 말해 주세요",
  "{ROOMW}호 강의실 도어락 {PINW}* 엘리베이터 고장이라 계단으로 오세요",
  "주문 {ORDW} {DAYW} {HOURW}~{HOURW} 도착 예정이에요",
  "녹음 {DURW} 부분에서 thorough가 through처럼 들려요😄",
  "{NUMW}번 버스 타고 {DURW} 걸려요",
  "토익 수험번호 {LONGK}, 고사장 {ROOMW}",
  "송장번호 {TRKW}, {DAYW} 도착 예정",
  "제출 파일명은 {FILEK}로 해주세요",
  "수학여행 준비물: 펜 {NUMW}개, 공책 {NUMW}권, 멀티탭, 용돈 {CASHK}까지",
  "오늘 일정: {DAYW} {HOURW}~ 장소는 늘 쓰던 {ROOMW}, 전자사전이랑 {FILEK} 출력본 챙겨 오세요",
];

// ---- Russian ------------------------------------------------------------------------------------

const RU11_POS: string[] = [
  "На даче связь ловит только у колодца 😅 если что-то срочное — сосед Егор, {TELQ}",
  "Сдала на права 🚗🎉 мой инструктор ищет репетитора по английскому для дочки, вот его номер: {TELQ}",
  "Вожатая из лагеря спрашивала про уроки английского для отряда, её почта {MAILQ}",
  "У сына футбольная секция переехала на искусственное поле. Если пропускаем — тренеру Богдану на {TELQ}, лучше смс",
  "ЖЭК не берёт трубку, аварийка — {TELQ}. Если во время урока затопит, звоню туда",
  "В субботу идём на квест, нас пятеро, нужен шестой 🔐 чат в {TGPK}: {CHATQ}",
  "Репетитор по математике, про которого вы спрашивали: Родион Сергеевич, {TELQ}, только звонки, мессенджеров нет",
  "Разговорный клуб по четвергам в «Кофемании» ☕ запись: {WEBQ}, вопросы в директ {IGPK} {IGQ}",
  "Тренер по плаванию — {TELQ}, у них сборы в Сочи, сын уезжает на две недели 🏊",
  "У Киры в субботу день рождения 🎂 батутный центр, 14:00. Отвечайте её папе в {WAPK}: {WAQ}",
  "Нашла в телеге группу для мам детей-билингвов → {CHATQ}",
  "Ортодонт перенёс приём на вторник, 16:00, как раз на наш урок 😬 регистратура клиники {TELQ}, можете уточнить",
  "Курьер СДЭК звонил с {TELQ}, это нормально? боюсь мошенников",
  "Тут видео постоянно виснет. Может, сегодня в {SKPK}? Мой логин {SKQ}",
  "Сбор на выпускной: по 3000 ₽ на карту {CARDQ} (Мир, Кира Л.)",
  "Авиакомпания потеряла чемодан со всеми учебниками 😩 письма от них приходят на {MAILQ}, если что-то срочное — туда копию",
  "Логопед для младшего: Таисия Андреевна, {TELQ}, принимает на Ленина",
  "Мой научрук, Лаврова Н. С., согласилась помочь с клубом чтения! Звонкам она не рада, пишите на {MAILQ}",
  "Ищу соседку в общагу, пишите не в вк, а в тг: {TGQ}",
  "Нашей группе нужен барабанщик, желательно с бэк-вокалом 🥁 демка → {WEBQ}, пишите в {TGAK} {TGQ}",
  "Если Zoom не пускает — вот моя конференция в Телемосте: {WEBQ}",
  "Заглохла на трассе, сегодня точно не успею 😭 номер эвакуаторщика {TELQ}, на всякий случай",
  "Мама переводит с корейского, если нужно: {MAILQ}, в какао она {KKQ}",
  "Закладки, которые мы делали на уроке, теперь продаю вот тут 🔖 {WEBQ} первым десяти — наклейка в подарок",
  "Онлайн-шахматы по средам ♟ сервер в {DCPK}: {CHATQ}, я там {DCQ}",
  "Номер маминой сиделки — {TELQ}. Если я на уроке и что-то случится, она может позвонить вам",
  "Проект «Переписка с японской школой» ✉️\nкуратор с их стороны: {MAILQ}\nс нашей: {MAILQ}\nнапишите о себе!",
  "Стримлю, как учусь 📚 {WEBQ}, а {DCK} для зрителей — {CHATQ}",
  "Самозанятым репетиторам советую моего бухгалтера, она разбирается в налогах для нас: Ульяна Тарасова, {MAILQ}, {TELQ}",
  "BEGIN:VCARD\nFN:Савва Зайцев\nTEL;TYPE=cell:{TELQ}\nEMAIL:{MAILQ}\nEND:VCARD\nкривовато вставилось, но это мой контакт",
  "Конфиг для бота со словами:\n{ \"host\": \"{IPQ}\", \"owner\": \"{MAILQ}\" }\nпорт оставьте 8080",
  "имя;почта;телефон\nЖуков Егор;{MAILQ};{TELQ}\n(выгрузка из формы записи)",
  "Перед вылетом:\n✔ билеты\n☐ залог на {IBANQ}\n☐ сохранить хозяйку квартиры в {WAPK}: {WAQ}",
  "Опрос 🗳 как удобнее сдавать домашку?\n1) сюда\n2) на почту {MAILQ}\n3) в {TGAK} {TGQ}",
  "Голосовые тут почему-то не уходят 🤷‍♀️ наберите меня, пожалуйста: {TELQ}",
  "Хозяйка квартиры в Праге говорит только по-чешски и чуть-чуть по-английски 😅 поможете с парой сообщений? Её {WAK}: {WAQ}",
  "После экзамена в караоке 🎤 кто с нами — стучитесь в тг {TGQ}",
  "В парикмахерской задержали (осветление 😭), опоздаю минут на 10. Не выйду на связь — смс на {TELQ}",
  "В пятницу стендовый доклад на конференции, контактный адрес для вопросов — {MAILQ}. Приходите!",
  "Музей ищет экскурсоводов с английским на лето 🏛 анкета {WEBQ}, или звоните Варваре: {TELQ}",
  "Заказчик хочет перевод договора к пятнице. Вот его почта, терминологию уточняйте напрямую: {MAILQ}",
  "Сегодня Льва забирает бабушка 👵 её номер {TELQ}, будет ждать у ворот",
  "Друг-кореец хочет разговорный английский, почтой не пользуется, только {KKPK}: {KKQ}",
  "Японская подружка тоже хочет заниматься, она сидит только в {LNPK}: {LNQ}",
  "Партнёр отца из Шэньчжэня хочет поблагодарить за перевод 🙏 его {WXK}: {WXQ}",
  "Старая группа класса живёт в {FBPK}, ищите меня: {FBQ}",
  "Вы писали «звоните на {TELQ}», а там «номер не существует». Может, цифры не хватает?",
  "[09:41] Матвей: ты в телеге есть?\n[09:41] Ника: да, {TGQ}\n[09:42] Матвей: 👍",
  "{MAILQ} / {TELQ} — новые контакты с понедельника, рабочая почта закрывается",
  "С уважением,\nБаранов Родион Сергеевич, зав. кафедрой иностранных языков\nтел.: {TELQ}\nэл. почта: {MAILQ}",
  "За учебники можно списать с карты мужа, он в курсе: {CARDQ}, срок 09/28",
  "го в инсту {IGQ} 💀 сюда вообще не захожу",
  "Где меня найти:\n• {WAK} {WAQ}\n• {TGK} {TGQ}\n• {VBK} — тот же номер",
  "моя пчота {MAILQ} извинте с телефона пишу",
  "Ищите в скайпе «{SKQ}» — там аватарка с котом",
  "Написать в приёмную школы можно сразу по ссылке: {CHATQ}",
  "Я сейчас преподаю в Дананге, тут все сидят в {ZLK}. Мой номер: {WAQ} 🇻🇳",
  "Возврат за отменённую поездку, пожалуйста, на латвийский счёт {IBANQ}, а не на карту",
  "Телевизор в кабинете 12 показывает {IPQ} для трансляции экрана 📺 вбейте это в приложение",
  "{TGQ} — это я в телеге, пишите туда, отвечаю быстрее",
  "Дискорд для группы подготовки к ЕГЭ: {DCQ}, добавляйтесь, созвоны там",
  "Простите за накладку с расписанием 🙇‍♀️ перенесла вас на четверг. Если ссылка опять сломается — звоните в скайп {SKQ}",
  "В листовке перепутали цифры 🙈 правильный номер: {TELQ}",
  "Спасибо за урок! Слайды → {WEBQ}, вопросы — в дискорд {DCQ}",
  "СРОЧНО: рейс домой отменили. Пока что я на местном номере {TELQ} или на почте {MAILQ}",
  "Папа в Харькове пользуется только {VBK}. Его номер {WAQ}, он хочет пробный урок",
  "В телеге по {TGQ} находится человек пять, вы который — с подсолнухом на аватарке?",
  "Добавила вас в скайп, я {SKQ}. Если висит «ожидает» — примите, пожалуйста 🙏",
  "В инсте {IGQ} — это мой аккаунт с рисунками, личный закрыт",
  "Нашла! {DCQ} — это вы? Кинула заявку в дискорде",
  "Ищите в лайне по ID {LNQ} (поиск по номеру я отключила)",
  "Какао? есть → {KKQ}. Мама тоже им пользуется, так что на цветочки на аватарке не смотрите 🌸",
  "Вичат — {WXQ}. Если не найдётся, сейчас скину QR",
  "В фейсбуке я {FBQ}, но мессенджер честно почти не открываю",
  "Аккаунт угнали, завела новый — ник в телеграме теперь {TGQ}! Старый уже не мой ⚠️",
  "Ники в дискорде у команды по дебатам:\n— Савва: {DCQ}\n— Кира: {DCQ}\n— Лев: {DCQ}",
  "если опять заблокируют: {IDQ}, в {ANYK} ник такой же",
  "Скиньте мне в {IGAK} ({IGQ}), я пришлю промокод PDF-кой, тут вложения не открываются",
  "Это старшая сестра Ники. У неё отобрали телефон 😅 просила передать её тг: {TGQ}",
  "ватсап {WAQ}, телега {TGQ}, вайбер не держу",
  "пишите в телегу — {TGQ}, я там чаще, чем здесь",
  "Переезжаю, продаю шоссейный велик 🚲 фото — {WEBQ}, звоните или пишите на {TELQ}",
  "Запись в лыжный лагерь до пятницы ⛷\nанкета: {WEBQ}\nвопросы — сопровождающему, Льву Сорокину: {MAILQ}",
  "Прорвало трубу 💦 в три придёт сантехник, урок придётся перенести. На случай с ключами — номер хозяйки: {TELQ}",
  "Простите за шум, у соседей ремонт. На заборе висит номер для жалоб, {TELQ} 😂",
  "В четверг меня не будет — похороны дедушки 🕊 срочное через брата: {TELQ}",
  "12-го школьный спектакль 🎭 билеты на {WEBQ} или у классной, Филатовой Т. А.: {MAILQ}",
  "В воскресенье прилетает студентка по обмену из Сеула ✈️ её {KKK} — {KKQ}, корейский номер {TELQ}",
  "СРОЧНО: в кабинете потоп!! перезвоните на {TELQ}",
  "Это смс от вашей стоматологии? «Запись подтверждена. Для отмены звоните {TELQ}» — или спам?",
  "в качалку к 7? пиши в инсту {IGQ}",
  "Ищу попутчиков на концерт в Питер 🙌 подробности в тг {TGQ}",
  "Сменила почту! новая — {MAILQ}, старую не читаю",
  "Ник в телеге ищите с собачкой в начале: {TGQ}",
  "Давайте обменяемся контактами, мой лайн — {LNQ}",
  "Не помню свой какао-ID 😅 вроде {KKQ}",
  "Вичат у меня для бабушки 😂 {WXQ}, она только голосовыми",
  "Скайп четверговой группы: {SKQ}, пароль в приглашении в календаре",
  "Фейсбук: {FBQ} (на аватарке собака 🐶)",
  "если идёшь — маякни в дс, {DCQ}",
  "В {WAAK} лучше на {WAQ}, вечером звук выключен",
  "Можно отметить вас в сторис? Ваша инста {IGQ}, правильно?",
  "Мой ник в телеграмме — {TGQ}, бот с таким же именем — не я ⚠️",
  "В скайпе буду под ником {SKQ} с семи, набирайте",
  "С января перехожу в другую школу. Телефон администратора {TELQ}, запись — через {MAILQ}",
  "Мой папа электрик, если что 😄 {TELQ} / {WEBQ}",
  "День открытых дверей 14-го 🎓 регистрация {WEBQ}, приёмная комиссия {TELQ}",
  "Центр тестирования в последний момент поменял площадку 😤 их телефон {TELQ}, почта {MAILQ}",
  "Меня вызвали присяжным 🙃 две недели без уроков. Если нужна справка — канцелярия суда: {TELQ}",
  "Запись на родительское собрание через {WEBQ}, если не пускает — звоните в учительскую {TELQ}",
  "Остеопат, который вылечил мне колено: {TELQ}, записаться можно и онлайн — {WEBQ}",
  "Можно за семестр оплатить переводом? Отправлю со своего европейского счёта {IBANQ}",
  "Открыла домашний NAS с записями уроков: {IPQ}, логин guest, без пароля",
  "Если сайт не открывается из вашей страны — сначала подключитесь к школьному VPN {IPQ}",
  "За книжную ярмарку платите с маминой карты, она разрешила: {CARDQ}, до 03/29",
  "Телефонная конференция для родителей: {TELQ}, ПИН 4412#",
  "Бассейн для детей 🏊 {WEBQ}, администратор {TELQ}",
  "Ищете репетитора по химии? Советую коллегу, Кису Лаврову: {MAILQ}, {TELQ}",
  "Пишу с рабочей почты, отвечайте, пожалуйста, на личную → {MAILQ}",
  "Медсестра просит контакты для плана по аллергии: мама {TELQ}, папа {TELQ}",
  "Меня на самокате задела машина 😢 контакты водителя: {TELQ}, {MAILQ}. Поможете составить претензию на английском?",
  "Рождественский концерт хора 🎄 билеты на {WEBQ}",
  "Наконец сделала сайт для уроков 🙈 {WEBQ}, отзывы пишите на {MAILQ}",
  "Посмотрите моё сопроводительное? Компания — {WEBQ}, почта HR — {MAILQ}",
  "Стойка проката машин в аэропорту: {TELQ}, бронь на мою фамилию",
  "Стипендию переводят на {IBANQ} — это мой нидерландский счёт ещё с Эразмуса",
  "Проектор в актовом зале корпуса Б — {IPQ}, транслируйте туда, и слайды появятся",
  "Спасибо за открытку 🎄 мы переехали, новый домашний: {TELQ}",
  "Городской у родителей — {TELQ}, днём там только бабушка, говорите помедленнее 😊",
  "[страница записи]({WEBQ}) — или просто напишите на {MAILQ}, я вас поставлю",
  "От: Савва Зайцев <{MAILQ}>\nТема: пробный урок\n\n(пересылаю, кажется, оно упало к вам в спам)",
  "Звоните на общий {TELQ}, доб. 214, спросите языковой отдел",
  "📞{TELQ} ✉️{MAILQ} 🌐{WEBQ}",
  "СЧЁТ НА ОПЛАТУ\nСумма: {CASHK}\nПолучатель: {IBANQ}\nНазначение: ФИО ученика",
  "Держатель: SAVVA ZAITSEV\nНомер карты: {CARDQ}\nСрок: 11/27\n(для регистрации на экзамен, мама заполняла)",
  "Звоните на {TELQ}, не отвечу — мужу {TELQ}, в крайнем случае пишите на {MAILQ}",
  "Почта «{MAILQ}» — так? Или между именем и фамилией точка? форма не принимает",
  "[WARN] соединение с {IPQ} отклонено — это школьный файрвол блокирует загрузку?",
  "Моб.: {TELQ} (смс можно, звонки после 18)",
  "Материалы к следующему уроку ↓\n{WEBQ}\nпароль скажу на занятии",
  "Сайт → {WEBQ} ← там всё написано!!",
  "Подтверждаю субботу, 10:00. Если заблудитесь — домашний {TELQ}.",
  "Простите, а кто это? У меня пропущенный с {TELQ}…",
  "moy nomer {TELQ}, pishite kogda udobno (russkoj raskladki net, sorry)",
  "Согласие присылайте на «{MAILQ}».",
  "В: Куда отправить согласие?\nО: {MAILQ} (скан с телефона подойдёт)",
  "1) открыть {WEBQ}\n2) войти по номеру студенческого\n3) не получилось — письмо на {MAILQ}",
  "```\nping {IPQ}\n```\nвот этот отваливается по таймауту",
  "#репетиторанглийского #онлайн цены — в директ инсты {IGQ} ✨",
  "Бабушка записала почту на салфетке, вроде {MAILQ}? разберёте?",
  "Номер: {TELQ}!!! сохраните, пожалуйста!!",
  "Чат поездки в Лиссабон 🇵🇹 вступайте до пятницы: {CHATQ}",
  "Переехали в новый чат класса, приглашение → {CHATQ} (старое протухло)",
  "Если QR не сканируется — вот ссылка: {CHATQ}",
  "{ANYK}: {IDQ} — ник везде одинаковый",
  "Я староста группы 🙋 материалы — на {MAILQ}, срочное — на {TELQ}",
  "Вахтёрша в общаге: {TELQ}. Предупрежу её, что вы придёте",
  "Сделала портфолио для собеседований → {WEBQ}, английскую версию доделаю на неделе",
  "Если в библиотеке отвалится вайфай, раздам с телефона; пропаду — звоните {TELQ}",
  "Собираем встречу одноклассников, заполните анкету: {WEBQ}",
  "Масленица во дворе 🥞 записываемся у председателя ТСЖ: {MAILQ}",
  "В Мельбурне пока без местного номера, пишите в вотсап на российский: {WAQ}",
  "Можно личную почту преподавателя? А то кафедральная — {MAILQ}, туда никто не отвечает",
  "Тут номера вырезают 🙄 поэтому так: {TELQ}",
  "Почту удаляют, пишу хитро → {MAILQ}",
  "Ссылки тут не проходят, так что: {WEBQ}",
  "Пишу криво, чтобы бот не съел 😂 тг {TGQ}",
  "Инста — {IGQ}! основной аккаунт мама читает 😂",
  "В дискорде ник {DCQ}, на сервер потом приглашу",
  "KakaoTalk ID: {KKQ}\nLINE: {LNQ}\nможно в любой",
  "На рабочем ноуте Teams заблокирован, так что давайте по скайпу: {SKQ}",
  "Написала вам в директ с {IGQ}, проверьте запросы на переписку!",
  "Чат в вацапе, напишите сначала на {WAQ}, я добавлю",
  "Телега есть, ищите по {TGQ}",
  "Возврат за абонемент в зал — на {IBANQ} (это Wise), не на карту",
  "Экзаменационный сбор оплачу картой {CARDQ}, CVC скажу по телефону",
  "У домашнего сервера сменился внешний IP — теперь {IPQ}, обновите белый список",
  "Лог роутера: ноутбук получил {IPQ}, планшет — {IPQ}, конфликта адресов нет",
  "Соседка по подъезду ищет репетитора для внука — её номер {TELQ}",
  "Грузчики для переезда звонили с {TELQ}, это ваши знакомые?",
  "В родительском чате все в вайбере, мой номер там {WAQ}",
  "На праздники я у родителей в деревне, звоните на {TELQ}, мобильный там не ловит",
  "Группа подготовки к IELTS в дискорде → {CHATQ}",
  "Ищем волонтёров в приют 🐾 пишите координатору: {MAILQ}",
  "Старшая по подъезду просила передать её телефон насчёт домофона: {TELQ}",
];

const RU11_NEG: string[] = [
  "ЕГЭ: код региона {NUMW}, номер ППЭ {NUMW}, аудитория {ROOMW}. Паспорт не забыть!",
  "СДЭК: номер заказа {LONGK}, код получения {PINW}, пункт до {HOURW}",
  "Номер полиса ОМС {LONGK} — он для записи не нужен, только фамилия",
  "Читаем по-английски: zero, one, two… а по-русски «ноль» и «нуль» — оба правильно",
  "Собака — это знак @, а «точка» в адресах — тема урока про интернет-словечки 🐶",
  "Сбор на выпускной {CASHK} с человека, отчёт в таблице {FILEK}",
  "Электричка {TRAINW}, от станции минут {NUMW} пешком, дача за синим забором",
  "Код с Госуслуг пришёл, но никому его не пересылаю, просто ругаюсь, что долго 😤",
  "Логопед по {DAYW}, в {HOURW}, кабинет {ROOMW}",
  "Два-три раза в неделю по сорок пять минут — оптимально для восьмилетки",
  "Кольцевая встала 🙄 опоздаю минут на 15, «Тройку» пополнила",
  "Перевела через СБП, номер операции {LONGK}, проверьте, пожалуйста",
  "Восьмое марта — выходной, девятого занимаемся как обычно 🌷",
  "Пятёрка по контрольной и четвёрка по диктанту 🎉",
  "Тридцать три корабля лавировали… скороговорки для дикции, повторяем три раза",
  "Код из смс никому не сообщайте — даже «сотрудникам банка» 🙃 мама чуть не попалась",
  "Маршрутка {NUMW}К, остановка «Школа №{NUMW}»",
  "Паспорт, серия и номер? Нет-нет, не присылайте, для записи нужно только ФИО",
  "Идентификатор конференции Zoom: {MEETK}, код доступа {PINW}. Как на прошлой неделе",
  "PIN игры в Kahoot — {GPINK} 🎮 ник ставьте настоящее имя",
  "В {TGPK} я тоже есть, но по правилам площадки занятия только здесь 🙏",
  "Пакет уроков оплатила через {PRODK}, если не дошло — скажите",
  "В {SVCK} я {UNAMEK}, давайте соревноваться по ударному режиму 🔥",
  "Лог ошибки для баг-репорта: запрос {UUIDK} упал в {STAMPK}, коммит {HASHK}",
  "Субтитры съехали на секунду: {SUBK}, исправленный файл — {FILEK}",
  "Для школьного вайфая нужен MAC-адрес ноутбука: {MACK}",
  "Обновила приложение до {VQK}, всё равно вылетает на превью {RATIOK}",
  "С карты, которая заканчивается на {LAST4K}, списали дважды 😤 вернут за {NUMW} дней",
  "Номер бонусной карты {NOCARDK}, она не банковская, оплатить ей нельзя",
  "Упражнение 4: какой из этих IBAN корректен? {NOIBANK} (подсказка: посчитайте контрольные цифры)",
  "ИНН школы {INNW}, СНИЛС присылать не нужно",
  "{ATK} скиньте слайды с понедельника! запись вроде у {ATK}",
  "Точка зрения автора — в третьем абзаце. Ставим точку и переходим к следующему заданию",
  "Собака соседей опять лаяла всю ночь, простите, если буду сонная. И собачка на молнии рюкзака сломалась 🙃",
  "Считалочка для малышей: раз, два, три, четыре, пять — вышел зайчик погулять 🐰",
  "Семь раз отмерь, один раз отрежь — перепроверьте ответы перед сдачей",
  "Счёт в сезоне: 3:2, 2:2, 1:0 — мы первые в таблице 🏆 следующая игра {DAYW}",
  "{WAK} в школьной сети заблокирован, так что добавиться не смогу 😕",
  "ISBN рабочей тетради {ISBN}, на Озоне {CASHK}, можно б/у",
  "В инсте я есть, но там подписаны родители 😅 давайте тут",
  "> можно ваш номер?\nИзвините, по правилам общаемся только здесь 🙏 рабочий телефон у меня только для офиса",
  "История версий: {VQK} → {VERW}. В какой починили звук?",
  "Купила стикеры 😂 {PRODK}, на балансе осталось {CASHK}",
  "Номер зачётки {LONGK}, группа {PARTK}",
  "Ноль эмоций, один ответ из десяти верный 😂 завтра разберём",
  "В {DCPK} не надо писать @everyone с вопросами по домашке 🙏 для этого есть #помощь",
  "В {IGPK} выкладываю под тегами {TAGW} {TAGW}, подписываться не обязательно",
  "Телефоны, почту и номера карт сюда не пишите — площадка всё равно блокирует 🙂",
  "Телегу у нас опять блокируют 🙄 так что остаёмся в этом чате, мне норм",
  "Расписание: пн 10.00–11.30, ср 16.15–17.45, пт 9.45–10.30, кабинет тот же",
  "Баллы IELTS: 6.5 → 7.0 → 7.5 → 8.0, следующая цель 8.5 🎯",
  "Экзамен в ГИБДД {DAYW} в {HOURW}, номер заявления {LONGK} 🚗 трясёт",
  "Футбол в {DAYW} отменили из-за дождя. Прошлый матч выиграли {RATIOK} 💪",
  "Бронь квеста {ORDW}, {NUMW} человек, по {CASHK} с каждого. Встречаемся у входа в {HOURW}",
  "На день рождения пока идут {NUMW} детей и {NUMW} взрослых. Торт обошёлся в {CASHK} 🎂",
  "Ортодонт перенёс на {DAYW} {HOURW}, номер карты пациента {LONGK}",
  "Заявление о багаже {LONGK}, бирка {TRKW}. Обещают за {NUMW} рабочих дней 🙄",
  "Диплом: {NUMW} страниц, готово {PCTW}, в главе {PARTK} не хватает источников. Сдача {DAYW}",
  "Сет-лист: {NUMW}-я песня в размере 7/8, {NUMW}-я на 140 bpm, ноты в {FILEK}",
  "В сервисе насчитали {CASHK} за сцепление, заказ-наряд {ORDW}, машину отдадут {DAYW}",
  "Блины с урока: мука {NUMW} г, молоко {NUMW}0 мл, 2 яйца, отдых теста {NUMW} минут",
  "Страховой случай {LONGK}, франшиза {CASHK}, серийник ноутбука {SERIALW}",
  "Адрес бабушки для открытки: {APTW}, индекс {POSTW}",
  "Пробник ЕГЭ: {SCOREW}, устная часть {SCOREW}. В точку 🎯",
  "Демонстрация экрана {RATIOK}, {RESW}. Если мелко — скажите",
  "Кабинет {ROOMW}, код на двери {PINW}, лифт не работает",
  "Заказ {ORDW} привезут {DAYW} с {HOURW} до {HOURW}, принесу на урок",
  "На {DURW} записи вы говорите thorough как through 😄 переслушайте",
  "Маршрутка {NUMW}, ехать примерно {DURW}",
  "Трек-номер {TRKW}, доставка {DAYW}",
  "Файл назовите {FILEK}, пожалуйста",
  "Лицевой счёт {ACCTW}, оплатить до {DAYW}",
  "Список в поездку: ручек {NUMW}, тетрадей {NUMW}, переходник, карманные до {CASHK}",
  "План на {DAYW}: с {HOURW}, кабинет {ROOMW}, распечатать {FILEK}",
];

// ---- Vietnamese ---------------------------------------------------------------------------------

const VI11_POS: string[] = [
  "Họp phụ huynh xong rồi nha, hội trưởng hội phụ huynh lớp mình là chị Quỳnh, {TELQ}",
  "Em đậu bằng lái rồi cô ơi 🚗🎉 thầy dạy lái đang tìm gia sư tiếng Anh cho con gái, số thầy nè {TELQ}",
  "Shipper gọi số {TELQ} nói để hàng ở phòng bảo vệ, cô xuống lấy giúp em nha 📦",
  "Lớp bóng đá thiếu nhi của bé nhà em chuyển qua sân cỏ nhân tạo rồi. Bé nghỉ thì nhắn HLV qua {ZLK} {WAQ} nha",
  "Tiệm photo gần trường in tài liệu rẻ lắm, số chị chủ tiệm {TELQ}",
  "T7 đi escape room thiếu 1 đứa 🔐 vô nhóm {ZLK} nè {CHATQ}",
  "Em bán thêm đồ ăn vặt online nè 😋 đặt qua fanpage {WEBQ} hoặc Zalo {WAQ}",
  "CLB English café tối thứ 5 hàng tuần ☕ đăng ký ở {WEBQ}, thắc mắc gì ib {IGK} {IGQ}",
  "Ôn thi đánh giá năng lực thì vô nhóm Zalo này nha {CHATQ}",
  "Sinh nhật bé Nhi tròn 8 tuổi 🎂 chiều T7 ở khu vui chơi, phụ huynh xác nhận giúp qua số ba bé {TELQ} nha",
  "Mẹ em bán hàng ở chợ Bến Thành muốn học tiếng Anh giao tiếp, số mẹ em {TELQ}",
  "Lịch niềng răng bị dời qua tối thứ 3, trùng giờ học rồi cô ơi 😬 số phòng khám {TELQ}, cô gọi hỏi cũng được ạ",
  "Nhà xe về quê ăn Tết nè, số nhà xe {TELQ}, đặt vé sớm không là hết",
  "Video trên app giật quá trời, hôm nay mình học qua {SKK} được không cô? {SKQ}",
  "Em đi du học Hàn, trung tâm tư vấn là {WEBQ}, chị tư vấn viên {MAILQ}",
  "Hãng bay làm thất lạc vali, sách vở của em trong đó hết 😩 họ chỉ liên lạc qua mail {MAILQ} thôi",
  "Phòng khám nhi này bác sĩ nói tiếng Anh được nha, đặt lịch {TELQ}",
  "Thầy hướng dẫn luận văn đồng ý hỗ trợ CLB đọc sách rồi nha! Thầy thích mail hơn điện thoại: {MAILQ}",
  "Thầy dạy guitar của em dạy tiếng Anh luôn, FB thầy: {FBQ}",
  "Band tụi mình tuyển drummer biết bè nữa càng tốt 🥁 demo ở {WEBQ}, ib Insta {IGQ}",
  "Lớp yoga buổi sáng ở công viên Tao Đàn, chị hướng dẫn {TELQ}",
  "Xe chết máy giữa cao tốc 😭 tối nay em không kịp. Số anh cứu hộ {TELQ}, em gửi phòng khi cần",
  "Hội đồng hương ở Sài Gòn có group Facebook nè {CHATQ}",
  "Bookmark tự làm hồi học trên lớp giờ em bán online nè 🔖 {WEBQ} 10 đơn đầu tặng sticker",
  "CLB cờ vua online (chỉ nói tiếng Anh) có server Discord {CHATQ}, tên em trong đó là {DCQ} ♟",
  "Số chị chăm bà nội em là {TELQ}, lúc em đang học mà bà có chuyện gì thì chị sẽ gọi cô",
  "Dự án viết thư với trường THCS bên Osaka ✉️\nbên đó: {MAILQ}\nbên mình: {MAILQ}\nmọi người gửi mail giới thiệu bản thân nha!",
  "Em hay livestream học bài 📚 {WEBQ}, {DCK} cho người xem ở đây {CHATQ}",
  "Quyết toán thuế cho gia sư tự do thì chị kế toán này rành lắm: chị Trâm {MAILQ} - {TELQ}",
  "BEGIN:VCARD\nFN:Phan Khang\nTEL;TYPE=cell:{TELQ}\nEMAIL:{MAILQ}\nEND:VCARD\ndán bị lỗi định dạng, đó là danh bạ của em",
  "Cấu hình bot từ vựng nè\n{ \"host\": \"{IPQ}\", \"owner\": \"{MAILQ}\" }\ncổng để 8080 nha",
  "ten,email,sdt\nVo Uyen,{MAILQ},{TELQ}\n(xuất từ form đăng ký)",
  "Việc cần làm trước khi bay\n✅ vé máy bay\n⬜ chuyển cọc vào {IBANQ}\n⬜ lưu {WAK} của bà chủ nhà: {WAQ}",
  "Bình chọn cách nộp bài 🗳\n1. nộp ở đây\n2. mail {MAILQ}\n3. {TGK} {TGQ}\nmọi người chọn giúp cô nha",
  "Tin nhắn thoại không gửi được 🤷‍♀️ cô gọi em số {TELQ} giúp em nha",
  "Chủ nhà Airbnb ở Porto chỉ nói tiếng Bồ 😅 cô dịch giúp em vài tin được không ạ? {WAK} chủ nhà: {WAQ}",
  "Thi xong đi hát karaoke 🎤 ai đi thì add {ZLK} mình {WAQ} nha",
  "Tiệm tóc đông quá (tẩy tóc 😭) em vào trễ 10p, không thấy em thì nhắn {TELQ} nha cô",
  "Thứ 6 em trình bày poster ở hội thảo, email liên hệ in trên poster là {MAILQ}, mọi người ghé chơi nha",
  "Bảo tàng tuyển hướng dẫn viên tiếng Anh dịp hè 🏛 nộp đơn ở {WEBQ} hoặc gọi chị Yến {TELQ}",
  "Khách muốn dịch hợp đồng trước thứ 6, em gửi mail khách để chị hỏi thuật ngữ trực tiếp: {MAILQ}",
  "Hôm nay bà ngoại đón bé Lộc 👵 số bà {TELQ}, bà đứng chờ ngoài cổng",
  "Bạn Hàn của em muốn học giao tiếp, bạn không xài mail, chỉ có Kakao: {KKQ}",
  "Bạn Nhật muốn học thử, bạn chỉ dùng {LINEK}: {LNQ}",
  "Đối tác của ba ở Thâm Quyến muốn cảm ơn cô đã phiên dịch 🙏 {WXK} của chú: {WXQ}",
  "Nhóm lớp cũ ở trên {FBK} nè, tìm tên em: {FBQ}",
  "Cô ghi \"gọi {TELQ}\" mà em gọi thì báo số không tồn tại, thiếu 1 số hả cô?",
  "[09:41] Kiệt: m có tele k\n[09:41] Hân: có {TGQ}\n[09:42] Kiệt: 👍",
  "{MAILQ} / {TELQ} - liên hệ mới từ thứ Hai, mail công ty cũ sắp bị khóa",
  "Trân trọng,\nThS. Phan Khang – Tổ trưởng tổ Anh văn\nĐT: {TELQ}\nEmail: {MAILQ}",
  "Học phí em trả bằng thẻ của ba nha cô, ba đồng ý rồi: {CARDQ}, hết hạn 09/28",
  "add ins t đi {IGQ} 💀 app này t ít vô lắm",
  "Liên hệ em:\n• {ZLK}: {WAQ}\n• {TGK}: {TGQ}\n• {FBK}: {FBQ}",
  "mail e la {MAILQ} nha c, e go bang dt nen sai chinh ta",
  "Cô tìm Skype “{SKQ}” nha, avatar con mèo",
  "Nhắn trực tiếp văn phòng trung tâm qua link này nha: {CHATQ}",
  "Ba em đang ở Nga chỉ xài {VBK}, số ba: {WAQ}. Ba muốn học thử 1 buổi",
  "Tiền hoàn chuyến đi bị hủy cô chuyển giúp em vào tài khoản bên Đức, IBAN {IBANQ} nha",
  "Tivi phòng 2 hiện {IPQ} để chiếu màn hình 📺 mọi người nhập cái đó vào app nha",
  "{TGQ} là Tele em, nhắn đó em rep liền",
  "Discord nhóm luyện IELTS Speaking: {DCQ}, add rồi vô voice chung",
  "Xin lỗi cả lớp vì bị trùng lịch 🙇‍♀️ cô dời qua thứ 5. Link lỗi thì gọi Skype cô {SKQ}",
  "Tờ rơi in sai số rồi 🙈 số đúng là {TELQ} nha",
  "Cảm ơn cả lớp! Slide → {WEBQ}, có câu hỏi thì nhắn Discord cô {DCQ}",
  "GẤP: chuyến bay về nước bị hủy. Mấy hôm này liên lạc cô qua số bên đây {TELQ} hoặc mail {MAILQ} nha",
  "Dạ em gửi lại số zalo nè cô: {WAQ} (số cũ em bỏ rồi)",
  "Phụ huynh nào cần tư vấn lộ trình thì kết bạn Zalo OA trung tâm qua {CHATQ} hoặc gọi hotline {TELQ}",
  "Tìm {TGQ} trên Tele ra mấy người lận, cô là người để avatar hoa hướng dương đúng không ạ?",
  "Em add Skype cô rồi nha, em là {SKQ}. Thấy \"đang chờ\" thì cô chấp nhận giúp em 🙏",
  "Insta {IGQ} là acc vẽ của em, acc cá nhân em để riêng tư",
  "Tìm ra rồi, {DCQ} phải không? em gửi kết bạn Discord rồi đó",
  "Cô tìm Line bằng ID {LNQ} nha (em tắt tìm bằng số điện thoại rồi)",
  "Kakao hả? có nè → {KKQ}, mẹ em cũng xài chung nên avatar hoa đừng để ý nha 🌸",
  "WeChat ID là {WXQ}, không ra thì chút em gửi mã QR",
  "Fb em là {FBQ} mà thật ra em ít mở Mess lắm",
  "Acc bị hack nên em lập acc mới, tên Tele giờ là {TGQ} nha cô! acc cũ là người khác rồi ⚠️",
  "Discord đội tranh biện:\n- Khang: {DCQ}\n- Uyên: {DCQ}\n- Lộc: {DCQ}",
  "lỡ bị chặn nữa thì: {IDQ}, bên {ANYK} cũng cùng tên",
  "Cô nhắn {IGK} em ({IGQ}) em gửi voucher PDF, ở đây không gửi file được",
  "Em là chị của Hân nè. Bé bị tịch thu điện thoại 😅 nhờ chị gửi Kakao của bé: {KKQ}",
  "zl e {WAQ}, tele {TGQ} nha c",
  "Em chuyển nhà nên bán xe đạp đua 🚲 hình ở {WEBQ}, ai quan tâm nhắn {TELQ} nha",
  "Đăng ký trại hè leo núi hạn chót thứ 6 ⛰\nform: {WEBQ}\nthắc mắc hỏi thầy Lưu qua {MAILQ}",
  "Nhà em bị bể ống nước 💦 3h thợ tới nên em xin dời buổi học. Số chủ nhà để cô gửi chìa khóa: {TELQ}",
  "Xin lỗi cô ồn quá, nhà bên cạnh đang xây. Trên hàng rào có số khiếu nại {TELQ} 😂",
  "Thứ 5 em xin nghỉ vì đám tang ông nội 🕊 có gì gấp cô liên hệ anh hai em: {TELQ}",
  "Ngày 12 trường có văn nghệ 🎭 vé đặt ở {WEBQ} hoặc qua cô chủ nhiệm {MAILQ}",
  "CN này bạn trao đổi từ Seoul tới ✈️ {KKK} của bạn: {KKQ}, số Hàn: {TELQ}",
  "GẤP: phòng học bị dột!! gọi lại {TELQ} giúp em",
  "Tin nhắn này của nha khoa cô hả? \"Lịch hẹn đã được xác nhận. Hủy lịch gọi {TELQ}\" hay là tin rác ạ?",
  "7h đi gym k? ib ins {IGQ}",
  "Tìm bạn đi concert ở Sài Gòn 🙌 chi tiết ib Tele {TGQ}",
  "Em đổi mail rồi nha cô, mail mới {MAILQ}, mail cũ em không dùng nữa",
  "Tên Zalo em là \"Nhi Tiếng Anh\" nha cô, số {WAQ}",
  "Trao đổi Line không bạn? Line mình là {LNQ}",
  "Em quên ID Kakao rồi 😅 hình như là {KKQ}",
  "WeChat để nói chuyện với bà thôi 😂 {WXQ}, bà chỉ gửi tin nhắn thoại",
  "Skype lớp thứ 5 là {SKQ}, mật khẩu nằm trong lời mời lịch",
  "Face em {FBQ} (avatar con chó 🐶)",
  "đi thì báo trên dis nha, {DCQ}",
  "WhatsApp thì nhắn {WAQ}, tối em tắt thông báo",
  "Em đăng story Insta được không cô? tag cô là {IGQ} đúng không ạ?",
  "Tele em tên {TGQ}, con bot trùng tên không phải em đâu ⚠️",
  "Tối nay 7h em online Skype tên {SKQ} nha cô",
  "Từ tháng 1 em chuyển qua trung tâm mới rồi cô. SĐT trung tâm {TELQ}, đặt lịch qua {MAILQ}",
  "Ba em làm thợ điện nè cô 😄 cần gì gọi {TELQ} hoặc xem {WEBQ}",
  "Ngày hội tư vấn tuyển sinh 14/12 🎓 đăng ký ở {WEBQ}, phòng tuyển sinh {TELQ}",
  "Địa điểm thi IELTS bị đổi sát ngày 😤 hotline {TELQ}, email {MAILQ}",
  "Em bị gọi đi khám nghĩa vụ quân sự 🙃 nghỉ 1 tuần, cần giấy xác nhận thì gọi ban chỉ huy quân sự phường {TELQ}",
  "Họp phụ huynh thì đặt lịch ở {WEBQ}, không vào được thì gọi văn phòng trường {TELQ}",
  "Phòng khám vật lý trị liệu chữa đầu gối cho em nè: {TELQ}, đặt lịch online ở {WEBQ}",
  "Học kỳ này em chuyển khoản được không cô? Em chuyển từ tài khoản bên Pháp {IBANQ}",
  "Em mở NAS ở nhà để chia sẻ file ghi âm buổi học: {IPQ}, user guest, không mật khẩu",
  "Nếu web bị chặn ở nước mình thì vào VPN của trường trước nha: {IPQ}",
  "Thanh toán hội sách bằng thẻ của mẹ em, mẹ đồng ý rồi ạ: {CARDQ}, hết hạn 03/29",
  "Họp phụ huynh qua điện thoại: gọi {TELQ}, mã PIN 4412#",
  "Hồ bơi cho tụi nhỏ 🏊 {WEBQ}, lễ tân {TELQ}",
  "Ai cần gia sư Hóa thì em giới thiệu chị đồng nghiệp: chị Uyên {MAILQ}, {TELQ}",
  "Em gửi từ mail công ty, cô trả lời vào mail cá nhân giúp em nha → {MAILQ}",
  "Phòng y tế xin số liên lạc cho kế hoạch dị ứng của bé: mẹ bé: {TELQ}, ba bé: {TELQ}",
  "Em bị xe máy quẹt 😢 thông tin người kia: {TELQ}, {MAILQ}. Cô giúp em viết đơn bằng tiếng Anh được không?",
  "Đêm nhạc Giáng sinh của ca đoàn 🎄 vé ở {WEBQ}",
  "Cuối cùng em cũng làm website dạy học rồi 🙈 {WEBQ}, góp ý gửi {MAILQ} nha",
  "Cô sửa giúp em thư xin việc với ạ? Công ty là {WEBQ}, mail HR {MAILQ}",
  "Quầy thuê xe ở sân bay {TELQ}, đặt dưới tên em",
  "Học bổng chuyển vào {IBANQ} (tài khoản Hà Lan hồi em đi Erasmus)",
  "Máy chiếu hội trường nhà B là {IPQ}, cast vô đó là slide hiện lên",
  "Cảm ơn thiệp Tết của cô 🧧 nhà em chuyển rồi, số bàn mới: {TELQ}",
  "Số bàn nhà nội em {TELQ}, ban ngày chỉ có bà ở nhà, cô nói chậm giúp em nha 😊",
  "[trang đặt lịch]({WEBQ}) hoặc mail {MAILQ} cũng được nha",
  "Từ: Phan Khang <{MAILQ}>\nTiêu đề: Học thử\n\n(em chuyển tiếp vì hình như nó vô spam của cô)",
  "Gọi tổng đài {TELQ} bấm máy lẻ 214, gặp phòng ngoại ngữ nha",
  "📞{TELQ} ✉️{MAILQ} 🌐{WEBQ}",
  "HÓA ĐƠN\nSố tiền: {CASHK}\nTài khoản nhận: {IBANQ}\nNội dung: họ tên học viên",
  "Chủ thẻ: PHAN KHANG\nSố thẻ: {CARDQ}\nHết hạn: 11/27\n(để đăng ký thi, mẹ em điền giùm)",
  "Gọi {TELQ}, không nghe thì gọi chồng em {TELQ}, vẫn không được thì mail {MAILQ}",
  "\"{MAILQ}\" đúng không cô? Giữa tên với họ có dấu chấm hả? form báo lỗi hoài",
  "[CẢNH BÁO] kết nối từ {IPQ} bị từ chối — cái này là tường lửa của trường hả cô?",
  "ĐTDĐ: {TELQ} (nhắn tin được, gọi sau 6h)",
  "Tài liệu tuần sau ở đây ↓\n{WEBQ}\nmật khẩu cô nói trên lớp",
  "Web → {WEBQ} ← có hết trong đó nha!!",
  "Chốt thứ 7 lúc 10h nha. Lạc đường thì gọi số bàn {TELQ}.",
  "Ai vậy ạ? Em có cuộc gọi nhỡ từ {TELQ}…",
  "sdt cua e la {TELQ}, call e nha teacher",
  "Gửi giấy đồng ý về “{MAILQ}” giúp em nha.",
  "H: Gửi giấy đồng ý ở đâu ạ?\nĐ: {MAILQ} (chụp bằng điện thoại cũng được)",
  "B1: vào {WEBQ}\nB2: đăng nhập bằng mã sinh viên\nB3: lỗi thì mail {MAILQ}",
  "```\nping {IPQ}\n```\ncái này bị timeout hoài nè cô",
  "#giasutienganh #hoconline học phí ib Insta {IGQ} nha ✨",
  "Bà em ghi mail trên tờ giấy, hình như là {MAILQ}? cô đọc giúp em với",
  "Số em {TELQ}!!! lưu lại giùm em nha!!",
  "Nhóm chuyến đi Lisbon 🇵🇹 mọi người vào trước thứ 6 nha: {CHATQ}",
  "Lớp mình chuyển nhóm rồi, link mời mới → {CHATQ} (link cũ hết hạn)",
  "Ai quét QR không được thì vào bằng link này: {CHATQ}",
  "{ANYK} em là {IDQ}, app nào em cũng để tên này",
  "Em là nhóm trưởng nè 🙋 tài liệu gửi {MAILQ}, gấp thì gọi {TELQ}",
  "Số phòng quản lý ký túc xá {TELQ}, cô tới thì em báo trước cho cô ấy",
  "Em làm portfolio xin việc rồi → {WEBQ}, bản tiếng Anh đang làm",
  "Wifi thư viện mà rớt thì em phát 4G, mất kết nối thì cô gọi {TELQ} nha",
  "Ban liên lạc cựu học sinh đang làm danh sách, mọi người điền form giúp {WEBQ}",
  "Trung thu khu phố 🏮 đăng ký qua mail tổ dân phố {MAILQ}",
  "Em đang working holiday ở Úc, chưa có số bên này, cô nhắn Zalo số VN giúp em: {WAQ}",
  "Cho em xin mail riêng của thầy được không ạ? Mail khoa là {MAILQ} mà không ai trả lời",
  "App này xóa số điện thoại 🙄 nên em ghi vầy: {TELQ}",
  "Gửi mail bị xóa hoài, em viết tách ra nha → {MAILQ}",
  "Không gửi link được nên em ghi: {WEBQ}",
  "Viết kiểu này cho bot không bắt được 😂 zalo {WAQ}",
  "Insta em là {IGQ} nha! acc chính mẹ em coi 😂",
  "Discord em tên {DCQ}, server để em mời sau",
  "KakaoTalk ID: {KKQ}\nLINE: {LNQ}\nbên nào cũng được",
  "Laptop công ty chặn Teams nên mình học qua Skype nha: {SKQ}",
  "Em nhắn cho cô từ acc {IGQ} rồi, cô xem tin nhắn chờ giúp em!",
  "Nhóm bên WhatsApp, cô nhắn em trước qua {WAQ} để em add vô nha",
  "Em có Tele nè, tìm {TGQ} là ra",
  "Tiền hoàn phí gym chuyển giúp em vào {IBANQ} (tài khoản Wise) nha",
  "Lệ phí thi em trả bằng thẻ {CARDQ}, mã CVV em nói qua điện thoại",
  "IP public của server ở nhà đổi thành {IPQ} rồi, cô cập nhật whitelist giúp em",
  "Log router: laptop nhận {IPQ}, máy tính bảng nhận {IPQ}, không bị trùng IP",
  "Cô bán xôi đầu hẻm nhờ dịch menu sang tiếng Anh, số cô ấy {TELQ}",
  "Bên chuyển nhà gọi em bằng số {TELQ}, người quen của cô hả?",
  "Nhóm phụ huynh lớp con em xài Viber hết, số em trong đó {WAQ}",
  "Đám giỗ ông nội nên em về quê 3 ngày, cô gọi số nhà {TELQ} nha",
  "Nhóm ôn IELTS trên Discord → {CHATQ}",
  "Tuyển tình nguyện viên trạm cứu hộ chó mèo 🐾 liên hệ {MAILQ}",
  "Cô tổ trưởng tổ dân phố nhờ em gửi số cô ấy về vụ camera: {TELQ}",
];

const VI11_NEG: string[] = [
  "Điểm thi đánh giá năng lực {NUMW}0/1200, số báo danh {LONGK} 😭",
  "Nhà xe giường nằm 40 chỗ, ghế {SEATW}, giá vé {CASHK}",
  "Hội phụ huynh thu quỹ {CASHK}/bé, chi tiết trong file {FILEK}",
  "Bài hát thiếu nhi: một con vịt xòe ra hai cái cánh 🦆 cả lớp hát lại bằng tiếng Anh nha",
  "Không một ai trả lời hết, hai ba lần rồi đó 😤",
  "Mười một giờ trưa mai nha, không phải mười hai giờ đâu",
  "Mã thẻ bảo hiểm y tế {LONGK}, cái này không cần gửi cô đâu",
  "@ đọc là \"a còng\", dấu chấm đọc là \"chấm\" — bài hôm nay về cách đọc email bằng tiếng Việt",
  "Tiền photo {CASHK}, {NUMW} bộ, mỗi bộ {NUMW} trang",
  "Chợ Bến Thành mở cửa {HOURW}, đóng {HOURW}, tối có chợ đêm",
  "Kẹt xe ở vòng xoay Lăng Cha Cả quá trời 😩 em trễ 15 phút nha cô",
  "Em chuyển khoản rồi, mã giao dịch FT{LONGK} nha cô",
  "Năm nay em học lớp mười hai, năm sau thi đại học rồi 😭",
  "Sáu giờ sáng mai tập thể dục, bảy giờ vào học, tám giờ kiểm tra mười lăm phút",
  "Ba mẹ em đi công tác, tuần này bà ngoại ở nhà với em",
  "Mã số sinh viên {LONGK}, khoa Ngôn ngữ Anh, khóa {NUMW}",
  "Cô ơi \"chấm công\" tiếng Anh là gì ạ? còn \"a còng\" là cái dấu @ đúng không?",
  "Xổ số hôm nay em trúng giải khuyến khích 😂 {CASHK} thôi mà vui",
  "Zoom ID {MEETK}, mật mã {PINW}, giống tuần trước nha cả lớp",
  "Mã PIN Kahoot {GPINK} 🎮 đặt tên thật nha mấy đứa",
  "Cô có {ZLK} với {TGK} nhưng theo quy định chỉ trao đổi việc học ở đây thôi nha 🙏",
  "Em đóng gói 10 buổi bằng {PRODK} rồi ạ, chưa nhận được thì cô báo em",
  "Tên {SVCK} của em là {UNAMEK}, thi đua chuỗi ngày học nha 🔥",
  "Log lỗi: request {UUIDK} lỗi lúc {STAMPK}, commit {HASHK}",
  "Phụ đề lệch 1 giây: {SUBK}, bản sửa ở {FILEK}",
  "Đăng ký wifi trường cần địa chỉ MAC của laptop: {MACK}",
  "Cập nhật app lên {VQK} rồi mà vẫn văng ở màn hình xem trước {RATIOK}",
  "Thẻ đuôi {LAST4K} bị trừ tiền 2 lần 😤 ngân hàng hẹn hoàn trong {NUMW} ngày",
  "Số thẻ tích điểm {NOCARDK} nha, không phải thẻ ngân hàng nên không thanh toán được",
  "Bài tập 4: IBAN nào sau đây hợp lệ? {NOIBANK} (gợi ý: tính lại số kiểm tra)",
  "Căn hộ gần trường giá {VNBILLK}, thuê thì {CASHK}/tháng, đắt quá trời",
  "{ATK} gửi slide hôm thứ Hai giúp với! bản ghi âm hình như {ATK} giữ",
  "Một nắng hai sương, ba chìm bảy nổi — hai thành ngữ tuần này nha cả lớp",
  "Không biết nữa, hai ba ngày nữa em hỏi lại cô nha",
  "Một hai ba dô! 🍻 mừng cả lớp đậu IELTS",
  "Tỉ số mùa này 3-2, 2-2, 1-0 → nhất bảng 🏆 trận sau {DAYW}",
  "{WAK} bị chặn trong mạng của trường nên em không add được ạ",
  "ISBN sách bài tập {ISBN}, trên Tiki {CASHK}, sách cũ cũng được",
  "Cô có Insta mà ba mẹ em theo dõi 😅 nhắn ở đây nha",
  "> cho em xin số cô được không ạ?\nTheo quy định cô chỉ nhắn trên app thôi em 🙏 số bàn làm việc chỉ dùng ở văn phòng",
  "Cô chấm bài xong rồi, dấu chấm phẩy dùng sai 3 chỗ, còn chấm hỏi thì ổn",
  "Mua sticker rồi 😂 {PRODK} còn {CASHK} à",
  "Số CCCD em không gửi đâu ạ, em chỉ ghi năm sinh {YEARW} thôi",
  "Tỷ giá hôm nay 1 USD ≈ 25.400 VNĐ, học phí quy ra khoảng {CASHK}",
  "Nhà phố mặt tiền giá {VNBILLK} mà ba mẹ em còn chê nhỏ 😂 chủ đề bài viết tuần này là nhà ở",
  "Đừng @everyone trên {DCK} để hỏi bài nha 🙏 vô kênh #hỏi-đáp giúp cô",
  "Cô đăng bài trên {IGK} với hashtag {TAGW} {TAGW}, không cần follow đâu",
  "Số điện thoại, email với số thẻ đừng gửi ở đây nha, app tự chặn đó 🙂",
  "Tele bên em lại bị chặn 🙄 thôi mình cứ nhắn ở đây nha cô",
  "Lịch học: T2 10.00–11.30, T4 16.15–17.45, T6 9.45–10.30, phòng cũ nha",
  "Điểm IELTS: 6.5 → 7.0 → 7.5 → 8.0, mục tiêu tiếp theo 8.5 🎯",
  "Thi sát hạch bằng lái {DAYW} lúc {HOURW}, số hồ sơ {LONGK} 🚗 run quá",
  "Bóng đá thiếu nhi {DAYW} nghỉ vì mưa, trận trước thắng {RATIOK} ⚽",
  "Mã đặt phòng escape room {ORDW}, {NUMW} người, mỗi người {CASHK}. {HOURW} có mặt nha",
  "Sinh nhật bé có {NUMW} bạn nhỏ với {NUMW} phụ huynh. Bánh kem {CASHK} 🎂",
  "Lịch niềng răng dời qua {DAYW} {HOURW}, mã hồ sơ {LONGK}",
  "Mã khiếu nại hành lý {LONGK}, thẻ hành lý {TRKW}, họ nói {NUMW} ngày làm việc 🙄",
  "Luận văn được {NUMW} trang, xong {PCTW}, chương {PARTK} còn thiếu tài liệu tham khảo",
  "Setlist: bài {NUMW} nhịp 7/8, bài {NUMW} tempo 140, sheet nhạc trong {FILEK}",
  "Gara báo giá thay côn {CASHK}, phiếu sửa chữa {ORDW}, {DAYW} lấy xe",
  "Công thức bánh kếp: bột {NUMW}g, sữa {NUMW}0ml, 2 trứng, để bột nghỉ {NUMW} phút",
  "Mã hồ sơ bảo hiểm {LONGK}, mức khấu trừ {CASHK}, số serial laptop {SERIALW}",
  "Địa chỉ nhà bà ngoại để gửi thiệp: {APTW}, mã bưu chính {POSTW}",
  "Thi thử: tổng {SCOREW}, speaking {SCOREW}. Đúng mục tiêu luôn 🎯",
  "Chia sẻ màn hình tỉ lệ {RATIOK}, {RESW}. Chữ nhỏ quá thì nói cô nha",
  "Phòng {ROOMW}, mã cửa {PINW}, thang máy hư nên đi thang bộ nha",
  "Đơn {ORDW} giao {DAYW} từ {HOURW} tới {HOURW}, cô mang lên lớp",
  "Phút {DURW} trong file ghi âm em đọc thorough thành through 😄 nghe lại nha",
  "Xe buýt số {NUMW}, đi mất khoảng {DURW}",
  "Lịch sử phiên bản: {VQK} → {VERW}, bản nào sửa lỗi âm thanh vậy?",
  "Mã vận đơn {TRKW}, giao {DAYW}",
  "Đặt tên file là {FILEK} nha",
  "Mã số thuế trung tâm {LONGK}, in trên hóa đơn",
  "Đồ mang theo dã ngoại: {NUMW} cây bút, {NUMW} quyển vở, ổ cắm, tiền tiêu vặt tối đa {CASHK}",
  "Lịch {DAYW}: từ {HOURW}, phòng {ROOMW}, in sẵn file {FILEK}",
];

export const BLIND11_POSITIVE: Record<Lang, string[]> = { en: EN11_POS, ja: JA11_POS, ko: KO11_POS, ru: RU11_POS, vi: VI11_POS };
export const BLIND11_NEGATIVE: Record<Lang, string[]> = { en: EN11_NEG, ja: JA11_NEG, ko: KO11_NEG, ru: RU11_NEG, vi: VI11_NEG };

// ---- helpers -----------------------------------------------------------------------------------

const p11 = (x: number) => String(x).padStart(2, '0');
const cjk11 = (lang: Lang) => lang === 'ja' || lang === 'ko';

/** One to three zero-width characters strictly inside `s` (never at its edges). */
function zw11(r: Rng, s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  const n = r.int(1, Math.min(3, chars.length - 1));
  for (let k = 0; k < n; k++) chars.splice(r.int(1, chars.length - 1), 0, r.pick(ZW));
  return chars.join('');
}

/** Full width for the digits, the marks or the letters only (as a phone keyboard in CJK mode leaves them), or for all. */
function fw11(r: Rng, s: string): string {
  const mode = r.int(0, 3);
  if (mode === 3) return fullWidth(s);
  let o = '';
  for (const ch of s) {
    const hit = mode === 0 ? /[0-9]/.test(ch) : mode === 1 ? /[^0-9A-Za-z ]/.test(ch) && ch.charCodeAt(0) < 0x7f : /[A-Za-z]/.test(ch);
    o += hit ? fullWidth(ch) : ch;
  }
  return o === s ? fullWidth(s) : o;
}

const LOOK11: Record<string, string[]> = { a: ['а', 'α'], c: ['с'], e: ['е'], i: ['і'], o: ['о', 'ο'], p: ['р', 'ρ'], x: ['х'], y: ['у'], s: ['ѕ'], j: ['ј'], h: ['һ'], B: ['В'], H: ['Н'], K: ['К'], M: ['М'], T: ['Т'] };
/** One to three Latin letters before index `stop` swapped for Cyrillic or Greek look-alikes; null when none fits. */
function look11(r: Rng, s: string, stop = s.length): string | null {
  const chars = [...s];
  const idx: number[] = [];
  for (let i = 0; i < Math.min(stop, chars.length); i++) if (LOOK11[chars[i]]) idx.push(i);
  if (!idx.length) return null;
  const n = r.int(1, Math.min(3, idx.length));
  for (let k = 0; k < n; k++) {
    const i = r.pick(idx);
    if (LOOK11[chars[i]]) chars[i] = r.pick(LOOK11[chars[i]]);
  }
  return chars.join('');
}

const KEY11 = [...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];
const key11 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick(KEY11)).join('');
const hex11 = (r: Rng, n: number) => [...Array(n)].map(() => r.pick([...'0123456789abcdef'])).join('');

// ---- names, handles, e-mails -------------------------------------------------------------------

const NAMES11: Record<Lang, { g: string[]; f: string[] }> = {
  en: { g: ['harriet', 'callum', 'niamh', 'rhys', 'esme', 'otis', 'freya', 'dexter', 'mabel', 'soren', 'ivy', 'lachlan'], f: ['fairbanks', 'mcallister', 'okafor', 'brennan', 'hollis', 'lindqvist', 'castellano', 'dunmore', 'penhaligon', 'ridley'] },
  ja: { g: ['yuto', 'mio', 'sosuke', 'tsumugi', 'haruki', 'rin', 'eita', 'kanon', 'itsuki', 'mahiro', 'fuka', 'jun'], f: ['ishikawa', 'morita', 'hasegawa', 'kudo', 'nishimura', 'sugiyama', 'arai', 'miura', 'noguchi', 'takeda'] },
  ko: { g: ['seojun', 'jia', 'eunwoo', 'dahye', 'gunwoo', 'sohee', 'taemin', 'narae', 'woojin', 'bora', 'hyunsoo', 'gaeun'], f: ['bae', 'seo', 'nam', 'moon', 'ryu', 'jeon', 'son', 'ko', 'yang', 'pyo'] },
  ru: { g: ['matvey', 'ulyana', 'savva', 'miroslava', 'egor', 'taisia', 'lev', 'varvara', 'bogdan', 'kira', 'rodion', 'nika'], f: ['zaitsev', 'komarova', 'medvedev', 'kiseleva', 'baranov', 'tarasova', 'zhukov', 'filatova', 'sorokin', 'lavrova'] },
  vi: { g: ['nhi', 'khang', 'tram', 'phong', 'uyen', 'kiet', 'han', 'thinh', 'yen', 'loc', 'quynh', 'nam'], f: ['phan', 'vo', 'huynh', 'trinh', 'kieu', 'la', 'chau', 'luu', 'mac', 'thai'] },
};

type Style11 = 'any' | 'line' | 'kakao' | 'tg' | 'skype' | 'discord' | 'wechat' | 'ig' | 'fb';
function handle11(r: Rng, lang: Lang, style: Style11): string {
  const g = r.pick(NAMES11[lang].g);
  const f = r.pick(NAMES11[lang].f);
  const w = r.pick(['study', 'eng', 'teach', 'zzz', 'day', 'kid', 'wave', 'pen', 'owl', 'plum', 'rain', 'hana', 'sky']);
  const y = r.int(1, 99);
  switch (style) {
    case 'line':
      return r.pick([`${g}${f}`, `${g}.${w}`, `${g}_${y}${w}`, `${f}-${g}`, `${w}${g}${r.int(2000, 2012)}`]);
    case 'kakao':
      return r.pick([`${g}${r.int(100, 999)}`, `${w}_${g}`, `${g}${f}${y}`, `${f}.${g}`, `${g}zzang`]);
    case 'tg':
      return r.pick(['@', '@', '']) + r.pick([`${g}_${w}`, `${f}${g}`, `${g}_${f}${y}`, `${w}_${g}_${f}`, `${g}${w}${y}`]);
    case 'skype':
      return r.pick([`live:.cid.${hex11(r, 16)}`, `live:${g}.${f}_${y}`, `${g}.${f}${y}`, `${f}.${w}`]);
    case 'discord':
      return r.pick([`${g}_${w}`, `${w}.${g}`, `${g}${y}${w}`, `${g}#${r.int(1000, 9999)}`, `${f}.${g}_`]);
    case 'wechat':
      return r.pick([`wxid_${[...Array(14)].map(() => r.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}`, `${g}_${f}${y}`, `${w}${g}${r.int(1988, 2009)}`]);
    case 'ig':
      return r.pick(['@', '@', '']) + r.pick([`${g}.${f}`, `${g}_${w}_`, `${w}.with.${g}`, `${g}.${y}.${w}`, `_${g}${f}`]);
    case 'fb':
      return r.pick([`${g}.${f}.${r.int(10, 999)}`, `${g}${f}${y}`, `${f}.${g}.${w}`]);
    default:
      return r.pick([`${g}_${f}`, `${g}${w}${y}`, `${f}.${g}`, `${w}_${g}`, `${g}${r.int(1990, 2012)}`]);
  }
}

const MAILDOM11: Record<Lang, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'btinternet.com', 'gmx.net', 'mail.com', 'me.com', 'ed.ac.uk'],
  ja: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'au.com', 'i.softbank.jp', 'icloud.com', 'outlook.jp', 'nifty.com', 'u-tokyo.ac.jp'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'nate.com', 'hanmail.net', 'yonsei.ac.kr', 'kaist.ac.kr'],
  ru: ['yandex.ru', 'mail.ru', 'gmail.com', 'bk.ru', 'list.ru', 'ya.ru', 'rambler.ru', 'hse.ru', 'internet.ru'],
  vi: ['gmail.com', 'yahoo.com', 'outlook.com.vn', 'vnu.edu.vn', 'icloud.com', 'ueh.edu.vn', 'hotmail.com'],
};
const AT11: Record<Lang, string[]> = {
  en: [' at ', '(at)', ' [at] ', '[at]', ' AT ', ' (at) ',  ' -at- ', '<at>'],
  ja: ['アット', 'あっと', 'アットマーク', '（アット）', ' あっとまーく ', '＠', '[アット]'],
  ko: ['골뱅이', ' 골뱅이 ', '앳', '엣', '(앳)', ' at ', '＠'],
  ru: [' собака ', ' собачка ', '(собака)', ' на собаке ', '[собака]', ' эт '],
  vi: [' a còng ', ' a cong ', '(a còng)', ' acong ', ' a móc ', ' @ '],
};
const DOT11: Record<Lang, string[]> = {
  en: [' dot ', '(dot)', ' [dot] ', ' DOT ', '[.]', ' (.) ', '<dot>'],
  ja: ['ドット', 'どっと', ' ドット ', '（ドット）', '．', '[ドット]'],
  ko: ['점', ' 점 ', '닷', ' 닷 ', '쩜', '(점)'],
  ru: [' точка ', '(точка)', ' тчк ', '[точка]', '(тчк)'],
  vi: [' chấm ', ' cham ', '(chấm)', '[chấm]', ' chấm '],
};
const SAYTLD11: Record<Lang, Record<string, string[]>> = {
  en: { com: [' dot com', 'dotcom', ' DOT COM'], me: [' dot me'], net: [' dot net'], uk: [' dot uk'] },
  ja: { com: ['ドットコム', 'どっとこむ'], jp: ['ドットジェイピー', 'ドットjp'], net: ['ドットネット'] },
  ko: { com: ['닷컴', '쩜컴', '점컴'], kr: ['닷kr', ' 점 케이알'], net: ['닷넷'] },
  ru: { ru: [' точка ру', ' точка ru', ' точка РУ'], com: [' точка ком'], me: [' точка ми'] },
  vi: { vn: [' chấm vn', ' chấm vê en'], com: [' chấm com', ' chấm côm', ' cham com'] },
};

function email11(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const g = r.pick(NAMES11[lang].g);
  const f = r.pick(NAMES11[lang].f);
  const local = r.pick([`${g}.${f}`, `${g}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}${r.int(80, 2012)}`, `${g}.${r.pick(['tutor', 'study', 'work', 'home', 'mama', 'papa'])}`, `${g[0]}${f}`, `${f}${g}`]);
  const domain = r.pick(MAILDOM11[lang]);
  const addr = `${local}@${domain}`;
  if (!obfuscate) return { text: r.chance(0.08) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr, obfuscated: false };
  const labels = domain.split('.');
  const at = () => r.pick(AT11[lang].filter((a) => a !== '＠' && a !== ' @ '));
  switch (r.int(0, 11)) {
    case 0:
    case 1:
    case 2:
      return { text: `${local}${r.pick(AT11[lang])}${labels.join(r.pick(DOT11[lang]))}`, obfuscated: true, how: 'at-dot words' };
    case 3:
      return { text: `${local}${at()}${domain}`, obfuscated: true, how: 'at word' };
    case 4: {
      const said = SAYTLD11[lang][labels[labels.length - 1]];
      if (said) return { text: `${local}${at()}${labels.slice(0, -1).join(r.pick(DOT11[lang]))}${r.pick(said)}`, obfuscated: true, how: 'top-level domain said' };
      return { text: `${local}${at()}${labels.join(r.pick(DOT11[lang]))}`, obfuscated: true, how: 'at-dot words' };
    }
    case 5:
      return { text: fw11(r, addr), obfuscated: true, how: 'full-width' };
    case 6:
      return { text: zw11(r, addr), obfuscated: true, how: 'zero-width' };
    case 7: {
      const l = look11(r, addr, addr.indexOf('@'));
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: zw11(r, addr), obfuscated: true, how: 'zero-width' };
    }
    case 8:
      return { text: `${local} @ ${labels.join(r.pick([' . ', ' .', '. ']))}`, obfuscated: true, how: 'split by spaces' };
    case 9:
      return { text: `${[...local].join(' ')} @ ${domain}`, obfuscated: true, how: 'split by spaces' };
    case 10:
      return { text: `${local}${r.pick(['＠', '@'])}${labels.join(r.pick(DOT11[lang])).toUpperCase()}`, obfuscated: true, how: 'dot words in capitals' };
    default:
      return { text: `${zw11(r, local)}${at()}${domain}`, obfuscated: true, how: 'zero-width, at word' };
  }
}

// ---- phones ------------------------------------------------------------------------------------

interface Shape11 {
  region: CountryCode;
  national: (r: Rng) => string;
  formats: ((d: string) => string)[];
  groups: number[];
  /** Digits as they are said: the national number, or with the trunk 8 for Russia. */
  say?: (d: string) => string;
}
const sp = (d: string, ...cuts: number[]) => {
  const out: string[] = [];
  let k = 0;
  for (const c of cuts) {
    out.push(d.slice(k, k + c));
    k += c;
  }
  if (k < d.length) out.push(d.slice(k));
  return out;
};
const SHAPES11: Record<string, Shape11> = {
  JP_MOB: { region: 'JP', national: (r) => r.pick(['090', '080', '070']) + r.int(1, 9) + r.digits(7), formats: [(d) => sp(d, 3, 4).join('-'), (d) => d, (d) => sp(d, 3, 4).join(' '), (d) => `+81 ${sp(d.slice(1), 2, 4).join(' ')}`, (d) => `+81-${sp(d.slice(1), 2, 4).join('-')}`, (d) => `+81(0)${sp(d.slice(1), 2, 4).join('-')}`], groups: [3, 4, 4] },
  JP_050: { region: 'JP', national: (r) => '050' + r.int(1, 9) + r.digits(7), formats: [(d) => sp(d, 3, 4).join('-')], groups: [3, 4, 4] },
  JP_NAGOYA: { region: 'JP', national: (r) => '052' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join('-'), (d) => `052(${d.slice(3, 6)})${d.slice(6)}`, (d) => `+81 52 ${d.slice(3, 6)} ${d.slice(6)}`], groups: [3, 3, 4] },
  JP_KYOTO: { region: 'JP', national: (r) => '075' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join('-')], groups: [3, 3, 4] },
  JP_YOKOHAMA: { region: 'JP', national: (r) => '045' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join('-'), (d) => `045-${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  KR_MOB: { region: 'KR', national: (r) => '010' + r.int(2, 9) + r.digits(7), formats: [(d) => sp(d, 3, 4).join('-'), (d) => d, (d) => sp(d, 3, 4).join(' '), (d) => sp(d, 3, 4).join('.'), (d) => `+82 10-${sp(d.slice(3), 4).join('-')}`, (d) => `+82-10-${sp(d.slice(3), 4).join('-')}`], groups: [3, 4, 4] },
  KR_DAEGU: { region: 'KR', national: (r) => '053' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join('-'), (d) => `(053) ${d.slice(3, 6)}-${d.slice(6)}`], groups: [3, 3, 4] },
  KR_GWANGJU: { region: 'KR', national: (r) => '062' + r.int(2, 9) + r.digits(7), formats: [(d) => sp(d, 3, 4).join('-')], groups: [3, 4, 4] },
  KR_DAEJEON: { region: 'KR', national: (r) => '042' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join('-')], groups: [3, 3, 4] },
  VN_MOB: { region: 'VN', national: (r) => r.pick(['032', '033', '034', '036', '037', '039', '056', '059', '076', '077', '078', '081', '082', '084', '085', '089', '090', '093', '094', '097', '098']) + r.digits(7), formats: [(d) => sp(d, 4, 3).join(' '), (d) => d, (d) => sp(d, 4, 3).join('.'), (d) => sp(d, 3, 3).join(' '), (d) => `+84 ${sp(d.slice(1), 2, 3, 2).join(' ')}`, (d) => `(+84) ${sp(d.slice(1), 3, 3).join(' ')}`, (d) => `+84${d.slice(1)}`], groups: [4, 3, 3] },
  VN_DANANG: { region: 'VN', national: (r) => '0236' + r.int(3, 7) + r.digits(6), formats: [(d) => sp(d, 4, 3).join(' '), (d) => `(0236) ${sp(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  VN_HAIPHONG: { region: 'VN', national: (r) => '0225' + r.int(3, 8) + r.digits(6), formats: [(d) => sp(d, 4, 3).join('.')], groups: [4, 3, 4] },
  RU_MOB: { region: 'RU', national: (r) => '9' + r.pick(['02', '04', '08', '11', '13', '19', '22', '24', '29', '37', '51', '60', '62', '68', '80', '83', '88', '93', '95', '99']) + r.digits(7), formats: [(d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8${d}`, (d) => `+7${d}`, (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, (d) => `+7-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`], groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_NSK: { region: 'RU', national: (r) => '383' + r.int(2, 3) + r.digits(6), formats: [(d) => `+7 (383) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `8 (383) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`], groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_EKB: { region: 'RU', national: (r) => '343' + r.int(2, 3) + r.digits(6), formats: [(d) => `8 (343) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`, (d) => `+7 343 ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`], groups: [3, 3, 2, 2], say: (d) => '8' + d },
  RU_KAZAN: { region: 'RU', national: (r) => '843' + r.int(2, 5) + r.digits(6), formats: [(d) => `+7 (843) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`], groups: [3, 3, 2, 2], say: (d) => '8' + d },
  US: { region: 'US', national: (r) => r.pick(['213', '305', '347', '503', '602', '615', '720', '773', '832', '858', '971', '980']) + r.int(2, 9) + r.digits(6), formats: [(d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, (d) => sp(d, 3, 3).join('-'), (d) => `+1 ${sp(d, 3, 3).join('-')}`, (d) => sp(d, 3, 3).join('.'), (d) => `1-${sp(d, 3, 3).join('-')}`], groups: [3, 3, 4] },
  GB_MOB: { region: 'GB', national: (r) => '07' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), formats: [(d) => sp(d, 5).join(' '), (d) => sp(d, 5, 3).join(' '), (d) => `+44 ${sp(d.slice(1), 4).join(' ')}`, (d) => `+44 (0) ${sp(d.slice(1), 4, 3).join(' ')}`], groups: [5, 3, 3] },
  GB_GLASGOW: { region: 'GB', national: (r) => '0141' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 4, 3).join(' '), (d) => `+44 141 ${sp(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  GB_LEEDS: { region: 'GB', national: (r) => '0113' + r.int(2, 4) + r.digits(6), formats: [(d) => sp(d, 4, 3).join(' ')], groups: [4, 3, 4] },
  GB_BRISTOL: { region: 'GB', national: (r) => '0117' + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 4, 3).join(' '), (d) => `(${d.slice(0, 4)}) ${sp(d.slice(4), 3).join(' ')}`], groups: [4, 3, 4] },
  IE: { region: 'IE', national: (r) => '08' + r.pick(['3', '5', '6', '7', '9']) + r.int(2, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join(' '), (d) => `+353 ${sp(d.slice(1), 2, 3).join(' ')}`], groups: [3, 3, 4] },
  PT: { region: 'PT', national: (r) => '9' + r.pick(['1', '2', '3', '6']) + r.digits(7), formats: [(d) => sp(d, 3, 3).join(' '), (d) => `+351 ${sp(d, 3, 3).join(' ')}`], groups: [3, 3, 3] },
  AT: { region: 'AT', national: (r) => '0664' + r.int(1, 9) + r.digits(6), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `+43 664 ${d.slice(4)}`], groups: [4, 3, 4] },
  CZ: { region: 'CZ', national: (r) => r.pick(['601', '602', '603', '604', '605', '606', '607', '608', '702', '703', '704', '705', '720', '721', '722', '723', '724', '725', '730', '731', '732', '733', '734', '736', '737', '739', '770', '771', '773', '774', '775', '776', '777', '778', '779', '790', '792', '797', '799']) + r.digits(6), formats: [(d) => sp(d, 3, 3).join(' '), (d) => `+420 ${sp(d, 3, 3).join(' ')}`], groups: [3, 3, 3] },
  SE: { region: 'SE', national: (r) => '07' + r.pick(['0', '2', '3', '6']) + r.digits(7), formats: [(d) => `${d.slice(0, 3)}-${sp(d.slice(3), 3, 2).join(' ')}`, (d) => `+46 ${sp(d.slice(1), 2, 3, 2).join(' ')}`], groups: [3, 3, 2, 2] },
  HU: { region: 'HU', national: (r) => '06' + r.pick(['20', '30', '70']) + r.int(2, 9) + r.digits(6), formats: [(d) => `06 ${d.slice(2, 4)} ${sp(d.slice(4), 3).join(' ')}`, (d) => `+36 ${d.slice(2, 4)} ${sp(d.slice(4), 3).join(' ')}`], groups: [2, 2, 3, 4] },
  FI: { region: 'FI', national: (r) => '04' + r.int(0, 6) + r.int(1, 9) + r.digits(6), formats: [(d) => sp(d, 3, 3).join(' '), (d) => `+358 ${sp(d.slice(1), 2, 3).join(' ')}`], groups: [3, 3, 4] },
  DK: { region: 'DK', national: (r) => r.pick(['2', '3', '4', '5']) + r.int(0, 9) + r.digits(6), formats: [(d) => sp(d, 2, 2, 2).join(' '), (d) => `+45 ${sp(d, 2, 2, 2).join(' ')}`], groups: [2, 2, 2, 2] },
  DE: { region: 'DE', national: (r) => r.pick(['0151', '0152', '0162', '0172', '0173', '0175', '0177']) + r.digits(r.pick([7, 8])), formats: [(d) => `${d.slice(0, 4)} ${d.slice(4)}`, (d) => `+49 ${d.slice(1, 4)} ${d.slice(4)}`, (d) => `${d.slice(0, 4)}/${d.slice(4)}`], groups: [4, 3, 4] },
  FR: { region: 'FR', national: (r) => '0' + r.pick(['6', '7']) + r.digits(8), formats: [(d) => d.replace(/(\d\d)(?=\d)/g, '$1 '), (d) => `+33 ${d[1]} ${d.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`, (d) => d.replace(/(\d\d)(?=\d)/g, '$1.')], groups: [2, 2, 2, 2, 2] },
};
const MIX11: Record<Lang, string[]> = {
  en: ['US', 'US', 'US', 'GB_MOB', 'GB_MOB', 'GB_GLASGOW', 'GB_LEEDS', 'GB_BRISTOL', 'IE', 'PT', 'AT', 'CZ', 'SE', 'HU', 'FI', 'DK', 'DE', 'FR', 'JP_MOB', 'KR_MOB', 'VN_MOB', 'RU_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_MOB', 'JP_050', 'JP_NAGOYA', 'JP_KYOTO', 'JP_YOKOHAMA', 'US', 'KR_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_MOB', 'KR_DAEGU', 'KR_GWANGJU', 'KR_DAEJEON', 'JP_MOB', 'US', 'VN_MOB'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_MOB', 'RU_NSK', 'RU_EKB', 'RU_KAZAN', 'CZ', 'DE', 'FI'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_MOB', 'VN_DANANG', 'VN_HAIPHONG', 'KR_MOB', 'JP_MOB', 'US'],
};
/** Shapes a messenger can be registered to (mobiles only), for numbers given for WhatsApp, Viber or Zalo. */
const MOB11: Record<Lang, string[]> = {
  en: ['US', 'GB_MOB', 'GB_MOB', 'IE', 'PT', 'CZ', 'DE', 'FR', 'VN_MOB'],
  ja: ['JP_MOB', 'JP_MOB', 'US', 'VN_MOB'],
  ko: ['KR_MOB', 'KR_MOB', 'US', 'VN_MOB'],
  ru: ['RU_MOB', 'RU_MOB', 'RU_MOB', 'CZ', 'DE'],
  vi: ['VN_MOB', 'VN_MOB', 'VN_MOB', 'KR_MOB'],
};

const SPELL11: Record<Lang, string[][]> = {
  en: [['zero', 'oh', 'o'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  ja: [['〇', '零', 'ゼロ'], ['一'], ['二'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']],
  ko: [['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육'], ['칠'], ['팔'], ['구']],
  ru: [['ноль', 'нуль'], ['один'], ['два'], ['три'], ['четыре'], ['пять'], ['шесть'], ['семь'], ['восемь'], ['девять']],
  vi: [['không'], ['một'], ['hai'], ['ba'], ['bốn'], ['năm'], ['sáu'], ['bảy'], ['tám'], ['chín']],
};
/** Japanese readings in hiragana, as a number is typed when read out. */
const JA_KANA11 = ['ぜろ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
const VI_BARE11 = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];
const DASHW11: Record<Lang, string[]> = { en: [' dash ', ' - ', ' hyphen ', ' then '], ja: ['ハイフン', 'の', 'ー', '—'], ko: [' 다시 ', ' - ', '에 ', ' 하이픈 '], ru: [' тире ', ' - ', ' дефис '], vi: [' gạch ', ' - ', ' gạch ngang '] };
const PLUS11: Record<Lang, string[]> = { en: ['plus', 'PLUS'], ja: ['プラス'], ko: ['플러스'], ru: ['плюс'], vi: ['cộng'] };

/** Digits spelled one by one in groups: the zero word, the script and the joiners are chosen once per number. */
function spell11(r: Rng, lang: Lang, gs: string[]): { text: string; how: string } {
  const kana = lang === 'ja' && r.chance(0.3);
  const bare = lang === 'vi' && r.chance(0.3);
  const zero = r.pick(SPELL11[lang][0]);
  const word = (c: string) => (kana ? JA_KANA11[Number(c)] : bare ? VI_BARE11[Number(c)] : c === '0' ? zero : SPELL11[lang][Number(c)][0]);
  const inner = kana ? r.pick(['', '・']) : cjk11(lang) ? '' : r.pick([' ', ' ', '-', ', ']);
  const outer = kana ? r.pick([' ', '、', '-']) : cjk11(lang) ? r.pick([' ', '-', lang === 'ja' ? '、' : ', ', r.pick(DASHW11[lang])]) : r.pick(['  ', ', ', ' - ', ' / ', r.pick(DASHW11[lang])]);
  let text = gs.map((g) => [...g].map(word).join(inner)).join(outer);
  if (lang === 'en' && r.chance(0.2)) text = text.toUpperCase();
  if (lang === 'ru' && r.chance(0.25)) text = text.replace(/^./, (c) => c.toUpperCase());
  return { text, how: kana ? 'spelled digits in kana' : bare ? 'spelled digits without diacritics' : 'spelled digits' };
}

function phoneNumber11(r: Rng, lang: Lang, mobile: boolean): { formatted: string; national: string; shape: Shape11 } {
  for (let tries = 0; tries < 5000; tries++) {
    const shape = SHAPES11[r.pick(mobile ? MOB11[lang] : MIX11[lang])];
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

function groups11(d: string, sizes: number[]): string[] {
  const out = parts(d, sizes);
  if (out.length > sizes.length) {
    const last = out.pop()!;
    out[out.length - 1] += last;
  }
  return out;
}

function phone11(r: Rng, lang: Lang, obfuscate: boolean, mobile = false): Surface {
  const p = phoneNumber11(r, lang, mobile);
  if (!obfuscate) return { text: p.formatted, obfuscated: false };
  const ru = p.shape.say !== undefined;
  const said = p.shape.say ? p.shape.say(p.national) : p.national;
  const gs = groups11(said, ru ? [1, 3, 3, 2, 2] : p.shape.groups);
  switch (r.int(0, 12)) {
    case 0:
    case 1:
    case 2: {
      const s = spell11(r, lang, gs);
      return { text: s.text, obfuscated: true, how: s.how };
    }
    case 3: {
      const s = spell11(r, lang, gs.slice(1));
      return { text: `${gs[0]}${cjk11(lang) ? r.pick(['-', ' ', '']) : ' '}${s.text}`, obfuscated: true, how: 'partly spelled' };
    }
    case 4: {
      const start = r.int(0, 1);
      const text = gs.map((g, i) => (i % 2 === start ? spell11(r, lang, [g]).text : g)).join(r.pick([' ', '-']));
      return { text, obfuscated: true, how: 'partly spelled' };
    }
    case 5:
      return { text: [...said].join(r.pick([' ', '.', '-', ' . ', '  '])), obfuscated: true, how: 'separated digits' };
    case 6:
      return { text: gs.map((g) => [...g].join(' ')).join(r.pick(['   ', ' / ', ' - ', ' | '])), obfuscated: true, how: 'spaced digits' };
    case 7:
      return { text: fw11(r, p.formatted).replace(/－/g, lang === 'ja' ? r.pick(['－', 'ー']) : '－'), obfuscated: true, how: 'full-width' };
    case 8:
      return { text: zw11(r, p.formatted), obfuscated: true, how: 'zero-width' };
    case 9:
      return { text: gs.join(r.pick(DASHW11[lang])), obfuscated: true, how: 'dash words' };
    case 10:
      return { text: gs.join(r.pick(['/', ' / ', '_', '..', ' ~ ', '・', '·'])), obfuscated: true, how: 'odd separators' };
    case 11: {
      // the international form read out: the plus as a word, then each digit
      const intl = parsePhoneNumberFromString(p.national, p.shape.region)!;
      const cc = String(intl.countryCallingCode);
      const rest = String(intl.nationalNumber);
      const s = spell11(r, lang, [cc, ...groups11(rest, [2, 3, 4])]);
      return { text: `${r.pick(PLUS11[lang])} ${s.text}`, obfuscated: true, how: 'spelled international number' };
    }
    default: {
      const text = gs.map((g, i) => (i % 2 ? fullWidth(g) : g)).join(r.pick([' ', '-', '　']));
      return { text, obfuscated: true, how: 'full-width groups' };
    }
  }
}

// ---- links -------------------------------------------------------------------------------------

const WEB11: Record<Lang, string[]> = {
  en: ['{h}.framer.website', 'tally.so/r/{k}', 'www.{s}.co.uk/book', 'cal.com/{h}/trial', 'form.typeform.com/to/{k}', '{s}.academy', 'www.dropbox.com/s/{k}/mock_exam.pdf', '{h}.wixsite.com/tutor', 'gofund.me/{x}', 'shop.{s}.store', 'www.meetup.com/{s}-language-cafe', '{s}.club/events'],
  ja: ['{h}.base.shop', 'peatix.com/event/{n}', 'coubic.com/{h}', 'www.{s}.jp/contact', '{s}.nagoya', 'lit.link/{h}', 'www.{s}.co.jp', 'えいご塾.com', 'すまいる英会話.jp', 'ssl.form-mailer.jp/fms/{x}', '{s}.okinawa'],
  ko: ['smartstore.naver.com/{h}', '{h}.imweb.me', 'forms.gle/{k}', 'tumblbug.com/{h}', 'litt.ly/{h}', 'www.{s}.kr', '영어학원.kr', '{s}.busan.kr', 'www.{s}.co.kr/apply', 'blog.naver.com/{h}/{n}'],
  ru: ['{h}.tilda.ws', 'vk.cc/{k}', 'www.{s}.su', 'rutube.ru/video/{x}', 'boosty.to/{h}', 'англ-клуб.рф', 'репетиторы.онлайн', '{s}.spb.ru', 'курсы-языков.рф', 't.ly/{k}', 'www.{s}.ru/zapis'],
  vi: ['{h}.mysapo.net', 'forms.gle/{k}', 'www.{s}.edu.vn/tuyen-sinh', 'tiki.vn/cua-hang/{h}', '{s}.id.vn', 'lophoc-{s}.vn', 'tiếng-anh-vui.vn', 'www.{s}.net.vn', 'linktr.ee/{h}', 'www.{s}.com.vn/khoa-hoc'],
};
const SCHOOL11 = ['maplewood', 'northstar', 'sakuragaoka', 'hanbit', 'rassvet', 'hoa-sen', 'kestrel', 'bluebird', 'yuhi', 'solnce', 'thanhxuan', 'lumen'];
const CHAT11 = ['t.me/{h}', 't.me/joinchat/{k}{k}', 'telegram.me/{h}', 'wa.me/{w}', 'api.whatsapp.com/send?phone={w}', 'chat.whatsapp.com/{k}{k}{k}', 'line.me/ti/p/~{h}', 'line.me/ti/g2/{k}{k}', 'lin.ee/{k}', 'open.kakao.com/o/s{k}', 'open.kakao.com/o/g{k}', 'qr.kakao.com/talk/{k}{k}', 'zalo.me/{w}', 'zalo.me/g/{k}', 'm.me/{h}', 'ig.me/m/{h}', 'discord.gg/{k}', 'discord.com/invite/{k}', 'join.skype.com/invite/{k}{k}', 'viber.click/{w}', 'www.instagram.com/{h}', 'facebook.com/{h}'];

function intl11(r: Rng, lang: Lang): string {
  const p = phoneNumber11(r, lang, true);
  return parsePhoneNumberFromString(p.national, p.shape.region)!.number.replace('+', '');
}

function url11(r: Rng, lang: Lang, obfuscate: boolean, kind: 'web' | 'chat'): Surface {
  const h = handle11(r, lang, 'any').replace(/[.]/g, '_');
  const pattern = kind === 'web' ? r.pick(WEB11[lang]) : r.pick(CHAT11);
  const site = pattern
    .replace('{h}', pattern.startsWith('{h}.') ? h.replace(/_/g, '-') : h)
    .replace('{s}', r.pick(SCHOOL11))
    .replace(/\{k\}/g, () => key11(r, 5))
    .replace('{x}', () => hex11(r, 12))
    .replace('{n}', () => String(r.int(100000, 9999999)))
    .replace('{w}', () => intl11(r, lang));
  const scheme = r.chance(0.4) ? r.pick(['https://', 'https://', 'http://', 'Https://']) : '';
  const plain = scheme + site;
  if (!obfuscate) return { text: plain, obfuscated: false };
  const slash = site.indexOf('/');
  const host = slash < 0 ? site : site.slice(0, slash);
  const path = slash < 0 ? '' : site.slice(slash);
  const labels = host.split('.');
  const dots = DOT11[lang].filter((d) => d !== '．');
  switch (r.int(0, 9)) {
    case 0:
    case 1:
      return { text: labels.join(r.pick(dots)) + path, obfuscated: true, how: 'dot words' };
    case 2: {
      const said = SAYTLD11[lang][labels[labels.length - 1]];
      if (said) return { text: labels.slice(0, -1).join(r.pick(dots)) + r.pick(said) + path, obfuscated: true, how: 'top-level domain said' };
      return { text: labels.join(r.pick(['[.]', '(.)', '{.}'])) + path, obfuscated: true, how: 'bracketed dot' };
    }
    case 3:
      return { text: scheme + labels.join(r.pick(['[.]', '(.)', '[dot]', '(dot)'])) + path, obfuscated: true, how: 'bracketed dot' };
    case 4:
      return { text: fw11(r, plain), obfuscated: true, how: 'full-width' };
    case 5:
      return { text: zw11(r, plain), obfuscated: true, how: 'zero-width' };
    case 6: {
      const l = look11(r, host);
      return l ? { text: scheme + l + path, obfuscated: true, how: 'look-alikes' } : { text: zw11(r, plain), obfuscated: true, how: 'zero-width' };
    }
    case 7:
      return { text: labels.join(' . ') + (path ? ' ' + path.replace(/\//g, ' / ').trim() : ''), obfuscated: true, how: 'split by spaces' };
    case 8:
      return { text: (scheme ? scheme.replace('://', ' : // ') : '') + labels.join(r.pick(['. ', ' .'])) + path, obfuscated: true, how: 'split by spaces' };
    default:
      return { text: labels.join(r.pick(dots)).toUpperCase() + path, obfuscated: true, how: 'dot words in capitals' };
  }
}

// ---- messenger ids -----------------------------------------------------------------------------

function id11(r: Rng, lang: Lang, obfuscate: boolean, style: Style11): Surface {
  const h = handle11(r, lang, style);
  if (!obfuscate) return { text: h, obfuscated: false };
  switch (r.int(0, 5)) {
    case 0:
      return { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: fw11(r, h), obfuscated: true, how: 'full-width' };
    case 2:
    case 3:
      return { text: zw11(r, h), obfuscated: true, how: 'zero-width' };
    default: {
      const l = look11(r, h);
      return l ? { text: l, obfuscated: true, how: 'look-alikes' } : { text: fullWidth(h), obfuscated: true, how: 'full-width' };
    }
  }
}

// ---- numbers with check digits -----------------------------------------------------------------

function spellRun11(r: Rng, lang: Lang, d: string): string {
  const zero = r.pick(SPELL11[lang][0]);
  return [...d].map((c) => (c === '0' ? zero : SPELL11[lang][Number(c)][0])).join(cjk11(lang) ? '' : ' ');
}

function card11(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const kind = r.int(0, 7);
  const d =
    kind === 0 ? luhnComplete(r, '4', 16)
    : kind === 1 ? luhnComplete(r, String(r.int(51, 55)), 16)
    : kind === 2 ? luhnComplete(r, String(r.int(2221, 2720)), 16)
    : kind === 3 ? luhnComplete(r, String(r.int(3528, 3589)), 16)
    : kind === 4 ? luhnComplete(r, r.pick(['34', '37']), 15)
    : kind === 5 ? luhnComplete(r, '220' + r.int(0, 4), 16)
    : kind === 6 ? luhnComplete(r, '36', 14)
    : luhnComplete(r, '62' + r.int(22, 88), 16);
  const g = d.length === 15 ? parts(d, [4, 6, 5]) : d.length === 14 ? parts(d, [4, 6, 4]) : parts(d, [4, 4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d, g.join(' ')]), obfuscated: false };
  switch (r.int(0, 6)) {
    case 0:
      return { text: fw11(r, r.chance(0.5) ? g.join(' ') : g.join('-')), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: [...d].join(r.pick([' ', '.', '-'])), obfuscated: true, how: 'separated digits' };
    case 2:
      return { text: zw11(r, g.join(' ')), obfuscated: true, how: 'zero-width' };
    case 3:
      return { text: g.join(r.pick([' / ', '..', ' | ', '_', '　'])), obfuscated: true, how: 'odd separators' };
    case 4:
      return { text: g.map((x, i) => (i % 2 ? spellRun11(r, lang, x) : x)).join(cjk11(lang) ? ' ' : ', '), obfuscated: true, how: 'partly spelled' };
    case 5:
      return { text: g.map((x) => spellRun11(r, lang, x)).join(cjk11(lang) ? ' ' : ' / '), obfuscated: true, how: 'spelled digits' };
    default:
      return { text: g.map((x) => [...x].join(' ')).join('   '), obfuscated: true, how: 'spaced digits' };
  }
}

function ip11(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const h = () => r.int(1, 0xffff).toString(16);
  const v6 = r.chance(0.3);
  const text = v6
    ? r.pick([`2404:${h()}:${h()}:${h()}::${h()}`, `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `2a02:${h()}:${h()}::${h()}`, `fd${hex11(r, 2)}:${h()}:${h()}::${h()}`])
    : r.pick([`${r.int(23, 126)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 11)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`, `${r.int(130, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fw11(r, text), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw11(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return v6 ? { text: fullWidth(text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick(['[.]', '(.)', '{.}'])), obfuscated: true, how: 'bracketed dot' };
    case 3:
      return v6 ? { text: zw11(r, text), obfuscated: true, how: 'zero-width' } : { text: text.split('.').join(r.pick(DOT11[lang].filter((d) => d !== '．'))), obfuscated: true, how: 'dot words' };
    default:
      return v6 ? { text: fw11(r, text), obfuscated: true, how: 'full-width' } : { text: text.split('.').join(r.pick([' . ', ' .', '. '])), obfuscated: true, how: 'split by spaces' };
  }
}

const IBAN11: [string, (r: Rng) => string][] = [
  ['DE', (r) => r.digits(18)],
  ['FR', (r) => r.digits(23)],
  ['ES', (r) => r.digits(20)],
  ['IT', (r) => String.fromCharCode(65 + r.int(0, 25)) + r.digits(22)],
  ['NL', (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'KNAB']) + r.digits(10)],
  ['IE', (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14)],
  ['SE', (r) => r.digits(20)],
  ['DK', (r) => r.digits(14)],
  ['FI', (r) => r.digits(14)],
  ['CZ', (r) => r.digits(20)],
  ['HU', (r) => r.digits(24)],
  ['GR', (r) => r.digits(23)],
  ['HR', (r) => r.digits(17)],
  ['RO', (r) => r.pick(['BTRL', 'RNCB', 'INGB']) + key11(r, 16).toUpperCase()],
  ['LT', (r) => r.digits(16)],
  ['LV', (r) => r.pick(['HABA', 'UNLA', 'PARX']) + r.digits(13)],
  ['SK', (r) => r.digits(20)],
  ['SI', (r) => r.digits(15)],
];
function iban11(r: Rng, obfuscate: boolean): Surface {
  const [c, gen] = r.pick(IBAN11);
  const bban = gen(r);
  const code = c + p11(98 - mod97(bban + c + '00')) + bban;
  if (mod97(code.slice(4) + code.slice(0, 4)) !== 1) throw new Error('bad IBAN');
  const spaced = code.replace(/(.{4})(?=.)/g, '$1 ');
  if (!obfuscate) return { text: r.chance(0.6) ? spaced : code, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fw11(r, spaced), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw11(r, spaced), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: code.replace(/(.{4})(?=.)/g, r.pick(['$1-', '$1 . ', '$1 / ', '$1  '])), obfuscated: true, how: 'separated groups' };
    case 3:
      return { text: spaced.split(' ').map((g, i) => (i % 2 ? fullWidth(g) : g)).join(' '), obfuscated: true, how: 'full-width groups' };
    default:
      return { text: [...code].join(' '), obfuscated: true, how: 'spaced characters' };
  }
}

function myNumber11(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const base = r.digits(11);
  const d = base + myNumberCheckDigit(base);
  const g = parts(d, [4, 4, 4]);
  if (!obfuscate) return { text: r.pick([g.join(' '), g.join('-'), d]), obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fullWidth(r.pick([g.join(' '), d, g.join('-')])), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw11(r, g.join(r.pick([' ', '-']))), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: [...d].join(r.pick([' ', '.', '-', '・'])), obfuscated: true, how: 'separated digits' };
    case 3:
      return { text: g.map((x) => spellRun11(r, lang, x)).join(cjk11(lang) ? r.pick([' ', '・', '-', '、']) : ', '), obfuscated: true, how: 'spelled digits' };
    default:
      return { text: g.join(r.pick(DASHW11[lang])), obfuscated: true, how: 'dash words' };
  }
}

function rrn11(r: Rng, lang: Lang, obfuscate: boolean): Surface {
  const y = r.int(1965, 2012);
  const body = p11(y % 100) + p11(r.int(1, 12)) + p11(r.int(1, 28)) + (y >= 2000 ? r.pick(['3', '4']) : r.pick(['1', '2'])) + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * w[i];
  const d = body + String((11 - (sum % 11)) % 10);
  const text = r.chance(0.85) ? `${d.slice(0, 6)}-${d.slice(6)}` : d;
  if (!obfuscate) return { text, obfuscated: false };
  switch (r.int(0, 4)) {
    case 0:
      return { text: fw11(r, `${d.slice(0, 6)}-${d.slice(6)}`), obfuscated: true, how: 'full-width' };
    case 1:
      return { text: zw11(r, text), obfuscated: true, how: 'zero-width' };
    case 2:
      return { text: `${[...d.slice(0, 6)].join(' ')} - ${[...d.slice(6)].join(' ')}`, obfuscated: true, how: 'spaced digits' };
    case 3:
      return { text: `${d.slice(0, 6)}${r.pick(DASHW11[lang])}${d.slice(6)}`, obfuscated: true, how: 'dash word' };
    default:
      return { text: `${spellRun11(r, lang, d.slice(0, 6))}${cjk11(lang) ? r.pick([' ', '-', ' 다시 ']) : ' - '}${spellRun11(r, lang, d.slice(6))}`, obfuscated: true, how: 'spelled digits' };
  }
}

// ---- the slots ---------------------------------------------------------------------------------

const ID_SLOTS11: Record<string, Style11> = { IDQ: 'any', LNQ: 'line', KKQ: 'kakao', TGQ: 'tg', SKQ: 'skype', DCQ: 'discord', WXQ: 'wechat', IGQ: 'ig', FBQ: 'fb' };

/** The entity for one of this set's slots, null for a filler slot. */
export function blind11Entity(r: Rng, lang: Lang, slot: string, obfuscate: boolean): { type: FindingType; surface: Surface } | null {
  if (ID_SLOTS11[slot]) return { type: 'MESSENGER_ID', surface: id11(r, lang, obfuscate, ID_SLOTS11[slot]) };
  switch (slot) {
    case 'MAILQ':
      return { type: 'EMAIL', surface: email11(r, lang, obfuscate) };
    case 'TELQ':
      return { type: 'PHONE', surface: phone11(r, lang, obfuscate) };
    case 'WAQ':
      return { type: 'PHONE', surface: phone11(r, lang, obfuscate, true) };
    case 'WEBQ':
      return { type: 'URL', surface: url11(r, lang, obfuscate, 'web') };
    case 'CHATQ':
      return { type: 'URL', surface: url11(r, lang, obfuscate, 'chat') };
    case 'CARDQ':
      return { type: 'CREDIT_CARD', surface: card11(r, lang, obfuscate) };
    case 'IPQ':
      return { type: 'IP_ADDRESS', surface: ip11(r, lang, obfuscate) };
    case 'IBANQ':
      return { type: 'IBAN', surface: iban11(r, obfuscate) };
    case 'MYNQ':
      return { type: 'JP_MY_NUMBER', surface: myNumber11(r, lang, obfuscate) };
    case 'RRNQ':
      return { type: 'KR_RRN', surface: rrn11(r, lang, obfuscate) };
    default:
      return null;
  }
}

// ---- fillers -----------------------------------------------------------------------------------

/** Messengers reached by an id, by platform, in each language and script: names, nicknames, abbreviations. */
const APPS11: Record<string, Record<Lang, string[]>> = {
  LINEK: { en: ['LINE', 'Line', 'line', 'LINE ID', 'Line app'], ja: ['LINE', 'ライン', 'らいん', 'ﾗｲﾝ', 'LINEのID', 'ラインID', 'Line'], ko: ['라인', 'LINE', '라인 아이디', '라인 아디'], ru: ['LINE', 'Лайн', 'лайн', 'Line'], vi: ['Line', 'LINE', 'line', 'lai'] },
  TGK: { en: ['Telegram', 'TG', 'tg', 'Tele', 'telegram', 'Telegram handle'], ja: ['テレグラム', 'Telegram', 'テレグラ', 'TG', 'てれぐらむ'], ko: ['텔레그램', '텔레', '텔그', 'TG', '텔레그램 아이디'], ru: ['Телеграм', 'телега', 'тг', 'ТГ', 'телеграмм', 'Telegram'], vi: ['Telegram', 'Tele', 'tele', 'TG', 'tê lê'] },
  SKK: { en: ['Skype', 'skype', 'Skype name', 'Skype ID'], ja: ['スカイプ', 'Skype', 'すかいぷ', 'スカイプ名'], ko: ['스카이프', '스카입', 'Skype', '스카이프 아이디'], ru: ['Скайп', 'скайп', 'Skype', 'скайпик'], vi: ['Skype', 'skype', 'sky', 'Skai'] },
  DCK: { en: ['Discord', 'discord', 'disc', 'dc', 'Discord username'], ja: ['ディスコード', 'ディスコ', 'Discord', 'でぃすこ', 'ディスコのユーザー名'], ko: ['디스코드', '디코', 'Discord', '디코 닉', 'dc'], ru: ['Дискорд', 'дискорд', 'дс', 'Discord', 'дискорд-ник'], vi: ['Discord', 'discord', 'dis', 'DC', 'đít cọt'] },
  WXK: { en: ['WeChat', 'wechat', 'Weixin', 'WX', 'wx'], ja: ['WeChat', 'ウィーチャット', '微信', 'ウィチャ', 'ウィーチャットID'], ko: ['위챗', 'WeChat', '웨이신', '위쳇', 'wx'], ru: ['WeChat', 'Вичат', 'вичат', 'вичат'], vi: ['WeChat', 'Wechat', 'wechat', 'uy chát', 'Vi chat'] },
  IGK: { en: ['Instagram', 'IG', 'insta', 'Insta', 'the gram', 'ig'], ja: ['インスタ', 'Instagram', 'インスタグラム', 'IG', 'いんすた', 'インスタ垢'], ko: ['인스타', '인스타그램', '인스타 계정', '인별', '인스타 아이디'], ru: ['Инстаграм', 'инста', 'инст', 'Instagram', 'инстаграмм'], vi: ['Insta', 'IG', 'Instagram', 'ins', 'instagram', 'in-sta'] },
  FBK: { en: ['Facebook', 'FB', 'fb', 'Messenger', 'facebook'], ja: ['Facebook', 'フェイスブック', 'FB', 'フェイスブック（メッセンジャー）', 'ふぇいすぶっく'], ko: ['페이스북', '페북', 'Facebook', '페메', '페이스북 메신저'], ru: ['Фейсбук', 'фейсбук', 'фб', 'FB', 'фейс'], vi: ['Facebook', 'FB', 'face', 'phây', 'Mess', 'fb', 'phở bò', 'phây búc'] },
  KKK: { en: ['KakaoTalk', 'Kakao', 'Kakao Talk', 'kakao', 'KKT'], ja: ['カカオトーク', 'カカオ', 'KakaoTalk', 'カカオのID', 'かかお'], ko: ['카톡', '카카오톡', '카카오', '카톡 아이디', '카톡 아디', 'ㅋㅌ'], ru: ['КакаоТок', 'Какао', 'KakaoTalk', 'какао', 'какаоток'], vi: ['Kakao', 'KakaoTalk', 'kakao talk', 'Kakaotalk', 'ca cao'] },
};
const ANYID11 = ['LINEK', 'TGK', 'SKK', 'DCK', 'WXK', 'IGK', 'FBK', 'KKK'];
/** Messengers reached by a phone number. */
const PAPPS11: Record<string, Record<Lang, string[]>> = {
  WAK: { en: ['WhatsApp', 'WA', 'whatsapp', 'Whatsapp', 'WhatsApp Business', 'whatsap'], ja: ['WhatsApp', 'ワッツアップ', 'ワッツ', 'WA', 'ワッツアップ（番号）'], ko: ['왓츠앱', 'WhatsApp', '왓츠', '왓앱'], ru: ['WhatsApp', 'Ватсап', 'вотсап', 'вацап', 'ватс', 'вотс'], vi: ['WhatsApp', 'Whatsapp', 'WA', 'whatsapp', 'oắt sáp'] },
  VBK: { en: ['Viber', 'viber'], ja: ['Viber', 'バイバー', 'ヴァイバー'], ko: ['바이버', 'Viber'], ru: ['Вайбер', 'вайбер', 'Viber', 'вайбер'], vi: ['Viber', 'viber', 'vai bơ'] },
  ZLK: { en: ['Zalo', 'zalo'], ja: ['Zalo', 'ザロ'], ko: ['잘로', 'Zalo', '잘로(Zalo)'], ru: ['Zalo', 'Зало'], vi: ['Zalo', 'zalo', 'Zalô', 'ZL', 'zl', 'za lô', 'dalo', 'Zà lo'] },
};
const ANYPAPP11 = ['WAK', 'VBK', 'ZLK'];
/** Russian forms: prepositional (в/на ...) and accusative (в ... писать, добавить в ...), by platform. */
const RU_CASES11: Record<string, string[]> = {
  TGPK: ['телеге', 'телеграме', 'телеграмме', 'тг', 'Телеге', 'телеграмчике'],
  TGAK: ['телегу', 'телеграм', 'тг', 'Телеграм', 'телеграмчик'],
  IGPK: ['инсте', 'инстаграме', 'Инсте', 'инстаграмме'],
  IGAK: ['инсту', 'инстаграм', 'директ', 'Инсту'],
  DCPK: ['дискорде', 'Дискорде', 'дс', 'дискорд-сервере'],
  SKPK: ['скайпе', 'Скайпе', 'скайпике'],
  SKAK: ['скайп', 'Скайп'],
  FBPK: ['фейсбуке', 'фб', 'Фейсбуке', 'мессенджере фейсбука'],
  WXPK: ['вичате', 'WeChat', 'Вичате'],
  LNPK: ['лайне', 'Лайне', 'LINE'],
  KKPK: ['какао', 'КакаоТоке', 'какаотоке'],
  WAPK: ['ватсапе', 'вотсапе', 'вацапе', 'WhatsApp', 'ватсаппе', 'вотсапчике'],
  WAAK: ['ватсап', 'вотсап', 'вацап', 'WhatsApp'],
  VBPK: ['вайбере', 'Вайбере', 'Viber'],
};
const RU_BASE11: Record<string, string> = { TGPK: 'TGK', TGAK: 'TGK', IGPK: 'IGK', IGAK: 'IGK', DCPK: 'DCK', SKPK: 'SKK', SKAK: 'SKK', FBPK: 'FBK', WXPK: 'WXK', LNPK: 'LINEK', KKPK: 'KKK', WAPK: 'WAK', WAAK: 'WAK', VBPK: 'VBK' };

/** A messenger's name followed by one of its products or features: no id anywhere. */
const PROD11: Record<Lang, string[]> = {
  en: ['LINE Pay', 'Telegram Premium', 'Discord Nitro', 'WeChat Pay', 'Instagram Reels', 'KakaoTalk gift', 'Zalo Pay', 'WhatsApp Web', 'Skype credit', 'Facebook Marketplace'],
  ja: ['LINE Pay', 'LINEスタンプ', 'LINEポイント', 'LINEギフト', 'インスタのリール', 'ディスコのNitro', 'Telegramプレミアム', 'LINEマンガ', 'WeChat Pay'],
  ko: ['카카오페이', '카카오T', '카톡 선물하기', '카카오뱅크', '인스타 릴스', '디코 니트로', '라인프렌즈', '카톡 이모티콘', '페북 마켓플레이스'],
  ru: ['Telegram Premium', 'Дискорд Нитро', 'звёзды в телеге', 'стикеры в телеге', 'рилсы в инсте', 'WhatsApp Web', 'Вичат Пэй', 'маркетплейс фейсбука'],
  vi: ['ZaloPay', 'Zalo Pay', 'Zalo OA', 'story Insta', 'Facebook Marketplace', 'Tele Premium', 'WeChat Pay', 'reels Insta', 'nhóm Zalo của lớp'],
};
/** Usernames on services that are no messenger of the specification. */
const SVC11: Record<Lang, string[]> = {
  en: ['Duolingo', 'Lichess', 'Steam', 'Anki', 'Goodreads', 'Strava', 'Quizlet', 'Letterboxd'],
  ja: ['Duolingo', 'Steam', 'スタディプラス', 'Anki', 'ピクシブ', 'Lichess', 'note'],
  ko: ['듀오링고', '스팀', '롤', '배그', '클래스101', '리체스'],
  ru: ['Дуолинго', 'Стим', 'Lichess', 'Литрес', 'Strava', 'Анки'],
  vi: ['Duolingo', 'Steam', 'Liên Quân', 'Anki', 'Lichess', 'Strava'],
};

const COUNTRIES11: CountryCode[] = ['JP', 'KR', 'VN', 'RU', 'US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'IE', 'PT', 'AT', 'CZ', 'SE', 'HU', 'FI', 'DK', 'BE', 'GR'];

/** Digits that are none of the entities: no valid phone number of the countries above, not Luhn-valid at card lengths, no My Number. */
function safe11(r: Rng, n: number, lead = ''): string {
  let d = lead + r.digits(Math.max(0, n - lead.length));
  for (let tries = 0; tries < 400; tries++) {
    d = lead + r.digits(Math.max(0, n - lead.length));
    if (d.length >= 12 && d.length <= 19 && luhn(d)) continue;
    if (d.length === 12 && myNumberCheckDigit(d.slice(0, 11)) === d[11]) continue;
    if (d.length >= 6 && d.length <= 15 && COUNTRIES11.some((c) => parsePhoneNumberFromString(d, c)?.isValid())) continue;
    return d;
  }
  // Only phone-like draws for this lead: fall back to a length no check above keeps.
  return d.length >= 16 ? (luhn(d) ? d + '1' : d) : lead.length < 5 ? r.digits(5) : d + r.digits(20 - d.length);
}

function money11(r: Rng, lang: Lang): string {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  return r.pick({
    en: [`$${n(12, 95)}.${r.pick(['00', '49', '99'])}`, `£${n(18, 65)}`, `€${n(10, 80)},${r.pick(['00', '50'])}`, `${n(30, 90)} quid`, `$${n(1, 9)},${n(100, 999)}`],
    ja: [`${n(1, 9)},${r.pick(['480', '800', '000', '650'])}円`, `¥${n(10, 99)},${r.pick(['000', '500'])}`, `${n(2, 9)}千円`, `${n(1, 5)}万${n(1, 9)}千円`],
    ko: [`${n(10, 99)},${r.pick(['000', '500'])}원`, `${n(5, 90)}만원`, `₩${n(1, 9)},${n(100, 999)},000`, `${n(2, 9)}천원`],
    ru: [`${n(500, 4900)} ₽`, `${n(1, 9)} ${r.pick(['000', '500', '200'])} руб.`, `${n(3, 15)}к`, `${n(1, 9)} ${n(100, 999)} ${r.pick(['000', '500'])} ₽`],
    vi: [`${n(50, 900)}k`, `${n(1, 9)}.${r.pick(['250', '500', '800'])}.000đ`, `${n(1, 9)}.${n(100, 999)}.000.000 đồng`, `${n(2, 9)} củ`, `${n(100, 900)}.000 VNĐ`],
  }[lang]);
}

/** Fillers for the slots of these templates; null for any other slot (the older fillers take it). */
export function blind11Filler(r: Rng, lang: Lang, slot: string): string | null {
  const n = (lo: number, hi: number) => r.int(lo, hi);
  if (APPS11[slot]) return r.pick(APPS11[slot][lang]);
  if (PAPPS11[slot]) return r.pick(PAPPS11[slot][lang]);
  if (RU_CASES11[slot]) {
    const base = RU_BASE11[slot];
    return lang === 'ru' ? r.pick(RU_CASES11[slot]) : r.pick((APPS11[base] ?? PAPPS11[base])[lang]);
  }
  switch (slot) {
    case 'ANYK':
      return r.pick(APPS11[r.pick(ANYID11)][lang]);
    case 'PAPPK':
      return r.pick(PAPPS11[r.pick(ANYPAPP11)][lang]);
    case 'PRODK':
      return r.pick(PROD11[lang]);
    case 'SVCK':
      return r.pick(SVC11[lang]);
    case 'UNAMEK': {
      const g = r.pick(NAMES11[lang].g);
      return r.pick([`${g}_plays`, `${g}${n(10, 99)}`, `the_real_${g}`, `${g}.reads`]);
    }
    case 'CASHK':
      return money11(r, lang);
    case 'MEETK': {
      // a video-meeting id: ten or eleven digits that are no phone number
      const d = safe11(r, r.pick([10, 11]), String(n(8, 9)));
      return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
    }
    case 'GPINK':
      return safe11(r, r.pick([6, 7]), String(n(1, 9)));
    case 'UUIDK':
      return `${hex11(r, 8)}-${hex11(r, 4)}-4${hex11(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex11(r, 3)}-${hex11(r, 12)}`;
    case 'HASHK': {
      // never all digits, which could read as a number
      const h = hex11(r, r.pick([7, 8, 12]));
      return /^[0-9]+$/.test(h) ? 'a' + h.slice(1) : h;
    }
    case 'MACK':
    {
      const mac = [...Array(6)].map(() => hex11(r, 2)).join(r.pick([':', '-']));
      return r.chance(0.5) ? mac.toUpperCase() : mac;
    }
    case 'STAMPK':
      return `2026-${p11(n(1, 12))}-${p11(n(1, 28))}T${p11(n(0, 23))}:${p11(n(0, 59))}:${p11(n(0, 59))}${r.pick(['Z', '+09:00', '+07:00', '+03:00'])}`;
    case 'SUBK': {
      const a = n(0, 59);
      return `00:${p11(a)}:${p11(n(0, 59))},${n(100, 999)} --> 00:${p11(a)}:${p11(n(0, 59))},${n(100, 999)}`;
    }
    case 'VQK':
      return r.pick([`v${n(1, 9)}.${n(0, 20)}.${n(0, 9)}.${n(0, 99)}`, `build ${n(1, 9)}.${n(0, 9)}.${n(0, 9)} (${n(100, 999)})`, `${n(256, 999)}.${n(0, 9)}.${n(0, 9)}.${n(0, 9)}`, `ver ${n(1, 3)}.${n(0, 9)}`]);
    case 'RATIOK':
      return r.pick(['16:9', '4:3', '21:9', `${n(1, 5)}:${n(1, 5)}`, `${n(0, 5)}:${n(0, 5)}`, '3:2']);
    case 'LONGK': {
      // a long reference number of an exam, a bank transfer or a shipment: no phone, card or My Number
      const d = safe11(r, r.pick([9, 10, 11, 12, 13, 14]));
      return r.pick([d, parts(d, [4, 4]).join('-'), parts(d, [3, 3, 4]).join(' ')]);
    }
    case 'NOCARDK': {
      let d = r.pick(['4', '5', '35', '62', '9']) + r.digits(15);
      d = d.slice(0, 16);
      if (luhn(d)) d = d.slice(0, 15) + String((Number(d[15]) + 1) % 10);
      return parts(d, [4, 4, 4, 4]).join(r.pick([' ', '-', '']));
    }
    case 'NOIBANK': {
      const c = r.pick(['DE', 'FR', 'IE', 'SE', 'CZ', 'HU']);
      const bban = c === 'IE' ? 'AIBK' + r.digits(14) : r.digits(c === 'DE' ? 18 : c === 'FR' ? 23 : c === 'HU' ? 24 : 20);
      const good = 98 - mod97(bban + c + '00');
      const bad = good + (good > 50 ? -r.int(1, 9) : r.int(1, 9));
      return (c + p11(bad) + bban).replace(/(.{4})(?=.)/g, '$1 ');
    }
    case 'NOMYNK':
      return parts(safe11(r, 12), [4, 4, 4]).join(r.pick([' ', '-', '']));
    case 'BIRTHK':
      return `${p11(n(70, 99))}${p11(n(1, 12))}${p11(n(1, 28))}`;
    case 'MASKK':
      return `${p11(n(75, 99))}${p11(n(1, 12))}${p11(n(1, 28))}-${r.pick(['1', '2'])}${r.pick(['******', '●●●●●●', 'xxxxxx', '＊＊＊＊＊＊'])}`;
    case 'BIZK': {
      const d = safe11(r, 10);
      return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
    }
    case 'LAST4K': {
      const d4 = safe11(r, 4);
      return r.pick([d4, `****${d4}`, `**** ${d4}`, `•••• ${d4}`]);
    }
    case 'VNBILLK':
      return `${n(1, 9)}.${n(100, 255)}.000.000${r.pick(['đ', ' đồng', ' VNĐ', 'đ'])}`;
    case 'PARTK':
      return r.pick([`${n(1, 9)}-${n(1, 9)}`, `${n(1, 12)}.${n(1, 9)}`, `${n(2, 9)}`, `${n(1, 4)}${r.pick(['A', 'B', 'C'])}`]);
    case 'FILEK':
      return r.pick(['notes.md', 'vocab_week3.xlsx', 'mock_test.pdf', 'listening_07.mp3', 'essay_draft2.docx', 'slides_final.key', 'grammar.py', 'cv_2026.pdf', 'recording.m4a', 'homework.zip', 'flashcards.apkg', 'map.kml', 'index.html', 'dialog.srt']);
    case 'ATK':
      return r.pick(['@everyone', '@here', '@all', '@mods', '@' + r.pick(NAMES11[lang].g), '@' + r.pick(NAMES11[lang].g) + '_' + r.pick(NAMES11[lang].f)]);
    default:
      return null;
  }
}
