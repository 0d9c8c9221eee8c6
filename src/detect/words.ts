/**
 * The word lists of the word-level rules, shared by the rules themselves (spelled.ts, messenger.ts)
 * and by the character pass that decides whether those rules can fire at all (triggers.ts).
 */

/** "at" in kana and Hangul, which may touch the words around it (no spaces between words). */
export const CJK_AT_WORDS = 'アットマーク|あっとまーく|アット|あっと|앳|엣|에이티|골뱅이|골뱅';
/** "dot" in kana and Hangul. */
export const CJK_DOT_WORDS = 'ドット|どっと|닷|점|쩜';
/**
 * "dot com" as one word in kana and Hangul (`naver닷컴`, `gmailドットコム`): the ".com" that ends a domain
 * (regular-expression alternation: 점컴 not after a digit, where 점 is a score's "points": `90점컴퓨터`).
 */
export const CJK_DOT_COM_WORDS = '닷컴|쩜컴|(?<![0-9])점컴|ドットコム|どっとこむ';
/** ".com" as one English word, after a label and a space ("tutorhub dotcom"). */
export const DOT_COM_WORD = 'dotcom';
/** "at" spelled out, as a regular-expression alternation. */
export const AT_WORDS = `at|${CJK_AT_WORDS}|собака|собачка|на собаке|эт|sobaka|a còng|a cong|a móc|a moc|a-còng|a-cong|a-móc|a-moc`;
/** Top-level domains said in Cyrillic letters after a dot word (`yandex точка ру`), and the domain each says. */
export const SAID_TLDS: Record<string, string> = { ру: 'ru', ком: 'com' };
/** What may stand on both sides of an "at" or "dot" word (`-at-`, `_dot_`, `~at~`, `*at*`). */
export const WORD_WRAPS = '-_~*';
/** "dot" spelled out. */
export const DOT_WORDS = `dot|${CJK_DOT_WORDS}|точка|тчк\\.|тчк|chấm|cham`;
/**
 * Brackets around a spelled "at" or "dot" (`(at)`, `［dot］`, `〔at〕`, `«dot»`), openers and closers in
 * the same order; and the same as the source of a regular-expression class.
 */
export const OPEN_BRACKETS = '([{<（［｛＜【「『〔〈《〖〘«‹⟨';
export const CLOSE_BRACKETS = ')]}>）］｝＞】」』〕〉》〗〙»›⟩';
const classOf = (chars: string) => `[${chars.replace(/[\\\]\[^-]/g, '\\$&')}]`;
export const OPEN_CLASS = classOf(OPEN_BRACKETS);
export const CLOSE_CLASS = classOf(CLOSE_BRACKETS);
/** "slash" spelled out. */
export const SLASH_WORDS = 'slash|スラッシュ|슬래시|слэш|слеш|gạch chéo';
/** "Plus" before a number read aloud (`プラス 八一 九〇…`, `плюс семь, девять…`): its '+' (spelled.ts). */
export const PLUS_WORDS = 'plus|プラス|ぷらす|플러스|плюс|cộng';
/** Words used instead of a dash between digit groups. */
export const DASH_WORDS = 'dash|hyphen|ハイフン|はいふん|하이픈|대시|다시|тире|дефис|gạch ngang|gạch nối|gạch';
/** Those of DASH_WORDS that may touch the digits said around them (`九一六二ハイフン二五二二`): no other word holds them. */
export const CJK_DASH_WORDS = 'ハイフン|はいふん|하이픈';
/**
 * The "dot" words that may stand between digit groups (`090 dot 1234 dot 5678`, `0912 chấm 345 chấm 678`):
 * not the Korean 점 and 쩜, which are also "point" in scores (`90점 85점`).
 */
export const DIGIT_DOT_WORDS = 'dot|ドット|どっと|닷|точка|тчк|chấm|cham';

/**
 * Words that join a number's groups said one after another ("07843 and then 459 and then 846", "8926, дальше
 * 808, дальше 09", "0927, tiếp là 449"): regular-expression alternation (spelled.ts, `collectJoinedGroups`).
 */
export const JOIN_WORDS = 'and then|then|затем|потом|дальше|далее|tiếp là|tiếp theo|tiếp|rồi|の次に|の後に';

/**
 * Digits spelled out as words (matched as whole words, any case): each word's digit, or for the words of
 * numbers read in groups (PARTS below) what part of a number it says.
 */
