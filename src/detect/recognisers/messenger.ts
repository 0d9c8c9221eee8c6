/**
 * MESSENGER_ID: a handle given together with a messenger or social platform (LINE, Skype, Telegram,
 * WhatsApp, KakaoTalk, Zalo, WeChat, Viber, Instagram, Facebook and its Messenger, Discord; TikTok,
 * Twitter and Signal), the platform named in English, Japanese, Korean, Russian or Vietnamese. The span covers the
 * handle only (with its `@`). A handle that is a phone number, an email or a link is left to those
 * recognisers.
 */
import type { Candidate } from '../types.js';
import { CJK_NAMES, CYRILLIC_STEMS, LATIN_NAMES, MAIL_NAMES, VI_NAMES, X_HANDLE_AHEAD } from '../words.js';
import { endTest } from '../at-end.js';
import { accentedLatin, indexIn, isAsciiAlnum, isAsciiLetter, isSpace, lineFrom, newlineIn, spacedLetter } from '../chars.js';

/**
 * X (Twitter) by its letter, in Latin or Hangul, names it only before an '@' handle, a colon between perhaps ("X: @x",
 * "엑스 ＠x"); matched in either case, the small x is then skipped (`xName`).
 */
const X_NAME = String.raw`(?:(?<![A-Za-z0-9]|[0-9]\s?)X|엑스)(?=${X_HANDLE_AHEAD})`;
const xName = (name: string) => name === 'x';
const PLATFORM = new RegExp(
  String.raw`${X_NAME}|(?<![A-Za-z0-9])(?:${LATIN_NAMES.join('|')})(?![A-Za-z])|(?:${CJK_NAMES.join('|')})|(?<![а-яё])(?:какао\s?ток(?![а-яё])|(?:${CYRILLIC_STEMS.join('|')})[а-яё]*)|(?<![A-Za-z0-9@.])(?:${MAIL_NAMES.join('|')})(?![A-Za-z])|(?:${VI_NAMES.join('|')})(?![A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff])`,
  'giu',
);
/**
 * Whether `t` names a platform: a match of PLATFORM that is a name (not NOT_A_NAME: `вкус`), and, in kana or
 * Hangul, that starts no later in a word of its script (`オンライン`, `온라인` hold `ライン` and `라인`, "line"), nor,
 * of two katakana, goes on in it (`テレビ`).
 */
