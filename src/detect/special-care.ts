/**
 * Special-care data in profile free text: beliefs and religion, race and ethnicity, health and medical
 * history, criminal record, sex life and orientation, trade-union membership, political activity, in
 * English, Japanese, Korean, Russian and Vietnamese. The platform promises not to collect these, so the
 * vault refuses free text in which this lexicon finds them.
 *
 * Precision comes first: terms are statements about a person (a diagnosis, a faith, a conviction, a
 * party), not topics or places. Working somewhere is not special-care data: "I work at a hospital as
 * an English teacher" and "I teach at a church school" are not flagged, "I was in hospital for
 * depression" is. Teaching a subject ("I teach world religions") is not flagged either.
 */
import { normaliseChars, toOriginal } from './normalise.js';

export type SpecialCareKind = 'religion' | 'race' | 'health' | 'criminal_record' | 'sex_life' | 'union' | 'political';
export const SPECIAL_CARE_KINDS: readonly SpecialCareKind[] = ['religion', 'race', 'health', 'criminal_record', 'sex_life', 'union', 'political'];

export interface SpecialCareFinding {
  kind: SpecialCareKind;
  start: number;
  end: number;
  /** The lexicon entry (language and kind) that matched. */
  rule: string;
}

type Lang = 'en' | 'ja' | 'ko' | 'ru' | 'vi';
/** Terms per kind and language. Latin and Cyrillic terms match whole words (a `*` allows any ending). */
const LEXICON: Record<SpecialCareKind, Partial<Record<Lang, string[]>>> = {
  religion: {
    en: [
      "(?:i am|i'm|im|as) (?:a |an )?(?:devout |practicing |practising |born-again )?(?:christian|catholic|protestant|muslim|buddhist|hindu|jewish|jew|atheist|agnostic|mormon|sikh|shintoist|jehovah's witness)",
      'my (?:religion|faith|religious beliefs|church|mosque|synagogue|parish)',
      'religious beliefs', 'converted to (?:islam|christianity|buddhism|judaism|catholicism)', 'i (?:go to|attend) (?:church|mosque|synagogue|mass|temple)',
      'i pray (?:every|five|daily)*', 'bible study', 'my beliefs', 'i believe in god',
    ],
    ja: ['信仰', 'キリスト教徒', 'クリスチャンです', 'クリスチャンなので', '仏教徒', 'イスラム教徒', 'ムスリム', '創価学会', 'エホバの証人', '教会に通', '信者', '無神論者', '宗教は', '宗教を信じ', '思想信条', '信条'],
    ko: ['기독교인', '크리스천', '천주교 신자', '천주교인', '불교 신자', '불자', '무슬림', '교회에 다니', '교회를 다니', '성당에 다니', '절에 다니', '신앙', '종교는', '무신론자', '신자입니다', '모태신앙'],
    ru: [
      'я (?:глубоко )?(?:христиан*|православн*|католи*|мусульман*|буддист*|иуде*|атеист*|верующ*|протестант*)', 'моя религия', 'хожу в (?:церковь|мечеть|храм|синагогу)',
      'вероисповедани*', 'исповедую', 'религиозн* убеждени*', 'мои убеждения',
    ],
    vi: ['theo đạo', 'tôn giáo của (?:tôi|mình|em)', 'đi nhà thờ', 'đi lễ nhà thờ', 'đi chùa', 'phật tử', 'tín đồ', 'vô thần', 'tôi là người công giáo', 'tôi theo (?:công giáo|phật giáo|tin lành|hồi giáo)', 'đức tin của'],
  },
  race: {
    en: [
      'my (?:race|ethnicity|ethnic background|ethnic origin|racial background)', "(?:i am|i'm) (?:black|white|asian|hispanic|latino|latina|caucasian|african[- ]american|mixed[- ]race|biracial)",
      'ethnic minority', 'racial origin', 'burakumin', 'zainichi', 'of (?:korean|chinese|african|jewish|roma) descent',
    ],
    ja: ['人種', '民族的', '少数民族', '在日韓国人', '在日朝鮮人', '在日コリアン', '部落出身', '被差別部落', 'アイヌ民族', 'アイヌ系', '混血', '本籍', '出自'],
    ko: ['인종', '민족 출신', '소수민족', '혼혈', '조선족', '재일교포', '고려인 출신', '다문화 가정 출신'],
    ru: ['моя раса', 'моя национальность', 'по национальности', 'национальность:', 'я (?:еврей|еврейка|татарин|татарка|цыган|цыганка|чеченец|чеченка|армянин|армянка|узбек|узбечка|бурят|бурятка)', 'этническ* (?:происхождени*|меньшинств*)', 'расов*'],
    vi: ['dân tộc thiểu số', 'tôi là người dân tộc', 'người dân tộc (?:tày|thái|mường|hoa|khmer|h\'mông|hmông|nùng|dao)', 'chủng tộc', 'sắc tộc', 'gốc (?:hoa|khmer|chăm)'],
  },
  health: {
    en: [
      "(?:i have|i've got|i suffer from|suffering from|diagnosed with|treated for|treatment for|recovering from|i live with|i take medication for|medication for) [a-z' -]{0,30}?(?:diabetes|cancer|hiv|aids|depression|anxiety|bipolar|schizophrenia|adhd|autism|asperger's|epilepsy|ptsd|ocd|dementia|hepatitis|tuberculosis|asthma|panic attacks|panic disorder|eating disorder|anorexia|bulimia|dyslexia|a disability|a chronic illness|an illness|a heart condition|a mental illness|long covid)",
      '(?:diabetes|cancer|hiv|depression|bipolar disorder|schizophrenia|epilepsy|ptsd|dementia|hepatitis|tuberculosis|anorexia|bulimia|chronic illness|mental illness)',
      'my (?:diagnosis|illness|disability|medication|therapist|psychiatrist|medical condition|medical history|surgery|chemotherapy|chemo)', 'medical history', 'antidepressants',
      'i am (?:disabled|pregnant|in remission|in rehab|in therapy)', "i'm (?:disabled|pregnant|in remission|in rehab|in therapy)", 'in a wheelchair', 'wheelchair user', 'hiv[- ]positive',
      'was hospitali[sz]ed', 'in hospital (?:for|with|because)', 'mental health (?:issues|problems|condition)',
    ],
    ja: ['持病', '病気', 'うつ病', '鬱病', '糖尿病', '癌', 'ガン', 'エイズ', '統合失調症', '双極性障害', '発達障害', '自閉症', '障害者', '障がい者', 'てんかん', 'パニック障害', '通院中', '通院して', '入院', '服薬', '治療中', '精神科', '心療内科', '病歴', '既往歴', '妊娠', '手術を受け', 'HIV', 'ADHD', '診断され'],
    ko: ['질병', '지병', '우울증', '당뇨', '암 투병', '암 환자', '암 진단', '에이즈', '조현병', '양극성', '자폐', '장애인', '장애가 있', '장애를 앓', '공황장애', '정신과', '투병', '입원', '통원', '복용 중', '병력', '임신', '수술을 받', '진단을 받', 'ADHD', 'HIV'],
    ru: [
      'болезн*', 'болею', 'диабет*', 'рак* (?:груди|лёгких|легких|крови)', 'онколог*', 'вич', 'спид', 'депресси*', 'шизофрени*', 'биполярн*', 'сдвг', 'аутизм*', 'эпилепси*', 'инвалид*',
      'диагноз*', 'лечусь', 'на лечении', 'принимаю (?:таблетки|лекарств*|антидепрессант*)', 'антидепрессант*', 'психиатр*', 'психотерапевт*', 'беременн*', 'госпитализ*', 'лежал* в больнице',
    ],
    vi: ['bệnh(?! viện)', 'tiểu đường', 'ung thư', 'hiv', 'aids', 'trầm cảm', 'tâm thần', 'tự kỷ', 'động kinh', 'khuyết tật', 'khiếm thị', 'khiếm thính', 'điều trị', 'chữa trị', 'uống thuốc', 'nhập viện', 'mang thai', 'có thai', 'phẫu thuật', 'rối loạn'],
  },
  criminal_record: {
    en: ['criminal record', 'criminal history', 'convicted (?:of|for)', 'conviction for', 'served time', 'in prison', 'in jail', 'jail time', 'was arrested', 'been arrested', 'felony', 'on parole', 'ex-convict', 'sex offender', 'prison sentence'],
    ja: ['前科', '逮捕歴', '逮捕され', '服役', '刑務所', '犯罪歴', '有罪判決', '執行猶予', '受刑'],
    ko: ['전과', '범죄 경력', '범죄경력', '수감', '교도소', '복역', '실형', '집행유예', '체포된 적', '구속된 적'],
    ru: ['судимост*', 'сидел* в тюрьме', 'отсидел*', 'тюрьм*', 'осужд[её]н*', 'уголовн* (?:дело|делу|статья|статье|ответственност*|прошлое)', 'арестован*', 'отбывал* срок', 'в колонии'],
    vi: ['tiền án', 'tiền sự', 'ngồi tù', 'đi tù', 'bị bắt giam', 'án tù', 'bị kết án', 'trại cải tạo', 'phạm tội'],
  },
  sex_life: {
    en: ['my sex life', 'sex life', 'sexual orientation', "(?:i am|i'm) (?:gay|lesbian|bisexual|transgender|queer|asexual|pansexual)", 'sexual (?:partner|partners|history|activity|preferences)', 'sexually active'],
    ja: ['性生活', '性的指向', '同性愛', 'ゲイです', 'レズビアン', 'バイセクシュアル', '性的少数者', 'トランスジェンダー', 'セックス', '性経験', '性体験'],
    ko: ['성생활', '성적 지향', '성적지향', '동성애', '게이입니다', '게이예요', '레즈비언', '양성애', '트랜스젠더', '성관계', '성소수자'],
    ru: ['сексуальн* (?:жизн*|ориентаци*|опыт*)', 'интимн* жизн*', 'я (?:гей|лесбиянка|бисексуал*|трансгендер*)', 'гомосексуал*', 'половая жизнь', 'половой жизн*'],
    vi: ['đời sống tình dục', 'quan hệ tình dục', 'xu hướng tính dục', 'đồng tính', 'tôi là (?:gay|les|lesbian|người song tính)', 'song tính', 'chuyển giới'],
  },
  union: {
    en: ['trade union', 'labor union', 'labour union', 'union member', 'union rep', 'union representative', 'shop steward', 'collective bargaining', 'member of (?:the|a) [a-z ]{0,20}union', 'went on strike', 'going on strike'],
    ja: ['労働組合', '組合員', '労組', '団体交渉', 'ストライキに参加'],
    ko: ['노동조합', '노조', '조합원', '단체교섭', '파업에 참여', '파업에 참가'],
    ru: ['профсоюз*', 'забастовк*', 'коллективн* договор*'],
    vi: ['công đoàn', 'đình công', 'thương lượng tập thể'],
  },
  political: {
    en: [
      'member of the [a-z ]{0,24}party', 'party member', 'i (?:vote|voted) for', 'my political (?:views|beliefs|party|affiliation|opinions)', 'political (?:party|activist|affiliation)',
      "(?:i am|i'm) a (?:communist|socialist|democrat|republican|marxist|anarchist|nationalist)", '(?:joined|join|attend|attended|took part in|take part in) (?:a |the )?(?:protest|protests|demonstration|demonstrations|political rally)',
      'signed (?:a|the) petition',
    ],
    ja: ['政党', '党員', '支持政党', '自民党', '立憲民主党', '共産党', '公明党', '維新の会', 'デモに参加', 'デモ活動', '政治的信条', '政治活動', '選挙運動', '請願'],
    ko: ['정당', '당원', '지지 정당', '지지정당', '더불어민주당', '국민의힘', '정의당', '시위에 참가', '시위에 참여', '집회에 참가', '집회에 참여', '촛불집회', '정치 성향', '정치적 성향', '청원'],
    ru: ['член* партии', 'партийн*', 'единая россия', 'кпрф', 'лдпр', 'политическ* (?:взгляд*|убеждени*)', 'голосую за', 'голосовал* за', 'участвовал* в (?:митинг*|протест*|демонстраци*|акци* протеста)', 'петици*'],
    vi: ['đảng viên', 'đảng cộng sản', 'đảng phái', 'quan điểm chính trị', 'biểu tình', 'kiến nghị', 'thỉnh nguyện'],
  },
};