export const DIGIT_WORDS: Record<string, string> = {};
function words(digit: number, list: string): void {
  for (const w of list.split(' ')) if (w) DIGIT_WORDS[w] = String(digit);
}
// `o`, read as zero in English numbers (`0121 seven o five`): the only word of one letter (triggers.ts reads it apart)
words(0, 'zero oh o nought ноль нуль không khong linh');
words(1, 'one один одна một mot');
words(2, 'two два две hai');
words(3, 'three три ba');
words(4, 'four четыре bốn bon tư');
words(5, 'five пять năm lăm nam');
words(6, 'six шесть sáu sau');
words(7, 'seven семь bảy bẩy bay');
words(8, 'eight восемь tám tam');
words(9, 'nine niner девять chín chin');
/**
 * Words of numbers read in groups rather than digit by digit (spelled.ts, `compound`), by what each is: `T`
 * and a digit, the Russian tens (двадцать: 2 tens); `H` and a digit, the hundreds (девятьсот: 9 hundreds); `N`
 * and two digits, the Russian ten to nineteen; the Vietnamese `M` mươi (tens, after a digit: "bảy mươi mốt",
 * 71), `X` mười (ten, which a unit may follow: "mười lăm", 15), `C` trăm (hundreds, after a digit), `Z` lẻ (no
 * tens, after hundreds: "ba trăm lẻ tám", 308), `U` and a digit the units said so only after tens (mốt, 1;
 * lam, 5 without diacritics); `D` and a count, "double" and "triple" before a digit ("nine eight double five").
 * Russian words of ten letters and more too: the character pass hashes words of up to twelve (triggers.ts).
 */
const PARTS: Record<string, string> = {
  десять: 'N10', одиннадцать: 'N11', двенадцать: 'N12', тринадцать: 'N13', четырнадцать: 'N14', пятнадцать: 'N15',
  шестнадцать: 'N16', семнадцать: 'N17', восемнадцать: 'N18', девятнадцать: 'N19',
  двадцать: 'T2', тридцать: 'T3', сорок: 'T4', пятьдесят: 'T5', шестьдесят: 'T6', семьдесят: 'T7', восемьдесят: 'T8', девяносто: 'T9',
  сто: 'H1', двести: 'H2', триста: 'H3', четыреста: 'H4', пятьсот: 'H5', шестьсот: 'H6', семьсот: 'H7', восемьсот: 'H8', девятьсот: 'H9',
  mươi: 'M', muoi: 'M', mười: 'X', trăm: 'C', tram: 'C', lẻ: 'Z', le: 'Z', mốt: 'U1', lam: 'U5', nhăm: 'U5',
  double: 'D2', triple: 'D3',
};
Object.assign(DIGIT_WORDS, PARTS);
/**
 * Japanese digits read out in kana, in katakana and in hiragana (`ゼロキューゼロ`, `ぜろきゅうぜろ` for 090):
 * written without spaces, so no word boundaries. The readings a phone number is read out with (よん
 * and きゅう, not the し and く that are also particles and word parts), longest first; in hiragana
 * only those of two characters (に is the particle "to" after a number: `〇九〇…に電話して`).
 */
export const CJK_DIGIT_WORDS: Record<string, string> = {};
for (const [d, readings] of [
  ['0', 'ゼロ レイ'],
  ['1', 'イチ'],
  ['2', 'ニー ニ'],
  ['3', 'サン'],
  ['4', 'ヨン'],
  ['5', 'ゴー ゴ'],
  ['6', 'ロク'],
  ['7', 'ナナ'],
  ['8', 'ハチ'],
  ['9', 'キュウ キュー'],
] as const)
  for (const r of readings.split(' ')) {
    CJK_DIGIT_WORDS[r] = d;
    // the same in hiragana (ー stays)
    if (r.length > 1) CJK_DIGIT_WORDS[Array.from(r, (ch) => (ch >= 'ァ' && ch <= 'ヶ' ? String.fromCharCode(ch.charCodeAt(0) - 0x60) : ch)).join('')] = d;
  }
/**
 * Hiragana readings of one character (ご 5, に 2; also the particle "to" and an honorific prefix): digits
 * only between other kana digit words, a space, a dash or の apart at most (`よんさんいちよん-ごにぜろいち`).
 */