export function namesPlatform(t: string): boolean {
  PLATFORM.lastIndex = 0;
  for (let m = PLATFORM.exec(t); m; m = PLATFORM.exec(t)) {
    if (NOT_A_NAME.test(m[0]) || xName(m[0])) continue;
    const c = m[0].charCodeAt(0);
    if (c >= 0x3000 && ((m.index > 0 && sameScript(c, t.charCodeAt(m.index - 1))) || katakanaGoesOn(t, m.index + m[0].length, m[0]))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a name of two katakana letters that ends at `end` of `t` goes on in katakana (`テレ` in `テレビ`,
 * `テレワーク`): a word of its own. (Longer names run into the next word in chats: `インスタグラムフォローして`.)
 */
function katakanaGoesOn(t: string, end: number, name: string): boolean {
  return name.length === 2 && kanaOrHangul(name.charCodeAt(0)) === 1 && kanaOrHangul(t.charCodeAt(end)) === 1;
}

/** Whether `a` and `b` are both katakana, both hiragana or both Hangul syllables. */
function sameScript(a: number, b: number): boolean {
  const s = kanaOrHangul(a);
  return s !== 0 && s === kanaOrHangul(b);
}
/** 1 for katakana, 2 for hiragana, 3 for a Hangul syllable, 0 for any other character. */
const kanaOrHangul = (c: number) => (c >= 0x30a0 && c <= 0x30ff ? 1 : c >= 0x3040 && c <= 0x309f ? 2 : c >= 0xac00 && c <= 0xd7af ? 3 : 0);
const PLATFORM_END = new RegExp(`(?:${PLATFORM.source})\\s*$`, 'iu');
/** Whether a platform's name ends right before `i` of `t` (spaces between allowed). */
export function platformJustBefore(t: string, i: number): boolean {
  return PLATFORM_END.test(t.slice(Math.max(0, i - 24), i));
}
/** VI_NAMES, which PLATFORM matches without looking behind them. */
const VI_NAME = new Set(VI_NAMES);
/** A mail service named as a platform is ("Gmail: yuki.tanaka0420"): what follows is an address's local part, an EMAIL. */
const MAIL = new Set(MAIL_NAMES);

/** Arrows that point at a handle ("Skype ➜ ivan.petrov88"). */
const ARROWS = '→➜➡⇒';
/** Words and marks between a platform and the handle ("LINE ID:", "のIDは", "아이디는", "ник", "của mình là"). */
const MARKS = `:：-—–=${ARROWS}>»(（)）'"“”‘’„«‹›「」『』,、|〜~`;
const FILLER_MARKS = `[\\s${MARKS.replace(/[-\\\]^]/g, '\\$&')}]`;
const FILLER_EN = ['id', 'ID', 'username', 'user ?name', 'user', 'nickname', 'nick', 'name', 'handle', 'account', 'acc', 'contact', 'is', 'me', 'my', "mine[’']s", 'mine', "it[’']s", "i[’']m", 'at', 'on', 'as', 'here', 'add', 'search', 'find', 'still', 'wa', 'dm'];
const FILLER_CJK = [
  'の', 'は', 'が', 'で', 'アカウント', 'ユーザー名', '名前', '名', 'ネーム', '友達追加', '追加', '検索', 'フォロー', 'して', 'ね',
  // "mine is" ("私のは", "僕のは", "제 건")
  '私', 'わたし', '僕', 'ぼく', '俺',
  '아이디', '아뒤', '아디', '계정', '닉네임', '이름', '친구추가', '추가', '에서', '은', '는', '이', '로', '으로', '제 건', '제 거', '제',
];
const FILLER_RU = ['ник(?:ом|а)?', 'никнейм', 'логин', 'аккаунт', 'мой', 'моя', 'мое', 'моё', 'меня', 'я', 'там', 'в', 'на', 'под', 'теперь', 'всё ещё', 'все еще', 'это', 'id', 'айди'];
const FILLER_VI = ['là', 'của', 'mình', 'tôi', 'em', 'anh', 'chị', 'thầy', 'cô', 'bạn', 'nick', 'tên', 'tài khoản', 'kết bạn', 'ket ban', 'tìm', 'nhé', 'nha', 'rồi', 'vẫn', 'đúng', 'ấy', 'ở', 'dì', 'chú', 'bác', 'mẹ', 'bố', 'tụi mình'];
/** After a word of FILLER_EN or FILLER_VI: not the rest of a handle that starts with it (`me.tanaka`, `my_name99`). */
const WORD_END = String.raw`(?![\p{L}0-9_]|[.\-][A-Za-z0-9])`;
const FILLER = new RegExp(
  String.raw`(?:${FILLER_MARKS}|(?<![A-Za-z])(?:${FILLER_EN.join('|')})${WORD_END}|${FILLER_CJK.join('|')}|(?<![а-яё])(?:${FILLER_RU.join('|')})(?![а-яё])|(?<![\p{L}])(?:${FILLER_VI.join('|')})${WORD_END})`,
  'iuy',
);
/**
 * The first letters of FILLER's words, with what matches them case-insensitively: where none is,
 * FILLER cannot match (its marks are read from FILLER_ASCII and FILLER_OTHER first). Looked up on
 * first use of each character.
 */
const FILLER_FIRST = new RegExp(`^[${[...FILLER_EN, ...FILLER_CJK, ...FILLER_RU, ...FILLER_VI].map((w) => w[0]).join('')}]$`, 'iu');
const fillerFirst = new Uint8Array(0x10000);
function mayStartFiller(c: number): boolean {
  let k = fillerFirst[c];
  if (k === 0) fillerFirst[c] = k = FILLER_FIRST.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}
/** The characters of FILLER's first alternative: 2 for those that STRONG takes alone, 1 for the others. */
const FILLER_ASCII = new Uint8Array(0x80);
const FILLER_OTHER = new Map<number, number>();
for (const ch of MARKS) {
  const c = ch.charCodeAt(0);
  const k = `:：=${ARROWS}-—`.includes(ch) ? 2 : 1;
  if (c < 0x80) FILLER_ASCII[c] = k;
  else FILLER_OTHER.set(c, k);
}
for (let c = 0; c < 0x80; c++) if (isSpace(c)) FILLER_ASCII[c] = 1;

/** Separators that announce a handle by themselves. */
const STRONG = new RegExp(`^(?::|：|=|[${ARROWS}]|ID|id|username|user ?name|nickname|nick|handle|は|아이디|아뒤|아디|계정|닉네임|ник|никнейм|логин|là|tên|айди|-|—)$`, 'iu');
/** "my telegram is X", "our LINE is X": "is" announces a handle only after "my" or "our" ("Telegram is better"). */
const OWNED_BEFORE = /(?:^|[^A-Za-z])(?:my|our)\s+$/i;
/** "find me on Discord as X", "I'm on disc as X": "as" announces a handle only after "me" or "I'm" and "on" or "in" ("on LINE as usual"). */
const ME_ON_BEFORE = /(?:^|[^A-Za-z])(?:me|i[’']?m|i am)\s+(?:on|in)\s+$/i;
/** What "as" is followed by in a sentence, not a handle: a manner, a time, a role. */
const AS_NOT = /^\s*(?:usual(?:ly)?|expected|if|though|far|a|an|the|well|always|ever|before|often|much|many|soon|long|such|normal(?:ly)?|planned|agreed|discussed|promised|requested|needed|mentioned|said|admin(?:istrator)?|guest|mod(?:erator)?|member|owner|host|teacher|student|tutor|friends?|contacts?|backup|anonymous|invisible|offline|online|same)(?![A-Za-z])/i;
const HANDLE = /live:[A-Za-z0-9._:-]{3,40}|@?[A-Za-z0-9_][A-Za-z0-9._-]{1,31}(?:#\d{4})?/y;

/** A platform's own name is no handle ("qua Zalo cho tiện, nick Zalo em là thao_do": the second Zalo). */
const PLATFORM_WORD = new RegExp(`^(?:${LATIN_NAMES.join('|')})$`, 'i');

/** Words a handle is never. */
const STOP = new Set(
  (
    'is me my id and or the group chat call calls account please pls add contact for with if you your instead now later there here message ' +
    'messages app video voice ok okay lesson lessons only too also either maybe number no not but so then because than yes sure thanks ' +
    'thank first directly anytime free mine to on in at of a an it this that we us our do does did can could would will should me. ' +
    // pronouns ("x is my host mum's KakaoTalk — she's learning")
    'she he they her him his them their its ' +
    'link profile page channel server name user username handle nick nickname instead, dm dms pm ok. via from by lol haha search find ' +
    // what an "ID" names when it is no handle's ("my ID card", "photo ID")
    'card cards photo photos document documents check verification ' +
    // what follows a platform's name as the next word of a sentence in another script ("スカイプ meeting", "인스타 story")
    'meeting meetings story stories reels post posts premium business official sticker stickers status web desktop mobile groups bot bots pay open chats ' +
    // what an account is ("my Instagram is private")
    'private public closed locked blocked banned deleted hacked down broken offline online busy full new old same different fine better easier ' +
    'dead gone frozen crashed slow laggy buggy weird empty ' +
    // and what it is doing ("my Discord is lagging", "my WhatsApp is blowing up": a list, as handles end in "king" too)
    'acting blowing lagging updating loading glitching freezing crashing buzzing ringing working syncing drowning dying failing spamming exploding ' +
    // what a naming word may be followed by that is no handle ("username changed, it's x now")
    'changed updated ' +
    // who a group's mention calls ("@everyone")
    'everyone all admin admins mod mods ' +
    // names written with a capital inside, which `camel` would take for a handle's shape
    'youtube powerpoint linkedin tiktok github gitlab javascript typescript chatgpt paypal facetime onedrive macbook playstation openai deepl soundcloud goodnotes notebooklm'
  ).split(' '),
);

/** Before the platform: "tanaka_88 on LINE", "kim1234 (카톡)", "@ivan в телеге", "ID: x trên Zalo", "ivan_88 is my Telegram", "ivan_88 — my Telegram", "ivan_88 — это мой тг". */
const BEFORE_LINK = /(?:\s+(?:on|in|via|at|@|в|во|на|по|trên|qua|bằng)\s+|\s*[(（]\s*|\s*(?:で|の|로|으로|의)\s*|(?:\s+is|\s*[—–\-|,])?\s+(?:my|our|(?:это\s+)?(?:мой|моя))\s+|\s+|\s*[←⇐⬅]\s*(?:(?:my|our|мой|моя|제|내)\s*)?|\s*[—–-]\s*(?:(?:that|it)[’']?s me (?:on|in)|это я (?:в|во|на))\s+|\s+là\s+)$/iu;
/** BEFORE_LINK's arrow, pointing at the handle before it ("(x) ← my KakaoTalk"): a plain word there is announced. */
const POINTED_LINK = /[←⇐⬅]/;
/** What may close a quotation or bracket around a handle before BEFORE_LINK ("I'm \"Wren#1590\" on Discord", "(x) ← my KakaoTalk"). */
const CLOSE_BEFORE = /["”’»」』)）]$/;
/** BEFORE_LINK's "my" or "our" form, and what may follow the platform's name then: the end, a mark, a naming word. */
const OWNED_LINK = /(?:my|our|мой|моя)\s+$/i;
const OWNED_END = /^(?:\s*$|\s*[.,!?;:)）。、\n]|\s+(?:id|handle|username|user ?name|nick(?:name)?|account)\b)/i;
const HANDLE_BEFORE = /(?<![A-Za-z0-9._@-])@?[A-Za-z0-9][A-Za-z0-9._-]{1,31}(?:#\d{4})?$/;

/** `/[\d_.]/.test(s)`. */
function hasMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e) return true;
  }
  return false;
}
/** After a lower-case "line": "ID", a colon (a JSON key's too: `"line": "x"`), an arrow a few characters on ("add me on line pls → x"), or a bracket ("line app (x)"). */
const LINE_ID = /^\s*(?:ID|id|:|：)|^["']\s?[:：]|^[^\n]{0,10}[→➜➡⇒]|^\s?(?:app\s?)?[(（]/;
const CAPITAL_LINE_ID = /^\s*(?:ID|id|:|：|の|아이디|là)|^[^\n]{0,10}[→➜➡⇒]|^[\u3040-\u30ff\u4e00-\u9fff]|^\s?(?:app\s?)?[(（]/;
/** Names that are also ordinary words ("face", "ins": Vietnamese for Facebook and Instagram; "threads"): a handle only after a colon right after them, or one with an '@' or a '_' first. */
const COLON_ONLY = new Set(['face', 'ins', 'threads']);
/** After "face": Apple's Face ID, no platform. */
const FACE_ID = /^\s?ID\b/;
const OPEN_PAREN = '(（';
const CLOSE_PAREN = ')）';
/** A colon, an equals sign or an arrow, perhaps after a space: what announces a handle after a bracket closes. */
const ANNOUNCING_MARK = new RegExp(`^\\s?[:：=${ARROWS}]`);
/**
 * Names that are also ordinary words or short ("disc", "signal", "snap", "mess", "DC"): no word after them is announced
 * by them alone, a handle right after them starts with a letter, and none is looked for before them.
 */
const WEAK_NAMES = new Set(['disc', 'dc', 'dis', 'snap', 'wx', 'mess', 'signal', 'the gram', 'thegram', 'シグナル', '시그널', 'vai bơ', 'phở bò', 'ㅋㅌ']);
/**
 * Words that a Russian stem of CYRILLIC_STEMS starts and that name no platform ("директор": a director, not
 * Instagram's direct messages; "вкус", "вклад": VK is "вк" alone).
 */
const NOT_A_NAME = /^(?:директор|вк(?!онтакт)[а-яё])/i;
/**
 * Whether the platform's name `name` (`lower` in lower case; a Russian stem with its ending) is one of WEAK_NAMES,
 * the Russian "сигнал", or "vk" not in capitals (Vietnamese chat writes "vk" for "vợ", a wife).
 */
const weakName = (name: string, lower: string) => WEAK_NAMES.has(lower) || lower.startsWith('сигнал') || (lower === 'vk' && name !== 'VK');
/**
 * A direct message or an account, no platform's name (words.ts): only a word of a handle's own shape near
 * them counts (`nearbyHandle`), as none of the words that announce a handle after a platform's name does
 * ("the school's account is CHASUS33").
 */
const nearbyOnly = (lower: string) => lower === 'dm' || lower === 'account' || lower.startsWith('аккаунт');
/** The weak names after which a colon announces a handle as after any other ("Disc: pebbletariq"; not "Signal: lost"). */
const COLON_WEAK = new Set(['disc', 'dc', 'dis', 'snap', 'mess', 'vk']);
const COLON_AFTER = /^\s?[:：]/;
/** After "line": a line's number, then a colon, a comma, a bracket or the end ("Line 42: init_db", "line 7)"). */
const LINE_NUMBER = /^\s?\d{1,6}(?:\s?[:：,)]|\s*$)/;
/** A JSON key that places a thing in a file or a text, besides "line" ("col", "file", "offset"). */
const CODE_KEY = /["'](?:col|column|file|filename|path|char|offset|pos|position|severity|rule|function|func|method|stack|source|code)["']\s?:/i;
const QUOTES = '"\'';
/** After a capitalised "Line": a word with an underscore inside, which no sentence has ("Line chi_ielts / WeChat ..."). */
const LINE_UNDERSCORED = /^\s+[A-Za-z0-9]+_[A-Za-z0-9]/;
/** A naming word just before the platform ("ник в дискорде X"). */
export const NAMING_BEFORE = /(?:ник|никнейм|логин|nick|nickname|username|ID|아이디|アカウント)\s*(?:в|во|на|on|in|の)?\s*$/iu;
export const HOST_END = /\.(?:com|net|org|me|jp|ru|kr|vn|io|gg|ee)$/i;
/** NAMING_BEFORE and HOST_END as one backward match from the end (at-end.ts). */
const namingBefore = endTest(NAMING_BEFORE);
const hostEnd = endTest(HOST_END);

/** Four or more pairs of hexadecimal digits joined by '-' or ':'. */
const MAC_PAIRS = /^[0-9a-f]{2}(?:[-:][0-9a-f]{2}){3,}$/i;

function acceptable(handle: string, strong: boolean): boolean {
  const bare = handle.charCodeAt(0) === 0x40 ? handle.slice(1) : handle;
  const lower = bare.toLowerCase();
  if (STOP.has(lower) || PLATFORM_WORD.test(bare)) return false;
  let digits = 0;
  let dots = 0;
  let letters = 0;
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x2e) dots++;
    else if (isAsciiLetter(c)) letters++;
  }
  const live = lower.startsWith('live:');
  // a phone number: PHONE's job (a Skype id's hex digits are not, nor a WeChat id's mix: wxid_q7xs9k6zx7r151)
  if (digits >= 7 && digits >= letters && !live) return false;
  // pairs of hexadecimal digits: a device's MAC address ("MAC: FB-06-09-AB-4E-FD", its first pair read as Facebook's name)
  if (MAC_PAIRS.test(bare)) return false;
  // a number, or a version ("LINE 15.8.3"), or a time ("カカオトークで10amに")
  if (digits + dots === bare.length && bare.length > 0) return false;
  // a build or a code: a digit first and a letter at most ("21B181")
  if (digits > 0 && bare.charCodeAt(0) <= 0x39 && letters <= 1) return false;
  if (digits > 0 && /^\d{1,2}(?:[.:]\d\d)?(?:am|pm|h)$/.test(lower)) return false;
  const marked = handle.startsWith('@') || hasMark(bare) || live || camel(bare);
  if (!marked && !strong) return false;
  if (bare.length < 3) return false;
  return true;
}

/**
 * Whether a capital follows a lower-case letter inside `w`, from its third character on ("essaysQuentin",
 * "HieuTa"): a handle's shape that no word of a sentence has ("iPhone" and "eBay" are not it; STOP holds
 * the brands that are).
 */
function camel(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      const b = w.charCodeAt(i - 1);
      if (b >= 0x61 && b <= 0x7a) return true;
    }
  }
  return false;
}

/** Whether a hyphen joins two letters or digits inside `w` ("juniper-wx"): a handle's shape where something asks for one. */
function hyphenated(w: string): boolean {
  return /[A-Za-z0-9]-[A-Za-z0-9]/.test(w);
}

/** Where the word at `start` that `handleAt` last refused for want of an announcement ends, if it is hyphened; else -1. */
function hyphenedEnd(t: string, start: number): number {
  return unannouncedEnd > start && hyphenated(t.slice(start, unannouncedEnd)) ? unannouncedEnd : -1;
}

/**
 * Whether the word at `i` stands inside a sentence: after a lower-case word and a space ("nhóm Line
 * không?"), or right after Japanese or Korean ("か、Line"). Its capital is then a name's.
 */
function inSentence(t: string, i: number): boolean {
  if (i < 1) return false;
  if (t.charCodeAt(i - 1) >= 0x3000) return true;
  if (i < 2 || t.charCodeAt(i - 1) !== 0x20) return false;
  const b = t[i - 2];
  return b !== b.toUpperCase();
}

/** Whether t[from, to) holds an ASCII letter or digit. */
function asciiAlnum(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAsciiAlnum(t.charCodeAt(i))) return true;
  return false;
}

/** A handle without the '.' or '-' that ends the sentence after it (a trailing '_' is part of many handles: `hazel.lloyd_`). */
function trimHandle(h: string): string {
  let e = h.length;
  while (e > 0 && (h[e - 1] === '.' || h[e - 1] === '-')) e--;
  return e === h.length ? h : h.slice(0, e);
}

/** Whether the last handle `handleAt` accepted was announced (a strong separator, a naming word, the script). */
let announced = false;
/** Where the handle `handleAt` last refused only because nothing announced it ends, or -1. */
let unannouncedEnd = -1;

/**
 * Where the handle that starts at `p` of `t` ends, or -1 when none acceptable starts there (HANDLE starts
 * with '@', '_' or an ASCII letter or digit, "live:" too). `strong`: announced by a strong separator; `nameAt`:
 * where the platform's name starts; `plainFrom`: a bare Latin word at least this long counts as
 * announced (0: never).
 */
function handleAt(t: string, p: number, strong: boolean, nameAt: number, plainFrom: number): number {
  unannouncedEnd = -1;
  const c0 = p < t.length ? t.charCodeAt(p) : 0;
  if (!(c0 === 0x40 || c0 === 0x5f || (c0 >= 0x30 && c0 <= 0x39) || ((c0 | 0x20) >= 0x61 && (c0 | 0x20) <= 0x7a))) return -1;
  HANDLE.lastIndex = p;
  const h = HANDLE.exec(t);
  if (!h) return -1;
  const handle = trimHandle(h[0]);
  const after = t.charCodeAt(p + handle.length);
  // the start of a word of a script written with spaces: "Nguy" of "Nguyễn"
  if (spacedLetter(after)) return -1;
  // an email's local part, a link's host (a '/' after a handle without a dot separates it from the next: `Riku-2006／Skype`)
  if (after === 0x40 || (handle.indexOf('.') >= 0 && (after === 0x2f || hostEnd(handle)))) return -1;
  // "ник в дискорде X", "nick on Discord X": the naming word may come before the platform
  // (looked at only now: most platform names have no handle after them).
  announced =
    strong ||
    namingBefore(t.slice(Math.max(0, nameAt - 16), nameAt)) ||
    (plainFrom > 0 && handle.length >= plainFrom && !latinLetterAt(t, p + handle.length));
  if (acceptable(handle, announced)) return p + handle.length;
  unannouncedEnd = acceptable(handle, true) ? p + handle.length : -1;
  return -1;
}

/**
 * A word at `start` that `handleAt` refused only because nothing announced it: a candidate kept only if
 * someone disguised it (detect.ts decides), as nobody hides zero-width characters or look-alike letters
 * in an ordinary word.
 */
function offerIfDisguised(out: Candidate[], start: number, lastEnd: number): void {
  if (unannouncedEnd >= 0 && start >= 0 && start >= lastEnd)
    out.push({ type: 'MESSENGER_ID', start, end: unannouncedEnd, score: 0.8, rule: 'messenger.disguised_word', ifDisguised: true });
}

/** The brackets and quotes of FILLER_MARKS that set a word apart, opening and closing at the same index. */
const OPEN_SET = '(（「『"\'“‘„«‹';
const CLOSE_SET = ')）」』"\'”’“»›';
/** Whether `t[start, end)` is wrapped in a pair of OPEN_SET and CLOSE_SET. */
function bracketed(t: string, start: number, end: number): boolean {
  const k = start > 0 ? OPEN_SET.indexOf(t[start - 1]) : -1;
  return k >= 0 && t[end] === CLOSE_SET[k];
}

/** Whether `t[i]` is a letter of the Latin script (ASCII or with diacritics). */
function latinLetterAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return isAsciiLetter(c) || accentedLatin(c);
}

/**
 * After a word given for a platform, the next item of a list of contacts: a separator (a dash with spaces, a bar, a
 * semicolon, a bullet, a line break), another contact's label (a platform's name or a word for a mail, a phone or a
 * site) and its value, a word with an '@', a digit, '_' or '.' ("— Email ngo.linh44@…"; not "— email me later").
 */
const LIST_NEXT = new RegExp(
  String.raw`^\s*(?:[—–|;•·]|\s-|\n)\s*(?:(?:${LATIN_NAMES.join('|')}|e-?mail|mail|tel|phone|mobile|web|site|sđt|đt|điện thoại)(?![A-Za-z])|${CJK_NAMES.join('|')}|電話|メール|전화|이메일|메일|почта|тел|телефон|сайт)\s?[:：]?\s?[^\s:：]*[@＠\d_.]`,
  'iu',
);
/** How far LIST_NEXT reads after the word. */
const LIST_WINDOW = 48;

/** How far after a platform's name a handle announced later may start; one with an '@', on the same line. */
const LATER_WINDOW = 24;
const AT_WINDOW = 80;
/** A naming word and what may follow it before the handle ("IDは", "아이디:", "ник -"). */
const NAMED = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:ID|id|username|nick(?:name)?)(?![A-Za-z])|アカウント|ユーザー名|아이디|아뒤|아디|계정|닉네임|닉|(?<![а-яё])(?:ник|никнейм|логин|айди)(?![а-яё]))\s*(?:は|が|는|은|:|：|=|-|—|[${ARROWS}]|là)?\s*`,
  'iuy',
);

/** The characters a match of NAMED can start with. */
const NAMED_FIRST = 'IiUuNnアユ아계닉нНлЛаА';

/**
 * What announced the handle `announcedLater` last found: an '@', a mark (a colon, an arrow, a question mark
 * or "I am"), or a naming word ("IDは", "nick").
 */
const enum By {
  AT,
  MARK,
  NAME,
}
let laterBy = By.AT;

/**
 * "I am" or "it's" before a handle ("could we do tomorrow on Skype instead? I am clarklucy73 there",
 * "Discord username changed, it's educallum#1842 now"), and the same in the other languages ("я там x",
 * "mình là x", "私のはx": "mine is"), announcing as a colon does.
 */
const I_AM = /(?:(?:I(?: am|'m|’m)|[Ii]t(?:'s|’s| is)|я там|(?:mình|tôi|em) là)\s+|(?:私|僕|俺|わたし)のは\s*)/y;
/** The characters I_AM starts with. */
const I_AM_FIRST = 'Iiяmte私僕俺わ';

/**
 * Where a handle announced in `t[from, to)` starts, or -1: an '@' that is not inside an email address,
 * the end of a naming word, or what follows a colon, an arrow, a question mark, an ellipsis or "I am" ("ディスコードやってます：",
 * "add facebook mình nha:", "Zalo không? lan_93"). The window stops at a line break. `namesOnly`: only a naming word counts.
 */
function announcedLater(t: string, from: number, to: number, namesOnly = false, atTo = to): number {
  for (let i = from; i < atTo; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) return -1;
    // past `to`, only an '@' ("on Telegram... is your handle really @name?")
    if (i >= to) {
      if (c === 0x40 && atStarts(t, i)) {
        laterBy = By.AT;
        return i;
      }
      continue;
    }
    if (!namesOnly) {
      // a question about the platform asks for the handle that follows it ("LINEやってる? tanaka_0420 で検索して")
      const question = c === 0xff1f || (c === 0x3f && isSpace(t.charCodeAt(i + 1)));
      // and so does an ellipsis, a pause before it ("IDを書いてもいいのかな…kaito_79です"; NFKC writes it "...")
      const ellipsis = c === 0x2e && t.charCodeAt(i + 1) === 0x2e && t.charCodeAt(i + 2) === 0x2e;
      if (ellipsis) i += 2;
      // an opening bracket ("카톡 주세요 (seoah-ahn73)"), and a Skype id's own "live:"
      if (c === 0x6c && t.startsWith('live:', i) && !isHandleChar(i > 0 ? t.charCodeAt(i - 1) : 0x20)) {
        laterBy = By.AT;
        return i;
      }
      if (c === 0x3a || c === 0xff1a || c === 0x28 || ARROWS.includes(t[i]) || question || ellipsis) {
        if (t.charCodeAt(i + 1) === 0x2f) continue; // a link's "://"
        let p = i + 1;
        while (p < t.length && isSpace(t.charCodeAt(p)) && t.charCodeAt(p) !== 0x0a) p++;
        laterBy = By.MARK;
        return p;
      }
      if (c === 0x40) {
        if (!atStarts(t, i)) continue;
        laterBy = By.AT;
        return i;
      }
      if (I_AM_FIRST.includes(t[i]) && !latinLetterAt(t, i - 1) && !spacedLetter(t.charCodeAt(i - 1))) {
        I_AM.lastIndex = i;
        if (I_AM.test(t)) {
          laterBy = By.MARK;
          return I_AM.lastIndex;
        }
      }
    }
    if (!NAMED_FIRST.includes(t[i])) continue;
    NAMED.lastIndex = i;
    const n = NAMED.exec(t);
    if (n) {
      laterBy = By.NAME;
      return i + n[0].length;
    }
  }
  return -1;
}

/**
 * Where the handle that a naming word at the start of the line after the platform's announces ends (-1:
 * none), its start in `namedStart` ("ディスコードのサーバーはこちら <link>\n私のユーザー名はren_yamamotoです",
 * "vào nhóm Discord nha <link>\nnick mình là hoa.hoang"). The platform's line ends within NEXT_LINE_WINDOW
 * characters of its name.
 */
function handleOnNextLine(t: string, nameEnd: number, nameAt: number, out: Candidate[], lastEnd: number): number {
  namedStart = unannouncedEnd = -1;
  const nl = newlineIn(t, nameEnd, nameEnd + NEXT_LINE_WINDOW + 1);
  if (nl < 0) return -1;
  const p = announcedLater(t, nl + 1, Math.min(t.length, nl + 1 + LATER_WINDOW), true);
  if (p >= 0) {
    // (a plain word needs a digit or a mark there, or a hyphen inside: "IDはbasil-hayatoです")
    const end = handleAfterName(t, p, nameAt, false);
    return end >= 0 ? end : hyphenedEnd(t, namedStart);
  }
  // A question about the platform answered on the next line ("who has the link for the Skype group?\n[18:03]
  // Maeve: just add me, I'm tessa54x there"), or a request for it ("カカオのID教えて", "카톡 아디 뭐야", "cho
  // xin tele đi"): the first word there with a digit or a mark is the handle; the plain words before it are
  // offered as disguised.
  const line = t.slice(t.lastIndexOf('\n', nameAt) + 1, nl);
  const asked = indexIn(t, 0x3f, nameEnd, nl) >= 0 || indexIn(t, 0xff1f, nameEnd, nl) >= 0 || ASK_TO_TELL.test(line) || QUESTION_END.test(line);
  // a question about the platform alone ("m có tele k", "do you have Telegram?") is answered by an '@' handle only
  const wants = (asked && ASKS_FOR.test(line)) || GIVE_ME.test(line);
  if (!wants && !asked) return -1;
  const stop = Math.min(newlineIn(t, nl + 1, nl + 1 + REPLY_WINDOW) >>> 0, nl + 1 + REPLY_WINDOW, t.length);
  for (let i = nl + 1; i < stop; i++) {
    if (i > nl + 1 && isHandleChar(t.charCodeAt(i - 1))) continue;
    if (!wants && t.charCodeAt(i) !== 0x40) continue;
    let end = handleAt(t, i, false, nameAt, 0);
    if (end < 0) end = hyphenedEnd(t, i);
    if (end >= 0) {
      namedStart = i;
      return end;
    }
    offerIfDisguised(out, i, lastEnd);
    if (unannouncedEnd > i) i = unannouncedEnd;
  }
  namedStart = unannouncedEnd = -1;
  return -1;
}
/** What a question about a platform asks for when a reply gives a handle: a link, an ID, a nickname, an account. */
const ASKS_FOR = /(?<![A-Za-z])(?:link|id|nick(?:name)?|handle|user ?name|account)(?![A-Za-z])|ссылк|ник|аккаунт|логин|айди|링크|아이디|아디|아뒤|계정|닉네임|リンク|アカウント|ＩＤ/iu;
/** A Vietnamese question's particle at the end of the line, without a question mark ("m có tele k", "có zalo không"). */
const QUESTION_END = /\s(?:k|ko|không|hông|hok|khum)\s*$/iu;
/** Words that ask to be told what ASKS_FOR names, as a question mark does ("IDを教えて", "아디 뭐야", "скажи ник"). */
const ASK_TO_TELL = /教えて|おしえて|알려|뭐야|뭐예요|뭐에요|скажи|напиши|tell me|cho (?:mình|em|tớ|tui) xin/iu;
/** Words that ask for the platform's contact itself ("cho xin tele đi", "скинь телегу", "give me your LINE"). */
const GIVE_ME = /cho xin|скинь|скиньте|дай(?:те)? (?:свой|св[ою]ю|ваш)|give me your|send me your|ちょうだい/iu;
/**
 * Where a handle that the platform's sentence asks to look up ends (-1: none), its start in `namedStart`:
 * within ASK_WINDOW characters of the name on its line, a word that asks to search for or add someone
 * and, set apart by quotation marks, or right after that word, the handle ("Do you have WeChat? The QR
 * code won't scan, so just search juniper-wx", "У вас есть вичат? … ищите «Veronika_1994»",
 * "「nishimura285」で検索してください"). Quoted, any word counts; right after the word, one with a digit, a
 * mark or a hyphen.
 */
function askedHandle(t: string, nameEnd: number, nameAt: number): number {
  namedStart = unannouncedEnd = -1;
  let to = newlineIn(t, nameEnd, nameEnd + ASK_WINDOW);
  to = Math.min(to < 0 ? t.length : to, nameEnd + ASK_WINDOW);
  const window = t.slice(nameEnd, to);
  const ask = ASK_LATER.exec(window);
  if (!ask) return -1;
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(window); q; q = QUOTED.exec(window)) {
    const start = nameEnd + q.index + 1;
    const end = handleAt(t, start, true, nameAt, 0);
    if (end === start + q[1].length) {
      namedStart = start;
      return end;
    }
  }
  // right after the word ("search juniperashby-wx"), or after "me" ("tìm mình x", "find me x")
  let p = nameEnd + ask.index + ask[0].length;
  while (p < to && isSpace(t.charCodeAt(p))) p++;
  ME.lastIndex = p;
  if (ME.test(t)) p = ME.lastIndex;
  let end = handleAt(t, p, false, nameAt, 0);
  if (end < 0) end = hyphenedEnd(t, p);
  if (end >= 0) namedStart = p;
  return end;
}
/** How far after a platform's name, in a sentence of another script, the first word in Latin letters may start. */
const SCRIPT_WINDOW = 48;
/** The longest run of handle characters `handleInScript` reads as one word. */
const LONGEST_WORD = 128;
/** Two words of three letters or more joined by a hyphen. */
const TWO_WORDS = /^[A-Za-z]{3,}-[A-Za-z]{3,}$/;
/** A file's name, which a sentence may give in Latin letters after a platform's ("LINEで送ったessay_2.pdf"). */
const FILE_NAME = /\.(?:docx?|pdf|heic|jpe?g|png|gif|zip|pptx?|xlsx?|mp[34]|m4a|wav|txt|hwp)$/i;
/**
 * Whether a word in Latin letters in a sentence of another script has a handle's shape, not that of a
 * product, a level, a version, a time or a file ("iPhone15", "lesson3", "v13.2", "10am", "essay_2.pdf"):
 * four characters or more, starting with a letter, '_' or '@', some lower case or a '_', and an '@', a '_',
 * a capital inside (`camel`), a hyphen inside (`hyphenated`), a Discord tag, a dot between letters, or three
 * digits in a row.
 */
function scriptShaped(w: string): boolean {
  if (w.length < 4 || !/^[A-Za-z_@]/.test(w) || !/[a-z_]/.test(w) || FILE_NAME.test(w)) return false;
  return /^@|_|#\d{4}$|[A-Za-z]\.[A-Za-z]|\d{3}/.test(w) || camel(w) || hyphenated(w);
}

/**
 * Where the handle ends that a sentence in Japanese, Korean or Russian gives after the platform's name
 * without a word to announce it (-1: none), its start in `namedStart`: the first word in Latin letters on
 * the line within SCRIPT_WINDOW characters, when it has a handle's shape (`scriptShaped`)
 * ("Telegramで配信しています。参加希望の方はjlptTsumugiまで", "인스타그램 맞팔해요 _arinha").
 * Numbers on the way are passed ("22時"); a Latin word of another shape ends the search.
 */
function handleInScript(t: string, nameEnd: number, nameAt: number): number {
  namedStart = -1;
  const stop = Math.min(t.length, nameEnd + SCRIPT_WINDOW);
  let script = false;
  for (let i = nameEnd; i < stop; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) break;
    if (c < 0x80) {
      if (!isHandleChar(c) || c === 0x2e || c === 0x2d) continue;
      // a word read this far is no handle nor a number to pass (and the search stays linear in the text)
      const wordStop = Math.min(t.length, i + LONGEST_WORD);
      let e = i;
      while (e < wordStop && isHandleChar(t.charCodeAt(e))) e++;
      if (e === wordStop && e < t.length && isHandleChar(t.charCodeAt(e))) break;
      // numbers ("22時") and words a handle never is ("ID送るね") are passed
      if (/^\d+$/.test(t.slice(i, e)) || STOP.has(t.slice(i, e).toLowerCase())) {
        i = e - 1;
        continue;
      }
      if (!script) break;
      let end = handleAt(t, i, false, nameAt, 0);
      // or a plain word of two parts of three letters or more joined by a hyphen ("스냅챗 해요👻 koi-harin"; not "Wi-Fi")
      if (end < 0 && unannouncedEnd > i && TWO_WORDS.test(t.slice(i, unannouncedEnd))) end = unannouncedEnd;
      if (end < 0 || !scriptShaped(t.slice(i, end))) break;
      namedStart = i;
      return end;
    }
    if (accentedLatin(c)) break;
    if (c >= 0x400 && c <= 0x4ff) script = true;
    else if (c >= 0x3040 && c <= 0x9fff) script = true;
    else if (c >= 0xac00 && c <= 0xd7af) script = true;
  }
  return -1;
}
/**
 * After a handle, what leads to a second one of a list: a comma or "and", a word or two with a possessive
 * ("my mum's", "мамин", "엄마"), and "is", a dash, a colon or 건 ("my mum's is", "мамин —", "엄마 건").
 */
const NEXT_IN_LIST = /^\s*(?:[,，、;]\s*|\s(?:and|и|và)\s+)(?:(?:my|мой|моя|제|của)\s+)?[\p{L}]+(?:['’]s)?\s*(?:is|—|–|-|:|：|건|거|là)\s*/iu;
/** How far after a platform's name ASK_LATER and a handle may be. */
const ASK_WINDOW = 100;
/** A word asking to look someone up or add them (ASK's, with the Russian and Korean ones). */
const ASK_LATER = /(?<![A-Za-z])(?:search|find|add|dm)(?![A-Za-z])|検索|追加|검색|추가|(?<![а-яё])(?:ищите|найдите|добавьте|добавь)(?![а-яё])|tìm|kết bạn/iu;
/** "Me" after a word asking to look someone up, and the spaces after it ("tìm mình x", "find me x", "найдите меня x"). */
const ME = /(?:me|mình|tớ|tui|em|меня)\s+/iuy;
/** A word in quotation marks of any script (the first group). */
const QUOTED = /["'“‘«「『]([^\s"'“”‘’«»「」『』]{3,40})["'”’»」』]/gu;
/** Whether the '@' at `i` starts a handle: no letter, digit or mark of an email's local part before it. */
function atStarts(t: string, i: number): boolean {
  const b = i > 0 ? t.charCodeAt(i - 1) : 0x20;
  return !((b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x2e || b === 0x5f || b === 0x2d || b === 0x2b);
}
/** How far into the line after a question about a platform its handle may start. */
const REPLY_WINDOW = 64;
/** [A-Za-z0-9._@-]: a character that a handle may hold or start with (a word starts after none of them). */
function isHandleChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x40;
}
/** How far the line of a platform's name may run on after it for a handle on the next line. */
const NEXT_LINE_WINDOW = 64;

/** Where the handle `handleAfterName` or `handleOnNextLine` last found starts (-1: none). */
let namedStart = -1;

/**
 * Where the handle that a naming word or a mark announces at `p` ends (-1: none): right there
 * ("IDはhina_tanaka"), or after the filler words that follow ("nick mình là hoa.hoang", "? mine is x99");
 * its start in `namedStart`. `strong`: whether a plain word counts (after a naming word on the platform's
 * line; elsewhere it needs a digit or a mark, or `handleAt`'s refusal lets the caller offer it as disguised).
 */
function handleAfterName(t: string, p: number, nameAt: number, strong: boolean): number {
  namedStart = p;
  const end = handleAt(t, p, strong, nameAt, 0);
  if (end >= 0 || unannouncedEnd >= 0) return end;
  const q = skipFillers(t, p, nameAt);
  if (q === p) return -1;
  namedStart = q;
  return handleAt(t, q, strong, nameAt, 0);
}

/** Whether the words `skipFillers` last passed announce a handle by themselves (STRONG, "my telegram is"). */
let fillersStrong = false;
/** Whether they held a word that asks to add or look up the handle ("add me", "search", "追加して", "kết bạn"). */
let fillersAsk = false;
/** Whether they held "as" after "me on" before the name (ME_ON_BEFORE), which announces a handle after a weak name too. */
let fillersAsMe = false;
/** The words of FILLER that ask to add or look up a handle. */
const ASK = /^(?:add|search|find|友達追加|追加|検索|친구추가|추가|kết bạn|ket ban|tìm)$/i;

/**
 * Where the words and marks that may stand between a platform's name and a handle (FILLER), from `p`
 * on, end: at most twelve of them (a space is one) within 32 characters. `nameAt`: where the platform's name starts.
 */
function skipFillers(t: string, p: number, nameAt: number): number {
  const from = p;
  let strong = false;
  let asMe = false;
  let ask = false;
  let steps = 0;
  while (steps < 12 && p - from < 32) {
    // A single character of FILLER's first alternative is its match (alternatives are tried in order).
    const c = p < t.length ? t.charCodeAt(p) : -1;
    const k = c < 0 ? 0 : c < 0x80 ? FILLER_ASCII[c] : FILLER_OTHER.get(c) ?? (isSpace(c) ? 1 : 0);
    if (k !== 0) {
      if (k === 2) strong = true;
      p++;
      steps++;
      continue;
    }
    if (c < 0 || !mayStartFiller(c)) break;
    FILLER.lastIndex = p;
    const f = FILLER.exec(t);
    if (!f || f[0].length === 0) break;
    const w = f[0].trim();
    const lw = w.toLowerCase();
    // "as" before a manner, a time or a role ("LINE: as expected", "on LINE as usual") leads to no handle
    if (lw === 'as' && AS_NOT.test(t.slice(p + f[0].length, p + f[0].length + 16))) break;
    if (!strong) {
      strong = STRONG.test(w) || (lw === 'is' && OWNED_BEFORE.test(t.slice(Math.max(0, nameAt - 8), nameAt)));
      if (lw === 'as' && ME_ON_BEFORE.test(t.slice(Math.max(0, nameAt - 12), nameAt))) strong = asMe = true;
    }
    if (!ask) ask = ASK.test(w);
    p += f[0].length;
    steps++;
  }
  fillersStrong = strong;
  fillersAsMe = asMe;
  fillersAsk = ask;
  return p;
}

/**
 * The handles an '@' starts within AT_WINDOW characters before a platform's name, on its line, as they
 * would count after it ("I typed @x earlier but it is actually @y on Tele", "Я написала @x, но правильно в
 * Telegram: @y"): a message that names a platform gives '@' names on it (one found again as the handle
 * before the name is one candidate twice, which the resolution of overlaps takes once).
 */
function atHandlesBefore(t: string, nameAt: number, out: Candidate[]): void {
  const from = lineFrom(t, Math.max(0, nameAt - AT_WINDOW), nameAt);
  for (let i = indexIn(t, 0x40, from, nameAt); i >= 0; i = indexIn(t, 0x40, i + 1, nameAt)) {
    if (!atStarts(t, i)) continue;
    const end = handleAt(t, i, true, nameAt, 0);
    if (end < 0 || end > nameAt) continue;
    out.push({ type: 'MESSENGER_ID', start: i, end, score: 0.8, rule: 'messenger.at_before_platform' });
  }
}

/**
 * Callers run this only when the character pass (triggers.ts, MESSENGER) saw a platform's name.
 * `lastName`: where the last name that pass saw in `t` starts (its lastNameAt): no match of PLATFORM
 * starts after it, so the search stops at a match that starts there. `disguised`: whether `t` differs from
 * the text as written (else no plain word near a name is offered as disguised: `nearbyHandle`).
 */
export function findMessengerIds(t: string, out: Candidate[], lastName = Infinity, disguised = true): void {
  PLATFORM.lastIndex = 0;
  let lastEnd = -1;
  for (let m = PLATFORM.exec(t); m; m = m.index >= lastName ? null : PLATFORM.exec(t)) {
    const name = m[0];
    const nameEnd = m.index + name.length;
    if (NOT_A_NAME.test(name) || xName(name) || katakanaGoesOn(t, nameEnd, name)) continue;
    const lower = name.toLowerCase();
    // a Vietnamese name is a whole word (PLATFORM leaves out the look behind, which costs at every position)
    if (VI_NAME.has(lower) && latinLetterAt(t, m.index - 1)) continue;
    if (nearbyOnly(lower)) {
      lastEnd = nearbyHandle(t, m.index, nameEnd, lastEnd, out, disguised);
      continue;
    }
    // After the platform.
    let p = skipFillers(t, nameEnd, m.index);
    const weak = weakName(name, lower);
    // a colon right after a short name with a capital announces what follows ("add me on Disc: pebbletariq"; not "the disc: scratched")
    const strong = fillersStrong && (!weak || fillersAsMe || (COLON_WEAK.has(lower) && name[0] !== lower[0] && COLON_AFTER.test(t.slice(nameEnd, nameEnd + 2))));
    // Words after the name, past a space, that announce a handle ("face em là", "Line của em là"; not
    // "Line-by-line", nor a dash alone).
    const spacedStrong = strong && isSpace(t.charCodeAt(nameEnd)) && /\p{L}/u.test(t.slice(nameEnd, p));
    // "line" with a number after it ("Line 42: init_db"), or as the key of a JSON object that places a thing in
    // a file ({"file": "app.ts", "line": "main_loop"}), is a place in a text or code, no platform.
    if (lower === 'line' && (LINE_NUMBER.test(t.slice(nameEnd, nameEnd + 10)) || (QUOTES.includes(t[m.index - 1]) && CODE_KEY.test(t.slice(Math.max(0, m.index - 80), nameEnd + 80))))) continue;
    // Lower-case "line" is an ordinary English word: it needs "ID", a colon, an arrow, a bracket or such words after it.
    if (name.length === 4 && lower === 'line' && name !== 'LINE' && name !== 'Line' && !spacedStrong && !LINE_ID.test(t.slice(nameEnd, nameEnd + 12))) continue;
    // "face" and "ins" need them, a colon or a word that starts with '@' or '_' ("ib ins @uyen.huynh"), or, capitalised, a word of the sentence before ("nhóm Face"; not Face ID).
    if (COLON_ONLY.has(lower) && !/^\s?[:：]|^\s[@_][A-Za-z0-9]/.test(t.slice(nameEnd, nameEnd + 3)) && (FACE_ID.test(t.slice(nameEnd, nameEnd + 4)) || !(spacedStrong || (name === 'Face' && inSentence(t, m.index))))) {
      // only a word of a handle's own shape near it ("add ins t đi pen.with.uyen")
      if (!FACE_ID.test(t.slice(nameEnd, nameEnd + 4))) lastEnd = nearbyHandle(t, m.index, nameEnd, lastEnd, out, false);
      continue;
    }
    // A capitalised "Line" (a sentence's first word) needs the same, or words after it that announce a
    // handle, a word of the sentence before it ("nhóm Line", "か、Line"), a naming word before it ("nick Line
    // của mình"), or an underscored word after it.
    if (name === 'Line' && !spacedStrong && !inSentence(t, m.index) && !CAPITAL_LINE_ID.test(t.slice(nameEnd, nameEnd + 12)) && !namingBefore(t.slice(Math.max(0, m.index - 16), m.index)) && !LINE_UNDERSCORED.test(t.slice(nameEnd, nameEnd + 36))) {
      // only a word of a handle's own shape near it, or a disguised one ("Line me instead pls, esme_pebble")
      lastEnd = nearbyHandle(t, m.index, nameEnd, lastEnd, out, disguised);
      continue;
    }
    const mail = MAIL.has(name.toLowerCase());
    if (!weak && !mail) atHandlesBefore(t, m.index, out);
    // A name in brackets labels what comes before it ("@bear_priya (telegram) — fastest way"): no handle
    // after it, unless a colon or an arrow follows ("my contacts (Telegram): ivan_88").
    const parenthetical = OPEN_PAREN.includes(t[m.index - 1]) && CLOSE_PAREN.includes(t[nameEnd]) && !ANNOUNCING_MARK.test(t.slice(nameEnd + 1, nameEnd + 3));
    // A Latin handle right after a name written in another script ("мой скайп mariapetrov", "ライン hinatanaka"):
    // in such a sentence a word in Latin letters there is the handle, not the next word of the sentence.
    let end = parenthetical ? -1 : handleAt(t, p, strong, m.index, t.charCodeAt(m.index) >= 0x80 && !weak ? 5 : 0);
    // after a weak name, a word ("disc as x") or a handle that starts with a letter ("disc jasper.note",
    // "Disc x#6905"): "a disc 2024_backup" is a disc
    if (weak && end >= 0 && t.slice(nameEnd, p).trim() === '' && !/^[A-Za-z]/.test(t.slice(p, end))) end = -1;
    // A plain word that a verb asks for and brackets set apart ("Discord, add me (kateking) and I will invite you"),
    // or that a list's next item follows, another contact with its label ("Skype diepenglish — Email …").
    if (end < 0 && unannouncedEnd >= 0 && ((fillersAsk && bracketed(t, p, unannouncedEnd)) || LIST_NEXT.test(t.slice(unannouncedEnd, unannouncedEnd + LIST_WINDOW)))) {
      end = unannouncedEnd;
      announced = true;
    }
    if (end < 0 && !parenthetical) {
      // A plain word after a weak separator ("Skype benking") is a handle only if someone disguised it.
      if (!mail) offerIfDisguised(out, p, lastEnd);
      // Nothing announces a handle right after the name: one a few words further on that an '@' or a
      // naming word announces ("インスタやってます→@daiki990", "ライン交換しませんか？IDはhina_tanakaです"), or a
      // colon, an arrow or a question mark, which a plain word after it only passes if disguised ("Skype keeps
      // crashing: sorry"). The first announcement that gives a handle counts ("u on insta? im @kinglucy38").
      const windowEnd = Math.min(t.length, nameEnd + LATER_WINDOW);
      const atEnd = Math.min(t.length, nameEnd + AT_WINDOW);
      let from = p;
      let offered = false;
      for (let tries = 0; end < 0 && !offered && tries < 3; tries++) {
        const q = announcedLater(t, from, windowEnd, false, atEnd);
        if (q < 0) break;
        if (laterBy !== By.AT) {
          // after a naming word, or a mark ("do you have telegram? mine is yukitanaka99"), filler words may come first
          end = handleAfterName(t, q, m.index, laterBy === By.NAME);
          // a handle a mark announced (a colon, "I'm") is as sure as one right after the name: it wins over a bare host of the same span ("I'm priya.kiwi")
          if (end >= 0 && laterBy === By.MARK) announced = true;
          p = namedStart;
          offered = end < 0 && laterBy === By.MARK && !mail && unannouncedEnd >= 0;
          if (offered) offerIfDisguised(out, p, lastEnd);
          from = q;
        } else {
          end = handleAt(t, q, true, m.index, 0);
          p = q;
          from = q + 1;
        }
      }
      if (end < 0 && !mail) {
        const e = askedHandle(t, nameEnd, m.index);
        if (e >= 0) {
          end = e;
          p = namedStart;
        }
      }
      if (end < 0 && !mail) {
        const e = handleInScript(t, nameEnd, m.index);
        if (e >= 0) {
          end = e;
          p = namedStart;
        }
      }
      if (end < 0 && !offered && !mail) {
        end = handleOnNextLine(t, nameEnd, m.index, out, lastEnd);
        p = namedStart;
        if (end < 0) offerIfDisguised(out, p, lastEnd);
      }
    }
    if (mail) {
      // a local part needs a digit, '.' or '_' ("Yahoo: got it" is no address), and is never offered as disguised
      if (end >= 0 && p >= lastEnd && hasMark(t.slice(p, end))) {
        out.push({ type: 'EMAIL', start: p, end, score: 0.85, rule: 'email.after_service' });
        lastEnd = end;
      }
      continue;
    }
    if (end >= 0 && p >= lastEnd) {
      out.push({ type: 'MESSENGER_ID', start: p, end, score: announced ? 0.9 : 0.8, rule: 'messenger.after_platform' });
      lastEnd = end;
      // a second handle on the same platform, in a list ("my wechat is x_1 and my mum's is y-wx", "мамин — y_2")
      const next = NEXT_IN_LIST.exec(t.slice(end, end + 40));
      if (next) {
        const q = end + next[0].length;
        let e = handleAt(t, q, false, m.index, 0);
        if (e < 0) e = hyphenedEnd(t, q);
        if (e >= 0) {
          out.push({ type: 'MESSENGER_ID', start: q, end: e, score: 0.8, rule: 'messenger.after_platform' });
          lastEnd = e;
        }
      }
      continue;
    }
    // Before the platform: a handle there is in ASCII letters and digits.
    const before = weak ? null : handleBefore(t, m.index, nameEnd, lastEnd);
    if (before) {
      out.push(before);
      lastEnd = before.end;
      continue;
    }
    // Else a word of a handle's own shape near the name, on its line.
    if (!mail) lastEnd = nearbyHandle(t, m.index, nameEnd, lastEnd, out, disguised);
  }
  // a WeChat id by its own prefix, wherever it stands in the message
  if (t.indexOf('wxid_') < 0) return;
  WXID.lastIndex = 0;
  for (let w = WXID.exec(t); w; w = WXID.exec(t)) {
    const end = w.index + w[0].length;
    if (!out.some((c) => c.start < end && w.index < c.end)) out.push({ type: 'MESSENGER_ID', start: w.index, end, score: 0.9, rule: 'messenger.wxid' });
  }
}

/**
 * The handle just before a platform's name that words or marks link to it ("tanaka_88 on LINE", "kim1234
 * (카톡)", "ivan_88 is my Telegram", "(x) ← my KakaoTalk"), or null. Only a handle in ASCII letters and digits.
 */
function handleBefore(t: string, nameAt: number, nameEnd: number, lastEnd: number): Candidate | null {
  if (!asciiAlnum(t, Math.max(0, nameAt - 48), nameAt)) return null;
  const before = t.slice(Math.max(0, nameAt - 48), nameAt);
  const link = BEFORE_LINK.exec(before);
  if (!link) return null;
  // "x is my Telegram": the platform ends the phrase ("lesson_3 is my Telegram lesson" names none)
  if (OWNED_LINK.test(link[0]) && !OWNED_END.test(t.slice(nameEnd, nameEnd + 12))) return null;
  let head = before.slice(0, before.length - link[0].length);
  const closed = CLOSE_BEFORE.test(head);
  if (closed) head = head.slice(0, -1);
  const hb = HANDLE_BEFORE.exec(head);
  if (!hb) return null;
  const handle = trimHandle(hb[0]);
  const start = nameAt - link[0].length - (closed ? 1 : 0) - hb[0].length;
  if (start < lastEnd) return null;
  // a plain word counts when an arrow points at it or a dash owns it ("kirillbear — это мой тг")
  if (!acceptable(handle, POINTED_LINK.test(link[0]) || (OWNED_LINK.test(link[0]) && /[—–-]/.test(link[0])))) return null;
  if (head.slice(0, head.length - hb[0].length).endsWith('@')) return null;
  return { type: 'MESSENGER_ID', start, end: start + handle.length, score: 0.75, rule: 'messenger.before_platform' };
}

/** An arrow after a word before a platform's name, pointing at it ("eunwoosable1 ← 집주인 아주머니 카톡이에요"). */
const POINTED = /^\s?[←⇐⬅]/;
/** How far after and before a platform's name, on its line, `nearbyHandle` looks. */
const NEARBY_AFTER = 64;
const NEARBY_BEFORE = 48;
/** How far from the name a plain word that `nearbyHandle` offers as disguised may start or end. */
const NEARBY_PLAIN = 32;
/** A number's things, which a word and two to four digits name as a handle does ("lesson12", "iphone15", "covid19"). */
const NUMBERED = /^(?:lesson|room|unit|page|level|chapter|part|week|day|class|grade|year|test|exam|mock|quiz|task|step|iphone|galaxy|pixel|note|covid|python|java|windows|win|ubuntu|ielts|toeic|toefl|jlpt|topik|gpt|ios|android|macos|model|version|ver|build|track|episode|ep|season|vol|volume|no|num|number|team|group|table|seat|gate|bus|line|route|flight|zoom)[._-]?\d+$/i;
/** A file's or a program's name ("essay_2.pdf", "node.js", "main.py"). */
const CODE_NAME = /\.(?:js|ts|py|rb|go|rs|sh|json|ya?ml|md|html?|css|exe|apk|dmg|csv|log|ini|cfg|toml|lock)$/i;

/**
 * Whether a word near a platform's name has a handle's own shape, which no word of a sentence has: an '@'
 * first, two parts of three characters or more joined by '_' or '.', or letters and then two to four digits
 * ("esme_pebble", "declan.maple", "niamhfairbanks81", "hyunsoo.88"; not "lesson_3", "unlock_v2"); five
 * characters or more, a letter first, some lower case.
 */
function handleShaped(w: string): boolean {
  if (w.charCodeAt(0) === 0x40) return w.length >= 4;
  if (w.length < 5 || !/^[A-Za-z_]/.test(w) || !/[a-z]/.test(w) || FILE_NAME.test(w) || CODE_NAME.test(w) || NUMBERED.test(w)) return false;
  return /^[A-Za-z]{3,}[._-]?\d{2,4}$/.test(w) || longParts(w) >= 2;
}

/** How many of the parts of `w` between its '_' and '.' have three characters or more, a letter among them ("esme_pebble": 2, "lesson_3": 1). */
function longParts(w: string): number {
  let n = 0;
  for (const part of w.split(/[._]+/)) if (part.length >= 3 && /[A-Za-z]/.test(part)) n++;
  return n;
}

/**
 * A platform named, and no handle where its words put one: the nearest word of a handle's shape
 * (`handleShaped`) on its line, after the name (within NEARBY_AFTER characters) or else before it
 * (NEARBY_BEFORE): "Snap me 👻 niamhfairbanks81", "Skype for my tandem partner in Kyiv? She's
 * callum.oyelaran78", "kumo_odette is my host mum's KakaoTalk"; before it, any word an arrow points at. When `plain`, the nearest plain word on
 * each side, within NEARBY_PLAIN, is offered as well, kept only if disguised ("taiѕiyaіndigo — это хозяйка
 * квартиры в телеге"). Returns where the last handle found ends (`lastEnd` when none).
 */
function nearbyHandle(t: string, nameAt: number, nameEnd: number, lastEnd: number, out: Candidate[], plain: boolean): number {
  let stop = newlineIn(t, nameEnd, nameEnd + NEARBY_AFTER);
  stop = Math.min(stop < 0 ? t.length : stop, nameEnd + NEARBY_AFTER);
  const from = Math.max(lastEnd, lineFrom(t, Math.max(0, nameAt - NEARBY_BEFORE), nameAt));
  // (most names have no word with a mark near them, and nothing to offer: one look at the characters settles it)
  if (!plain && !markBetween(t, from, stop)) return lastEnd;
  let offered = !plain;
  for (let i = Math.max(nameEnd, lastEnd); i < stop; i++) {
    if (!wordStart(t, i)) continue;
    const end = nearbyWord(t, i, nameAt, nameEnd, offered, out);
    if (end === FOUND) return wordEnd;
    if (end >= 0) {
      offered = true;
      i = end;
    }
  }
  offered = !plain;
  for (let i = nameAt - 1; i >= from; i--) {
    if (!wordStart(t, i)) continue;
    const end = nearbyWord(t, i, nameAt, nameEnd, offered, out);
    if (end === FOUND) return wordEnd;
    if (end >= 0) offered = true;
  }
  return lastEnd;
}

/** Whether t[from, to) holds a digit, an '_', an '@', a dot before a letter or digit, or an arrow pointing back: what `nearbyWord` needs to find a handle. */
function markBetween(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x40 || c === 0x2190 || c === 0x21d0 || c === 0x2b05) return true;
    if (c === 0x2e && isAsciiAlnum(t.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** `nearbyWord`'s answer when it found a handle, which ends at `wordEnd`. */
const FOUND = -2;
let wordEnd = -1;

/**
 * The word at `i` near a platform's name (`nearbyHandle`): FOUND when it has a handle's shape, or an arrow
 * points at it from after (its candidate pushed); else where the word ends if it is an acceptable handle,
 * offered as disguised unless `offered` or too far from the name (-1 when it is none). A word
 * with no mark in it (a digit, '_', '.', '@') is only looked at to be offered: no shape without one.
 */
function nearbyWord(t: string, i: number, nameAt: number, nameEnd: number, offered: boolean, out: Candidate[]): number {
  let e = i;
  let mark = false;
  for (let c = t.charCodeAt(e); e < t.length && isHandleChar(c); c = t.charCodeAt(++e)) if (c <= 0x39 || c === 0x5f || c === 0x2e || c === 0x40) mark = true;
  // a Skype id's "live:", which HANDLE takes whole
  if (!mark && t.startsWith('live:', i)) mark = true;
  // a plain word is offered within NEARBY_PLAIN characters of the name only
  if (i < nameAt ? nameAt - e > NEARBY_PLAIN : i - nameEnd > NEARBY_PLAIN) offered = true;
  const pointed = i < nameAt && POINTED.test(t.slice(e, e + 3));
  if (!mark && !pointed && offered) return -1;
  const end = handleAt(t, i, true, nameAt, 0);
  if (end < 0 || (i < nameAt && end > nameAt)) return -1;
  if (pointed || (mark && handleShaped(t.slice(i, end)))) {
    out.push({ type: 'MESSENGER_ID', start: i, end, score: 0.7, rule: 'messenger.nearby' });
    wordEnd = end;
    return FOUND;
  }
  if (!offered) out.push({ type: 'MESSENGER_ID', start: i, end, score: 0.7, rule: 'messenger.nearby', ifDisguised: true });
  return end;
}

/** Whether a word of a handle starts at `i`: a handle's character there, and before it none, nor a link's or a tag's mark. */
function wordStart(t: string, i: number): boolean {
  if (!isHandleChar(t.charCodeAt(i))) return false;
  if (i === 0) return true;
  const b = t.charCodeAt(i - 1);
  return !isHandleChar(b) && b !== 0x2f && b !== 0x23 && b !== 0x5c && b !== 0x3d && !latinLetterAt(t, i - 1) && !spacedLetter(b);
}

/** A WeChat id made by the app, `wxid_` and its letters and digits (`wxid_q7xs9k6zx7r151`): a handle by its shape alone. */
const WXID = /(?<![A-Za-z0-9_.-])wxid_[a-z0-9]{6,24}(?![A-Za-z0-9_])/g;