/** Phrases that contain a term but are not about a person (the Great Depression, a probation period). */
const EXCEPTIONS = /(?:the great depression|economic depression|tropical depression|depression era|prison break)/iu;

/** Latin and Cyrillic terms match whole words; Japanese and Korean ones attach to particles. */
function termToPattern(term: string, lang: Lang): string {
  const body = term.replace(/\*/g, '[\\p{L}]*');
  const wordy = lang === 'en' || lang === 'ru' || lang === 'vi';
  return wordy ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : body;
}

interface CompiledKind {
  kind: SpecialCareKind;
  re: RegExp;
}

const COMPILED: CompiledKind[] = SPECIAL_CARE_KINDS.map((kind) => {
  const parts: string[] = [];
  for (const [lang, terms] of Object.entries(LEXICON[kind]) as [Lang, string[]][]) for (const t of terms) parts.push(termToPattern(t, lang));
  return { kind, re: new RegExp(parts.join('|'), 'giu') };
});

/** Finds statements of special-care data in free text (profile text, not messages). */
export function detectSpecialCare(text: string): SpecialCareFinding[] {
  if (!text) return [];
  const v = normaliseChars(text);
  const t = v.text;
  const out: SpecialCareFinding[] = [];
  for (const { kind, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const around = t.slice(Math.max(0, m.index - 16), m.index + m[0].length + 12);
      if (EXCEPTIONS.test(around)) continue;
      const [start, end] = toOriginal(v, m.index, m.index + m[0].length);
      out.push({ kind, start, end, rule: `special_care.${kind}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The distinct special-care kinds found in `text`, in a fixed order (e.g. `['religion', 'health']`). */
export function specialCareKinds(text: string): string[] {
  const found = new Set(detectSpecialCare(text).map((f) => f.kind));
  return SPECIAL_CARE_KINDS.filter((k) => found.has(k));
}