export const WEAK_KANA_DIGITS: Record<string, string> = { ご: '5', に: '2' };
export const SINGLE_CHAR_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  // the formal numerals (daiji) of deeds and banknotes
  壱: '1', 弐: '2', 参: '3', 肆: '4', 伍: '5', 陸: '6', 漆: '7', 捌: '8', 玖: '9',
  공: '0', 영: '0', 빵: '0', 일: '1', 이: '2', 삼: '3', 사: '4', 오: '5', 육: '6', 륙: '6', 칠: '7', 팔: '8', 구: '9',
};

/**
 * A resident registration number's two parts given apart, the back part named ("900101 뒷자리 1234568"):
 * what may stand between them besides a dash (regular-expression source).
 */
export const RRN_BACK_SEP = String.raw`\s{0,3}(?:뒷자리|뒷번호|뒤)\s{0,3}[:：-]?\s{0,3}`;

/** What follows X (Twitter) or 엑스 where it names the platform: an '@' handle, a colon before it perhaps ("X: @x"). */
export const X_HANDLE_AHEAD = String.raw`\s?[:：]?\s?[@＠][A-Za-z0-9_]`;
/** Messenger and social platforms in Latin letters (regular-expression syntax: `\s?`, `'?`). */
export const LATIN_NAMES = [
  'line', 'skype', 'telegram', 'telegramm', 'tg', 'tele', 'whats\\s?app', "what'?s\\s?app", 'kakao\\s?talk', 'kakaotalk', 'kakao', 'kkt', 'zalo', 'zl',
  'we\\s?chat', 'weixin', 'viber', 'instagram', 'insta', 'ig', 'ins', 'facebook', 'fb', 'face', 'messenger', 'discord',
  // beyond the list, as users give handles on them the same way
  'tik\\s?tok', 'twitter', 'snapchat', 'katalk', 'vkontakte', 'vk',
  // Threads, also a word: a handle right after it only (messenger.ts, COLON_ONLY)
  'threads',
  // short for Discord, Snapchat, WeChat and Messenger, Signal, and Instagram as "the gram", also words: a word before
  // the handle, or a handle that starts with a letter (messenger.ts, WEAK_NAMES); "dis" and "mess" as Vietnamese
  // writes Discord and Messenger
  'disc', 'dc', 'dis', 'snap', 'wx', 'mess', 'signal', 'the\\s?gram',
  // a direct message, and an account: what a handle is given for with no platform named ("DM refs to @x",
  // "@x ← that's the dog's account"); only a handle of its own shape near them counts (messenger.ts)
  'dm', 'account',
];
/** The same in Japanese and Korean (matched anywhere: no spaces between words). */
export const CJK_NAMES = [
  'ライン', 'スカイプ', 'テレグラム', 'ワッツアップ', 'ワッツアプ', 'カカオトーク', 'カカオ', 'ザロ', 'ウィーチャット', '微信', 'バイバー', 'ヴァイバー',
  'すかいぷ', 'らいん', 'いんすた', 'インスタグラム', 'インスタ', 'フェイスブック', 'フェースブック', 'メッセンジャー', 'ウィチャット', 'ディスコード', 'ディスコ', 'ティックトック', 'ツイッター', 'シグナル',
  'スナップチャット', 'スナチャ', 'でぃすこ', 'テレグラ', 'てれぐら', 'ウィチャ', 'ワッツ', 'かかお', 'ティクトク', 'スレッズ', 'テレ',
  '라인', '스카이프', '스카입', '텔레그램', '텔레', '왓츠앱', '왓츠', '카카오톡', '카톡', '카카오', '잘로', '위챗', '위쳇', '바이버', '인스타그램', '인스타', '페이스북', '페북', '메신저', '디스코드', '디코', '틱톡', '트위터', '시그널', '스냅챗', '페메', '텔그', '웨이신', '깨톡', 'ㅋㅌ', '쓰레드',
];
/**
 * The platforms' names as Vietnamese writes them by ear ("phây" Facebook, "tê lê" Telegram, "za lô" Zalo, "đít cọt"
 * Discord, "oắt sáp" WhatsApp, "uy chát" WeChat, "vai bơ" Viber, "tóp tóp" TikTok; "phở bò", beef noodles, for Facebook in jest),
 * matched as whole words; those that are also food are weak names (messenger.ts, WEAK_NAMES). None ends with a
 * word in ASCII letters, which would open the rule on every "chat" or "lo" (triggers.ts).
 */
export const VI_NAMES = ['phây', 'tê lê', 'tê-lê', 'za lô', 'zalô', 'đít cọt', 'oắt sáp', 'oát sáp', 'uy chát', 'vai bơ', 'phở bò', 'tóp tóp'];
/** Russian stems (any ending may follow). */
export const CYRILLIC_STEMS = ['лайн', 'скайп', 'телеграм', 'телег', 'тг', 'ватсап', 'вотсап', 'вацап', 'какао', 'зало', 'вичат', 'вайбер', 'вибер', 'инстаграм', 'инст', 'фейсбук', 'фб', 'мессенджер', 'дискорд', 'дс', 'тикток', 'твиттер', 'снэпчат', 'снапчат', 'сигнал', 'директ', 'аккаунт', 'вконтакт', 'вк'];

/**
 * Words that name a website, before a colon a host may follow with no space (`HP：shosensei.com`, as
 * Japanese signatures write it; elsewhere a host right after a colon is part of something else).
 */
export const SITE_LABELS = ['HP', 'hp', 'Web', 'web', 'WEB', 'Website', 'website', 'Site', 'site', 'URL', 'url', 'Homepage', 'homepage', 'Blog', 'blog', 'サイト', 'ホームページ', 'ブログ', 'ウェブ', '홈페이지', '사이트', '블로그', '웹', 'Сайт', 'сайт', 'Блог', 'блог'];
/** SITE_LABELS as a regular-expression group. */
export const SITE_LABEL = `(?:${SITE_LABELS.join('|')})`;

/**
 * Top-level domains in other scripts than Latin that a host of the same script is given under
 * (`урок-английского.москва`, `にほんご教室.みんな`, `한국어.한국`): regular-expression alternation.
 */
export const IDN_TLDS = 'рф|москва|рус|онлайн|сайт|орг|дети|укр|бел|みんな|コム|ストア|한국|中国|中國|公司|网络|在线|商城';
/** ASCII top-level domains that a label of another script takes after a dot word (`영어공부방점kr`, `えいご部屋ドットjp`). */
export const SCRIPT_TLDS = 'kr|jp|ru|vn|com|net';
/**
 * One of IDN_TLDS as a whole word, or one of SCRIPT_TLDS with no ASCII letter, digit or label after it
 * (a particle may follow: `kr에`): what a dot word after a label of another script than Latin must be
 * followed by (regular-expression source, for the flags `iu`).
 */
export const IDN_TLD_WORD = String.raw`(?:(?:${IDN_TLDS})(?![\p{L}\p{N}-])|(?:${SCRIPT_TLDS})(?![A-Za-z0-9-]|\.[A-Za-z0-9]))`;

/** Mail services whose name alone stands for their domain: "yuki.tanaka at gmail", `kenji@naver`. */
export const MAIL_PROVIDERS = ['googlemail', 'gmail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'icloud', 'aol', 'protonmail', 'proton', 'gmx', 'naver', 'hanmail', 'daum', 'nate', 'yandex', 'rambler', 'zoho'];
/** Words and a name in English before they are mail services: no platform's names. */
const NOT_PLATFORMS = new Set(['outlook', 'proton', 'nate']);
/**
 * Those that announce an address's local part as a platform's name does a handle (`Gmail: yuki.tanaka0420`;
 * messenger.ts), of at most the character pass's nine letters.
 */
export const MAIL_NAMES = MAIL_PROVIDERS.filter((w) => !NOT_PLATFORMS.has(w) && w.length <= 9);

/**
 * Korean particles that may follow a spelled digit ("(으)로" "to", 입니다 and 예요 "is", 인데 "is, and", 은/는/을/를, 까지 "up to", 에
 * between groups read aloud; spelled.ts, TOKEN), when no Hangul or Han letter follows them; not 이 nor 이에요,
 * as 이 is a digit (2).
 */
export const DIGIT_PARTICLES = ['으로', '로', '입니다', '인데', '예요', '은', '는', '을', '를', '까지', '에'];
/** 에 ("at"), said between the groups of a number read aloud ("공일공에 이구구일에 ...", "033에 6535에 0042"): a dash there. */
export const EH = '에'.charCodeAt(0);
/** Their first characters. */
export const PARTICLE_FIRST = new Set(DIGIT_PARTICLES.map((w) => w.charCodeAt(0)));

/** Top-level domains common enough to count right after ". " (a sentence end otherwise). */
export const COMMON_TLDS = new Set(['com', 'net', 'org', 'jp', 'ru', 'kr', 'vn', 'io', 'co', 'me', 'info', 'biz', 'uk', 'de', 'us', 'app', 'dev']);
